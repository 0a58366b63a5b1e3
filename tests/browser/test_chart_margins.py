"""Bar charts are drawn with room for their labels: their margins fit before Plotly measures.

Plotly's automargin grows a margin too narrow for its labels and then draws the chart again;
`dashboard.figures.reserve_margins` sizes the margins from `dashboard.text_width`. If the widths
drift from the font the app serves, the drawn margins differ from the asked ones and these fail.
"""

from __future__ import annotations

import html
import re

import pytest

from components.plotly_chart import CHART_CLASS
from dashboard.figures import LABEL_GAP_PX
from dashboard.text_width import SOURCE_SANS_EM
from tests.browser.conftest import each_section, open_section, visit, wait_idle
from tests.browser.test_pages_in_browser import with_language
from tests.page_sections import CHART_PAGES

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
    // Labels written above the bars (a chart narrower than a phone's layout) are checked below.
    .filter(chart => chart._fullLayout.yaxis.showticklabels)
    .map(chart => {
        const layout = chart._fullLayout, svg = chart.querySelector('.main-svg').getBoundingClientRect();
        const labels = [...chart.querySelectorAll('.ytick text')].map(label => label.getBoundingClientRect());
        return {
            key: chart.closest('[class*=st-key-chart-]').className.match(/st-key-chart-(\\S+)/)[1],
            asked: [layout.margin.l, layout.margin.r, layout.margin.b],
            drawn: [layout._size.l, layout._size.r, layout._size.b],
            labels_left: Math.min(...labels.map(label => label.left - svg.left)),
            widest_label: Math.max(...labels.map(label => label.width)),
            label_gap: chart.querySelector('.nsewdrag').getBoundingClientRect().left
                - Math.max(...labels.map(label => label.right)),
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
@pytest.mark.parametrize("path", [f"/{page}" for page in CHART_PAGES])
def test_bar_charts_are_drawn_in_the_margins_they_ask_for(page, app_url, path, language):
    """Test that no bar chart needed Plotly to grow a margin (and draw again), and no label is cut off."""
    charts = [
        chart
        for _ in each_section(page, app_url + with_language(path, language) + "&region=ON")
        for chart in page.evaluate(BAR_CHART_MARGINS)
    ]
    assert charts, "no bar chart on the page"
    for chart in charts:
        assert chart["drawn"] == chart["asked"], chart
        assert chart["labels_left"] >= 0, chart
        # Room reserved, not wasted: at most a few pixels beyond the widest label and the gaps between
        # it and the bars (Plotly's 9 px and the app's 8).
        assert chart["asked"][0] - chart["widest_label"] - 9 - LABEL_GAP_PX <= 8, chart
        # That gap is there: a label ends at least 8 px before the plot starts (and its first value).
        assert chart["label_gap"] >= LABEL_GAP_PX, chart


# Each bar value that is cut: past the chart's right edge, or inside the plot's clipping (cut at the
# plot's edge, which on a phone is close to the bar's end).
CUT_VALUES = f"""() => [...document.querySelectorAll('.{CHART_CLASS}')].flatMap(chart => {{
    const right = chart.querySelector('.main-svg').getBoundingClientRect().right;
    return [...chart.querySelectorAll('.bartext')]
        .filter(text => text.getBoundingClientRect().right > right || text.closest('[clip-path]'))
        .map(text => text.textContent);
}})"""


PHONE, PHONE_HEIGHT = 390, 844
# The checks that call `readings` run on one test worker, so that each page is opened once at each
# width (they used to open the same pages some 30 times between them).
SHARED_READINGS = pytest.mark.xdist_group("chart-readings")


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("path", ["/costs", "/institutions", "/workers"])
@SHARED_READINGS
def test_a_value_written_after_its_bar_is_whole_on_a_phone(sized_page, app_url, path, language):
    """Test that at 390 px a hedged value ('more than 1,200', 'moins de 40 %') is never cut short."""
    sections = readings(sized_page, app_url + with_language(path, language), PHONE)
    assert sum(section["values"] for section in sections) >= 5
    assert [value for section in sections for value in section["cut"]] == []


# The x-axis numbers of every chart that Plotly turned on their side to fit them in.
TURNED_TICKS = f"""() => [...document.querySelectorAll('.{CHART_CLASS} .xtick text')]
    .filter(text => (text.getAttribute('transform') || '').includes('rotate')).map(text => text.textContent)"""


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("path", ["/costs", "/funding", "/programs"])
@SHARED_READINGS
def test_axis_numbers_stay_level_on_a_phone(sized_page, app_url, path, language):
    """Test that at 390 px no chart's axis numbers are turned on their side (the plot is narrow beside its labels)."""
    sections = readings(sized_page, app_url + with_language(path, language), PHONE)
    assert sum(section["ticks"] for section in sections) > 0
    assert [tick for section in sections for tick in section["turned"]] == []


# Per bar of every horizontal bar chart: its category's label as written on the axis, whether the
# axis shows labels, and where the chart's annotations (the labels above the bars) are.
BARS_AND_LABELS = f"""() => [...document.querySelectorAll('.{CHART_CLASS}')]
    .filter(chart => chart._fullData.some(trace => trace.type === 'bar' && trace.orientation === 'h'))
    .map(chart => {{
        const box = element => {{
            const b = element.getBoundingClientRect();
            return [b.left, b.top, b.right, b.bottom];
        }};
        const traces = [...chart.querySelectorAll('.barlayer .trace')];
        const bars = chart._fullData.filter(trace => trace.type === 'bar').flatMap((trace, number) =>
            [...traces[number].querySelectorAll('.point path')].map((bar, index) =>
                ({{category: trace.y[index], box: box(bar)}})));
        return {{
            chart: box(chart.querySelector('.main-svg')),
            axis_labels: chart.querySelectorAll('.ytick text').length,
            margins: [chart._fullLayout.margin, chart._fullLayout._size].map(m => [m.l, m.r, m.t, m.b]),
            bars,
            notes: [...chart.querySelectorAll('.annotation-text')]
                .map(note => ({{text: note.textContent, box: box(note)}})),
        }};
    }})"""


def same_words(axis_label: str, written: str) -> bool:
    """Whether an axis label (escaped, broken with <br>) and a label's drawn text (lines run together) match.

    A word the server broke after its hyphen ("Colombie-<br>Britannique") is one word again.
    """
    plain = html.unescape(axis_label.replace("-<br>", "-").replace("<br>", " "))
    cut_word = "- " in written and "- " not in plain
    return re.sub(r"\s", "", plain) == re.sub(r"\s", "", written) and not cut_word


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("path", ["/institutions", "/funding", "/programs", "/employers"])
@SHARED_READINGS
def test_labels_are_written_above_their_bars_on_a_phone(sized_page, app_url, path, language):
    """Test that at 390 px each bar's label is above it, across the chart, clear of every other bar,
    in the margins the chart asks for: Plotly need not grow one and draw again, nor take the room a
    legend wrapped into more rows needs from the bars (their values would shrink).

    Beside the bars, the labels took half a phone's width and the bars got what was left.
    """
    sections = readings(sized_page, app_url + with_language(path, language) + "&region=ON", PHONE)
    charts = [chart for section in sections for chart in section["bars"]]
    assert charts, "no bar chart on the page"
    for chart in charts:
        assert_labels_above_bars(chart)


def assert_labels_above_bars(chart: dict) -> None:
    """Each bar's label just above it, where the bars start, inside the chart, over no bar."""
    assert chart["axis_labels"] == 0, chart
    asked, drawn = chart["margins"]
    assert drawn == asked, chart
    left, _, right, _ = chart["chart"]
    for bar in chart["bars"]:
        bar_left, bar_top, _, _ = bar["box"]
        labels = [note for note in chart["notes"] if same_words(bar["category"], note["text"])]
        assert labels, (bar["category"], chart["notes"])
        label_left, _, label_right, label_bottom = labels[0]["box"]
        assert bar_top - 12 <= label_bottom <= bar_top + 1, (bar, labels[0])
        assert abs(label_left - bar_left) <= 4 and left <= label_left and label_right <= right, (bar, labels[0])
        for other in chart["bars"]:
            assert not overlap(labels[0]["box"], other["box"]), (labels[0], other)


def test_labels_stay_above_their_bars_in_full_screen_on_a_phone(sized_page, app_url):
    """Test that a phone's chart shown full screen keeps each label just above its bar (not on it)."""
    page = sized_page(PHONE, PHONE_HEIGHT)
    visit(page, app_url + "/employers")
    # Two bars: stretched to 70% of the screen's height, each would be some 70 px thick.
    block = "[class*='st-key-chart-employer-familiarity']"
    page.locator(block).locator(f".{CHART_CLASS}").hover()
    page.locator(block).locator("[data-title='Full screen']").click()
    page.wait_for_function(f'document.fullscreenElement?.matches("{block}")')
    # Drawn at its full screen size, once that has settled.
    page.wait_for_function(
        f"""() => {{
        const chart = document.fullscreenElement.querySelector('.{CHART_CLASS}');
        return chart.fullSize && chart._fullLayout.width === chart.fullSize.width
            && chart._fullLayout.height === chart.fullSize.height;
    }}"""
    )
    wait_idle(page)
    in_full_screen = "document.fullscreenElement.querySelectorAll"
    charts = page.evaluate(BARS_AND_LABELS.replace("document.querySelectorAll", in_full_screen))
    assert len(charts) == 1
    assert_labels_above_bars(charts[0])


def overlap(one: list[float], other: list[float]) -> bool:
    """Whether two boxes [left, top, right, bottom] share some area."""
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]


# Each value written on or after a bar that an interval's whisker crosses: its letters, not the
# spaces it may start with, share some area with a whisker.
CROSSED_VALUES = f"""() => [...document.querySelectorAll('.{CHART_CLASS}')].flatMap(chart => {{
    const whiskers = [...chart.querySelectorAll('.errorbar path')].map(path => path.getBoundingClientRect());
    return [...chart.querySelectorAll('.bartext')].filter(text => {{
        const b = text.getBoundingClientRect(), spaces = text.textContent.length - text.textContent.trimStart().length;
        const left = b.left + (spaces ? text.getSubStringLength(0, spaces) * text.getScreenCTM().a : 0);
        return whiskers.some(w => left < w.right && w.left < b.right && b.top < w.bottom && w.top < b.bottom);
    }}).map(text => text.textContent.trim());
}})"""


@SHARED_READINGS
@pytest.mark.parametrize("width", [PHONE, 1280])
@pytest.mark.parametrize(
    ("path", "language"), [("/employers", "fr"), ("/employers", "en"), ("/workers", "en"), ("/institutions", "en")]
)
def test_no_whisker_crosses_out_a_value(sized_page, app_url, path, language, width):
    """Test that a value too long for its bar is written past the bar's interval, not under its whisker."""
    sections = readings(sized_page, app_url + with_language(path, language), width)
    assert sum(section["whiskers"] for section in sections) > 0
    assert [value for section in sections for value in section["crossed"]] == []


# Each text or marker in a bar chart's plot that lies over one of its axis labels.
OVER_LABELS = f"""() => [...document.querySelectorAll('.{CHART_CLASS}')].flatMap(chart => {{
    const labels = [...chart.querySelectorAll('.ytick text')].map(label => label.getBoundingClientRect());
    return [...chart.querySelectorAll('.scatterlayer .point, .scatterlayer .textpoint, .bartext')].filter(mark => {{
        const b = mark.getBoundingClientRect();
        return labels.some(l => b.left < l.right && l.left < b.right && b.top < l.bottom && l.top < b.bottom);
    }}).map(mark => mark.textContent || mark.getAttribute('d'));
}})"""


def test_an_unpublished_allocation_leaves_its_label_whole(page, app_url):
    """Test that 'amount not published' in an envelope's bars is written clear of the recipient's name."""
    over_labels, unpublished = [], 0
    # Every chart of the page, each in its own section, is read: not the envelopes' alone.
    for section in each_section(page, app_url + "/funding?region=AB"):
        if section == "envelopes":
            unpublished = page.locator("[class*='st-key-chart-funding-envelope'] .scatterlayer .textpoint").count()
        over_labels += page.evaluate(OVER_LABELS)
    assert unpublished >= 1
    assert over_labels == []


# Per percent chart (a fixed axis range): the empty room on its right, past the plot and every value,
# and how many numbers its axis has.
EMPTY_RIGHT = f"""() => [...document.querySelectorAll('.{CHART_CLASS}')]
    .filter(chart => chart.layout.xaxis && chart.layout.xaxis.range)
    .map(chart => {{
        const right = chart.querySelector('.main-svg').getBoundingClientRect().right;
        const plot = chart.querySelector('.nsewdrag').getBoundingClientRect().right;
        const values = [...chart.querySelectorAll('.bartext')].map(text => text.getBoundingClientRect().right);
        return {{empty: right - Math.max(plot, ...values), ticks: chart.querySelectorAll('.xtick text').length}};
    }})"""


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("path", ["/institutions", "/employers", "/workers"])
@SHARED_READINGS
def test_a_phone_s_percent_chart_leaves_no_empty_room_on_its_right(sized_page, app_url, path, language):
    """Test that at 390 px the right margin holds what is written there (the last axis number, values
    after short bars) and no more: room kept for a hedged value that fits in its bar was left empty,
    and the axis, fitted to the narrower plot that made, had lost its 50%."""
    charts = [
        chart
        for section in readings(sized_page, app_url + with_language(path, language), PHONE)
        for chart in section["empty"]
    ]
    assert charts
    # 32 px: the server's least right margin, for the overflow of "100%" centred on the axis's end.
    assert max(chart["empty"] for chart in charts) <= 32 + 1, charts
    assert min(chart["ticks"] for chart in charts) >= 3, charts


# The funding timeline's year labels, and the years its markers fall in (its x values are dates).
TIMELINE_YEARS = f"""() => {{
    const chart = document.querySelector("[class*='st-key-chart-funding-timeline'] .{CHART_CLASS}");
    return {{
        labels: [...chart.querySelectorAll('.xtick text')].map(text => text.textContent),
        years: [...new Set(chart._fullData.flatMap(trace => trace.x.map(date => String(date).slice(0, 4))))],
    }};
}}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_the_funding_timeline_labels_every_year_its_markers_fall_in(sized_page, app_url, width):
    """Test that a reader can tell each marker's year: on a phone Plotly labelled "2022" and "2024" only."""
    shown = open_section(sized_page(width), app_url + "/funding?section=when").evaluate(TIMELINE_YEARS)
    assert len(shown["years"]) >= 3, shown
    assert set(shown["years"]) <= set(shown["labels"]), shown


# The counts and problems the checks above read, each a script run in every chart section of a page.
READINGS = {
    "values": f"() => document.querySelectorAll('.{CHART_CLASS} .bartext').length",
    "cut": CUT_VALUES,
    "ticks": f"() => document.querySelectorAll('.{CHART_CLASS} .xtick text').length",
    "turned": TURNED_TICKS,
    "bars": BARS_AND_LABELS,
    "empty": EMPTY_RIGHT,
    "whiskers": f"() => document.querySelectorAll('.{CHART_CLASS} .errorbar path').length",
    "crossed": CROSSED_VALUES,
}
# Per (address, width): what READINGS found in each chart section of its page, read once per worker.
_read: dict[tuple[str, int], list[dict]] = {}


def readings(sized_page, url: str, width: int) -> list[dict]:  # noqa: ANN001 - the conftest's tab opener
    """What each script of READINGS finds in each section of `url` with Plotly charts, at `width` px."""
    if (url, width) not in _read:
        tab = sized_page(width, PHONE_HEIGHT if width == PHONE else 900)
        _read[url, width] = [
            {name: tab.evaluate(script) for name, script in READINGS.items()} for _ in each_section(tab, url)
        ]
    return _read[url, width]
