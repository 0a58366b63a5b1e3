"""A real Streamlit server on the bundled data, and real headless Chromium (Debian's package).

The server is started with `streamlit run` on a free port; tests wait on /_stcore/health and
on the app's `data-test-script-state`, never on fixed sleeps.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from bench import server
from bench.probe import CHARTS_DRAWN, WEBSOCKET_PROBE, timed_action
from dashboard.paths import REPO_ROOT
from tests.page_sections import CHART_REGION, PAGE_SECTIONS, REGION_CHARTS, chart_section_keys, page_of

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# --process-per-site: the tabs of one context share a renderer, and the scripts it has compiled
# (plotly.js among them) with it; see `context`.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--process-per-site",
]
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
DESKTOP = {"width": 1280, "height": 900}

pytestmark = pytest.mark.browser


def start_server(data_dir: Path | None, log: Path) -> tuple[str, subprocess.Popen]:
    """Start `streamlit run dashboard/server.py` on a free loopback port; returns its URL and process."""
    started = server.start("dashboard/server.py", log, data_dir)
    return started.url, started.process


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url, process = start_server(None, tmp_path_factory.mktemp("server") / "streamlit.log")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run `make test`, which installs it")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


class ConsoleErrors(list):
    """Console errors of a page, less the ones Streamlit itself causes on deep links.

    At an address the server has no HTML shell for (`dashboard/page_shell.py`), such as an unknown
    page's, the Streamlit frontend first probes <address>/_stcore/health and
    <address>/_stcore/host-config (404), then uses the server root: not an app error.
    """

    BENIGN = ("/_stcore/health", "/_stcore/host-config")

    def add(self, message) -> None:  # noqa: ANN001 - a Playwright ConsoleMessage
        if message.type != "error":
            return
        where = (message.location or {}).get("url", "")
        if "404" in message.text and where.endswith(self.BENIGN):
            return
        self.append(f"{message.text} at {where}")


@pytest.fixture(scope="session")
def context(browser: Browser, app_url: str) -> Iterator[BrowserContext]:
    """One browser context per test worker, each test in a tab of its own: the context's HTTP cache
    keeps the app's JavaScript (plotly.js among it) from one test to the next. A new context per
    test fetched and compiled it again, about 0.4 s of every page opened. Each tab is still a new
    Streamlit session; tests that need other settings (a locale, touch) open their own context.

    One tab stays open on a page with charts all along: with --process-per-site, each new tab joins
    its renderer and finds the app's scripts (plotly.js among them) compiled there. A tab that started
    a renderer of its own compiled them anew, and opened a page in 1.7 to 2.1 s instead of 1.0 on this
    machine. All tabs share that renderer's thread and memory: a test that measures either opens a
    context of its own.

    Every tab's WebSocket is probed (`bench.probe`): the server's end of each run is how a test
    knows a rerun it caused is over (`click_section`).
    """
    shared = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    shared.add_init_script(WEBSOCKET_PROBE)
    visit(shared.new_page(), app_url + "/costs")
    yield shared
    shared.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    opened = context.new_page()
    opened.console_errors = ConsoleErrors()
    opened.on("console", opened.console_errors.add)
    yield opened
    opened.close()


@pytest.fixture
def sized_page(context: BrowserContext) -> Iterator[Callable[..., Page]]:
    """Opens a tab of the shared context at a given width (390: a phone) and height; closed after the test."""
    opened: list[Page] = []

    def open_tab(width: int, height: int = DESKTOP["height"]) -> Page:
        tab = context.new_page()
        tab.set_viewport_size({"width": width, "height": height})
        opened.append(tab)
        return tab

    yield open_tab
    for tab in opened:
        tab.close()


def visit(page: Page, url: str) -> Page:
    """Open a URL and wait until the script has finished its run."""
    page.goto(url)
    wait_idle(page)
    return page


def wait_idle(page: Page) -> None:
    """Wait for the app to be idle: the script finished and nothing is still rendering."""
    page.wait_for_selector(IDLE, timeout=60_000)
    # Streamlit fades elements in; checks of colour contrast must wait for the fade to end.
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    # Charts draw themselves after the run (the first ones once plotly.js has loaded): wait for
    # every chart, then for the page's pending work (a chart updating in place) to have run.
    page.wait_for_function(CHARTS_DRAWN, timeout=60_000)
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestIdleCallback(() => done())))")


# The index of the open tab among a page's section tabs.
OPEN_TAB = (
    "[...document.querySelectorAll('[data-testid=stMain] [role=tab]')]"
    ".findIndex(tab => tab.getAttribute('aria-selected') === 'true')"
)


def open_section(page: Page, url: str) -> Page:
    """Open `url` and check that its ?section= is the open tab: not the first section drawn in its stead."""
    visit(page, url)
    section = parse_qs(urlsplit(url).query)["section"][0]
    opened = page.evaluate(OPEN_TAB)
    assert opened == PAGE_SECTIONS[page_of(url)].index(section), (url, opened)
    return page


def click_section(page: Page, section: str) -> None:
    """Click the tab of the open page's `section` and wait for the rerun that draws it to have ended.

    The end is the server's message (the `context`'s WebSocket probe): the address takes the section
    in the middle of that rerun, and the state attribute may still read "notRunning" from before it.
    """
    tabs = PAGE_SECTIONS[page_of(page.url)]
    assert page.evaluate("() => !!window.__bench"), "the page is not probed: open it in the `context` fixture"
    # The benchmark's own wait for the rerun an action causes; its timing is not needed here.
    timed_action(page, page.locator("[data-testid=stMain] [role=tab]").nth(tabs.index(section)).click)
    wait_idle(page)
    # The first section is the default, which the address leaves out.
    assert parse_qs(urlsplit(page.url).query).get("section") == ([section] if tabs.index(section) else None), page.url
    assert page.evaluate(OPEN_TAB) == tabs.index(section), (page.url, section)


def each_section(page: Page, url: str, sections: Sequence[str] | None = None, *, plotly: bool = True) -> Iterator[str]:
    """Open `url`'s page on each of `sections` in turn, yielding each: the first by its address
    (`open_section`), the others by a click on their tab, as a visitor goes from one to the next.
    A page load per section cost 1 to 2 s each; a click some 0.4 s.

    By default, the sections with charts (`chart_section_keys`), the page's first tab last: a link to
    any other section is then checked to open it, not the first tab in its stead. A section whose chart
    Canada lacks (`REGION_CHARTS`) is opened with a province chosen, if the address chooses no region.
    """
    if sections is None:
        with_charts = chart_section_keys(page_of(url), plotly=plotly)
        sections = with_charts[1:] + with_charts[:1]
    if "region=" not in url and set(sections) & set(REGION_CHARTS.get(page_of(url), ())):
        url = f"{url}{'&' if '?' in url else '?'}region={CHART_REGION}"
    first, *others = sections
    open_section(page, f"{url}{'&' if '?' in url else '?'}section={first}")
    yield first
    for section in others:
        click_section(page, section)
        yield section
