#!/usr/bin/env python
"""Size and responsiveness of the HTML map at 1k to 300k events, in headless Chromium.

    python bench/bench_map.py [--sizes 1000 10000 100000 300000] [--loads 3] [--keep DIR]
    python bench/bench_map.py --build-only [--sizes 100000] [--runs 3]   # no browser: CPU per stage

Events are synthetic: each at a different gazetteer city (the worst case for marker count: no two
events share a marker), with a random type, date within one year, fatalities, and a one-sentence
article excerpt, title and URL of their own. Pages are the default page (everything inlined) with
tiles refused, so they draw the offline basemap, as an air-gapped reader sees them. For each size:

- bytes/event: the HTML page size divided by the number of events (the page's fixed part, Leaflet
  and the basemap, about 1 MB, is in it: it is what the reader downloads);
- build CPU/wall s: documents -> HTML string (``build_map`` + ``map_html``), in CPU seconds of the
  process (steadier on a shared machine) and wall seconds; the first size's build is the process's
  first (it loads the basemap's labels and the gazetteer's town grid, as ``mapper map`` does);
- drawn ms: from navigation start until every marker is drawn (``data-mapper-ready``, the page's
  own clock), and "after load": from the moment the file is read (responseEnd) to the same moment
  (parsing the HTML, the data and drawing); median of ``--loads`` page loads;
- pan ms: mean and worst wall time of 20 un-animated 240x120 px pans, each until the second painted
  frame (about 33 ms is the floor at 60 frames a second), as the page is (the offline basemap draws
  its canvas again only when the view leaves the margin it drew), and "markers": the same with the
  basemap layer removed (what a pan costs with tiles, and the markers' own share);
- far pan ms: mean of 10 pans of a whole map width, each past the basemap's margin (so each draws
  the basemap again), until the second painted frame;
- far z6/z9 ms: median of 10 pans of a whole map width at zoom 6 (hundreds of markers in view, all
  new after each pan), and the same at zoom 9, over Europe, until the second painted frame, back and
  forth; "new z6/z9": the same always east, so that each pan shows ground the offline basemap has not
  drawn before (its new tiles and labels); and "markers": back and forth with the basemap layer
  removed (the markers' own share);
- zoom ms: one zoom-in step until the second painted frame (clusters of a new zoom are computed);
- filter ms: unticking the most common event type until the markers are drawn again;
- heap MB: the page's JavaScript heap after loading and a full garbage collection
  (``performance.memory``; Chromium's back-forward cache is off, as it keeps the previous load's page);
- errors: console errors, including those of a user who pans and zooms while the page loads.

Not a test: it prints a table and exits 0. Needs Chromium (/usr/bin/chromium) and playwright.

``--build-only`` measures the build alone, in CPU seconds (steadier than wall time on a shared
machine), stage by stage: sites (``collect_sites``), local labels, and the page (data document, JSON
and HTML); the median of ``--runs``, after one small warm-up map (the gazetteer's town grid and the
basemap's labels are loaded once per process).
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
from mapper.model import Article, Event, Excerpt, Mention, Place, Role, Source  # noqa: E402
from mapper.screenshot import HEADLESS_FLAGS, find_chromium  # noqa: E402

PANS = 20


def synthetic_articles(n: int, seed: int = 7) -> list[Doc]:
    """``n`` one-event articles at ``n`` different places: gazetteer cities, then its other places,
    then (past the gazetteer's 294,000 places) cities moved a few km under a new name."""
    rng = random.Random(seed)
    gaz = Gazetteer.load()
    cities = [i for i in range(len(gaz)) if gaz.place(i).kind == "city"]
    others = [i for i in range(len(gaz)) if gaz.place(i).kind != "city"]
    rows = rng.sample(cities, min(n, len(cities)))
    rows += rng.sample(others, min(max(0, n - len(rows)), len(others)))
    places = [gaz.place(row) for row in rows]
    for k in range(n - len(places)):
        p = gaz.place(rng.choice(cities))
        places.append(Place(f"{p.name} {k}", p.lat + rng.uniform(-0.1, 0.1), p.lon + rng.uniform(-0.1, 0.1),
                            p.country_code, "city", country=p.country))
    kinds = [(t, sub) for t, subs in TAXONOMY.items() for sub in subs]
    out = []
    for k, place in enumerate(places):
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
                   geo_precision=rng.choice([1, 1, 1, 2, 3]),
                   excerpts=[Excerpt(aid, text, 0, len(text))],
                   sources=[Source(aid, art.title, art.url, day)], mentions=[mention])
        out.append(Doc(art, [mention], [ev], roles=[Role("event_site")]))
    return out


_MAP = "window[document.querySelector('.folium-map').id]"
_PAN_JS = """async ([n]) => {
  const map = MAP;
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    map.panBy([i % 2 ? -240 : 240, i % 4 < 2 ? 120 : -120], {animate: false});
    await frame();
    times.push(performance.now() - t);
  }
  const far = [];
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    const t = performance.now();
    map.panBy([(i % 2 ? -1 : 1) * map.getSize().x, 0], {animate: false});
    await frame();
    far.push(performance.now() - t);
  }
  const t = performance.now();
  map.setZoom(map.getZoom() + 1, {animate: false});
  await frame();
  return [times, performance.now() - t, far];
}""".replace("MAP", _MAP)

