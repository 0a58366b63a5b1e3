"""One translation function for every user-facing string, and number formats per language.

Strings are written in English in the code (gettext style) and looked up in the catalogue
of the active language (`dashboard/locales/`); a string missing from a catalogue falls back
to English, and a test keeps the French catalogue complete. The active language is a
context variable: Streamlit runs each session's script in its own thread, so one visitor's
choice never leaks into another's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

import polars as pl

from dashboard.data.schema import FRENCH_SUFFIX
from dashboard.locales import CATALOGUES, COLUMN_CATALOGUES
from dashboard.locales.typography import french_typography

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
_language: ContextVar[str] = ContextVar("language", default=DEFAULT_LANGUAGE)

# French typography: a narrow no-break space groups thousands and precedes % and $.
NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
# Messages asked for in a language other than English and missing from its catalogue, for
# tests and for `python -m dashboard.locales.extract`. Process-wide on purpose (pages run in
# worker threads); bounded, because a caller could in principle pass data text to t().
_untranslated: set[str] = set()
MAX_RECORDED = 2_000


def set_language(language: str) -> None:
    """Make `language` ("en" or "fr") the language of this script run."""
    _language.set(language if language in LANGUAGES else DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language of this script run."""
    return _language.get()


def t(message: str, **values: object) -> str:
    """`message` in the active language, with `{name}` placeholders filled from `values`.

    A message missing from the catalogue is shown in English and recorded (see `untranslated`).
    """
    language = current_language()
    text = CATALOGUES.get(language, {}).get(message)
    if text is None:
        text = message
        if language != DEFAULT_LANGUAGE and message.strip() and len(_untranslated) < MAX_RECORDED:
            _untranslated.add(message)
    return text.format(**values) if values else text


P = ParamSpec("P")
R = TypeVar("R")


def in_current_language(function: Callable[P, R]) -> Callable[P, R]:
    """`function`, run in the language active now, wherever it is called from.

    Streamlit builds a file clicked for download in a worker thread, where the context
    variable holds the default language: a French page would get English numbers.
    """
    language = current_language()

    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        token = _language.set(language)
        try:
            return function(*args, **kwargs)
        finally:
            _language.reset(token)

    return call


def column_label(name: str) -> str:
    """The header shown on screen for a table column named `name` (the name itself where none is written)."""
    language = current_language()
    label = COLUMN_CATALOGUES.get(language, {}).get(name)
    if label is None:
        if language != DEFAULT_LANGUAGE and len(_untranslated) < MAX_RECORDED:
            _untranslated.add(f"column: {name}")
        return name
    return label


def untranslated() -> frozenset[str]:
    """Messages looked up in another language than English that had no translation, since the last reset."""
    return frozenset(_untranslated)


def forget_untranslated() -> None:
    """Start recording missing translations afresh (tests call it before rendering a page)."""
    _untranslated.clear()


def translated(frame: pl.DataFrame, *columns: str) -> pl.DataFrame:
    """`frame` with the text of `columns` in the active language; unchanged in English.

    For display columns of small frames (category labels, statuses, units): each distinct
    value is looked up once.
    """
    if current_language() == DEFAULT_LANGUAGE:
        return frame
    return frame.with_columns(
        # As text: a categorical (the prepared catalogue's columns) is translated too, not skipped.
        pl.col(column)
        .cast(pl.String)
        .replace({value: t(value) for value in frame.get_column(column).cast(pl.String).drop_nulls().unique()})
        for column in columns
        if column in frame.columns and frame.schema[column] in (pl.String, pl.Categorical)
    )


def translated_column(column: str) -> pl.Expr:
    """`column` in the active language, as a Polars expression; the column as it is in English.

    For lazy queries too large to translate value by value (a table of a million programs read
    a chunk at a time): each value the active language's catalogue holds is replaced by its
    translation, the lookup `t()` makes, and any other value is left as it is. The mapping is a
    literal of the expression, so the query translates wherever and whenever it runs.
    """
    catalogue = CATALOGUES.get(current_language(), {})
    if current_language() == DEFAULT_LANGUAGE or not catalogue:
        return pl.col(column)
    return pl.col(column).replace(catalogue)


def in_every_language(message: str) -> tuple[str, ...]:
    """`message` as each language writes it, English first, each once (`Online`, `En ligne`)."""
    return tuple(dict.fromkeys(CATALOGUES.get(language, {}).get(message, message) for language in LANGUAGES))


def in_page_language(frame: pl.DataFrame, *columns: str) -> pl.DataFrame:
    """`frame` as a table shows it: each of `columns` in the page's language, from the data package's own text.

    The package carries its French beside the English (`note` and `note_fr`, the project's
    translation). In English the `_fr` column is left out; in French it takes the English
    column's place, typeset the French way, and the English column is left out. A row with no
    French (which `python -m dashboard.data check` reports) keeps its English rather than a blank.
    """
    french = current_language() == "fr"
    shown: list[pl.Expr | str] = []
    hidden = {f"{column}{FRENCH_SUFFIX}" for column in columns}
    for name in frame.columns:
        translation = f"{name}{FRENCH_SUFFIX}"
        if name in hidden:
            continue
        if french and name in columns and translation in frame.columns:
            typeset_text = pl.Series(
                [None if text is None else french_typography(text) for text in frame.get_column(translation)],
                dtype=pl.String,
            )
            shown.append(pl.coalesce(pl.lit(typeset_text), pl.col(name)).alias(translation))
        else:
            shown.append(name)
    return frame.select(shown)


def list_join(parts: list[str]) -> str:
    """Items of a list in running text: `a; b` in English, `a ; b` (narrow no-break space) in French."""
    return (f"{NARROW_NBSP}; " if current_language() == "fr" else "; ").join(parts)


def alphabetical_key(text: str) -> str:
    """`text` for alphabetical order: accents and case aside (É with E, as a French reader expects).

    Plain string order is by code point, which puts `Île-du-Prince-Édouard` after `Yukon`.
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def plotly_separators() -> str:
    """Plotly's `separators` (decimal mark, then thousands): `.,` in English, comma and narrow space in French."""
    return f",{NARROW_NBSP}" if current_language() == "fr" else ".,"


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


def hedged(value: str, qualifier: str | None) -> str:
    """A figure as its source hedges it (`about 60%`, `more than 1,200`), in the page's language."""
    return f"{t(qualifier)} {value}" if qualifier else value


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


def takes_singular(count: int) -> bool:
    """Whether a noun after `count` is singular in the page's language: for 1 in English, 0 and 1 in French."""
    return count == 1 or (count == 0 and current_language() == "fr")


def plural(count: int, one: str, many: str, **values: object) -> str:
    """The message `one` or `many`, whichever the page's language uses for `count` (`takes_singular`),
    with `{count}` written the page's way. Each is a whole sentence, so each translates as a unit."""
    return t(one if takes_singular(count) else many, count=format_count(count), **values)


def format_count(value: float | None) -> str:
    """`36,991,981` / `36 991 981`; a dash where unknown."""
    return format_number(value, 0)
