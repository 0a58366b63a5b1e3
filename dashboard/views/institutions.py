"""Institutions page: what colleges and universities offer, plan and aim for."""

from __future__ import annotations

import polars as pl

from dashboard.charts import ChartSpec
from dashboard.data import DataPackage
from dashboard.i18n import t
from dashboard.views.survey import qualified, survey_chart, value_of

HEQCO = "heqco-institutions"
QUESTION_NOTE = "Question wording was not published; items are as reported."


def _heqco(*topics: str) -> pl.Expr:
    return (pl.col("survey_id") == HEQCO) & pl.col("topic").is_in(list(topics))


def offering_and_strategy(package: DataPackage) -> ChartSpec:
    """Offering, leadership support, frameworks, pandemic, partnering (HEQCO institutions survey)."""

    def title(rows: pl.DataFrame) -> str:
        return t(
            "{offering} of institutions already offered microcredentials in late 2020, but {framework} had a "
            "framework or strategy for them",
            offering=qualified(value_of(rows, "ins-offering-now-ua")),
            framework=qualified(value_of(rows, "ins-framework-ua")),
        )

    return survey_chart(
        package,
        "institution-offering",
        _heqco(
            "institutional_offering",
            "institutional_leadership",
            "institutional_framework",
            "pandemic_acceleration",
            "partnering",
        ),
        title,
        t("Representatives of Canadian postsecondary institutions. {note}", note=t(QUESTION_NOTE)),
        ranked=True,
    )


def aims(package: DataPackage) -> ChartSpec:
    """Target learners and the skills gaps institutions expect microcredentials to close."""

    def title(rows: pl.DataFrame) -> str:
        top = rows.sort("percent", descending=True).row(0, named=True)
        return t(
            "Institutions aim microcredentials first at {item} ({share})",
            item=t(top["item"]).lower(),
            share=qualified(top),
        )

    return survey_chart(
        package,
        "institution-aims",
        _heqco("target_learners", "skills_gaps"),
        title,
        t("Target learners and skills gaps named by institutions. {note}", note=t(QUESTION_NOTE)),
        ranked=True,
    )


def delivery_modes(package: DataPackage) -> ChartSpec:
    """How institutions deliver microcredentials."""

    def title(rows: pl.DataFrame) -> str:
        mixed = value_of(rows, "ins-delivery-mixed-academica")
        online = value_of(rows, "ins-delivery-online-academica")
        return t(
            "Most institutions offering microcredentials mix online and in-person delivery ({mixed}); {online} "
            "are fully online",
            mixed=qualified(mixed),
            online=qualified(online),
        )

    return survey_chart(
        package,
        "institution-delivery",
        _heqco("delivery_modes"),
        title,
        t(
            "Institutions offering microcredentials, by delivery mode (reported ahead of the HEQCO report). {note}",
            note=t(QUESTION_NOTE),
        ),
    )


def colleges(package: DataPackage) -> ChartSpec:
    """The CICan college survey and the 2019 national survey of online learning."""

    def title(rows: pl.DataFrame) -> str:
        return t(
            "{offering} of responding colleges offered microcredentials in 2021 and {planning} planned to",
            offering=qualified(value_of(rows, "cican-offering-2021")),
            planning=qualified(value_of(rows, "cican-planning-2021")),
        )

    return survey_chart(
        package,
        "institution-colleges",
        pl.col("survey_id").is_in(["cican-colleges-2021", "cdlra-2019"]),
        title,
        t(
            "Colleges and Institutes Canada survey of member colleges (2021) and the 2019 national survey of online "
            "learning. {note}",
            note=t(QUESTION_NOTE),
        ),
        series="survey",
    )
