"""The funding map: provinces and territories shaded by a measure, as a pydeck Deck."""

from __future__ import annotations

import copy
from typing import Any

import polars as pl
import pydeck as pdk

# Light-to-dark blues (ColorBrewer Blues, 5 classes): ordered, colour-blind safe, and the
# darkest classes keep 3:1 against the light land colour.
CLASS_COLOURS = ((222, 235, 247), (158, 202, 225), (107, 174, 214), (49, 130, 189), (8, 81, 156))
NO_FUNDING_COLOUR = (240, 240, 240)
OUTLINE = (90, 90, 90)


def class_breaks(values: list[float], classes: int = len(CLASS_COLOURS)) -> list[float]:
    """Upper bounds of equal-count classes over the positive values (zero has its own colour)."""
    positive = sorted(v for v in values if v and v > 0)
    if not positive:
        return []
    return [
        positive[min(len(positive) - 1, (len(positive) * (i + 1)) // classes - 1)] for i in range(classes)
    ]


def colour_for(value: float | None, breaks: list[float]) -> list[int]:
    """RGBA fill for one value: grey for none, else the first class whose bound it does not pass."""
    if not value or not breaks:
        return [*NO_FUNDING_COLOUR, 230]
    for bound, colour in zip(breaks, CLASS_COLOURS, strict=False):
        if value <= bound:
            return [*colour, 230]
    return [*CLASS_COLOURS[-1], 230]


def funding_map(
    boundaries: dict[str, Any], by_destination: pl.DataFrame, measure: str, tooltip_lines: dict[str, str]
) -> pdk.Deck:
    """Choropleth of `measure` per province, with a text (never HTML) tooltip of `tooltip_lines`."""
    rows = {row["code"]: row for row in by_destination.iter_rows(named=True)}
    breaks = class_breaks([row[measure] for row in rows.values()])
    collection = copy.deepcopy(boundaries)
    for feature in collection["features"]:
        row = rows.get(feature["properties"]["code"], {})
        feature["properties"] = {
            "code": feature["properties"]["code"],
            "fill": colour_for(row.get(measure), breaks),
            **{key: str(row.get(column, "")) for key, column in tooltip_lines.items()},
        }
    layer = pdk.Layer(
        "GeoJsonLayer",
        collection,
        pickable=True,
        stroked=True,
        filled=True,
        get_fill_color="properties.fill",
        get_line_color=list(OUTLINE),
        line_width_min_pixels=1,
    )
    view = pdk.ViewState(latitude=60.5, longitude=-96.5, zoom=1.9, min_zoom=1, max_zoom=6)
    tooltip_text = "\n".join(f"{{{key}}}" for key in tooltip_lines)
    return pdk.Deck(
        layers=[layer],
        initial_view_state=view,
        map_style=None,
        tooltip={"text": tooltip_text},
        map_provider=None,
    )
