"""Plain data tables with clickable source links, their headers and numbers in the page's language."""

from __future__ import annotations

import polars as pl
import pyarrow as pa
import streamlit as st

from dashboard.i18n import DEFAULT_LANGUAGE, column_label, current_language, format_number, t

MAX_DECIMALS = 4
# What the grid writes in a cell with no value: nothing. Left to itself it writes "None", which
# reads as a value ("no recipient", "no money") where the source simply does not say. The CSV
# leaves the same cells empty.
UNKNOWN_CELL = ""
# Numbers that are not quantities, written as they are: a year with a thousands separator reads "2,023".
PLAIN_NUMBER_COLUMNS = frozenset({"year", "display_order", "label_lat", "label_lon"})


def _number_text(value: float | None) -> str | None:
    """A number written the page's way (`1 234,5` in French), with only the decimals it has."""
    if value is None:
        return None
    if float(value).is_integer():
        return format_number(value, 0)
    decimals = min(len(repr(float(value)).split(".")[1]), MAX_DECIMALS)
    return format_number(value, decimals)


def display_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame as a table shows it: dates as dates; in French, numbers written in French too.

    The grid shows a date column as a timestamp (`2023-02-22 00:00:00`): dates become their
    ISO text, `2023-02-22`, in both languages, as in the CSV. The grid formats numbers with the
    browser's locale, not the page's language, so a French page read in an English browser
    would show `1,234.5`. French tables therefore get their numbers as text, and unknown cells
    blank. Downloads are built from the original frame, never from this one.
    """
    dates = [name for name, dtype in frame.schema.items() if dtype == pl.Date]
    frame = frame.with_columns(pl.col(name).dt.to_string("%Y-%m-%d") for name in dates)
    if current_language() == DEFAULT_LANGUAGE:
        return frame
    numeric = [name for name, dtype in frame.schema.items() if dtype.is_numeric()]
    # Written in this thread, not in a Polars callback: the language is a context variable.
    return frame.with_columns(
        pl.Series(name, [_number_text(v) for v in frame.get_column(name).to_list()], dtype=pl.String)
        for name in numeric
    )


def grid_data(frame: pl.DataFrame) -> pa.Table:
    """`display_frame` as Arrow, the grid's own format.

    Streamlit takes a Polars frame through pandas (some 2 ms of a rerun per table, three tables on
    Funding); an Arrow table it sends as it is. The lazy Programs table reaches the grid as Polars'
    Arrow too.
    """
    return display_frame(frame).to_arrow()


def column_labels(frame: pl.DataFrame, config: dict[str, object] | None = None) -> dict[str, object]:
    """`config` plus a header in the page's language for every other column, whose help names its CSV column.

    Column names are the data's own (`amount_cad`, `source_id`): the CSV keeps them in both
    languages, so that a file reads the same whichever page it came from; only the header
    shown on screen is written for readers ("Amount (CAD)").
    """
    labelled = dict(config or {})
    # Left to itself the grid writes 82561660: on an English page, quantities get the thousands
    # separators of the reader's browser. A French page's numbers come as text (`display_frame`).
    separated = current_language() == DEFAULT_LANGUAGE
    for name, dtype in frame.schema.items():
        if name in labelled:
            continue
        if separated and dtype.is_numeric() and name not in PLAIN_NUMBER_COLUMNS:
            column = st.column_config.NumberColumn(column_label(name), help=csv_column_help(name), format="localized")
        else:
            column = st.column_config.Column(column_label(name), help=csv_column_help(name))
        labelled[name] = column
    return labelled


def csv_column_help(name: str) -> str:
    """A header's help: the column of the CSV download that holds the same values."""
    return t("Column in the CSV: {name}", name=name)


def data_table(frame: pl.DataFrame, key: str, link_columns: tuple[str, ...] = ("source_url", "url")) -> None:
    """`st.dataframe` of the frame; URL columns become links (shown as text, never as HTML)."""
    config = {
        name: st.column_config.LinkColumn(t("Source"), display_text=t("open source"), help=csv_column_help(name))
        for name in link_columns
        if name in frame.columns
    }
    st.dataframe(
        grid_data(frame),
        hide_index=True,
        width="stretch",
        column_config=column_labels(frame, config),
        key=key,
        placeholder=UNKNOWN_CELL,
    )
