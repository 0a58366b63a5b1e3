"""Every page renders for every region: AppTest on the real entry point and bundled data."""

from __future__ import annotations

import csv
import json
import re

import polars as pl
import pytest
import streamlit as st
from streamlit.runtime.state.query_params import QueryParams

from components.plotly_chart import COMPONENT_NAME
from components.tables import column_labels
from components.url_state import WRITTEN_PARAMS_KEY
from dashboard.data import load_package
from dashboard.paths import BUNDLED_DATA_DIR
from dashboard.regions import regions
from dashboard.views import about, employers, funding, institutions
from tests.apptest_helpers import (
    PAGES,
    count_view_calls,
    navigation_links,
    open_data_tables,
    open_every_section,
    open_page,
    open_section,
    plotly_figures,
    texts,
)
from tests.test_plotly_bundle import bundle_trace_types

REGION_CODES = list(regions(load_package(BUNDLED_DATA_DIR).frame("provinces")))
SURVEY_PAGES = ["employers", "workers", "institutions"]
CHART_PAGES = ["employers", "workers", "costs", "funding", "programs", "institutions"]
BUNDLE_TRACE_TYPES = bundle_trace_types()


@pytest.mark.parametrize("region", REGION_CODES)
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_for_every_region(page, region):
    at = open_page(page, region)
    assert not at.exception, [e.message for e in at.exception]
    assert len(at.title) == 1, "one h1 per page"
    assert at.session_state["region"] == region
    # The charts' plotly.js bundle draws these trace types and no others.
    assert {trace["type"] for figure in plotly_figures(at) for trace in figure["data"]} <= BUNDLE_TRACE_TYPES


@pytest.mark.parametrize("page", list(PAGES))
def test_pages_with_charts_and_only_they_load_plotly_js_from_the_start(page):
    """The sidebar starts loading plotly.js on a page with charts (`preload_plotly`), on no other.

    From the start: in whichever section the page opens on, charts or not (the list of Programs
    has none). A page draws charts if any of its sections does.
    """
    sections = open_every_section(page)
    draws_charts = any(plotly_figures(at) for at in sections)
    assert draws_charts == (page in CHART_PAGES)
    for at in sections:
        assert plotly_preloads(at) == int(draws_charts)


def plotly_preloads(at) -> int:
    """How many chart components in the sidebar only load plotly.js (`preload_plotly`)."""
    sent = [
        json.loads(e.proto.json) for e in at.sidebar.get("bidi_component") if e.proto.component_name == COMPONENT_NAME
    ]
    return sum("figure" not in data for data in sent)


def test_plotly_js_is_preloaded_on_a_session_s_first_page_with_charts_only():
    """Test that a session's later runs leave the preload out (the page keeps the bundle), and that a
    session opened on a page without charts preloads on its first page with charts."""
    at = open_page("data")
    assert plotly_preloads(at) == 0
    at.switch_page(PAGES["funding"]).run()
    assert not at.exception
    assert plotly_preloads(at) == 1
    at.run()
    assert plotly_preloads(at) == 0
    assert plotly_figures(at)


def test_the_page_is_configured_once_per_session(monkeypatch):
    """Test that the icon and wide layout are set on a session's first run only (the browser keeps them
    through reruns and page changes), and again for a new session."""
    configured = []
    set_page_config = st.set_page_config
    monkeypatch.setattr(st, "set_page_config", lambda **config: configured.append(config) or set_page_config(**config))
    at = open_page("funding")
    at.sidebar.selectbox(key="region-en").set_value("ON").run()
    at.switch_page(PAGES["programs"]).run()
    assert not at.exception
    assert [config["layout"] for config in configured] == ["wide"]
    assert configured[0]["page_icon"].endswith("favicon.png")
    open_page("data")
    assert len(configured) == 2


@pytest.mark.parametrize("page", CHART_PAGES)
def test_chart_pages_show_charts_with_their_sources(page):
    """Test that the page draws charts, and that every section drawing one says its source and takeaway."""
    with_charts = [at for at in open_every_section(page) if plotly_figures(at)]
    assert with_charts
    for at in with_charts:
        assert not at.exception
        shown = texts(at)
        assert "Source" in shown
        assert "Takeaway" in shown


