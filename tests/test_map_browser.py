"""The saved map, executed by a real browser (headless Debian chromium) with no network.

Leaflet is inlined (folium-offline), so markers and popups render offline; only the tiles are missing.
A test-only script opens every popup and tooltip after load, so the article-derived HTML really goes
through Leaflet's innerHTML; the hostile payloads would run there if escaping failed. Places that are
only mentioned sit in a layer that is off by default: Leaflet draws them only once it is ticked.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import folium
import pytest
from branca.element import Element
from output_samples import GENEVA, realistic_articles

from mapper.mapview import build_map, save_map
from mapper.model import Actor, AnalysedArticle, Article, Event, Excerpt, Mention, Place, Source

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
IMG = """<img src=x onerror="document.title='pwned';document.body.setAttribute('data-pwned','img')">"""
SCRIPT = "<script>document.title='pwned'</script>"
BREAKOUT = """</script><script>document.title='pwned'</script>"""
TEMPLATE = "`;document.title='pwned';` ${document.title='pwned'} \\u"
HOSTILE = f"{IMG} {SCRIPT} {BREAKOUT} {TEMPLATE} \"dq\" 'sq' </div>"


def _chromium() -> str:
    path = CHROMIUM if os.access(CHROMIUM, os.X_OK) else shutil.which("chromium")
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but chromium is missing ({CHROMIUM}); .ci/run should install it")
    pytest.skip(f"chromium not installed ({CHROMIUM}); apt-get install chromium to run browser tests")


def _dump_dom(html_path: Path, profile: Path) -> str:
    cmd = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", html_path.as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class _Dom(HTMLParser):
    """Tags, attributes and <title> text of a serialised DOM, with the legend's text and the layer
    control's overlays (label, checkbox attributes)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self.text = ""  # text outside <script> and <style>
        self.legend = ""
        self.overlays: list[tuple[str, dict[str, str | None]]] = []
        self._in_title = False
        self._in_code = False
        self._div_depth = {"mapper-legend": 0, "leaflet-control-layers-overlays": 0}
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.elements.append((tag, a))
        self._in_title = tag == "title"
        self._in_code = tag in ("script", "style")
        if tag == "div":
            for cls, depth in self._div_depth.items():
                if depth or cls in (a.get("class") or "").split():
                    self._div_depth[cls] = depth + 1
        if tag == "input" and self._div_depth["leaflet-control-layers-overlays"]:
            self.overlays.append(("", a))

    def handle_endtag(self, tag: str) -> None:
        self._in_title = self._in_code = False
        if tag == "div":
            for cls, depth in self._div_depth.items():
                self._div_depth[cls] = max(0, depth - 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._in_code:
            self.text += data
            if self._div_depth["mapper-legend"]:
                self.legend += data
            if self._div_depth["leaflet-control-layers-overlays"] and self.overlays:
                label, attrs = self.overlays[-1]
                self.overlays[-1] = ((label + data).strip(), attrs)

    def count(self, tag: str) -> int:
        return sum(1 for t, _ in self.elements if t == tag)

    def with_class(self, cls: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.elements if cls in (a.get("class") or "").split()]


def _open_everything(m: folium.Map, *, show_hidden: bool = False) -> None:
    """Test-only: after load, open every popup (without closing the others) and every tooltip; with
    ``show_hidden``, first tick every unticked overlay in the layer control, as a user would."""
    js = """
    window.addEventListener("load", function () {
        var map = window[MAP_NAME], popups = 0;
        if (SHOW_HIDDEN) {
            document.querySelectorAll(".leaflet-control-layers-overlays input").forEach(function (box) {
                if (!box.checked) { box.click(); }
            });
        }
        map.eachLayer(function (layer) {
            var popup = layer.getPopup && layer.getPopup();
            if (popup) {
                popup.options.autoClose = false;
                popup.options.autoPan = false;
                layer.openPopup();
                popups += 1;
            }
            if (layer.getTooltip && layer.getTooltip()) { layer.openTooltip(); }
        });
        document.body.setAttribute("data-opened-popups", String(popups));
    });
    """.replace("MAP_NAME", json.dumps(m.get_name())).replace("SHOW_HIDDEN", json.dumps(show_hidden))
    m.get_root().script.add_child(Element(js), name="open_everything")


def _hostile_articles(tmp_path: Path) -> list[AnalysedArticle]:
    """Hostile text in an article's text, title, id, date and URL, in an event's type, sub type, date and
    actors, and in place names: one place with an event (drawn), one only mentioned (hidden layer)."""
    sentence = f"Talks in Geneva stalled {HOSTILE} on Monday."
    text = f"{sentence} {HOSTILE}"
    start = text.index("Geneva")
    m = Mention(start=start, end=start + 6, text="Geneva", place=GENEVA, sentence=(0, len(sentence)),
                role="venue")
    art = Article(id=f"x{HOSTILE}", text=text, title=f"T {HOSTILE}", url="javascript:document.title='pwned'",
                  published=HOSTILE)
    talks = Event(event_type=f"Political {HOSTILE}", sub_event_type=f"Meeting/talks {HOSTILE}",
                  location=GENEVA, date=HOSTILE, actor1=Actor(f"A1 {HOSTILE}"), actor2=Actor(f"A2 {HOSTILE}"),
                  fatalities=1, excerpts=[Excerpt(art.id, sentence, 0, len(sentence))],
                  sources=[Source(art.id, art.title)], mentions=[m])
    bad_place = Place(name=f"P {HOSTILE}", lat=10.0, lon=10.0, country_code="", kind="city", country=HOSTILE)
    quiet = Place(name=f"Q {HOSTILE}", lat=12.0, lon=12.0, country_code="", kind="city", country=HOSTILE)
    text2 = "Somewhere quiet, near Elsewhere."
    m2 = Mention(start=0, end=9, text="Somewhere", place=bad_place, sentence=(0, len(text2)),
                 role="event_site")
    m3 = Mention(start=22, end=31, text="Elsewhere", place=quiet, sentence=(0, len(text2)))
    art2 = Article(id=HOSTILE, text=text2, url=f"https://example.org/{HOSTILE}")
    riot = Event(event_type="Riots", sub_event_type=f"Mob violence {HOSTILE}", location=bad_place,
                 actor1=Actor(HOSTILE), excerpts=[Excerpt(HOSTILE, text2, 0, len(text2))], mentions=[m2])
    return [AnalysedArticle(art, [m], [talks]), AnalysedArticle(art2, [m2, m3], [riot])]


def _render(tmp_path: Path, *, show_hidden: bool) -> tuple[_Dom, Path]:
    articles = realistic_articles() + _hostile_articles(tmp_path)
    m = build_map(articles, title=f"browser test {HOSTILE}")
    _open_everything(m, show_hidden=show_hidden)
    page = tmp_path / "map.html"
    save_map(m, page)
    return _Dom(_dump_dom(page, tmp_path / "profile")), page


def _assert_rendered(dom: _Dom, markers: int) -> None:
    """Leaflet ran: ``markers`` marker elements, each with its popup and tooltip in the DOM."""
    assert len(dom.with_class("leaflet-marker-icon")) == markers
    assert len(dom.with_class("mapper-marker")) == markers
    body = next(a for t, a in dom.elements if t == "body")
    assert body.get("data-opened-popups") == str(markers)
    assert len(dom.with_class("leaflet-popup-content")) == markers
    assert len(dom.with_class("mapper-popup")) == markers
    assert len(dom.with_class("leaflet-tooltip")) == markers
    assert len(dom.with_class("mapper-title")) == 1 and len(dom.with_class("mapper-legend")) == 1


def _assert_nothing_ran(dom: _Dom, page: Path) -> None:
    body = next(a for t, a in dom.elements if t == "body")
    assert dom.title == f"browser test {HOSTILE}"  # any payload that ran would have made it "pwned"
    assert "data-pwned" not in body
    assert not [(t, a) for t, a in dom.elements if "onerror" in a]
    assert not [a for t, a in dom.elements if t == "img" and "leaflet-tile" not in (a.get("class") or "")]
    saved = _Dom(page.read_text(encoding="utf-8"))
    assert dom.count("script") == saved.count("script")  # no script element was injected
    # Every link is http(s)/file; "#..." ones are Leaflet's zoom and close buttons.
    hrefs = [h for t, a in dom.elements if t == "a" and not (h := a.get("href") or "#").startswith("#")]
    assert hrefs and all(h.split(":", 1)[0] in {"http", "https", "file"} for h in hrefs)
    assert not [h for h in hrefs if "javascript" in h.lower()]


def test_markers_render_offline_and_hostile_text_does_not_run(tmp_path: Path) -> None:
    dom, page = _render(tmp_path, show_hidden=False)
    # Places with events only: the 8 of realistic_articles (Geneva among them) + the hostile riot site.
    # Syria and the hostile "Q" place are only mentioned: their layer is off, so Leaflet draws neither.
    _assert_rendered(dom, 9)
    assert len(dom.with_class("mapper-mention")) == 0
    _assert_nothing_ran(dom, page)

    # The hostile text is shown, as text, in the popups (event lines and excerpts), title bar and tooltips.
    assert dom.text.count(SCRIPT) >= 4
    assert dom.text.count(IMG) >= 4
    assert f"Talks in Geneva stalled {IMG}" in dom.text
    assert f"Meeting/talks {HOSTILE} (Political {HOSTILE})" in dom.text
    assert f"{HOSTILE} (week) · A1 {HOSTILE} vs A2 {HOSTILE} · 1 killed" in dom.text
    assert f"Mob violence {HOSTILE}" in dom.text
    assert f"Q {HOSTILE}" not in dom.text  # hidden until its layer is ticked

    # The layer control lists one overlay per event type drawn, most severe first, the mentioned-only
    # one unticked; the legend lists every event type.
    (control,) = dom.with_class("leaflet-control-layers")
    assert "leaflet-control-layers-expanded" in (control.get("class") or "").split()
    overlays = [(label, "checked" in a) for label, a in dom.overlays]
    assert overlays == [("Battles", True), ("Explosions/Remote violence", True), ("Riots", True),
                        ("Protests", True), ("Strategic developments", True),
                        ("Political: statement, meeting, diplomatic protest", True),
                        ("Mentioned only (actor, context)", False)]
    assert dom.legend == ("Battles" "Explosions/Remote violence" "Violence against civilians" "Riots"
                          "Protests" "Strategic developments"
                          "Political: statement, meeting, diplomatic protest"
                          "Mentioned only: actor or context (layer off by default)"
                          "Size: fatalities 0" "10" "100")


def test_hidden_layer_shows_mentioned_places_when_ticked(tmp_path: Path) -> None:
    dom, page = _render(tmp_path, show_hidden=True)
    _assert_rendered(dom, 11)  # now Syria and the hostile "Q" place too
    assert len(dom.with_class("mapper-mention")) == 2
    assert f"Q {HOSTILE}" in dom.text and "crossings into Syria remain closed." in dom.text
    assert [label for label, _ in dom.overlays][-1] == "Mentioned only (actor, context)"
    _assert_nothing_ran(dom, page)
