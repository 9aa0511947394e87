"""Dates of events as ACLED codes them (issue 14): "overnight Monday", and an event told through its
announcement ("said on Saturday it had recaptured") dated by the announcement. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from mapper import Pipeline
from mapper.events.dates import DAY, WEEK, find_dates, reported_on
from mapper.model import Article

PUBLISHED = dt.date(2025, 1, 15)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked the village overnight Monday.", [("overnight Monday", "2025-01-13", DAY)]),
    ("Drones struck overnight into Tuesday.", [("overnight into Tuesday", "2025-01-14", DAY)]),
    ("Shelling went on Sunday overnight.", [("Sunday overnight", "2025-01-12", DAY)]),
    ("Shelling went on overnight.", [("overnight", "2025-01-15", DAY)]),
    ("Fighting flared earlier this month.", [("earlier this month", "2025-01-15", 3)]),
    ("Rebels took the town last week.", [("last week", "2025-01-08", WEEK)]),
])
def test_overnight_and_relative_dates(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(d.text, d.date.isoformat(), d.precision) for d in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The army said on Saturday it had recaptured the bridge.", ("Saturday", "2025-01-11", WEEK)),
    ("Rebels announced Sunday that they had taken the airport.", ("Sunday", "2025-01-12", WEEK)),
    ("The ministry said on Monday its forces had repelled an attack.", ("Monday", "2025-01-13", WEEK)),
    ("Police confirmed on Tuesday, that it had arrested 12 people.", ("Tuesday", "2025-01-14", WEEK)),
    # not an announcement of the speaker's own done action
    ("The army said on Saturday the town was calm.", None),
    ("Shelling hit the town on Saturday, the army said.", None),
    ("The army will say on Saturday whether it had retaken the bridge.", None),
])
def test_reported_on(sentence: str, expected: tuple[str, str, int] | None) -> None:
    found = reported_on(sentence, find_dates(sentence, PUBLISHED))
    assert (None if found is None else (found.text, found.date.isoformat(), found.precision)) == expected


def test_an_announced_capture_is_dated_by_its_announcement(pipeline: Pipeline) -> None:
    a = pipeline.parse(Article(id="x", text="Sudan's army said on Saturday it had recaptured Wad Madani.",
                               published="2025-01-15"))
    (ev,) = [e for e in a.events if e.sub_event_type == "Government regains territory"]
    assert (ev.date, ev.time_precision) == ("2025-01-11", WEEK)
    assert ev.actor1 is not None and ev.actor1.name == "Sudanese forces"


@pytest.mark.parametrize("unit", ["said on Saturday it had ", "overnight ", "overnight into Monday ",
                                  "said on Monday, that ", "said "])
def test_pathological_100kb_dates(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    t0 = time.perf_counter()
    reported_on(text, find_dates(text, PUBLISHED))
    assert time.perf_counter() - t0 < 10  # quadratic on 100 KB takes minutes
