"""Colour contrast, as WCAG 2.1 defines it, for choosing text that stays readable on a chart's marks."""

from __future__ import annotations

WHITE = "#FFFFFF"


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of an sRGB colour such as '#0072B2'."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: str, dark: str) -> str:
    """White or `dark`, whichever contrasts more with `background`: the colour for text drawn on it."""
    return WHITE if contrast(WHITE, background) >= contrast(dark, background) else dark
