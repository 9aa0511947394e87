"""Session 50 round 1, helper types64: the types of protests met by force and of weapons used at or near a
crowd, for the classes training/events/types63.jsonl carries. Every sentence is our own.

- Crowd control's grenades (triggers._RULES, "Grenade" and "Peaceful protest"; triggers._INTERVENTION): "stun
  grenades", "sound grenades" and "flash-bangs" fired at a crowd are the forces' intervention (Protests /
  Protest with intervention, actor1 protesters, actor2 the force), not a Grenade attack; the plural is a
  demonstration trigger of its own, so "Police fire stun grenades at students in X" codes the protest.
  Near misses that must not change: a real grenade ("Militants threw a grenade at a police post in X":
  Grenade); a single stun grenade dropped by a drone ("An Israeli drone dropped a stun grenade near farmers
  in X": the drone's Air/drone strike).
- The forces' fire on a crowd of marchers (triggers._FIRED_ON_CROWD, read also where the sentence has a
  demonstration word of its own): "Police opened fire on a crowd of peaceful marchers in X, killing two" and
  "Troops fire on X march, killing three" are Excessive force against protesters (actor2 protesters), not an
  attack on civilians; the crowd the forces fired on is no target of another act (the demonstration filter's
  `fired_on`). actors._code_actors: Excessive force's actor2 read as "rioters" (a crowd) is "protesters".
  Near misses that must not change: gunmen's fire on a crowd of worshippers (Attack); the month ("Soldiers
  opened fire on villagers in X in March": no protest).
- A blast through, into or among a rally or crowd (triggers._AT_BARE): "Two explosions tore through an
  election rally in X", "A grenade thrown into a crowd of demonstrators in X", "A bomb exploded among
  marchers in X" are the explosive's sub-type, not force against protesters (up to three words between the
  preposition and the crowd's noun; "near the parking area of a political rally" is left as it was, see
  types63.jsonl's row).
  Near miss that must not change: a rally against a past bombing ("Protesters rallied in X against the
  bombing of a school": Peaceful protest).
- Tear gas dropped by drones on troops (triggers._RULES, "Chemical weapon"): also with the munition's noun
  left out ("Russian drones drop tear gas on trenches near X") or first ("dropped grenades filled with tear
  gas on Ukrainian positions near X"): Chemical weapon.
  Near miss that must not change: police drones' tear gas on marching farmers (no chemical weapon).
"""

from __future__ import annotations

import re

import pytest

from mapper.events.triggers import _AT_BARE, _FIRED_ON_CROWD, _INTERVENTION, _RULES
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-07-09"  # a Wednesday

coded = reader_of("site", "sub_type", published=PUBLISHED)
sides = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

_PWI = "Protest with intervention"
_EXCESSIVE = "Excessive force against protesters"


STUN_GRENADES = [
    ("Riot police fired stun grenades at teachers marching on parliament in Kampala on Monday.",
     [("Kampala", _PWI, "protesters", "police")]),
    ("Police fired tear gas and stun grenades at students in Dhaka on Monday.",
     [("Dhaka", _PWI, "protesters", "police")]),
]


@pytest.mark.parametrize(("text", "want"), STUN_GRENADES)
def test_stun_grenades_at_a_crowd_are_an_intervention(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert sides(either, text) == want


GRENADE_NEAR_MISSES = [
    ("Militants threw a grenade at a police post in Bannu on Monday.", [("Bannu", "Grenade")]),
    ("An Israeli drone dropped a stun grenade near farmers in Kfar Kila on Monday.",
     [("Kfar Kila", "Air/drone strike")]),
]


@pytest.mark.parametrize(("text", "want"), GRENADE_NEAR_MISSES)
def test_real_grenades_and_a_dropped_stun_grenade_stay(either: Pipeline, text: str,
                                                        want: list[tuple]) -> None:
    assert coded(either, text) == want


FIRED_ON_MARCHERS = [
    ("Police opened fire on a crowd of peaceful marchers in Blantyre on Tuesday, killing two people.",
     [("Blantyre", _EXCESSIVE, "police", "protesters")]),
    ("Troops fire on Bamako march, killing three", [("Bamako", _EXCESSIVE, None, "protesters")]),
]


@pytest.mark.parametrize(("text", "want"), FIRED_ON_MARCHERS)
def test_forces_firing_on_marchers_is_excessive_force(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert sides(either, text) == want


def test_gunmen_firing_on_worshippers_stays_an_attack(either: Pipeline) -> None:
    assert coded(either, "Gunmen opened fire on a crowd of worshippers in Kaduna on Friday, killing four.") \
        == [("Kaduna", "Attack")]


def test_the_month_is_no_march(either: Pipeline) -> None:
    rows = coded(either, "Soldiers opened fire on villagers in Kidal in March, killing four.")
    assert all(sub != _EXCESSIVE for _, sub in rows)


BLASTS_AT_RALLIES = [
    ("Two explosions tore through an election rally in Kandahar on Sunday, killing seven.",
     [("Kandahār", "Remote explosive/landmine/IED")]),
    ("A grenade thrown into a crowd of demonstrators in Kinshasa on Friday wounded nine people.",
     [("Kinshasa", "Grenade")]),
    ("A bomb exploded among marchers in Peshawar on Monday, killing five.",
     [("Peshawar", "Remote explosive/landmine/IED")]),
    ("Protesters rallied in Kandahar on Monday against the bombing of a school.",
     [("Kandahār", "Peaceful protest")]),
]


@pytest.mark.parametrize(("text", "want"), BLASTS_AT_RALLIES)
def test_a_blast_at_a_rally_is_the_blast(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


TEAR_GAS_DROPPED = [
    ("Russian drones drop tear gas on trenches near Lyman", [("Lyman", "Chemical weapon")]),
    ("Russian drones dropped grenades filled with tear gas on Ukrainian positions near Kurakhove on Monday.",
     [("Kurakhove", "Chemical weapon")]),
]


@pytest.mark.parametrize(("text", "want"), TEAR_GAS_DROPPED)
def test_tear_gas_dropped_on_troops_is_a_chemical_weapon(either: Pipeline, text: str,
                                                          want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_police_drones_tear_gas_on_farmers_is_no_chemical_weapon(either: Pipeline) -> None:
    rows = coded(either, "Police drones dropped tear gas shells on farmers marching toward Ambala on "
                         "Thursday.")
    assert all(sub != "Chemical weapon" for _, sub in rows)


# -- 100 KB bounds ------------------------------------------------------------------------------------------

_RULE_OF = dict(_RULES)


@pytest.mark.parametrize("unit", [
    "drop drop tear gas tear gas grenades filled with on on ",
    "dropped a b grenades filled with tear gas on a b ",
    "police opened fire on a crowd of crowds of a b c in march ",
    "near the a b of of a b c at through into among ",
    "stun grenades sound grenades flash-bangs flashbangs ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    patterns = [re.compile(r"(?<!\w)(?:" + _RULE_OF[sub] + ")")
                for sub in ("Chemical weapon", "Grenade", "Peaceful protest")]
    for pattern in (*patterns, _FIRED_ON_CROWD, _AT_BARE, _INTERVENTION):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_protests_and_blasts_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Police opened fire on a crowd of peaceful marchers in Blantyre, killing two people. Riot police "
            "fired stun grenades at teachers in Kampala. Two explosions tore through an election rally in "
            "Kandahar. Russian drones dropped grenades filled with tear gas on Ukrainian positions near "
            "Lyman. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
