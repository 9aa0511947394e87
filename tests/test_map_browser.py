"""The saved map, executed by a real browser (headless Debian chromium) with no network.

Leaflet is inlined (folium-offline), so markers and popups render offline; only the tiles are missing.
A test-only script opens every popup and tooltip after load, so the article-derived HTML really goes
through Leaflet's innerHTML; the hostile payloads would run there if escaping failed.
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
from mapper.model import AnalysedArticle, Article, Event, Mention, Place

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
    """Tags, attributes and <title> text of a serialised DOM."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self.text = ""  # text outside <script> and <style>
        self._in_title = False
        self._in_code = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_title = tag == "title"
        self._in_code = tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._in_title = self._in_code = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._in_code:
            self.text += data

    def count(self, tag: str) -> int:
        return sum(1 for t, _ in self.elements if t == tag)

    def with_class(self, cls: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.elements if cls in (a.get("class") or "").split()]


def _open_everything(m: folium.Map) -> None:
    """Test-only: after load, open every popup (without closing the others) and every tooltip."""
    js = """
    window.addEventListener("load", function () {
        var map = window[MAP_NAME], popups = 0;
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
    """.replace("MAP_NAME", json.dumps(m.get_name()))
    m.get_root().script.add_child(Element(js), name="open_everything")


def _hostile_articles(tmp_path: Path) -> list[AnalysedArticle]:
    sentence = f"Talks in Geneva stalled {HOSTILE} on Monday."
    text = f"{sentence} {HOSTILE}"
    start = text.index("Geneva")
    m = Mention(start=start, end=start + 6, text="Geneva", place=GENEVA, sentence=(0, len(sentence)))
    art = Article(id=f"x{HOSTILE}", text=text, title=f"T {HOSTILE}", url="javascript:document.title='pwned'",
                  published=HOSTILE)
    bad_place = Place(name=f"P {HOSTILE}", lat=10.0, lon=10.0, country_code="", kind="city", country=HOSTILE)
    text2 = "Somewhere quiet."
    m2 = Mention(start=0, end=9, text="Somewhere", place=bad_place, sentence=(0, len(text2)))
    art2 = Article(id=HOSTILE, text=text2, url=f"https://example.org/{HOSTILE}")
    return [
        AnalysedArticle(art, [m], [Event(GENEVA, f"statement {HOSTILE}", m.sentence, [m], killed=1)]),
        AnalysedArticle(art2, [m2], []),
    ]


def test_markers_render_offline_and_hostile_text_does_not_run(tmp_path: Path) -> None:
    articles = realistic_articles() + _hostile_articles(tmp_path)
    expected = 9  # the 8 places of realistic_articles (Geneva among them) + the hostile place
    m = build_map(articles, title=f"browser test {HOSTILE}")
    _open_everything(m)
    page = tmp_path / "map.html"
    save_map(m, page)
    dom = _Dom(_dump_dom(page, tmp_path / "profile"))

    # Leaflet ran: one marker element per place, and every popup and tooltip is in the DOM.
    assert len(dom.with_class("leaflet-marker-icon")) == expected
    assert len(dom.with_class("mapper-marker")) == expected
    body = next(a for t, a in dom.elements if t == "body")
    assert body.get("data-opened-popups") == str(expected)
    assert len(dom.with_class("leaflet-popup-content")) == expected
    assert len(dom.with_class("mapper-popup")) == expected
    assert len(dom.with_class("leaflet-tooltip")) == expected
    assert len(dom.with_class("mapper-title")) == 1 and len(dom.with_class("mapper-legend")) == 1

    # Nothing injected ran or was created.
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
    # The hostile text is shown, as text, in the popups, title bar and tooltips.
    assert dom.text.count(SCRIPT) >= 4
    assert dom.text.count(IMG) >= 4
    assert f"Talks in Geneva stalled {IMG}" in dom.text
