"""Tests for data/province_boundaries.geojson and its TopoJSON decoder.

The GeoJSON is built by scripts/build_province_geojson.py; scripts/ is not a
package, so the script is loaded from its path with importlib.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
GEOJSON_PATH = REPO_ROOT / "data" / "province_boundaries.geojson"
SCRIPT_PATH = REPO_ROOT / "scripts" / "build_province_geojson.py"

EXPECTED_CODES = {
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
}  # fmt: skip

# Canada's bounding box, generous by a degree or so.
LON_MIN, LON_MAX = -142.0, -52.0
LAT_MIN, LAT_MAX = 41.0, 84.0

# (name, latitude, longitude, expected province code)
CITIES = [
    ("Toronto", 43.65, -79.38, "ON"),
    ("Montreal", 45.50, -73.57, "QC"),
    ("Calgary", 51.05, -114.07, "AB"),
    ("Vancouver", 49.28, -123.12, "BC"),
    ("Winnipeg", 49.90, -97.14, "MB"),
    ("Regina", 50.45, -104.61, "SK"),
    ("Halifax", 44.65, -63.57, "NS"),
    ("Fredericton", 45.96, -66.64, "NB"),
    ("St. John's", 47.56, -52.71, "NL"),
    ("Charlottetown", 46.24, -63.13, "PE"),
    ("Whitehorse", 60.72, -135.06, "YT"),
    ("Yellowknife", 62.45, -114.37, "NT"),
    ("Iqaluit", 63.75, -68.52, "NU"),
]

# The source coastline is Natural Earth 1:50m, quantized to a grid of about
# 1.5 km x 0.95 km. These waterfront city-centre points fall just offshore of
# it (Toronto 0.24 km, Halifax 1.1 km, Charlottetown 1.2 km from the nearest
# edge of their own province), so for them, and only them, "falls in" means:
# inside no province, and the nearest province is the expected one, within
# SHORELINE_TOLERANCE_KM.
OFFSHORE_CITIES = {"Toronto", "Halifax", "Charlottetown"}
SHORELINE_TOLERANCE_KM = 2.0
KM_PER_DEGREE = 111.2


def load_script() -> ModuleType:
    name = "build_province_geojson"
    spec = importlib.util.spec_from_file_location(name, SCRIPT_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@cache
def load_geojson() -> dict[str, Any]:
    with GEOJSON_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def features() -> list[dict[str, Any]]:
    return load_geojson()["features"]


def polygons_of(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def rings_of(geometry: dict[str, Any]) -> Iterator[list[list[float]]]:
    for polygon in polygons_of(geometry):
        yield from polygon


def signed_area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring)) / 2.0


def point_in_ring(lon: float, lat: float, ring: list[list[float]]) -> bool:
    """Even-odd ray casting towards +longitude."""
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > lat) != (y1 > lat):
            x_cross = x0 + (lat - y0) * (x1 - x0) / (y1 - y0)
            if lon < x_cross:
                inside = not inside
    return inside


def point_in_geometry(lon: float, lat: float, geometry: dict[str, Any]) -> bool:
    for exterior, *holes in polygons_of(geometry):
        if point_in_ring(lon, lat, exterior) and not any(point_in_ring(lon, lat, hole) for hole in holes):
            return True
    return False


def distance_km(lon: float, lat: float, geometry: dict[str, Any]) -> float:
    """Distance from a point to a geometry's nearest edge (equirectangular)."""
    k = math.cos(math.radians(lat))
    best = math.inf
    for ring in rings_of(geometry):
        for (ax, ay), (bx, by) in pairwise(ring):
            dx, dy = (bx - ax) * k, by - ay
            px, py = (lon - ax) * k, lat - ay
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, (px * dx + py * dy) / length2))
            best = min(best, math.hypot(px - t * dx, py - t * dy))
    return best * KM_PER_DEGREE


# --- the committed GeoJSON -------------------------------------------------


def test_is_a_plain_feature_collection() -> None:
    data = load_geojson()
    assert set(data) == {"type", "features"}
    assert data["type"] == "FeatureCollection"


def test_has_exactly_the_13_codes() -> None:
    codes = [f["id"] for f in features()]
    assert len(codes) == 13
    assert set(codes) == EXPECTED_CODES


