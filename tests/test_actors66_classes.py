"""Session 51, helper actors66: actor1 of the blind files' train misses (mixed25 ... mixed67) that
training/events/actors61.jsonl carries. Every sentence is our own.

- mapper/data/actors.json, the "forces" class's heads: "task force" ("a government task force", "a military
  task force", "a joint task force", "a federal task force") is the state forces of the event's country, as
  "troops" is (blind b64-059, b66-079 Bel Air, b27-061, b56-049, b58-050, b59-072, b25-074: "drones operated
  by a government task force struck a gang stronghold" read no actor1). Near misses: a task force the actor
  table names ("Multinational Joint Task Force": MNJTF, as before), a task force that repelled an attack
  (actor2: the attackers are actor1, as before), a police task force (the police class's new head "police
  task force": police, as b28-064 and b63-077 code it), the Civilian Joint Task Force (actors.canonical: a
  "civilian" task force is no state's, kept as written, as before).
- actors.sides (actors._KILLED_IN_ENCOUNTER, _ENCOUNTER_STATE_CLASSES): dead "killed in (an) encounter" with
  no "with" after it, and no side of the state's own (forces, police, government) among the dead or the
  target, were killed by the security forces: actor1 the event country's forces (South Asia's "encounter",
  blind b61-008, b62-012, b64-017 "Two militants killed in encounter in Kupwara's Machil sector": actor1
  nobody). Near misses: "an encounter with X" (X's side, read as before), soldiers or a policeman among the
  dead (no actor1, as before), "encounter" with no one killed in it (no rule).
- actors.canonical, a phrase the actor table's classes do not name: a country's whole name of several words
  ("the Democratic Republic of Congo", "Burkina Faso", "Central African Republic"), none of them a country
  word alone or with a lower-case "of", is the country standing for its state, as "Russia" is: its
  government in political events, its forces in violent ones (blind b64-074 "The government of the
  Democratic Republic of Congo and the AFC/M23 rebel movement signed" read "Democratic Republic of Congo").
  Near misses: a name with a country word ("South Sudan": as before), a headline's bare "Democratic Republic
  of Congo and M23 sign" that the phrase finder does not take (unchanged: M23).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _KILLED_IN_ENCOUNTER, canonical
from mapper.model import Actor
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-14"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

# -- a task force is the state's forces -------------------------------------------------------------------

TASK_FORCE = [
    ("A drone flown by a government task force hit a gang hideout in Gonaïves on Monday, killing three gang "
     "members, police said.",
     [("Gonaïves", "Air/drone strike", "Haitian forces", "gangs")]),
    ("Government task force drone strike kills four gang members in Cap-Haïtien",
     [("Cap-Haïtien", "Air/drone strike", "Haitian forces", "gangs")]),
    # (actor2 None before actors65; the raided hideout now names its group, as the guide's "the target" reads)
    ("A military task force raided a bandit hideout near Gusau on Sunday, killing seven bandits, the army "
     "said.",
     [("Gusau", "Armed clash", "Nigerian forces", "bandits")]),
]


@pytest.mark.parametrize(("text", "want"), TASK_FORCE)
def test_a_task_force_is_the_states_forces(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


TASK_FORCE_NEAR_MISSES = [
    # a task force the actor table names keeps its name
    ("Multinational Joint Task Force kills 12 Boko Haram fighters near Monguno",
     [("Monguno", "Armed clash", "MNJTF", "Boko Haram")]),
    # a task force that repelled an attack: the attackers are actor1
    ("Joint task force troops repel bandit attack on Gusau, kill six",
     [("Gusau", "Attack", "bandits", "civilians")]),
    # a police task force is the police
    ("On Tuesday, a police task force used explosive drones against gang positions in Gonaïves, killing "
     "several gang members, officials said.",
     [("Gonaïves", "Air/drone strike", "police", "gangs")]),
    # the Civilian Joint Task Force (Borno's vigilantes) stays as written
    ("Members of the Civilian Joint Task Force repelled a Boko Haram attack on Dikwa on Sunday, killing five "
     "insurgents.",
     [("Dikwa", "Armed clash", "Boko Haram", "Civilian Joint Task Force")]),
]


@pytest.mark.parametrize(("text", "want"), TASK_FORCE_NEAR_MISSES)
def test_a_task_force_near_misses(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_task_force_set_up_is_no_event(either: Pipeline) -> None:
    text = ("The government said on Monday it had set up a task force to plan the reopening of schools in "
            "Jacmel.")
    assert coded(either, text) == []


# -- militants killed in an encounter: the security forces' gunfight ---------------------------------------

ENCOUNTER = [
    ("Two militants killed in encounter in Kupwara's Keran sector",
     [("Keran", "Armed clash", "Indian forces", "militants")]),
    ("Three militants were killed in an encounter in the forests of Shopian on Sunday, police said.",
     [("Shopian", "Armed clash", "Indian forces", "militants")]),
    ("Two suspected militants were killed in a fierce encounter near Kulgam on Monday, officials said.",
     [("Kulgam", "Armed clash", "Indian forces", "militants")]),
]


@pytest.mark.parametrize(("text", "want"), ENCOUNTER)
def test_killed_in_an_encounter_is_the_security_forces(either: Pipeline, text: str, want: list[tuple]
                                                       ) -> None:
    assert coded(either, text) == want


ENCOUNTER_NEAR_MISSES = [
    # "an encounter with X" names the other side, read as before
    ("A militant was killed in an encounter with security forces in Kulgam on Monday, police said.",
     [("Kulgam", "Armed clash", "Indian forces", "militants")]),
    # the state's own dead: no actor1, as before
    ("Two soldiers killed in encounter in Kulgam",
     [("Kulgam", "Armed clash", None, "Indian forces")]),
    ("A policeman and two militants were killed in an encounter in Shopian on Monday.",
     [("Shopian", "Armed clash", None, None)]),
]


@pytest.mark.parametrize(("text", "want"), ENCOUNTER_NEAR_MISSES)
def test_an_encounter_near_misses(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("text", "hit"), [
    ("Two militants killed in encounter in Keran", True),
    ("were killed in an overnight encounter near Kulgam", True),
    ("were gunned down in an encounter in Shopian", True),
    ("was killed in an encounter with security forces", False),
    ("were killed in encounters with troops", False),
    ("a family whose son was killed met officials after an encounter", False),
])
def test_the_encounter_pattern(text: str, hit: bool) -> None:
    assert (_KILLED_IN_ENCOUNTER.search(text) is not None) == hit


# -- a country's whole name of several words stands for its state ------------------------------------------

WHOLE_NAME = [
    ("The government of the Democratic Republic of Congo and the M23 rebels signed a truce in Nairobi on "
     "Monday, Kenya's foreign ministry said.",
     [("Nairobi", "Agreement", "Congolese government", "M23")]),
    ("Democratic Republic of Congo troops and Wazalendo fighters retook Sake from M23 rebels on Sunday, "
     "local officials said.",
     [("Sake", "Government regains territory", "Congolese forces", "M23")]),
]


@pytest.mark.parametrize(("text", "want"), WHOLE_NAME)
def test_a_countrys_whole_name_is_its_state(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("name", "political", "country", "want"), [
    ("Democratic Republic of Congo", True, "QA", "Congolese government"),
    ("the Democratic Republic of Congo", False, "CD", "Congolese forces"),
    ("Burkina Faso", False, "BF", "Burkinabe forces"),
    ("Central African Republic", True, "AO", "Central African government"),
    # near misses: a country word in the name, as before; a name that is no country's, as written
    ("South Sudan", True, "KE", "Sudanese government"),
    ("Republic of Wakanda", True, "KE", "Republic of Wakanda"),
])
def test_the_whole_name_in_canonical(name: str, political: bool, country: str, want: str) -> None:
    got = canonical(Actor(name, ""), political, country)
    assert got is not None and got.name == want


def test_a_headlines_bare_country_is_not_taken(either: Pipeline) -> None:
    text = "Democratic Republic of Congo and M23 sign truce in Nairobi"
    assert coded(either, text) == [("Nairobi", "Agreement", "M23", None)]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "killed in an ",
    "killed in a a ",
    "killed in " + "x" * 19 + " ",
    "killed in an encounter with ",
    "shot   dead in ",
])
def test_the_new_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_KILLED_IN_ENCOUNTER, hundred_kb(unit)) < 3.0


def test_many_encounters_and_task_forces_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Two militants killed in encounter in Kupwara. A government task force drone hit a gang base in "
            "Gonaïves, killing three. Two soldiers were killed in an encounter with militants in Kulgam. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
