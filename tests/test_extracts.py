"""CSV extracts: exact round trips, formula injection neutralised, provenance zips, file names."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from dashboard.data import load_package
from dashboard.extracts import csv_bytes, extract_file_name, neutralise_formulas, with_provenance
from dashboard.paths import BUNDLED_DATA_DIR
from dashboard.provenance import Extract, changelog_text, extract_zip, package_zip

NAMES = pl.DataFrame(
    {
        "province": ["Québec", "Ontario", "Île-du-Prince-Édouard"],
        "provider": ["Collège Boréal", 'Say "hi", then leave', "Line\nbreak"],
        "amount_cad": [1234567.5, -250.0, None],
        "programs": [3, 0, None],
        "announced": [dt.date(2021, 3, 18), dt.date(2020, 11, 5), None],
    }
)


@pytest.fixture(scope="module")
def package():
    return load_package(BUNDLED_DATA_DIR)


def test_round_trip_through_polars_is_exact():
    data = csv_bytes(NAMES)
    back = pl.read_csv(io.BytesIO(data), schema=NAMES.schema)
    assert_frame_equal(back, NAMES)


def test_round_trip_through_the_csv_module():
    text = csv_bytes(NAMES).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["province"] for r in rows] == ["Québec", "Ontario", "Île-du-Prince-Édouard"]
    assert rows[1]["provider"] == 'Say "hi", then leave'
    assert rows[2]["provider"] == "Line\nbreak"
    # Plain numbers, ISO dates, empty cells for unknowns.
    assert rows[0]["amount_cad"] == "1234567.5"
    assert rows[0]["announced"] == "2021-03-18"
    assert rows[2]["amount_cad"] == "" and rows[2]["announced"] == ""


def test_file_starts_with_a_byte_order_mark_and_uses_crlf():
    data = csv_bytes(NAMES)
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data


@pytest.mark.parametrize("hostile", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_triggers_are_neutralised_in_text(hostile):
    # A categorical column too: the served catalogue holds repeated text (a provider) that way.
    frame = pl.DataFrame({"title": [hostile], "provider": [hostile], "amount_cad": [-5.0]}).with_columns(
        pl.col("provider").cast(pl.Categorical)
    )
    rows = list(csv.DictReader(io.StringIO(csv_bytes(frame).decode("utf-8-sig"), newline="")))
    assert rows[0]["title"] == "'" + hostile
    assert rows[0]["provider"] == "'" + hostile
    # Numbers are not text: a negative amount stays a number.
    assert rows[0]["amount_cad"] == "-5.0"


def test_safe_text_is_untouched():
    frame = pl.DataFrame({"title": ["<img src=x onerror=alert(1)>", "Safe – title", None]})
    assert_frame_equal(neutralise_formulas(frame), frame)


def test_file_names_say_what_they_hold():
    name = extract_file_name("Funding by Province!", "AB", dt.date(2026, 11, 28))
    assert name == "microcredentials_funding-by-province_ab_2026-11-28.csv"


def test_provenance_columns_carry_source_url_and_filters(package):
    rows = package.frame("survey_results").head(3).select("result_id", "percent", "source_id")
    extract = with_provenance(rows, package.frame("sources"), {"region": "AB"})
    assert extract.height == 3
    assert extract["filter_region"].to_list() == ["AB"] * 3
    sources = dict(package.frame("sources").select("source_id", "url").iter_rows())
    assert extract["source_url"].to_list() == [sources[s] for s in rows["source_id"]]


def test_extract_zip_holds_csv_metadata_and_readme(package):
    rows = package.frame("funding").filter(pl.col("destination") == "AB")
    extract = Extract(
        "funding",
        "Funding in Alberta",
        rows,
        {"region": "AB"},
        "http://x/funding?region=AB",
        rows["source_id"].to_list(),
    )
    archive = zipfile.ZipFile(
        io.BytesIO(extract_zip(package, extract, dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)))
    )
    assert sorted(archive.namelist()) == ["README.md", "funding.csv", "metadata.json"]
    meta = json.loads(archive.read("metadata.json"))
    assert meta["rows"] == rows.height
    assert meta["filters"] == {"region": "AB"}
    assert meta["view_url"] == "http://x/funding?region=AB"
    assert meta["data_version"] == package.version
    assert meta["extracted_at"] == "2026-11-28T12:00:00+00:00"
    assert {s["source_id"] for s in meta["sources"]} == set(rows["source_id"])
    assert meta["licences"] and meta["licences"][0]["name"] == "CC-BY-4.0"
    readme = archive.read("README.md").decode()
    assert "Funding in Alberta" in readme and "read.csv" in readme
    back = pl.read_csv(io.BytesIO(archive.read("funding.csv")), infer_schema=False)
    assert back.height == rows.height


def test_package_zip_holds_every_file_of_the_package(package):
    archive = zipfile.ZipFile(io.BytesIO(package_zip(package)))
    names = set(archive.namelist())
    for resource in package.spec.resources.values():
        assert set(resource.paths) <= names
    assert {"datapackage.json", "README.md", "CHANGELOG.md"} <= names
    assert archive.read("provinces.csv") == (BUNDLED_DATA_DIR / "provinces.csv").read_bytes()


def test_changelog_has_an_entry_for_the_current_version(package):
    assert f"## {package.spec.version} " in (BUNDLED_DATA_DIR / "CHANGELOG.md").read_text(encoding="utf-8")
    shown = changelog_text(package)
    assert f"### {package.spec.version} " in shown
    assert not any(line.startswith(("# ", "## ")) for line in shown.splitlines())
