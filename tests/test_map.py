"""The map page as Python builds it: sites, popups, panels, the JSON document mapper.js draws, assets
and the embeddable fragment. What a browser makes of it is in test_map_browser.py."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from output_samples import (
    DEIR,
    DEIR_TITLE,
    DEIR_URL,
    GENEVA,
    deir_geneva_article,
    realistic_articles,
)

from mapper.doc import Doc
from mapper.events.merge import merge
from mapper.mapview import (
    PLACES_ATTRIBUTION,
    MapError,
    build_map,
    collect_sites,
    escape_html,
    js_string,
    map_html,
    safe_url,
    save_map,
)
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Source

PAYLOAD = "<script>alert(1)</script>"
HOSTILE = f"""{PAYLOAD} "dq" 'sq' `bt` </div> ${{alert(1)}} C:\\users\\x \u2028"""
# escape_html(HOSTILE) up to the backslashes, written out by hand.
ESCAPED = ("&lt;script&gt;alert(1)&lt;/script&gt; &quot;dq&quot; &#x27;sq&#x27; &#96;bt&#96; "
           "&lt;/div&gt; &#36;{alert(1)}")
POLITICAL = "Political: statement, meeting, diplomatic protest"


def _page(tmp_path: Path, articles: list[Doc], **kwargs: object) -> str:
    path = tmp_path / "map.html"
    save_map(build_map(articles, **kwargs), path)  # type: ignore[arg-type]
    return path.read_text(encoding="utf-8")


def _doc(page: str) -> dict:
    """The JSON document mapper.js draws, as the page carries it."""
    (raw,) = re.findall(r'<script type="application/json" id="mapper-data-\w+">(.*?)</script>', page, re.S)
    return json.loads(raw)


def _event(place: Place, sub: str, event_type: str, fatalities: int | None = None) -> Event:
    return Event(event_type=event_type, sub_event_type=sub, location=place, fatalities=fatalities)


def _hostile_article(tmp_path: Path) -> Doc:
    sentence = f"Officials in Geneva said {HOSTILE} nothing more."
    text = f"{sentence} Later {HOSTILE} again."
    start = text.index("Geneva")
    m = Mention(start=start, end=start + 6, text="Geneva", place=GENEVA, sentence=(0, len(sentence)))
    aid = f"id {HOSTILE}"
    article = Article(id=aid, text=text, title=f"Title {HOSTILE}", url="javascript:alert(1)",
                      published=f"2024 {HOSTILE}", source=str(tmp_path / "missing.txt"))
    ev = Event(event_type=f"Political {HOSTILE}", sub_event_type=f"Statement {HOSTILE}", location=GENEVA,
               date=f"2024 {HOSTILE}", time_precision=1, role="origin", actor1=Actor(f"Minister {HOSTILE}"),
               actor2=Actor(f"Rebels {HOSTILE}", "XX"), fatalities=2,
               excerpts=[Excerpt(aid, " ".join(sentence.split()), 0, len(sentence))],
               sources=[Source(aid, article.title, article.url, article.published)], mentions=[m])
    return Doc(article, [m], [ev])


# ---------------------------------------------------------------------------------------- sites


def test_one_site_per_distinct_place(tmp_path: Path) -> None:
    articles = realistic_articles()
    distinct = {p.geonameid or (p.name, p.lat, p.lon) for a in articles for p in a.places}
    sites = collect_sites(articles)
    assert len(sites) == len(distinct) == 9  # 8 places with events, Syria only mentioned
    doc = _doc(_page(tmp_path, articles))
    assert len(doc["sites"]) == len(doc["popups"]) == len(doc["panels"]) == 9
    assert [s[2] for s in doc["sites"]] == [s.place.name for s in sites]
    assert _page(tmp_path, articles).count("L.marker(") == 1  # in mapper.js only: no code per marker


def test_same_place_in_several_articles_and_rounding_collapse() -> None:
    # Same geonameid under another name -> same site; no id: name + coordinates rounded to 4 places.
    a = deir_geneva_article()
    alias = Place("Dayr az Zawr", 35.3359, 40.1408, "SY", "city", geonameid=170794)
    x1 = Place("Camp X", 10.00001, 20.00001, "", "facility")
    x2 = Place("Camp X", 10.00002, 20.00002, "", "facility")
    text = "Dayr az Zawr. Camp X. Camp X."
    b = Doc(Article("b", text), [
        Mention(0, 12, "Dayr az Zawr", alias, sentence=(0, 13)),
        Mention(14, 20, "Camp X", x1, sentence=(14, 21)),
        Mention(22, 28, "Camp X", x2, sentence=(22, 29)),
    ])
    sites = collect_sites([a, b])
    assert [(s.place.lat, s.place.lon) for s in sites] == [(DEIR.lat, DEIR.lon), (GENEVA.lat, GENEVA.lon),
                                                           (10.00001, 20.00001)]
    # Deir ez-Zor keeps its events' level: a mere mention elsewhere does not make it a grey marker.
    assert [s.level for s in sites] == ["Explosions/Remote violence", "Strategic developments", "mention"]
    assert sites[2].mentions == 2 and sites[2].tooltip == "Camp X — 2 mentions"


def test_panel_leads_with_events_then_all_excerpts() -> None:
    deir, geneva = collect_sites([deir_geneva_article()])
    head = (f'<div class="mapper-article"><div class="mapper-article-head"><a href="{DEIR_URL}" '
            f'target="_blank" rel="noopener noreferrer">{DEIR_TITLE}</a> '
            '<span class="mapper-date">2024-05-07</span></div><ul>')
    strike = ('<div class="mapper-event"><b>Air/drone strike</b> '
              '<span class="mapper-type">(Explosions/Remote violence)</span><div class="mapper-facts">'
              "2024-05-07 · US-led coalition vs Islamic State · 4 killed · 9 injured</div></div>")
    shelling = ('<div class="mapper-event"><b>Shelling/artillery/missile attack</b> '
                '<span class="mapper-type">(Explosions/Remote violence)</span><div class="mapper-facts">'
                "2024-05-07</div></div>")
    first = ("Coalition drones struck Islamic State positions east of <mark>Deir ez-Zor</mark> near Khusham "
             "on Tuesday, killing four fighters and wounding nine.")
    assert deir.panel_html() == (
        '<div class="mapper-full"><div class="mapper-place"><b>Deir ez-Zor</b></div>'
        f'<div class="mapper-meta">Syria · city</div>{strike}{shelling}{head}'
        f'<li><span class="mapper-excerpt">{first}</span></li>'
        '<li><span class="mapper-excerpt">Residents of <mark>Deir ez-Zor</mark> said the shelling continued '
        "overnight.</span></li></ul></div></div>"
    )
    # The popup is short: events, the first excerpt and its source, and a button for the panel.
    assert deir.popup_html(0) == (
        '<div class="mapper-popup"><div class="mapper-place"><b>Deir ez-Zor</b></div>'
        f'<div class="mapper-meta">Syria · city</div>{strike}{shelling}'
        f'<blockquote class="mapper-excerpt">{first}</blockquote>'
        f'<div class="mapper-source"><a href="{DEIR_URL}" target="_blank" rel="noopener noreferrer">'
        f'{DEIR_TITLE}</a> <span class="mapper-date">2024-05-07</span></div>'
        '<div class="mapper-more-row"><button type="button" class="mapper-more" data-site="0">'
        "All 2 excerpts ›</button></div></div>"
    )
    assert not deir.complete and geneva.complete
    # Only the events' own sentences: the Geneva sentence of the same article is not at Deir ez-Zor.
    assert "Geneva</mark>" not in deir.panel_html()
    assert geneva.popup_html(1) == (
        '<div class="mapper-popup"><div class="mapper-place"><b>Geneva</b></div>'
        '<div class="mapper-meta">Switzerland · city</div>'
        '<div class="mapper-event"><b>Agreement</b> <span class="mapper-type">(Strategic developments)</span>'
        '<div class="mapper-facts">2024-05-07 (week) · Government of Syria vs Syrian Democratic Forces</div>'
        '</div><blockquote class="mapper-excerpt">In <mark>Geneva</mark>, envoys of the government and the '
        'SDF signed a ceasefire for the province.</blockquote><div class="mapper-source">'
        f'<a href="{DEIR_URL}" target="_blank" rel="noopener noreferrer">{DEIR_TITLE}</a> '
        '<span class="mapper-date">2024-05-07</span></div></div>'
    )
    assert deir.tooltip == "Deir ez-Zor — Air/drone strike, Shelling/artillery/missile attack"
    assert geneva.tooltip == "Geneva — Agreement"


def test_popup_caps_events_and_counts_more_sources() -> None:
    p = Place("Menaka", 15.91985, 2.39609, "ML", "city", country="Mali")
    texts = {k: f"Fighting near Menaka, report {k}." for k in "abc"}
    arts = []
    for k, t in texts.items():
        m = Mention(t.index("Menaka"), t.index("Menaka") + 6, "Menaka", p, sentence=(0, len(t)))
        evs = [Event("Battles", "Armed clash", p, date=f"2023-03-0{i + 1}", time_precision=1,
                     excerpts=[Excerpt(k, t, 0, len(t))], sources=[Source(k, f"T{k}")]) for i in range(2)]
        arts.append(Doc(Article(k, t, title=f"T{k}"), [m], evs))
    (site,) = collect_sites(arts)
    popup = site.popup_html(4)
    assert popup.count('class="mapper-event"') == 3
    assert '<div class="mapper-more-events">+3 more events</div>' in popup
    assert ('<div class="mapper-more-row">2 more sources · <button type="button" class="mapper-more" '
            'data-site="4">All 3 excerpts ›</button></div>') in popup
    assert site.panel_html().count('class="mapper-event"') == 6
    assert site.panel_html().count('class="mapper-article"') == 3


def test_event_facts_month_precision_missing_date_and_no_casualties() -> None:
    p = Place("Menaka", 15.91985, 2.39609, "ML", "city", country="Mali")
    a = Doc(Article("a", "x"), [], [
        Event("Battles", "Armed clash", p, date="2023-03", time_precision=3, actor1=Actor("JNIM"),
              fatalities=0),
        Event("Violence against civilians", "Abduction/forced disappearance", p, actor2=Actor("Civilians")),
    ])
    (site,) = collect_sites([a])
    popup = site.popup_html(0)
    assert '<div class="mapper-facts">2023-03 (month) · JNIM · 0 killed</div>' in popup
    assert ('<b>Abduction/forced disappearance</b> <span class="mapper-type">(Violence against civilians)'
            '</span><div class="mapper-facts">Civilians</div>') in popup
    assert "mapper-excerpt" not in popup and site.complete  # the events' excerpts name no article of the run


def test_event_merged_from_two_articles_is_shown_once_with_both_sources() -> None:
    texts = {"a": "Shelling hit Deir ez-Zor on Monday.", "b": "Two died as shells fell on Deir ez-Zor."}
    ms = {k: Mention(t.index("Deir"), t.index("Deir") + 11, "Deir ez-Zor", DEIR, sentence=(0, len(t)))
          for k, t in texts.items()}
    reports = {k: Event("Explosions/Remote violence", "Shelling/artillery/missile attack", DEIR,
                        date="2024-05-06", time_precision=1, fatalities=2 if k == "b" else None,
                        excerpts=[Excerpt(k, t, 0, len(t))], sources=[Source(k, f"Title {k}")],
                        mentions=[ms[k]])
               for k, t in texts.items()}
    articles = [Doc(Article(k, t, title=f"Title {k}"), [ms[k]], [reports[k]]) for k, t in texts.items()]
    incidents = merge(articles)
    assert len(incidents) == 1
    (site,) = collect_sites(articles, incidents)
    panel = site.panel_html()
    assert panel.count('class="mapper-event"') == 1
    assert '<div class="mapper-facts">2024-05-06 · 2 killed · 2 sources</div>' in panel
    a_at, b_at = panel.index("<b>Title a</b>"), panel.index("<b>Title b</b>")
    assert panel.index("mapper-event") < a_at < panel.index("Shelling hit <mark>Deir ez-Zor</mark>") < b_at
    assert b_at < panel.index("shells fell on <mark>Deir ez-Zor</mark>.")
    assert "1 more source · " in site.popup_html(0)
    assert site.size == 20  # counted once: 14 + round(4 * log2(1 + 2))


def test_duplicate_excerpts_collapse() -> None:
    # A sentence with two mentions of one place is shown once with both marked, for a place that is
    # only mentioned and for one whose event excerpt holds both mentions.
    text = "Aleppo and Aleppo again."
    p = Place("Aleppo", 36.2, 37.16, "SY", "city", geonameid=170063)
    ms = [Mention(0, 6, "Aleppo", p, sentence=(0, 24)), Mention(11, 17, "Aleppo", p, sentence=(0, 24))]
    (site,) = collect_sites([Doc(Article("x", text), ms, [])])
    assert site.excerpts == 1 and site.complete
    assert "<mark>Aleppo</mark> and <mark>Aleppo</mark> again." in site.popup_html(0)
    assert "mapper-event" not in site.popup_html(0)  # no event, no event line
    ev = Event("Protests", "Peaceful protest", p, excerpts=[Excerpt("x", text, 0, 24)], mentions=ms)
    (site,) = collect_sites([Doc(Article("x", text), ms, [ev])])
    assert site.excerpts == 1 and site.popup_html(0).count('mapper-event"') == 1
    assert "<mark>Aleppo</mark> and <mark>Aleppo</mark> again." in site.popup_html(0)


def _many_sentences(n: int) -> list[Doc]:
    """One article of ``n`` short sentences, each naming one of six places; one event per place whose
    excerpts are all its sentences (as merged events have): n excerpts and n mentions."""
    places = [Place(f"Town {j}", 10.0 + j, 20.0, "XX", "city", geonameid=1000 + j) for j in range(6)]
    parts, mentions, excerpts = [], [], {j: [] for j in range(6)}
    pos = 0
    for i in range(n):
        p = places[i % 6]
        sentence = f"Shelling hit {p.name} on day {i}."
        start = pos + len("Shelling hit ")
        mentions.append(Mention(start, start + len(p.name), p.name, p, sentence=(pos, pos + len(sentence))))
        excerpts[i % 6].append(Excerpt("a", sentence, pos, pos + len(sentence)))
        parts.append(sentence)
        pos += len(sentence) + 1
    events = [Event("Explosions/Remote violence", "Shelling/artillery/missile attack", places[j],
                    excerpts=excerpts[j]) for j in range(6)]
    return [Doc(Article("a", " ".join(parts)), mentions, events)]


def _one_long_sentence(n: int) -> list[Doc]:
    """One comma-joined "sentence" naming ``n`` different places, with an event at every tenth: each
    excerpt is the whole text unless it is cut to a window."""
    parts, mentions, events = [], [], []
    pos = 0
    for i in range(n):
        p = Place(f"Town {i}", (i % 170) - 85.0, (i // 170) - 170.0, "XX", "city", geonameid=5000 + i)
        part = f"clashes near {p.name}"
        start = pos + len("clashes near ")
        mentions.append(Mention(start, start + len(p.name), p.name, p))
        parts.append(part)
        pos += len(part) + 2
    text = ", ".join(parts)
    mentions = [dataclasses.replace(m, sentence=(0, len(text))) for m in mentions]
    events = [Event("Battles", "Armed clash", m.place, excerpts=[Excerpt("a", text, 0, len(text))])
              for m in mentions[::10]]
    return [Doc(Article("a", text), mentions, events)]


def _work(monkeypatch: pytest.MonkeyPatch, articles: list[Doc]) -> tuple[int, int]:
    """(place_key calls, characters of text turned into excerpts) of one collect_sites call."""
    from mapper.mapview import sites as sites_module

    calls, chars = [0], [0]
    real_key, real_excerpt = sites_module.place_key, sites_module.excerpt_html

    def counted_key(p: Place) -> object:
        calls[0] += 1
        return real_key(p)

    def counted_excerpt(a: Doc, span: tuple[int, int], *args: object) -> tuple[str, str]:
        chars[0] += span[1] - span[0]
        return real_excerpt(a, span, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(sites_module, "place_key", counted_key)
    monkeypatch.setattr(sites_module, "excerpt_html", counted_excerpt)
    sites_module.collect_sites(articles)
    monkeypatch.undo()
    return calls[0], chars[0]


@pytest.mark.parametrize("make", [_many_sentences, _one_long_sentence])
def test_collect_sites_work_is_linear(monkeypatch: pytest.MonkeyPatch, make: object) -> None:
    # Counted, not timed: doubling the input at most doubles the work (it was excerpts x mentions
    # place_key calls, and every place's excerpt was the whole of a text without sentence breaks).
    small, large = (_work(monkeypatch, make(n)) for n in (1000, 2000))  # type: ignore[operator]
    mentions = 2000
    assert large[0] <= 3 * mentions  # a few place_key calls per mention and event, not per pair
    assert large[0] <= 2.1 * small[0] and large[1] <= 2.1 * small[1]  # (longer numbers in longer texts)
    assert large[1] <= mentions * 700  # no excerpt longer than its window (2 x 240 characters + the name)


def test_a_sentence_without_breaks_is_cut_around_its_place() -> None:
    [a] = _one_long_sentence(1000)
    site = {s.place.name: s for s in collect_sites([a])}["Town 500"]
    [(_art, items)] = site.groups.values()
    [(plain, item)] = items.items()
    # 240 characters either side of the place, widened or narrowed to whole words.
    assert plain.startswith("… near Town 490, clashes near Town 491, ")
    assert plain.endswith(", clashes near Town 509, clashes near Town 510, clashes …")
    assert 2 * 200 < len(plain) <= 2 * 240 + len("Town 500") + 4
    assert item.html.count("<mark>") == 1 and "<mark>Town 500</mark>" in item.html
    assert not re.search(r"Town \d*…|… \d", plain)  # cut between words, not inside one
    # A sentence within the limit is shown whole.
    [b] = _many_sentences(12)
    first = collect_sites([b])[0]
    assert [it.html for it in first.groups[0][1].values()] == [
        "Shelling hit <mark>Town 0</mark> on day 0.", "Shelling hit <mark>Town 0</mark> on day 6."]


# ------------------------------------------------------------------------- the JSON document


def test_levels_and_events_in_the_document(tmp_path: Path) -> None:
    doc = _doc(_page(tmp_path, realistic_articles()))
    # One level per event type present, most severe first; the mentioned-only level is off by default.
    assert [(lv["name"], lv["colour"], lv["show"]) for lv in doc["levels"]] == [
        ("Battles", "#d62728", True), ("Explosions/Remote violence", "#ff7f0e", True),
        ("Protests", "#2ca02c", True), ("Strategic developments", "#9467bd", True),
        ("Political", "#1f77b4", True), ("mention", "#7f7f7f", False)]
    names = [lv["name"] for lv in doc["levels"]]
    by_site = {s[2]: names[s[3]] for s in doc["sites"]}
    assert by_site == {"Idlib": "Battles", "Deir ez-Zor": "Explosions/Remote violence",
                       "Aleppo": "Explosions/Remote violence", "Raqqa": "Protests",
                       "Geneva": "Strategic developments", "Amman": "Political", "Beirut": "Political",
                       "Damascus": "Political", "Syria": "mention"}
    # events: [site, level, days since 1970-01-01, fatalities]
    deir = [s[2] for s in doc["sites"]].index("Deir ez-Zor")
    (strike, *_rest) = [e for e in doc["events"] if e[0] == deir]
    assert strike == [deir, 1, 19850, 4]  # 2024-05-07
    assert doc["cluster"] is False and doc["heatmap"] is True


def test_most_severe_event_type_sets_the_level() -> None:
    p = Place("Town", 1.0, 2.0, "XX", "city")
    events = [_event(p, "Statement", "Political"), _event(p, "Peaceful protest", "Protests"),
              _event(p, "Armed clash", "Battles"),
              _event(p, "Air/drone strike", "Explosions/Remote violence"),
              _event(p, "Something new", "Not a type")]
    for evs, level in [(events, "Battles"), (events[:2], "Protests"),
                       ([events[0], events[3]], "Explosions/Remote violence"),
                       ([events[4]], "Political")]:  # an unknown type is drawn as political
        (site,) = collect_sites([Doc(Article("a", "x"), [], evs)])
        assert site.level == level


def test_marker_size_grows_with_fatalities() -> None:
    places = [Place(f"P{i}", float(i), 0.0, "XX", "city") for i in range(6)]
    q = Place("Q", 9.0, 9.0, "XX", "city")
    a = Doc(Article("a", "Q."), [Mention(0, 1, "Q", q, sentence=(0, 2))], [
        _event(places[0], "Armed clash", "Battles"),  # deaths not reported
        _event(places[1], "Armed clash", "Battles", 0),
        _event(places[2], "Armed clash", "Battles", 1),
        _event(places[3], "Armed clash", "Battles", 10),
        _event(places[4], "Armed clash", "Battles", 3),  # two events at one place: 3 + 7 = 10 deaths
        _event(places[4], "Air/drone strike", "Explosions/Remote violence", 7),
        _event(places[5], "Air/drone strike", "Explosions/Remote violence", 100),
    ])
    # 14 px for an event without deaths, + 4 px per doubling of 1 + fatalities; 8 px if only mentioned.
    assert {s.place.lat: s.size for s in collect_sites([a])} == {
        0.0: 14, 1.0: 14, 2.0: 18, 3.0: 28, 4.0: 28, 5.0: 41, 9.0: 8}


def test_view_fits_the_places_or_centres_one(tmp_path: Path) -> None:
    page = _page(tmp_path, realistic_articles())
    assert _doc(page)["bounds"] == [[31.95522, 6.14569], [46.20222, 40.14084]]
    one = build_map([Doc(Article("g", "Geneva."),
                                     [Mention(0, 6, "Geneva", GENEVA, sentence=(0, 7))])])
    assert one.location == [GENEVA.lat, GENEVA.lon] and one.options["zoom"] == 10
    assert _doc(map_html(one))["bounds"] is None
    empty = build_map([])
    assert empty.location == [20.0, 0.0] and empty.options["zoom"] == 2
    doc = _doc(map_html(empty))
    assert doc["sites"] == [] and doc["events"] == [] and doc["levels"] == []


def test_clustering_default_follows_the_number_of_places(tmp_path: Path) -> None:
    many = [Doc(Article(f"a{i}", "x"), [], [_event(Place(f"P{i}", i / 10, 0.0, "XX", "city"),
                                                                "Armed clash", "Battles")])
            for i in range(301)]
    assert _doc(map_html(build_map(many)))["cluster"] is True
    assert _doc(map_html(build_map(many[:300])))["cluster"] is False
    assert _doc(map_html(build_map(many[:3], cluster=True)))["cluster"] is True
    assert _doc(map_html(build_map(many, cluster=False)))["cluster"] is False
    assert _doc(map_html(build_map(many, heatmap=False)))["heatmap"] is False


def test_title_legend_and_tile_attribution(tmp_path: Path) -> None:
    page = _page(tmp_path, [deir_geneva_article()], title="Syria & neighbours")
    assert "<title>Syria &amp; neighbours</title>" in page
    doc = _doc(page)
    assert doc["title"] == "Syria & neighbours"  # drawn with textContent by mapper.js
    legend = "".join(f'<div><span class="mapper-dot" style="background:{c}"></span>{label}</div>'
                     for c, label in [("#ff7f0e", "Explosions/Remote violence"),
                                      ("#9467bd", "Strategic developments")])
    assert doc["legend"].startswith(f'{legend}<div class="mapper-sizes">Size: fatalities ')
    tiles = doc["tiles"]
    assert tiles["url"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert tiles["options"]["attribution"].endswith("OpenStreetMap</a> contributors | " + PLACES_ATTRIBUTION)
    assert doc["outlines"] is None


def test_custom_tile_url_and_no_tiles() -> None:
    doc = _doc(map_html(build_map([], tiles="https://tiles.example.org/{z}/{x}/{y}.png",
                                  attribution="Example <b>Tiles</b>")))
    assert doc["tiles"]["url"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    attribution = doc["tiles"]["options"]["attribution"]
    assert attribution == f"Example &lt;b&gt;Tiles&lt;/b&gt; | {PLACES_ATTRIBUTION}"
    # The layer control shows the layer's name (folium's: the URL, lowercased) as HTML: it is escaped.
    odd = _doc(map_html(build_map([], tiles="https://t.example.org/{z}/{x}/{y}.png?<img src=x onerror=f()>")))
    assert odd["tiles"]["name"] == "https://t.example.org/{z}/{x}/{y}.png?&lt;imgsrc=xonerror=f()&gt;"
    none = _doc(map_html(build_map([], tiles="none")))
    assert none["tiles"] is None and none["outlines"]["attribution"].startswith("Outlines: Natural Earth")
    with pytest.raises(MapError, match="must start with http"):
        build_map([], tiles="javascript:{z}")


# ------------------------------------------------------------------------- assets, offline, embed


def test_online_page_links_the_cdn_assets(tmp_path: Path) -> None:
    page = _page(tmp_path, [deir_geneva_article()])
    srcs = [s.rsplit("/", 1)[-1] for s in re.findall(r'<script src="([^"]+)"', page)]
    css = [s.rsplit("/", 1)[-1] for s in re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)]
    assert srcs == ["leaflet.js", "leaflet.markercluster.js", "leaflet_heat.min.js"]
    assert css == ["leaflet.css", "MarkerCluster.css"]
    assert "window.mapperInit" in page and "font-awesome" not in page.lower()


def test_offline_page_references_nothing_outside_itself(tmp_path: Path) -> None:
    page = _page(tmp_path, [deir_geneva_article()], offline=True)
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|@import|url\((?!data:|#)", page)
    assert "Leaflet 1.9" in page and "L.MarkerClusterGroup" in page and "heatLayer" in page
    doc = _doc(page)
    assert doc["tiles"] is None and doc["outlines"] is not None
    (outlines,) = re.findall(r'<script type="application/json" id="mapper-data-\w+-outlines">(.*?)</script>',
                             page, re.S)
    countries = {f["properties"]["name"] for f in json.loads(outlines)["features"]}
    assert {"Syria", "Switzerland", "Mali", "Ukraine"} <= countries and len(countries) > 240
    # An explicit tile server (e.g. one on the analysts' own network) still works offline.
    local = _doc(map_html(build_map([], offline=True, tiles="http://tiles.local/{z}/{x}/{y}.png")))
    assert local["tiles"]["url"] == "http://tiles.local/{z}/{x}/{y}.png" and local["outlines"] is not None


def test_embed_fragment_is_a_div_with_its_own_ids() -> None:
    a, b = build_map([deir_geneva_article()]), build_map([deir_geneva_article()], offline=True)
    frag_a, frag_b = map_html(a, embed=True, height="480px"), map_html(b, embed=True)
    for frag in (frag_a, frag_b):
        assert frag.startswith('<div class="mapper-embed" id="mapper-embed-map_')
        assert frag.rstrip().endswith("</div>")
        assert not re.search(r"<html|<head|<body|<meta|<title|html,\s*body", frag, re.I)
    assert 'style="position:relative;width:100%;height:480px"' in frag_a
    ids = [set(re.findall(r'id="([^"]+)"', f)) for f in (frag_a, frag_b)]
    assert not ids[0] & ids[1] and len(ids[0]) == 3  # wrapper, map, data
    # The two fragments draw into their own map div.
    assert a.get_name() in frag_a and a.get_name() not in frag_b
    with pytest.raises(MapError, match="CSS length"):
        map_html(a, embed=True, height="1px;background:url(x)")


# ------------------------------------------------------------------------------- hostile text


def test_hostile_article_text_is_escaped(tmp_path: Path) -> None:
    page = _page(tmp_path, [_hostile_article(tmp_path)], title=f"Map {HOSTILE}")
    assert PAYLOAD not in page
    assert "</div> ${" not in page
    # Outside the JSON document (never executed), no raw payload at all.
    outside = re.sub(r'<script type="application/json".*?</script>', "", page, flags=re.S)
    assert "`bt`" not in outside and "alert(1)" not in outside.replace(f"Map {ESCAPED}", "")
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", page, re.I)
    assert f"<title>Map {ESCAPED}" in page
    doc = _doc(page)
    assert doc["title"] == f"Map {HOSTILE}"  # plain text: mapper.js sets it with textContent
    (popup,), (panel,) = doc["popups"], doc["panels"]
    assert panel is None  # the popup holds everything
    assert "<a " not in popup and "javascript:" not in popup  # the only URL was javascript: -> no link
    full = escape_html(HOSTILE)
    assert full.startswith(ESCAPED) and full.endswith(" C:&#92;users&#92;x \u2028")
    assert (f'<div class="mapper-event"><b>Statement {full}</b> <span class="mapper-type">(Political {full})'
            f'</span><div class="mapper-facts">2024 {full} · Minister {full} vs Rebels {full} · 2 killed'
            "</div></div>") in popup
    assert f"<b>Title {ESCAPED}" in popup  # title shown as plain text
    assert f"<span class=\"mapper-date\">2024 {ESCAPED}" in popup
    assert f"Officials in <mark>Geneva</mark> said {ESCAPED} C:&#92;users&#92;x" in popup
    assert PAYLOAD not in popup and "`" not in popup and "${" not in popup and "<div>" not in popup
    assert doc["sites"][0][4] == f"Geneva — Statement {HOSTILE}"  # a title attribute, set by the DOM API
    assert [lv["name"] for lv in doc["levels"]] == ["Political"]  # an unknown type is drawn as political


def test_hostile_place_name_and_id_without_title(tmp_path: Path) -> None:
    bad = Place(name=f"<img src=x onerror=alert(1)>{HOSTILE}", lat=1.0, lon=2.0, country_code="XX",
                kind="city", country=HOSTILE)
    a = Doc(Article(id=HOSTILE, text="Somewhere."),
                        [Mention(0, 9, "Somewhere", bad, sentence=(0, 10))])
    page = _page(tmp_path, [a])
    assert "<img" not in page.split("<body>", 1)[1]
    (popup,) = _doc(page)["popups"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in popup and "<img" not in popup
    assert f"<b>{escape_html(HOSTILE)}</b>" in popup  # the article id stands in for the missing title
    assert f'<div class="mapper-meta">{escape_html(HOSTILE)} · city</div>' in popup


def test_file_link_for_existing_source(tmp_path: Path) -> None:
    src = tmp_path / "art icle.txt"
    src.write_text("Geneva.")
    art = Article(id="f", text="Geneva.", title="Local file", source=str(src))
    a = Doc(art, [Mention(0, 6, "Geneva", GENEVA, sentence=(0, 7))])
    (popup,) = _doc(_page(tmp_path, [a]))["popups"]
    assert f'<a href="{src.resolve().as_uri()}"' in popup and "art%20icle.txt" in popup
    missing = Doc(Article(id="f", text="Geneva.", title="Gone", source=str(tmp_path / "no.txt")),
                              a.mentions)
    (popup,) = _doc(_page(tmp_path, [missing]))["popups"]
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


# ------------------------------------------------------------------------------------ saving


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
