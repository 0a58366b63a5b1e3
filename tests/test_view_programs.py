"""Catalogue filters and the Programs page's view functions, on small hand-made catalogues."""

from __future__ import annotations

import csv
import io

import polars as pl
import pytest

from dashboard.data import load_package
from dashboard.figures import amount_bars, wrap_label
from dashboard.i18n import set_language
from dashboard.measures.catalogue import (
    MAX_SEARCH_LENGTH,
    clean_search,
    duration_band,
    filter_programs,
    price_band,
    program_matches,
    with_derived_columns,
)
from dashboard.paths import REPO_ROOT
from dashboard.regions import Region
from dashboard.views import about, programs

HOSTILE = "<img src=x onerror=alert(1)>"
COLUMNS = {
    "program_id": pl.String,
    "title": pl.String,
    "provider": pl.String,
    "province": pl.String,
    "field": pl.String,
    "hours": pl.Float64,
    "weeks": pl.Float64,
    "duration_note": pl.String,
    "cost_cad": pl.Float64,
    "cost_note": pl.String,
    "delivery_mode": pl.String,
    "stackable": pl.Boolean,
    "industry_partner": pl.String,
    "source_id": pl.String,
    "illustrative": pl.Boolean,
}


def catalogue(*rows: dict) -> pl.DataFrame:
    """A catalogue frame with the real schema; unspecified cells are empty."""
    defaults = {"field": "Health", "delivery_mode": "unknown", "source_id": "src-a", "illustrative": False}
    filled = [{name: {**defaults, **row}.get(name) for name in COLUMNS} for row in rows]
    return pl.DataFrame(filled, schema=COLUMNS)


def program(pid: str, title: str, provider: str = "Somewhere College", province: str = "ON", **extra) -> dict:
    return {"program_id": pid, "title": title, "provider": provider, "province": province, **extra}


SOURCES = pl.DataFrame(
    {
        "source_id": ["src-a", "src-b"],
        "title": ["Source A", "Source B"],
        "publisher": ["Pub A", "Pub B"],
        "url": ["https://example.org/a", "javascript:alert(1)"],
        "published": [None, None],
        "kind": ["primary", "secondary"],
        "note": [None, None],
    }
)

# Eight programs; the expectations below are counted by hand from this table.
#  id  province  field     mode     cost_cad  cost_note       hours  notes
#  p1  ON        Health    online   None      not published   10     title "Safe Patient Transfer"
#  p2  ON        Data      hybrid   400       None            20     title "Regex .* basics"
#  p3  BC        Health    online   0         free            None   provider "Humber College"
#  p4  CA        Business  unknown  None      fully funded    200    national
#  p5  AB        Health    in-person 1200     None            60     title "Costs (and fees)"
#  p6  ON        Trades    unknown  None      not published   None   hostile title
#  p7  NS        Data      online   499.995   None            14.995
#  p8  BC        Business  hybrid   None      not published   None   illustrative, src-b
CATALOGUE = catalogue(
    program("p1", "Safe Patient Transfer", field="Health", delivery_mode="online", cost_note="not published", hours=10),
    program("p2", "Regex .* basics", field="Data", delivery_mode="hybrid", cost_cad=400.0, hours=20),
    program("p3", "Care aide", "Humber College", "BC", delivery_mode="online", cost_cad=0.0, cost_note="free"),
    program("p4", "Leadership", "National Network", "CA", field="Business", cost_note="fully funded", hours=200),
    program("p5", "Costs (and fees)", province="AB", delivery_mode="in-person", cost_cad=1200.0, hours=60),
    program("p6", HOSTILE, province="ON", field="Trades", cost_note="not published"),
    program("p7", "Data tools", province="NS", field="Data", delivery_mode="online", cost_cad=499.995, hours=14.995),
    program(
        "p8",
        "Synthetic thing",
        province="BC",
        field="Business",
        delivery_mode="hybrid",
        cost_note="not published",
        source_id="src-b",
        illustrative=True,
    ),
)
ONTARIO = Region("ON", "Ontario", "province", ("ON",))
PRAIRIES = Region("PR", "Prairies", "group", ("MB", "SK", "AB"))
CANADA = Region("CA", "Canada", "country", ("AB", "BC", "NS", "ON"))


def ids(frame: pl.LazyFrame | pl.DataFrame) -> list[str]:
    return sorted(frame.lazy().collect()["program_id"].to_list())


# ----------------------------------------------------------------------------- bands


def test_bands_have_no_gaps_between_bounds():
    # 499.995 lies between the old inclusive bounds 499.99 and 500; 14.995 between 14.99 and 15.
    bands = CATALOGUE.select("program_id", price=price_band(), duration=duration_band())
    by_id = {row["program_id"]: row for row in bands.iter_rows(named=True)}
    assert by_id["p7"]["price"] == "under-500"
    assert by_id["p7"]["duration"] == "under-15h"
    assert by_id["p5"]["price"] == "500-1499"
    assert by_id["p3"]["price"] == "free"  # a published $0
    assert by_id["p4"]["price"] == "free"  # fully funded, no price
    assert by_id["p1"]["price"] == "not-published"
    assert by_id["p5"]["duration"] == "50-149h"
    assert by_id["p3"]["duration"] == "not-published"


# ----------------------------------------------------------------------------- filters


def test_no_filter_keeps_every_program():
    assert ids(filter_programs(CATALOGUE)) == [f"p{i}" for i in range(1, 9)]


