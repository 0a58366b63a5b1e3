"""Program counts, price statistics and catalogue filters, with how many prices are actually known."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

import polars as pl

FREE_NOTES = ("free", "fully funded")
NOT_PUBLISHED = "not published"
NOT_PUBLISHED_BAND = "not-published"
NATIONAL = "CA"  # province code of a program offered Canada-wide

# Each band is `low <= value < high` (high None: no upper limit), tried in order; a band whose
# low equals its high holds exactly that value. Contiguous bounds leave no gap, so a published
# price such as $499.995 can never fall through to "not published".
PRICE_BANDS: dict[str, tuple[float, float | None]] = {
    "free": (0, 0),
    "under-500": (0, 500),
    "500-1499": (500, 1500),
    "1500-plus": (1500, None),
}
DURATION_BANDS: dict[str, tuple[float, float | None]] = {
    "under-15h": (0, 15),
    "15-49h": (15, 50),
    "50-149h": (50, 150),
    "150h-plus": (150, None),
}
PRICE_BAND_ORDER = (*PRICE_BANDS, NOT_PUBLISHED_BAND)
DURATION_BAND_ORDER = (*DURATION_BANDS, NOT_PUBLISHED_BAND)

# Optional precomputed columns (see `with_derived_columns`); filters use them when present
# so a million-row catalogue is not re-banded or re-lowercased on every rerun.
PRICE_BAND_COLUMN = "price_band"
DURATION_BAND_COLUMN = "duration_band"
SEARCH_COLUMN = "search_text"
# Joins title and provider in the search column; a query never contains it (control
# characters are removed), so a match cannot straddle the two fields.
SEARCH_SEPARATOR = "\x1f"
MAX_SEARCH_LENGTH = 100


def program_stats(catalogue: pl.LazyFrame | pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """Per group: programs, prices known, free or fully funded, and price min/median/max (CAD)."""
    priced = pl.col("cost_cad").is_not_null()
    return (
        catalogue.lazy()
        # Keyed by text, whatever the catalogue holds the columns as (categoricals when prepared):
        # grouped first, then the few keys cast, not every row's value.
        .group_by(by)
        .agg(
            programs=pl.len(),
            prices_known=priced.sum().cast(pl.Int64),
            free_or_funded=pl.col("cost_note").is_in(list(FREE_NOTES)).sum().cast(pl.Int64),
            median_cost_cad=pl.col("cost_cad").median(),
            min_cost_cad=pl.col("cost_cad").min(),
            max_cost_cad=pl.col("cost_cad").max(),
        )
        .with_columns(pl.col(by).cast(pl.String))
        .sort("programs", *by, descending=[True] + [False] * len(by))
        .collect()
    )


def price_coverage(catalogue: pl.LazyFrame | pl.DataFrame) -> dict[str, int]:
    """How many programs there are, how many have a published price, how many are free or funded, and
    how many have neither (`unstated`: the source gives no price and does not say it is free)."""
    free = pl.col("cost_note").is_in(list(FREE_NOTES))
    row = (
        catalogue.lazy()
        .select(
            programs=pl.len(),
            prices_known=pl.col("cost_cad").is_not_null().sum(),
            free_or_funded=free.sum(),
            unstated=(pl.col("cost_cad").is_null() & ~free.fill_null(False)).sum(),
        )
        .collect()
        .row(0, named=True)
    )
    return {key: int(value) for key, value in row.items()}


def _band_expr(column: str, bands: dict[str, tuple[float, float | None]], unknown: str) -> pl.Expr:
    value = pl.col(column)
    expr = pl.when(value.is_null()).then(pl.lit(unknown))
    for label, (low, high) in bands.items():
        if high is not None and high == low:
            condition = value == low
        else:
            condition = value >= low
            if high is not None:
                condition = condition & (value < high)
        expr = expr.when(condition).then(pl.lit(label))
    return expr.otherwise(pl.lit(unknown))


def price_band() -> pl.Expr:
    """Price band of each program; `not-published` where no price is published.

    A program noted free or fully funded is in the `free` band even without a price,
    because the source says what it costs the learner.
    """
    banded = _band_expr("cost_cad", PRICE_BANDS, NOT_PUBLISHED_BAND)
    return pl.when(pl.col("cost_note").is_in(list(FREE_NOTES))).then(pl.lit("free")).otherwise(banded)


def duration_band() -> pl.Expr:
    """Duration band by instructional hours; `not-published` where the hours are unknown."""
    return _band_expr("hours", DURATION_BANDS, NOT_PUBLISHED_BAND)


def search_text() -> pl.Expr:
    """Lower-cased title and provider: what a text search looks in."""
    return pl.concat_str(
        pl.col("title").fill_null(""), pl.lit(SEARCH_SEPARATOR), pl.col("provider").fill_null("")
    ).str.to_lowercase()


def with_derived_columns(catalogue: pl.DataFrame) -> pl.DataFrame:
    """The catalogue with its price band, duration band and search text computed once."""
    return catalogue.with_columns(
        price_band().alias(PRICE_BAND_COLUMN),
        duration_band().alias(DURATION_BAND_COLUMN),
        search_text().alias(SEARCH_COLUMN),
    )


def clean_search(query: str | None) -> str:
    """The query as searched: control characters dropped, spaces trimmed, at most 100 characters."""
    if not query:
        return ""
    printable = "".join(ch for ch in query if unicodedata.category(ch)[0] != "C")
    return printable.strip()[:MAX_SEARCH_LENGTH].strip()


def _selected(values: Iterable[str] | None) -> list[str]:
    return sorted(set(values or ()))


def program_conditions(
    names: list[str],
    *,
    provinces: Iterable[str] | None = None,
    fields: Iterable[str] | None = None,
    modes: Iterable[str] | None = None,
    price_bands: Iterable[str] | None = None,
    duration_bands: Iterable[str] | None = None,
    search: str | None = None,
) -> list[pl.Expr]:
    """One condition per given filter, over a catalogue with columns `names`.

    An empty or missing filter does not restrict. `provinces` are province codes; include
    `CA` to keep programs offered Canada-wide. `search` matches title or provider as literal,
    case-insensitive text (never a pattern), after `clean_search`.
    """
    conditions: list[pl.Expr] = []
    if provinces is not None:
        # An explicit empty list is a region with no provinces: nothing matches.
        conditions.append(pl.col("province").is_in(_selected(provinces)))
    for column, values in (("field", fields), ("delivery_mode", modes)):
        if values:
            conditions.append(pl.col(column).is_in(_selected(values)))
    for column, values, expr in (
        (PRICE_BAND_COLUMN, price_bands, price_band),
        (DURATION_BAND_COLUMN, duration_bands, duration_band),
    ):
        if values:
            band = pl.col(column) if column in names else expr()
            conditions.append(band.is_in(_selected(values)))
    query = clean_search(search)
    if query:
        haystack = pl.col(SEARCH_COLUMN) if SEARCH_COLUMN in names else search_text()
        # Lower-case the query with Polars too, so both sides fold case the same way.
        needle = pl.select(pl.lit(query).str.to_lowercase()).item()
        conditions.append(haystack.str.contains(needle, literal=True))
    return conditions


def filter_programs(catalogue: pl.LazyFrame | pl.DataFrame, **criteria: Any) -> pl.LazyFrame:
    """The programs matching every filter in `criteria` (those of `program_conditions`), in catalogue
    order, as a lazy query."""
    frame = catalogue.lazy()
    conditions = program_conditions(frame.collect_schema().names(), **criteria)
    return frame.filter(pl.all_horizontal(conditions)) if conditions else frame


def program_matches(catalogue: pl.DataFrame, **criteria: Any) -> pl.Series:
    """Whether each program matches every filter in `criteria`, as `filter_programs`: one boolean per row.

    For rows read again and again with the same filters, such as a table read a chunk at a time:
    filtering on these booleans costs a pass over a bitmap, where the filters themselves cost a
    pass over the catalogue (a search over a million titles, some 40 ms) on every read.
    """
    conditions = program_conditions(catalogue.columns, **criteria)
    if not conditions:
        return pl.repeat(True, catalogue.height, dtype=pl.Boolean, eager=True).alias("matches")
    # A missing value matches no filter, as `filter` drops the rows where a condition is null.
    return catalogue.select(pl.all_horizontal(conditions).fill_null(False).alias("matches")).to_series()
