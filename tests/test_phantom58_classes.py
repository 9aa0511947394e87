"""Session 46 round 2, helper phantom58: phantoms and spurious events, for the classes of the blind files'
train misses that training/events/noevent57.jsonl carries. Every sentence is our own.

- a weapons haul told in a sentence beside another act, by another side ("killed three farmers near X, and
  soldiers later recovered two rifles in Y", "; army recovers weapons in Y") is no act of its own: in
  triggers.clauses, when the sentence already has a violent clause, a seizure's Disrupted weapons use trigger
  (triggers._SEIZURE at its start) with no "cache" within `_HAUL_CACHE_CHARS` after its end and no "and" or
  comma right before it (`_HAUL_OF_THE_ACT`) is dropped from the strategic acts (the trigger itself stays
  found, so the weapons it names are no grenade, strike or shelling of the act). Its place is context (the
  trigger is told as unreal, as a cause's killing is) only when the sentence names a place of its own before
  it (`_OWN_PLACE_AFTER_BREAK`, read once per sentence); otherwise the haul's place is the act's site.
  Near misses: the act's own side seizing after its verb's "and" ("killing four officers and seizing
  rifles") is read as before; a haul alone in its sentence stays Disrupted weapons use; a named cache beside
  an act stays an act of its own.

`_HAUL_OF_THE_ACT` is the one new regex (bounded, anchored at the end of a 20-character window); the 100 KB
bounds below read it, `_SEIZURE` and `_OWN_PLACE_AFTER_BREAK` over a whole text; many hauls parse linearly."""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import (
    GROWTH,
    clauses_cpu,
    hundred_kb,
    pattern_cpu,
    repeated_parse_growth,
)

PUBLISHED = "2025-10-15"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", "fatalities", published=PUBLISHED)


# -- a haul beside an act is no act of its own -------------------------------------------------------------

def test_a_later_haul_in_another_town_is_context(either: Pipeline) -> None:
    text = ("Gunmen shot dead three herders in Gusau on Tuesday, and soldiers later seized four rifles and "
            "ammunition at a roadblock outside Tsafe, police said.")
    assert [row[:2] for row in coded(either, text)] == [("Gusau", "Attack")]
    assert roles_of(either, text) == [("Gusau", "event_site"), ("Tsafe", "context")]


def test_a_haul_after_a_shelling_keeps_the_shelling(unfiltered: Pipeline) -> None:
    text = ("Rebels shelled a market in Kalehe on Tuesday, killing two traders, while soldiers confiscated "
            "rifles and ammunition at a checkpoint in Minova.")
    assert [row[:2] for row in coded(unfiltered, text)] == [("Kalehe", "Shelling/artillery/missile attack")]
    assert roles_of(unfiltered, text) == [("Kalehe", "event_site"), ("Minova", "context")]


def test_a_haul_with_no_place_before_it_lends_its_place_to_the_act(unfiltered: Pipeline) -> None:
    text = ("Police shot dead three suspected robbers in a gunfight and recovered two pistols in Owo on "
            "Tuesday, a spokesman said.")
    assert [row[:2] for row in coded(unfiltered, text)] == [("Owo", "Armed clash")]


# -- the near misses ---------------------------------------------------------------------------------------

NEAR = [
    # the act's own side seizing, after the act's "and": read as before (a claim's count and its actor)
    ("Militants stormed a police post in Tank on Tuesday, killing four officers and seizing rifles.",
     [("Tank", "Armed clash")]),
    # a haul alone in its sentence stays what it was
    ("Soldiers recovered five rifles and two grenades near Damasak on Tuesday, the army said.",
     [("Damasak", "Disrupted weapons use")]),
    # a named cache is still an act of its own
    ("Gunmen killed two farmers in Gwoza on Tuesday. Troops later uncovered a weapons cache near Pulka.",
     [("Gwoza", "Attack"), ("Pulka", "Disrupted weapons use")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR)
def test_a_haul_alone_or_a_cache_is_unchanged(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert [row[:2] for row in coded(unfiltered, text)] == want


# -- linear time -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "in a b c recovered rifles ",
    "Gunmen killed two in x and later recovered rifles near y; ",
    "and , " * 5 + "then also later   ",
])
def test_the_read_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(triggers._OWN_PLACE_AFTER_BREAK, text) < 3.0
    assert pattern_cpu(triggers._SEIZURE, text) < 3.0
    assert pattern_cpu(triggers._HAUL_OF_THE_ACT, text) < 3.0
    assert clauses_cpu(unit) < 3.0


def test_many_hauls_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Gunmen shot dead three herders in Gusau on Tuesday, and soldiers later seized four rifles "
            "outside Tsafe. Police shot dead two robbers and recovered pistols in Owo. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
