"""The one region filter: Canada, six region groups, or one of the 13 provinces and territories."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

CANADA = "CA"
MAX_REGION_LENGTH = 8


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    kind: str  # "country" | "group" | "province"
    provinces: tuple[str, ...]

    @property
    def is_national(self) -> bool:
        return self.kind == "country"


def regions(provinces: pl.DataFrame) -> dict[str, Region]:
    """Every selectable region, in display order: Canada, the groups, then the provinces."""
    all_codes = tuple(provinces["code"].to_list())
    choices = {CANADA: Region(CANADA, "Canada", "country", all_codes)}
    groups = provinces.group_by("region_code", "region", maintain_order=True).agg(pl.col("code"))
    for code, name, members in groups.iter_rows():
        choices[code] = Region(code, name, "group", tuple(members))
    for code, name in provinces.select("code", "name_en").iter_rows():
        choices[code] = Region(code, name, "province", (code,))
    return choices


def parse_region(value: object, choices: dict[str, Region]) -> tuple[Region, bool]:
    """The region a URL value names, or Canada and `False` when the value is not a known code."""
    if isinstance(value, list):
        value = value[-1] if value else None
    if isinstance(value, str) and len(value) <= MAX_REGION_LENGTH:
        code = value.strip().upper()
        if code in choices:
            return choices[code], True
    return choices[CANADA], value in (None, "")
