"""Every page, in English and in French: loads cleanly (no exception, no console error), titled and
structured (one h1, no skipped heading level, the page's lang), and axe-core (WCAG 2.1 A and AA rules)
finds no serious or critical violation.

Every violation found, whatever its impact, is written to tests/artifacts/axe-<page>.json
(axe-<page>-fr.json for the French page).
"""

from __future__ import annotations

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, click_section, visit
from tests.browser.test_pages_in_browser import PAGES, page_title, with_language
from tests.page_sections import PAGE_SECTIONS, page_of

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}


# Every page opens on its first section; in English its other sections (tables, the map, more charts)
# are checked too, each opened by its tab. The French sections differ in their words, which the runs of
# every section in French check (tests/test_pages_in_french.py).
@pytest.mark.parametrize(("path", "language"), [(path, language) for path in PAGES for language in ("en", "fr")])
def test_page_loads_cleanly_and_accessibly(page, app_url, path, language):
    """Test that a page renders with no exception and no console error, titled and with its lang attribute
    in its language, its headings in order under one h1, and that axe finds no serious or critical WCAG
    2.1 AA violation (every violation is recorded)."""
    visit(page, app_url + with_language(path, language))
    expect(page).to_have_title(page_title(path, language))
    # axe checks the page's lang attribute, which a small component sets once it loads.
    page.wait_for_function(f"document.documentElement.lang === {language!r}", timeout=10_000)
    problems = {path: page_problems(page, path, language)}
    other_sections = PAGE_SECTIONS.get(page_of(path), ())[1:] if language == "en" else ()
    for section in other_sections:
        click_section(page, section)
        problems[f"{path}?section={section}"] = page_problems(page, f"{path}?section={section}", language)
    assert {where: found for where, found in problems.items() if found} == {}, json.dumps(problems, indent=2)
    assert page.console_errors == []


def page_problems(page, path: str, language: str) -> list[str | dict]:
    """What is wrong with the page as it is: a Python exception shown, headings out of order, axe's
    serious and critical violations."""
    problems: list[str | dict] = ["an exception is shown"] if page.locator("[data-testid=stException]").count() else []
    levels = page.evaluate(
        "[...document.querySelectorAll('[data-testid=stMain] h1, [data-testid=stMain] h2,"
        " [data-testid=stMain] h3, [data-testid=stMain] h4')].map(h => Number(h.tagName[1]))"
    )
    if levels.count(1) != 1 or levels[0] != 1:
        problems.append(f"not one h1, first: {levels}")
    if any(b > a + 1 for a, b in zip(levels, levels[1:], strict=False)):
        problems.append(f"heading levels skip: {levels}")
    return problems + axe_blocking(page, path, language)


def axe_blocking(page, path: str, language: str) -> list[dict]:
    """The serious and critical violations axe finds on the page as it is; writes every violation to
    tests/artifacts/axe-<path>[-fr].json."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    report = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [{"target": n["target"], "why": n.get("failureSummary", "")} for n in v["nodes"]][:10],
        }
        for v in results.response["violations"]
    ]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = (re.sub(r"\W+", "-", path.strip("/")) or "overview") + ("" if language == "en" else f"-{language}")
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return [v for v in report if v["impact"] in BLOCKING]
