"""About and Data pages: the sources table, the datasets, the data dictionary and the method notes."""

from __future__ import annotations

import polars as pl

from dashboard.data import DataPackage
from dashboard.extracts import with_provenance
from dashboard.i18n import alphabetical_key, format_count, format_number, list_join, t, translated
from dashboard.regions import Region


def sources_table(package: DataPackage) -> pl.DataFrame:
    """Every cited source, with how many rows of each dataset cite it."""
    sources = package.frame("sources")
    counts = [
        frame.group_by(pl.col("source_id").cast(pl.String)).agg(pl.len().alias(f"{name}_rows"))
        for name, frame in package.frames.items()
        if name != "sources" and "source_id" in frame.columns
    ]
    table = sources.select("source_id", "title", "publisher", "published", "kind", "url")
    for count in counts:
        table = table.join(count, on="source_id", how="left")
    row_columns = [c for c in table.columns if c.endswith("_rows")]
    # By publisher as a reader looks one up: case and accents aside ("eCampusOntario" among the E's,
    # not after every capital).
    ordered = table.with_columns(
        publisher_order=pl.Series([alphabetical_key(p or "") for p in table["publisher"].to_list()], dtype=pl.String),
        title_order=pl.Series([alphabetical_key(title or "") for title in table["title"].to_list()], dtype=pl.String),
    ).sort("publisher_order", "title_order")
    return translated(
        ordered.drop("publisher_order", "title_order").with_columns(pl.col(row_columns).fill_null(0)), "kind"
    )


def datasets_table(package: DataPackage) -> pl.DataFrame:
    """One row per dataset of the package: title, description, rows, files, status."""
    assert package.spec is not None
    rows = []
    for resource in package.spec.resources.values():
        frame = package.frames.get(resource.name)
        rows.append(
            {
                "dataset": resource.name,
                "title": t(resource.title),
                "description": t(resource.description),
                "files": ", ".join(resource.paths),
                "rows": frame.height if frame is not None else None,
                "status": t("loaded") if resource.name not in package.unavailable else t("unavailable"),
            }
        )
    return pl.DataFrame(rows)


def data_dictionary(package: DataPackage) -> pl.DataFrame:
    """Every field of every dataset: type, unit, description and constraints, from datapackage.json."""
    assert package.spec is not None
    rows = []
    for resource in package.spec.resources.values():
        for field in resource.fields:
            constraints = []
            if field.required:
                constraints.append(t("required"))
            if field.unique:
                constraints.append(t("unique"))
            if field.enum:
                constraints.append(t("one of: {values}", values=", ".join(field.enum)))
            if field.minimum is not None:
                constraints.append(t("at least {value}", value=_bound(field.minimum)))
            if field.maximum is not None:
                constraints.append(t("at most {value}", value=_bound(field.maximum)))
            rows.append(
                {
                    "dataset": resource.name,
                    # "column", not "field": a CSV's fields are its columns, and "field" is a
                    # catalogue column (subject area) with another meaning.
                    "column": field.name,
                    "type": t(field.type),
                    "unit": t(field.unit) if field.unit else "",
                    "description": t(field.description),
                    "constraints": list_join(constraints),
                }
            )
    return pl.DataFrame(rows)


def _bound(value: float) -> str:
    """A constraint's bound as the page writes numbers: `0`, `100`, `0,5` in French."""
    return format_number(value, 0 if float(value).is_integer() else 2)


# The columns that place a dataset's rows in a province or territory, in order of preference.
REGION_COLUMNS = ("province", "destination", "code", "jurisdiction")


def is_regional(package: DataPackage, name: str) -> bool:
    """Whether the dataset's rows belong to provinces, so that it has a part for a region."""
    return any(column in package.frame(name).columns for column in REGION_COLUMNS)


