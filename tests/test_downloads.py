"""Every download is built when its button is clicked, never with the page (components/downloads.py).

A file built with the page is fetched by the browser as soon as its button is drawn, on every
rerun; under load that fetch could arrive after Streamlit had deleted the file. What the files
hold, built on click, is checked in the browser (tests/browser/test_downloads_and_keyboard.py,
tests/browser/test_french_in_browser.py).
"""

from __future__ import annotations

import pytest

from tests.apptest_helpers import open_page


@pytest.mark.parametrize(
    ("page", "query"),
    [
        ("programs", {}),
        ("funding", {"region": "ON"}),
        ("data", {"region": "AB"}),
        ("workers", {"lang": "fr"}),
    ],
)
def test_no_download_is_built_with_the_page(page, query):
    at = open_page(page, query=query)
    assert not at.exception
    buttons = list(at.get("download_button"))
    assert buttons, "the page offers downloads"
    built_with_page = [b.proto.label for b in buttons if b.proto.url or not b.proto.deferred_file_id]
    assert built_with_page == []
