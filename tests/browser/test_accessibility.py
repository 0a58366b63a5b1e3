"""axe-core (WCAG 2.1 A and AA rules) on every page, in English and in French: no serious or critical violation.

Every violation found, whatever its impact, is written to tests/artifacts/axe-<page>.json
(axe-<page>-fr.json for the French page).
"""

from __future__ import annotations

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import ARTIFACTS, click_section, visit
from tests.browser.test_pages_in_browser import PAGES
from tests.page_sections import PAGE_SECTIONS, page_of

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}


# Every page opens on its first section; in English its other sections (tables, the map, more charts)
# are checked too, each opened by its tab: the French page differs in its words, which the pages' runs
# check.
@pytest.mark.parametrize(("path", "language"), [(path, language) for path in PAGES for language in ("en", "fr")])
def test_no_serious_or_critical_axe_violations(page, app_url, path, language):
    """Test that axe finds no serious or critical WCAG 2.1 AA violation, and record the rest."""
    visit(page, f"{app_url}{path}?lang={language}")
    # axe checks the page's lang attribute, which a small component sets once it loads.
    page.wait_for_function(f"document.documentElement.lang === {language!r}", timeout=10_000)
    blocking = {path: axe_blocking(page, path, language)}
    other_sections = PAGE_SECTIONS.get(page_of(path), ())[1:] if language == "en" else ()
    for section in other_sections:
        click_section(page, section)
        blocking[f"{path}?section={section}"] = axe_blocking(page, f"{path}?section={section}", language)
    assert {where: found for where, found in blocking.items() if found} == {}, json.dumps(blocking, indent=2)


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
