"""The one region filter: Canada, six region groups, or one of the 13 provinces and territories."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from dashboard.data import DataPackage
from dashboard.i18n import current_language, t

CANADA = "CA"
MAX_REGION_LENGTH = 8


@dataclass(frozen=True)
class Region:
    code: str
    name: str  # in the language of the script run that built it
    kind: str  # "country" | "group" | "province"
    provinces: tuple[str, ...]

    @property
    def is_national(self) -> bool:
        return self.kind == "country"


def name_column(provinces: pl.DataFrame) -> str:
    """The provinces dataset's name column for the active language (`name_fr` in French, when present)."""
    return "name_fr" if current_language() == "fr" and "name_fr" in provinces.columns else "name_en"


def province_names(provinces: pl.DataFrame) -> dict[str, str]:
    """Province or territory code -> its name in the active language, from the provinces dataset."""
    return dict(provinces.select("code", name_column(provinces)).iter_rows())


def regions(provinces: pl.DataFrame) -> dict[str, Region]:
    """Every selectable region, in display order: Canada, the groups, then the provinces.

    Names follow the active language: province names come from the dataset (`name_fr`), the
    group names, which the dataset has in English only, from the catalogue.
    """
    all_codes = tuple(provinces["code"].to_list())
    choices = {CANADA: Region(CANADA, t("Canada"), "country", all_codes)}
    groups = provinces.group_by("region_code", "region", maintain_order=True).agg(pl.col("code"))
    for code, name, members in groups.iter_rows():
        choices[code] = Region(code, t(name), "group", tuple(members))
    for code, name in province_names(provinces).items():
        choices[code] = Region(code, name, "province", (code,))
    return choices


def package_regions(package: DataPackage) -> dict[str, Region]:
    """`regions` of the package's provinces dataset: the app entry's view, shared across sessions."""
    return regions(package.frame("provinces"))


def parse_region(value: object, choices: dict[str, Region]) -> tuple[Region, bool]:
    """The region a URL value names, or Canada and `False` when the value is not a known code."""
    if isinstance(value, list):
        value = value[-1] if value else None
    if isinstance(value, str) and len(value) <= MAX_REGION_LENGTH:
        code = value.strip().upper()
        if code in choices:
            return choices[code], True
    return choices[CANADA], value in (None, "")