def test_region_filter_keeps_only_the_given_province_codes():
    assert ids(filter_programs(CATALOGUE, provinces=["ON"])) == ["p1", "p2", "p6"]
    assert ids(filter_programs(CATALOGUE, provinces=["ON", "CA"])) == ["p1", "p2", "p4", "p6"]
    assert ids(filter_programs(CATALOGUE, provinces=["MB", "SK", "AB"])) == ["p5"]
    assert ids(filter_programs(CATALOGUE, provinces=[])) == []


def test_program_filters_map_regions_to_province_codes():
    assert programs.program_filters(CANADA).provinces is None  # Canada: everything, national ones too
    assert programs.program_filters(ONTARIO).provinces == ("CA", "ON")
    assert programs.program_filters(ONTARIO, include_national=False).provinces == ("ON",)
    assert programs.program_filters(PRAIRIES).provinces == ("AB", "CA", "MB", "SK")
    assert ids(programs.program_filters(PRAIRIES, include_national=False).apply(CATALOGUE)) == ["p5"]


def test_equal_choices_make_equal_cache_keys():
    one = programs.program_filters(ONTARIO, True, ["Health", "Data"], ["online"], search="  care ")
    two = programs.program_filters(ONTARIO, True, ["Data", "Health", "Data"], ["online"], search="care")
    assert one == two and hash(one) == hash(two)


def test_field_and_mode_filters():
    assert ids(filter_programs(CATALOGUE, fields=["Data"])) == ["p2", "p7"]
    assert ids(filter_programs(CATALOGUE, modes=["hybrid", "in-person"])) == ["p2", "p5", "p8"]
    assert ids(filter_programs(CATALOGUE, fields=["Data"], modes=["online"])) == ["p7"]


def test_not_published_price_band_is_only_programs_without_price_or_free_note():
    assert ids(filter_programs(CATALOGUE, price_bands=["not-published"])) == ["p1", "p6", "p8"]


def test_free_band_holds_free_and_fully_funded_programs():
    assert ids(filter_programs(CATALOGUE, price_bands=["free"])) == ["p3", "p4"]
    assert ids(filter_programs(CATALOGUE, price_bands=["free", "1500-plus"])) == ["p3", "p4"]
    assert ids(filter_programs(CATALOGUE, price_bands=["500-1499", "under-500"])) == ["p2", "p5", "p7"]


def test_duration_band_not_published():
    assert ids(filter_programs(CATALOGUE, duration_bands=["not-published"])) == ["p3", "p6", "p8"]
    assert ids(filter_programs(CATALOGUE, duration_bands=["150h-plus"])) == ["p4"]


def test_search_is_case_insensitive_over_title_and_provider():
    assert ids(filter_programs(CATALOGUE, search="HUMBER")) == ["p3"]
    assert ids(filter_programs(CATALOGUE, search="patient")) == ["p1"]
    assert ids(filter_programs(CATALOGUE, search="college")) == ["p1", "p2", "p3", "p5", "p6", "p7", "p8"]


@pytest.mark.parametrize(
    "criteria",
    [
        {},
        {"provinces": []},
        {"provinces": ["ON", "CA"]},
        {"fields": ["Data"], "modes": ["online"]},
        {"price_bands": ["not-published"]},
        {"price_bands": ["free", "1500-plus"], "duration_bands": ["150h-plus"]},
        {"duration_bands": ["not-published"]},
        {"search": "college", "provinces": ["ON", "BC"]},
        {"search": "HUMBER"},
    ],
)
@pytest.mark.parametrize("derived", [False, True], ids=["raw", "prepared"])
def test_the_match_flags_mark_exactly_the_filtered_programs(criteria, derived):
    # The page's table and its CSV filter on these flags; the charts and the summary on the filters themselves.
    frame = with_derived_columns(CATALOGUE) if derived else CATALOGUE
    flags = program_matches(frame, **criteria)
    assert flags.len() == frame.height and flags.null_count() == 0
    assert ids(frame.filter(flags)) == ids(filter_programs(frame, **criteria))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (".*", ["p2"]),  # as a pattern it would match everything
        ("(", ["p5", "p6"]),  # as a pattern it would not compile; "alert(1)" has one
        ("(and", ["p5"]),
        ("[", []),
        ("\\", []),
        ("a|b", []),  # as a pattern it would match most titles
        ("<img src=x", ["p6"]),
    ],
)
def test_search_is_literal_text_not_a_pattern(query, expected):
    assert ids(filter_programs(CATALOGUE, search=query)) == expected


def test_search_does_not_straddle_title_and_provider():
    # "Care aide" + "Humber College": "aide humber" is not in either field on its own.
    assert ids(filter_programs(CATALOGUE, search="aide humber")) == []


def test_search_is_capped_and_cleaned():
    long_query = "x" * 150
    assert len(clean_search(long_query)) == MAX_SEARCH_LENGTH
    assert clean_search(" \x00care\n aide\t ") == "care aide"
    assert clean_search(None) == ""
    title = "y" * MAX_SEARCH_LENGTH
    frame = catalogue(program("q1", title), program("q2", "y" * 50))
    # Only the first 100 characters are searched for, so the 100-character title still matches.
    assert ids(filter_programs(frame, search="y" * 160)) == ["q1"]


def test_precomputed_columns_give_the_same_answers():
    derived = with_derived_columns(CATALOGUE)
    for kwargs in (
        {"search": "(and"},
        {"search": "HUMBER"},
        {"price_bands": ["not-published"]},
        {"duration_bands": ["under-15h", "15-49h"]},
    ):
        assert ids(filter_programs(derived, **kwargs)) == ids(filter_programs(CATALOGUE, **kwargs)), kwargs


# ----------------------------------------------------------------------------- prepared catalogue and table


