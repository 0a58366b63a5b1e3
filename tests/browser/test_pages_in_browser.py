"""Every page in real headless Chromium: loads cleanly, titled, structured, with its charts."""

from __future__ import annotations

import json
import re
import urllib.request
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from bench.probe import CHART_BLOCKS
from components.plotly_chart import CHART_CLASS
from components.table_view import GRID_ROW_PX, MAX_SHOWN_ROWS
from dashboard.locales import FRENCH
from dashboard.views import programs
from tests.browser.conftest import ARTIFACTS, each_section, visit, wait_idle
from tests.browser.test_french_in_browser import pick, picked
from tests.page_sections import NO_PLOTLY_CHART, PAGE_SECTIONS, page_of

pytestmark = pytest.mark.browser

PAGES = {
    "/": "Overview",
    "/employers": "Employers",
    "/workers": "Workers",
    "/costs": "Costs and barriers",
    "/funding": "Funding",
    "/programs": "Programs",
    "/institutions": "Institutions",
    "/data": "Data and downloads",
    "/about": "About and methodology",
}


def region_box(page):
    """The sidebar region selector, found the way a screen reader user finds it: by its label."""
    return page.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Region")


PLOTLY_PAGES = ["/employers", "/workers", "/costs", "/funding", "/programs", "/institutions"]


def with_language(path: str, language: str) -> str:
    """The page's address asking for `language` (English is asked for too: the browser's locale could differ)."""
    return f"{path}?lang={language}"


def page_title(path: str, language: str) -> str:
    return FRENCH[PAGES[path]] if language == "fr" else PAGES[path]


def test_funding_map_renders_in_its_tab_and_the_link_keeps_it(page, app_url):
    """Test that Funding opens on its bars, with no map drawn; that a click on the Map tab draws the
    pydeck map and writes ?section=map; and that the map's tab stays open through a region change."""
    visit(page, app_url + "/funding")
    expect(page.locator(CHART_BLOCKS).first).to_be_visible()
    assert page.locator("[data-testid=stDeckGlJsonChart]").count() == 0
    page.get_by_role("tab", name="Map", exact=True).click()
    expect(page.locator("[data-testid=stDeckGlJsonChart]").first).to_be_visible(timeout=20_000)
    expect(page.locator("[data-testid=stDeckGlJsonChart] canvas").first).to_be_attached(timeout=20_000)
    expect(page).to_have_url(re.compile(r"section=map"))
    expect(page.get_by_role("tab", name="Map", exact=True)).to_have_attribute("aria-selected", "true")
    region_box(page).click()
    page.get_by_role("option", name="Alberta", exact=True).click()
    expect(page).to_have_url(re.compile(r"region=AB"))
    wait_idle(page)
    expect(page.get_by_text("Alberta is outlined in orange on the map.")).to_be_visible()
    assert page.locator("[data-testid=stDeckGlJsonChart]").count() == 1


def messages_for(page, action) -> int:
    """How many messages the server sends for `action`, up to the app being idle again."""
    page.evaluate("() => { window.__bench.messages = 0; }")
    action()
    wait_idle(page)
    return page.evaluate("() => window.__bench.messages")


@pytest.mark.parametrize(
    ("language", "region", "table", "download"),
    [
        ("en", "Region", "Data table", "Download CSV of this chart"),
        ("fr", "Région", "Tableau de données", "CSV de ce graphique"),
    ],
)
def test_opening_a_data_table_redraws_its_chart_only(page, app_url, language, region, table, download):
    """Test that opening a chart's data table shows it and resends that chart's block, not the page (the
    open section's two charts, the sidebar, the tabs), in the page's language. (The `context` fixture
    probes the page's WebSocket, which counts the messages.)"""
    visit(page, app_url + with_language("/employers", language))
    charts = page.locator(CHART_BLOCKS)
    blocks = charts.count()

    def change_region() -> None:
        page.locator("[data-testid=stSidebar]").get_by_role("combobox", name=region).click()
        page.get_by_role("option", name="Manitoba", exact=True).click()
        expect(page).to_have_url(re.compile(r"region=MB"))

    def open_table() -> None:
        charts.first.get_by_text(re.compile(table + r" \(")).first.click()
        expect(charts.first.locator("[data-testid=stDataFrame]")).to_be_visible()

    whole_page = messages_for(page, change_region)
    one_chart = messages_for(page, open_table)
    assert blocks == 2, blocks
    # The page's rerun sends both blocks, the sidebar and the tabs: one block is well under half of it.
    assert one_chart < whole_page / 2, (one_chart, whole_page)
    expect(charts).to_have_count(blocks)
    expect(charts.nth(1).locator("[data-testid=stDataFrame]")).to_have_count(0)
    expect(charts.first.get_by_role("button", name=download, exact=True)).to_be_visible()


