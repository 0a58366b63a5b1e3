"""Figure builders: each takes plotted rows and returns a Plotly figure; none displays anything."""

from __future__ import annotations

import datetime as dt
import html
import math
import re
import textwrap
from collections.abc import Callable

import plotly.graph_objects as go
import polars as pl

from dashboard.colour import WHITE, readable_on
from dashboard.i18n import (
    NARROW_NBSP,
    NBSP,
    current_language,
    format_cad,
    format_number,
    format_percent,
    hedged,
    plotly_separators,
    t,
)
from dashboard.text_width import label_width

# Okabe-Ito hues, distinguishable with the common colour-vision deficiencies, keeping only those
# with at least 3:1 contrast on white (sky blue, orange and yellow are too light) plus a dark
# brown and purple; bars also differ by pattern, so colour never carries meaning alone.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8C510A", "#6A3D9A", "#000000")
INK = "#1A1A1A"
GRID = "#D0D5DD"
# A bar that sums the remainder ("all other fields") is grey and hatched, so it does not read
# as one more category; #767676 keeps 4.5:1 contrast on white.
REMAINDER_COLOUR = "#767676"
LABEL_WIDTH = 28
LEGEND_LABEL_WIDTH = 36

AXIS_FONT_PX = 14
# Plotly's `automargin` grows a margin too narrow for what it holds, then draws the chart again
# from the start. A chart that changes is drawn anew on every rerun (Streamlit remounts it), so
# each one paid that second pass on every region change. The margins below already hold the x
# axis (its ticks and title: 49 px drawn at the bottom; the last tick's overflow on the right);
# `reserve_margins` sizes the left one to the labels. Automargin stays on as a safety net.
BOTTOM_MARGIN_PX = 52
RIGHT_MARGIN_PX = 32
# Plotly leaves 9 px between a y label and the axis (drawn margin = widest label + 9), and 8 more
# here (`ticklabelstandoff`): without them a label ran into the value written at the start of its
# bar ("Offering microcredentials56%"). 5 px more absorb rounding between summed glyph widths and
# the drawn line. The first x tick, centred on the axis, needs some room on the left even when the
# labels are short.
LABEL_GAP_PX = 8
LABEL_STANDOFF_PX = 9 + LABEL_GAP_PX + 5
MIN_LEFT_MARGIN_PX = 24
# A value written outside its bar sits in the right margin: the longest one must fit there, or on a
# phone "more than 1,200" is cut off at the screen's edge.
MIN_RIGHT_MARGIN_PX = 90
VALUE_STANDOFF_PX = 12
# A one-row legend above the plot takes 46 px, and each further line of a wrapped name 18 px more
# (22 here: a tall first label can reach 4 px above the plot). A legend that wraps into more rows on
# a narrow screen still grows the margin.
ONE_ROW_LEGEND_TOP_PX = 46
LEGEND_LINE_PX = 22

TEMPLATE = go.layout.Template(
    layout=go.Layout(
        # The app's font, which Streamlit serves (as "Source Sans"): "Source Sans Pro" was never
        # loaded, so charts fell back to Arial, and `text_width` could not know their widths.
        font=dict(family="Source Sans, Arial, sans-serif", size=AXIS_FONT_PX, color=INK),
        colorway=PALETTE,
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin=dict(l=8, r=RIGHT_MARGIN_PX, t=16, b=BOTTOM_MARGIN_PX),
        xaxis=dict(gridcolor=GRID, zerolinecolor=GRID, automargin=True, fixedrange=True),
        yaxis=dict(gridcolor=GRID, automargin=True, fixedrange=True, ticklabelstandoff=LABEL_GAP_PX),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
        hoverlabel=dict(font_size=14),
        separators=".,",
    )
)


# Hover templates are written the English way ("%{y}: $%{x:,.0f}", "%{x}%"); French puts the
# unit after the number and a no-break space before the colon and the percent sign.
_MONEY_BEFORE = re.compile(r"\$(%\{[^}]*\})")
_PERCENT_AFTER = re.compile(r"(%\{[^}]*\})%")
_COLON_AFTER = re.compile(r"\}\s*:\s")


def _french_hover(template: str) -> str:
    template = _MONEY_BEFORE.sub(lambda m: f"{m.group(1)}{NARROW_NBSP}$", template)
    template = _PERCENT_AFTER.sub(lambda m: f"{m.group(1)}{NARROW_NBSP}%", template)
    return _COLON_AFTER.sub(f"}}{NBSP}: ", template)


def _axis_values(figure: go.Figure, letter: str) -> list[float]:
    """The numbers plotted along the x or y axis, across all traces."""
    values = []
    for trace in figure.data:
        for value in getattr(trace, letter, None) or ():
            if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
                values.append(float(value))
    return values