def test_prepared_catalogue_sorts_by_title_and_keeps_only_web_links():
    prepared = programs.prepare_catalogue(CATALOGUE, SOURCES)
    assert prepared["title"].to_list() == sorted(CATALOGUE["title"].to_list())
    links = dict(prepared.select("program_id", "source_url").iter_rows())
    assert links["p1"] == "https://example.org/a"
    assert links["p8"] is None  # javascript: is never a link


@pytest.mark.parametrize("ids_in_order", [True, False])
def test_prepared_catalogue_order_is_title_provider_id_whichever_way_it_is_sorted(ids_in_order):
    # Repeated titles and providers with ids in order take the ranked-key sort; ids out of order
    # the plain one. Both must give exactly the three-column text order, nulls first.
    titles, providers = ["Care", "Data", "Ağ", None, "care", "Data "], ["B College", "A College", None, "Zed"]
    rows = [program(f"p{n:03}", titles[n * 7 % 6], providers[n * 5 % 4], province="ON") for n in range(120)]
    frame = catalogue(*(rows if ids_in_order else rows[::-1]))
    assert (programs._title_order_key(frame) is not None) == ids_in_order
    prepared = programs.prepare_catalogue(frame, SOURCES)
    expected = frame.sort(programs.SORT_COLUMNS).select(programs.SORT_COLUMNS).rows()
    assert prepared.select(pl.col(programs.SORT_COLUMNS).cast(pl.String)).rows() == expected


def test_hostile_title_survives_as_text_in_the_table_frame():
    prepared = programs.prepare_catalogue(CATALOGUE, SOURCES)
    rows = programs.table_rows(prepared, programs.program_filters(ONTARIO, False).matches(prepared)).collect()
    assert rows.columns == programs.TABLE_COLUMNS
    assert HOSTILE in rows["title"].to_list()
    assert set(rows["province"].to_list()) == {"ON"}


def test_table_rows_are_lazy_and_in_title_order():
    prepared = programs.prepare_catalogue(CATALOGUE, SOURCES)
    rows = programs.table_rows(prepared, programs.program_filters(CANADA, fields=["Health"]).matches(prepared))
    assert isinstance(rows, pl.LazyFrame)
    assert rows.collect()["title"].to_list() == ["Care aide", "Costs (and fees)", "Safe Patient Transfer"]


def test_the_table_with_its_first_rows_read_answers_every_read_as_the_query_does():
    """The page's table keeps its first chunk read (`with_first_rows_read`): the count, each chunk
    the grid asks for and a sorted read must hold the same rows, in the same places."""
    provinces = ["ON", "BC", "ON", "CA", "QC", "ON"]
    frame = catalogue(
        *(program(f"p{n:02d}", f"Title {n:02d}", f"Provider {n % 4}", provinces[n % 6]) for n in range(30))
    )
    prepared = programs.prepare_catalogue(frame, SOURCES)
    query = programs.table_rows(prepared, programs.program_filters(ONTARIO).matches(prepared))
    kept = programs.with_first_rows_read(query, 4)
    # Ontario's 15 and the 5 offered Canada-wide.
    assert kept.select(pl.len()).collect().item() == query.select(pl.len()).collect().item() == 20
    for offset in (0, 4, 8, 16, 18):
        assert kept.slice(offset, 4).collect().equals(query.slice(offset, 4).collect()), offset
    order = ["provider", "title"]
    assert kept.sort(order, descending=True).collect().equals(query.sort(order, descending=True).collect())


def test_csv_keeps_the_illustrative_flag_and_the_filters_and_defuses_formulas():
    frame = catalogue(
        program("f1", "=HYPERLINK(1)", field="Data"),
        program("f2", "Plain", field="Data", illustrative=True),
        program("f3", "Other field", field="Health"),
    )
    prepared = programs.prepare_catalogue(frame, SOURCES)
    filters = programs.program_filters(ONTARIO, include_national=False, fields=["Data"], search=" ")
    data = programs.csv_extract(prepared, filters, SOURCES, "ON")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [row["program_id"] for row in rows] == ["f1", "f2"]
    assert [row["illustrative"] for row in rows] == ["false", "true"]
    assert rows[0]["title"] == "'=HYPERLINK(1)"
    assert list(rows[0]) == [*programs.TABLE_COLUMNS, "filter_region", "filter_canada_wide", "filter_field"]
    assert (rows[0]["filter_region"], rows[0]["filter_canada_wide"], rows[0]["filter_field"]) == (
        "ON",
        "excluded",
        "Data",
    )


def test_describe_lists_only_filters_in_force_as_codes():
    assert programs.program_filters(CANADA).describe() == {}
    described = programs.program_filters(
        ONTARIO, True, ["Health", "Data"], ["online"], ["not-published"], ["under-15h"], "care"
    ).describe()
    assert described == {
        "canada_wide": "included",
        "field": "Data; Health",
        "delivery_mode": "online",
        "price_band": "not-published",
        "duration_band": "under-15h",
        "search": "care",
    }


# ----------------------------------------------------------------------------- summary and charts


@pytest.fixture
def prepared() -> pl.DataFrame:
    return programs.prepare_catalogue(CATALOGUE, SOURCES)


def test_summary_counts(prepared):
    summary = programs.summarise(prepared, programs.program_filters(CANADA))
    assert (summary.total, summary.matched, summary.illustrative, summary.national) == (8, 8, 1, 1)
    # Published prices: p2 400, p3 0, p5 1200, p7 499.995 -> 4; free or funded: p3, p4 -> 2.
    assert (summary.prices_known, summary.free_or_funded) == (4, 2)
    assert summary.median_price == pytest.approx((400 + 499.995) / 2)
    assert dict(summary.by_province.iter_rows()) == {"ON": 3, "BC": 2, "CA": 1, "AB": 1, "NS": 1}
    assert summary.by_province["province"].to_list()[:2] == ["ON", "BC"]
    bands = dict(summary.by_price_band.iter_rows())
    assert bands == {"free": 2, "under-500": 2, "500-1499": 1, "1500-plus": 0, "not-published": 3}
    assert list(bands) == ["free", "under-500", "500-1499", "1500-plus", "not-published"]
    assert summary.source_ids == ("src-a", "src-b")


