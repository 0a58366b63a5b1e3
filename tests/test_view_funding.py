"""Funding page: counting rules, map classes and view functions.

Expectations are worked out by hand, either from the small frames below or from the
amounts cited in data/funding.csv; the arithmetic is written next to each check.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import math

import polars as pl
import pydeck as pdk
import pytest

from dashboard.colour import contrast, hex_colour
from dashboard.data import load_package
from dashboard.funding_figures import allocation_bars, highlighted_bars
from dashboard.i18n import set_language
from dashboard.maps import (
    NO_FUNDING_COLOUR,
    OPENING_VIEW,
    UNPUBLISHED_COLOUR,
    class_breaks,
    colour_for,
    funding_map,
    map_classes,
)
from dashboard.measures.funding import (
    SCOPE_CHOICES,
    countable_funding,
    envelopes_in_region,
    funding_summary,
    with_announced_date,
    with_counting,
)
from dashboard.paths import BUNDLED_DATA_DIR
from dashboard.regions import regions
from dashboard.views import funding as view

# ---------------------------------------------------------------- small hand-made frames

COLUMNS = ["funding_id", "destination", "amount_cad", "scope", "status", "parent_id", "announced"]
FUNDING = pl.DataFrame(
    [
        dict(zip(COLUMNS, row, strict=True))
        for row in [
            ("ab-envelope", "AB", 8_000_000.0, "microcredential-specific", "funded", None, "2022-09-22"),
            ("ab-uni", "AB", 1_000_000.0, "microcredential-specific", "funded", "ab-envelope", "2022-09-22"),
            ("ab-unknown", "AB", None, "microcredential-specific", "funded", "ab-envelope", "2022-09-22"),
            ("bc-grant", "BC", 2_000_000.0, "includes microcredentials", "funded", None, "2021"),
            ("on-promise", "ON", 9_000_000.0, "microcredential-specific", "promise", None, "2021"),
            ("on-adjacent", "ON", 50_000_000.0, "adjacent", "funded", None, "2020-12"),
            ("on-open-call", "ON", None, "microcredential-specific", "funded", None, None),
            ("national", "CA", 40_000_000.0, "microcredential-specific", "funded", None, "2023-02-22"),
            ("pe-share", "PE", 500_000.0, "microcredential-specific", "funded", "national", "2023"),
        ]
    ]
)


def test_every_row_says_why_it_is_or_is_not_counted():
    counting = dict(with_counting(FUNDING, SCOPE_CHOICES["specific"]).select("funding_id", "counting").iter_rows())
    assert counting == {
        "ab-envelope": "counted",
        "ab-uni": "allocation",
        "ab-unknown": "allocation",
        "bc-grant": "out_of_scope",  # "includes" is outside the specific scope
        "on-promise": "promise",
        "on-adjacent": "adjacent",
        "on-open-call": "counted",  # counted, adding nothing: its amount is unknown
        "national": "counted",
        "pe-share": "allocation",
    }
    including = with_counting(FUNDING, SCOPE_CHOICES["including"])
    assert including.filter(pl.col("funding_id") == "bc-grant")["counting"].item() == "counted"
    # Adjacent never counts, whatever the scope.
    assert including.filter(pl.col("funding_id") == "on-adjacent")["counted"].item() is False


@pytest.mark.parametrize("scope", list(SCOPE_CHOICES))
def test_counted_rows_are_exactly_the_countable_rows(scope):
    flagged = with_counting(FUNDING, SCOPE_CHOICES[scope]).filter(pl.col("counted"))["funding_id"].sort()
    assert flagged.to_list() == countable_funding(FUNDING, SCOPE_CHOICES[scope])["funding_id"].sort().to_list()


def test_partial_dates_sit_on_the_first_day_and_keep_their_precision():
    dated = with_announced_date(FUNDING).select("funding_id", "announced_on", "announced_precision")
    rows = {fid: (on, precision) for fid, on, precision in dated.iter_rows()}
    assert rows["ab-envelope"] == (dt.date(2022, 9, 22), "day")
    assert rows["on-adjacent"] == (dt.date(2020, 12, 1), "month")
    assert rows["bc-grant"] == (dt.date(2021, 1, 1), "year")
    assert rows["on-open-call"] == (None, None)


def test_summary_keeps_promises_apart_and_counts_coverage():
    summary = funding_summary(FUNDING, SCOPE_CHOICES["specific"])
    # Counted: ab-envelope 8M + national 40M + open call (no amount) = 48M; the promise's 9M
    # and the allocations (1M, 0.5M) are not added.
    assert summary["counted_cad"] == 48_000_000
    assert summary["announcements"] == 3
    assert summary["amount_published"] == 2
    assert summary["national_cad"] == 40_000_000
    assert summary["promised_cad"] == 9_000_000
    assert summary["promises"] == 1
    # Including adds the BC grant: 48M + 2M.
    assert funding_summary(FUNDING, SCOPE_CHOICES["including"])["counted_cad"] == 50_000_000


def test_a_national_envelope_with_an_allocation_in_a_province_is_listed_for_it():
    assert envelopes_in_region(FUNDING, ["PE"])["funding_id"].to_list() == ["national"]
    assert envelopes_in_region(FUNDING, ["AB"])["funding_id"].to_list() == ["ab-envelope"]
    assert envelopes_in_region(FUNDING, ["QC"]).is_empty()


# ---------------------------------------------------------------- map classes


def test_few_values_each_get_their_own_increasing_class():
    # Three distinct positive values and five colours: one class per value, in order.
    # (An earlier version put the largest value as the first bound, so all three were the lightest.)
    assert class_breaks([0, 179_968, 325_386, 580_441, 0]) == [179_968, 325_386, 580_441]
    colours = [colour_for(v, [179_968, 325_386, 580_441]) for v in (179_968, 325_386, 580_441)]
    assert len({tuple(c) for c in colours}) == 3


def test_many_values_make_five_equal_count_classes():
    values = list(range(1, 11))  # 1..10: five classes of two values, bounds 2, 4, 6, 8, 10
    assert class_breaks(values) == [2, 4, 6, 8, 10]


def test_zero_and_unknown_have_their_own_colour():
    assert colour_for(0, [10])[:3] == list(NO_FUNDING_COLOUR)
    assert colour_for(None, [10])[:3] == list(NO_FUNDING_COLOUR)
    assert colour_for(5, [10])[:3] != list(NO_FUNDING_COLOUR)


def test_legend_classes_name_only_values_that_are_plotted():
    legend = map_classes([0, 0, 5, 7, 7])
    assert [(c.lowest, c.highest, c.members) for c in legend] == [(None, None, 2), (5, 5, 1), (7, 7, 2)]
    assert all(c.hex.startswith("#") and len(c.hex) == 7 for c in legend)


# ---------------------------------------------------------------- shipped data


@pytest.fixture(scope="module")
def package():
    return load_package(BUNDLED_DATA_DIR)


@pytest.fixture(scope="module")
def choices(package):
    return regions(package.frame("provinces"))


def _figures(package, scope, region):
    figures = [view.region_headline(package, scope, region), *view.headline_figures(package, scope)]
    return {h.label: h for h in figures if h is not None}


def test_headline_totals_in_each_scope(package, choices):
    specific = _figures(package, "specific", choices["CA"])
    # ON 59,500,000 + 15,000,000 + 2,000,000 + 300,000 + 5,000,000 + FSC projects in ON 267,660 + 494,000
    # = 82,561,660; BC 4,000,000 + 5,000,000 (the pilot's two shares are inside the 4M) = 9,000,000;
    # AB 13,870,000; national C2R2 46,500,000. Total 151,931,660.
    assert specific["Counted funding, Canada"].value == "$151,931,660"
    assert specific["National programs"].value == "$46,500,000"
    # BC call for proposals, BC First Nations initiative, NB ECE tuition: 3 of 16 counted rows.
    assert specific["Amount not published"].value == "3"
    assert "13 of 16" in specific["Amount not published"].note
    including = _figures(package, "including", choices["CA"])
    # + BC Future Skills Grant 39,000,000 + NB 6,870,000 + NL 634,000 + FSC 2020 round 37,000,000.
    assert including["Counted funding, Canada"].value == "$235,435,660"
    assert including["National programs"].value == "$83,500,000"


def test_the_promise_is_shown_but_never_added(package, choices):
    for scope in SCOPE_CHOICES:
        figures = _figures(package, scope, choices["CA"])
        assert figures["Promised, never counted"].value == "$26,200,000"
    # With the NS promise added the specific total would be 151,931,660 + 26,200,000 = 178,131,660.
    assert _figures(package, "specific", choices["CA"])["Counted funding, Canada"].value != "$178,131,660"


def test_alberta_headline(package, choices):
    alberta = _figures(package, "specific", choices["AB"])["Alberta: counted funding"]
    # 5,600,000 (pilot) + 8,000,000 (Alberta at Work envelope) + 270,000 (additional) = 13,870,000;
    # per 100,000: 13,870,000 / 4,262,635 * 100,000 = 325,385.6.
    assert alberta.value == "$13,870,000"
    assert "$325,386 per 100,000 people" in alberta.note
    assert "Alberta: counted funding" not in _figures(package, "specific", choices["CA"])


def test_region_beside_the_rest_of_canada(package, choices):
    spec = view.region_versus_rest_chart(package, "specific", choices["AB"])
    # Rest of Canada: 151,931,660 - 46,500,000 national - 13,870,000 AB = 91,561,660 over
    # 36,991,981 - 4,262,635 = 32,729,346 people: 279,754 per 100,000.
    assert spec.title == (
        "More microcredential-specific funding was announced for Alberta than for the rest of Canada, "
        "per 100,000 people: $325,386 vs $279,754"
    )
    assert spec.table["amount_cad"].to_list() == [13_870_000, 91_561_660]
    assert view.region_versus_rest_chart(package, "specific", choices["CA"]) is None


def test_bars_title_names_the_leader_for_each_measure_and_scope(package, choices):
    canada = choices["CA"]
    # 82,561,660 / 14,223,942 * 100,000 = 580,441.5
    per_person = view.province_bars_chart(package, "specific", "per_100k", canada)
    assert per_person.title == (
        "The most microcredential-specific funding per 100,000 people was announced for Ontario: $580,441"
    )
    total = view.province_bars_chart(package, "specific", "total", canada)
    assert total.title == "The most microcredential-specific funding in total was announced for Ontario: $82,561,660"
    # Including: BC 9,000,000 + 39,000,000 = 48,000,000 / 5,000,879 * 100,000 = 959,831.3
    including = view.province_bars_chart(package, "including", "per_100k", canada)
    assert including.title.startswith("The most funding for or including microcredentials per 100,000 people")
    assert "was announced for British Columbia" in including.title
    assert including.title.endswith("$959,831")
    assert per_person.table.height == 13


def test_bars_mark_the_selected_region_and_its_rank(package, choices):
    spec = view.province_bars_chart(package, "specific", "per_100k", choices["AB"])
    assert spec.table.filter(pl.col("in_selected_region"))["province"].to_list() == ["Alberta"]
    # Only Ontario is higher per person, so Alberta is second.
    assert "Alberta $325,386, rank 2 of 13" in spec.takeaway


def test_map_table_legend_and_tooltip(package, choices):
    spec = view.funding_map_chart(package, "specific", "per_100k", choices["CA"])
    assert isinstance(spec.figure, pdk.Deck)
    assert spec.table.height == 13
    alberta = spec.table.filter(pl.col("code") == "AB").row(0, named=True)
    assert alberta["per_100k_cad"] == 325_386
    assert alberta["map_shade"] == "$325,386"
    # Tooltips are text, never HTML: deck.gl sets a `text` tooltip as text content.
    assert set(spec.figure._tooltip) == {"text"}
    # BC 9,000,000 / 5,000,879 * 100,000 = 179,968: three shaded classes and the 10 with nothing, of
    # which New Brunswick has an announcement with no published amount: unknown, not zero.
    legend = view.map_legend(package, "specific", "per_100k")
    labels = [label for _, label in legend.entries]
    assert labels == [
        "Nothing counted (9 provinces or territories)",
        "Amount not published: unknown, not zero (New Brunswick)",
        "$179,968 (1 province or territory)",
        "$325,386 (1 province or territory)",
        "$580,441 (1 province or territory)",
    ]
    assert "New Brunswick has announcements whose amount was not published" in spec.takeaway


def test_a_province_whose_amounts_were_not_published_is_grey_not_the_white_of_nothing(package, choices):
    """New Brunswick's announcement has no published amount: on the map it looked like the provinces with
    nothing at all, though the takeaway said "unknown, not zero"."""
    spec = view.funding_map_chart(package, "specific", "per_100k", choices["CA"])
    fills = {
        feature["properties"]["code"]: feature["properties"]["fill"][:3]
        for feature in spec.figure.layers[0].data["features"]
    }
    assert fills["NB"] == list(UNPUBLISHED_COLOUR)
    assert fills["NS"] == list(NO_FUNDING_COLOUR) != list(UNPUBLISHED_COLOUR)
    shades = dict(spec.table.select("code", "map_shade").iter_rows())
    assert shades["NB"] == "Amount not published: unknown, not zero" and shades["NS"] != shades["NB"]
    # BC also has unpublished amounts, but a published one too: it keeps its blue.
    assert shades["BC"] == "$179,968"
    assert "(grey on the map)" in spec.takeaway


def test_unpublished_flags_make_a_class_only_where_nothing_is_counted():
    legend = map_classes([0, 0, 5, 7], unpublished=[True, False, True, False])
    assert [(c.lowest, c.members, c.unpublished) for c in legend] == [
        (None, 1, False),
        (None, 1, True),
        (5, 1, False),
        (7, 1, False),
    ]
    assert colour_for(0, [5], unpublished=True)[:3] == list(UNPUBLISHED_COLOUR)
    assert colour_for(5, [5], unpublished=True)[:3] != list(UNPUBLISHED_COLOUR)


def test_no_map_without_boundaries(package, choices):
    broken = dataclasses.replace(package, boundaries=None)
    assert view.funding_map_chart(broken, "specific", "per_100k", choices["CA"]) is None
    # The bars do not depend on the boundaries.
    assert view.province_bars_chart(broken, "specific", "per_100k", choices["CA"]).table.height == 13


def test_timeline_places_partial_dates_and_says_what_is_left_out(package, choices):
    spec = view.timeline_chart(package, "specific", choices["CA"])
    # 16 counted rows; not plotted: 3 without an amount, plus the portal expansion and the FSC
    # portal project, which have no date: 11 plotted.
    assert spec.table.height == 11
    assert spec.notice.startswith("5 counted announcements are not plotted")
    budget = spec.table.filter(pl.col("funding_id") == "bc-2021-budget-mc").row(0, named=True)
    assert (budget["announced"], budget["announced_precision"]) == ("2021", "year")
    # Plotted on the first day of its year...
    markers = [(x, text) for trace in spec.figure.data for x, text in zip(trace.x, trace.text, strict=True)]
    assert [x for x, text in markers if "announced 2021 (" in text] == [dt.date(2021, 1, 1)]
    # ...but neither the table (nor so its CSV) nor the hover shows that day: only "2021", as the source has it.
    assert "announced_on" not in spec.table.columns and pl.Date not in spec.table.dtypes
    assert all("%{x" not in trace.hovertemplate for trace in spec.figure.data)
    month_only = spec.table.filter(pl.col("announced_precision") == "month")
    assert month_only["announced"].to_list() == ["2023-11"]
    alberta = view.timeline_chart(package, "specific", choices["AB"])
    assert sorted(alberta.table["amount_cad"].to_list()) == [270_000, 5_600_000, 8_000_000]
    # 2022: 8,000,000 + 270,000 = 8,270,000 of 13,870,000.
    assert "2022 was the biggest year" in alberta.title
    assert "$8,270,000 announced, of $13,870,000 with a published date" in alberta.title


def test_a_region_with_nothing_to_plot_says_so_instead_of_drawing_empty_axes(package, choices):
    # Quebec's only row is adjacent, so no counted announcement exists there.
    spec = view.timeline_chart(package, "specific", choices["QC"])
    assert spec.table.is_empty()
    assert spec.title.startswith("No counted microcredential-specific funding")
    assert [a.text for a in spec.figure.layout.annotations] == ["Nothing to plot for Quebec."]
    assert spec.figure.data == ()


def test_announcements_for_alberta_list_every_row_with_why(package, choices):
    block = view.announcements_table(package, "specific", choices["AB"])
    # 3 top-level Alberta rows and the envelope's 21 allocations.
    assert block.table.height == 24
    counted = block.table.filter(pl.col("counted"))
    assert sorted(counted["amount_cad"].to_list()) == [270_000, 5_600_000, 8_000_000]
    assert block.title == "24 funding entries for Alberta, 3 of them counted in the total"
    assert block.caption.endswith("21 rows are allocations inside envelopes, already in their envelopes' amounts.")
    lethbridge = block.table.filter(pl.col("recipient") == "University of Lethbridge").row(0, named=True)
    assert lethbridge["amount_cad"] is None
    assert lethbridge["exactness"] == "amount not published"
    assert lethbridge["counting"] == "not added: an allocation inside its envelope"
    assert block.table["source_url"].str.starts_with("http").all()
    assert {"amount_cad", "status", "scope", "within_envelope", "exactness"} <= set(block.table.columns)


def _spaces(text: str | None) -> str | None:
    """Text with the no-break spaces of French typography read as plain spaces."""
    return None if text is None else text.replace("\u00a0", " ").replace("\u202f", " ")


def test_listings_show_the_page_language_and_download_both(package, choices):
    funding = package.frame("funding")
    english_block = view.announcements_table(package, "specific", choices["CA"])
    assert {"period", "note"} <= set(english_block.table.columns)
    assert not {"period_fr", "note_fr"} & set(english_block.table.columns)
    assert {"period", "period_fr", "note", "note_fr"} <= set(english_block.extract.columns)
    try:
        set_language("fr")
        block = view.announcements_table(package, "specific", choices["CA"])
    finally:
        set_language("en")
    # On screen, the French takes the English columns' places; the CSV keeps both, as in the package.
    assert not {"period", "note"} & set(block.table.columns)
    assert block.table.columns.index("note_fr") == english_block.table.columns.index("note")
    assert block.extract.columns == english_block.extract.columns
    shown = {row["funding_id"]: row for row in block.table.iter_rows(named=True)}
    for row in funding.iter_rows(named=True):
        assert _spaces(shown[row["funding_id"]]["note_fr"]) == row["note_fr"], row["funding_id"]
        assert _spaces(shown[row["funding_id"]]["period_fr"]) == row["period_fr"], row["funding_id"]
    assert "Périodes et notes traduites par le projet" in block.caption
    assert "traduites" not in english_block.caption


def test_date_precision_is_written_in_the_page_language(package, choices):
    english = view.timeline_chart(package, "specific", choices["CA"]).table["announced_precision"]
    assert set(english) == {"day", "month", "year"}
    try:
        set_language("fr")
        timeline = view.timeline_chart(package, "specific", choices["CA"]).table
        listing = view.announcements_table(package, "specific", choices["CA"]).table
    finally:
        set_language("en")
    assert set(timeline["announced_precision"]) == {"jour", "mois", "année"}
    assert set(listing["announced_precision"].drop_nulls()) == {"jour", "mois", "année"}


def test_a_note_with_no_french_is_shown_in_english_rather_than_blank(package, choices):
    first_note = package.frame("funding").filter(pl.col("note").is_not_null()).row(0, named=True)
    funding = package.frame("funding").with_columns(
        note_fr=pl.when(pl.col("funding_id") == first_note["funding_id"]).then(None).otherwise(pl.col("note_fr"))
    )
    tampered = dataclasses.replace(package, frames={**package.frames, "funding": funding})
    try:
        set_language("fr")
        table = view.announcements_table(tampered, "specific", choices["CA"]).table
    finally:
        set_language("en")
    assert table.filter(pl.col("funding_id") == first_note["funding_id"])["note_fr"].item() == first_note["note"]


def test_national_programs_are_listed_apart_for_a_region(package, choices):
    block = view.national_programs_table(package, "specific", choices["AB"])
    assert sorted(block.table["funding_id"].to_list()) == [
        "fed-2020-fsc-innovation-round",
        "fed-2021-fsc-pandemic-response",
        "fed-2023-c2r2",
    ]
    assert view.national_programs_table(package, "specific", choices["CA"]) is None


def test_a_source_link_that_is_not_a_web_address_is_dropped(package, choices):
    sources = package.frame("sources").with_columns(
        url=pl.when(pl.col("source_id") == "calgaryherald-2021")
        .then(pl.lit("javascript:alert(1)"))
        .otherwise(pl.col("url"))
    )
    tampered = dataclasses.replace(package, frames={**package.frames, "sources": sources})
    table = view.announcements_table(tampered, "specific", choices["AB"]).table
    assert table.filter(pl.col("funding_id") == "ab-2021-mc-pilot")["source_url"].item() is None


def test_promises_and_context_are_listed_and_never_counted(package, choices):
    promises = view.promises_table(package, "including", choices["CA"]).table
    assert promises["funding_id"].to_list() == ["ns-2021-liberal-platform"]
    assert promises["amount_cad"].to_list() == [26_200_000]
    assert promises["counted"].to_list() == [False]
    assert view.promises_table(package, "including", choices["AB"]).table.is_empty()
    context = view.context_table(package, "including", choices["CA"]).table
    assert sorted(context["funding_id"].to_list()) == [
        "fed-2021-fsc-pandemic-response",
        "on-2020-virtual-learning-strategy",
        "qc-2021-reconfiguration-offre",
    ]
    assert not context["counted"].any()


def test_envelope_choices_follow_the_region(package, choices):
    canada = view.envelope_choices(package, choices["CA"])
    # Alberta at Work (21), BC pilots (2), Ontario strategy (1), Challenge Fund round 1 (1), C2R2 (1).
    assert len(canada) == 5
    assert next(iter(canada)) == "ab-2022-alberta-at-work"
    assert list(view.envelope_choices(package, choices["AB"])) == ["ab-2022-alberta-at-work"]
    # Holland College's share of the federal C2R2 project goes to PEI.
    assert list(view.envelope_choices(package, choices["PE"])) == ["fed-2023-c2r2"]
    assert view.envelope_choices(package, choices["QC"]) == {}


def test_alberta_at_work_drilldown(package):
    spec = view.envelope_drilldown(package, "ab-2022-alberta-at-work")
    # The 20 published institution amounts sum to 7,147,296 (stated in the envelope's note);
    # the University of Lethbridge amount is unknown.
    assert spec.title == "$7,147,296 of $8,000,000 itemised across 21 allocations; 1 allocation not published"
    assert spec.table.height == 21
    assert spec.table["amount_cad"].sum() == 7_147_296
    lethbridge = spec.table.filter(pl.col("allocation") == "University of Lethbridge").row(0, named=True)
    assert lethbridge["amount_cad"] is None and lethbridge["amount_published"] is False
    assert spec.takeaway.startswith("Largest allocation: University of Alberta ($1,142,500).")
    assert "rounded" in spec.notice  # "nearly $8 million"


def test_drilldown_with_every_allocation_published(package):
    spec = view.envelope_drilldown(package, "bc-2021-mc-pilots")
    # Provincial share 2,000,000 + federal share 2,000,000 = the 4,000,000 envelope.
    assert spec.title == "$4,000,000 of $4,000,000 itemised across 2 allocations"


def test_an_envelope_with_one_allocation_says_allocation_in_the_singular(package):
    funding = package.frame("funding")
    one_left = funding.filter(pl.col("parent_id") == "bc-2021-mc-pilots").head(1)["funding_id"].to_list()
    trimmed = funding.filter(pl.col("parent_id").ne_missing("bc-2021-mc-pilots") | pl.col("funding_id").is_in(one_left))
    spec = view.envelope_drilldown(
        dataclasses.replace(package, frames={**package.frames, "funding": trimmed}), "bc-2021-mc-pilots"
    )
    assert spec.title == "$2,000,000 of $4,000,000 itemised across 1 allocation"
    set_language("fr")
    try:
        french = view.envelope_drilldown(
            dataclasses.replace(package, frames={**package.frames, "funding": trimmed}), "bc-2021-mc-pilots"
        )
    finally:
        set_language("en")
    assert "détaillés en 1 affectation" in french.title and "1 affectations" not in french.title


# ---------------------------------------------------------------- figures


def test_unpublished_allocation_is_words_at_zero_not_a_bar():
    frame = pl.DataFrame({"who": ["A", "B"], "amount_cad": [100.0, None]})
    figure = allocation_bars(frame, "who", "amount_cad", "CAD", "amount not published")
    bars, marker = figure.data
    assert list(bars.x) == [100.0, None]
    assert list(marker.x) == [0] and list(marker.text) == ["amount not published"]
    assert marker.mode == "text"


def test_highlighted_bars_differ_by_pattern_not_colour_alone():
    frame = pl.DataFrame({"name": ["A", "B"], "v": [2.0, 1.0], "text": ["$2", "$1"], "mine": [False, True]})
    figure = highlighted_bars(frame, "name", "v", "text", "mine", "CAD", ("Mine", "Others"))
    shapes = {trace.name: trace.marker.pattern.shape for trace in figure.data}
    assert shapes["Mine"] != shapes["Others"]
    assert list(figure.layout.yaxis.categoryarray) == ["A", "B"]


def empty_boundaries(*codes: str) -> dict:
    """A FeatureCollection with one (shapeless) feature per province code."""
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"code": c}, "geometry": {"type": "Polygon", "coordinates": []}}
            for c in codes
        ],
    }


def test_map_outlines_the_selected_region():
    boundaries = empty_boundaries("AB", "BC")
    rows = pl.DataFrame({"code": ["AB", "BC"], "v": [1.0, 0.0], "tip": ["Alberta", "British Columbia"]})
    deck = funding_map(boundaries, rows, "v", {"name": "tip"}, highlighted_codes=["AB"])
    features = {f["properties"]["code"]: f["properties"] for f in deck.layers[0].data["features"]}
    assert features["AB"]["line_width"] > features["BC"]["line_width"]
    assert features["BC"]["fill"][:3] == list(NO_FUNDING_COLOUR)
    # The tooltip is a text template filled from each feature's own pre-formatted properties.
    assert deck._tooltip == {"text": "{name}"}
    assert features["AB"]["name"] == "Alberta"


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@pytest.mark.parametrize(
    ("language", "per_100k_words"), [("en", "Per 100,000 people"), ("fr", "Pour 100 000 habitants")]
)
def test_each_province_tooltip_tells_its_own_figures_in_the_page_language(package, choices, language, per_100k_words):
    """Test that the map's tooltips are built row by row for the right province, in the page's language."""
    set_language(language)
    try:
        spec = view.funding_map_chart(package, "specific", "per_100k", choices["CA"])
    finally:
        set_language("en")
    by_code = {row["code"]: row for row in spec.table.iter_rows(named=True)}
    features = spec.figure.layers[0].data["features"]
    assert {feature["id"] for feature in features} == set(by_code)
    funded = 0
    for feature in features:
        row, tip = by_code[feature["id"]], feature["properties"]
        assert tip["name"] == row["province"]
        assert digits(tip["total"]) == str(round(row["amount_cad"]))
        words, amount = tip["per_100k"].rsplit(":", 1)
        assert " ".join(words.split()) == per_100k_words  # French spaces are no-break spaces
        assert digits(amount) == str(round(row["per_100k_cad"]))
        assert digits(tip["announcements"]) == f"{row['announcements']}{row['amount_not_published']}"
        funded += row["amount_cad"] > 0
    assert funded >= 2, "every province alike would not show that rows line up"


def test_map_line_widths_are_in_pixels():
    """Test that the outline widths reach deck.gl as pixels (a bare string would be sent as an expression)."""
    rows = pl.DataFrame({"code": ["AB"], "v": [1.0], "tip": ["Alberta"]})
    deck = funding_map(empty_boundaries("AB"), rows, "v", {"name": "tip"})
    provinces = json.loads(deck.to_json())["layers"][0]
    assert provinces["lineWidthUnits"] == "pixels"


def code_layers(deck: pdk.Deck) -> list[pdk.Layer]:
    """The map's layers of province codes."""
    return [layer for layer in deck.layers if layer.type == "TextLayer"]


