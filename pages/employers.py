"""Employers: what they know of microcredentials and what they value in them."""

import streamlit as st

from components.chart_block import render_survey_chart, survey_page_notice
from components.page import page_header, unavailable_notice
from components.state import current_region
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t
from dashboard.views import employers

region = current_region()
package = current_package()
page_header(
    t("Employers"),
    t(
        "What Canadian employers know about microcredentials, and what would make one count when they "
        "hire or train staff. From the survey of 201 employers in HEQCO's 2021 report (fieldwork dates not published)."
    ),
)
try:
    survey_page_notice(region)
    st.header(t("What employers know"), anchor=False)
    render_survey_chart(shared(employers.familiarity)(package), region, said_on_page=True)
    render_survey_chart(shared(employers.confidence)(package), region, said_on_page=True)
    st.header(t("What makes a microcredential count"), anchor=False)
    hiring, training = st.columns(2)
    with hiring:
        render_survey_chart(shared(employers.hiring_attributes)(package), region, said_on_page=True)
    with training:
        render_survey_chart(shared(employers.training_attributes)(package), region, said_on_page=True)
    st.header(t("Using microcredentials at work"), anchor=False)
    render_survey_chart(shared(employers.workforce_uses)(package), region, said_on_page=True)
    render_survey_chart(shared(employers.upskilling_need)(package), region, said_on_page=True)
    st.header(t("Demand for faster routes to skills"), anchor=False)
    render_survey_chart(shared(employers.demand_for_faster_skills)(package), region, said_on_page=True)
except DatasetUnavailable as error:
    unavailable_notice(error)