def test_summary_of_a_region_without_national_programs(prepared):
    summary = programs.summarise(prepared, programs.program_filters(ONTARIO, include_national=False))
    assert (summary.matched, summary.national, summary.illustrative, summary.prices_known) == (3, 0, 0, 1)
    assert programs.illustrative_banner(summary) is None


def test_illustrative_banner_appears_when_any_shown_row_is_illustrative(prepared):
    summary = programs.summarise(prepared, programs.program_filters(CANADA, fields=["Business"]))
    banner = programs.illustrative_banner(summary)
    assert banner is not None
    assert "Illustrative synthetic programs, not real" in banner
    assert "1 of the 2 programs shown" in banner


def test_coverage_text(prepared):
    summary = programs.summarise(prepared, programs.program_filters(CANADA))
    assert programs.coverage_text(summary) == "Price published for 4 of 8 programs; 2 free or fully funded"


def test_province_chart_states_the_leader_and_plots_national_programs_apart(prepared):
    names = {"ON": "Ontario", "BC": "British Columbia", "AB": "Alberta", "NS": "Nova Scotia"}
    summary = programs.summarise(prepared, programs.program_filters(CANADA))
    spec = programs.province_chart(summary, CANADA, names, SOURCES)
    assert spec.title == "Ontario has the most listed programs: 3 of 8"
    assert spec.table["province_or_territory"].to_list() == [
        "Ontario",
        "British Columbia",
        "Alberta",
        "Canada-wide (national)",
        "Nova Scotia",
    ]
    assert [s.source_id for s in spec.sources] == ["src-a", "src-b"]
    assert spec.filters == {}  # Canada, nothing else chosen


def test_province_chart_for_one_province(prepared):
    summary = programs.summarise(prepared, programs.program_filters(ONTARIO))
    spec = programs.province_chart(summary, ONTARIO, {"ON": "Ontario"}, SOURCES)
    assert spec.title == "3 programs based in Ontario match; 1 more offered Canada-wide"
    assert set(spec.table["province_code"].to_list()) == {"ON", "CA"}


def test_province_chart_names_ties(prepared):
    filters = programs.program_filters(CANADA, fields=["Health"])  # p1 ON, p3 BC, p5 AB: one each
    summary = programs.summarise(prepared, filters)
    spec = programs.province_chart(summary, CANADA, {"ON": "Ontario", "BC": "BC", "AB": "Alberta"}, SOURCES)
    assert spec.title == "Alberta, BC and Ontario have the most listed programs: 1 each of 3"


def test_field_chart_sums_fields_beyond_the_top(prepared):
    # 17 fields, F00 twice: more than 15, so the top 12 get a bar and 5 fields (5 programs) are summed.
    rows = [program(f"m{i}", f"T{i}", field=f"F{i:02d}") for i in range(17)] + [program("m99", "x", field="F00")]
    summary = programs.summarise(
        programs.prepare_catalogue(catalogue(*rows), SOURCES), programs.program_filters(CANADA)
    )
    spec = programs.field_chart(summary, SOURCES)
    assert spec.title == "The most common field is “F00”: 2 of 18 programs"
    assert spec.table.height == programs.TOP_FIELDS + 1
    assert spec.table.row(-1) == ("All other fields (5)", 5)
    assert spec.table["programs"].sum() == 18
    assert list(spec.figure.data[0].marker.color)[-1] != list(spec.figure.data[0].marker.color)[0]


def test_field_chart_shows_every_field_when_there_are_few(prepared):
    rows = [program(f"m{i}", f"T{i}", field=f"F{i:02d}") for i in range(15)]
    summary = programs.summarise(
        programs.prepare_catalogue(catalogue(*rows), SOURCES), programs.program_filters(CANADA)
    )
    spec = programs.field_chart(summary, SOURCES)
    assert spec.table.height == 15
    assert "summed" not in spec.subtitle
    assert spec.title == "15 fields tie as the most common: 1 program each, of 15"


def _field_spec(*fields: str):
    rows = [program(f"v{i}", f"T{i}", field=field) for i, field in enumerate(fields)]
    summary = programs.summarise(
        programs.prepare_catalogue(catalogue(*rows), SOURCES), programs.program_filters(CANADA)
    )
    return programs.field_chart(summary, SOURCES)


def test_various_is_shown_but_never_named_the_most_common_field():
    """ "Various" is what the data says of programs whose source gives no one field: not a field."""
    spec = _field_spec("Various", "Various", "Various", "Health", "Health", "Trades")
    assert spec.title == "The most common field is “Health”: 2 of 6 programs"
    # As the data has it, last and drawn apart.
    assert list(spec.table.iter_rows()) == [("Health", 2), ("Trades", 1), ("Various", 3)]
    colours = list(spec.figure.data[0].marker.color)
    assert colours[0] == colours[1] != colours[2]
    assert spec.subtitle.endswith("“Various”, apart: programs whose source names no single field.")
    assert spec.takeaway == (
        "2 fields among 6 matching programs: Health 2; Trades 1. "
        "“Various”: 3 programs whose source names no single field."
    )


