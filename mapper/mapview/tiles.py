"""``--tiles``: a folium (xyzservices) tile provider name, or a URL template with {z}, {x} and {y}.

A name that is neither is a usage error that lists the close provider names, before any article is
read; so "CartoDB positon" is caught at once instead of becoming a URL that never loads.
"""

from __future__ import annotations

import difflib
import functools
import re
import warnings

from mapper.errors import TilesError
from mapper.mapview.html import escape_html

PLACES_ATTRIBUTION = "Places: GeoNames (CC BY 4.0), Natural Earth"
DEFAULT_TILES = "OpenStreetMap"
_NON_ALNUM = re.compile(r"[^0-9a-z]")

__all__ = ["DEFAULT_TILES", "PLACES_ATTRIBUTION", "TilesError", "check_tiles", "is_template", "tile_layer"]


@functools.cache
def _providers() -> dict[str, str]:
    """Normalised name -> provider name, for every xyzservices provider (folium's list)."""
    import xyzservices.providers as xyz

    names = {_NON_ALNUM.sub("", name.lower()): name for name in xyz.flatten()}
    names["openstreetmap"] = "OpenStreetMap"  # folium's alias of OpenStreetMap.Mapnik
    return names


def is_template(tiles: str) -> bool:
    return all(part in tiles for part in ("{z}", "{x}", "{y}"))


def check_tiles(tiles: str | None) -> None:
    """Raise TilesError unless ``tiles`` is None, "none", a provider name or an http(s) URL template."""
    if tiles is None or tiles.strip().lower() == "none":
        return
    if is_template(tiles):
        if not tiles.startswith(("http://", "https://")):
            raise TilesError(f"tile URL {tiles!r} must start with http:// or https://")
        return
    providers = _providers()
    key = _NON_ALNUM.sub("", tiles.lower())
    if key in providers:
        return
    if "{" in tiles or "/" in tiles:
        raise TilesError(f"tile URL {tiles!r} needs {{z}}, {{x}} and {{y}} placeholders "
                         "(like https://tile.example.org/{z}/{x}/{y}.png)")
    close = [providers[k] for k in difflib.get_close_matches(key, providers, n=6, cutoff=0.6)]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise TilesError(f"unknown tile provider {tiles!r}{hint} (names are folium's xyzservices providers, "
                     "such as OpenStreetMap, CartoDB.Positron, Esri.WorldImagery; or give a URL template "
                     "with {z}/{x}/{y}, or 'none')")


def tile_layer(tiles: str, attribution: str | None) -> dict:
    """URL template, Leaflet options and display name (escaped) of a provider name or URL template."""
    import folium

    check_tiles(tiles)
    with warnings.catch_warnings():  # e.g. "CartoDB tiles now require an API key": shown by the provider
        warnings.simplefilter("ignore")
        if is_template(tiles):
            layer = folium.TileLayer(tiles, attr=attribution or "custom tiles")
            known = ""
        else:
            layer = folium.TileLayer(tiles)
            known = layer.options.get("attribution", "")
    attr = escape_html(attribution) if attribution else known
    options = {k: v for k, v in layer.options.items() if k in ("subdomains", "max_zoom", "max_native_zoom")}
    options = {re.sub(r"_(\w)", lambda mt: mt.group(1).upper(), k): v for k, v in options.items()}
    options["attribution"] = f"{attr} | {PLACES_ATTRIBUTION}" if attr else PLACES_ATTRIBUTION
    # The name is shown as HTML in the layer control (Leaflet sets innerHTML); a URL template is one.
    return {"url": layer.tiles, "options": options, "name": escape_html(layer.layer_name)}
