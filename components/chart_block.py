"""One chart block: finding as title, question and base, figure, takeaway, sources, table, CSV."""

from __future__ import annotations

import sys

import polars as pl
import streamlit as st

from components.downloads import DownloadFile, csv_files, download_row
from components.legend import ColourKey, colour_legend
from components.map_scroll import map_scrolls_page
from components.page import region_notice
from components.plotly_chart import Picture, plotly_chart
from components.tables import UNKNOWN_CELL, column_labels, grid_data
from components.text import MORE_IN_ZIP, md_escape, md_link, sources_text
from components.url_view import current_view_url
from dashboard.cache import current_package
from dashboard.cache.views import shared_file
from dashboard.charts import ChartSpec, SourceRef
from dashboard.extracts import csv_bytes, extract_file_name, picture_file_name, with_provenance
from dashboard.figures import localise_figure
from dashboard.i18n import current_language, list_join, plural, set_language, t
from dashboard.memo import per_object
from dashboard.provenance import Extract, extract_zip
from dashboard.regions import Region
from dashboard.views.survey import for_region, national_page_notice

MAX_LISTED_SOURCES = 6
MAX_PICTURE_SOURCES = 3


def source_part(source: SourceRef) -> str:
    """`[title](url) (publisher, secondary)`, as Markdown."""
    detail = ", ".join(x for x in (source.publisher, t(source.kind) if source.kind else "") if x)
    return md_link(source.title, source.url) + (f" ({md_escape(detail)})" if detail else "")


def sources_line(spec: ChartSpec) -> str:
    """`Source: [title](url) (publisher, secondary)` for each source, then the surveys' own publications."""
    line = sources_text([source_part(source) for source in spec.sources], MAX_LISTED_SOURCES, MORE_IN_ZIP)
    if spec.surveys:
        # On a line of its own (a Markdown line break), under the sources.
        line += "  \n" + t("The survey: {surveys}", surveys=list_join([source_part(s) for s in spec.surveys]))
    return line


def picture(spec: ChartSpec) -> Picture:
    """The chart's picture: its title and base, its sources by publisher and the survey's own publication
    by title and publisher (the picture holds no links)."""
    publishers = list(dict.fromkeys(source.publisher or source.title for source in spec.sources))
    line = sources_text(publishers, MAX_PICTURE_SOURCES)
    if spec.surveys:
        named = [f"{s.title} ({s.publisher})" if s.publisher else s.title for s in spec.surveys]
        line += ". " + t("The survey: {surveys}", surveys=list_join(named))
    return {
        "title": spec.title,
        "subtitle": spec.subtitle,
        "source": line,
        "fileName": picture_file_name(spec.key),
    }


@per_object
def table_digest(table: pl.DataFrame) -> int:
    """A fingerprint of a chart's rows (a few dozen), so that different rows never share a file.

    Once per table: a shared chart's table is never changed, and hashing seven of them took
    Employers some 4 ms of every rerun.
    """
    return int(table.hash_rows(seed=0).sum()) if table.height else 0


def is_map(figure: object) -> bool:
    """Whether the figure is a pydeck map, without importing pydeck on pages that draw none.

    Only `dashboard.maps` makes maps, and it imports pydeck: if pydeck is not loaded, the figure
    cannot be one. (Importing pydeck costs some 0.1 s of a cold start for nothing on the first page.)
    """
    pydeck = sys.modules.get("pydeck")
    return pydeck is not None and isinstance(figure, pydeck.Deck)


def render_chart(spec: ChartSpec, region_code: str, colour_key: ColourKey | None = None) -> None:
    """Render the whole block; the figure's text alternative is the generated takeaway.

    A map's `colour_key` is written beside it, inside its block (above it on a phone, under the
    map's title): outside the block it sat beside the title's empty height on a laptop, and above
    the title on a phone.

    A chart's block is a fragment: opening or closing its data table reruns the block alone, not
    the page (at 1,000,000 programs, median 165-195 ms before, 110-135 ms after; an empty rerun
    takes about 100). The map's block is not: with it in a fragment, Funding's region changes
    measured slower in four of five runs (median 524 against 486 ms), so its table reruns the page.
    """
    if is_map(spec.figure):
        _chart_block(spec, region_code, colour_key)
    else:
        _chart_fragment(spec, region_code, current_language())


def render_regional_chart(slot_key: str, spec: ChartSpec | None, region_code: str) -> None:
    """`spec`'s block when the region has one, in a slot (`slot_key`) that is there either way.

    A chart drawn for a province only would otherwise move the blocks below it one place on a region
    change, and the browser would draw each of them again from scratch.
    """
    with st.container(key=slot_key):
        if spec is not None:
            render_chart(spec, region_code)


@st.fragment
def _chart_fragment(spec: ChartSpec, region_code: str, language: str) -> None:
    # The fragment's own rerun skips the app entry, which sets the page's language on every full run.
    set_language(language)
    _chart_block(spec, region_code)


