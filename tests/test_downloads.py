"""Which downloads are built with the page and which on click (see components/downloads.py).

Building a million-row file on every rerun would cost far more than building it when asked, so
every chart's file and a small selection are built with the page, and only a large table waits
for the click. What the files hold is checked in the browser
(tests/browser/test_downloads_and_keyboard.py).
"""

from __future__ import annotations

from components import downloads
from tests.apptest_helpers import open_page


def buttons(at) -> dict[str, object]:  # noqa: ANN001 - an AppTest
    """Each download button's proto, by label (the first of a repeated label)."""
    found: dict[str, object] = {}
    for element in at.get("download_button"):
        found.setdefault(element.proto.label, element.proto)
    return found


def built_with_page(proto) -> bool:  # noqa: ANN001 - a DownloadButton proto
    return bool(proto.url) and not proto.deferred_file_id


def test_chart_files_and_a_small_selection_are_built_with_the_page():
    at = open_page("programs")
    assert not at.exception
    found = buttons(at)
    catalogue_button = next(p for label, p in found.items() if label.startswith("Download all"))
    chart_csv = found["Download CSV of this chart"]
    chart_zip = found["CSV with sources and licence (zip)"]
    assert all(built_with_page(p) for p in (catalogue_button, chart_csv, chart_zip))


def test_a_table_above_the_limit_is_built_on_click(monkeypatch):
    # The bundled catalogue has 53 programs; a limit of 50 makes it "large".
    monkeypatch.setattr(downloads, "BUILT_WITH_PAGE_MAX_ROWS", 50)
    at = open_page("programs")
    assert not at.exception
    found = buttons(at)
    catalogue_button = next(p for label, p in found.items() if label.startswith("Download all"))
    assert catalogue_button.deferred_file_id and not catalogue_button.url
    # Chart tables stay far below the limit: still built with the page.
    assert built_with_page(found["Download CSV of this chart"])
