"""One translation function for every user-facing string.

Strings are written in English in the code (gettext style) and looked up in the
catalogue of the active language; English is the only catalogue for now, so a
missing entry falls back to the English text. French arrives as a second catalogue.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"
CATALOGUES: dict[str, dict[str, str]] = {"en": {}}


def t(message: str, language: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """`message` in `language`, with `{name}` placeholders filled from `values`."""
    text = CATALOGUES.get(language, {}).get(message, message)
    return text.format(**values) if values else text


def format_percent(value: float | None) -> str:
    """`59%`; a dash where the value is unknown."""
    if value is None:
        return "–"
    return f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%"


def format_cad(value: float | None, compact: bool = False) -> str:
    """`$59,500,000`, or `$59.5M` when compact; a dash where unknown."""
    if value is None:
        return "–"
    if compact and abs(value) >= 1_000_000:
        return f"${value / 1_000_000:,.1f}M".replace(".0M", "M")
    if compact and abs(value) >= 10_000:
        return f"${value / 1_000:,.0f}K"
    return f"${value:,.0f}"


def format_count(value: float | None) -> str:
    """`36,991,981`; a dash where unknown."""
    return "–" if value is None else f"{value:,.0f}"
