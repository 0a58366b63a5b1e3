"""Funding page in Streamlit's AppTest: the real entry point, the bundled data, one region at a time.

Amounts are the cited ones from data/funding.csv, added by hand (see test_view_funding.py).
"""

from __future__ import annotations

import json

import pytest

from components.sections import SECTION_PARAM
from dashboard.paths import DATA_DIR_ENV
from tests.apptest_helpers import (
    PAGE_SECTIONS,
    keyed_container,
    open_data_tables,
    open_page,
    open_section,
    plotly_figures,
    texts,
)

# Many runs of the whole app; share one worker so they reuse its cached data package.
pytestmark = pytest.mark.xdist_group("apptest-funding")

SPECIFIC_TOTAL = "$151,931,660"  # microcredential-specific, Canada
INCLUDING_TOTAL = "$235,435,660"  # + programs that include microcredentials
WITH_PROMISE = "$178,131,660"  # 151,931,660 + the 26,200,000 Nova Scotia promise: must never appear
# The page's tabs (pages/funding.py), the first open by default; each draws only its own content.
SECTIONS = PAGE_SECTIONS["funding"]


def metrics(at) -> dict[str, str]:
    """Metric label -> value, without the Markdown escapes the page adds to plain text."""
    return {m.label.replace("\\", ""): m.value.replace("\\", "") for m in at.metric}


def open_tab(at) -> str:
    """The section the link keeps open: `?section=`, which leaves out the default."""
    value = at.query_params.get(SECTION_PARAM, SECTIONS[0])
    return value[0] if isinstance(value, list) else value


def listings(at) -> list:
    """The open section's announcement listings (the tables saying why each row counts), in page order."""
    return [element.value for element in at.dataframe if "counting" in element.value.columns]


def test_canada_renders_the_map_charts_and_headlines():
    opened = {section: open_section("funding", section) for section in ("where", "map", "when", "envelopes")}
    for section, at in opened.items():
        assert not at.exception, (section, [e.message for e in at.exception])
        # The headline figures are above the tabs: the same on every section.
        shown = metrics(at)
        assert shown["Counted funding, Canada"] == SPECIFIC_TOTAL, section
        assert shown["National programs"] == "$46,500,000", section
        assert shown["Amount not published"] == "3", section
        assert shown["Promised, never counted"] == "$26,200,000", section
    # The map and its legend are in their own section, and only there.
    assert [len(at.get("deck_gl_json_chart")) for at in opened.values()] == [0, 1, 0, 0]
    assert "Counted funding per 100,000 people" in texts(opened["map"])  # the legend's title
    # Province bars, timeline and the envelope drill-down: one figure in each of their sections.
    assert len(plotly_figures(opened["where"])) == 1
    assert len(plotly_figures(opened["when"])) == 1
    assert len(plotly_figures(opened["envelopes"])) == 1
    assert len(plotly_figures(opened["map"])) == 0
    where_text = texts(opened["where"])
    leader = "The most microcredential-specific funding per 100,000 people was announced for Ontario: $580,441"
    assert leader in where_text
    envelope_text = texts(opened["envelopes"])
    assert "$7,147,296 of $8,000,000 itemised across 21 allocations; 1 allocation not published" in envelope_text


def test_the_comparison_has_its_own_tab_and_canada_is_told_how_to_get_one():
    """The region against the rest is drawn in its tab alone; Canada, which has no rest, gets a line
    saying how to choose a region there instead."""
    ontario_bars, ontario_compared = (open_section("funding", section, "ON") for section in ("where", "compared"))
    comparison_title = "funding was announced for Ontario than for the rest of Canada, per 100,000 people"
    assert len(plotly_figures(ontario_bars)) == 1
    assert comparison_title not in texts(ontario_bars)
    assert len(plotly_figures(ontario_compared)) == 1
    assert comparison_title in texts(ontario_compared)
    assert not [notice for notice in ontario_compared.info if "compare it with the rest" in notice.value]
    canada = open_section("funding", "compared")
    assert not canada.exception
    assert plotly_figures(canada) == []
    notices = [notice.value for notice in canada.info]
    assert any("under Region, in the sidebar, to compare it with the rest of Canada" in notice for notice in notices), (
        notices
    )


def test_a_province_leads_the_headline_figures_with_its_own():
    """The region a reader chose comes first, then Canada's figures as they are for Canada."""
    canada = [m.label.replace("\\", "") for m in open_section("funding", "where").metric]
    ontario = open_section("funding", "where", "ON")
    assert not ontario.exception
    labels = [m.label.replace("\\", "") for m in ontario.metric]
    assert labels == ["Ontario: counted funding", *canada]
    assert canada[0] == "Counted funding, Canada"
    # The Ontario rows of data/funding.csv (test_view_funding.py adds them up).
    assert metrics(ontario)["Ontario: counted funding"] == "$82,561,660"


def card_sources(at) -> list[str]:
    """The headline cards' source lines, the region's card first."""
    cards = [keyed_container(at, key) for key in ("funding-region-headline", "funding-headlines")]
    return [m.value for card in cards for m in card.markdown if m.value.startswith(("Source: ", "Sources: "))]


