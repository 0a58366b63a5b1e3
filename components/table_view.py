"""Large tables: rows streamed to the browser a chunk at a time, and a CSV built only when asked for."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

import polars as pl
import streamlit as st
from streamlit.dataframe import lazy_df_source

from components.downloads import csv_files, download_row
from components.tables import UNKNOWN_CELL
from dashboard.i18n import t


class ColumnSpec(Protocol):
    """What a view says about one column (see dashboard.views.programs.TableColumn)."""

    label: str
    kind: str
    help: str


def _column_config(columns: Mapping[str, ColumnSpec]) -> dict[str, object]:
    config: dict[str, object] = {}
    for name, spec in columns.items():
        help_text = spec.help or None
        if spec.kind == "link":
            # Link cells show fixed text; the URL (already limited to http/https) is the target.
            config[name] = st.column_config.LinkColumn(spec.label, help=help_text, display_text=t("open source"))
        elif spec.kind == "money":
            config[name] = st.column_config.NumberColumn(spec.label, help=help_text, format="dollar")
        elif spec.kind == "number":
            # Not format="plain": in 1.67 it shows 115.0 as 115.00000000000001.
            config[name] = st.column_config.NumberColumn(spec.label, help=help_text)
        elif spec.kind == "bool":
            config[name] = st.column_config.CheckboxColumn(spec.label, help=help_text)
        else:
            config[name] = st.column_config.TextColumn(spec.label, help=help_text)
    return config


# Streamlit's grid draws its header and each row 35 px high, inside a 1 px border (3 px in all).
GRID_ROW_PX = 35
GRID_BORDER_PX = 3
# More rows scroll inside the grid. Streamlit's own height="auto" stops at ten.
MAX_SHOWN_ROWS = 11


def table_height(row_count: int) -> int:
    """The grid's height in pixels for `row_count` rows: all of them and no empty space under a few."""
    return (min(row_count, MAX_SHOWN_ROWS) + 1) * GRID_ROW_PX + GRID_BORDER_PX


def lazy_table(
    rows: pl.LazyFrame, row_count: int, columns: Mapping[str, ColumnSpec], key: str, alt: str, chunk_rows: int
) -> None:
    """A table of a possibly huge lazy query (`row_count` rows): the browser gets the first `chunk_rows`
    rows, then more on scroll.

    `lazy=True` registers the query with the session; Streamlit runs `slice(offset, chunk_rows)`
    on it for each chunk the grid asks for (and sorts server-side on a header click), so neither
    the server nor the browser ever holds a copy of all matching rows. Cell text is shown as text.
    """
    # Streamlit's chunk is 1,000 rows, and the first travels with every rerun for a grid that shows
    # 11: 100 took some 10 ms off each region or filter change on Programs at a million programs
    # (README, Performance). 1.67 has no parameter for it; it reads this constant on each call.
    lazy_df_source.DEFAULT_PAGE_SIZE = chunk_rows
    st.dataframe(
        rows,
        hide_index=True,
        width="stretch",
        height=table_height(row_count),
        column_config=_column_config(columns),
        column_order=list(columns),
        lazy=True,
        placeholder=UNKNOWN_CELL,
        key=key,
        alt=alt,
    )


def csv_download(label: str, build: Callable[[bool], bytes], file_name: Callable[[bool], str], key: str) -> None:
    """The table's CSV (and on a French page its French-convention twin), built on click.

    `build(french_convention)` makes the bytes, `file_name(french_convention)` names them.
    """
    download_row(csv_files(label, build, file_name, key), key=f"downloads-{key}")
