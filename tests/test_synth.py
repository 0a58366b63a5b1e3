"""The synthetic package: complete, valid, deterministic, and marked illustrative on every row."""

from __future__ import annotations

import polars as pl

from dashboard.data import load_package
from dashboard.synth import SYNTHETIC_SOURCE_ID, main, write_package


def test_synthetic_package_passes_check_and_marks_every_row(tmp_path):
    out = write_package(2_000, tmp_path / "synthetic")
    package = load_package(out)
    assert package.problems == []
    catalogue = package.frame("catalogue")
    assert catalogue.height == 2_000
    assert catalogue["illustrative"].all()
    assert catalogue["source_id"].unique().to_list() == [SYNTHETIC_SOURCE_ID]
    assert "synthetic" in package.spec.title
    # The real datasets travel unchanged.
    assert package.frame("provinces")["population_2021"].sum() == 36_991_981


def test_synthetic_spread_is_realistic(tmp_path):
    catalogue = load_package(write_package(20_000, tmp_path / "s")).frame("catalogue")
    shares = catalogue["province"].value_counts(normalize=True)
    share = dict(zip(shares["province"], shares["proportion"], strict=True))
    # Spread follows population: Ontario holds about 38% of Canadians, Nunavut about 0.1%.
    assert 0.34 < share["ON"] < 0.42
    assert share.get("NU", 0) < 0.01
    assert catalogue["field"].n_unique() >= 10
    unpriced = catalogue.filter(pl.col("cost_cad").is_null())
    assert (unpriced["cost_note"] == "not published").all()
    assert 0.25 < unpriced.height / catalogue.height < 0.45
    assert catalogue["hours"].min() >= 4 and catalogue["hours"].max() <= 400


def test_same_size_gives_same_bytes(tmp_path):
    first = write_package(500, tmp_path / "a") / "catalogue" / "synthetic.csv"
    second = write_package(500, tmp_path / "b") / "catalogue" / "synthetic.csv"
    assert first.read_bytes() == second.read_bytes()


def test_command_line(tmp_path, capsys):
    assert main(["--programs", "10", "--out", str(tmp_path / "cli")]) == 0
    assert "wrote 10 synthetic programs" in capsys.readouterr().out
