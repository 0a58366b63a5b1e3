"""`python -m dashboard.synth --programs N --out DIR`: a complete data package with a synthetic catalogue.

For benchmarks and scale tests only. Every synthetic program is `illustrative=true`,
the package's sources table says so, and the descriptor is renamed: nothing here may
be shown as real. The fixed seed makes the same N give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import polars as pl

from dashboard.data.schema import DESCRIPTOR
from dashboard.paths import BUNDLED_DATA_DIR

SEED = 20261128
SYNTHETIC_SOURCE_ID = "synthetic-catalogue"
CATALOGUE_FILE = "catalogue/synthetic.csv"
FIELDS = (
    "Health",
    "Business",
    "Information technology",
    "Data and analytics",
    "Skilled trades",
    "Construction",
    "Manufacturing",
    "Education",
    "Early childhood",
    "Agriculture",
    "Clean economy",
    "Transportation and logistics",
    "Marketing",
    "Human skills",
    "Finance",
)
TOPICS = (
    "Foundations",
    "Essentials",
    "Applied",
    "Advanced",
    "Introduction to",
    "Leadership in",
    "Digital tools for",
    "Safety in",
    "Project skills for",
    "Indigenous perspectives in",
)
MODES = ("online", "in-person", "hybrid", "unknown")
MODE_WEIGHTS = (0.45, 0.25, 0.25, 0.05)
PARTNERS = ("Regional health authority", "Provincial manufacturers' association", "Tech employers' network")


def _province_weights(provinces_csv: Path) -> tuple[list[str], np.ndarray]:
    provinces = pl.read_csv(provinces_csv, columns=["code", "population_2021"])
    population = provinces["population_2021"].to_numpy().astype(float)
    return provinces["code"].to_list(), population / population.sum()


def synthetic_catalogue(programs: int, province_codes: list[str], weights: np.ndarray) -> pl.DataFrame:
    """`programs` synthetic rows spread over provinces (by population), fields, hours and prices."""
    rng = np.random.default_rng(SEED)
    field_idx = rng.integers(0, len(FIELDS), programs)
    topic_idx = rng.integers(0, len(TOPICS), programs)
    province_idx = rng.choice(len(province_codes), size=programs, p=weights)
    hours = np.clip(np.round(rng.lognormal(3.2, 0.8, programs)), 4, 400)
    weeks = np.clip(np.ceil(hours / rng.uniform(3, 12, programs)), 1, 52)
    price_kind = rng.choice(3, size=programs, p=(0.35, 0.12, 0.53))  # not published, free, priced
    price = np.round(rng.lognormal(6.5, 0.7, programs), -1)
    ids = np.arange(1, programs + 1)
    frame = pl.DataFrame(
        {
            "program_id": [f"syn-{i:07d}" for i in ids],
            "field": np.array(FIELDS)[field_idx],
            "topic": np.array(TOPICS)[topic_idx],
            "province": np.array(province_codes)[province_idx],
            "provider_number": rng.integers(1, 400, programs),
            "hours": hours,
            "weeks": weeks,
            "price_kind": price_kind,
            "price": price,
            "delivery_mode": rng.choice(MODES, size=programs, p=MODE_WEIGHTS),
            "stackable": rng.random(programs) < 0.4,
            "partner": rng.integers(0, len(PARTNERS) * 3, programs),
        }
    )
    return frame.select(
        "program_id",
        title=pl.concat_str(pl.col("topic"), pl.lit(" "), pl.col("field").str.to_lowercase(), pl.lit(" (synthetic)")),
        provider=pl.concat_str(
            pl.lit("Synthetic Institute "),
            pl.col("provider_number").cast(pl.String),
            pl.lit(" ("),
            pl.col("province"),
            pl.lit(")"),
        ),
        province="province",
        field="field",
        hours="hours",
        weeks="weeks",
        duration_note=pl.lit(None, dtype=pl.String),
        cost_cad=pl.when(pl.col("price_kind") == 2).then(pl.col("price")).when(pl.col("price_kind") == 1).then(0.0),
        cost_note=pl.when(pl.col("price_kind") == 0)
        .then(pl.lit("not published"))
        .when(pl.col("price_kind") == 1)
        .then(pl.lit("free"))
        .otherwise(pl.lit(None, dtype=pl.String)),
        delivery_mode="delivery_mode",
        stackable="stackable",
        industry_partner=pl.when(pl.col("partner") < len(PARTNERS)).then(
            pl.col("partner").replace_strict(dict(enumerate(PARTNERS)), return_dtype=pl.String)
        ),
        source_id=pl.lit(SYNTHETIC_SOURCE_ID),
        illustrative=pl.lit(True),
    )


def write_package(programs: int, out: Path, base: Path = BUNDLED_DATA_DIR) -> Path:
    """Copy the real package to `out`, replacing its catalogue with `programs` synthetic rows."""
    out.mkdir(parents=True, exist_ok=True)
    descriptor = json.loads((base / DESCRIPTOR).read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
        if resource["name"] == "catalogue":
            resource["path"] = [CATALOGUE_FILE]
            continue
        for name in paths:
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(base / name, out / name)
    with (out / "sources.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(
            [
                SYNTHETIC_SOURCE_ID,
                "Synthetic catalogue for scale tests (not real programs)",
                "Microcredentials in Canada project",
                "",
                "",
                "primary",
                f"Generated by dashboard.synth with seed {SEED}; illustrative only",
            ]
        )
    descriptor["name"] += "-synthetic"
    descriptor["title"] = f"{descriptor.get('title', '')} (synthetic catalogue: illustrative, not real)"
    (out / DESCRIPTOR).write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    codes, weights = _province_weights(base / "provinces.csv")
    (out / "catalogue").mkdir(exist_ok=True)
    synthetic_catalogue(programs, codes, weights).write_csv(out / CATALOGUE_FILE)
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m dashboard.synth", description=__doc__)
    parser.add_argument("--programs", type=int, default=10_000, help="synthetic programs (default 10000)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the package to")
    args = parser.parse_args(argv)
    if args.programs < 1:
        parser.error("--programs must be at least 1")
    write_package(args.programs, args.out)
    sys.stdout.write(f"wrote {args.programs} synthetic programs to {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
