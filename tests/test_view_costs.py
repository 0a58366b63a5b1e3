"""The Costs page's price-status chart: its title agrees in number with the count it states."""

from __future__ import annotations

import dataclasses
import re

import polars as pl
import pytest

from dashboard.data import load_package
from dashboard.i18n import set_language
from dashboard.measures.catalogue import FREE_NOTES
from dashboard.paths import REPO_ROOT
from dashboard.regions import regions
from dashboard.views import costs
from dashboard.views.programs import with_prepared_catalogue

PACKAGE = load_package(REPO_ROOT / "data")


def test_the_free_clause_agrees_with_its_count_in_every_region():
    catalogue = PACKAGE.frame("catalogue")
    counts_seen = set()
    for region in regions(PACKAGE.frame("provinces")).values():
        spec = costs.cost_status(PACKAGE, region)
        in_region = catalogue if region.is_national else catalogue.filter(pl.col("province").is_in(region.provinces))
        if in_region.is_empty():
            continue  # no clause at all: see the next test
        free = in_region.filter(pl.col("cost_note").is_in(list(FREE_NOTES))).height
        counts_seen.add(free)
        clause = f"{free} is free or fully funded" if free == 1 else f"{free} are free or fully funded"
        assert re.search(rf"; {clause}$", spec.title), spec.title
        assert f"; {clause}; " in spec.takeaway or spec.takeaway.endswith(f"; {clause}.")
    assert 1 in counts_seen and len(counts_seen) > 1  # both forms were exercised by the shipped data


def test_a_region_with_no_program_says_so_instead_of_drawing_empty_axes():
    ontario = regions(PACKAGE.frame("provinces"))["ON"]
    catalogue = PACKAGE.frame("catalogue")
    without_ontario = dataclasses.replace(
        PACKAGE, frames={**PACKAGE.frames, "catalogue": catalogue.filter(pl.col("province") != "ON")}
    )
    assert catalogue.filter(pl.col("province") == "ON").height > 0  # so the region did have programs
    spec = costs.cost_status(without_ontario, ontario)
    assert spec.title == "The catalogue lists no program for Ontario"
    assert "0 of 0" not in spec.takeaway and "no program" in spec.takeaway
    assert not [trace for trace in spec.figure.data if trace.type == "bar"]
    assert [note.text for note in spec.figure.layout.annotations] == ["Nothing to plot for Ontario."]
    assert spec.table.is_empty()


def test_cost_statuses_are_french_on_a_french_page_with_the_served_catalogue():
    served = with_prepared_catalogue(PACKAGE)  # repeated text as categoricals, as the app holds it
    set_language("fr")
    try:
        spec = costs.cost_status(served, regions(PACKAGE.frame("provinces"))["BC"])
    finally:
        set_language("en")
    assert set(spec.table["cost_status"]) == {"gratuit", "non publié"}


def test_the_french_free_clause_never_agrees_a_verb_with_zero():
    set_language("fr")
    try:
        titles = [costs.cost_status(PACKAGE, region).title for region in regions(PACKAGE.frame("provinces")).values()]
        # French typography puts a no-break space before the colon.
        titles = [title.replace("\u00a0", " ").replace("\u202f", " ") for title in titles]
    finally:
        set_language("en")
    assert not [title for title in titles if "0 sont" in title]
    assert [title for title in titles if title.endswith("gratuits ou entièrement financés : 0")]


def test_a_province_s_price_chart_says_it_leaves_out_canada_wide_programs():
    """The Programs page counts Canada-wide programs beside a province's own: this chart says it does not."""
    catalogue = PACKAGE.frame("catalogue")
    assert catalogue.filter(pl.col("province") == "CA").height > 0  # there are some to leave out
    by_code = regions(PACKAGE.frame("provinces"))
    ontario = costs.cost_status(PACKAGE, by_code["ON"])
    own = catalogue.filter(pl.col("province") == "ON").height
    assert f" {own} programs" in ontario.title
    assert "(programs offered Canada-wide are not counted here)" in ontario.subtitle
    assert "Canada-wide" not in costs.cost_status(PACKAGE, by_code["CA"]).subtitle


@pytest.mark.parametrize("language", ["en", "fr"])
def test_cost_status_bars_are_labelled_with_a_capital_as_the_page_s_other_categories(language):
    """The bars read "free", "fully funded", "not published" where every other chart writes "Free or fully funded"."""
    set_language(language)
    try:
        spec = costs.cost_status(PACKAGE, regions(PACKAGE.frame("provinces"))["CA"])
    finally:
        set_language("en")
    labels = [label for trace in spec.figure.data for label in trace.y]
    assert len(labels) >= 2 and all(label[:1].isupper() for label in labels), labels
    # The table keeps the data's own words, as the CSV does.
    assert any(status[:1].islower() for status in spec.table["cost_status"].to_list())


def test_the_price_takeaway_speaks_of_the_rest_only_when_some_program_gives_no_price():
    choices = regions(PACKAGE.frame("provinces"))
    # Prince Edward Island: no published price, and every program noted free or fully funded.
    island = costs.cost_status(PACKAGE, choices["PE"]).takeaway
    assert island.startswith("No fee stated for the 3 programs; 3 are free or fully funded.")
    assert "the rest" not in island
    # Saskatchewan: no price, none free: the rest is every program.
    assert costs.cost_status(PACKAGE, choices["SK"]).takeaway.endswith("; the rest give no price.")


def test_one_published_price_takes_the_singular_in_both_languages():
    coverage = {"programs": 5, "prices_known": 1, "free_or_funded": 0, "unstated": 4}
    ontario = regions(PACKAGE.frame("provinces"))["ON"]
    english = costs._status_text(coverage, ontario)[0]
    set_language("fr")
    try:
        french = costs._status_text(coverage, ontario)[0]
    finally:
        set_language("en")
    assert english.startswith("1 of 5 programs publishes a price;")
    assert french.startswith("1 des 5 programmes publie un prix")
