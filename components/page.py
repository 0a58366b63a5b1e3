"""Page furniture: heading, notices about the region and about unavailable data."""

from __future__ import annotations

import streamlit as st

from components.text import md_escape
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t
from dashboard.regions import Region


def page_header(title: str, intro: str) -> None:
    """The page's one h1 and its plain-language introduction."""
    st.title(title, anchor=False)
    st.markdown(intro)


def national_only_notice(region: Region) -> None:
    """Say plainly that survey figures are national, when a smaller region is selected."""
    if not region.is_national:
        st.info(
            t(
                "You selected {region}. The surveys on this page were reported for Canada as a whole, "
                "with no provincial breakdown published, so the figures below are national.",
                region=region.name,
            ),
            icon=":material/public:",
        )


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
