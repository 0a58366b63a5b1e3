"""Plain data tables with clickable source links."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard.i18n import t


def data_table(frame: pl.DataFrame, key: str, link_columns: tuple[str, ...] = ("source_url", "url")) -> None:
    """`st.dataframe` of the frame; URL columns become links (shown as text, never as HTML)."""
    config = {
        name: st.column_config.LinkColumn(t("Source"), display_text=t("open source"))
        for name in link_columns
        if name in frame.columns
    }
    st.dataframe(frame, hide_index=True, width="stretch", column_config=config, key=key)
