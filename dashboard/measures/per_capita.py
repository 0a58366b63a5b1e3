"""Figures per 100,000 people, for a selected region beside the rest of Canada."""

from __future__ import annotations

import polars as pl

SELECTED_REGION = "Selected region"
REST_OF_CANADA = "Rest of Canada"
PER = 100_000


def versus_rest(
    per_province: pl.DataFrame, value: str, region_codes: list[str], also_summed: tuple[str, ...] = ()
) -> pl.DataFrame:
    """`value` summed for the region's provinces and for the rest, with population and per 100,000 people.

    `per_province` has one row per province: `code`, `population_2021` and `value`. Rows for
    national programs (no province) must be left out by the caller: they belong to neither side.
    Columns in `also_summed` (counts, say) are summed per side too.
    """
    in_region = pl.col("code").is_in(region_codes)
    return (
        per_province.with_columns(
            group=pl.when(in_region).then(pl.lit(SELECTED_REGION)).otherwise(pl.lit(REST_OF_CANADA))
        )
        .group_by("group")
        .agg(pl.col(value).sum(), pl.col("population_2021").sum(), *(pl.col(c).sum() for c in also_summed))
        .with_columns((pl.col(value) / pl.col("population_2021") * PER).alias(f"{value}_per_100k"))
        .sort("group", descending=True)
    )
