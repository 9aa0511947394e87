"""The map in a real browser: Debian's headless Chromium driven by Playwright.

Every page here is opened with the network cut: requests to anything but local files are
intercepted, counted and aborted (a test that wants tiles answers them itself). The tests click what
a reader clicks: markers, clusters, the "All excerpts" button, the layer control, the actor and
country filters, the date slider, histogram and play button, and the search box; they pan and zoom
while a large map loads, and they fail on any console error.
"""

from __future__ import annotations

import os
import random
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from output_samples import GENEVA, deir_geneva_article, realistic_articles

from mapper.doc import Doc
from mapper.mapview import build_map, collect_sites, embed_assets, map_page, save_map
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Role, Source
from mapper.screenshot import HEADLESS_FLAGS, find_chromium

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
HOSTILE_DIR = Path(__file__).parent / "data" / "hostile"
PWNED = "document.title='pwned'"
IMG = f'<img src=x onerror="{PWNED};document.body.setAttribute(\'data-pwned\',\'img\')">'
HOSTILE = (f"{IMG} <script>{PWNED}</script> </script><script>{PWNED}</script> `;{PWNED};` "
           f"${{{PWNED}}} \\u \"dq\" 'sq' </div> \u202eevil\u202c zero\u200bwidth")


def _chromium() -> str:
    path = find_chromium()
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but chromium is missing ({CHROMIUM}); .ci/run should install it")
    pytest.skip(f"chromium not installed ({CHROMIUM}); apt-get install chromium to run browser tests")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One headless Chromium with a fresh profile for the module (each test gets its own page)."""
    with launch_browser(tmp_path_factory) as ctx:
        yield ctx


@contextmanager
def launch_browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Headless Chromium (a Playwright browser context) with a fresh profile; skips without Chromium
    (fails under CI)."""
    chromium = _chromium()
    if os.environ.get("CI"):
        from playwright.sync_api import sync_playwright
    else:
        sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    flags = [f for f in HEADLESS_FLAGS if f != "--headless"]  # Playwright adds its own headless switch
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("profile"), executable_path=chromium, headless=True, args=flags,
            viewport={"width": 1280, "height": 800})
        yield ctx
        ctx.close()


class Page:
    """A page of ``browser`` with its network cut: every request is recorded, console errors kept."""

    def __init__(self, ctx: object) -> None:
        self.page = ctx.new_page()  # type: ignore[attr-defined]
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", self._route)

    @staticmethod
    def _route(route: object) -> None:
        if route.request.url.startswith("file://"):  # type: ignore[attr-defined]
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    def open(self, path: Path) -> Page:
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(".mapper-root[data-mapper-loads]", state="attached", timeout=60_000)
        return self

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def markers(self) -> list[dict]:
        """The markers drawn on the map's canvas inside its view (``map.mapper.markers()``), each with
        its page coordinates (``px``, ``py``): sites (``site`` >= 0) and clusters (``site`` -1)."""
        return self.page.evaluate(_MARKERS)  # type: ignore[no-any-return]

    def sites(self) -> list[str]:
        """The names of the places drawn as single markers in view, in drawing order."""
        return [m["title"].split(" — ")[0] for m in self.markers() if m["site"] >= 0]

    def click_marker(self, marker: dict) -> None:
        """A real click at the marker's place on the page: the map matches it to the drawn marker."""
        self.page.mouse.click(marker["px"], marker["py"])

    def wait_loads(self, n: int) -> None:
        self.page.wait_for_selector(f'.mapper-root[data-mapper-loads="{n}"]', state="attached")

    def overlay(self, label: str) -> object:
        return self.page.locator(".leaflet-control-layers-overlays label", has_text=label).locator("input")

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def page(browser: object) -> Iterator[Page]:
    p = Page(browser)
    yield p
    p.close()


def _save(tmp_path: Path, articles: list[Doc], name: str = "map.html", **kwargs: object) -> Path:
    path = tmp_path / name
    save_map(build_map(articles, **kwargs), path)  # type: ignore[arg-type]
    return path


def _map_js(body: str) -> str:
    """A function run in the page with ``map`` (the Leaflet map) and ``root`` (its container)."""
    return ("() => { const map = window[document.querySelector('.folium-map').id]; "
            f"const root = map.getContainer(); {body} }}")


# Every map of a page (or of a frame): its markers in view, at page coordinates.
_ALL_MARKERS = """() => Array.from(document.querySelectorAll('.folium-map')).map(el => {
  const map = window[el.id], r = el.getBoundingClientRect();
  return map.mapper.markers().map(m => Object.assign(m, {px: m.x + r.left, py: m.y + r.top}));
})"""
_MARKERS = f"() => ({_ALL_MARKERS})()[0]"


def test_offline_map_renders_with_no_network_request(tmp_path: Path, page: Page) -> None:
    path = _save(tmp_path, realistic_articles(), offline=True, title="Offline test")
    page.open(path)
    # 8 places with events are drawn; Syria (only mentioned) waits in its unticked layer.
    assert len(page.sites()) == 8
    page.page.wait_for_function(_map_js("return map.mapper.basemap() && map.mapper.basemap().frames > 0;"))
    assert page.page.inner_text(".mapper-title") == "Offline test"
    assert page.count(".leaflet-tile") == 0
    assert page.page.get_attribute(".mapper-root", "data-mapper-basemap") == "offline"
    assert page.requests == [path.as_uri()]  # the file itself, nothing else
    assert page.errors == []


# A 1x1 PNG: a tile server that answers.
_TILE = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                      "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2f7d3a80000000049454e44ae426082")


def test_tiles_that_fail_give_way_to_the_offline_basemap(tmp_path: Path, page: Page) -> None:
    path = _save(tmp_path, realistic_articles(), title="Default page")  # OpenStreetMap tiles
    page.open(path)
    root = page.page.locator(".mapper-root")
    page.page.wait_for_selector('.mapper-root[data-mapper-basemap="offline"]', state="attached")
    assert root.get_attribute("data-mapper-tiles-failed") == "errors"
    page.page.wait_for_function(_map_js("return map.mapper.basemap() && map.mapper.basemap().frames > 0;"))
    assert len(page.sites()) == 8
    assert "Map tiles could not be loaded: offline basemap shown" in page.page.inner_text(
        ".leaflet-control-attribution")
    hosts = {u.split("/")[2] for u in page.requests if not u.startswith("file:")}
    assert hosts == {"tile.openstreetmap.org"}  # the page needs nothing else from the network
    assert page.errors and all("ERR_FAILED" in e for e in page.errors)  # only the refused tiles


