"""Costs and barriers page: what learners weigh, what programs cost, and the aid that helps pay."""

from __future__ import annotations

import polars as pl

from dashboard.charts import ChartSpec, source_refs
from dashboard.data import DataPackage
from dashboard.figures import amount_bars, count_bars, empty_figure
from dashboard.i18n import format_cad, format_count, plural, t, translated
from dashboard.measures.catalogue import price_coverage
from dashboard.regions import Region, province_names

COST_STATUS_ORDER = ["price published", "free", "fully funded", "not published"]


def programs_in_region(catalogue: pl.DataFrame, region: Region) -> pl.DataFrame:
    """Programs offered in the region; national programs (province CA) only for Canada as a whole."""
    return catalogue if region.is_national else catalogue.filter(pl.col("province").is_in(list(region.provinces)))


def _status_text(coverage: dict[str, int], region: Region) -> tuple[str, str]:
    """The price-status chart's title and takeaway."""
    if coverage["programs"] == 0:
        # "None of the 0 programs" would read as a finding: say what is missing instead.
        return (
            t("The catalogue lists no program for {region}", region=region.name),
            t("The catalogue lists no program for {region}, so there is no cost to show.", region=region.name),
        )
    free_count = coverage["free_or_funded"]
    free = (
        t("{n} is free or fully funded", n=format_count(free_count))
        if free_count == 1
        else t("{n} are free or fully funded", n=format_count(free_count))
    )
    known, total = format_count(coverage["prices_known"]), format_count(coverage["programs"])
    if coverage["prices_known"] == 0:
        takeaway_message = (
            "No fee stated for the {total} programs; {free}; the rest give no price."
            if coverage["unstated"]
            else "No fee stated for the {total} programs; {free}."
        )
    else:
        takeaway_message = (
            "Price published for {known} of {total} programs; {free}; the rest give no price."
            if coverage["unstated"]
            else "Price published for {known} of {total} programs; {free}."
        )
    takeaway = t(
        takeaway_message,
        known=known,
        total=total,
        free=free,
    )
    if coverage["prices_known"] == 0:
        # A fee, not a price: "none publishes a price; 6 are free" read as a contradiction, free being a price.
        title = t("None of the {total} programs listed states a fee; {free}", total=total, free=free)
    else:
        title = plural(
            coverage["prices_known"],
            "{count} of {total} programs publishes a price; {free}",
            "{count} of {total} programs publish a price; {free}",
            total=total,
            free=free,
        )
    return title, takeaway


def cost_status_subtitle(region: Region) -> str:
    """What the price-status chart counts; for a province, that Canada-wide programs are not in it.

    The Programs page counts a province's Canada-wide programs beside its own: said here, so that
    a reader comparing the two pages' counts can see why they differ.
    """
    if region.is_national:
        return t(
            "Programs in the catalogue for {region}, by what their source says about cost. A program with no "
            "published price is counted as 'not published', never given an estimated price.",
            region=region.name,
        )
    return t(
        "Programs based in {region} (programs offered Canada-wide are not counted here), by what their source "
        "says about cost. A program with no published price is counted as 'not published', never given an "
        "estimated price.",
        region=region.name,
    )


def cost_status(package: DataPackage, region: Region) -> ChartSpec:
    """How many programs publish a price, are free, fully funded, or say nothing."""
    programs = programs_in_region(package.frame("catalogue"), region)
    status = pl.when(pl.col("cost_cad").is_not_null()).then(pl.lit("price published")).otherwise(pl.col("cost_note"))
    counts = (
        programs.group_by(status.alias("cost_status"))
        .agg(programs=pl.len(), source_ids=pl.col("source_id").unique())
        .with_columns(order=pl.col("cost_status").replace_strict(COST_STATUS_ORDER, range(4), default=9))
        .sort("order")
    )
    coverage = price_coverage(programs)
    # The status words are data ("not published", "free"), shown in the page's language.
    counts = translated(counts, "cost_status")
    table = counts.select("cost_status", "programs").with_columns(region=pl.lit(region.code))
    title, takeaway = _status_text(coverage, region)
    # As text: the served catalogue holds its repeated words as categories.
    status_words = pl.col("cost_status").cast(pl.String)
    return ChartSpec(
        key="costs-price-status",
        title=title,
        subtitle=cost_status_subtitle(region),
        # Bars are labelled as the page's other categories are, with a capital ("Free", "Not published");
        # the table keeps the data's own words.
        figure=count_bars(
            counts.with_columns(status_words.str.slice(0, 1).str.to_uppercase() + status_words.str.slice(1)),
            "cost_status",
            "programs",
            t("Programs"),
        )
        if coverage["programs"]
        else empty_figure(t("Nothing to plot for {region}.", region=region.name)),
        table=table,
        takeaway=takeaway,
        sources=source_refs(package.frame("sources"), counts["source_ids"].explode().to_list()),
    )


