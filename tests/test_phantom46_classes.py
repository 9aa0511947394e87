"""Phantom events of three classes of phrasing (issue 14 part 6, session 40, branch phantom46).

Every sentence is our own. A rally held in one country in support of people in another is coded at the rally's
town, never at the place it supports, even when the sentence names that place's foes too (the supported
place is left out of the story's theatre: coder.py). A side's claim told in the past perfect and denied in
the same sentence ("said Beninese troops had opened fire on its posts near Gaya, a claim Cotonou denied") or
by the next one ("... had fired on its posts near Gaya. Cotonou denied the claim": coder.py), and an act
someone is accused of "plotting", are no events (triggers.py). Where an intercepted missile "set off sirens"
is where people took cover, not where the missile was stopped (roles.py). The near misses (a claim confirmed,
a perpetrator's act told without a denial, sirens that open the sentence) keep their events. Read with the
learned event filter off (the rules alone) and on.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, trigger_scan_growth, window_readers_cpu
from tests.test_phantom44_classes import Row, _events

NO_EVENT = [
    # a side's claim in the past perfect, denied in the same sentence
    "Niger's army said Beninese troops had opened fire on its posts near Gaya overnight, a claim Cotonou "
    "denied.",
    "Russia's defence ministry said its forces had captured the village of Kurakhivka, a claim Kyiv's "
    "General Staff rejected.",
    "Ethiopia's army said Eritrean troops had shelled positions near Zalambessa, which Asmara denied.",
    # ... or denied by the next sentence
    "Niger's army said on Monday that Beninese troops had fired on its posts near Gaya overnight. Cotonou "
    "denied the claim, saying its soldiers had not opened fire.",
    # an act only plotted
    "The junta accused JNIM of plotting a bomb attack on the airport in Bamako, an allegation the group "
    "rejected.",
    # sirens an interception set off
    "The Houthis fired a missile towards central Israel that was intercepted, setting off sirens in "
    "Beersheba and Dimona.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


PROTEST = ("Protests", "Peaceful protest", None, "protesters", None)

EVENTS: list[tuple[str, list[Row]]] = [
    # the rally's own town, not the place it supports (Algiers was coded at Gaza before: the named foes made
    # the story's theatre Gaza's, and the capital an outsider moved there)
    ("Tens of thousands marched in Algiers on Friday in support of Palestinians in Gaza, chanting slogans "
     "against Israel and the United States.", [("Algiers", *PROTEST)]),
    ("Thousands rallied in Tunis on Friday in solidarity with the people of Gaza.", [("Tunis", *PROTEST)]),
    ("Amman march in solidarity with Gaza draws thousands", [("Amman", *PROTEST)]),
    # near misses: a claim the other side confirms, an act told without a denial, sirens opening the sentence
    ("Russia's defence ministry said its forces had captured the village of Kurakhivka, and Ukraine's army "
     "confirmed the loss.",
     [("Kurakhivka", "Battles", "Non-state actor overtakes territory", None, "Russian forces",
       "Ukrainian forces")]),
    ("Police said gunmen had killed five farmers near Bokkos on Monday.",
     [("Bokkos", "Violence against civilians", "Attack", 5, "unidentified gunmen", "civilians")]),
    ("Sirens sounded in Ashkelon as two rockets were intercepted on Sunday.",
     [("Ashkelon", "Strategic developments", "Disrupted weapons use", None, "Israeli forces", None)]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events_beside_the_classes(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events_beside_the_classes_with_the_filter(pipeline: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "trigger", "denied"), [
    ("the army said rebels had fired on its posts near x, a claim the rebels denied.", "fired", True),
    ("the ministry said its forces had taken the village of x, which kyiv rejected.", "taken", True),
    ("the army said rebels had fired on its posts near x, and the rebels denied nothing else.", "fired",
     False),
    ("the group said its fighters killed 17 troops near x, a claim the army dismissed.", "killed", False),
    ("the army said rebels had fired on its posts near x. a claim the rebels denied followed.", "fired",
     False),
])
def test_claim_denied_reads_the_perfect_and_the_denial(text: str, trigger: str, denied: bool) -> None:
    start = text.index(trigger)
    assert triggers.claim_denied(text, start, start + len(trigger)) is denied


@pytest.mark.parametrize(("text", "following", "denied"), [
    ("the army said rebels had fired on its posts near x.", " The rebels denied the claim.", True),
    ("the army said rebels had fired on its posts near x.", " Rebel leaders in the town flatly rejected the "
     "accusation.", True),
    ("the army said rebels had fired on its posts near x.", " The rebels denied wrongdoing.", False),
    ("rebels fired on army posts near x.", " The rebels denied the claim.", False),
])
def test_claim_denied_next_reads_the_next_sentence(text: str, following: str, denied: bool) -> None:
    start = text.index("fired")
    assert triggers.claim_denied_next(text, start, following) is denied


@pytest.mark.parametrize(("text", "supported"), [
    ("Thousands rallied in Rabat in solidarity with the people of Gaza", True),
    ("Hundreds marched in Dakar in support of Palestinians in Gaza", True),
    ("Israeli strikes killed 30 people in Gaza", False),
])
def test_supported_place(text: str, supported: bool) -> None:
    assert roles.supported_place(text, text.rindex("Gaza")) is supported


UNITS = ["said had had had fired ", "the the the the denied the claim ", ", a claim claim the the denied ",
         ", which which denied ",
         "in support of of of in ", "in solidarity with the the ", "setting off sirens in in and and ",
         "sirens sounded in a b c d and "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_patterns_on_100_kb_are_fast(unit: str) -> None:
    # the readers asked at every twentieth word of 100 KB (the coder asks them at its triggers and mentions
    # only): their windows are bounded, so each call reads at most a few hundred characters
    def read(text: str, start: int) -> None:
        triggers.claim_denied(text, start, start + 4)
        triggers.claim_denied_next(text, start, text[start:start + 300])
        roles.supported_place(text, start)
        roles._SIRENS_BEFORE.search(text, max(0, start - roles._SIRENS_CHARS), start)
    assert window_readers_cpu(unit, read) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


def test_a_long_rally_story_parses_fast(unfiltered: Pipeline) -> None:
    # 100 KB of rallies in support of a place, each naming it: the theatre is read once per document
    text = "Thousands rallied in Tunis on Friday in solidarity with the people of Gaza. " * 1300
    t0 = time.process_time()
    _events(unfiltered, text)
    assert time.process_time() - t0 < 30.0


def test_a_long_story_of_denied_claims_parses_fast(unfiltered: Pipeline) -> None:
    # 100 KB of claims each denied by the next sentence: each sentence reads a bounded window after it
    text = ("Niger's army said Beninese troops had fired on its posts near Gaya. Cotonou denied the claim. "
            * 1100)
    t0 = time.process_time()
    assert _events(unfiltered, text) == []
    assert time.process_time() - t0 < 30.0
