"""Phantom events of two classes (session 43, branch phantom51; gold file training/events/noevent50.jsonl).

Every sentence is our own.
1. Talks told as not going on are no meeting at their place: "peace talks in Addis Ababa remain on hold",
   "negotiations in Istanbul are deadlocked", "talks in Arusha remain frozen", "Muscat talks on hold"
   (triggers.py, _CALLED_OFF). Talks that were held stay talks, and "frozen" as a plain adjective ("met to
   discuss frozen assets") leaves the meeting alone.
2. An interception placed at the country is not moved to a city named as where sirens sounded ("intercepted a
   missile launched from Yemen toward Israel, setting off sirens in Haifa and Acre": the interception is at
   Israel; coder.py, _drop_parents with roles.sirens_place). A rocket that hit the city of the sirens, and an
   interception over a named city, keep that city.
3. What angered a crowd, told after the crowd's own place, is the cause's place: "In Lusaka, protesters
   angered by the death of an opposition activist in Ndola burned tyres" is a riot at Lusaka only (roles.py,
   _ANGERED_BY). A cause that is an act of its own ("angered by the rebels' capture of X on Monday") keeps X,
   and a crowd with no other place acts at the named one.
Read with the learned event filter off (the rules alone) and on.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, trigger_scan_cpu, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events

NO_EVENT = [
    # 1. talks on hold, deadlocked, frozen, at a standstill
    "Peace talks in Kampala remain on hold, a spokesman for the regional mediators said on Thursday.",
    "Negotiations between the two sides in Baku are deadlocked, diplomats said on Friday.",
    "Aid agencies warn that hunger is spreading in the east, while talks in Nairobi remain frozen.",
    "Lome talks on hold as envoys trade blame",
    "Talks in Tashkent have been at a standstill since the spring, officials said.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


ISRAEL_DWU: Row = ("Israel", "Strategic developments", "Disrupted weapons use", None, "Israeli forces",
                   "Houthis")
EVENTS: list[tuple[str, list[Row]]] = [
    # 2. the interception at the country, not at the sirens' cities
    ("The Israeli military said it had intercepted a ballistic missile launched from Yemen toward Israel, "
     "setting off sirens in Haifa and Acre.", [ISRAEL_DWU]),
    ("The army said it intercepted a missile fired from Yemen toward Israel on Monday, setting off sirens "
     "in Ashdod.", [ISRAEL_DWU]),
    # near misses: an interception over a named city keeps it
    ("The Israeli military said it intercepted a drone launched from Yemen over Eilat on Friday.",
     [("Eilat", "Strategic developments", "Disrupted weapons use", None, "Israeli forces", "Houthis")]),
    # 3. the cause's place after the crowd's own
    ("In Lusaka, hundreds of protesters angered by the death of an opposition activist in Ndola burned "
     "tyres and blocked roads on Tuesday.",
     [("Lusaka", "Riots", "Violent demonstration", None, "rioters", None)]),
    # near miss of class 1: talks that were held
    ("Delegations from Armenia and Azerbaijan met in Abu Dhabi on Tuesday for a new round of peace talks.",
     [("Abu Dhabi", "Political", "Meeting/talks", None, "Armenian government", "Azerbaijani government")]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events_beside_the_classes(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


def test_frozen_as_an_adjective_keeps_the_meeting() -> None:
    # "frozen" counts only after a verb of being ("talks remain frozen"), not as the topic's adjective
    low = "eu ministers met in brussels on monday to discuss frozen russian assets."
    assert [t.sub for t in triggers.find_triggers(low)] == ["Meeting/talks"]
    low = "eu ministers met in brussels on monday, and talks in minsk remain frozen."
    assert triggers._CALLED_OFF.search(low) is not None


def test_angered_by_reads_the_cause_s_place(either: Pipeline) -> None:
    text = ("In Lusaka, hundreds of protesters angered by the fall of Kasama set fire to tyres on Monday "
            "before police dispersed them with tear gas.")
    assert [r[0] for r in _events(either, text)] == ["Lusaka"]
    # near misses: a crowd with no other place acts at the named one
    text = "Hundreds of protesters angered by the death of a student in Kisumu burned tyres on Monday."
    assert [r[0] for r in _events(either, text)] == ["Kisumu"]


def test_angered_by_an_act_keeps_its_place(unfiltered: Pipeline) -> None:
    # the cause is an act of its own, told with its day: its place is still its site
    text = ("Protesters attacked the embassies of Rwanda and France in Kinshasa on Tuesday, angered by the "
            "rebels' capture of Uvira on Monday.")
    assert {r[0] for r in _events(unfiltered, text)} >= {"Kinshasa", "Uvira"}


def test_sirens_place() -> None:
    text = "It intercepted a missile fired toward Israel, setting off sirens in Haifa and Acre."
    assert roles.sirens_place(text, text.index("Haifa"))
    assert roles.sirens_place(text, text.index("Acre"))
    assert not roles.sirens_place(text, text.index("Israel"))
    text = "A rocket hit Ashdod, police said."
    assert not roles.sirens_place(text, text.index("Ashdod"))


UNITS = ["talks in x remain frozen ", "talks on hold on hold ", "negotiations are deadlocked ",
         "talks were at a standstill in limbo ", "talks stay frozen remains frozen "]


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


CALLED_OFF_UNITS = ["remains remained are frozen ", "is   is   is   frozen", "on hold in limbo "]


@pytest.mark.parametrize("unit", CALLED_OFF_UNITS)
def test_called_off_on_100_kb_is_fast(unit: str) -> None:
    assert pattern_cpu(triggers._CALLED_OFF, hundred_kb(unit)) < 3.0


ANGERED_UNITS = ["angered by the the the of ", "angry at over by in the ", "upset by x of in "]


@pytest.mark.parametrize("unit", ANGERED_UNITS)
def test_angered_by_on_100_kb_is_fast(unit: str) -> None:
    assert pattern_cpu(roles._ANGERED_BY, hundred_kb(unit)) < 3.0


def test_sirens_place_on_100_kb_is_fast() -> None:
    unit = "setting off sirens in Haifa and "
    text = hundred_kb(unit)
    starts = range(0, len(text), len(unit))
    t0 = time.process_time()
    for s in starts:
        roles.sirens_place(text, s + unit.index("Haifa"))
    assert time.process_time() - t0 < 3.0


def test_many_sirens_cities_parse_fast(unfiltered: Pipeline) -> None:
    # a 100 KB text of interceptions and sirens' cities: the coder's check is bounded per mention
    unit = ("The army intercepted a missile fired toward Israel, setting off sirens in Haifa and Acre. ")
    text = hundred_kb(unit)
    t0 = time.process_time()
    unfiltered.parse(text, published="2025-06-10")
    assert time.process_time() - t0 < 60.0
