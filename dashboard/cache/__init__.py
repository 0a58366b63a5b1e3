"""The caching edge, the only place in `dashboard/` besides the app entry that uses Streamlit.

Thin `st.cache_*` wrappers around the plain functions: one validated data package per server
process, shared by every session (here), and the Programs page's prepared catalogue and
per-filter summaries (`dashboard.cache.programs`).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.data import DataPackage, load_package
from dashboard.paths import data_dir


@st.cache_resource(show_spinner=False)
def _package(directory: str) -> DataPackage:
    # cache_resource, not cache_data: the frames are read-only and shared, so no
    # per-session copy of a million-row catalogue is made.
    return load_package(Path(directory))


def current_package() -> DataPackage:
    """The validated package the app serves (`DASHBOARD_DATA_DIR` or the bundled data)."""
    return _package(str(data_dir()))
