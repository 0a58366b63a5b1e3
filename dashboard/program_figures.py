"""Figure builders for the Programs page: horizontal bars whose labels come from the catalogue.

Labels go through `dashboard.figures.wrap_label`, which escapes the HTML Plotly would read in
free-text catalogue fields: a field named `<b>x</b>` shows those characters.
"""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from dashboard.figures import PALETTE, TEMPLATE, wrap_label
from dashboard.i18n import format_cad, format_number

# A bar that sums the remainder ("all other fields") is grey and hatched, so it does not read
# as one more category; #767676 keeps 4.5:1 contrast on white.
REMAINDER_COLOUR = "#767676"


def _height(rows: int) -> int:
    return max(220, 70 + 44 * rows)


def bars(
    frame: pl.DataFrame,
    label: str,
    value: str,
    axis_title: str,
    prefix: str = "",
    remainder_last: bool = False,
    decimals: int = 0,
) -> go.Figure:
    """Horizontal bars of `value` per `label`, in the order given, each bar labelled with its value.

    With `remainder_last`, the last bar is drawn apart (grey, hatched): it sums the categories
    not shown one by one.
    """
    values = frame[value].to_list()
    colours = [PALETTE[0]] * len(values)
    shapes = [""] * len(values)
    if remainder_last and values:
        colours[-1], shapes[-1] = REMAINDER_COLOUR, "/"
    figure = go.Figure(
        go.Bar(
            x=values,
            y=[wrap_label(v) for v in frame[label].to_list()],
            orientation="h",
            marker=dict(color=colours, pattern=dict(shape=shapes)),
            # Bar labels in the page's number format (localise_figure handles axes and hover).
            text=[format_cad(v) if prefix == "$" else format_number(v, decimals) for v in values],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: " + prefix + f"%{{x:,.{decimals}f}}<extra></extra>",
        )
    )
    figure.update_layout(
        template=TEMPLATE,
        height=_height(frame.height),
        xaxis=dict(title=axis_title, tickprefix=prefix, separatethousands=True, rangemode="tozero"),
        yaxis=dict(autorange="reversed"),
        margin=dict(r=90),
    )
    return figure
