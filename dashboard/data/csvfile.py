"""Read one CSV file of the package as text columns, reporting why it cannot be read."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import polars as pl

from dashboard.data.problems import Problem, file_problem

UTF8_BOM = b"\xef\xbb\xbf"
ROW_COLUMN = "_row"
FILE_COLUMN = "_file"


def _first_structural_problem(text: str, file: str) -> Problem:
    """Slow path, only for files Polars refused: find the record where the structure breaks."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        return file_problem(file, f"cannot read the header row ({exc})")
    record_number = 1
    try:
        for record_number, record in enumerate(reader, start=2):
            if len(record) != len(header):
                return Problem(file, str(record_number), "-", f"has {len(record)} fields, the header has {len(header)}")
    except csv.Error:
        return Problem(file, str(record_number + 1), "-", "unterminated quoted field (the file looks truncated)")
    if text.count('"') % 2:
        return file_problem(file, "unterminated quoted field (the file looks truncated)")
    return file_problem(file, "is not a well-formed CSV file")


def read_text_table(path: Path, file: str) -> tuple[pl.DataFrame | None, list[Problem]]:
    """All cells as strings (empty -> null), plus `_file` and `_row` columns for error reports.

    A UTF-8 byte order mark and Windows line endings are accepted: spreadsheet
    programs write them, and they change no value.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, [file_problem(file, "file is missing")]
    except OSError as exc:
        return None, [file_problem(file, f"cannot be read ({exc.strerror})")]
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    # Checks that scan the bytes without copying them: at a million rows a copy costs 0.1 s each.
    if not data or data.isspace():
        return None, [file_problem(file, "file is empty")]
    if not data.isascii():  # ASCII is UTF-8; anything else is decoded once to find a bad byte
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            return None, [Problem(file, str(line), "-", f"not UTF-8 text (byte 0x{data[exc.start]:02x})")]
    try:
        frame = pl.read_csv(
            io.BytesIO(data),
            infer_schema=False,
            has_header=True,
            quote_char='"',
            eol_char="\n",
            truncate_ragged_lines=False,
        )
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError, pl.exceptions.ShapeError):
        return None, [_first_structural_problem(data.decode("utf-8"), file)]
    # A quote is one byte in UTF-8 and never part of another character: counting bytes is counting quotes.
    if b'"' in data and data.count(b'"') % 2:
        return None, [file_problem(file, "unterminated quoted field (the file looks truncated)")]
    # Windows line endings leave a trailing carriage return on the last column.
    last = frame.columns[-1]
    frame = frame.rename({last: last.rstrip("\r")}).with_columns(pl.col(last.rstrip("\r")).str.strip_suffix("\r"))
    frame = frame.with_columns(pl.all().replace("", None))
    return (
        frame.with_row_index(ROW_COLUMN, offset=2).with_columns(
            pl.col(ROW_COLUMN).cast(pl.Int64), pl.lit(file).alias(FILE_COLUMN)
        ),
        [],
    )
