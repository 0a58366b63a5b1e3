"""Download buttons: a small file is built with the page, a large one only when it is clicked.

Why the split: building a million-row file on every rerun, and holding it per session, would cost
far more than building it when asked. Small files (every chart's rows, a narrow selection of
programs) are built with the page, so the click only fetches them. Either way, a file Streamlit
deletes while a busy server's browser is still about to fetch it is served for a grace period
(`dashboard/cache/media.py`).
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
