"""Session 46, helper heads57: headlines and single sentences, for the classes of the blind files' train
misses that training/events/headlines56.jsonl carries. Every sentence is our own.

- a headline's present "shoot(s)" / "wound(s)" after an armed subject or fire ("Soldiers shoot trader in X",
  "Army fire wounds shepherd near Y"): a violent act (triggers.py GENERIC, subjects in
  triggers._SHOOT_WOUND_SUBJECTS: the armed men of _STORMERS and fire, gunfire, sniper(s), settlers, guards);
  near misses: "shoot down" a drone or a bill, "shoots past" a keeper, an order or a denial ("ordered to
  shoot", "deny shooting") give no attack;
- a burning told before a headline's break (";", "|") that comes before every violent trigger is a report of
  its own when the part after the break names a place of its own ("Settlers torch barns in X; troops shoot
  farmer in nearby Y": triggers._break_before_own_place, _OWN_PLACE_AFTER_BREAK, read in ``clauses``); the
  near miss: "...; Palestinian farmer shot and wounded" (no place after the break) stays one attack at the
  burning's place;
  (the burning's actor2 is still read across the break, "Troops torch market stalls in X; PDF fighters
  ambush convoy near Y" gives the burning PDF as actor2: a target not read across a break was tried and
  dropped, it lost 10 other items' actor2);
- a porter, a shepherd and an aid worker are civilians (triggers._CIVILIANS).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _OWN_PLACE_AFTER_BREAK, _RULE_RE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- present-tense shoot / wound headlines ------------------------------------------------------------------

SHOOT = [
    ("Soldiers shoot cattle trader in Gulu", [("Gulu", "Attack", "Ugandan forces", "civilians")]),
    ("Militants wound two shepherds near Zhob", [("Zhob", "Attack", "militants", "civilians")]),
    ("Army fire wounds farmer near Tubas", [("Ţūbās", "Attack", "Israeli forces", "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), SHOOT)
def test_a_present_shooting_after_armed_men(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_shoot_down_stays_an_interception(either: Pipeline) -> None:
    assert coded(either, "Troops shoot down drone over Gulu") == [
        ("Gulu", "Disrupted weapons use", "Ugandan forces", None)]


@pytest.mark.parametrize("text", [
    "Lawmakers shoot down curfew bill in Gulu",
    "Police ordered to shoot looters on sight in Gulu",
    "Police deny shooting student in Gulu",
    "Striker shoots Vipers past Express in Gulu",
])
def test_no_event_without_a_shooting(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


# -- a burning before a headline's break ---------------------------------------------------------------------

def test_a_burning_before_a_break_is_its_own_report(either: Pipeline) -> None:
    got = coded(either, "Gangs torch shops in Gonaives; gunmen shoot two vendors in Saint-Marc")
    # (actor2 of the burning is the next report's subject: a known miss, see the docstring)
    assert [row[:3] for row in got] == [("Saint-Marc", "Attack", "unidentified gunmen"),
                                        ("Gonaïves", "Looting/property destruction", "gangs")]


def test_a_burning_before_a_break_beside_a_clash(either: Pipeline) -> None:
    got = coded(either, "Troops torch market stalls in Kalay; PDF fighters ambush convoy near Gangaw")
    # (actor2 of the burning is the next report's subject: a known miss, see the docstring)
    assert [row[:3] for row in got] == [("Gangaw", "Armed clash", "PDF"),
                                        ("Kalemyo", "Looting/property destruction", "Myanmar forces")]


def test_a_shooting_with_no_place_after_the_break_is_the_burnings(either: Pipeline) -> None:
    got = coded(either, "Settlers torch barns in Kafr Malik; Palestinian farmer shot and wounded")
    assert got == [("Kafr Mālik", "Attack", "settlers", "civilians")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "soldiers shoot " * 3 + "fire wounds ",
    "; in A B C D " * 2 + "| X Y Z: ",
    "Aa Bb Cc Dd Ee Ff " * 3,
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_OWN_PLACE_AFTER_BREAK, _RULE_RE):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_broken_headlines_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Settlers torch barns in Burin; troops shoot farmer in nearby Madama | Tubas: army fire wounds "
            "boy; gunmen shoot two vendors in Saint-Marc. Troops shoot down drone over Kidal. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
