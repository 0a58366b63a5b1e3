"""Derived measures against expectations worked out by hand."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard.measures.catalogue import duration_band, price_band, price_coverage, program_stats
from dashboard.measures.funding import (
    SCOPE_CHOICES,
    allocations,
    countable_funding,
    funding_by_destination,
    national_funding,
    region_versus_rest,
    sanity_check_funding,
)
from dashboard.measures.survey import wilson_interval, with_intervals


def test_wilson_half_of_a_hundred():
    # Textbook value: 50 of 100 gives 40.38% to 59.62%.
    low, high = wilson_interval(50, 100)
    assert low == pytest.approx(40.38, abs=0.01)
    assert high == pytest.approx(59.62, abs=0.01)


def test_wilson_zero_successes_stays_inside_range():
    # 0 of 10: lower bound 0, upper bound z^2/(n+z^2) = 3.8415/13.8415 = 27.75%.
    low, high = wilson_interval(0, 10)
    assert low == 0
    assert high == pytest.approx(27.75, abs=0.01)


def test_wilson_rejects_impossible_inputs():
    with pytest.raises(ValueError):
        wilson_interval(50, 0)
    with pytest.raises(ValueError):
        wilson_interval(140, 10)


def test_vectorised_intervals_match_scalar_and_leave_unknown_bases_empty():
    frame = pl.DataFrame({"percent": [59.0, 74.0, 56.0], "base_n": [201, 2000, None]})
    result = with_intervals(frame)
    for row in result.head(2).iter_rows(named=True):
        low, high = wilson_interval(row["percent"], row["base_n"])
        assert row["ci_low"] == pytest.approx(low, abs=0.06)
        assert row["ci_high"] == pytest.approx(high, abs=0.06)
    assert result["ci_low"][2] is None and result["ci_high"][2] is None


def test_no_interval_around_a_bound_the_source_gives_instead_of_a_figure():
    frame = pl.DataFrame(
        {"percent": [40.0, 60.0, 75.0], "base_n": [161, 201, 2000], "qualifier": ["less than", "about", "more than"]}
    )
    result = with_intervals(frame)
    assert result["ci_low"].to_list()[::2] == [None, None] and result["ci_high"].to_list()[::2] == [None, None]
    # "about 60%" is an estimate, rounded: it keeps its interval.
    assert result["ci_low"][1] == pytest.approx(wilson_interval(60, 201)[0], abs=0.06)


PROVINCES = pl.DataFrame(
    {
        "code": ["AB", "BC", "ON"],
        "name_en": ["Alberta", "British Columbia", "Ontario"],
        "region": ["Prairies", "British Columbia", "Ontario"],
        "population_2021": [4_000_000, 5_000_000, 10_000_000],
    }
)


def funding_rows(*rows: tuple) -> pl.DataFrame:
    columns = ["funding_id", "destination", "amount_cad", "scope", "status", "parent_id"]
    return pl.DataFrame([dict(zip(columns, row, strict=True)) for row in rows])


FUNDING = funding_rows(
    ("ab-envelope", "AB", 8_000_000.0, "microcredential-specific", "funded", None),
    ("ab-uni", "AB", 1_000_000.0, "microcredential-specific", "funded", "ab-envelope"),
    ("ab-unknown", "AB", None, "microcredential-specific", "funded", "ab-envelope"),
    ("bc-grant", "BC", 2_000_000.0, "includes microcredentials", "funded", None),
    ("on-promise", "ON", 9_000_000.0, "microcredential-specific", "promise", None),
    ("on-adjacent", "ON", 50_000_000.0, "adjacent", "funded", None),
    ("on-open-call", "ON", None, "microcredential-specific", "funded", None),
    ("national", "CA", 40_000_000.0, "microcredential-specific", "funded", None),
)


def test_allocations_and_promises_never_count():
    counted = countable_funding(FUNDING, SCOPE_CHOICES["specific"])
    assert sorted(counted["funding_id"]) == ["ab-envelope", "national", "on-open-call"]


def test_totals_per_province_specific_only():
    totals = funding_by_destination(FUNDING, PROVINCES, SCOPE_CHOICES["specific"]).sort("code")
    # AB: the 8M envelope only (its allocations are inside it); BC: nothing specific;
    # ON: the promise and the adjacent strategy do not count, the open call has no amount.
    assert totals["amount_cad"].to_list() == [8_000_000, 0, 0]
    assert totals["amount_not_published"].to_list() == [0, 0, 1]
    # 8,000,000 / 4,000,000 people * 100,000 = 200,000 per 100,000 people.
    assert totals["per_100k_cad"].to_list() == [200_000, 0, 0]


def test_totals_including_programs_that_contain_microcredentials():
    totals = funding_by_destination(FUNDING, PROVINCES, SCOPE_CHOICES["including"]).sort("code")
    assert totals["amount_cad"].to_list() == [8_000_000, 2_000_000, 0]
    # 2,000,000 / 5,000,000 * 100,000 = 40,000.
    assert totals["per_100k_cad"].to_list()[1] == 40_000


def test_national_programs_are_kept_apart():
    assert national_funding(FUNDING, SCOPE_CHOICES["specific"])["amount_cad"].to_list() == [40_000_000]


def test_region_versus_rest_of_canada():
    totals = funding_by_destination(FUNDING, PROVINCES, SCOPE_CHOICES["including"])
    compared = region_versus_rest(totals, ["AB"])
    rows = {row["group"]: row for row in compared.iter_rows(named=True)}
    assert rows["Selected region"]["per_100k_cad"] == 200_000
    # Rest: 2,000,000 over 15,000,000 people = 13,333 per 100,000.
    assert rows["Rest of Canada"]["per_100k_cad"] == 13_333


def test_allocations_are_listed_largest_first_unknown_last():
    assert allocations(FUNDING, "ab-envelope")["funding_id"].to_list() == ["ab-uni", "ab-unknown"]


def test_sanity_check_flags_allocations_larger_than_envelope():
    assert sanity_check_funding(FUNDING) == []
    inflated = FUNDING.with_columns(
        pl.when(pl.col("funding_id") == "ab-uni").then(9_000_000.0).otherwise(pl.col("amount_cad")).alias("amount_cad")
    )
    (issue,) = sanity_check_funding(inflated)
    assert issue.startswith("ab-envelope:")


CATALOGUE = pl.DataFrame(
    {
        "province": ["ON", "ON", "ON", "BC"],
        "field": ["Health", "Health", "Data", "Health"],
        "cost_cad": [None, 400.0, 1200.0, None],
        "cost_note": ["not published", None, None, "free"],
        "hours": [10.0, 20.0, None, 200.0],
    }
)


def test_price_coverage_counts_only_published_prices():
    # The first program gives no price and is not noted free; the last gives no price but is free.
    assert price_coverage(CATALOGUE) == {"programs": 4, "prices_known": 2, "free_or_funded": 1, "unstated": 1}


def test_a_program_with_no_price_and_no_note_is_unstated():
    catalogue = pl.DataFrame({"cost_cad": [None, None, 0.0], "cost_note": [None, "free", None]})
    assert price_coverage(catalogue) == {"programs": 3, "prices_known": 1, "free_or_funded": 1, "unstated": 1}


def test_program_stats_by_province():
    stats = {row["province"]: row for row in program_stats(CATALOGUE, ["province"]).iter_rows(named=True)}
    assert stats["ON"]["programs"] == 3
    assert stats["ON"]["prices_known"] == 2
    assert stats["ON"]["median_cost_cad"] == 800  # median of 400 and 1200
    assert stats["BC"]["free_or_funded"] == 1
    assert stats["BC"]["median_cost_cad"] is None


def test_price_and_duration_bands():
    bands = CATALOGUE.select(price=price_band(), duration=duration_band())
    assert bands["price"].to_list() == ["not-published", "under-500", "500-1499", "free"]
    assert bands["duration"].to_list() == ["under-15h", "15-49h", "not-published", "150h-plus"]
