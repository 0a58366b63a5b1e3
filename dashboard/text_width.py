"""How wide a line of chart text is drawn, so a chart can reserve the room its labels need.

Plotly's `automargin` grows a margin that is too narrow for its axis labels and then draws the
whole chart again; a chart whose margins already fit skips that pass (`dashboard.figures`).
Widths are those of the app's own font, Source Sans (regular), which Streamlit serves to every
visitor: per em, measured in Chromium with canvas `measureText` at 1,000 px.
`tests/browser/test_chart_margins.py` measures them again in the font the app serves.
"""

from __future__ import annotations

import html
import unicodedata

# Letters with accents are as wide as their base letter (checked for the French ones), so
# only base letters are listed; `œ`, `æ` and punctuation have no base letter.
# fmt: off
SOURCE_SANS_EM: dict[str, float] = {
    "0": 0.497, "1": 0.497, "2": 0.497, "3": 0.497, "4": 0.497, "5": 0.497, "6": 0.497, "7": 0.497,
    "8": 0.497, "9": 0.497, " ": 0.2, "!": 0.289, "\"": 0.426, "#": 0.497, "$": 0.497, "%": 0.824,
    "&": 0.609, "'": 0.249, "(": 0.303, ")": 0.303, "*": 0.418, "+": 0.497, ",": 0.249, "-": 0.311,
    ".": 0.249, "/": 0.35, ":": 0.249, ";": 0.249, "<": 0.497, "=": 0.497, ">": 0.497, "?": 0.425,
    "@": 0.847, "A": 0.543, "B": 0.588, "C": 0.571, "D": 0.615, "E": 0.527, "F": 0.494, "G": 0.617,
    "H": 0.652, "I": 0.263, "J": 0.479, "K": 0.579, "L": 0.486, "M": 0.727, "N": 0.647, "O": 0.664,
    "P": 0.566, "Q": 0.664, "R": 0.569, "S": 0.534, "T": 0.536, "U": 0.645, "V": 0.515, "W": 0.786,
    "X": 0.513, "Y": 0.476, "Z": 0.539, "[": 0.303, "\\": 0.35, "]": 0.303, "^": 0.497, "_": 0.5,
    "`": 0.542, "a": 0.504, "b": 0.553, "c": 0.456, "d": 0.555, "e": 0.496, "f": 0.292, "g": 0.504,
    "h": 0.544, "i": 0.246, "j": 0.247, "k": 0.495, "l": 0.255, "m": 0.829, "n": 0.547, "o": 0.542,
    "p": 0.555, "q": 0.555, "r": 0.347, "s": 0.419, "t": 0.338, "u": 0.544, "v": 0.467, "w": 0.719,
    "x": 0.446, "y": 0.467, "z": 0.425, "{": 0.303, "|": 0.241, "}": 0.303, "~": 0.497, "œ": 0.839,
    "æ": 0.778, "Œ": 0.847, "Æ": 0.822, "’": 0.249, "‘": 0.249, "“": 0.426, "”": 0.426, "«": 0.429,
    "»": 0.429, "–": 0.48, "—": 0.8, "…": 0.948, "\u00a0": 0.2, "\u202f": 0.12, "°": 0.331, "×": 0.497,
    "·": 0.249, "•": 0.304,
}
# fmt: on
# A character not listed counts as a full em, wider than any listed one: an ideograph is one em wide.
UNLISTED_EM = 1.0


def char_em(char: str) -> float:
    """One character's width in em; a character not listed never counts as narrow."""
    width = SOURCE_SANS_EM.get(char)
    if width is None:
        width = SOURCE_SANS_EM.get(unicodedata.normalize("NFD", char)[:1], UNLISTED_EM)
    return width


def line_width(text: str, size: float) -> float:
    """Width in pixels of one line of plain text at `size` px (kerning only ever narrows it)."""
    return size * sum(char_em(char) for char in text)


def label_width(label: str, size: float) -> float:
    """Width of a Plotly label as `figures.wrap_label` writes it: its widest line, entities read."""
    return max(line_width(html.unescape(line), size) for line in label.split("<br>"))