def money_ticks(values: list[float], log: bool = False, count: int = 4) -> list[float]:
    """Tick positions for a dollar axis: about `count` round steps from zero, or one per power of ten."""
    positive = [v for v in values if v > 0]
    if not positive:
        return [0.0]
    high = max(positive)
    if log:
        low = min(positive)
        return [10.0**power for power in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)]
    raw = high / count
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(math.floor(high / step) + 2)]


def localise_figure(figure: go.Figure) -> go.Figure:
    """The figure with the active language's number conventions; unchanged in English.

    In French: decimal comma and narrow-space thousands in ticks and hover labels, `%` after
    the number, and dollar axes labelled the way French writes amounts (`200 k$`, `1,2 M$`:
    short enough for a phone, where `200 000 $` would be turned on its side). Applied to
    every Plotly figure at render time, so builders write English-style axes and every page
    (its own builders or shared ones) gets the same French formats. Safe to apply twice.
    """
    if current_language() != "fr" or figure.layout.separators == plotly_separators():
        # English, or already localised: a shared figure (dashboard.cache.views) is only read.
        return figure
    figure.update_layout(separators=plotly_separators())

    def french_axis(axis: go.layout.XAxis | go.layout.YAxis, letter: str) -> None:
        if axis.tickprefix == "$":
            ticks = money_ticks(_axis_values(figure, letter), log=axis.type == "log")
            axis.update(
                tickprefix="",
                tickmode="array",
                tickvals=ticks,
                ticktext=[format_cad(value, compact=True) for value in ticks],
            )
        if axis.ticksuffix == "%":
            axis.update(ticksuffix=f"{NARROW_NBSP}%")
        if axis.type == "date" and not axis.tickformat:
            # Plotly writes month names in English ("Jan 2021") and the French locale is not
            # loaded in Streamlit's Plotly; one tick per year needs no month name.
            axis.update(tickformat="%Y", dtick="M12")

    figure.for_each_xaxis(lambda axis: french_axis(axis, "x"))
    figure.for_each_yaxis(lambda axis: french_axis(axis, "y"))
    for trace in figure.data:
        template = getattr(trace, "hovertemplate", None)
        if isinstance(template, str):
            trace.hovertemplate = _french_hover(template)
    return figure


def reserve_margins(figure: go.Figure) -> go.Figure:
    """A bar chart's left margin sized to its y labels, and the top one to its legend.

    With margins that already fit, Plotly skips the pass that grows them and draws again: at
    1,000,000 programs a region change on Costs went from a median of 231-255 to 202-210 ms (two
    runs of 30 each). Labels are measured in the app's font (`dashboard.text_width`); one wider
    than reserved still fits, by automargin.
    """
    labels = [label for trace in figure.data for label in (trace.y or ()) if isinstance(label, str)]
    widest = max((label_width(label, AXIS_FONT_PX) for label in labels), default=0.0)
    figure.update_layout(margin_l=max(MIN_LEFT_MARGIN_PX, math.ceil(widest) + LABEL_STANDOFF_PX))
    if figure.layout.showlegend:
        lines = max((trace.name or "").count("<br>") + 1 for trace in figure.data)
        figure.update_layout(margin_t=ONE_ROW_LEGEND_TOP_PX + LEGEND_LINE_PX * (lines - 1))
    return figure


def wrap_label(text: object, width: int = LABEL_WIDTH) -> str:
    """A category label Plotly shows literally, broken over lines so bars stay readable on a phone.

    Plotly reads a subset of HTML in text (`<b>`, `<br>`, `<a href>`) and labels come from the
    data, so each line is escaped; wrapping comes first so a break never splits an entity.
    """
    lines = textwrap.wrap(str(text), width) or [str(text)]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _whiskers(lengths: pl.Series) -> list[float | str]:
    """Error-bar lengths; a bar with no interval gets none.

    plotly.js reads a missing length (null) as 0 and draws a stray tick at the bar's end; it skips
    a point whose length is not a number. A float NaN would not do: plotly.py writes it as null.
    So an unknown length is sent as the string "NaN".
    """
    return [length if length is not None else "NaN" for length in lengths.to_list()]


def _height(rows: int) -> int:
    return max(220, 70 + 56 * rows)


