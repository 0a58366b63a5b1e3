"""Set the page's `lang` attribute, so that screen readers read French text as French.

Streamlit has no setting for the document language; a zero-height component in the same
origin sets it on the parent document. Only a fixed language code is written, never data.
"""

from __future__ import annotations

import streamlit.components.v1 as components

from dashboard.i18n import LANGUAGES


def set_document_language(language: str) -> None:
    """Write `<html lang>` of the app's page (only "en" or "fr")."""
    if language not in LANGUAGES:
        return
    components.html(
        f"<script>window.parent.document.documentElement.lang = '{language}';</script>",
        height=0,
    )
