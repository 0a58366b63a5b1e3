"""The Programs page in Streamlit's AppTest: the real app entry, the bundled data and a synthetic package."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.paths import DATA_DIR_ENV, REPO_ROOT
from dashboard.synth import write_package

ENTRY = str(REPO_ROOT / "dashboard" / "app.py")
PAGE = "../pages/programs.py"
BANNER = "Illustrative synthetic programs, not real"


def open_programs(region: str | None = None, query: dict[str, str] | None = None) -> AppTest:
    """The app after its first run, opened directly on the Programs page."""
    at = AppTest.from_file(ENTRY, default_timeout=90)
    if region is not None:
        at.session_state["region"] = region
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.switch_page(PAGE)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def program_table(at: AppTest) -> pd.DataFrame:
    """The table of matching programs (the one with a program_id column)."""
    tables = [frame.value for frame in at.dataframe if "program_id" in frame.value.columns]
    assert len(tables) == 1
    return tables[0]


def chart_table(at: AppTest, column: str) -> pd.DataFrame:
    """The data table of the chart whose table has `column`."""
    tables = [frame.value for frame in at.dataframe if column in frame.value.columns]
    assert len(tables) == 1
    return tables[0]


def shown_text(at: AppTest) -> str:
    """The page's text as a reader sees it: Markdown backslash escapes removed."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning"):
        parts += [str(element.value) for element in at.get(kind)]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))


def test_renders_the_bundled_catalogue():
    at = open_programs()
    assert len(at.title) == 1 and at.title[0].value == "Programs"
    table = program_table(at)
    assert len(table) == 53
    assert len(at.get("plotly_chart")) == 3  # province, field, price band; no prices -> no price chart
    text = shown_text(at)
    assert "Ontario has the most listed programs: 22 of 53" in text
    assert "Price published for 0 of 53 programs; 6 free or fully funded" in text
    assert "No price statistics" in text
    assert BANNER not in text
    assert at.get("download_button")


def test_region_ontario_restricts_counts_to_ontario():
    at = open_programs("ON")
    provinces = set(program_table(at)["province"])
    assert provinces == {"ON", "CA"}  # Canada-wide programs are kept, and said so
    counts = chart_table(at, "province_code")
    assert dict(zip(counts["province_code"], counts["programs"], strict=True)) == {"ON": 22, "CA": 1}
    text = shown_text(at)
    assert "22 programs based in Ontario match; 1 more offered Canada-wide" in text
    assert "Includes 1 program offered Canada-wide" in text


def test_national_programs_can_be_left_out():
    at = open_programs("ON")
    at.checkbox(key="national").uncheck().run()
    assert not at.exception
    assert set(program_table(at)["province"]) == {"ON"}
    assert len(program_table(at)) == 22


def test_a_text_search_narrows_the_table():
    at = open_programs()
    at.text_input(key="q").input("humber").run()
    assert not at.exception
    table = program_table(at)
    assert 0 < len(table) < 53
    haystack = (table["title"] + " " + table["provider"]).str.lower()
    assert haystack.str.contains("humber", regex=False).all()


def test_a_pattern_like_search_is_literal_and_harmless():
    at = open_programs()
    at.text_input(key="q").input(".*(").run()
    assert not at.exception
    assert "No listed program matches these filters" in shown_text(at)


def test_filters_come_from_the_link():
    # Bound multiselects keep the option labels in the URL, as a shared link carries them.
    at = open_programs(query={"q": "holland", "price": "Free or fully funded"})
    assert at.text_input(key="q").value == "holland"
    assert at.multiselect(key="price").value == ["free"]
    table = program_table(at)
    # Holland College lists four example programs; three are free or fully funded.
    assert len(table) == 3
    assert set(table["cost_note"]) <= {"free", "fully funded"}


def test_a_filter_value_the_page_does_not_know_is_dropped_with_a_notice():
    at = open_programs(query={"price": "not-published"})  # a code, not the label the URL carries
    assert at.multiselect(key="price").value == []
    assert len(program_table(at)) == 53
    assert "The link asked for a price band that this page does not know" in shown_text(at)


def test_a_province_without_programs_of_its_own():
    at = open_programs("QC")
    at.checkbox(key="national").uncheck().run()
    assert not at.exception
    assert "No listed program matches these filters in Quebec" in shown_text(at)


@pytest.fixture
def synthetic_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # dashboard.cache keys the package by its directory, so this path is a fresh cache entry.
    path = write_package(2000, tmp_path / "synthetic")
    monkeypatch.setenv(DATA_DIR_ENV, str(path))
    return path


def test_synthetic_programs_carry_the_illustrative_banner(synthetic_dir):
    at = open_programs()
    assert any(BANNER in str(warning.value) for warning in at.warning)
    table = program_table(at)
    assert len(table) == 2000 and table["illustrative"].all()
    assert len(at.get("plotly_chart")) == 4  # synthetic rows have prices: the price chart appears
    assert "Price published for" in shown_text(at)
