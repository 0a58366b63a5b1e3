"""French typography applied to every French catalogue entry when it is loaded.

Translations are written with ordinary spaces, which keeps them readable and diffable; this
module turns them into the spaces French typography asks for (Office québécois de la langue
française, Banque de dépannage linguistique « Espacement avant et après les signes de
ponctuation »), so that a line never breaks between a word and its colon, `%` or `$`:

- a no-break space (U+00A0) before the colon and inside « guillemets »;
- a narrow no-break space (U+202F) before ; ? ! and %, before $ after a number, and between
  groups of three digits (`2 000`, `1 500 $`).
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
_SPACES = "[ \u00a0\u202f]"

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"«" + _SPACES + "*"), "«" + NBSP),
    (re.compile(_SPACES + "*»"), NBSP + "»"),
    # A colon ending a phrase (followed by a space, the end, or Markdown's closing **), not `1:50m` or `://`.
    (re.compile(r"(?<=\S)" + _SPACES + r"?:(?=[\s*]|$)"), NBSP + ":"),
    (re.compile(r"(?<=\S)" + _SPACES + r"?([;?!])(?=[\s*»)]|$)"), NARROW_NBSP + r"\1"),
    (re.compile(r"(?<=[\d}])" + _SPACES + r"?%"), NARROW_NBSP + "%"),
    (re.compile(r"(?<=\d)" + _SPACES + r"\$"), NARROW_NBSP + "$"),
    (re.compile(r"(?<=\d)" + _SPACES + r"(?=\d{3}\b)"), NARROW_NBSP),
)


def french_typography(text: str) -> str:
    """`text` with French spacing around punctuation, percent and dollar signs, and digit groups."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def typeset(catalogue: dict[str, str]) -> dict[str, str]:
    """The catalogue with French typography applied to every translation (keys stay the English text)."""
    return {english: french_typography(french) for english, french in catalogue.items()}
