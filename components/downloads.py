"""Download buttons whose file is built when the button is clicked, never with the page.

Why: a file built with the page costs every rerun its build (a whole dataset on the Data page),
and Streamlit 1.67's button fetches such a file as soon as it is drawn, so every rerun of Funding
downloaded its thirteen chart files again. On a busy server those fetches could also arrive after
Streamlit had deleted the file (the load test counted them as 404 errors). A file built on click
is fetched once, right after it is built, and a file deleted just before that fetch is still
served (`components/download_grace.py`). Chart files are cached across sessions, so the click is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.download_grace import keep_deleted_downloads
from dashboard.i18n import DEFAULT_LANGUAGE, current_language, in_current_language, t


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


def download_button(slot: DeltaGenerator, file: DownloadFile) -> None:
    """The button for `file` in `slot`; its bytes are built when it is clicked."""
    keep_deleted_downloads()
    slot.download_button(
        file.label,
        # The build runs outside this script run: it keeps the page's language (README, numbers).
        data=in_current_language(file.build),
        file_name=file.file_name,
        mime=file.mime,
        key=file.key,
        on_click="ignore",
        icon=file.icon,
        help=file.help,
    )


def download_row(files: list[DownloadFile], key: str) -> None:
    """The files' buttons in a row that wraps: columns cut long labels short in narrow cards."""
    row = st.container(horizontal=True, wrap=True, key=key)
    for file in files:
        download_button(row, file)


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