def test_various_comes_after_the_summed_fields_and_both_are_drawn_apart():
    spec = _field_spec(*[f"F{i:02d}" for i in range(17)], "F00", "Various", "Various")
    assert spec.title == "The most common field is “F00”: 2 of 20 programs"
    # The top 12 named fields, then the 5 others summed, then Various.
    assert spec.table.height == programs.TOP_FIELDS + 2
    assert list(spec.table.iter_rows())[-2:] == [("All other fields (5)", 5), ("Various", 2)]
    colours = list(spec.figure.data[0].marker.color)
    assert colours[-1] == colours[-2] != colours[-3]


def test_programs_whose_sources_name_no_field_have_no_most_common_one():
    spec = _field_spec("Various", "Various")
    assert spec.title == "The sources name no single field for the 2 matching programs"
    assert spec.takeaway == "“Various”: 2 programs whose source names no single field."
    one = _field_spec("Various")
    assert one.title == "The matching program's source names no single field"
    assert one.takeaway == "“Various”: 1 program whose source names no single field."


def test_price_chart_says_when_medians_barely_differ():
    rows = [
        program("s1", "a", field="A", cost_cad=540.0),
        program("s2", "b", field="B", cost_cad=550.0),
    ]
    summary = programs.summarise(
        programs.prepare_catalogue(catalogue(*rows), SOURCES), programs.program_filters(CANADA)
    )
    spec = programs.price_chart(summary, SOURCES)
    assert spec.title == "Median published prices are about the same in every field shown: $540 to $550"


def test_price_chart_only_where_prices_are_known(prepared):
    unpriced = programs.summarise(prepared, programs.program_filters(ONTARIO, False, price_bands=["not-published"]))
    assert programs.price_chart(unpriced, SOURCES) is None
    assert "none of the 2 matching programs publishes a price" in programs.no_price_text(unpriced)
    summary = programs.summarise(prepared, programs.program_filters(CANADA))
    spec = programs.price_chart(summary, SOURCES)
    assert spec is not None
    # Health: p3 $0 and p5 $1,200 -> median $600; Data: p2 $400 and p7 $499.995 -> median ~$450.
    assert spec.table["field"].to_list() == ["Health", "Data"]
    assert spec.table["programs_with_price"].to_list() == [2, 2]
    assert spec.title == "Median published price is highest in “Health” ($600) and lowest in “Data” ($450)"


def test_price_band_chart_counts_unpublished_prices(prepared):
    summary = programs.summarise(prepared, programs.program_filters(CANADA))
    spec = programs.price_band_chart(summary, SOURCES)
    assert spec.table["price_band"].to_list()[-1] == "Price not published"
    assert spec.table["programs"].to_list() == [2, 2, 1, 0, 3]
    assert spec.takeaway.startswith("3 of 8 matching programs (38%) publish no price")


def test_national_note():
    summary = programs.summarise(programs.prepare_catalogue(CATALOGUE, SOURCES), programs.program_filters(ONTARIO))
    assert "1 program offered Canada-wide" in programs.national_note(summary, ONTARIO, True)
    assert programs.national_note(summary, ONTARIO, True).endswith("to leave it out.")
    assert programs.national_note(summary, CANADA, True) is None
    assert "left out" in programs.national_note(summary, ONTARIO, False)


# ----------------------------------------------------------------------------- figures


def test_figure_labels_are_escaped_for_plotly():
    assert wrap_label(HOSTILE) == "&lt;img src=x onerror=alert(1)&gt;"
    figure = amount_bars(
        pl.DataFrame({"field": [HOSTILE, "<b>bold</b>"], "n": [2, 1]}), "field", "n", "Programs", prefix=""
    )
    labels = list(figure.data[0].y)
    assert "<img" not in "".join(labels) and "<b>" not in "".join(labels)
    assert labels[1] == "&lt;b&gt;bold&lt;/b&gt;"


