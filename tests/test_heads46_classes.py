"""Headlines and single sentences, session 40 (heads46, gold file headlines45.jsonl).

Every sentence is our own. Classes:

- a town before a protest's own noun is where the protest was held ("Police disperse Multan sit-in",
  "break up Mombasa march", "Kisumu fuel protest broken up by police"), and forces that break up, scatter or
  pepper-spray it intervene (Protest with intervention); not a verb ("... from Kano and Zaria rally in
  Abuja", "Lagos bourse rallies"), nor a protest called off, banned or planned, nor one told as the cause of
  another act ("Police arrest 25 after Mombasa protests"), nor the month ("dispersed them in March");
- a sentence-case lead-in ("Sudan war live:", "Gaza war:", "Live:") opens a one-line text as an ALL-CAPS tag
  does; an explainer's question and a denied claim stay no event;
- a state's bombers by model or kind strike from the air ("US B-52 bombers strike X"), Tomahawks are
  missiles; a suicide bomber stays a suicide bomb, and missiles a bomber launches stay missiles.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import roles, triggers
from mapper.model import Article
from mapper.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("heads46", text, published=published))
    return [(e.location.name, e.sub_event_type, e.role,
             e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in doc.events]


_DISPERSED = ("Protest with intervention", "event_site", "protesters", "police")


@pytest.mark.parametrize(("text", "expected"), [
    ("Police disperse Multan sit-in with tear gas", [("Multan", *_DISPERSED)]),
    ("Riot police break up Mombasa march, arrest 12", [("Mombasa", *_DISPERSED)]),
    ("Police scatter Batumi rally with pepper spray", [("Batumi", *_DISPERSED)]),
    ("Kisumu fuel protest broken up by police", [("Kisumu", *_DISPERSED)]),
    ("Police used water cannon on Tuesday to break up a Dakar sit-in by teachers.", [("Dakar", *_DISPERSED)]),
    # the grievance's place stays context
    ("Police break up Sukkur sit-in over Larkana killings", [("Sukkur", *_DISPERSED)]),
    # near misses: a verb, a market, a protest called off, banned or planned, a cause, the month
    ("Protesters bussed in from Kano and Zaria rally in Abuja",
     [("Abuja", "Peaceful protest", "event_site", "protesters", None)]),
    ("Naira firms as Lagos bourse rallies", []),
    ("Opposition calls off Friday's Kisumu protests after talks offer", []),
    ("Police fire tear gas at protesters in Eldoret as Kisumu rally banned", [("Eldoret", *_DISPERSED)]),
    ("Police arrest 25 after Mombasa protests", []),
    ("Kano march planned for Saturday as unions dig in", []),
    ("Police dispersed them in March after the vote in Kano.", []),
])
def test_a_town_before_a_protest_noun(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan war live: Kadugli drone attack kills four",
     [("Kadugli", "Air/drone strike", "event_site", None, None)]),
    ("Live: Mykolaiv drone strike injures five",
     [("Mykolayiv", "Air/drone strike", "event_site", "Russian forces", None)]),
    ("Gaza war: Rafah strike kills 9", [("Rafaḩ", "Air/drone strike", "event_site", "Israeli forces", None)]),
    # near misses: an explainer's question; a capture one side claims and the other denies
    ("Explainer: why Kadugli matters", []),
    ("Ukraine war latest: Russia says it took Siversk; Kyiv denies", []),
])
def test_a_sentence_case_lead_in(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("US B-52 bombers strike Kandahar; Tomahawks hit Sanaa",
     [("Kandahār", "Air/drone strike", "event_site", "US forces", None),
      ("Sanaa", "Shelling/artillery/missile attack", "event_site", "US forces", None)]),
    # near misses: a suicide bomber; missiles launched by or from bombers are missiles
    ("Suicide bomber strikes Peshawar mosque, 12 dead",
     [("Peshawar", "Suicide bomb", "event_site", "unidentified gunmen", "civilians")]),
    ("Russian Tu-22 bombers launch cruise missiles at Dnipro",
     [("Dnipro", "Shelling/artillery/missile attack", "event_site", "Russian forces", None)]),
    ("Russia fired missiles from strategic bombers at Poltava on Monday.",
     [("Poltava", "Shelling/artillery/missile attack", "event_site", "Russian forces", None)]),
])
def test_bombers_and_tomahawks(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize("unit", ["police break up the big ", "dispersed a a ", "b-2 bombers ", "tu-95 ",
                                  "from strategic bombers ", "tomahawks ", "broken up "],
                         ids=["break-up", "dispersed", "b-2", "tu", "from-bombers", "tomahawks", "broken-up"])
def test_new_trigger_patterns_are_linear(unit: str) -> None:
    text = unit * (100_000 // len(unit) + 1) + "march"
    t0 = time.process_time()
    triggers.clauses(text)
    assert time.process_time() - t0 < 3.0


@pytest.mark.parametrize("unit", [" fuel", " sit-in", " rally in", " after", " calls off", "Sudan war ",
                                  "A-B "],
                         ids=["word", "noun", "verb", "after", "calls-off", "war", "names"])
def test_new_role_patterns_are_linear(unit: str) -> None:
    text = unit * (100_000 // len(unit) + 1) + " live: "
    t0 = time.process_time()
    for at in range(0, len(text), 997):
        roles._TOWN_PROTEST.match(text, at)
        roles._TOWN_PROTEST_NOT_BEFORE.search(text, max(0, at - 60), at)
        roles._WAR_LEAD_IN.fullmatch(text, 0, at)
    roles._WAR_LEAD_IN.match(text)
    assert time.process_time() - t0 < 3.0
