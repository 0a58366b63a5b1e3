"""Timing in the page itself: from an action to the end of the rerun it caused, painted and settled.

The end of a rerun is the server's message that the script stopped running. An init script
wraps the page's WebSocket, reads the fields of each incoming ForwardMsg and stamps the
arrival of that message, the next animation frame (the benchmark issue's end: "painted"), and
then the first moment the page's main thread is idle (`requestIdleCallback`: "settled"). Work
the page starts after the message (React's effects, a chart drawing itself) may come after that
frame; it has run by the time the page has settled, whichever way a chart is drawn. (The
`data-test-script-state` attribute is not enough: a rerun quicker than one React render never
shows "running" in the DOM, and the fastest reruns, the floor's, would be missed.)
"""

from __future__ import annotations

import re
import time
from typing import NamedTuple

from playwright.sync_api import Browser, Page, TimeoutError

IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
# A chart's block (`components/chart_block.py`), and the label that opens its data table (English pages).
CHART_BLOCKS = "[class*='st-key-chart-']"
DATA_TABLE = re.compile(r"Data table \(")
# A chart that says it could not be drawn: a page showing one is broken, not fast.
CHART_FAILED = ".mc-plotly-failed"
# True once every chart on the page is drawn: a Plotly chart has its SVG or says it could not be
# drawn, a map has its canvas. Counted by the app's chart blocks, which the page draws at once,
# not by the charts' own elements, which appear only once Streamlit has loaded their code; and by
# st.plotly_chart's element (the chart floor's, which has no block).
CHARTS_DRAWN = (
    """() =>
  [...document.querySelectorAll("[data-testid=stMain] [class*='st-key-chart-'], [data-testid=stPlotlyChart]")]
    .every(chart => chart.querySelector('.js-plotly-plot .main-svg, [data-testid=stDeckGlJsonChart] canvas, """
    + CHART_FAILED
    + """'))"""
)
WEBSOCKET_PROBE = """
(() => {
  const Native = window.WebSocket;
  // `messages` counts every message: one per element drawn, and a few for the run itself.
  window.__bench = {finished: [], messages: 0};
  // Read protobuf fields of bytes[from, to): calls visit(field, wire, start, end) for each.
  function fields(bytes, from, to, visit) {
    let i = from;
    const varint = () => { let v = 0, shift = 0, b; do { b = bytes[i++]; v += (b & 0x7f) * 2 ** shift; shift += 7; }
                           while (b & 0x80 && i < to); return v; };
    while (i < to) {
      const key = varint(), field = Math.floor(key / 8), wire = key & 7;
      if (wire === 0) { const start = i; const value = varint(); visit(field, wire, start, i, value); }
      else if (wire === 2) { const length = varint(); visit(field, wire, i, i + length, null); i += length; }
      else if (wire === 1) i += 8; else if (wire === 5) i += 4; else return;
    }
  }
  // ForwardMsg field 6 is `script_finished`; field 9 is `session_status_changed`, whose
  // field 2 `script_is_running` absent or false means the rerun is over.
  function finishes(buffer) {
    const bytes = new Uint8Array(buffer);
    let done = false;
    fields(bytes, 0, bytes.length, (field, wire, start, end) => {
      if (field === 6 && wire === 0) done = true;
      if (field === 9 && wire === 2) {
        let running = false;
        fields(bytes, start, end, (inner, innerWire, s, e, value) => { if (inner === 2 && value) running = true; });
        if (!running) done = true;
      }
    });
    return done;
  }
  function Probed(...args) {
    const socket = new Native(...args);
    socket.addEventListener('message', event => {
      const at = performance.now();
      window.__bench.messages += 1;
      if (event.data instanceof ArrayBuffer && finishes(event.data)) {
        const entry = {at};
        window.__bench.finished.push(entry);
        requestAnimationFrame(() => {
          entry.painted = performance.now();
          requestIdleCallback(() => { entry.settled = performance.now(); });
        });
      }
    });
    return socket;
  }
  Probed.prototype = Native.prototype;
  for (const name of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Probed[name] = Native[name];
  window.WebSocket = Probed;
})();
"""


def probed_page(browser: Browser, **options: object) -> Page:
    """A page in a new context whose WebSocket is probed from before the app connects."""
    context = browser.new_context(**options)
    context.add_init_script(WEBSOCKET_PROBE)
    return context.new_page()


def wait_idle(page: Page) -> None:
    """Wait for the script to have finished and the fade-in animations to end."""
    page.wait_for_selector(IDLE, timeout=120_000)
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')", timeout=60_000)


class NoRerun(Exception):
    """The action caused no rerun that the page reported in time."""


class Timing(NamedTuple):
    """Milliseconds from an action to the painted frame after its rerun's end (the benchmark issue's
    measure), and to the page settled after it (that frame, then the main thread idle)."""

    painted: float
    settled: float


def timed_action(page: Page, action, timeout_ms: int = 30_000) -> Timing:  # noqa: ANN001 - a UI action
    """The time from just before `action` to the rerun it caused, painted and settled."""
    start = page.evaluate("() => { window.__bench.finished = []; return performance.now(); }")
    action()
    try:
        page.wait_for_function(
            "start => window.__bench.finished.some(f => f.at > start && f.settled)", arg=start, timeout=timeout_ms
        )
    except TimeoutError as error:
        raise NoRerun(str(error)) from error
    ended = page.evaluate("start => window.__bench.finished.find(f => f.at > start && f.settled)", start)
    wait_idle(page)
    return Timing(ended["painted"] - start, ended["settled"] - start)


def timed_visit(page: Page, url: str, ready: str = "h1") -> float:
    """Milliseconds from navigation start to the page idle with `ready` and every chart drawn, settled."""
    began = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(ready, timeout=120_000)
    wait_idle(page)
    page.wait_for_function(CHARTS_DRAWN, timeout=120_000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestIdleCallback(() => r())))")
    elapsed = (time.perf_counter() - began) * 1000
    if page.locator(CHART_FAILED).count():
        raise RuntimeError(f"{url}: a chart could not be drawn")
    return elapsed


def pick_option(page: Page, label: str, option: str):  # noqa: ANN201 - returns the action to time
    """Open the combobox labelled `label` and filter it to `option`; the returned action clicks it.

    Clicking the option, not pressing Enter, leaves no doubt about which option is chosen.
    """
    box = page.get_by_role("combobox", name=label).first
    box.click()
    page.keyboard.type(option)
    target = page.get_by_role("option", name=option, exact=True).first
    target.wait_for()
    return target.click


def press_enter(page: Page):  # noqa: ANN201 - returns the action to time
    """The committing key press, as an action."""
    return lambda: page.keyboard.press("Enter")
