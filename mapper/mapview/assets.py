"""The JavaScript and CSS a map page loads: from CDNs (folium's URLs) or inlined for offline use.

Leaflet, Leaflet.markercluster and Leaflet.heat come from the folium-offline package, which ships
the exact files folium links to, so an offline page runs the same code as an online one. mapper's own
script and stylesheet (``assets/mapper.js``, ``assets/mapper.css``) are always inlined.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import folium
from folium.plugins import HeatMap, MarkerCluster

from mapper.errors import MapError

# name -> (CDN URL, "js" or "css", guard). A guard keeps a second map on one page (--embed) from
# loading a library again, which would replace window.L under the first map's plugins.
_VENDOR: list[tuple[str, str, str, str | None]] = [
    ("leaflet_css", dict(folium.Map.default_css)["leaflet_css"], "css", None),
    ("markercluster_css", dict(MarkerCluster.default_css)["markerclustercss"], "css", None),
    ("leaflet", dict(folium.Map.default_js)["leaflet"], "js", "!window.L"),
    ("markercluster", dict(MarkerCluster.default_js)["markerclusterjs"], "js", "!L.MarkerClusterGroup"),
    ("heat", dict(HeatMap.default_js)["leaflet-heat.js"], "js", "!L.heatLayer"),
]
_CLOSING_TAG = re.compile(r"</(script|style)", re.I)


@functools.cache
def _packaged(name: str) -> str:
    return resources.files("mapper.mapview").joinpath("assets", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _offline_files() -> dict[str, str]:
    try:
        from offlinefolium.elements import _res
    except ImportError as e:
        raise MapError("an offline map needs the folium-offline package (pip install folium-offline)") from e
    out = {}
    for name, url, _kind, _guard in _VENDOR:
        text = _res.get(url)
        if text is None:
            raise MapError(f"folium-offline has no copy of {url}")
        if _CLOSING_TAG.search(text):
            raise MapError(f"{url} cannot be inlined: it contains a closing tag")
        out[name] = text
    return out


def vendor_tags(offline: bool) -> str:
    """<link>/<script> tags for the libraries (online) or the libraries inlined (offline)."""
    tags = []
    files = _offline_files() if offline else {}
    for name, url, kind, guard in _VENDOR:
        if not offline:
            tags.append(f'<link rel="stylesheet" href="{url}"/>' if kind == "css"
                        else f'<script src="{url}"></script>')
        elif kind == "css":
            tags.append(f"<style>{files[name]}</style>")
        else:
            tags.append(f"<script>if ({guard}) {{\n{files[name]}\n}}</script>")
    return "\n".join(tags)


def own_tags() -> str:
    """mapper's stylesheet and script (idempotent: the script defines mapperInit once per page)."""
    css, js = _packaged("mapper.css"), _packaged("mapper.js")
    if _CLOSING_TAG.search(css) or _CLOSING_TAG.search(js):
        raise MapError("mapper.css or mapper.js contains a closing tag")
    return f"<style>{css}</style>\n<script>{js}</script>"


def country_outlines() -> str:
    """Simplified Natural Earth country outlines (GeoJSON text) for the offline basemap."""
    return _packaged("countries.geojson")
