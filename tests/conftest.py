"""Shared fixtures: a private copy of the bundled data package that a test may break."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from dashboard.paths import BUNDLED_DATA_DIR


@pytest.fixture
def package_dir(tmp_path: Path) -> Path:
    """A copy of the bundled data package, safe to modify."""
    target = tmp_path / "data"
    shutil.copytree(BUNDLED_DATA_DIR, target)
    return target


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def set_cell(path: Path, record: int, column: str, value: str) -> int:
    """Set `column` of data record `record` (0-based) and return its reported row number.

    The header is row 1, so data record k is reported as row k + 2.
    """
    rows = read_rows(path)
    rows[record + 1][rows[0].index(column)] = value
    write_rows(path, rows)
    return record + 2


def cell(path: Path, record: int, column: str) -> str:
    rows = read_rows(path)
    return rows[record + 1][rows[0].index(column)]
