"""Parts of a page that rerun alone: a widget inside one reruns that part, not the whole page."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dashboard.i18n import current_language, set_language


def rerun_alone(body: Callable[..., None], *args: object) -> None:
    """Draw `body(*args)` as a fragment: its own widgets rerun it alone, with the same arguments.

    A full rerun (the region, the language) draws it afresh like the rest of the page.
    """
    _fragment(body, current_language(), *args)


@st.fragment
def _fragment(body: Callable[..., None], language: str, *args: object) -> None:
    # The fragment's own rerun skips the app entry, which sets the page's language on every full run.
    set_language(language)
    body(*args)
