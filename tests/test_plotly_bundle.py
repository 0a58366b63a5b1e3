"""The charts' plotly.js bundle: served by the app, the version plotly.py writes figures for.

`components/plotly_chart.js` draws every chart with plotly.js's basic bundle, a static file of
the app's own (`dashboard/static/`, README there). plotly.py writes figures for the plotly.js it
ships; a bundle of another version could draw them differently or not at all.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import plotly
from streamlit.file_util import get_app_static_dir

from bench.probe import CHART_FAILED, CHARTS_DRAWN
from components.plotly_chart import PLOTLY_BUNDLE
from dashboard.paths import REPO_ROOT

# Streamlit serves the folder named `static` beside the script it runs, the app's entry.
STATIC_DIR = Path(get_app_static_dir(str(REPO_ROOT / "dashboard" / "app.py")))
HEADER_VERSION = re.compile(r"\* plotly\.js (?:\(basic - minified\) )?v(\d+\.\d+\.\d+)")


def bundle_version(path: Path) -> str:
    """The version a plotly.js bundle states in its licence header."""
    found = HEADER_VERSION.search(path.read_text(encoding="utf-8")[:500])
    assert found, f"no plotly.js version in the header of {path}"
    return found.group(1)


def bundle_trace_types() -> set[str]:
    """The trace types the app's bundle registers (its trace modules name themselves)."""
    text = (STATIC_DIR / PLOTLY_BUNDLE).read_text(encoding="utf-8")
    return set(re.findall(r'moduleType:"trace",name:"(\w+)"', text))


def test_the_bundle_is_the_plotly_js_plotly_py_writes_figures_for():
    shipped_with_plotly_py = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    assert bundle_version(STATIC_DIR / PLOTLY_BUNDLE) == bundle_version(shipped_with_plotly_py)
    assert bundle_version(STATIC_DIR / PLOTLY_BUNDLE) in PLOTLY_BUNDLE


def test_the_bundle_registers_the_basic_traces():
    assert bundle_trace_types() == {"bar", "pie", "scatter"}


def test_the_app_serves_the_static_folder_beside_its_entry():
    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableStaticServing"] is True
    assert (STATIC_DIR / PLOTLY_BUNDLE).is_file()


def test_the_benchmark_knows_a_chart_that_could_not_be_drawn():
    script = (REPO_ROOT / "components" / "plotly_chart.js").read_text(encoding="utf-8")
    assert f'notice.className = "{CHART_FAILED.removeprefix(".")}"' in script
    assert CHART_FAILED in CHARTS_DRAWN
