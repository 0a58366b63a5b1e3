"""Tests for data/province_boundaries.geojson, its TopoJSON decoder and its simplification.

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
# 1.5 km x 0.95 km, and simplified (by up to 0.8 degree of longitude on the
# map, a few pixels at the map's opening zoom; see the script's docstring).
# These waterfront city-centre points may fall just offshore of it (in the
# unsimplified source: Toronto 0.24 km, Halifax 1.1 km, Charlottetown 1.2 km
# from the nearest edge of their own province; in the committed file Halifax
# 2.8 km, Charlottetown 0.5 km), so for them, and only them, "falls in" means:
# inside no province, and the nearest province is the expected one, within
# SHORELINE_TOLERANCE_KM (5 km is a quarter of a pixel at the opening zoom).
OFFSHORE_CITIES = {"Toronto", "Halifax", "Charlottetown"}
SHORELINE_TOLERANCE_KM = 5.0
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
    # 46 kB when committed; the unsimplified boundaries were 340 kB.
    assert GEOJSON_PATH.stat().st_size < 100_000


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


# --- the committed GeoJSON: its simplification ------------------------------

# Area of each province in square degrees (planar, longitude x latitude) in
# the unsimplified source (the script with --min-area 0 --tolerance 0).
SOURCE_AREAS = {
    "AB": 93.74, "BC": 131.78, "MB": 91.53, "NB": 8.53, "NL": 52.93, "NS": 6.22, "NT": 270.39,
    "NU": 513.68, "ON": 125.05, "PE": 0.666, "QC": 204.35, "SK": 90.17, "YT": 87.83,
}  # fmt: skip

# The pairs of provinces and territories that share a land border.
LAND_BORDERS = [
    ("AB", "BC"), ("AB", "NT"), ("AB", "SK"), ("BC", "NT"), ("BC", "YT"), ("MB", "NU"), ("MB", "ON"),
    ("MB", "SK"), ("NB", "NS"), ("NB", "QC"), ("NL", "QC"), ("NT", "NU"), ("NT", "SK"), ("NT", "YT"),
    ("ON", "QC"),
]  # fmt: skip

# The map redraws every position whenever its data changes (the region highlight):
# on /funding in headless Chromium without a GPU, a region change took 1,220 ms with
# the 19,747 unsimplified positions and 580 ms with the committed 2,529, i.e. some
# 37 ms per 1,000 positions. 3,000 keeps the boundaries' share near 0.1 s; a rebuild
# with a finer tolerance must raise this bound on purpose.
MAX_POSITIONS = 3_000


def edges_of(geometry: dict[str, Any]) -> Iterator[tuple[tuple[float, float], tuple[float, float]]]:
    for ring in rings_of(geometry):
        for a, b in pairwise(ring):
            yield (a[0], a[1]), (b[0], b[1])


def test_position_count_stays_within_budget() -> None:
    count = sum(len(ring) for f in features() for ring in rings_of(f["geometry"]))
    assert count <= MAX_POSITIONS


@pytest.mark.parametrize("code", sorted(EXPECTED_CODES))
def test_every_province_keeps_its_area(code: str) -> None:
    """Each of the 13 is present with non-zero area, within 5% of the source's."""
    feature = next(f for f in features() if f["id"] == code)
    area = sum(signed_area(exterior) for exterior, *_ in polygons_of(feature["geometry"]))
    assert area > 0
    assert area == pytest.approx(SOURCE_AREAS[code], rel=0.05)


def test_prince_edward_island_keeps_its_shape() -> None:
    """The smallest province is simplified relative to its size (one tolerance for all left 7 corners)."""
    pe = next(f for f in features() if f["id"] == "PE")
    assert sum(len(ring) for ring in rings_of(pe["geometry"])) >= 30


def test_land_borders_are_shared_exactly() -> None:
    """Both sides of a border have the same edges, reversed: no gap, no overlap."""
    users: dict[frozenset[tuple[float, float]], list[tuple[str, tuple[float, float]]]] = {}
    for feature in features():
        for a, b in edges_of(feature["geometry"]):
            users.setdefault(frozenset((a, b)), []).append((feature["id"], a))
    shared_km: dict[tuple[str, str], float] = {}
    for edge, owners in users.items():
        assert len(owners) <= 2, sorted(edge)
        if len(owners) == 2:
            (first, start1), (second, start2) = owners
            assert first != second and start1 != start2, sorted(edge)  # opposite directions
            (ax, ay), (bx, by) = sorted(edge)
            km = math.hypot((bx - ax) * math.cos(math.radians((ay + by) / 2)), by - ay) * KM_PER_DEGREE
            pair = (min(first, second), max(first, second))
            shared_km[pair] = shared_km.get(pair, 0.0) + km
    assert sorted(shared_km) == LAND_BORDERS
    assert shared_km[("NB", "NS")] > 20  # the Isthmus of Chignecto, the shortest
    assert all(km > 200 for pair, km in shared_km.items() if pair != ("NB", "NS"))


