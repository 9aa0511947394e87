"""The offline basemap: shared map data, the script that draws it, and the labels one map adds.

Three parts, for the map page (``mapper.mapview``) to put together:

- **Shared data** (``assets/basemap.json``, built by ``gazetteers/build_basemap.py`` from Natural Earth
  and the embedded gazetteer): land with its coastline, lakes, country borders, first-level admin
  boundaries, and about 4,800 global place labels (countries, capitals, cities of 100,000+ people,
  seas), each with the zoom it appears at. Coordinates are quantised integers, delta-encoded as
  text (:func:`encode_values`); see the format in :func:`decode_layer` and :func:`decode_labels`.
  It is the same for every map, so a page holds it once (:func:`basemap_tags`).
- **The drawing module** (``assets/basemap.js``, ``window.mapperBasemap``): draws that data on a
  canvas under the tiles, with labels by zoom; its header documents the call.
- **Local labels** (:func:`local_labels`): the towns around one map's events, down to villages,
  which no global label set can hold; they go in that map's own page data.

Place names come from the gazetteer, which a user can extend (``--gazetteer``): they reach a page
only as JSON inside a ``<script>`` element (``<``, ``>``, ``&`` and ``'`` escaped, see
:func:`mapper.mapview.html.js_string`) and are drawn with canvas ``fillText``, never parsed as HTML.
"""

from __future__ import annotations

import functools
import heapq
import json
import math
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mapper.mapview.assets import _CLOSING_TAG, MapError, _packaged
from mapper.mapview.html import script_safe
from mapper.model import KINDS

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

FORMAT = "mapper-basemap/1"
ATTRIBUTION = "Basemap: Natural Earth | Places: GeoNames (CC BY 4.0)"
DATA_FILE = "basemap.json"
SCRIPT_FILE = "basemap.js"

# Label kinds (the fifth field of a label; basemap.js styles them).
COUNTRY, CAPITAL, CITY, TOWN, WATER = range(5)
_KIND_ORDER = {CAPITAL: 0, CITY: 1, TOWN: 1, WATER: 2, COUNTRY: 3}
KIND_MAX_ZOOM = {COUNTRY: 7, WATER: 9}  # a country's name is noise once its towns are named
GLOBAL_ZOOMS = range(2, 9)  # the zooms the global label set is placed for
LOCAL_ZOOMS = range(6, 13)  # ... and the local labels of one map
LOCAL_RADIUS_KM = 50.0
LOCAL_LIMIT = 400
AT_EVENT_BONUS = 1.0  # added to the rank of a town one of the map's points is in: about 10 times its size

# Text size per kind in CSS pixels, and the width of an average character as a share of it: the
# placement here only estimates boxes; basemap.js measures the real text.
_FONT_PX = {COUNTRY: 11, CAPITAL: 12, CITY: 12, TOWN: 11, WATER: 11}
_CHAR_W = {COUNTRY: 0.78, CAPITAL: 0.62, CITY: 0.56, TOWN: 0.56, WATER: 0.55}

# Coordinates are written as text, one character per 5 bits of a zigzag-encoded integer: the 32
# characters before ALPHABET[32] end a value, the 32 after it continue it. Nothing here needs
# escaping in JSON or HTML.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
_DIGIT = {c: i for i, c in enumerate(ALPHABET)}
FEATURE_SEPARATOR = "."
PART_SEPARATOR = ","


def encode_values(values: Iterable[int]) -> str:
    """Integers as text: zigzag (0, -1, 1, -2 ... -> 0, 1, 2, 3 ...), then 5 bits per character."""
    out: list[str] = []
    for v in values:
        z = v * 2 if v >= 0 else -v * 2 - 1
        while z >= 32:
            out.append(ALPHABET[32 + (z & 31)])
            z >>= 5
        out.append(ALPHABET[z])
    return "".join(out)


def decode_values(text: str) -> list[int]:
    """The integers :func:`encode_values` wrote (ValueError on a character outside ALPHABET or a
    value cut short)."""
    out: list[int] = []
    z = shift = 0
    for c in text:
        d = _DIGIT.get(c)
        if d is None:
            raise ValueError(f"not a basemap coordinate character: {c!r}")
        if d >= 32:
            z |= (d - 32) << shift
            shift += 5
            continue
        z |= d << shift
        out.append(z >> 1 if z % 2 == 0 else -((z + 1) >> 1))
        z = shift = 0
    if shift:
        raise ValueError("basemap coordinates end in the middle of a value")
    return out


