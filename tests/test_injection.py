"""No code runs from input text (issue 12): template, JS-template and format-string payloads in every
place input text reaches a map, in every page mode, are shown as the characters they are.

The payloads go into article text, titles, URLs, ids, file names, published dates, ``--title``,
``--attribution``, a ``--tiles`` URL, the names and aliases of a ``--gazetteer`` CSV and an online
geocoder's answer (the loopback server of tests/fake_geocoder.py). Each page mode is checked: the
online page, the ``--offline`` page, the ``--embed`` fragment and the page rendered behind ``--png``.
Checks read the data the page carries (its JSON document and <title>) and, in headless Chromium,
what a reader sees: the title, the popups and panels, link targets, the attribution and layer names.
Before the fix, branca compiled the map's data as a Jinja template: "{{ 7*7 }}" showed as "49", and
"{#" or "{% raw %}" made the whole map fail.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import jinja2
import pytest
from fake_geocoder import GENEVA, GENEVA_PHOTON, USER_AGENT, FakeGeocoder
from map_doc import doc_of, links_of, shown_text
from output_samples import realistic_articles
from test_map_browser import _TILE as TILE
from test_map_browser import Page, _chromium, launch_browser

from mapper.doc import Doc
from mapper.geocoding.online import nominatim_geocoder
from mapper.mapview import build_map, map_html, save_map
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Role, Source
from mapper.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]

PAYLOADS = {
    "jinja-expression": "{{ 7*7 }}",
    "jinja-if": "{% if true %}X{% endif %}",
    "jinja-comment": "{#",
    "jinja-globals": "{{ cycler.__init__.__globals__ }}",
    "jinja-raw": "{% raw %}",
    "js-template": "${7*7}",
    "python-format": "{0.__class__}",
    "wiki-template": "{{cite web|title=T}}",
}
# Every payload in one string (no "/" and no ",": it is also a file name and a geocoder's place name).
ALL = " ".join(PAYLOADS.values())


def _url(payload: str) -> str:
    """A URL the readers and the map keep (no spaces or quotes) that carries ``payload``."""
    return f"https://news.example.org/2024/{payload.replace(' ', '')}"


URL = _url(ALL)
TILES = "https://tiles.example.org/{z}/{x}/{y}.png?key={{7*7}}{%raw%}{#"


# ----------------------------------------------------------------------------------------- helpers


class _Text(HTMLParser):
    """The text content of an HTML snippet (what innerText shows, without layout) and its links."""

    def __init__(self, snippet: str) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []  # (href, link text)
        self._link: list[str] | None = None
        self.feed(snippet)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href is not None:
            self.links.append((href, ""))
            self._link = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            self.links[-1] = (self.links[-1][0], "".join(self._link))
            self._link = None

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
        if self._link is not None:
            self._link.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def _doc(page: str) -> dict:
    """The JSON document mapper.js draws, exactly as the page carries it."""
    return doc_of(page)


def _shown(doc: dict) -> tuple[str, dict[str, str]]:
    """All text a map document can show (names, events, excerpts, titles), and its links (target ->
    text)."""
    return shown_text(doc), links_of(doc)


def _page_title(page: str) -> str:
    (title,) = re.findall(r"<title>(.*?)</title>", page, re.S)
    return html.unescape(title)


def _articles(payload: str, tmp_path: Path) -> list[Doc]:
    """Two articles carrying ``payload`` in every field the map shows: one with a title, URL and date,
    and one known only by its id (a file's name) whose source file exists (a file: link)."""
    aleppo = Place(f"Aleppo {payload}", 36.2021, 37.1343, "SY", "city", country=f"Syria {payload}")
    sentence = f"Shelling hit Aleppo {payload} on Monday, killing 3 people."
    m = Mention(13, 19, "Aleppo", aleppo, sentence=(0, len(sentence)))
    one = Article(id="t1", text=sentence, title=f"Title {payload}", url=_url(payload),
                  published=f"2024-05-06 {payload}")
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", aleppo,
               date="2024-05-06", time_precision=1, actor1=Actor(f"Militia {payload}"), fatalities=3,
               excerpts=[Excerpt("t1", sentence, 0, len(sentence))],
               sources=[Source("t1", one.title, one.url, one.published)], mentions=[m])
    source = tmp_path / f"file {payload}.txt"
    text = f"Residents of Idlib {payload} reported calm."
    source.write_text(text, encoding="utf-8")
    idlib = Place(f"Idlib {payload}", 35.93, 36.63, "SY", "city")
    m2 = Mention(13, 18, "Idlib", idlib, sentence=(0, len(text)))
    two = Article(id=source.stem, text=text, source=str(source))
    return [Doc(one, [m], [ev], roles=[Role("event_site")]), Doc(two, [m2], [], roles=[Role("context")])]


