"""Load and validate a whole data package: every file checked, every problem kept.

A resource with any problem is kept out; so is every resource that depends on it
through a foreign key. The others load as usual. One kind of problem is reported without
keeping a resource out: English text with no French translation beside it (or the reverse).
The figures are sound, so the dataset still loads; French pages show the English for that row.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from dashboard.data.csvfile import FILE_COLUMN, ROW_COLUMN, read_text_table
from dashboard.data.problems import Problem, file_problem
from dashboard.data.schema import DESCRIPTOR, DescriptorError, PackageSpec, ResourceSpec, read_descriptor
from dashboard.data.validate import (
    foreign_key_problems,
    header_problems,
    report_rows,
    translation_problems,
    validate_table,
)

BOUNDARY_GEOMETRIES = {"Polygon", "MultiPolygon"}


class DatasetUnavailable(LookupError):
    """A page asked for a dataset that failed validation or is not in the package."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"dataset '{name}' is unavailable: {reason}")
        self.name = name
        self.reason = reason


@dataclass
class DataPackage:
    data_dir: Path
    spec: PackageSpec | None
    frames: dict[str, pl.DataFrame] = field(default_factory=dict)
    boundaries: dict[str, Any] | None = None
    problems: list[Problem] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)
    version: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def frame(self, name: str) -> pl.DataFrame:
        """The validated dataset, or DatasetUnavailable saying why not."""
        if name in self.frames:
            return self.frames[name]
        # "*" holds the reason when nothing could load (an unreadable datapackage.json): say that,
        # not "not in the data package", so the notice points at the file to fix.
        reason = self.unavailable.get(name) or self.unavailable.get("*") or "not in the data package"
        raise DatasetUnavailable(name, reason)

    def files(self) -> list[Path]:
        """Every file the descriptor names, plus the descriptor itself."""
        names = [DESCRIPTOR]
        if self.spec:
            names += [p for r in self.spec.resources.values() for p in r.paths]
        return [self.data_dir / n for n in names]


def content_version(data_dir: Path, spec: PackageSpec | None) -> str:
    """A short hash of the package's bytes: the same data gives the same version everywhere."""
    digest = hashlib.sha256()
    names = [DESCRIPTOR] + sorted(p for r in (spec.resources.values() if spec else []) for p in r.paths)
    for name in names:
        path = data_dir / name
        digest.update(name.encode())
        if path.is_file():
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()[:12]


def _read_resource(data_dir: Path, resource: ResourceSpec) -> tuple[pl.DataFrame | None, list[Problem], list[Problem]]:
    """The typed resource, the problems that keep it out, and its missing translations (which do not)."""
    parts: list[pl.DataFrame] = []
    problems: list[Problem] = []
    untranslated: list[Problem] = []
    for name in resource.paths:
        text, read_problems = read_text_table(data_dir / name, name)
        problems += read_problems
        if text is None:
            continue
        missing_or_extra = header_problems(text, resource, name)
        problems += missing_or_extra
        if any(p.reason == "column is missing" for p in missing_or_extra):
            continue
        typed, row_problems = validate_table(text, resource)
        problems += row_problems
        untranslated += translation_problems(text, resource)
        parts.append(typed)
    if len(parts) != len(resource.paths):
        return None, problems, untranslated
    combined = pl.concat(parts, how="vertical") if len(parts) > 1 else parts[0]
    if len(parts) > 1:
        # Uniqueness must also hold across the files of one resource.
        for spec in resource.fields:
            if spec.unique:
                first = pl.col(FILE_COLUMN).first().over(spec.name)
                across = pl.col(spec.name).is_not_null() & (pl.col(FILE_COLUMN) != first)
                reason = pl.lit("duplicate value, also in ") + first
                problems += report_rows(combined, across, spec.name, reason)
    return combined, problems, untranslated


def _self_reference_problems(frame: pl.DataFrame, column: str, key: str) -> list[Problem]:
    pointing_home = pl.col(column).is_not_null() & (pl.col(column) == pl.col(key))
    return report_rows(frame, pointing_home, column, pl.lit("refers to its own row"))


