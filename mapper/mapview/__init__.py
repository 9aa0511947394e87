"""Stage 5: the interactive event map, a Leaflet page built with folium.

One marker per distinct place (see :mod:`mapper.mapview.sites`), coloured by its most severe event
type and sized by fatalities. The page carries its data as one compact JSON document
(:mod:`mapper.mapview.data`), and ``assets/mapper.js`` draws it: its own clustering of the markers
in view (so 300,000 events stay smooth), a layer per event type, filters by actor and country, a
date range with a histogram and a play button, a search box, a legend, popups and a side panel built
with ``textContent``. The page carries Leaflet and the offline basemap too, so it works with no
network: map tiles are used when they load, and the offline basemap replaces them when they do not.

``map_html(m, embed=True)`` is a fragment (a ``<div>`` with its data, ids unique per map) that loads
the libraries and basemap from one shared file (:func:`embed_assets`), for reports with several maps.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import heapq
import os
import re
import stat
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import folium
from branca.element import Element, MacroElement

from mapper.atomic import atomic_write_text
from mapper.doc import Doc
from mapper.mapview.assets import MapError, inline_tags, shared_assets
from mapper.mapview.data import map_document
from mapper.mapview.html import LEVELS, escape_html, js_string, safe_url, script_json
from mapper.mapview.sites import MapSite, collect_sites, dot_size, event_day, event_level, place_key
from mapper.mapview.tiles import DEFAULT_TILES, PLACES_ATTRIBUTION, TilesError, check_tiles, tile_layer
from mapper.model import Incident

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = [
    "CLUSTER_ABOVE", "LEVELS", "MapError", "MapSite", "PLACES_ATTRIBUTION", "TilesError", "build_map",
    "check_tiles", "collect_sites", "dot_size", "embed_assets", "escape_html", "event_day", "event_level",
    "js_string", "map_html", "map_page", "place_key", "safe_url", "save_map",
]

CLUSTER_ABOVE = 300  # places; below this every marker is drawn on its own
LABEL_REGIONS = 5  # regions of events that each add a share of local labels (see local_labels)
LABEL_SITES = 1000  # local labels are placed around at most this many event sites, the busiest


class _Raw(Element):
    """Text that goes into the page exactly as given.

    branca's ``Element(text)`` compiles ``text`` as a Jinja template, so text holding article data
    would be executed ("{{ 7*7 }}" became "49") and large assets would be compiled for nothing. Our
    page parts use this instead: the parent's constant template outputs ``render()``'s value as a
    variable, which Jinja never evaluates again.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class _MapperApp(MacroElement):
    """The map's data (JSON in a non-executed <script>) and the call that draws it (mapper.js)."""

    def __init__(self, data: dict) -> None:
        super().__init__()
        self._name = "MapperApp"
        self.data_id = f"mapper-data-{uuid.uuid4().hex}"
        self.data = script_json(data)

    def render(self, **kwargs: object) -> None:
        # Not MacroElement.render: it compiles each part it renders as a template (Element(output)),
        # and this part holds article text. Untrusted text never becomes template source.
        figure = self.get_root()
        data = f'<script type="application/json" id="{self.data_id}">{self.data}</script>'
        figure.html.add_child(_Raw(data), name=self.get_name())
        figure.script.add_child(_Raw(f'mapperInit({self._parent.get_name()}, "{self.data_id}");'),
                                name=self.get_name())


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Building a map makes millions of small objects and no reference cycles; meanwhile the cyclic
    garbage collector would scan the growing heap again and again (half the build time at 100k
    events). It is paused while a map is built, and runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def map_page(
    sites: list[MapSite],
    *,
    title: str = "mapper — events",
    offline: bool = False,
    tiles: str | None = None,
    attribution: str | None = None,
    cluster: bool | None = None,
    heatmap: bool = True,
    links_base: str | os.PathLike[str] | None = None,
    labels: list[list] | None = None,
    datasets: list[str] | None = None,
) -> folium.Map:
    """The map of ``sites`` (from :func:`collect_sites`, or any other source of MapSite); see build_map.
    ``labels`` are the offline basemap's local labels for this map (:func:`local_labels`). On a map of
    several datasets, ``datasets`` names them (a site's ``layer`` indexes it): each is a layer of its
    own in the layer control, its markers drawn in a shape of their own."""
    if tiles is None:
        tiles = None if offline else DEFAULT_TILES
    elif tiles.strip().lower() == "none":
        tiles = None
    check_tiles(tiles)
    data = map_document(sites, links_base=links_base, datasets=datasets)
    view = data["view"]
    m = folium.Map(location=view["center"], zoom_start=view["zoom"], tiles=None, control_scale=True)
    m.default_js, m.default_css = [], []  # mapper's own asset tags (inlined, or the shared file)
    m.get_root().header.add_child(_Raw(""), name="mapper_assets")  # filled in by map_html
    data.update({
        "title": title,
        "cluster": len(sites) > CLUSTER_ABOVE if cluster is None else cluster,
        "heatmap": heatmap,
        "tiles": tile_layer(tiles, attribution) if tiles else None,
        "labels": labels or [],
    })
    m.add_child(_MapperApp(data))
    m.get_root().title = escape_html(title)  # branca puts Figure.title into <title> unescaped
    return m