def test_tiles_that_load_are_the_basemap(tmp_path: Path, browser: object) -> None:
    page = Page(browser)
    try:
        page.page.route("https://tile.openstreetmap.org/**",
                        lambda route: route.fulfill(status=200, content_type="image/png", body=_TILE))
        page.open(_save(tmp_path, [deir_geneva_article()]))
        page.page.wait_for_selector('.mapper-root[data-mapper-basemap="tiles"]', state="attached")
        assert page.count(".leaflet-tile-loaded") > 0
        assert page.page.evaluate(_map_js("return map.mapper.basemap();")) is None  # never drawn
        assert "OpenStreetMap" in page.page.inner_text(".leaflet-control-attribution")
        assert page.errors == []
    finally:
        page.close()


_LABELS_AT = """([lat, lon, zoom]) => {
  const map = window[document.querySelector('.folium-map').id];
  map.setView([lat, lon], zoom, {animate: false});
  map.mapper.basemap().redraw();
  return map.mapper.basemap().labelsDrawn().map(l => l.name);
}"""


def test_offline_basemap_names_the_towns_around_the_events_by_zoom(tmp_path: Path, page: Page) -> None:
    # The integration of the basemap module: the page carries this map's local labels (the towns
    # near Deir ez-Zor) and the basemap draws them as the reader zooms in.
    path = _save(tmp_path, [deir_geneva_article()], offline=True)
    page.open(path)
    page.page.wait_for_function(_map_js("return map.mapper.basemap() && map.mapper.basemap().frames > 0;"))
    shown = {zoom: page.page.evaluate(_LABELS_AT, [35.2, 40.3, zoom]) for zoom in (5, 9)}
    shown[12] = page.page.evaluate(_LABELS_AT, [35.30088, 40.28916, 12])  # at Khusham
    assert "Baghdad" in shown[5] and "Al Mayādīn" not in shown[5]  # capitals first, no town yet
    assert {"Deir ez-Zor", "Al Mayādīn"} <= set(shown[9])  # the towns of the events' region at zoom 9
    assert "Khushām" in shown[12] and "Khushām" not in shown[9]  # the village of the excerpt, up close
    assert page.errors == []


_LABELS_AND_MARKERS = """([lat, lon, zoom]) => {
  const map = window[document.querySelector('.folium-map').id];
  map.setView([lat, lon], zoom, {animate: false});
  map.mapper.basemap().redraw();
  return [map.mapper.basemap().labelsDrawn(), map.mapper.markers()];
}"""


def _covered(label: dict, markers: list[dict]) -> list[str]:
    """The markers whose disc meets the label's name (its box: the name's extent, 7 px either side
    of its line)."""
    x0, x1 = label["text"]
    y0, y1 = label["y"] - 7, label["y"] + 7
    out = []
    for m in markers:
        r = m["box"] / 2
        nx, ny = min(max(m["x"], x0), x1), min(max(m["y"], y0), y1)
        if (nx - m["x"]) ** 2 + (ny - m["y"]) ** 2 < r * r:
            out.append(m["title"])
    return out


def test_offline_basemap_labels_keep_clear_of_the_markers(tmp_path: Path, page: Page) -> None:
    """At zoom 9 over Deir ez-Zor the town's own label is beside its marker (right of it), not under
    it, and no drawn label's name lies under a marker, at zoom 6, 9 and 12 (a label that would be is
    moved to the other side, or left out). A filter that hides the marker puts the name back on its
    town's point."""
    page.open(_save(tmp_path, realistic_articles(), offline=True))
    page.page.wait_for_function(_map_js("return map.mapper.basemap() && map.mapper.basemap().frames > 0;"))
    for lat, lon, zoom in ((35.2, 40.3, 9), (35.0, 38.0, 6), (35.33588, 40.14084, 12), (33.7, 36.0, 9)):
        labels, markers = page.page.evaluate(_LABELS_AND_MARKERS, [lat, lon, zoom])
        assert labels and markers
        assert [(lab["name"], _covered(lab, markers)) for lab in labels if _covered(lab, markers)] == []
    labels, markers = page.page.evaluate(_LABELS_AND_MARKERS, [35.2, 40.3, 9])
    [deir] = [m for m in markers if m["title"].startswith("Deir ez-Zor")]
    [town] = [lab for lab in labels if lab["name"] == "Deir ez-Zor"]
    assert abs(town["y"] - deir["y"]) < 4 and deir["x"] + deir["box"] / 2 <= town["text"][0] <= deir["x"] + 20
    # Only Deir ez-Zor's airstrike is an explosion: hide that layer, and the name sits on its dot again.
    page.overlay("Explosions").uncheck()  # type: ignore[attr-defined]
    page.page.wait_for_function(_map_js(
        "return !map.mapper.markers().some(m => m.title.startsWith('Deir ez-Zor'));"))
    page.page.wait_for_function(_map_js("return map.mapper.basemap().labelsDrawn()"
                                        ".some(l => l.name === 'Deir ez-Zor' && l.text[0] < l.x + 9);"))
    assert page.errors == []


def test_clicking_a_marker_opens_its_popup_and_the_panel_lists_every_excerpt(tmp_path: Path,
                                                                            page: Page) -> None:
    page.open(_save(tmp_path, [deir_geneva_article()], offline=True))
    deir = [m for m in page.markers() if m["title"].startswith("Deir ez-Zor")]
    page.page.mouse.move(deir[0]["px"], deir[0]["py"])  # the pointer over it: its description, and a hand
    assert page.page.get_attribute(".mapper-root", "title") == (
        "Deir ez-Zor — Air/drone strike, Shelling/artillery/missile attack")
    assert page.page.evaluate("getComputedStyle(document.querySelector('.mapper-root')).cursor") == "pointer"
    page.click_marker(deir[0])
    popup = page.page.locator(".leaflet-popup-content")
    assert popup.locator(".mapper-place").inner_text() == "Deir ez-Zor"
    assert popup.locator("blockquote.mapper-excerpt").inner_text() == (
        "Coalition drones struck Islamic State positions east of Deir ez-Zor near Khusham on Tuesday, "
        "killing four fighters and wounding nine.")
    assert popup.locator("blockquote mark").inner_text() == "Deir ez-Zor"
    assert popup.locator(".mapper-facts").all_inner_texts() == [
        "2024-05-07 · near Deir ez-Zor · US-led coalition vs Islamic State · 4 killed · 9 injured",
        "2024-05-07"]
    assert popup.locator(".mapper-source a").get_attribute("href") == "https://news.example.org/sy/2024-05-07"
    popup.locator("button.mapper-more").click()
    panel = page.page.locator(".mapper-panel.mapper-open")
    assert panel.locator(".mapper-excerpt").all_inner_texts() == [
        "Coalition drones struck Islamic State positions east of Deir ez-Zor near Khusham on Tuesday, "
        "killing four fighters and wounding nine.",
        "Residents of Deir ez-Zor said the shelling continued overnight."]
    assert panel.locator("a").get_attribute("href") == "https://news.example.org/sy/2024-05-07"
    panel.locator(".mapper-panel-close").click()
    assert page.count(".mapper-panel.mapper-open") == 0
    assert page.errors == []