# Far pans up close: at zoom 6 and at zoom 9 over Europe, where a view holds hundreds of markers (at
# zoom 6) or clusters and sites of one region (9), each pan a map's width (every marker in view is new),
# until the second painted frame (the new view drawn: its markers and the basemap); the page is left
# idle for a moment between pans. Back and forth (the basemap's tiles of both views are then at hand),
# or with ``onward`` always east, onto ground the basemap has not drawn before.
_FAR_CLOSE_JS = """async ([n, zooms, onward]) => {
  const map = MAP;
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const idle = () => new Promise(r => setTimeout(r, 300));
  const center = map.getCenter(), zoom = map.getZoom(), out = [];
  for (const z of zooms) {
    map.setView([48, 15], z, {animate: false});
    await frame(); await idle();
    const times = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      map.panBy([(i % 2 && !onward ? -1 : 1) * map.getSize().x, 0], {animate: false});
      await frame();
      times.push(performance.now() - t);
      await idle();
    }
    out.push(times);
  }
  map.setView(center, zoom, {animate: false});  // back to the view the other measures use
  await frame();
  return out;
}""".replace("MAP", _MAP)

_FILTER_JS = """async () => {
  const root = document.querySelector('.mapper-root');
  const before = root.getAttribute('data-mapper-loads');
  const t = performance.now();
  document.querySelector('.leaflet-control-layers-overlays input').click();
  await new Promise(r => { const w = () => root.getAttribute('data-mapper-loads') === before
      ? setTimeout(w, 5) : requestAnimationFrame(() => r()); w(); });
  return performance.now() - t;
}"""