def percent_bars(
    frame: pl.DataFrame,
    label: str,
    series: str | None = None,
    axis_title: str | None = None,
    qualifier: str | None = None,
) -> go.Figure:
    """Horizontal bars of `percent`, with 95% intervals where `ci95_low_percent`/`ci95_high_percent` are known.

    One trace per value of `series` (e.g. the survey or the context), so a legend and
    patterned bars keep groups apart without relying on colour alone. A bar's value is written
    as its source hedges it (`about 60%`) where the column `qualifier` says so.
    """
    axis_title = axis_title or t("Percent")
    figure = go.Figure()
    groups = frame.partition_by(series, maintain_order=True) if series else [frame]
    patterns = ("", "/", ".", "x")
    hedges: list[str] = []
    for number, group in enumerate(groups):
        has_interval = "ci95_low_percent" in group.columns and group["ci95_low_percent"].is_not_null().any()
        error = None
        if has_interval:
            error = dict(
                type="data",
                symmetric=False,
                array=_whiskers(group["ci95_high_percent"] - group["percent"]),
                arrayminus=_whiskers(group["percent"] - group["ci95_low_percent"]),
                color=INK,
                thickness=1.5,
                width=4,
            )
        # Long survey names would run past a phone's screen in the legend.
        name = wrap_label(group[series][0], LEGEND_LABEL_WIDTH) if series else None
        colour = PALETTE[number % len(PALETTE)]
        # The value is written on the bar in the colour readable on it. The hatch lies over the bar's
        # colour (not over white, which hid white values) in thin white stripes: every mark colour keeps
        # 3:1 on white, so the pattern stays visible, and the ink values patterned bars get read on both.
        text_colour = readable_on(colour, INK)
        hatch = dict(shape=patterns[number % 4], fillmode="overlay", fgcolor=WHITE, solidity=0.25)
        texts = _values(group, "percent", format_percent, qualifier)
        if qualifier:
            hedges += [text for text, hedge in zip(texts, group[qualifier].to_list(), strict=True) if hedge]
        figure.add_bar(
            x=group["percent"].to_list(),
            y=[wrap_label(str(v)) for v in group[label].to_list()],
            orientation="h",
            name=name,
            marker=dict(color=colour, pattern=hatch),
            error_x=error,
            text=texts,
            textposition="auto",
            # A value that does not fit in its bar is written after it, into the right margin if need be.
            cliponaxis=False,
            textangle=0,
            insidetextanchor="start",
            insidetextfont=dict(color=text_colour, size=14),
            outsidetextfont=dict(color=INK, size=14),
            hovertemplate="%{y}: %{text}<extra>" + (name or "") + "</extra>",
        )
    rows = frame[label].n_unique()
    figure.update_layout(
        template=TEMPLATE,
        barmode="group",
        height=_height(rows * max(1, len(groups) if series else 1)),
        showlegend=bool(series),
        xaxis=dict(title=axis_title, range=[0, 100], ticksuffix="%"),
        yaxis=dict(autorange="reversed"),
    )
    # A hedged value ("less than 40%") is long: on a phone it is written after a short bar, and
    # must fit in the margin after the plot. A plain "59%" fits the usual margin.
    figure.update_layout(margin_r=_value_margin(hedges, RIGHT_MARGIN_PX))
    return reserve_margins(figure)


def _value_margin(texts: list[str], least: int) -> int:
    """A right margin that holds the widest of `texts` written after its bar, and at least `least` px."""
    widest = max((label_width(text, AXIS_FONT_PX) for text in texts), default=0.0)
    return max(least, math.ceil(widest) + VALUE_STANDOFF_PX)


def _values(
    frame: pl.DataFrame, value: str, written: Callable[[float | None], str], qualifier: str | None
) -> list[str]:
    """Each bar's value as text, hedged as its source hedges it where the column `qualifier` says so."""
    texts = [written(v) for v in frame[value].to_list()]
    if qualifier is None:
        return texts
    return [hedged(text, hedge) for text, hedge in zip(texts, frame[qualifier].to_list(), strict=True)]


