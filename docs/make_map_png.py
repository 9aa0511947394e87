"""Regenerate the README screenshots of the map of the articles in examples/, offline:

- ``docs/map.png``: country zoom over Syria, with the Deir ez-Zor popup open (what a click gives);
- ``docs/map-zoom9.png``: zoom 9 over the Deir ez-Zor event (what the offline basemap shows up close).

The page is the one ``mapper map examples/ --offline`` writes (everything inlined, the offline
basemap instead of tiles), rendered by headless Chromium with every host name unresolvable, so the
pictures are what an air-gapped reader sees. A small script moves the view once the markers are
drawn (``data-mapper-ready``).

    python docs/make_map_png.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapper.mapview import _Raw, build_map, save_map  # noqa: E402
from mapper.run import analyse_inputs  # noqa: E402
from mapper.screenshot import screenshot  # noqa: E402

DEIR = [35.33588, 40.14084]
# Run once the markers are drawn. Headless screenshots catch Leaflet's popup fade-in half way, hence
# the style.
_WHEN_READY = """<script>
new MutationObserver(function (changes, observer) {
  var root = document.querySelector(".mapper-root[data-mapper-ready]");
  if (!root) { return; }
  observer.disconnect();
  document.head.insertAdjacentHTML("beforeend", "<style>.leaflet-popup{opacity:1!important}</style>");
  var map = window[document.querySelector(".folium-map").id];
  %s
}).observe(document.documentElement, {attributes: true, subtree: true});
</script>"""
VIEWS = {
    "map.png": "map.setView([35.0, 38.6], 7, {animate: false}); "
               "map.mapper.openPopup(map.mapper.names.indexOf('Deir ez-Zor'));",
    "map-zoom9.png": f"map.setView({DEIR}, 9, {{animate: false}});",
}


def main() -> None:
    docs, incidents, _ = analyse_inputs([str(ROOT / "examples")], published="2016-09-18")
    for name, view in VIEWS.items():
        m = build_map(docs, incidents, title="mapper — 4 example articles", offline=True)
        m.get_root().header.add_child(_Raw(_WHEN_READY % view), name="view")
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "map.html"
            save_map(m, page)
            screenshot(page, ROOT / "docs" / name, width=1280, height=800, offline=True)
        print(ROOT / "docs" / name)


if __name__ == "__main__":
    main()
