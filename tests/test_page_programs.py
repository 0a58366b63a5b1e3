"""The Programs page in Streamlit's AppTest: the real app entry, the bundled data and a synthetic package."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cache.views import _shared
from dashboard.paths import DATA_DIR_ENV, REPO_ROOT
from dashboard.synth import write_package
from dashboard.views import programs
from tests.apptest_helpers import (
    PAGE_SECTIONS,
    count_view_calls,
    open_data_tables,
    open_every_section,
    open_section,
    pill_choices,
    plotly_figures,
    press_pills,
)

ENTRY = str(REPO_ROOT / "dashboard" / "app.py")
PAGE = "../pages/programs.py"
BANNER = "Illustrative synthetic programs, not real"


def open_programs(region: str | None = None, query: dict[str, str] | None = None) -> AppTest:
    """The app after its first run, opened directly on the Programs page."""
    at = AppTest.from_file(ENTRY, default_timeout=90)
    if region is not None:
        at.session_state["region"] = region
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.switch_page(PAGE)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def open_sections(region: str | None = None, query: dict[str, str] | None = None) -> dict[str, AppTest]:
    """The Programs page opened on each of its sections in turn, by key: the list, the charts of
    where the programs are, the price charts (a page draws only its open section)."""
    opened = dict(zip(PAGE_SECTIONS["programs"], open_every_section("programs", region, query), strict=True))
    for at in opened.values():
        assert not at.exception, [e.message for e in at.exception]
    return opened


def link_of(at: AppTest) -> dict[str, list[str]]:
    """The page's URL parameters, each with every value, the language aside."""
    values = {key: at.query_params[key] for key in at.query_params if key != "lang"}
    return {key: list(value) if isinstance(value, list) else [value] for key, value in values.items()}


def program_table(at: AppTest) -> pd.DataFrame:
    """The table of matching programs (the one with a program_id column)."""
    tables = [frame.value for frame in at.dataframe if "program_id" in frame.value.columns]
    assert len(tables) == 1
    return tables[0]


def chart_table(at: AppTest, column: str) -> pd.DataFrame:
    """The data table of the chart whose table has `column` (the chart tables opened, as a click does)."""
    tables = [frame.value for frame in open_data_tables(at).dataframe if column in frame.value.columns]
    assert len(tables) == 1
    return tables[0]


