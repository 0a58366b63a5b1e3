"""Chart colours: marks keep 3:1 contrast against the white background (WCAG 2.1 1.4.11), text on them 4.5:1."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard.colour import WHITE, contrast, readable_on
from dashboard.figures import INK, PALETTE, percent_bars


def test_contrast_formula_on_known_pairs():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("colour", PALETTE)
def test_every_mark_colour_has_three_to_one_contrast_on_white(colour):
    assert contrast(colour, "#FFFFFF") >= 3.0, colour


@pytest.mark.parametrize("colour", PALETTE)
def test_text_on_every_mark_colour_has_four_and_a_half_to_one_contrast(colour):
    assert contrast(readable_on(colour, INK), colour) >= 4.5, colour


def test_text_on_a_light_mark_is_dark_and_on_a_dark_mark_white():
    assert readable_on("#F0E442", INK) == INK
    assert readable_on("#000000", INK) == WHITE


def test_hatched_bars_keep_a_visible_pattern_and_readable_values():
    # Four surveys, one per pattern: the bars after the first are hatched. Each hatch lies over the
    # bar's own colour and stands out from it (3:1); the value on the bar reads against the bar and
    # against the stripes it crosses (4.5:1).
    answers = pl.DataFrame(
        {
            "answer": ["Offer microcredentials", "Plan to offer them"] * 4,
            "percent": [56.0, 33.0, 76.0, 40.0, 61.0, 22.0, 48.0, 35.0],
            "survey": [name for name in ("2019 survey", "2020 survey", "2021 survey", "2023 survey") for _ in range(2)],
        }
    )
    figure = percent_bars(answers, "answer", series="survey")
    hatched = [trace for trace in figure.data if trace.marker.pattern.shape]
    assert len(hatched) == 3
    for trace in figure.data:
        assert contrast(trace.insidetextfont.color, trace.marker.color) >= 4.5, trace.name
    for trace in hatched:
        assert trace.marker.pattern.fillmode == "overlay", trace.name  # the bar keeps its colour under the hatch
        assert contrast(trace.marker.pattern.fgcolor, trace.marker.color) >= 3.0, trace.name
        assert contrast(trace.marker.pattern.fgcolor, trace.insidetextfont.color) >= 4.5, trace.name
