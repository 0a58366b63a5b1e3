"""Survey charts: the reported percents of one or more topics, with intervals, base and sources."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import polars as pl

from dashboard.charts import ChartSpec, source_refs
from dashboard.data import DataPackage
from dashboard.figures import percent_bars
from dashboard.i18n import (
    DEFAULT_LANGUAGE,
    current_language,
    format_count,
    format_percent,
    hedged,
    list_join,
    t,
    translated,
)
from dashboard.measures.survey import BOUNDS, with_intervals
from dashboard.regions import Region

# What was asked and the answer first: on a laptop the grid shows five or six columns before it
# scrolls, and the percent used to be the fifth, after the survey's long title and the topic. The
# percent comes before its qualifier: in a table beside another (half the page) the grid shows two
# columns and a half.
TABLE_COLUMNS = [
    "item",
    "percent",
    "qualifier",
    "ci95_low_percent",
    "ci95_high_percent",
    "base_n",
    "survey",
    "topic",
    "reported_by",
    "source_id",
    "source_url",
]
# Survey text translated for display; `item` keeps the source's English wording and French
# adds the project's translation beside it as `item_fr`, so a row can still be checked
# against its source.
TRANSLATED_COLUMNS = ("survey", "topic", "qualifier")


def survey_rows(package: DataPackage, selection: pl.Expr) -> pl.DataFrame:
    """Selected survey results joined to their survey and source, with 95% intervals."""
    surveys = package.frame("surveys").select(
        "survey_id",
        pl.col("title").alias("survey"),
        "sample_size",
        "sample_unit",
        "fieldwork_start",
        "fieldwork_end",
        pl.col("source_id").alias("survey_source_id"),
    )
    sources = package.frame("sources").select(
        "source_id", pl.col("publisher").alias("reported_by"), pl.col("url").alias("source_url")
    )
    return (
        with_intervals(package.frame("survey_results").filter(selection))
        .join(surveys, on="survey_id", how="left")
        .join(sources, on="source_id", how="left")
        .rename({"ci_low": "ci95_low_percent", "ci_high": "ci95_high_percent"})
    )


def fieldwork_text(start: str | None, end: str | None) -> str:
    """`fieldwork 2020-11 to 2020-12`, `fieldwork ended 2020-09`, or that the dates are unpublished."""
    if start and end:
        return t("fieldwork {start} to {end}", start=start, end=end)
    if end:
        return t("fieldwork ended {end}", end=end)
    return t("fieldwork dates not published")


def base_text(rows: pl.DataFrame) -> str:
    """Base and fieldwork of each survey in the rows, for the chart subtitle."""
    parts = []
    for survey in rows.unique("survey_id", maintain_order=True).iter_rows(named=True):
        size = survey["sample_size"]
        base = (
            t("{n} {unit}", n=format_count(size), unit=t(survey["sample_unit"] or ""))
            if size
            else t("sample size not published")
        )
        fieldwork = fieldwork_text(survey["fieldwork_start"], survey["fieldwork_end"])
        parts.append(f"{base} ({t(survey['survey'])}), {fieldwork}")
    return list_join(parts)


def qualified(row: dict) -> str:
    """`about 60%` where the source hedges, `59%` otherwise."""
    return hedged(format_percent(row["percent"]), row["qualifier"])


def ranking_takeaway(rows: pl.DataFrame) -> str:
    """One sentence: highest and lowest item, and whether their intervals overlap; one per survey.

    Surveys of different people asking different questions are never ranked against each other:
    "Highest: 76% (a 2019 survey); lowest: 33% (a 2021 one)" compared figures that measure
    different things.
    """
    survey = "survey_id" if "survey_id" in rows.columns else "survey"
    if survey in rows.columns and rows[survey].n_unique() > 1:
        return " ".join(
            t("{survey} — {ranking}", survey=t(one_survey["survey"][0]), ranking=_ranking(one_survey))
            for one_survey in rows.partition_by(survey, maintain_order=True)
        )
    return _ranking(rows)


def _ranking(rows: pl.DataFrame) -> str:
    ordered = rows.sort("percent", descending=True)
    top, bottom = ordered.row(0, named=True), ordered.row(-1, named=True)
    if ordered.height == 1:
        return t("{item}: {value}.", item=t(top["item"]), value=qualified(top))
    sentence = t(
        "Highest: {top} ({top_value}); lowest: {bottom} ({bottom_value}).",
        top=t(top["item"]),
        top_value=qualified(top),
        bottom=t(bottom["item"]),
        bottom_value=qualified(bottom),
    )
    if top["ci95_low_percent"] is not None and bottom["ci95_high_percent"] is not None:
        if top["ci95_low_percent"] <= bottom["ci95_high_percent"]:
            sentence += " " + t("Their 95% intervals overlap, so the difference may be sampling noise.")
    return sentence


def survey_chart(
    package: DataPackage,
    key: str,
    selection: pl.Expr,
    title: Callable[[pl.DataFrame], str],
    question: str,
    series: str | None = None,
    takeaway: Callable[[pl.DataFrame], str] = ranking_takeaway,
    order: list[str] | None = None,
    ranked: bool = False,
) -> ChartSpec:
    """A survey chart block: bars with 95% intervals, a table of exactly the plotted rows.

    Rows follow the source's order within each topic, or `order` (result ids) when given, or, when
    `ranked`, the largest share first: for items from several questions, whose topics alone would
    order them alphabetically. The figures are national whatever the region, so the chart is too:
    `for_region` adds the notice.
    """
    rows = survey_rows(package, selection).sort("survey_id", "topic", "display_order")
    if order:
        rows = rows.sort(pl.col("result_id").replace_strict(order, list(range(len(order))), default=len(order)))
    if ranked:
        rows = rows.sort("percent", descending=True, nulls_last=True, maintain_order=True)
    label_series = series if series in rows.columns else None
    plotted = rows.with_columns(pl.col("percent").cast(pl.Float64))
    subtitle = t("{question} Base: {base}.", question=question, base=base_text(plotted))
    if plotted["base_n"].is_null().any():
        subtitle += " " + t("No interval is shown where the source does not say how many answered the question.")
    if plotted["qualifier"].is_in(BOUNDS).any():
        subtitle += " " + t(
            "No interval is shown around a figure the source gives only as a bound ('less than', 'more than'): it is "
            "not an estimate."
        )
    subtitle += restatements(package, plotted)
    if current_language() != DEFAULT_LANGUAGE:
        # Said once per chart: the bars' wording is ours, not the survey's.
        subtitle += " " + t("Labels are the project's translation; the data table keeps the original English wording.")
    sources = source_refs(package.frame("sources"), plotted["source_id"].to_list())
    cited = {source.source_id for source in sources}
    surveys = source_refs(package.frame("sources"), plotted["survey_source_id"].drop_nulls().to_list())
    return ChartSpec(
        key=key,
        title=title(plotted),
        subtitle=subtitle,
        figure=percent_bars(translated(plotted, "item", "survey"), "item", series=label_series, qualifier="qualifier"),
        table=survey_table(plotted),
        takeaway=takeaway(plotted),
        sources=sources,
        surveys=[survey for survey in surveys if survey.source_id not in cited],
    )


def survey_table(plotted: pl.DataFrame) -> pl.DataFrame:
    """The plotted rows as the data table shows them; in French with `item_fr` beside the original `item`."""
    table = translated(plotted.select(TABLE_COLUMNS), *TRANSLATED_COLUMNS)
    if current_language() == DEFAULT_LANGUAGE:
        return table
    with_translation = table.with_columns(item_fr=translated(table, "item")["item"])
    position = TABLE_COLUMNS.index("item") + 1
    return with_translation.select([*TABLE_COLUMNS[:position], "item_fr", *TABLE_COLUMNS[position:]])


def restatements(package: DataPackage, plotted: pl.DataFrame) -> str:
    """Other sources that report the same items, so a reader can see corroboration or disagreement."""
    keys = plotted.select("survey_id", "topic", "item").unique()
    others = survey_rows(package, ~pl.col("result_id").is_in(plotted["result_id"].implode())).join(
        keys, on=["survey_id", "topic", "item"], how="semi"
    )
    if others.is_empty():
        return ""
    mentions = list_join(
        [
            t(
                "{item}: {value} ({publisher})",
                item=t(row["item"]),
                value=qualified(row),
                publisher=row["reported_by"],
            )
            for row in others.sort("topic", "display_order").iter_rows(named=True)
        ]
    )
    return " " + t("Also reported: {mentions}.", mentions=mentions)


def for_region(chart: ChartSpec, region: Region, said_on_page: bool = False) -> ChartSpec:
    """A national survey chart as shown with `region` chosen: with a notice unless it is Canada.

    When the page says it once above all its charts (`national_page_notice`), each chart keeps a
    short line instead: seven identical notices on Employers said one thing seven times.
    A copy that shares the figure and table: one chart per language serves every region.
    """
    if region.is_national:
        return chart
    if said_on_page:
        return replace(chart, scope_note=t("National figure: Canada as a whole."))
    return replace(chart, notice=national_notice(region))


def national_notice(region: Region) -> str:
    """The notice shown beside a national-only chart when a smaller region is selected."""
    return t(
        "National figure: no breakdown for {region} was published, so this chart shows Canada as a whole.",
        region=region.name,
    )


def national_page_notice(region: Region) -> str | None:
    """What a page of national survey charts says once at its top when a smaller region is selected."""
    if region.is_national:
        return None
    return t(
        "National figures: no breakdown for {region} was published, so every chart on this page shows Canada "
        "as a whole.",
        region=region.name,
    )


def value_of(rows: pl.DataFrame, result_id: str) -> dict:
    """The row of one result, for titles that quote a figure."""
    return rows.filter(pl.col("result_id") == result_id).row(0, named=True)