def decode_layer(layer: dict) -> list[list[list[tuple[float, float]]]]:
    """A layer's features, each a list of parts (lines, or a polygon's outer ring then its holes),
    each part a list of (lon, lat).

    ``layer["data"]`` joins the features with ``.`` and the parts of a feature with ``,``; a part is
    its points as (x, y) integer pairs in units of 1/``layer["scale"]`` degree, each pair the
    difference from the previous point, across parts and features too (the first from (0, 0)). A
    polygon's rings are not closed (the last point is not the first again).
    """
    scale = layer["scale"]
    x = y = 0
    features = []
    for text in layer["data"].split(FEATURE_SEPARATOR):
        parts = []
        for part in text.split(PART_SEPARATOR):
            values = decode_values(part)
            if len(values) % 2:
                raise ValueError(f"layer {layer.get('name')!r}: odd number of coordinates in a line")
            line = []
            for i in range(0, len(values), 2):
                x += values[i]
                y += values[i + 1]
                line.append((x / scale, y / scale))
            parts.append(line)
        features.append(parts)
    return features


def decode_labels(labels: dict) -> list[list]:
    """Global labels as ``[name, lat, lon, minzoom, kind]``, in drawing priority (highest first).

    ``labels["names"]`` joins the names with ``|``; ``points`` holds (lon, lat) integer pairs in
    units of 1/``scale`` degree, each the difference from the previous label's; ``zooms`` and
    ``kinds`` hold one value per label.
    """
    names = labels["names"].split("|")
    values = decode_values(labels["points"])
    zooms = decode_values(labels["zooms"])
    kinds = decode_values(labels["kinds"])
    if not (len(values) == 2 * len(names) == 2 * len(zooms) == 2 * len(kinds)):
        raise ValueError("basemap labels: columns of different lengths")
    scale = labels["scale"]
    out = []
    x = y = 0
    for i, name in enumerate(names):
        x += values[2 * i]
        y += values[2 * i + 1]
        out.append([name, y / scale, x / scale, zooms[i], kinds[i]])
    return out


# -- labels and the zoom they appear at --------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Label:
    """A place to name on the map. ``floor`` is the first zoom its rank allows; ``score`` orders
    labels of one floor (the higher wins a contested spot)."""

    name: str
    lat: float
    lon: float
    kind: int
    floor: int
    score: float

    def order(self) -> tuple:
        """Drawing priority (smallest first): by floor, a country's name yielding to the capitals
        and cities of the next zoom; then capitals, cities, seas, countries; then score."""
        return (self.floor + (self.kind == COUNTRY), _KIND_ORDER[self.kind], -self.score, self.name,
                self.lat, self.lon)


def place_score(population: int, alternate_names: int, capital: bool = False) -> float:
    """Rank of a populated place: population, and prominence (GeoNames' count of its alternate
    names), which puts Mariupol (51 names) above its own district Pravyi Bereh (4 names, a larger
    population in GeoNames)."""
    return math.log10(max(population, 0) + 10) + 0.5 * math.log10(1 + max(alternate_names, 0)) + (
        1.0 if capital else 0.0)


def city_floor(score: float, capital: bool) -> int:
    """The first zoom a populated place may be named at, by its :func:`place_score` (a city of a
    million with a hundred alternate names scores about 7)."""
    if capital:
        return 3 if score >= 7.0 else 4
    for floor, least in ((4, 7.6), (5, 6.8), (6, 6.1), (7, 5.5), (8, 4.9), (9, 4.3), (10, 3.7), (11, 3.1)):
        if score >= least:
            return floor
    return 12


def country_floor(population: int) -> int:
    return 2 if population >= 30_000_000 else 3 if population >= 3_000_000 else 4


def _box(label: Label, zoom: int) -> tuple[float, float, float, float]:
    """Estimated screen box of a label at ``zoom`` in world pixels (text right of its dot; a
    country's name centred on its point). (assign_min_zooms computes the same from _unit_box.)"""
    size = 256 * 2**zoom
    lat = max(min(label.lat, 85.0), -85.0)
    x = (label.lon + 180.0) / 360.0 * size
    y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2 * size
    px = _FONT_PX[label.kind]
    width = len(label.name) * px * _CHAR_W[label.kind]
    half = (px + 3) / 2
    if label.kind in (COUNTRY, WATER):
        return (x - width / 2, y - half, x + width / 2, y + half)
    return (x - 3, y - half, x + 5 + width, y + half)