def published_prices(package: DataPackage, region: Region) -> ChartSpec | None:
    """Median published price by province, where any price is published; None when none is."""
    programs = programs_in_region(package.frame("catalogue"), region).filter(pl.col("cost_cad").is_not_null())
    if programs.is_empty():
        return None
    by_province = (
        programs.group_by("province")
        .agg(
            median_price_cad=pl.col("cost_cad").median(),
            programs_with_price=pl.len(),
            source_ids=pl.col("source_id").unique(),
        )
        .sort("median_price_cad", descending=True)
    )
    names = province_names(package.frame("provinces"))
    # "CA" marks a program offered Canada-wide, not a province.
    by_province = by_province.with_columns(
        province=pl.col("province").replace({**names, "CA": t("Canada-wide (national)")})
    )
    top = by_province.row(0, named=True)
    return ChartSpec(
        key="costs-published-prices",
        title=t(
            "Median published price is highest in {province}: {price}",
            province=top["province"],
            price=format_cad(top["median_price_cad"]),
        ),
        subtitle=t("Median of published prices (CAD) per province; programs without a published price are left out."),
        figure=amount_bars(by_province, "province", "median_price_cad", t("Median price (CAD)")),
        table=by_province.drop("source_ids"),
        takeaway=plural(
            top["programs_with_price"],
            "{province} has the highest median published price ({price}, from {count} priced program).",
            "{province} has the highest median published price ({price}, from {count} priced programs).",
            province=top["province"],
            price=format_cad(top["median_price_cad"]),
        ),
        sources=source_refs(package.frame("sources"), by_province["source_ids"].explode().to_list()),
    )


def aid_in_region(package: DataPackage, region: Region) -> tuple[pl.DataFrame, bool]:
    """Learner aid rows for the region, or for all provinces (and False) when the region has none."""
    aid = package.frame("learner_aid")
    local = aid.filter(pl.col("jurisdiction").is_in(list(region.provinces)))
    return (local, True) if not local.is_empty() else (aid, False)


def eligible_programs(package: DataPackage, region: Region) -> ChartSpec:
    """Counts of microcredential programs that learner aid covers, over time."""
    aid, local = aid_in_region(package, region)
    counts = (
        translated(aid.filter(pl.col("unit") == "programs"), "program", "measure", "unit")
        .with_columns(label=pl.concat_str(pl.col("program"), pl.lit(" ("), pl.col("as_of"), pl.lit(")")))
        .sort("jurisdiction", "as_of")
    )
    sources = package.frame("sources").select("source_id", pl.col("url").alias("source_url"))
    table = counts.join(sources, on="source_id", how="left").select(
        "jurisdiction",
        "program",
        "measure",
        pl.col("value").alias("programs"),
        "qualifier",
        "as_of",
        "source_id",
        "source_url",
    )
    table = translated(table, "qualifier")
    largest = counts.sort("value", descending=True).row(0, named=True)
    return ChartSpec(
        key="costs-aid-eligible-programs",
        title=t(
            "{program} covered {qualifier} {value} microcredential programs by {as_of}",
            program=largest["program"],
            qualifier=t(largest["qualifier"] or ""),
            value=format_count(largest["value"]),
            as_of=largest["as_of"][:4],
        ),
        subtitle=t("Microcredential programs eligible for student aid or grants, as counted by each source."),
        figure=count_bars(counts, "label", "value", t("Eligible programs"), qualifier="qualifier"),
        table=table,
        takeaway=t(
            "Counts are as stated by the sources, most of them rounded ('nearly', 'more than'); "
            "the largest is {qualifier} {value} for {program}.",
            qualifier=t(largest["qualifier"] or ""),
            value=format_count(largest["value"]),
            program=largest["program"],
        ),
        sources=source_refs(package.frame("sources"), counts["source_id"].to_list()),
        notice=None
        if local
        else t("No learner aid figures were found for {region}; all provinces are shown.", region=region.name),
    )


def aid_rules(package: DataPackage, region: Region) -> pl.DataFrame:
    """Caps and eligibility rules of learner aid, with their sources, for a plain table."""
    aid, _ = aid_in_region(package, region)
    sources = package.frame("sources").select("source_id", pl.col("url").alias("source_url"))
    rows = (
        aid.filter(pl.col("unit") != "programs")
        .join(sources, on="source_id", how="left")
        .select("jurisdiction", "program", "measure", "qualifier", "value", "unit", "as_of", "source_url")
    )
    return translated(rows, "program", "measure", "qualifier", "unit")
