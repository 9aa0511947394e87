"""Session 46, helper types58: type and sub-type misses, for the classes training/events/types57.jsonl
carries. Every sentence is our own.

- a weapon that downs a manned craft, told in the active voice: "a drone downed a police helicopter", "a drone
  attack downed ...", "a rebel drone shot down a military transport plane" is the weapon's strike (Air/drone
  strike), no weapon stopped (triggers._WEAPON_BEFORE_DOWNING before the verb, triggers._CRAFT_AFTER_DOWNING
  after it; the passive "was downed by a drone" was sides49's). Near misses that stay Disrupted weapons use:
  "air defences downed a drone over X" (no weapon before the verb), "a Houthi missile downs a US Reaper drone"
  (the object is a drone: a weapon stopped, the guide).

Tried and dropped (lost blind rows): the debris of a downed weapon ("debris from a downed drone set fire to
...") read as the weapon's strike; the corpus codes it both ways (a gold question, see the guide's row).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _CRAFT_AFTER_DOWNING, _WEAPON_BEFORE_DOWNING
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "fatalities", published=PUBLISHED)


DOWNED_CRAFT = [
    ("A drone downed an army helicopter near Kidal on Tuesday, killing its three crew, officials said.",
     [("Kidal", "Air/drone strike", 3)]),
    ("An insurgent drone attack shot down a police helicopter outside Tame on Tuesday, killing four "
     "officers.",
     [("Tame", "Air/drone strike", 4)]),
    ("Militia drones brought down a government cargo plane near Kismayo on Tuesday.",
     [("Kismayo", "Air/drone strike", None)]),
]


@pytest.mark.parametrize(("text", "want"), DOWNED_CRAFT)
def test_a_weapon_that_downs_a_manned_craft_struck_it(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR_MISSES = [
    ("Air defences downed a drone over Kherson on Tuesday, the governor said.",
     [("Kherson", "Disrupted weapons use", None)]),
    ("Houthi missile downs US Reaper drone over Marib", [("Ma'rib", "Disrupted weapons use", None)]),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_a_stopped_weapon_stays_disrupted_weapons_use(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert [(n, s) for n, s, _ in coded(either, text)] == [(n, s) for n, s, _ in want]


@pytest.mark.parametrize("unit", [
    "drone drones strike attacks " * 3,
    "downed a b c d helicopter " * 3,
    "a " + "x" * 29 + " ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_WEAPON_BEFORE_DOWNING, _CRAFT_AFTER_DOWNING):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_downings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A drone downed an army helicopter near Kidal. Air defences downed a drone over Kherson. "
            "A drone attack shot down a police plane near Tame. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
