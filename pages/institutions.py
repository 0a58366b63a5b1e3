"""Institutions: what colleges and universities offer, plan and aim for."""

import streamlit as st

from components.chart_block import render_survey_chart, survey_page_notice
from components.page import page_header, unavailable_notice
from components.state import current_region
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t
from dashboard.views import institutions

region = current_region()
package = current_package()
page_header(
    t("Institutions"),
    t(
        "How Canadian colleges and universities are taking up microcredentials. From HEQCO's late-2020 survey of "
        "161 representatives of 105 institutions, and Colleges and Institutes Canada's 2021 college survey."
    ),
)
try:
    survey_page_notice(region)
    st.header(t("Universities and colleges"), anchor=False)
    render_survey_chart(shared(institutions.offering_and_strategy)(package), region, said_on_page=True)
    render_survey_chart(shared(institutions.aims)(package), region, said_on_page=True)
    render_survey_chart(shared(institutions.delivery_modes)(package), region, said_on_page=True)
    st.header(t("Colleges"), anchor=False)
    render_survey_chart(shared(institutions.colleges)(package), region, said_on_page=True)
except DatasetUnavailable as error:
    unavailable_notice(error)
