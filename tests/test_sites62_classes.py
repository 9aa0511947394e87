"""Session 49, helper sites62: three classes of wire copy whose act was found but whose site was read as
context or got no event, that training/events/places64.jsonl carries (blind b60-077 Memba, b60-072
Chaung-U and b60-068 Arbinda are the first of each). Every sentence is our own.

- A church burned (events/triggers.py, Looting/property destruction): the burned-buildings pattern spelled
  the noun ``churches?`` ("churche" or "churches"), so "burned a church and dozens of homes in X district"
  held no trigger and the place no event; it is now ``church(?:es)?``.
  Near miss that must not change: a court that jails men for burning a church years ago (no event).
- A crowd struck where it gathered (events/roles.py ``_STRUCK_GATHERING``, read in ``_role_alone``): "a
  drone strike on mourners gathered for a funeral in X", "bombs on a crowd gathered for a candlelight
  protest in Y region's X township", "shells landed among a crowd gathered for a protest in X": the place
  is the act's site, not an aftermath's (mourners at a funeral: ``_AFTERMATH``) nor the place of an occasion
  the trigger table reads as reporting nothing (the protest the crowd gathered for: ``_after_unreal``).
  Near misses that must not change: a funeral held for the dead of an earlier strike ("Thousands gathered
  for the funeral in X of two men killed in a strike last week") and mourners who gather after an act told
  elsewhere: no act before the crowd struck it, the place stays context.
- The fleeing attackers struck (events/triggers.py ``_FLEEING_AGENTS`` and ``_FLEEING_ATTRIBUTIVE``, read in
  ``not_this_act``): "drones had struck the fleeing attackers near X" read "attackers" after "fleeing" as the
  act people fled, a trigger that reports nothing, nearer the place than the strike, so X was context. A
  people noun of an act after a determiner or a verb that takes it as its object is the agents struck.
  Near miss that must not change: "families fleeing the attacks reached X" (what they fled; no event).
- An execution told with a hedged count (events/triggers.py, Violence against civilians / Attack:
  "execut(es|e|ing)" before civilians now lets "at least", "more than", "some", "about", "nearly", "over"
  or "up to" stand before the count): "accused soldiers of executing at least 20 men in a village near X"
  (blind b60-080).
  Near miss that must not change: an execution denied ("The junta denied executing at least 20 men near X").
"""

from __future__ import annotations

import re

import pytest

from mapper.events.roles import _STRUCK_GATHERING
from mapper.events.triggers import _FLEEING_ATTRIBUTIVE, _RULES
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-08-15"  # a Friday

coded = reader_of("site", "sub_type", published=PUBLISHED)


# -- a church burned ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Insurgents burned a church and dozens of homes in Ancuabe district on Wednesday, an official said.",
     [("Ancuabe", "Looting/property destruction")]),
    ("Gunmen burned the church in Bokkos on Tuesday night before fleeing, residents said.",
     [("Bokkos", "Looting/property destruction")]),
])
def test_a_burned_church_is_property_destruction(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_church_burned_years_ago_is_no_event(either: Pipeline) -> None:
    text = "A court in Buea jailed three men on Wednesday for burning a church in Kumba in 2023."
    assert coded(either, text) == []


# -- a crowd struck where it gathered -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want", "roles"), [
    ("A drone strike on mourners gathered for a funeral in Kadugli killed 11 people on Thursday, medics say.",
     [("Kadugli", "Air/drone strike")], [("Kadugli", "event_site")]),
    ("Mortar shells landed among a crowd gathered for a protest in Taiz on Thursday, killing two people.",
     [("Taiz", "Shelling/artillery/missile attack")], [("Taiz", "event_site")]),
    ("A jet dropped bombs on a crowd gathered for a festival in Magway region's Pauk township on Thursday, "
     "killing 14 people, residents said.",
     [("Pauk", "Air/drone strike")], [("Magway", "context"), ("Pauk", "event_site")]),
])
def test_the_place_a_struck_crowd_gathered_is_the_site(either: Pipeline, text: str, want: list[tuple],
                                                       roles: list[tuple]) -> None:
    assert coded(either, text) == want
    assert roles_of(either, text) == roles


@pytest.mark.parametrize(("text", "roles"), [
    ("Thousands gathered on Thursday for the funeral in Tyre of two men killed in a strike last week.",
     [("Tyre", "context")]),
    ("Two days after the shelling, mourners gathered in Kherson for the funeral.",
     [("Kherson", "context")]),
])
def test_a_gathering_no_act_struck_stays_context(either: Pipeline, text: str, roles: list[tuple]) -> None:
    assert coded(either, text) == []
    assert roles_of(either, text) == roles


# -- the fleeing attackers struck ---------------------------------------------------------------------------

def test_the_fleeing_attackers_struck_near_a_town(either: Pipeline) -> None:
    text = ("The army said on Thursday that its drones had struck the fleeing attackers near Dori on "
            "Wednesday, killing 25 of them.")
    assert coded(either, text) == [("Dori", "Air/drone strike")]
    assert roles_of(either, text) == [("Dori", "event_site")]


def test_people_fleeing_the_attacks_are_no_event(either: Pipeline) -> None:
    text = "Families fleeing the attacks reached Dori on Thursday, aid workers said."
    assert coded(either, text) == []


# -- an execution told with a hedged count ------------------------------------------------------------------

def test_an_execution_with_a_hedged_count_is_an_attack(either: Pipeline) -> None:
    text = ("Residents accused soldiers of executing at least 12 men in a village near Tenenkou on "
            "Wednesday, a local official said.")
    assert coded(either, text) == [("Ténenkou", "Attack")]


def test_an_execution_denied_is_no_event(either: Pipeline) -> None:
    assert coded(either, "The junta denied executing at least 20 men near Tenenkou.") == []


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "on a crowd gathered for a for a in the " * 3,
    "struck the mourners gathered at the village of " * 3,
    "the fleeing fleeing the  fleeing " * 3,
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_STRUCK_GATHERING, _FLEEING_ATTRIBUTIVE):
        assert pattern_cpu(pattern, text) < 3.0


def test_the_church_and_execution_patterns_are_linear() -> None:
    text = hundred_kb("burned a church church and the churches executing at least at least " * 3)
    for sub, source in _RULES:
        if sub in ("Looting/property destruction", "Attack"):
            assert pattern_cpu(re.compile(source), text) < 3.0


def test_many_struck_crowds_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A drone strike on mourners gathered for a funeral in Kadugli killed 11 people. Drones struck "
            "the fleeing attackers near Dori. Insurgents burned a church in Ancuabe district. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
