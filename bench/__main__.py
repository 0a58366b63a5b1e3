"""`python -m bench`: speed and memory of the dashboard at scale, against the framework's floor.

Builds synthetic packages (`dashboard.synth`), starts the app and a trivial Streamlit app
with `streamlit run`, drives Debian's headless Chromium, and writes
bench/results/latest.json and bench/results/latest.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from bench import probe, server
from bench.stats import percentile
from dashboard.data import load_package
from dashboard.extracts import csv_bytes
from dashboard.synth import write_package

RESULTS = Path(__file__).resolve().parent / "results"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
PAGES = ["/", "/employers", "/workers", "/costs", "/funding", "/programs", "/institutions", "/data", "/about"]
# Pages draw only their open section (components/sections.py); the pages above open on their first.
# These are the heaviest of the others, measured the same way: a link opens them (?section=).
OTHER_SECTIONS = ["/funding?section=map", "/programs?section=where"]
REGIONS = ("Ontario", "Canada")  # alternated, so every interaction really changes the region
# The Programs filters by label, with the option each measure picks and drops in turn: the fields
# are a list (some 35 of them), the others pills.
LIST_FILTERS = {"Field": "Health"}
PILL_FILTERS = {"Delivery": "Online", "Price": "Price not published", "Length": "Under 15 hours"}


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values), 1),
        "p95_ms": round(percentile(values, 0.95), 1),
    }


def timing_summary(timings: list[probe.Timing]) -> dict[str, float]:
    """The summary of the settled times, and the median and p95 of the painted ones beside it."""
    painted = summary([timing.painted for timing in timings])
    return {
        **summary([timing.settled for timing in timings]),
        "painted_median_ms": painted["median_ms"],
        "painted_p95_ms": painted["p95_ms"],
    }


MAX_ATTEMPTS = 3
missed_reruns = 0


def attempt(measure) -> probe.Timing:  # noqa: ANN001 - a callable returning one timing
    """One timing, retried when the page reported no rerun (counted and reported, never hidden)."""
    global missed_reruns
    for _ in range(MAX_ATTEMPTS):
        try:
            return measure()
        except probe.NoRerun:
            missed_reruns += 1
    raise RuntimeError(f"no rerun seen in {MAX_ATTEMPTS} attempts")


def shows_page(page_url: str, path: str) -> bool:
    """Whether the tab at `page_url` shows the page at `path` ("/" is the Overview, not every page)."""
    return (urlparse(page_url).path or "/") == path


# Each interaction below yields its timed reruns one at a time, so that the floor's can be taken
# between them (`alternate`). Each needs its page in front when asked for the next.


def region_changes(page: Page, url: str, path: str, reps: int) -> Iterator[probe.Timing]:
    """Region changes on one page through the sidebar selector."""
    probe.wait_idle(page) if shows_page(page.url, path) else page.goto(url + path)
    probe.wait_idle(page)
    for rep in range(reps):
        option = REGIONS[rep % 2]
        yield attempt(lambda option=option: probe.timed_action(page, probe.pick_option(page, "Region", option)))


def multiselect_toggles(page: Page, label: str, option: str, reps: int) -> Iterator[probe.Timing]:
    """Add then remove one option of a Programs filter's list, each a timed rerun."""
    for rep in range(reps):
        if rep % 2 == 0:
            yield attempt(lambda: probe.timed_action(page, probe.pick_option(page, label, option)))
        else:
            box = page.get_by_role("combobox", name=label).first
            box.click()
            page.keyboard.press("Escape")
            box.focus()
            yield attempt(lambda: probe.timed_action(page, lambda: page.keyboard.press("Backspace")))


def pill_toggles(page: Page, label: str, option: str, reps: int) -> Iterator[probe.Timing]:
    """Press then release one pill of a Programs filter, each a timed rerun."""
    pill = page.get_by_role("toolbar", name=label, exact=True).get_by_role("button", name=option, exact=True)
    for _ in range(reps):
        yield attempt(lambda: probe.timed_action(page, pill.click))


def table_toggles(page: Page, url: str, path: str, reps: int) -> Iterator[probe.Timing]:
    """Open then close the data table of the page's first chart block, each a timed rerun."""
    page.goto(url + path)
    probe.wait_idle(page)
    table = page.locator(probe.CHART_BLOCKS).first.get_by_text(probe.DATA_TABLE).first
    for _ in range(reps):
        yield attempt(lambda: probe.timed_action(page, table.click))