def _unit_box(label: Label) -> tuple[float, float, float, bool, float]:
    """What _box needs at any zoom: the label's point as a share of the world's width and height,
    its text's estimated width and half height in pixels, and whether it is centred on its point."""
    lat = max(min(label.lat, 85.0), -85.0)
    u = (label.lon + 180.0) / 360.0
    v = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2
    px = _FONT_PX[label.kind]
    return u, v, len(label.name) * px * _CHAR_W[label.kind], label.kind in (COUNTRY, WATER), (px + 3) / 2


# Boxes are hashed by grid cell (this many pixels wide and high: most labels' boxes fit in one) so
# that an overlap test looks at a few neighbours only.
_CELL_W, _CELL_H = 512.0, 64.0
_ROW = 1 << 32  # cell key: row * _ROW + column (columns of zoom 12 and below fit in 22 bits)


def assign_min_zooms(labels: Sequence[Label], zooms: range,
                     fixed: Iterable[tuple[Label, int]] = ()) -> list[int | None]:
    """The zoom from which each label is drawn, or None for a label that never finds room.

    At each zoom of ``zooms`` the labels their floor allows are placed greedily in priority order
    (:meth:`Label.order`), each where it overlaps no label placed before it; ``fixed`` labels, with
    their own zooms, are placed first. A label's zoom is the first at which it is placed. The
    browser draws labels in the same order and skips one that would overlap, so a label can give
    way at a later zoom to one of higher priority that appears there (a country's name to its
    capital), as on any web map.

    Boxes are those of :func:`_box`, computed from each label's :func:`_unit_box` once (the same
    floating-point steps), and kept in a grid of cells, so placing is about linear in the labels.
    """
    fixed = list(fixed)
    order = sorted(range(len(labels)), key=lambda i: labels[i].order())
    result: list[int | None] = [None] * len(labels)
    # (label index or -1 for a fixed label, first zoom, last zoom, unit box), in placing order.
    todo = [(-1, minzoom, KIND_MAX_ZOOM.get(label.kind, 99), _unit_box(label)) for label, minzoom in fixed]
    todo += [(i, labels[i].floor, KIND_MAX_ZOOM.get(labels[i].kind, 99), _unit_box(labels[i])) for i in order]
    for z in zooms:
        size = 256 * 2**z
        cells: dict[int, list[tuple[float, float, float, float]]] = {}
        for i, first, last, (u, v, width, centred, half) in todo:
            if first > z or z > last:
                continue
            x, y = u * size, v * size
            if centred:
                x0, y0, x1, y1 = x - width / 2, y - half, x + width / 2, y + half
            else:
                x0, y0, x1, y1 = x - 3, y - half, x + 5 + width, y + half
            r0, r1, c0, c1 = int(y0 // _CELL_H), int(y1 // _CELL_H), int(x0 // _CELL_W), int(x1 // _CELL_W)
            if c0 == c1 and r1 - r0 <= 1:  # most boxes: one cell, or two one above the other
                keys = (r0 * _ROW + c0,) if r0 == r1 else (r0 * _ROW + c0, r1 * _ROW + c0)
            else:
                keys = tuple(row * _ROW + col for row in range(r0, r1 + 1) for col in range(c0, c1 + 1))
            if i >= 0:  # a fixed label is placed whatever it overlaps
                hit = False
                for key in keys:
                    for o in cells.get(key, ()):
                        if x0 < o[2] and o[0] < x1 and y0 < o[3] and o[1] < y1:
                            hit = True
                            break
                    if hit:
                        break
                if hit:
                    continue
                if result[i] is None:
                    result[i] = z
            box = (x0, y0, x1, y1)
            for key in keys:
                found = cells.get(key)
                if found is None:
                    cells[key] = [box]
                else:
                    found.append(box)
    return result


# -- local labels --------------------------------------------------------------------------------------

_CITY = KINDS.index("city")
_GRID_DEG = 0.5  # cells of the index of populated places
_NEAR_DEG = 0.1  # cells of the "near an event" raster
_SPOT_DEG = 0.02  # cells of the "at an event" test
_grids: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class _CityGrid:
    """Populated places of a gazetteer by 0.5-degree cell. A cell's places are annotated on first
    use with what local_labels tests and ranks: raster cell, 2 km spot, and floor and score away
    from and at an event (most maps touch a few cells of the world)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.rows: dict[tuple[int, int], list[int]] = {}
        kinds, lats, lons = gaz.kind, gaz.lat, gaz.lon
        for row in range(len(gaz.name)):
            if kinds[row] == _CITY:
                self.rows.setdefault((math.floor(lats[row] / _GRID_DEG), math.floor(lons[row] / _GRID_DEG)),
                                     []).append(row)
        self.cells: dict[tuple[int, int], list[tuple]] = {}

    def get(self, cell: tuple[int, int]) -> list[tuple]:
        done = self.cells.get(cell)
        if done is not None:
            return done
        g, first, done = self.gaz, LOCAL_ZOOMS[0], []
        for row in self.rows.get(cell, ()):
            lat, lon, capital = g.lat[row], g.lon[row], g.fcode[row] == "PPLC"
            score = place_score(g.pop[row], g.nalt[row], capital)
            boosted = score + AT_EVENT_BONUS
            done.append((_cell_key(math.floor(lat / _NEAR_DEG), math.floor(lon / _NEAR_DEG)), _spot(lat, lon),
                         (max(city_floor(score, capital), first), not capital, -score, row),
                         (max(city_floor(boosted, capital), first), not capital, -boosted, row)))
        self.cells[cell] = done
        return done


def _city_grid(gaz: Gazetteer) -> _CityGrid:
    """The gazetteer's _CityGrid (kept per gazetteer, rebuilt when rows were added)."""
    n = len(gaz.name)
    cached = _grids.get(gaz)
    if cached is None or cached[0] != n:
        cached = _grids[gaz] = (n, _CityGrid(gaz))
    return cached[1]


def _points(points: Iterable[tuple[float, float]]) -> set[tuple[float, float]]:
    """The map's points that are finite and in range, rounded to about 100 m."""
    out = set()
    for lat, lon in points:
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and \
                -90 <= lat <= 90 and -180 <= lon <= 180:
            out.add((round(lat, 3), round(lon, 3)))
    return out


def _spot(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat / _SPOT_DEG), math.floor(lon / _SPOT_DEG))


