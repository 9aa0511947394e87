#!/usr/bin/env python
"""Size and responsiveness of the HTML map at 1k, 10k and 100k events, in headless Chromium.

    python bench/bench_map.py [--sizes 1000 10000 100000] [--offline/--online] [--keep DIR]

Events are synthetic: each at a different gazetteer city (the worst case for marker count: no two
events share a marker), with a random type, date within one year and fatalities, and a one-sentence
article excerpt. For each size it prints:

- build s: analysed articles -> HTML string (``build_map`` + ``map_html``), and the HTML size;
- time to interactive: from navigation start until mapper.js has added every marker to the map
  (``data-mapper-ready``, measured by the page's own clock), median of ``--loads`` page loads;
- pan ms: mean and worst wall time of 20 un-animated pans, each until the next painted frame;
- zoom ms: one zoom-in step until the next painted frame (clusters are re-split here);
- filter ms: unticking the most common event type until the markers are reloaded.

Not a test: it prints a table and exits 0. Needs Chromium (/usr/bin/chromium) and playwright.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from mapper.doc import Doc  # noqa: E402
from mapper.events.taxonomy import TAXONOMY  # noqa: E402
from mapper.gazetteer import Gazetteer  # noqa: E402
from mapper.mapview import build_map, map_html  # noqa: E402
from mapper.model import Article, Event, Excerpt, Mention, Role, Source  # noqa: E402
from mapper.screenshot import HEADLESS_FLAGS, find_chromium  # noqa: E402

PANS = 20


def synthetic_articles(n: int, seed: int = 7) -> list[Doc]:
    """``n`` one-event articles at ``n`` different cities."""
    rng = random.Random(seed)
    gaz = Gazetteer.load()
    cities = [i for i in range(len(gaz)) if gaz.place(i).kind == "city"]
    rows = rng.sample(cities, n)
    kinds = [(t, sub) for t, subs in TAXONOMY.items() for sub in subs]
    out = []
    for k, row in enumerate(rows):
        place = gaz.place(row)
        event_type, sub = rng.choice(kinds)
        dead = rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 13, 40])
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = (f"Reports from {place.name} said a {sub.lower()} took place there on {day}, "
                f"leaving {dead} people dead according to local officials.")
        start = text.index(place.name)
        aid = f"a{k}"
        mention = Mention(start, start + len(place.name), place.name, place, sentence=(0, len(text)))
        art = Article(aid, text, title=f"Report {k} from {place.name}", url=f"https://news.example.org/{k}",
                      published=day)
        ev = Event(event_type, sub, place, date=day, time_precision=1, fatalities=dead,
                   excerpts=[Excerpt(aid, text, 0, len(text))],
                   sources=[Source(aid, art.title, art.url, day)], mentions=[mention])
        out.append(Doc(art, [mention], [ev], roles=[Role("event_site")]))
    return out


_PAN_JS = """async ([n]) => {
  const map = window[document.querySelector('.folium-map').id];
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    map.panBy([i % 2 ? -240 : 240, i % 4 < 2 ? 120 : -120], {animate: false});
    await frame();
    times.push(performance.now() - t);
  }
  const t = performance.now();
  map.setZoom(map.getZoom() + 1, {animate: false});
  await frame();
  return [times, performance.now() - t];
}"""

_FILTER_JS = """async () => {
  const root = document.querySelector('.mapper-root');
  const before = root.getAttribute('data-mapper-loads');
  const t = performance.now();
  document.querySelector('.leaflet-control-layers-overlays input').click();
  await new Promise(r => { const w = () => root.getAttribute('data-mapper-loads') === before
      ? setTimeout(w, 5) : requestAnimationFrame(() => r()); w(); });
  return performance.now() - t;
}"""


def measure(page_path: Path, loads: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    chromium = find_chromium()
    flags = [f for f in HEADLESS_FLAGS if f != "--headless"]
    out: dict[str, float] = {}
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        ctx = p.chromium.launch_persistent_context(profile, executable_path=chromium, headless=True,
                                                   args=flags, viewport={"width": 1280, "height": 800})
        ctx.route("http*://**", lambda route: route.abort())  # measure the page, not the network
        page = ctx.new_page()
        ttis = []
        for _ in range(loads):
            page.goto(page_path.as_uri(), wait_until="commit", timeout=600_000)
            page.wait_for_selector("[data-mapper-ready]", state="attached", timeout=600_000)
            ttis.append(float(page.get_attribute(".mapper-root", "data-mapper-ready") or "nan"))
        out["tti_ms"] = statistics.median(ttis)
        pans, zoom = page.evaluate(_PAN_JS, [PANS])
        out["pan_mean_ms"], out["pan_max_ms"], out["zoom_ms"] = statistics.mean(pans), max(pans), zoom
        out["filter_ms"] = page.evaluate(_FILTER_JS)
        out["markers_in_dom"] = page.locator(".mapper-marker, .mapper-cluster").count()
        ctx.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--online", action="store_true", help="CDN assets instead of --offline inlining")
    ap.add_argument("--loads", type=int, default=3, help="page loads per size (median time reported)")
    ap.add_argument("--keep", type=Path, help="keep the generated pages in this directory")
    args = ap.parse_args()
    if find_chromium() is None:
        print("Chromium not found: install it (apt-get install chromium) to run this benchmark")
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="mapper-bench-map-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'events':>7} {'HTML MB':>8} {'build s':>8} {'TTI ms':>8} {'pan ms':>13} {'zoom ms':>8} "
          f"{'filter ms':>9} {'in DOM':>7}")
    for n in args.sizes:
        articles = synthetic_articles(n)
        t0 = time.perf_counter()
        html = map_html(build_map(articles, title=f"{n} events", offline=not args.online))
        build_s = time.perf_counter() - t0
        path = folder / f"map-{n}.html"
        path.write_text(html, encoding="utf-8")
        r = measure(path, args.loads)
        print(f"{n:>7} {len(html.encode()) / 1e6:>8.1f} {build_s:>8.2f} {r['tti_ms']:>8.0f} "
              f"{r['pan_mean_ms']:>6.1f}/{r['pan_max_ms']:<6.1f} {r['zoom_ms']:>8.0f} {r['filter_ms']:>9.0f} "
              f"{r['markers_in_dom']:>7.0f}", flush=True)
    print(f"pages in {folder}" if args.keep else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
