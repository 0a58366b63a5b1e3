"""Set the page's `lang` attribute, so that screen readers read French text as French.

Streamlit has no setting for the document language. A zero-height same-origin iframe sets
it on the parent document; only a fixed language code is ever written, never data. The
attribute stays on the document across page switches and reruns, so the iframe is added
only when the language changes (or a new session starts), not on every rerun.
"""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import LANGUAGES

APPLIED_KEY = "_document_language"


def set_document_language(language: str) -> None:
    """Write `<html lang>` of the app's page (only "en" or "fr") when it is not already set."""
    if language not in LANGUAGES or st.session_state.get(APPLIED_KEY) == language:
        return
    st.iframe(
        f"<script>window.parent.document.documentElement.lang = '{language}';</script>",
        height=1,
        tab_index=-1,
    )
    st.session_state[APPLIED_KEY] = language