def _precision_articles() -> list[Doc]:
    """Five places: an exact event (geo_precision 1), one near a town (2), one in a region (3), and
    the coder's unknown villages, coded at their district or province with geo_precision 2."""
    out = []
    for k, (name, lat, gp, kind) in enumerate([
            ("Exactville", 10.0, 1, "city"), ("Neartown", 10.5, 2, "city"),
            ("Somewhere Province", 11.0, 3, "admin1"), ("Village Province", 11.5, 2, "admin1"),
            ("Village District", 12.0, 2, "admin2")]):
        p = Place(name, lat, 20.0 + k, "XX", kind, country="Testland")
        text = f"Clashes were reported in {name} on Monday."
        m = Mention(text.index(name), text.index(name) + len(name), name, p, sentence=(0, len(text)))
        ev = Event("Battles", "Armed clash", p, date="2024-01-01", time_precision=1, geo_precision=gp,
                   excerpts=[Excerpt(f"a{k}", text, 0, len(text))], mentions=[m])
        out.append(Doc(Article(f"a{k}", text, title=f"A{k}"), [m], [ev]))
    return out


# The share of the marker canvas's pixels painted (alpha > 0) between radii r0 and r1 around a page point.
_PAINTED = """([x, y, r0, r1]) => {
  const c = document.querySelector('canvas.mapper-markers'), b = c.getBoundingClientRect();
  const k = c.width / b.width, n = Math.ceil(2 * r1 * k) + 2;
  const x0 = Math.floor((x - b.left - r1) * k), y0 = Math.floor((y - b.top - r1) * k);
  const data = c.getContext('2d').getImageData(x0, y0, n, n).data;
  let inside = 0, painted = 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {  // the distance of the pixel's centre from the point
      const d = Math.hypot((x0 + i + 0.5) / k - (x - b.left), (y0 + j + 0.5) / k - (y - b.top));
      if (d < r0 || d > r1) { continue; }
      inside += 1;
      if (data[4 * (j * n + i) + 3] > 0) { painted += 1; }
    }
  }
  return painted / inside;
}"""


def test_approximate_places_are_drawn_with_a_ring_and_said_to_be_near(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, _precision_articles(), offline=True))
    drawn = sorted((m["title"].split(" — ")[0], m["ring"], m["size"], m["box"], m["px"], m["py"])
                   for m in page.markers())
    # A village in a province is drawn as vaguely as the province (its wide dotted ring): the
    # marker's point says nothing closer; a district keeps the dashed ring of geo_precision 2.
    assert [d[:4] for d in drawn] == [("Exactville", 0, 14, 14), ("Neartown", 2, 14, 26),
                                      ("Somewhere Province", 3, 14, 32), ("Village District", 2, 14, 26),
                                      ("Village Province", 3, 14, 32)]
    # On the canvas: around an exact place's dot nothing is painted; around an approximate one, its ring.
    around = [page.page.evaluate(_PAINTED, [x, y, size / 2 + 2, max(box / 2 - 2, size / 2 + 5)])
              for _name, _ring, size, box, x, y in drawn]
    assert around[0] == 0 and min(around[1:]) > 0.9, around
    facts = []
    for site in range(5):
        page.page.evaluate(_map_js(f"map.mapper.openPopup({site});"))
        facts.append(page.page.inner_text(".leaflet-popup-content .mapper-facts"))
    # An area's point is not near the event: the event is somewhere in the area.
    assert facts == ["2024-01-01", "2024-01-01 · near Neartown",
                     "2024-01-01 · somewhere in Somewhere Province",
                     "2024-01-01 · somewhere in Village Province",
                     "2024-01-01 · somewhere in Village District"]
    assert "Dashed ring: place approximate" in page.page.inner_text(".mapper-legend")
    assert page.errors == []


def test_layer_control_hides_and_shows_layers(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, realistic_articles(), offline=True))
    assert len(page.sites()) == 8
    page.overlay("Political").uncheck()  # Amman, Beirut, Damascus
    page.wait_loads(2)
    assert len(page.sites()) == 5
    assert "Amman" not in page.sites()
    page.overlay("Mentioned only").check()  # Syria
    page.wait_loads(3)
    assert len(page.sites()) == 6 and page.sites().count("Syria") == 1
    page.overlay("Heatmap").check()
    assert page.count("canvas.leaflet-heatmap-layer") == 1
    assert page.errors == []


def test_actor_and_country_filters(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, realistic_articles(), offline=True))
    count = page.page.locator(".mapper-count")
    actors = page.page.locator("select.mapper-filter-actor")
    assert actors.locator("option").all_inner_texts() == [
        "All actors", "Government of Syria (1)", "HTS (1)", "Islamic State (1)",
        "Military Forces of Syria (1)", "Protesters (1)", "Syrian Democratic Forces (1)",
        "US-led coalition (1)"]
    actors.select_option(label="HTS (1)")
    page.wait_loads(2)
    assert count.inner_text() == "1 of 9 events shown"
    assert [m["title"] for m in page.markers()] == ["Idlib — Armed clash"]
    actors.select_option(label="All actors")
    countries = page.page.locator("select.mapper-filter-country")
    assert countries.locator("option").all_inner_texts() == [
        "All countries", "Syria (6)", "Jordan (1)", "Lebanon (1)", "Switzerland (1)"]
    countries.select_option(label="Lebanon (1)")
    page.wait_loads(4)
    assert count.inner_text() == "1 of 9 events shown"
    assert [m["title"] for m in page.markers()] == ["Beirut — Statement"]
    assert page.errors == []


