"""Session 32, helper types38: event type, sub-type and fatalities of matched events (the gold file
training/events/types37.jsonl was written for these classes before tuning).

- Interceptions with the harm denied: "shot down 11 drones ... without giving details of any damage",
  "destroyed nine drones, with no casualties reported" are Disrupted weapons use alone (a denied impact word
  tells no hit); a hit the text tells ("debris damaged two houses") keeps the strike.
- A civilian convoy ambushed: "ambushed a civilian convoy", "an aid convoy" is an attack on civilians (a
  convoy is an armed target only when the text does not say whose it is).
- Civil servants by their office ("a local council official", "an election official") are civilians.
- Casualty nouns: "a passerby", "a shop owner" are people counted.
- Ground handed over or taken unresisted: "took back control of X after the group handed it over", "walked
  into X, meeting no resistance" are Non-violent transfer of territory; a bare withdrawal ("seized X after
  the army withdrew") is unchanged (the corpus codes it both ways), and fighting in the sentence keeps the
  battle.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.casualties import casualties
from mapper.events.triggers import clauses
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, growth

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def subs(sentence: str) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence)]


coded = reader_of("sub_type", "site", "fatalities", published=PUBLISHED)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Air defences destroyed 14 drones over Kursk overnight, the ministry said, with no casualties reported.",
     ["Disrupted weapons use", "Statement"]),
    ("The ministry said 20 drones had been shot down over Voronezh without giving details of any damage.",
     ["Disrupted weapons use", "Statement"]),
    ("Patriot batteries intercepted two missiles over Lviv, causing no injuries.",
     ["Disrupted weapons use"]),
    # the near misses: a hit the text tells, or one it only does not mention, keeps the strike
    ("Air defences shot down 20 drones over Kyiv, but debris damaged two houses.",
     ["Air/drone strike", "Disrupted weapons use"]),
    ("Air defences shot down 20 drones over Kyiv, but one hit a house and killed a man.",
     ["Air/drone strike", "Disrupted weapons use"]),
    ("The governor said 30 drones had been shot down over the region but did not mention damage.",
     ["Air/drone strike", "Disrupted weapons use", "Statement"]),
])
def test_an_interception_whose_harm_is_denied_is_no_strike(sentence: str, expected: list[str]) -> None:
    assert subs(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen ambushed a civilian convoy near Kaya on Friday, killing nine passengers.",
     [("Attack", "Kaya", 9)]),
    ("Militants ambushed an aid convoy outside Gao on Friday, killing two drivers.",
     [("Attack", "Gao", 2)]),
    # near misses: a convoy whose owner is not said, or an army one, is an armed target
    ("Militants ambushed a convoy outside Gao on Friday, killing two soldiers.",
     [("Armed clash", "Gao", 2)]),
    ("Jihadists ambushed an army convoy near Kaya on Friday, killing nine soldiers.",
     [("Armed clash", "Kaya", 9)]),
])
def test_a_civilian_convoy_ambushed_is_an_attack(pipeline: Pipeline, text: str,
                                                 expected: list[tuple[str, str, int | None]]) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot dead a local council official in Kirkuk on Sunday.", [("Attack", "Kirkuk", 1)]),
    ("Unknown attackers killed an election official in Kandahar on Sunday.", [("Attack", "Kandahār", 1)]),
    # near miss: officials as the report's source name no victims
    ("Gunmen shot dead two policemen in Kirkuk on Sunday, local officials said.",
     [("Armed clash", "Kirkuk", 2)]),
])
def test_civil_servants_by_their_office_are_civilians(pipeline: Pipeline, text: str,
                                                      expected: list[tuple[str, str, int | None]]) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A drone struck a car near Sidon, killing a commander and a passerby.", (2, None)),
    ("A soldier and a passer-by were killed when a bomb went off in Quetta.", (2, None)),
    ("Gunmen shot dead a shop owner in Mosul and wounded his son.", (1, 1)),
    ("A bystander was killed in the crossfire.", (1, None)),
    # near miss: an owner who was not harmed
    ("Police said the owner of the shop had fled before the attack.", (None, None)),
])
def test_passers_by_and_owners_are_counted(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Government troops took back control of Kalaw on Monday after the rebels handed it over under a deal.",
     ["Non-violent transfer of territory"]),
    ("M23 rebels rolled into Uvira on Sunday, facing no resistance, residents said.",
     ["Non-violent transfer of territory", "Statement"]),
    # near misses: a bare withdrawal is left as it was, fighting keeps the battle
    ("Rebels seized Uvira on Sunday after the army withdrew.",
     ["Non-state actor overtakes territory", "Non-violent transfer of territory"]),
    ("Rebels seized Uvira after heavy clashes, facing no resistance in the centre.",
     ["Non-state actor overtakes territory"]),
])
def test_ground_handed_over_or_unresisted_is_a_transfer(sentence: str, expected: list[str]) -> None:
    assert subs(sentence) == expected


@pytest.mark.parametrize("unit", [
    # the denied-impact window: negations and words before impact words, never closed
    "no without no big old damage hit no no casualties without the a ",
    # the handover and no-resistance windows after a taking
    "rebels seized the town after the the a a the handed it meeting no no after as once handed ",
    # convoy look-behinds and the officials' offices
    "civilian aid convoy relief wedding convoy council government official officials election ",
])
def test_the_new_patterns_are_linear_on_100_kb(unit: str) -> None:
    """100 KB of near misses of each new pattern: clauses() does about twice the work on twice the text."""
    read: Callable[[int], Callable[[], object]] = lambda n: lambda: clauses(unit * n)  # noqa: E731
    assert growth(read, 1100) < GROWTH  # 2 x 1100 units: about 100 KB
