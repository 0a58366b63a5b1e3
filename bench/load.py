"""`python -m bench.load`: many concurrent visitors against one server on the 1,000,000-program package.

Each visitor is a headless Chromium context (spread over a few browser processes) that, for a
fixed time, switches pages through the sidebar, changes the region, toggles a Programs filter
and downloads an extract, checking after every step that it sees what it asked for. The server
is a plain `streamlit run` on loopback; its memory (VmRSS) is sampled throughout and again after
the visitors have left and their sessions have expired.

Writes bench/results/load-latest.json and prints a Markdown table. Exit status 1 when any
visitor saw an error or wrong content, or when memory did not come back within 10% of baseline.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import io
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import Browser, BrowserContext, Page, async_playwright
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from bench import server
from bench.probe import CHART_BLOCKS, DATA_TABLE, WEBSOCKET_PROBE
from bench.stats import percentile

RESULTS = Path(__file__).resolve().parent / "results"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
# Sidebar link -> the page's h1.
PAGES = {
    "Overview": "Microcredentials in Canada",
    "Employers": "Employers",
    "Workers": "Workers",
    "Costs and barriers": "Costs and barriers",
    "Funding": "Funding",
    "Programs": "Programs",
    "Institutions": "Institutions",
    "Data and downloads": "Data and downloads",
    "About and methodology": "About and methodology",
}
REGIONS = {
    "ON": "Ontario",
    "AB": "Alberta",
    "NS": "Nova Scotia",
    "CA": "Canada",
    "BC": "British Columbia",
    "MB": "Manitoba",
    "QC": "Quebec",
    "PE": "Prince Edward Island",
}
# A stable widget label, a field every synthetic package has, and the URL parameter the run writes.
FIELD_FILTER = ("Field", "Health", "field")
# One visitor's round: the actions cycle in this order, starting at a different point per visitor.
ROUND = ("page", "region", "table", "programs", "filter", "download", "region", "page", "filter", "download")
# Above this a visitor downloads a chart's CSV instead of the catalogue: twenty visitors each building
# a million-row file would measure the CSV writer, not the site.
MAX_DOWNLOAD_ROWS = 50_000
ACTION_TIMEOUT_MS = 120_000
# A whole step (its waits and the reload after a failure) is cut off after this: some Playwright
# calls (a download's path, evaluate) have no timeout, and a frozen server must end in a report.
STEP_TIMEOUT_S = 3 * ACTION_TIMEOUT_MS / 1000
METRICS_TIMEOUT_S = 60
MAX_STEPS = 500  # per visitor: the loop is bounded even if the clock misbehaves
BENIGN_CONSOLE = ("/_stcore/health", "/_stcore/host-config")

# True (as the time) once a rerun has ended since `start` and the page shows the expected h1,
# region (in the box and in the link) and filter state with the app idle. The end of the rerun is
# the server's message, seen by bench/probe.py's WebSocket probe: the state attribute alone proves
# nothing, since React may batch a fast run's running -> notRunning into one render, and the link
# is rewritten in the middle of the run. A filter chip is drawn by the browser at once, so the
# filter is also checked in the link, which the run rewrites (`?field=Health`).
SETTLED = """
([title, region, code, chip, start]) => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (start !== null && !(window.__bench?.finished || []).some(f => f.at > start)) return false;
  const h1 = document.querySelector('h1');
  if (!h1 || h1.innerText.trim() !== title) return false;
  const box = document.querySelector('[data-testid=stSidebar] input[aria-label="Region"]');
  if (!box || box.value !== region) return false;
  const link = new URLSearchParams(location.search);
  if (link.get('region') !== (code === 'CA' ? null : code)) return false;
  if (chip !== null) {
    if (link.getAll(chip[2]).includes(chip[1]) !== chip[3]) return false;
    const field = [...document.querySelectorAll('[data-testid=stMultiSelect]')]
      .find(m => m.innerText.trim().startsWith(chip[0]));
    const tags = field ? [...field.querySelectorAll('[data-tag]')] : [];
    const has = tags.some(t => t.getAttribute('aria-label') === chip[1]);
    if (has !== chip[3]) return false;
  }
  if (document.querySelector('[data-testid=stException]')) return false;
  return performance.now();
}
"""


def path_of(page: str) -> str:
    """The URL path of a page, from its link text (as dashboard/sitemap.py names them)."""
    return "/" if page == "Overview" else "/" + page.split()[0].lower()


@dataclass
class Visitor:
    number: int
    page: str = "Overview"
    region: str = "CA"
    field_on: bool = False
    steps: int = 0
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    downloads: int = 0

    def record(self, kind: str, ms: float) -> None:
        self.latencies.setdefault(kind, []).append(ms)


def stats(values: list[float]) -> dict[str, float]:
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values)),
        "p95_ms": round(percentile(values, 0.95)),
        "max_ms": round(max(values)),
    }


def server_metrics(url: str) -> dict[str, float] | None:
    """Active sessions and cache bytes from Streamlit's /_stcore/metrics (Prometheus text); None: no answer."""
    # Generous: right after twenty browsers close, the two cores are still busy with them.
    try:
        with urllib.request.urlopen(url + "/_stcore/metrics", timeout=METRICS_TIMEOUT_S) as response:
            text = response.read().decode()
    except OSError:  # refused, reset or timed out: a server that stopped answering is a result
        return None
    found = {"active_sessions": 0.0, "cache_bytes": 0.0}
    for line in text.splitlines():
        if line.startswith("active_sessions "):
            found["active_sessions"] = float(line.split()[-1])
        elif line.startswith("cache_memory_bytes"):
            found["cache_bytes"] += float(line.split()[-1])
    found["cache_mb"] = round(found.pop("cache_bytes") / 2**20, 1)
    return found


