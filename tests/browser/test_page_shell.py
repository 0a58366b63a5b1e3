"""Each page's HTML shell (`dashboard/page_shell.py`), in a real tab.

Opened at its own address, a page asks the server's health once, at the server's root, not first
under the page's address; a page with charts loads plotly.js once, shared by the shell and the
chart component; and all of it holds under a base URL path (`server.baseUrlPath`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from bench import server
from dashboard.page_shell import PLOTLY_BUNDLE
from dashboard.sitemap import PAGES_WITH_CHARTS
from tests.browser.conftest import visit

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("page-shell")]

BASE_PATH = "microcredentials"
CHARTS = ".mc-plotly-chart"
CHARTS_DRAWN = f"{CHARTS}:has(.main-svg)"


def watched(page: Page) -> list[str]:
    """The URLs the tab asks for from now on, less the ones of Streamlit's own scripts and styles."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url) if "/static/js/" not in request.url else None)
    return asked


def open_and_count(page: Page, url: str) -> dict:
    asked = watched(page)
    visit(page, url)
    return {
        "health": [request for request in asked if request.endswith("/_stcore/health")],
        "bundle": [request for request in asked if request.endswith(PLOTLY_BUNDLE)],
        "scripts": page.locator(f"script[src$='{PLOTLY_BUNDLE}']").count(),
        "charts": page.locator(CHARTS).count(),
        "drawn": page.locator(CHARTS_DRAWN).count(),
    }


@pytest.mark.parametrize("path", ["/employers", "/funding?region=ON", "/about"])
def test_a_page_opened_at_its_address_asks_the_server_root_once(page, app_url, path):
    opened = open_and_count(page, app_url + path)
    assert opened["health"] == [app_url + "/_stcore/health"]


@pytest.mark.parametrize("path", sorted(PAGES_WITH_CHARTS))
def test_a_page_with_charts_loads_plotly_once_and_draws(page, app_url, path):
    opened = open_and_count(page, f"{app_url}/{path}")
    assert opened["bundle"] == [f"{app_url}/app/static/{PLOTLY_BUNDLE}"]
    assert opened["scripts"] == 1
    assert opened["drawn"] == opened["charts"]
    # Programs opens on its table, and its charts are in a later tab.
    assert opened["charts"] > 0 or path == "programs"


def test_the_shell_loads_plotly_before_the_app_runs(page, app_url):
    """With the server's WebSocket held back, no run starts and no chart or sidebar component asks
    for plotly.js: only the page's shell can."""
    page.route_web_socket("**/_stcore/stream", lambda socket: None)
    with page.expect_request(f"**/app/static/{PLOTLY_BUNDLE}", timeout=30_000):
        page.goto(app_url + "/costs")
    assert page.locator("[data-testid=stMainBlockContainer] h1").count() == 0


def test_a_page_without_charts_does_not_load_plotly(page, app_url):
    opened = open_and_count(page, app_url + "/data")
    assert opened["bundle"] == []


@pytest.fixture(scope="module")
def based_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served under a base URL path, as behind a proxy that gives it one folder of a site."""
    started = server.start(
        "dashboard/server.py", tmp_path_factory.mktemp("based") / "streamlit.log", base_path=BASE_PATH
    )
    yield started.url
    started.stop()


def test_under_a_base_path_a_page_finds_the_server_and_plotly(page, based_url):
    opened = open_and_count(page, based_url + "/costs?region=ON")
    assert opened["health"] == [based_url + "/_stcore/health"]
    assert opened["bundle"] == [f"{based_url}/app/static/{PLOTLY_BUNDLE}"]
    assert opened["drawn"] == opened["charts"] > 0
    assert page.url.startswith(based_url + "/costs?")


def test_under_a_base_path_the_sidebar_links_stay_under_it(page, based_url):
    visit(page, based_url + "/about")
    page.get_by_role("link", name="Employers").first.click()
    page.wait_for_selector(CHARTS_DRAWN, timeout=60_000)
    assert page.url.startswith(based_url + "/employers")
