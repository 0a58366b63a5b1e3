"""Figure builders for the Funding page; each takes plotted rows and returns a Plotly figure.

They add what the shared builders in `figures.py` lack: a highlighted region that
differs by pattern as well as colour, and bars whose amount was never published,
shown as words at zero rather than as a bar of some made-up length.
"""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from dashboard.figures import INK, PALETTE, TEMPLATE, reserve_margins, wrap_label
from dashboard.i18n import format_cad, format_count

HIGHLIGHT = PALETTE[1]
OTHER = PALETTE[0]
# Province names wrap early: on a phone the bars get what the labels leave.
LABEL_WIDTH = 16


def _height(rows: int) -> int:
    return max(220, 70 + 44 * rows)


def amount_text(value: float | None, prefix: str, not_published: str) -> str:
    """`$1,142,500` (`1 142 500 $` in French), or the words for an amount no source states."""
    if value is None:
        return not_published
    return format_cad(value) if prefix == "$" else format_count(value)


def highlighted_bars(
    frame: pl.DataFrame,
    label: str,
    value: str,
    text: str,
    highlighted: str,
    axis_title: str,
    legend_names: tuple[str, str],
    prefix: str = "$",
) -> go.Figure:
    """Horizontal bars in the given order; rows where `highlighted` is true get a second colour and a hatch.

    `text` is a column of ready-written bar labels (e.g. "$0<br>+ 1 not published"),
    so the words on a bar come from the view, translated, not from here. Two traces
    (highlighted, others) give the legend its two names.
    """
    figure = go.Figure()
    order = [wrap_label(str(v), LABEL_WIDTH) for v in frame[label].to_list()]
    groups = ((True, HIGHLIGHT, "/", legend_names[0]), (False, OTHER, "", legend_names[1]))
    for flag, colour, pattern, name in groups:
        part = frame.filter(pl.col(highlighted) == flag)
        if part.is_empty():
            continue
        figure.add_bar(
            x=part[value].to_list(),
            y=[wrap_label(str(v), LABEL_WIDTH) for v in part[label].to_list()],
            orientation="h",
            name=name,
            marker=dict(
                color=colour,
                # Overlay keeps the bar's colour under white hatching; "replace" would leave it white.
                pattern=dict(shape=pattern, fillmode="overlay", fgcolor="white", size=8, solidity=0.3),
                line=dict(color=INK, width=1),
            ),
            text=part[text].to_list(),
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    figure.update_layout(
        template=TEMPLATE,
        height=_height(frame.height),
        showlegend=bool(frame[highlighted].any()),
        xaxis=dict(title=axis_title, tickprefix=prefix, separatethousands=True, rangemode="tozero"),
        yaxis=dict(categoryorder="array", categoryarray=order, autorange="reversed"),
        margin=dict(r=120),
        bargap=0.25,
    )
    return reserve_margins(figure)


def allocation_bars(
    frame: pl.DataFrame, label: str, value: str, axis_title: str, not_published: str, prefix: str = "$"
) -> go.Figure:
    """Allocations of one envelope, largest first; an unpublished amount is words where its bar would start.

    The words start at zero and carry no value in their hover: the size is unknown, and a bar of
    any length would invent one. (A cross marked the spot too, on the label's last letters.)
    """
    values = frame[value].to_list()
    labels = [wrap_label(str(v), LABEL_WIDTH + 6) for v in frame[label].to_list()]
    known = [v is not None for v in values]
    figure = go.Figure()
    figure.add_bar(
        x=[v if v is not None else None for v in values],
        y=labels,
        orientation="h",
        marker=dict(color=OTHER),
        text=[amount_text(v, prefix, not_published) if ok else "" for v, ok in zip(values, known, strict=True)],
        textposition="outside",
        cliponaxis=False,
        hovertemplate="%{y}: " + prefix + "%{x:,.0f}<extra></extra>",
        showlegend=False,
    )
    unknown = [label for label, ok in zip(labels, known, strict=True) if not ok]
    if unknown:
        figure.add_scatter(
            x=[0] * len(unknown),
            y=unknown,
            mode="text",
            text=[not_published] * len(unknown),
            textfont=dict(color=INK),
            textposition="middle right",
            hovertemplate="%{y}: " + not_published + "<extra></extra>",
            showlegend=False,
            cliponaxis=False,
        )
    figure.update_layout(
        template=TEMPLATE,
        height=_height(frame.height),
        xaxis=dict(title=axis_title, tickprefix=prefix, separatethousands=True, rangemode="tozero"),
        yaxis=dict(categoryorder="array", categoryarray=labels, autorange="reversed"),
        margin=dict(r=110),
    )
    return reserve_margins(figure)
