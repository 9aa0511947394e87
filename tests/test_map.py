from __future__ import annotations

import json
import re
from pathlib import Path

import folium
import pytest
from folium.map import FitBounds
from output_samples import DEIR, GENEVA, deir_geneva_article, realistic_articles

from mapper.mapview import (
    PLACES_ATTRIBUTION,
    build_map,
    escape_html,
    js_string,
    safe_url,
    save_map,
)
from mapper.model import AnalysedArticle, Article, Event, Mention, Place

# A JSON string literal as js_string writes it.
_JS_STR = r'"(?:[^"\\]|\\.)*"'

PAYLOAD = "<script>alert(1)</script>"
HOSTILE = f"""{PAYLOAD} "dq" 'sq' `bt` </div> ${{alert(1)}} C:\\users\\x \u2028"""


def _saved(tmp_path: Path, articles: list[AnalysedArticle], **kwargs: object) -> str:
    path = tmp_path / "map.html"
    save_map(build_map(articles, **kwargs), path)
    return path.read_text(encoding="utf-8")


def _bound(page: str, method: str) -> list[str]:
    """The HTML passed to every marker's bindPopup / bindTooltip, decoded from its JS string literal."""
    return [json.loads(s) for s in re.findall(rf"\.{method}\(({_JS_STR}),", page)]


def _markers(m: folium.Map) -> list[folium.Marker]:
    return [c for c in m._children.values() if isinstance(c, folium.Marker)]


def _hostile_article(tmp_path: Path) -> AnalysedArticle:
    sentence = f"Officials in Geneva said {HOSTILE} nothing more."
    text = f"{sentence} Later {HOSTILE} again."
    start = text.index("Geneva")
    m = Mention(start=start, end=start + 6, text="Geneva", place=GENEVA, sentence=(0, len(sentence)))
    article = Article(id=f"id {HOSTILE}", text=text, title=f"Title {HOSTILE}", url="javascript:alert(1)",
                      published=f"2024 {HOSTILE}", source=str(tmp_path / "missing.txt"))
    ev = Event(place=GENEVA, event_type=f"statement {HOSTILE}", sentence=m.sentence, mentions=[m])
    return AnalysedArticle(article, [m], [ev])


def test_one_marker_per_distinct_place(tmp_path: Path) -> None:
    articles = realistic_articles()
    distinct = {p.geonameid or (p.name, p.lat, p.lon) for a in articles for p in a.places}
    m = build_map(articles)
    assert len(_markers(m)) == len(distinct) == 8
    page = _saved(tmp_path, articles)
    assert page.count("L.marker(") == 8
    assert len(_bound(page, "bindPopup")) == len(_bound(page, "bindTooltip")) == 8


def test_same_place_in_several_articles_and_rounding_collapse() -> None:
    # Same geonameid under another name -> same marker; no id: name + coordinates rounded to 4 places.
    a = deir_geneva_article()
    alias = Place("Dayr az Zawr", 35.3359, 40.1408, "SY", "city", geonameid=170794)
    x1 = Place("Camp X", 10.00001, 20.00001, "", "facility")
    x2 = Place("Camp X", 10.00002, 20.00002, "", "facility")
    text = "Dayr az Zawr. Camp X. Camp X."
    b = AnalysedArticle(Article("b", text), [
        Mention(0, 12, "Dayr az Zawr", alias, sentence=(0, 13)),
        Mention(14, 20, "Camp X", x1, sentence=(14, 21)),
        Mention(22, 28, "Camp X", x2, sentence=(22, 29)),
    ])
    assert len(_markers(build_map([a, b]))) == 3  # Deir ez-Zor, Geneva, Camp X


def test_popup_content(tmp_path: Path) -> None:
    page = _saved(tmp_path, [deir_geneva_article()])
    deir, geneva = _bound(page, "bindPopup")
    assert "<b>Deir ez-Zor</b>" in deir and "Syria · city" in deir
    assert ('<a href="https://news.example.org/sy/2024-05-07" target="_blank" rel="noopener noreferrer">'
            "Strikes near Deir ez-Zor as envoys meet in Geneva</a>") in deir
    assert '<span class="mapper-date">2024-05-07</span>' in deir
    # Both sentences, in text order, each with its mention marked, the first with its casualties.
    first = deir.index("east of <mark>Deir ez-Zor</mark> near Khusham")
    second = deir.index("Residents of <mark>Deir ez-Zor</mark> said the shelling continued overnight.")
    assert first < second
    assert "[airstrike · 4 killed · 9 injured]" in deir
    assert deir.count("mapper-article\"") == 1  # one article group
    assert "In <mark>Geneva</mark>, envoys" in geneva and "[agreement]" in geneva
    assert "Switzerland · city" in geneva
    tips = _bound(page, "bindTooltip")
    assert tips == ["<b>Deir ez-Zor</b> — 2 mentions", "<b>Geneva</b> — 1 mention"]