def test_region_from_the_url(page, app_url):
    """Test that ?region=AB selects Alberta and the survey page says its figures are national."""
    visit(page, app_url + "/employers?region=AB")
    expect(region_box(page)).to_have_value("Alberta")
    expect(page.get_by_text("no breakdown for Alberta was published").first).to_be_visible()


def test_region_from_the_widget_updates_the_url(page, app_url):
    """Test that choosing a region in the sidebar puts it in the URL."""
    visit(page, app_url + "/employers")
    region_box(page).click()
    page.get_by_role("option", name="Manitoba", exact=True).click()
    expect(page).to_have_url(re.compile(r"region=MB"))
    expect(page.get_by_text("no breakdown for Manitoba was published").first).to_be_visible()


def test_switching_pages_keeps_the_region(page, app_url):
    """Test that the region stays selected and in the URL after following the navigation, and that the link
    opens the page in the same document (same session), as a Streamlit page link does, not by loading it anew.
    The new page keeps the app's icon and wide layout, which the app sets on a session's first run only."""
    visit(page, app_url + "/workers?region=QC")
    page.evaluate("window.__sameDocument = true")
    navigation = page.get_by_role("navigation", name="Site pages")
    expect(navigation.locator("[aria-current=page]")).to_have_text(re.compile("Workers"))
    navigation.get_by_role("link", name="Institutions").click()
    expect(page).to_have_url(re.compile(r"/institutions\?region=QC"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Institutions")
    expect(region_box(page)).to_have_value("Quebec")
    expect(navigation.locator("[aria-current=page]")).to_have_text(re.compile("Institutions"))
    assert page.evaluate("window.__sameDocument === true")
    assert re.search(r"/media/\w+\.png$", page.locator("link[rel*=icon]").first.get_attribute("href"))
    # Streamlit's centred layout is at most 736 px wide; the wide one takes the window beside the sidebar.
    content = page.locator("[data-testid=stMainBlockContainer]").bounding_box()
    assert content["width"] > 900, content


def test_no_other_frame_may_command_the_app(app_url):
    """Test that the server lists no origin whose frames may send the app commands (rerun, stop, theme)."""
    with urllib.request.urlopen(app_url + "/_stcore/host-config", timeout=10) as response:
        assert json.load(response)["allowedOrigins"] == []


def test_back_and_forward_step_through_the_choices_one_at_a_time(page, app_url):
    """Test that Back undoes one choice per press (a region, a tab, another tab, then the page) and Forward
    redoes it, the page showing what its address says, in the language the address says."""
    visit(page, app_url + "/?lang=en")
    page.locator(".st-key-site-navigation").get_by_role("link", name="Funding").click()
    expect(page).to_have_title("Funding")
    wait_idle(page)
    for tab in ("Map", "Over time"):
        page.get_by_role("tab", name=tab, exact=True).click()
        wait_idle(page)
    region_box(page).click()
    page.get_by_role("option", name="Ontario", exact=True).click()
    expect(page).to_have_url(re.compile(r"region=ON"))
    wait_idle(page)
    page.locator(".st-key-language-switch").get_by_text("Français", exact=True).click()
    expect(page).to_have_title("Financement")
    wait_idle(page)

    def shows(path: str, tab: str | None, region: str, title: str) -> None:
        expect(page).to_have_title(title)
        wait_idle(page)
        assert urlsplit(page.url).path == path, page.url
        expect(region_box(page)).to_have_value(region)
        if tab is not None:
            expect(page.get_by_role("tab", name=tab, exact=True)).to_have_attribute("aria-selected", "true")

    steps = [
        ("/funding", "Over time", "Ontario", "Funding"),
        ("/funding", "Over time", "Canada", "Funding"),
        ("/funding", "Map", "Canada", "Funding"),
        ("/funding", "By province", "Canada", "Funding"),
        ("/", None, "Canada", "Overview"),
    ]
    for step in steps:
        page.go_back()
        shows(*step)
    for step in reversed(steps[:-1]):
        page.go_forward()
        shows(*step)
    page.go_forward()
    expect(page).to_have_title("Financement")
    wait_idle(page)
    expect(page.get_by_role("tab", name="Dans le temps", exact=True)).to_have_attribute("aria-selected", "true")
    region_in_french = page.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Région")
    expect(region_in_french).to_have_value("Ontario")


KEPT_MARK = "([selector, mark]) => document.querySelectorAll(selector).forEach(element => { element.__kept = mark; })"
KEPT = "([selector, mark]) => [...document.querySelectorAll(selector)].map(element => element.__kept === mark)"


@pytest.mark.parametrize(
    ("path", "below"),
    [
        ("/", "[data-testid=stMetric]"),  # the headline figures, under the Overview's regional notice
        ("/programs", "[data-testid=stDataFrame]"),  # the table, under the note on Canada-wide programs
        ("/employers", f".{CHART_CLASS}"),  # the charts, under the note that survey figures are national
        # The chart of fields, under the chart per 100,000 people that a province alone has.
        ("/programs?section=where", f"[class*=st-key-fig-programs-by-field] .{CHART_CLASS}"),
    ],
)
def test_a_region_change_keeps_the_elements_below_what_a_province_adds(page, app_url, path, below):
    """Test that a notice or a chart shown for a province only does not make the browser build the rest of
    the page again: the elements below it are the same ones after a change to Ontario and back. Without a
    slot of its own, it moved each of them one place, and the table and the charts were built afresh."""
    visit(page, app_url + path + ("&" if "?" in path else "?") + "lang=en")
    for step, region in enumerate(("Ontario", "Canada")):
        page.evaluate(KEPT_MARK, [below, step])
        region_box(page).click()
        page.get_by_role("option", name=region, exact=True).click()
        expect(page).to_have_url(re.compile(r"region=ON") if region == "Ontario" else re.compile(r"^(?!.*region=)"))
        wait_idle(page)
        kept = page.evaluate(KEPT, [below, step])
        assert kept and all(kept), (region, kept)


def test_back_undoes_a_programs_filter(page, app_url):
    """Test that Back after choosing a Programs filter shows the list without it, as its address says."""
    visit(page, app_url + "/programs?lang=en")
    everything = page.get_by_text(re.compile(r"^All \d+ listed programs match")).first
    expect(everything).to_be_visible()
    pick(page, "Delivery", "Online")
    expect(page).to_have_url(re.compile(r"mode=online"))
    expect(everything).to_have_count(0)
    page.go_back()
    expect(page).not_to_have_url(re.compile(r"mode="))
    # The address changes at once; the page follows when the rerun it starts is over.
    expect(everything).to_be_visible()
    wait_idle(page)
    assert picked(page, "Delivery") == []


# Per group of pills: its label, how many pills it has, and those not wholly inside the group's box.
PILLS_OUT_OF_SIGHT = """groups => groups.map(group => {
    const box = group.getBoundingClientRect();
    const pills = [...group.querySelectorAll('button')];
    return {
        label: group.ariaLabel,
        pills: pills.length,
        hidden: pills.filter(pill => {
            const b = pill.getBoundingClientRect();
            return b.left < box.left - 0.5 || b.right > box.right + 0.5
                || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5;
        }).map(pill => pill.innerText),
    };
})"""


@pytest.mark.parametrize("width", [390, 1280])
def test_every_programs_filter_option_is_in_sight(sized_page, app_url, width):
    """Test that each pill of the Programs filters is on screen, in French (the longer labels): on one
    row, the price and length pills ran past their half of the page and the last ones were hidden."""
    page = visit(sized_page(width), app_url + "/programs?lang=fr")
    # The pills are drawn by a component, in its own shadow root: Playwright's locators reach inside.
    groups = page.locator("[data-testid=stMain]").get_by_role("toolbar").evaluate_all(PILLS_OUT_OF_SIGHT)
    assert [group["label"] for group in groups] == ["Mode de prestation", "Prix", "Durée"]
    options = (programs.MODE_OPTIONS, programs.PRICE_BAND_OPTIONS, programs.DURATION_BAND_OPTIONS)
    assert [group["pills"] for group in groups] == [len(choices) for choices in options]
    assert [group for group in groups if group["hidden"]] == []


def test_the_browser_language_picks_french_when_the_link_does_not_say(browser, app_url):
    """Test that a French-speaking browser gets the French page, and that the choice goes into the link."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-CA")
    page = context.new_page()
    visit(page, app_url + "/employers")
    expect(page).to_have_title("Employeurs")
    expect(page).to_have_url(re.compile(r"lang=fr"))
    page.wait_for_function("document.documentElement.lang === 'fr'", timeout=10_000)
    context.close()


def test_switching_the_language_keeps_the_region_and_the_language_follows_the_navigation(page, app_url):
    """Test the URL round trip: the switch keeps ?region=, and ?lang= survives a page switch, both ways."""
    visit(page, app_url + "/workers?region=QC&lang=fr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Travailleurs")
    expect(page.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Région")).to_have_value("Québec")
    page.locator(".st-key-language-switch").get_by_text("English", exact=True).click()
    expect(page).to_have_title("Workers")
    expect(page).to_have_url(re.compile(r"lang=en"))
    expect(page).to_have_url(re.compile(r"region=QC"))
    expect(region_box(page)).to_have_value("Quebec")
    # The page opened in French: its lang attribute follows the switch back to English.
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=10_000)
    page.locator(".st-key-site-navigation").get_by_role("link", name="Institutions").click()
    expect(page).to_have_url(re.compile(r"/institutions\?.*lang=en"))
    expect(page).to_have_url(re.compile(r"region=QC"))
    # The address changes at once (as with Back); the page follows when its run is over.
    expect(page.get_by_role("heading", level=1)).to_have_text("Institutions")
    wait_idle(page)
    page.locator(".st-key-language-switch").get_by_text("Français", exact=True).click()
    expect(page).to_have_title("Établissements")
    page.locator(".st-key-site-navigation").get_by_role("link", name="Travailleurs").click()
    expect(page).to_have_url(re.compile(r"/workers\?.*lang=fr"))
    expect(page).to_have_url(re.compile(r"region=QC"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Travailleurs")
    page.wait_for_function("document.documentElement.lang === 'fr'", timeout=10_000)


@pytest.fixture(scope="module")
def phone_context(browser, app_url):
    """A phone's context (390x844, touch), shared by this module's tests, each in a tab of its own: one tab
    stays open on a page with charts, so that new tabs find the app's scripts compiled (`context`)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    visit(context.new_page(), app_url + "/costs")
    yield context
    context.close()


@pytest.mark.parametrize("path", list(PAGES))
def test_phone_width_has_no_sideways_scroll(phone_context, app_url, path):
    """Test that at 390x844 no page is wider than the screen, and keep a screenshot to look at."""
    page = visit(phone_context.new_page(), app_url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    wide_elements = page.evaluate(
        "[...document.querySelectorAll('[data-testid=stMain] *')]"
        ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.offsetParent !== null"
        " && !e.closest('[data-testid=stDataFrame], [data-testid=stDeckGlJsonChart], .js-plotly-plot, [role=tablist]'))"
        ".map(e => e.tagName + '.' + e.className).slice(0, 5)"
    )
    # The tab bar scrolls sideways inside itself, with an arrow, its tabs past the edge: the bar itself fits.
    tab_bars = page.evaluate(
        "[...document.querySelectorAll('[data-testid=stMain] [role=tablist]')]"
        ".map(bar => bar.getBoundingClientRect().right <= window.innerWidth + 1)"
    )
    # The main area scrolls inside the page: grow the viewport to its height for a whole-page picture.
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": 390, "height": min(max(height, 844), 12_000)})
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"\W+", "-", path.strip("/")) or "overview"
    page.screenshot(path=str(ARTIFACTS / f"phone-{name}.png"))
    page.close()
    assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
    assert wide_elements == [], f"{path}: elements wider than the phone screen: {wide_elements}"
    assert all(tab_bars), tab_bars


# Each headline figure's card: its width, the main column's width, and whether its value is cut short.
HEADLINE_CARDS = """() => {
    const main = document.querySelector('[data-testid=stMainBlockContainer]');
    const style = getComputedStyle(main);
    const column = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return [...document.querySelectorAll('[data-testid=stMain] [data-testid=stMetric]')].map(metric => {
        const value = metric.querySelector('[data-testid=stMetricValue]');
        return {
            value: value.innerText.trim(),
            // The card is its column (bordered), or a bordered container as wide as its column.
            share: metric.closest('[data-testid=stColumn]').getBoundingClientRect().width / column,
            cut: [value, ...value.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1),
        };
    });
}"""


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("path", ["/", "/funding"])
@pytest.mark.parametrize("width", [390, 1280])
def test_headline_figures_are_whole_and_fill_a_phone(sized_page, app_url, path, width, language):
    """Test that no headline figure is cut short, and that on a phone each card takes the screen's width."""
    cards = visit(sized_page(width, 844), app_url + with_language(path, language)).evaluate(HEADLINE_CARDS)
    assert len(cards) >= 4
    assert [card["value"] for card in cards if card["cut"]] == []
    if width < 640:  # Streamlit stacks columns below 640 pixels
        assert [card for card in cards if card["share"] < 0.95] == []


# The chart components (keyed `fig-...`), not the map's style rule (`components/map_scroll.py`): drawn or not.
CHARTS_DRAWN_NOW = (
    "[...document.querySelectorAll('[data-testid=stMain] [class*=st-key-fig-] .stBidiComponent')]"
    f".map(c => !!c.querySelector('.{CHART_CLASS} .main-svg'))"
)
# Each chart's and map's text alternative.
CHART_NAMES = (
    f"[...document.querySelectorAll('.{CHART_CLASS}, [data-testid=stDeckGlJsonChart]')]"
    ".map(c => (c.querySelector('[role=figure][aria-label], [role=img][aria-label]') || c)"
    ".getAttribute('aria-label') || '')"
)


@pytest.mark.parametrize("path", PLOTLY_PAGES)
def test_every_chart_is_drawn_and_has_a_text_alternative(page, app_url, path):
    """Test that every chart has drawn its chart by the time the page is idle, after a page load and
    after a tab's click, and that every chart and map is exposed to assistive technology with its
    generated takeaway; section by section."""
    for section in each_section(page, app_url + path, plotly=False):
        # Read at once, not waited for: the tests' and the benchmark's idle wait must cover the drawing.
        drawn = page.evaluate(CHARTS_DRAWN_NOW)
        assert all(drawn) and (drawn or section in NO_PLOTLY_CHART.get(page_of(path), ())), (section, drawn)
        names = page.evaluate(CHART_NAMES)
        assert names and all(len(name) > 20 for name in names), (section, names)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_download_button_labels_are_not_cut_short(page, app_url, language):
    """Test that no download button's label is ellipsised, in the half-width cards of Employers too."""
    labels = []
    for _ in each_section(page, app_url + with_language("/employers", language), PAGE_SECTIONS["employers"]):
        labels += page.evaluate(
            """() => [...document.querySelectorAll('[data-testid=stDownloadButton] button')].map(button => ({
                text: button.innerText.trim(),
                cut: [button, ...button.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1),
            }))"""
        )
    assert len(labels) >= 14
    assert [label["text"] for label in labels if label["cut"]] == []


@pytest.mark.parametrize("width", [390, 1280])
def test_the_map_key_is_in_the_map_s_block_beside_the_map_or_above_it_on_a_phone(sized_page, app_url, width):
    """Test that the map's colour key sits inside the map's block, under its title: beside the map on a
    laptop, between the title and the map on a phone. It was outside the block, beside the title's
    empty height on a laptop and above the title on a phone."""
    page = visit(sized_page(width), app_url + "/funding?section=map")
    block = page.locator("[class*='st-key-chart-funding-map']")
    key = block.locator("[class*='st-key-legend-funding-map']")
    expect(key.get_by_text("Counted funding per 100,000 people")).to_be_visible()
    title, key_box = block.locator("h3").first.bounding_box(), key.bounding_box()
    map_box = block.locator("[data-testid=stDeckGlJsonChart]").bounding_box()
    assert key_box["y"] > title["y"] + title["height"], (key_box, title)
    if width == 390:
        assert key_box["y"] + key_box["height"] <= map_box["y"], (key_box, map_box)
    else:
        assert key_box["x"] + key_box["width"] <= map_box["x"], (key_box, map_box)
        assert map_box["y"] < key_box["y"] + key_box["height"] and key_box["y"] < map_box["y"] + map_box["height"]


# The Programs grid: its height, and the rows its accessible table counts (the header included).
GRID_FIT = """grid => ({
    height: grid.getBoundingClientRect().height,
    rows: Number(grid.querySelector('table[aria-rowcount]').getAttribute('aria-rowcount')),
})"""


@pytest.mark.parametrize("query, scrolls", [("price=free", False), ("", True)])
def test_the_programs_table_fits_a_few_rows_and_scrolls_many(page, app_url, query, scrolls):
    """Test that a few matching programs fill the table without empty rows under them, and that many
    keep a table of fixed height that scrolls: at a fixed height, six free programs sat above five
    empty rows."""
    visit(page, f"{app_url}/programs?lang=en&{query}")
    grid = page.locator("[data-testid=stMain] [data-testid=stDataFrame]").first
    # The grid's accessible table is drawn once its first rows have arrived.
    grid.locator("table[aria-rowcount]").wait_for(state="attached")
    fit = grid.evaluate(GRID_FIT)
    assert fit["rows"] > 1, fit
    if scrolls:
        assert fit["rows"] > MAX_SHOWN_ROWS + 1 and fit["height"] < fit["rows"] * GRID_ROW_PX, fit
    else:
        # Every row is in sight, and no more than the border is left under the last one.
        assert fit["rows"] <= MAX_SHOWN_ROWS + 1, fit
        assert fit["rows"] * GRID_ROW_PX <= fit["height"] <= fit["rows"] * GRID_ROW_PX + 4, fit
