"""Seats of government named as buildings: "signed at the White House", "a meeting in the Kremlin". After a
locative preposition the name is the building (the curated facility row), where the deal, the talks or the
speech took place; it is never Casablanca, whose Arabic name means "white house". Elsewhere ("the Kremlin
said") the name is the government, no place."""

from __future__ import annotations

import time

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(p: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = p(text, published="2025-08-09")
    return [(e.location.name, e.location.country_code, e.sub_event_type) for e in doc.events]


def _places(p: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = p(text, published="2025-08-09")
    return [(m.text, m.place.country_code if m.place else None) for m in doc.mentions]


@pytest.mark.parametrize(("text", "events"), [
    ("Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, ending decades of "
     "conflict over Nagorno-Karabakh.", [("White House", "US", "Agreement")]),
    ("Protesters rallied outside Downing Street on Saturday against new arms sales.",
     [("10 Downing Street", "GB", "Peaceful protest")]),
    ("The two presidents met at the White House on Monday.", [("White House", "US", "Meeting/talks")]),
    ("Talks between the two delegations were held in the Kremlin on Thursday.",
     [("Kremlin", "RU", "Meeting/talks")]),
    ("Speaking at a security meeting in the Kremlin on Monday, the president said the enemy would receive a "
     "worthy response.", [("Kremlin", "RU", "Statement")]),
])
def test_a_seat_after_a_locative_is_the_building(pipeline: Pipeline, text: str,
                                                  events: list[tuple[str, str, str]]) -> None:
    assert _events(pipeline, text) == events


def test_the_signatories_are_the_actors(pipeline: Pipeline) -> None:
    # "initialled" is a state's act as "signed" is: both countries are the deal's sides
    doc = pipeline("Armenia and Azerbaijan initialled a peace agreement at the White House on Friday.",
                   published="2025-08-09")
    sides = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in doc.events]
    assert sides == [("Armenian government", "Azerbaijani government")]


@pytest.mark.parametrize(("text", "events"), [
    # a country's own council meets at home, not at the UN in New York
    ("Speaking at a Security Council meeting in the Kremlin on Monday, the president said the offensive "
     "would go on.", [("Kremlin", "RU", "Statement")]),
    ("Iran's Supreme National Security Council met on Sunday to weigh a response.", []),
    # near misses: the UN's council, named bare or with the UN
    ("The Security Council met on Friday to discuss the war in Sudan.",
     [("New York City", "US", "Meeting/talks")]),
    ("An emergency Security Council meeting was held on Friday on the fighting in Sudan.",
     [("New York City", "US", "Meeting/talks")]),
])
def test_a_national_security_council_is_not_the_un(pipeline: Pipeline, text: str,
                                                     events: list[tuple[str, str, str]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text", [
    # the government speaking: an actor, no place and no event
    "The White House said on Monday it would send more air defence systems.",
    "The Kremlin said on Tuesday that talks on a ceasefire would take time.",
    # possessed: the government's view, not a place
    "In the Kremlin's view, the talks had failed before they began.",
])
def test_a_seat_elsewhere_is_no_place(pipeline: Pipeline, text: str) -> None:
    assert _places(pipeline, text) == []


def test_the_building_is_never_casablanca(pipeline: Pipeline) -> None:
    doc = pipeline("Envoys gathered at the White House on Friday for the signing.", published="2025-08-09")
    assert [(m.place.name, m.place.country_code, m.place.kind) for m in doc.mentions if m.place] == \
        [("White House", "US", "facility")]


def test_the_look_back_is_bounded(pipeline: Pipeline) -> None:
    # 100 KB of seat names after prepositions and before possessives: each reads a fixed window before it,
    # so doubling the text doubles the work.
    def text(n: int) -> str:
        return "at the White House in the Kremlin's at the the the Pentagon " * n
    t0 = time.process_time()
    pipeline(text(1700), published="2025-08-09")
    assert time.process_time() - t0 < 5.0
    assert growth(parsing(pipeline, text), 850) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # a military command named after a region is the command (an actor), never the town Central in the US
    ("A US warship shot down two Houthi anti-ship missiles over the Gulf of Aden on Thursday, Central "
     "Command said.", [("Gulf of Aden", "", "Disrupted weapons use")]),
    # near miss: a province whose name opens on the same word is a place
    ("Clashes erupted in Central Equatoria on Monday between the army and rebels.",
     [("Central Equatoria", "SS", "Armed clash")]),
])
def test_a_command_is_no_place(pipeline: Pipeline, text: str, events: list[tuple[str, str, str]]) -> None:
    assert _events(pipeline, text) == events
