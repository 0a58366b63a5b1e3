"""Workers: awareness, interest, future-proofing, and what they weigh before enrolling."""

import streamlit as st

from components.chart_block import render_survey_chart, survey_page_notice
from components.page import page_header, unavailable_notice
from components.state import current_region
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t
from dashboard.views import workers

region = current_region()
package = current_package()
page_header(
    t("Workers"),
    t(
        "Do working-age Canadians know what microcredentials are, would they take one, and what holds them "
        "back? From HEQCO's 2020 survey of 2,000 adults by Abacus Data, and other sources."
    ),
)
try:
    survey_page_notice(region)
    st.header(t("Awareness and interest"), anchor=False)
    render_survey_chart(shared(workers.awareness_funnel)(package), region, said_on_page=True)
    render_survey_chart(shared(workers.future_proofing)(package), region, said_on_page=True)
    render_survey_chart(shared(workers.considerations)(package), region, said_on_page=True)
    st.header(t("Who holds microcredentials today"), anchor=False)
    render_survey_chart(shared(workers.digital_uptake)(package), region, said_on_page=True)
except DatasetUnavailable as error:
    unavailable_notice(error)
