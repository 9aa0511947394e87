"""Event fields: a span of two weekdays and "without causing injuries", session 27 (fields33).

Every sentence is our own. Classes:

- a span of two weekdays ("between Thursday and Saturday", "on Wednesday and Thursday", "overnight from
  Monday to Tuesday", "the night of Tuesday to Wednesday", "Friday night into Saturday") is one date
  expression, dated by its first day (the guide: a multi-day event is coded on its first day); the later
  weekday is read as a bare weekday (the latest on or before publication) and the first counted back from
  it. Two weekdays of two clauses ("on Monday, and ... on Tuesday") stay two dates;
- "without causing injuries" is no one hurt and so no one killed (0 and 0), as "without causing
  casualties" already was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from mapper.events import casualties
from mapper.events.dates import find_dates
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth

MONDAY = dt.date(2024, 7, 29)  # a Monday


def _dates(text: str, published: dt.date = MONDAY) -> list[tuple[str, str]]:
    return [(d.text, d.date.isoformat()) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers clashed with rebels near the town between Thursday and Saturday, officials said.",
     [("between Thursday and Saturday", "2024-07-25")]),
    ("Gunmen attacked several neighbourhoods overnight from Monday to Tuesday, killing five.",
     [("overnight from Monday to Tuesday", "2024-07-22")]),
    ("Rebels and soldiers fought near the border on Wednesday and Thursday, two residents said.",
     [("Wednesday and Thursday", "2024-07-24")]),
    ("Militiamen killed seven villagers on the night of Tuesday to Wednesday.",
     [("the night of Tuesday to Wednesday", "2024-07-23")]),
    ("Drones struck the port from Friday night into Saturday, the navy said.",
     [("from Friday night into Saturday", "2024-07-26")]),
    # the later day is the publication day itself
    ("Fighting raged in the district on Sunday and Monday.", [("Sunday and Monday", "2024-07-28")]),
    # controls: one weekday, and two weekdays of two clauses
    ("Jets bombed the market on Saturday.", [("Saturday", "2024-07-27")]),
    ("Shelling hit the town on Monday, and drones struck it again on Tuesday.",
     [("Monday", "2024-07-29"), ("Tuesday", "2024-07-23")]),
    ("Talks held on Thursday ended without a deal; both sides met again Friday.",
     [("Thursday", "2024-07-25"), ("Friday", "2024-07-26")]),
])
def test_a_span_of_two_weekdays_is_its_first_day(text: str, expected: list) -> None:
    assert _dates(text) == expected


def _events(pipeline: Pipeline, text: str, published: str) -> list[tuple]:
    doc = pipeline.parse(Article("f33", text, published=published))
    return [(e.location.name, e.sub_event_type, str(e.date), e.fatalities) for e in doc.events]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Malian soldiers clashed with Tuareg rebels near Tinzaouaten between Thursday and Saturday, with dozens "
     "killed on both sides.", "2024-07-29",
     [("Tinzaouaten", "Armed clash", "2024-07-25", 12)]),
    ("Gang members attacked Mirebalais overnight from Monday to Tuesday, killing at least five people, "
     "officials said.", "2026-03-18",
     [("Mirebalais", "Attack", "2026-03-16", 5)]),
    ("M23 fighters clashed with Burundian soldiers near Kamanyola on Wednesday and Thursday, residents said.",
     "2025-02-28", [("Kamanyola", "Armed clash", "2025-02-26", None)]),
    # control: one weekday
    ("M23 fighters clashed with Burundian soldiers near Kamanyola on Thursday, residents said.",
     "2025-02-28", [("Kamanyola", "Armed clash", "2025-02-27", None)]),
])
def test_an_event_over_two_weekdays(pipeline: Pipeline, text: str, published: str, expected: list) -> None:
    assert _events(pipeline, text, published) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A second explosive went off near the bridge without causing injuries, police said.", (0, 0)),
    ("A grenade thrown at the checkpoint exploded without causing any injuries.", (0, 0)),
    ("Two rockets landed near the airport without causing casualties.", (0, 0)),
    # controls: damage is not people, and figures stay figures
    ("A drone hit a warehouse without causing damage, the governor said.", (None, None)),
    ("A car bomb exploded outside the station, wounding six people.", (None, 6)),
])
def test_without_causing_injuries(sentence: str, expected: tuple) -> None:
    assert casualties.casualties(sentence) == expected


@pytest.mark.parametrize("unit", ["between Monday and ", "Monday and Tuesday and ", "from Friday night into ",
                                  "the night of Sunday to ", "overnight from Monday "])
def test_weekday_spans_are_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: find_dates(text, MONDAY)
    assert growth(make, 50_000) < GROWTH
