"""Colour contrast, as WCAG 2.1 defines it, for choosing text that stays readable on a chart's marks."""

from __future__ import annotations

WHITE = "#FFFFFF"


def hex_colour(rgb: tuple[int, ...] | list[int]) -> str:
    """'#rrggbb' for an (r, g, b) triple; an alpha after them is ignored."""
    return "#{:02x}{:02x}{:02x}".format(*rgb[:3])


def rgb_triple(colour: str) -> tuple[int, int, int]:
    """(r, g, b) for '#rrggbb'."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of an sRGB colour such as '#0072B2'."""
    channels = [channel / 255 for channel in rgb_triple(colour)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: str, dark: str) -> str:
    """White or `dark`, whichever contrasts more with `background`: the colour for text drawn on it."""
    return WHITE if contrast(WHITE, background) >= contrast(dark, background) else dark
