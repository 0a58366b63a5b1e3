"""Workers: awareness, interest, future-proofing, and what they weigh before enrolling."""

from components.chart_block import survey_page_notice
from components.page import page_header
from components.sections import Section
from components.state import current_region
from components.survey_sections import survey_sections
from dashboard.cache import current_package
from dashboard.i18n import t
from dashboard.views import workers

region = current_region()
package = current_package()
page_header(
    t("Workers"),
    t(
        "Do working-age Canadians know what microcredentials are, would they take one, and what holds them "
        "back? From HEQCO's 2020 survey of 2,000 adults by Abacus Data, and other sources."
    ),
)
survey_page_notice(region)
survey_sections(
    "workers",
    package,
    region,
    {
        "interest": (
            Section(t("Interest"), t("Awareness and interest")),
            [workers.awareness_funnel, workers.future_proofing],
        ),
        "weighing": (
            Section(t("What they weigh"), t("What they weigh before enrolling")),
            [workers.considerations],
        ),
        "holders": (Section(t("Holders"), t("Who holds microcredentials today")), [workers.digital_uptake]),
    },
)
