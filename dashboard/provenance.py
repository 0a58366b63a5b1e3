"""Extracts that carry their provenance: a zip of the CSV, a metadata file and a README."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from dashboard.data import DataPackage
from dashboard.extracts import csv_bytes
from dashboard.i18n import DEFAULT_LANGUAGE, current_language, t

CHANGELOG = "CHANGELOG.md"
# A translated changelog sits beside the English one (CHANGELOG.fr.md) and is shown in its language.
TRANSLATED_CHANGELOG = "CHANGELOG.{language}.md"
HOW_TO_READ = (
    "The CSV is UTF-8 with a byte order mark, comma separated, with a header row and RFC 4180 quoting. "
    "Dates are ISO (YYYY-MM-DD or a partial YYYY-MM / YYYY where the source gives no day); numbers are plain, "
    "with '.' as the decimal mark and no thousands separators; an empty cell means the value is unknown. "
    "Text cells that begin with = + - @ are prefixed with ' so that spreadsheets do not run them as formulas.\n\n"
    "- Excel: open the file directly (the byte order mark tells Excel it is UTF-8).\n"
    "- pandas: pd.read_csv(path, encoding='utf-8-sig')\n"
    "- Polars: pl.read_csv(path) (the byte order mark is skipped)\n"
    "- R: read.csv(path, fileEncoding = 'UTF-8-BOM')\n"
)


@dataclass(frozen=True)
class Extract:
    dataset: str  # short name, as in the file name
    title: str
    rows: pl.DataFrame
    filters: dict[str, str]
    view_url: str | None
    source_ids: list[str]


def _sources_of(package: DataPackage, source_ids: list[str]) -> list[dict[str, Any]]:
    sources = package.frame("sources").filter(pl.col("source_id").is_in(list(dict.fromkeys(source_ids))))
    return sources.select("source_id", "title", "publisher", "url", "published", "kind").to_dicts()


def _licences(package: DataPackage) -> list[dict[str, Any]]:
    return list(package.spec.licenses) if package.spec else []


def metadata(package: DataPackage, extract: Extract, extracted_at: dt.datetime) -> dict[str, Any]:
    """Everything needed to cite and check an extract."""
    return {
        "dataset": extract.dataset,
        "title": extract.title,
        "filters": extract.filters,
        "view_url": extract.view_url,
        "rows": extract.rows.height,
        "columns": extract.rows.columns,
        "sources": _sources_of(package, extract.source_ids),
        "licences": _licences(package),
        "data_package": package.spec.name if package.spec else None,
        "data_version": package.version,
        "extracted_at": extracted_at.isoformat(timespec="seconds"),
    }


def readme(meta: dict[str, Any]) -> str:
    """A plain-text README for an extract: what it is, where it came from, how to read and cite it."""
    lines = [
        f"# {meta['title']}",
        "",
        t("Extracted from the Microcredentials in Canada dashboard on {when}.", when=meta["extracted_at"]),
        t("Rows: {rows}. Data version: {version}.", rows=meta["rows"], version=meta["data_version"]),
    ]
    if meta["filters"]:
        lines.append(t("Filters: {filters}.", filters=", ".join(f"{k} = {v}" for k, v in meta["filters"].items())))
    if meta["view_url"]:
        lines.append(t("Reopen the same view: {url}", url=meta["view_url"]))
    lines += ["", "## " + t("Sources"), ""]
    lines += [f"- {s['title']} ({s['publisher']}, {s['kind']}): {s['url'] or '-'}" for s in meta["sources"]]
    lines += ["", "## " + t("Licences"), ""]
    lines += [f"- {lic.get('title') or lic.get('name')}: {lic.get('path', '')}" for lic in meta["licences"]]
    lines += ["", "## " + t("How to read the CSV"), "", t(HOW_TO_READ)]
    lines += ["## " + t("How to cite"), "", citation(meta["data_version"], meta["extracted_at"][:10]), ""]
    return "\n".join(lines)


def citation(version: str, day: str) -> str:
    """The suggested citation of the data package."""
    return t(
        "Microcredentials in Canada dashboard, data version {version}, retrieved {day}. Compiled from the public "
        "sources listed; CC BY 4.0.",
        version=version,
        day=day,
    )


def extract_zip(package: DataPackage, extract: Extract, extracted_at: dt.datetime | None = None) -> bytes:
    """Zip holding `<name>.csv`, `metadata.json` and `README.md` for one extract."""
    extracted_at = extracted_at or dt.datetime.now(dt.UTC)
    meta = metadata(package, extract, extracted_at)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{extract.dataset}.csv", csv_bytes(extract.rows))
        archive.writestr("metadata.json", json.dumps(meta, indent=2, ensure_ascii=False))
        archive.writestr("README.md", readme(meta))
    return buffer.getvalue()


def package_zip(package: DataPackage) -> bytes:
    """The whole data package as shipped (every file the descriptor names), a README and the changelog."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in package.files():
            if path.is_file():
                archive.write(path, Path(path).relative_to(package.data_dir).as_posix())
        for name in (CHANGELOG, TRANSLATED_CHANGELOG.format(language="fr")):
            if (package.data_dir / name).is_file():
                archive.write(package.data_dir / name, name)
        sources = (
            _sources_of(package, package.frame("sources")["source_id"].to_list()) if "sources" in package.frames else []
        )
        meta = {
            "title": package.spec.title if package.spec else "",
            "extracted_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "rows": sum(frame.height for frame in package.frames.values()),
            "data_version": package.version,
            "filters": {},
            "view_url": None,
            "sources": sources,
            "licences": _licences(package),
        }
        archive.writestr("README.md", readme(meta))
    return buffer.getvalue()


def changelog_text(package: DataPackage) -> str | None:
    """The data changelog shipped with the package, if any, with its own title dropped and
    its headings moved down so that they sit under the page's "Changelog" heading.

    In another language than English, its translation (`CHANGELOG.fr.md`) when the package has one.
    """
    path = package.data_dir / CHANGELOG
    if current_language() != DEFAULT_LANGUAGE:
        translated = package.data_dir / TRANSLATED_CHANGELOG.format(language=current_language())
        path = translated if translated.is_file() else path
    if not path.is_file():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith("# ")]
    return "\n".join("#" + line if line.startswith("## ") else line for line in body).strip()
