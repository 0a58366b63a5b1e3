"""Headline figures: value, what it measures, its source, and a link to the page behind it."""

from __future__ import annotations

import streamlit as st

from components.page import bordered_cards, unavailable_notice
from components.text import MORE_ON_ABOUT_PAGE, md_escape, md_link, sources_text
from dashboard.data import DatasetUnavailable
from dashboard.views.overview import Headline

COLUMNS = 3


def headline_grid(items: list[Headline | DatasetUnavailable]) -> None:
    """Cards in rows of three (one column on a phone, where Streamlit stacks columns)."""
    for card, item in zip(bordered_cards(len(items), COLUMNS), items, strict=True):
        with card:
            if isinstance(item, DatasetUnavailable):
                unavailable_notice(item)
                continue
            # The label is long on purpose (it says exactly what is counted), so it goes under the
            # value as text instead of the metric's one-line, truncated label.
            st.metric(label=item.label, value=item.value, label_visibility="collapsed")
            st.markdown(md_escape(item.label))
            st.markdown(sources_text([md_link(s.title, s.url) for s in item.sources], 2, MORE_ON_ABOUT_PAGE))
            st.page_link(f"../pages/{item.page}", label=item.page_label, icon=":material/arrow_forward:")