def _chart_block(spec: ChartSpec, region_code: str, colour_key: ColourKey | None = None) -> None:
    with st.container(key=f"chart-{spec.key}", border=True):
        st.subheader(md_escape(spec.title), anchor=False)
        st.caption(md_escape(spec.subtitle))
        # The slot is always there, so a notice coming or going (a region change) does not shift
        # the figure's position and make the browser draw it again from scratch.
        with st.container(key=f"notice-{spec.key}"):
            if spec.notice:
                st.info(md_escape(spec.notice), icon=":material/info:")
            elif spec.scope_note:
                st.caption(":material/public: " + md_escape(spec.scope_note))
        if is_map(spec.figure):
            _map(spec, colour_key)
        else:
            plotly_chart(
                localise_figure(spec.figure), key=f"fig-{spec.key}", label=spec.takeaway, picture=picture(spec)
            )
        takeaway = t("**Takeaway:** {takeaway}", takeaway=md_escape(spec.takeaway))
        if spec.table.height == 0:
            # Nothing drawn ("Nothing to plot for Quebec."): no figure to cite, no rows to show or
            # download. "Source: not recorded" read as a figure without a source.
            st.markdown(takeaway)
            return
        # Plain text, not a caption: links inside captions fade below 4.5:1 contrast. One element
        # with the takeaway, two paragraphs: each element costs every rerun about a millisecond.
        st.markdown(takeaway + "\n\n" + sources_line(spec))
        rows = spec.table.height
        table_key = f"data-table-{spec.key}"
        # The label (its row count, its language) is part of the expander's identity: a new label
        # makes a new expander, closed. An open table stays open through a region change.
        if st.session_state.get(table_key):
            st.session_state[table_key] = True
        table = st.expander(
            plural(rows, "Data table ({count} row)", "Data table ({count} rows)"),
            key=table_key,
            on_change="rerun",
        )
        # Drawn only once opened: a closed table still cost every rerun its grid in the browser, about
        # a quarter of a chart page's rerun (measured on Employers: p95 437 -> 300 ms).
        if table.open:
            with table:
                st.dataframe(
                    grid_data(spec.table),
                    hide_index=True,
                    width="stretch",
                    column_config=column_labels(spec.table),
                    placeholder=UNKNOWN_CELL,
                )
        download_buttons(spec, region_code)


def _map(spec: ChartSpec, colour_key: ColourKey | None) -> None:
    if colour_key is None:
        _map_figure(spec)
        return
    # The key comes first so that on a phone, where columns stack, it sits above the map.
    key_column, map_column = st.columns([1, 2], vertical_alignment="center")
    with key_column:
        colour_legend(colour_key.title, colour_key.entries, key=f"legend-{spec.key}")
    with map_column:
        _map_figure(spec)


def _map_figure(spec: ChartSpec) -> None:
    st.pydeck_chart(spec.figure, height=460, alt=spec.takeaway, key=f"map-{spec.key}")
    # Every map is fixed (dashboard.maps.MAP_CONTROLLER): a swipe on it must scroll the page.
    map_scrolls_page(key=f"map-scroll-{spec.key}")


def render_survey_chart(spec: ChartSpec, region: Region, said_on_page: bool = False) -> None:
    """A chart of national survey figures, with a notice saying so when a smaller region is chosen,
    or a short line when the page said it above (`survey_page_notice`)."""
    render_chart(for_region(spec, region, said_on_page), region.code)


def survey_page_notice(region: Region) -> None:
    """Once, above a page of national survey charts: they show Canada whatever region is chosen."""
    region_notice("survey-page-notice", national_page_notice(region))


def download_buttons(spec: ChartSpec, region_code: str) -> None:
    """The chart's rows as CSV, and as a zip with metadata and README."""
    package = current_package()
    filters = {"region": region_code, **spec.filters}
    view_url = current_view_url()
    # Everything the files hold: the same chart, filters and link give the same bytes, built once.
    contents = repr(
        (spec.key, spec.title, sorted(filters.items()), view_url, spec.table.columns, table_digest(spec.table))
    )

    def rows() -> pl.DataFrame:
        return with_provenance(spec.table, package.frame("sources"), filters)

    def zipped() -> bytes:
        extract = Extract(spec.key, spec.title, rows(), filters, view_url, [s.source_id for s in spec.sources])
        return extract_zip(package, extract)

    files = csv_files(
        t("Download CSV of this chart"),
        lambda french: shared_file(package, f"csv {french} {contents}", lambda: csv_bytes(rows(), french)),
        lambda french: extract_file_name(spec.key, region_code, french_convention=french),
        key=f"csv-{spec.key}",
    )
    files.append(
        DownloadFile(
            t("CSV with sources and licence (zip)"),
            lambda: shared_file(package, f"zip {contents}", zipped),
            extract_file_name(spec.key, region_code).replace(".csv", ".zip"),
            key=f"zip-{spec.key}",
            mime="application/zip",
            icon=":material/folder_zip:",
        )
    )
    # In a half-width card (Employers) or with French's third file, columns cut the labels short.
    download_row(files, key=f"downloads-{spec.key}")
