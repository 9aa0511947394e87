"""The event type decided by the victims' noun and the weapon's word (session 40, branch types46, gold file
types45.jsonl).

Every sentence is our own. Classes:

- armed victims named by a noun the coder lacked: forces by a name of their own ("Rangers", "national
  guardsmen", "IRGC members", "security men") and defence volunteers ("volunteers for the defence of the
  homeland") are an armed side, so killing them is an Armed clash; aid, Red Cross or Red Crescent volunteers
  stay civilians (the near miss);
- civilian victims named by their household or journey ("a couple and their baby", "guests", "travellers",
  "commuters") and civilian targets (a hotel, a bus, a convoy of passenger vans) make an Attack; an army
  convoy stays armed (the near miss), and "the attack on the X hotel" after "links to" refers back (the
  arrests stay the act);
- a quadcopter and B-2 or stealth bombers are aircraft (Air/drone strike); quadcopters the attackers "used"
  in a ground assault are its tool (the clash stays), and a suicide bomber is no aircraft.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events


@pytest.mark.parametrize(("text", "events"), [
    # armed victims by a name of their own
    ("Gunmen kill four Rangers in Sukkur ambush",
     [("Sukkur", "Battles", "Armed clash", 4, "unidentified gunmen", "Pakistani forces")]),
    # civilian victims by household and journey, civilian targets
    ("Bandits killed a couple and their baby in Tsafe on Sunday, police said.",
     [("Tsafe", "Violence against civilians", "Attack", 3, "bandits", "civilians")]),
    ("Gunmen ambush bus near Kapoeta, four killed",
     [("Kapoeta", "Violence against civilians", "Attack", 4, "unidentified gunmen", "civilians")]),
    ("Gunmen opened fire on a convoy of passenger vans near Alizai on Monday, killing 12 travellers, police "
     "said.",
     [("Alizai", "Violence against civilians", "Attack", 12, "unidentified gunmen", "civilians")]),
    ("Gunmen shot dead three Red Cross volunteers in Yei on Monday, the aid group said.",
     [("Yei", "Violence against civilians", "Attack", 3, "unidentified gunmen", "civilians")]),
    # near misses: an army convoy is armed; arrests over an attack told before stay arrests
    ("Jihadists ambushed an army convoy near Segou on Monday, killing five soldiers, sources said.",
     [("Ségou", "Battles", "Armed clash", 5, "jihadists", "Malian forces")]),
    ("Police arrested six people in Garissa over links to the attack on the Westgate hotel.",
     [("Garissa", "Strategic developments", "Arrests", None, "police", None)]),
    # a siege of a hotel is told by whom it killed; troops ending one fight the gunmen (the near miss)
    ("Al-Shabaab gunmen kill seven guests in Jowhar hotel siege",
     [("Jawhar", "Violence against civilians", "Attack", 7, "al-Shabaab", "civilians")]),
    ("Troops end hotel siege in Mogadishu, kill four gunmen",
     [("Mogadishu", "Battles", "Armed clash", 4, "Somali forces", "unidentified gunmen")]),
    # aircraft by their kind
    ("A quadcopter dropped explosives on a house in Miranshah on Tuesday, wounding three children, police "
     "said.",
     [("Miran Shah", "Explosions/Remote violence", "Air/drone strike", None, None, "civilians")]),
    ("US B-2 bombers strike Isfahan site, officials say",
     [("Isfahan", "Explosions/Remote violence", "Air/drone strike", None, "US forces", None)]),
    # near misses: quadcopters used in a ground assault; suicide bombers
    ("The attackers used quadcopters and rifles in the assault on a police post in Lakki Marwat on Monday, "
     "killing two officers, police said.",
     [("Lakki", "Battles", "Armed clash", 2, "unidentified gunmen", "police")]),
    ("Two suicide bombers blew themselves up at a checkpoint in Bannu on Monday, killing six soldiers.",
     [("Bannu", "Explosions/Remote violence", "Suicide bomb", 6, "unidentified gunmen", "Pakistani forces")]),
])
def test_the_type_by_victims_and_weapons(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "events"), [
    # the type only (actor2 of these is the actors' area: "Nigerien forces", "Iranian forces", "VDP")
    ("Suspected jihadists killed seven national guardsmen near Filingue on Friday, the army said.",
     [("Filingué", "Battles", "Armed clash", 7, "jihadists")]),
    ("Gunmen shot dead two IRGC members in Iranshahr on Tuesday, state media said.",
     [("Iranshahr", "Battles", "Armed clash", 2, "unidentified gunmen")]),
    ("Gunmen killed four security men at a checkpoint near Nawa on Sunday, a monitor said.",
     [("Nawá", "Battles", "Armed clash", 4, "unidentified gunmen")]),
    ("Jihadists killed nine volunteers for the defence of the homeland near Titao on Saturday, sources said.",
     [("Titao", "Battles", "Armed clash", 9, "jihadists")]),
])
def test_armed_victims_by_their_own_names(unfiltered: Pipeline, text: str, events: list[tuple]) -> None:
    assert [row[:5] for row in _events(unfiltered, text)] == events


@pytest.mark.parametrize("text", [
    "Gunmen kill four Rangers in Sukkur ambush",
    "Gunmen opened fire on a convoy of passenger vans near Alizai on Monday, killing 12 travellers.",
    "A quadcopter dropped explosives on a house in Miranshah on Tuesday, wounding three children.",
])
def test_the_filter_keeps_them(pipeline: Pipeline, text: str) -> None:
    assert len(_events(pipeline, text)) == 1


@pytest.mark.parametrize(("text", "sub"), [
    ("gunmen killed two rangers.", "Armed clash"),
    ("gunmen killed two guardsmen.", "Armed clash"),
    ("gunmen killed two volunteers.", "Armed clash"),
    ("gunmen killed two aid volunteers.", "Attack"),
    ("gunmen killed a couple.", "Attack"),
    ("gunmen killed two guests.", "Attack"),
    ("gunmen killed five travellers.", "Attack"),
    ("gunmen ambushed a convoy of passenger vans.", "Attack"),
    ("gunmen ambushed an army convoy.", "Armed clash"),
])
def test_the_victims_nouns_at_clause_level(text: str, sub: str) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text)] == [sub]


UNITS = ["quadcopter quadcopter ", "used used a b c d quadcopters ", "b-2 b-2 stealth bombers ",
         "killed a couple and their baby ", "rangers guardsmen volunteers aid volunteers ",
         "convoy of passenger vans passenger convoy ", "the attack on the the hotel hotel ",
         "hotel siege school siege siege "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_patterns_on_100_kb_are_fast(unit: str) -> None:
    text = hundred_kb(unit)
    t0 = time.process_time()
    triggers.find_triggers(text)
    for start in range(0, len(text), 997):  # as the scan asks it: the 40 characters before a word
        triggers._USED_BEFORE.search(text[max(0, start - 40):start])
    assert time.process_time() - t0 < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