def test_every_province_code_on_the_map_reads_against_its_shade_and_its_halo(package, choices):
    spec = view.funding_map_chart(package, "specific", "per_100k", choices["ON"])
    fills = {feature["id"]: feature["properties"]["fill"] for feature in spec.figure.layers[0].data["features"]}
    layers = json.loads(spec.figure.to_json())["layers"]
    halos = {layer["id"]: layer["outlineColor"] for layer in layers if layer["@@type"] == "TextLayer"}
    labels = [(label, halos[layer.id]) for layer in code_layers(spec.figure) for label in layer.data]
    assert len({hex_colour(fills[label["code"]]) for label, _ in labels}) > 1, "every province in one shade"
    for label, halo in labels:
        assert contrast(hex_colour(label["colour"]), hex_colour(fills[label["code"]])) >= 4.5, label["code"]
        assert contrast(hex_colour(label["colour"]), hex_colour(halo)) >= 4.5, label["code"]


def test_a_selected_province_with_nothing_counted_gets_no_rank(package, choices):
    """Test that a province at $0 is said to have nothing counted, not ranked among the ten tied at $0."""
    spec = view.province_bars_chart(package, "specific", "per_100k", choices["NU"])
    assert "Selected: Nunavut, nothing counted with a published amount." in spec.takeaway
    assert "rank" not in spec.takeaway.split("Selected:")[1]
    ontario = view.province_bars_chart(package, "specific", "per_100k", choices["ON"])
    assert "Selected: Ontario $580,441, rank 1 of 13." in ontario.takeaway


