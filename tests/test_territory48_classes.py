"""Session 41 (territory48): a base taken is an Armed clash, not ground taken (the guide: "Overrunning a base
is an Armed clash (overtakes territory only if the town is taken)"), also when the headline verb ends in
"s" ("overruns Nasir garrison": the trigger "overrun" stops before it) and when the base is an army's or
military camp ("seizes Djibo army camp"); the near misses that must not change: a town taken, a bare
"camp" (as often one of displaced people), and a base named last in a list of what was taken ("seized the
presidential palace and military camps": more than a base). Read with the event filter off (the rules) and
with the 100 KB linear-time check of the changed pattern."""

from __future__ import annotations

import re
import time

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events

CLAUSES: list[tuple[str, str]] = [
    # the headline's verb with its "s", a garrison after the town's name
    ("Rebels overruns Kurmuk garrison, dozens of soldiers killed", "Armed clash"),
    ("White Army overruns army garrison in Ulang", "Armed clash"),
    # an army's or military camp
    ("ISWAP seizes Monguno army camp after hours-long battle", "Armed clash"),
    ("Jihadists captured a military camp near Tessit", "Armed clash"),
    # near misses: the town itself, a bare camp, a list with more than a base
    ("Rebels seize Kurmuk after two days of fighting", "Non-state actor overtakes territory"),
    ("Rebels seize Kalma camp for displaced people", "Non-state actor overtakes territory"),
    ("Separatists seized the governor's palace and military camps in Mukalla",
     "Non-state actor overtakes territory"),
    # vehicles seized in an ambush are spoils: the ambush is the act
    ("Rebels ambushed an army convoy near Kurmuk on Sunday, seizing two trucks.", "Armed clash"),
    ("Militants attacked a police patrol near Tessit, seizing several pick-ups.", "Armed clash"),
    # near miss: towns seized
    ("Rebels seized two towns near Kurmuk on Sunday.", "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "sub"), CLAUSES)
def test_a_base_taken_is_a_clash(text: str, sub: str) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text) if c.family == "violence"] == [sub]


EVENTS: list[tuple[str, list[Row]]] = [
    # a garrison overrun: the battle, with its toll and the state's forces as the other side
    ("White Army overruns Bentiu garrison, killing 20 soldiers",
     [("Bentiu", "Battles", "Armed clash", 20, "White Army", "South Sudanese forces")]),
    # the near miss: the town taken
    ("Rebels seize Kurmuk after two days of fighting",
     [("Kurmuk", "Battles", "Non-state actor overtakes territory", None, "rebels", None)]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


UNITS = ["seizing two two two trucks of ", "seized a a a army army vehicle ",
         "overruns overruns garrison garrison ", "seizes army army camp camp ",
         "seized the palace and and military camps ", "overrun s s s base "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_base_pattern_on_100_kb_is_fast(unit: str) -> None:
    text = hundred_kb(unit)
    starts = [m.end() for m in re.finditer(r"\b\w", text)][::20]
    t0 = time.process_time()
    for start in starts:
        triggers._BASE_TAKEN.match(text, start, start + triggers._BASE_TAKEN_CHARS)
        triggers._VEHICLES_AFTER.match(text, start, start + 90)
    triggers.clauses(text[:100_000])
    assert time.process_time() - t0 < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