def rss_mb(pid: int) -> float:
    """VmRSS of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


# What the page shows, for the error message when it never reaches the expected state.
SNAPSHOT = """
() => ({
  url: location.pathname + location.search,
  state: document.querySelector('[data-testid=stApp]')?.getAttribute('data-test-script-state'),
  h1: document.querySelector('h1')?.innerText,
  region: document.querySelector('[data-testid=stSidebar] input[aria-label="Region"]')?.value,
  exceptions: document.querySelectorAll('[data-testid=stException]').length,
  connection: document.querySelector('[data-testid=stStatusWidget]')?.innerText || '',
})
"""


async def settle(page: Page, start: float, visitor: Visitor) -> float:
    """Wait until the page shows the visitor's expected state; milliseconds since `start`."""
    chip = [*FIELD_FILTER, visitor.field_on] if visitor.page == "Programs" else None
    expected = [PAGES[visitor.page], REGIONS[visitor.region], visitor.region, chip, start]
    try:
        handle = await page.wait_for_function(SETTLED, arg=expected, timeout=ACTION_TIMEOUT_MS)
    except PlaywrightTimeoutError:
        seen = await page.evaluate(SNAPSHOT)
        raise AssertionError(f"expected {expected}, saw {seen}") from None
    return await handle.json_value() - start


async def now(page: Page) -> float:
    return await page.evaluate("performance.now()")


async def open_first(page: Page, url: str, visitor: Visitor) -> float:
    """The visitor's first page, opened from a link with its region, as a shared link would."""
    began = time.perf_counter()
    query = "" if visitor.region == "CA" else f"?region={visitor.region}"
    await page.goto(url + path_of(visitor.page) + query, timeout=ACTION_TIMEOUT_MS)
    await page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=ACTION_TIMEOUT_MS)
    await page.wait_for_function(
        SETTLED,
        arg=[PAGES[visitor.page], REGIONS[visitor.region], visitor.region, None, None],
        timeout=ACTION_TIMEOUT_MS,
    )
    return (time.perf_counter() - began) * 1000


async def switch_page(page: Page, visitor: Visitor, to: str | None = None) -> float:
    names = list(PAGES)
    target = to or names[(names.index(visitor.page) + 1 + visitor.number % 3) % len(names)]
    if target == visitor.page:
        target = names[(names.index(target) + 1) % len(names)]
    start = await now(page)
    await page.locator(".st-key-site-navigation").get_by_role("link", name=target, exact=True).click()
    visitor.page = target
    # The sidebar links carry the whole query string, so a Programs filter set earlier comes back
    # with the visitor (visitor.field_on is kept as it is).
    return await settle(page, start, visitor)


