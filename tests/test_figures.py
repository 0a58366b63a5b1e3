"""Shared figure builders (`dashboard.figures`): what a reader sees on a bar, in its legend and whiskers."""

from __future__ import annotations

import datetime as dt
import math

import polars as pl

from dashboard.figures import count_bars, percent_bars, timeline
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


def test_a_timeline_s_log_axis_runs_from_a_labelled_power_of_ten_below_every_marker_to_one_above():
    """Ontario's case: markers from $270,000 to $59,500,000; Plotly ended the axis at "$10M", under the largest."""
    frame = pl.DataFrame(
        {
            "announced": [dt.date(2020, 11, 5), dt.date(2022, 12, 1), dt.date(2023, 3, 1)],
            "amount": [59_500_000.0, 270_000.0, 5_000_000.0],
            "label": ["a", "b", "c"],
            "funder": ["Province or territory"] * 3,
        }
    )
    axis = timeline(frame, "announced", "amount", "label", "funder").layout.yaxis
    low, high = axis.range
    # A label every power of ten (dtick 1 from 0): the labelled ones are the whole numbers in the range.
    labelled = [power for power in range(math.ceil(low), math.floor(high) + 1)]
    assert axis.dtick == 1 and axis.tick0 in (None, 0)
    assert labelled == [5, 6, 7, 8]  # $100k under the smallest marker to $100M over the largest
    assert low < 5 and high > 8  # the end labels are inside the axis


def test_a_timeline_marker_of_a_round_million_is_not_on_the_axis_edge():
    frame = pl.DataFrame(
        {
            "announced": [dt.date(2021, 1, 1)] * 2,
            "amount": [1_000_000.0, 4_000_000.0],
            "label": ["a", "b"],
            "funder": ["F"] * 2,
        }
    )
    figure = timeline(frame, "announced", "amount", "label", "funder")
    low, high = figure.layout.yaxis.range
    assert low < math.log10(1_000_000) - 0.03 and high > math.log10(4_000_000)
    # However close to the axis's end, no marker is cut in half by it.
    assert all(trace.cliponaxis is False for trace in figure.data)
