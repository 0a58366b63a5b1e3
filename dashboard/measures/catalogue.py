"""Program counts and price statistics, with how many prices are actually known."""

from __future__ import annotations

import polars as pl

FREE_NOTES = ("free", "fully funded")
NOT_PUBLISHED = "not published"

PRICE_BANDS: dict[str, tuple[float | None, float | None]] = {
    "free": (0, 0),
    "under-500": (0.01, 499.99),
    "500-1499": (500, 1499.99),
    "1500-plus": (1500, None),
}
DURATION_BANDS: dict[str, tuple[float, float | None]] = {
    "under-15h": (0, 14.99),
    "15-49h": (15, 49.99),
    "50-149h": (50, 149.99),
    "150h-plus": (150, None),
}


def program_stats(catalogue: pl.LazyFrame | pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """Per group: programs, prices known, free or fully funded, and price min/median/max (CAD)."""
    priced = pl.col("cost_cad").is_not_null()
    return (
        catalogue.lazy()
        .group_by(by)
        .agg(
            programs=pl.len(),
            prices_known=priced.sum().cast(pl.Int64),
            free_or_funded=pl.col("cost_note").is_in(list(FREE_NOTES)).sum().cast(pl.Int64),
            median_cost_cad=pl.col("cost_cad").median(),
            min_cost_cad=pl.col("cost_cad").min(),
            max_cost_cad=pl.col("cost_cad").max(),
        )
        .sort("programs", *by, descending=[True] + [False] * len(by))
        .collect()
    )


def price_coverage(catalogue: pl.LazyFrame | pl.DataFrame) -> dict[str, int]:
    """How many programs there are, how many have a published price, how many are free or funded."""
    row = (
        catalogue.lazy()
        .select(
            programs=pl.len(),
            prices_known=pl.col("cost_cad").is_not_null().sum(),
            free_or_funded=pl.col("cost_note").is_in(list(FREE_NOTES)).sum(),
        )
        .collect()
        .row(0, named=True)
    )
    return {key: int(value) for key, value in row.items()}


def _band_expr(column: str, bands: dict, unknown: str) -> pl.Expr:
    expr = pl.when(pl.col(column).is_null()).then(pl.lit(unknown))
    for label, (low, high) in bands.items():
        condition = pl.col(column) >= low
        if high is not None:
            condition = condition & (pl.col(column) <= high)
        expr = expr.when(condition).then(pl.lit(label))
    return expr.otherwise(pl.lit(unknown))


def price_band() -> pl.Expr:
    """Price band of each program; `not-published` where no price is published.

    A program noted free or fully funded is in the `free` band even without a price,
    because the source says what it costs the learner.
    """
    banded = _band_expr("cost_cad", PRICE_BANDS, "not-published")
    return pl.when(pl.col("cost_note").is_in(list(FREE_NOTES))).then(pl.lit("free")).otherwise(banded)


def duration_band() -> pl.Expr:
    """Duration band by instructional hours; `not-published` where the hours are unknown."""
    return _band_expr("hours", DURATION_BANDS, "not-published")
