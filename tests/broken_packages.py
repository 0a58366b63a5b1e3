"""A corpus of broken data packages: each breaks a copy of the bundled package one way and
says exactly what `python -m dashboard.data check` must print for it.

Shared by the check-command tests (every case) and the in-app tests (a representative few),
so that the message a maintainer reads and the notice a visitor sees come from the same breakage.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import cell, read_rows, set_cell, write_rows


@dataclass(frozen=True)
class Breakage:
    id: str
    apply: Callable[[Path], list[str]]  # breaks the package in the directory; returns the expected check lines

    def __str__(self) -> str:
        return self.id


def _descriptor(data_dir: Path) -> dict:
    return json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))


def _write_descriptor(data_dir: Path, descriptor: dict) -> None:
    (data_dir / "datapackage.json").write_text(json.dumps(descriptor, indent=2), encoding="utf-8")


def _resource(descriptor: dict, name: str) -> dict:
    return next(r for r in descriptor["resources"] if r["name"] == name)


def missing_file(d: Path) -> list[str]:
    (d / "funding.csv").unlink()
    return ["funding.csv:-:-: file is missing"]


def missing_column(d: Path) -> list[str]:
    rows = read_rows(d / "funding.csv")
    at = rows[0].index("recipient")
    write_rows(d / "funding.csv", [row[:at] + row[at + 1 :] for row in rows])
    return ["funding.csv:1:recipient: column is missing"]


def renamed_column(d: Path) -> list[str]:
    rows = read_rows(d / "funding.csv")
    rows[0][rows[0].index("amount_cad")] = "amount"
    write_rows(d / "funding.csv", rows)
    return ["funding.csv:1:amount: column is not in the schema", "funding.csv:1:amount_cad: column is missing"]


def wrong_type(d: Path) -> list[str]:
    row = set_cell(d / "funding.csv", 0, "amount_cad", "12abc")
    return [f"funding.csv:{row}:amount_cad: '12abc' is not a number"]


def percent_140(d: Path) -> list[str]:
    row = set_cell(d / "survey_results.csv", 3, "percent", "140")
    return [f"survey_results.csv:{row}:percent: 140 is above the maximum 100"]


def negative_amount(d: Path) -> list[str]:
    row = set_cell(d / "funding.csv", 1, "amount_cad", "-5")
    return [f"funding.csv:{row}:amount_cad: -5 is below the minimum 0"]


def unknown_province(d: Path) -> list[str]:
    allowed = next(
        f["constraints"]["enum"]
        for f in _resource(_descriptor(d), "catalogue")["schema"]["fields"]
        if f["name"] == "province"
    )
    row = set_cell(d / "catalogue" / "research_examples.csv", 2, "province", "ZZ")
    return [f"catalogue/research_examples.csv:{row}:province: 'ZZ' is not one of: {', '.join(allowed)}"]


def duplicate_id(d: Path) -> list[str]:
    first = cell(d / "funding.csv", 0, "funding_id")
    row = set_cell(d / "funding.csv", 4, "funding_id", first)
    return [f"funding.csv:{row}:funding_id: duplicate value '{first}' (first at row 2)"]


def unknown_source(d: Path) -> list[str]:
    row = set_cell(d / "survey_results.csv", 0, "source_id", "no-such-source")
    return [f"survey_results.csv:{row}:source_id: 'no-such-source' does not match any sources.source_id"]


def parent_missing(d: Path) -> list[str]:
    row = set_cell(d / "funding.csv", 0, "parent_id", "ghost-envelope")
    return [f"funding.csv:{row}:parent_id: 'ghost-envelope' does not match any funding.funding_id"]


def parent_is_itself(d: Path) -> list[str]:
    row = set_cell(d / "funding.csv", 0, "parent_id", cell(d / "funding.csv", 0, "funding_id"))
    return [f"funding.csv:{row}:parent_id: refers to its own row"]


def truncated(d: Path) -> list[str]:
    # Cut inside the first quoted field, as an interrupted copy would.
    text = (d / "funding.csv").read_text(encoding="utf-8")
    (d / "funding.csv").write_text(text[: text.index('"') + 5], encoding="utf-8")
    return ["funding.csv:2:-: unterminated quoted field (the file looks truncated)"]


def empty_file(d: Path) -> list[str]:
    (d / "sources.csv").write_text("", encoding="utf-8")
    return ["sources.csv:-:-: file is empty"]


def not_utf8(d: Path) -> list[str]:
    data = (d / "provinces.csv").read_bytes().replace("Québec".encode(), "Québec".encode("latin-1"))
    (d / "provinces.csv").write_bytes(data)
    line = data[: data.index(b"Qu\xe9bec")].count(b"\n") + 1
    return [f"provinces.csv:{line}:-: not UTF-8 text (byte 0xe9)"]


def bom_and_crlf(d: Path) -> list[str]:
    path = d / "provinces.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    return []


def megabyte_field(d: Path) -> list[str]:
    set_cell(d / "sources.csv", 0, "note", "x" * 1_000_000)
    return []


def malformed_descriptor(d: Path) -> list[str]:
    (d / "datapackage.json").write_text("{ not json", encoding="utf-8")
    return [
        "datapackage.json:-:-: not valid JSON: Expecting property name enclosed in double quotes at line 1 column 3"
    ]


def malformed_geojson(d: Path) -> list[str]:
    (d / "province_boundaries.geojson").write_text('{"type": "Point"}', encoding="utf-8")
    return ["province_boundaries.geojson:-:-: not a GeoJSON FeatureCollection"]


def geojson_not_an_object(d: Path) -> list[str]:
    # Valid JSON of the wrong shape used to crash the loader (AttributeError on list.get).
    (d / "province_boundaries.geojson").write_text("[]", encoding="utf-8")
    return ["province_boundaries.geojson:-:-: not a GeoJSON FeatureCollection"]


def geojson_feature_not_an_object(d: Path) -> list[str]:
    (d / "province_boundaries.geojson").write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": 5, "geometry": null}]}',
        encoding="utf-8",
    )
    return [
        "province_boundaries.geojson:1:code: None is not a province code",
        "province_boundaries.geojson:1:geometry: not a Polygon or MultiPolygon",
    ]


def descriptor_path_outside_package(d: Path) -> list[str]:
    descriptor = _descriptor(d)
    _resource(descriptor, "sources")["path"] = "../../../etc/passwd"
    _write_descriptor(d, descriptor)
    return ["datapackage.json:-:-: resource 'sources': path '../../../etc/passwd' is outside the data package"]


def descriptor_constraint_not_a_number(d: Path) -> list[str]:
    descriptor = _descriptor(d)
    field = next(f for f in _resource(descriptor, "funding")["schema"]["fields"] if f["name"] == "amount_cad")
    field["constraints"]["minimum"] = "zero"
    _write_descriptor(d, descriptor)
    return ["datapackage.json:-:-: field 'amount_cad': minimum must be a number, not 'zero'"]


def descriptor_pattern_not_a_regex(d: Path) -> list[str]:
    descriptor = _descriptor(d)
    field = next(f for f in _resource(descriptor, "funding")["schema"]["fields"] if f["name"] == "announced")
    field["constraints"]["pattern"] = "(["
    _write_descriptor(d, descriptor)
    return ["datapackage.json:-:-: field 'announced': pattern '([' is not a valid regex"]


def descriptor_schema_missing(d: Path) -> list[str]:
    # Without its schema, `sources` declares no fields, so the keys that point at it cannot be checked.
    descriptor = _descriptor(d)
    del _resource(descriptor, "sources")["schema"]
    _write_descriptor(d, descriptor)
    return [
        "datapackage.json:-:-: resource 'surveys': foreign key 'source_id' refers to sources.source_id, "
        "which is not declared"
    ]


def _first_record(path: Path, column: str, filled: bool) -> int:
    """The 0-based data record of the first row whose `column` is filled (or empty)."""
    rows = read_rows(path)
    at = rows[0].index(column)
    return next(i for i, row in enumerate(rows[1:]) if bool(row[at].strip()) == filled)


def untranslated_note(d: Path) -> list[str]:
    # A maintainer adds or edits an English note and forgets its French.
    row = set_cell(d / "funding.csv", _first_record(d / "funding.csv", "note", True), "note_fr", "")
    return [f"funding.csv:{row}:note_fr: French translation of note is missing"]


def blank_period_translation(d: Path) -> list[str]:
    # Spaces only are no translation either.
    row = set_cell(d / "funding.csv", _first_record(d / "funding.csv", "period", True), "period_fr", "   ")
    return [f"funding.csv:{row}:period_fr: French translation of period is missing"]


def translation_of_nothing(d: Path) -> list[str]:
    # The English note was deleted and its French left behind.
    row = set_cell(d / "funding.csv", _first_record(d / "funding.csv", "note", False), "note_fr", "Reste d’une note.")
    return [f"funding.csv:{row}:note_fr: translates an empty note"]


CORPUS = [
    Breakage("missing-file", missing_file),
    Breakage("missing-column", missing_column),
    Breakage("renamed-column", renamed_column),
    Breakage("wrong-type", wrong_type),
    Breakage("percent-140", percent_140),
    Breakage("negative-amount", negative_amount),
    Breakage("unknown-province", unknown_province),
    Breakage("duplicate-id", duplicate_id),
    Breakage("unknown-source-id", unknown_source),
    Breakage("parent-missing", parent_missing),
    Breakage("parent-is-itself", parent_is_itself),
    Breakage("truncated", truncated),
    Breakage("empty-file", empty_file),
    Breakage("not-utf8", not_utf8),
    Breakage("bom-and-crlf", bom_and_crlf),
    Breakage("megabyte-field", megabyte_field),
    Breakage("malformed-descriptor", malformed_descriptor),
    Breakage("malformed-geojson", malformed_geojson),
    Breakage("geojson-not-an-object", geojson_not_an_object),
    Breakage("geojson-feature-not-an-object", geojson_feature_not_an_object),
    Breakage("descriptor-path-outside-package", descriptor_path_outside_package),
    Breakage("descriptor-constraint-not-a-number", descriptor_constraint_not_a_number),
    Breakage("descriptor-pattern-not-a-regex", descriptor_pattern_not_a_regex),
    Breakage("descriptor-schema-missing", descriptor_schema_missing),
    Breakage("untranslated-note", untranslated_note),
    Breakage("blank-period-translation", blank_period_translation),
    Breakage("translation-of-nothing", translation_of_nothing),
]
BY_ID = {b.id: b for b in CORPUS}
