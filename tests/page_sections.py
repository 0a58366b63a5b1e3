"""Each page's sections (`components/sections.py`), in the order of its tabs, the default first.

A page draws only its open section: a test of everything a page shows opens each section in turn.
`tests/apptest_helpers.open_every_section` and the browser tests fail if a page's tabs differ from
these, so a new section cannot go unchecked.
"""

from __future__ import annotations

from urllib.parse import urlsplit

PAGE_SECTIONS = {
    "employers": ("knowledge", "value", "use", "demand"),
    "workers": ("interest", "weighing", "holders"),
    "costs": ("barriers", "prices", "aid"),
    "funding": ("where", "compared", "map", "when", "announcements", "envelopes", "promises"),
    "programs": ("list", "where", "prices"),
    "institutions": ("institutions", "delivery", "colleges"),
    "data": ("downloads", "dictionary", "changelog"),
}
# Sections with no chart block: tables, the list of programs, the Data page's downloads and tables.
NO_CHART = {"funding": ("announcements", "promises"), "programs": ("list",), "data": PAGE_SECTIONS["data"]}
# The pages with a chart block in at least one section.
CHART_PAGES = [page for page, sections in PAGE_SECTIONS.items() if set(sections) - set(NO_CHART.get(page, ()))]
# A chart block with no Plotly chart: the funding map is pydeck's.
NO_PLOTLY_CHART = {"funding": ("map",)}
# Sections whose chart a province or a group of them has and Canada lacks: the region against the
# rest of Canada. A test of every chart opens them with a province chosen (`CHART_REGION`).
REGION_CHARTS = {"funding": ("compared",)}
CHART_REGION = "ON"


def page_of(url: str) -> str:
    """The page a URL or path opens, as `PAGE_SECTIONS` names it ("/funding?region=AB" -> "funding")."""
    return urlsplit(url).path.strip("/")


def chart_section_keys(page: str, *, plotly: bool = True) -> list[str]:
    """The sections of `page` that hold charts (Plotly's alone unless `plotly` is false), in tab order."""
    left_out = NO_CHART.get(page, ()) + (NO_PLOTLY_CHART.get(page, ()) if plotly else ())
    return [section for section in PAGE_SECTIONS[page] if section not in left_out]
