"""Each validation rule, one broken copy of the package per rule, with the exact message."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from dashboard.data import load_package
from dashboard.data.__main__ import main as check_main
from tests.conftest import cell, read_rows, set_cell, write_rows


def messages(data_dir: Path) -> list[str]:
    return [str(p) for p in load_package(data_dir).problems]


def test_bundled_package_is_valid(package_dir):
    package = load_package(package_dir)
    assert package.problems == []
    assert set(package.frames) == {
        "sources",
        "surveys",
        "survey_results",
        "funding",
        "catalogue",
        "provinces",
        "learner_aid",
    }
    assert package.boundaries is not None


def test_missing_file_disables_only_that_dataset(package_dir):
    (package_dir / "funding.csv").unlink()
    package = load_package(package_dir)
    assert [str(p) for p in package.problems] == ["funding.csv:-:-: file is missing"]
    assert "funding" in package.unavailable
    assert {"sources", "surveys", "survey_results", "catalogue", "provinces", "learner_aid"} <= set(package.frames)


def test_renamed_column_reports_missing_and_unexpected(package_dir):
    rows = read_rows(package_dir / "funding.csv")
    rows[0][rows[0].index("amount_cad")] = "amount"
    write_rows(package_dir / "funding.csv", rows)
    assert messages(package_dir) == [
        "funding.csv:1:amount: column is not in the schema",
        "funding.csv:1:amount_cad: column is missing",
    ]


def test_wrong_type(package_dir):
    row = set_cell(package_dir / "funding.csv", 0, "amount_cad", "12abc")
    assert messages(package_dir) == [f"funding.csv:{row}:amount_cad: '12abc' is not a number"]


def test_thousands_separator_is_not_a_number(package_dir):
    row = set_cell(package_dir / "funding.csv", 0, "amount_cad", "1,000")
    assert messages(package_dir) == [f"funding.csv:{row}:amount_cad: '1,000' is not a number"]


def test_percent_above_100(package_dir):
    row = set_cell(package_dir / "survey_results.csv", 3, "percent", "140")
    assert messages(package_dir) == [f"survey_results.csv:{row}:percent: 140 is above the maximum 100"]


def test_negative_amount(package_dir):
    row = set_cell(package_dir / "funding.csv", 1, "amount_cad", "-5")
    assert messages(package_dir) == [f"funding.csv:{row}:amount_cad: -5 is below the minimum 0"]


def test_unknown_province_code(package_dir):
    row = set_cell(package_dir / "catalogue" / "research_examples.csv", 2, "province", "ZZ")
    (problem,) = messages(package_dir)
    assert problem.startswith(f"catalogue/research_examples.csv:{row}:province: 'ZZ' is not one of: ")
    assert "AB" in problem and "NU" in problem


def test_duplicate_id(package_dir):
    path = package_dir / "funding.csv"
    first = cell(path, 0, "funding_id")
    row = set_cell(path, 4, "funding_id", first)
    problems = messages(package_dir)
    assert f"funding.csv:{row}:funding_id: duplicate value '{first}' (first at row 2)" in problems


def test_duplicate_id_next_to_its_twin(package_dir):
    # Ids written in order are checked in one pass; a repeat right beside its twin is still named.
    path = package_dir / "catalogue" / "research_examples.csv"
    ordered = sorted([cell(path, 0, "program_id"), cell(path, 1, "program_id"), cell(path, 2, "program_id")])
    for record, value in enumerate((ordered[0], ordered[0], ordered[2])):
        set_cell(path, record, "program_id", value)
    problems = messages(package_dir)
    assert f"catalogue/research_examples.csv:3:program_id: duplicate value '{ordered[0]}' (first at row 2)" in problems


def test_source_id_that_resolves_nowhere(package_dir):
    row = set_cell(package_dir / "survey_results.csv", 0, "source_id", "no-such-source")
    assert messages(package_dir) == [
        f"survey_results.csv:{row}:source_id: 'no-such-source' does not match any sources.source_id"
    ]


def test_parent_that_does_not_exist(package_dir):
    row = set_cell(package_dir / "funding.csv", 0, "parent_id", "ghost-envelope")
    assert messages(package_dir) == [
        f"funding.csv:{row}:parent_id: 'ghost-envelope' does not match any funding.funding_id"
    ]


def test_parent_pointing_to_itself(package_dir):
    path = package_dir / "funding.csv"
    own_id = cell(path, 0, "funding_id")
    row = set_cell(path, 0, "parent_id", own_id)
    assert messages(package_dir) == [f"funding.csv:{row}:parent_id: refers to its own row"]


def test_required_value_missing(package_dir):
    row = set_cell(package_dir / "sources.csv", 1, "title", "")
    assert messages(package_dir) == [f"sources.csv:{row}:title: required value is missing"]


def test_partial_date_pattern(package_dir):
    row = set_cell(package_dir / "funding.csv", 0, "announced", "5 Nov 2020")
    (problem,) = messages(package_dir)
    assert problem.startswith(f"funding.csv:{row}:announced: '5 Nov 2020' does not match the pattern")


def test_every_problem_is_reported_not_only_the_first(package_dir):
    first = set_cell(package_dir / "survey_results.csv", 0, "percent", "101")
    second = set_cell(package_dir / "survey_results.csv", 5, "percent", "abc")
    third = set_cell(package_dir / "funding.csv", 2, "status", "rumoured")
    problems = messages(package_dir)
    assert f"survey_results.csv:{first}:percent: 101 is above the maximum 100" in problems
    assert f"survey_results.csv:{second}:percent: 'abc' is not a number" in problems
    assert any(p.startswith(f"funding.csv:{third}:status: 'rumoured' is not one of") for p in problems)
    assert len(problems) == 3


def test_broken_sources_disables_its_dependents(package_dir):
    (package_dir / "sources.csv").write_text("", encoding="utf-8")
    package = load_package(package_dir)
    assert [str(p) for p in package.problems] == ["sources.csv:-:-: file is empty"]
    assert package.frames == {}
    assert "depends on 'sources'" in package.unavailable["funding"]


def test_missing_translation_is_reported_but_keeps_the_dataset(package_dir):
    """An English note with no French is a problem for `check`, not broken data: funding still loads."""
    rows = read_rows(package_dir / "funding.csv")
    header = rows[0]
    record = next(i for i, row in enumerate(rows[1:]) if row[header.index("note")])
    english = rows[record + 1][header.index("note")]
    row = set_cell(package_dir / "funding.csv", record, "note_fr", "")
    package = load_package(package_dir)
    assert [str(p) for p in package.problems] == [f"funding.csv:{row}:note_fr: French translation of note is missing"]
    assert "funding" not in package.unavailable
    funding = package.frame("funding")
    assert funding.row(record, named=True)["note"] == english
    assert funding.row(record, named=True)["note_fr"] is None


def test_truncated_file(package_dir):
    path = package_dir / "funding.csv"
    text = path.read_text(encoding="utf-8")
    cut = text.index('"') + 5 if '"' in text else len(text) // 2
    path.write_text(text[:cut], encoding="utf-8")
    (problem,) = messages(package_dir)
    assert problem.startswith("funding.csv:")
    assert "truncated" in problem or "fields" in problem


def test_not_utf8(package_dir):
    path = package_dir / "provinces.csv"
    data = path.read_bytes().replace("Québec".encode(), "Québec".encode("latin-1"))
    path.write_bytes(data)
    line = data[: data.index(b"Qu\xe9bec")].count(b"\n") + 1
    assert messages(package_dir) == [f"provinces.csv:{line}:-: not UTF-8 text (byte 0xe9)"]


def test_byte_order_mark_and_windows_line_endings_are_accepted(package_dir):
    path = package_dir / "provinces.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    package = load_package(package_dir)
    assert package.problems == []
    assert package.frame("provinces")["population_2021"].sum() == 36_991_981


def test_one_megabyte_field_is_read_not_crashed(package_dir):
    set_cell(package_dir / "sources.csv", 0, "note", "x" * 1_000_000)
    package = load_package(package_dir)
    assert package.problems == []
    assert package.frame("sources")["note"].str.len_chars().max() == 1_000_000


def test_malformed_descriptor(package_dir):
    (package_dir / "datapackage.json").write_text("{ not json", encoding="utf-8")
    (problem,) = messages(package_dir)
    assert problem.startswith("datapackage.json:-:-: not valid JSON")


def test_malformed_geojson(package_dir):
    (package_dir / "province_boundaries.geojson").write_text('{"type": "Point"}', encoding="utf-8")
    package = load_package(package_dir)
    assert [str(p) for p in package.problems] == ["province_boundaries.geojson:-:-: not a GeoJSON FeatureCollection"]
    assert package.boundaries is None
    assert "funding" in package.frames


def test_check_command_exit_codes_and_output(package_dir, capsys):
    assert check_main(["check", str(package_dir)]) == 0
    assert "valid" in capsys.readouterr().out
    row = set_cell(package_dir / "survey_results.csv", 0, "percent", "140")
    assert check_main(["check", str(package_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"survey_results.csv:{row}:percent: 140 is above the maximum 100"
    assert out[-1].startswith("1 problem(s)")


def test_check_never_changes_the_files(package_dir):
    set_cell(package_dir / "funding.csv", 0, "amount_cad", "oops")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in package_dir.rglob("*") if p.is_file()}
    check_main(["check", str(package_dir)])
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in package_dir.rglob("*") if p.is_file()}
    assert before == after


@pytest.mark.parametrize("resource", ["sources", "surveys", "survey_results", "funding", "provinces"])
def test_descriptor_declares_every_column_of_the_file(package_dir, resource):
    descriptor = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    spec = next(r for r in descriptor["resources"] if r["name"] == resource)
    header = read_rows(package_dir / spec["path"])[0]
    assert header == [f["name"] for f in spec["schema"]["fields"]]
