"""The map page as Python builds it: sites, excerpts, the data document mapper.js draws, tiles,
assets and the embeddable fragment. What a browser makes of it is in test_map_browser.py."""

from __future__ import annotations

import dataclasses
import json
import re
import time
from pathlib import Path

import pytest
from map_doc import doc_of, links_of, shown_text, sites_of
from output_samples import (
    DEIR,
    DEIR_TITLE,
    DEIR_URL,
    GENEVA,
    SYRIA,
    deir_geneva_article,
    realistic_articles,
)

from mapper.doc import Doc
from mapper.events.merge import merge
from mapper.io.boilerplate import Boilerplate, is_boilerplate, line_is_boilerplate
from mapper.mapview import (
    MapError,
    TilesError,
    build_map,
    check_tiles,
    collect_sites,
    embed_assets,
    escape_html,
    map_html,
    safe_url,
    save_map,
)
from mapper.mapview.data import _pack_marks, pack_ints, unpack_ints, unpack_marks
from mapper.mapview.html import script_json
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Source

HOSTILE = """<script>alert(1)</script> "dq" 'sq' `bt` </div> ${alert(1)} C:\\users\\x \u2028 <!-- x"""
ROOT = Path(__file__).resolve().parents[1]


def _page(tmp_path: Path, articles: list[Doc], **kwargs: object) -> str:
    path = tmp_path / "map.html"
    save_map(build_map(articles, **kwargs), path)  # type: ignore[arg-type]
    return path.read_text(encoding="utf-8")


def _event(place: Place, sub: str, event_type: str, fatalities: int | None = None, **kw: object) -> Event:
    return Event(event_type=event_type, sub_event_type=sub, location=place, fatalities=fatalities, **kw)  # type: ignore[arg-type]


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


# ---------------------------------------------------------------------------------------- sites


def test_one_site_per_distinct_place(tmp_path: Path) -> None:
    articles = realistic_articles()
    distinct = {p.geonameid or (p.name, p.lat, p.lon) for a in articles for p in a.places}
    sites = collect_sites(articles)
    assert len(sites) == len(distinct) == 9  # 8 places with events, Syria only mentioned
    page = _page(tmp_path, articles)
    doc = doc_of(page)
    assert doc["site"]["name"] == [s.place.name for s in sites]
    assert page.count("mapperInit(") == 1  # one call draws every marker: no code per marker


def test_one_place_articles_take_the_same_excerpts_as_the_indexed_path() -> None:
    # collect_sites has a shortcut for an article with one mention; an unplaced extra mention (no place)
    # sends the same article through the general path (its mentions indexed by place): same sites.
    text = "Before. Shelling hit Camp Y at dawn, two dead. After."
    s0, s1 = text.index("Shelling"), text.index(" After")
    named = Place("Camp Y", 10.0, 20.0, "", "facility")  # no geonameid: keyed by name and point
    other = Place("Camp Z", 11.0, 21.0, "", "facility", geonameid=42)

    def docs(where: Place, extra: bool) -> list[Doc]:
        at = text.index("Camp Y")
        mentions = [Mention(at, at + 6, "Camp Y", named, sentence=(s0, s1))]
        if extra:
            mentions.append(Mention(0, 6, "Before", None, sentence=(0, 7)))
        event = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", where, fatalities=2,
                      excerpts=[Excerpt("a", text, s0, s1)])
        return [Doc(Article("a", text), mentions, [event])]

    def shown(sites: list) -> list:
        return [(s.place.name, s.level, s.mentions, s.leads,
                 [(i, [(it.start, it.text, it.marks) for it in items.values()])
                  for i, (_a, items) in s.groups.items()]) for s in sites]

    for where in (named, other):  # the event at the named place (marked), or elsewhere (unmarked)
        fast, indexed = shown(collect_sites(docs(where, False))), shown(collect_sites(docs(where, True)))
        assert fast == indexed
    assert shown(collect_sites(docs(named, False)))[0][4] == [(0, [(s0, text[s0:s1], [(13, 19)])])]
    assert shown(collect_sites(docs(other, False)))[0][4] == [(0, [(s0, text[s0:s1], [])])]


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


