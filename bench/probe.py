"""Timing in the page itself: from an action to the end of the rerun plus a painted frame.

A MutationObserver on `[data-testid=stApp]` records every change of `data-test-script-state`
(with its old value, so a rerun too quick for the observer callback is still seen), and
stamps the first animation frame after the script finished.
"""

from __future__ import annotations

import time

from playwright.sync_api import Page

IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
OBSERVER = """
() => {
  if (window.__bench) return;
  window.__bench = {finished: []};
  // Observe the whole body: the element carrying the state is not always the first stApp found.
  new MutationObserver(records => {
    const now = performance.now();
    for (const record of records) {
      if (record.oldValue === 'running') {
        requestAnimationFrame(() => window.__bench.finished.push({at: now, painted: performance.now()}));
      }
    }
  }).observe(document.body, {attributes: true, subtree: true, attributeFilter: ['data-test-script-state'],
               attributeOldValue: true});
}
"""


def wait_idle(page: Page) -> None:
    """Wait for the script to have finished and the fade-in animations to end."""
    page.wait_for_selector(IDLE, timeout=120_000)
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')", timeout=60_000)


def timed_action(page: Page, action) -> float:  # noqa: ANN001 - a callable doing one UI action
    """Milliseconds from just before `action` to the painted frame after the rerun it caused."""
    page.evaluate(OBSERVER)
    start = page.evaluate("() => { window.__bench.finished = []; return performance.now(); }")
    action()
    page.wait_for_function("start => window.__bench.finished.some(f => f.at > start)", arg=start, timeout=120_000)
    painted = page.evaluate("start => window.__bench.finished.find(f => f.at > start).painted", start)
    wait_idle(page)
    return painted - start


def timed_visit(page: Page, url: str) -> float:
    """Milliseconds from navigation start to the page idle with an h1 drawn, plus a painted frame."""
    began = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("h1", timeout=120_000)
    wait_idle(page)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
    return (time.perf_counter() - began) * 1000


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