def test_duplicate_excerpts_collapse() -> None:
    # The same article twice in a run contributes each sentence once per article group, and a sentence
    # with two mentions of one place is shown once with both marked.
    text = "Aleppo and Aleppo again."
    p = Place("Aleppo", 36.2, 37.16, "SY", "city", geonameid=170063)
    ms = [Mention(0, 6, "Aleppo", p, sentence=(0, 24)), Mention(11, 17, "Aleppo", p, sentence=(0, 24))]
    a = AnalysedArticle(Article("x", text), ms, [Event(p, "mention", (0, 24), ms)])
    m = build_map([a])
    (marker,) = _markers(m)
    popup = next(c for c in marker._children.values() if type(c).__name__ == "_SafePopup")
    content = json.loads(popup.content)
    assert content.count("<li>") == 1
    assert "<mark>Aleppo</mark> and <mark>Aleppo</mark> again." in content
    assert "mapper-event" not in content  # a plain "mention" event adds no event line


def test_marker_colour_follows_most_severe_event(tmp_path: Path) -> None:
    page = _saved(tmp_path, realistic_articles())
    classes = re.findall(r'"className": "mapper-marker mapper-(\w+)"', page)
    # Deir ez-Zor, Idlib, Aleppo: violence; Raqqa: protest; Geneva, Amman, Beirut, Damascus: politics.
    assert {c: classes.count(c) for c in set(classes)} == {"violence": 3, "unrest": 1, "politics": 4}
    assert "#d62728" in page and "#ff7f0e" in page  # legend and markers


def test_fit_bounds_single_marker_and_world_view(tmp_path: Path) -> None:
    many = build_map(realistic_articles())
    (fit,) = [c for c in many._children.values() if isinstance(c, FitBounds)]
    assert fit.bounds == [[31.95522, 6.14569], [46.20222, 40.14084]]
    text = "Geneva."
    one = build_map([AnalysedArticle(Article("g", text), [Mention(0, 6, "Geneva", GENEVA, sentence=(0, 7))])])
    assert one.location == [GENEVA.lat, GENEVA.lon] and one.options["zoom"] == 10
    assert not any(isinstance(c, FitBounds) for c in one._children.values())
    empty = build_map([])
    assert empty.location == [20.0, 0.0] and empty.options["zoom"] == 2
    assert _markers(empty) == []
    save_map(empty, tmp_path / "empty.html")
    assert "L.marker(" not in (tmp_path / "empty.html").read_text()


def test_title_legend_attribution_and_no_cdn(tmp_path: Path) -> None:
    page = _saved(tmp_path, [deir_geneva_article()], title="Syria & neighbours")
    assert "<title>Syria &amp; neighbours</title>" in page
    assert '<div class="mapper-title">Syria &amp; neighbours</div>' in page
    assert 'class="mapper-legend"' in page and "Mentioned only" in page
    attribution = re.search(rf'"attribution": ({_JS_STR})', page)
    assert attribution is not None
    assert json.loads(attribution.group(1)).endswith("OpenStreetMap</a> contributors | " + PLACES_ATTRIBUTION)
    # Leaflet is inline: the page loads no script or stylesheet from anywhere.
    assert not re.search(r"<script[^>]+src=|<link[^>]+stylesheet", page)
    assert "Leaflet 1.9" in page


def test_custom_tile_url_gets_places_attribution() -> None:
    m = build_map([], tiles="https://tiles.example.org/{z}/{x}/{y}.png")
    layer = next(c for c in m._children.values() if isinstance(c, folium.TileLayer))
    assert layer.options["attribution"] == PLACES_ATTRIBUTION


