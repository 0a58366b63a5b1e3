"""Chart text widths (`dashboard.text_width`) and the margins bar charts reserve from them."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from dashboard.figures import percent_bars, reserve_margins, wrap_label
from dashboard.text_width import SOURCE_SANS_EM, char_em, label_width, line_width


def test_a_label_is_as_wide_as_its_widest_line():
    assert label_width("abc<br>abcdef<br>a", 14) == line_width("abcdef", 14)


def test_a_label_is_measured_as_drawn_not_as_escaped():
    # wrap_label writes "R&D" as "R&amp;D"; Plotly draws "R&D".
    assert label_width(wrap_label("R&D <skills>"), 14) == line_width("R&D <skills>", 14)


def test_accented_letters_are_as_wide_as_their_base_letter():
    assert line_width("Éléments à créer", 14) == line_width("Elements a creer", 14)


def test_a_character_not_listed_never_counts_as_narrow():
    # An ideograph or an emoji is drawn a full em wide, wider than any listed character.
    for char in ("漢", "\U0001f600"):
        assert char_em(char) >= 1.0
        assert char_em(char) >= max(SOURCE_SANS_EM.values())


def test_width_grows_with_the_text_and_the_size():
    assert line_width("WWW", 14) > line_width("iii", 14)
    assert line_width("Ontario", 28) == 2 * line_width("Ontario", 14)


def survey_answers(*answers: str) -> pl.DataFrame:
    return pl.DataFrame({"answer": list(answers), "percent": [40.0] * len(answers)})


def test_a_bar_chart_reserves_more_room_for_longer_labels():
    short = percent_bars(survey_answers("Yes", "No"), "answer")
    long = percent_bars(survey_answers("Yes", "Would consider it within a year"), "answer")
    assert long.layout.margin.l > short.layout.margin.l
    assert long.layout.margin.l >= label_width(wrap_label("Would consider it within a year"), 14)


def top_margin(figure: go.Figure) -> int:
    """The top margin Plotly will use: the figure's own, else its template's."""
    return figure.layout.margin.t or figure.layout.template.layout.margin.t


def test_only_a_chart_with_a_legend_reserves_room_for_it_on_top():
    answers = pl.concat(
        [survey_answers("Yes", "No").with_columns(survey=pl.lit(name)) for name in ("2023 survey", "2024 survey")]
    )
    with_legend = percent_bars(answers, "answer", series="survey")
    without = percent_bars(survey_answers("Yes", "No"), "answer")
    assert top_margin(with_legend) > top_margin(without)


def test_reserving_twice_changes_nothing():
    figure = percent_bars(survey_answers("Yes", "Would consider it within a year"), "answer")
    before = figure.layout.margin.to_plotly_json()
    assert reserve_margins(figure).layout.margin.to_plotly_json() == before


def test_a_legend_with_wrapped_names_gets_more_room_on_top():
    def surveys(*names: str) -> pl.DataFrame:
        return pl.concat([survey_answers("Yes", "No").with_columns(survey=pl.lit(name)) for name in names])

    short = percent_bars(surveys("2023 survey", "2024 survey"), "answer", series="survey")
    wrapped = percent_bars(
        surveys("2023 survey", "A national survey of online and digital learning in Canadian colleges"),
        "answer",
        series="survey",
    )
    assert top_margin(wrapped) > top_margin(short)