async def change_region(page: Page, visitor: Visitor) -> float:
    codes = list(REGIONS)
    code = codes[(codes.index(visitor.region) + 1 + visitor.number) % len(codes)]
    if code == visitor.region:
        code = codes[(codes.index(code) + 1) % len(codes)]
    box = page.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Region")
    await box.click()
    await page.keyboard.type(REGIONS[code])
    option = page.get_by_role("option", name=REGIONS[code], exact=True).first
    await option.wait_for(timeout=ACTION_TIMEOUT_MS)
    start = await now(page)
    await option.click()
    visitor.region = code
    return await settle(page, start, visitor)


async def toggle_filter(page: Page, visitor: Visitor) -> float:
    label, option_name, _ = FIELD_FILTER
    box = page.get_by_role("combobox", name=label).first
    if visitor.field_on:
        await box.click()
        await page.keyboard.press("Escape")
        await box.focus()
        start = await now(page)
        await page.keyboard.press("Backspace")
    else:
        await box.click()
        await page.keyboard.type(option_name)
        option = page.get_by_role("option", name=option_name, exact=True).first
        await option.wait_for(timeout=ACTION_TIMEOUT_MS)
        start = await now(page)
        await option.click()
    visitor.field_on = not visitor.field_on
    elapsed = await settle(page, start, visitor)
    # The option list stays open after a pick, and while it is open the rest of the page is hidden
    # from the accessibility tree (so the Region box could not be found by role): close it.
    await page.keyboard.press("Escape")
    return elapsed


async def download(page: Page, visitor: Visitor) -> float:
    """Download the Programs extract when it is small enough, else a chart's CSV; check its rows.

    The Programs extract must also carry the visitor's region and filter in its `filter_*` columns.
    """
    catalogue = page.get_by_role("button", name=re.compile(r"Download all [\d,]+ matching programs"))
    expected = None
    if visitor.page == "Programs" and await catalogue.count():
        expected = rows_on(await catalogue.first.inner_text())
    if expected is not None and expected <= MAX_DOWNLOAD_ROWS:
        button = catalogue.first
    else:
        expected = None
        button = page.get_by_role("button", name="Download CSV of this chart").first
        if not await button.count():
            return -1.0  # this page has no chart: nothing to download here
    began = time.perf_counter()
    async with page.expect_download(timeout=ACTION_TIMEOUT_MS) as info:
        await button.click()
    path = await (await info.value).path()
    elapsed = (time.perf_counter() - began) * 1000
    rows = list(csv.reader(io.StringIO(Path(path).read_bytes().decode("utf-8-sig"))))
    if len(rows) < 2:
        raise AssertionError(f"download has no data rows ({len(rows)} lines)")
    if expected is not None:
        carried = {name: value for name, value in zip(rows[0], rows[1], strict=False) if name.startswith("filter_")}
        wanted = {"filter_region": visitor.region, "filter_field": FIELD_FILTER[1] if visitor.field_on else None}
        if len(rows) - 1 != expected or any(carried.get(name) != value for name, value in wanted.items()):
            # Both sides, to tell a stale file from a page still drawing its rerun.
            try:
                now_shown: int | str = rows_on(await catalogue.first.inner_text(timeout=5_000))
            except (PlaywrightTimeoutError, AttributeError):  # the button is gone or says something else
                now_shown = "gone"
            link = await page.evaluate("location.search")
            raise AssertionError(
                f"download has {len(rows) - 1} rows and filters {carried}; the button said {expected} "
                f"(now {now_shown}), the visitor expects {wanted}, the page's link {link}"
            )
    visitor.downloads += 1
    return elapsed


async def toggle_table(page: Page, visitor: Visitor) -> float:
    """Open or close the first chart's data table; -1.0 on a page without a chart."""
    summary = page.locator(CHART_BLOCKS).first.get_by_text(DATA_TABLE).first
    if not await summary.count():
        return -1.0
    start = await now(page)
    await summary.click()
    return await settle(page, start, visitor)