def test_hostile_article_text_is_escaped(tmp_path: Path) -> None:
    page = _saved(tmp_path, [_hostile_article(tmp_path)], title=f"Map {HOSTILE}")
    assert PAYLOAD not in page
    assert "</div> ${" not in page and "`bt`" not in page
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", page, re.I)
    escaped = ("&lt;script&gt;alert(1)&lt;/script&gt; &quot;dq&quot; &#x27;sq&#x27; &#96;bt&#96; "
               "&lt;/div&gt; &#36;{alert(1)}")
    assert f"<title>Map {escaped}" in page
    assert f'<div class="mapper-title">Map {escaped}' in page
    (popup,) = _bound(page, "bindPopup")
    (tooltip,) = _bound(page, "bindTooltip")
    assert "<a " not in popup and "javascript:" not in popup  # the only URL was javascript: -> no link
    assert f"<b>Title {escaped}" in popup  # title shown as plain text
    assert f"<span class=\"mapper-date\">2024 {escaped}" in popup
    assert f"Officials in <mark>Geneva</mark> said {escaped} C:&#92;users&#92;x" in popup
    assert f"[statement {escaped}" in popup
    assert PAYLOAD not in popup and "`" not in popup and "${" not in popup
    assert tooltip == "<b>Geneva</b> — 1 mention"


def test_hostile_place_name_and_id_without_title(tmp_path: Path) -> None:
    bad = Place(name=f"<img src=x onerror=alert(1)>{HOSTILE}", lat=1.0, lon=2.0, country_code="XX",
                kind="city", country=HOSTILE)
    text = "Somewhere."
    a = AnalysedArticle(Article(id=HOSTILE, text=text), [Mention(0, 9, "Somewhere", bad, sentence=(0, 10))])
    page = _saved(tmp_path, [a])
    assert "<img" not in page.split("<body>", 1)[1]
    (popup,) = _bound(page, "bindPopup")
    (tooltip,) = _bound(page, "bindTooltip")
    assert "&lt;img src=x onerror=alert(1)&gt;" in popup and "<img" not in popup
    assert "&lt;img src=x onerror=alert(1)&gt;" in tooltip and "<img" not in tooltip
    assert f"<b>{escape_html(HOSTILE)}</b>" in popup  # the article id stands in for the missing title


def test_file_link_for_existing_source(tmp_path: Path) -> None:
    src = tmp_path / "art icle.txt"
    src.write_text("Geneva.")
    art = Article(id="f", text="Geneva.", title="Local file", source=str(src))
    a = AnalysedArticle(art, [Mention(0, 6, "Geneva", GENEVA, sentence=(0, 7))])
    (popup,) = _bound(_saved(tmp_path, [a]), "bindPopup")
    assert f'<a href="{src.resolve().as_uri()}"' in popup and "art%20icle.txt" in popup
    missing = AnalysedArticle(Article(id="f", text="Geneva.", title="Gone", source=str(tmp_path / "no.txt")),
                              a.mentions)
    (popup,) = _bound(_saved(tmp_path, [missing]), "bindPopup")
    assert "<a " not in popup and "<b>Gone</b>" in popup


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x",
    "/relative/path", "news.example.org/x", "http://exa mple.org/", "", None,
])
def test_safe_url_rejects(url: str | None) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["http://example.org/a?b=1&c=2", "HTTPS://example.org/", "file:///tmp/a.txt"])
def test_safe_url_accepts(url: str) -> None:
    assert safe_url(url) == url


def test_js_string_cannot_close_script() -> None:
    s = js_string("</script><!-- ' \" ` ${x} \u2028 \\")
    assert "<" not in s and ">" not in s and "'" not in s and "\u2028" not in s
    assert json.loads(s) == "</script><!-- ' \" ` ${x} \u2028 \\"


def test_save_map_is_atomic_and_creates_dirs(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "map.html"
    save_map(build_map([deir_geneva_article()]), path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in path.parent.iterdir()] == ["map.html"]


def test_save_map_failure_keeps_existing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "map.html"
    path.write_text("old map")
    m = build_map([deir_geneva_article()])

    def broken_render(**kwargs: object) -> str:
        raise RuntimeError("render failed")

    monkeypatch.setattr(m.get_root(), "render", broken_render)
    with pytest.raises(RuntimeError):
        save_map(m, path)
    assert path.read_text() == "old map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_cdn_mode_loads_only_leaflet() -> None:
    page = build_map([deir_geneva_article()], inline_assets=False).get_root().render()
    srcs = re.findall(r'<script src="([^"]+)"', page)
    css = re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert [s.rsplit("/", 1)[-1] for s in srcs] == ["leaflet.js"]
    assert [s.rsplit("/", 1)[-1] for s in css] == ["leaflet.css"]
    assert DEIR.name in page
