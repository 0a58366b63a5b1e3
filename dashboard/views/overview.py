"""Overview page: a handful of headline figures, each with its source and the page behind it."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from dashboard.charts import SourceRef, source_refs
from dashboard.data import DataPackage, DatasetUnavailable
from dashboard.i18n import format_cad, format_count, t
from dashboard.measures.catalogue import price_coverage
from dashboard.measures.funding import SCOPE_CHOICES, countable_funding
from dashboard.regions import Region
from dashboard.views.survey import qualified


@dataclass(frozen=True)
class Headline:
    value: str
    label: str
    page: str  # page file name under pages/
    page_label: str
    sources: list[SourceRef]


def _survey_headline(package: DataPackage, result_id: str, label: str, page: str, page_label: str) -> Headline:
    row = package.frame("survey_results").filter(pl.col("result_id") == result_id).row(0, named=True)
    return Headline(qualified(row), label, page, page_label, source_refs(package.frame("sources"), [row["source_id"]]))


def funding_headline(package: DataPackage) -> Headline:
    """Public funding announced for microcredential-specific programs, counted once."""
    counted = countable_funding(package.frame("funding"), SCOPE_CHOICES["specific"])
    total = counted["amount_cad"].sum()
    return Headline(
        format_cad(total, compact=True),
        t(
            "announced for microcredential-specific programs by federal and provincial governments "
            "({n} announcements; promises and allocations inside larger envelopes not double counted)",
            n=format_count(counted.height),
        ),
        "funding.py",
        t("See where it goes"),
        source_refs(package.frame("sources"), counted["source_id"].to_list()),
    )


def programs_headline(package: DataPackage) -> Headline:
    """How many programs the catalogue lists, and how few publish a price."""
    catalogue = package.frame("catalogue")
    coverage = price_coverage(catalogue)
    illustrative = bool(catalogue["illustrative"].any())
    # The free ones beside the priced ones: "price published for 0" alone read as if no program's
    # cost were known, where Costs counts six free or fully funded.
    label = t(
        "programs listed in the catalogue; price published for {known} of them, {free} free or fully funded",
        known=format_count(coverage["prices_known"]),
        free=format_count(coverage["free_or_funded"]),
    )
    if illustrative:
        label += " " + t("(illustrative synthetic catalogue, not real programs)")
    return Headline(
        format_count(coverage["programs"]),
        label,
        "programs.py",
        t("Explore the programs"),
        source_refs(package.frame("sources"), catalogue["source_id"].unique().to_list()),
    )


def region_notice(region: Region) -> str | None:
    """Said above the headline figures when a province or region is chosen: they are national."""
    if region.is_national:
        return None
    return t(
        "These figures are for Canada as a whole. Funding and programs for {region} are on the Funding and "
        "Programs pages.",
        region=region.name,
    )


def headlines(package: DataPackage) -> list[Headline | DatasetUnavailable]:
    """Six headline figures; a figure whose data failed validation is returned as the error instead."""
    builders = [
        lambda: _survey_headline(
            package,
            "emp-awareness-not-familiar-hrr",
            t("of employers are not familiar at all with the term"),
            "employers.py",
            t("More on employers"),
        ),
        lambda: _survey_headline(
            package,
            "adu-interest-defined-hrr",
            t("of working-age adults are interested once it is explained"),
            "workers.py",
            t("More on workers"),
        ),
        lambda: _survey_headline(
            package,
            "adu-considerations-cost-hrr",
            t("of adults weigh cost before enrolling, the top consideration"),
            "costs.py",
            t("More on costs"),
        ),
        lambda: funding_headline(package),
        lambda: programs_headline(package),
        lambda: _survey_headline(
            package,
            "ins-offering-now-ua",
            t("of postsecondary institutions already offered microcredentials (2020)"),
            "institutions.py",
            t("More on institutions"),
        ),
    ]
    results: list[Headline | DatasetUnavailable] = []
    for build in builders:
        try:
            results.append(build())
        except DatasetUnavailable as error:
            results.append(error)
    return results


DEFINITION = (
    "A microcredential certifies that someone has learned a specific, limited set of skills or knowledge "
    "through a short program: usually hours or weeks rather than years. Some stand alone; some can be "
    "combined into a larger credential. There is no single Canadian definition yet: HEQCO and Colleges and "
    "Institutes Canada each publish their own."
)
