"""A real Streamlit server on the bundled data, and real headless Chromium (Debian's package).

The server is started with `streamlit run` on a free port; tests wait on /_stcore/health and
on the app's `data-test-script-state`, never on fixed sleeps.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from bench import server
from bench.probe import CHARTS_DRAWN
from dashboard.paths import REPO_ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
DESKTOP = {"width": 1280, "height": 900}

pytestmark = pytest.mark.browser


def start_server(data_dir: Path | None, log: Path) -> tuple[str, subprocess.Popen]:
    """Start `streamlit run dashboard/app.py` on a free loopback port; returns its URL and process."""
    started = server.start("dashboard/app.py", log, data_dir)
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

    On a URL such as /employers the Streamlit frontend first probes /employers/_stcore/health
    and /employers/_stcore/host-config (404), then uses the server root: not an app error.
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
def context(browser: Browser) -> Iterator[BrowserContext]:
    """One browser context per test worker, each test in a tab of its own: the context's HTTP cache
    keeps the app's JavaScript (plotly.js among it) from one test to the next. A new context per
    test fetched and compiled it again, about 0.4 s of every page opened. Each tab is still a new
    Streamlit session; tests that need other settings (a locale, touch) open their own context."""
    shared = browser.new_context(viewport=DESKTOP, accept_downloads=True)
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
