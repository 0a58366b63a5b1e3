"""A colour key written out in text, for a map or any chart shaded by class."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import streamlit as st

from components.text import md_escape

SWATCH = "\u2588\u2588"  # two full blocks: a solid patch of the class colour in running text


class ColourKey(Protocol):
    """A key's title and its entries, each a `#rrggbb` colour and the label that says what it means."""

    title: str
    entries: Sequence[tuple[str, str]]


def colour_legend(title: str, entries: Sequence[tuple[str, str]], key: str) -> None:
    """The key as a list: a coloured patch and its label per line, the label carrying the meaning.

    Colours are `#rrggbb` strings from the figure builder, never data text; labels are
    escaped. The patch has a dark outline glyph beside it so the lightest class shows
    on a white page.
    """
    lines = []
    for colour, label in entries:
        patch = f':color[{SWATCH}]{{foreground="{colour}" background="#5a5a5a"}}' if _is_hex(colour) else ""
        lines.append(f"- {patch} {md_escape(label)}")
    with st.container(key=key):
        st.markdown(f"**{md_escape(title)}**")
        st.markdown("\n".join(lines))


def _is_hex(colour: str) -> bool:
    return len(colour) == 7 and colour.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in colour[1:])
