"""The URL that reopens the current view, for extracts' metadata."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st


def current_view_url() -> str | None:
    """This page's address with the current query string (region, filters)."""
    base = st.context.url
    if not base:
        return None
    query = urlencode(st.query_params.to_dict())
    return f"{base}?{query}" if query else base
