"""Hostile input in real Chromium: markup in the data shows as text, junk links open the default view.

A copy of the package carries a program title, a provider and a funding recipient that are markup
or Markdown. The test proves in the browser that the characters are shown as they are, that no
alert dialog fires, that no <img>/<script>/javascript: link was injected, and that the CSV
downloads keep the literal text.
"""

from __future__ import annotations

import re
import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from dashboard.paths import BUNDLED_DATA_DIR
from tests.browser.conftest import start_server, visit
from tests.conftest import read_rows, write_rows

# One worker runs the whole module, so the server on the hostile package is started once.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("hostile-input")]

TITLE = "<img src=x onerror=alert(1)>"
PROVIDER = "<script>alert(2)</script>"
RECIPIENT = "**bold** [link](javascript:alert(3))"
# Tags that Plotly's own label markup understands (it knows b, i, a, br, sub, sup, span...).
PLOTLY_MARKUP = '<b>bee</b> <a href="javascript:alert(4)">ay</a>'
ENVELOPE = "ab-2022-alberta-at-work"
HOSTILE_ALLOCATIONS = {
    "ab-2022-alberta-at-work-athabasca": RECIPIENT,
    "ab-2022-alberta-at-work-bow-valley": PLOTLY_MARKUP,
}


def hostile_package(target: Path) -> Path:
    """The bundled package with markup in a program's title and provider and in two recipients."""
    shutil.copytree(BUNDLED_DATA_DIR, target)
    catalogue = target / "catalogue" / "research_examples.csv"
    rows = read_rows(catalogue)
    header = rows[0]
    rows[1][header.index("title")] = TITLE
    rows[1][header.index("provider")] = PROVIDER
    write_rows(catalogue, rows)
    funding = target / "funding.csv"
    rows = read_rows(funding)
    header = rows[0]
    for funding_id, recipient in HOSTILE_ALLOCATIONS.items():
        hits = [row for row in rows[1:] if row[header.index("funding_id")] == funding_id]
        assert len(hits) == 1 and hits[0][header.index("parent_id")] == ENVELOPE, f"fixture row {funding_id} moved"
        hits[0][header.index("recipient")] = recipient
    write_rows(funding, rows)
    return target


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hostile")
    url, process = start_server(hostile_package(root / "data"), root / "streamlit.log")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def watched(browser: Browser) -> Iterator[Page]:
    """A page that records every JavaScript dialog (alert, confirm...) instead of blocking on it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    opened = context.new_page()
    opened.dialogs = []
    opened.page_errors = []

    def on_dialog(dialog) -> None:  # noqa: ANN001 - a Playwright Dialog
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    opened.on("dialog", on_dialog)
    opened.on("pageerror", lambda error: opened.page_errors.append(str(error)))
    yield opened
    context.close()


def injected(page: Page) -> dict[str, int]:
    """Elements that would exist if data had been read as HTML or Markdown, in any frame."""
    found = {"img src=x": 0, "script with alert": 0, "javascript: link": 0, "bold from Markdown": 0}
    for frame in page.frames:
        found["img src=x"] += frame.locator("img[src='x']").count()
        found["javascript: link"] += frame.locator("a[href^='javascript' i]").count()
        found["script with alert"] += frame.evaluate(
            "[...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length"
        )
        found["bold from Markdown"] += frame.locator("strong, b").filter(has_text=re.compile(r"^bold$")).count()
    return found


def table_cells(page: Page) -> list[str]:
    # st.dataframe draws on a canvas; its grid keeps an accessible table of the visible cells.
    return page.locator("[data-testid=stDataFrame] table td").all_inner_texts()


def download(page: Page, button) -> str:  # noqa: ANN001 - a Playwright Locator
    with page.expect_download() as info:
        button.click()
    return Path(info.value.path()).read_bytes().decode("utf-8-sig")


def tooltip_at(page: Page, chart, label: str) -> str:  # noqa: ANN001 - a Playwright Locator
    """The tooltip of the bar whose axis label is `label`: hover the start of that bar with the mouse."""
    tick = chart.locator(".js-plotly-plot .ytick text").filter(has_text=label).first
    # Centre the bar on screen: the sticky app header would otherwise take the hover.
    tick.evaluate("el => el.scrollIntoView({block: 'center'})")
    plot_area = chart.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    box = tick.bounding_box()
    page.mouse.move(plot_area["x"] + 3, box["y"] + box["height"] / 2)
    tooltip = chart.locator(".hoverlayer .hovertext").first
    tooltip.wait_for(timeout=10_000)
    return tooltip.text_content()


def test_markup_in_program_titles_and_providers_shows_as_text(watched, hostile_url):
    visit(watched, hostile_url + "/programs")
    # The grid fills its accessible table once it has drawn: wait for the row, then read it.
    watched.locator("[data-testid=stDataFrame] table td").filter(has_text=TITLE).first.wait_for(state="attached")
    cells = table_cells(watched)
    assert TITLE in cells, cells[:12]
    assert PROVIDER in cells
    csv_text = download(watched, watched.get_by_role("button", name=re.compile(r"Download all .* matching programs")))
    assert TITLE in csv_text and PROVIDER in csv_text
    assert injected(watched) == {"img src=x": 0, "script with alert": 0, "javascript: link": 0, "bold from Markdown": 0}
    assert watched.dialogs == []


def test_markdown_in_a_recipient_shows_as_text_in_the_chart_and_its_download(watched, hostile_url):
    visit(watched, f"{hostile_url}/funding?region=AB&section=envelopes&envelope={ENVELOPE}")
    chart = watched.locator(f".st-key-chart-funding-envelope-{ENVELOPE}")
    labels = chart.locator(".js-plotly-plot text").all_text_contents()
    assert RECIPIENT in labels, labels
    csv_text = download(watched, chart.get_by_role("button", name="Download CSV of this chart"))
    assert RECIPIENT in csv_text
    # The tooltip of the hostile bar: still the literal text, still no dialog.
    assert tooltip_at(watched, chart, RECIPIENT).startswith(RECIPIENT + ": $")
    assert injected(watched) == {"img src=x": 0, "script with alert": 0, "javascript: link": 0, "bold from Markdown": 0}
    assert watched.dialogs == []
    assert watched.page_errors == []


def test_plotly_markup_in_a_recipient_shows_literally_in_the_chart(watched, hostile_url):
    """Test that tags Plotly understands (<b>, <a>) in data are not turned into bold text or links."""
    visit(watched, f"{hostile_url}/funding?region=AB&section=envelopes&envelope={ENVELOPE}")
    chart = watched.locator(f".st-key-chart-funding-envelope-{ENVELOPE}")
    labels = chart.locator(".js-plotly-plot text").all_text_contents()
    assert watched.dialogs == []
    assert PLOTLY_MARKUP in labels, [label for label in labels if "bee" in label]


# The raw encodings a browser sends; the decoded values (and unknown codes, SQL...) are covered
# more cheaply in AppTest by tests/test_hostile_urls.py.
HOSTILE_LINKS = {
    "repeated region": "/employers?region=AB&region=ZZ",
    "10,000 characters": "/employers?region=" + "A" * 10_000,
    "script": "/employers?region=%3Cscript%3Ealert(1)%3C/script%3E",
    "nul": "/employers?region=%00",
    "invalid UTF-8": "/employers?region=%E9",
    "overlong UTF-8": "/employers?region=%C0%AE%C0%AE",
}


def test_hostile_links_open_the_default_view_with_a_notice(watched, app_url):
    """Test each raw hostile query string: the page, Canada, a short notice, no error, no dialog."""
    for name, path in HOSTILE_LINKS.items():
        visit(watched, app_url + path)
        assert watched.get_by_role("heading", level=1).inner_text() == "Employers", name
        region = watched.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Region")
        assert region.input_value() == "Canada", name
        notice = watched.locator("[data-testid=stAlert]").filter(has_text="does not know")
        assert notice.count() == 1, name
        body = watched.locator("body").inner_text()
        assert "Traceback" not in body and "Exception" not in body, name
        assert "region=" not in watched.url, f"{name}: the bad value stays in the shared link"
    assert watched.dialogs == []
    assert watched.page_errors == []


def test_unknown_page_runs_the_main_page_with_a_notice(watched, app_url):
    """Test /nope: Streamlit 1.67 says 'Page not found' and runs the main page, without a traceback."""
    visit(watched, app_url + "/nope")
    assert watched.get_by_role("heading", level=1).inner_text() == "Microcredentials in Canada"
    assert "Page not found" in watched.locator("body").inner_text()
    assert "Traceback" not in watched.locator("body").inner_text()


def test_a_nul_byte_in_the_path_is_refused_plainly(app_url):
    """Test that the server answers 400 with no details, not a traceback, for a NUL in the path."""
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(app_url + "/%00", timeout=10)
    assert refused.value.code == 400
    body = refused.value.read().decode("utf-8", "replace")
    assert "Traceback" not in body and 'File "' not in body
