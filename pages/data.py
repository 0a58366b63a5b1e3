"""Data and downloads: every dataset whole or for the selected region; what each holds; the changelog."""

import streamlit as st

from components.dataset_downloads import dataset_downloads
from components.downloads import DownloadFile, download_button
from components.page import page_header
from components.sections import Section, section_tabs
from components.state import current_region
from components.tables import data_table
from dashboard import provenance
from dashboard.cache import current_package
from dashboard.cache.views import shared
from dashboard.extracts import extract_file_name
from dashboard.i18n import t
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
# Three tabs: the downloads (what most visitors come for, and what a region changes) open first;
# the two reference grids have a tab of their own, so a region change does not draw them again.
sections = {
    "downloads": Section(t("Downloads"), t("Download the data")),
    "dictionary": Section(t("Dictionary"), t("What each dataset holds")),
    "changelog": Section(t("Changelog"), t("What changed in each data version")),
}
with section_tabs("data", sections) as section:
    if section == "downloads":
        st.subheader(t("The whole data package"), anchor=False)
        st.markdown(
            t(
                "All CSV files, the data package description (`datapackage.json`: fields, types, units, sources "
                "and licences), a README with how to read and cite the data, and the changelog. "
                "Data version {version}.",
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
        dataset_downloads(package, region)
    elif section == "dictionary":
        st.subheader(t("Datasets"), anchor=False)
        data_table(shared(about.datasets_table)(package), key="datasets-table")
        st.subheader(t("Data dictionary"), anchor=False)
        data_table(shared(about.data_dictionary)(package), key="dictionary-table")
    else:
        changelog = provenance.changelog_text(package)
        with st.container(key="changelog"):
            st.markdown(changelog or t("This data package has no changelog."))
