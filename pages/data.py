"""Data and downloads: every dataset with its sources, whole or for the selected region, and the dictionary."""

import streamlit as st

from components.downloads import DownloadFile, download_button
from components.page import page_header, unavailable_notice
from components.state import current_region
from components.tables import data_table
from dashboard import provenance
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.data import DatasetUnavailable
from dashboard.extracts import csv_bytes, extract_file_name
from dashboard.i18n import DEFAULT_LANGUAGE, current_language, format_count, t
from dashboard.views import about

region = current_region()
package = current_package()
page_header(
    t("Data and downloads"),
    t(
        "Every dataset behind the dashboard, as CSV. Each row carries a source_id that resolves in the sources "
        "dataset. Files are UTF-8 with a byte order mark so that Excel reads accents correctly."
    ),
)
if package.spec is None:
    st.error(t("The data package description could not be read, so no dataset is available."))
    st.stop()
st.header(t("The whole data package"), anchor=False)
st.markdown(
    t(
        "All CSV files, the data package description (`datapackage.json`: fields, types, units, sources and "
        "licences), a README with how to read and cite the data, and the changelog. Data version {version}.",
        version=package.version,
    )
)
package_file = DownloadFile(
    t("Download the data package (zip)"),
    lambda: provenance.package_zip(package),
    extract_file_name("data-package", "CA").replace(".csv", ".zip"),
    key="download-package",
    mime="application/zip",
    icon=":material/folder_zip:",
)
download_button(st.container(), package_file)


st.header(t("Datasets"), anchor=False)
data_table(shared(about.datasets_table)(package), key="datasets-table")
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
st.header(t("Data dictionary"), anchor=False)
data_table(shared(about.data_dictionary)(package), key="dictionary-table")
changelog = provenance.changelog_text(package)
if changelog:
    st.header(t("Changelog"), anchor=False)
    with st.container(key="changelog"):
        st.markdown(changelog)