def test_no_two_province_codes_overlap_on_the_opening_map(package, choices):
    """Test that every code drawn on the map has its own room at the opening zoom (Web Mercator)."""
    spec = view.funding_map_chart(package, "specific", "per_100k", choices["CA"])
    scale = 512 * 2 ** OPENING_VIEW["zoom"]
    layers = json.loads(spec.figure.to_json())["layers"]
    (size,) = {layer["getSize"] for layer in layers if layer["@@type"] == "TextLayer"}

    def box(label: dict) -> tuple[float, float, float, float]:
        lon, lat = label["position"]
        x = (lon + 180) / 360 * scale + label["nudge"][0]
        y = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * scale
        y += label["nudge"][1]
        half_width = len(label["code"]) * 0.7 * size / 2  # bold capitals are about 0.7 em wide
        return x - half_width, y - size / 2, x + half_width, y + size / 2

    boxes = {label["code"]: box(label) for layer in code_layers(spec.figure) for label in layer.data}
    assert len(boxes) >= 12
    for (a, (ax0, ay0, ax1, ay1)), (b, (bx0, by0, bx1, by1)) in itertools.combinations(boxes.items(), 2):
        assert ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 or by1 <= ay0, f"{a} and {b} overlap"


def test_french_bars_tied_at_zero_are_in_alphabetical_order_accents_aside(package, choices):
    """Test that Île-du-Prince-Édouard is among the I's of the French bars at $0, not after Yukon."""
    set_language("fr")
    try:
        spec = view.province_bars_chart(package, "specific", "per_100k", choices["CA"])
    finally:
        set_language("en")
    # In this scope only Ontario, Alberta and British Columbia have a counted amount: ten provinces tie at $0.
    assert spec.table.filter(pl.col("per_100k_cad") == 0)["province"].to_list() == [
        "Île-du-Prince-Édouard",
        "Manitoba",
        "Nouveau-Brunswick",
        "Nouvelle-Écosse",
        "Nunavut",
        "Québec",
        "Saskatchewan",
        "Terre-Neuve-et-Labrador",
        "Territoires du Nord-Ouest",
        "Yukon",
    ]
    # The bars are drawn top to bottom in the table's order (labels wrapped with <br>).
    bars = [label.replace("<br>", "") for label in spec.figure.layout.yaxis.categoryarray]
    assert bars.index("Île-du-Prince-Édouard") == bars.index("Manitoba") - 1


