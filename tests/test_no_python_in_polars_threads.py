"""No Python callback runs on Polars' worker threads: they froze the whole server under load.

A `map_elements` (or `map_batches`, `map_groups`, `fold`, `reduce`...) callback is called from
Polars' worker threads, which must take the GIL to run it. Another session's Polars call
(`hash_rows`, `to_pandas`) holds the GIL while it waits for those same worker threads: neither
moves again. `bench/load.py` caught it with 20 visitors: every thread idle, the two Polars workers
waiting for the GIL, `/_stcore/health` silent for good. Text made in Python is built row by row in
the script's own thread instead (`dashboard/views/funding.py`, `_text`).
"""

from __future__ import annotations

import re

import pytest

from dashboard.paths import REPO_ROOT
from tests.code_scan import code_only, python_files

# Every Polars API that calls back into Python.
CALLBACK = re.compile(
    r"\.\s*(map_elements|map_batches|map_groups|map_rows|rolling_map|fold|reduce|cum_fold|cum_reduce)\s*\("
)


def callbacks(source: str) -> list[str]:
    return CALLBACK.findall(code_only(source))


def test_the_detector_finds_a_callback_and_ignores_comments_and_strings():
    assert callbacks('pl.col("amount").map_elements(format_cad, pl.String)') == ["map_elements"]
    assert callbacks("frame.group_by('code').map_groups(f)") == ["map_groups"]
    assert callbacks('# never .map_elements(\nhelp = ".map_batches("') == []
    assert callbacks("pl.fold(acc=pl.lit(0), function=add, exprs=columns)") == ["fold"]
    assert callbacks("pl.col('amount').round(0)") == []


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_no_python_callback_in_a_polars_query(path):
    found = callbacks(path.read_text(encoding="utf-8"))
    assert not found, f"{path.relative_to(REPO_ROOT)} calls {found}: build the column in Python, row by row"
