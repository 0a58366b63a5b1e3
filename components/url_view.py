"""The URL that reopens the current view, for extracts' metadata."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st


def current_view_url() -> str | None:
    """This page's address with the current query string (region, filters), every value of a repeated parameter."""
    base = st.context.url
    if not base:
        return None
    # Not to_dict(): it keeps only the last value of `?field=Health&field=Business`.
    query = urlencode([(key, value) for key in st.query_params for value in st.query_params.get_all(key)])
    return f"{base}?{query}" if query else base
