"""The caching edge: besides the server and the app script (`server.py`, `app.py`), the only Streamlit
code in `dashboard/`.

Thin `st.cache_*` wrappers around the plain functions: one validated data package per server
process, shared by every session, its catalogue already prepared for the Programs page (here);
the Programs page's per-filter summaries (`dashboard.cache.programs`); views and chart files
shared across sessions (`dashboard.cache.views`).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.data import DataPackage, load_package
from dashboard.paths import data_dir
from dashboard.views.programs import with_prepared_catalogue


@st.cache_resource(show_spinner=False)
def _package(directory: str) -> DataPackage:
    # cache_resource, not cache_data: the frames are read-only and shared, so no
    # per-session copy of a million-row catalogue is made. The catalogue is kept once, prepared
    # for the Programs page (sorted, with its bands), not twice.
    return with_prepared_catalogue(load_package(Path(directory)))


def current_package() -> DataPackage:
    """The validated package the app serves (`DASHBOARD_DATA_DIR` or the bundled data)."""
    return _package(str(data_dir()))
