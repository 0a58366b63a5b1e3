"""Workers page: the awareness funnel, future-proofing (two sources that disagree), what they weigh."""

from __future__ import annotations

import polars as pl

from dashboard.charts import ChartSpec
from dashboard.data import DataPackage
from dashboard.i18n import format_number, t
from dashboard.views.survey import qualified, survey_chart, value_of

SURVEY = "heqco-adults"
ARTICLE = "hrreporter-2021"
FUNNEL = ("adu-awareness-heard-hrr", "adu-understanding-define-hrr", "adu-interest-defined-hrr")
QUESTION_NOTE = "Question wording was not published; items are as reported."


def awareness_funnel(package: DataPackage) -> ChartSpec:
    """Heard of the term, could define it, interested once it was defined."""

    def title(rows: pl.DataFrame) -> str:
        heard, define, interested = (qualified(value_of(rows, result)) for result in FUNNEL)
        return t(
            "Only {heard} of working-age adults had heard of microcredentials and {define} could define them, "
            "yet {interested} were interested once told what they are",
            heard=heard,
            define=define,
            interested=interested,
        )

    def takeaway(rows: pl.DataFrame) -> str:
        heard, interested = value_of(rows, FUNNEL[0]), value_of(rows, FUNNEL[2])
        return t(
            "Interest once defined ({interested}) is about {ratio} times awareness of the term ({heard}): "
            "the gap is knowing what microcredentials are, not wanting them.",
            interested=qualified(interested),
            heard=qualified(heard),
            ratio=format_number(interested["percent"] / heard["percent"]),
        )

    return survey_chart(
        package,
        "worker-awareness-funnel",
        pl.col("result_id").is_in(list(FUNNEL)),
        title,
        t("Working-age adults (18 to 64) not enrolled in postsecondary education. {note}", note=t(QUESTION_NOTE)),
        takeaway=takeaway,
        order=list(FUNNEL),
    )


def future_proofing(package: DataPackage) -> ChartSpec:
    """The 78% vs 70% disagreement, both shown with their sources."""

    def title(rows: pl.DataFrame) -> str:
        values = rows.sort("percent", descending=True)
        return t(
            "Sources disagree: {high} or {low} of adults say upskilling will matter for future-proofing their careers",
            high=qualified(values.row(0, named=True)),
            low=qualified(values.row(-1, named=True)),
        )

    def takeaway(rows: pl.DataFrame) -> str:
        high, low = rows.sort("percent", descending=True).rows(named=True)[:2]
        return t(
            "{high_source} reports {high}; {low_source} reports {low}. The full HEQCO report could not be "
            "checked, so both figures are shown; either way a large majority agrees.",
            high_source=high["reported_by"],
            high=qualified(high),
            low_source=low["reported_by"],
            low=qualified(low),
        )

    return survey_chart(
        package,
        "worker-future-proofing",
        (pl.col("survey_id") == SURVEY) & (pl.col("topic") == "future_proofing"),
        title,
        t(
            "Share saying upskilling and continuing education will be important for future-proofing their careers, "
            "as reported by two sources. Each interval is the sampling error around one reported value: it "
            "cannot say which report is right. {note}",
            note=t(QUESTION_NOTE),
        ),
        series="reported_by",
        takeaway=takeaway,
    )


def considerations(package: DataPackage, key: str = "worker-considerations") -> ChartSpec:
    """What adults weigh before enrolling, cost first."""

    def title(rows: pl.DataFrame) -> str:
        top = rows.sort("percent", descending=True).row(0, named=True)
        return t(
            "{item} is what adults weigh most before enrolling: {share} consider it",
            item=t(top["item"]),
            share=qualified(top),
        )

    return survey_chart(
        package,
        key,
        (pl.col("survey_id") == SURVEY) & (pl.col("topic") == "considerations"),
        title,
        t("Considerations working-age adults weigh before taking a microcredential. {note}", note=t(QUESTION_NOTE)),
    )


def digital_uptake(package: DataPackage) -> ChartSpec:
    """How many digital-sector professionals list a microcredential (LinkedIn data)."""

    def title(rows: pl.DataFrame) -> str:
        return t(
            "Few digital professionals list a microcredential: {data} of data scientists, {software} of "
            "software professionals",
            data=qualified(value_of(rows, "dais-uptake-data-scientists-2023")),
            software=qualified(value_of(rows, "dais-uptake-software-2023")),
        )

    return survey_chart(
        package,
        "worker-digital-uptake",
        pl.col("topic") == "uptake",
        title,
        t("Share of LinkedIn profiles in Canada reporting a microcredential (The Dais, 2023); not a survey sample."),
    )
