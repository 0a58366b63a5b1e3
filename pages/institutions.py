"""Institutions: what colleges and universities offer, plan and aim for."""

from components.chart_block import survey_page_notice
from components.page import page_header
from components.sections import Section
from components.state import current_region
from components.survey_sections import survey_sections
from dashboard.cache import current_package
from dashboard.i18n import t
from dashboard.views import institutions

region = current_region()
package = current_package()
page_header(
    t("Institutions"),
    t(
        "How Canadian colleges and universities are taking up microcredentials. From HEQCO's late-2020 survey of "
        "161 representatives of 105 institutions, and Colleges and Institutes Canada's 2021 college survey."
    ),
)
survey_page_notice(region)
survey_sections(
    "institutions",
    package,
    region,
    {
        "institutions": (
            Section(t("All institutions"), t("Universities and colleges")),
            [institutions.offering_and_strategy, institutions.aims],
        ),
        "delivery": (Section(t("Delivery"), t("How institutions deliver them")), [institutions.delivery_modes]),
        "colleges": (
            Section(t("Colleges"), t("Colleges and Institutes Canada's survey of colleges")),
            [institutions.colleges],
        ),
    },
)
