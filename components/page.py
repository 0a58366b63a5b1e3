"""Page furniture: heading, notices about the region and about unavailable data."""

from __future__ import annotations

from collections.abc import Iterator

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.text import md_escape
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t


def page_header(title: str, intro: str) -> None:
    """The page's one h1 and its plain-language introduction."""
    st.title(title, anchor=False)
    st.markdown(intro)


def bordered_cards(count: int, per_row: int) -> Iterator[DeltaGenerator]:
    """`count` bordered cards in rows of `per_row`, each as wide as its column.

    Columns, not a wrapping row of fixed-width cards: Streamlit stacks columns on a phone, so
    each card takes the screen's width there instead of a fixed part of it.
    """
    for start in range(0, count, per_row):
        if count - start >= per_row:
            # The columns' own border, not a bordered container in each: one element fewer per card
            # for the browser to render again on every rerun.
            yield from st.columns(per_row, border=True)
        else:
            # A short last row: its cards keep a column's width, and no empty bordered column follows.
            for column in st.columns(per_row)[: count - start]:
                yield column.container(border=True)


def region_notice(key: str, notice: str | None) -> None:
    """`notice`, if any, in a slot of its own (`key`) that is there whether or not the notice is.

    A notice shown for some regions only would otherwise move every element below it one place on
    a region change, and the browser would build each of them again: a page's table, its charts.
    """
    with st.container(key=key):
        if notice:
            st.info(md_escape(notice), icon=":material/info:")


def unavailable_notice(error: DatasetUnavailable) -> None:
    """A clear notice in place of what depends on a dataset that failed validation."""
    st.warning(
        t(
            "The **{name}** data could not be loaded, so this part of the page is not shown. "
            "The rest of the dashboard still works. Details: {reason}",
            name=md_escape(error.name),
            reason=md_escape(error.reason),
        ),
        icon=":material/warning:",
    )
