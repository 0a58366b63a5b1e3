"""Funding page in Streamlit's AppTest: the real entry point, the bundled data, one region at a time.

Amounts are the cited ones from data/funding.csv, added by hand (see test_view_funding.py).
"""

from __future__ import annotations

import json

import pytest

from dashboard.paths import DATA_DIR_ENV
from tests.apptest_helpers import open_data_tables, open_page, plotly_figures, texts

# Five runs of the whole app; share one worker so they reuse its cached data package.
pytestmark = pytest.mark.xdist_group("apptest-funding")

SPECIFIC_TOTAL = "$151,931,660"  # microcredential-specific, Canada
INCLUDING_TOTAL = "$235,435,660"  # + programs that include microcredentials
WITH_PROMISE = "$178,131,660"  # 151,931,660 + the 26,200,000 Nova Scotia promise: must never appear


def metrics(at) -> dict[str, str]:
    """Metric label -> value, without the Markdown escapes the page adds to plain text."""
    return {m.label.replace("\\", ""): m.value.replace("\\", "") for m in at.metric}


def listings(at) -> list:
    """The page's announcement listings (the tables saying why each row counts), in page order."""
    return [element.value for element in at.dataframe if "counting" in element.value.columns]


def test_canada_renders_the_map_charts_and_headlines():
    at = open_page("funding")
    assert not at.exception, [e.message for e in at.exception]
    assert len(at.get("deck_gl_json_chart")) == 1
    # Province bars, timeline and the envelope drill-down.
    assert len(plotly_figures(at)) >= 3
    shown = metrics(at)
    assert shown["Counted funding, Canada"] == SPECIFIC_TOTAL
    assert shown["National programs"] == "$46,500,000"
    assert shown["Amount not published"] == "3"
    assert shown["Promised, never counted"] == "$26,200,000"
    page_text = texts(at)
    assert "Ontario received the most microcredential-specific funding per 100,000 people: $580,441" in page_text
    assert "$7,147,296 of $8,000,000 itemised across 21 allocations; 1 allocation not published" in page_text
    assert "Counted funding per 100,000 people" in page_text  # the legend's title


def test_alberta_shows_its_own_figures():
    at = open_page("funding", "AB")
    assert not at.exception
    shown = metrics(at)
    # 5,600,000 + 8,000,000 + 270,000
    assert shown["Alberta: counted funding"] == "$13,870,000"
    page_text = texts(at)
    assert "Alberta received more microcredential-specific funding per person than the rest of Canada" in page_text
    assert "24 announcements for Alberta, 3 of them counted in the total" in page_text
    assert "National programs that may also serve Alberta" in page_text
    announcements = listings(at)[0]
    amounts = set(announcements["amount_cad"].dropna())
    assert {5_600_000, 8_000_000, 270_000, 1_142_500} <= amounts
    assert set(announcements["destination"]) == {"AB"}


def test_scope_switch_changes_the_totals_and_promises_stay_out():
    at = open_page("funding")
    assert metrics(at)["Counted funding, Canada"] == SPECIFIC_TOTAL
    at.radio(key="scope").set_value("including").run()
    assert not at.exception
    shown = metrics(at)
    assert shown["Counted funding, Canada"] == INCLUDING_TOTAL
    assert shown["Promised, never counted"] == "$26,200,000"
    assert WITH_PROMISE not in texts(at)
    assert at.query_params["scope"] in ("including", ["including"])
    promises = next(frame for frame in listings(at) if set(frame["status"]) == {"promise"})
    assert list(promises["funding_id"]) == ["ns-2021-liberal-platform"]
    assert list(promises["counted"]) == [False]


def test_a_link_reopens_the_same_view():
    at = open_page("funding", "AB", query={"scope": "including", "measure": "total", "envelope": "nonsense"})
    assert not at.exception
    assert at.radio(key="scope").value == "including"
    assert at.segmented_control(key="measure").value == "total"
    # An envelope the region does not have falls back to the region's first one.
    assert at.selectbox(key="envelope").value == "ab-2022-alberta-at-work"
    assert "received the most funding for or including microcredentials in total" in texts(at)


def test_without_boundaries_the_page_says_so_and_keeps_the_bars(package_dir, monkeypatch):
    (package_dir / "province_boundaries.geojson").write_text(json.dumps({"type": "nonsense"}), encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(package_dir))
    at = open_page("funding")
    assert not at.exception
    assert len(at.get("deck_gl_json_chart")) == 0
    assert any("boundaries could not be loaded" in w.value for w in at.warning)
    assert "Ontario received the most" in texts(at)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_dates_in_the_tables_read_as_the_source_gives_them(language):
    """Test that no table shows a timestamp (`2023-02-22 00:00:00`) or turns a month-only date into a day."""
    at = open_data_tables(open_page("funding", query={"lang": language}))
    assert not at.exception, [e.message for e in at.exception]
    tables = [element.value for element in at.dataframe]
    timeline = [table for table in tables if "announced_precision" in table.columns and "counting" not in table.columns]
    assert len(timeline) == 1
    # No column the grid would draw as a timestamp, in any table.
    assert [
        (str(dtype), name) for table in tables for name, dtype in table.dtypes.items() if "datetime" in str(dtype)
    ] == []
    cells = {str(value) for table in tables for column in table.columns for value in table[column].tolist()}
    assert not [cell for cell in cells if "00:00:00" in cell]
    # The Future Skills Centre project was announced in November 2023, day not published.
    dates = dict(zip(timeline[0]["funding_id"], timeline[0]["announced"], strict=True))
    assert dates["fed-2023-fsc-built-to-scale"] == "2023-11"
    assert dates["fed-2023-c2r2"] == "2023-02-22"
