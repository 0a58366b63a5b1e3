"""Downloads hold the charted numbers; the filter, navigation and downloads work from the keyboard."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from dashboard.paths import BUNDLED_DATA_DIR
from tests.browser.conftest import each_section, visit

pytestmark = pytest.mark.browser


def published_results() -> set[tuple[str, str, float]]:
    """(item, source_id, percent) of every survey figure, read straight from the data file."""
    with (BUNDLED_DATA_DIR / "survey_results.csv").open(encoding="utf-8", newline="") as handle:
        return {(row["item"], row["source_id"], float(row["percent"])) for row in csv.DictReader(handle)}


def download_text(page, container) -> str:
    with page.expect_download() as download_info:
        container.get_by_role("button", name=re.compile("Download CSV")).click()
    path = download_info.value.path()
    data = open(path, "rb").read()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte order mark for Excel"
    return data.decode("utf-8-sig")


def chart_downloads(page):
    """(data table label, downloaded rows) for every chart block on the page."""
    charts = page.locator("[class*='st-key-chart-']")
    assert charts.count() >= 1
    for index in range(charts.count()):
        chart = charts.nth(index)
        label = chart.get_by_text(re.compile(r"Data table \(\d+ rows?\)")).first.inner_text()
        yield label, list(csv.DictReader(io.StringIO(download_text(page, chart))))


def rows_in(label: str) -> int:
    return int(re.search(r"\((\d+) rows?\)", label).group(1))


# Each section of a page with charts: a page draws only its open section (`components/sections.py`).
@pytest.mark.parametrize("path", ["/employers", "/workers", "/institutions"])
def test_every_survey_chart_download_matches_its_table_and_the_data(page, app_url, path):
    """Test that each chart's CSV has as many rows as its data table says and exactly the published figures."""
    published = published_results()
    for _ in each_section(page, app_url + path):
        for label, rows in chart_downloads(page):
            assert len(rows) == rows_in(label), label
            for row in rows:
                assert (row["item"], row["source_id"], float(row["percent"])) in published, row
                assert row["filter_region"] == "CA"


# The funding map's block too: its download holds the mapped figures.
@pytest.mark.parametrize(
    ("path", "region"), [("/costs", "CA"), ("/funding?region=AB", "AB"), ("/programs?region=ON", "ON")]
)
def test_every_chart_download_has_the_rows_of_its_table_and_the_region(page, app_url, path, region):
    """Test that on the other chart pages each CSV holds as many rows as the chart's table, with the filter."""
    for _ in each_section(page, app_url + path, plotly=False):
        for label, rows in chart_downloads(page):
            assert len(rows) == rows_in(label), label
            assert all(row["filter_region"] == region for row in rows)


def test_keyboard_reaches_and_changes_the_region_with_visible_focus(page, app_url):
    """Test that Tab reaches the region filter, the keyboard changes it, and the focus is visible."""
    visit(page, app_url + "/workers")
    box = page.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Region")
    control_style = (
        "el => { const s = getComputedStyle(el.parentElement);"
        " return [s.borderColor, s.outlineStyle, s.boxShadow].join('|'); }"
    )
    unfocused = box.evaluate(control_style)
    for _ in range(40):
        page.keyboard.press("Tab")
        if box.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the region filter is not reachable with Tab")
    # Visible focus: the control looks different once focused.
    expect(box).to_be_focused()
    page.wait_for_function(f"({control_style})(document.activeElement) !== {unfocused!r}")
    page.keyboard.type("Nova Scotia")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"region=NS"))


def test_keyboard_follows_the_navigation(page, app_url):
    """Test that a navigation link can be focused and followed with Enter."""
    visit(page, app_url + "/")
    link = page.locator(".st-key-site-navigation").get_by_role("link", name="Costs and barriers")
    link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/costs"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Costs and barriers")


def test_keyboard_triggers_a_download(page, app_url):
    """Test that a chart's download button works from the keyboard."""
    visit(page, app_url + "/employers")
    button = page.locator("[class*='st-key-chart-employer-familiarity']").get_by_role(
        "button", name=re.compile("Download CSV")
    )
    button.focus()
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    assert download_info.value.suggested_filename.startswith("microcredentials_employer-familiarity_ca_")
