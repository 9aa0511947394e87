from __future__ import annotations

import json
import re
from pathlib import Path

import folium
import pytest
from folium.map import FitBounds
from output_samples import (
    DEIR,
    DEIR_TITLE,
    DEIR_URL,
    GENEVA,
    deir_geneva_article,
    realistic_articles,
)

from mapper.mapview import (
    PLACES_ATTRIBUTION,
    build_map,
    escape_html,
    js_string,
    safe_url,
    save_map,
)
from mapper.model import Actor, AnalysedArticle, Article, Event, Excerpt, Mention, Place, Source

# A JSON string literal as js_string writes it.
_JS_STR = r'"(?:[^"\\]|\\.)*"'

PAYLOAD = "<script>alert(1)</script>"
HOSTILE = f"""{PAYLOAD} "dq" 'sq' `bt` </div> ${{alert(1)}} C:\\users\\x \u2028"""
# escape_html(HOSTILE) up to the backslashes, written out by hand.
ESCAPED = ("&lt;script&gt;alert(1)&lt;/script&gt; &quot;dq&quot; &#x27;sq&#x27; &#96;bt&#96; "
           "&lt;/div&gt; &#36;{alert(1)}")


def _saved(tmp_path: Path, articles: list[AnalysedArticle], **kwargs: object) -> str:
    path = tmp_path / "map.html"
    save_map(build_map(articles, **kwargs), path)
    return path.read_text(encoding="utf-8")


def _bound(page: str, method: str) -> list[str]:
    """The HTML passed to every marker's bindPopup / bindTooltip, decoded from its JS string literal."""
    return [json.loads(s) for s in re.findall(rf"\.{method}\(({_JS_STR}),", page)]


def _layers(m: folium.Map) -> list[folium.FeatureGroup]:
    return [c for c in m._children.values() if isinstance(c, folium.FeatureGroup)]


def _markers(m: folium.Map) -> list[folium.Marker]:
    """Every marker, whichever layer it is in."""
    out = [c for c in m._children.values() if isinstance(c, folium.Marker)]
    for layer in _layers(m):
        out += [c for c in layer._children.values() if isinstance(c, folium.Marker)]
    return out


def _icon(marker: folium.Marker) -> dict:
    (icon,) = [c for c in marker._children.values() if isinstance(c, folium.DivIcon)]
    return icon.options


def _popup(marker: folium.Marker) -> str:
    (popup,) = [c for c in marker._children.values() if type(c).__name__ == "_SafePopup"]
    return json.loads(popup.content)


def _event(place: Place, sub: str, event_type: str, fatalities: int | None = None) -> Event:
    return Event(event_type=event_type, sub_event_type=sub, location=place, fatalities=fatalities)


def _hostile_article(tmp_path: Path) -> AnalysedArticle:
    sentence = f"Officials in Geneva said {HOSTILE} nothing more."
    text = f"{sentence} Later {HOSTILE} again."
    start = text.index("Geneva")
    m = Mention(start=start, end=start + 6, text="Geneva", place=GENEVA, sentence=(0, len(sentence)),
                role="origin")
    aid = f"id {HOSTILE}"
    article = Article(id=aid, text=text, title=f"Title {HOSTILE}", url="javascript:alert(1)",
                      published=f"2024 {HOSTILE}", source=str(tmp_path / "missing.txt"))
    ev = Event(event_type=f"Political {HOSTILE}", sub_event_type=f"Statement {HOSTILE}", location=GENEVA,
               date=f"2024 {HOSTILE}", time_precision=1, role="origin", actor1=Actor(f"Minister {HOSTILE}"),
               actor2=Actor(f"Rebels {HOSTILE}", "XX"), fatalities=2,
               excerpts=[Excerpt(aid, " ".join(sentence.split()), 0, len(sentence))],
               sources=[Source(aid, article.title, article.url, article.published)], mentions=[m])
    return AnalysedArticle(article, [m], [ev])


def test_one_marker_per_distinct_place(tmp_path: Path) -> None:
    articles = realistic_articles()
    distinct = {p.geonameid or (p.name, p.lat, p.lon) for a in articles for p in a.places}
    m = build_map(articles)
    assert len(_markers(m)) == len(distinct) == 9  # 8 places with events, Syria only mentioned
    page = _saved(tmp_path, articles)
    assert page.count("L.marker(") == 9
    assert len(_bound(page, "bindPopup")) == len(_bound(page, "bindTooltip")) == 9


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
    markers = _markers(build_map([a, b]))
    assert [mk.location for mk in markers] == [[DEIR.lat, DEIR.lon], [GENEVA.lat, GENEVA.lon],
                                               [10.00001, 20.00001]]
    # Deir ez-Zor keeps its events' level: a mere mention elsewhere does not make it a grey marker.
    assert _icon(markers[0])["class_name"] == "mapper-marker mapper-explosions-remote-violence"
    assert _icon(markers[2])["class_name"] == "mapper-marker mapper-mention"


