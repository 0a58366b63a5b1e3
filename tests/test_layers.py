"""Streamlit stays at the edges: `dashboard/` is plain Python but for its entry and caching edge.

The README's Layout table promises it: `dashboard/server.py` is the server, `dashboard/app.py`
the app script it runs, and `dashboard/cache/` their caching edge (thin `st.cache_*` wrappers); every other module of
`dashboard/` is tested without Streamlit. Reusable rendering lives in `components/`.
"""

from __future__ import annotations

import re

import pytest

from dashboard.paths import REPO_ROOT
from tests.code_scan import code_only, python_files

STREAMLIT_IMPORT = re.compile(r"\b(import streamlit|from streamlit\b)")
EDGES = ("dashboard/server.py", "dashboard/app.py", "dashboard/cache/")


def relative_paths() -> list[str]:
    return [str(p.relative_to(REPO_ROOT)) for p in python_files()]


def core_files() -> list[str]:
    return [p for p in relative_paths() if p.startswith("dashboard/") and not p.startswith(EDGES)]


def test_the_detector_finds_an_import_and_ignores_comments():
    assert STREAMLIT_IMPORT.search(code_only("import streamlit as st\n"))
    assert STREAMLIT_IMPORT.search(code_only("from streamlit.runtime import exists\n"))
    assert not STREAMLIT_IMPORT.search(code_only('# import streamlit\nx = "from streamlit import y"\n'))


def test_the_core_is_most_of_dashboard():
    assert len(core_files()) >= 20


@pytest.mark.parametrize("path", core_files())
def test_no_streamlit_in_the_plain_python_core(path):
    source = (REPO_ROOT / path).read_text(encoding="utf-8")
    assert not STREAMLIT_IMPORT.search(code_only(source)), (
        f"{path} imports Streamlit: move it to dashboard/cache/ or components/"
    )


STREAMLIT_USE = re.compile(r"\bst\s*\.\s*(\w+)")
CACHING = {"cache_data", "cache_resource"}


def cache_files() -> list[str]:
    return [p for p in relative_paths() if p.startswith("dashboard/cache/")]


def test_the_use_detector_names_each_streamlit_call():
    assert STREAMLIT_USE.findall(code_only("@st.cache_resource\ndef f():\n    st.markdown('x')\n")) == [
        "cache_resource",
        "markdown",
    ]


@pytest.mark.parametrize("path", cache_files())
def test_the_caching_edge_uses_streamlit_only_to_cache(path):
    """The caching edge is thin wrappers: a widget, a message or session state there belongs in components/."""
    used = set(STREAMLIT_USE.findall(code_only((REPO_ROOT / path).read_text(encoding="utf-8"))))
    assert used <= CACHING, f"{path} uses st.{sorted(used - CACHING)}: move that to components/"
