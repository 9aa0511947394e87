"""Phantom events of hazards told with the words of armed men (session 44, branch phantom53; gold file
training/events/noevent52.jsonl).

Every sentence is our own.
1. A hazard that opens the sentence as the subject of a sweep or strike, with a relative clause or a
   participle between ("Torrential rains that began on Monday swept through villages in X", "Torrents of
   water carrying boulders struck hamlets in X"), is no attack or capture, nor is the toll told after it
   ("..., burying homes and killing six"): triggers.py, _HAZARD_OPENS and _hazard_opens. Armed men as the
   subject ("Gunmen who arrived on motorbikes swept through X") keep the act.
2. Wind and what it brings down are hazards (triggers.py, NATURE): "killed when strong winds flipped his
   truck", "killed by falling trees". Gunmen who struck during strong winds keep their act.
Read with the learned event filter off (the rules alone) and, where the filter keeps the event, on.
"""

from __future__ import annotations

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

# Hazards and their tolls, told with the verbs armed men also take: no event.
NO_EVENT = [
    # 1. the hazard opens the sentence, a relative clause or participle between it and its verb
    "Torrential rains that began on Monday swept through villages along the river near Kosti on Thursday.",
    "Torrents of water carrying boulders struck hamlets in Swat before dawn on Friday, officials said.",
    "Torrents of mud and water crashed through villages in Chitral on Friday, burying homes and killing "
    "at least six people, officials said.",
    "Floodwaters released by the broken dam swept through the lower districts of Derna on Sunday.",
    # 2. wind and what it brings down
    "A park ranger was killed when strong winds brought down a tree on his car near Ballarat, "
    "officials said.",
    "Two traders were killed by falling trees in Mzuzu on Monday, police said.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(unfiltered: Pipeline, text: str) -> None:
    assert _events(unfiltered, text) == []


EVENTS: list[tuple[str, list[Row]]] = [
    # near miss of class 1: armed men as the subject of the sweep keep the act (read as a capture, as before)
    ("Gunmen who arrived on motorbikes swept through the village of Kachia on Tuesday, killing 12 people.",
     [("Kachia", "Battles", "Non-state actor overtakes territory", 12, "unidentified gunmen", None)]),
    # near miss of class 2: gunmen who struck during strong winds
    ("Two soldiers were killed when gunmen ambushed their truck near Kachia during strong winds.",
     [("Kachia", "Battles", "Armed clash", 2, "unidentified gunmen", "Nigerian forces")]),
    # near miss: a hazard in the sentence, armed men the subject of the strike
    ("As floods swept through the region, gunmen struck the village of Kachia on Tuesday, killing 12 "
     "people.", [("Kachia", "Violence against civilians", "Attack", 12, "unidentified gunmen", "civilians")]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events_beside_the_classes(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


def test_hazard_opens_reads_the_verb_and_the_toll() -> None:
    low = "torrential rains that began on monday swept through villages in kosti."
    assert triggers._hazard_opens(low, low.index("swept"), own=True)
    low = "torrents of mud and water crashed through villages in chitral, killing six."
    assert triggers._hazard_opens(low, low.index("killing"), own=False)
    # armed men or a weapon between keep the act
    low = "torrential rains hid gunmen who swept through villages in kosti."
    assert not triggers._hazard_opens(low, low.index("swept"), own=True)
    low = "floods that hit the region were followed by shelling that struck kosti."
    assert not triggers._hazard_opens(low, low.index("struck"), own=True)


UNITS = ["torrents of water carrying rocks struck villages ", "torrential rains that began swept through ",
         "torrents of mud crashed through x, burying homes and killing ",
         "floodwaters swept swept struck killing, "]


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_clauses_of_the_class_on_100_kb_are_fast(unit: str) -> None:
    assert clauses_cpu(unit) < 3.0


PATTERN_UNITS = ["torrents of of of water ", "heavy rain that that that ", "strong winds winds struck ",
                 "floodwaters a a a a a a a a a a a ",
                 "killed when strong strong winds falling falling trees "]


@pytest.mark.parametrize("unit", PATTERN_UNITS)
def test_patterns_on_100_kb_are_fast(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(triggers._HAZARD_OPENS, text) < 3.0