def test_the_document_describes_each_site_its_events_and_excerpts(tmp_path: Path) -> None:
    doc = doc_of(_page(tmp_path, [deir_geneva_article()]))
    deir, geneva = sites_of(doc)
    first = ("Coalition drones struck Islamic State positions east of Deir ez-Zor near Khusham on Tuesday, "
             "killing four fighters and wounding nine.")
    assert (deir.name, deir.lat, deir.lon, deir.country, deir.kind) == ("Deir ez-Zor", 35.3359, 40.1408,
                                                                        "Syria", "city")
    strike, shelling = deir.events
    assert strike.__dict__ == {
        "sub": "Air/drone strike", "type": "Explosions/Remote violence",
        "level": "Explosions/Remote violence", "date": "2024-05-07", "geo_precision": 2,
        "time_precision": 1, "dead": 4, "hurt": 9,
        "actors": ["US-led coalition", "Islamic State"], "sources": 1, "lead": first}
    assert (shelling.sub, shelling.dead, shelling.hurt, shelling.actors, shelling.lead) == (
        "Shelling/artillery/missile attack", None, None, [],
        "Residents of Deir ez-Zor said the shelling continued overnight.")
    assert [(x.text, x.marked, x.title, x.href, x.published) for x in deir.excerpts] == [
        (first, ["Deir ez-Zor"], DEIR_TITLE, DEIR_URL, "2024-05-07"),
        ("Residents of Deir ez-Zor said the shelling continued overnight.", ["Deir ez-Zor"], DEIR_TITLE,
         DEIR_URL, "2024-05-07")]
    # Only the events' own sentences: the Geneva sentence of the same article is not at Deir ez-Zor.
    [agreement] = geneva.events
    assert (agreement.sub, agreement.time_precision, agreement.actors) == (
        "Agreement", 2, ["Government of Syria", "Syrian Democratic Forces"])
    assert [x.marked for x in geneva.excerpts] == [["Geneva"]]
    # The article is stored once, its title and URL once: both sites' excerpts refer to it.
    assert doc["art"]["title"] == [DEIR_TITLE] and doc["prefixes"] == ["https://news.example.org/sy/"]
    assert doc["art"]["href"] == ["2024-05-07"]
    # Integer columns are packed (pack_ints): lat 353359, 462022 (degrees x 10^4), two events and two
    # excerpts at Deir ez-Zor and one of each at Geneva, precisions 21, 11, 12, tolls 4 and two unknown,
    # marks (per excerpt: count, start after the last end, length) 1 56 11, 1 13 11, 1 3 6.
    assert (doc["site"]["lat"], doc["site"]["ne"], doc["site"]["nx"]) == ("+kyVssmc", "EC", "EC")
    assert (doc["ev"]["prec"], doc["ev"]["dead"], doc["ev"]["day"]) == ("qBWY", "IBB", "AAA")
    assert (doc["ex"]["art"], doc["ex"]["mark"], doc["art"]["pre"]) == ("AAA", "CwDWCaWCGM", "A")


def test_integer_columns_pack_into_base64_digits_and_back() -> None:
    values = [0, -1, 1, 15, -16, 16, 511, -512, 512, 3_599_999, -1_800_000, 2**40]
    assert pack_ints(values[:-1]) == "ABCefgB+f/fggB+n37G/z7tD"  # one digit to +-15, two to +-511, ...
    assert unpack_ints(pack_ints(values)) == values
    assert pack_ints([]) == "" and unpack_ints("") == []
    marks = [[], [3, 9], [0, 2, 5, 7], []]
    assert unpack_marks(_pack_marks(marks)) == marks and _pack_marks(marks) == "ACGMEAEGEA"


def test_long_columns_pack_as_each_value_alone() -> None:
    # Columns of more than 64 values are packed with numpy; a value's digits never depend on its
    # neighbours, so the column is its values packed one by one (the loop, which handles any size).
    import random

    rng = random.Random(9)
    for scale in (15, 600, 10**6, 2**40, 2**61 - 1, 2**61, 2**70):
        values = [rng.randint(-scale, scale) for _ in range(300)] + [scale, -scale, 0]
        assert pack_ints(values) == "".join(pack_ints([v]) for v in values)
        assert unpack_ints(pack_ints(values)) == values


def test_sparse_columns_hold_only_unusual_values(tmp_path: Path) -> None:
    p = Place("Menaka", 15.91985, 2.39609, "ML", "city", country="Mali")
    texts = {k: f"Fighting near Menaka, report {k}." for k in "abc"}
    arts = []
    for k, t in texts.items():
        m = Mention(t.index("Menaka"), t.index("Menaka") + 6, "Menaka", p, sentence=(0, len(t)))
        evs = [Event("Battles", "Armed clash", p, date=f"2023-03-0{i + 1}", time_precision=1,
                     excerpts=[Excerpt(k, t, 0, len(t))], sources=[Source(k, f"T{k}")]) for i in range(2)]
        arts.append(Doc(Article(k, t, title=f"T{k}"), [m], evs))
    month = Event("Battles", "Armed clash", p, date="2023-03", time_precision=3, injuries=5,
                  sources=[Source("a"), Source("b")])
    arts[0].events.append(month)
    doc = doc_of(_page(tmp_path, arts))
    assert doc["ev"]["hurt"] == {"2": 5} and doc["ev"]["src"] == {"2": 2}
    assert doc["ev"]["date"] == {"2": "2023-03"}
    # Events of article b and c lead with their own article's sentence (excerpts 1 and 2 of the site).
    assert doc["ev"]["lead"] == {"2": -1, "3": 1, "4": 1, "5": 2, "6": 2}
    [site] = sites_of(doc)
    assert [x.title for x in site.excerpts] == ["Ta", "Tb", "Tc"]
    assert site.events[2].date == "2023-03" and site.events[2].lead is None


