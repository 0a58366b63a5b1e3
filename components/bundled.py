"""The app's own browser components: each a script, and maybe styles, kept beside this module."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.components.v2.types import ComponentRenderer

_FOLDER = Path(__file__).parent


def bundled_component(name: str, stem: str, *, isolate_styles: bool = True) -> ComponentRenderer:
    """Register the component `name` drawn by `stem.js`, styled by `stem.css` when there is one."""
    styles = _FOLDER / f"{stem}.css"
    return st.components.v2.component(
        name,
        js=(_FOLDER / f"{stem}.js").read_text(encoding="utf-8"),
        css=styles.read_text(encoding="utf-8") if styles.exists() else None,
        isolate_styles=isolate_styles,
    )
