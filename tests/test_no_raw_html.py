"""No raw-HTML sinks in the app's code: data-derived text must never reach the browser as markup.

`unsafe_allow_html=True`, `st.html` and an HTML `st.iframe` (or `components.html`) put strings into
the page as HTML; a program title such as `<img src=x onerror=alert(1)>` would run. Comments and
strings are ignored (they may name the sinks to forbid them); only code counts.
"""

from __future__ import annotations

import re

import pytest

from dashboard.paths import REPO_ROOT
from tests.code_scan import code_only, python_files

FORBIDDEN = {
    "unsafe_allow_html=True": re.compile(r"unsafe_allow_html\s*=\s*True"),
    "unsafe_allow_html=<anything but False>": re.compile(r"unsafe_allow_html\s*=\s*(?!False\b)\w"),
    "st.html(": re.compile(r"\bst\s*\.\s*html\s*\("),
    "st.iframe( / components.html(": re.compile(r"\bst\s*\.\s*iframe\s*\(|\bcomponents\s*\.\s*(html|v1)\b"),
}


def sinks(source: str) -> list[str]:
    code = code_only(source)
    return [name for name, pattern in FORBIDDEN.items() if pattern.search(code)]


def test_the_detector_finds_each_sink_and_ignores_comments():
    assert sinks("st.markdown(title, unsafe_allow_html=True)") == [
        "unsafe_allow_html=True",
        "unsafe_allow_html=<anything but False>",
    ]
    assert sinks("st.markdown(title, unsafe_allow_html = flag)") == ["unsafe_allow_html=<anything but False>"]
    assert sinks("st . html(title)") == ["st.html("]
    assert sinks("import streamlit.components.v1 as components") == ["st.iframe( / components.html("]
    assert sinks("st.iframe(page_html, height=1)") == ["st.iframe( / components.html("]
    assert sinks('# never st.html( or unsafe_allow_html=True\nx = "st.html("') == []
    assert sinks("st.markdown(title, unsafe_allow_html=False)") == []


def test_the_scan_covers_the_app():
    files = python_files()
    assert len(files) >= 20
    assert REPO_ROOT / "dashboard" / "app.py" in files


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_no_raw_html_sink(path):
    relative = str(path.relative_to(REPO_ROOT))
    found = sinks(path.read_text(encoding="utf-8"))
    assert not found, f"{relative} uses {found}: render data as text (st.text, st.dataframe, md_escape)"