@pytest.mark.parametrize(("page", "section"), [("costs", "prices"), ("funding", "when")])
def test_a_chart_with_nothing_to_plot_cites_and_offers_nothing(page, section):
    """Test that a chart with nothing to plot for the region says so, with no source line ("Source: not
    recorded" read as a figure without a source), no data table of 0 rows and no CSV of no rows."""
    at = open_section(page, section, "QC")
    notes = [note["text"] for figure in plotly_figures(at) for note in figure["layout"].get("annotations", [])]
    assert "Nothing to plot for Quebec." in notes
    assert "Source: not recorded" not in texts(at)
    assert [expander.label for expander in at.expander if "(0 rows)" in expander.label] == []
    assert [button.proto.label for button in at.get("download_button")] == []
    # The same section for a region with rows has all three.
    ontario = open_section(page, section, "ON")
    assert "Source" in texts(ontario)
    assert [expander.label for expander in ontario.expander if expander.label.startswith("Data table")]
    assert ontario.get("download_button")


@pytest.mark.parametrize("page", SURVEY_PAGES)
def test_survey_pages_say_figures_are_national_when_a_province_is_chosen(page):
    national = texts(open_page(page, "CA"))
    alberta = texts(open_page(page, "AB"))
    assert "no breakdown for Alberta was published" not in national
    assert "no breakdown for Alberta was published" in alberta


@pytest.mark.parametrize("page", SURVEY_PAGES)
def test_a_page_of_national_charts_says_so_once_and_each_chart_in_a_short_line(page):
    """Test that the page's notice comes once, above the first chart, and that every chart keeps a short line."""
    at = open_page(page, "AB")
    shown = texts(at)
    assert shown.count("no breakdown for Alberta was published") == 1
    assert "National figures: no breakdown for Alberta was published, so every chart on this page shows Canada" in shown
    assert shown.count("National figure: Canada as a whole.") == len(plotly_figures(at)) > 0
    assert "National figure" not in texts(open_page(page, "CA"))


def test_a_national_chart_among_regional_ones_keeps_its_own_notice():
    """Test that Costs, whose other charts follow the region, says on its survey chart that it is national."""
    shown = texts(open_page("costs", "AB"))
    assert "National figure: no breakdown for Alberta was published, so this chart shows Canada as a whole." in shown
    assert "every chart on this page" not in shown


def test_the_overview_says_its_figures_are_for_canada_when_a_province_is_chosen():
    assert "for Canada as a whole" not in texts(open_page("overview", "CA"))
    notice = "These figures are for Canada as a whole. Funding and programs for Alberta are on the Funding"
    assert notice in texts(open_page("overview", "AB"))


def test_the_overview_counts_free_programs_beside_priced_ones():
    """Test that the programs card says how many programs are free or fully funded, counted in the data
    file itself: "price published for 0 of them" alone read as if no program's cost were known."""
    notes = [
        row["cost_note"]
        for path in sorted((BUNDLED_DATA_DIR / "catalogue").glob("*.csv"))
        for row in csv.DictReader(path.open(encoding="utf-8", newline=""))
    ]
    free = sum(note in ("free", "fully funded") for note in notes)
    assert free > 0
    assert f"{free} free or fully funded" in texts(open_page("overview"))
    assert f"gratuits ou entièrement financés\xa0: {free}" in texts(open_page("overview", query={"lang": "fr"}))


def test_a_survey_chart_is_built_once_for_every_region(monkeypatch: pytest.MonkeyPatch):
    # The figures are national: a region only adds a notice, so a region change builds no chart.
    # The page draws its open section alone: each is visited, so that every chart is.
    calls = count_view_calls(monkeypatch, employers)
    sections = open_every_section("employers", "AB")
    assert len(calls) == len(set(calls)) == 7
    for at in sections:
        assert "no breakdown for Alberta was published" in texts(at)
    calls.clear()
    for at in sections:
        at.sidebar.selectbox(key="region-en").set_value("QC").run()
        assert not at.exception
        assert calls == []
        shown = texts(at)
        assert "no breakdown for Quebec was published" in shown and "Alberta" not in shown
        at.sidebar.selectbox(key="region-en").set_value("CA").run()
        assert calls == [] and "no breakdown for" not in texts(at)


