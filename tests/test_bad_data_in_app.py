"""The app on a broken data package: every page renders, says what is missing, and keeps the rest.

Each case points `DASHBOARD_DATA_DIR` at a broken copy of the bundled package (the package cache
is keyed by directory, so a new directory is a new load) and opens every page in AppTest, on each
of its sections in turn: a page draws only its open section, and each section uses data of its own.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dashboard.paths import BUNDLED_DATA_DIR, DATA_DIR_ENV
from tests.apptest_helpers import PAGES, open_every_section, open_page, open_section, plotly_figures
from tests.broken_packages import BY_ID

NOT_LOADED = "data could not be loaded"  # the dataset notice, not the map notice
SURVEY_PAGES = ("employers", "workers", "institutions")
EVERY_PAGE = tuple(PAGES)


@dataclass(frozen=True)
class Expect:
    # What a page shows in any of its sections: a page without the broken data shows no notice in any.
    notices: dict[str, tuple[str, ...]]  # page -> datasets it must name in a "could not be loaded" notice
    charts: tuple[str, ...] = ()  # pages that must still draw at least one chart
    extra: dict[str, str] = field(default_factory=dict)  # page -> other text it must show


MAP_BROKEN = Expect(
    notices={},
    charts=("employers", "workers", "costs", "funding", "programs", "institutions"),
    extra={"funding": "province boundaries could not be loaded"},
)
ALL_SOURCES_GONE = {page: ("provinces",) for page in EVERY_PAGE}

CASES = {
    "missing-file": Expect(
        notices={"overview": ("funding",), "funding": ("funding",), "data": ("funding",)},
        charts=("employers", "workers", "costs", "programs", "institutions"),
    ),
    "percent-140": Expect(
        notices={page: ("survey_results",) for page in ("overview", *SURVEY_PAGES, "costs", "data")},
        charts=("costs", "funding", "programs"),
    ),
    "malformed-descriptor": Expect(
        notices={**ALL_SOURCES_GONE, "funding": ("provinces", "funding"), "programs": ("provinces", "catalogue")},
        extra={"data": "description could not be read", "employers": "datapackage.json"},
    ),
    "malformed-geojson": MAP_BROKEN,
    # Valid JSON of the wrong shape: this one used to crash the loader, and with it every page.
    "geojson-not-an-object": MAP_BROKEN,
    # A missing French note is reported by `check` but breaks nothing: every page keeps all it shows.
    "untranslated-note": Expect(
        notices={}, charts=("employers", "workers", "costs", "funding", "programs", "institutions")
    ),
    "empty-file": Expect(
        notices={**ALL_SOURCES_GONE, "about": ("provinces", "sources"), "data": ("sources", "funding")},
        extra={"about": "How the figures are computed"},
    ),
}


def fingerprint(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in directory.rglob("*")
        if p.is_file()
    }


@pytest.fixture(scope="module")
def broken_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One broken copy per case, made once: the app only reads them, which the tests check."""
    made = {}
    for case in CASES:
        target = tmp_path_factory.mktemp(case) / "data"
        shutil.copytree(BUNDLED_DATA_DIR, target)
        BY_ID[case].apply(target)
        made[case] = target
    return made


def warnings_text(at) -> list[str]:
    # Dataset names are Markdown-escaped in the notice (survey\_results).
    return [w.value.replace("\\", "") for w in at.warning]


def shown_text(at) -> str:
    parts = [
        str(e.value)
        for kind in ("title", "header", "subheader", "markdown", "error", "warning", "info")
        for e in at.get(kind)
    ]
    return "\n".join(parts).replace("\\", "")


@pytest.mark.parametrize("page", EVERY_PAGE)
@pytest.mark.parametrize("case", list(CASES))
def test_every_page_survives_a_broken_package(case, page, broken_dirs, monkeypatch):
    """Test that the page renders without an exception, names what is missing, keeps the rest, writes nothing.

    Every section of the page is opened, and what they show is taken together.
    """
    data_dir = broken_dirs[case]
    expect = CASES[case]
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    before = fingerprint(data_dir)

    sections = open_every_section(page)

    for at in sections:
        assert not at.exception, f"{page} raised on '{case}': {[e.message for e in at.exception]}"
        assert len(at.title) == 1, "the page still shows its heading"
    notices = [w for at in sections for w in warnings_text(at) if NOT_LOADED in w]
    for dataset in expect.notices.get(page, ()):
        assert any(f"**{dataset}**" in w for w in notices), f"no notice naming {dataset}: {notices}"
    if page not in expect.notices:
        assert not notices, f"{page} does not use the broken data but says: {notices}"
    if page in expect.charts:
        charts = sum(len(plotly_figures(at)) for at in sections)
        assert charts >= 1, f"{page} lost its charts although its data is fine"
    if page in expect.extra:
        assert expect.extra[page] in "\n".join(shown_text(at) for at in sections)
    assert fingerprint(data_dir) == before, "the app must never change the data files"


def test_broken_map_leaves_the_funding_bars_but_no_map(broken_dirs, monkeypatch):
    """Test that a broken boundaries file removes only the map: bars and tables stay."""
    monkeypatch.setenv(DATA_DIR_ENV, str(broken_dirs["malformed-geojson"]))
    # The map has a section of its own, the bars another (the page draws only the open one).
    at = open_section("funding", "map")
    assert not at.exception
    assert len(at.get("deck_gl_json_chart")) == 0
    at = open_section("funding", "where")
    assert not at.exception
    assert len(plotly_figures(at)) >= 1


def test_region_filter_still_works_when_provinces_cannot_load(broken_dirs, monkeypatch):
    """Test that without the provinces dataset the region filter offers Canada and a link to AB falls back."""
    monkeypatch.setenv(DATA_DIR_ENV, str(broken_dirs["empty-file"]))
    at = open_page("employers", "AB")
    assert not at.exception
    assert at.session_state["region"] == "CA"
    assert at.sidebar.selectbox[0].options == ["Canada"]


def test_a_note_with_no_french_shows_its_english_on_the_french_page(broken_dirs, monkeypatch):
    """Test that the French funding page keeps the row and shows its English note rather than a blank
    (in its announcements section, which lists every announcement)."""
    data_dir = broken_dirs["untranslated-note"]
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    with (data_dir / "funding.csv").open(encoding="utf-8", newline="") as handle:
        untranslated = [row["note"] for row in csv.DictReader(handle) if row["note"] and not row["note_fr"]]
    assert len(untranslated) == 1
    at = open_section("funding", "announcements", query={"lang": "fr"})
    assert not at.exception
    cells = {value for frame in at.dataframe for column in frame.value.columns for value in frame.value[column]}
    assert untranslated[0] in cells