def test_feature_members_and_properties() -> None:
    for feature in features():
        assert feature["type"] == "Feature"
        assert set(feature) == {"type", "id", "properties", "geometry"}
        assert set(feature["properties"]) == {"code", "name"}
        assert feature["properties"]["code"] == feature["id"]
        assert isinstance(feature["properties"]["name"], str)
        assert feature["properties"]["name"]


def test_geometries_are_polygons_with_closed_rings() -> None:
    for feature in features():
        geometry = feature["geometry"]
        assert geometry["type"] in {"Polygon", "MultiPolygon"}, feature["id"]
        polygons = polygons_of(geometry)
        assert polygons, feature["id"]
        for polygon in polygons:
            assert polygon, feature["id"]
            for ring in polygon:
                assert len(ring) >= 4, feature["id"]
                assert ring[0] == ring[-1], feature["id"]


def test_rings_follow_rfc7946_winding() -> None:
    for feature in features():
        for exterior, *holes in polygons_of(feature["geometry"]):
            assert signed_area(exterior) > 0, feature["id"]
            for hole in holes:
                assert signed_area(hole) < 0, feature["id"]


def test_coordinates_within_canada_bbox() -> None:
    for feature in features():
        for ring in rings_of(feature["geometry"]):
            for position in ring:
                assert len(position) == 2, feature["id"]
                lon, lat = position
                assert LON_MIN <= lon <= LON_MAX, (feature["id"], position)
                assert LAT_MIN <= lat <= LAT_MAX, (feature["id"], position)


def test_coordinates_rounded_to_three_decimals() -> None:
    for feature in features():
        for ring in rings_of(feature["geometry"]):
            for lon, lat in ring:
                assert round(lon, 3) == lon and round(lat, 3) == lat, feature["id"]


def test_file_is_reasonably_small() -> None:
    assert GEOJSON_PATH.stat().st_size < 1_500_000


@pytest.mark.parametrize(("city", "lat", "lon", "code"), CITIES, ids=[c[0] for c in CITIES])
def test_city_falls_in_its_province(city: str, lat: float, lon: float, code: str) -> None:
    containing = {f["id"] for f in features() if point_in_geometry(lon, lat, f["geometry"])}
    if containing == {code}:
        return
    assert city in OFFSHORE_CITIES and not containing, f"{city} found in {sorted(containing)}"
    distances = {f["id"]: distance_km(lon, lat, f["geometry"]) for f in features()}
    nearest = min(distances, key=distances.__getitem__)
    assert nearest == code, f"{city} is nearest to {nearest}"
    assert distances[code] <= SHORELINE_TOLERANCE_KM, f"{city} {distances[code]:.2f} km offshore"


def test_most_cities_are_strictly_inside() -> None:
    """Only the listed waterfront cities may rely on the shoreline tolerance."""
    for city, lat, lon, code in CITIES:
        if city not in OFFSHORE_CITIES:
            geometry = next(f["geometry"] for f in features() if f["id"] == code)
            assert point_in_geometry(lon, lat, geometry), city


# --- the decoder, on a hand-made topology ----------------------------------
#
# Two unit squares side by side, quantized with scale (0.5, 0.25) and
# translate (-70, 45), so quantized x 0/2/4 -> lon -70/-69/-68 and quantized
# y 0/4 -> lat 45/46. Arc 0 is the shared edge (2,0)->(2,4); arc 1 is the rest
# of the west square (2,4)->(0,4)->(0,0)->(2,0); arc 2 is the rest of the east
# square (2,0)->(4,0)->(4,4)->(2,4). Arcs are delta-encoded. The west square
# uses arc 0 forwards; the east square uses it reversed (index -1 == ~0).

TINY_TOPOLOGY: dict[str, Any] = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [-70, 45]},
    "arcs": [
        [[2, 0], [0, 4]],
        [[2, 4], [-2, 0], [0, -4], [2, 0]],
        [[2, 0], [2, 0], [0, 4], [-2, 0]],
    ],
    "objects": {
        "squares": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "W", "arcs": [[0, 1]]},
                {"type": "MultiPolygon", "id": "E", "arcs": [[[-1, 2]]]},
            ],
        }
    },
}