def test_long_labels_wrap_without_splitting_an_entity():
    label = wrap_label("<" * 40)
    lines = label.split("<br>")
    assert len(lines) == 2 and all(line == "&lt;" * (len(line) // 4) for line in lines)


# ----------------------------------------------------------------------------- links


def test_link_notice_names_only_the_filters_it_cannot_use():
    fields = ["Data", "Health"]
    understood = {"field": ["Health"], "mode": ["in-person"], "price": ["not-published"], "national": ["FALSE"]}
    assert programs.link_notice(understood, fields, ONTARIO) is None
    assert programs.link_notice({"field": [""], "q": ["x" * 100]}, fields, ONTARIO) is None  # empty clears
    notice = programs.link_notice({"field": ["Health", "nope"], "price": ["under-15h"]}, fields, ONTARIO)
    assert notice == (
        "The link asked for values this page does not know (field and price band); they are left out and the "
        "rest of the link is applied."
    )
    one = programs.link_notice({"price": ["under-15h"]}, fields, ONTARIO)
    assert one.startswith("The link asked for a price band that this page does not know; that value is left out")
    assert "Canada-wide choice" in programs.link_notice({"national": ["maybe"]}, fields, ONTARIO)
    assert programs.link_notice({"national": ["maybe"]}, fields, CANADA) is None  # no such box for Canada
    assert "cut" in programs.link_notice({"q": ["x" * 101]}, fields, CANADA)


def test_links_carry_codes_and_repeat_a_parameter_for_several_values():
    fields = ["Business", "Data", "Health"]
    assert programs.link_choices("field", ["Health", "Business"], fields) == (["Health", "Business"], True)
    assert programs.link_choices("mode", ["online", "in-person"], fields) == (["online", "in-person"], True)
    assert programs.link_choices("price", ["under-500", "not-published"], fields) == (
        ["under-500", "not-published"],
        True,
    )
    assert programs.link_choices("hours", ["under-15h", "150h-plus"], fields) == (["under-15h", "150h-plus"], True)
    # Duplicates once; case and padding do not matter; an empty value asks for nothing.
    assert programs.link_choices("field", ["health", " Health ", ""], fields) == (["Health"], True)
    # A value of another filter, or none at all, is not understood; the rest is kept.
    assert programs.link_choices("hours", ["under-500", "under-15h"], fields) == (["under-15h"], False)
    assert programs.link_choices("field", ["Santé"], fields) == ([], False)


def test_links_written_with_the_old_labels_still_work():
    """Before codes, the URL held the option's label in the page's language: both still open the same view."""
    assert programs.link_choices("mode", ["Online", "In person", "Not stated"], []) == (
        ["online", "in-person", "unknown"],
        True,
    )
    assert programs.link_choices("price", ["Under $500", "Price not published"], []) == (
        ["under-500", "not-published"],
        True,
    )
    assert programs.link_choices("hours", ["Under 15 hours"], []) == (["under-15h"], True)
    # The French labels, narrow no-break spaces and all, as the French page wrote them.
    assert programs.link_choices("mode", ["En ligne", "Hybride"], []) == (["online", "hybrid"], True)
    assert programs.link_choices("price", ["Moins de 500\u202f$", "1\u202f500\u202f$ ou plus"], []) == (
        ["under-500", "1500-plus"],
        True,
    )
    assert programs.link_choices("hours", ["Heures non publiées"], []) == (["not-published"], True)


def test_table_note_mentions_chunks_only_for_big_tables(prepared):
    small = programs.summarise(prepared, programs.program_filters(CANADA))
    assert programs.table_note(small) == (
        "8 matching programs, sorted by title; select a column header to sort. The CSV download has the same rows."
    )
    many = [program(f"b{i}", f"T{i}") for i in range(1001)]
    big = programs.summarise(programs.prepare_catalogue(catalogue(*many), SOURCES), programs.program_filters(CANADA))
    assert programs.table_note(big).startswith(
        "1,001 matching programs, sorted by title. Rows load as you scroll, 100 at a time;"
    )


def test_per_capita_compares_the_region_with_the_rest_of_canada():
    from dashboard.regions import Region
    from dashboard.views.programs import canada_wide, per_capita_chart, program_filters, summarise

    catalogue = pl.DataFrame(
        {
            "program_id": ["a", "b", "c", "d"],
            "title": ["A", "B", "C", "D"],
            "provider": ["P"] * 4,
            "province": ["AB", "AB", "ON", "CA"],
            "field": ["Health"] * 4,
            "hours": [10.0] * 4,
            "cost_cad": [None] * 4,
            "cost_note": ["not published"] * 4,
            "delivery_mode": ["online"] * 4,
            "illustrative": [False] * 4,
            "source_id": ["s"] * 4,
        }
    )
    provinces = pl.DataFrame({"code": ["AB", "ON"], "population_2021": [4_000_000, 16_000_000]})
    sources = pl.DataFrame(
        {"source_id": ["s"], "title": ["T"], "publisher": ["P"], "url": ["https://x"], "kind": ["primary"]}
    )
    alberta = Region("AB", "Alberta", "province", ("AB",))
    summary = summarise(catalogue, canada_wide(program_filters(alberta)))
    spec = per_capita_chart(summary, alberta, provinces, sources)
    rows = {row["side"]: row for row in spec.table.iter_rows(named=True)}
    # Alberta: 2 programs / 4,000,000 people * 100,000 = 0.05; the rest: 1 / 16,000,000 * 100,000 = 0.00625.
    # The Canada-wide program (province CA) is on neither side.
    assert rows["Alberta"]["programs_per_100k_people"] == 0.05
    assert rows["Rest of Canada"]["programs_per_100k_people"] == 0.01
    assert rows["Alberta"]["programs"] + rows["Rest of Canada"]["programs"] == 3
    # The catalogue is a list of examples: said where a reader would quote it from.
    assert spec.title.startswith("Among the catalogue's examples, Alberta has more programs per 100,000 people")
    assert "not every program on offer" in spec.takeaway


def test_a_region_with_no_program_says_0_programs_in_english_and_0_programme_in_french():
    prepared = programs.prepare_catalogue(
        catalogue(program("a", "A", province="AB"), program("b", "B", province="ON")), SOURCES
    )
    provinces = pl.DataFrame({"code": ["AB", "ON", "SK"], "population_2021": [4_000_000, 16_000_000, 1_000_000]})
    saskatchewan = Region("SK", "Saskatchewan", "province", ("SK",))
    summary = programs.summarise(prepared, programs.canada_wide(programs.program_filters(saskatchewan)))
    english = programs.per_capita_chart(summary, saskatchewan, provinces, SOURCES).takeaway
    set_language("fr")
    try:
        french = programs.per_capita_chart(summary, saskatchewan, provinces, SOURCES).takeaway
    finally:
        set_language("en")
    assert english.startswith("Saskatchewan: 0 programs for 1,000,000 people")
    assert "0 programme pour" in french and "0 programmes" not in french


def test_the_served_package_holds_one_prepared_catalogue_and_extracts_keep_the_dataset_columns():
    package = load_package(REPO_ROOT / "data")
    served = programs.with_prepared_catalogue(package)
    catalogue = served.frame("catalogue")
    validated = package.frame("catalogue")
    assert set(validated.columns) < set(catalogue.columns)
    assert sorted(catalogue["program_id"]) == sorted(validated["program_id"])
    assert catalogue["title"].to_list() == sorted(validated["title"].to_list())
    # Repeated text is held once per distinct value; the values themselves are unchanged.
    assert all(catalogue.schema[name] == pl.Categorical for name in programs.REPEATED_TEXT_COLUMNS)
    by_id = catalogue.sort("program_id").select(validated.columns).with_columns(pl.col(pl.Categorical).cast(pl.String))
    assert by_id.equals(validated.sort("program_id"))
    # The Programs page's cache gets the very same frame back, not a second prepared copy.
    assert programs.prepare_catalogue(catalogue, served.frame("sources")) is catalogue
    # The Data page's downloads are the dataset as documented, whatever the app holds.
    for region in (None, Region("ON", "Ontario", "province", ("ON",))):
        assert (
            about.dataset_extract(served, "catalogue", region)
            .sort("program_id")
            .equals(about.dataset_extract(package, "catalogue", region).sort("program_id"))
        )
    assert not {"price_band", "search_text"} & set(about.dataset_extract(served, "catalogue", None).columns)


# ----------------------------------------------------------------------------- French


@pytest.fixture
def french():
    set_language("fr")
    yield
    set_language("en")


def test_the_table_shows_the_data_words_in_french_and_stays_lazy(prepared, french):
    rows = programs.table_rows(prepared, programs.program_filters(CANADA, fields=["Health"]).matches(prepared))
    shown = programs.shown_rows(rows)
    assert isinstance(shown, pl.LazyFrame)
    first = shown.slice(0, 1).collect().row(0, named=True)  # one chunk, as the table reads it
    # p3 "Care aide": Health, online, free.
    assert (first["title"], first["field"], first["delivery_mode"], first["cost_note"]) == (
        "Care aide",
        "Santé",
        "en ligne",
        "gratuit",
    )
    modes = dict(shown.select("program_id", "delivery_mode").collect().iter_rows())
    assert modes == {"p1": "en ligne", "p3": "en ligne", "p5": "en personne"}


def test_downloads_keep_the_data_words_on_a_french_page(prepared, french):
    filters = programs.program_filters(CANADA, fields=["Health"])
    rows = list(csv.DictReader(io.StringIO(programs.csv_extract(prepared, filters, SOURCES, "CA").decode("utf-8-sig"))))
    assert {row["field"] for row in rows} == {"Health"}
    assert {row["delivery_mode"] for row in rows} == {"online", "in-person"}
    assert {row["cost_note"] for row in rows} == {"free", "not published", ""}


def test_english_table_rows_are_left_as_they_are(prepared):
    rows = programs.table_rows(prepared, programs.program_filters(CANADA).matches(prepared))
    assert programs.shown_rows(rows) is rows


def test_field_charts_name_fields_in_french_and_keep_the_data_value(prepared, french):
    summary = programs.summarise(prepared, programs.program_filters(CANADA))
    spec = programs.field_chart(summary, SOURCES)
    assert spec.table.columns == ["field", "field_fr", "programs"]
    # Business 2, Data 2, Health 3, Trades 1 (unknown to the catalogue: kept as the data has it).
    assert spec.table.rows() == [
        ("Health", "Santé", 3),
        ("Business", "Affaires", 2),
        ("Data", "Data", 2),
        ("Trades", "Métiers", 1),
    ]
    assert spec.title == "Le domaine le plus fréquent est «\u00a0Santé\u00a0»\u00a0: 3 programmes sur 8"
    assert "Santé" in list(spec.figure.data[0].y) and "Health" not in list(spec.figure.data[0].y)
    priced = programs.price_chart(summary, SOURCES)
    assert priced.table.select("field", "field_fr").rows() == [("Health", "Santé"), ("Data", "Data")]
    assert "«\u00a0Santé\u00a0»" in priced.title


def test_summed_fields_keep_english_in_the_data_column(french):
    # 17 fields of one program each and Health with two: Health and 11 others get a bar, 6 are summed.
    rows = [program(f"m{i}", f"T{i}", field=f"F{i:02d}") for i in range(17)]
    rows += [program("h1", "x", field="Health"), program("h2", "y", field="Health")]
    summary = programs.summarise(
        programs.prepare_catalogue(catalogue(*rows), SOURCES), programs.program_filters(CANADA)
    )
    spec = programs.field_chart(summary, SOURCES)
    assert spec.table.row(0) == ("Health", "Santé", 2)
    assert spec.table.row(-1) == ("All other fields (6)", "Tous les autres domaines (6)", 6)
    assert "Tous les autres domaines (6)" in list(spec.figure.data[0].y)


def test_field_choices_in_the_order_of_their_french_names(french):
    assert programs.fields_in_order(["Health", "Business", "Clean economy", "Trades"]) == [
        "Business",  # Affaires
        "Clean economy",  # Économie propre: with the Es, not after Z
        "Trades",  # Métiers
        "Health",  # Santé
    ]


def test_rates_that_differ_are_printed_with_enough_decimals_to_differ():
    ontario, rest = 1 / 14_223_942 * 100_000, 3 / 22_768_039 * 100_000  # 0.0070 and 0.0132
    decimals = programs.distinguishing_decimals(ontario, rest)
    assert round(ontario, decimals) != round(rest, decimals)
    assert round(ontario, decimals - 1) == round(rest, decimals - 1)  # the fewest that tell them apart
    assert programs.distinguishing_decimals(0.5, 0.5) == 2
    assert programs.distinguishing_decimals(1.25, 3.5) == 2


def test_one_match_is_told_in_the_singular(prepared):
    # Trades: only p6, in Ontario, with no price published.
    summary = programs.summarise(prepared, programs.program_filters(CANADA, fields=["Trades"]))
    assert summary.matched == 1
    assert programs.headline(summary, True) == "1 of the 8 listed programs matches the region and filters."
    assert programs.coverage_text(summary) == "Price published for 0 of 1 program; 0 free or fully funded"
    assert programs.no_price_text(summary) == "No price statistics: the matching program publishes no price."
    band_chart = programs.price_band_chart(summary, SOURCES)
    assert band_chart.takeaway == "The matching program publishes no price and is not noted as free."
    assert programs.field_chart(summary, SOURCES).title == "The matching program's field is “Trades”"
    names = {"ON": "Ontario", "BC": "British Columbia", "AB": "Alberta", "NS": "Nova Scotia"}
    province_title = programs.province_chart(summary, CANADA, names, SOURCES).title
    assert province_title == "The matching program is based in Ontario"


def test_one_illustrative_match_is_told_in_the_singular(prepared):
    summary = programs.summarise(prepared, programs.program_filters(CANADA, fields=["Business"], modes=["hybrid"]))
    assert (summary.matched, summary.illustrative) == (1, 1)
    banner = programs.illustrative_banner(summary)
    assert banner.startswith("**Illustrative synthetic program, not real.** The program shown is a synthetic row")


def test_one_published_price_is_told_in_the_singular(prepared):
    # Data in Ontario: only p2, at $400.
    summary = programs.summarise(prepared, programs.program_filters(ONTARIO, fields=["Data"]))
    spec = programs.price_chart(summary, SOURCES)
    assert spec.takeaway == "The one matching program with a published price costs $400."
    assert spec.subtitle.startswith("Published price (CAD) of the one matching program that publishes one")


def test_one_unpublished_price_among_several_is_told_in_the_singular(prepared):
    # Health across Canada: p1 (not published), p3 (free), p5 ($1,200).
    summary = programs.summarise(prepared, programs.program_filters(CANADA, fields=["Health"]))
    spec = programs.price_band_chart(summary, SOURCES)
    assert spec.takeaway.startswith("1 of 3 matching programs (33%) publishes no price and is not noted as free.")


def test_one_priced_match_names_its_price_band_on_a_whole_number_axis(prepared):
    # Data in Ontario: only p2, at $400.
    summary = programs.summarise(prepared, programs.program_filters(ONTARIO, fields=["Data"]))
    spec = programs.price_band_chart(summary, SOURCES)
    assert spec.takeaway == "The matching program is counted under “Under $500”. " + (
        "Where a price is published, the median is $400."
    )
    # One program: ticks at whole programs, not at 0.2, 0.4 ...
    assert spec.figure.layout.xaxis.dtick == 1
    many = pl.DataFrame({"band": ["a", "b"], "programs": [40, 12]})
    assert amount_bars(many, "band", "programs", "Programs", prefix="").layout.xaxis.dtick is None


def test_french_counts_of_0_and_1_program_agree_in_number(french):
    """Test that French says `1 programme établi … correspond` and `1 programme offert`, never `offerts`."""
    nova_scotia = Region("NS", "Nouvelle-Écosse", "province", ("NS",))
    summary = programs.summarise(programs.prepare_catalogue(CATALOGUE, SOURCES), programs.program_filters(nova_scotia))
    title = programs.province_chart(summary, nova_scotia, {"NS": "Nouvelle-Écosse"}, SOURCES).title
    note = programs.national_note(summary, nova_scotia, True)
    assert summary.national == 1
    assert title.startswith("1 programme établi dans la sélection (Nouvelle-Écosse) correspond")
    assert "1 programme offert partout" in note and note.endswith("pour l’exclure.")


def test_a_province_with_no_program_of_its_own_says_so_rather_than_0_and_1_more():
    yukon = Region("YT", "Yukon", "province", ("YT",))
    summary = programs.summarise(programs.prepare_catalogue(CATALOGUE, SOURCES), programs.program_filters(yukon))
    title = programs.province_chart(summary, yukon, {"YT": "Yukon"}, SOURCES).title
    assert title == "No matching program is based in Yukon; 1 program offered Canada-wide"


def test_one_field_left_over_is_one_more_in_the_data_table(french):
    rows = [program(f"m{i}", f"T{i}", field=f"F{i:02d}") for i in range(6)]
    summary = programs.summarise(
        programs.prepare_catalogue(catalogue(*rows), SOURCES), programs.program_filters(CANADA)
    )
    takeaway = programs.field_chart(summary, SOURCES).takeaway
    assert "1 autre dans le tableau de données" in takeaway
    assert "1 autres" not in takeaway


def test_a_price_band_chart_with_every_price_known_says_so():
    rows = [program("k1", "a", cost_cad=100.0), program("k2", "b", cost_cad=0.0, cost_note="free")]
    summary = programs.summarise(
        programs.prepare_catalogue(catalogue(*rows), SOURCES), programs.program_filters(CANADA)
    )
    assert programs.price_band_chart(summary, SOURCES).takeaway.startswith(
        "Every one of the 2 matching programs publishes a price or is noted as free."
    )


def test_no_match_is_told_as_none_and_points_to_what_can_be_widened(prepared):
    """ "0 of the 8 listed programs match" read as a count; Canada has no larger region to choose."""
    summary = programs.summarise(prepared, programs.program_filters(CANADA, fields=["Trades"], search="zzz"))
    assert summary.matched == 0
    assert programs.headline(summary, True) == "None of the 8 listed programs matches the region and filters."
    everywhere = "No listed program matches these filters anywhere in Canada. Clear a filter."
    assert programs.no_match_text(CANADA) == everywhere
    quebec = Region("QC", "Quebec", "province", ("QC",))
    assert "choose a larger region" in programs.no_match_text(quebec)
    set_language("fr")
    try:
        assert programs.headline(summary, True).startswith("Aucun des 8 programmes répertoriés ne correspond")
    finally:
        set_language("en")
