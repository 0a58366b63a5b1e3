"""A page's sections as tabs: only the open one is drawn, and it is kept in the link (?section=map).

A long page drew every chart, map and table on every rerun, and the browser's main thread, not
the server, set the pace; drawing the open section alone is what brought region changes and first
renders near the framework's floor (README, Performance).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import NamedTuple

import streamlit as st

from components.page import unavailable_notice
from components.url_state import keep_in_url, language_key, seed_from_url
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t

# The same on every page, and left out of the sidebar's links: one page's section means nothing on another.
SECTION_PARAM = "section"


class Section(NamedTuple):
    """One section of a page, both texts translated."""

    tab: str  # short: six tabs must fit a laptop's width, and most of a phone's
    heading: str  # in full, at the top of the open section


@contextmanager
def section_tabs(page: str, sections: Mapping[str, Section]) -> Iterator[str]:
    """Draw `sections` (key -> section, the first open by default) as tabs, and run the body inside
    the open one, given its key: the page draws that section alone.

    A click on another tab reruns the page. The widget has a key per page and language: a tab
    holds its label, and a label drawn in English would stay open under its French name. The open
    section starts with its heading: a tab is not one, and the charts' titles below it are
    third-level headings, which would otherwise follow the page's title with no level between. A
    dataset the section needs that failed validation gets its notice inside the tab, in its place.
    """
    keys, default = list(sections), next(iter(sections))
    labels = {key: section.tab for key, section in sections.items()}
    widget_key = language_key(f"{page}-{SECTION_PARAM}")
    seed_from_url(widget_key, keys, default, t("Tab"), param=SECTION_PARAM, held_as=labels)
    tabs = st.tabs(list(labels.values()), key=widget_key, on_change="rerun")
    open_key, open_tab = next((key, tab) for key, tab in zip(keys, tabs, strict=True) if tab.open)
    keep_in_url(SECTION_PARAM, open_key, default)
    with open_tab:
        st.header(sections[open_key].heading, anchor=False)
        try:
            yield open_key
        except DatasetUnavailable as error:
            unavailable_notice(error)