def test_date_histogram_slider_and_play(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, realistic_articles(), offline=True))
    time = page.page.locator(".mapper-time")
    assert time.locator(".mapper-count").inner_text() == "9 of 9 events shown"
    # One bar per day (3 days), its height the day's share of the busiest day.
    bars = time.locator(".mapper-hist span")
    assert [b.get_attribute("data-count") for b in bars.all()] == ["3", "3", "3"]
    assert bars.first.get_attribute("title") == "2024-05-07: 3 events"
    first, last = time.locator("input[type=range]").all()
    # Move the end of the range back to 2024-05-08: the Amman/Beirut/Damascus events of the 9th go.
    day = int(first.get_attribute("min") or 0) + 1
    last.evaluate("(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", str(day))
    page.wait_loads(2)
    assert "2024-05-07 – 2024-05-08" in time.inner_text()
    assert time.locator(".mapper-count").inner_text() == "6 of 9 events shown"
    assert len(page.sites()) == 5
    assert [b.get_attribute("class") for b in bars.all()] == ["mapper-in", "mapper-in", ""]
    # Play steps through the days, one at a time, then stops on the last.
    time.locator("button.mapper-play").click()
    shown = []
    for step in range(3):
        page.page.wait_for_selector(f'.mapper-root[data-mapper-play="{step}"]', state="attached")
        shown.append((time.locator(".mapper-range").inner_text(), time.locator(".mapper-count").inner_text()))
    assert shown == [("2024-05-07 – 2024-05-07", "3 of 9 events shown"),
                     ("2024-05-08 – 2024-05-08", "3 of 9 events shown"),
                     ("2024-05-09 – 2024-05-09", "3 of 9 events shown")]
    page.page.wait_for_function("document.querySelector('.mapper-play').textContent === '\u25b6'")
    assert len(page.sites()) == 3  # Amman, Beirut, Damascus on the last day
    # A click on a bar shows that day.
    bars.nth(1).click()
    assert time.locator(".mapper-count").inner_text() == "3 of 9 events shown"
    assert page.errors == []


def _redated(dates: dict[str, str]) -> list[Doc]:
    """realistic_articles() with each day's events (2024-05-07, -08, -09: three each) moved to
    ``dates[day]``."""
    docs = realistic_articles()
    for doc in docs:
        for ev in doc.events:
            ev.date = dates.get(ev.date or "", ev.date)
    return docs


@pytest.mark.parametrize(("dates", "unit", "bars", "click", "shown"), [
    # Years apart: a bar per calendar year, a click shows that year.
    ({"2024-05-07": "2016-09-17", "2024-05-08": "2019-03-01"}, "year",
     [("2016", 3), ("2017", 0), ("2018", 0), ("2019", 3), ("2020", 0), ("2021", 0), ("2022", 0), ("2023", 0),
      ("2024", 3)], 3, "2019-01-01 – 2019-12-31"),
    # Fourteen months: a bar per calendar month.
    ({"2024-05-07": "2023-03-10", "2024-05-08": "2023-11-30"}, "month",
     [("2023-03", 3)] + [(f"2023-{m:02d}", 0) for m in range(4, 11)] + [("2023-11", 3), ("2023-12", 0)]
     + [(f"2024-{m:02d}", 0) for m in range(1, 5)] + [("2024-05", 3)], 8, "2023-11-01 – 2023-11-30"),
    # Three months: a bar per week from the first day.
    ({"2024-05-07": "2024-02-01", "2024-05-08": "2024-03-15"}, "week",
     [("2024-02-01", 3)] + [("", 0)] * 5 + [("2024-03-14", 3)] + [("", 0)] * 7 + [("2024-05-09", 3)], 6,
     "2024-03-14 – 2024-03-20"),
])
def test_date_histogram_bins_adapt_to_the_span(tmp_path: Path, page: Page, dates: dict[str, str], unit: str,
                                                bars: list[tuple[str, int]], click: int, shown: str) -> None:
    """Events years (or months, or weeks) apart: the histogram has a bar per year (month, week), each
    wide enough to see, rather than a hundred bars of a pixel; a click on one shows its period (the
    range is clipped to the first and last events' days at the ends)."""
    page.open(_save(tmp_path, _redated(dates), offline=True))
    time = page.page.locator(".mapper-time")
    hist = time.locator(".mapper-hist")
    assert hist.get_attribute("data-unit") == unit
    found = [(b.get_attribute("title") or "", int(b.get_attribute("data-count") or -1))
             for b in hist.locator("span").all()]
    assert [(t.split(":")[0] if n else "", n) for t, n in found] == [(t if n else "", n) for t, n in bars]
    widths = hist.locator("span").evaluate_all("bars => bars.map(b => b.getBoundingClientRect().width)")
    assert min(widths) >= 3
    hist.locator("span").nth(click).click()
    assert time.locator(".mapper-range").inner_text() == shown
    assert time.locator(".mapper-count").inner_text() == "3 of 9 events shown"
    assert page.errors == []


def test_search_box_finds_a_place_and_opens_its_popup(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, realistic_articles(), offline=True))
    page.page.fill(".mapper-search input", "gen")
    assert page.page.locator(".mapper-search li").all_inner_texts() == ["Geneva — Agreement"]
    page.page.press(".mapper-search input", "Enter")
    assert page.page.locator(".leaflet-popup-content .mapper-place").inner_text() == "Geneva"
    page.page.fill(".mapper-search input", "DAMAS")  # case-insensitive
    assert page.page.locator(".mapper-search li").all_inner_texts() == ["Damascus — Statement"]
    assert page.errors == []


_RECTS = _map_js("""
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const at = box(root), half = (m) => m.size / 2;
  return { map: at, controls: Array.from(root.querySelectorAll('.leaflet-control')).map(box),
           markers: map.mapper.markers().map(m => [at[0] + m.x - half(m), at[1] + m.y - half(m),
                                                   at[0] + m.x + half(m), at[1] + m.y + half(m)]) };""")


def _assert_clear(rects: dict, n: int) -> None:
    """Every marker inside the map and under no control (legend, time box, layers, search)."""
    left, top, right, bottom = rects["map"]
    assert len(rects["markers"]) == n
    for m in rects["markers"]:
        assert left <= m[0] and m[2] <= right and top <= m[1] and m[3] <= bottom, m
        for c in rects["controls"]:
            assert m[2] <= c[0] or m[0] >= c[2] or m[3] <= c[1] or m[1] >= c[3], (m, c)


def test_first_view_fits_the_events_clear_of_the_controls(tmp_path: Path, page: Page) -> None:
    # A far-away place only mentioned (Washington) does not widen the view.
    articles = realistic_articles()
    washington = Place("Washington", 38.89511, -77.03637, "US", "city", country="United States")
    text = "Washington said nothing."
    articles.append(Doc(Article("us", text),
                                    [Mention(0, 10, "Washington", washington, sentence=(0, 24))]))
    page.open(_save(tmp_path, articles, offline=True))
    _assert_clear(page.page.evaluate(_RECTS), 8)
    assert page.page.evaluate(_map_js("return map.getBounds().contains([38.9, -77.0]);")) is False
    # One event: opens at zoom 8, not 10 km of emptiness.
    page.open(_save(tmp_path, [Doc(Article("g", "x"), [], [
        Event("Strategic developments", "Agreement", GENEVA)])], name="one.html", offline=True))
    assert page.page.evaluate(_map_js("return map.getZoom();")) == 8
    _assert_clear(page.page.evaluate(_RECTS), 1)
    assert page.errors == []


