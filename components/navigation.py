"""Sidebar navigation by section, built from page links.

Streamlit's own sectioned sidebar nav nests list items inside a <div> within the <ul>,
which screen readers announce as a broken list (axe: list, listitem). Page links keep
the sections as headings and the links as plain, keyboard-reachable anchors.
"""

from __future__ import annotations

import streamlit as st

from components.sections import SECTION_PARAM


def sidebar_navigation(slot: st.delta_generator.DeltaGenerator, sections: dict[str, list[st.Page]]) -> None:
    """A heading per section and a link per page, in `slot`, each link keeping the query string but the
    page's open section."""
    # Every value of every parameter: to_dict() keeps only the last of a repeated key
    # (two fields chosen on Programs would come back as one after following a link).
    current_query = {key: st.query_params.get_all(key) for key in st.query_params if key != SECTION_PARAM}
    with slot:
        for section, pages in sections.items():
            # Section names arrive translated (the app entry builds them with t()).
            st.markdown(f"**{section}**")
            for page in pages:
                st.page_link(page, label=page.title, icon=page.icon, query_params=current_query)