def test_an_envelope_choice_with_one_allocation_says_allocation_in_the_singular(package, choices):
    """Test that the envelope picker says `1 allocation` (`1 affectation`) and `21 allocations`."""
    ontario = view.envelope_choices(package, choices["ON"])
    assert ontario["on-2020-mc-strategy"] == "Ontario Micro-credentials Strategy (Budget 2020) (ON, 1 allocation)"
    assert view.envelope_choices(package, choices["AB"])["ab-2022-alberta-at-work"].endswith("(AB, 21 allocations)")
    set_language("fr")
    try:
        french_ontario = view.envelope_choices(package, choices["ON"])
        french_alberta = view.envelope_choices(package, choices["AB"])
    finally:
        set_language("en")
    assert french_ontario["on-2020-mc-strategy"].endswith("(ON, 1 affectation)")
    assert french_alberta["ab-2022-alberta-at-work"].endswith("(AB, 21 affectations)")


@pytest.mark.parametrize(
    ("code", "english", "french"),
    [
        ("YT", "No funding entry for Yukon", "Aucune entrée de financement (sélection : Yukon)"),
        (
            "SK",
            "1 funding entry for Saskatchewan, not counted",
            "1 entrée de financement (sélection : Saskatchewan), non comptée",
        ),
        (
            "NB",
            "2 funding entries for New Brunswick, 1 of them counted",
            "2 entrées de financement (sélection : Nouveau-Brunswick), dont 1 comptée ",
        ),
        (
            "AB",
            "24 funding entries for Alberta, 3 of them counted",
            "24 entrées de financement (sélection : Alberta), dont 3 comptées ",
        ),
    ],
)
def test_the_announcements_title_agrees_with_what_it_counts(package, code, english, french):
    """Test that French makes `comptée` agree with the announcements counted: `dont 1 comptée`, never `comptées`."""
    assert view.announcements_table(package, "specific", regions(package.frame("provinces"))[code]).title.startswith(
        english
    )
    set_language("fr")
    try:
        # The region's name is in the page's language: the choices are built in French too.
        title = view.announcements_table(package, "specific", regions(package.frame("provinces"))[code]).title
    finally:
        set_language("en")
    assert title.startswith(french.replace(" : ", "\u00a0: "))