def test_event_merged_from_two_articles_is_shown_once_with_both_sources(tmp_path: Path) -> None:
    # The map of a merged incident from two documents: one event, the larger figure, both sources, and
    # each article's own excerpt under its own title.
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
    assert site.size == 20  # counted once: 14 + round(4 * log2(1 + 2))
    [deir] = sites_of(doc_of(_page(tmp_path, articles, incidents=incidents)))
    [ev] = deir.events
    assert (ev.sub, ev.date, ev.dead, ev.sources) == ("Shelling/artillery/missile attack", "2024-05-06", 2, 2)
    # The report that states the figure explains the incident: its article comes first.
    assert ev.lead == texts["b"]
    assert [(x.title, x.text, x.marked) for x in deir.excerpts] == [
        ("Title b", texts["b"], ["Deir ez-Zor"]), ("Title a", texts["a"], ["Deir ez-Zor"])]
    # Without the run's incidents, each document's report is an event of its own.
    [unmerged] = sites_of(doc_of(_page(tmp_path, articles)))
    assert [(e.dead, e.sources, e.lead) for e in unmerged.events] == [
        (None, 1, texts["a"]), (2, 1, texts["b"])]


def test_levels_and_events_in_the_document(tmp_path: Path) -> None:
    doc = doc_of(_page(tmp_path, realistic_articles()))
    # One level per event type present, most severe first; the mentioned-only level is off by default.
    assert [(lv["name"], lv["colour"], lv["show"]) for lv in doc["levels"]] == [
        ("Battles", "#d62728", True), ("Explosions/Remote violence", "#ff7f0e", True),
        ("Protests", "#2ca02c", True), ("Strategic developments", "#9467bd", True),
        ("Political", "#1f77b4", True), ("mention", "#7f7f7f", False)]
    levels = {s.name: (s.events[0].level if s.events else "mention") for s in sites_of(doc)}
    assert levels == {"Idlib": "Battles", "Deir ez-Zor": "Explosions/Remote violence",
                      "Aleppo": "Explosions/Remote violence", "Raqqa": "Protests",
                      "Geneva": "Strategic developments", "Amman": "Political", "Beirut": "Political",
                      "Damascus": "Political", "Syria": "mention"}
    assert doc["day0"] == 19850  # 2024-05-07
    assert doc["site"]["nm"] == {"8": 1}  # Syria, mentioned once
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


def test_duplicate_excerpts_collapse() -> None:
    # A sentence with two mentions of one place is shown once with both marked, for a place that is
    # only mentioned and for one whose event excerpt holds both mentions.
    text = "Aleppo and  Aleppo again."
    p = Place("Aleppo", 36.2, 37.16, "SY", "city", geonameid=170063)
    ms = [Mention(0, 6, "Aleppo", p, sentence=(0, 25)), Mention(12, 18, "Aleppo", p, sentence=(0, 25))]
    (site,) = collect_sites([Doc(Article("x", text), ms, [])])
    [(_art, items)] = site.groups.values()
    assert [(it.text, it.marks) for it in items.values()] == [
        ("Aleppo and Aleppo again.", [(0, 6), (11, 17)])]
    ev = Event("Protests", "Peaceful protest", p, excerpts=[Excerpt("x", text, 0, 25)], mentions=ms)
    (site,) = collect_sites([Doc(Article("x", text), ms, [ev])])
    assert site.excerpts == 1 and site.leads == [(0, "Aleppo and Aleppo again.")]


# ----------------------------------------------------------- the excerpt that explains an event


