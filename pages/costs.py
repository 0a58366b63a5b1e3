"""Costs and barriers: cost first among what learners weigh; prices, free programs and learner aid."""

import streamlit as st

from components.chart_block import render_chart, render_survey_chart
from components.page import page_header
from components.sections import Section, section_tabs
from components.state import current_region
from components.tables import data_table
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.i18n import t
from dashboard.views import costs, workers

region = current_region()
package = current_package()
page_header(
    t("Costs and barriers"),
    t(
        "Cost is the first thing working-age adults weigh before taking a microcredential. What do programs cost, "
        "how many are free, and what aid helps pay?"
    ),
)
sections = {
    "barriers": Section(t("Barriers"), t("What holds learners back")),
    "prices": Section(t("Prices"), t("What programs cost")),
    "aid": Section(t("Aid"), t("Aid for learners")),
}
with section_tabs("costs", sections) as section:
    if section == "barriers":
        render_survey_chart(shared(workers.considerations)(package, key="costs-considerations"), region)
    elif section == "prices":
        render_chart(shared(costs.cost_status)(package, region), region.code)
        prices = shared(costs.published_prices)(package, region)
        if prices is None:
            st.info(t("No program in this selection publishes a price, so no price statistics are shown."))
        else:
            render_chart(prices, region.code)
    elif section == "aid":
        render_chart(shared(costs.eligible_programs)(package, region), region.code)
        st.subheader(t("Grant caps and eligibility rules"), anchor=False)
        data_table(shared(costs.aid_rules)(package, region), key="aid-rules")
