"""One chart block: finding as title, question and base, figure, takeaway, sources, table, CSV."""

from __future__ import annotations

import polars as pl
import pydeck as pdk
import streamlit as st

from components.text import md_escape, md_link
from components.url_view import current_view_url
from dashboard.cache import current_package
from dashboard.charts import ChartSpec
from dashboard.extracts import csv_bytes, extract_file_name, with_provenance
from dashboard.i18n import t
from dashboard.provenance import Extract, extract_zip

MAX_LISTED_SOURCES = 6
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def sources_line(spec: ChartSpec) -> str:
    """`Source: [title](url) (publisher, secondary)` for each source, as Markdown."""
    parts = []
    for source in spec.sources:
        detail = ", ".join(x for x in (source.publisher, t(source.kind) if source.kind else "") if x)
        parts.append(md_link(source.title, source.url) + (f" ({md_escape(detail)})" if detail else ""))
    label = t("Sources") if len(parts) > 1 else t("Source")
    if len(parts) > MAX_LISTED_SOURCES:
        hidden = len(parts) - MAX_LISTED_SOURCES
        parts = parts[:MAX_LISTED_SOURCES] + [t("and {n} more, listed with each row on the Data page", n=hidden)]
    return f"{label}: " + "; ".join(parts) if parts else t("Source: not recorded")


def render_chart(spec: ChartSpec, region_code: str) -> None:
    """Render the whole block; the figure's text alternative is the generated takeaway."""
    with st.container(key=f"chart-{spec.key}", border=True):
        st.subheader(md_escape(spec.title), anchor=False)
        st.caption(md_escape(spec.subtitle))
        if spec.notice:
            st.info(md_escape(spec.notice), icon=":material/info:")
        if isinstance(spec.figure, pdk.Deck):
            st.pydeck_chart(spec.figure, height=460, alt=spec.takeaway, key=f"map-{spec.key}")
        else:
            st.plotly_chart(spec.figure, config=PLOTLY_CONFIG, theme=None, alt=spec.takeaway, key=f"fig-{spec.key}")
        st.markdown(f"**{t('Takeaway')}:** {md_escape(spec.takeaway)}")
        # Plain text, not a caption: links inside captions fade below 4.5:1 contrast.
        st.markdown(sources_line(spec))
        with st.expander(t("Data table ({rows} rows)", rows=spec.table.height)):
            st.dataframe(spec.table, hide_index=True, width="stretch")
        download_buttons(spec, region_code)


def download_buttons(spec: ChartSpec, region_code: str) -> None:
    """The chart's rows as CSV, and as a zip with metadata and README; built only when clicked."""
    package = current_package()
    filters = {"region": region_code, **spec.filters}
    view_url = current_view_url()

    def rows() -> pl.DataFrame:  # deferred: built on click, not on every rerun
        return with_provenance(spec.table, package.frame("sources"), filters)

    def zipped() -> bytes:
        extract = Extract(spec.key, spec.title, rows(), filters, view_url, [s.source_id for s in spec.sources])
        return extract_zip(package, extract)

    csv_column, zip_column = st.columns(2)
    csv_column.download_button(
        t("Download CSV of this chart"),
        data=lambda: csv_bytes(rows()),
        file_name=extract_file_name(spec.key, region_code),
        mime="text/csv",
        key=f"csv-{spec.key}",
        on_click="ignore",
        icon=":material/download:",
    )
    zip_column.download_button(
        t("CSV with sources and licence (zip)"),
        data=zipped,
        file_name=extract_file_name(spec.key, region_code).replace(".csv", ".zip"),
        mime="application/zip",
        key=f"zip-{spec.key}",
        on_click="ignore",
        icon=":material/folder_zip:",
    )