def test_an_event_leads_with_the_sentence_that_states_its_place_and_figures() -> None:
    p = Place("Kramatorsk", 48.72, 37.56, "UA", "city", geonameid=704147, country="Ukraine")
    text = ("Missiles hit eastern Ukraine overnight. "          # headline-like lead: no place, no figures
            "Officials in Kramatorsk described heavy damage. "   # names the place
            "The strike on Kramatorsk killed 12 people and injured 40, officials said.")  # both
    parts = ["Missiles hit eastern Ukraine overnight.", "Officials in Kramatorsk described heavy damage.",
             "The strike on Kramatorsk killed 12 people and injured 40, officials said."]
    s = [(text.index(p), text.index(p) + len(p)) for p in parts]
    ms = [Mention(text.index("Kramatorsk"), text.index("Kramatorsk") + 10, "Kramatorsk", p, sentence=s[1]),
          Mention(text.rindex("Kramatorsk"), text.rindex("Kramatorsk") + 10, "Kramatorsk", p, sentence=s[2])]
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", p, fatalities=12,
               injuries=40, excerpts=[Excerpt("a", text[a:b], a, b) for a, b in s], mentions=ms)
    (site,) = collect_sites([Doc(Article("a", text), ms, [ev])])
    assert site.leads == [(0, parts[2])]
    # Without figures, the first sentence that names the place.
    ev.fatalities = ev.injuries = None
    (site,) = collect_sites([Doc(Article("a", text), ms, [ev])])
    assert site.leads == [(0, parts[1])]


def test_of_two_sentences_that_explain_an_event_the_headline_does_not_lead() -> None:
    """The headline and a body sentence both name the place and state the toll: the body sentence
    leads (the popup shows the headline anyway, as the source's title under the excerpt)."""
    p = Place("Benue", 7.33, 8.75, "NG", "admin1", geonameid=2347266, country="Nigeria")
    title = "Gunmen kill 12 in  Benue village"
    body = "Gunmen killed 12 people in Ndoyira, a village in Benue state, on Friday, police said."
    text = f"{title}\n\n{body}"
    s = [(0, len(title)), (text.index(body), len(text))]
    ms = [Mention(text.index("Benue"), text.index("Benue") + 5, "Benue", p, sentence=s[0]),
          Mention(text.rindex("Benue"), text.rindex("Benue") + 5, "Benue", p, sentence=s[1])]
    ev = Event("Violence against civilians", "Attack", p, fatalities=12, geo_precision=2,
               excerpts=[Excerpt("a", text[a:b], a, b) for a, b in s], mentions=ms)
    (site,) = collect_sites([Doc(Article("a", text, title=title), ms, [ev])])
    assert site.leads == [(0, body)]
    # With no title the first line is one more sentence: text order decides between equals.
    (site,) = collect_sites([Doc(Article("a", text), ms, [ev])])
    assert site.leads == [(0, "Gunmen kill 12 in Benue village")]


def test_boilerplate_lines_never_become_excerpts() -> None:
    p = Place("Idlib", 35.93, 36.63, "SY", "city", geonameid=169388)
    q = Place("Aleppo", 36.2, 37.16, "SY", "city", geonameid=170063)
    lines = ["Airstrikes hit Idlib", "",
             "Airstrikes hit a market in Idlib on Friday, killing 9 people.",
             "Related: Idlib strike kills 9 | Listen Live",
             "Tags: Idlib, Aleppo, Syria, Airstrikes, Russia",
             "Aleppo braces for new offensive",
             "Idlib residents flee north",
             "Aleppo: what we know",
             "Share this article on Facebook"]
    text = "\n".join(lines)
    spans, ms = [], []
    for line in lines:
        a = text.index(line)
        spans.append((a, a + len(line)))
        for name, place in (("Idlib", p), ("Aleppo", q)):
            if name in line:
                at = text.index(name, a)
                ms.append(Mention(at, at + len(name), name, place, sentence=(a, a + len(line))))
    ev = Event("Explosions/Remote violence", "Air/drone strike", p, fatalities=9,
               excerpts=[Excerpt("a", text[a:b], a, b) for a, b in spans if "Idlib" in text[a:b]],
               mentions=[m for m in ms if m.place is p])
    sites = {s.place.name: s for s in collect_sites([Doc(Article("a", text), ms, [ev])])}
    shown = {name: [it.text for _a, items in s.groups.values() for it in items.values()]
             for name, s in sites.items()}
    # The headline at the top stays (it is the article's own); the body sentence leads.
    assert shown == {"Idlib": ["Airstrikes hit Idlib",
                               "Airstrikes hit a market in Idlib on Friday, killing 9 people."], "Aleppo": []}
    assert sites["Idlib"].leads == [(0, "Airstrikes hit a market in Idlib on Friday, killing 9 people.")]


