"""Employers page: familiarity, confidence, favoured attributes, retention and upskilling."""

from __future__ import annotations

import polars as pl

from dashboard.charts import ChartSpec
from dashboard.data import DataPackage
from dashboard.i18n import t
from dashboard.views.survey import qualified, survey_chart, value_of

SURVEY = "heqco-employers"
# The article is the one source that reports every employer figure; restatements with the
# same value (FSC's 59%) are listed on the Data page rather than plotted twice.
PLOTTED_SOURCE = "hrreporter-2021"
QUESTION_NOTE = "Question wording was not published; items are as reported."


def _employers(*topics: str) -> pl.Expr:
    return (
        (pl.col("survey_id") == SURVEY) & pl.col("topic").is_in(list(topics)) & (pl.col("source_id") == PLOTTED_SOURCE)
    )


def _top_items(rows: pl.DataFrame) -> tuple[str, str]:
    """The most-favoured items, lower-cased for a sentence (`a and b` when tied), and their share."""
    leaders = rows.filter(pl.col("percent") == rows["percent"].max())
    names = [t(item).lower() for item in leaders["item"]]
    items = names[0] if len(names) == 1 else t("{first} and {last}", first=", ".join(names[:-1]), last=names[-1])
    return items, qualified(leaders.row(0, named=True))


def familiarity(package: DataPackage) -> ChartSpec:
    """How familiar employers are with the term."""

    def title(rows: pl.DataFrame) -> str:
        return t(
            "{unfamiliar} of employers are not familiar at all with the term; {understand} understand it well",
            unfamiliar=qualified(value_of(rows, "emp-awareness-not-familiar-hrr")),
            understand=qualified(value_of(rows, "emp-understanding-good-hrr")),
        )

    return survey_chart(
        package,
        "employer-familiarity",
        _employers("awareness", "understanding"),
        title,
        t("Employers' familiarity with the term 'microcredential'. {note}", note=t(QUESTION_NOTE)),
    )


def confidence(package: DataPackage) -> ChartSpec:
    """Confidence in a candidate once employers know what a microcredential is."""

    def title(rows: pl.DataFrame) -> str:
        return t(
            "Once told what microcredentials are, {share} of employers say one would raise their "
            "confidence in a candidate",
            share=qualified(rows.row(0, named=True)),
        )

    return survey_chart(
        package,
        "employer-confidence",
        _employers("confidence"),
        title,
        t("Asked after employers were shown a definition. {note}", note=t(QUESTION_NOTE)),
    )


def hiring_attributes(package: DataPackage) -> ChartSpec:
    """What makes a microcredential highly favourable when hiring."""

    def title(rows: pl.DataFrame) -> str:
        items, share = _top_items(rows)
        return t(
            "When hiring, employers most favour microcredentials that are {items} ({share})",
            items=items,
            share=share,
        )

    return survey_chart(
        package,
        "employer-hiring-attributes",
        _employers("hiring_attributes"),
        title,
        t(
            "Share of employers rating each attribute highly favourable in a job candidate's microcredential. {note}",
            note=t(QUESTION_NOTE),
        ),
    )


def training_attributes(package: DataPackage) -> ChartSpec:
    """What employers prefer for internal staff training."""

    def title(rows: pl.DataFrame) -> str:
        items, share = _top_items(rows)
        return t(
            "For staff training, employers most prefer microcredentials that are {items} ({share})",
            items=items,
            share=share,
        )

    return survey_chart(
        package,
        "employer-training-attributes",
        _employers("training_attributes"),
        title,
        t(
            "Share of employers preferring each attribute for internal training and development. {note}",
            note=t(QUESTION_NOTE),
        ),
    )


def workforce_uses(package: DataPackage) -> ChartSpec:
    """Retention, in-house development and partnering with postsecondary institutions."""

    def title(rows: pl.DataFrame) -> str:
        return t(
            "{retain} of employers say microcredentials could help keep staff; {partner} are open to "
            "partnering with colleges and universities",
            retain=qualified(value_of(rows, "emp-retention-hrr")),
            partner=qualified(value_of(rows, "emp-partnering-pse-hrr")),
        )

    return survey_chart(
        package,
        "employer-workforce-uses",
        _employers("retention", "in_house_development", "partnering"),
        title,
        t("Employers' views on using microcredentials with their own staff. {note}", note=t(QUESTION_NOTE)),
        ranked=True,
    )


def upskilling_need(package: DataPackage) -> ChartSpec:
    """Seen as meeting an upskilling need, for adults with and without post-secondary education."""

    def title(rows: pl.DataFrame) -> str:
        return t(
            "Employers see microcredentials meeting an upskilling need for adults with ({with_pse}) and "
            "without ({without_pse}) post-secondary education",
            with_pse=qualified(value_of(rows, "emp-upskilling-pse-hrr")),
            without_pse=qualified(value_of(rows, "emp-upskilling-no-pse-hrr")),
        )

    return survey_chart(
        package,
        "employer-upskilling-need",
        _employers("upskilling_need"),
        title,
        t(
            "Share of employers who see microcredentials as meeting an upskilling need for each group. {note}",
            note=t(QUESTION_NOTE),
        ),
        ranked=True,
    )


def demand_for_faster_skills(package: DataPackage) -> ChartSpec:
    """Companies' demand for faster routes to skills (Express Employment Professionals / Harris Poll, 2023)."""

    def title(rows: pl.DataFrame) -> str:
        top = rows.sort("percent", descending=True).row(0, named=True)
        return t("{share} of Canadian companies surveyed wish skills could be acquired faster", share=qualified(top))

    return survey_chart(
        package,
        "employer-demand-faster-skills",
        pl.col("topic") == "employer_demand",
        title,
        t(
            "Canadian companies surveyed by The Harris Poll for Express Employment Professionals (2023). "
            "Question wording was not published; items are as reported."
        ),
        ranked=True,
    )
