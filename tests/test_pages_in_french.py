"""Every page in French (AppTest on the real entry): no exception, a French h1, no text missing a translation.

`t()` records every message it is asked for in French and cannot find; after a page has run,
that record must be empty, which catches text the static catalogue check cannot see (data
text, column headers, messages built at run time). Alberta is chosen so that the pages also
show their region notices.
"""

from __future__ import annotations

import csv
import json
import re

import pytest

from dashboard.i18n import forget_untranslated, set_language, untranslated
from dashboard.locales import FRENCH
from dashboard.paths import BUNDLED_DATA_DIR
from tests.apptest_helpers import (
    PAGE_SECTIONS,
    PAGES,
    open_every_section,
    open_page,
    open_section,
    plotly_figures,
    texts,
)

# Each page's h1, in English (the French catalogue gives the expected French).
H1 = {
    "overview": "Microcredentials in Canada",
    "employers": "Employers",
    "workers": "Workers",
    "costs": "Costs and barriers",
    "funding": "Funding",
    "programs": "Programs",
    "institutions": "Institutions",
    "data": "Data and downloads",
    "about": "About and methodology",
}
SURVEY_PAGES = ["employers", "workers", "institutions", "costs"]


# Free text of the data files that French pages must show in French (from its `_fr` column) or not at all.
FREE_TEXT = ("note", "period")


