"""Work done once per shared object: the memo, the map's JSON, a chart's JSON and its rows' fingerprint."""

from __future__ import annotations

import gc
import json
import weakref

import plotly.graph_objects as go
import polars as pl
import pydeck as pdk
import pytest
from pydeck.bindings import json_tools

from components.chart_block import table_digest
from components.plotly_chart import figure_json
from dashboard.maps import FixedDeck, funding_map
from dashboard.memo import per_object


class Box:
    def __init__(self, value: int) -> None:
        self.value = value


def test_the_result_is_computed_once_per_object():
    calls: list[int] = []

    @per_object
    def doubled(box: Box) -> int:
        calls.append(box.value)
        return box.value * 2

    first, second = Box(1), Box(2)
    assert [doubled(first), doubled(first), doubled(second), doubled(first)] == [2, 2, 4, 2]
    assert calls == [1, 2]


def test_a_new_object_never_gets_a_dead_objects_result():
    # CPython hands a dead object's id to the next one of the same size at once: if a result
    # outlived its object, a later box would read an earlier box's value.
    @per_object
    def value(box: Box) -> int:
        return box.value

    seen = []
    for number in range(300):
        box = Box(number)
        seen.append(value(box))
        del box
    assert seen == list(range(300))


def test_the_memo_does_not_keep_its_objects_alive():
    @per_object
    def value(box: Box) -> int:
        return box.value

    box = Box(7)
    value(box)
    alive = weakref.ref(box)
    del box
    gc.collect()
    assert alive() is None


def test_an_object_without_weak_references_is_refused_and_nothing_is_kept():
    calls = []

    @per_object
    def length(items: list[int]) -> int:
        calls.append(1)
        return len(items)

    items = [1, 2]
    for _ in range(2):
        with pytest.raises(TypeError):
            length(items)
    assert len(calls) == 2


def _map() -> FixedDeck:
    square = {"type": "Polygon", "coordinates": [[[-80, 45], [-79, 45], [-79, 46], [-80, 45]]]}
    boundaries = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {"code": "ON"}, "geometry": square}],
    }
    by_destination = pl.DataFrame({"code": ["ON"], "amount": [1.0], "text": ["Ontario: $1"]})
    return funding_map(boundaries, by_destination, "amount", {"line": "text"}, highlighted_codes=["ON"])


def test_the_maps_json_is_pydecks_without_indentation_and_written_once(monkeypatch):
    deck = _map()
    pydecks = pdk.Deck.to_json(deck)
    calls = []
    serialize = json_tools.default_serialize

    def counted(obj: object) -> object:
        calls.append(obj)
        return serialize(obj)

    monkeypatch.setattr(json_tools, "default_serialize", counted)
    written = deck.to_json()
    assert json.loads(written) == json.loads(pydecks)
    assert "\n" not in written and len(written) < len(pydecks)
    writes = len(calls)
    assert writes > 0
    assert deck.to_json() is written
    assert len(calls) == writes
    # Another map (another region) gets its own JSON.
    assert json.loads(_map().to_json())["layers"][0]["id"] == "provinces"
    assert len(calls) > writes


def test_a_charts_json_is_written_once_per_figure(monkeypatch):
    figure = go.Figure(go.Bar(x=[1, 2], y=["a", "b"], orientation="h"))
    expected = figure.to_json()
    writes = []
    to_json = go.Figure.to_json

    def counted(self: go.Figure, *args: object, **kwargs: object) -> str:
        writes.append(self)
        return to_json(self, *args, **kwargs)

    monkeypatch.setattr(go.Figure, "to_json", counted)
    assert figure_json(figure) == expected
    assert figure_json(figure) == expected
    assert len(writes) == 1
    other = go.Figure(go.Bar(x=[3], y=["c"], orientation="h"))
    assert json.loads(figure_json(other))["data"][0]["x"] == [3]


def test_a_tables_fingerprint_tells_different_rows_apart():
    first = pl.DataFrame({"label": ["a", "b"], "percent": [10.0, 20.0]})
    same_rows = pl.DataFrame({"label": ["a", "b"], "percent": [10.0, 20.0]})
    other_rows = pl.DataFrame({"label": ["a", "b"], "percent": [10.0, 21.0]})
    assert table_digest(first) == table_digest(same_rows)
    assert table_digest(first) != table_digest(other_rows)
    assert table_digest(pl.DataFrame({"label": []})) == 0
