"""Bar charts are drawn with room for their labels: their margins fit before Plotly measures.

Plotly's automargin grows a margin too narrow for its labels and then draws the chart again;
`dashboard.figures.reserve_margins` sizes the margins from `dashboard.text_width`. If the widths
drift from the font the app serves, the drawn margins differ from the asked ones and these fail.
"""

from __future__ import annotations

import pytest

from components.plotly_chart import CHART_CLASS
from dashboard.text_width import SOURCE_SANS_EM
from tests.browser.conftest import visit
from tests.browser.test_pages_in_browser import PLOTLY_PAGES, with_language

pytestmark = pytest.mark.browser

MEASURE_FONT = """async (chars) => {
    await document.fonts.load('400 1000px "Source Sans"');
    const context = document.createElement('canvas').getContext('2d');
    context.font = '400 1000px "Source Sans"';
    return Object.fromEntries([...chars].map(c => [c, context.measureText(c).width / 1000]));
}"""

# Per chart with category labels on its y axis: the margins it asks for, the ones Plotly drew,
# and where its labels are. The top is left out: how many rows a legend takes depends on the width.
BAR_CHART_MARGINS = (
    f"() => [...document.querySelectorAll('.{CHART_CLASS}')]"
    + """
    .filter(chart => chart._fullLayout.yaxis && chart._fullLayout.yaxis.type === 'category')
    .map(chart => {
        const layout = chart._fullLayout, svg = chart.querySelector('.main-svg').getBoundingClientRect();
        const labels = [...chart.querySelectorAll('.ytick text')].map(label => label.getBoundingClientRect());
        return {
            key: chart.closest('[class*=st-key-chart-]').className.match(/st-key-chart-(\\S+)/)[1],
            asked: [layout.margin.l, layout.margin.r, layout.margin.b],
            drawn: [layout._size.l, layout._size.r, layout._size.b],
            labels_left: Math.min(...labels.map(label => label.left - svg.left)),
            widest_label: Math.max(...labels.map(label => label.width)),
        };
    })"""
)


def test_the_width_table_is_the_font_the_app_serves(page, app_url):
    """Test that every width in `text_width` is the width Chromium draws in the app's Source Sans."""
    visit(page, app_url + "/about")
    measured = page.evaluate(MEASURE_FONT, "".join(SOURCE_SANS_EM))
    assert page.evaluate("""document.fonts.check('400 14px "Source Sans"')""")
    drift = {char: (SOURCE_SANS_EM[char], round(width, 3)) for char, width in measured.items()}
    assert {char: pair for char, pair in drift.items() if abs(pair[0] - pair[1]) > 0.002} == {}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("path", PLOTLY_PAGES)
def test_bar_charts_are_drawn_in_the_margins_they_ask_for(page, app_url, path, language):
    """Test that no bar chart needed Plotly to grow a margin (and draw again), and no label is cut off."""
    visit(page, app_url + with_language(path, language) + "&region=ON")
    charts = page.evaluate(BAR_CHART_MARGINS)
    assert charts, "no bar chart on the page"
    for chart in charts:
        assert chart["drawn"] == chart["asked"], chart
        assert chart["labels_left"] >= 0, chart
        # Room reserved, not wasted: at most a few pixels beyond the widest label and Plotly's 9 px gap.
        assert chart["asked"][0] - chart["widest_label"] - 9 <= 8, chart


# Each bar value that is cut: past the chart's right edge, or inside the plot's clipping (cut at the
# plot's edge, which on a phone is close to the bar's end).
CUT_VALUES = f"""() => [...document.querySelectorAll('.{CHART_CLASS}')].flatMap(chart => {{
    const right = chart.querySelector('.main-svg').getBoundingClientRect().right;
    return [...chart.querySelectorAll('.bartext')]
        .filter(text => text.getBoundingClientRect().right > right || text.closest('[clip-path]'))
        .map(text => text.textContent);
}})"""


def on_a_phone(browser, url: str, elements: str, problems: str) -> tuple[int, list[str]]:
    """How many `elements` the page at `url` has at 390 px, and what the script `problems` finds wrong."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    visit(page, url)
    found = page.locator(elements).count(), page.evaluate(problems)
    context.close()
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("path", ["/costs", "/institutions", "/workers"])
def test_a_value_written_after_its_bar_is_whole_on_a_phone(browser, app_url, path, language):
    """Test that at 390 px a hedged value ('more than 1,200', 'moins de 40 %') is never cut short."""
    values, cut = on_a_phone(browser, app_url + with_language(path, language), f".{CHART_CLASS} .bartext", CUT_VALUES)
    assert values >= 5
    assert cut == []


# The x-axis numbers of every chart that Plotly turned on their side to fit them in.
TURNED_TICKS = f"""() => [...document.querySelectorAll('.{CHART_CLASS} .xtick text')]
    .filter(text => (text.getAttribute('transform') || '').includes('rotate')).map(text => text.textContent)"""


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("path", ["/costs", "/funding", "/programs"])
def test_axis_numbers_stay_level_on_a_phone(browser, app_url, path, language):
    """Test that at 390 px no chart's axis numbers are turned on their side (the plot is narrow beside its labels)."""
    url = app_url + with_language(path, language)
    ticks, turned = on_a_phone(browser, url, f".{CHART_CLASS} .xtick text", TURNED_TICKS)
    assert ticks > 0
    assert turned == []
