"""The JavaScript, CSS and basemap data a map page carries.

Every page carries its own: Leaflet and Leaflet.heat from the folium-offline package (the exact files
folium links to on CDNs), mapper's own script and stylesheet (``assets/mapper.js``, ``mapper.css``)
and the offline basemap data, so a map works with no network at all. A full page inlines them; an
``--embed`` fragment loads them from one shared file beside it (:func:`shared_assets`), so several
maps in one report load Leaflet and the basemap once.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from importlib import resources

import folium
from folium.plugins import HeatMap

from mapper.errors import MapError
from mapper.mapview.html import script_safe

# name -> (CDN URL folium uses, "js" or "css"). The guard in _guarded keeps a second copy of a library
# (a second fragment's, or one the report already has) from replacing the first under its plugins.
_VENDOR: list[tuple[str, str, str]] = [
    ("leaflet_css", dict(folium.Map.default_css)["leaflet_css"], "css"),
    ("leaflet", dict(folium.Map.default_js)["leaflet"], "js"),
    ("heat", dict(HeatMap.default_js)["leaflet-heat.js"], "js"),
]
_GUARDS = {"leaflet": "!window.L", "heat": "!L.heatLayer"}
_CLOSING_TAG = re.compile(r"</(script|style)|<!--", re.I)


@functools.cache
def _packaged(name: str) -> str:
    return resources.files("mapper.mapview").joinpath("assets", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _vendor_files() -> dict[str, str]:
    try:
        from offlinefolium.elements import _res
    except ImportError as e:
        raise MapError("a map needs the folium-offline package (pip install folium-offline)") from e
    out = {}
    for name, url, _kind in _VENDOR:
        text = _res.get(url)
        if text is None:
            raise MapError(f"folium-offline has no copy of {url}")
        if _CLOSING_TAG.search(text):
            raise MapError(f"{url} cannot be inlined: it contains a closing tag")
        out[name] = text
    return out


_offline_files = _vendor_files  # the earlier name (tests/test_basemap.py builds pages from it)


def basemap_json() -> str:
    """The offline basemap data (mapper.mapview.basemap: land, lakes, borders, admin-1 lines and
    place labels) as JSON text."""
    from mapper.mapview import basemap  # imports this module: not at the top

    return basemap.basemap_json()


def _scripts() -> tuple[str, str]:
    """(CSS, JavaScript) of the libraries and mapper's own, each library guarded against a second
    copy on one page."""
    files = _vendor_files()
    css = files["leaflet_css"] + "\n" + _packaged("mapper.css")
    js = [f"if ({_GUARDS[name]}) {{\n{files[name]}\n}}" for name in ("leaflet", "heat")]
    own = _packaged("mapper.js")
    if _CLOSING_TAG.search(own) or _CLOSING_TAG.search(css):
        raise MapError("mapper.js or mapper.css contains a closing tag")
    from mapper.mapview import basemap

    js.append(f"if (!window.mapperBasemap) {{\n{basemap.basemap_script()}\n}}")  # checked there
    return css, "\n".join([*js, own])


def inline_tags() -> str:
    """<style> and <script> elements with every library, mapper's script and the basemap data."""
    css, js = _scripts()
    data = script_safe(basemap_json())
    return (f"<style>{css}</style>\n<script>{js}</script>\n"
            f'<script type="application/json" id="mapper-basemap-data">{data}</script>')


@functools.lru_cache(maxsize=1)
def shared_assets() -> tuple[str, str]:
    """(file name, text) of the one script that --embed fragments share: it defines the libraries and
    mapper.js once per page, adds the stylesheet once, and holds the basemap data. The name carries a
    hash of the text, so fragments of one mapper version share one file and never load another's."""
    css, js = _scripts()
    text = ("(function () {\n"
            "if (window.mapperAssets) { return; }\n"
            f"window.mapperAssets = {{ basemap: {script_safe(basemap_json())} }};\n"
            "var style = document.createElement('style');\n"
            f"style.textContent = {script_safe(json.dumps(css))};\n"
            "document.head.appendChild(style);\n"
            f"}}());\n{js}\n")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return f"mapper-assets-{digest}.js", text
