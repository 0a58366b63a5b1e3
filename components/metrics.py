"""A row of headline figures, each with a line under it saying what is in it, and its sources."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import streamlit as st

from components.page import bordered_cards
from components.text import MORE_ON_ABOUT_PAGE, md_escape, md_link, sources_text
from dashboard.charts import SourceRef

# Two to a row: a dollar figure such as $151,931,660 needs about 230 pixels at the metric's size,
# more than a quarter of the page's width on a laptop.
PER_ROW = 2
# Sources named on a card; the rest are counted, as under a chart.
SHOWN_SOURCES = 2


class HeadlineLike(Protocol):
    label: str
    value: str
    note: str
    sources: Sequence[SourceRef]


def metric_row(figures: Sequence[HeadlineLike], key: str) -> None:
    """One bordered metric per figure, two to a row (one on a phone), with its note as a caption and
    its sources, if any, under it.

    Labels, values and notes are plain text: they are escaped, because a region name
    or a figure with a `$` must not be read as Markdown or LaTeX.
    """
    with st.container(key=key):
        for card, figure in zip(bordered_cards(len(figures), PER_ROW), figures, strict=True):
            with card:
                st.metric(md_escape(figure.label), md_escape(figure.value))
                st.caption(md_escape(figure.note))
                # A figure made of no row (none promised, say) has no source to name, and is not
                # "not recorded" either. Markdown, not a caption: a caption's faded links fail WCAG's
                # contrast ratio (2.85 against 4.5).
                if figure.sources:
                    links = [md_link(source.title, source.url) for source in figure.sources]
                    st.markdown(sources_text(links, SHOWN_SOURCES, MORE_ON_ABOUT_PAGE))


def region_metric(key: str, figure: HeadlineLike | None) -> None:
    """`figure`, if any, as a card of its own in a slot (`key`) that is there whether or not it is.

    A region's figure leads its page's headline figures, and a card shown for some regions only
    would otherwise move every card below it one place on a region change: the browser would
    build each of them again.
    """
    with st.container(key=key):
        if figure is not None:
            metric_row([figure], key=f"{key}-card")
