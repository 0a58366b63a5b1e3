"""Survey percents with their 95% Wilson score intervals."""

from __future__ import annotations

import math

import polars as pl

Z_95 = 1.959963984540054
# Qualifiers that make a figure a bound, not an estimate: no interval can be put around "less than 40%".
BOUNDS = ("less than", "more than")


def wilson_interval(percent: float, base_n: int, z: float = Z_95) -> tuple[float, float]:
    """95% Wilson score interval, in percent, for a share `percent` of a sample of `base_n`.

    Wilson rather than the normal approximation: it stays inside 0-100 and behaves at
    small bases and extreme shares.
    """
    if base_n <= 0:
        raise ValueError("base_n must be positive")
    if not 0 <= percent <= 100:
        raise ValueError("percent must be between 0 and 100")
    p = percent / 100
    denominator = 1 + z**2 / base_n
    centre = (p + z**2 / (2 * base_n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / base_n + z**2 / (4 * base_n**2)) / denominator
    return (max(0.0, centre - half_width) * 100, min(1.0, centre + half_width) * 100)


def with_intervals(results: pl.DataFrame) -> pl.DataFrame:
    """Add `ci_low` and `ci_high` (percent); null where the base is unknown or the figure is a bound."""
    p = pl.col("percent") / 100
    n = pl.col("base_n").cast(pl.Float64)
    z2 = Z_95**2
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = Z_95 * ((p * (1 - p) / n + z2 / (4 * n * n)).sqrt()) / denominator
    known = pl.col("base_n").is_not_null() & (pl.col("base_n") > 0)
    if "qualifier" in results.columns:
        known &= ~pl.col("qualifier").is_in(BOUNDS).fill_null(False)
    return results.with_columns(
        ci_low=pl.when(known).then(((centre - half_width).clip(0, 1) * 100).round(1)),
        ci_high=pl.when(known).then(((centre + half_width).clip(0, 1) * 100).round(1)),
    )
