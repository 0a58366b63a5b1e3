"""Funding: where public money for microcredentials goes, counted once, promises kept apart."""

import streamlit as st

from components.chart_block import render_chart, render_regional_chart
from components.listing import listing_table
from components.metrics import metric_row, region_metric
from components.page import page_header, region_notice, unavailable_notice
from components.sections import Section, section_tabs
from components.state import current_region
from components.url_state import keep_in_url, language_key, seed_from_url
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t
from dashboard.views import funding

region = current_region()
package = current_package()
page_header(
    t("Funding"),
    t(
        "Public money announced for microcredentials by the provinces, the territories and the Government of "
        "Canada. Each envelope is counted once, promises are never counted, and an amount no source states "
        "stays unknown."
    ),
)


def show_table(block: funding.TableBlock) -> None:
    listing_table(
        block.title,
        block.caption,
        block.table,
        block.key,
        region.code,
        block.empty_text,
        block.link_column,
        extract=block.extract,
    )


def show_envelopes() -> None:
    envelopes = shared(funding.envelope_choices)(package, region)
    if not envelopes:
        st.info(funding.no_envelope_text(region), icon=":material/info:")
        return
    default_envelope = next(iter(envelopes))
    # The envelope labels are translated: one select box per language, the choice kept in ?envelope=.
    envelope_key = language_key("envelope")
    envelope_label = t("Envelope with allocations listed")
    seed_from_url(envelope_key, list(envelopes), default_envelope, envelope_label, param="envelope")
    envelope = st.selectbox(envelope_label, list(envelopes), format_func=envelopes.get, key=envelope_key)
    keep_in_url("envelope", envelope, default_envelope)
    render_chart(shared(funding.envelope_drilldown)(package, envelope), region.code)


scopes, measures = funding.scope_labels(), funding.measure_labels()
# Both switches live in the URL under stable keys (?scope=including&measure=total), so a
# shared link reopens the same view.
scope_label, measure_label = t("What counts as microcredential funding"), t("Map and bars show")
seed_from_url("scope", list(scopes), funding.DEFAULT_SCOPE, scope_label)
seed_from_url("measure", list(measures), funding.DEFAULT_MEASURE, measure_label)
with st.container(horizontal=True, gap="medium"):
    # A radio, not a segmented control: its long labels wrap on a phone instead of running off the edge.
    scope = st.radio(scope_label, list(scopes), format_func=scopes.get, horizontal=True, key="scope")
    measure = st.segmented_control(
        measure_label, list(measures), format_func=measures.get, required=True, key="measure"
    )
keep_in_url("scope", scope, funding.DEFAULT_SCOPE)
keep_in_url("measure", measure, funding.DEFAULT_MEASURE)

try:
    # The region's own figure first: a reader who chose Ontario came for Ontario's.
    region_metric("funding-region-headline", shared(funding.region_headline)(package, scope, region))
    metric_row(shared(funding.headline_figures)(package, scope), key="funding-headlines")

    sections = {
        "where": Section(t("By province"), t("Where the money goes")),
        "compared": Section(t("Compared"), t("Against the rest of Canada")),
        "map": Section(t("Map"), t("Where the money goes, on a map")),
        "when": Section(t("Over time"), t("When it was announced")),
        "announcements": Section(t("Announcements"), t("Every announcement")),
        "envelopes": Section(t("Envelopes"), t("Inside an envelope")),
        "promises": Section(t("Promises"), t("Promises and related funding")),
    }
    # The bars come before the map: they hold the same figures, and the map's first frame cost
    # 1.8 s of opening the page in software WebGL (components/sections.py). The region against the
    # rest has a tab of its own: Canada has no such chart, and a block that came and went with
    # the region made every other region change build it again from scratch (README, Performance).
    with section_tabs("funding", sections) as section:
        if section == "where":
            render_chart(shared(funding.province_bars_chart)(package, scope, measure, region), region.code)
        elif section == "compared":
            region_notice("funding-comparison-notice", funding.no_comparison_text(region))
            comparison = shared(funding.region_versus_rest_chart)(package, scope, region)
            render_regional_chart("funding-comparison-slot", comparison, region.code)
        elif section == "map":
            map_spec = shared(funding.funding_map_chart)(package, scope, measure, region)
            if map_spec is None:
                st.warning(funding.boundaries_notice(), icon=":material/map:")
            else:
                render_chart(map_spec, region.code, colour_key=shared(funding.map_legend)(package, scope, measure))
        elif section == "when":
            render_chart(shared(funding.timeline_chart)(package, scope, region), region.code)
        elif section == "announcements":
            show_table(shared(funding.announcements_table)(package, scope, region))
            national = shared(funding.national_programs_table)(package, scope, region)
            if national is not None:
                show_table(national)
        elif section == "envelopes":
            show_envelopes()
        elif section == "promises":
            show_table(shared(funding.promises_table)(package, scope, region))
            show_table(shared(funding.context_table)(package, scope, region))
except DatasetUnavailable as error:
    unavailable_notice(error)