def test_no_boundary_crosses_another() -> None:
    """Simplifying can fold a coast over an island or itself; the build repairs that."""
    segments = [edge for f in features() for edge in edges_of(f["geometry"])]
    cells: dict[tuple[int, int], list[int]] = {}
    for number, ((ax, ay), (bx, by)) in enumerate(segments):
        for x in range(math.floor(min(ax, bx)), math.floor(max(ax, bx)) + 1):
            for y in range(math.floor(min(ay, by)), math.floor(max(ay, by)) + 1):
                cells.setdefault((x, y), []).append(number)

    def side(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    crossings = set()
    for members in cells.values():
        for i, one in enumerate(members):
            for other in members[i + 1 :]:
                (a, b), (c, d) = segments[one], segments[other]
                if len({a, b, c, d}) == 4 and side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0:
                    crossings.add((segments[one], segments[other]))
    assert not crossings


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


# --- the simplification, on hand-made arcs ---------------------------------
#
# Near the equator the Web Mercator plane on which distances are measured is,
# to a few parts in a million, the longitude/latitude plane itself.


def test_simplify_arc_collapses_a_straight_run_to_its_endpoints() -> None:
    script = load_script()
    along_equator = [[-70.0 + i / 10, 0.0] for i in range(11)]
    assert script.simplify_arc(along_equator, 0.1) == [[-70.0, 0.0], [-69.0, 0.0]]
    along_meridian = [[-95.0, 60.0 + i] for i in range(11)]  # straight on the map, too
    assert script.simplify_arc(along_meridian, 0.1) == [[-95.0, 60.0], [-95.0, 70.0]]


def test_simplify_arc_keeps_a_point_farther_than_the_tolerance() -> None:
    script = load_script()
    # A needle 1.0 high on a flat line: its triangle is tiny, so the first pass
    # (Visvalingam-Whyatt) drops it; the second (Douglas-Peucker) puts its tip
    # back when it lies farther from the line than the tolerance.
    needle = [[0.0, 0.0], [1.0, 0.0], [1.01, 1.0], [1.02, 0.0], [2.0, 0.0]]
    assert script.simplify_arc(needle, 0.9) == [[0.0, 0.0], [1.01, 1.0], [2.0, 0.0]]
    assert script.simplify_arc(needle, 1.1) == [[0.0, 0.0], [2.0, 0.0]]
    # Wiggles well within the tolerance go, a broad bump stays even below it.
    wiggles = [[i / 10, 0.005 * (-1) ** i] for i in range(21)]
    assert script.simplify_arc(wiggles, 0.3) == [wiggles[0], wiggles[-1]]
    bump = [[0.0, 0.0], [1.0, 0.3], [2.0, 0.0]]
    assert script.simplify_arc(bump, 0.5) == bump  # triangle 0.3 > (0.5 / 2) ** 2


def test_simplify_arc_measures_on_the_map() -> None:
    """At 70 N a degree of latitude is about three times taller on the map than at the equator."""
    script = load_script()
    at_equator = [[0.0, 0.0], [1.0, 0.0], [1.01, 0.3], [1.02, 0.0], [2.0, 0.0]]
    at_70n = [[x, 70.0 + y] for x, y in at_equator]
    assert len(script.simplify_arc(at_equator, 0.5)) == 2
    assert [1.01, 70.3] in script.simplify_arc(at_70n, 0.5)


def test_simplify_arc_keeps_three_corners_of_an_island() -> None:
    script = load_script()
    island = [[0.0, 0.0], [0.01, 0.0], [0.01, 0.01], [0.0, 0.01], [0.0, 0.0]]
    simplified = script.simplify_arc(island, 10.0)
    assert len(simplified) == 4 and simplified[0] == simplified[-1]
    assert script.clean_ring(simplified, precision=6) is not None


def test_simplify_arc_with_zero_tolerance_changes_nothing() -> None:
    script = load_script()
    arc = [[0.0, 0.0], [1.0, 0.0], [2.0, 0.0]]
    assert script.simplify_arc(arc, 0.0) == arc


# Two unit squares side by side, as in TINY_TOPOLOGY, whose shared border
# x = -69 wiggles by 0.01 and is cut in two at lat 45.5 (as the source cuts
# arcs at every river mouth). Arcs: 0 and 1 the shared border, south half
# then north half; 2 the rest of the west square; 3 the rest of the east one.
BORDER = [[-69.0 + (0.01 if i % 2 else 0.0), 45.0 + i / 10] for i in range(11)]
SPLIT_ARCS = [
    BORDER[:6],
    BORDER[5:],
    [[-69.0, 46.0], [-70.0, 46.0], [-70.0, 45.0], [-69.0, 45.0]],
    [[-69.0, 45.0], [-68.0, 45.0], [-68.0, 46.0], [-69.0, 46.0]],
]
WEST = [0, 1, 2]
EAST = [~1, ~0, 3]


def test_merge_arcs_joins_arcs_between_junctions_only() -> None:
    script = load_script()
    rings, arcs = script.merge_arcs([WEST, EAST], SPLIT_ARCS)
    assert len(arcs) == 3  # the border is one arc; its ends, the squares' shared corners, are junctions
    assert [script.stitch_ring(r, arcs) for r in rings] == [
        script.stitch_ring(WEST, SPLIT_ARCS),
        script.stitch_ring(EAST, SPLIT_ARCS),
    ]


def test_merge_arcs_starts_an_island_at_its_lowest_arc() -> None:
    script = load_script()
    a, b = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]], [[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    rings, arcs = script.merge_arcs([[1, 0], [~0, ~1]], [a, b])
    assert arcs == [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]]
    assert rings == [[0], [0]]  # the same loop; orientation is fixed later, per polygon


def test_shared_border_is_simplified_once_for_both_neighbours() -> None:
    script = load_script()
    rings, arcs = script.merge_arcs([WEST, EAST], SPLIT_ARCS)
    simplified = script.simplify_arcs(rings, arcs, 0.2)
    west, east = (script.stitch_ring(ring, simplified) for ring in rings)
    # The wiggles and the cut at 45.5 are gone; the corners are all kept. (With a
    # tolerance of 0.1 the last wiggle would stay: with the far end of the border
    # as its neighbour, its triangle is 1 x 0.01 / 2, above (0.1 / 2) ** 2.)
    assert west == [[-69.0, 45.0], [-69.0, 46.0], [-70.0, 46.0], [-70.0, 45.0], [-69.0, 45.0]]
    assert east == [[-69.0, 46.0], [-69.0, 45.0], [-68.0, 45.0], [-68.0, 46.0], [-69.0, 46.0]]
    # The same border, edge for edge, in both: no gap, no overlap.
    west_edges = {(tuple(a), tuple(b)) for a, b in pairwise(west)}
    east_edges = {(tuple(b), tuple(a)) for a, b in pairwise(east)}
    assert west_edges & east_edges == {((-69.0, 45.0), (-69.0, 46.0))}


def test_simplify_arcs_keeps_a_small_island_from_collapsing() -> None:
    script = load_script()
    octagon = [[math.cos(k * math.pi / 4) / 10, math.sin(k * math.pi / 4) / 10] for k in range(8)]
    octagon.append(octagon[0])
    area = script.signed_area(octagon)
    alone = script.simplify_arc(octagon, 5.0)  # a triangle: under half the area
    assert abs(script.signed_area(alone)) < area / 2
    [guarded] = script.simplify_arcs([[0]], [octagon], 5.0, precision=6)
    assert script.signed_area(guarded) == pytest.approx(area, rel=script.MAX_AREA_CHANGE)


def test_simplify_arcs_repairs_a_coast_cut_through_an_island() -> None:
    script = load_script()
    # A square whose top edge bulges up to (2, 0.3), and a small island in the bulge
    # that straddles y = 0. Alone, the square loses its bulge; its new top edge would
    # cut through the island, so the bulge is put back.
    coast = [[0.0, -4.0], [4.0, -4.0], [4.0, 0.0], [2.0, 0.3], [0.0, 0.0], [0.0, -4.0]]
    island = [[1.9, -0.1], [2.1, -0.1], [2.0, 0.2], [1.9, -0.1]]
    assert [2.0, 0.3] not in script.simplify_arc(coast, 2.0)
    coast_after, island_after = script.simplify_arcs([[0], [1]], [coast, island], 2.0)
    assert [2.0, 0.3] in coast_after
    assert island_after == island


def test_kept_arc_polygons_drops_small_islands_but_never_a_whole_province() -> None:
    script = load_script()
    big = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]  # 0.5 square degree
    small = [[5.0, 5.0], [5.1, 5.0], [5.1, 5.1], [5.0, 5.0]]  # 0.005
    arcs = [big, small]
    assert script.kept_arc_polygons([[[0]], [[1]]], arcs, min_area=0.01) == [[[0]]]
    assert script.kept_arc_polygons([[[1]]], arcs, min_area=0.01) == [[[1]]]  # the largest stays


def test_arc_tolerances_cap_a_small_province_by_its_size() -> None:
    script = load_script()
    small = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]  # about 1 x 1 on the map
    large = [[10.0, 0.0], [30.0, 0.0], [30.0, 20.0], [10.0, 20.0], [10.0, 0.0]]
    small_tolerance, large_tolerance = script.arc_tolerances([[0], [1]], [small, large], 0.8)
    assert small_tolerance == pytest.approx(script.SHAPE_SHARE * math.sqrt(script.signed_area(script.to_plane(small))))
    assert large_tolerance == 0.8
