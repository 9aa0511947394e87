"""Regenerate docs/map.png (the README screenshot): a real map of the articles in examples/.

Needs Debian chromium. Offline the tiles do not load, so the base map is blank; markers, one open popup,
the title bar and the legend are what the picture shows.

    python docs/make_map_png.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from branca.element import Element

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapper.mapview import build_map, save_map  # noqa: E402
from mapper.run import analyse_inputs  # noqa: E402


def main() -> None:
    analysed, _ = analyse_inputs([str(ROOT / "examples")])
    m = build_map(analysed, title="mapper — 4 example articles")
    # Open the popup of the first (most severe) marker so the picture shows what a click gives.
    m.get_root().script.add_child(Element("""
    window.addEventListener("load", function () {
        // Headless screenshots catch Leaflet's popup fade-in half way: show it at once.
        document.head.insertAdjacentHTML("beforeend", "<style>.leaflet-popup{opacity:1!important}</style>");
        var done = false;
        window[MAP_NAME].eachLayer(function (l) {
            if (!done && l.getPopup && l.getPopup()) { l.openPopup(); done = true; }
        });
    });""".replace("MAP_NAME", json.dumps(m.get_name()))), name="open_first_popup")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "map.html"
        save_map(m, page)
        subprocess.run([
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp}/profile", "--hide-scrollbars", "--virtual-time-budget=5000",
            "--window-size=1200,800", f"--screenshot={ROOT / 'docs' / 'map.png'}", page.as_uri(),
        ], check=True, stdin=subprocess.DEVNULL, capture_output=True)
    print(ROOT / "docs" / "map.png")


if __name__ == "__main__":
    main()