@pytest.mark.parametrize(
    ("total", "counted", "english", "french"),
    [
        (
            3,
            3,
            "3 funding entries for X, all counted in the total",
            "3 entrées de financement (sélection : X), toutes comptées",
        ),
        (
            3,
            0,
            "3 funding entries for X, none of them counted",
            "3 entrées de financement (sélection : X), dont aucune comptée",
        ),
        (1, 1, "1 funding entry for X, counted in the total", "1 entrée de financement (sélection : X), comptée dans"),
    ],
)
def test_announcements_titles_with_every_or_no_announcement_counted(total, counted, english, french):
    assert view._announcements_title(total, counted, "X").startswith(english)
    set_language("fr")
    try:
        title = view._announcements_title(total, counted, "X")
    finally:
        set_language("en")
    assert title.startswith(french.replace(" : ", "\u00a0: "))


def _in_both_languages(build):  # noqa: ANN001, ANN202 - any view call
    english = build()
    try:
        set_language("fr")
        french = build()
    finally:
        set_language("en")
    return english, french


@pytest.mark.parametrize(
    ("code", "english_count", "french_count"),
    [
        # Saskatchewan: one announcement, its amount not published.
        ("SK", "Amount published for 0 of 1 row.", "Montant publié pour 0 ligne sur 1."),
        # New Brunswick: two, one with an amount.
        ("NB", "Amount published for 1 of 2 rows.", "Montant publié pour 1 des 2 lignes."),
    ],
)
def test_the_announcements_caption_counts_rows_in_the_right_number(package, choices, code, english_count, french_count):
    english, french = _in_both_languages(lambda: view.announcements_table(package, "specific", choices[code]).caption)
    assert english_count in english
    assert french_count in french


