"""The French catalogue is complete and well formed; numbers, files and figures follow the language.

The catalogue comparison reads the code with `ast` (dashboard.locales.extract): every message
passed to t() must have a French entry, and so must the data text the pages show. A French
entry identical to its English key is an oversight unless listed in SAME_IN_BOTH. Each
expectation below is written out by hand, so a change of format has to be a deliberate one.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import string
import threading

import plotly.graph_objects as go
import polars as pl
import pytest

from dashboard.data import load_package
from dashboard.extracts import csv_bytes, extract_file_name, picture_file_name
from dashboard.figures import localise_figure
from dashboard.i18n import (
    current_language,
    format_cad,
    format_count,
    format_number,
    format_percent,
    in_current_language,
    in_every_language,
    list_join,
    set_language,
    t,
    translated,
    translated_column,
)
from dashboard.locales import FRENCH
from dashboard.locales.extract import code_messages, data_messages
from dashboard.locales.fr import FRENCH as FRENCH_CODE
from dashboard.locales.fr_data import FRENCH_DATA
from dashboard.locales.typography import french_typography
from dashboard.paths import BUNDLED_DATA_DIR
from dashboard.regions import regions

NNBSP = "\u202f"  # narrow no-break space: thousands, and before ; ? ! % $
NBSP = "\u00a0"  # no-break space: before the colon, inside « »

# Words that are the same in both languages, on purpose.
SAME_IN_BOTH = {
    "Canada",  # the country
    "Source",
    "Sources",
    "Licences",
    "Province",
    "Ontario",  # region group and province: the same name in French
    "Prairies",
    "unique",  # a constraint in the data dictionary
    "date",  # a field type
    "exact",  # funding exactness
    "{n} {unit}",  # "201 employers": the unit word is translated on its own
    "{label} ({members})",
    "{survey} — {ranking}",  # one survey's ranking after its name
    "StrongerBC Future Skills Grant",  # a program name with no official French name
    # Catalogue fields that French writes the same way
    "Agriculture",
    "Aviation / drones",
    "Communications",
    "Construction",
    "Finance",
    "Leadership",
    "Marketing",
}


@pytest.fixture(autouse=True)
def english_afterwards():
    """Each test may switch language; the next one starts in English."""
    yield
    set_language("en")


@pytest.fixture(scope="module")
def package():
    return load_package(BUNDLED_DATA_DIR)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# ---------------------------------------------------------------------------- the catalogues


def test_every_message_in_the_code_has_a_french_entry():
    missing = {text: where[:2] for text, where in code_messages().items() if text not in FRENCH}
    assert missing == {}, "no French for (python -m dashboard.locales.extract lists them):\n" + "\n".join(
        f"{where}: {text!r}" for text, where in missing.items()
    )


def test_the_extraction_finds_literals_plurals_and_constants():
    found = code_messages()
    assert "Region" in found  # t("...") literal
    assert "{count} election promise, listed under Promises, not funding." in found  # _plural(...)
    assert "Question wording was not published; items are as reported." in found  # t(QUESTION_NOTE)
    assert "Unknown stays unknown" in found  # about.METHOD_NOTES, reached through a loop
    assert "Money and programs" in found  # sitemap.PAGES section
    assert "Online" in found  # t(labels.get(code, code)) with a dict of labels


def test_every_displayed_data_text_has_a_french_entry(package):
    missing = {text: where for text, where in data_messages(package).items() if text not in FRENCH}
    assert missing == {}, "\n".join(f"{where}: {text!r}" for text, where in missing.items())


def test_no_french_entry_is_left_identical_to_english():
    same = {english for english, french in FRENCH.items() if english == french} - SAME_IN_BOTH
    assert same == set(), f"translate these or add them to SAME_IN_BOTH: {sorted(same)}"


def test_every_translation_keeps_the_placeholders_of_its_english():
    wrong = {
        english: (placeholders(english), placeholders(french))
        for english, french in FRENCH.items()
        if placeholders(english) != placeholders(french)
    }
    assert wrong == {}


def test_every_column_with_a_french_header_has_an_english_one_and_back():
    from dashboard.locales import COLUMN_CATALOGUES

    assert sorted(COLUMN_CATALOGUES["en"]) == sorted(COLUMN_CATALOGUES["fr"])


def test_code_and_data_catalogues_agree_where_both_translate():
    both = FRENCH_CODE.keys() & FRENCH_DATA.keys()
    assert {key: (FRENCH_CODE[key], FRENCH_DATA[key]) for key in both if FRENCH_CODE[key] != FRENCH_DATA[key]} == {}


def test_one_french_term_for_microcredential():
    """« Microcertification » throughout: never « microtitre », never the English word left in French."""
    for english, french in FRENCH.items():
        assert "microtitre" not in french.lower(), english
        assert not re.search(r"micro-?credential", french, flags=re.IGNORECASE), (english, french)
    assert FRENCH["What is a microcredential?"] == f"Qu’est-ce qu’une microcertification{NNBSP}?"


def test_french_typography_in_every_translation():
    for english, french in FRENCH.items():
        # An ordinary space never precedes : ; ? ! % or », nor follows «: the line could break there.
        assert not re.search(r" [:;?!%»]", french), (english, french)
        assert "« " not in french, (english, french)
        assert '"' not in french, ("« » quotes in French", english, french)
        assert not re.search(r"\w'\w", french), ("the apostrophe ’ in French", english, french)


def test_typography_rules_by_hand():
    assert french_typography("Source : x ; y ? oui !") == f"Source{NBSP}: x{NNBSP}; y{NNBSP}? oui{NNBSP}!"
    assert (
        french_typography("59 % de 2 000 adultes, 1 500 $") == f"59{NNBSP}% de 2{NNBSP}000 adultes, 1{NNBSP}500{NNBSP}$"
    )
    assert french_typography("« terme »") == f"«{NBSP}terme{NBSP}»"
    assert french_typography("**À retenir :** texte") == f"**À retenir{NBSP}:** texte"
    # Left alone: addresses, ratios and years.
    assert french_typography("https://x.ca 1:50m de 2020 à 2024") == "https://x.ca 1:50m de 2020 à 2024"


# ---------------------------------------------------------------------------- t() and the language


def test_t_translates_and_fills_placeholders():
    set_language("fr")
    assert t("Region") == "Région"
    assert t("Data table ({count} rows)", count="12") == "Tableau de données (12 lignes)"
    assert t("**Takeaway:** {takeaway}", takeaway="x") == f"**À retenir{NBSP}:** x"
    set_language("en")
    assert t("Region") == "Region"
    assert t("Data table ({count} rows)", count="12") == "Data table (12 rows)"


def test_unknown_language_falls_back_to_english():
    set_language("de")
    assert current_language() == "en"


def test_the_language_does_not_leak_between_threads():
    """Streamlit runs each session in its own thread: one visitor's French never reaches another."""
    seen: dict[str, tuple[str, str]] = {}
    french_set, english_checked = threading.Event(), threading.Event()

    def french_visitor() -> None:
        set_language("fr")
        french_set.set()
        english_checked.wait(5)
        seen["fr"] = (current_language(), t("Region"))

    def english_visitor() -> None:
        french_set.wait(5)
        seen["en"] = (current_language(), t("Region"))
        english_checked.set()

    threads = [threading.Thread(target=french_visitor), threading.Thread(target=english_visitor)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == {"fr": ("fr", "Région"), "en": ("en", "Region")}
    assert current_language() == "en"


def test_polars_callbacks_keep_the_language_when_bound():
    """Polars runs map_elements in worker threads, where the language is the default: bind it."""
    set_language("fr")
    frame = pl.DataFrame({"a": [1234567.0, 2.0]})
    written = frame.with_columns(
        b=pl.col("a").map_elements(in_current_language(format_cad), pl.String),
        c=pl.col("a").map_elements(in_current_language(format_cad), pl.String),
    )
    assert written["b"].to_list() == [f"1{NNBSP}234{NNBSP}567{NNBSP}$", f"2{NNBSP}$"]
    assert written["c"].to_list() == written["b"].to_list()


# ---------------------------------------------------------------------------- number formats


def test_number_formats_in_english():
    set_language("en")
    assert format_cad(1234567) == "$1,234,567"
    assert format_cad(59_500_000, compact=True) == "$59.5M"
    assert format_percent(59) == "59%"
    assert format_percent(3.4) == "3.4%"
    assert format_number(1234.5, 1) == "1,234.5"
    assert format_count(36991981) == "36,991,981"
    assert list_join(["a", "b"]) == "a; b"


def test_number_formats_in_french():
    set_language("fr")
    assert format_cad(1234567) == f"1{NNBSP}234{NNBSP}567{NNBSP}$"
    assert format_cad(59_500_000, compact=True) == f"59,5{NNBSP}M$"
    assert format_cad(60_000_000, compact=True) == f"60{NNBSP}M$"
    assert format_percent(59) == f"59{NNBSP}%"
    assert format_percent(3.4) == f"3,4{NNBSP}%"
    assert format_number(1234.5, 1) == f"1{NNBSP}234,5"
    assert format_count(36991981) == f"36{NNBSP}991{NNBSP}981"
    assert format_cad(None) == "–"
    assert list_join(["a", "b"]) == f"a{NNBSP}; b"


def test_french_figures_use_french_separators_and_units():
    set_language("fr")
    figure = go.Figure(go.Bar(x=[59.5], y=["a"], hovertemplate="%{y}: %{x}%<extra></extra>"))
    figure.add_bar(x=[1000], y=["b"], hovertemplate="%{y}: $%{x:,.0f}<extra></extra>")
    figure.update_layout(xaxis=dict(ticksuffix="%"), yaxis=dict(tickprefix="$"))
    localise_figure(localise_figure(figure))  # twice: the result must not change
    assert figure.layout.separators == f",{NNBSP}"
    assert figure.layout.xaxis.ticksuffix == f"{NNBSP}%"
    # Dollar ticks are written out the French way, after the number.
    assert figure.layout.yaxis.tickprefix == ""
    assert figure.data[0].hovertemplate == f"%{{y}}{NBSP}: %{{x}}{NNBSP}%<extra></extra>"
    assert figure.data[1].hovertemplate == f"%{{y}}{NBSP}: %{{x:,.0f}}{NNBSP}$<extra></extra>"


def test_french_dollar_axes_read_like_french_amounts():
    set_language("fr")
    figure = go.Figure(go.Bar(x=[580441, 179968], y=["Ontario", "Alberta"], orientation="h"))
    figure.update_layout(xaxis=dict(tickprefix="$"))
    localise_figure(figure)
    assert list(figure.layout.xaxis.tickvals) == [0, 200000, 400000, 600000]
    assert list(figure.layout.xaxis.ticktext) == [f"0{NNBSP}$", f"200{NNBSP}k$", f"400{NNBSP}k$", f"600{NNBSP}k$"]
    log = go.Figure(go.Scatter(x=[1, 2], y=[450_000, 59_500_000]))
    log.update_layout(yaxis=dict(type="log", tickprefix="$"))
    localise_figure(log)
    assert list(log.layout.yaxis.ticktext) == [f"100{NNBSP}k$", f"1{NNBSP}M$", f"10{NNBSP}M$", f"100{NNBSP}M$"]


def test_english_figures_are_left_as_built():
    figure = go.Figure(go.Bar(x=[1], y=["a"], hovertemplate="%{y}: $%{x:,.0f}"))
    figure.update_layout(yaxis=dict(tickprefix="$"))
    localise_figure(figure)
    assert figure.layout.separators is None
    assert figure.layout.yaxis.tickprefix == "$"
    assert figure.data[0].hovertemplate == "%{y}: $%{x:,.0f}"


def test_survey_bars_are_labelled_in_french(package):
    from dashboard.views import employers, survey

    set_language("fr")
    spec = survey.for_region(employers.familiarity(package), regions(package.frame("provinces"))["AB"])
    bars = spec.figure.data[0]
    assert bars.y[0] == "Ne connaissent pas du tout<br>le terme"  # wrapped for a phone
    assert bars.text[0] == f"59{NNBSP}%"
    assert "Traduction du projet" in spec.subtitle
    assert "Alberta" in spec.notice and "Donnée nationale" in spec.notice
    # The table keeps the source's wording and adds the translation beside it.
    assert spec.table["item"][0] == "Not familiar at all with the term"
    assert spec.table["item_fr"][0] == "Ne connaissent pas du tout le terme"


def test_translated_changes_only_french_frames():
    frame = pl.DataFrame({"status": ["free", None, "fully funded"], "n": [1, 2, 3]})
    assert translated(frame, "status").equals(frame)
    set_language("fr")
    assert translated(frame, "status")["status"].to_list() == ["gratuit", None, "entièrement financé"]
    # A categorical column (as the served catalogue holds repeated text) is translated as well.
    categorical = frame.with_columns(pl.col("status").cast(pl.Categorical))
    assert translated(categorical, "status")["status"].to_list() == ["gratuit", None, "entièrement financé"]


def test_a_translated_column_works_inside_a_lazy_query():
    """Test the expression the Programs table uses: each chunk is translated as it is read."""
    rows = pl.LazyFrame(
        {"field": ["Health", "Not a known field", None], "delivery_mode": ["online", "unknown", "hybrid"]}
    )
    assert rows.with_columns(translated_column("field")).collect().equals(rows.collect())  # English: as it is
    set_language("fr")
    shown = rows.with_columns(translated_column("field"), translated_column("delivery_mode"))
    assert shown.slice(0, 2).collect().rows() == [("Santé", "en ligne"), ("Not a known field", "non précisé")]
    assert shown.collect()["field"][2] is None


def test_a_message_in_every_language():
    assert in_every_language("Online") == ("Online", "En ligne")
    assert in_every_language("Canada") == ("Canada",)  # the same in both: once
    assert in_every_language("no such message") == ("no such message",)


def test_every_field_of_the_synthetic_catalogue_has_a_french_name():
    from dashboard.synth import FIELDS

    assert [field for field in FIELDS if field not in FRENCH] == []


def test_catalogue_words_are_translated_in_french():
    """Written out by hand: the fields, delivery modes, durations and price notes of the bundled catalogue."""
    set_language("fr")
    frame = pl.DataFrame(
        {
            "field": ["Health", "Cloud computing", "Marketing / esports", "Early childhood"],
            "delivery_mode": ["online", "hybrid", "in-person", "unknown"],
            "duration_note": ["8 weeks", "three weekends", "weeks rather than years", None],
            "cost_note": ["free", "fully funded", "not published", None],
        }
    )
    assert translated(frame, *frame.columns).rows() == [
        ("Santé", "en ligne", "8 semaines", "gratuit"),
        ("Infonuagique", "hybride", "trois fins de semaine", "entièrement financé"),
        ("Marketing / sports électroniques", "en personne", "des semaines plutôt que des années", "non publié"),
        ("Petite enfance", "non précisé", None, None),
    ]


def test_tables_show_dates_as_dates_in_both_languages():
    """Test that a date column is not drawn as a timestamp (`2023-02-22 00:00:00`) by the grid."""
    from components.tables import display_frame

    frame = pl.DataFrame({"announced_on": [dt.date(2023, 2, 22), None], "n": [1, 2]})
    assert display_frame(frame)["announced_on"].to_list() == ["2023-02-22", None]
    set_language("fr")
    assert display_frame(frame)["announced_on"].to_list() == ["2023-02-22", None]


def test_french_tables_write_numbers_in_french():
    from components.tables import display_frame

    frame = pl.DataFrame({"recipient": [None, "NAIT"], "amount_cad": [1142500.0, None], "percent": [52.1, 3.0]})
    assert display_frame(frame).equals(frame)
    set_language("fr")
    assert display_frame(frame).rows() == [(None, f"1{NNBSP}142{NNBSP}500", "52,1"), ("NAIT", None, "3")]


# ---------------------------------------------------------------------------- regions


def test_region_names_follow_the_language(package):
    provinces = package.frame("provinces")
    set_language("fr")
    french = regions(provinces)
    assert (french["QC"].name, french["BC"].name, french["PE"].name) == (
        "Québec",
        "Colombie-Britannique",
        "Île-du-Prince-Édouard",
    )
    assert (french["ATL"].name, french["TER"].name, french["CA"].name) == ("Atlantique", "Territoires", "Canada")
    set_language("en")
    assert regions(provinces)["BC"].name == "British Columbia"


# ---------------------------------------------------------------------------- CSV extracts

FRAME = pl.DataFrame(
    {
        "province": ["Québec", "Say; hi"],
        "amount_cad": [1234567.5, None],
        "programs": [3, 0],
        "announced": [dt.date(2021, 3, 18), None],
    }
)


def test_plain_csv_is_the_same_in_both_languages():
    english = csv_bytes(FRAME)
    set_language("fr")
    assert csv_bytes(FRAME) == english
    assert b"1234567.5" in english and b"," in english


def test_french_convention_csv_uses_semicolons_and_decimal_commas():
    data = csv_bytes(FRAME, french_convention=True)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "province;amount_cad;programs;announced"
    assert lines[1] == "Québec;1234567,5;3;2021-03-18"
    assert lines[2] == '"Say; hi";;0;'
    back = pl.read_csv(io.BytesIO(data), separator=";", decimal_comma=True, schema=FRAME.schema)
    assert back.equals(FRAME)


def test_file_names_follow_the_language():
    day = dt.date(2026, 11, 28)
    assert (
        extract_file_name("employer-familiarity", "AB", day)
        == "microcredentials_employer-familiarity_ab_2026-11-28.csv"
    )
    set_language("fr")
    assert (
        extract_file_name("employer-familiarity", "AB", day)
        == "microcertifications_employer-familiarity_ab_2026-11-28.csv"
    )
    assert (
        extract_file_name("employer-familiarity", "AB", day, french_convention=True)
        == "microcertifications_employer-familiarity_ab_2026-11-28_point-virgule.csv"
    )


def test_picture_names_follow_the_language_and_leave_the_region_to_the_page():
    day = dt.date(2026, 11, 28)
    assert (
        picture_file_name("Costs: Price Status", day) == "microcredentials_costs-price-status_{region}_2026-11-28.png"
    )
    set_language("fr")
    assert (
        picture_file_name("costs-price-status", day) == "microcertifications_costs-price-status_{region}_2026-11-28.png"
    )


def test_french_changelog_has_every_release_of_the_english_one():
    def releases(name: str) -> list[str]:
        text = (BUNDLED_DATA_DIR / name).read_text(encoding="utf-8")
        return re.findall(r"^## (\S+)", text, flags=re.MULTILINE)

    assert releases("CHANGELOG.fr.md") == releases("CHANGELOG.md")


def test_singular_counts_in_each_language():
    from dashboard.i18n import takes_singular

    assert [takes_singular(n) for n in (0, 1, 2)] == [False, True, False]
    try:
        set_language("fr")
        assert [takes_singular(n) for n in (0, 1, 2)] == [True, True, False]
    finally:
        set_language("en")


def test_the_source_line_messages_are_found_in_the_code_and_translated():
    """`sources_text` takes its messages as a pair, in a call or as its default: the extractor reads both."""
    found = code_messages()
    for message in (
        "and 1 more",
        "and {count} more",
        "and 1 more, with its link in the CSV with sources (zip) below",
        "and {count} more, with their links in the CSV with sources (zip) below",
        "and 1 more, listed with its link on the About and methodology page",
        "and {count} more, listed with their links on the About and methodology page",
    ):
        assert message in found
        assert message in FRENCH