WEST_RING = [[-69.0, 45.0], [-69.0, 46.0], [-70.0, 46.0], [-70.0, 45.0], [-69.0, 45.0]]
EAST_RING = [[-69.0, 46.0], [-69.0, 45.0], [-68.0, 45.0], [-68.0, 46.0], [-69.0, 46.0]]


def test_decode_arcs_applies_delta_and_transform() -> None:
    script = load_script()
    arcs = script.decode_arcs(TINY_TOPOLOGY)
    assert arcs == [
        [[-69.0, 45.0], [-69.0, 46.0]],
        [[-69.0, 46.0], [-70.0, 46.0], [-70.0, 45.0], [-69.0, 45.0]],
        [[-69.0, 45.0], [-68.0, 45.0], [-68.0, 46.0], [-69.0, 46.0]],
    ]


def test_decode_arcs_without_transform_is_absolute() -> None:
    script = load_script()
    topology = {"type": "Topology", "arcs": [[[-70, 45], [-69, 45], [-69, 46]]], "objects": {}}
    assert script.decode_arcs(topology) == [[[-70.0, 45.0], [-69.0, 45.0], [-69.0, 46.0]]]


def test_stitch_ring_handles_forward_and_reversed_arcs() -> None:
    script = load_script()
    arcs = script.decode_arcs(TINY_TOPOLOGY)
    assert script.stitch_ring([0, 1], arcs) == WEST_RING
    assert script.stitch_ring([~0, 2], arcs) == EAST_RING


def test_geometry_polygons_for_polygon_and_multipolygon() -> None:
    script = load_script()
    arcs = script.decode_arcs(TINY_TOPOLOGY)
    west, east = TINY_TOPOLOGY["objects"]["squares"]["geometries"]
    assert script.geometry_polygons(west, arcs) == [[WEST_RING]]
    assert script.geometry_polygons(east, arcs) == [[EAST_RING]]


def test_clean_polygons_orients_exterior_ccw_and_holes_cw() -> None:
    script = load_script()
    clockwise = [[0.0, 0.0], [0.0, 4.0], [4.0, 4.0], [4.0, 0.0], [0.0, 0.0]]
    hole_ccw = [[1.0, 1.0], [2.0, 1.0], [2.0, 2.0], [1.0, 2.0], [1.0, 1.0]]
    [[exterior, hole]] = script.clean_polygons([[clockwise, hole_ccw]])
    assert exterior == clockwise[::-1]
    assert hole == hole_ccw[::-1]


def test_clean_ring_rounds_closes_and_drops_collapsed_rings() -> None:
    script = load_script()
    open_ring = [[0.00049, 0.0], [1.0004, 0.0], [1.0, 1.0], [1.0, 1.0]]
    assert script.clean_ring(open_ring) == [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]
    assert script.clean_ring([[5.0, 5.0], [5.0, 6.0], [5.0, 5.0], [5.0, 5.0]]) is None


def test_canadian_subunits_are_selected_by_governing_unit() -> None:
    script = load_script()
    geometries = [
        {"type": "Polygon", "id": code, "arcs": [[0, 1]], "properties": {"gu": "CAN"}}
        for code in sorted(EXPECTED_CODES)
    ]
    # Same-looking ids from another country must be ignored.
    geometries.append({"type": "Polygon", "id": "WA", "arcs": [[0, 1]], "properties": {"gu": "USA"}})
    geometries.append({"type": "Polygon", "id": "ON", "arcs": [[0, 1]], "properties": {"gu": "USA"}})
    subunits = {"type": "GeometryCollection", "geometries": geometries}
    topology = dict(TINY_TOPOLOGY, objects={"subunits": subunits})
    collection = script.build_feature_collection(topology)
    assert [f["id"] for f in collection["features"]] == sorted(EXPECTED_CODES)
    on = next(f for f in collection["features"] if f["id"] == "ON")
    assert on["properties"] == {"code": "ON", "name": "Ontario"}
    assert on["geometry"] == {"type": "Polygon", "coordinates": [WEST_RING]}

    geometries.pop(0)  # drop AB: the build must refuse an incomplete set
    with pytest.raises(ValueError, match="missing"):
        script.build_feature_collection(topology)