def test_popup_leads_with_events_then_excerpts(tmp_path: Path) -> None:
    page = _saved(tmp_path, [deir_geneva_article()])
    deir, geneva = _bound(page, "bindPopup")
    head = (f'<div class="mapper-article"><div class="mapper-article-head"><a href="{DEIR_URL}" '
            f'target="_blank" rel="noopener noreferrer">{DEIR_TITLE}</a> '
            '<span class="mapper-date">2024-05-07</span></div><ul>')
    assert deir == (
        '<div class="mapper-popup"><div class="mapper-place"><b>Deir ez-Zor</b></div>'
        '<div class="mapper-meta">Syria · city</div>'
        '<div class="mapper-event"><b>Air/drone strike</b> '
        '<span class="mapper-type">(Explosions/Remote violence)</span><div class="mapper-facts">'
        "2024-05-07 · US-led coalition vs Islamic State · 4 killed · 9 injured</div></div>"
        '<div class="mapper-event"><b>Shelling/artillery/missile attack</b> '
        '<span class="mapper-type">(Explosions/Remote violence)</span><div class="mapper-facts">2024-05-07'
        "</div></div>"
        f"{head}"
        '<li><span class="mapper-excerpt">Coalition drones struck Islamic State positions east of '
        "<mark>Deir ez-Zor</mark> near Khusham on Tuesday, killing four fighters and wounding nine."
        "</span></li>"
        '<li><span class="mapper-excerpt">Residents of <mark>Deir ez-Zor</mark> said the shelling continued '
        "overnight.</span></li></ul></div></div>"
    )
    # Only the events' own sentences: the Geneva sentence of the same article is not in this popup.
    assert "Geneva</mark>" not in deir
    assert geneva == (
        '<div class="mapper-popup"><div class="mapper-place"><b>Geneva</b></div>'
        '<div class="mapper-meta">Switzerland · city</div>'
        '<div class="mapper-event"><b>Agreement</b> <span class="mapper-type">(Strategic developments)</span>'
        '<div class="mapper-facts">2024-05-07 (week) · Government of Syria vs Syrian Democratic Forces</div>'
        f"</div>{head}"
        '<li><span class="mapper-excerpt">In <mark>Geneva</mark>, envoys of the government and the SDF '
        "signed a ceasefire for the province.</span></li></ul></div></div>"
    )
    tips = _bound(page, "bindTooltip")
    assert tips == ["<b>Deir ez-Zor</b> — Air/drone strike, Shelling/artillery/missile attack",
                    "<b>Geneva</b> — Agreement"]


def test_event_facts_month_precision_missing_date_and_no_casualties() -> None:
    p = Place("Menaka", 15.91985, 2.39609, "ML", "city", country="Mali")
    a = AnalysedArticle(Article("a", "x"), [], [
        Event("Battles", "Armed clash", p, date="2023-03", time_precision=3, actor1=Actor("JNIM"),
              fatalities=0),
        Event("Violence against civilians", "Abduction/forced disappearance", p, actor2=Actor("Civilians")),
    ])
    popup = _popup(_markers(build_map([a]))[0])
    assert ('<div class="mapper-facts">2023-03 (month) · JNIM · 0 killed</div>' in popup)
    assert ('<b>Abduction/forced disappearance</b> <span class="mapper-type">(Violence against civilians)'
            '</span><div class="mapper-facts">Civilians</div>') in popup
    assert "mapper-article" not in popup  # the events' excerpts name no article of the run


def test_event_merged_from_two_articles_is_shown_once_with_both_sources() -> None:
    texts = {"a": "Shelling hit Deir ez-Zor on Monday.", "b": "Two died as shells fell on Deir ez-Zor."}
    ms = {k: Mention(t.index("Deir"), t.index("Deir") + 11, "Deir ez-Zor", DEIR, sentence=(0, len(t)))
          for k, t in texts.items()}
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", DEIR, date="2024-05-06",
               time_precision=1, fatalities=2,
               excerpts=[Excerpt(k, t, 0, len(t)) for k, t in texts.items()],
               sources=[Source(k, f"Title {k}") for k in texts], mentions=list(ms.values()))
    articles = [AnalysedArticle(Article(k, t, title=f"Title {k}"), [ms[k]], [ev]) for k, t in texts.items()]
    (marker,) = _markers(build_map(articles))
    popup = _popup(marker)
    assert popup.count('class="mapper-event"') == 1
    assert '<div class="mapper-facts">2024-05-06 · 2 killed · 2 sources</div>' in popup
    a_at, b_at = popup.index("<b>Title a</b>"), popup.index("<b>Title b</b>")
    assert popup.index("mapper-event") < a_at < popup.index("Shelling hit <mark>Deir ez-Zor</mark>") < b_at
    assert b_at < popup.index("shells fell on <mark>Deir ez-Zor</mark>.")
    assert _icon(marker)["icon_size"] == (20, 20)  # counted once: 14 + round(4 * log2(1 + 2))


