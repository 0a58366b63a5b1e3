"""A survey page's sections: tabs (`section_tabs`) of national survey charts, drawn one per row or two
side by side."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import streamlit as st

from components.chart_block import render_survey_chart
from components.sections import Section, section_tabs
from dashboard.cache.views import shared
from dashboard.charts import ChartSpec
from dashboard.data import DataPackage
from dashboard.regions import Region

SurveyView = Callable[[DataPackage], ChartSpec]
# One chart across the page, or a pair side by side (two columns, stacked on a phone).
SurveyRow = SurveyView | tuple[SurveyView, SurveyView]


def survey_sections(
    page: str, package: DataPackage, region: Region, sections: Mapping[str, tuple[Section, Sequence[SurveyRow]]]
) -> None:
    """Draw `sections` (key -> section and its rows of chart views) as tabs; only the open section's
    charts are built and drawn. The page says above the tabs that its figures are national."""
    with section_tabs(page, {key: section for key, (section, _) in sections.items()}) as open_key:
        for row in sections[open_key][1]:
            if isinstance(row, tuple):
                for column, view in zip(st.columns(len(row)), row, strict=True):
                    with column:
                        render_survey_chart(shared(view)(package), region, said_on_page=True)
            else:
                render_survey_chart(shared(row)(package), region, said_on_page=True)
