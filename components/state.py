"""Session-wide choices shared by every page: the region (kept in the URL as `?region=`)."""

from __future__ import annotations

import streamlit as st

from components.url_state import history_navigation, write_param
from dashboard.i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language, set_language, t
from dashboard.regions import CANADA, Region, parse_region

REGION_KEY = "region"
NOTICE_KEY = "_url_notice"


def region_filter(choices: dict[str, Region]) -> Region:
    """The sidebar region selector; seeded from `?region=` once per session (and after Back or Forward)
    and written back to it.

    The chosen code lives in `st.session_state["region"]`, the same in every language. The select
    box itself has one key per language: the browser keeps showing the label a select box was
    drawn with (« Québec » after switching to English), and a new key makes it draw the box afresh.
    """
    first_visit = REGION_KEY not in st.session_state
    if first_visit or history_navigation():
        region, understood = parse_region(st.query_params.get_all(REGION_KEY), choices)
        st.session_state[REGION_KEY] = region.code
        # The select box too: it would otherwise keep the choice Back went back from.
        st.session_state.pop(f"{REGION_KEY}-{current_language()}", None)
        if first_visit and not understood:
            st.session_state[NOTICE_KEY] = t(
                "The link asked for a region this dashboard does not know; showing all of Canada instead."
            )
    widget_key = f"{REGION_KEY}-{current_language()}"
    for language in LANGUAGES:
        if f"{REGION_KEY}-{language}" != widget_key:
            # A box left from the other language would come back later with an old choice.
            st.session_state.pop(f"{REGION_KEY}-{language}", None)
    if st.session_state.get(widget_key) not in choices:
        st.session_state[widget_key] = (
            st.session_state[REGION_KEY] if st.session_state[REGION_KEY] in choices else CANADA
        )
    code = st.sidebar.selectbox(
        t("Region"),
        list(choices),
        key=widget_key,
        format_func=lambda c: _label(choices[c]),
        help=t("Every page follows this choice. Survey figures are national only."),
        placeholder=t("Choose a region"),
    )
    st.session_state[REGION_KEY] = code
    write_param(REGION_KEY, None if code == CANADA else code)
    return choices[code]


def _label(region: Region) -> str:
    if region.kind == "group":
        return t("{name} (region)", name=region.name)
    return region.name


def url_notice() -> str | None:
    """A one-time notice about the URL parameters (region, language) that were not understood."""
    notices = [st.session_state.pop(key, None) for key in (LANGUAGE_NOTICE_KEY, NOTICE_KEY)]
    return " ".join(notice for notice in notices if notice) or None


def current_region() -> Region:
    """The region chosen in the sidebar on this run (set by the app entry before the page runs)."""
    return st.session_state["_current_region"]


LANGUAGE_KEY = "lang"
LANGUAGE_NOTICE_KEY = "_lang_notice"
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def _requested_language() -> str:
    """`?lang=` when it names a language, else the browser's preferred language, else English."""
    requested = st.query_params.get_all(LANGUAGE_KEY)
    if requested and requested[-1] in LANGUAGES:
        return requested[-1]
    locale = (st.context.locale or "").lower()
    return "fr" if locale.startswith("fr") else DEFAULT_LANGUAGE


def language_switch(slot: st.delta_generator.DeltaGenerator) -> str:
    """The English / Français switch, kept in the URL as `?lang=`; sets the language of this run."""
    first_visit = LANGUAGE_KEY not in st.session_state
    if first_visit or history_navigation():
        st.session_state[LANGUAGE_KEY] = _requested_language()
        set_language(st.session_state[LANGUAGE_KEY])
        requested = st.query_params.get_all(LANGUAGE_KEY)
        if first_visit and requested and requested[-1] not in LANGUAGES:
            # Said in the language the page falls back to, once.
            st.session_state[LANGUAGE_NOTICE_KEY] = t(
                "The link asked for a language this dashboard does not offer; it is shown in English instead."
                if st.session_state[LANGUAGE_KEY] == "en"
                else "The link asked for a language this dashboard does not offer; it is shown in French instead."
            )
    # The labels of everything below, the switch's own included, follow the choice.
    set_language(st.session_state[LANGUAGE_KEY])
    language = slot.radio(
        "Language / Langue",
        list(LANGUAGES),
        key=LANGUAGE_KEY,
        format_func=LANGUAGE_NAMES.__getitem__,
        horizontal=True,
    )
    set_language(language)
    write_param(LANGUAGE_KEY, language)
    return language