def shown_text(at: AppTest) -> str:
    """The page's text as a reader sees it: Markdown backslash escapes removed."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning"):
        parts += [str(element.value) for element in at.get(kind)]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))


def test_renders_the_bundled_catalogue():
    sections = open_sections()
    for at in sections.values():
        assert len(at.title) == 1 and at.title[0].value == "Programs"
        assert BANNER not in shown_text(at)
    listed, where, prices = sections["list"], sections["where"], sections["prices"]
    table = program_table(listed)
    assert len(table) == 53
    assert listed.get("download_button")
    assert len(plotly_figures(where)) == 2  # province, field
    assert len(plotly_figures(prices)) == 1  # price band; no prices -> no price chart
    assert "Ontario has the most listed programs: 22 of 53" in shown_text(where)
    text = shown_text(prices)
    assert "No fee stated for the 53 programs; 6 free or fully funded" in text
    assert "No price statistics" in text


def test_region_ontario_restricts_counts_to_ontario():
    listed = open_section("programs", "list", "ON")
    assert not listed.exception, [e.message for e in listed.exception]
    provinces = set(program_table(listed)["province"])
    assert provinces == {"ON", "CA"}  # Canada-wide programs are kept, and said so
    assert "Includes 1 program offered Canada-wide" in shown_text(listed)
    where = open_section("programs", "where", "ON")
    assert not where.exception, [e.message for e in where.exception]
    counts = chart_table(where, "province_code")
    assert dict(zip(counts["province_code"], counts["programs"], strict=True)) == {"ON": 22, "CA": 1}
    assert "22 programs based in Ontario match; 1 more offered Canada-wide" in shown_text(where)


def test_national_programs_can_be_left_out():
    at = open_programs("ON")
    at.checkbox(key="national").uncheck().run()
    assert not at.exception
    assert set(program_table(at)["province"]) == {"ON"}
    assert len(program_table(at)) == 22


def test_a_text_search_narrows_the_table():
    at = open_programs()
    at.text_input(key="q").input("humber").run()
    assert not at.exception
    table = program_table(at)
    assert 0 < len(table) < 53
    haystack = (table["title"].astype(str) + " " + table["provider"].astype(str)).str.lower()
    assert haystack.str.contains("humber", regex=False).all()


def test_a_pattern_like_search_is_literal_and_harmless():
    at = open_programs()
    at.text_input(key="q").input(".*(").run()
    assert not at.exception
    assert "No listed program matches these filters" in shown_text(at)


def test_filters_come_from_the_link():
    # The link carries stable codes, not the labels shown on the page.
    at = open_programs(query={"q": "holland", "price": "free"})
    assert at.text_input(key="q").value == "holland"
    assert pill_choices(at)["price"] == ["free"]
    table = program_table(at)
    # Holland College lists four example programs; three are free or fully funded.
    assert len(table) == 3
    assert set(table["cost_note"]) <= {"free", "fully funded"}


def test_a_filter_value_the_page_does_not_know_is_dropped_with_a_notice():
    at = open_programs(query={"price": "under-15h"})  # a length code, not a price band
    assert pill_choices(at)["price"] == []
    assert len(program_table(at)) == 53
    assert "The link asked for a price band that this page does not know" in shown_text(at)
    assert "price" not in at.query_params  # not echoed back into the link a visitor shares


def test_several_values_of_one_filter_are_repeated_parameters():
    at = open_programs(query={"field": ["Health", "Transportation"], "mode": ["unknown"]})
    assert at.multiselect(key="field").value == ["Health", "Transportation"]
    assert pill_choices(at)["mode"] == ["unknown"]
    # Health 4 and Transportation 4 in the bundled catalogue; 2 of the Health ones state their delivery.
    table = program_table(at)
    assert sorted(table["field"].unique()) == ["Health", "Transportation"] and len(table) == 6
    assert link_of(at) == {"field": ["Health", "Transportation"], "mode": ["unknown"]}
    assert "does not know" not in shown_text(at)


def test_an_old_link_with_english_labels_still_opens_the_same_view():
    at = open_programs(query={"q": "holland", "price": "Free or fully funded", "mode": "Not stated"})
    assert pill_choices(at)["price"] == ["free"]
    assert pill_choices(at)["mode"] == ["unknown"]
    assert len(program_table(at)) == 3
    assert "does not know" not in shown_text(at)
    # The link is rewritten with the codes, the same in both languages.
    assert link_of(at) == {"q": ["holland"], "price": ["free"], "mode": ["unknown"]}


def test_a_province_without_programs_of_its_own():
    at = open_programs("QC")
    at.checkbox(key="national").uncheck().run()
    assert not at.exception
    assert "No listed program matches these filters in Quebec" in shown_text(at)


@pytest.fixture
def synthetic_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # dashboard.cache keys the package by its directory, so this path is a fresh cache entry.
    path = write_package(2000, tmp_path / "synthetic")
    monkeypatch.setenv(DATA_DIR_ENV, str(path))
    return path


def test_synthetic_programs_carry_the_illustrative_banner(synthetic_dir):
    sections = open_sections()
    for at in sections.values():
        assert any(BANNER in str(warning.value) for warning in at.warning)
    table = program_table(sections["list"])
    assert len(table) == 2000 and table["illustrative"].all()
    assert len(plotly_figures(sections["where"])) == 2  # province, field
    # Synthetic rows have prices: the price chart appears beside the price band.
    assert len(plotly_figures(sections["prices"])) == 2
    assert "Price published for" in shown_text(sections["prices"])


# ----------------------------------------------------------------------------- links across languages and regions

ROUND_TRIP = {"field": ["Transportation", "Health"], "mode": ["unknown"], "price": ["not-published"]}


def program_filter(at: AppTest, param: str, suffix: str = "") -> list[str]:
    """The codes chosen in a Programs filter: the fields' list (its key has the language's `suffix`),
    or a group of pills."""
    if param == programs.FIELD_PARAM:
        return at.multiselect(key=param + suffix).value
    return pill_choices(at)[param]


def choose_filters(at: AppTest) -> AppTest:
    """Choose ROUND_TRIP's filters, one interaction each, as a visitor would."""
    for param, values in ROUND_TRIP.items():
        if param == programs.FIELD_PARAM:
            at.multiselect(key=param).set_value(values).run()
        else:
            press_pills(at, param, values)
        assert not at.exception, [e.message for e in at.exception]
    return at


def test_a_link_is_the_same_in_both_languages_and_shows_the_same_rows():
    at = choose_filters(open_programs())
    english_link, english_rows = link_of(at), sorted(program_table(at)["program_id"])
    assert english_link == ROUND_TRIP
    # Transportation 4 + Health 4; of those, 6 do not say how they are delivered and 5 of these publish no price.
    assert english_rows == ["re-016", "re-017", "re-018", "re-019", "re-049"]

    at.sidebar.radio(key="lang").set_value("fr").run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.title[0].value == "Programmes"
    assert link_of(at) == english_link
    assert sorted(program_table(at)["program_id"]) == english_rows
    # The French boxes show the same choices, with French labels.
    assert at.multiselect(key="field-fr").value == ["Transportation", "Health"]
    assert pill_choices(at)["mode"] == ["unknown"]
    assert "Santé" in at.multiselect(key="field-fr").options

    # The link opened afresh, in French and in English: the same filters, the same rows.
    for language in ("fr", "en"):
        fresh = open_programs(query={**english_link, "lang": language})
        suffix = "-fr" if language == "fr" else ""
        assert [program_filter(fresh, param, suffix) for param in ROUND_TRIP] == list(ROUND_TRIP.values())
        assert sorted(program_table(fresh)["program_id"]) == english_rows
        assert link_of(fresh) == english_link
        assert "does not know" not in shown_text(fresh)


