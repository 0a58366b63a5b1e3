"""A listing table with a title, a caption, links that open the source, and a CSV download."""

from __future__ import annotations

import polars as pl
import streamlit as st

from components.downloads import csv_files, download_row
from components.tables import UNKNOWN_CELL, column_labels, csv_column_help, grid_data
from components.text import md_escape
from dashboard.extracts import csv_bytes, extract_file_name
from dashboard.i18n import DEFAULT_LANGUAGE, column_label, current_language, t

# A link cell shows the site's host name: it says where the link goes before it is followed.
LINK_HOST = r"https?://(?:www\.)?([^/]+)"


def listing_table(
    title: str,
    caption: str,
    table: pl.DataFrame,
    key: str,
    region_code: str,
    empty_text: str,
    link_column: str | None = None,
    extract: pl.DataFrame | None = None,
) -> None:
    """Render the listing; columns ending in `_cad` show as dollars, `link_column` as links.

    Links come as text cells that the browser opens; nothing in a cell is read as HTML.
    The CSV holds exactly the rows shown, with plain numbers: the columns shown, or `extract`
    when given (the same rows with the data package's text in both languages).
    """
    rows = table if extract is None else extract
    with st.container(key=f"table-{key}", border=True):
        st.subheader(md_escape(title), anchor=False)
        if caption:
            st.caption(md_escape(caption))
        if table.is_empty():
            st.info(md_escape(empty_text), icon=":material/info:")
            return
        french = current_language() != DEFAULT_LANGUAGE
        # In French the numbers arrive as French text (see display_frame), so no dollar format.
        config: dict[str, object] = {
            name: st.column_config.NumberColumn(column_label(name), format="$%,.0f", help=csv_column_help(name))
            for name in table.columns
            if name.endswith("_cad") and not french
        }
        if link_column and link_column in table.columns:
            config[link_column] = st.column_config.LinkColumn(
                column_label(link_column), display_text=LINK_HOST, help=csv_column_help(link_column)
            )
        st.dataframe(
            grid_data(table),
            hide_index=True,
            width="stretch",
            column_config=column_labels(table, config),
            key=f"df-{key}",
            placeholder=UNKNOWN_CELL,
        )
        files = csv_files(
            t("Download CSV of this table"),
            lambda french_convention: csv_bytes(rows, french_convention=french_convention),
            lambda french_convention: extract_file_name(key, region_code, french_convention=french_convention),
            key=f"csv-{key}",
        )
        download_row(files, key=f"downloads-{key}")