@pytest.mark.parametrize(("line", "boiler"), [
    ("Related: Two killed in Idlib strike", True), ("RELATED STORIES", True), ("Read more: Gaza talks", True),
    ("Listen Live", True), ("Kyiv news | Listen Live | Schedule", True), ("Tags: Syria, Idlib", True),
    ("Syria | Idlib | Airstrikes | Russia", True), ("Syria • Idlib • Russia", True),
    ("Share this article", True), ("Subscribe to our newsletter", True), ("© 2024 Example News", True),
    ("Advertisement", True), ("Sign up for alerts", True), ("Copyright 2024 AP. All rights reserved.", True),
    ("Syria, Idlib, Aleppo, Russia, Turkey, Airstrikes", True),
    ("Shelling hit Idlib on Friday, killing 9 people.", False),
    ("Officials said the share of damaged homes in Idlib rose.", False),
    ("Related talks in Geneva, officials said, made progress.", False),
    ("He said: \"We will return to Aleppo, Idlib and Hama.\"", False),
    ("Trending upward, prices in Gaza rose 20% this week.", False),
    ("", False),
])
def test_boilerplate_lines(line: str, boiler: bool) -> None:
    assert line_is_boilerplate(line) is boiler


def test_a_block_of_short_headlines_is_boilerplate_but_the_opening_block_is_not() -> None:
    text = ("Strike hits Idlib market\n18 September 2016\nBy A. Writer\n\n"
            "Airstrikes hit a market in Idlib on Friday.\n\n"
            "Idlib braces for more strikes\nAleppo residents flee\nGaza talks stall\n"
            "The end of the report.")
    b = Boilerplate(text)
    for line, boiler in [("Strike hits Idlib market", False), ("18 September 2016", False),
                         ("Airstrikes hit a market", False), ("Idlib braces", True),
                         ("Aleppo residents", True), ("Gaza talks stall", True),
                         ("The end of the report.", False)]:
        at = text.index(line)
        assert b.covers(at, at + len(line)) is boiler, line
    # A span over a boilerplate line and an article line is not boilerplate.
    at = text.index("Gaza talks")
    assert not b.covers(at, text.index("The end") + 5)
    assert is_boilerplate("One line of text, no page around it.") is False