def test_duplicate_excerpts_collapse() -> None:
    # A sentence with two mentions of one place is shown once with both marked, for a place that is
    # only mentioned and for one whose event excerpt holds both mentions.
    text = "Aleppo and Aleppo again."
    p = Place("Aleppo", 36.2, 37.16, "SY", "city", geonameid=170063)
    ms = [Mention(0, 6, "Aleppo", p, sentence=(0, 24)), Mention(11, 17, "Aleppo", p, sentence=(0, 24))]
    mentioned = AnalysedArticle(Article("x", text), ms, [])
    (marker,) = _markers(build_map([mentioned]))
    content = _popup(marker)
    assert content.count("<li>") == 1
    assert "<mark>Aleppo</mark> and <mark>Aleppo</mark> again." in content
    assert "mapper-event" not in content  # no event, no event line
    ev = Event("Protests", "Peaceful protest", p, excerpts=[Excerpt("x", text, 0, 24)], mentions=ms)
    (marker,) = _markers(build_map([AnalysedArticle(Article("x", text), ms, [ev])]))
    content = _popup(marker)
    assert content.count("<li>") == 1 and content.count("mapper-event\"") == 1
    assert "<mark>Aleppo</mark> and <mark>Aleppo</mark> again." in content


def test_marker_colour_and_layer_follow_event_types(tmp_path: Path) -> None:
    m = build_map(realistic_articles())
    layers = {g.layer_name: (g.show, [mk.location for mk in g._children.values()
                                      if isinstance(mk, folium.Marker)]) for g in _layers(m)}
    # One layer per event type present, most severe first; the mentioned-only layer is off.
    assert layers == {
        "Battles": (True, [[35.93062, 36.63393]]),  # Idlib
        "Explosions/Remote violence": (True, [[DEIR.lat, DEIR.lon], [36.20124, 37.16117]]),  # Aleppo
        "Protests": (True, [[35.95283, 39.00788]]),  # Raqqa
        "Strategic developments": (True, [[GENEVA.lat, GENEVA.lon]]),
        "Political: statement, meeting, diplomatic protest": (  # Amman, Beirut, Damascus
            True, [[31.95522, 35.94503], [33.89332, 35.50157], [33.5102, 36.29128]]),
        "Mentioned only (actor, context)": (False, [[35.0, 38.0]]),  # Syria
    }
    assert sum(isinstance(c, folium.LayerControl) for c in m._children.values()) == 1
    page = _saved(tmp_path, realistic_articles())
    classes = re.findall(r'"className": "mapper-marker mapper-([\w-]+)"', page)
    assert {c: classes.count(c) for c in set(classes)} == {
        "battles": 1, "explosions-remote-violence": 2, "protests": 1, "strategic-developments": 1,
        "political": 3, "mention": 1}
    # Five of the six layers are added to the map when it loads; the sixth only from the layer control.
    assert len(re.findall(r"feature_group_\w+\.addTo\(map_\w+\)", page)) == 5
    assert '"Mentioned only (actor, context)" : feature_group_' in page


def test_most_severe_event_type_sets_the_colour() -> None:
    p = Place("Town", 1.0, 2.0, "XX", "city")
    events = [_event(p, "Statement", "Political"), _event(p, "Peaceful protest", "Protests"),
              _event(p, "Armed clash", "Battles"),
              _event(p, "Air/drone strike", "Explosions/Remote violence"),
              _event(p, "Something new", "Not a type")]
    political = "Political: statement, meeting, diplomatic protest"
    for evs, level, colour, layer in [
        (events, "battles", "#d62728", "Battles"),
        (events[:2], "protests", "#2ca02c", "Protests"),
        ([events[0], events[3]], "explosions-remote-violence", "#ff7f0e", "Explosions/Remote violence"),
        ([events[4]], "political", "#1f77b4", political),  # an unknown type is drawn as political
    ]:
        m = build_map([AnalysedArticle(Article("a", "x"), [], evs)])
        (marker,) = _markers(m)
        icon = _icon(marker)
        assert icon["class_name"] == f"mapper-marker mapper-{level}"
        assert icon["html"].startswith(f'<span class="mapper-dot" style="background:{colour};')
        assert [g.layer_name for g in _layers(m)] == [layer]


