"""The funding map: provinces and territories shaded by a measure, as a pydeck Deck.

The classes behind the shading are returned as data (`map_classes`) so the page can
print a legend in text beside the map; a colour with no words beside it says nothing
to a screen reader or to someone who cannot tell two blues apart.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass
from typing import Any

import polars as pl
import pydeck as pdk
from pydeck.bindings import json_tools

from dashboard.colour import WHITE, hex_colour, readable_on, rgb_triple
from dashboard.memo import per_object

# Light-to-dark blues (ColorBrewer Blues): ordered and colour-blind safe. The lightest
# class is kept well apart from the near-white used for "nothing counted", so that zero
# never looks like a small amount.
CLASS_COLOURS = ((189, 215, 238), (140, 186, 220), (90, 155, 204), (42, 113, 178), (8, 69, 148))
NO_FUNDING_COLOUR = (250, 250, 250)
# Nothing counted, but announcements whose amount the source does not give: unknown, not zero. Grey,
# the usual colour of "no data", apart from both the near-white of nothing and the ramp's blues.
UNPUBLISHED_COLOUR = (204, 204, 204)
OUTLINE = (90, 90, 90)
# The selected region's outline: Okabe-Ito orange, the highlight colour of the bar charts too.
HIGHLIGHT_OUTLINE = (213, 94, 0)
LABEL_INK = (26, 26, 26)
FILL_OPACITY = 235
# Prince Edward Island is a few pixels wide at the opening zoom: its code would sit on top
# of New Brunswick's and Nova Scotia's. Its name is in the tooltip and in the map's table.
UNLABELLED = frozenset({"PE"})
# New Brunswick's and Nova Scotia's codes are 14 pixels apart across at the opening zoom and
# overlap: each is nudged away from the other, by pixels, so they stay apart at every width.
LABEL_NUDGES = {"NB": (-5, -3), "NS": (7, 4)}
# The whole country, Ellesmere Island to Point Pelee, fits the 460-pixel-high map and a
# phone's width at this zoom; the centre is the middle of that span in Mercator terms.
OPENING_VIEW = {"latitude": 70.5, "longitude": -96.5, "zoom": 1.45}
# The map does not move: no drag-pan, no zoom, by mouse, wheel, keyboard or touch. On a phone a
# one-finger swipe over a movable map panned it (Canada slid out of view, with no way back) instead
# of scrolling the page, and deck.gl's controller cannot pan by mouse but not by touch. A fixed map
# also lets the wheel scroll the page on a laptop. It loses nothing: the 13 codes are drawn at the
# opening view, and every value is in the tooltip (hover or tap still picks) and in the table.
# This does not by itself let a swipe that starts on the map scroll the page: deck.gl also puts
# `touch-action: none` on the map's <div>, and its Deck prop `touchAction` cannot be set from here,
# because Streamlit's map component (1.67) passes deck.gl only layers, views and parameters from the
# pydeck JSON. That needs a CSS rule on the page (see tests/browser/test_map_touch.py).
MAP_CONTROLLER = False


def deck_json(deck: pdk.Deck) -> str:
    """pydeck's JSON for `deck` without its indentation: pydeck indents every coordinate on a line
    of its own, and the funding map's outlines came to 292 kB, 50 kB without."""
    return json.dumps(deck, sort_keys=True, default=json_tools.default_serialize, separators=(",", ":"))


class FixedDeck(pdk.Deck):
    """A Deck that is never changed once built, so its JSON is written once, without indentation.

    The funding map is built once per scope, measure, region and language and shared
    (`dashboard.cache.views`), but Streamlit asks for its JSON on every rerun that draws it: the
    outlines of 13 provinces and territories, some 150,000 numbers, were most of the 21 ms that
    writing JSON once took off each rerun of the Funding page (its script: 70 ms before, 49 after,
    at a million programs). Kept with the map, the JSON adds 50 kB to it.
    """

    def to_json(self) -> str:
        return _written_json(self)


_written_json = per_object(deck_json)


