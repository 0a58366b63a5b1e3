"""Headline figures: value, what it measures, its source, and a link to the page behind it."""

from __future__ import annotations

import streamlit as st

from components.page import bordered_cards, unavailable_notice
from components.text import md_escape, md_link
from dashboard.data import DatasetUnavailable
from dashboard.i18n import list_join, t
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
            links = [md_link(s.title, s.url) for s in item.sources[:2]]
            more = len(item.sources) - 2
            if len(links) > 1:
                line = t("Sources: {sources}", sources=list_join(links))
            else:
                line = t("Source: {sources}", sources="".join(links))
            if more > 0:
                line += " " + t("and {n} more", n=more)
            st.markdown(line if links else md_escape(t("Source: not recorded")))
            st.page_link(f"../pages/{item.page}", label=item.page_label, icon=":material/arrow_forward:")
