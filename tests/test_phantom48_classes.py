"""Phantom events of a denial that calls a report a falsehood (session 41 round 2, branch phantom48).

Every sentence is our own. "X dismissed as disinformation a report that troops had shelled Y" and "rejected
as a lie an opposition report that ..." refuse the report: no event at Y (triggers.py, the irrealis frame of a
denial, now with a noun of falsehood after "as" and up to three teller's words before the report noun). The
near misses (an act a report tells, an act told beside a dismissed report of something else) keep their
events. Read with the learned event filter off (the rules alone) and on.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events

NO_EVENT = [
    # a noun of falsehood after "as", one teller's word before the report noun
    "The interior ministry dismissed as disinformation a Russian report that Ukrainian troops had shelled "
    "villages near Sudzha on Sunday.",
    # two-word nouns of falsehood, and three teller's words ("a Rwandan media")
    "Officials in Kinshasa dismissed as fake news a Rwandan media report that government jets had bombed "
    "Goma on Tuesday.",
    "The army rejected as a lie an opposition report that soldiers had burned homes near Kutkai on Friday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


KHERSON: Row = ("Kherson", "Explosions/Remote violence", "Shelling/artillery/missile attack", 2,
                "Russian forces", None)
EVENTS: list[tuple[str, list[Row]]] = [
    # the report is the teller's source, not refused
    ("Police fired tear gas at protesters near Zvecan on Monday, a Serbian media report said.",
     [("Zvečan", "Protests", "Protest with intervention", None, "protesters", "police")]),
    # a dismissed report of something else, the act in its own clause (before and after)
    ("The ministry dismissed as disinformation reports of a ceasefire, and Russian forces shelled Kherson on "
     "Monday, killing two people.",
     [KHERSON]),
    ("Russian forces shelled Kherson on Monday, killing two people; officials dismissed as disinformation a "
     "report of a truce.",
     [KHERSON]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events_beside_the_class(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


UNITS = ["dismissed as disinformation a a a report ", "rejected as fake news news a media report shelled ",
         "denied as a lie lie an opposition claim attacked ", "dismissed as as as false news report "]


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", UNITS)
def test_the_denial_frame_on_100_kb_is_fast(unit: str) -> None:
    # the irrealis reader before a trigger at the end of 100 KB of the frame's words
    text = hundred_kb(unit)
    t0 = time.process_time()
    triggers.find_triggers(text + "troops shelled the town.")
    assert time.process_time() - t0 < 3.0