def test_first_view_in_a_small_embed_keeps_markers_clear(tmp_path: Path, page: Page) -> None:
    m = build_map(realistic_articles(), offline=True)
    save_map(m, tmp_path / "frag.html", embed=True, height="420px")
    frag = (tmp_path / "frag.html").read_text(encoding="utf-8")
    report = tmp_path / "report.html"
    report.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>R</title></head><body>"
                      f"<div style='width:760px'>{frag}</div></body></html>", encoding="utf-8")
    page.page.goto(report.as_uri())
    page.page.wait_for_selector(".mapper-root[data-mapper-ready]", state="attached")
    _assert_clear(page.page.evaluate(_RECTS), 8)
    assert page.errors == []


def _many(n: int, seed: int = 3) -> list[Doc]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        p = Place(f"Town {i}", rng.uniform(-50, 60), rng.uniform(-120, 140), "XX", "city")
        text = f"Clashes in Town {i} left two dead."
        m = Mention(11, 11 + len(p.name), p.name, p, sentence=(0, len(text)))
        ev = Event("Battles", "Armed clash", p, date=f"2024-01-{1 + i % 28:02d}", time_precision=1,
                   fatalities=2, excerpts=[Excerpt(f"a{i}", text, 0, len(text))],
                   sources=[Source(f"a{i}", f"A{i}")], mentions=[m])
        out.append(Doc(Article(f"a{i}", text, title=f"A{i}"), [m], [ev]))
    return out


def test_many_events_are_clustered_and_every_one_is_counted(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, _many(1000), offline=True))
    counts = page.page.evaluate(_map_js("""
      const z = map.getZoom(), c = map.mapper.clustersAt(z); let events = 0;
      for (let a = 0; a < c.n; a++) { events += c.events[a]; }
      return [events, c.n];"""))
    assert counts[0] == 1000  # every event in exactly one cluster or marker
    drawn = page.markers()
    clusters = [m for m in drawn if m["site"] < 0]
    assert clusters and all(m["text"] == str(m["events"]) for m in clusters)  # labelled with its events
    assert sum(m["events"] for m in drawn) == 1000 and len(drawn) < 300  # the first view: all, clustered
    assert page.count(".leaflet-marker-icon") == 0  # drawn on the canvas, no element per marker
    before = page.page.evaluate(_map_js("return map.getZoom();"))
    page.click_marker(clusters[0])  # zooms in: the cluster splits
    page.page.wait_for_function(_map_js(f"return map.getZoom() > {before};"))
    assert page.errors == []


# Whether the canvas shows exactly the clusters and sites of this zoom whose centre is in the view
# (counted here from map.mapper.clustersAt, independently of the drawing), with the number of them.
_ALL_IN_VIEW = _map_js("""
  if (map._panAnim && map._panAnim._inProgress || map._animatingZoom) { return null; }
  const z = map.getZoom(), c = map.mapper.clustersAt(z), size = map.getSize(), o = map.getPixelBounds().min;
  let n = 0;
  for (let a = 0; a < c.n; a++) {
    if (!c.count[a]) { continue; }
    // (whole pixels, as the markers are drawn: a centroid half a pixel past the edge is a drawn marker on it)
    const x = Math.round(c.sx[a] / c.count[a] - o.x), y = Math.round(c.sy[a] / c.count[a] - o.y);
    if (x >= 0 && y >= 0 && x <= size.x && y <= size.y) { n += 1; }
  }
  return [n, map.mapper.markers().length];""")

# No pan glide or zoom animation is running (a wheel zoom or a drag's glide may still end on a loaded
# machine): the far pan below then draws in its own task.
_SETTLED = _map_js("return !(map._panAnim && map._panAnim._inProgress) && !map._animatingZoom;")


def _settle(page: Page) -> None:
    """Two animation frames (a drag's glide starts in the frame after the mouse is released), then until
    no animation runs."""
    page.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.page.wait_for_function(_SETTLED)

_FAR_PAN_AT = """([zoom, sign]) => {
  const map = window[document.querySelector('.folium-map').id];
  map.setView([35, 10], zoom, {animate: false});
  map.panBy([sign * map.getSize().x, 0], {animate: false});
  return 0;
}"""


def test_a_user_panning_up_close_while_a_large_map_loads_and_after_sees_every_marker(
        tmp_path: Path, page: Page) -> None:
    # Wheel, drag and far pans at zoom 6 to 9 from the moment the page commits until its markers are
    # drawn, and after; then every marker of the view is drawn after each pan, in the same task.
    path = tmp_path / "large.html"
    save_map(map_page(collect_sites(_many(5_000)), offline=True), path)  # (no local labels: quicker)
    page.page.goto(path.as_uri(), wait_until="commit")
    page.page.mouse.move(640, 400)
    moves = 0
    while not page.page.evaluate("!!document.querySelector('[data-mapper-ready]')"):
        page.page.evaluate("""(n) => {  // the map object exists before its markers are drawn
          const el = document.querySelector('.folium-map'), map = el && window[el.id];
          if (map && map.setView) { map.setView([35, 10], 6 + n % 4, {animate: false}); map.panBy([700, 0]); }
        }""", moves)
        page.page.mouse.wheel(0, -240 if moves % 2 else 240)
        page.page.mouse.down()
        page.page.mouse.move(600 + 80 * (moves % 2), 380)
        page.page.mouse.up()
        moves += 1
        assert moves < 2000
    for step in range(6):  # and right after loading, without waiting for anything
        page.page.mouse.wheel(0, -360 if step % 2 else 360)
        page.page.mouse.move(640 + 50 * (step % 3), 400)
    page.page.evaluate(_map_js("map.panBy([300, 100], {animate: false}); map.setZoom(map.getZoom() + 2);"))
    # Time for any deferred work (timers, the zoom animation) to fail, as markercluster's chunked
    # loading did ("Cannot read properties of undefined (reading 'lat')").
    page.page.wait_for_timeout(600)
    assert page.errors == []
    for zoom in (6, 7, 8, 9):
        for sign in (1, -1, -1):  # a map's width east, back, and west: all new markers each time
            _settle(page)
            page.page.evaluate(_FAR_PAN_AT, [zoom, sign])
            shown, drawn = page.page.evaluate(_ALL_IN_VIEW)
            assert drawn == shown and (zoom > 6 or shown > 30), (zoom, sign, shown, drawn)
        page.page.mouse.move(640, 400)  # and a drag with the mouse (it may glide on: wait until it stops)
        page.page.mouse.down()
        page.page.mouse.move(200, 300, steps=4)
        page.page.mouse.up()
        page.page.wait_for_function(f"(({_ALL_IN_VIEW})() || [0, 1]).reduce((a, b) => a === b)")
    assert page.count(".leaflet-marker-icon") == 0
    assert page.errors == []