def test_a_table_with_no_row_has_no_caption_about_its_columns_or_amounts(package, choices):
    english, french = _in_both_languages(lambda: view.announcements_table(package, "specific", choices["YT"]).caption)
    assert english == french == ""


def test_the_region_headline_counts_announcements_in_the_right_number(package, choices):
    def note(code: str) -> str:
        return view.region_headline(package, "specific", choices[code]).note

    new_brunswick, french_new_brunswick = _in_both_languages(lambda: note("NB"))
    yukon, french_yukon = _in_both_languages(lambda: note("YT"))
    assert new_brunswick.startswith("1 counted announcement, with no published amount")
    assert french_new_brunswick.startswith("1 annonce comptabilisée, sans montant publié")
    assert "; 0 counted announcements, amount" in yukon
    assert "; 0 annonce comptabilisée, montant" in french_yukon


def test_a_timeline_of_one_announcement_says_one_and_its_year(package, choices):
    # New Brunswick, with adjacent programs included: one dated announcement with an amount, in 2023.
    english, french = _in_both_languages(lambda: view.timeline_chart(package, "including", choices["NB"]).takeaway)
    assert english.startswith("1 announcement, in 2023: ")
    assert french.startswith("1 annonce, en 2023\u00a0: ")


def test_a_table_with_no_amount_says_none_was_published():
    rows = pl.DataFrame({"amount_cad": [None, None]}, schema={"amount_cad": pl.Float64})
    english, french = _in_both_languages(lambda: view._coverage(rows))
    assert english == "No amount published for the 2 rows."
    assert french == "Aucun montant publié pour les 2 lignes."


