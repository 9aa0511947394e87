"""Session 42, helper sides49: actor1 in long wire, for the classes of the blind files' train misses that
training/events/wire48.jsonl carries. Every sentence is our own.

- a force named in (or carried by) the subject of a passive "was hit/brought down by ..." was struck, it did
  not act ("a police Black Hawk helicopter escorting eradication teams near X was brought down by a drone",
  "a helicopter carrying police officers was hit by a drone", "An army truck was hit by a roadside bomb"):
  actor2, and actor1 is left for a later sentence's claim or blame;
- a manned craft downed "by" a weapon ("a police helicopter was downed by a drone") is that weapon's strike,
  not an interception (the guide's disrupted weapons use is of drones and missiles shot down);
- an attack repelled with no attacker named ("Troops repelled an attack on a military base in X, killing 17
  insurgents") was theirs whom the repelling killed (the story's group when it names one), not the
  repellers'.
The near misses: an active subject before a passive of another clause ("Russian forces shelled X and a
hospital was hit by a missile"), a drone downed by air defences, an attack repelled "by" a named group, and
a repelled attack whose toll counts soldiers.
"""

from __future__ import annotations

import pytest

from mapper.events import actors, triggers
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import (
    GROWTH,
    hundred_kb,
    pattern_cpu,
    trigger_scan_cpu,
    trigger_scan_growth,
    window_readers_cpu,
)

coded = reader_of("site", "sub_type", "actor1", "actor2", published="2025-07-13")


# A force in the passive's subject: struck, not the agent; a later claim names the agent.
PASSIVE = [
    ("A Nigerian air force helicopter ferrying troops to a base near Damboa was brought down by a drone on "
     "Friday, killing four crew members, the military said.",
     [("Damboa", "Air/drone strike", None, "Nigerian forces")]),
    ("An army truck was hit by a roadside bomb near Jowhar on Monday, killing three soldiers.",
     [("Jawhar", "Remote explosive/landmine/IED", None, "Somali forces")]),
    ("Hours earlier, a helicopter carrying police officers on a patrol was hit by an explosives-laden drone "
     "near Tumaco.",
     [("Tumaco", "Air/drone strike", None, "police")]),
    ("A police helicopter escorting an eradication team near Tumaco was brought down by a drone on Tuesday, "
     "killing eight officers, the defence ministry said. The ELN claimed the attack.",
     [("Tumaco", "Air/drone strike", "ELN", "police")]),
]


# An attack repelled with no attacker named: theirs whom the repelling killed.
REPELLED = [
    ("Soldiers repelled an attack on an army base in Gajiram on Sunday, killing 12 insurgents, the army "
     "said. ISWAP has stepped up raids on bases in Borno this year.",
     [("Gajiram", "Armed clash", "ISWAP", "Nigerian forces")]),
    ("Somali troops repulsed an attack on a military base outside Baidoa on Friday, killing 20 militants, "
     "the defence ministry said. Al-Shabaab said its fighters had killed 11 soldiers.",
     [("Baidoa", "Armed clash", "al-Shabaab", "Somali forces")]),
]


# Near misses that must not change.
NEAR_MISSES = [
    ("Russian forces shelled Kupiansk on Sunday and a hospital was hit by a missile, the governor said.",
     [("Kupyansk", "Shelling/artillery/missile attack", "Russian forces", None)]),
    ("A Russian drone was downed by air defences over Belgorod on Saturday.",
     [("Belgorod", "Disrupted weapons use", "Russian forces", None)]),
    ("Troops repelled an attack by Boko Haram on a base near Bama on Sunday, killing 10 fighters.",
     [("Bama", "Armed clash", "Boko Haram", "Nigerian forces")]),
    ("Soldiers repelled an attack on their base near Tillaberi on Sunday, losing two soldiers.",
     [("Tillabéri", "Armed clash", None, "Nigerien forces")]),
]


@pytest.mark.parametrize(("text", "want"), PASSIVE + REPELLED + NEAR_MISSES)
def test_the_classes_with_the_filter_and_without(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_the_struck_side_at_the_sentence_level() -> None:
    sentence = ("Earlier on Thursday, a police Black Hawk helicopter escorting coca eradication teams near "
                "Amalfi, in Antioquia department, was brought down by a drone attack, killing 13 officers.")
    phrases = actors.find_actors(sentence, 0, [], [])
    start = sentence.index("drone attack")
    agent, target = actors.sides(phrases, start, start + len("drone attack"), sentence)
    assert agent is None and target is not None and target.name == "police" and target.struck


def test_a_craft_downed_by_a_drone_is_no_interception() -> None:
    def subs(sentence: str) -> list[str]:
        return [c.sub_event_type for c in triggers.clauses(sentence)]
    assert subs("A police helicopter was downed by a drone near Tumaco.") == ["Air/drone strike"]
    assert subs("A Russian drone was downed by air defences over Kursk.") == ["Disrupted weapons use"]


# 100 KB of the classes' words, and near-matches that stop late: linear, well under a second each.
UNITS = ["a police helicopter escorting a team near Tumaco was brought down by a drone, ",
         "helicopter was downed by helicopter was shot down by a drone ",
         "army truck carrying carrying carrying troops, near near Jowhar, was was hit by ",
         "repelled an attack on a base, killing killing 12 insurgents "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_trigger_scan_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_the_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_patterns_on_100_kb_are_fast(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (actors._PASSIVE_STRUCK, actors._PASSIVE_OPENER, actors._KILLING_BEFORE,
                    triggers._CRAFT_DOWNED, triggers._DOWNED_BY):
        assert pattern_cpu(pattern, text) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_the_passive_readers_read_a_bounded_window(unit: str) -> None:
    assert window_readers_cpu(unit, lambda text, at: actors._passive_struck(text, at, at + 60)) < 3.0
    assert window_readers_cpu(unit, lambda text, at: actors._passive_target(text, at, at + 10, at + 60)) < 3.0
