"""The app's chart component (`components/plotly_chart.py`): drawn once per change, in place, at its width.

A region change must redraw a changed chart once, on the node it already has, with the new
figures; a narrower window must narrow the charts; and a page whose plotly.js cannot load must
say so in each chart's place and keep everything else.
"""

from __future__ import annotations

import html
import re

import pytest
from playwright.sync_api import expect

from components.plotly_chart import CHART_CLASS, PLOTLY_BUNDLE
from dashboard.locales import FRENCH
from tests.browser.conftest import each_section, visit, wait_idle
from tests.browser.test_pages_in_browser import region_box
from tests.page_sections import chart_section_keys

pytestmark = pytest.mark.browser

CHARTS = f".{CHART_CLASS}"
PRICE_STATUS = ".st-key-chart-costs-price-status"

# Marks every chart node and counts the draws of each from now on (Plotly's `plotly_afterplot`), and
# keeps its mode bar: Plotly builds a new one only when it draws the chart anew, from scratch.
WATCH_DRAWS = f"""() => [...document.querySelectorAll('{CHARTS}')].forEach((chart, index) => {{
    chart.__watched = index;
    chart.__draws = 0;
    chart.__modeBar = chart.querySelector('.modebar');
    chart.on('plotly_afterplot', () => chart.__draws += 1);
}})"""
DRAWS = f"""() => [...document.querySelectorAll('{CHARTS}')].map(chart => ({{
    watched: chart.__watched ?? null, draws: chart.__draws ?? null, data: JSON.stringify(chart.data),
    same_mode_bar: chart.__modeBar === undefined || chart.__modeBar === chart.querySelector('.modebar'),
}}))"""
# The drawn bars of the chart in `block`: their lengths as Plotly holds them, and how many the SVG has.
BARS = f"""block => {{
    const chart = block.querySelector('{CHARTS}');
    return {{lengths: chart.data.flatMap(trace => trace.x), drawn: chart.querySelectorAll('.bars .point').length}};
}}"""


def programs_in_title(page) -> int:
    """The number of programs the price chart's title counts (written by the server, not the chart)."""
    title = page.locator(PRICE_STATUS).locator("h3").first.inner_text()
    return int(re.search(r"of the ([\d,]+) programs", title).group(1).replace(",", ""))


def test_a_region_change_redraws_each_changed_chart_once_in_place(page, app_url):
    """Test that charts keep their nodes through a region change, draw once, and show the new region's figures."""
    visit(page, app_url + "/costs?section=prices")
    before = page.evaluate(DRAWS)
    page.evaluate(WATCH_DRAWS)
    region_box(page).click()
    page.get_by_role("option", name="Ontario", exact=True).click()
    expect(page).to_have_url(re.compile(r"region=ON"))
    wait_idle(page)
    after = page.evaluate(DRAWS)
    assert [chart["watched"] for chart in after] == list(range(len(before))), "a chart was replaced, not updated"
    changed = [b["data"] != a["data"] for b, a in zip(before, after, strict=True)]
    assert any(changed), "no chart changed with the region"
    # A chart whose figure changed is drawn once; one that did not change is not drawn at all.
    assert [chart["draws"] for chart in after] == [int(change) for change in changed]
    assert all(chart["same_mode_bar"] for chart in after), "a chart was drawn anew, not updated"
    # The drawn bars are Ontario's: they add up to the programs the server's title counts.
    bars = page.locator(PRICE_STATUS).evaluate(BARS)
    assert bars["drawn"] == len(bars["lengths"]) > 0
    assert sum(bars["lengths"]) == programs_in_title(page) < 53


def test_a_chart_follows_the_width_of_its_block(page, app_url):
    """Test that a narrower window redraws each chart at its block's new width."""
    visit(page, app_url + "/costs?section=prices")
    wide = page.locator(CHARTS).first.evaluate("chart => chart._fullLayout.width")
    page.set_viewport_size({"width": 700, "height": 900})
    page.wait_for_function(
        f"""() => [...document.querySelectorAll('{CHARTS}')]
            .every(chart => chart._fullLayout.width === Math.round(chart.getBoundingClientRect().width))"""
    )
    narrow = page.locator(CHARTS).first.evaluate("chart => chart._fullLayout.width")
    assert 300 < narrow < wide


