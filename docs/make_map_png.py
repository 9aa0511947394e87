"""Regenerate docs/map.png (the README screenshot): the offline map of the articles in examples/.

The page is the one ``mapper map examples/ --offline`` writes (assets inlined, country outlines as the
basemap), rendered by headless Chromium with every host name unresolvable, so the picture is what an
air-gapped reader sees. The Deir ez-Zor popup is opened first, to show what a click gives.

    python docs/make_map_png.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from branca.element import Element

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapper.mapview import build_map, save_map  # noqa: E402
from mapper.run import analyse_inputs  # noqa: E402
from mapper.screenshot import screenshot  # noqa: E402

# After the markers load, open the popup of the Deir ez-Zor marker (headless screenshots catch
# Leaflet's fade-in half way, hence the style).
_OPEN_POPUP = """
new MutationObserver(function (changes, observer) {
  var root = document.querySelector(".mapper-root[data-mapper-loads]");
  if (!root) { return; }
  observer.disconnect();
  document.head.insertAdjacentHTML("beforeend", "<style>.leaflet-popup{opacity:1!important}</style>");
  var marker = document.querySelector('.mapper-marker[title^="Deir ez-Zor"]');
  if (marker) { marker.click(); }
}).observe(document.documentElement, {attributes: true, subtree: true});
"""


def main() -> None:
    docs, incidents, _ = analyse_inputs([str(ROOT / "examples")], published="2016-09-18")
    m = build_map(docs, incidents, title="mapper — 4 example articles", offline=True)
    m.get_root().header.add_child(Element(f"<script>{_OPEN_POPUP}</script>"), name="open_popup")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "map.html"
        save_map(m, page)
        screenshot(page, ROOT / "docs" / "map.png", width=1280, height=800, offline=True)
    print(ROOT / "docs" / "map.png")


if __name__ == "__main__":
    main()
