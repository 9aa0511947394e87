"""Session 69, helper actors69: actor1 and actor2 of the blind files' train misses (mixed70, mixed71 first)
that training/events/actors66.jsonl carries. Every sentence is our own.

- UN peacekeeping missions (mapper/data/actors.json ``missions``, actors._mission in code_actors and
  inferred_target; casualties.victims' "peacekeepers"; the United Nations' aliases "Peacekeepers",
  "peacekeepers"): the United Nations, its peacekeepers, patrols and bases, in an act in a country where a
  mission serves is that mission (MINUSCA, MONUSCO, UNIFIL, UNMISS, MINUSMA), and peacekeepers counted alone
  by a toll are the mission's, not the event country's forces (blind b70-052 "Peacekeepers arrested three
  suspects in Kaga-Bandoro", b24-030, b55-077, b22-055, b59-075, h37-070 ...); in a statement, meeting or
  agreement a mission is the United Nations (b48-067 "MINUSCA condemned the attack in a statement issued in
  Bangui"). Near misses: a country with no mission keeps "United Nations"; a UN envoy's talks stay "United
  Nations"; soldiers counted beside no peacekeeper stay the country's forces.
- mapper/data/actors.json, the agencies that arrest: the FSB a group of the table (Russia's security service,
  as the corpus names it: blind b25-037 "The FSB said it had detained three men in Bryansk"), Pakistan's
  Counter-Terrorism Department and India's National Investigation Agency heads of the police class (blind
  b66-071, b66-073, b70-057 "The Counter-Terrorism Department arrested five suspected TTP militants in Dera
  Ismail Khan"), where they read no actor1. Near miss: a plain "police" arrest, read as before.
- mapper/data/actors.json, the unidentified gunmen class's heads "unidentified man", "unknown man", "masked
  man": one unnamed attacker named as a man (blind b71-033 "An unidentified man on a motorcycle threw a
  grenade at a police post in Jamundi"). Near miss: a man with no such word ("A man was killed"), no actor.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import code_actors
from mapper.events.casualties import victims
from mapper.model import Actor
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of

PUBLISHED = "2025-10-14"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a UN mission's peacekeepers are the mission -------------------------------------------------------------

MISSIONS = [
    ("Peacekeepers detained four suspected anti-balaka fighters in Bossangoa on Thursday, the UN mission "
     "said.",
     [("Bossangoa", "Arrests", "MINUSCA", "Anti-balaka")]),
    ("Rebels ambushed a peacekeeping convoy near Ndélé on Sunday, killing a Rwandan peacekeeper, the UN "
     "said.",
     [("Ndélé", "Armed clash", "rebels", "MINUSCA")]),
    ("UN peacekeepers traded fire with CODECO militiamen near Djugu on Friday, the mission said.",
     [("Djugu", "Armed clash", "MONUSCO", "CODECO")]),
    ("Israeli artillery hit a UN observation post near Khiam on Monday, wounding two peacekeepers, UNIFIL "
     "said.",
     [("Khiam", "Shelling/artillery/missile attack", "Israeli forces", "UNIFIL")]),
    ("Unknown gunmen attacked a UN peacekeeping patrol near Rumbek on Saturday, UNMISS said.",
     [("Rumbek", "Armed clash", "unidentified gunmen", "UNMISS")]),
]


@pytest.mark.parametrize(("text", "want"), MISSIONS)
def test_un_peacekeepers_are_the_mission(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


MISSION_NEAR_MISSES = [
    # a mission's head speaking: the United Nations
    ("The head of MINUSCA told reporters in Bangui on Monday that the mission would stay in the southeast.",
     [("Bangui", "Statement", "United Nations", None)]),
    # a UN envoy's talks: the United Nations, as before
    ("The UN envoy met Congolese officials in Kinshasa on Monday.",
     [("Kinshasa", "Meeting/talks", "United Nations", None)]),
    # soldiers counted with no peacekeeper: the country's forces, as before
    ("Rebels attacked an army post near Bria on Sunday, killing three soldiers.",
     [("Bria", "Armed clash", "rebels", "Central African forces")]),
]


@pytest.mark.parametrize(("text", "want"), MISSION_NEAR_MISSES)
def test_un_mission_near_misses(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_peacekeepers_to_come_are_no_event(either: Pipeline) -> None:
    assert coded(either, "Peacekeepers will begin patrols around Obo next week, the mission said.") == []


@pytest.mark.parametrize(("sub", "actor", "country", "want"), [
    ("Armed clash", Actor("United Nations"), "CF", "MINUSCA"),
    ("Arrests", Actor("United Nations"), "CD", "MONUSCO"),
    ("Air/drone strike", Actor("United Nations"), "LB", "UNIFIL"),
    ("Armed clash", Actor("United Nations"), "SS", "UNMISS"),
    ("Armed clash", Actor("United Nations"), "ML", "MINUSMA"),
    ("Armed clash", Actor("United Nations"), "XK", "United Nations"),  # no mission of the table
    ("Statement", Actor("MINUSCA"), "CF", "United Nations"),
    ("Meeting/talks", Actor("MONUSCO"), "CD", "United Nations"),
    ("Statement", Actor("United Nations"), "CF", "United Nations"),
])
def test_code_actors_missions(sub: str, actor: Actor, country: str, want: str) -> None:
    a1, _ = code_actors(sub, actor, None, country, 2025)
    assert a1 is not None and a1.name == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Rebels killed a Zambian peacekeeper near Obo.", "peacekeepers"),
    ("Gunmen wounded two peacekeepers near Yei.", "peacekeepers"),
    ("Rebels killed two soldiers and a peacekeeper near Obo.", "forces"),  # a mix: the forces, as before
    ("Rebels killed three soldiers near Obo.", "forces"),
])
def test_victims_peacekeepers(sentence: str, want: str) -> None:
    assert victims(sentence) == want


# -- agencies that arrest ----------------------------------------------------------------------------------

AGENCIES = [
    ("The FSB said it had detained two men in Pskov on Sunday on suspicion of sabotage.",
     [("Pskov", "Arrests", "FSB", None)]),
    ("The Counter-Terrorism Department arrested four suspected militants in Bahawalpur on Friday, officials "
     "said.",
     [("Bahawalpur", "Arrests", "police", "militants")]),
    ("The National Investigation Agency said it had arrested three men in Imphal on Monday.",
     [("Imphal", "Arrests", "police", None)]),
    # near miss: plain police, as before
    ("Police arrested five suspects in Sukkur on Saturday.",
     [("Sukkur", "Arrests", "police", None)]),
]


@pytest.mark.parametrize(("text", "want"), AGENCIES)
def test_agencies_that_arrest(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- one unnamed man who attacked --------------------------------------------------------------------------

UNNAMED_MAN = [
    ("An unidentified man threw a grenade at a police post in Popayán on Saturday, wounding two officers.",
     [("Popayán", "Grenade", "unidentified gunmen", "police")]),
    ("A masked man shot dead a shopkeeper in Palmira on Sunday, police said.",
     [("Palmira", "Attack", "unidentified gunmen", "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), UNNAMED_MAN)
def test_an_unnamed_man_is_unidentified_gunmen(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want