def test_marker_size_grows_with_fatalities() -> None:
    places = [Place(f"P{i}", float(i), 0.0, "XX", "city") for i in range(6)]
    q = Place("Q", 9.0, 9.0, "XX", "city")
    a = AnalysedArticle(Article("a", "Q."), [Mention(0, 1, "Q", q, sentence=(0, 2))], [
        _event(places[0], "Armed clash", "Battles"),  # deaths not reported
        _event(places[1], "Armed clash", "Battles", 0),
        _event(places[2], "Armed clash", "Battles", 1),
        _event(places[3], "Armed clash", "Battles", 10),
        _event(places[4], "Armed clash", "Battles", 3),  # two events at one place: 3 + 7 = 10 deaths
        _event(places[4], "Air/drone strike", "Explosions/Remote violence", 7),
        _event(places[5], "Air/drone strike", "Explosions/Remote violence", 100),
    ])
    sizes = {mk.location[0]: _icon(mk) for mk in _markers(build_map([a]))}
    # 14 px for an event without deaths, + 4 px per doubling of 1 + fatalities; 8 px if only mentioned.
    expected = {0.0: 14, 1.0: 14, 2.0: 18, 3.0: 28, 4.0: 28, 5.0: 41, 9.0: 8}
    assert {lat: icon["icon_size"] for lat, icon in sizes.items()} == {
        lat: (d, d) for lat, d in expected.items()}
    for lat, d in expected.items():
        assert sizes[lat]["icon_anchor"] == (d // 2, d // 2)
        assert f"width:{d - 4}px;height:{d - 4}px" in sizes[lat]["html"]  # plus a 2 px border each side


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
    assert _markers(empty) == [] and _layers(empty) == []
    assert not any(isinstance(c, folium.LayerControl) for c in empty._children.values())
    save_map(empty, tmp_path / "empty.html")
    assert "L.marker(" not in (tmp_path / "empty.html").read_text()


def test_title_legend_attribution_and_no_cdn(tmp_path: Path) -> None:
    page = _saved(tmp_path, [deir_geneva_article()], title="Syria & neighbours")
    assert "<title>Syria &amp; neighbours</title>" in page
    assert '<div class="mapper-title">Syria &amp; neighbours</div>' in page
    rows = [("#d62728", "Battles"), ("#ff7f0e", "Explosions/Remote violence"),
            ("#8c564b", "Violence against civilians"), ("#bcbd22", "Riots"), ("#2ca02c", "Protests"),
            ("#9467bd", "Strategic developments"),
            ("#1f77b4", "Political: statement, meeting, diplomatic protest"),
            ("#7f7f7f", "Mentioned only: actor or context (layer off by default)")]
    legend = "".join(f'<div><span class="mapper-dot" style="background:{c}"></span>{label}</div>'
                     for c, label in rows)
    assert f'<div class="mapper-legend">{legend}<div class="mapper-sizes">Size: fatalities ' in page
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
    assert f"<title>Map {ESCAPED}" in page
    assert f'<div class="mapper-title">Map {ESCAPED}' in page
    (popup,) = _bound(page, "bindPopup")
    (tooltip,) = _bound(page, "bindTooltip")
    assert "<a " not in popup and "javascript:" not in popup  # the only URL was javascript: -> no link
    full = escape_html(HOSTILE)
    assert full.startswith(ESCAPED) and full.endswith(" C:&#92;users&#92;x \u2028")
    # The event line: sub type, type, date and actors from the article, all escaped.
    assert popup.index('<div class="mapper-event">') < popup.index("mapper-article")
    assert (f'<div class="mapper-event"><b>Statement {full}</b> <span class="mapper-type">(Political {full})'
            f'</span><div class="mapper-facts">2024 {full} · Minister {full} vs Rebels {full} · 2 killed'
            "</div></div>") in popup
    assert f"<b>Title {ESCAPED}" in popup  # title shown as plain text
    assert f"<span class=\"mapper-date\">2024 {ESCAPED}" in popup
    assert f"Officials in <mark>Geneva</mark> said {ESCAPED} C:&#92;users&#92;x" in popup
    assert PAYLOAD not in popup and "`" not in popup and "${" not in popup and "<div>" not in popup
    assert tooltip == f"<b>Geneva</b> — Statement {full}"
    # An unknown (here hostile) event type is drawn as political.
    assert '"className": "mapper-marker mapper-political"' in page


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
    assert f'<div class="mapper-meta">{escape_html(HOSTILE)} · city</div>' in popup


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