def _source_ids(headline) -> list[str]:
    return [source.source_id for source in headline.sources]


def test_each_headline_figure_cites_the_announcements_it_is_made_of(package, choices):
    canada = _figures(package, "specific", choices["CA"])
    # The three counted rows with no amount (see test_headline_totals_in_each_scope), in file order.
    unpublished = ["bc-mc-applicant-guide-2022", "fnesc-fnmci", "gnb-ece-mirror"]
    assert _source_ids(canada["Amount not published"]) == unpublished
    # The Nova Scotia platform, the one promise; counted nowhere, but cited where it is shown.
    assert _source_ids(canada["Promised, never counted"]) == ["ns-liberal-2021"]
    counted = _source_ids(canada["Counted funding, Canada"])
    assert len(counted) == len(set(counted))  # each source once
    # Every row behind the other cards is in the total, so its source is among the total's.
    assert set(_source_ids(canada["National programs"])) | set(_source_ids(canada["Amount not published"])) <= set(
        counted
    )
    assert "ns-liberal-2021" not in counted
    # The BC Future Skills Grant includes microcredentials: cited once adjacent programs count, not before.
    assert "glacier-bc-fsg-2024" not in counted
    including = _figures(package, "including", choices["CA"])
    assert "glacier-bc-fsg-2024" in _source_ids(including["Counted funding, Canada"])