def test_a_figure_the_source_gives_as_a_bound_is_written_so_with_no_interval():
    # HEQCO: "less than 40%" of institutions had a framework. A bar labelled "40%" with an
    # interval around 40 would claim an estimate the source never gave.
    at = open_page("institutions")
    bars = [
        (label, text, whiskers)
        for figure in plotly_figures(at)
        for trace in figure["data"]
        if trace["type"] == "bar"
        for label, text, whiskers in zip(
            trace["y"],
            trace["text"],
            (trace.get("error_x") or {}).get("array") or [None] * len(trace["y"]),
            strict=True,
        )
        if "framework" in label
    ]
    assert bars and all(text == "less than 40%" for _, text, _ in bars), bars
    # Plotly's JSON writes "NaN" for a whisker not drawn.
    assert all(whiskers in (None, "NaN") for _, _, whiskers in bars), bars
    assert "No interval is shown around a figure the source gives only as a bound" in texts(at)


@pytest.mark.parametrize(
    "chart", [institutions.offering_and_strategy, institutions.aims, employers.workforce_uses], ids=lambda c: c.__name__
)
def test_a_chart_of_items_from_several_questions_ranks_them_largest_share_first(chart):
    # By topic alone, "Has a framework" (framework) came before "Already offering" (offering).
    spec = chart(load_package(BUNDLED_DATA_DIR))
    shares = [share for trace in spec.figure.data for share in trace.x]
    assert len(shares) >= 3
    assert shares == sorted(shares, reverse=True)
    assert spec.table["percent"].to_list() == shares


@pytest.mark.parametrize(
    "chart", [employers.upskilling_need, employers.demand_for_faster_skills], ids=lambda c: c.__name__
)
def test_a_chart_whose_title_quotes_the_larger_share_shows_it_first(chart):
    # "80% of Canadian companies wish..." was drawn under a 74% bar, as on no other Employers chart.
    spec = chart(load_package(BUNDLED_DATA_DIR))
    shares = [share for trace in spec.figure.data for share in trace.x]
    assert len(shares) == 2 and shares[0] > shares[1]
    assert f"{shares[0]:.0f}%" in spec.title.split(" and ")[0]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_employers_link_the_survey_s_own_report_beside_the_article_the_figures_were_read_in(language):
    # The figures come from HEQCO's survey, read in a Canadian HR Reporter article: both are one click away.
    shown = texts(open_page("employers", query={"lang": language}))
    assert "(https://www.hrreporter.com/" in shown
    assert "(https://heqco.ca/pub/making-sense-of-microcredentials/)" in shown
    assert ("The survey: [" if language == "en" else "Le sondage\u00a0: [") in shown


@pytest.mark.parametrize(("page", "views"), [("funding", funding), ("data", about), ("about", about)])
def test_a_rerun_with_the_same_choices_computes_no_view_again(monkeypatch: pytest.MonkeyPatch, page, views):
    # The page's views are shared across sessions (dashboard/cache/views.py): a region change back
    # and forth, or another visitor, costs a lookup, not the Polars work and the figures again.
    # Every section, each drawing views of its own.
    calls = count_view_calls(monkeypatch, views)
    sections = open_every_section(page, "ON")
    for at in sections:
        assert not at.exception, [e.message for e in at.exception]
    assert calls
    calls.clear()
    for at in sections:
        at.run()
        assert not at.exception
    assert calls == []


def test_employer_page_states_the_article_figures():
    shown = texts(open_page("employers"))
    assert "59% of employers are not familiar at all with the term" in shown
    assert "10% understand it well" in shown


def test_unknown_region_in_the_link_falls_back_to_canada_with_a_notice():
    at = open_page("employers", "<script>alert(1)</script>")
    assert not at.exception
    assert at.session_state["region"] == "CA"
    assert any("does not know" in w.value for w in at.warning)


def test_region_survives_a_page_switch():
    at = open_page("workers", "QC")
    at.switch_page(PAGES["institutions"])
    at.run()
    assert not at.exception
    assert at.session_state["region"] == "QC"
    assert at.query_params["region"] in ("QC", ["QC"])


