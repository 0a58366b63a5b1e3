"""The Data page's tabs: the downloads first, the reference tables and the changelog each in a tab of their own."""

from __future__ import annotations

import json

from dashboard.paths import BUNDLED_DATA_DIR
from tests.apptest_helpers import open_page, open_section, texts

DESCRIPTOR = json.loads((BUNDLED_DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
CSV_RESOURCES = [resource for resource in DESCRIPTOR["resources"] if resource.get("format") == "csv"]


def test_the_page_opens_on_every_dataset_s_download_and_draws_no_table():
    # A region change reruns the open tab alone: the downloads, not the two reference grids.
    at = open_page("data", "ON")
    assert not at.exception
    labels = [button.proto.label for button in at.get("download_button")]
    assert labels[0] == "Download the data package (zip)"
    assert sum(label.startswith("Whole dataset (") for label in labels) == len(CSV_RESOURCES)
    assert len(at.dataframe) == 0


def test_the_dictionary_tab_lists_every_dataset_and_every_column_of_the_descriptor():
    at = open_section("data", "dictionary")
    assert not at.exception
    datasets, dictionary = (frame.value for frame in at.dataframe)
    assert list(datasets["dataset"]) == [resource["name"] for resource in DESCRIPTOR["resources"]]
    described = [
        (resource["name"], field["name"])
        for resource in DESCRIPTOR["resources"]
        for field in resource.get("schema", {}).get("fields", [])
    ]
    assert described, "no column in the descriptor: the test proves nothing"
    assert list(zip(dictionary["dataset"], dictionary["column"], strict=True)) == described


def test_the_changelog_tab_shows_the_current_version_s_entry_under_its_heading():
    at = open_section("data", "changelog")
    assert not at.exception
    assert [header.value for header in at.header] == ["What changed in each data version"]
    assert f"### {DESCRIPTOR['version']} " in texts(at)
