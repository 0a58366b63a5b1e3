"""The Data page's card per dataset: its CSV whole, and for the chosen region where it has rows there."""

from __future__ import annotations

import streamlit as st

from components.downloads import DownloadFile, download_button
from components.page import unavailable_notice
from dashboard.cache.views import shared
from dashboard.data import DataPackage, DatasetUnavailable
from dashboard.extracts import csv_bytes, extract_file_name
from dashboard.i18n import DEFAULT_LANGUAGE, current_language, format_count, t
from dashboard.regions import Region
from dashboard.views import about


def dataset_downloads(package: DataPackage, region: Region) -> None:
    """A card per CSV dataset of `package`: title, description, the whole file, and `region`'s rows or
    a note saying why there is no such file. A French page first offers the files' CSV convention."""
    assert package.spec is not None
    french_convention = False
    if current_language() != DEFAULT_LANGUAGE:
        # French downloads come in both conventions; one choice for the whole list below.
        french_convention = st.radio(
            t("CSV format of the downloads below"),
            [False, True],
            format_func=lambda french: (
                t("Semicolons and decimal commas (Statistics Canada French convention)")
                if french
                else t("Commas and decimal points (as in English)")
            ),
            key="csv-convention",
        )
    region_download = shared(about.region_download)
    for name, resource in package.spec.resources.items():
        if resource.format != "csv":
            continue
        with st.container(border=True, key=f"dataset-{name}"):
            st.subheader(t(resource.title), anchor=False)
            st.caption(t(resource.description))
            try:
                whole = package.frame(name)
                region_label, no_region_file = None, None
                if not region.is_national:
                    # Shared across sessions: it counts a million-row catalogue's rows for the region.
                    region_label, no_region_file = region_download(package, name, region)
            except DatasetUnavailable as error:
                unavailable_notice(error)
                continue
            whole_col, region_col = st.columns(2)
            whole_file = DownloadFile(
                t("Whole dataset ({rows} rows)", rows=format_count(whole.height)),
                lambda dataset=name: csv_bytes(about.dataset_extract(package, dataset, None), french_convention),
                extract_file_name(name, "CA", french_convention=french_convention),
                key=f"download-{name}-all",
            )
            download_button(whole_col, whole_file)
            if no_region_file:
                region_col.caption(no_region_file)
            elif region_label:
                region_file = DownloadFile(
                    region_label,
                    lambda dataset=name: csv_bytes(about.dataset_extract(package, dataset, region), french_convention),
                    extract_file_name(name, region.code, french_convention=french_convention),
                    key=f"download-{name}-region",
                )
                download_button(region_col, region_file)