def test_a_choice_made_in_french_writes_the_code_to_the_link():
    at = open_programs(query={"lang": "fr"})
    press_pills(at, "mode", ["online"])
    press_pills(at, "price", ["under-500", "not-published"])
    assert not at.exception
    assert link_of(at) == {"mode": ["online"], "price": ["under-500", "not-published"]}
    at.sidebar.radio(key="lang").set_value("en").run()
    assert pill_choices(at)["mode"] == ["online"]
    assert link_of(at) == {"mode": ["online"], "price": ["under-500", "not-published"]}


def test_the_region_switch_keeps_the_filters():
    at = choose_filters(open_programs())
    at.text_input(key="q").input("college").run()
    at.sidebar.selectbox(key="region-en").set_value("ON").run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.session_state["region"] == "ON"
    assert at.multiselect(key="field").value == ROUND_TRIP["field"]
    assert at.text_input(key="q").value == "college"  # bound: the browser keeps it in the URL (browser tests)
    assert link_of(at) == {**ROUND_TRIP, "region": ["ON"]}
    table = program_table(at)
    assert set(table["province"]) <= {"ON", "CA"} and set(table["field"]) <= {"Health", "Transportation"}


def test_the_french_page_shows_the_catalogue_words_in_french():
    sections = open_sections(query={"lang": "fr", "field": ["Health", "Cloud computing"]})
    listed, where = sections["list"], sections["where"]
    table = program_table(listed)
    assert sorted(table["field"].unique()) == ["Infonuagique", "Santé"]
    assert set(table["delivery_mode"]) <= {"en ligne", "hybride", "non précisé"}
    assert set(table["cost_note"].dropna()) <= {"gratuit", "entièrement financé", "non publié"}
    english = {"online", "hybrid", "unknown", "free", "fully funded", "not published", "Health", "Cloud computing"}
    assert not english & set(table.astype(str).stack())
    assert "le CSV conserve les valeurs originales anglaises" in shown_text(listed)
    fields = chart_table(where, "field_fr")
    assert dict(zip(fields["field"], fields["field_fr"], strict=True)) == {
        "Health": "Santé",
        "Cloud computing": "Infonuagique",
    }
    assert "Le domaine le plus fréquent est «\u00a0Santé\u00a0»" in shown_text(where)


def test_one_match_is_told_in_the_singular():
    sections = open_sections("ON", {"field": "Health"})
    listed, where = sections["list"], sections["where"]
    assert len(program_table(listed)) == 1  # the shipped catalogue has one Ontario health program
    assert "1 matching program. The CSV download has the same row." in shown_text(listed)
    labels = [button.proto.label for at in sections.values() for button in at.get("download_button")]
    assert "Download the 1 matching program (CSV)" in [button.proto.label for button in listed.get("download_button")]
    assert not any("1 matching programs" in label for label in labels)
    assert "1 program based in Ontario matches" in shown_text(where)
    assert "**Takeaway:** 1 matching program: Ontario 1." in shown_text(where)
    assert "**Takeaway:** 1 matching program, in one field: Health 1." in shown_text(where)
    # What every section says, together.
    text = "\n".join(shown_text(at) for at in sections.values())
    assert "1 of the 53 listed programs matches the region and filters." in text
    # Every sentence that counts the matches agrees with one: "0 of 1 program", never "of 1 programs".
    assert not re.search(r"\b1 (?:matching |listed )?programs\b", text)
    assert not re.search(r"\b1 of (?:the )?[\d,]+ (?:matching |listed )?programs? (?:match|publish|are)\b", text)


def test_one_match_is_told_in_the_singular_in_french():
    # What every section says, together: the list, and the charts' titles and takeaways.
    text = "\n".join(shown_text(at) for at in open_sections("ON", {"field": "Health", "lang": "fr"}).values())
    assert "1 des 53 programmes répertoriés correspond à la région et aux filtres." in text
    assert not re.search(r"\b1 (?:\w+ )?programmes\b", text)
    assert not re.search(r"\bsur 1 (?:\w+ )?programmes\b", text)


def test_a_rerun_with_the_same_filters_builds_no_chart_again(monkeypatch: pytest.MonkeyPatch):
    # The charts are shared across sessions per filters, region and language (dashboard/cache/programs.py).
    _shared.clear()
    builders = ["province_chart", "per_capita_chart", "field_chart", "price_band_chart", "price_chart"]
    built = count_view_calls(monkeypatch, programs, builders)
    # The charts are in two sections: each opened once, every chart is built once.
    where = open_section("programs", "where", "ON")
    prices = open_section("programs", "prices", "ON")
    assert not where.exception and not prices.exception
    assert sorted(built) == sorted(builders)
    built.clear()
    for at in (where, prices):
        at.run()
        assert not at.exception
    assert built == []
    # Another filter is other charts.
    where.multiselect(key="field").select("Health").run()
    assert not where.exception
    assert "field_chart" in built
