"""Download buttons: a small file is built with the page, a large one only when it is clicked.

Why the split: Streamlit 1.67 keeps a file built on click (a callable `data=`) only until two
script runs have finished anywhere on the server; under load a browser can ask for it after
that and get a 404 (measured in `bench/load.py`: about one download in twelve). A file built
with the page is held for as long as the page shows its button, so small files (every chart's
rows, a narrow selection of programs) are built with the page. Large ones (a whole catalogue)
stay deferred: building a million rows on every rerun, and holding them per session, would
cost far more than the rare retry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from streamlit.delta_generator import DeltaGenerator

from dashboard.i18n import DEFAULT_LANGUAGE, current_language, in_current_language, t

# About 2 MB of CSV for a programs extract: small enough to build on every rerun.
BUILT_WITH_PAGE_MAX_ROWS = 10_000


@dataclass(frozen=True)
class DownloadFile:
    """One file offered for download; `build` makes its bytes."""

    label: str
    build: Callable[[], bytes]
    file_name: str
    key: str
    mime: str = "text/csv"
    icon: str = ":material/download:"
    help: str | None = None


def download_button(slot: DeltaGenerator, file: DownloadFile, rows: int) -> None:
    """The button for `file` in `slot`: bytes built now up to `BUILT_WITH_PAGE_MAX_ROWS` rows, else on click."""
    # A deferred build runs outside this script run: it keeps the page's language (README, numbers).
    data = file.build() if rows <= BUILT_WITH_PAGE_MAX_ROWS else in_current_language(file.build)
    slot.download_button(
        file.label,
        data=data,
        file_name=file.file_name,
        mime=file.mime,
        key=file.key,
        on_click="ignore",
        icon=file.icon,
        help=file.help,
    )


def csv_files(
    label: str, build: Callable[[bool], bytes], file_name: Callable[[bool], str], key: str
) -> list[DownloadFile]:
    """The CSV as `label`; on a French page also Statistics Canada's French convention (`;`, decimal comma).

    `build(french_convention)` makes the bytes and `file_name(french_convention)` names them.
    """
    files = [DownloadFile(label, lambda: build(False), file_name(False), key)]
    if current_language() != DEFAULT_LANGUAGE:
        files.append(
            DownloadFile(
                t("CSV with semicolons and decimal commas"),
                lambda: build(True),
                file_name(True),
                f"{key}-fr",
                help=t("The convention of Statistics Canada's French downloads, for spreadsheets set to French."),
            )
        )
    return files
