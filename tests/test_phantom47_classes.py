"""Phantom events of five classes of phrasing (issue 14 part 6, session 41, branch phantom47).

Every sentence is our own. An act whose own anniversary is marked after it ("the X massacre marked its first
anniversary"), an act a span of years is counted from ("to mark 20 years since the siege in which 300
hostages died"), a weapon test-fired, the dead whose names are read at a memorial, and a company's takeover
("its $5 billion takeover of a rival", "a hostile takeover", "a takeover bid") are no events (triggers.py).
The near misses (an attack told beside another clause's anniversary, the day's act after a comma that
follows the span of years, missiles fired at a town, a town taken over by rebels) keep their events. Read
with the learned event filter off (the rules alone) and on.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, trigger_scan_growth, window_readers_cpu
from tests.test_phantom44_classes import Row, _events

NO_EVENT = [
    # an act whose own anniversary is marked after it
    "Survivors of the Yelwata massacre marked its first anniversary on Saturday with prayers in Makurdi.",
    "Relatives of the victims of the Jos market bombing near the central mosque marked its tenth anniversary "
    "on Monday.",
    # an act a span of years is counted from, and the toll told in its relative clause
    "Hundreds gathered in Garissa on Wednesday to mark ten years since the university attack in which 148 "
    "students died.",
    "Colombians marked 40 years since the siege of the Palace of Justice in Bogota on Wednesday.",
    # a weapon test-fired
    "Pakistan test-fired a ballistic missile from a site near Sonmiani on Thursday, the army said.",
    "Iran test-launched two new cruise missiles in the Gulf on Sunday, state television reported.",
    # the dead whose names are read
    "Families gathered in Halabja on Sunday to mark the anniversary of the 1988 gas attack, reading out the "
    "names of the dead.",
    # a company's takeover
    "Shareholders in Milan rejected the hostile takeover on Tuesday.",
    "The steelmaker said on Monday it would fight the order blocking its $9 billion takeover of a Texas "
    "rival.",
    "The lender in Frankfurt launched a takeover bid for its smaller rival on Friday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


EVENTS: list[tuple[str, list[Row]]] = [
    # another clause's anniversary: the attack before "as" is the day's
    ("Gunmen attacked a bus near Kaya on Sunday as the town marked its founding anniversary.",
     [("Kaya", "Violence against civilians", "Attack", None, "unidentified gunmen", "civilians")]),
    # the day's act after the comma that closes the span of years
    ("Two years since the coup, army jets bombed a market in Sagaing on Monday, killing 12 people.",
     [("Sagaing", "Explosions/Remote violence", "Air/drone strike", 12, "Myanmar forces", "civilians")]),
    # missiles fired at a town, not tested
    ("Russian forces fired ballistic missiles at Kharkiv on Tuesday, killing three people.",
     [("Kharkiv", "Explosions/Remote violence", "Shelling/artillery/missile attack", 3, "Russian forces",
       None)]),
    # a town taken over by rebels
    ("Rebels completed their takeover of Bunia on Monday after two days of fighting.",
     [("Bunia", "Battles", "Non-state actor overtakes territory", None, "rebels", None)]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events_beside_the_classes(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "trigger", "past"), [
    ("survivors of the x massacre marked its first anniversary on sunday.", "massacre", True),
    ("gunmen attacked x on sunday as the town marked its founding anniversary.", "attacked", False),
    ("villagers marked the anniversary of the x massacre on sunday.", "massacre", True),  # (the older rule)
    ("to mark 20 years since the school siege in which 334 hostages died.", "hostages", True),
    ("two years since the coup, jets bombed x on monday.", "bombed", False),
    ("the war began three years ago and rebels attacked x.", "attacked", False),
])
def test_not_this_act_reads_the_anniversary_and_the_span(text: str, trigger: str, past: bool) -> None:
    start = text.index(trigger)
    assert triggers.not_this_act(text, start, start + len(trigger)) is past


UNITS = ["marked its its its anniversary ", "massacre massacre marked marked its ",
         "ten years since since the the siege ", "years since siege siege hostages died ",
         "test-fired test-fired missiles missiles ", "names of the dead dead ",
         "billion takeover takeover of of rival ", "hostile takeover bid bid takeover "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_patterns_on_100_kb_are_fast(unit: str) -> None:
    # the readers asked at every twentieth word of 100 KB (the coder asks them at its triggers only): their
    # windows are bounded, so each call reads at most a few hundred characters
    def read(text: str, start: int) -> None:
        triggers.not_this_act(text, start, start + 4)
        triggers._ordinary_sense(text, start, start + 4)
    assert window_readers_cpu(unit, read) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


def test_a_long_anniversary_story_parses_fast(unfiltered: Pipeline) -> None:
    # 100 KB of anniversaries, each marked after its act and counted in years since it
    text = ("Survivors of the Yelwata massacre marked its first anniversary in Makurdi, ten years since the "
            "siege in which 40 hostages died. ") * 800
    t0 = time.process_time()
    assert _events(unfiltered, text) == []
    assert time.process_time() - t0 < 30.0
