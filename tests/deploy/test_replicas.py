"""Scaling out: two replicas behind nginx (ip_hash), through deploy/run_replicas.sh, in Chromium.

A visitor opens a page and downloads an extract through nginx; the replica that served it is
stopped; a new visitor is then served by the other replica, downloads included.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from components.plotly_chart import PLOTLY_BUNDLE
from dashboard.paths import REPO_ROOT
from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS, wait_idle

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("replicas")]

SCRIPT = REPO_ROOT / "deploy" / "run_replicas.sh"
READY_SECONDS = 180


def nginx_binary() -> str | None:
    found = shutil.which("nginx")
    return found or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@pytest.fixture(scope="module")
def behind_nginx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`deploy/run_replicas.sh` running: the nginx URL and the run directory with the pid files."""
    if nginx_binary() is None:
        pytest.fail(
            "nginx is not installed: `apt-get install -y nginx` (Debian package nginx); `make test` installs it"
        )
    run_dir = tmp_path_factory.mktemp("replicas")
    env = {**os.environ, "RUN_DIR": str(run_dir), "PYTHON": sys.executable, "REPLICAS": "2"}
    env.pop("DASHBOARD_DATA_DIR", None)
    script = subprocess.Popen(
        ["bash", str(SCRIPT)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in script.stdout], daemon=True).start()
    seen, url = [], None
    deadline = time.monotonic() + READY_SECONDS
    while url is None and time.monotonic() < deadline and script.poll() is None:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        seen.append(line)
        if line.startswith("READY "):
            url = line.split()[1]
    try:
        assert url, "run_replicas.sh did not get ready:\n" + "".join(seen)
        yield url, run_dir
    finally:
        # The script's trap stops nginx and the replicas it started.
        script.send_signal(signal.SIGTERM)
        try:
            script.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(script.pid, signal.SIGKILL)


def in_own_browser(test: Callable[[Browser], None]) -> None:
    """Run `test` with a Chromium of its own, in a thread of its own.

    The browser suite's session-wide Playwright may already be running in this worker's main
    thread, and Playwright's sync API allows one instance per thread.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run `make test`, which installs it")

    def run() -> None:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            try:
                test(browser)
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(run).result()


def open_page(browser: Browser, url: str) -> tuple[Page, str]:
    """A new visitor (its own context) on `url`; returns the page and the replica that served it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    response = page.goto(url)
    wait_idle(page)
    return page, response.headers.get("x-served-by", "")


def download_chart_csv(page: Page) -> str:
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV of this chart").first.click()
    return Path(info.value.path()).read_bytes().decode("utf-8-sig")


def wait_gone(pid: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    raise AssertionError(f"replica process {pid} did not stop")


def test_the_charts_bundle_is_served_to_be_kept_with_the_security_headers(behind_nginx):
    url, _ = behind_nginx
    with urllib.request.urlopen(f"{url}/app/static/{PLOTLY_BUNDLE}", timeout=10) as bundle:
        assert bundle.status == 200
        assert "immutable" in bundle.headers["Cache-Control"]
        assert bundle.headers["X-Content-Type-Options"] == "nosniff"
        assert bundle.read(200).startswith(b"/**\n* plotly.js")


def test_new_visitors_are_served_by_the_other_replica_when_one_stops(behind_nginx):
    in_own_browser(lambda browser: visit_stop_and_visit_again(browser, *behind_nginx))


def visit_stop_and_visit_again(browser: Browser, url: str, run_dir: Path) -> None:
    with urllib.request.urlopen(url + "/_stcore/health", timeout=10) as health:
        assert health.read() == b"ok"

    first, served = open_page(browser, url + "/employers")
    assert served in ("replica-1", "replica-2"), f"X-Served-By is {served!r}"
    assert first.get_by_role("heading", level=1).inner_text() == "Employers"
    # The download is a media URL that only the replica holding the session knows: stickiness at work.
    assert len(download_chart_csv(first).splitlines()) >= 2
    first.context.close()

    pid = int((run_dir / f"{served}.pid").read_text())
    os.kill(pid, signal.SIGTERM)
    wait_gone(pid)

    second, served_now = open_page(browser, url + "/workers")
    other = {"replica-1": "replica-2", "replica-2": "replica-1"}[served]
    assert served_now == other
    assert second.get_by_role("heading", level=1).inner_text() == "Workers"
    assert len(download_chart_csv(second).splitlines()) >= 2
    with urllib.request.urlopen(url + "/_stcore/health", timeout=10) as health:
        assert health.read() == b"ok"

    # A deep unknown path is sent to its first segment instead of a blank page.
    second.goto(url + "/employers/nope?region=AB")
    wait_idle(second)
    assert re.search(r"/employers\?", second.url)
    assert second.get_by_role("heading", level=1).inner_text() == "Employers"
    second.context.close()
