"""Chart colours: marks keep 3:1 contrast against the white background (WCAG 2.1 1.4.11)."""

from __future__ import annotations

import pytest

from dashboard.figures import PALETTE


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of an sRGB colour such as '#0072B2'."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_on_known_pairs():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("colour", PALETTE)
def test_every_mark_colour_has_three_to_one_contrast_on_white(colour):
    assert contrast(colour, "#FFFFFF") >= 3.0, colour