def test_every_headline_figure_names_its_sources_with_links():
    at = open_section("funding", "where", "AB")
    assert not at.exception
    lines = card_sources(at)
    # Alberta's card, then Canada's four, each with its own line.
    assert len(lines) == len(at.metric) == 5
    alberta, promised = lines[0], lines[-1]
    # The first two of Alberta's four sources by name, linked; the census among the two more.
    assert alberta.startswith("Sources: [Province priming")
    assert "](https://www.alberta.ca/release.cfm?" in alberta
    assert alberta.endswith("and 2 more, listed with their links on the About and methodology page")
    assert promised == (
        "Source: [Ensuring workers have the skills today for the jobs of tomorrow]"
        "(https://liberal.ns.ca/ensuring-workers-have-the-skills-today-for-the-jobs-of-tomorrow/)"
    )


def test_alberta_shows_its_own_figures():
    compared = open_section("funding", "compared", "AB")
    assert not compared.exception
    # 5,600,000 + 8,000,000 + 270,000
    assert metrics(compared)["Alberta: counted funding"] == "$13,870,000"
    assert "More microcredential-specific funding was announced for Alberta than for the rest of Canada" in texts(
        compared
    )
    at = open_section("funding", "announcements", "AB")
    assert not at.exception
    assert metrics(at)["Alberta: counted funding"] == "$13,870,000"
    page_text = texts(at)
    assert "24 funding entries for Alberta, 3 of them counted in the total" in page_text
    assert "National programs that may also serve Alberta" in page_text
    announcements = listings(at)[0]
    amounts = set(announcements["amount_cad"].dropna())
    assert {5_600_000, 8_000_000, 270_000, 1_142_500} <= amounts
    assert set(announcements["destination"]) == {"AB"}


@pytest.mark.parametrize("section", SECTIONS)
def test_scope_switch_changes_the_totals_and_promises_stay_out(section):
    """On every section, since the total with the promise added must appear on none."""
    at = open_section("funding", section)
    assert metrics(at)["Counted funding, Canada"] == SPECIFIC_TOTAL
    at.radio(key="scope").set_value("including").run()
    assert not at.exception
    shown = metrics(at)
    assert shown["Counted funding, Canada"] == INCLUDING_TOTAL
    assert shown["Promised, never counted"] == "$26,200,000"
    assert WITH_PROMISE not in texts(at)
    assert at.query_params["scope"] in ("including", ["including"])
    assert open_tab(at) == section  # the switch kept the section open
    if section == "promises":
        promises = next(frame for frame in listings(at) if set(frame["status"]) == {"promise"})
        assert list(promises["funding_id"]) == ["ns-2021-liberal-platform"]
        assert list(promises["counted"]) == [False]


def test_a_link_reopens_the_same_view():
    link = {"scope": "including", "measure": "total", "envelope": "nonsense"}
    where = open_section("funding", "where", "AB", query=link)
    assert not where.exception
    assert where.radio(key="scope").value == "including"
    assert where.segmented_control(key="measure").value == "total"
    assert "The most funding for or including microcredentials in total was announced for" in texts(where)
    # Not `open_section`: the envelope the link asks for is refused with the same notice a section would be.
    at = open_page("funding", "AB", query={**link, SECTION_PARAM: "envelopes"})
    assert not at.exception
    assert at.radio(key="scope").value == "including"
    assert at.segmented_control(key="measure").value == "total"
    # An envelope the region does not have falls back to the region's first one, said once.
    assert at.selectbox(key="envelope").value == "ab-2022-alberta-at-work"
    assert len([notice for notice in at.info if notice.icon == ":material/link_off:"]) == 1


def test_without_boundaries_the_page_says_so_and_keeps_the_bars(package_dir, monkeypatch):
    (package_dir / "province_boundaries.geojson").write_text(json.dumps({"type": "nonsense"}), encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(package_dir))
    at = open_section("funding", "map")
    assert not at.exception
    assert len(at.get("deck_gl_json_chart")) == 0
    assert any("boundaries could not be loaded" in w.value for w in at.warning)
    bars = open_section("funding", "where")
    assert not bars.exception
    assert len(plotly_figures(bars)) == 1
    assert "was announced for Ontario" in texts(bars)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_dates_in_the_tables_read_as_the_source_gives_them(language):
    """Test that no table shows a timestamp (`2023-02-22 00:00:00`) or turns a month-only date into a day."""
    tables = []
    for section in SECTIONS:
        at = open_section("funding", section, query={"lang": language})
        # Every chart's data table opened; the announcement sections have listings only.
        if any(key.startswith("data-table-") for key in at.session_state.keys()):
            at = open_data_tables(at)
        assert not at.exception, (section, [e.message for e in at.exception])
        tables += [element.value for element in at.dataframe]
    timeline = [table for table in tables if "announced_precision" in table.columns and "counting" not in table.columns]
    assert len(timeline) == 1
    # No column the grid would draw as a timestamp, in any table of any section.
    assert [
        (str(dtype), name) for table in tables for name, dtype in table.dtypes.items() if "datetime" in str(dtype)
    ] == []
    cells = {str(value) for table in tables for column in table.columns for value in table[column].tolist()}
    assert not [cell for cell in cells if "00:00:00" in cell]
    # The Future Skills Centre project was announced in November 2023, day not published.
    dates = dict(zip(timeline[0]["funding_id"], timeline[0]["announced"], strict=True))
    assert dates["fed-2023-fsc-built-to-scale"] == "2023-11"
    assert dates["fed-2023-c2r2"] == "2023-02-22"
