"""Shared figure builders (`dashboard.figures`): what a reader sees on a bar, in its legend and whiskers."""

from __future__ import annotations

import math

import polars as pl

from dashboard.figures import count_bars, percent_bars
from dashboard.i18n import NARROW_NBSP, set_language


def test_long_legend_names_are_wrapped_to_fit_a_phone():
    answers = pl.DataFrame(
        {
            "answer": ["Yes", "Yes"],
            "percent": [56.0, 76.0],
            "survey": ["A national survey of online and digital learning in Canadian colleges", "Context analysis"],
        }
    )
    names = [trace.name for trace in percent_bars(answers, "answer", series="survey").data]
    assert names[1] == "Context analysis"
    assert "<br>" in names[0]
    assert max(len(line) for name in names for line in name.split("<br>")) <= 40


def test_a_bar_without_an_interval_gets_no_whisker():
    # plotly.js reads a null length as 0 and draws a tick; only a length that is not a number is skipped.
    answers = pl.DataFrame(
        {
            "answer": ["With a base", "Without a base"],
            "percent": [86.0, 92.0],
            "ci95_low_percent": [80.0, None],
            "ci95_high_percent": [90.0, None],
        }
    )
    whiskers = percent_bars(answers, "answer").data[0].error_x
    assert list(whiskers.array)[0] == 4.0 and list(whiskers.arrayminus)[0] == 6.0
    for lengths in (whiskers.array, whiskers.arrayminus):
        assert lengths[1] is not None and not isinstance(lengths[1], int | float)
        assert math.isnan(float(lengths[1]))


def test_a_bar_is_written_as_its_source_hedges_it_on_the_bar_and_in_its_hover():
    answers = pl.DataFrame(
        {"answer": ["Framework", "Offering"], "percent": [40.0, 51.0], "qualifier": ["less than", None]}
    )
    bar = percent_bars(answers, "answer", qualifier="qualifier").data[0]
    assert list(bar.text) == ["less than 40%", "51%"]
    assert "%{text}" in bar.hovertemplate
    set_language("fr")
    try:
        french = percent_bars(answers, "answer", qualifier="qualifier").data[0]
    finally:
        set_language("en")
    assert list(french.text) == [f"moins de 40{NARROW_NBSP}%", f"51{NARROW_NBSP}%"]


def test_a_count_is_written_as_its_source_hedges_it():
    counts = pl.DataFrame(
        {"program": ["OSAP", "StrongerBC"], "value": [1200, 300], "qualifier": ["more than", "nearly"]}
    )
    assert list(count_bars(counts, "program", "value", "Programs", qualifier="qualifier").data[0].text) == [
        "more than 1,200",
        "nearly 300",
    ]
    assert list(count_bars(counts, "program", "value", "Programs").data[0].text) == ["1,200", "300"]
