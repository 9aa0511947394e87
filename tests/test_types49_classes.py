"""A ground fight told with its weapons as the means is an Armed clash (session 42, branch types49, gold file
types48.jsonl).

Every sentence is our own. Class: "attacked a police post with rockets and gunfire", "stormed an army camp
after firing mortar rounds at it", "heavy gunfire and explosions were heard ... as fighters fought the army",
"fought troops ... with anti-tank rockets": the clause's clash trigger types it (triggers._ground_fight).
Near misses that stay: a shelling "with artillery and rockets" (no clash trigger), an ambush "with a roadside
bomb" (an IED is the act), an offensive "with air strikes", a clash beside a strike told elsewhere in the
sentence, and what the attackers were "armed with".

Class: a killing of civilians by a named side, told after a sentence of fighting between armed sides
("Fighting between ELN guerrillas and FARC dissidents ... has killed 40 since Thursday. On Sunday, ELN
fighters killed a farmer and his son in El Tarra"), is an Attack of its own (coder._own_killing); the dead of
the fight counted at a place ("Ten of the dead were in El Tarra") and soldiers killed stay the Armed clash
(near misses).

Class: a headline's "storm" after armed men is their verb, not the weather: "Gunmen storm Tijuana bar, killing
six" keeps its killing (an Attack), and "Gunmen storm army post ..., killing two soldiers" stays a clash; a
storm that hits a coast still kills nothing (near misses).
"""

from __future__ import annotations

import re

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import (
    GROWTH,
    clauses_cpu,
    hundred_kb,
    pattern_cpu,
    trigger_scan_cpu,
    trigger_scan_growth,
)
from tests.test_phantom44_classes import Row, _events


@pytest.mark.parametrize(("text", "events"), [
    ("Militants attacked a police post in Kohat with rockets and gunfire on Sunday, killing three policemen, "
     "officials said.",
     [("Kohat", "Battles", "Armed clash", 3, "militants", "police")]),
    ("Fighters stormed an army camp near Menaka on Monday after firing mortar rounds at it, killing 12 "
     "soldiers, security sources said.",
     [("Ménaka", "Battles", "Armed clash", 12, "Fighters", "Malian forces")]),
    ("Heavy gunfire and explosions were heard near Bunia airport on Tuesday as CODECO fighters fought the "
     "army.",
     [("Bunia", "Battles", "Armed clash", None, "CODECO", "Congolese forces")]),
    ("Hamas fighters fought Israeli troops in the streets of Beit Hanoun with anti-tank rockets on Monday.",
     [("Bayt Ḩānūn", "Battles", "Armed clash", None, "Hamas", "Israeli forces")]),
    # near misses: no clash trigger; a bomb on the road; an air campaign
    ("Russian forces shelled Kostiantynivka with artillery and rockets on Monday, killing two civilians.",
     [("Kostyantynivka", "Explosions/Remote violence", "Shelling/artillery/missile attack", 2,
       "Russian forces", "civilians")]),
    ("Suspected al-Shabaab militants ambushed a police vehicle with a roadside bomb near Garissa on Monday, "
     "killing three officers.",
     [("Garissa", "Explosions/Remote violence", "Remote explosive/landmine/IED", 3, "al-Shabaab", "police")]),
    ("Turkey launches offensive in northern Iraq with air strikes on Zakho",
     [("Zaxo", "Explosions/Remote violence", "Air/drone strike", None, "Turkish forces", None)]),
])
def test_a_fight_with_its_weapons(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


_FIGHT = ("Fighting between ELN guerrillas and FARC dissidents in the Catatumbo region has killed 40 people "
          "since Thursday. ")


@pytest.mark.parametrize(("text", "events"), [
    (_FIGHT + "On Sunday, ELN fighters killed a farmer and his son in El Tarra, the ombudsman's office said.",
     [("El Tarra", "Violence against civilians", "Attack", 2, "ELN", "civilians")]),
    # near misses: the fight's dead counted at a place; soldiers killed
    (_FIGHT + "Ten of the dead were in El Tarra.",
     [("El Tarra", "Battles", "Armed clash", 10, "ELN", "FARC dissidents")]),
    (_FIGHT + "On Sunday, ELN fighters killed four soldiers in El Tarra.",
     [("El Tarra", "Battles", "Armed clash", 4, "ELN", "Colombian forces")]),
])
def test_a_killing_after_a_fight(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Gunmen storm Tijuana bar, killing six",
     [("Tijuana", "Violence against civilians", "Attack", 6, "unidentified gunmen", "civilians")]),
    ("Gunmen storm army post in Marawi, killing two soldiers",
     [("Marawi City", "Battles", "Armed clash", 2, "unidentified gunmen", "Philippine forces")]),
    ("A storm hit Tijuana on Monday, killing six people.", []),
])
def test_a_headline_storm_by_armed_men(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


@pytest.mark.parametrize(("text", "subs"), [
    ("militants attacked a police post with rockets and gunfire.", ["Armed clash"]),
    ("fighters stormed a camp after firing mortar rounds at it.", ["Armed clash"]),
    ("heavy gunfire and explosions were heard near the airport.", ["Armed clash"]),
    ("explosions and gunfire were heard near the airport.", ["Armed clash"]),
    ("the fighting was heaviest near the crossing, with artillery and tank fire exchanged.", ["Armed clash"]),
    # near misses
    ("explosions were heard near the airport.", ["Remote explosive/landmine/IED"]),
    ("forces shelled the town with artillery.", ["Shelling/artillery/missile attack"]),
    ("militants ambushed a convoy with a roadside bomb.", ["Remote explosive/landmine/IED"]),
    ("militants armed with rifles and grenades stormed a police post.", ["Grenade"]),
    ("Troops clashed with rebels in Kidal while jets bombed Tessalit.", ["Armed clash", "Air/drone strike"]),
])
def test_at_clause_level(text: str, subs: list[str]) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text) if c.family == "violence"] == subs


UNITS = ["attacked a post with rockets and gunfire ", "gunfire and explosions and gunfire and blasts ",
         "fought with with with drones with ", "after firing mortar after firing shells stormed ",
         "armed with grenades stormed with air strikes ", "gunmen storm the bar, killing six, storm "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_rule_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0
    assert clauses_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("pattern", [triggers._MEANS_BEFORE, triggers._BLAST_WITH_GUNFIRE,
                                     triggers._GUNFIRE_AFTER_BLAST, triggers._ARMED_STORM])
@pytest.mark.parametrize("unit", ["with ", "heavy gunfire and ", "and heavy ", "a" * 29 + " ",
                                  "gunmen storm "])
def test_the_new_patterns_on_100_kb_are_fast(pattern: re.Pattern[str], unit: str) -> None:
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0
