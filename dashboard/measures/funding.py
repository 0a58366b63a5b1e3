"""Funding totals that never double count.

Rules (see the About page): only rows with status `funded` count, never promises;
only top-level rows count, because an allocation sits inside the envelope it points
to; a top-level row outside the chosen scopes is left out with all of its allocations;
a row with no published amount adds nothing and is counted as such.
"""

from __future__ import annotations

import polars as pl

from dashboard.measures.per_capita import versus_rest

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


def funding_by_destination(funding: pl.DataFrame, provinces: pl.DataFrame, scopes: tuple[str, ...]) -> pl.DataFrame:
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
    """The selected provinces' total and per-100,000 figure beside the rest of Canada's, each side with
    its counted announcements and how many of them have no published amount."""
    compared = versus_rest(
        by_destination, "amount_cad", region_codes, also_summed=("announcements", "amount_not_published")
    )
    return compared.rename({"amount_cad_per_100k": "per_100k_cad"}).with_columns(pl.col("per_100k_cad").round(0))


def allocations(funding: pl.DataFrame, parent_id: str) -> pl.DataFrame:
    """The allocations inside one envelope, largest first, unpublished amounts last."""
    return funding.filter(pl.col("parent_id") == parent_id).sort("amount_cad", descending=True, nulls_last=True)


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


# Why a row is or is not in the totals, in the order the rules are applied: a promise is
# never funding, an allocation is already inside its envelope, adjacent funding is context.
COUNTED = "counted"
NOT_COUNTED_PROMISE = "promise"
NOT_COUNTED_ALLOCATION = "allocation"
NOT_COUNTED_ADJACENT = "adjacent"
NOT_COUNTED_OUT_OF_SCOPE = "out_of_scope"

DAY, MONTH, YEAR = "day", "month", "year"


def with_counting(funding: pl.DataFrame, scopes: tuple[str, ...]) -> pl.DataFrame:
    """Every row, with `counted` (in the totals or not) and `counting` (the rule that decided).

    Agrees with `countable_funding` row for row: the counted rows are exactly its rows.
    """
    counting = (
        pl.when(pl.col("status") != "funded")
        .then(pl.lit(NOT_COUNTED_PROMISE))
        .when(pl.col("parent_id").is_not_null())
        .then(pl.lit(NOT_COUNTED_ALLOCATION))
        .when(pl.col("scope") == ADJACENT)
        .then(pl.lit(NOT_COUNTED_ADJACENT))
        .when(~pl.col("scope").is_in(list(scopes)))
        .then(pl.lit(NOT_COUNTED_OUT_OF_SCOPE))
        .otherwise(pl.lit(COUNTED))
    )
    return funding.with_columns(counting=counting).with_columns(counted=pl.col("counting") == COUNTED)


def with_announced_date(funding: pl.DataFrame) -> pl.DataFrame:
    """Adds `announced_on` (a date) and `announced_precision` (day, month or year).

    A partial date is placed on the first day of its period (2021 -> 2021-01-01,
    2021-03 -> 2021-03-01) so it can be plotted; the precision says how much of the
    date the source gave, so a reader never mistakes 1 January for a known day.
    """
    announced = pl.col("announced")
    length = announced.str.len_chars()
    precision = (
        pl.when(length == 10)
        .then(pl.lit(DAY))
        .when(length == 7)
        .then(pl.lit(MONTH))
        .when(length == 4)
        .then(pl.lit(YEAR))
        .otherwise(pl.lit(None, dtype=pl.String))
    )
    padded = (
        pl.when(length == 10)
        .then(announced)
        .when(length == 7)
        .then(announced + "-01")
        .when(length == 4)
        .then(announced + "-01-01")
        .otherwise(pl.lit(None, dtype=pl.String))
    )
    return funding.with_columns(
        announced_on=padded.str.to_date("%Y-%m-%d", strict=False),
        announced_precision=precision,
    )


def in_destinations(funding: pl.DataFrame, codes: tuple[str, ...] | list[str]) -> pl.DataFrame:
    """Rows whose money goes to one of the given provinces (national rows are not among them)."""
    return funding.filter(pl.col("destination").is_in(list(codes)))


def national_rows(funding: pl.DataFrame) -> pl.DataFrame:
    """Rows for programs that serve all of Canada rather than one province, whatever their status."""
    return funding.filter(pl.col("destination") == NATIONAL)


def summary_rows(funding: pl.DataFrame, scopes: tuple[str, ...]) -> dict[str, pl.DataFrame]:
    """The rows behind each headline figure: `counted`, of them `national` and `unpublished` (no
    amount stated), and `promises`, which are never among the counted."""
    counted = countable_funding(funding, scopes)
    return {
        "counted": counted,
        "national": counted.filter(pl.col("destination") == NATIONAL),
        "unpublished": counted.filter(pl.col("amount_cad").is_null()),
        "promises": funding.filter(pl.col("status") == "promise", pl.col("parent_id").is_null()),
    }


def funding_summary(funding: pl.DataFrame, scopes: tuple[str, ...]) -> dict[str, float | int]:
    """Headline figures for Canada: counted total, national part, coverage, and promises apart.

    `announcements` counts the rows in the total; `amount_published` how many of them
    state an amount. Promises are summed on their own and never enter `counted_cad`.
    """
    rows = summary_rows(funding, scopes)
    counted, national, promises = rows["counted"], rows["national"], rows["promises"]
    return {
        "counted_cad": counted["amount_cad"].sum() or 0.0,
        "announcements": counted.height,
        "amount_published": counted.height - rows["unpublished"].height,
        "national_cad": national["amount_cad"].sum() or 0.0,
        "national_announcements": national.height,
        "promised_cad": promises["amount_cad"].sum() or 0.0,
        "promises": promises.height,
    }


def envelopes_in_region(funding: pl.DataFrame, codes: tuple[str, ...] | list[str]) -> pl.DataFrame:
    """Envelopes with allocations that touch the region: the envelope or one of its allocations goes there.

    A national envelope with an allocation to one province (a college's share of a
    federal project) is listed for that province too.
    """
    codes = list(codes)
    touched_by_allocation = (
        funding.filter(pl.col("parent_id").is_not_null(), pl.col("destination").is_in(codes))["parent_id"]
        .unique()
        .to_list()
    )
    return envelopes_with_allocations(funding).filter(
        pl.col("destination").is_in(codes) | pl.col("funding_id").is_in(touched_by_allocation)
    )
