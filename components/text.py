"""Data-derived text is shown as text: escaped before Markdown, links only to web addresses."""

from __future__ import annotations

import re

from dashboard.i18n import list_join, plural, t

MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def md_escape(text: object) -> str:
    """Text that Markdown renders literally, characters such as `<`, `*` or `[` included."""
    return MARKDOWN_SPECIALS.sub(r"\\\1", str(text))


def safe_url(url: object) -> str | None:
    """The URL if it is a plain http(s) address; None for anything else (javascript:, data:...)."""
    if isinstance(url, str) and re.fullmatch(r"https?://[^\s<>\"'()]+", url):
        return url
    return None


def md_link(label: object, url: object) -> str:
    """A Markdown link to a safe URL, or the escaped label alone."""
    target = safe_url(url)
    return f"[{md_escape(label)}]({target})" if target else md_escape(label)


# The rest of a long list of sources: a chart's are in its zip (README.txt and metadata.json, each
# with its link), and every source is in About's list of sources.
MORE_IN_ZIP = (
    "and 1 more, with its link in the CSV with sources (zip) below",
    "and {count} more, with their links in the CSV with sources (zip) below",
)
MORE_ON_ABOUT_PAGE = (
    "and 1 more, listed with its link on the About and methodology page",
    "and {count} more, listed with their links on the About and methodology page",
)


def sources_text(parts: list[str], shown: int, more: tuple[str, str] = ("and 1 more", "and {count} more")) -> str:
    """`Source: a`, or `Sources: a; b and 3 more`: the first `shown` parts, then `more` for the rest, its
    message for one left (`et 1 autre`) or for `{count}` of them.

    Parts come formatted (escaped, linked, or plain for a picture). One message per label, so
    French can put its no-break space before the colon.
    """
    if not parts:
        return t("Source: not recorded")
    listed = list_join(parts[:shown])
    text = t("Sources: {sources}", sources=listed) if len(parts) > 1 else t("Source: {sources}", sources=listed)
    hidden = len(parts) - shown
    if hidden <= 0:
        return text
    one, many = more
    return f"{text} {plural(hidden, one, many)}"