@pytest.mark.parametrize("text", [
    "|" * 100_000, "a " * 50_000, "\n" * 100_000, "Related " * 12_500, ("x" * 149 + "\n") * 667,
    ", " * 50_000, "Tags:" + " " * 100_000, ("Listen Live " * 10 + "\n") * 800, "©" * 100_000,
    "related" + "\t" * 100_000 + ":",
])
def test_boilerplate_detector_is_linear_on_100kb(text: str) -> None:
    started = time.process_time()
    b = Boilerplate(text)
    b.covers(0, len(text))
    b.covers(len(text) // 2, len(text) // 2 + 10)
    assert time.process_time() - started < 3.0  # 100 KB: milliseconds when linear, minutes when not


def _work(monkeypatch: pytest.MonkeyPatch, articles: list[Doc]) -> tuple[int, int]:
    """(place_key calls, characters of text turned into excerpts) of one collect_sites call."""
    from mapper.mapview import sites as sites_module

    calls, chars = [0], [0]
    real_key, real_excerpt = sites_module.place_key, sites_module.excerpt_text

    def counted_key(p: Place) -> object:
        calls[0] += 1
        return real_key(p)

    def counted_excerpt(a: Doc, span: tuple[int, int], *args: object) -> object:
        chars[0] += span[1] - span[0]
        return real_excerpt(a, span, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(sites_module, "place_key", counted_key)
    monkeypatch.setattr(sites_module, "excerpt_text", counted_excerpt)
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
    assert [plain[s:e] for s, e in item.marks] == ["Town 500"]
    assert not re.search(r"Town \d*…|… \d", plain)  # cut between words, not inside one
    # A sentence within the limit is shown whole.
    [b] = _many_sentences(12)
    first = collect_sites([b])[0]
    assert [(it.text, it.marks) for it in first.groups[0][1].values()] == [
        ("Shelling hit Town 0 on day 0.", [(13, 19)]), ("Shelling hit Town 0 on day 6.", [(13, 19)])]


# ------------------------------------------------------------------------------ the first view


def test_first_view_fits_the_events_not_places_only_mentioned(tmp_path: Path) -> None:
    doc = doc_of(_page(tmp_path, realistic_articles()))
    assert doc["view"]["bounds"] == [[31.95522, 6.14569], [46.20222, 40.14084]] and doc["view"]["zoom"] == 8
    # A Sudan story that mentions the United States opens on Sudan.
    khartoum = Place("Khartoum", 15.55177, 32.53241, "SD", "city", country="Sudan")
    darfur = Place("El Fasher", 13.62793, 25.34936, "SD", "city", country="Sudan")
    usa = Place("United States", 39.76, -98.5, "US", "country", country="United States")
    text = "Shelling hit Khartoum and El Fasher, the United States said."
    ms = [Mention(text.index(n), text.index(n) + len(n), n, pl, sentence=(0, len(text)))
          for n, pl in (("Khartoum", khartoum), ("El Fasher", darfur), ("United States", usa))]
    evs = [_event(pl, "Shelling/artillery/missile attack", "Explosions/Remote violence")
           for pl in (khartoum, darfur)]
    doc = doc_of(map_html(build_map([Doc(Article("s", text), ms, evs)])))
    assert doc["view"]["bounds"] == [[13.62793, 25.34936], [15.55177, 32.53241]]
    # One event: its place, at most zoom 8 (not 10 km of emptiness); a country opens wider.
    one = doc_of(map_html(build_map([Doc(Article("g", "Geneva."), [], [
        _event(GENEVA, "Agreement", "Strategic developments")])])))
    at = [GENEVA.lat, GENEVA.lon]
    assert one["view"] == {"bounds": [at, at], "center": at, "zoom": 8}
    country = doc_of(map_html(build_map([Doc(Article("s", "Syria."), [], [
        _event(SYRIA, "Statement", "Political")])])))
    assert country["view"]["zoom"] == 5
    # Only mentioned places: fit them; nothing at all: the world.
    mentioned = doc_of(map_html(build_map([Doc(Article("g", "Geneva."), [
        Mention(0, 6, "Geneva", GENEVA, sentence=(0, 7))])])))
    assert mentioned["view"]["bounds"] == [[GENEVA.lat, GENEVA.lon]] * 2
    empty = doc_of(map_html(build_map([])))
    assert empty["view"] == {"bounds": None, "center": [20.0, 0.0], "zoom": 2}
    assert empty["site"]["name"] == [] and empty["ev"]["sub"] == "" and empty["levels"] == []


def test_clustering_default_follows_the_number_of_places() -> None:
    many = [Doc(Article(f"a{i}", "x"), [], [_event(Place(f"P{i}", i / 10, 0.0, "XX", "city"),
                                                                "Armed clash", "Battles")])
            for i in range(301)]
    assert doc_of(map_html(build_map(many)))["cluster"] is True
    assert doc_of(map_html(build_map(many[:300])))["cluster"] is False
    assert doc_of(map_html(build_map(many[:3], cluster=True)))["cluster"] is True
    assert doc_of(map_html(build_map(many, cluster=False)))["cluster"] is False
    assert doc_of(map_html(build_map(many, heatmap=False)))["heatmap"] is False


# ------------------------------------------------------------------------------------ tiles


def test_default_tiles_and_attribution(tmp_path: Path) -> None:
    page = _page(tmp_path, [deir_geneva_article()], title="Syria & neighbours")
    assert "<title>Syria &amp; neighbours</title>" in page
    doc = doc_of(page)
    assert doc["title"] == "Syria & neighbours"  # drawn with textContent by mapper.js
    tiles = doc["tiles"]
    assert tiles["url"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert tiles["options"]["attribution"].endswith(
        "OpenStreetMap</a> contributors | Places: GeoNames (CC BY 4.0), Natural Earth")
    assert doc_of(_page(tmp_path, [deir_geneva_article()], offline=True))["tiles"] is None


@pytest.mark.parametrize(("name", "url"), [
    ("OpenStreetMap", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    ("CartoDB positron", "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png"),
    ("cartodb.Positron", "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png"),
    ("Esri WorldImagery",
     "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}"),
])
def test_tile_provider_names(name: str, url: str) -> None:
    check_tiles(name)
    assert doc_of(map_html(build_map([], tiles=name)))["tiles"]["url"] == url


@pytest.mark.parametrize(("tiles", "message"), [
    ("CartoDB positon", "unknown tile provider 'CartoDB positon'; did you mean CartoDB.Positron, "),
    ("OpenStreetMapp", "unknown tile provider 'OpenStreetMapp'; did you mean OpenStreetMap"),
    ("no such thing at all", "unknown tile provider 'no such thing at all' (names are folium's"),
    ("https://tiles.example.org/{z}/{y}.png", "needs {z}, {x} and {y} placeholders"),
    ("javascript:{z}/{x}/{y}", "must start with http:// or https://"),
    ("tiles.example.org/{z}/{x}/{y}.png", "must start with http:// or https://"),
])
def test_tile_typos_are_usage_errors_naming_close_providers(tiles: str, message: str) -> None:
    with pytest.raises(TilesError) as caught:
        check_tiles(tiles)
    assert message in str(caught.value)
    with pytest.raises(TilesError):
        build_map([], tiles=tiles)


def test_cli_tile_typo_is_exit_2_before_reading(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "map.html"
    r = subprocess.run([sys.executable, "-m", "mapper", "map", str(ROOT / "examples"), "--tiles",
                        "CartoDB positon", "-o", str(out)], cwd=ROOT, capture_output=True, text=True,
                       timeout=60, stdin=subprocess.DEVNULL)
    assert r.returncode == 2 and not out.exists()
    assert r.stderr.startswith("usage error: unknown tile provider 'CartoDB positon'; did you mean "
                               "CartoDB.Positron, ")
    assert "mapper: gazetteer" not in r.stderr  # refused before anything was loaded or read


def test_custom_tile_url_and_no_tiles() -> None:
    doc = doc_of(map_html(build_map([], tiles="https://tiles.example.org/{z}/{x}/{y}.png",
                                    attribution="Example <b>Tiles</b>")))
    assert doc["tiles"]["url"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    attribution = doc["tiles"]["options"]["attribution"]
    assert attribution == "Example &lt;b&gt;Tiles&lt;/b&gt; | Places: GeoNames (CC BY 4.0), Natural Earth"
    # The layer control shows the name (folium's: the URL, lowercased) as HTML: it is escaped.
    odd_url = "https://t.example.org/{z}/{x}/{y}.png?<img src=x onerror=f()>"
    odd = doc_of(map_html(build_map([], tiles=odd_url)))
    assert odd["tiles"]["name"] == "https://t.example.org/{z}/{x}/{y}.png?&lt;imgsrc=xonerror=f()&gt;"
    assert doc_of(map_html(build_map([], tiles="none")))["tiles"] is None
    # An explicit tile server (e.g. one on the analysts' own network) still works offline.
    local = doc_of(map_html(build_map([], offline=True, tiles="http://tiles.local/{z}/{x}/{y}.png")))
    assert local["tiles"]["url"] == "http://tiles.local/{z}/{x}/{y}.png"


# ------------------------------------------------------------------------- assets, embeds


def test_every_page_carries_its_own_scripts_and_basemap(tmp_path: Path) -> None:
    for offline in (False, True):
        page = _page(tmp_path, [deir_geneva_article()], offline=offline)
        assert not re.search(r"<script[^>]+src=|<link[^>]+href=|@import|url\((?!data:|#)", page)
        assert "Leaflet 1.9" in page and "heatLayer" in page and "window.mapperInit" in page
        assert "MarkerClusterGroup" not in page and "font-awesome" not in page.lower()
        (basemap,) = re.findall(r'<script type="application/json" id="mapper-basemap-data">(.*?)</script>',
                                page, re.S)
        data = json.loads(basemap)
        assert data["format"] == "mapper-basemap/1" and "window.mapperBasemap" in page
        assert {layer["name"] for layer in data["layers"]} >= {"land", "lakes", "borders", "admin1"}


def test_embed_fragments_share_one_assets_file(tmp_path: Path) -> None:
    a, b = build_map([deir_geneva_article()]), build_map(realistic_articles(), offline=True)
    name, text = embed_assets()
    assert re.fullmatch(r"mapper-assets-[0-9a-f]{12}\.js", name)
    assert "Leaflet 1.9" in text and "window.mapperInit" in text and "Syria" in text
    save_map(a, tmp_path / "week-12.html", embed=True, height="480px")
    save_map(b, tmp_path / "week-13.html", embed=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "week-12.html", "week-13.html"])
    assert (tmp_path / name).read_text(encoding="utf-8") == text
    frags = [(tmp_path / f).read_text(encoding="utf-8") for f in ("week-12.html", "week-13.html")]
    for frag in frags:
        assert frag.startswith('<div class="mapper-embed" id="mapper-embed-map_')
        assert frag.rstrip().endswith("</div>")
        assert f'<script src="{name}" data-mapper-assets="{name}"></script>' in frag
        assert not re.search(r"<html|<head|<body|<meta|<title|html,\s*body", frag, re.I)
        assert len(frag.encode()) < 300_000 and "Leaflet 1.9" not in frag  # the libraries are shared
    assert 'style="position:relative;width:100%;height:480px"' in frags[0]
    ids = [set(re.findall(r'id="([^"]+)"', f)) for f in frags]
    assert not ids[0] & ids[1] and len(ids[0]) == 3  # wrapper, map, data
    with pytest.raises(MapError, match="CSS length"):
        map_html(a, embed=True, height="1px;background:url(x)")
    # A fragment written to a stream has nothing beside it to load: it carries its assets (guarded).
    inline = map_html(a, embed=True, inline=True)
    assert "Leaflet 1.9" in inline and "<script src=" not in inline and "if (window.mapperAssets)" in inline


# ------------------------------------------------------------------------------- hostile text


def test_data_is_json_with_only_lt_escaped(tmp_path: Path) -> None:
    # Only "<" could end the <script> element or open a comment; other characters stay as they are,
    # so Arabic or Cyrillic text is not tripled by \u escapes.
    text = "</script><!-- ' \" ` ${x} \u2028 \\ Дейр-эз-Зор دير الزور &amp;"
    raw = script_json(text)
    assert "<" not in raw and "Дейр-эз-Зор دير الزور &amp;" in raw and "\\u0027" not in raw
    assert json.loads(raw) == text
    arabic = Place("دير الزور", 35.33, 40.14, "SY", "city", country="سوريا")
    page = _page(tmp_path, [Doc(Article("a", "x"), [], [
        _event(arabic, "Armed clash", "Battles")])])
    assert '"دير الزور"' in page and '"سوريا"' in page


def test_hostile_article_text_is_data(tmp_path: Path) -> None:
    page = _page(tmp_path, [_hostile_article(tmp_path)], title=f"Map {HOSTILE}")
    assert "<script>alert(1)" not in page and "</div> ${" not in page and "<!-- x" not in page
    # Outside the JSON document (never executed), no payload at all.
    outside = re.sub(r'<script type="application/json".*?</script>', "", page, flags=re.S)
    assert "`bt`" not in outside and "alert(1)" not in outside.replace(f"Map {escape_html(HOSTILE)}", "")
    assert f"<title>Map {escape_html(HOSTILE)}</title>" in page
    doc = doc_of(page)
    assert doc["title"] == f"Map {HOSTILE}"  # plain text: mapper.js sets it with textContent
    [site] = sites_of(doc)
    [ev] = site.events
    assert (ev.sub, ev.type, ev.level, ev.date, ev.actors) == (
        f"Statement {HOSTILE}", f"Political {HOSTILE}", "Political", f"2024 {HOSTILE}",
        [f"Minister {HOSTILE}", f"Rebels {HOSTILE}"])
    [x] = site.excerpts
    assert x.text == " ".join(f"Officials in Geneva said {HOSTILE} nothing more.".split())
    assert (x.title, x.href, x.published, x.marked) == (
        f"Title {HOSTILE}", None, f"2024 {HOSTILE}", ["Geneva"])


def test_local_files_are_linked_relative_to_the_map_or_not_at_all(tmp_path: Path) -> None:
    folder = tmp_path / "report"
    (folder / "in").mkdir(parents=True)
    inside, outside = folder / "in" / "art icle.txt", tmp_path / "elsewhere.txt"
    for f in (inside, outside):
        f.write_text("Geneva.")
    arts = [Doc(Article(id=f.name, text="Geneva.", title=f.stem, source=str(f)),
                            [Mention(0, 6, "Geneva", GENEVA, sentence=(0, 7))]) for f in (inside, outside)]
    out = folder / "map.html"
    save_map(build_map(arts, links_base=folder), out)
    page = out.read_text(encoding="utf-8")
    assert links_of(doc_of(page)) == {"in/art%20icle.txt": "art icle"}
    assert "file:" not in page and str(tmp_path) not in page  # no absolute path, no folder names
    # Without a base (the API's default) no local file is linked; javascript: and file: URLs never.
    doc = doc_of(map_html(build_map(arts)))
    assert links_of(doc) == {}
    bad = [Doc(Article(id="x", text="Geneva.", url=url), arts[0].mentions)
           for url in ("javascript:alert(1)", "file:///etc/passwd")]
    assert links_of(doc_of(map_html(build_map(bad)))) == {}


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x",
    "/relative/path", "news.example.org/x", "http://exa mple.org/", "file:///tmp/a.txt", "https://", "", None,
])
def test_safe_url_rejects(url: str | None) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["http://example.org/a?b=1&c=2", "HTTPS://example.org/"])
def test_safe_url_accepts(url: str) -> None:
    assert safe_url(url) == url


def test_every_text_of_the_map_is_in_the_document(tmp_path: Path) -> None:
    shown = shown_text(doc_of(_page(tmp_path, realistic_articles(), title="T")))
    for text in ("Fighting broke out on the outskirts of Idlib overnight, and six fighters were killed.",
                 "Military Forces of Syria", "HTS", "Regional ministers meet in Amman", "Jordan"):
        assert text in shown


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