def test_a_province_s_figure_cites_its_announcements_and_the_census(package, choices):
    alberta = _figures(package, "specific", choices["AB"])["Alberta: counted funding"]
    # The pilot, the Alberta at Work envelope and the additional funding (their allocations, inside
    # the envelope, are not counted again), then the populations behind the figure per person.
    assert _source_ids(alberta) == [
        "calgaryherald-2021",
        "alberta-release-2022",
        "citynews-calgary-2022",
        "statcan-census-2021-wikipedia",
    ]
    assert all(source.url.startswith("https://") for source in alberta.sources)


def test_a_region_whose_counted_amounts_are_all_unpublished_is_unknown_not_zero(package, choices):
    """New Brunswick's one counted announcement (ECE micro-credentialing) states no amount."""
    card = view.region_headline(package, "specific", choices["NB"])
    assert card.value == "Not published"
    assert "unknown, not zero" in card.note
    # No figure per person is shown, so the populations are not cited: the announcement's source alone.
    assert _source_ids(card) == ["gnb-ece-mirror"]
    chart = view.region_versus_rest_chart(package, "specific", choices["NB"])
    # Rest of Canada: 151,931,660 - 46,500,000 national = 105,431,660 over 36,991,981 - 775,610 =
    # 36,216,371 people: 291,115.6 per 100,000.
    assert chart.title == (
        "No published amount for New Brunswick's counted announcement; the rest of Canada: $291,116 per 100,000 people"
    )
    assert "$0" not in chart.title + chart.takeaway
    assert chart.takeaway.startswith("New Brunswick: an unknown amount for 775,610 people;")
    assert "add nothing to either side" in chart.subtitle
    # The region's bar says how many are unpublished instead of "$0".
    bars = {bar.name: list(bar.text) for bar in chart.figure.data}
    assert ["1 not published"] in bars.values()
    # Atlantic Canada: the same announcement is its only counted one.
    atlantic = view.region_versus_rest_chart(package, "specific", choices["ATL"])
    assert atlantic.title.startswith("No published amount for Atlantic's counted announcement")
    assert view.region_headline(package, "specific", choices["ATL"]).value == "Not published"


def test_a_region_with_nothing_counted_says_so(package, choices):
    chart = view.region_versus_rest_chart(package, "specific", choices["YT"])
    assert chart.title.startswith("No microcredential-specific funding is counted for Yukon; the rest of Canada: ")