def rows_on(label: str) -> int:
    """The row count a "Download all N matching programs" button states."""
    return int(re.search(r"all ([\d,]+) matching", label).group(1).replace(",", ""))


async def run_visitor(browser: Browser, url: str, visitor: Visitor, seconds: float, delay: float) -> None:
    """One visitor: arrives after `delay`, opens its first page, then interacts for `seconds`."""
    await asyncio.sleep(delay)
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    await context.add_init_script(WEBSOCKET_PROBE)
    page = await context.new_page()

    def on_console(message) -> None:  # noqa: ANN001 - a Playwright ConsoleMessage
        where = (message.location or {}).get("url", "")
        if message.type == "error" and not ("404" in message.text and where.endswith(BENIGN_CONSOLE)):
            visitor.errors.append(f"console on {visitor.page} after step {visitor.steps}: {message.text[:200]} {where}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: visitor.errors.append(f"page error: {str(error)[:200]}"))
    names = list(PAGES)
    visitor.page = names[visitor.number % len(names)]
    visitor.region = list(REGIONS)[visitor.number % len(REGIONS)]
    try:
        visitor.record("first load", await asyncio.wait_for(open_first(page, url, visitor), STEP_TIMEOUT_S))
    except Exception as error:  # noqa: BLE001 - every failure is counted, none stops the run
        visitor.errors.append(f"first load: {type(error).__name__}: {str(error)[:200]}")
        await close(context)
        return
    # The clock starts once the visitor has its page: the load is the interactions, not the queue.
    deadline = time.monotonic() + seconds
    step = visitor.number % len(ROUND)
    while time.monotonic() < deadline and visitor.steps < MAX_STEPS:
        kind = ROUND[step % len(ROUND)]
        step += 1
        visitor.steps += 1
        try:
            await asyncio.wait_for(take_step(page, visitor, kind), STEP_TIMEOUT_S)
        except Exception as error:  # noqa: BLE001 - counted; the visitor reloads and goes on
            visitor.errors.append(
                f"{kind} on {visitor.page}/{visitor.region}: {type(error).__name__}: {str(error)[:300]}"
            )
            visitor.field_on = False
            try:
                await asyncio.wait_for(open_first(page, url, visitor), STEP_TIMEOUT_S)
            except Exception as again:  # noqa: BLE001
                visitor.errors.append(f"reload: {type(again).__name__}: {str(again)[:200]}")
                break
    await close(context)


async def take_step(page: Page, visitor: Visitor, kind: str) -> None:
    """One action of the round, recorded under its kind (a step that does not apply does nothing)."""
    if kind == "page":
        visitor.record("page switch", await switch_page(page, visitor))
    elif kind == "region":
        visitor.record("region change", await change_region(page, visitor))
    elif kind == "programs" and visitor.page != "Programs":
        visitor.record("page switch", await switch_page(page, visitor, "Programs"))
    elif kind == "filter" and visitor.page == "Programs":
        visitor.record("filter toggle", await toggle_filter(page, visitor))
    elif kind == "download":
        elapsed = await download(page, visitor)
        if elapsed >= 0:
            visitor.record("download", elapsed)
    elif kind == "table":
        elapsed = await toggle_table(page, visitor)
        if elapsed >= 0:
            visitor.record("data table", elapsed)


async def close(context: BrowserContext) -> None:
    """Close a visitor's context; one that does not close in time is left to its browser's closing."""
    with contextlib.suppress(Exception):
        await asyncio.wait_for(context.close(), ACTION_TIMEOUT_MS / 1000)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far (from /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def sample_rss(pid: int, samples: list[tuple[float, float]], stop: asyncio.Event) -> None:
    began = time.monotonic()
    while not stop.is_set():
        samples.append((round(time.monotonic() - began, 1), rss_mb(pid)))
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.5)
        except TimeoutError:
            pass


async def steady_rss(pid: int, seconds: float) -> float:
    """Median RSS over a few seconds, so one allocation spike does not decide the figure."""
    values = []
    for _ in range(max(1, int(seconds / 0.5))):
        values.append(rss_mb(pid))
        await asyncio.sleep(0.5)
    return statistics.median(values)


async def warm_up(browser: Browser, url: str) -> None:
    """One visitor opens every page once: loads the package and fills the shared caches."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    for name in PAGES:
        await page.goto(url + path_of(name), timeout=300_000)
        await page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=300_000)
    await context.close()


async def run(args: argparse.Namespace, data_dir: Path, work: Path) -> dict:
    app = server.start(
        "dashboard/server.py",
        work / "load-server.log",
        data_dir,
        extra=["--server.disconnectedSessionTTL", str(args.ttl)],
    )
    pid = app.process.pid
    result: dict = {"rss_mb": {"started": round(rss_mb(pid), 1)}}
    try:
        async with async_playwright() as playwright:
            browsers = [
                await playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS) for _ in range(args.browsers)
            ]
            began = time.perf_counter()
            await warm_up(browsers[0], app.url)
            result["warm_up_s"] = round(time.perf_counter() - began, 1)
            # Baseline: the package loaded and the warm-up visitor's session expired.
            await asyncio.sleep(args.ttl + args.expiry_wait)
            result["rss_mb"]["baseline"] = round(await steady_rss(pid, 3), 1)
            result["metrics"] = {"baseline": server_metrics(app.url)}

            samples: list[tuple[float, float]] = []
            stop = asyncio.Event()
            sampler = asyncio.create_task(sample_rss(pid, samples, stop))
            visitors = [Visitor(n) for n in range(args.sessions)]
            result["load_average_at_start"] = round(os.getloadavg()[0], 1)
            cpu_before = cpu_seconds(pid)
            began = time.perf_counter()
            # Visitors arrive spread over the ramp, as people do, not all in the same millisecond.
            await asyncio.gather(
                *(
                    run_visitor(
                        browsers[v.number % len(browsers)],
                        app.url,
                        v,
                        args.seconds,
                        args.ramp * v.number / len(visitors),
                    )
                    for v in visitors
                )
            )
            result["load_wall_s"] = round(time.perf_counter() - began, 1)
            # Share of one core the server used: near 1.0 means the single server process was the limit.
            result["server_cpu_share_of_one_core"] = round((cpu_seconds(pid) - cpu_before) / result["load_wall_s"], 2)
            result["rss_mb"]["at_close"] = round(rss_mb(pid), 1)
            result["metrics"]["at_close"] = server_metrics(app.url)
            # The contexts are closed: every session is disconnected and expires after the TTL.
            await asyncio.sleep(args.ttl + args.expiry_wait)
            result["rss_mb"]["after_expiry"] = round(await steady_rss(pid, 3), 1)
            result["metrics"]["after_expiry"] = server_metrics(app.url)
            stop.set()
            await sampler
            for browser in browsers:
                await browser.close()
    finally:
        app.stop()
    log = (work / "load-server.log").read_text(errors="replace")
    result["server_log_tracebacks"] = log.count("Traceback")
    result["rss_mb"]["peak"] = round(max(mb for _, mb in samples), 1)
    result["rss_samples"] = samples[:: max(1, len(samples) // 200)]
    everything = [ms for v in visitors for values in v.latencies.values() for ms in values]
    interactions = [ms for v in visitors for k, values in v.latencies.items() if k != "first load" for ms in values]
    kinds = sorted({k for v in visitors for k in v.latencies})
    result["latency"] = {k: stats([ms for v in visitors for ms in v.latencies.get(k, [])]) for k in kinds}
    result["latency"]["all interactions"] = stats(interactions)
    result["actions"] = len(everything)
    result["downloads"] = sum(v.downloads for v in visitors)
    result["errors"] = [
        f"server: /_stcore/metrics did not answer within {METRICS_TIMEOUT_S} s ({when})"
        for when, found in result["metrics"].items()
        if found is None
    ] + [f"visitor {v.number}: {e}" for v in visitors for e in v.errors]
    result["visitors_with_errors"] = sum(1 for v in visitors if v.errors)
    baseline, after = result["rss_mb"]["baseline"], result["rss_mb"]["after_expiry"]
    result["rss_back_within_10pct"] = after <= baseline * 1.10
    result["rss_after_vs_baseline_pct"] = round((after / baseline - 1) * 100, 1)
    return result


def markdown(result: dict) -> str:
    s = result["settings"]
    lines = [
        f"{s['sessions']} concurrent Chromium sessions ({s['browsers']} browser processes), arriving over "
        f"{s['ramp']:g} s, each interacting for {s['seconds']} s after its first page, against one server on "
        f"{s['programs']:,} programs; {result['machine']}; {result['date']}.",
        "",
        "| interaction | n | median ms | p95 ms | max ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, values in result["latency"].items():
        if values.get("n"):
            lines.append(
                f"| {kind} | {values['n']} | {values['median_ms']} | {values['p95_ms']} | {values['max_ms']} |"
            )
    rss = result["rss_mb"]
    lines += [
        "",
        "| server RSS | MB |",
        "|---|---:|",
        f"| started (package not loaded) | {rss['started']} |",
        f"| baseline (package loaded, warm-up session expired) | {rss['baseline']} |",
        f"| peak during load | {rss['peak']} |",
        f"| when the sessions closed | {rss['at_close']} |",
        f"| after the sessions expired (TTL {s['ttl']} s + {s['expiry_wait']} s) | {rss['after_expiry']} |",
        "",
        "| Streamlit metrics | active sessions | cache MB |",
        "|---|---:|---:|",
        *(
            f"| {when} | {m['active_sessions']:g} | {m['cache_mb']} |" if m else f"| {when} | no answer | no answer |"
            for when, m in result["metrics"].items()
        ),
        "",
        f"Actions: {result['actions']}, downloads checked: {result['downloads']}, errors: {len(result['errors'])} "
        f"(visitors with errors: {result['visitors_with_errors']}), server tracebacks: "
        f"{result['server_log_tracebacks']}. Server CPU during the load: {result['server_cpu_share_of_one_core']} "
        f"of one core; machine load average {result['load_average_at_start']} when the visitors started. "
        f"RSS after expiry vs baseline: {result['rss_after_vs_baseline_pct']:+}% "
        f"({'within' if result['rss_back_within_10pct'] else 'NOT within'} 10%).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the load test; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--sessions", type=int, default=20, help="concurrent visitors (default 20)")
    parser.add_argument("--seconds", type=int, default=60, help="how long they keep going (default 60)")
    parser.add_argument("--programs", type=int, default=1_000_000, help="synthetic catalogue size")
    parser.add_argument("--browsers", type=int, default=4, help="Chromium processes sharing the visitors")
    parser.add_argument("--ramp", type=float, default=10, help="seconds over which the visitors arrive")
    parser.add_argument("--ttl", type=int, default=15, help="server.disconnectedSessionTTL for this run (s)")
    parser.add_argument("--expiry-wait", type=int, default=30, help="seconds to wait past the TTL")
    parser.add_argument("--data", type=Path, default=None, help="an existing package (skips generation)")
    parser.add_argument("--out", type=Path, default=RESULTS / "load-latest.json")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="mc-load-"))
    data_dir = args.data
    if data_dir is None:
        data_dir = work / f"synthetic-{args.programs}"
        subprocess.run(
            [sys.executable, "-m", "dashboard.synth", "--programs", str(args.programs), "--out", str(data_dir)],
            check=True,
            cwd=server.REPO_ROOT,
        )
    result = asyncio.run(run(args, data_dir, work))
    result["settings"] = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
    result["settings"]["programs"] = args.programs
    result["machine"] = f"{platform.machine()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    result["date"] = time.strftime("%Y-%m-%d %H:%M")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(markdown(result))
    for error in result["errors"][:20]:
        print(f"- {error}")
    print(f"Written to {args.out}")
    return 0 if not result["errors"] and result["rss_back_within_10pct"] else 1


if __name__ == "__main__":
    sys.exit(main())
