"""One loader per dataset: a typed, validated Polars frame or DatasetUnavailable with the reason."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from dashboard.data.package import load_package


def load_dataset(name: str, data_dir: Path) -> pl.DataFrame:
    """The named dataset of the package in `data_dir`, validated with all its dependencies."""
    return load_package(data_dir).frame(name)


def load_sources(data_dir: Path) -> pl.DataFrame:
    """Cited sources: title, publisher, URL, date, primary or secondary."""
    return load_dataset("sources", data_dir)


def load_surveys(data_dir: Path) -> pl.DataFrame:
    """One row per survey: publisher, firm, sample size, population, fieldwork dates."""
    return load_dataset("surveys", data_dir)


def load_survey_results(data_dir: Path) -> pl.DataFrame:
    """One row per reported survey figure."""
    return load_dataset("survey_results", data_dir)


def load_funding(data_dir: Path) -> pl.DataFrame:
    """One row per funding announcement or allocation."""
    return load_dataset("funding", data_dir)


def load_catalogue(data_dir: Path) -> pl.DataFrame:
    """All catalogue files of the package, one program per row."""
    return load_dataset("catalogue", data_dir)


def load_provinces(data_dir: Path) -> pl.DataFrame:
    """The 13 provinces and territories with their 2021 Census population."""
    return load_dataset("provinces", data_dir)
