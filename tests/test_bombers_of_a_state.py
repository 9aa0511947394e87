"""A state's bombers named by the state or force that flies them ("US bombers struck X", "Russian bombers hit
X") are an air strike by that state's forces, as its warplanes are (the guide: aircraft and their bombs are an
Air/drone strike). Every sentence is our own.

- triggers._RULES (Air/drone strike): "bombers" after a state's adjective (US, American, Israeli, Russian,
  Ukrainian, Saudi, ...) or a state force's word (coalition, military, army, air force, government, junta,
  regime, enemy), beside the bombers named by model or kind (B-2, Tu-22, strategic, stealth). Not before a
  launch ("Russian bombers launched cruise missiles at X": the missiles, a missile attack).
- The actor table (mapper/data/actors.json, the class "forces" of weapons and aircraft): "bombers" names the
  forces of the state before it ("Israeli bombers": Israeli forces), as "warplanes" does.
- actors._MOD: "Suicide" at a sentence's start is not a modifier of "bombers" (the table's "suicide bombers",
  an armed group's act, keeps its reading).

Near misses that must not change: bombers with no state ("Bombers struck a market in X, killing 12": an
attack on civilians by no named actor); suicide bombers, in any case; a group's bombers ("Boko Haram bombers":
the group's attack).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _PHRASE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth, trigger_scan_cpu

coded = reader_of("site", "sub_type", "actor1", "actor2", published="2025-06-23")

_AIR = "Air/drone strike"


@pytest.mark.parametrize("text, expected", [
    ("US bombers struck Natanz overnight.", [("Naţanz", _AIR, "US forces", None)]),
    ("Russian bombers hit Kharkiv overnight, regional officials said.",
     [("Kharkiv", _AIR, "Russian forces", None)]),
    ("Israeli bombers struck Isfahan on Sunday.", [("Isfahan", _AIR, "Israeli forces", None)]),
    ("Sudanese army bombers pounded Nyala on Tuesday.", [("Nyala", _AIR, "Sudanese forces", None)]),
])
def test_a_states_bombers_strike_from_the_air(unfiltered: Pipeline, text: str, expected: list) -> None:
    assert coded(unfiltered, text) == expected


@pytest.mark.parametrize("text, expected", [
    # no state: the attack of no named actor on the market's people
    ("Bombers struck a market in Maiduguri, killing 12.", [("Maiduguri", "Attack", None, "civilians")]),
    ("Suicide bombers struck a market in Maiduguri, killing 12.",
     [("Maiduguri", "Suicide bomb", "unidentified gunmen", "civilians")]),
    ("Suicide Bombers Kill 12 In Maiduguri Market", [("Maiduguri", "Suicide bomb", "unidentified gunmen",
                                                      "civilians")]),
    ("Boko Haram bombers struck a market in Maiduguri, killing 12.",
     [("Maiduguri", "Attack", "Boko Haram", "civilians")]),
    # the bombers' missiles: a missile attack, as before
    ("Russian bombers launched cruise missiles at Lviv overnight.",
     [("Lviv", "Shelling/artillery/missile attack", "Russian forces", None)]),
])
def test_bombers_with_no_state_keep_their_reading(unfiltered: Pipeline, text: str, expected: list) -> None:
    assert coded(unfiltered, text) == expected


@pytest.mark.parametrize("unit", ["US bombers ", "Suicide bombers Suicide ", "Suicide Suicide-x-y bombers "])
def test_the_bombers_patterns_are_linear_on_100_kb(unit: str) -> None:
    assert pattern_cpu(_PHRASE, hundred_kb(unit)) < 3.0
    assert trigger_scan_cpu(unit) < 3.0


def test_many_bombers_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("US bombers struck Natanz overnight. Suicide bombers struck a market in Maiduguri. Russian "
            "bombers hit Kharkiv. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
