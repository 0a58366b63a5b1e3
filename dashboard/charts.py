"""What one chart block shows: title, subtitle, figure, plotted rows, takeaway and sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl


@dataclass(frozen=True)
class SourceRef:
    source_id: str
    title: str
    publisher: str
    url: str
    kind: str = ""


@dataclass
class ChartSpec:
    key: str  # stable: names the download file and the test id
    title: str  # states the finding
    subtitle: str  # question wording, base and fieldwork, or what is counted
    figure: Any  # a Plotly figure or a pydeck Deck
    table: pl.DataFrame  # exactly the plotted rows, with unit-bearing column names
    takeaway: str  # one sentence from the data; doubles as the text alternative
    sources: list[SourceRef] = field(default_factory=list)
    # The publication of each survey the figures come from, where the figures were read elsewhere
    # (a news article quoting the report): the primary source a reader would look for.
    surveys: list[SourceRef] = field(default_factory=list)
    notice: str | None = None  # e.g. "national figures only"
    # A quiet line in place of the notice, where the page states it once above every chart.
    scope_note: str | None = None
    filters: dict[str, str] = field(default_factory=dict)  # page filters in force, carried into downloads


def source_refs(sources: pl.DataFrame, source_ids: list[str]) -> list[SourceRef]:
    """The sources behind the given ids, in first-use order, each once."""
    wanted = list(dict.fromkeys(source_ids))
    rows = {row["source_id"]: row for row in sources.filter(pl.col("source_id").is_in(wanted)).iter_rows(named=True)}
    return [
        SourceRef(
            source_id=sid,
            title=rows[sid]["title"],
            publisher=rows[sid]["publisher"] or "",
            url=rows[sid]["url"] or "",
            kind=rows[sid]["kind"] or "",
        )
        for sid in wanted
        if sid in rows
    ]
