"""Page furniture: heading, notices about the region and about unavailable data."""

from __future__ import annotations

import streamlit as st

from components.text import md_escape
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t


def page_header(title: str, intro: str) -> None:
    """The page's one h1 and its plain-language introduction."""
    st.title(title, anchor=False)
    st.markdown(intro)


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
