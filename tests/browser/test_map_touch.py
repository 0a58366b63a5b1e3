"""A one-finger swipe on the funding map, on a phone: the page scrolls past the map, the map stays put.

Found on a phone walk-through: at 390 px the map is nearly as wide as the screen, and a vertical swipe
that started on it panned the map (Canada slid out of view, with no way back) instead of scrolling the
page. The swipe is a real touch gesture (CDP touch events in a mobile, touch-enabled context), so the
browser itself decides whether to scroll, as a phone's would.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

import pytest
from PIL import Image, ImageChops
from playwright.sync_api import Browser, Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import visit

pytestmark = pytest.mark.browser

MAP = "[class*='st-key-chart-funding-map'] [data-testid=stDeckGlJsonChart]"
SWIPE = 300  # pixels, upward: a finger pushing the page up to read on
# The element that scrolls the page: the map's nearest scrollable ancestor (Streamlit's stMain).
SCROLLER = """map => {
  for (let e = map.parentElement; e; e = e.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight) return e;
  }
  return document.scrollingElement;
}"""
TOOLTIP = "() => { const t = document.querySelector('.deck-tooltip');"
TOOLTIP += " return t && getComputedStyle(t).display !== 'none' ? t.innerText : null; }"


@dataclass
class Swipe:
    scrolled_from: float
    scrolled_to: float
    map_before: Image.Image
    map_after: Image.Image
    started_on_map: bool


def settled_screenshot(element: Locator) -> Image.Image:
    """The element's picture once two in a row agree: the map draws its layers after its canvas appears."""
    last = element.screenshot(animations="disabled")
    for _ in range(20):
        time.sleep(0.25)
        shot = element.screenshot(animations="disabled")
        if shot == last:
            return Image.open(BytesIO(last)).convert("RGB")
        last = shot
    raise AssertionError("the map's picture never settled: it kept changing for 5 s")


def settled_scroll_top(page: Page) -> float:
    """The page's scroll position once it has stopped moving (a fling runs on after the finger lifts)."""
    last = scroll_top(page)
    for _ in range(30):
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        now = scroll_top(page)
        if now == last:
            return now
        last = now
    raise AssertionError("the page kept scrolling")


def scroll_top(page: Page) -> float:
    return page.locator(MAP).evaluate(f"map => ({SCROLLER})(map).scrollTop")


def set_scroll_top(page: Page, value: float) -> None:
    page.locator(MAP).evaluate(f"(map, value) => {{ ({SCROLLER})(map).scrollTop = value; }}", value)


def differing_share(first: Image.Image, second: Image.Image) -> float:
    """The share of pixels that differ between two pictures of the same size."""
    assert first.size == second.size
    box = ImageChops.difference(first, second).convert("L").point(lambda v: 255 if v > 16 else 0)
    return box.histogram()[255] / (first.width * first.height)


@pytest.fixture(scope="module")
def phone_page(browser: Browser, app_url: str) -> Iterator[Page]:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True, device_scale_factor=2
    )
    page = visit(context.new_page(), app_url + "/funding?region=CA&section=map")
    page.locator(MAP + " canvas").wait_for(timeout=30_000)
    yield page
    context.close()


@pytest.fixture(scope="module")
def swipe(phone_page: Page) -> Swipe:
    """Bring the map's top 80 px below the top of the screen, then swipe up 300 px from near its foot."""
    page, element = phone_page, phone_page.locator(MAP)
    page.locator(MAP).evaluate(f"map => {{ ({SCROLLER})(map).scrollTop += map.getBoundingClientRect().top - 80; }}")
    box = element.bounding_box()
    assert box is not None and box["height"] > SWIPE + 60, box
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] - 40
    started_on_map = page.evaluate(
        "([x, y, selector]) => document.querySelector(selector).contains(document.elementFromPoint(x, y))",
        [x, y, MAP],
    )
    before, scrolled_from = settled_screenshot(element), scroll_top(page)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for step in range(1, 11):
        cdp.send(
            "Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y - SWIPE * step / 10}]}
        )
        time.sleep(0.03)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    scrolled_to = settled_scroll_top(page)
    # Back to where the map was, to picture it in the same place of the screen.
    set_scroll_top(page, scrolled_from)
    after = settled_screenshot(element)
    return Swipe(scrolled_from, scrolled_to, before, after, started_on_map)


def test_the_swipe_starts_on_the_map(swipe):
    """Test the test: the finger went down on the map itself, not on the margin beside it."""
    assert swipe.started_on_map


def test_a_swipe_on_the_map_leaves_the_map_s_view_as_it_was(swipe):
    """Test that a one-finger swipe on the map at 390 px does not pan it: it was panned out of view."""
    changed = differing_share(swipe.map_before, swipe.map_after)
    assert changed < 0.01, f"{changed:.1%} of the map's pixels changed: the swipe moved the map"


def test_a_swipe_on_the_map_scrolls_the_page(swipe):
    """Test that a one-finger upward swipe that starts on the map at 390 px scrolls the page down."""
    assert swipe.scrolled_to - swipe.scrolled_from >= SWIPE / 2, (swipe.scrolled_from, swipe.scrolled_to)


def test_a_tap_on_a_province_still_shows_its_tooltip(phone_page, swipe):
    """Test that, on a phone, a tap on a province shows its tooltip (its name and values in text)."""
    box = phone_page.locator(MAP).bounding_box()
    # Points on the southern provinces, where the map is land from side to side.
    shown = None
    for across in (0.3, 0.5, 0.64, 0.75):
        phone_page.touchscreen.tap(box["x"] + box["width"] * across, box["y"] + box["height"] * 0.84)
        try:
            shown = phone_page.wait_for_function(TOOLTIP, timeout=2_000).json_value()
            break
        except PlaywrightTimeout:
            continue
    assert shown and "\n" in shown, shown