@dataclass(frozen=True)
class MapClass:
    """One shade of the map: its colour and the plotted values that fall in it."""

    colour: tuple[int, int, int]
    lowest: float | None  # smallest plotted value in the class; None for the two classes with nothing counted
    highest: float | None
    members: int
    unpublished: bool = False  # nothing counted, but an amount the source does not give

    @property
    def hex(self) -> str:
        return hex_colour(self.colour)


def class_breaks(values: list[float | None], classes: int = len(CLASS_COLOURS)) -> list[float]:
    """Upper bounds of equal-count classes over the distinct positive values, strictly increasing.

    Zero and unknown have their own colour. With fewer distinct values than classes,
    each value gets a class of its own rather than sharing one bound.
    """
    positive = sorted({v for v in values if v is not None and v > 0})
    if not positive:
        return []
    count = min(classes, len(positive))
    return [positive[math.ceil(len(positive) * (i + 1) / count) - 1] for i in range(count)]


def class_colours(count: int) -> tuple[tuple[int, int, int], ...]:
    """`count` colours spread over the ramp, darkest always used, so few classes still differ clearly."""
    if count <= 0:
        return ()
    if count == 1:
        return (CLASS_COLOURS[-1],)
    last = len(CLASS_COLOURS) - 1
    return tuple(CLASS_COLOURS[round(i * last / (count - 1))] for i in range(count))


def class_index(value: float | None, breaks: list[float]) -> int | None:
    """Position of the class holding `value`; None when nothing was counted (zero or unknown)."""
    if value is None or value <= 0 or not breaks:
        return None
    for index, bound in enumerate(breaks):
        if value <= bound:
            return index
    return len(breaks) - 1


def colour_for(value: float | None, breaks: list[float], unpublished: bool = False) -> list[int]:
    """RGBA fill for one value: near-white for nothing counted, grey for nothing counted but an amount
    not published (`unpublished`), else its class's blue."""
    index = class_index(value, breaks)
    if index is None:
        return [*(UNPUBLISHED_COLOUR if unpublished else NO_FUNDING_COLOUR), FILL_OPACITY]
    return [*class_colours(len(breaks))[index], FILL_OPACITY]


def map_classes(values: list[float | None], unpublished: list[bool] | None = None) -> list[MapClass]:
    """The legend of a map of `values`: the "nothing counted" class (if any), the class of nothing
    counted but amounts not published (where `unpublished` flags a value so), then each shade.

    Each class states the lowest and highest value actually plotted in it, so the
    legend never names a range that no province has.
    """
    breaks = class_breaks(values)
    colours = class_colours(len(breaks))
    flags = unpublished or [False] * len(values)
    members: dict[int | str | None, list[float]] = {}
    for value, flag in zip(values, flags, strict=True):
        index = class_index(value, breaks)
        members.setdefault("unpublished" if index is None and flag else index, []).append(value or 0.0)
    legend = []
    if None in members:
        legend.append(MapClass(NO_FUNDING_COLOUR, None, None, len(members[None])))
    if "unpublished" in members:
        legend.append(MapClass(UNPUBLISHED_COLOUR, None, None, len(members["unpublished"]), unpublished=True))
    for index, colour in enumerate(colours):
        inside = members.get(index, [])
        if inside:
            legend.append(MapClass(colour, min(inside), max(inside), len(inside)))
    return legend


def _code_layer(labels: list[dict[str, Any]], halo: list[int]) -> pdk.Layer:
    return pdk.Layer(
        "TextLayer",
        labels,
        id=f"province-codes-{hex_colour(halo)[1:]}",
        get_position="position",
        get_text="code",
        get_size=12,
        get_color="colour",
        get_pixel_offset="nudge",
        font_weight=700,
        outline_width=2,
        outline_color=halo,
        font_settings={"sdf": True},
        pickable=False,
    )