_TIMES_JS = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const ready = Number(document.querySelector('.mapper-root').getAttribute('data-mapper-ready'));
  // What the page keeps: its heap after a full collection (the garbage of loading, such as the data's
  // JSON text, would otherwise count as much as the page's own data, depending on when V8 collects).
  if (window.gc) { gc(); gc(); }
  return [ready, ready - nav.responseEnd,
          performance.memory ? performance.memory.usedJSHeapSize / 1e6 : NaN];
}"""


def _busy_user(page: object) -> None:
    """Pan and zoom with the mouse while the page is still loading, until the markers are drawn."""
    page.mouse.move(640, 400)  # type: ignore[attr-defined]
    for i in range(400):
        if page.evaluate("!!document.querySelector('[data-mapper-ready]')"):  # type: ignore[attr-defined]
            return
        page.mouse.wheel(0, -120 if i % 2 else 120)  # type: ignore[attr-defined]
        page.mouse.down()  # type: ignore[attr-defined]
        page.mouse.move(640 + (30 if i % 2 else -30), 420)  # type: ignore[attr-defined]
        page.mouse.up()  # type: ignore[attr-defined]


def measure(page_path: Path, loads: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    chromium = find_chromium()
    # gc() for the heap figure; no back-forward cache, which keeps the previous load's page (and its
    # heap) alive in the same renderer.
    flags = [f for f in HEADLESS_FLAGS if f != "--headless"] + [
        "--enable-precise-memory-info", "--js-flags=--expose-gc", "--disable-features=BackForwardCache"]
    out: dict[str, float] = {}
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        ctx = p.chromium.launch_persistent_context(profile, executable_path=chromium, headless=True,
                                                   args=flags, viewport={"width": 1280, "height": 800})
        ctx.route("http*://**", lambda route: route.abort())  # measure the page, not the network
        page = ctx.new_page()
        errors: list[str] = []
        # The refused tiles log "Failed to load resource": the network's, not the page's.
        page.on("console", lambda m: errors.append(m.text) if m.type == "error"
                and not m.text.startswith("Failed to load resource") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        drawn, after, heap = [], [], []
        for _ in range(loads):
            page.goto(page_path.as_uri(), wait_until="load", timeout=600_000)
            page.wait_for_selector("[data-mapper-ready]", state="attached", timeout=600_000)
            t, a, h = page.evaluate(_TIMES_JS)
            drawn.append(t)
            after.append(a)
            heap.append(h)
        out["drawn_ms"], out["after_ms"], out["heap_mb"] = map(statistics.median, (drawn, after, heap))
        pans, zoom, far = page.evaluate(_PAN_JS, [PANS])
        out["pan_mean_ms"], out["pan_max_ms"], out["zoom_ms"] = statistics.mean(pans), max(pans), zoom
        out["far_pan_ms"] = statistics.mean(far)
        out["filter_ms"] = page.evaluate(_FILTER_JS)
        z6, z9 = page.evaluate(_FAR_CLOSE_JS, [10, [6, 9], False])
        out["far_z6_ms"], out["far_z9_ms"] = statistics.median(z6), statistics.median(z9)
        z6, z9 = page.evaluate(_FAR_CLOSE_JS, [10, [6, 9], True])
        out["new_z6_ms"], out["new_z9_ms"] = statistics.median(z6), statistics.median(z9)
        page.evaluate(f"{_MAP}.removeLayer({_MAP}.mapper.offline)")
        pans, _zoom, _far = page.evaluate(_PAN_JS, [PANS])
        out["pan_markers_ms"] = statistics.mean(pans)
        z6, z9 = page.evaluate(_FAR_CLOSE_JS, [10, [6, 9], False])
        out["far_z6_markers_ms"], out["far_z9_markers_ms"] = statistics.median(z6), statistics.median(z9)
        out["markers_drawn"] = len(page.evaluate(f"{_MAP}.mapper.markers()"))
        page.goto(page_path.as_uri(), wait_until="commit", timeout=600_000)
        _busy_user(page)
        page.wait_for_selector("[data-mapper-ready]", state="attached", timeout=600_000)
        page.evaluate(_PAN_JS, [4])
        out["errors"] = len(errors)
        ctx.close()
    return out


def build_only(sizes: list[int], runs: int) -> None:
    """CPU seconds of each build stage (median of ``runs``) for each size."""
    from mapper.mapview import _no_gc, collect_sites, local_labels, map_page

    gazetteer = Gazetteer.load()
    print(f"{'events':>7} {'sites':>8} {'labels':>9} {'page':>8} {'build':>8}  (CPU s, median of {runs})")
    for n in sizes:
        articles = synthetic_articles(n)
        map_html(build_map(articles[:2000], gazetteer=gazetteer))  # warm-up
        times: list[tuple[float, float, float]] = []
        for _ in range(runs):
            with _no_gc():
                t0 = time.process_time()
                sites = collect_sites(articles)
                t1 = time.process_time()
                labels = local_labels(sites, gazetteer)
                t2 = time.process_time()
                map_html(map_page(sites, title=f"{n} events", labels=labels))
                t3 = time.process_time()
                del sites, labels
            times.append((t1 - t0, t2 - t1, t3 - t2))
        sites_s, labels_s, page_s = (statistics.median(col) for col in zip(*times, strict=True))
        total = statistics.median(sum(t) for t in times)
        print(f"{n:>7} {sites_s:>8.2f} {labels_s:>9.2f} {page_s:>8.2f} {total:>8.2f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000, 300000])
    ap.add_argument("--loads", type=int, default=3, help="page loads per size (median time reported)")
    ap.add_argument("--keep", type=Path, help="keep the generated pages in this directory")
    ap.add_argument("--build-only", action="store_true", help="time the build stages only (CPU), no browser")
    ap.add_argument("--runs", type=int, default=3, help="builds per size with --build-only")
    args = ap.parse_args()
    if args.build_only:
        build_only(args.sizes, args.runs)
        return 0
    if find_chromium() is None:
        print("Chromium not found: install it (apt-get install chromium) to run this benchmark")
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="mapper-bench-map-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'events':>7} {'HTML MB':>8} {'B/event':>8} {'build CPU/wall s':>16} {'drawn ms':>9} "
          f"{'after load':>10} "
          f"{'pan ms':>13} {'markers':>8} {'far pan':>8} {'far z6/z9':>13} {'new z6/z9':>11} {'markers':>11} "
          f"{'zoom ms':>8} "
          f"{'filter ms':>9} "
          f"{'heap MB':>8} {'drawn':>7} {'errors':>6}")
    for n in args.sizes:
        articles = synthetic_articles(n)
        gazetteer = Gazetteer.load()  # as mapper map has it: loaded for the analysis
        t0, c0 = time.perf_counter(), time.process_time()
        html = map_html(build_map(articles, title=f"{n} events", gazetteer=gazetteer))
        build_s, build_cpu = time.perf_counter() - t0, time.process_time() - c0
        del articles
        size = len(html.encode())
        path = folder / f"map-{n}.html"
        path.write_text(html, encoding="utf-8")
        del html
        r = measure(path, args.loads)
        print(f"{n:>7} {size / 1e6:>8.1f} {size / n:>8.0f} {build_cpu:>8.2f}/{build_s:<7.2f} "
              f"{r['drawn_ms']:>9.0f} "
              f"{r['after_ms']:>10.0f} {r['pan_mean_ms']:>6.1f}/{r['pan_max_ms']:<6.1f} "
              f"{r['pan_markers_ms']:>8.1f} {r['far_pan_ms']:>8.1f} "
              f"{r['far_z6_ms']:>6.0f}/{r['far_z9_ms']:<6.0f} {r['new_z6_ms']:>5.0f}/{r['new_z9_ms']:<5.0f} "
              f"{r['far_z6_markers_ms']:>5.0f}/{r['far_z9_markers_ms']:<5.0f} {r['zoom_ms']:>8.0f} "
              f"{r['filter_ms']:>9.0f} {r['heap_mb']:>8.0f} {r['markers_drawn']:>7.0f} {r['errors']:>6.0f}",
              flush=True)
        if not args.keep:
            path.unlink()
    print(f"pages in {folder}" if args.keep else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
