"""Stage 5: the interactive event map, a Leaflet page built with folium.

One marker per distinct place (see :mod:`mapper.mapview.sites`), coloured by its most severe event
type and sized by fatalities. The page carries its sites as one JSON document, and ``assets/mapper.js``
turns it into markers in one pass (no generated code per marker), so 100,000 events still load:

- a layer control with one overlay per event type, "Mentioned only" places (off by default), an
  optional heatmap, and the basemap: map tiles online, country outlines offline;
- marker clustering, on by default above :data:`CLUSTER_ABOVE` places;
- a date-range filter when the events carry dates, a place search box, a legend;
- a short popup per marker (events, the first excerpt with the place highlighted, its source) and a
  side panel with every excerpt and link.

``offline=True`` inlines every script and stylesheet (no CDN reference is left) and draws country
outlines instead of tiles, so the file renders with no network at all. ``map_html(m, embed=True)``
is a fragment (a ``<div>`` with its scripts, ids unique per map) to paste into a report.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterable

import folium
from branca.element import Element, MacroElement

from mapper.atomic import atomic_write_text
from mapper.doc import Doc
from mapper.mapview.assets import MapError, country_outlines, own_tags, vendor_tags
from mapper.mapview.html import LEVELS, escape_html, js_string, legend_html, safe_url, script_safe
from mapper.mapview.sites import MapSite, collect_sites, dot_size, event_day, event_level, place_key
from mapper.model import Incident

__all__ = [
    "CLUSTER_ABOVE", "LEVELS", "MapError", "MapSite", "PLACES_ATTRIBUTION", "build_map", "collect_sites",
    "dot_size", "escape_html", "event_level", "js_string", "map_html", "place_key", "safe_url", "save_map",
]

PLACES_ATTRIBUTION = "Places: GeoNames (CC BY 4.0), Natural Earth"
OUTLINES_ATTRIBUTION = "Outlines: Natural Earth"
CLUSTER_ABOVE = 300  # places; below this every marker is drawn on its own
DEFAULT_TILES = "OpenStreetMap"
# Initial zoom for a map with one place, by place kind.
_ZOOM_BY_KIND = {"continent": 3, "region": 4, "water": 5, "country": 5, "admin1": 7, "admin2": 8,
                 "city": 10, "facility": 13}


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

    def __init__(self, data: dict, outlines: str | None) -> None:
        super().__init__()
        self._name = "MapperApp"
        self.data_id = f"mapper-data-{uuid.uuid4().hex}"
        self.data = js_string(data)
        # Our own file, but escaped the same way: a country name must not be able to end the element.
        self.outlines = script_safe(outlines) if outlines else None

    def render(self, **kwargs: object) -> None:
        # Not MacroElement.render: it compiles each part it renders as a template (Element(output)),
        # and this part holds article text. Untrusted text never becomes template source.
        figure = self.get_root()
        html = f'<script type="application/json" id="{self.data_id}">{self.data}</script>'
        if self.outlines:
            html += f'\n<script type="application/json" id="{self.data_id}-outlines">{self.outlines}</script>'
        figure.html.add_child(_Raw(html), name=self.get_name())
        figure.script.add_child(_Raw(f'mapperInit({self._parent.get_name()}, "{self.data_id}");'),
                                name=self.get_name())


def _tiles(tiles: str, attribution: str | None) -> dict:
    """URL template and Leaflet options of a folium tile provider name or a URL template."""
    try:
        layer = folium.TileLayer(tiles)
        known = layer.options.get("attribution", "")
    except ValueError:  # a URL template: folium knows no attribution for it
        layer = folium.TileLayer(tiles, attr=attribution or "custom tiles")
        known = ""
    attr = escape_html(attribution) if attribution else known
    options = {k: v for k, v in layer.options.items() if k in ("subdomains", "max_zoom", "max_native_zoom")}
    options = {re.sub(r"_(\w)", lambda mt: mt.group(1).upper(), k): v for k, v in options.items()}
    options["attribution"] = f"{attr} | {PLACES_ATTRIBUTION}" if attr else PLACES_ATTRIBUTION
    # The name is shown as HTML in the layer control (Leaflet sets innerHTML); a URL template is one.
    return {"url": layer.tiles, "options": options, "name": escape_html(layer.layer_name)}


def _view(sites: list[MapSite]) -> tuple[list[float], int, list[list[float]] | None]:
    """Centre, zoom and (for several places) bounds to fit."""
    if not sites:
        return [20.0, 0.0], 2, None
    lats = [s.place.lat for s in sites]
    lons = [s.place.lon for s in sites]
    if min(lats) == max(lats) and min(lons) == max(lons):
        return [lats[0], lons[0]], _ZOOM_BY_KIND.get(sites[0].place.kind, 8), None
    bounds = [[min(lats), min(lons)], [max(lats), max(lons)]]
    return [(min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2], 4, bounds


def map_data(sites: list[MapSite], *, title: str, tiles: str | None, attribution: str | None,
             outlines: bool, cluster: bool, heatmap: bool) -> dict:
    """The JSON document mapper.js draws (see its header comment for the layout)."""
    rank = {level: i for i, level in enumerate(LEVELS)}
    present = sorted({s.level for s in sites} | {event_level(e.event_type) for s in sites for e in s.events},
                     key=rank.__getitem__)
    idx = {level: i for i, level in enumerate(present)}
    events = [[i, idx[event_level(ev.event_type)], event_day(ev), ev.fatalities or 0]
              for i, s in enumerate(sites) for ev in s.events]
    return {
        "title": title,
        "levels": [{"name": lv, "colour": LEVELS[lv][0], "label": LEVELS[lv][1], "show": lv != "mention"}
                   for lv in present],
        "sites": [[round(s.place.lat, 5), round(s.place.lon, 5), s.place.name, idx[s.level], s.tooltip]
                  for s in sites],
        "events": events,
        "popups": [s.popup_html(i) for i, s in enumerate(sites)],
        "panels": [None if s.complete else s.panel_html() for s in sites],
        "cluster": cluster,
        "heatmap": heatmap,
        "tiles": _tiles(tiles, attribution) if tiles else None,
        "outlines": {"attribution": f"{OUTLINES_ATTRIBUTION} | {PLACES_ATTRIBUTION}"} if outlines else None,
        "legend": legend_html(present),
    }


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
) -> folium.Map:
    """An interactive map of the events and places in ``articles`` (documents), with the run's
    ``incidents`` (mapper.events.merge; without them each document's event is its own).

    ``offline`` inlines every asset and draws country outlines as the basemap; ``tiles`` is a folium
    tile provider name ("OpenStreetMap", "CartoDB positron", ...) or a URL template (give its
    ``attribution``), default OpenStreetMap online and none offline ("none" for no tiles at all).
    ``cluster`` defaults to on above CLUSTER_ABOVE places. ``heatmap`` offers a heatmap overlay.
    """
    sites = collect_sites(articles, incidents)
    if tiles is None:
        tiles = None if offline else DEFAULT_TILES
    elif tiles.strip().lower() == "none":
        tiles = None
    if tiles and "{" in tiles and not tiles.startswith(("http://", "https://")):
        raise MapError(f"tile URL {tiles!r} must start with http:// or https://")
    location, zoom, bounds = _view(sites)
    m = folium.Map(location=location, zoom_start=zoom, tiles=None, control_scale=True)
    m.default_js, m.default_css = [], []  # our own asset tags below (CDN or inline)
    root = m.get_root()
    root.header.add_child(_Raw(vendor_tags(offline)), name="mapper_vendor")
    root.header.add_child(_Raw(own_tags()), name="mapper_own")
    data = map_data(sites, title=title, tiles=tiles, attribution=attribution, outlines=offline or not tiles,
                    cluster=len(sites) > CLUSTER_ABOVE if cluster is None else cluster, heatmap=heatmap)
    data["bounds"] = bounds  # fitted by mapper.js without animation, before markers load
    m.add_child(_MapperApp(data, country_outlines() if data["outlines"] else None))
    root.title = escape_html(title)  # branca puts Figure.title into <title> unescaped
    return m


# folium's page-wide rules; a fragment inside someone's report must not restyle <html> and <body>.
_PAGE_ONLY = [re.compile(p, re.S) for p in (r"<meta[^>]*>", r"<style>\s*html, body \{.*?</style>",
                                            r"<style>\s*#map \{.*?</style>")]


def map_html(m: folium.Map, *, embed: bool = False, height: str = "600px") -> str:
    """The map as a full HTML page, or with ``embed`` as a fragment for a report: one ``<div>``
    (``height`` high) holding the map, its styles and scripts, with ids unique to this map."""
    root = m.get_root()
    if not embed:
        return root.render()
    root.render()  # lays out header, body and script parts
    header = root.header.render()
    for rule in _PAGE_ONLY:
        header = rule.sub("", header)
    if re.search(r"html,\s*body\s*\{", header):
        raise MapError("this folium version styles the whole page; cannot make an embeddable fragment")
    if not re.fullmatch(r"[0-9.]+(px|em|rem|vh|%)", height):
        raise MapError(f"height {height!r} is not a CSS length such as 600px")
    return (f'<div class="mapper-embed" id="mapper-embed-{m.get_name()}" '
            f'style="position:relative;width:100%;height:{height}">\n{header}\n{root.html.render()}\n'
            f"<script>\n{root.script.render()}\n</script>\n</div>\n")


def save_map(m: folium.Map, path: str | os.PathLike[str], *, embed: bool = False,
             height: str = "600px") -> None:
    """Write ``m`` as a standalone HTML page (or an embeddable fragment), atomically, creating parent
    directories."""
    atomic_write_text(path, map_html(m, embed=embed, height=height))
