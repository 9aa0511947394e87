"""The map in a real browser: Debian's headless Chromium driven by Playwright.

Every page here is opened with the network cut: requests to anything but the page's own file are
intercepted, counted and aborted (or, for the online page, answered from folium-offline's copies of
the CDN files). The tests click what a reader clicks: markers, the "All excerpts" button, the layer
control, the date slider and the search box, and they fail on any console error.
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
from mapper.mapview import build_map, map_html, save_map
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

    def __init__(self, ctx: object, *, cdn_from_package: bool = False) -> None:
        self.page = ctx.new_page()  # type: ignore[attr-defined]
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", self._route(cdn_from_package))

    @staticmethod
    def _route(cdn_from_package: bool):  # noqa: ANN205 - a Playwright route handler
        files = {}
        if cdn_from_package:
            from offlinefolium.elements import _res
            files = _res

        def handle(route: object) -> None:
            url = route.request.url  # type: ignore[attr-defined]
            if url.startswith("file://"):
                route.continue_()  # type: ignore[attr-defined]
            elif url in files:
                kind = "text/css" if url.endswith(".css") else "application/javascript"
                route.fulfill(status=200, content_type=kind, body=files[url])  # type: ignore[attr-defined]
            else:
                route.abort()  # type: ignore[attr-defined]
        return handle

    def open(self, path: Path) -> Page:
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(".mapper-root[data-mapper-loads]", state="attached", timeout=60_000)
        return self

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

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


def test_offline_map_renders_with_no_network_request(tmp_path: Path, page: Page) -> None:
    path = _save(tmp_path, realistic_articles(), offline=True, title="Offline test")
    page.open(path)
    # 8 places with events are drawn; Syria (only mentioned) waits in its unticked layer.
    assert page.count(".mapper-marker") == 8
    assert page.count(".leaflet-overlay-pane path") > 200  # the country outlines basemap
    assert page.page.inner_text(".mapper-title") == "Offline test"
    assert page.count(".leaflet-tile") == 0
    assert page.requests == [path.as_uri()]  # the file itself, nothing else
    assert page.errors == []


def test_clicking_a_marker_opens_its_popup_and_the_panel_lists_every_excerpt(tmp_path: Path,
                                                                            page: Page) -> None:
    page.open(_save(tmp_path, [deir_geneva_article()], offline=True))
    page.page.locator('.mapper-marker[title^="Deir ez-Zor"]').click()
    popup = page.page.locator(".leaflet-popup-content")
    assert popup.locator(".mapper-place").inner_text() == "Deir ez-Zor"
    assert popup.locator("blockquote.mapper-excerpt").inner_text() == (
        "Coalition drones struck Islamic State positions east of Deir ez-Zor near Khusham on Tuesday, "
        "killing four fighters and wounding nine.")
    assert popup.locator("blockquote mark").inner_text() == "Deir ez-Zor"
    assert "2024-05-07 · US-led coalition vs Islamic State · 4 killed · 9 injured" in popup.inner_text()
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


def test_layer_control_hides_and_shows_layers(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, realistic_articles(), offline=True))
    assert page.count(".mapper-marker") == 8
    page.overlay("Political").uncheck()  # Amman, Beirut, Damascus
    page.wait_loads(2)
    assert page.count(".mapper-marker") == 5
    assert page.count('.mapper-marker[title^="Amman"]') == 0
    page.overlay("Mentioned only").check()  # Syria
    page.wait_loads(3)
    assert page.count(".mapper-marker") == 6 and page.count('.mapper-marker[title^="Syria"]') == 1
    page.overlay("Heatmap").check()
    assert page.count("canvas.leaflet-heatmap-layer") == 1
    assert page.errors == []


def test_date_slider_filters_events(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, realistic_articles(), offline=True))
    time = page.page.locator(".mapper-time")
    assert time.locator(".mapper-count").inner_text() == "9 of 9 events shown"
    first, last = time.locator("input[type=range]").all()
    # Move the end of the range back to 2024-05-08: the Amman/Beirut/Damascus events of the 9th go.
    day = int(first.get_attribute("min") or 0) + 1
    last.evaluate("(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", str(day))
    page.wait_loads(2)
    assert "2024-05-07 – 2024-05-08" in time.inner_text()
    assert time.locator(".mapper-count").inner_text() == "6 of 9 events shown"
    assert page.count(".mapper-marker") == 5
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


def _many(n: int, seed: int = 3) -> list[Doc]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        p = Place(f"Town {i}", rng.uniform(-50, 60), rng.uniform(-120, 140), "XX", "city")
        text = f"Clashes in Town {i} left two dead."
        m = Mention(10, 10 + len(p.name), p.name, p, sentence=(0, len(text)))
        ev = Event("Battles", "Armed clash", p, date="2024-01-01", time_precision=1, fatalities=2,
                   excerpts=[Excerpt(f"a{i}", text, 0, len(text))], sources=[Source(f"a{i}", f"A{i}")],
                   mentions=[m])
        out.append(Doc(Article(f"a{i}", text, title=f"A{i}"), [m], [ev]))
    return out


def test_many_events_are_clustered_and_every_one_is_counted(tmp_path: Path, page: Page) -> None:
    page.open(_save(tmp_path, _many(1000), offline=True))
    clusters = page.page.locator(".mapper-cluster").all_inner_texts()
    singles = page.count(".mapper-marker")
    assert clusters and singles + sum(int(c) for c in clusters) == 1000
    assert page.count(".mapper-cluster, .mapper-marker") < 300  # far fewer DOM elements than events
    page.page.locator(".mapper-cluster").first.click()  # zooms in: the clusters split
    page.page.wait_for_timeout(800)
    assert page.count(".mapper-cluster") + page.count(".mapper-marker") > 0
    assert page.errors == []


def test_online_page_asks_only_for_the_cdn_and_tiles(tmp_path: Path, browser: object) -> None:
    page = Page(browser, cdn_from_package=True)  # the CDN answered from folium-offline's copies
    try:
        path = _save(tmp_path, [deir_geneva_article()])
        page.open(path)
        assert page.count(".mapper-marker") == 2
        hosts = {u.split("/")[2] for u in page.requests if not u.startswith("file:")}
        assert hosts == {"cdn.jsdelivr.net", "cdnjs.cloudflare.com", "tile.openstreetmap.org"}
        # Only the aborted tiles may complain.
        assert all("ERR_FAILED" in e for e in page.errors)
        assert "OpenStreetMap" in page.page.inner_text(".leaflet-control-attribution")
    finally:
        page.close()


def test_two_embedded_fragments_and_an_iframe_share_one_report(tmp_path: Path, page: Page) -> None:
    one = map_html(build_map([deir_geneva_article()], offline=True), embed=True, height="400px")
    two = map_html(build_map(realistic_articles(), offline=True), embed=True, height="400px")
    _save(tmp_path, [deir_geneva_article()], name="full.html", offline=True)
    report = tmp_path / "report.html"
    report.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title></head><body>"
                      f"<h1>Weekly report</h1>{one}<p>Between the maps.</p>{two}"
                      "<iframe src='full.html' width='800' height='400'></iframe></body></html>",
                      encoding="utf-8")
    page.page.goto(report.as_uri())
    page.page.wait_for_function("document.querySelectorAll('.mapper-root[data-mapper-loads]').length == 2")
    embeds = page.page.locator(".mapper-embed")
    assert embeds.count() == 2
    assert embeds.nth(0).locator(".mapper-marker").count() == 2
    assert embeds.nth(1).locator(".mapper-marker").count() == 8
    frame = page.page.frame_locator("iframe")
    frame.locator(".mapper-root[data-mapper-loads]").wait_for(state="attached")
    assert frame.locator(".mapper-marker").count() == 2
    # The report keeps its own look: the fragments did not restyle <body>.
    assert page.page.evaluate("getComputedStyle(document.body).margin") == "8px"
    assert page.page.inner_text("h1") == "Weekly report"
    assert [u for u in page.requests if not u.startswith("file:")] == []
    assert page.errors == []


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
  const n = map.mapper.markers.length, texts = [];
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
    assert all(h.startswith(("#", "http://", "https://", "file://")) for h in hrefs), hrefs
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
    titles = page.page.eval_on_selector_all(".mapper-marker", "ms => ms.map(m => m.title)")
    assert f"P {HOSTILE} — Mob violence {HOSTILE}" in titles  # a title attribute, as plain text
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
    names = page.page.eval_on_selector_all(".mapper-marker", "ms => ms.map(m => m.title.split(' — ')[0])")
    assert {"Aleppo", "Geneva", "Kharkiv", "Beirut", "Idlib", "Amman"} <= set(names)
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
