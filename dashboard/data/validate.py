"""Check a text table against its declared fields and return it typed, with every problem found.

All checks are column-wise Polars expressions, so a million-row catalogue validates in seconds.
"""

from __future__ import annotations

import polars as pl

from dashboard.data.csvfile import FILE_COLUMN, ROW_COLUMN
from dashboard.data.problems import Problem
from dashboard.data.schema import FieldSpec, ResourceSpec

# Enough to find every real problem; a file broken on every row gets a count instead of a flood.
MAX_REPORTS_PER_RULE = 1000

POLARS_TYPES: dict[str, pl.DataType] = {
    "string": pl.String(),
    "integer": pl.Int64(),
    "number": pl.Float64(),
    "boolean": pl.Boolean(),
    "date": pl.Date(),
}
TYPE_NAMES = {
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "date": "a date (YYYY-MM-DD)",
}


def _cast(column: str, kind: str) -> pl.Expr:
    text = pl.col(column).str.strip_chars()
    if kind == "integer":
        return text.cast(pl.Int64, strict=False)
    if kind == "number":
        # Plain numbers only: "1,000" or "12%" are reported, not guessed at.
        plain = text.str.contains(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
        return pl.when(plain).then(text.cast(pl.Float64, strict=False))
    if kind == "boolean":
        lowered = text.str.to_lowercase()
        return pl.when(lowered == "true").then(True).when(lowered == "false").then(False)
    if kind == "date":
        return text.str.strptime(pl.Date, "%Y-%m-%d", strict=False)
    return pl.col(column)


def report_rows(frame: pl.DataFrame, failing: pl.Expr, column: str, reason: pl.Expr) -> list[Problem]:
    flagged = frame.with_columns(failing.fill_null(False).alias("_failing"))
    if not flagged["_failing"].any():
        return []
    # The reason is computed before filtering so that window expressions see every row.
    hits = flagged.with_columns(reason.alias("reason")).filter("_failing").select(FILE_COLUMN, ROW_COLUMN, "reason")
    problems = [
        Problem(file, str(row), column, text) for file, row, text in hits.head(MAX_REPORTS_PER_RULE).iter_rows()
    ]
    if hits.height > MAX_REPORTS_PER_RULE:
        file, row, _ = hits.row(MAX_REPORTS_PER_RULE)
        problems.append(
            Problem(file, str(row), column, f"and {hits.height - MAX_REPORTS_PER_RULE} more rows like this")
        )
    return problems


def _quoted(expr: pl.Expr) -> pl.Expr:
    shown = pl.when(expr.str.len_chars() > 60).then(expr.str.slice(0, 57) + "...").otherwise(expr)
    return pl.lit("'") + shown + pl.lit("'")


def _fmt(value: float) -> str:
    return f"{value:g}"


def _in_strict_order(values: pl.Series) -> bool:
    """Whether the present values are strictly increasing, so none repeats: one cheap pass.

    Keys are usually written in order; then the uniqueness check needs no grouping of a
    million values (0.1 s). Values out of order get the full check, which names each duplicate.
    """
    present = values.drop_nulls()
    if present.len() < 2:
        return True
    return present.is_sorted() and not (present.slice(1) == present.slice(0, present.len() - 1)).any()


def _field_problems(text: pl.DataFrame, typed: pl.DataFrame, spec: FieldSpec) -> list[Problem]:
    name = spec.name
    raw, value = text[name], typed[name]
    frame = text.select(FILE_COLUMN, ROW_COLUMN).with_columns(raw=raw, value=value)
    problems: list[Problem] = []
    if spec.required:
        problems += report_rows(frame, pl.col("raw").is_null(), name, pl.lit("required value is missing"))
    if spec.type != "string":
        bad_type = pl.col("raw").is_not_null() & pl.col("value").is_null()
        reason = _quoted(pl.col("raw")) + pl.lit(f" is not {TYPE_NAMES[spec.type]}")
        problems += report_rows(frame, bad_type, name, reason)
    if spec.enum is not None:
        allowed = ", ".join(spec.enum)
        outside = pl.col("raw").is_not_null() & ~pl.col("raw").is_in(list(spec.enum))
        problems += report_rows(frame, outside, name, _quoted(pl.col("raw")) + pl.lit(f" is not one of: {allowed}"))
    if spec.minimum is not None:
        low = pl.col("value") < spec.minimum
        reason = pl.col("raw") + pl.lit(f" is below the minimum {_fmt(spec.minimum)}")
        problems += report_rows(frame, low, name, reason)
    if spec.maximum is not None:
        high = pl.col("value") > spec.maximum
        reason = pl.col("raw") + pl.lit(f" is above the maximum {_fmt(spec.maximum)}")
        problems += report_rows(frame, high, name, reason)
    if spec.pattern is not None:
        mismatch = pl.col("raw").is_not_null() & ~pl.col("raw").str.contains(f"^(?:{spec.pattern})$")
        reason = _quoted(pl.col("raw")) + pl.lit(f" does not match the pattern {spec.pattern}")
        problems += report_rows(frame, mismatch, name, reason)
    if spec.unique and not _in_strict_order(raw):
        first_row = pl.col(ROW_COLUMN).min().over("raw")
        duplicate = pl.col("raw").is_not_null() & (pl.col(ROW_COLUMN) != first_row)
        reason = pl.lit("duplicate value ") + _quoted(pl.col("raw")) + pl.lit(" (first at row ")
        reason = reason + first_row.cast(pl.String) + pl.lit(")")
        problems += report_rows(frame, duplicate, name, reason)
    return problems


def header_problems(text: pl.DataFrame, resource: ResourceSpec, file: str) -> list[Problem]:
    """Missing and unexpected columns, reported on the header row."""
    present = [c for c in text.columns if c not in (ROW_COLUMN, FILE_COLUMN)]
    declared = resource.field_names
    problems = [Problem(file, "1", c, "column is missing") for c in declared if c not in present]
    problems += [Problem(file, "1", c, "column is not in the schema") for c in present if c not in declared]
    return problems


def validate_table(text: pl.DataFrame, resource: ResourceSpec) -> tuple[pl.DataFrame, list[Problem]]:
    """Typed frame (declared columns plus `_file`/`_row`) and every row-level problem."""
    typed = text.select(
        pl.col(FILE_COLUMN),
        pl.col(ROW_COLUMN),
        *[_cast(f.name, f.type).cast(POLARS_TYPES[f.type]).alias(f.name) for f in resource.fields],
    )
    problems: list[Problem] = []
    for spec in resource.fields:
        problems += _field_problems(text, typed, spec)
    return typed, problems


def _filled(column: str) -> pl.Expr:
    return pl.col(column).str.strip_chars().str.len_chars().fill_null(0) > 0


def translation_problems(text: pl.DataFrame, resource: ResourceSpec) -> list[Problem]:
    """Rows whose English text has no French translation beside it, or whose translation has no English.

    Pairs are the schema's `<name>` and `<name>_fr` fields. Blank (empty or only spaces) counts as empty.
    """
    problems: list[Problem] = []
    for english, french in resource.translations.items():
        if english not in text.columns or french not in text.columns:
            continue  # reported as a missing column
        untranslated = _filled(english) & ~_filled(french)
        problems += report_rows(text, untranslated, french, pl.lit(f"French translation of {english} is missing"))
        orphan = _filled(french) & ~_filled(english)
        problems += report_rows(text, orphan, french, pl.lit(f"translates an empty {english}"))
    return problems


def foreign_key_problems(frame: pl.DataFrame, column: str, targets: pl.Series, target_label: str) -> list[Problem]:
    """Values of `column` that match no value of the target key."""
    checked = frame.select(FILE_COLUMN, ROW_COLUMN, pl.col(column).cast(pl.String).alias("raw"))
    dangling = pl.col("raw").is_not_null() & ~pl.col("raw").is_in(targets.cast(pl.String).implode())
    reason = _quoted(pl.col("raw")) + pl.lit(f" does not match any {target_label}")
    return report_rows(checked, dangling, column, reason)
