"""A page's sections are tabs: only the open one is drawn, and the link says which (?section=)."""

from __future__ import annotations

import pytest

from components.sections import SECTION_PARAM
from components.state import LANGUAGE_KEY
from dashboard.paths import DATA_DIR_ENV
from tests.apptest_helpers import navigation_links, open_page, open_section, plotly_figures
from tests.broken_packages import percent_140
from tests.page_sections import PAGE_SECTIONS

pytestmark = pytest.mark.xdist_group("apptest-sections")

LINK_REFUSED = ":material/link_off:"
FUNDING_SECTIONS = PAGE_SECTIONS["funding"]


def maps(at) -> int:
    return len(at.get("deck_gl_json_chart"))


def refusals(at) -> list[str]:
    return [notice.value for notice in at.info if notice.icon == LINK_REFUSED]


def test_the_first_section_is_open_and_the_others_are_not_drawn():
    at = open_page("funding")
    assert not at.exception
    assert [tab.label for tab in at.tabs][:3] == ["By province", "Compared", "Map"]
    assert maps(at) == 0
    assert len(plotly_figures(at)) == 1  # the province bars; the region against the rest has a tab of its own
    assert SECTION_PARAM not in at.query_params  # the default is left out of the link
    assert not at.tabs[1].children and not at.tabs[2].children  # empty until opened


def test_a_link_opens_its_section_alone():
    at = open_section("funding", "map", "ON")
    assert not at.exception
    assert maps(at) == 1
    assert plotly_figures(at) == []  # the bars are in the first section, not drawn
    assert at.query_params[SECTION_PARAM] in ("map", ["map"])


def test_programs_list_and_charts_are_apart():
    listed = open_page("programs")
    charts = open_section("programs", "where")
    assert not listed.exception and not charts.exception
    assert plotly_figures(listed) == []
    assert len(plotly_figures(charts)) >= 2  # where the programs are, and their fields
    # Both say how many programs match, above the tabs.
    assert listed.markdown[0].value == charts.markdown[0].value


@pytest.mark.parametrize("value", ["nonsense", "<script>alert(1)</script>", ""])
def test_an_unknown_section_says_so_and_opens_the_first(value):
    at = open_page("costs", query={SECTION_PARAM: value})
    assert not at.exception
    assert len(refusals(at)) == 1
    assert not any(value in notice for notice in refusals(at) if value)  # never echoed back
    assert SECTION_PARAM not in at.query_params
    assert at.tabs[0].children


def test_a_section_given_twice_opens_the_last_as_every_parameter_does():
    at = open_page("funding", query={SECTION_PARAM: ["map", "when"]})
    assert not at.exception and not refusals(at)
    assert at.tabs[FUNDING_SECTIONS.index("when")].children and maps(at) == 0
    assert at.query_params[SECTION_PARAM] in ("when", ["when"])


def test_a_tab_chosen_on_the_page_goes_into_the_link():
    at = open_page("funding", "AB")
    # What a click on the "Map" tab sends: the tab's label as the widget's value.
    at.session_state["funding-section"] = "Map"
    at.run()
    assert not at.exception
    assert maps(at) == 1
    assert at.query_params[SECTION_PARAM] in ("map", ["map"])
    assert not refusals(at)


def test_the_open_section_stays_open_in_the_other_language():
    at = open_section("funding", "when")
    at.radio(key=LANGUAGE_KEY).set_value("fr").run()
    assert not at.exception
    assert at.tabs[FUNDING_SECTIONS.index("map")].label == "Carte"
    assert at.tabs[FUNDING_SECTIONS.index("when")].children and not at.tabs[0].children
    assert at.query_params[SECTION_PARAM] in ("when", ["when"])
    assert not refusals(at)


def test_the_sidebar_links_leave_the_section_behind():
    at = open_section("funding", "map", "ON")
    links = navigation_links(at)
    assert len(links) == 9
    for link in links:
        assert "region=ON" in link["href"]
        assert SECTION_PARAM not in link["href"], link["href"]


def test_a_section_whose_data_failed_says_so_inside_its_tab(package_dir, monkeypatch):
    """Test that a dataset that failed validation gets its notice in the open tab, under the tab's heading,
    and the tabs stay: the other sections still open."""
    percent_140(package_dir)
    monkeypatch.setenv(DATA_DIR_ENV, str(package_dir))
    at = open_section("employers", "value")
    assert not at.exception
    opened = at.tabs[1]
    notices = [element.value.replace("\\", "") for element in opened.get("warning")]
    assert len(notices) == 1 and "**survey_results**" in notices[0], notices
    assert [header.value for header in opened.get("header")] == ["What makes a microcredential count"]
    assert len(at.tabs) == 4
