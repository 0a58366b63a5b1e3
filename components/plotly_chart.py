"""A Plotly figure drawn in the page by the app's own chart component (`plotly_chart.js`).

The component keeps its chart across reruns and updates it in place with `Plotly.react`, and
loads plotly.js's basic bundle, served from `dashboard/static/` (Streamlit's static serving,
`server.enableStaticServing` in `.streamlit/config.toml`), or uses the one the page's HTML shell
started loading (`dashboard/page_shell.py`). `st.plotly_chart` draws a changed
figure twice from scratch and loads the full bundle; README "Performance" has the measurements.
Its toolbar offers the chart as a picture with its title and sources, and full screen (README
"Downloads").
"""

from __future__ import annotations

from typing import TypedDict

import plotly.graph_objects as go
import streamlit as st

from components.bundled import bundled_component
from components.state import REGION_KEY
from dashboard.i18n import t
from dashboard.memo import per_object
from dashboard.page_shell import PLOTLY_BUNDLE
from dashboard.regions import CANADA

# The class of the element that holds one drawn chart, for tests and the benchmark.
CHART_CLASS = "mc-plotly-chart"
# Set once a session's page has started loading plotly.js (`preload_plotly`).
PRELOADED_KEY = "_plotly_preloaded"
# The app's own chart component: its name is how Streamlit tells it from any other component.
COMPONENT_NAME = "microcredentials_plotly_chart"
# plotly.js 4 offers to upload a chart to Plotly Cloud ("Share chart...") unless told not to: a
# visitor's click must never send the data to a third party.
PLOTLY_CONFIG = {
    "displaylogo": False,
    "responsive": False,
    "showSendToCloud": False,
    # Plotly's own picture button is replaced by the component's, which adds the title and sources.
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
}

# Not isolated in a shadow root: plotly.js puts its styles (hover labels, mode bar) in the page's head.
_component = bundled_component(COMPONENT_NAME, "plotly_chart", isolate_styles=False)


class Picture(TypedDict):
    """What a chart's picture (PNG) shows around the chart, and the file's name (`{region}` left to fill in)."""

    title: str
    subtitle: str
    source: str
    fileName: str  # noqa: N815 (read as is by plotly_chart.js)


@per_object
def figure_json(figure: go.Figure) -> str:
    """The figure as plotly.js reads it, written once per figure: a shared chart's figure is never
    changed (`dashboard.cache.views`), and Plotly copies the whole figure to write it."""
    return figure.to_json()


def plotly_chart(figure: go.Figure, key: str, label: str, picture: Picture) -> None:
    """Draw `figure` under a stable `key`; `label` is its text alternative (the chart's takeaway).

    Its mode bar offers its `picture`, with the title and sources around it, and full screen.
    """
    _component(
        key=key,
        data={
            "figure": figure_json(figure),
            "label": label,
            "config": PLOTLY_CONFIG,
            "bundle": PLOTLY_BUNDLE,
            "className": CHART_CLASS,
            "failed": t("This chart could not be drawn. Its data table and CSV below hold the same figures."),
            "fullscreen": t("Full screen"),
            "picture": {
                **picture,
                "button": t("Download as a picture (PNG)"),
                "credit": t("Microcredentials in Canada: {url}"),
                "regionParam": REGION_KEY,
                "defaultRegion": CANADA,
            },
        },
    )


def preload_plotly(slot: st.delta_generator.DeltaGenerator) -> None:
    """Start loading plotly.js in `slot` (the sidebar, drawn before the page) on a session's first page
    with charts.

    The charts come late in a run; loading the bundle when the first of them arrives left the
    browser idle while it waited for them, then busy with plotly.js after (a new tab on Employers:
    the bundle was asked for 0.3 s after the run's last message). Once only: the page keeps the
    bundle, and an element on every run is one more for the browser to render on every rerun.
    A page opened at its own address has its HTML shell start sooner (`dashboard/page_shell.py`);
    this is for a session that opens a page with charts from one without, and for `streamlit run
    dashboard/app.py`, which serves no shells.
    """
    if st.session_state.get(PRELOADED_KEY):
        return
    with slot:
        _component(key="plotly-preload", data={"bundle": PLOTLY_BUNDLE})
    st.session_state[PRELOADED_KEY] = True