def _assert_literal_map(doc: dict, payload: str, title: str, tmp_path: Path) -> None:
    """The document of a map of _articles(payload) shows every payload as its characters."""
    assert doc["title"] == title
    assert set(doc["site"]["name"]) == {f"Aleppo {payload}", f"Idlib {payload}"}
    shown, links = _shown(doc)
    for expected in (f"Shelling hit Aleppo {payload} on Monday, killing 3 people.", f"Syria {payload}",
                     f"Militia {payload}", f"2024-05-06 {payload}",
                     f"Residents of Idlib {payload} reported calm."):
        assert expected in shown
    # The local source file is linked by its name relative to the map, never by an absolute path.
    assert links == {_url(payload): f"Title {payload}", quote(f"file {payload}.txt"): f"file {payload}"}


# ------------------------------------------------------------------------------ page modes (API)

TMP: list[Path] = [Path(".")]  # the test's folder: local files inside it are linked relatively


@pytest.fixture(autouse=True)
def _links_base(tmp_path: Path) -> None:
    TMP[0] = tmp_path


def _fragment(m: object, folder: Path) -> str:
    """The --embed fragment of ``m``, with its shared assets file written into ``folder``."""
    save_map(m, folder / "fragment.html", embed=True)  # type: ignore[arg-type]
    return (folder / "fragment.html").read_text(encoding="utf-8")


MODES = ["online", "offline", "embed", "embed-offline"]


def _render(articles: list[Doc], mode: str, title: str, **kw: object) -> str:
    m = build_map(articles, title=title, offline=mode.endswith("offline"), links_base=TMP[0], **kw)  # type: ignore[arg-type]
    return map_html(m, embed=mode.startswith("embed"))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", PAYLOADS)
def test_each_payload_is_data_in_every_page_mode(tmp_path: Path, mode: str, name: str) -> None:
    payload = PAYLOADS[name]
    title = f"Map {payload}"
    tiles = f"https://tiles.example.org/{{z}}/{{x}}/{{y}}.png?key={payload.replace(' ', '')}"
    page = _render(_articles(payload, tmp_path), mode, title, tiles=tiles, attribution=f"Tiles {payload}")
    doc = _doc(page)
    _assert_literal_map(doc, payload, title, tmp_path)
    assert doc["tiles"]["url"] == tiles
    # The layer control shows the name as HTML, so it is escaped (folium names a URL layer by the URL,
    # lowercased).
    assert html.unescape(doc["tiles"]["name"]) == tiles.lower()
    assert html.unescape(doc["tiles"]["options"]["attribution"]).startswith(f"Tiles {payload} | ")
    if not mode.startswith("embed"):
        assert _page_title(page) == title