def test_the_address_is_written_only_when_a_choice_changes_it(monkeypatch: pytest.MonkeyPatch):
    """Each write of a URL parameter is a message that makes the browser rewrite its address."""
    at = open_page("funding", "QC", {"lang": "en", "scope": "including", "measure": "total"})
    assert not at.exception
    sent: list[str] = []
    send = QueryParams._send_query_param_msg

    def counted(self: QueryParams) -> None:
        sent.append(str(self))
        send(self)

    monkeypatch.setattr(QueryParams, "_send_query_param_msg", counted)
    at.run()
    assert not at.exception
    assert sent == []
    at.sidebar.selectbox(key="region-en").set_value("ON").run()
    assert not at.exception
    assert len(sent) == 1
    assert at.query_params["region"] in ("ON", ["ON"])
    assert at.query_params["scope"] in ("including", ["including"])


def test_a_value_written_differently_in_the_last_run_is_written_again(monkeypatch: pytest.MonkeyPatch):
    """A change and its undo within one round trip: the run sees the old URL, which the browser is
    about to replace with the first run's write, so it writes its value even though the URL matches."""
    at = open_page("employers", query={"lang": "en"})
    sent: list[str] = []
    send = QueryParams._send_query_param_msg
    monkeypatch.setattr(QueryParams, "_send_query_param_msg", lambda self: (sent.append(str(self)), send(self)))
    at.session_state[WRITTEN_PARAMS_KEY] = {"lang": ["fr"]}
    at.run()
    assert not at.exception
    assert len(sent) == 1 and "'lang': ['en']" in sent[0]
    at.run()
    assert len(sent) == 1


def test_navigation_links_keep_every_value_of_a_repeated_parameter():
    at = open_page("workers", "ON")
    at.query_params["field"] = ["Health", "Construction"]
    at.run()
    links = navigation_links(at)
    assert len(links) == 9
    for link in links:
        query = link["href"]
        assert "field=Health" in query and "field=Construction" in query, query
        assert "region=ON" in query


def test_a_chart_data_table_is_drawn_only_once_opened():
    """Test that a closed "Data table" sends no table to the browser, and that opening it shows the chart's rows."""
    at = open_page("employers")
    assert not at.exception
    closed = len(at.dataframe)
    opened = open_data_tables(at)
    assert not opened.exception
    assert len(opened.dataframe) > closed
    labels = [expander.label for expander in opened.expander if expander.label.startswith("Data table")]
    rows = sorted(int(re.search(r"\(([\d,]+) rows?\)", label).group(1).replace(",", "")) for label in labels)
    assert rows == sorted(len(frame.value) for frame in opened.dataframe)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("page", ["funding", "programs", "data", "costs"])
def test_every_table_leaves_an_unknown_cell_blank(page, language):
    """Test that no table writes "None" in a cell the source leaves empty (a recipient, an amount).

    Left to itself the grid writes "None", which reads as a value: no recipient, no money.
    Every section of the page is opened: each draws tables of its own.
    """
    frames = []
    for at in open_every_section(page, query={"lang": language}):
        if any(key.startswith("data-table-") for key in at.session_state.keys()):
            at = open_data_tables(at)
        assert not at.exception
        frames += at.dataframe
    assert frames, "no table on this page: the test proves nothing"
    for frame in frames:
        assert frame.proto.HasField("placeholder") and frame.proto.placeholder == "", frame.proto.placeholder


@pytest.mark.parametrize("page", ["funding", "costs", "data", "about", "employers"])
def test_every_table_header_is_written_for_readers_and_names_its_csv_column(page):
    """Test that no English table shows a raw column name ("amount_cad") as its header, and that each
    header's help names the CSV column holding the same values. Every section of the page is opened."""
    frames = []
    for at in open_every_section(page):
        if any(key.startswith("data-table-") for key in at.session_state.keys()):
            at = open_data_tables(at)
        frames += at.dataframe
    assert frames, "no table on this page: the test proves nothing"
    for frame in frames:
        headers = json.loads(frame.proto.columns)
        for name in frame.value.columns:
            assert headers[name]["label"] != name, name
            assert headers[name]["help"] == f"Column in the CSV: {name}"