def label_colour(fill: list[int] | None) -> list[int]:
    """A province code's colour: ink on the light shades, white on the dark ones (whichever reads better)."""
    background = hex_colour(fill) if fill else hex_colour(NO_FUNDING_COLOUR)
    return [*rgb_triple(readable_on(background, hex_colour(LABEL_INK))), 255]


def funding_map(
    boundaries: dict[str, Any],
    by_destination: pl.DataFrame,
    measure: str,
    tooltip_lines: dict[str, str],
    label_points: pl.DataFrame | None = None,
    highlighted_codes: list[str] | None = None,
    unpublished_column: str | None = None,
) -> FixedDeck:
    """Choropleth of `measure` per province, with a text (never HTML) tooltip of `tooltip_lines`.

    `tooltip_lines` maps a tooltip line name to a column of `by_destination` holding
    ready-formatted text. `label_points` (columns code, label_lat, label_lon) adds the
    province codes on the map, so provinces can be told apart without the tooltip.
    `highlighted_codes` get a thick orange outline (the selected region). A province with nothing
    counted but a count above zero in `unpublished_column` is grey: its amount is unknown, not zero.
    """
    highlighted = set(highlighted_codes or [])
    rows = {row["code"]: row for row in by_destination.iter_rows(named=True)}
    breaks = class_breaks([row[measure] for row in rows.values()])
    collection = copy.deepcopy(boundaries)
    for feature in collection["features"]:
        code = feature["properties"]["code"]
        row = rows.get(code, {})
        feature["properties"] = {
            "code": code,
            "fill": colour_for(row.get(measure), breaks, bool(unpublished_column and row.get(unpublished_column))),
            "line": [*(HIGHLIGHT_OUTLINE if code in highlighted else OUTLINE), 255],
            "line_width": 4 if code in highlighted else 1,
            **{key: str(row.get(column, "")) for key, column in tooltip_lines.items()},
        }
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            collection,
            id="provinces",
            pickable=True,
            stroked=True,
            filled=True,
            get_fill_color="properties.fill",
            get_line_color="properties.line",
            get_line_width="properties.line_width",
            # Quoted: pydeck sends a bare string as an accessor expression ("@@=pixels"), which
            # deck.gl does not read as a unit, so widths were drawn in common units, about 2.7 times
            # as thick at this zoom (the 4-pixel outline was 11 wide).
            line_width_units='"pixels"',
            # Rounded joins: a 4-pixel outline would otherwise draw spikes at sharp corners.
            line_joint_rounded=True,
        )
    ]
    if label_points is not None:
        fills = {feature["properties"]["code"]: feature["properties"]["fill"] for feature in collection["features"]}
        labels = [
            {
                "code": code,
                "position": [lon, lat],
                "colour": label_colour(fills.get(code)),
                "nudge": list(LABEL_NUDGES.get(code, (0, 0))),
            }
            for code, lat, lon in label_points.select("code", "label_lat", "label_lon").iter_rows()
            if code not in UNLABELLED
        ]
        # A layer's halo is one colour: ink codes get a white halo, white codes an ink one.
        ink, white = [*LABEL_INK, 255], [*rgb_triple(WHITE), 255]
        for text, halo in ((ink, white), (white, ink)):
            drawn = [label for label in labels if label["colour"] == text]
            if drawn:
                layers.append(_code_layer(drawn, halo))
    view = pdk.ViewState(**OPENING_VIEW)
    # Tooltip lines are pydeck "{name}" placeholders filled from feature properties, and
    # shown with the `text` key, which deck.gl sets as text, never parsed as HTML.
    tooltip_text = "\n".join(f"{{{key}}}" for key in tooltip_lines)
    # No base map: it would be fetched from a tile server on every view. map_style is left
    # at pydeck's default on purpose: with no provider it is sent as a marker that tells
    # Streamlit "no style", whereas map_style=None makes Streamlit fetch a Carto style.
    return FixedDeck(
        layers=layers,
        views=[pdk.View("MapView", controller=MAP_CONTROLLER)],
        initial_view_state=view,
        tooltip={"text": tooltip_text},
        map_provider=None,
    )