def _cell_key(cy: int, cx: int) -> int:
    return (cy + 2048) * 8192 + cx + 4096  # 0.1-degree cells, and a margin for the reach around them


@functools.lru_cache(maxsize=512)
def _disk(band: int, radius_km: float) -> tuple[int, ...]:
    """Key offsets of the cells within reach of a cell in the 1-degree latitude band ``band``."""
    reach_km = radius_km + 0.75 * _NEAR_DEG * 111.32
    lat = min(max(abs(band), abs(band + 1)) + _NEAR_DEG, 89.0)  # the side nearer the pole: wider in cells
    km_x = max(111.32 * _NEAR_DEG * math.cos(math.radians(lat)), 0.5)
    km_y = 111.32 * _NEAR_DEG
    dy, dx = math.ceil(reach_km / km_y), math.ceil(reach_km / km_x)
    return tuple(j * 8192 + i for j in range(-dy, dy + 1) for i in range(-dx, dx + 1)
                 if (j * km_y) ** 2 + (i * km_x) ** 2 <= reach_km ** 2)


def _near_cells(events: Iterable[tuple[int, int]], radius_km: float) -> set[int]:
    """Keys of the 0.1-degree cells whose centre lies within ``radius_km`` (plus most of a cell's
    diagonal) of an event cell's: a raster, so that testing a town is one look-up however many
    events the map has."""
    near: set[int] = set()
    for cy, cx in events:
        base = _cell_key(cy, cx)
        near.update(map(base.__add__, _disk(math.floor(cy * _NEAR_DEG), radius_km)))
    return near


