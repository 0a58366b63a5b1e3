"""A real Streamlit server on the bundled data, and real headless Chromium (Debian's package).

The server is started with `streamlit run` on a free port; tests wait on /_stcore/health and
on the app's `data-test-script-state`, never on fixed sleeps.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from dashboard.paths import REPO_ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
STARTUP_SECONDS = 60

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not become healthy in {STARTUP_SECONDS}s:\n{log.read_text()[-3000:]}")


def start_server(data_dir: Path | None, log: Path) -> tuple[str, subprocess.Popen]:
    """Start `streamlit run dashboard/app.py` on a free loopback port; returns its URL and process."""
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("DASHBOARD_DATA_DIR", None)
    if data_dir is not None:
        env["DASHBOARD_DATA_DIR"] = str(data_dir)
    handle = log.open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "dashboard/app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    _wait_healthy(url, process, log)
    return url, process


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


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    opened = context.new_page()
    opened.console_errors = ConsoleErrors()
    opened.on("console", opened.console_errors.add)
    yield opened
    context.close()


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
