"""Overview: the picture in a minute."""

import streamlit as st

from components.headlines import headline_grid
from components.page import page_header, region_notice
from components.state import current_region
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.i18n import t
from dashboard.views import overview

page_header(
    t("Microcredentials in Canada"),
    t(
        "Short, focused programs that certify specific skills are spreading across Canada's colleges and "
        "universities, backed by public money. Who knows about them, who wants them, what they cost, and where "
        "the funding goes: every figure below links to its public source."
    ),
)
region_notice("overview-region-notice", overview.region_notice(current_region()))
headline_grid(shared(overview.headlines)(current_package()))
st.header(t("What is a microcredential?"), anchor=False)
st.markdown(t(overview.DEFINITION))
st.caption(
    t(
        "Survey figures are national. Use the region filter in the sidebar to see funding and programs for a "
        "province, territory or region."
    )
)
