"""Session 46 round 2, helper heads58: headlines and single sentences, for the class of the blind files' train
misses that training/events/headlines57.jsonl carries. Every sentence is our own.

- a beating by armed men, forces, settlers or a militia's youths of people named after the verb ("Soldiers
  beat curfew breakers in X", "Militia beats traders in Y", "Police beat dozens of street vendors in Z"): an
  attack on them, whoever they are (triggers.py, the "Attack" rule; subjects in triggers._BEATERS: the
  armed men of _SHOOT_WOUND_SUBJECTS and youths; the people beaten: triggers._CIVILIANS and
  triggers._BEATEN_PEOPLE, at most three words after "beat(s)" or "beat(s) up");
  near misses: a defeat or an idiom ("Police beat Army 2-1", "beat the deadline", "beat back an assault",
  "beat a hasty retreat": no person after the verb) and a denial ("deny beating") give no attack; a mob's
  beating stays Mob violence (the riot rule, not this one).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _RULE_RE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


BEAT = [
    ("Soldiers beat taxi drivers in Gulu", [("Gulu", "Attack", "Ugandan forces", "civilians")]),
    ("Police beat lawyers outside court in Lahore", [("Lahore", "Attack", "police", "civilians")]),
    ("Militia beats fishermen in Kalemie", [("Kalemie", "Attack", "militia", "civilians")]),
    ("Border guards beat migrants near Nador", [("Nador", "Attack", "Moroccan forces", "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), BEAT)
def test_a_beating_by_armed_men_is_an_attack(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_past_beating_in_a_sentence(either: Pipeline) -> None:
    got = coded(either, "Police beat dozens of market women in Kumasi on Monday, witnesses said.")
    assert [row[:2] for row in got] == [("Kumasi", "Attack")]
    assert got[0][2:] == ("police", "civilians")


@pytest.mark.parametrize("text", [
    "Police beat Army 2-1 in Kumasi derby",
    "Police beat deadline to reopen Lahore roads",
    "Troops beat a hasty retreat from Gulu outskirts",
    "Police deny beating traders in Kumasi",
])
def test_no_attack_without_a_beating_of_people(either: Pipeline, text: str) -> None:
    assert [row for row in coded(either, text) if row[1] == "Attack"] == []


def test_a_mobs_beating_stays_mob_violence(either: Pipeline) -> None:
    got = coded(either, "Mob beats suspected thief to death in Kumasi")
    assert [row[:2] for row in got] == [("Kumasi", "Mob violence")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "soldiers beat " * 3 + "police beats up ",
    "police beat a b c d e f g " * 2,
    "youths beat curfew curfew breakers " * 2,
])
def test_the_new_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_RULE_RE, text) < 3.0


def test_many_beatings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Soldiers beat taxi drivers in Gulu. Police beat Army 2-1 in Kumasi derby. Militia beats "
            "fishermen in Kalemie; border guards beat migrants near Nador. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