def amount_bars(
    frame: pl.DataFrame,
    label: str,
    value: str,
    axis_title: str,
    prefix: str = "$",
    apart_last: int = 0,
    decimals: int = 0,
    qualifier: str | None = None,
) -> go.Figure:
    """Horizontal bars of `value` per `label`, in the order given, each labelled with its value.

    `prefix="$"` formats dollars; otherwise plain numbers with `decimals`. The last `apart_last` bars
    are drawn apart (grey, hatched): a sum of the categories not shown one by one, or what is not a
    category at all.
    Values are written as their source hedges them (`more than 1,200`) where `qualifier` says so.
    """
    values = frame[value].to_list()
    colours = [PALETTE[0]] * len(values)
    shapes = [""] * len(values)
    for apart in range(max(len(values) - apart_last, 0), len(values)):
        colours[apart], shapes[apart] = REMAINDER_COLOUR, "/"

    def amount(v: float | None) -> str:
        if v is None:
            return t("not published")
        return format_cad(v) if prefix == "$" else format_number(v, decimals)

    texts = _values(frame, value, amount, qualifier)
    figure = go.Figure(
        go.Bar(
            x=values,
            y=[wrap_label(v) for v in frame[label].to_list()],
            orientation="h",
            marker=dict(color=colours, pattern=dict(shape=shapes)),
            text=texts,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    figure.update_layout(
        template=TEMPLATE,
        height=_height(frame.height),
        xaxis=dict(title=axis_title, tickprefix=prefix, separatethousands=True, rangemode="tozero"),
        yaxis=dict(autorange="reversed"),
        margin=dict(r=_value_margin(texts, MIN_RIGHT_MARGIN_PX)),
    )
    if prefix != "$" and decimals == 0 and max((v for v in values if v is not None), default=0) <= 5:
        # A few whole things (programs): Plotly would tick the axis at 0.2, 0.4 ... programs.
        figure.update_xaxes(dtick=1)
    return reserve_margins(figure)


def count_bars(frame: pl.DataFrame, label: str, value: str, axis_title: str, qualifier: str | None = None) -> go.Figure:
    """Horizontal bars of a count per category."""
    return amount_bars(frame, label, value, axis_title, prefix="", qualifier=qualifier)


def timeline(frame: pl.DataFrame, date: str, amount: str, label: str, group: str) -> go.Figure:
    """Announcements over time: one marker per announcement, sized by amount, one trace per group.

    The hover shows `label` and the amount, not the plotted date: a date known only to the month
    or the year sits on its first day, which the hover would show as a known day. `label` says
    the date at the precision the source gives.
    """
    figure = go.Figure()
    symbols = ("circle", "square", "diamond", "triangle-up", "x", "star", "cross")
    for number, part in enumerate(frame.partition_by(group, maintain_order=True)):
        amounts = part[amount].to_list()
        figure.add_scatter(
            x=part[date].to_list(),
            y=amounts,
            mode="markers",
            name=str(part[group][0]),
            marker=dict(
                size=14,
                symbol=symbols[number % len(symbols)],
                color=PALETTE[number % len(PALETTE)],
                line=dict(color=INK, width=1),
            ),
            text=[html.escape(str(v), quote=False) for v in part[label].to_list()],
            hovertemplate="%{text}<br>$%{y:,.0f}<extra>%{fullData.name}</extra>",
            # A marker at an end of an axis (an amount of exactly $100,000, a date of 1 January) is
            # drawn whole, over the axis line, not cut in half by it.
            cliponaxis=False,
        )
    figure.update_layout(
        template=TEMPLATE,
        height=380,
        yaxis=dict(title=t("Amount (CAD, log scale)"), type="log", tickprefix="$", **decades_around(frame[amount])),
        xaxis=dict(title=t("Announced"), type="date", **years_around(frame[date])),
    )
    return figure


# Room past a date axis's first and last whole year, so a marker dated 1 January is off the axis line.
YEAR_ROOM = dt.timedelta(days=20)


def years_around(dates: pl.Series) -> dict[str, object]:
    """A date axis over the whole years its dates fall in, each year's name written under it.

    On a phone Plotly labelled every other year ("2022", "2024"), and on a laptop it wrote
    "Jan 2021" at a tick after a November 2020 marker: a reader could not tell a marker's year.
    """
    known = dates.drop_nulls()
    if known.is_empty():
        return {}
    first, last = dt.date(known.min().year, 1, 1), dt.date(known.max().year + 1, 1, 1)
    return {
        "range": [(first - YEAR_ROOM).isoformat(), (last + YEAR_ROOM).isoformat()],
        "dtick": "M12",
        "tick0": first.isoformat(),
        "tickformat": "%Y",
        "ticklabelmode": "period",
    }


# Room past a log axis's end powers of ten, in decades, so a marker there does not sit on the axis line.
DECADE_ROOM = 0.06


def decades_around(amounts: pl.Series) -> dict[str, object]:
    """A log axis from the power of ten at or below the smallest amount to the one at or above the largest,
    labelled at every power of ten.

    Left to itself Plotly ended Ontario's axis at a "$10M" label with the $59.5M marker above it, and
    a $270,000 marker below "$1M" had no label under it: a reader could not place either.
    """
    positive = amounts.drop_nulls().filter(amounts.drop_nulls() > 0)
    if positive.is_empty():
        return {}
    lowest, highest = math.floor(math.log10(positive.min())), math.ceil(math.log10(positive.max()))
    return {"range": [lowest - DECADE_ROOM, max(highest, lowest + 1) + DECADE_ROOM], "dtick": 1}


def empty_figure(message: str) -> go.Figure:
    """A short blank figure that says why nothing is plotted, instead of empty axes with made-up ranges."""
    figure = go.Figure()
    figure.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font=dict(size=15))
    figure.update_layout(
        template=TEMPLATE, height=140, xaxis=dict(visible=False), yaxis=dict(visible=False), margin=dict(t=8, b=8)
    )
    return figure
