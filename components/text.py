"""Data-derived text is shown as text: escaped before Markdown, links only to web addresses."""

from __future__ import annotations

import re

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