def data_text(column: str) -> list[tuple[str, str]]:
    """(English, French) of `column` in every CSV of the data package, read straight from the files.

    French is "" where the file has no French column. Values the same in both languages (`2021`) are left out.
    """
    pairs = []
    for path in sorted(BUNDLED_DATA_DIR.rglob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                english, french = row.get(column, "").strip(), row.get(f"{column}_fr", "").strip()
                if english and english != french:
                    pairs.append((english, french))
    return pairs


def plain_spaces(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def table_cells(at) -> set[str]:
    """Every text cell of every data table on the page, as shown."""
    return {
        plain_spaces(str(value))
        for frame in at.dataframe
        for column in frame.value.columns
        for value in frame.value[column].tolist()
        if isinstance(value, str)
    }


def chart_text(at) -> list[str]:
    """Every chart's spec (labels, hover text, map tooltips), with its escapes decoded."""
    specs = [text for e in at.get("deck_gl_json_chart") for text in (e.proto.json, e.proto.tooltip) if text]
    figures = plotly_figures(at) + [json.loads(spec) for spec in specs]
    return [json.dumps(figure, ensure_ascii=False) for figure in figures]


def everything_shown(at) -> str:
    """Page text, table cells and charts in one string."""
    return plain_spaces("\n".join([texts(at), *table_cells(at), *chart_text(at)]))


def assert_no_english_free_text(at) -> None:
    shown, cells = everything_shown(at), table_cells(at)
    notes = [english for english, _ in data_text("note")]
    assert notes, "the data files have notes"
    assert [note for note in notes if note in shown] == []
    assert [period for period, _ in data_text("period") if period in cells] == []


@pytest.fixture(autouse=True)
def fresh_record():
    forget_untranslated()
    yield
    set_language("en")


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_in_french_with_nothing_left_untranslated(page):
    """Every section of the page (its tabs), each drawn alone."""
    for at in open_every_section(page, "AB", query={"lang": "fr"}):
        assert not at.exception, [e.message for e in at.exception]
        assert [title.value for title in at.title] == [FRENCH[H1[page]]]
        assert untranslated() == frozenset(), sorted(untranslated())
        shown = texts(at)
        assert "Takeaway" not in shown and "no breakdown for" not in shown
        assert_no_english_free_text(at)
        assert all(tab.label in FRENCH.values() for tab in at.tabs), [tab.label for tab in at.tabs]


def test_funding_tables_show_the_notes_and_periods_in_french():
    """Canada, so that the announcements table holds every row of funding.csv. Every section, tables or not."""
    cells: set[str] = set()
    for section in PAGE_SECTIONS["funding"]:
        at = open_section("funding", section, query={"lang": "fr"})
        assert not at.exception, (section, [e.message for e in at.exception])
        assert_no_english_free_text(at)
        cells |= table_cells(at)
        # Said where the notes are shown, in both sections of tables: the French is the project's.
        if section in ("announcements", "promises"):
            assert "Périodes et notes traduites par le projet" in texts(at), section
    french_notes = {french for _, french in data_text("note") if french}
    french_periods = {french for _, french in data_text("period") if french}
    assert len(french_notes) >= 29 and len(french_periods) >= 10
    assert sorted(french_notes - cells) == []
    assert sorted(french_periods - cells) == []


@pytest.mark.parametrize("page", ["employers", "workers", "institutions"])
def test_survey_pages_say_in_french_that_figures_are_national(page):
    shown = texts(open_page(page, "AB", query={"lang": "fr"}))
    assert "Données nationales\u00a0: aucune ventilation n’a été publiée pour la sélection «\u00a0Alberta" in shown
    assert "Donnée nationale\u00a0: ensemble du Canada." in shown
    assert "Traduction du projet" in shown


def test_the_costs_survey_chart_says_in_french_that_it_is_national():
    shown = texts(open_page("costs", "AB", query={"lang": "fr"}))
    assert "Donnée nationale\u00a0: aucune ventilation n’a été publiée pour la sélection «\u00a0Alberta\u00a0»" in shown


def test_province_names_come_from_the_provinces_dataset():
    at = open_page("funding", "BC", query={"lang": "fr"})
    assert not at.exception
    # The labels as rendered in the French run (format_func would run in this thread, in English).
    options = at.sidebar.selectbox[0].options
    assert "Colombie-Britannique" in options and "Atlantique (région)" in options and "Québec (région)" in options
    assert "Colombie-Britannique" in texts(at)


def test_unknown_region_notice_is_in_french():
    at = open_page("employers", "ZZ", query={"lang": "fr"})
    assert any("Le lien demandait une région" in warning.value for warning in at.warning)


def test_switching_the_language_keeps_the_region_and_the_page():
    at = open_page("workers", "QC", query={"lang": "fr"})
    assert at.title[0].value == "Travailleurs"
    at.sidebar.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Workers"
    assert at.session_state["region"] == "QC"
    assert at.query_params["lang"] in ("en", ["en"])
    assert at.query_params["region"] in ("QC", ["QC"])


def test_the_language_survives_a_page_switch():
    at = open_page("workers", "QC", query={"lang": "fr"})
    at.switch_page(PAGES["institutions"])
    at.run()
    assert at.title[0].value == "Établissements"
    assert at.query_params["lang"] in ("fr", ["fr"])
    assert at.session_state["region"] == "QC"


# Words of the catalogue that the Programs page shows: the data keeps them in English.
CATALOGUE_WORDS = ("field", "delivery_mode", "duration_note", "cost_note")


def test_programs_show_the_catalogue_words_in_french():
    """Canada, so that the table holds every program: every word of these columns is shown in French only.

    The table is in the list section, the charts in the other two.
    """
    at = open_section("programs", "list", query={"lang": "fr"})
    assert not at.exception, [e.message for e in at.exception]
    # Read from the files, not from the code: words French writes differently (not "Marketing").
    words = {
        english for column in CATALOGUE_WORDS for english, _ in data_text(column) if FRENCH.get(english) != english
    }
    assert len(words) > 40
    table = next(frame.value for frame in at.dataframe if "program_id" in frame.value.columns)
    assert len(table) == 53
    cells = {plain_spaces(str(value)) for column in CATALOGUE_WORDS for value in table[column].dropna()}
    assert sorted(words & cells) == []
    assert sorted(plain_spaces(FRENCH[word]) for word in words if plain_spaces(FRENCH[word]) not in cells) == []
    # The charts name fields in French (their tables keep the data's value beside it, as `field`).
    chart_sections = [open_section("programs", section, query={"lang": "fr"}) for section in ("where", "prices")]
    assert [at.exception for at in chart_sections if at.exception] == []
    charts = "\n".join(text for at in chart_sections for text in chart_text(at))
    assert [word for word in words if f'"{word}"' in charts or f"{word}<br>" in charts] == []
    assert '"Divers"' in charts  # Various, a bar of its own


def test_an_envelope_is_named_without_a_missing_elision():
    # "au sein de Alberta at Work" is not French: the envelope's name follows the word "enveloppe".
    assert "Affectations au sein de l’enveloppe Alberta at Work" in texts(
        open_section("funding", "envelopes", "AB", query={"lang": "fr"})
    )
    for section in PAGE_SECTIONS["funding"]:
        assert "au sein de Alberta" not in texts(open_section("funding", section, "AB", query={"lang": "fr"})), section


def test_french_province_bars_put_ile_du_prince_edouard_among_the_i():
    """Test that the French bars at $0 are in alphabetical order, accents aside: Î with I, not after Yukon."""
    at = open_page("funding", "CA", query={"lang": "fr"})
    assert not at.exception
    (bars,) = [
        [label.replace("<br>", "") for label in figure["layout"]["yaxis"]["categoryarray"]]
        for figure in plotly_figures(at)
        if "Yukon" in figure["layout"].get("yaxis", {}).get("categoryarray", [])
    ]
    assert bars.index("Île-du-Prince-Édouard") < bars.index("Manitoba") < bars.index("Yukon")


def test_french_envelope_picker_and_data_note_say_what_they_mean():
    """Test `1 affectation` in the singular, and that a national dataset is not said to apply to Ontario."""
    funding = open_section("funding", "envelopes", "ON", query={"lang": "fr"})
    assert not funding.exception
    (picker,) = [box for box in funding.selectbox if box.label == FRENCH["Envelope with allocations listed"]]
    assert "Ontario Micro-credentials Strategy (Budget 2020) (ON, 1 affectation)" in picker.options
    data = open_page("data", "ON", query={"lang": "fr"})
    assert not data.exception
    shown = plain_spaces(texts(data))
    assert shown.count("Ce jeu de données n’est pas ventilé par province ou territoire ; son fichier est donc") == 3
    assert "s’applique à la sélection (Ontario)" not in shown


def test_a_chart_data_table_counts_its_rows_the_french_way():
    """Test that French writes `Tableau de données (1 ligne)` and `(12 lignes)`, every section, and that a
    chart with no row for the region offers no table (the French singular of 0 is `test_i18n`'s)."""
    labels = []
    for section in PAGE_SECTIONS["costs"]:
        at = open_section("costs", section, "YT", {"lang": "fr"})
        assert not at.exception, section
        labels += [expander.label for expander in at.expander if expander.label.startswith("Tableau de données")]
    counts = [re.fullmatch(r"Tableau de données \((\d+) (ligne|lignes)\)", label) for label in labels]
    assert labels and all(counts), labels
    assert all((word == "ligne") == (count == "1") for count, word in (match.groups() for match in counts)), labels
    assert "0" not in [match.group(1) for match in counts]
