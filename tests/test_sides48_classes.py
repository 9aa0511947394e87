"""Session 41 (round 2), helper sides48: actor1 as an analyst codes it, for the classes of the blind files'
train misses that training/events/actors47.jsonl carries. Every sentence is our own.

- a crowd's fight or attack "with sticks and iron bars", "armed with clubs", "with sticks and bricks" is a
  riot by ACLED's rules (Mob violence; actor1 "rioters", whatever the text calls the crowd: fans, supporters,
  loyalists), not an armed clash nor an attack on civilians; the near misses: the same act with machetes or
  guns beside the sticks, and gunmen with rifles, stay what they were.
"""

from __future__ import annotations

import re

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, trigger_scan_cpu, trigger_scan_growth

coded = reader_of("site", "sub_type", "actor1", "actor2", published="2025-07-13")


# A crowd's crude weapons: a riot (Mob violence), its crowd "rioters".
CRUDE = [
    ("Rival fans clash with sticks and stones outside Lima stadium, one dead",
     [("Lima", "Mob violence", "rioters", None)]),
    ("Supporters of a rival party attacked a student rally in Sylhet with sticks and bricks on Wednesday, "
     "injuring 20 people, police said.",
     [("Sylhet", "Mob violence", "rioters", None)]),
    ("A man was killed when rival Olimpia and Cerro supporters fought with sticks and iron bars in Asuncion "
     "on Sunday.",
     [("Asunción", "Mob violence", "rioters", None)]),
]


@pytest.mark.parametrize(("text", "want"), CRUDE)
def test_crude_weapons_make_a_riot(pipeline: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(pipeline, text) == want


@pytest.mark.parametrize(("text", "want"), CRUDE[:2])
def test_crude_weapons_make_a_riot_unfiltered(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


# Near misses: a militia's arms beside the sticks, and gunmen, keep the attack on civilians.
NEAR_MISSES = [
    ("Villagers armed with machetes and sticks attacked a neighbouring village in Bokkos, killing five "
     "people.",
     [("Bokkos", "Attack", None, "civilians")]),
    ("Gunmen armed with AK-47s attacked a village in Bokkos, killing five people.",
     [("Bokkos", "Attack", "unidentified gunmen", "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_armed_attacks_stay_attacks(pipeline: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(pipeline, text) == want


# The pattern as triggers.py builds it from its table (never from article text).
CRUDE_PATTERN = re.compile(r"\bwith " + triggers._CRUDE_WEAPONS + r"(?:,? and " + triggers._CRUDE_WEAPONS
                           + r")?\b(?!,? and (?!" + triggers._CRUDE_WEAPONS + r")\w)")


PATTERN_CASES = [("fought with sticks and iron bars", True), ("armed with clubs", True),
                 ("armed with sticks and machetes", False), ("hit with rockets", False)]


@pytest.mark.parametrize(("text", "hit"), PATTERN_CASES)
def test_crude_weapons_pattern(text: str, hit: bool) -> None:
    assert bool(CRUDE_PATTERN.search(text)) is hit


# 100 KB of the class's words, and near-matches that stop late: linear, well under a second each.
UNITS = ["fans fought with sticks and iron bars in town ", "with sticks and with stones and with ",
         "with with with sticks sticks and and ", "armed with clubs, and bricks, and machetes "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_pattern_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
