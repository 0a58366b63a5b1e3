"""The words around a chart: its source line on the page, and what its picture (PNG) says."""

from __future__ import annotations

import re
from dataclasses import replace

import polars as pl
import pytest

from components.chart_block import picture, sources_line
from components.text import sources_text
from dashboard.charts import ChartSpec, SourceRef
from dashboard.i18n import set_language

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    set_language("en")


def spec_with(sources: list[SourceRef]) -> ChartSpec:
    return ChartSpec(
        key="costs-price-status",
        title="None of the 53 programs listed publishes a price",
        subtitle="Programs in the catalogue for Canada.",
        figure=None,
        table=pl.DataFrame({"status": ["free"], "programs": [4]}),
        takeaway="Price published for 0 of 53 programs.",
        sources=sources,
    )


def source(number: int, publisher: str) -> SourceRef:
    return SourceRef(f"s{number}", f"Article {number}", publisher, f"https://example.org/{number}")


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([], "Source: not recorded"),
        (["a"], "Source: a"),
        (["a", "b", "c"], "Sources: a; b; c"),
        (["a", "b", "c", "d", "e"], "Sources: a; b; c and 2 more"),
    ],
)
def test_a_source_line_names_the_first_sources_and_counts_the_rest(parts, expected):
    assert sources_text(parts, shown=3) == expected


def test_a_french_source_line_has_french_spacing_and_words():
    set_language("fr")
    assert sources_text(["a", "b", "c", "d"], shown=2) == f"Sources{NBSP}: a{NNBSP}; b et 2 autres"


def test_the_page_lists_six_sources_and_sends_the_rest_to_the_data_page():
    line = sources_line(spec_with([source(number, "CBC News") for number in range(8)]))
    assert line.count("](https://example.org/") == 6
    assert line.endswith("and 2 more, with their links in the CSV with sources (zip) below")


def test_the_picture_names_each_publisher_once_and_a_source_without_one_by_its_title():
    spec = spec_with([source(1, "CBC News"), source(2, "CBC News"), source(3, ""), source(4, "HEQCO")])
    made = picture(spec)
    assert made["source"] == "Sources: CBC News; Article 3; HEQCO"
    assert (made["title"], made["subtitle"]) == (spec.title, spec.subtitle)
    assert re.fullmatch(r"microcredentials_costs-price-status_\{region\}_\d{4}-\d{2}-\d{2}\.png", made["fileName"])


def test_the_picture_of_many_sources_names_three_publishers():
    spec = spec_with([source(number, f"Publisher {number}") for number in range(5)])
    assert picture(spec)["source"] == "Sources: Publisher 0; Publisher 1; Publisher 2 and 2 more"


def test_the_source_line_ends_with_the_survey_s_own_publication_where_the_figures_were_read_elsewhere():
    spec = spec_with([source(1, "Canadian HR Reporter")])
    report = SourceRef("heqco-2021", "Making Sense of Microcredentials", "HEQCO", "https://heqco.ca/pub/x/", "primary")
    line = sources_line(replace(spec, surveys=[report]))
    assert line.startswith("Source: [Article 1](https://example.org/1) (Canadian HR Reporter)")
    assert line.endswith("The survey: [Making Sense of Microcredentials](https://heqco.ca/pub/x/) (HEQCO, primary)")


def test_the_picture_names_the_survey_s_own_publication_after_the_publishers():
    spec = spec_with([source(1, "Canadian HR Reporter")])
    report = SourceRef("heqco-2021", "Making Sense of Microcredentials", "HEQCO", "https://heqco.ca/pub/x/", "primary")
    assert picture(replace(spec, surveys=[report]))["source"] == (
        "Source: Canadian HR Reporter. The survey: Making Sense of Microcredentials (HEQCO)"
    )


def test_one_source_left_over_is_one_more_in_both_languages():
    assert sources_text(["a", "b", "c"], shown=2) == "Sources: a; b and 1 more"
    set_language("fr")
    assert sources_text(["a", "b", "c"], shown=2) == f"Sources{NBSP}: a{NNBSP}; b et 1 autre"
