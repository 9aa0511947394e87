"""The event type decided by what the clause tells as its own act (session 41, branch types47, gold file
types46.jsonl).

Every sentence is our own. Classes:

- a war named after "amid" is the backdrop of the clause's own act ("Gunmen kill 6 at a car wash amid
  cartel infighting", "Amid clashes between herders and farmers, gunmen killed 12 villagers"): the killing
  is typed by its victims; fighting told alone after "amid", or "as" clashes erupted, stays (near misses);
- gangs and cartels are an armed side: the police killing gang members in a raid is an Armed clash; gang
  members killing residents stay an Attack (near miss);
- bodies recovered after clashes told before them are the clash's toll (Armed clash); bodies found alone
  stay an Attack (near miss).
"""

from __future__ import annotations

import time

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events


@pytest.mark.parametrize(("text", "events"), [
    # a war after "amid" is the backdrop: the killing is typed by its victims
    ("Gunmen kill 6 at Tijuana car wash amid cartel infighting",
     [("Tijuana", "Violence against civilians", "Attack", 6, "unidentified gunmen", "civilians")]),
    ("Gunmen shot dead seven people at a cockfight in Uruapan on Sunday amid fighting between rival cartels, "
     "prosecutors said.",
     [("Uruapan", "Violence against civilians", "Attack", 7, "unidentified gunmen", "civilians")]),
    ("Amid clashes between herders and farmers in Benue state, gunmen killed 12 villagers in Agatu on "
     "Monday, police said.",
     [("Agatu", "Violence against civilians", "Attack", 12, "unidentified gunmen", "civilians")]),
    # gangs are an armed side: a police raid that kills gang members is a battle
    ("Police killed 22 suspected gang members in a raid in Cité Soleil on Tuesday, and two officers died in "
     "the shootout, the national police said.",
     [("Cité Soleil", "Battles", "Armed clash", 24, "police", "gangs")]),
    # near miss: gang members who kill residents attack civilians
    ("Gang members killed 20 residents of Pont-Sondé on Thursday, officials said.",
     [("Pont-Sondé", "Violence against civilians", "Attack", 20, "gangs", "civilians")]),
    # bodies recovered after clashes: the clash's toll
    ("Heavy fighting broke out between army troops and Kachin Independence Army fighters near Bhamo on "
     "Monday, and residents said 14 bodies were recovered.",
     # (actor2 the KIA since session 49's actors62: "between army troops and X" names both sides)
     [("Bhamo", "Battles", "Armed clash", 14, "Myanmar forces", "KIA")]),
    # near miss: bodies found alone are an attack
    ("Police found six bodies dumped near Culiacan on Monday.",
     [("Culiacán", "Violence against civilians", "Attack", 6, None, "civilians")]),
])
def test_the_type_by_the_clause_own_act(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize("text", [
    "Gunmen kill 6 at Tijuana car wash amid cartel infighting",
    "Police killed 22 suspected gang members in a raid in Cité Soleil on Tuesday, and two officers died in "
    "the shootout, the national police said.",
])
def test_the_filter_keeps_them(pipeline: Pipeline, text: str) -> None:
    assert len(_events(pipeline, text)) == 1


@pytest.mark.parametrize(("text", "subs"), [
    ("gunmen killed six people amid cartel infighting.", ["Attack"]),
    ("amid clashes between herders and farmers, gunmen killed 12 villagers.", ["Attack"]),
    # near misses: the fighting alone after "amid"; after "as" the clash is the act
    ("gunmen arrived amid heavy fighting.", ["Armed clash"]),
    ("two soldiers were killed as clashes erupted.", ["Armed clash"]),
    ("police killed 11 gang members in an operation.", ["Armed clash"]),
    ("heavy clashes broke out, and six bodies were recovered.", ["Armed clash"]),
    ("six bodies were recovered.", ["Attack"]),
])
def test_at_clause_level(text: str, subs: list[str]) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text) if c.family == "violence"] == subs


UNITS = ["gunmen killed six amid cartel infighting ", "amid clashes amid fighting amid war killed ",
         "police killed gang members gangsters cartel members ",
         "clashes broke out and bodies were recovered ", "bodies bodies clashes "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_rules_on_100_kb_are_fast(unit: str) -> None:
    text = hundred_kb(unit)
    t0 = time.process_time()
    triggers.clauses(text)
    assert time.process_time() - t0 < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
