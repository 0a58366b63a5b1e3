"""Scanning the app's own code (comments and strings left out) for calls it must never make."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

from dashboard.paths import REPO_ROOT

SCANNED = ("dashboard", "components", "pages")


def code_only(source: str) -> str:
    """The source with comments and string literals removed."""
    kept = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in (tokenize.COMMENT, tokenize.STRING) or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            continue
        kept.append(token.string)
    return " ".join(kept)


def python_files() -> list[Path]:
    return sorted(p for folder in SCANNED for p in (REPO_ROOT / folder).rglob("*.py"))
