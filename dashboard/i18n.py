"""One translation function for every user-facing string, and number formats per language.

Strings are written in English in the code (gettext style) and looked up in the catalogue
of the active language (`dashboard/locales/`); a string missing from a catalogue falls back
to English, and a test keeps the French catalogue complete. The active language is a
context variable: Streamlit runs each session's script in its own thread, so one visitor's
choice never leaks into another's.
"""

from __future__ import annotations

from contextvars import ContextVar

from dashboard.locales import CATALOGUES

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
_language: ContextVar[str] = ContextVar("language", default=DEFAULT_LANGUAGE)

# French typography: a narrow no-break space groups thousands and precedes % and $.
NARROW_NBSP = "\u202f"


def set_language(language: str) -> None:
    """Make `language` ("en" or "fr") the language of this script run."""
    _language.set(language if language in LANGUAGES else DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language of this script run."""
    return _language.get()


def t(message: str, **values: object) -> str:
    """`message` in the active language, with `{name}` placeholders filled from `values`."""
    text = CATALOGUES.get(current_language(), {}).get(message, message)
    return text.format(**values) if values else text


def _group(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    if current_language() == "fr":
        text = text.replace(",", NARROW_NBSP).replace(".", ",")
    return text


def format_number(value: float | None, decimals: int = 0) -> str:
    """`1,234.5` in English, `1 234,5` in French; a dash where unknown."""
    return "–" if value is None else _group(value, decimals)


def format_percent(value: float | None) -> str:
    """`59%` in English, `59 %` in French; a dash where unknown."""
    if value is None:
        return "–"
    text = _group(value, 0 if float(value).is_integer() else 1)
    return f"{text}{NARROW_NBSP}%" if current_language() == "fr" else f"{text}%"


def format_cad(value: float | None, compact: bool = False) -> str:
    """`$59,500,000` / `59 500 000 $`, or `$59.5M` / `59,5 M$` when compact; a dash where unknown."""
    if value is None:
        return "–"
    french = current_language() == "fr"
    if compact and abs(value) >= 1_000_000:
        number = _group(value / 1_000_000, 1).removesuffix(",0" if french else ".0")
        return f"{number}{NARROW_NBSP}M$" if french else f"${number}M"
    if compact and abs(value) >= 10_000:
        number = _group(value / 1_000, 0)
        return f"{number}{NARROW_NBSP}k$" if french else f"${number}K"
    number = _group(value, 0)
    return f"{number}{NARROW_NBSP}$" if french else f"${number}"


def format_count(value: float | None) -> str:
    """`36,991,981` / `36 991 981`; a dash where unknown."""
    return format_number(value, 0)
