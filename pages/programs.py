"""Programs: explore the catalogue of example microcredentials by region, field, delivery, price and length."""

import streamlit as st

from components.chart_block import render_chart, render_regional_chart
from components.page import page_header, region_notice, unavailable_notice
from components.pill_filters import PillGroup, pill_filters
from components.sections import Section, section_tabs
from components.state import current_region
from components.table_view import csv_download, lazy_table
from components.text import md_escape
from components.url_state import url_multiselect
from dashboard.cache import current_package
from dashboard.cache import programs as programs_cache
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t
from dashboard.measures.catalogue import MAX_SEARCH_LENGTH
from dashboard.views import programs

region = current_region()
package = current_package()
page_header(
    t("Programs"),
    t(
        "Which microcredentials are on offer, where, in what fields, and whether their price is published. "
        "Narrow the list with the region in the sidebar and the filters below; every filter is kept in "
        "the page's link."
    ),
)
try:
    catalogue = programs_cache.prepared_catalogue(package)
    field_choices = programs_cache.field_options(package)
    # The charts read it: a provinces dataset that failed validation stops the page here, with its notice.
    package.frame("provinces")
    sources = package.frame("sources")
except DatasetUnavailable as error:
    unavailable_notice(error)
else:
    # Read before the widgets run, every value of each parameter (?field=Health&field=Business).
    link = {name: st.query_params.get_all(name) for name in programs.LINK_PARAMS}
    link_problem = programs.link_notice(link, field_choices, region)
    if link_problem:
        st.warning(md_escape(link_problem), icon=":material/link_off:")
    linked = {param: programs.link_choices(param, link[param], field_choices)[0] for param in programs.CHOICE_PARAMS}

    # Filled once the filters are known, but shown above them: the first thing a reader sees.
    banner_slot = st.empty()
    with st.container(border=True, key="program-filters"):
        # Side by side on a laptop, one under the other on a phone; the pills' groups below them.
        search_column, field_column = st.columns(2)
        search = search_column.text_input(
            t("Search titles and providers"),
            key=programs.SEARCH_PARAM,
            max_chars=MAX_SEARCH_LENGTH,
            bind="query-params",
            placeholder=t("For example: health, Humber"),
            help=t("Matches the exact text, in any case, anywhere in a title or provider name."),
        )
        fields = url_multiselect(
            field_column,
            t("Field"),
            programs.FIELD_PARAM,
            programs.fields_in_order(field_choices),
            programs.field_label,
            t("All fields"),
            linked[programs.FIELD_PARAM],
        )
        picked = pill_filters(
            [
                PillGroup(programs.MODE_PARAM, t("Delivery"), programs.MODE_OPTIONS, programs.mode_label),
                PillGroup(programs.PRICE_PARAM, t("Price"), programs.PRICE_BAND_OPTIONS, programs.price_band_label),
                PillGroup(
                    programs.DURATION_PARAM, t("Length"), programs.DURATION_BAND_OPTIONS, programs.duration_band_label
                ),
            ],
            linked,
            key="program-pills",
        )
        modes, prices, durations = (
            picked[programs.MODE_PARAM],
            picked[programs.PRICE_PARAM],
            picked[programs.DURATION_PARAM],
        )
        include_national = True
        if not region.is_national:
            include_national = st.checkbox(
                t("Include Canada-wide programs"),
                value=True,
                key=programs.NATIONAL_PARAM,
                bind="query-params",
                help=t("Programs offered across Canada rather than by a provider in one province or territory."),
            )
    filters = programs.program_filters(region, include_national, fields, modes, prices, durations, search)
    summary = programs_cache.summary(package, filters)
    illustrative_data = bool(summary.illustrative)
    banner = programs.illustrative_banner(summary)
    if banner:
        banner_slot.warning(banner, icon=":material/science:")
    st.markdown(md_escape(programs.headline(summary, illustrative_data)))
    region_notice("programs-national-note", programs.national_note(summary, region, include_national))

    if not summary.matched:
        st.info(md_escape(programs.no_match_text(region)), icon=":material/filter_alt_off:")
    else:
        sections = {
            "list": Section(t("List"), t("The programs")),
            "where": Section(t("Places and fields"), t("Where they are and what they cover")),
            "prices": Section(t("Prices"), t("What the matching programs cost")),
        }
        with section_tabs("programs", sections) as section:
            if section == "list":
                st.caption(md_escape(programs.table_note(summary)))
                lazy_table(
                    programs.shown_rows(programs_cache.table_rows(package, filters)),
                    summary.matched,
                    programs.table_columns(),
                    key="program-table",
                    alt=t("Matching microcredential programs, one per row"),
                    chunk_rows=programs.TABLE_CHUNK_ROWS,
                )
                csv_download(
                    programs.download_label(summary),
                    lambda french: programs.csv_extract(catalogue, filters, sources, region.code, french),
                    lambda french: programs.download_name(region, french),
                    key="csv-programs",
                )
            elif section == "where":
                # One chart per row: side by side, the chart blocks' download buttons cut their labels short.
                shown = programs_cache.charts(package, filters, region)
                render_chart(shown.province, region.code)
                render_regional_chart("programs-per-capita-slot", shown.per_capita, region.code)
                render_chart(shown.field, region.code)
            elif section == "prices":
                # Not on the list's tab: the charts of a new choice of filters are built when first shown.
                shown = programs_cache.charts(package, filters, region)
                render_chart(shown.price_band, region.code)
                if shown.price is None:
                    st.info(md_escape(programs.no_price_text(summary)), icon=":material/info:")
                else:
                    render_chart(shown.price, region.code)