def _read_boundaries(data_dir: Path, resource: ResourceSpec, codes: set[str]) -> tuple[Any, list[Problem]]:
    name = resource.paths[0]
    try:
        collection = json.loads((data_dir / name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, [file_problem(name, "file is missing")]
    except OSError as exc:
        return None, [file_problem(name, f"cannot be read ({exc.strerror})")]
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, [file_problem(name, f"not valid GeoJSON ({exc.__class__.__name__}: {exc})")]
    # Valid JSON can still be any shape ([], null, a string): check it is an object first.
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list) or collection.get("type") != "FeatureCollection":
        return None, [file_problem(name, "not a GeoJSON FeatureCollection")]
    problems = []
    for number, feature in enumerate(features, start=1):
        feature = feature if isinstance(feature, dict) else {}
        properties = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
        code, geometry = properties.get("code"), feature.get("geometry")
        if not isinstance(code, str) or code not in codes:
            problems.append(Problem(name, str(number), "code", f"{code!r} is not a province code"))
        if not isinstance(geometry, dict) or geometry.get("type") not in BOUNDARY_GEOMETRIES:
            problems.append(Problem(name, str(number), "geometry", "not a Polygon or MultiPolygon"))
    return (None if problems else collection), problems


def load_package(data_dir: Path) -> DataPackage:
    """Validate every resource of the package in `data_dir`; never raises for bad data."""
    data_dir = Path(data_dir)
    try:
        spec = read_descriptor(data_dir)
    except DescriptorError as exc:
        problem = file_problem(DESCRIPTOR, str(exc))
        return DataPackage(data_dir, None, problems=[problem], unavailable={"*": str(problem)})
    # The version hash reads every file again: done beside validation (hashing and reading release
    # the GIL), it costs almost nothing at a million programs instead of 0.15 s.
    with ThreadPoolExecutor(max_workers=1) as pool:
        version = pool.submit(content_version, data_dir, spec)
        package = _validated_package(data_dir, spec)
        package.version = version.result()
    return package


def _validated_package(data_dir: Path, spec: PackageSpec) -> DataPackage:
    package = DataPackage(data_dir, spec)
    typed: dict[str, pl.DataFrame] = {}
    failed: dict[str, str] = {}
    tables = [r for r in spec.resources.values() if r.format == "csv"]
    for resource in tables:
        frame, problems, untranslated = _read_resource(data_dir, resource)
        package.problems += problems + untranslated
        if frame is not None:
            typed[resource.name] = frame
        if problems:
            failed[resource.name] = f"{len(problems)} problem(s), first: {problems[0]}"
    for resource in tables:
        frame = typed.get(resource.name)
        if frame is None:
            continue
        for fk in resource.foreign_keys:
            target_name = fk.resource or resource.name
            target = typed.get(target_name)
            if target is None:
                failed.setdefault(resource.name, f"depends on '{target_name}', which is unavailable")
                continue
            label = f"{target_name}.{fk.target_field}"
            problems = foreign_key_problems(frame, fk.field, target[fk.target_field], label)
            if target_name == resource.name and resource.primary_key:
                problems += _self_reference_problems(frame, fk.field, resource.primary_key)
            package.problems += problems
            if problems:
                failed.setdefault(resource.name, f"{len(problems)} problem(s), first: {problems[0]}")
    # A resource whose foreign-key target failed is out too, transitively.
    changed = True
    while changed:
        changed = False
        for resource in tables:
            if resource.name in failed:
                continue
            broken = resource.depends_on() & failed.keys()
            if broken:
                failed[resource.name] = f"depends on '{sorted(broken)[0]}', which is unavailable"
                changed = True
    for resource in spec.resources.values():
        if resource.format == "geojson":
            if "provinces" not in typed or "provinces" in failed:
                failed[resource.name] = "depends on 'provinces', which is unavailable"
                continue
            codes = set(typed["provinces"]["code"].to_list())
            package.boundaries, problems = _read_boundaries(data_dir, resource, codes)
            package.problems += problems
            if problems:
                failed[resource.name] = f"{len(problems)} problem(s), first: {problems[0]}"
    package.frames = {name: frame.drop(FILE_COLUMN, ROW_COLUMN) for name, frame in typed.items() if name not in failed}
    package.unavailable = failed
    package.problems.sort(key=lambda p: (p.file, _row_key(p.row), p.column))
    return package


def _row_key(row: str) -> int:
    return int(row) if row.isdigit() else -1
