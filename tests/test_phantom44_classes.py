"""Phantom events of three classes of phrasing (issue 14 part 6, session 38, branch phantom44).

Every sentence is our own. A war told by its long period ("Four years of jihadist violence have left 2,000
dead in X", "after a year of Houthi attacks"), an act that a protest is against ("marched ... to protest
against attacks on camps near X") and a toll of a hazard told after "as" or "when" ("died in X overnight as
heavy rains flooded ...") place no event; the near misses (a short run of days, a protest's cause with its
own day, armed men beside a flood, "as jihadists storm X") still do. The rules are read with the learned
event filter off (the rules alone) and on.
"""

from __future__ import annotations

import re
import time

import pytest

from mapper.events import triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, trigger_scan_growth

Row = tuple[str, str, str, int | None, str | None, str | None]


def _events(pipeline: Pipeline, text: str) -> list[Row]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-06-10"))
    return sorted((e.location.name, e.event_type, e.sub_event_type, e.fatalities,
                   e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
                  for e in doc.events)


NO_EVENT = [
    # a war told by its long period, and that period's toll
    "Four years of jihadist violence have left 2,000 dead in Menaka, a monitoring group said.",
    "Seven months of fighting have displaced 300,000 people around Bunia.",
    "Shipping through Aden has halved after a year of Houthi attacks.",
    # a hazard's toll told after "as" or "when"
    "Twenty people died in Goma overnight as heavy rains flooded the Katoyi district.",
    "Three children were killed when a landslide buried their home near Bukavu on Monday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


@pytest.mark.parametrize(("text", "events"), [
    # a protest's cause with a place of its own: the protest only
    ("Hundreds of women marched in Bukavu on Saturday to protest against attacks on displacement camps "
     "near Minova.",
     [("Bukavu", "Protests", "Peaceful protest", None, "protesters", None)]),
    # near misses: a run of days can be the day's act; a second act after "in protest and"
    ("After two days of fighting, rebels seized Walikale on Sunday.",
     [("Walikale", "Battles", "Non-state actor overtakes territory", None, "rebels", None)]),
    ("Clashes in Menaka on Monday left 12 dead, the army said.",
     [("Ménaka", "Battles", "Armed clash", 12, None, None)]),
    ("Traders shut their shops in protest and youths burned tyres in Quetta on Monday.",
     [("Quetta", "Riots", "Violent demonstration", None, "rioters", None)]),
    # near misses: armed men before a flood told after "as"; "storm" as the attackers' verb
    ("Gunmen killed six people in Kidal as floods cut the road to Gao.",
     [("Kidal", "Violence against civilians", "Attack", 6, "unidentified gunmen", "civilians")]),
    ("Dozens killed as jihadists storm Menaka",
     [("Ménaka", "Violence against civilians", "Attack", 12, "jihadists", "civilians")]),
])
def test_events_beside_the_classes(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "kept"), [
    # the cause told with its own recent day stays an act (it may be that day's news)
    ("residents marched in bukavu on saturday to protest the killing of a teacher in minova on friday.",
     True),
    # a bare cause that names the story's act is left alone ("in protest at the killings, and ...")
    ("lawyers boycotted courts on wednesday in protest at the killings, and bar associations demanded "
     "security.", True),
    ("residents marched in bukavu to protest against the killing of a teacher in minova last week.", False),
    # the period: long ones only
    ("after two weeks of fighting in the hills, the army said", True),
    ("after two years of fighting in the hills, the army said", False),
])
def test_the_cause_and_the_period_at_trigger_level(text: str, kept: bool) -> None:
    subs = [t.sub for t in triggers.find_triggers(text) if t.sub not in ("Statement", "Peaceful protest")]
    assert bool(subs) is kept


UNITS = ["years of years of years of ", "six months of war have left 9 dead ", "to protest against attacks ",
         "in protest at the killing of x in ", "died in x as as as when the ",
         "were killed when a landslide "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_patterns_on_100_kb_are_fast(unit: str) -> None:
    # the three readers asked at every tenth word of 100 KB (a scan asks them at its triggers only): their
    # windows are bounded, so each call reads at most a few hundred characters
    text = hundred_kb(unit)
    starts = [m.start() for m in re.finditer(r"\b\w", text)][::10]
    t0 = time.process_time()
    for start in starts:
        triggers._period_act(text, start)
        triggers._protest_cause(text, start, start + 4)
        triggers.nature_as_toll(text, start, start + 4)
    assert time.process_time() - t0 < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
