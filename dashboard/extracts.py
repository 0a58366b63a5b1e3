"""CSV extracts that open cleanly in Excel, pandas, Polars and R, and cannot run as formulas."""

from __future__ import annotations

import datetime as dt
import re

import polars as pl

from dashboard.i18n import t

# A UTF-8 byte order mark makes Excel read "Québec" and "Collège Boréal" as UTF-8;
# pandas, Polars and R's read.csv(fileEncoding = "UTF-8-BOM") skip it.
UTF8_BOM = "\ufeff"
# OWASP CSV injection: cells starting with these can be run as formulas by spreadsheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
SAFE_NAME = re.compile(r"[^a-z0-9]+")


def neutralise_formulas(frame: pl.DataFrame) -> pl.DataFrame:
    """Prefix text cells that a spreadsheet would treat as a formula with a single quote.

    Only text columns change: numbers keep their sign and stay numbers.
    """
    # Categoricals are text too (the served catalogue holds repeated text that way).
    text_columns = [name for name, dtype in frame.schema.items() if dtype in (pl.String, pl.Categorical)]

    def guarded(name: str) -> pl.Expr:
        text = pl.col(name).cast(pl.String)
        risky = pl.any_horizontal(*[text.str.starts_with(c) for c in FORMULA_TRIGGERS])
        return pl.when(risky).then(pl.lit("'") + text).otherwise(text).alias(name)

    return frame.with_columns([guarded(name) for name in text_columns])


def csv_bytes(frame: pl.DataFrame, french_convention: bool = False) -> bytes:
    """RFC 4180 CSV with a header, ISO dates, plain numbers and empty cells for unknowns.

    With `french_convention`, the convention of Statistics Canada's French downloads (and of
    spreadsheets set to French (Canada)): `;` between fields and a decimal comma, so that
    a French-language Excel opens `1234567,5` as a number. Everything else is the same:
    UTF-8 with a byte order mark, ISO dates, no thousands separator, the same columns.
    """
    body = neutralise_formulas(frame).write_csv(
        separator=";" if french_convention else ",",
        decimal_comma=french_convention,
        include_header=True,
        line_terminator="\r\n",
        quote_style="necessary",
        null_value="",
        date_format="%Y-%m-%d",
        datetime_format="%Y-%m-%dT%H:%M:%S",
    )
    return (UTF8_BOM + body).encode("utf-8")


def _name_part(text: str, fallback: str) -> str:
    return SAFE_NAME.sub("-", text.lower()).strip("-") or fallback


def extract_file_name(dataset: str, region: str, day: dt.date | None = None, french_convention: bool = False) -> str:
    """`microcredentials_<dataset>_<region>_<YYYY-MM-DD>.csv`, in French `microcertifications_...`.

    Only the first word follows the language: the dataset and region parts are the stable
    keys of the chart and region (`employer-familiarity`, `ab`), the same as in the URL, so
    a file can be matched to its chart in either language. A file in the French convention
    (`;` and decimal comma) ends in `_point-virgule.csv`, so both can sit in one folder.
    """
    day = day or dt.date.today()
    suffix = "_point-virgule" if french_convention else ""
    return f"{_file_stem(dataset)}_{_name_part(region, '')}_{day.isoformat()}{suffix}.csv"


def picture_file_name(dataset: str, day: dt.date | None = None) -> str:
    """`microcredentials_<dataset>_{region}_<YYYY-MM-DD>.png`, named as the CSV files are.

    `{region}` is left for the page to fill in when the picture is made (`plotly_chart.js`, from
    the link's `?region=`): the chart's data then stays the same from one region to the next on
    the pages whose charts do not change with it, and the browser leaves those charts alone.
    """
    return f"{_file_stem(dataset)}_{{region}}_{(day or dt.date.today()).isoformat()}.png"


def _file_stem(dataset: str) -> str:
    """`microcredentials_<dataset>`: the language's first word, then the chart's stable key."""
    return f"{_name_part(t('microcredentials'), 'microcredentials')}_{_name_part(dataset, 'data')}"


def with_provenance(frame: pl.DataFrame, sources: pl.DataFrame, filters: dict[str, str]) -> pl.DataFrame:
    """The rows plus the URL of each row's source and one `filter_<name>` column per active filter.

    A row then carries what is needed to check it back to its source, even when the file
    travels alone.
    """
    extract = frame
    if "source_id" in extract.columns and "source_url" not in extract.columns:
        urls = sources.select("source_id", pl.col("url").alias("source_url"))
        extract = extract.join(urls, on="source_id", how="left", maintain_order="left")
    return extract.with_columns(
        [pl.lit(value, dtype=pl.String).alias(f"filter_{name}") for name, value in filters.items()]
    )
