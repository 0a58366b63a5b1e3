"""Run the real app entry in Streamlit's AppTest, on one page, with one region."""

from __future__ import annotations

import inspect
import json
import re
from types import ModuleType

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from components import navigation, pill_filters
from components.plotly_chart import COMPONENT_NAME
from components.sections import SECTION_PARAM
from dashboard.paths import REPO_ROOT
from tests.page_sections import PAGE_SECTIONS

ENTRY = str(REPO_ROOT / "dashboard" / "app.py")
# The key pages/programs.py gives its pills (components/pill_filters.py).
PROGRAM_PILLS_KEY = "program-pills"
PAGES = {
    "overview": "../pages/overview.py",
    "employers": "../pages/employers.py",
    "workers": "../pages/workers.py",
    "costs": "../pages/costs.py",
    "funding": "../pages/funding.py",
    "programs": "../pages/programs.py",
    "institutions": "../pages/institutions.py",
    "data": "../pages/data.py",
    "about": "../pages/about.py",
}


def open_page(page: str, region: str | None = None, query: dict[str, str] | None = None) -> AppTest:
    """The app after its first full run on `page`, with the region set as a visitor would."""
    at = AppTest.from_file(ENTRY, default_timeout=90)
    if region is not None:
        at.query_params["region"] = region
    for key, value in (query or {}).items():
        at.query_params[key] = value
    # Open the page directly, as a deep link does: the first run is already on it.
    at.switch_page(PAGES[page])
    at.run()
    return at


def open_section(page: str, section: str, region: str | None = None, query: dict[str, str] | None = None) -> AppTest:
    """`open_page` with the page's tab `section` open (`?section=`), failing if the page has no such tab.

    A page draws only its open section (components/sections.py).
    """
    at = open_page(page, region, {**(query or {}), SECTION_PARAM: section})
    refused = [notice.value for notice in at.info if notice.icon == ":material/link_off:"]
    assert not refused, f"{page} has no section {section!r}: {refused}"
    return at


def open_every_section(page: str, region: str | None = None, query: dict[str, str] | None = None) -> list[AppTest]:
    """The page opened on each of its sections in turn (`open_section`), or once if it has none:
    together, all the page shows. Fails if the page draws a tab not in `PAGE_SECTIONS`.
    """
    sections = PAGE_SECTIONS.get(page)
    if sections is None:
        opened = [open_page(page, region, query)]
    else:
        opened = [open_section(page, section, region, query) for section in sections]
    for at in opened:
        # No tabs when the page stopped above them (data it could not load): each run shows the same.
        labels = [tab.label for tab in at.tabs]
        assert not labels or len(labels) == len(sections or ()), f"{page} draws tabs {labels}, not {sections}"
    return opened


def plotly_figures(at: AppTest) -> list[dict]:
    """The figure (Plotly's JSON) of every chart the app's chart component draws on the page."""
    sent = [json.loads(e.proto.json) for e in at.get("bidi_component") if e.proto.component_name == COMPONENT_NAME]
    # The one without a figure only loads plotly.js (`preload_plotly`).
    return [json.loads(data["figure"]) for data in sent if "figure" in data]


def navigation_links(at: AppTest) -> list[dict]:
    """Every link of the sidebar's navigation, as its component received them (label, href, current)."""
    sent = [
        json.loads(e.proto.json)
        for e in at.sidebar.get("bidi_component")
        if e.proto.component_name == navigation.COMPONENT_NAME
    ]
    return [link for data in sent for section in data["sections"] for link in section["links"]]


def pill_choices(at: AppTest) -> dict[str, list[str]]:
    """Programs' pills as the page drew them: the pressed codes of each group, by URL parameter."""
    drawn = [e for e in at.get("bidi_component") if e.proto.component_name == pill_filters.COMPONENT_NAME]
    sent = [json.loads(e.proto.json) for e in drawn]
    assert len(sent) == 1, f"{len(sent)} groups of pills drawn"
    return {group["param"]: group["picked"] for group in sent[0]["groups"]}


def press_pills(at: AppTest, param: str, codes: list[str]) -> AppTest:
    """Run the page as after pressing the pills of `param` until `codes` are the pressed ones.

    AppTest cannot press a component's button; this sets what a press records in the session
    (`components/pill_filters.py`). Real presses, in Chromium, are in the browser tests.
    """
    at.session_state[pill_filters.choices_key(PROGRAM_PILLS_KEY, param)] = codes
    return at.run()


def keyed_container(at: AppTest, key: str) -> Block:
    """The container made with `st.container(key=key)` (its block's id ends with the key)."""
    # Not every block has an id (a tab, say).
    found = [block for block in _blocks(at.main) if getattr(block.proto, "id", "").endswith(f"-{key}")]
    assert len(found) == 1, f"{len(found)} containers keyed {key!r}"
    return found[0]


def _blocks(node: Block) -> list[Block]:
    children = [child for child in node.children.values() if isinstance(child, Block)]
    return children + [block for child in children for block in _blocks(child)]


def texts(at: AppTest) -> str:
    """Every piece of visible text on the page, joined, for 'does the page say X' checks."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "metric"):
        for element in at.get(kind):
            parts.append(str(getattr(element, "value", "")))
            parts.append(str(getattr(element, "label", "")))
    # Data-derived text is Markdown-escaped before display; read it as a visitor sees it.
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))


def open_data_tables(at: AppTest) -> AppTest:
    """Open every chart's "Data table" (drawn only once opened, as a visitor's click does) and rerun."""
    keys = [key for key in at.session_state.keys() if key.startswith("data-table-")]
    assert keys, "no chart data table on this page"
    for key in keys:
        at.session_state[key] = True
    return at.run()


def count_view_calls(monkeypatch: pytest.MonkeyPatch, views: ModuleType, names: list[str] | None = None) -> list[str]:
    """Record the name of each call to a view of `views` (a public function taking `package` first),
    or to each function of `views` named in `names`.

    Each counted view gets a name of its own per call of this helper, so the shared view cache
    (dashboard/cache/views.py, keyed by name) computes it afresh whatever ran before.
    """
    calls: list[str] = []

    def counting(name: str, view):  # noqa: ANN001, ANN202 - any view
        def counted(*args: object, **kwargs: object) -> object:
            calls.append(name)
            return view(*args, **kwargs)

        counted.__qualname__ = f"counted {name} {id(calls)}"
        return counted

    if names is None:
        names = [
            name
            for name, view in vars(views).items()
            if inspect.isfunction(view)
            and view.__module__ == views.__name__
            and not name.startswith("_")
            and next(iter(inspect.signature(view).parameters), None) == "package"
        ]
    for name in names:
        monkeypatch.setattr(views, name, counting(name, getattr(views, name)))
    return calls
