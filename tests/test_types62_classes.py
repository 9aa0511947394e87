"""Session 49, helper types62: types and tolls of violent events, for the classes
training/events/types61.jsonl carries. Every sentence is our own.

- "martyring N": Pakistan's press tells the dead of an attack on soldiers or police by the participle
  ("attacked a police post ..., martyring four constables"): casualties._KILL_VERBS reads "martyring" beside
  "martyred", so the figure is the event's fatalities.
  Near miss that must not change: "martyred" (already read).
- An unplaced remote strike on the attackers after a generic attack its victims typed ("Militants attacked a
  police station in X, killing three policemen. Helicopter gunships later struck the fleeing attackers"):
  coder._other_side_strike keeps the strike out of the attack's incident (its sentence places nothing, so it
  codes nothing), so the attack keeps its sub-type and its own figure (not both summed). The strike's target
  is read by coder._ON_THE_ATTACKERS ("the (fleeing) attackers / assailants ...", "as they withdrew").
  Near miss that must not change: a strike that names no attackers as its target ("Russian forces attacked
  Kherson, killing two civilians. Drones later hit a market": the attack's means, the air strike).
- A ground assault that used drones among its arms ("attacked a military base ... with drones and machine
  guns", "hitting it with explosive-laden drones before storming it"): triggers._armed_assault (with
  triggers._ASSAULT_ARMS_AFTER) reads the weapon as one of the assault's means, so the act is typed by its
  victims (soldiers: Armed clash; villagers: Attack).
  Near misses that must not change: drones alone ("attacked a military base ... with drones": the air
  strike); strikes beside gunfire with no assault verb ("drone strikes and gunfire killed 10": a strike).
- A participle that says which troops ("Ethiopian troops deployed alongside Somali forces shelled ..."):
  triggers.clauses drops the deployment (triggers._DEPLOYED_FORCES) when an act follows, so the shelling is
  the event.
  Near miss that must not change: a deployment told ("Kenyan troops were deployed to Kismayo": Other).
- The act's own side's haul after a place the act names ("Soldiers killed six gunmen near X and recovered
  rifles"): no act of its own (triggers.clauses, the haul beside an act, with triggers._PLACED_BEFORE_HAUL),
  so the killing is the event at X with its figure.
  Near misses that must not change: a cache found with no act ("Police recovered rifles from a weapons cache
  near X": Disrupted weapons use); a claim's haul that places nothing ("The group said its fighters had
  killed 20 soldiers and seized weapons": its figure stays apart, as before).
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _ON_THE_ATTACKERS
from mapper.events.triggers import _ASSAULT_ARMS_AFTER, _DEPLOYED_FORCES, _PLACED_BEFORE_HAUL
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-15"  # a Wednesday

coded = reader_of("site", "sub_type", "fatalities", published=PUBLISHED)

_CLASH = "Armed clash"


MARTYRING = [
    ("Militants attacked a police post in Kohat late on Monday, martyring four constables, police said.",
     [("Kohat", _CLASH, 4)]),
    ("A roadside bomb hit a Levies vehicle near Turbat on Tuesday, martyring two personnel and injuring "
     "three.", [("Turbat", "Remote explosive/landmine/IED", 2)]),
]


@pytest.mark.parametrize(("text", "want"), MARTYRING)
def test_martyring_counts_the_dead(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_martyred_is_read_as_before(either: Pipeline) -> None:
    text = "Three soldiers were martyred when militants attacked a checkpost in Kohat on Monday."
    assert coded(either, text) == [("Kohat", _CLASH, 3)]


STRIKE_ON_THE_ATTACKERS = [
    ("Militants attacked a police station in Dera Bugti on Sunday, killing three policemen. Helicopter "
     "gunships later struck the fleeing attackers, the military said.", [("Dera Bugti", _CLASH, 3)]),
    ("Al Shabaab fighters attacked an army base near Bulo Burde on Monday, killing six soldiers. Drones "
     "struck the assailants as they withdrew, killing 15 of them, the army said.",
     [("Buulobarde", _CLASH, 6)]),
]


@pytest.mark.parametrize(("text", "want"), STRIKE_ON_THE_ATTACKERS)
def test_a_strike_on_the_attackers_is_not_the_attack(either: Pipeline, text: str,
                                                     want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_strike_with_no_attackers_as_its_target_is_the_attacks_means(either: Pipeline) -> None:
    text = ("Russian forces attacked Kherson overnight, killing two civilians. Drones later hit a market, "
            "the governor said.")
    assert coded(either, text) == [("Kherson", "Air/drone strike", 2)]


ASSAULT_WITH_DRONES = [
    ("ISWAP fighters attacked a military base in Gajiram with drones and machine guns on Friday, killing "
     "four soldiers.", [("Gajiram", _CLASH, 4)]),
    ("Gunmen attacked a village near Gusau with drones and rifles on Monday, killing 12 villagers.",
     [("Gusau", "Attack", 12)]),
]


@pytest.mark.parametrize(("text", "want"), ASSAULT_WITH_DRONES)
def test_drones_among_an_assaults_arms(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_drones_alone_stay_a_strike(either: Pipeline) -> None:
    text = "Fighters attacked a military base in Gajiram with drones on Friday."
    assert coded(either, text) == [("Gajiram", "Air/drone strike", None)]


def test_strikes_and_gunfire_with_no_assault_verb_stay_a_strike(either: Pipeline) -> None:
    text = ("Israeli drone strikes and gunfire killed 10 Palestinians in Jenin on Tuesday, the health "
            "ministry said.")
    assert coded(either, text) == [("Janīn", "Air/drone strike", 10)]


def test_troops_a_participle_describes_act(either: Pipeline) -> None:
    text = ("Ethiopian troops deployed alongside Somali forces shelled al Shabaab positions near Baidoa on "
            "Monday, killing five fighters, a military source said.")
    assert coded(either, text) == [("Baidoa", "Shelling/artillery/missile attack", 5)]


def test_a_deployment_told_stays_one(either: Pipeline) -> None:
    assert coded(either, "Kenyan troops were deployed to Kismayo on Monday.") == [("Kismayo", "Other", None)]


def test_the_acts_own_haul_is_no_act(either: Pipeline) -> None:
    text = ("Soldiers killed six gunmen near Gusau on Sunday and recovered rifles and ammunition, the army "
            "said.")
    assert coded(either, text) == [("Gusau", _CLASH, 6)]


def test_a_claims_haul_that_places_nothing_is_read_as_before(either: Pipeline) -> None:
    text = ("Militants attacked an army base in Bulo Burde on Monday, killing nine soldiers. The group said "
            "its fighters had killed 20 soldiers and seized weapons.")
    assert coded(either, text) == [("Buulobarde", _CLASH, 9)]


def test_a_cache_found_stays_a_seizure(either: Pipeline) -> None:
    text = "Police recovered rifles from a weapons cache near Gusau on Sunday."
    assert coded(either, text) == [("Gusau", "Disrupted weapons use", None)]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "the fleeing the retreating of the as they as they fled ",
    "drones and and heavy and small rifles before before storming ",
    "troops troops   forces deployed soldiers  ",
    "in near   at outside around in  ",
    "a " * 3,
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_ON_THE_ATTACKERS, _ASSAULT_ARMS_AFTER, _DEPLOYED_FORCES, _PLACED_BEFORE_HAUL):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_attacks_and_strikes_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Militants attacked a police station in Dera Bugti, martyring three policemen. Helicopter "
            "gunships later struck the fleeing attackers. ISWAP fighters attacked a base in Gajiram with "
            "drones and machine guns. Ethiopian troops deployed alongside Somali forces shelled positions "
            "near Baidoa. Soldiers killed six gunmen near Gusau and recovered rifles. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