def build_map(
    articles: Iterable[Doc],
    incidents: Iterable[Incident] | None = None,
    *,
    title: str = "mapper — events",
    offline: bool = False,
    tiles: str | None = None,
    attribution: str | None = None,
    cluster: bool | None = None,
    heatmap: bool = True,
    links_base: str | os.PathLike[str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> folium.Map:
    """An interactive map of the events and places in ``articles`` (documents), with the run's
    ``incidents`` (mapper.events.merge; without them each document's event is its own).

    The page always carries its own scripts and the offline basemap. ``tiles`` is a folium tile
    provider name ("OpenStreetMap", "CartoDB positron", ...) or a URL template with {z}/{x}/{y}
    (give its ``attribution``), default OpenStreetMap; the offline basemap replaces tiles that fail
    to load. ``offline`` means no network request at all: no tiles unless ``tiles`` names a server of
    your own. ``cluster`` defaults to on above CLUSTER_ABOVE places; ``heatmap`` offers a heatmap
    overlay. Local source files inside ``links_base`` (the map's folder) are linked by relative path;
    other local files are not linked. The offline basemap names the towns around the events from
    ``gazetteer`` (default: the embedded one).
    """
    with _no_gc():
        # In a function of its own, so that the sites are freed before the collector runs again: it
        # would otherwise scan every object the build made (half a second at 100k events).
        return _build_map(articles, incidents, title=title, offline=offline, tiles=tiles,
                          attribution=attribution, cluster=cluster, heatmap=heatmap, links_base=links_base,
                          gazetteer=gazetteer)


def _build_map(articles: Iterable[Doc], incidents: Iterable[Incident] | None, *, gazetteer: Gazetteer | None,
               **options: object) -> folium.Map:
    sites = collect_sites(articles, incidents)
    return map_page(sites, labels=local_labels(sites, gazetteer), **options)  # type: ignore[arg-type]


def local_labels(sites: list[MapSite], gazetteer: Gazetteer | None = None) -> list[list]:
    """The offline basemap's labels for the towns around the event sites (all sites when none has an
    event; the LABEL_SITES busiest on a larger map): :func:`mapper.mapview.basemap.local_labels`, from
    ``gazetteer`` or the embedded one."""
    from mapper.mapview import basemap

    shown = [s for s in sites if s.events] or sites
    if len(shown) > LABEL_SITES:  # the busiest places: the labels' cost grows with the points
        shown = heapq.nsmallest(LABEL_SITES, shown, key=_busiest)  # = sorted(...)[:LABEL_SITES]
    points = [(s.place.lat, s.place.lon) for s in shown]
    if not points:
        return []
    # The module keeps its most important labels within a limit: one region's villages would crowd out
    # another's, so each region of events (a 2-degree cell, up to LABEL_REGIONS) adds a share.
    regions = len({(round(lat / 2), round(lon / 2)) for lat, lon in points})
    limit = basemap.LOCAL_LIMIT * min(regions, LABEL_REGIONS)
    return basemap.local_labels(points, gazetteer or _embedded_gazetteer(), limit=limit)


def _busiest(site: MapSite) -> tuple[int, int]:
    """Sort key: most events first, then most fatalities."""
    events = site.events
    if len(events) == 1:  # most sites of a large map, without summing
        return -1, -(events[0].fatalities or 0)
    return -len(events), -site.fatalities


@functools.cache
def _embedded_gazetteer() -> Gazetteer:
    from mapper.gazetteer import Gazetteer

    return Gazetteer.load()


def embed_assets() -> tuple[str, str]:
    """(file name, text) of the script every --embed fragment loads from its own folder: Leaflet, its
    heatmap plugin, mapper.js and its stylesheet, and the offline basemap, defined once per page."""
    return shared_assets()


# folium's page-wide rules; a fragment inside someone's report must not restyle <html> and <body>.
_PAGE_ONLY = [re.compile(p, re.S) for p in (r"<meta[^>]*>", r"<style>\s*html, body \{.*?</style>",
                                            r"<style>\s*#map \{.*?</style>")]


def map_html(m: folium.Map, *, embed: bool = False, height: str = "600px", inline: bool = False) -> str:
    """The map as a full HTML page (everything inlined), or with ``embed`` as a fragment for a report:
    one ``<div>`` (``height`` high) holding the map, its data and the call that draws it, with ids
    unique to this map. The fragment loads the shared file named by :func:`embed_assets` from its
    own folder, or with ``inline`` carries the assets itself (guarded: defined once per page)."""
    root = m.get_root()
    assets = root.header._children["mapper_assets"]
    if not embed:
        assets.text = inline_tags()
        return root.render()
    if not re.fullmatch(r"[0-9.]+(px|em|rem|vh|%)", height):
        raise MapError(f"height {height!r} is not a CSS length such as 600px")
    assets.text = ""
    root.render()  # lays out header, body and script parts
    header = root.header.render()
    for rule in _PAGE_ONLY:
        header = rule.sub("", header)
    if re.search(r"html,\s*body\s*\{", header):
        raise MapError("this folium version styles the whole page; cannot make an embeddable fragment")
    name, text = shared_assets()
    load = (f"<script>{text}</script>" if inline else
            f'<script src="{name}" data-mapper-assets="{name}"></script>')
    return (f'<div class="mapper-embed" id="mapper-embed-{m.get_name()}" '
            f'style="position:relative;width:100%;height:{height}">\n{load}\n{header}\n'
            f"{root.html.render()}\n<script>\n{root.script.render()}\n</script>\n</div>\n")


def _is_stream(path: Path) -> bool:
    """A FIFO, device or /dev/fd name: written through, with nothing beside it."""
    try:
        return not stat.S_ISREG(path.stat().st_mode) and not path.is_dir()
    except OSError:
        return False


def save_map(m: folium.Map, path: str | os.PathLike[str], *, embed: bool = False,
             height: str = "600px") -> None:
    """Write ``m`` as a standalone HTML page (or an embeddable fragment), atomically, creating parent
    directories. A fragment's shared assets file (:func:`embed_assets`) is written beside it; a
    fragment written to a stream (a pipe, /dev/stdout) carries its assets inline instead."""
    path = Path(path)
    stream = embed and _is_stream(path)
    if embed and not stream:
        name, text = shared_assets()
        beside = path.parent / name
        if not (beside.is_file() and beside.read_text(encoding="utf-8") == text):
            atomic_write_text(beside, text)
    atomic_write_text(path, map_html(m, embed=embed, height=height, inline=stream))