def search_edits(page: Page, reps: int) -> Iterator[probe.Timing]:
    """Type a search and commit it with Enter, alternating with clearing it."""
    box = page.get_by_role("textbox", name="Search titles and providers").first
    for rep in range(reps):
        box.fill("health" if rep % 2 == 0 else "")
        yield probe.timed_action(page, probe.press_enter(page))


def alternate(
    app_reruns: Iterator[probe.Timing], floor_rerun: Callable[[int], probe.Timing], to_app: Callable[[], None]
) -> tuple[list[probe.Timing], list[probe.Timing]]:
    """Each of the app's timed reruns, then one of the floor's (`floor_rerun(number)`), in turn.

    The machine's speed drifts during a run and from one run to the next. A floor measured at the
    start of the run, or in the minute before, can meet a faster or slower machine than the
    interaction it is compared with; a floor rerun taken after each of the interaction's meets the
    same one. `to_app` brings the app's page back in front before its next rerun.
    """
    app, floor = [], []
    to_app()
    for timing in app_reruns:
        app.append(timing)
        floor.append(floor_rerun(len(floor)))
        to_app()
    return app, floor


class ReferenceApp:
    """A trivial reference app of the project's own, started and open in a tab of `browser` until closed.

    Used for the floor at the start of a run, and again beside each interaction (`alternate`): the
    machine's speed drifts during a run (on the same code, the delivery filter measured a painted
    median of 133 ms in one run and 177 ms in the next, minutes later). Against a floor measured once
    at the start, a ratio partly measures that drift; against the floor's reruns taken between the
    interaction's own, it measures the app.
    """

    def __init__(self, browser: Browser, app_file: str, log: Path, ready: str) -> None:
        self.browser, self.app_file, self.log, self.ready = browser, app_file, log, ready

    def __enter__(self) -> ReferenceApp:
        self.app = server.start(self.app_file, self.log)
        try:
            self.page = probe.probed_page(self.browser)
            self.page.goto(self.app.url)
            self.page.wait_for_selector(self.ready, timeout=60_000)
            probe.wait_idle(self.page)
        except BaseException:
            self.app.stop()
            raise
        return self

    def rerun(self, number: int) -> probe.Timing:
        """The app's `number`th timed rerun: its select box changed to the other of its two choices."""
        self.page.bring_to_front()
        choice = ("Beta", "Alpha")[number % 2]
        return attempt(lambda: probe.timed_action(self.page, probe.pick_option(self.page, "Choice", choice)))

    def measure(self, reps: int) -> dict[str, float]:
        """The summary of `reps` reruns in a row, the select box alternated between its two choices."""
        return timing_summary([self.rerun(number) for number in range(reps)])

    def __exit__(self, *exc: object) -> None:
        try:
            self.page.context.close()
        finally:
            self.app.stop()


# The floor: one select box, one line of text.
FLOOR_APP, FLOOR_READY = "bench/floor_app.py", "text=Chosen"


# Where a first render is measured: a new tab of the visitor's browser, which has a profile (the
# target is read on it); a new tab of a private window (the only new tab measured before 1 December,
# 06:00 UTC); a new visitor's browser, with an empty cache.
NEW_TAB, PRIVATE_TAB, NEW_VISITOR = "first_render", "first_render_private", "first_render_new_visitor"
# Visits to each page before the measured ones. Chrome compiles a script from the code it kept only
# from the script's third run on (its first stores the file, its second the compiled code): two
# visits, so that a script one page alone loads is compiled from cache in every measured tab.
WARM_UP_VISITS = 2


def first_renders(
    browser: Browser,
    profile: BrowserContext,
    urls: list[str],
    visits: int,
    ready: str = "h1",
    new_visitors: bool = True,
) -> dict[str, dict[str, list[float]]]:
    """Milliseconds to each of `urls` drawn (`ready`, and every chart), `visits` times each: in new tabs
    of `profile` (a browser with a profile), in new tabs of a private window of `browser`, and with
    `new_visitors`, in new visitors' browsers. By where measured (`NEW_TAB`...), then by url.

    A returning visitor has opened the pages before: both windows visit each url `WARM_UP_VISITS`
    times first. Each measured visit is taken in each in turn, the one to go first rotating, so that
    all meet the machine's speed of that moment and none always follows the same one.
    """
    private = browser.new_context()
    try:
        openers = {NEW_TAB: profile.new_page, PRIVATE_TAB: private.new_page}
        for _ in range(WARM_UP_VISITS):
            for url in urls:
                for open_tab in openers.values():
                    tab = open_tab()
                    probe.timed_visit(tab, url, ready)
                    tab.close()
        if new_visitors:
            openers[NEW_VISITOR] = browser.new_page  # a context of its own, closed with the page
        names = list(openers)
        renders: dict[str, dict[str, list[float]]] = {name: {url: [] for url in urls} for name in names}
        for url in urls:
            for visit in range(visits):
                turn = visit % len(names)
                for name in names[turn:] + names[:turn]:
                    tab = openers[name]()
                    renders[name][url].append(probe.timed_visit(tab, url, ready))
                    tab.close()
        return renders
    finally:
        private.close()