def test_embeds_share_one_copy_of_the_assets(tmp_path: Path, page: Page) -> None:
    save_map(build_map([deir_geneva_article()], offline=True), tmp_path / "one.html", embed=True,
             height="400px")
    save_map(build_map(realistic_articles()), tmp_path / "two.html", embed=True, height="400px")
    one, two = ((tmp_path / f).read_text(encoding="utf-8") for f in ("one.html", "two.html"))
    _save(tmp_path, [deir_geneva_article()], name="full.html", offline=True)
    report = tmp_path / "report.html"
    report.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title></head><body>"
                      f"<h1>Weekly report</h1>{one}<p>Between the maps.</p>{two}"
                      "<iframe src='full.html' width='800' height='400'></iframe></body></html>",
                      encoding="utf-8")
    page.page.goto(report.as_uri())
    page.page.wait_for_function("document.querySelectorAll('.mapper-root[data-mapper-ready]').length == 2")
    embeds = page.page.locator(".mapper-embed")
    assert embeds.count() == 2
    assert [len(ms) for ms in page.page.evaluate(_ALL_MARKERS)] == [2, 8]
    frame = page.page.frame_locator("iframe")
    frame.locator(".mapper-root[data-mapper-ready]").wait_for(state="attached")
    inner = next(f for f in page.page.frames if f.url.endswith("full.html"))
    assert [len(ms) for ms in inner.evaluate(_ALL_MARKERS)] == [2]
    # One copy of Leaflet, mapper.js, the style and the basemap data for both fragments.
    name = embed_assets()[0]
    # The assets' style, and folium's style of each map's div.
    assert page.page.evaluate("document.querySelectorAll('style').length") == 1 + 2
    assert page.page.evaluate("Array.from(document.styleSheets).filter(s => s.ownerNode.textContent"
                              ".includes('.mapper-root')).length") == 1
    assert page.page.evaluate(f"document.querySelectorAll('script[src=\"{name}\"]').length") == 2
    assert page.page.evaluate("window.mapperAssets.basemap.format") == "mapper-basemap/1"
    # The report keeps its own look: the fragments did not restyle <body>.
    assert page.page.evaluate("getComputedStyle(document.body).margin") == "8px"
    assert page.page.inner_text("h1") == "Weekly report"
    assert not [u for u in page.requests if not u.startswith("file:") and "tile.openstreetmap.org" not in u]
    assert all("ERR_FAILED" in e for e in page.errors)  # only the second map's refused tiles


def _hostile_articles() -> list[Doc]:
    sentence = f"Talks in Geneva stalled {HOSTILE} on Monday."
    text = f"{sentence} {HOSTILE}"
    start = text.index("Geneva")
    m = Mention(start, start + 6, "Geneva", GENEVA, sentence=(0, len(sentence)))
    art = Article(id=f"x{HOSTILE}", text=text, title=f"T {HOSTILE}", url=f"javascript:{PWNED}",
                  published=HOSTILE)
    talks = Event(f"Political {HOSTILE}", f"Meeting/talks {HOSTILE}", GENEVA, date=HOSTILE,
                  actor1=Actor(f"A1 {HOSTILE}"), actor2=Actor(f"A2 {HOSTILE}"), fatalities=1,
                  excerpts=[Excerpt(art.id, sentence, 0, len(sentence))], sources=[Source(art.id, art.title)],
                  mentions=[m])
    bad = Place(f"P {HOSTILE}", 10.0, 10.0, "", "city", country=HOSTILE)
    text2 = "Somewhere quiet. " + "x" * 1_000_000  # and a 1 MB single line
    m2 = Mention(0, 9, "Somewhere", bad, sentence=(0, 16))
    art2 = Article(id=HOSTILE, text=text2, url=f"https://example.org/{HOSTILE}")
    riot = Event("Riots", f"Mob violence {HOSTILE}", bad, actor1=Actor(HOSTILE),
                 excerpts=[Excerpt(HOSTILE, text2[:16], 0, 16)], mentions=[m2])
    return [Doc(art, [m], [talks], roles=[Role("venue")]),
            Doc(art2, [m2], [riot], roles=[Role("event_site")])]


_OPEN_ALL = """() => {
  const map = window[document.querySelector('.folium-map').id];
  const n = map.mapper.sites, texts = [];
  for (let i = 0; i < n; i++) {
    map.mapper.openPopup(i);
    texts.push(document.querySelector('.leaflet-popup-content').innerText);
    map.mapper.openPanel(i);
    texts.push(document.querySelector('.mapper-panel').innerText);
  }
  return texts;
}"""


def _assert_inert(page: Page, title: str) -> None:
    assert page.page.title() == title  # any payload that ran would have made it "pwned"
    assert page.page.evaluate("document.body.hasAttribute('data-pwned')") is False
    assert page.dialogs == []
    scripts = page.page.evaluate("Array.from(document.scripts).filter(s => !s.type).length")
    assert scripts == page.page.evaluate("window.__scriptsAtLoad")
    assert page.count("img:not(.leaflet-tile), iframe, [onerror], [onload], [onmouseover]") == 0
    hrefs = page.page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
    assert all(h.startswith(("#", "http://", "https://")) for h in hrefs), hrefs  # "#": Leaflet's buttons
    assert page.errors == []


def test_hostile_text_renders_as_inert_text(tmp_path: Path, page: Page) -> None:
    title = f"browser test {HOSTILE}"
    path = _save(tmp_path, realistic_articles() + _hostile_articles(), offline=True, title=title)
    page.page.add_init_script("addEventListener('DOMContentLoaded', () => { window.__scriptsAtLoad = "
                              "Array.from(document.scripts).filter(s => !s.type).length; });")
    page.open(path)
    page.overlay("Mentioned only").check()
    texts = page.page.evaluate(_OPEN_ALL)
    assert len(texts) == 2 * 10  # 9 realistic sites (Geneva shared) + the hostile place: popup and panel
    shown = "\n".join(texts)
    assert f"Talks in Geneva stalled {IMG}" in shown and f"Meeting/talks {HOSTILE}" in shown
    assert f"P {HOSTILE}" in shown and f"A1 {HOSTILE} vs A2 {HOSTILE}" in shown
    body = page.page.inner_text("body")
    assert title == page.page.inner_text(".mapper-title")
    hostile = [m for m in page.markers() if m["title"] == f"P {HOSTILE} — Mob violence {HOSTILE}"]
    assert len(hostile) == 1  # the marker's description, as plain text ...
    page.page.mouse.move(hostile[0]["px"], hostile[0]["py"])  # ... and the map's tooltip over it
    assert page.page.get_attribute(".mapper-root", "title") == hostile[0]["title"]
    assert "<script>" in body  # shown as text
    _assert_inert(page, title)


