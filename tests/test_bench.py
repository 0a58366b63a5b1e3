"""The benchmark times the page it names (it once timed Programs under the Overview's name)."""

from __future__ import annotations

import pytest

from bench.__main__ import shows_page


@pytest.mark.parametrize(
    ("page_url", "path", "expected"),
    [
        ("http://127.0.0.1:8501/programs?region=CA", "/", False),
        ("http://127.0.0.1:8501/", "/", True),
        ("http://127.0.0.1:8501/?region=ON", "/", True),
        ("http://127.0.0.1:8501", "/", True),
        ("http://127.0.0.1:8501/funding?region=ON", "/funding", True),
        ("http://127.0.0.1:8501/funding", "/programs", False),
    ],
)
def test_a_page_is_recognised_by_its_path_only(page_url, path, expected):
    assert shows_page(page_url, path) is expected
