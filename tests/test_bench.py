"""The benchmark times the page it names (it once timed Programs under the Overview's name)."""

from __future__ import annotations

import pytest

from bench.__main__ import alternate, markdown, shows_page, timing_summary
from bench.probe import Timing
from bench.stats import percentile
from dashboard.paths import REPO_ROOT


@pytest.mark.parametrize(
    ("page_url", "path", "expected"),
    [
        ("http://127.0.0.1:8501/programs?region=CA", "/", False),
        ("http://127.0.0.1:8501/", "/", True),
        ("http://127.0.0.1:8501/?region=ON", "/", True),
        ("http://127.0.0.1:8501", "/", True),
        ("http://127.0.0.1:8501/funding?region=ON", "/funding", True),
        ("http://127.0.0.1:8501/funding", "/programs", False),
    ],
)
def test_a_page_is_recognised_by_its_path_only(page_url, path, expected):
    assert shows_page(page_url, path) is expected


@pytest.mark.parametrize(
    ("count", "rank"),
    [(1, 1), (3, 3), (10, 10), (19, 19), (20, 19), (21, 20), (40, 38), (100, 95)],
)
def test_the_p95_is_the_nearest_rank(count: int, rank: int):
    # Values 1..count, in reverse order: the p95 is the value at the smallest rank covering 95% of them.
    values = [float(value) for value in range(count, 0, -1)]
    assert percentile(values, 0.95) == rank


def test_a_rank_a_hair_above_a_whole_number_is_that_number():
    assert percentile([float(value) for value in range(1, 101)], 0.07) == 7.0


def test_a_timing_summary_keeps_the_settled_and_the_painted_times_apart():
    timings = [Timing(painted=float(n), settled=float(10 * n)) for n in range(1, 21)]
    stats = timing_summary(timings)
    assert (stats["n"], stats["median_ms"], stats["p95_ms"]) == (20, 105.0, 190.0)
    assert (stats["painted_median_ms"], stats["painted_p95_ms"]) == (10.5, 19.0)


def test_the_floor_reruns_after_each_of_the_interaction_s_reruns():
    events: list[str] = []

    def interaction():
        for number in range(3):
            events.append(f"app {number}")
            yield Timing(painted=float(number), settled=float(number))

    def floor_rerun(number: int) -> Timing:
        events.append(f"floor {number}")
        return Timing(painted=100.0 + number, settled=100.0 + number)

    app, floor = alternate(interaction(), floor_rerun, lambda: events.append("to app"))
    assert events == [
        "to app", "app 0", "floor 0", "to app", "app 1", "floor 1", "to app", "app 2", "floor 2", "to app",
    ]  # fmt: skip
    assert [timing.painted for timing in app] == [0.0, 1.0, 2.0]
    assert [timing.painted for timing in floor] == [100.0, 101.0, 102.0]


def _results(interactions: dict[str, dict]) -> dict:
    """A whole results record around `interactions`, as `python -m bench` writes it."""
    rerun = {"median_ms": 100.0, "p95_ms": 120.0, "painted_median_ms": 90.0, "painted_p95_ms": 100.0}
    render = {"median_ms": 500.0, "p95_ms": 600.0}
    private = {"median_ms": 700.0, "p95_ms": 800.0}
    fresh = {"median_ms": 900.0, "p95_ms": 1000.0}
    return {
        "machine": "test",
        "date": "2026-11-30 00:00 UTC",
        "floor": rerun,
        "floor_first_render": render,
        "floor_first_render_private": private,
        "chart_floor": rerun,
        "chart_floor_first_render": render,
        "chart_floor_first_render_private": private,
        "sizes": {
            "1000000": {
                "interactions": interactions,
                "first_render": {"/": render},
                "first_render_private": {"/": private},
                "first_render_new_visitor": {"/": fresh},
                "cold_start_ms": 4000.0,
                "rss_after_load_mb": 400.0,
                "rss_after_load_settled_mb": 390.0,
                "extracts": {"csv_10pct_s": 0.1, "csv_100pct_s": 1.0},
            }
        },
    }


def test_an_interaction_is_read_against_the_floor_measured_beside_it_and_the_run_s_floor():
    measure = {"median_ms": 150.0, "p95_ms": 200.0, "painted_median_ms": 140.0, "painted_p95_ms": 180.0}
    beside = {"median_ms": 130.0, "p95_ms": 160.0, "painted_median_ms": 110.0, "painted_p95_ms": 150.0}
    table = markdown(_results({"programs price": {**measure, "floor_beside": beside}, "region /": measure}))
    rows = {line.split(" | ")[1]: line.split(" | ") for line in table.splitlines() if line.startswith("| 1,000,000 | ")}
    # The run's floor has a painted p95 of 100 ms; the one measured beside the interaction 150 ms.
    assert rows["programs price"][7:11] == ["1.80", "110.0", "150.0", "1.20 |"]
    assert rows["region /"][7:11] == ["1.80", "–", "–", "– |"]


def test_each_first_render_is_in_its_own_column():
    """A new tab (the target's measure), a new tab of a private window, a new visitor: in the order the
    headers name them."""
    table = markdown(_results({}))
    header = next(line for line in table.splitlines() if line.startswith("| programs | page |"))
    assert header.split(" | ")[2:] == [
        "first render, new tab: median ms", "p95 ms", "new tab, private window: median ms", "p95 ms",
        "new visitor (empty cache): median ms", "p95 ms |",
    ]  # fmt: skip
    assert "| 1,000,000 | / | 500.0 | 600.0 | 700.0 | 800.0 | 900.0 | 1000.0 |" in table
    floor = next(line for line in table.splitlines() if line.startswith("| floor "))
    assert floor.split(" | ")[-4:] == ["500.0", "600.0", "700.0", "800.0 |"]


def test_the_readme_shows_the_latest_benchmark_tables():
    """The README's Performance section holds `bench/results/latest.md` as the benchmark wrote it."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    latest = (REPO_ROOT / "bench" / "results" / "latest.md").read_text(encoding="utf-8").strip()
    assert latest in readme