def test_hostile_input_corpus_through_the_whole_pipeline(tmp_path: Path, page: Page) -> None:
    from mapper.run import make_map

    out = tmp_path / "hostile.html"
    summary = make_map([str(HOSTILE_DIR)], out, offline=True, published="2024-03-04", title="Hostile corpus")
    assert summary.articles == 5 and not summary.problems
    page.page.add_init_script("addEventListener('DOMContentLoaded', () => { window.__scriptsAtLoad = "
                              "Array.from(document.scripts).filter(s => !s.type).length; });")
    page.open(out)
    # Every place of this corpus is now an event's ("Shelling hits Aleppo"): no "Mentioned only" layer.
    assert page.overlay("Mentioned only").count() == 0
    texts = page.page.evaluate(_OPEN_ALL)
    assert len(texts) >= 10 and any("<script>" in t for t in texts)  # payloads shown as text
    assert {"Aleppo", "Geneva", "Kharkiv", "Beirut", "Idlib", "Amman"} <= set(page.sites())
    _assert_inert(page, "Hostile corpus")


def test_png_screenshot(tmp_path: Path) -> None:
    _chromium()
    from mapper.run import make_map

    png = tmp_path / "shots" / "map.png"
    out = tmp_path / "frag.html"
    make_map([str(Path(__file__).parents[1] / "examples")], out, offline=True, embed=True, png=png)
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (1280, 800)
    assert png.stat().st_size > 50_000  # a drawn map, not a blank page
    assert not list(png.parent.glob(".*.tmp"))


def test_png_of_a_map_that_cannot_be_drawn_fails_clearly(tmp_path: Path) -> None:
    _chromium()
    from mapper.screenshot import ScreenshotError, screenshot

    good = _save(tmp_path, [deir_geneva_article()], offline=True).read_text(encoding="utf-8")
    cases = {
        # The data document cut short: mapperInit fails and says why.
        "broken.html": (good.replace('"title":', '"title":,', 1), "the map failed: "),
        # mapper.js never runs (the call removed): a blank page.
        "blank.html": (good.replace("mapperInit(map_", "void(map_"),
                       "the page has no map (mapper.js did not run)"),
    }
    for name, (html, reason) in cases.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
        png = tmp_path / f"{name}.png"
        with pytest.raises(ScreenshotError) as caught:
            screenshot(tmp_path / name, png, offline=True, wait_ms=3000)
        assert str(caught.value).startswith(f"no picture of {tmp_path / name}: {reason}")
        assert not png.exists()


# ------------------------------------------------------------------------ a PNG that cannot be written

EXAMPLE = Path(__file__).parents[1] / "examples" / "deir-ez-zor-airstrike.txt"
# Mounts a tiny tmpfs on $1 in a private mount namespace, fills it, runs the command, then lists what
# is left on it (the mount, and so the listing, ends with the namespace).
_ON_A_FULL_DISK = ('mount -t tmpfs -o size=8k tmpfs "$1" || exit 99; head -c 16384 /dev/zero > "$1/filler" '
                   '2>/dev/null; d=$1; shift; "$@"; rc=$?; ls -A "$d"; exit $rc')


