"""Funding totals that never double count.

Rules (see the About page): only rows with status `funded` count, never promises;
only top-level rows count, because an allocation sits inside the envelope it points
to; a top-level row outside the chosen scopes is left out with all of its allocations;
a row with no published amount adds nothing and is counted as such.
"""

from __future__ import annotations

import polars as pl

SPECIFIC = "microcredential-specific"
INCLUDES = "includes microcredentials"
ADJACENT = "adjacent"
SCOPE_CHOICES: dict[str, tuple[str, ...]] = {
    "specific": (SPECIFIC,),
    "including": (SPECIFIC, INCLUDES),
}
NATIONAL = "CA"


def countable_funding(funding: pl.DataFrame, scopes: tuple[str, ...]) -> pl.DataFrame:
    """The rows whose amounts add up without double counting, for the given scopes."""
    return funding.filter(
        pl.col("parent_id").is_null(),
        pl.col("status") == "funded",
        pl.col("scope").is_in(list(scopes)),
    )


def funding_by_destination(
    funding: pl.DataFrame, provinces: pl.DataFrame, scopes: tuple[str, ...]
) -> pl.DataFrame:
    """Per province and territory: counted total (CAD), announcements, unpriced ones, per 100,000 people.

    Every province appears, with 0 where nothing was found. National programs not
    assigned to one province are left to `national_funding`.
    """
    counted = countable_funding(funding, scopes)
    per_destination = counted.group_by("destination").agg(
        amount_cad=pl.col("amount_cad").sum(),
        announcements=pl.len(),
        amount_not_published=pl.col("amount_cad").is_null().sum(),
    )
    return (
        provinces.select("code", "name_en", "region", "population_2021")
        .join(per_destination, left_on="code", right_on="destination", how="left")
        .with_columns(
            pl.col("amount_cad").fill_null(0.0),
            pl.col("announcements").fill_null(0).cast(pl.Int64),
            pl.col("amount_not_published").fill_null(0).cast(pl.Int64),
        )
        .with_columns(per_100k_cad=(pl.col("amount_cad") / pl.col("population_2021") * 100_000).round(0))
    )


def national_funding(funding: pl.DataFrame, scopes: tuple[str, ...]) -> pl.DataFrame:
    """Counted rows for programs that serve all of Canada rather than one province."""
    return countable_funding(funding, scopes).filter(pl.col("destination") == NATIONAL)


def region_versus_rest(by_destination: pl.DataFrame, region_codes: list[str]) -> pl.DataFrame:
    """The selected provinces' total and per-100,000 figure beside the rest of Canada's."""
    in_region = pl.col("code").is_in(region_codes)
    return (
        by_destination.with_columns(
            group=pl.when(in_region).then(pl.lit("Selected region")).otherwise(pl.lit("Rest of Canada"))
        )
        .group_by("group")
        .agg(pl.col("amount_cad").sum(), pl.col("population_2021").sum())
        .with_columns(per_100k_cad=(pl.col("amount_cad") / pl.col("population_2021") * 100_000).round(0))
        .sort("group", descending=True)
    )


def allocations(funding: pl.DataFrame, parent_id: str) -> pl.DataFrame:
    """The allocations inside one envelope, largest first, unpublished amounts last."""
    return funding.filter(pl.col("parent_id") == parent_id).sort(
        "amount_cad", descending=True, nulls_last=True
    )


def envelopes_with_allocations(funding: pl.DataFrame) -> pl.DataFrame:
    """Envelopes that have allocations listed, with how much of them is itemised."""
    children = (
        funding.filter(pl.col("parent_id").is_not_null())
        .group_by("parent_id")
        .agg(
            allocations=pl.len(),
            allocated_cad=pl.col("amount_cad").sum(),
            allocations_unpublished=pl.col("amount_cad").is_null().sum().cast(pl.Int64),
        )
    )
    return funding.join(children, left_on="funding_id", right_on="parent_id", how="inner")


def sanity_check_funding(funding: pl.DataFrame) -> list[str]:
    """Where itemised allocations exceed their envelope; an empty list when all is consistent."""
    issues = []
    for row in envelopes_with_allocations(funding).iter_rows(named=True):
        if row["amount_cad"] is not None and row["allocated_cad"] > row["amount_cad"] * 1.0001:
            issues.append(
                f"{row['funding_id']}: allocations add to {row['allocated_cad']:,.0f}, "
                f"more than the envelope's {row['amount_cad']:,.0f}"
            )
    return issues
