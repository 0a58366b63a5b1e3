"""The Programs page's caching edge: thin Streamlit cache wrappers around `dashboard.views.programs`.

Keys are small strings and the frozen `ProgramFilters`, never frames: Streamlit hashes a big
frame on a sample of rows, which could return a stale entry. The package's directory and
content version name the data; the frames themselves are passed as unhashed `_` arguments.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard.cache.views import shared_call
from dashboard.data import DataPackage
from dashboard.regions import Region
from dashboard.views import programs

# Per-filter summaries are a few small frames each; 256 bounds memory to a few MB whatever
# visitors type into the search box, and the hour ttl lets a new data package take over.
SUMMARY_ENTRIES = 256
SUMMARY_TTL_SECONDS = 3600
# One bit per program: a million programs' matches are 125 kB (and a first chunk of 100 rows some
# 30 kB), so 64 sets of filters hold under 10 MB.
TABLE_QUERY_ENTRIES = 64


@st.cache_resource(show_spinner=False, max_entries=2)
def _prepared(directory: str, version: str, _package: DataPackage) -> pl.DataFrame:
    # cache_resource: one shared, read-only, sorted copy of the catalogue per package,
    # not a pickled copy per session (a million rows is ~200 MB).
    return programs.prepare_catalogue(_package.frame("catalogue"), _package.frame("sources"))


def prepared_catalogue(package: DataPackage) -> pl.DataFrame:
    """The package's catalogue, sorted, with bands, search text and source links; raises DatasetUnavailable."""
    return _prepared(str(package.data_dir), package.version, package)


@st.cache_data(show_spinner=False, max_entries=4)
def _field_options(directory: str, version: str, _catalogue: pl.DataFrame) -> list[str]:
    return programs.field_options(_catalogue)


def field_options(package: DataPackage) -> list[str]:
    """The choices of the field filter, computed once per package."""
    return _field_options(str(package.data_dir), package.version, prepared_catalogue(package))


@st.cache_data(show_spinner=False, max_entries=SUMMARY_ENTRIES, ttl=SUMMARY_TTL_SECONDS)
def _summary(
    directory: str, version: str, filters: programs.ProgramFilters, _catalogue: pl.DataFrame
) -> programs.ProgramSummary:
    return programs.summarise(_catalogue, filters)


def summary(package: DataPackage, filters: programs.ProgramFilters) -> programs.ProgramSummary:
    """Counts and price statistics of the matching programs, once per package and filter values."""
    return _summary(str(package.data_dir), package.version, filters, prepared_catalogue(package))


@st.cache_resource(show_spinner=False, max_entries=TABLE_QUERY_ENTRIES, ttl=SUMMARY_TTL_SECONDS)
def _table_rows(
    directory: str, version: str, filters: programs.ProgramFilters, _catalogue: pl.DataFrame
) -> pl.LazyFrame:
    # cache_resource: the page's table reads this query on every rerun and chunk; nothing changes it.
    # It holds the filters' matches (one boolean per program) and its first chunk.
    rows = programs.table_rows(_catalogue, filters.matches(_catalogue))
    return programs.with_first_rows_read(rows, programs.TABLE_CHUNK_ROWS)


def table_rows(package: DataPackage, filters: programs.ProgramFilters) -> pl.LazyFrame:
    """The page table's rows for these filters (`programs.table_rows`), its first chunk read once
    per package and filter values, for every session."""
    return _table_rows(str(package.data_dir), package.version, filters, prepared_catalogue(package))


def charts(package: DataPackage, filters: programs.ProgramFilters, region: Region) -> programs.ProgramCharts:
    """The page's charts for these filters and region, built once per language and shared by every session."""

    def build() -> programs.ProgramCharts:
        canada = None if region.is_national else summary(package, programs.canada_wide(filters))
        return programs.charts(package, summary(package, filters), canada, region)

    # The filters (a frozen dataclass of tuples) and the region name everything the charts show.
    return shared_call(package, repr(("programs.charts", filters, region)), build)