def test_a_chart_narrowed_to_a_phone_keeps_its_axis_numbers_level(page, app_url):
    """Test that a laptop window narrowed to a phone's width fits each chart's axis again (numbers stay level),
    on every chart of Funding, section by section."""
    fitted = f"""() => [...document.querySelectorAll('{CHARTS}')]
        .every(chart => chart._fullLayout.width === Math.round(chart.getBoundingClientRect().width))"""
    for section in each_section(page, app_url + "/funding"):
        # A section opened after the first is drawn at a phone's width: laid out again for a laptop's first.
        for width, height in ((1280, 900), (390, 844)):
            page.set_viewport_size({"width": width, "height": height})
            page.wait_for_function(fitted)
        wait_idle(page)
        turned = page.evaluate(
            f"[...document.querySelectorAll('{CHARTS} .xtick text')]"
            ".filter(text => (text.getAttribute('transform') || '').includes('rotate')).map(text => text.textContent)"
        )
        assert page.locator(f"{CHARTS} .xtick text").count() > 0, section
        assert turned == [], section


def test_without_plotly_js_each_chart_says_so_and_the_rest_of_the_block_stays(page, app_url):
    """Test that a bundle that cannot load leaves a message in each chart's place, and the text and CSV."""
    page.route(f"**/app/static/{PLOTLY_BUNDLE}", lambda route: route.abort())
    failed = 0
    # Every chart of Costs, section by section; the price chart's section last, to go on with.
    for _ in each_section(
        page, app_url + "/costs", sorted(chart_section_keys("costs"), key=lambda key: key == "prices")
    ):
        charts = page.locator(CHARTS)
        for index in range(charts.count()):
            expect(charts.nth(index)).to_have_text(
                "This chart could not be drawn. Its data table and CSV below hold the same figures."
            )
        failed += charts.count()
    assert failed == 3
    block = page.locator(PRICE_STATUS)
    expect(block.get_by_text("Takeaway:")).to_be_visible()
    expect(block.get_by_role("button", name="Download CSV of this chart")).to_be_visible()
    assert page.locator("[data-testid=stException]").count() == 0
    assert any(PLOTLY_BUNDLE in error for error in page.console_errors), page.console_errors
    # Once the bundle can load again, a chart whose figure changes asks for it and is drawn.
    page.unroute(f"**/app/static/{PLOTLY_BUNDLE}")
    region_box(page).click()
    page.get_by_role("option", name="Ontario", exact=True).click()
    expect(block.locator(f"{CHARTS} .main-svg").first).to_be_attached()
    assert block.locator(".mc-plotly-failed").count() == 0


def mode_bar(page, block: str) -> list[str]:
    """The titles of the mode bar's buttons over the chart in `block` (shown when the pointer is over it)."""
    page.locator(block).locator(CHARTS).hover()
    return page.locator(block).evaluate("b => [...b.querySelectorAll('.modebar-btn')].map(x => x.dataset.title)")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_mode_bar_offers_a_picture_and_full_screen_and_never_an_upload(page, app_url, language):
    """Test that each chart offers its picture and full screen in the page's language, and no 'Share chart'.

    plotly.js 4 adds a button that uploads the chart to Plotly Cloud unless told not to.
    """
    visit(page, f"{app_url}/costs?lang={language}&section=prices")
    expected = ["Download as a picture (PNG)", "Full screen"]
    if language == "fr":
        expected = [FRENCH[title] for title in expected]
    for index in range(page.locator(CHARTS).count()):
        block = f"[class*='st-key-chart-'] >> nth={index}"
        assert mode_bar(page, block) == expected


# Keeps the figure each picture is made from: what plotly.js is asked to draw into the PNG.
KEEP_PICTURE_FIGURE = """() => {
    const make = window.Plotly.toImage;
    window.Plotly.toImage = (figure, options) => {
        window.__picture = {figure, options};
        return make(figure, options);
    };
}"""
PICTURE_TEXT = "() => window.__picture.figure.layout.annotations.map(note => note.text).join(' ')"