def dataset_in_region(package: DataPackage, name: str, region: Region | None) -> pl.DataFrame:
    """The whole dataset (region None or Canada), or its rows for the region's provinces.

    A dataset that is not regional (`is_regional`) is whole for every region.
    """
    frame = package.frame(name)
    if package.spec is not None and name in package.spec.resources:
        # The dataset's own columns, as text: the app may serve a frame with derived ones and
        # categoricals (the prepared catalogue).
        frame = frame.select(package.spec.resources[name].field_names).with_columns(
            pl.col(pl.Categorical).cast(pl.String)
        )
    if region is None or region.is_national:
        return frame
    for column in REGION_COLUMNS:
        if column in frame.columns:
            return frame.filter(pl.col(column).is_in(list(region.provinces)))
    return frame


def rows_in_region(package: DataPackage, name: str, region: Region) -> int:
    """How many rows `dataset_in_region` holds for a regional dataset, without building it.

    A count over the region column alone: on a million-row catalogue about 1 ms, where the
    region's extract (every column as text) takes some 100 ms.
    """
    frame = package.frame(name)
    column = next(column for column in REGION_COLUMNS if column in frame.columns)
    if region.is_national:
        return frame.height
    return frame.select(pl.col(column).is_in(list(region.provinces)).sum()).item()


def region_download(package: DataPackage, name: str, region: Region) -> tuple[str | None, str | None]:
    """(label of the button for the region's file, None), or (None, why there is no such file).

    A dataset not by province would give a "region only" file holding every row under the
    region's name; one with no row for the region, an empty file.
    """
    if not is_regional(package, name):
        # The region is left out of the sentence: naming it made a national dataset read as the region's.
        return None, t("This dataset is not broken down by province or territory, so its file is the whole dataset.")
    rows = rows_in_region(package, name, region)
    if not rows:
        return None, t("No row of this dataset is for {region}.", region=region.name)
    if rows == 1:
        return t("{region} only (1 row)", region=region.name), None
    return t("{region} only ({rows} rows)", region=region.name, rows=format_count(rows)), None


def dataset_extract(package: DataPackage, name: str, region: Region | None) -> pl.DataFrame:
    """A dataset for the region (None: all of Canada), each row with its source URL and the filter."""
    rows = dataset_in_region(package, name, region)
    filters = {"region": region.code if region else "CA"}
    if name == "sources":
        return rows.with_columns(filter_region=pl.lit(filters["region"]))
    return with_provenance(rows, package.frame("sources"), filters)


METHOD_NOTES = [
    (
        "Per 100,000 people",
        "Funding per 100,000 people divides the counted funding of a province or territory by its 2021 Census "
        "population and multiplies by 100,000. Programs that serve all of Canada are shown separately and are "
        "not spread over the provinces.",
    ),
    (
        "95% intervals on survey figures",
        "Where a survey figure comes with its sample size, the bar shows a 95% Wilson score interval. It "
        "reflects sampling error only, assumes a simple random sample, and is wider for small samples. Figures "
        "without a published base have no interval, nor have figures a source gives only as a bound ('less "
        "than 40%'), which are written that way on the bar; the chart says so.",
    ),
    (
        "No double counting of funding",
        "Totals add only announcements that stand on their own. An allocation inside a larger envelope (such "
        "as one institution's share of Alberta's 2022 micro-credential funding) points to that envelope and "
        "is shown in the drill-down, never added again. Promises (such as a party platform) are never counted "
        "as funding. Programs that only partly concern microcredentials are counted only when you choose to "
        "include them, and programs next to the field (adjacent) are never counted.",
    ),
    (
        "Unknown stays unknown",
        "No figure is estimated or filled in. A program with no published price is counted as 'price not "
        "published'; an allocation with no published amount is listed without one. Coverage is shown beside "
        "every price or funding figure.",
    ),
    (
        "Sources that disagree",
        "Where two sources report the same figure differently (78% or 70% on future-proofing careers), both are "
        "shown, each with its source.",
    ),
]

CAVEATS = [
    "The HEQCO report's full tables could not be read; its survey figures come from HEQCO's own pages and from "
    "news coverage that quotes it (marked 'secondary').",
    "Survey figures are national: no provincial breakdown was published.",
    "Funding figures are amounts announced, in dollars of the year announced, not amounts spent.",
    "The program catalogue lists real example programs named in public sources; it is not a complete census "
    "of Canadian microcredentials.",
]
