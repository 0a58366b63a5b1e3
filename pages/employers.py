"""Employers: what they know of microcredentials and what they value in them."""

from components.chart_block import survey_page_notice
from components.page import page_header
from components.sections import Section
from components.state import current_region
from components.survey_sections import survey_sections
from dashboard.cache import current_package
from dashboard.i18n import t
from dashboard.views import employers

region = current_region()
package = current_package()
page_header(
    t("Employers"),
    t(
        "What Canadian employers know about microcredentials, and what would make one count when they "
        "hire or train staff. From the survey of 201 employers in HEQCO's 2021 report (fieldwork dates not published), "
        "and, for the demand for faster routes to skills, a 2023 Harris Poll of Canadian companies."
    ),
)
survey_page_notice(region)
survey_sections(
    "employers",
    package,
    region,
    {
        "knowledge": (
            Section(t("What they know"), t("What employers know")),
            [employers.familiarity, employers.confidence],
        ),
        "value": (
            Section(t("What counts"), t("What makes a microcredential count")),
            [(employers.hiring_attributes, employers.training_attributes)],
        ),
        "use": (
            Section(t("At work"), t("Using microcredentials at work")),
            [employers.workforce_uses, employers.upskilling_need],
        ),
        "demand": (
            Section(t("Faster routes"), t("Demand for faster routes to skills")),
            [employers.demand_for_faster_skills],
        ),
    },
)
