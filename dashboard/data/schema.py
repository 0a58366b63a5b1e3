"""The data package descriptor (`datapackage.json`): resources, fields and their constraints.

Field types and constraints follow the Frictionless Table Schema subset the project uses:
string, integer, number, boolean, date; required, unique, enum, minimum, maximum, pattern.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import polars as pl

DESCRIPTOR = "datapackage.json"
SUPPORTED_TYPES = {"string", "integer", "number", "boolean", "date"}
# A field named `<name>_fr` beside a field `<name>` holds the project's French translation of it.
FRENCH_SUFFIX = "_fr"


class DescriptorError(Exception):
    """`datapackage.json` is missing or not a usable descriptor."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    description: str = ""
    unit: str | None = None
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class ForeignKey:
    field: str
    resource: str  # "" means the resource itself, as in Frictionless
    target_field: str


@dataclass(frozen=True)
class ResourceSpec:
    name: str
    paths: tuple[str, ...]
    title: str = ""
    description: str = ""
    format: str = "csv"
    fields: tuple[FieldSpec, ...] = ()
    primary_key: str | None = None
    foreign_keys: tuple[ForeignKey, ...] = ()
    licenses: tuple[dict[str, Any], ...] = ()
    sources: tuple[dict[str, Any], ...] = ()

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def translations(self) -> dict[str, str]:
        """English field -> the field holding its French translation (`note` -> `note_fr`), as declared."""
        names = set(self.field_names)
        return {
            name.removesuffix(FRENCH_SUFFIX): name
            for name in self.field_names
            if name.endswith(FRENCH_SUFFIX) and name.removesuffix(FRENCH_SUFFIX) in names
        }

    def depends_on(self) -> set[str]:
        """Other resources this one needs to validate (its foreign-key targets)."""
        return {fk.resource for fk in self.foreign_keys if fk.resource and fk.resource != self.name}


@dataclass(frozen=True)
class PackageSpec:
    name: str
    title: str
    version: str
    created: str
    resources: dict[str, ResourceSpec]
    licenses: tuple[dict[str, Any], ...] = ()
    sources: tuple[dict[str, Any], ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def _field(raw: dict[str, Any]) -> FieldSpec:
    constraints = raw.get("constraints", {}) or {}
    kind = raw.get("type", "string")
    if kind not in SUPPORTED_TYPES:
        raise DescriptorError(f"field {raw.get('name')!r}: unsupported type {kind!r}")
    enum = constraints.get("enum")
    # Constraints feed Polars expressions and number formatting: a wrong type there would
    # crash validation instead of reporting the descriptor.
    for bound in ("minimum", "maximum"):
        value = constraints.get(bound)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise DescriptorError(f"field {raw.get('name')!r}: {bound} must be a number, not {value!r}")
    pattern = constraints.get("pattern")
    if pattern is not None:
        try:
            # Compiled by Polars itself, whose regex dialect differs from Python's `re`.
            pl.Series([""]).str.contains(f"^(?:{pattern})$")
        except (pl.exceptions.ComputeError, TypeError) as exc:
            raise DescriptorError(f"field {raw.get('name')!r}: pattern {pattern!r} is not a valid regex") from exc
    if enum is not None and not isinstance(enum, list):
        raise DescriptorError(f"field {raw.get('name')!r}: enum must be a list")
    return FieldSpec(
        name=raw["name"],
        type=kind,
        description=raw.get("description", ""),
        unit=raw.get("unit"),
        required=bool(constraints.get("required", False)),
        unique=bool(constraints.get("unique", False)),
        enum=tuple(str(v) for v in enum) if enum is not None else None,
        minimum=constraints.get("minimum"),
        maximum=constraints.get("maximum"),
        pattern=constraints.get("pattern"),
    )


def _as_name(value: Any) -> str:
    return value[0] if isinstance(value, list) else value


def _resource(raw: dict[str, Any]) -> ResourceSpec:
    path = raw.get("path")
    paths = tuple(path) if isinstance(path, list) else (path,)
    if not paths or not all(isinstance(p, str) and p for p in paths):
        raise DescriptorError(f"resource {raw.get('name')!r}: path must be a file name or a list of them")
    for path in paths:
        # Frictionless forbids absolute paths and `..`: a descriptor must not make the app read
        # (and then offer for download) files outside the package directory.
        parts = PurePosixPath(path).parts
        if PurePosixPath(path).is_absolute() or ".." in parts or "\\" in path or ":" in path:
            raise DescriptorError(f"resource {raw.get('name')!r}: path {path!r} is outside the data package")
    schema = raw.get("schema", {}) or {}
    foreign_keys = tuple(
        ForeignKey(
            field=_as_name(fk["fields"]),
            resource=fk["reference"].get("resource", ""),
            target_field=_as_name(fk["reference"]["fields"]),
        )
        for fk in schema.get("foreignKeys", [])
    )
    primary_key = schema.get("primaryKey")
    return ResourceSpec(
        name=raw["name"],
        paths=paths,
        title=raw.get("title", raw["name"]),
        description=raw.get("description", ""),
        format=raw.get("format", "csv"),
        fields=tuple(_field(f) for f in schema.get("fields", [])),
        primary_key=_as_name(primary_key) if primary_key else None,
        foreign_keys=foreign_keys,
        licenses=tuple(raw.get("licenses", [])),
        sources=tuple(raw.get("sources", [])),
    )


def read_descriptor(data_dir: Path) -> PackageSpec:
    """Parse `datapackage.json`; raise DescriptorError with a readable reason when it is unusable."""
    path = Path(data_dir) / DESCRIPTOR
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DescriptorError("file is missing") from exc
    except UnicodeDecodeError as exc:
        raise DescriptorError(f"not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise DescriptorError(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("resources"), list):
        raise DescriptorError("not a data package: no `resources` list")
    try:
        resources = [_resource(r) for r in raw["resources"]]
    except (KeyError, TypeError, AttributeError) as exc:
        raise DescriptorError(f"malformed resource entry ({exc!r})") from exc
    _check_keys(resources)
    return PackageSpec(
        name=raw.get("name", ""),
        title=raw.get("title", ""),
        version=str(raw.get("version", "")),
        created=str(raw.get("created", "")),
        resources={r.name: r for r in resources},
        licenses=tuple(raw.get("licenses", [])),
        sources=tuple(raw.get("sources", [])),
        raw=raw,
    )


def _check_keys(resources: list[ResourceSpec]) -> None:
    """Primary and foreign keys name declared fields of existing resources (else validation cannot run)."""
    by_name = {r.name: r for r in resources}
    for resource in resources:
        if resource.primary_key and resource.primary_key not in resource.field_names:
            raise DescriptorError(f"resource {resource.name!r}: primary key {resource.primary_key!r} is not a field")
        for fk in resource.foreign_keys:
            target = by_name.get(fk.resource or resource.name)
            if fk.field not in resource.field_names:
                raise DescriptorError(f"resource {resource.name!r}: foreign key field {fk.field!r} is not a field")
            if target is None or fk.target_field not in target.field_names:
                raise DescriptorError(
                    f"resource {resource.name!r}: foreign key {fk.field!r} refers to "
                    f"{fk.resource or resource.name}.{fk.target_field}, which is not declared"
                )
