"""The app script: navigation, the shared region filter, the footer.

The server (`server.py`, `streamlit run dashboard/server.py`) runs it; `streamlit run
dashboard/app.py` runs it too, without the pages' HTML shells. The pages live in ../pages and are
listed in `sitemap.py`; a pages/ folder beside this file would switch Streamlit into its legacy
multipage mode.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components.navigation import sidebar_navigation
from components.page import unavailable_notice
from components.plotly_chart import preload_plotly
from components.state import language_switch, region_filter, url_notice
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.data import DatasetUnavailable
from dashboard.heap import freeze_imported_heap
from dashboard.i18n import current_language, t
from dashboard.regions import CANADA, Region, package_regions
from dashboard.sitemap import PAGES, PAGES_WITH_CHARTS

PAGE_CONFIGURED_KEY = "_page_configured"


def _sections() -> dict[str, list[st.Page]]:
    # Once per session and language: each st.Page finds its file on disk, some 2 ms of every run.
    # Not shared between sessions: st.navigation marks the page it returns as the one to run.
    key = f"_pages_{current_language()}"
    if key not in st.session_state:
        st.session_state[key] = _translated_sections()
    return st.session_state[key]


def _translated_sections() -> dict[str, list[st.Page]]:
    return {
        t(section): [
            st.Page(f"../pages/{file}", title=t(title), url_path=path, icon=icon, default=(path == ""))
            for file, title, path, icon, _ in entries
        ]
        for section, entries in PAGES.items()
    }


def _region_choices() -> dict[str, Region]:
    try:
        # Shared: the choices are the same for every visitor in a language, and a Polars group-by
        # on every run of every page is not free.
        return shared(package_regions)(current_package())
    except DatasetUnavailable as error:
        unavailable_notice(error)
        return {CANADA: Region(CANADA, t("Canada"), "country", ())}


# At the top of the run, before it builds anything: what is frozen is what every run shares.
freeze_imported_heap()
# Once per session: the browser keeps the icon and the wide layout through every rerun and page
# change, and each call cost every run a message and two more to the (absent) host frame.
if not st.session_state.get(PAGE_CONFIGURED_KEY):
    # A local icon: the Material icon would be fetched from a font CDN on every visit.
    st.set_page_config(page_icon=str(Path(__file__).parent / "assets" / "favicon.png"), layout="wide")
    st.session_state[PAGE_CONFIGURED_KEY] = True
navigation_slot = st.sidebar.container(key="site-navigation")
language_switch(st.sidebar.container(key="language-switch"))
sections = _sections()
navigation = st.navigation(sections, position="hidden")
st.session_state["_current_region"] = region_filter(_region_choices())
sidebar_navigation(navigation_slot, sections, navigation)
# What a run shows once (a notice about the link) has a slot of its own that is always there:
# otherwise the page's elements move up one place on the next run, and the browser builds every
# one of them again, charts included.
with st.container(key="run-once"):
    notice = url_notice()
    if notice:
        st.warning(notice, icon=":material/link_off:")
st.sidebar.caption(
    t(
        "Data version {version}. Figures from public sources, each cited under its chart.",
        version=current_package().version or "–",
    )
)
if navigation.url_path in PAGES_WITH_CHARTS:
    preload_plotly(st.sidebar)
navigation.run()