def test_no_input_text_is_ever_compiled_as_a_template(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # The rule itself: whatever folium and branca compile while a map is built and rendered is our own
    # constant text (folium's map element, with numbers and ids), never data and never the assets.
    compiled: list[str] = []
    real = jinja2.Environment.compile

    def recording(self: jinja2.Environment, source: object, *args: object, **kw: object) -> object:
        compiled.append(str(source))
        return real(self, source, *args, **kw)  # type: ignore[arg-type]

    build_map([], offline=True)  # folium-offline's own templates compile once, on import
    monkeypatch.setattr(jinja2.Environment, "compile", recording)
    articles = _articles(ALL, tmp_path) + realistic_articles()
    for mode in MODES:
        _render(articles, mode, f"Map {ALL}", tiles=TILES, attribution=f"Tiles {ALL}")
    texts = [a.article.text for a in articles] + [p.name for a in articles for p in a.places]
    assert compiled  # the recorder works: folium's map element is compiled per render
    assert not [c for c in compiled for t in [*PAYLOADS.values(), *texts] if t in c]
    assert max(len(c) for c in compiled) < 2000  # no asset (Leaflet is 150 KB) and no data document


# ------------------------------------------------------------------------- the command line

_TXT = "Officials said on Monday that shelling hit Aleppo {p} and killed 3 civilians near the old city."


def _inputs(tmp_path: Path) -> list[str]:
    """A folder with a payload-named text file and a JSONL article, and a payload gazetteer CSV."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{ALL}.txt").write_text(_TXT.format(p=ALL) + "\nFighting was reported near Qasr Zaytun.\n",
                                       encoding="utf-8")
    record = {"id": f"id {ALL}", "title": f"Title {ALL}", "url": URL, "published": "2024-05-06",
              "text": f"Airstrikes hit Idlib {ALL} on Saturday, killing 4 people."}
    (folder / "more.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    gaz = tmp_path / "places.csv"
    # The first alias is what the text names; the others are payloads (names the recogniser never
    # matches, since it matches words, but the file must still load and nothing in it may run).
    gaz.write_text("name,lat,lon,country,kind,aliases\n"
                   f'"Fort {ALL}",34.1,37.2,SY,facility,"Qasr Zaytun|Qasr {ALL}|{{{{ 6*7 }}}}"\n',
                   encoding="utf-8")
    return [str(folder), "--gazetteer", str(gaz)]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapper", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


def _assert_cli_page(doc: dict, title: str) -> None:
    assert doc["title"] == title
    assert {"Aleppo", "Idlib", f"Fort {ALL}"} <= set(doc["site"]["name"])
    shown, links = _shown(doc)
    assert _TXT.format(p=ALL) in shown
    assert f"Airstrikes hit Idlib {ALL} on Saturday, killing 4 people." in shown
    assert links.get(URL) == f"Title {ALL}"
    # The text file has no title: its link is its name (the article id), its target the file.
    [(href, label)] = [(h, t) for h, t in links.items() if not h.startswith("https://")]
    assert href == quote(f"in/{ALL}.txt") and label == f"in/{ALL}.txt"  # relative to the map


def test_cli_online_page(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    r = _cli("map", *_inputs(tmp_path), "-o", str(out), "--title", f"Map {ALL}", "--tiles", TILES,
             "--attribution", f"Tiles {ALL}")
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert _page_title(page) == f"Map {ALL}"
    doc = _doc(page)
    _assert_cli_page(doc, f"Map {ALL}")
    assert doc["tiles"]["url"] == TILES
    assert html.unescape(doc["tiles"]["options"]["attribution"]).startswith(f"Tiles {ALL} | ")


def test_cli_embed_fragment(tmp_path: Path) -> None:
    out = tmp_path / "fragment.html"
    r = _cli("map", *_inputs(tmp_path), "-o", str(out), "--embed", "--offline", "--title", f"Map {ALL}")
    assert r.returncode == 0, r.stderr
    fragment = out.read_text(encoding="utf-8")
    assert fragment.startswith('<div class="mapper-embed"') and "<title>" not in fragment
    _assert_cli_page(_doc(fragment), f"Map {ALL}")


@pytest.mark.browser
def test_cli_offline_page_and_png(tmp_path: Path) -> None:
    _chromium()
    out, png = tmp_path / "map.html", tmp_path / "map.png"
    r = _cli("map", *_inputs(tmp_path), "-o", str(out), "--offline", "--png", str(png))
    assert r.returncode == 0, r.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = out.read_text(encoding="utf-8")  # the page Chromium pictured
    title = "mapper — 2 articles"
    assert _page_title(page) == title
    _assert_cli_page(_doc(page), title)


# ------------------------------------------------------------------------------------ in Chromium


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    with launch_browser(tmp_path_factory) as ctx:
        yield ctx


_OPEN_ALL = """() => {
  const map = window[document.querySelector('.folium-map').id];
  const texts = [], hrefs = [];
  const keep = (el) => {
    texts.push(el.innerText);
    el.querySelectorAll('a[href]').forEach(a => hrefs.push(a.getAttribute('href')));
  };
  for (let i = 0; i < map.mapper.sites; i++) {
    map.mapper.openPopup(i);
    keep(document.querySelector('.leaflet-popup-content'));
    map.mapper.openPanel(i);
    keep(document.querySelector('.mapper-panel'));
  }
  return [texts.join('\\n'), hrefs];
}"""


def _assert_in_browser(page: Page, payload: str, title: str, *, full_page: bool) -> None:
    """Every popup and side panel shows the payloads as text; links keep their targets."""
    page.overlay("Mentioned only").check()
    shown, hrefs = page.page.evaluate(_OPEN_ALL)
    for expected in (f"Aleppo {payload}", f"Shelling hit Aleppo {payload} on Monday, killing 3 people.",
                     f"Syria {payload}", f"Militia {payload}", f"2024-05-06 {payload}",
                     f"Residents of Idlib {payload} reported calm.", f"Title {payload}", f"file {payload}"):
        assert expected in shown
    assert _url(payload) in hrefs
    assert page.page.inner_text(".mapper-title") == title
    if full_page:
        assert page.page.title() == title


@pytest.mark.browser
@pytest.mark.parametrize("mode", ["online", "offline", "embed"])
def test_payloads_show_as_text_in_chromium(tmp_path: Path, browser: object, mode: str) -> None:
    title = f"Map {ALL}"
    articles = _articles(ALL, tmp_path)
    tiles = {"tiles": TILES, "attribution": f"Tiles {ALL}"} if mode == "online" else {}
    m = build_map(articles, title=title, offline=mode != "online", links_base=tmp_path, **tiles)  # type: ignore[arg-type]
    path = tmp_path / "map.html"
    if mode == "embed":  # a report with the fragment in it
        path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title></head>"
                        f"<body><h1>Report</h1>{_fragment(m, tmp_path)}</body></html>", encoding="utf-8")
    else:
        save_map(m, path)
    page = Page(browser)
    page.page.route("https://tiles.example.org/**",  # a tile server that answers
                    lambda route: route.fulfill(status=200, content_type="image/png", body=TILE))
    try:
        page.open(path)
        _assert_in_browser(page, ALL, title, full_page=mode != "embed")
        if mode == "online":
            assert f"Tiles {ALL}" in page.page.inner_text(".leaflet-control-attribution")
            assert f"Map tiles ({TILES})" in page.page.inner_text(".leaflet-control-layers-base")
        assert page.errors == []
        if mode != "online":
            assert page.page.title() == ("Report" if mode == "embed" else title)
    finally:
        page.close()


@pytest.mark.browser
def test_png_page_with_a_geocoder_answer(tmp_path: Path, pipeline: Pipeline, server: FakeGeocoder,
                                         browser: object, monkeypatch: pytest.MonkeyPatch) -> None:
    # The online geocoder names the place with payloads; the map is an --embed fragment, so make_map
    # renders a separate full page for the PNG: that page is caught on its way to Chromium.
    import mapper.screenshot
    from mapper.run import make_map

    answer = {**GENEVA, "lat": "36.2021", "lon": "37.1343", "name": f"Aleppo {ALL}",
              "display_name": f"Aleppo {ALL}, Syria {ALL}",
              "address": {"city": f"Aleppo {ALL}", "country": f"Syria {ALL}", "country_code": "sy"}}
    server.places["aleppo"] = (answer, GENEVA_PHOTON)
    geocoder = nominatim_geocoder(server.url, USER_AGENT, timeout=5, min_delay_seconds=0, cache=False)
    online = Pipeline(pipeline.gazetteer, geocoder=geocoder, geocode_all=True)
    source = tmp_path / "report.txt"
    source.write_text(f"Headline {ALL}\n\n{_TXT.format(p=ALL)}\n", encoding="utf-8")
    pictured: list[str] = []
    real = mapper.screenshot.screenshot

    def keep_page(page: str | os.PathLike[str], png: str | os.PathLike[str], **kw: object) -> Path:
        pictured.append(Path(page).read_text(encoding="utf-8"))
        return real(page, png, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(mapper.screenshot, "screenshot", keep_page)
    png = tmp_path / "map.png"
    make_map([str(source)], tmp_path / "fragment.html", pipeline=online, embed=True, offline=True, png=png)
    assert server.count("Aleppo") == 1 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    title = f"mapper — Headline {ALL}"
    [page_text] = pictured
    assert _page_title(page_text) == title
    for doc in (_doc(page_text), _doc((tmp_path / "fragment.html").read_text(encoding="utf-8"))):
        assert doc["title"] == title and doc["site"]["name"] == [f"Aleppo {ALL}"]
        shown, links = _shown(doc)
        assert f"Syria {ALL}" in shown and _TXT.format(p=ALL) in shown
        assert list(links.values()) == [f"Headline {ALL}"]
    path = tmp_path / "pictured.html"
    path.write_text(page_text, encoding="utf-8")
    page = Page(browser)
    try:
        page.open(path)
        assert page.page.title() == title and page.page.inner_text(".mapper-title") == title
        marker = page.markers()[0]  # the one marker, clicked where the canvas draws it
        page.click_marker(marker)
        popup = page.page.inner_text(".leaflet-popup-content")
        assert f"Aleppo {ALL}" in popup and f"Syria {ALL}" in popup and f"Headline {ALL}" in popup
        assert _TXT.format(p=ALL) in " ".join(popup.split())
        assert page.errors == []
    finally:
        page.close()