@pytest.mark.parametrize(("language", "separated"), [("en", "localized"), ("fr", None)])
def test_table_quantities_have_thousands_separators_and_years_do_not(language, separated):
    """Test that an English table writes its amounts with the reader's thousands separators (the grid
    wrote 82561660), that a French one has its numbers as French text instead (`display_frame`), and that
    a year keeps its four digits as they are."""
    at = open_data_tables(open_section("funding", "where", "ON", {"lang": language}))
    formats = {
        name: column.get("type_config", {}).get("format")
        for table in at.dataframe
        for name, column in json.loads(table.proto.columns).items()
    }
    assert formats["amount_cad"] == separated and formats["population_2021"] == separated, formats
    assert formats["province"] is None
    with_year = pl.DataFrame({"year": [2023], "amount_cad": [82561660.0]})
    assert column_labels(with_year)["year"].get("type_config", {}).get("format") is None
    assert column_labels(with_year)["amount_cad"]["type_config"]["format"] == "localized"


def test_an_open_data_table_stays_open_when_the_region_changes_its_row_count():
    """Test that tables opened on Funding are still drawn after a region change gives them other row counts."""
    at = open_data_tables(open_section("funding", "when"))
    opened = [e for e in at.expander if e.label.startswith("Data table")]
    assert opened and all(len(e.dataframe) == 1 for e in opened)
    at.sidebar.selectbox(key="region-en").set_value("AB").run()
    assert not at.exception
    after = [e for e in at.expander if e.label.startswith("Data table")]
    assert {e.label for e in after} - {e.label for e in opened}, "no row count changed: the test proves nothing"
    assert len(after) == len(opened) and all(e.dataframe for e in after)


def test_the_data_page_offers_a_region_file_only_where_the_region_has_rows():
    """Test that Alberta gets a file for each dataset with Alberta rows, and a note for the others."""
    at = open_page("data", "AB")
    assert not at.exception
    labels = [button.proto.label for button in at.get("download_button")]
    notes = [
        c.value for c in at.caption if c.value.startswith(("This dataset is not broken down", "No row of this dataset"))
    ]
    # From the files themselves: the rows each regional dataset has for Alberta.
    resources = json.loads((BUNDLED_DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    tables = [r for r in resources if r.get("format") == "csv"]
    alberta_rows = []
    for resource in tables:
        paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
        rows = []
        for path in paths:
            with (BUNDLED_DATA_DIR / path).open(encoding="utf-8-sig", newline="") as handle:
                rows += list(csv.DictReader(handle))
        column = next((c for c in ("province", "destination", "code", "jurisdiction") if c in rows[0]), None)
        if column is not None:
            alberta_rows.append(sum(row[column] == "AB" for row in rows))
    offered = sorted(int(re.search(r"\((\d+) rows?\)", label).group(1)) for label in labels if "Alberta only" in label)
    assert offered == sorted(n for n in alberta_rows if n)
    assert len(notes) == len(tables) - len(offered)
    assert 0 in alberta_rows and len(alberta_rows) < len(tables), "both kinds of note are shown"


def test_the_envelope_picker_says_allocation_in_the_singular_for_one():
    """Test that Ontario's envelopes, one allocation each, are offered as `1 allocation`, not `1 allocations`."""
    at = open_section("funding", "envelopes", "ON")
    assert not at.exception
    (picker,) = [box for box in at.selectbox if box.label == "Envelope with allocations listed"]
    assert "Ontario Micro-credentials Strategy (Budget 2020) (ON, 1 allocation)" in picker.options
    assert [option for option in picker.options if "1 allocations" in option] == []


def test_the_data_page_does_not_say_a_national_dataset_applies_to_the_region():
    """Test that Sources, Surveys and Survey results, not by province, are not said to be Ontario's."""
    at = open_page("data", "ON")
    assert not at.exception
    captions = [caption.value for caption in at.caption]
    note = "This dataset is not broken down by province or territory, so its file is the whole dataset."
    # sources.csv, surveys.csv and survey_results.csv have no province column.
    assert captions.count(note) == 3
    assert [caption for caption in captions if "applies to Ontario" in caption] == []
