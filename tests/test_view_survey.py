"""Survey charts' words: what a takeaway may compare."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard.data import load_package
from dashboard.i18n import set_language
from dashboard.paths import BUNDLED_DATA_DIR
from dashboard.views import institutions, workers
from dashboard.views.survey import ranking_takeaway


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    set_language("en")


def rows(*items: tuple[str, str, float]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "survey": [survey for survey, _, _ in items],
            "item": [item for _, item, _ in items],
            "percent": [percent for _, _, percent in items],
            "qualifier": [None] * len(items),
            "ci95_low_percent": [None] * len(items),
            "ci95_high_percent": [None] * len(items),
        },
        schema_overrides={"qualifier": pl.String, "ci95_low_percent": pl.Float64, "ci95_high_percent": pl.Float64},
    )


def test_items_of_one_survey_are_ranked():
    takeaway = ranking_takeaway(rows(("Survey A", "Offering", 56.0), ("Survey A", "Planning", 33.0)))
    assert takeaway == "Highest: Offering (56%); lowest: Planning (33%)."


def test_items_of_two_surveys_are_ranked_within_each_survey_never_across():
    takeaway = ranking_takeaway(
        rows(
            ("Survey of 2019", "Online courses", 76.0),
            ("Survey of 2021", "Offering", 56.0),
            ("Survey of 2021", "Planning", 33.0),
        )
    )
    assert takeaway == (
        "Survey of 2019 — Online courses: 76%. Survey of 2021 — Highest: Offering (56%); lowest: Planning (33%)."
    )


def test_the_colleges_chart_does_not_rank_a_2019_survey_against_a_2021_one():
    """The walk-through's case: "Highest: Offered online courses for microcredentials (2019) (76%); lowest:
    Planning or interested in offering microcredentials (33%)" set a 2019 survey's figure against a 2021 one's."""
    takeaway = institutions.colleges(load_package(BUNDLED_DATA_DIR)).takeaway
    assert "Highest: Offered online courses" not in takeaway
    assert "Highest: Offering microcredentials (56%); lowest: Planning or interested in offering" in takeaway
    assert "National Survey of Online and Digital Learning 2019 — " in takeaway


def test_the_disagreeing_future_proofing_figures_keep_their_intervals_apart_from_the_dispute():
    """78% and 70% for one question of one survey: each interval is sampling error, not a verdict."""
    spec = workers.future_proofing(load_package(BUNDLED_DATA_DIR))
    assert spec.title.startswith("Sources disagree: 78% or 70%")
    assert "cannot say which report is right" in spec.subtitle
