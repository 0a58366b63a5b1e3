"""The Data page's region files (dashboard/views/about.py): the count on the button is the file's."""

from __future__ import annotations

import pytest

from dashboard.data import load_package
from dashboard.paths import BUNDLED_DATA_DIR
from dashboard.regions import regions
from dashboard.views import about
from dashboard.views.programs import with_prepared_catalogue

# As the app serves it: the catalogue prepared, its repeated text as categoricals.
PACKAGE = with_prepared_catalogue(load_package(BUNDLED_DATA_DIR))
REGIONS = regions(PACKAGE.frame("provinces"))
# The datasets the Data page lists: its CSV files.
REGIONAL = [
    name
    for name, resource in PACKAGE.spec.resources.items()
    if resource.format == "csv" and about.is_regional(PACKAGE, name)
]


def test_several_datasets_are_regional():
    assert {"catalogue", "funding"} <= set(REGIONAL)


@pytest.mark.parametrize("name", REGIONAL)
def test_the_count_for_a_region_is_the_number_of_rows_in_its_file(name: str):
    counts = {code: about.rows_in_region(PACKAGE, name, region) for code, region in REGIONS.items()}
    extracts = {code: about.dataset_in_region(PACKAGE, name, region).height for code, region in REGIONS.items()}
    assert counts == extracts
    assert counts["CA"] == PACKAGE.frame(name).height
    # Some region has rows and some part of Canada has fewer than all: the count is not trivially whole.
    assert any(0 < rows < counts["CA"] for rows in counts.values())


def test_sources_are_listed_by_publisher_as_a_reader_looks_one_up():
    """Case aside: "canadapopulation.org" was listed after every publisher starting with a capital."""
    publishers = about.sources_table(load_package(BUNDLED_DATA_DIR))["publisher"].to_list()
    first = {
        start: next(i for i, name in enumerate(publishers) if name.startswith(start))
        for start in ("Calgary Herald", "canadapopulation.org", "Canadian Business")
    }
    assert first["Calgary Herald"] < first["canadapopulation.org"] < first["Canadian Business"], first