def test_the_picture_holds_the_chart_with_its_title_base_and_sources(page, app_url, tmp_path):
    """Test that the PNG is the chart with the block's title and base above it and its sources and link below."""
    visit(page, app_url + "/costs?region=ON&section=prices")
    block = page.locator(PRICE_STATUS)
    title = block.locator("h3").first.inner_text()
    chart_size = block.locator(CHARTS).evaluate("chart => [chart._fullLayout.width, chart._fullLayout.height]")
    page.evaluate(KEEP_PICTURE_FIGURE)
    mode_bar(page, PRICE_STATUS)
    with page.expect_download() as download:
        block.locator(".modebar-btn").first.click()
    saved = tmp_path / "picture.png"
    download.value.save_as(saved)
    # Named as the chart's CSV is, with the region the link shows.
    name = download.value.suggested_filename
    assert re.fullmatch(r"microcredentials_costs-price-status_on_\d{4}-\d{2}-\d{2}\.png", name)
    # Plotly reads its text as markup: the picture's text is escaped, and broken into lines with <br>.
    text = html.unescape(page.evaluate(PICTURE_TEXT).replace("<br>", " ")).replace("<b>", "").replace("</b>", "")
    assert title in text
    assert block.locator("[data-testid=stCaptionContainer]").first.inner_text() in text
    assert "Sources: " in text and page.url in text
    # The same bars as the chart on the page, drawn twice as large, with room above and below.
    figure = page.evaluate("() => window.__picture.figure.data")
    assert figure == block.locator(CHARTS).evaluate("chart => chart.data")
    png = saved.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    # The first chunk, IHDR, holds the width and height.
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width == 2 * max(chart_size[0], 720)
    assert height > 2 * chart_size[1] + 150


def test_a_picture_taken_on_a_phone_is_laid_out_for_its_own_width(sized_page, app_url):
    """Test that a chart drawn on a phone (its labels above its bars) is pictured 720 px wide, its
    labels beside its bars as on a laptop, with the same bars."""
    page = visit(sized_page(390, 844), app_url + "/costs?region=ON&section=prices")
    block = page.locator(PRICE_STATUS)
    chart = block.locator(CHARTS)
    assert chart.evaluate("chart => chart._fullLayout.yaxis.showticklabels") is False
    page.evaluate(KEEP_PICTURE_FIGURE)
    mode_bar(page, PRICE_STATUS)
    with page.expect_download():
        block.locator(".modebar-btn").first.click()
    layout = page.evaluate("() => window.__picture.figure.layout")
    # The layout the server sent, before the phone's: its labels beside the bars, in its margins.
    asked = chart.evaluate("chart => chart.drawn.layout")
    assert layout["width"] == 720
    assert layout["yaxis"].get("showticklabels") is not False
    assert layout["margin"]["l"] == asked["margin"]["l"] > 24
    assert layout["height"] > asked["height"] + 100  # the title and base above, the footer below
    # No label written above a bar (the chart has no annotations of its own): the picture's three
    # are its title, its base and its footer.
    assert len(layout["annotations"]) == 3


def test_full_screen_shows_the_whole_block_and_gives_the_chart_back(page, app_url):
    """Test that full screen shows the block (title, chart, sources), the chart taller and wider, and undoes it."""
    visit(page, app_url + "/costs?section=prices")
    chart = page.locator(PRICE_STATUS).locator(CHARTS)
    size = "chart => [chart._fullLayout.width, chart._fullLayout.height]"
    before = chart.evaluate(size)
    mode_bar(page, PRICE_STATUS)
    page.locator(PRICE_STATUS).locator("[data-title='Full screen']").click()
    page.wait_for_function("document.fullscreenElement?.matches('.st-key-chart-costs-price-status')")
    chart_height = f"document.querySelector('{PRICE_STATUS} {CHARTS}')._fullLayout.height"
    page.wait_for_function(f"() => {chart_height} > {before[1]}")
    full = chart.evaluate(size)
    assert full[0] == round(chart.evaluate("chart => chart.getBoundingClientRect().width")) > before[0]
    assert full[1] >= 0.7 * page.evaluate("window.innerHeight") - 1
    assert page.locator(PRICE_STATUS).get_by_text("Takeaway:").is_visible()
    # Opening the data table reruns the block: the chart stays full size.
    page.locator(PRICE_STATUS).locator("[data-testid=stExpander] summary").click()
    expect(page.locator(PRICE_STATUS).locator("[data-testid=stDataFrame]")).to_be_visible()
    wait_idle(page)
    assert chart.evaluate(size) == full
    mode_bar(page, PRICE_STATUS)
    page.locator(PRICE_STATUS).locator("[data-title='Full screen']").click()
    page.wait_for_function("document.fullscreenElement === null")
    page.wait_for_function(f"() => {chart_height} === {before[1]}")
    assert chart.evaluate(size) == before
