"""Event coding: ACLED types, roles of place mentions, dates, actors, casualties, merging.

The articles are our own (examples/ and the texts below); the seed article in ../shared is used
only when present.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest
from geopy.distance import geodesic
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.doc import Doc
from mapper.evaluation.events import read_gold
from mapper.events import actors, roles, triggers
from mapper.events.casualties import casualties
from mapper.events.merge import MergeRule, merge_events
from mapper.events.prefilter import Prefiltered, literal_heads
from mapper.events.taxonomy import TAXONOMY
from mapper.events.triggers import Clause, clauses
from mapper.events.wordhits import WordHits
from mapper.geoparse.recognize import _LOWER_WORD, LowercaseWords, _occurs_lowercase
from mapper.model import Article, Event, Place, Source
from mapper.pipeline import Pipeline
from mapper.run import analyse_inputs
from tests.conftest import EXAMPLES, ROOT

SEED = ROOT.parent / "shared" / "seeds" / "sample-article-deir-ez-zor.txt"
GOLD = ROOT / "tests" / "data" / "event_sentences.jsonl"


def _near(place: object, lat: float, lon: float, km: float) -> bool:
    return geodesic((place.lat, place.lon), (lat, lon)).km <= km  # type: ignore[attr-defined]


def _check_deir_ez_zor_story(a: Doc) -> None:
    """What the issue asks of an article like the seed: one strike, one agreement, statements, a meeting."""
    strikes = [e for e in a.events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    strike = strikes[0]
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.location.name == "Deir ez-Zor" and strike.location.country_code == "SY"
    assert strike.date == "2016-09-17" and strike.time_precision == 1
    assert strike.geo_precision in (1, 2)
    assert (strike.fatalities, strike.injuries) == (62, 100)
    assert strike.actor1 is not None and "oalition" in strike.actor1.name
    assert strike.actor2 is not None and "Syrian" in strike.actor2.name and strike.actor2.country_code == "SY"

    (agreement,) = [e for e in a.events if e.sub_event_type == "Agreement"]
    assert (agreement.location.name, agreement.location.country_code) == ("Geneva", "CH")
    assert (agreement.role, agreement.date, agreement.time_precision) == ("venue", "2016-09-09", 1)

    # "MOSCOW — Russia's foreign ministry said": a dateline places no statement (training/events/README.md).
    assert [e for e in a.events if e.sub_event_type == "Statement"] == []

    (meeting,) = [e for e in a.events if e.sub_event_type == "Meeting/talks"]
    assert meeting.location.country_code == "US" and _near(meeting.location, 40.71, -74.01, 30)

    # Washington is only ever an actor: it places no marker of its own.
    assert not [e for e in a.events if e.location.name == "Washington"]
    washington = [r for m, r in zip(a.mentions, a.role_names, strict=True) if m.text == "Washington"]
    assert washington and all(r in ("actor", "context") for r in washington)
    for e in a.events:
        assert e.excerpts and all(a.article.text[x.start:x.end].split() == x.text.split() for x in e.excerpts)
        assert e.sources[0].article_id == a.article.id


def test_example_article_codes_the_story(pipeline: Pipeline) -> None:
    text = (EXAMPLES / "deir-ez-zor-airstrike.txt").read_text(encoding="utf-8")
    a = pipeline.parse(Article(id="deir", text=text, published="2016-09-18"))
    _check_deir_ez_zor_story(a)
    # The dateline is the statements' origin; "Moscow's request" is Moscow as an actor.
    roles = [(m.text, r) for m, r in zip(a.mentions, a.role_names, strict=True) if m.text.lower() == "moscow"]
    assert roles[0] == ("Moscow", "context") or roles[0][1] in ("actor", "context")
    assert ("MOSCOW", "origin") in roles and ("Moscow", "actor") in roles
    (meeting,) = [e for e in a.events if e.sub_event_type == "Meeting/talks"]
    assert (meeting.role, meeting.date) == ("venue", "2016-09-17")  # "met ... in New York on Saturday night"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not available")
def test_seed_article(pipeline: Pipeline) -> None:
    # Its header date is a scrape date (2020); the article appeared on 2016-09-18.
    a = pipeline.parse(Article(id="seed", text=SEED.read_text(encoding="utf-8"), published="2016-09-18"))
    _check_deir_ez_zor_story(a)
    (meeting,) = [e for e in a.events if e.sub_event_type == "Meeting/talks"]
    assert meeting.role == "seat"  # "an emergency meeting of the UN Security Council": it sits in New York
    assert meeting.time_precision == 2  # no date named: the published date, known to the week


def test_roles_of_place_mentions(pipeline: Pipeline) -> None:
    text = ("KHARTOUM (Reuters) — Army artillery shelled the outskirts of Omdurman on Tuesday, killing "
            "nine people. Egypt condemned the shelling, and delegations from Kenya and Ethiopia met in "
            "Addis Ababa on Wednesday. The town was also fought over during the 2019 uprising in Atbara.")
    a = pipeline.parse(Article(id="sd", text=text, published="2024-05-16"))
    roles = {m.text: r for m, r in zip(a.mentions, a.role_names, strict=True)}
    assert roles["KHARTOUM"] == "origin"
    assert roles["Omdurman"] == "event_site"
    assert roles["Egypt"] == "actor"
    assert roles["Kenya"] == roles["Ethiopia"] == "actor"
    assert roles["Addis Ababa"] == "venue"
    assert roles["Atbara"] == "context"  # a past event mentioned in passing
    by_type = {e.sub_event_type: e for e in a.events}
    shelling = by_type["Shelling/artillery/missile attack"]
    assert (shelling.location.name, shelling.date, shelling.fatalities, shelling.geo_precision) == (
        "Omdurman", "2024-05-14", 9, 2)
    meeting = by_type["Meeting/talks"]
    assert (meeting.location.name, meeting.date) == ("Addis Ababa", "2024-05-15")
    assert {e.location.name for e in a.events} == {"Omdurman", "Addis Ababa"}


def test_no_date_in_text_takes_the_published_date_by_week(pipeline: Pipeline) -> None:
    a = pipeline.parse(Article(id="x", text="Gunmen ambushed a police patrol near Maiduguri, killing four "
                                            "officers.", published="2024-02-02"))
    (ev,) = a.events
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert (ev.date, ev.time_precision, ev.fatalities) == ("2024-02-02", 2, 4)
    assert ev.location.country_code == "NG"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Russian Defense Ministry confirmed the attacks saying they killed 62 servicemen and injured "
     "100 more.", (62, 100)),
    ("Gunmen ambushed the convoy, killing 14 drivers and guards.", (14, None)),
    ("Six fighters were killed and 12 wounded.", (6, 12)),
    ("The blast left three dead and dozens wounded.", (3, 12)),
    ("Two civilians died and three were injured when the shell hit.", (2, 3)),
    ("The death toll rose to 30 on Sunday.", (None, None)),  # an update, not new deaths (issue 14)
    ("Twenty-five people were killed.", (25, None)),
    ("A car bomb killed at least 1,200 people.", (1200, None)),
    ("No casualties were reported.", (0, 0)),
    ("The drone fell 2 km from the town; no one was hurt.", (0, 0)),
    ("Troops advanced 12 km towards the border.", (None, None)),
])
def test_casualty_phrasing(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "subs"), [
    ("Warplanes bombed the market.", ["Air/drone strike"]),
    ("A suicide car bomber struck a checkpoint.", ["Suicide bomb"]),
    ("Rebels captured the town after heavy fighting.", ["Non-state actor overtakes territory"]),
    ("Government troops recaptured the town.", ["Government regains territory"]),
    ("Gunmen kidnapped 20 students.", ["Abduction/forced disappearance"]),
    ("Police fired tear gas to disperse protesters.", ["Protest with intervention"]),
    ("Security forces opened fire on protesters, killing three.", ["Excessive force against protesters"]),
    ("Rioters torched a police station.", ["Violent demonstration"]),
    ("Air defences shot down 12 drones overnight.", ["Disrupted weapons use"]),
    ("The ministry summoned the French ambassador in protest.", ["Diplomatic protest"]),
    ("The two sides signed a ceasefire.", ["Agreement"]),
    ("Officials said the talks resumed on Monday.", ["Meeting/talks", "Statement"]),
    ("Officials said the talks would resume.", ["Statement"]),  # talks to come are no meeting (issue 14)
    ("The group threatened to attack the city.", []),  # not reported as happening
])
def test_sentence_clauses(sentence: str, subs: list[str]) -> None:
    assert [c.sub_event_type for c in clauses(sentence) if not (c.attribution and subs == [])] == subs


@pytest.mark.parametrize("sentence", [
    "The bridge was designed by a local firm.",  # signed
    "The minister resigned on Friday.",  # signed
    "Judy Pearson gave out the awards.",  # arson
    "The land is federally managed.",  # rally
    "Sales were generally good.",  # rally
    "He is a proud patriot.",  # riot
    "The Cypriot port was busy.",  # riot
    "Her skills impressed the judges.",  # kills
    "Polio has emerged again in the north.",  # merged
    "Residents are afraid of the floods.",  # raid
    "The water has receded.",  # ceded
    "Prices surged in March.",  # urged
    "The grape harvest was poor.",  # rape
    "A snapshot of the economy.",  # shot
    "The project is designed to capture carbon dioxide.",  # intent, not a capture
])
def test_no_trigger_inside_a_word_or_an_intent(sentence: str) -> None:
    assert clauses(sentence) == []


@pytest.mark.parametrize(("sentence", "subs"), [
    # Compounds whose second part is a trigger: listed whole, since triggers start at word starts.
    ("Counterprotesters gathered outside the hall.", ["Peaceful protest"]),
    ("Police rearrested the suspect.", ["Arrests"]),
    ("The army launched a counteroffensive.", ["Armed clash"]),
    ("Rebel infighting left the town divided.", ["Armed clash"]),
    ("Troops were redeployed to the border.", ["Other"]),  # a troop build-up (corpus guide)
    ("Firebombings hit the district.", ["Remote explosive/landmine/IED"]),
    ("He was treated for gunshot wounds.", ["Armed clash"]),
    ("The leaders held a videoconference.", ["Meeting/talks"]),
    ("Officials renegotiated the terms.", ["Meeting/talks"]),
    ("A suicide-car bomber struck the anti-riot squad.", ["Suicide bomb"]),
])
def test_compound_triggers(sentence: str, subs: list[str]) -> None:
    assert [c.sub_event_type for c in clauses(sentence)] == subs


def _two_reports(tmp_path: Path) -> list[str]:
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    one.write_text("Drones strike fuel depot in Kherson\n2023-11-20\n\nRussian drones struck a fuel depot in "
                   "Kherson on Sunday, killing two workers, regional officials said.\n", encoding="utf-8")
    two.write_text("Depot ablaze after overnight attack\n2023-11-20\n\nTwo people died and five were injured "
                   "when a drone strike hit an oil storage site in Kherson on Sunday, the governor said.\n",
                   encoding="utf-8")
    return [str(one), str(two)]


def test_two_reports_of_one_strike_merge(tmp_path: Path, pipeline: Pipeline) -> None:
    docs, incidents, summary = analyse_inputs(_two_reports(tmp_path), pipeline=pipeline)
    (strike,) = [i for i in incidents if i.sub_event_type == "Air/drone strike"]
    assert strike.reports == ("one.txt#1", "two.txt#1")
    assert len(strike.sources) == 2 and {x.article_id for x in strike.excerpts} == {"one.txt", "two.txt"}
    assert (strike.location.name, strike.date, strike.fatalities, strike.injuries) == (
        "Kherson", "2023-11-19", 2, 5)
    assert summary.merged_events == 1 and summary.events == 1
    assert "events: 1 (1 merged across articles)" in summary.lines()[0]
    # The rule is configurable: off, or with a date window too narrow, the two stay apart.
    _, _, separate = analyse_inputs(_two_reports(tmp_path), pipeline=pipeline, merge=MergeRule(enabled=False))
    assert (separate.events, separate.merged_events) == (2, 0)


def test_merge_rule_distance_and_days(pipeline: Pipeline) -> None:
    def strike(aid: str, text: str, published: str) -> Event:
        (ev,) = pipeline.parse(Article(id=aid, text=text, published=published)).events
        return ev

    a = strike("a", "An airstrike hit Idlib on Monday, killing three.", "2024-03-05")
    b = strike("b", "Warplanes bombed Idlib on Monday.", "2024-03-05")
    far = strike("c", "An airstrike hit Aleppo on Monday.", "2024-03-05")
    late = strike("d", "An airstrike hit Idlib on Monday.", "2024-03-26")
    merged, n = merge_events([a, b, far, late])
    assert n == 1 and len(merged) == 3 and merged[0].fatalities == 3
    assert merge_events([a, late], MergeRule(days=30))[1] == 1
    assert merge_events([a, far], MergeRule(km=100))[1] == 1  # Idlib-Aleppo is about 60 km
    assert merge_events([a, a])[1] == 0  # one article never merges with itself


def test_jsonl_record_events_and_roles(tmp_path: Path, pipeline: Pipeline) -> None:
    from mapper.events.merge import Merger
    from mapper.io.export import article_record

    analysed, incidents, _ = analyse_inputs(_two_reports(tmp_path), pipeline=pipeline)
    merger = Merger()
    ids = [merger.add(d) for d in analysed]  # what the run's merger said of each document's events
    assert merger.incidents() == incidents
    rec = article_record(analysed[0], ids[0])
    (ev,) = rec["events"]
    assert set(ev) >= {"event_id", "event_type", "sub_event_type", "date", "time_precision", "location_name",
                       "lat", "lon", "country_code", "geo_precision", "actor1", "actor2", "fatalities",
                       "injuries", "excerpt", "confidence", "sources"}
    # The second article's record names the same merged event; each lists only its own source.
    (other,) = article_record(analysed[1], ids[1])["events"]
    assert ev["event_id"] == other["event_id"] == f"{analysed[0].article.id}#1"
    assert ev["location_name"] == "Kherson"
    assert [s["article_id"] for s in ev["sources"]] == [analysed[0].article.id]
    assert [s["article_id"] for s in other["sources"]] == [analysed[1].article.id]
    assert (ev["fatalities"], ev["injuries"], other["fatalities"], other["injuries"]) == (2, None, 2, 5)
    assert "Kherson" in ev["excerpt"] and ev["excerpt"] in analysed[0].article.text
    assert {m["role"] for m in rec["mentions"] if not m["demonym"]} == {"event_site"}
    assert {m["text"]: m["role"] for m in rec["mentions"] if m["demonym"]} in ({}, {"Russian": "actor"})
    json.dumps(rec)


def test_gold_set_covers_the_taxonomy() -> None:
    gold = read_gold(GOLD)
    assert len(gold) >= 60
    subs = [e["sub_event_type"] for item in gold for e in item["events"]]
    for event_type, sub_types in TAXONOMY.items():
        for sub in sub_types:
            assert subs.count(sub) >= 2, (event_type, sub)
    roles = [r for item in gold for r in item["roles"].values()]
    assert {"event_site", "origin", "actor", "venue", "context"} <= set(roles)
    for item in gold:
        dt.date.fromisoformat(item["published"])


def test_a_place_reported_again_joins_its_incident(pipeline: Pipeline) -> None:
    # The coder finds incidents through an index (by kind and place); it must answer as a scan of
    # the article's incidents in order did.
    places = ["Aleppo", "Homs", "Idlib", "Raqqa", "Kherson", "Kharkiv", "Mosul"]
    once = pipeline.parse(Article("i", " ".join(f"Airstrikes hit {p}." for p in places),
                                  published="2024-05-07"))
    text = " ".join(f"Airstrikes hit {places[i % len(places)]}." for i in range(2 * len(places)))
    twice = pipeline.parse(Article("i", text, published="2024-05-07"))
    assert [e.location.name for e in once.events] == [
        "Aleppo", "Homs", "Idlib", "Ar Raqqah", "Kherson", "Kharkiv", "Mosul"]
    assert [e.location for e in twice.events] == [e.location for e in once.events]
    assert [len(e.excerpts) for e in twice.events] == [2] * len(places)
    assert [e.id for e in twice.events] == [f"i#{n}" for n in range(1, len(places) + 1)]


@pytest.mark.parametrize("rule", [MergeRule(), MergeRule(km=0.5, days=0), MergeRule(km=300, days=3)])
def test_merge_index_anywhere_on_the_globe_equals_all_pairs(rule: MergeRule) -> None:
    # The index files events by latitude band and longitude cell; near the poles and across the
    # date line the cells must still hold every event within reach.
    from tests.test_merge_scale import reference_merge, summary

    rng = random.Random(7)
    centres = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(30)]
    centres += [(89.95, 0.0), (-89.99, 120.0), (12.0, 179.999), (12.0, -179.999), (70.0, 180.0)]
    events = []
    for i in range(600):
        lat, lon = rng.choice(centres)
        spread = rng.choice((0.0, 0.01, 0.1, 2.0))
        place = Place(f"P{i % 50}", max(-90.0, min(90.0, lat + rng.uniform(-spread, spread))),
                      lon + rng.uniform(-spread, spread), "XX", "city")
        events.append(Event("Battles", "Armed clash", place, date=f"2024-05-0{1 + rng.randrange(3)}",
                            geo_precision=rng.choice((1, 2, 3)), sources=[Source(f"a{rng.randrange(300)}")]))
    got, n = merge_events(events, rule)
    want, m = reference_merge(events, rule)
    assert n == m and summary(got) == summary(want)
    assert 0 < n < len(events)


# -- the linear rewrites answer exactly as the code they replaced --------------------------------

_PIECES = ["said", "says", "approved", "ordered", "told", "reported", " ", "  ", ",", ", and ", " or ",
           " and the ", "&", "/", "x", "Aleppo", "most", "mostly", ".", "_", "é", "1", "\n", "'s", "-"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@given(_texts, st.integers(0, 80), st.integers(0, 80))
@settings(max_examples=300, deadline=None)
def test_word_hits_answer_as_a_search_between(text: str, a: int, b: int) -> None:
    for pattern in (actors._REPORTED, roles._DECIDED):
        assert WordHits(pattern, text).between(a, b) == (pattern.search(text, a, b) is not None)


@given(_texts)
@settings(max_examples=300, deadline=None)
def test_coordination_patterns_match_as_before(gap: str) -> None:
    old_and = re.compile(r"\s*(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?|\s*,\s*")
    old_coordinator = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|/)\s*")
    assert bool(actors._AND.fullmatch(gap)) == bool(old_and.fullmatch(gap))
    assert bool(roles._COORDINATOR.fullmatch(gap)) == bool(old_coordinator.fullmatch(gap))


@given(_texts, st.lists(st.sampled_from(["most", "mostly", "said", "reported", "aleppo", "x", "é", "Most"]),
                        min_size=1, max_size=8))
@settings(max_examples=200, deadline=None)
def test_lowercase_words_collected_answer_as_searched(text: str, words: list[str]) -> None:
    collected = LowercaseWords(text)
    collected.words = set(_LOWER_WORD.findall(text))  # as after SEARCHES names
    for word in words:
        assert (word in collected) == _occurs_lowercase(text, word)


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 9)), min_size=0, max_size=12),
       st.integers(-10, 220))
def test_clause_distance_is_the_nearest_start_or_end(starts: list[tuple[int, int]], pos: int) -> None:
    spans = tuple((s, s + n) for s, n in sorted(starts))
    clause = Clause("violence", "Attack", 5, 9, False, True, spans)
    want = min(min(abs(pos - s), abs(pos - e)) for s, e in (spans or ((5, 9),)))
    assert clause.distance(pos) == want


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15), st.integers(0, 2)), max_size=15))
def test_dates_keep_the_same_expressions_as_the_pairwise_test(found: list[tuple[int, int, int]]) -> None:
    # find_dates marks the characters its keepers cover; the rule is still the pairwise one.
    ranked = sorted(((s, s + n, r) for s, n, r in found), key=lambda f: (f[0] - f[1], f[2], f[0]))
    want: list[tuple[int, int, int]] = []
    for f in ranked:
        if all(f[1] <= k[0] or k[1] <= f[0] for k in want):
            want.append(f)
    taken = bytearray(80)
    got = []
    for f in ranked:
        if taken.find(1, f[0], f[1]) < 0:
            got.append(f)
            taken[f[0]:f[1]] = b"\x01" * (f[1] - f[0])
    assert got == want


_PHRASE_PIECES = ["US-led", "Syrian", "Russian-backed", "pro-government", "the", "a", "an", "army",
                  "forces", "Foreign Ministry", "militants", "U.S.", "Al-Shabaab", "Sana'a", " ", "  ",
                  ".", ",", "-", "A", "b", "security", "coalition", "by", "x1"]


# No word over 50 letters: on such a run the bounded pattern differs from the unbounded one, by design.
@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=25).map(" ".join)
       .filter(lambda text: not re.search(r"[\w'’.]{51}", text)))
@settings(max_examples=400, deadline=None)
def test_actor_phrases_match_as_before(text: str) -> None:
    # Bounded and possessive, the pattern finds what the unbounded one found in text of real words.
    adjectives = actors._MOD.split("pro-[\\w-]{1,80}+|", 1)[1]
    old = re.compile(r"(?:\b(?:the|a|an)\s+)?(?P<mods>(?:(?:[A-Z][\w'’.]*(?:-[\w]+)*|[a-z]+-(?:led|backed|"
                     r"allied|aligned|linked)|pro-[\w-]+|" + adjectives + r"\s+){0,3})(?P<head>\b(?i:"
                     + actors._HEADS + r"))\b")
    assert [m.span("mods") + m.span("head") for m in actors._PHRASE.finditer(text)] == \
        [m.span("mods") + m.span("head") for m in old.finditer(text)]


_HEAD_PIECES = [*_PHRASE_PIECES, "İ", "ı", "ſ", "’", "\n", "SOLDIERS", "Police", "armed forces", "presidents",
                "mobile", "military", "police", "Interior ministry"]


@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=30).map("".join))
@settings(max_examples=500, deadline=None)
def test_actor_phrases_found_from_their_heads_as_by_finditer(text: str) -> None:
    assert [m.span() + m.span("head") for m in actors._phrases(text)] == \
        [m.span() + m.span("head") for m in actors._PHRASE.finditer(text)]


_GROUP_PIECES = ["IS", "ISIS", "ISIL", "al-Shabaab", "Al-Shabab", "Hamas", "Boko Haram", "Boko",
                 "Wagner Group", "Wagner", "x", "-", " ", "_", "1", "é", "Security Council"]


@given(st.lists(st.sampled_from(_GROUP_PIECES), max_size=20).map("".join))
@settings(max_examples=300, deadline=None)
def test_named_groups_found_as_by_finditer(text: str) -> None:
    assert [m.span() for m in actors._GROUPS_SCAN.finditer(text)] == \
        [m.span() for m in actors._GROUPS.finditer(text)]


def test_actor_phrases_in_case_foldings_lower_cannot_mirror() -> None:
    # The regex engine reads "ſ" as "s" and "ı" as "i"; "İ" lower-cases to two characters.
    for text in ("Syrian ſoldiers", "the mılitants", "İ the army", "Police and SOLDIERS"):
        want = [m.group() for m in actors._PHRASE.finditer(text)]
        assert [m.group() for m in actors._phrases(text)] == want
    assert [m.group() for m in actors._phrases("Syrian ſoldiers and İ the army")] == ["Syrian ſoldiers",
                                                                                       "the army"]


_TRIGGER_PIECES = ["summoned", "the", "ambassador", "expelled", "seized", "weapons", "attacked",
                   "civilians", "regained", "control", "withdrew", "troops", "hurled", "stones", "set up",
                   "a", "new", "base", "crowds", "of", "youths", "killed", "on", " ", "  ", ",", "x"]


@given(st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=30).map(" ".join))
@settings(max_examples=400, deadline=None)
def test_trigger_patterns_match_as_before(text: str) -> None:
    from mapper.events.triggers import _RULE_RE

    old = re.compile(_RULE_RE.pattern.replace(r"\w{0,30}+", r"\w*").replace(r"\w{1,30} ", r"\w+ ")
                     .replace("military ){0,6}", "military )*"))
    assert old.pattern != _RULE_RE.pattern
    assert [(m.lastgroup, m.span()) for m in _RULE_RE.finditer(text)] == \
        [(m.lastgroup, m.span()) for m in old.finditer(text)]


_WORD_PIECES = ["design", "signed", "pear", "arson", "fed", "rally", "anti-", "riot", "a", "the", "mine",
                "suicide", "-", "car", "bomb", "counter", "offensive", "attack", "x", "1", "_", "é",
                "démarche", "summon", "ed", "s", "shot", "gun", "down", "air", "strike", " ", "  ", ",", "."]


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=30).map("".join))
@settings(max_examples=500, deadline=None)
def test_prefiltered_trigger_scan_matches_as_finditer(text: str) -> None:
    # Tried only where a rule's first words occur, the rules find what finditer finds everywhere.
    assert [(m.lastgroup, m.span()) for m in triggers._RULE_SCAN.finditer(text)] == \
        [(m.lastgroup, m.span()) for m in triggers._RULE_RE.finditer(text)]


_CASED_PIECES = ["Rebels", "seized", "seize", "Kidal", "took", "Kyiv", "'s", "side", "take", "takes", "grab",
                 "grabbed", "March", "march", "marches", "in", "on", "to", "Bamenda", "x", "-", " ", "  ",
                 "."]


@given(st.lists(st.sampled_from(_CASED_PIECES), max_size=25).map("".join))
@settings(max_examples=400, deadline=None)
def test_cased_trigger_scans_match_as_finditer(text: str) -> None:
    # The case-sensitive rules, tried only where their verbs occur, find what finditer finds everywhere.
    for (scan, _), (pattern, _) in zip(triggers._CASED_SCANS, triggers._CASED, strict=True):
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]


_LEFT_PIECES = ["shelled", "shell", "the", "northern", "town", "of", "attacks", "on", "air ", "strikes", "x",
                "in", "rain", "rained", "down", "control", "over", "near", "villages", "around", "battle",
                "for", " ", "  ", "-", "pro-government-held", "including", "among them", "took", "taken"]


@given(st.lists(st.sampled_from(_LEFT_PIECES), max_size=20).map(" ".join))
@settings(max_examples=400, deadline=None)
def test_prefiltered_target_of_searches_as_the_pattern(left: str) -> None:
    # roles reads "shelled the town of X" from the words before a name: the same match, prefiltered.
    from mapper.events import roles

    found, expected = roles._TARGET_OF_SCAN.search(left), roles._TARGET_OF.search(left)
    assert (found and found.span()) == (expected and expected.span())


def test_literal_heads_spell_out_the_literal_starts() -> None:
    assert literal_heads(r"drones?\b|(?:a|the) mine\b|charg[ée]|air ?strikes?") == \
        {"drone", "drones", "a mine", "the mine", "charge", "chargé", "air strike", "air strikes",
         "airstrike", "airstrikes"}
    assert literal_heads(r"(?<!\w)(?:summon\w{0,30}+ ambassador|(?<!anti-)riot)") == {"summon", "riot"}
    assert literal_heads(r"(?:set up|built) (?:a |an ){0,6}base") == {"set up ", "built "}
    with pytest.raises(ValueError, match="starts with no literal text"):
        literal_heads(r"attack|\w+ed")  # "\w+ed" could start anywhere
    with pytest.raises(ValueError, match="case-sensitive"):
        Prefiltered(re.compile("attack", re.IGNORECASE))
    scan = Prefiltered(re.compile(r"(?<!\w)(?:ab|abc\w*|b)"))
    assert scan.scan.words == ["ab", "b"]  # "abc" adds no start to "ab"
    assert [m.span() for m in scan.finditer("ab abcd xb b")] == [(0, 2), (3, 5), (11, 12)]


_NONE_PIECES = ["no", "one", "nobody", "was", "were", "killed", "hurt", "injured", "without", "casualties",
                "reports", "report", "of", "no one", "x", "eno", "known", " ", "  ", ".", "deaths",
                "civilians"]


@given(st.lists(st.sampled_from(_NONE_PIECES), max_size=25).map("".join))
@settings(max_examples=400, deadline=None)
def test_prefiltered_search_is_the_patterns_search(text: str) -> None:
    # casualties' "no one was killed" searches, tried only where their first words occur: the same match.
    from mapper.events import casualties

    for scan in (casualties._NONE_KILLED_SCAN, casualties._NONE_INJURED_SCAN):
        found, expected = scan.search(text), scan.pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())
    scan = Prefiltered(re.compile(r"(?<!\w)(?:ab|abc\w*|b)"))
    assert scan.search("xab abcd b").span() == (4, 6)  # as search: the first alternative that matches
    assert scan.search("xab xb") is None


@given(st.lists(st.sampled_from(["killed", "wounded", "1", "12", "1,200", "3,000,000", ",", "000", "people",
                                 "were", "at least", "dozens", " ", "km", "no one", "was", "hurt", "toll",
                                 "rose to", "died", "dead", "bodies", "lost their lives", "Killed", "x",
                                 "and", "including", "since", "the", "driver", "shot dead"]),
                max_size=20).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_casualty_reading_skipped_only_without_its_words(text: str) -> None:
    from mapper.events import casualties as c

    gated = c.reports(text)
    assert gated == c._read(c._Words(text))
    if not c._KEYWORD_SCAN.occurs_in(text.lower()):
        assert gated == []
