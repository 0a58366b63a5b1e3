"""A row of headline figures, each with a line under it saying what is in it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import streamlit as st

from components.text import md_escape


class HeadlineLike(Protocol):
    label: str
    value: str
    note: str


def metric_row(figures: Sequence[HeadlineLike], key: str) -> None:
    """One bordered metric per figure, side by side where the screen allows, with its note as a caption.

    Labels, values and notes are plain text: they are escaped, because a region name
    or a figure with a `$` must not be read as Markdown or LaTeX.
    """
    with st.container(key=key, horizontal=True, gap="small"):
        for figure in figures:
            with st.container(border=True, width=260):
                st.metric(md_escape(figure.label), md_escape(figure.value))
                st.caption(md_escape(figure.note))