def test_png_to_a_full_disk_says_cannot_write(tmp_path: Path) -> None:
    _chromium()
    full, out = tmp_path / "full", tmp_path / "map.html"
    full.mkdir()
    unshare = shutil.which("unshare")
    probe = [unshare or "unshare", "-rm", "sh", "-c", _ON_A_FULL_DISK, "sh", str(full), "true"]
    if unshare is None or subprocess.run(probe, capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (unshare -rm needs user namespaces)")
    png = full / "map.png"
    r = subprocess.run([unshare, "-rm", "sh", "-c", _ON_A_FULL_DISK, "sh", str(full), sys.executable, "-m",
                        "mapper", "map", str(EXAMPLE), "--offline", "-o", str(out), "--png", str(png)],
                       cwd=Path(__file__).parents[1], capture_output=True, text=True, timeout=120,
                       stdin=subprocess.DEVNULL)
    assert r.returncode == 1
    assert r.stderr.splitlines()[-1] == f"error: cannot write {png}: No space left on device"
    assert r.stdout.split() == ["filler"]  # no temporary file left on the full disk
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")  # the map itself was written


@contextmanager
def _read_only(folder: Path) -> Iterator[str]:
    """``folder`` made unwritable (immutable for root, who ignores permissions); yields the reason a
    write into it fails with."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield "Permission denied"
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not supported here: no read-only directory for root")
    try:
        yield "Operation not permitted"
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_png_into_a_read_only_directory_is_an_output_error(tmp_path: Path, pipeline: object) -> None:
    _chromium()
    from mapper.errors import OutputError
    from mapper.run import make_map

    locked = tmp_path / "locked"
    locked.mkdir()
    png = locked / "map.png"
    with _read_only(locked) as reason, pytest.raises(OutputError) as caught:
        make_map([str(EXAMPLE)], tmp_path / "map.html", pipeline=pipeline, offline=True, png=png)  # type: ignore[arg-type]
    assert str(caught.value) == f"cannot write {png}: {reason}"
    assert list(locked.iterdir()) == []


def test_png_under_a_file_is_an_output_error(tmp_path: Path, pipeline: object) -> None:
    _chromium()
    from mapper.errors import OutputError
    from mapper.run import make_map

    (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
    png = tmp_path / "notes.txt" / "map.png"
    with pytest.raises(OutputError) as caught:
        make_map([str(EXAMPLE)], tmp_path / "map.html", pipeline=pipeline, offline=True, png=png)  # type: ignore[arg-type]
    assert str(caught.value) == f"cannot write {png}: {tmp_path / 'notes.txt'} is a file, not a directory"


def test_packed_columns_decode_to_the_same_values_in_the_page(tmp_path: Path, page: Page) -> None:
    """Extreme coordinates (5-digit packed values), a large toll, an undated event and two marked
    names in one excerpt: mapper.js unpacks what data.py packed."""
    out = []
    places = [("Southwest", -84.9999, -179.9999, 123456, "2024-01-01"),
              ("Northeast", 84.9999, 179.9999, 0, None), ("Origin", 0.0, 0.0, None, "2023-12-31")]
    for k, (name, lat, lon, dead, date) in enumerate(places):
        p = Place(name, lat, lon, "XX", "city", country="Testland")
        text = f"Shelling hit {name} and again {name} at dawn."
        ms = [Mention(i, i + len(name), name, p, sentence=(0, len(text)))
              for i in (text.index(name), text.rindex(name))]
        ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", p, date=date,
                   time_precision=1 if date else 0, fatalities=dead,
                   excerpts=[Excerpt(f"a{k}", text, 0, len(text))], mentions=ms)
        out.append(Doc(Article(f"a{k}", text, title=f"A{k}"), ms, [ev]))
    page.open(_save(tmp_path, out, offline=True))
    seen = []
    for site in range(3):
        page.page.evaluate(_map_js(f"map.mapper.openPopup({site});"))
        ll = page.page.evaluate(_map_js("const c = map._popup.getLatLng(); return [c.lat, c.lng];"))
        marks = page.page.eval_on_selector_all(".leaflet-popup-content mark",
                                               "ms => ms.map(m => m.textContent)")
        seen.append([page.page.inner_text(".leaflet-popup-content .mapper-place"), ll,
                     page.page.inner_text(".leaflet-popup-content .mapper-facts"), marks])
    assert seen == [["Southwest", [-84.9999, -179.9999], "2024-01-01 · 123456 killed", ["Southwest"] * 2],
                    ["Northeast", [84.9999, 179.9999], "0 killed", ["Northeast"] * 2],
                    ["Origin", [0, 0], "2023-12-31", ["Origin"] * 2]]
    assert page.errors == []


# ------------------------------------------------------------------------ the keyboard path to markers

_FOCUSED = "() => { const a = document.activeElement; return [a.className, a.textContent, " \
           "!!a.closest('.leaflet-popup')]; }"


def _tab_to(page: Page, class_name: str, most: int = 40) -> None:
    """Press Tab until the focused element has ``class_name`` (as a keyboard user reaches it)."""
    for _ in range(most):
        page.page.keyboard.press("Tab")
        if class_name in page.page.evaluate(_FOCUSED)[0].split():
            return
    raise AssertionError(f"Tab never reached .{class_name}")


def _list_texts(page: Page) -> list[str]:
    return page.page.locator(".mapper-keys-list button").all_text_contents()


def _list_text(marker: dict) -> str:
    """What the keyboard list says of a marker: its title (a cluster's asks to zoom in)."""
    return marker["title"].replace(": click to zoom in", " (zoom in)")


# The list says what the map has drawn, in the same order (the page's own reading of both, so a test can
# wait for a zoom's last redraw instead of racing it on a loaded machine).
_LIST_FOLLOWS_MARKERS = _map_js(
    "const ms = map.mapper.markers().sort((a, b) => a.y - b.y || a.x - b.x)"
    ".map(m => m.title.replace(': click to zoom in', ' (zoom in)'));"
    "const texts = Array.from(document.querySelectorAll('.mapper-keys-list button')).map(b => b.textContent);"
    "return texts.length === ms.length && texts.every((t, i) => t === ms[i]);")


def test_keyboard_reaches_every_marker_in_view_and_opens_its_popup(tmp_path: Path, page: Page) -> None:
    """Markers on a canvas cannot take the focus: the "Places in view" list is their keyboard path. Tab
    reaches it, it lists the markers in view top to bottom, Enter on a place opens its popup with the
    focus in it, Escape closes it and gives the focus back, and Enter on a cluster zooms in."""
    page.open(_save(tmp_path, realistic_articles(), offline=True, cluster=True))
    assert page.page.is_hidden(".mapper-keys-list")
    _tab_to(page, "mapper-keys-toggle")
    page.page.keyboard.press("Enter")
    in_view = sorted(page.markers(), key=lambda m: (m["y"], m["x"]))
    assert {m["site"] >= 0 for m in in_view} == {True, False}  # places and clusters
    assert _list_texts(page) == [_list_text(m) for m in in_view]
    # Down to the first place's entry, and Enter: its popup opens with the focus inside it.
    n = next(n for n, m in enumerate(in_view) if m["site"] >= 0)
    for _ in range(n + 1):
        page.page.keyboard.press("ArrowDown")
    assert page.page.evaluate(_FOCUSED)[1] == in_view[n]["title"]
    page.page.keyboard.press("Enter")
    assert page.page.get_attribute(".mapper-root", "data-mapper-popup") == str(in_view[n]["site"])
    assert page.page.inner_text(".leaflet-popup-content .mapper-place") == in_view[n]["title"].split(" — ")[0]
    assert page.page.evaluate(_FOCUSED)[2] is True
    page.page.keyboard.press("Escape")
    page.page.wait_for_selector(".leaflet-popup", state="detached")  # after Leaflet's fade
    assert page.page.evaluate(_FOCUSED)[1] == in_view[n]["title"]  # back where the reader was
    # Enter on a cluster zooms in; the list follows the map, and the focus stays in it.
    zoom = page.page.evaluate(_map_js("return map.getZoom();"))
    page.page.locator(".mapper-keys-list button", has_text="(zoom in)").first.focus()
    page.page.keyboard.press("Enter")
    page.page.wait_for_function(_map_js(f"return map.getZoom() > {zoom};"))
    page.page.wait_for_function("document.activeElement.closest('.mapper-keys-list') !== null")
    page.page.wait_for_function(_LIST_FOLLOWS_MARKERS)
    in_view = sorted(page.markers(), key=lambda m: (m["y"], m["x"]))
    assert _list_texts(page) == [_list_text(m) for m in in_view]
    page.page.keyboard.press("Escape")
    assert page.page.is_hidden(".mapper-keys-list")
    assert page.page.evaluate(_FOCUSED)[0] == "mapper-keys-toggle"
    assert page.errors == []


def test_keyboard_list_shows_hostile_names_as_text(tmp_path: Path, page: Page) -> None:
    title = f"keys {HOSTILE}"
    path = _save(tmp_path, _hostile_articles(), offline=True, title=title)
    page.page.add_init_script("addEventListener('DOMContentLoaded', () => { window.__scriptsAtLoad = "
                              "Array.from(document.scripts).filter(s => !s.type).length; });")
    page.open(path)
    page.page.evaluate(_map_js("map.setView([10, 10], 8, {animate: false}); map.mapper.showKeys(true);"))
    texts = _list_texts(page)
    assert texts == [f"P {HOSTILE} \u2014 Mob violence {HOSTILE}"]
    page.page.locator(".mapper-keys-list button").first.press("Enter")
    assert page.page.inner_text(".leaflet-popup-content .mapper-place") == f"P {HOSTILE}"
    _assert_inert(page, title)