def _coarse_cells(events: Iterable[tuple[int, int]], radius_km: float) -> set[tuple[int, int]]:
    """The cells of the place index (_GRID_DEG) that can hold a place within reach of an event cell."""
    per = round(_GRID_DEG / _NEAR_DEG)
    centres = {(cy // per, cx // per) for cy, cx in events}
    reach_deg = (radius_km + 2 * _NEAR_DEG * 111.32) / 111.32
    out: set[tuple[int, int]] = set()
    for gy, gx in centres:
        lat = min(max(abs(gy * _GRID_DEG), abs((gy + 1) * _GRID_DEG)) + reach_deg, 89.0)
        dy = math.ceil(reach_deg / _GRID_DEG)
        dx = math.ceil(reach_deg / math.cos(math.radians(lat)) / _GRID_DEG)
        out.update((gy + j, gx + i) for j in range(-dy, dy + 1) for i in range(-dx, dx + 1))
    return out


@functools.lru_cache(maxsize=1)
def global_labels() -> tuple[tuple[Label, int], ...]:
    """The shared data's labels as (Label, minzoom) pairs (the obstacles local labels avoid)."""
    doc = json.loads(_packaged(DATA_FILE))
    return tuple((Label(name, lat, lon, kind, minzoom, 0.0), minzoom)
                 for name, lat, lon, minzoom, kind in decode_labels(doc["labels"]))


def local_labels(points: Iterable[tuple[float, float]], gazetteer: Gazetteer, *,
                 radius_km: float = LOCAL_RADIUS_KM, limit: int = LOCAL_LIMIT) -> list[list]:
    """Labels for the towns around one map's events, which the shared label set leaves out.

    ``points`` are the map's (lat, lon) pairs (its event places); the result is at most ``limit``
    ``[name, lat, lon, minzoom, kind]`` lists (kind CITY or TOWN) for the gazetteer's populated
    places within about ``radius_km`` of a point, in drawing priority (:meth:`Label.order`); over
    the limit, those with the lowest minzoom are kept.
    Each minzoom (6 to 12) comes from placing them around the global labels (:func:`assign_min_zooms`),
    so a town of 30,000 appears at zoom 8 and villages at 11 or 12 where there is room; a town within
    2 to 4 km of a point ranks as if ten times larger. Places the shared data names already are left
    out. The list goes into the map's page data as JSON.
    """
    spots = _points(points)
    events = {(math.floor(lat / _NEAR_DEG), math.floor(lon / _NEAR_DEG)) for lat, lon in spots}
    near = _near_cells(events, radius_km)
    if not near or limit <= 0:
        return []
    # Cells of about 2 km holding a point, and their neighbours: "a town the events are in".
    at_event = {(y + j, x + i) for y, x in (_spot(lat, lon) for lat, lon in spots)
                for j in (-1, 0, 1) for i in (-1, 0, 1)}
    grid = _city_grid(gazetteer)
    ranked = []
    for cell in _coarse_cells(events, radius_km):
        for key, spot, away, at in grid.get(cell):
            if key in near:
                # The towns the events are in matter most on this map.
                ranked.append(at if spot in at_event else away)
    g = gazetteer
    shared: dict[str, list[tuple[float, float]]] = {}
    for label, _ in global_labels():
        shared.setdefault(label.name, []).append((label.lat, label.lon))
    candidates: list[Label] = []
    heapq.heapify(ranked)  # taken in order until there are enough: cheaper than sorting them all
    while ranked:
        floor, _, neg_score, row = heapq.heappop(ranked)
        name, lat, lon, pop = g.name[row], g.lat[row], g.lon[row], g.pop[row]
        if any(abs(lat - a) <= 0.02 and abs(lon - b) <= 0.02 for a, b in shared.get(name, ())):
            continue  # named by the shared data already
        candidates.append(Label(name, lat, lon, CITY if pop >= 100_000 or g.fcode[row] == "PPLC" else TOWN,
                                floor, -neg_score))
        if len(candidates) == 5 * limit:
            break
    # Placing is linear in the candidates: only the best few times the limit, which can win a place.
    if not candidates:
        return []
    south = min(c.lat for c in candidates) - 1
    north = max(c.lat for c in candidates) + 1
    west = min(c.lon for c in candidates) - 1
    east = max(c.lon for c in candidates) + 1
    fixed = [(label, z) for label, z in global_labels()
             if south <= label.lat <= north and west <= label.lon <= east]
    zooms = assign_min_zooms(candidates, LOCAL_ZOOMS, fixed)
    # Over the limit, the labels that appear first stay; they are drawn in priority order.
    kept = sorted((z, c.order(), c) for c, z in zip(candidates, zooms, strict=True) if z is not None)[:limit]
    kept.sort(key=lambda t: t[1])
    return [[c.name, round(c.lat, 5), round(c.lon, 5), z, c.kind] for z, _, c in kept]


# -- page assets ------------------------------------------------------------------------------------

def _checked(name: str, text: str) -> str:
    if _CLOSING_TAG.search(text):
        raise MapError(f"{name} cannot be inlined: it contains a closing tag")
    return text


@functools.lru_cache(maxsize=1)
def basemap_json() -> str:
    """The shared basemap data as JSON text safe inside a ``<script>`` element."""
    return _checked(DATA_FILE, script_safe(_packaged(DATA_FILE)))


def basemap_script() -> str:
    """The drawing module's source (``assets/basemap.js``), checked for closing tags."""
    return _checked(SCRIPT_FILE, _packaged(SCRIPT_FILE))


def basemap_tags() -> str:
    """Two ``<script>`` elements: the drawing module and the shared data (``window.mapperBasemapData``).

    Each is guarded, so a report with several maps that each carry them runs them once: a second
    copy neither redefines the module nor decodes the data again.
    """
    return (f"<script>if (!window.mapperBasemap) {{\n{basemap_script()}\n}}</script>\n"
            f"<script>if (!window.mapperBasemapData) {{ window.mapperBasemapData = {basemap_json()}; }}"
            "</script>")