def reference_app(browser: Browser, profile: BrowserContext, app_file: str, reps: int, log: Path, ready: str) -> dict:
    """Rerun latency and new-tab first render (until `ready` is drawn) of a trivial reference app, in
    the visitor's browser with a `profile` and in a private window of `browser`."""
    with ReferenceApp(browser, app_file, log, ready) as reference:
        rerun = reference.measure(reps)
        renders = first_renders(browser, profile, [reference.app.url], max(3, reps // 4), ready, new_visitors=False)
        return {"rerun": rerun, **{name: summary(by_url[reference.app.url]) for name, by_url in renders.items()}}


def measure_app(
    browser: Browser,
    profile: BrowserContext,
    data_dir: Path,
    reps: int,
    work: Path,
    full: bool,
    floor_beside: ReferenceApp | None = None,
) -> dict:
    """Everything measured for one catalogue size: first renders in new tabs of `profile` (a browser
    with a profile), of a private window of `browser`, and in new visitors' browsers; with
    `floor_beside`, each interaction's reruns in turn with the floor's."""
    launched = time.perf_counter()
    app = server.start("dashboard/server.py", work / f"app-{data_dir.name}.log", data_dir)
    result: dict = {}
    try:
        page = probe.probed_page(browser, viewport={"width": 1280, "height": 900})
        page.goto(app.url + "/programs")
        page.wait_for_selector("h1", timeout=180_000)
        probe.wait_idle(page)
        result["cold_start_ms"] = round((time.perf_counter() - launched) * 1000, 1)
        result["rss_after_load_mb"] = round(app.rss_mb(), 1)
        result["rss_after_load_settled_mb"] = settled_rss(app)
        interactions: dict[str, dict] = {}

        def measure_beside_floor(name: str, reruns: Callable[[], Iterator[probe.Timing]]) -> None:
            if floor_beside is None:
                interactions[name] = timing_summary(list(reruns()))
                return
            timings, floor = alternate(reruns(), floor_beside.rerun, page.bring_to_front)
            interactions[name] = {**timing_summary(timings), "floor_beside": timing_summary(floor)}

        pages = PAGES + OTHER_SECTIONS if full else ["/", "/funding", "/programs"]
        for path in pages:
            measure_beside_floor(f"region {path}", lambda path=path: region_changes(page, app.url, path, reps))
        if full:
            measure_beside_floor("data table /funding", lambda: table_toggles(page, app.url, "/funding", reps))
        page.goto(app.url + "/programs")
        probe.wait_idle(page)
        for filters, toggles in ((LIST_FILTERS, multiselect_toggles), (PILL_FILTERS, pill_toggles)):
            for label, option in filters.items():
                measure_beside_floor(
                    f"programs {label.lower()}",
                    lambda label=label, option=option, toggles=toggles: toggles(page, label, option, reps),
                )
        measure_beside_floor("programs search", lambda: search_edits(page, reps))
        result["interactions"] = interactions
        page.close()
        # In a profile a page compiles less again: Chrome's trace of a new tab on Employers, 1 December,
        # had plotly.js run in 23 ms against 215 in a private window (README, Performance).
        renders = first_renders(browser, profile, [app.url + path for path in pages], max(3, reps // 4))
        for name, by_url in renders.items():
            result[name] = {path: summary(by_url[app.url + path]) for path in pages}
        if full:
            sessions = [browser.new_context() for _ in range(10)]
            for number, context in enumerate(sessions):
                visitor = context.new_page()
                for path in PAGES + OTHER_SECTIONS:
                    visitor.goto(app.url + path)
                    probe.wait_idle(visitor)
                if number == 0:
                    result["rss_one_session_mb"] = round(app.rss_mb(), 1)
                    result["rss_one_session_settled_mb"] = settled_rss(app)
            result["rss_ten_sessions_mb"] = round(app.rss_mb(), 1)
            result["rss_ten_sessions_settled_mb"] = settled_rss(app)
            result["rss_per_extra_session_mb"] = round(
                (result["rss_ten_sessions_settled_mb"] - result["rss_one_session_settled_mb"]) / 9, 2
            )
            for context in sessions:
                context.close()
    finally:
        app.stop()
    return result


SETTLE_SECONDS = 15


def settled_rss(app: server.Server) -> float:
    """Resident memory once the sessions are idle: Polars' allocator hands freed pages back to
    the system after a few seconds, so an immediate reading also counts memory already freed."""
    time.sleep(SETTLE_SECONDS)
    return round(app.rss_mb(), 1)


def extract_times(data_dir: Path) -> dict[str, float]:
    """Seconds to build the CSV of 10% and of 100% of the catalogue (after filtering)."""
    catalogue = load_package(data_dir).frame("catalogue")
    times = {}
    for share in (0.1, 1.0):
        rows = catalogue.head(int(catalogue.height * share))
        began = time.perf_counter()
        csv_bytes(rows)
        times[f"csv_{int(share * 100)}pct_s"] = round(time.perf_counter() - began, 2)
    return times


def markdown(results: dict) -> str:
    floor = results["floor"]
    lines = [
        f"Machine: {results['machine']}; {results['date']}.",
        "",
        "Reruns are timed to the page settled (the rerun's end, a painted frame, then the page's main thread",
        "idle) and to the painted frame alone (painted), the benchmark issue's measure.",
        "",
        "First render, new tab: a browser with a profile, as a visitor's own is, that has opened each page",
        f"{WARM_UP_VISITS} times: its disk cache holds the app's scripts and the code compiled from them. The",
        "target is read on it. A private window keeps no compiled code (runs before 1 December, 06:00 UTC,",
        'measured it alone, as "new tab"); a new visitor starts with an empty cache.',
        "",
        "| reference app | rerun settled: median ms | p95 ms | painted: median ms | p95 ms "
        "| first render, new tab: median ms | p95 ms | new tab, private window: median ms | p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {name} | {results[key]['median_ms']} | {results[key]['p95_ms']} | "
            f"{results[key]['painted_median_ms']} | {results[key]['painted_p95_ms']} | "
            f"{results[f'{key}_{NEW_TAB}']['median_ms']} | {results[f'{key}_{NEW_TAB}']['p95_ms']} | "
            f"{results[f'{key}_{PRIVATE_TAB}']['median_ms']} | {results[f'{key}_{PRIVATE_TAB}']['p95_ms']} |"
            for name, key in (
                ("floor (one selectbox, one line of text)", "floor"),
                ("chart floor (the same and one Plotly bar chart that changes)", "chart_floor"),
            )
        ),
        "",
        "The floor beside is the floor measured again during that interaction (at the largest size): one of",
        "the floor's reruns after each of the interaction's, so that both meet the machine's speed of that",
        "moment, which drifts during a run. The interaction target (p95 at most 1.5 times the floor's) is",
        "read against it; the ratio to the floor measured at the start of the run is shown beside.",
        "",
        "| programs | interaction | settled: median ms | p95 ms | p95 / floor p95 "
        "| painted: median ms | p95 ms | p95 / floor p95 | floor beside, painted: median ms | p95 ms "
        "| p95 / floor beside p95 |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, measured in results["sizes"].items():
        for name, stats in measured["interactions"].items():
            settled_ratio = stats["p95_ms"] / floor["p95_ms"]
            painted_ratio = stats["painted_p95_ms"] / floor["painted_p95_ms"]
            floor_beside = stats.get("floor_beside")
            beside = (
                f"{floor_beside['painted_median_ms']} | {floor_beside['painted_p95_ms']} "
                f"| {stats['painted_p95_ms'] / floor_beside['painted_p95_ms']:.2f}"
                if floor_beside
                else "– | – | –"
            )
            lines.append(
                f"| {int(size):,} | {name} | {stats['median_ms']} | {stats['p95_ms']} | {settled_ratio:.2f} "
                f"| {stats['painted_median_ms']} | {stats['painted_p95_ms']} | {painted_ratio:.2f} | {beside} |"
            )
    lines += [
        "",
        "| programs | page | first render, new tab: median ms | p95 ms | new tab, private window: median ms "
        "| p95 ms | new visitor (empty cache): median ms | p95 ms |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for size, measured in results["sizes"].items():
        for path, stats in measured[NEW_TAB].items():
            private, fresh = measured[PRIVATE_TAB][path], measured[NEW_VISITOR][path]
            lines.append(
                f"| {int(size):,} | {path} | {stats['median_ms']} | {stats['p95_ms']} | {private['median_ms']} "
                f"| {private['p95_ms']} | {fresh['median_ms']} | {fresh['p95_ms']} |"
            )
    lines += [
        "",
        f"Memory: resident set of the server process, at once and {SETTLE_SECONDS} s later (settled).",
        "",
        "| programs | cold start s | RSS after load MB (settled) | RSS 10 sessions MB (settled) "
        "| per extra session MB | CSV 10% s | CSV 100% s |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, m in results["sizes"].items():
        ten = f"{m['rss_ten_sessions_mb']} ({m['rss_ten_sessions_settled_mb']})" if "rss_ten_sessions_mb" in m else "–"
        lines.append(
            f"| {int(size):,} | {m['cold_start_ms'] / 1000:.1f} | {m['rss_after_load_mb']} "
            f"({m['rss_after_load_settled_mb']}) | {ten} | {m.get('rss_per_extra_session_mb', '–')} | "
            f"{m['extracts']['csv_10pct_s']} | {m['extracts']['csv_100pct_s']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--programs", type=int, default=1_000_000, help="largest catalogue (default 1,000,000)")
    parser.add_argument("--scaling", default="10000,100000", help="smaller sizes for the scaling comparison")
    # 80, not the least of 20: with 20, one slow rerun moved a page's p95 by up to 1.4 times the
    # floor's. A filter's half of picks (its menu open through the rerun) is some 60 ms slower than its
    # half of removals, so the p95 is the picks' slowest few: 3 samples of 40 decide it, 5 of 80.
    parser.add_argument("--reps", type=int, default=80, help="interactions per measure (default 80)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "mc-bench")
    args = parser.parse_args(argv)
    if args.reps % 2:
        # Each measure alternates two choices (two regions, an option on and off) and must end on the
        # one it began with, or the next measure's first pick changes nothing and gets no rerun.
        parser.error("--reps must be even")
    sizes = [int(s) for s in args.scaling.split(",") if s] + [args.programs]
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "reps": args.reps,
        "sizes": {},
    }
    # The profile's folder outlives the browsers: Playwright closes them first, even on an error.
    with (
        tempfile.TemporaryDirectory(prefix="mc-bench-profile-", ignore_cleanup_errors=True) as profile_dir,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        # A visitor's own browser: a profile of its own, new for the run, kept on disk as a browser
        # keeps it. Playwright's contexts of `browser` are private windows.
        profile = playwright.chromium.launch_persistent_context(profile_dir, executable_path=CHROMIUM, args=FLAGS)
        # The floor: the least any Streamlit rerun costs here. The chart floor: the least a page
        # with one Plotly chart costs, for reading the chart pages' numbers against.
        floor = reference_app(browser, profile, FLOOR_APP, args.reps, args.work / "floor.log", FLOOR_READY)
        chart_floor = reference_app(
            browser,
            profile,
            "bench/chart_floor_app.py",
            args.reps,
            args.work / "chart-floor.log",
            ".js-plotly-plot .main-svg",
        )
        for key, measured in (("floor", floor), ("chart_floor", chart_floor)):
            results[key] = measured["rerun"]
            results[f"{key}_{NEW_TAB}"], results[f"{key}_{PRIVATE_TAB}"] = measured[NEW_TAB], measured[PRIVATE_TAB]
        for size in sizes:
            data_dir = args.work / f"synthetic-{size}"
            # Written afresh every run (seconds): a package kept from an earlier run could predate
            # a change to the bundled data it copies.
            shutil.rmtree(data_dir, ignore_errors=True)
            write_package(size, data_dir)
            full = size == args.programs
            # Even, as --reps: every measure leaves its choice where it found it.
            reps = args.reps if full else max(6, args.reps // 4 * 2)
            if full:
                # The targets are at the full size: there, each interaction is measured beside the floor.
                with ReferenceApp(browser, FLOOR_APP, args.work / "floor-beside.log", FLOOR_READY) as floor_beside:
                    measured = measure_app(browser, profile, data_dir, reps, args.work, full, floor_beside)
            else:
                measured = measure_app(browser, profile, data_dir, reps, args.work, full)
            measured["extracts"] = extract_times(data_dir)
            results["sizes"][str(size)] = measured
            sys.stdout.write(f"measured {size:,} programs\n")
        profile.close()
        browser.close()
    results["missed_reruns_retried"] = missed_reruns
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    table = markdown(results)
    (RESULTS / "latest.md").write_text(table, encoding="utf-8")
    sys.stdout.write(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
