"""Dates told from another date of the same sentence ("two days after", "a day earlier", "the previous
day") and dates of a closing attribution ("..., the army said on Friday"). Sentences written for these
tests; 2025-03-14 is a Friday."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from mapper import Pipeline
from mapper.events import dates
from mapper.events.dates import DAY, WEEK, find_dates, reported_on
from mapper.model import Article

FRIDAY = dt.date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police detained 20 men in the town on Thursday, two days after a bomb hit the market.",
     [("Thursday", dt.date(2025, 3, 13)), ("two days after", dt.date(2025, 3, 11))]),
    ("Troops searched the camp on Wednesday after an ambush on a convoy a day earlier.",
     [("Wednesday", dt.date(2025, 3, 12)), ("a day earlier", dt.date(2025, 3, 11))]),
    ("The governor said on Tuesday that rebels had shelled the port the previous day.",
     [("Tuesday", dt.date(2025, 3, 11)), ("the previous day", dt.date(2025, 3, 10))]),
    ("Militants seized the town on Monday and were driven out the next day.",
     [("Monday", dt.date(2025, 3, 10)), ("the next day", dt.date(2025, 3, 11))]),
    ("Jets struck the depot on March 3; three days later drones hit the airport.",
     [("March 3", dt.date(2025, 3, 3)), ("three days later", dt.date(2025, 3, 6))]),
])
def test_a_shift_counts_from_the_day_the_sentence_gave(text: str,
                                                      expected: list[tuple[str, dt.date]]) -> None:
    assert [(d.text, d.date) for d in find_dates(text, FRIDAY)] == expected
    assert all(d.precision == DAY for d in find_dates(text, FRIDAY))


@pytest.mark.parametrize("text", [
    "A day earlier, gunmen killed four people in the village.",  # the story's last date anchors it
    "The raid began two days after a ceasefire took hold.",  # no day in the sentence
    "Jets struck on Saturday, two days after a truce agreed in Geneva on September 9.",  # its own date
])
def test_a_shift_without_an_anchor_of_its_own_is_left_out(text: str) -> None:
    assert all("day after" not in d.text and "earlier" not in d.text for d in find_dates(text, FRIDAY))


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen abducted two engineers on a road near the dam, the army said on Thursday.",
     dt.date(2025, 3, 13)),
    ("Rebels have taken control of the border town, the president announced on Wednesday in a televised "
     "address.", dt.date(2025, 3, 12)),
    ("Drones struck a fuel depot overnight, residents said, and the ministry confirmed on Tuesday.",
     dt.date(2025, 3, 11)),
])
def test_a_closing_attribution_dates_an_undated_act(text: str, expected: dt.date) -> None:
    found = reported_on(text, find_dates(text, FRIDAY))
    assert found is not None and (found.date, found.precision) == (expected, WEEK)


@pytest.mark.parametrize("text", [
    "The army said on Thursday.",  # no act before it
    "The army said on Thursday that talks would resume next month in the capital city of the country.",
    "Gunmen abducted two engineers, the army said on Thursday, as fighting spread across three provinces "
    "and thousands fled their homes towards the border crossings in the south.",  # not a closing one
])
def test_other_reports_are_no_closing_attribution(text: str) -> None:
    assert reported_on(text, find_dates(text, FRIDAY)) is None


@pytest.mark.parametrize(("text", "site", "expected"), [
    ("Police detained 20 men in Goma on Thursday, two days after a bomb hit a market in Beni, killing "
     "three people.", "Beni", "2025-03-11"),
    ("Gunmen kidnapped two soldiers on a road outside Jamundi, the army said on Wednesday.", "Jamund",
     "2025-03-12"),
])
def test_the_event_gets_the_day(pipeline: Pipeline, text: str, site: str, expected: str) -> None:
    a = pipeline.parse(Article(id="x", text=text, published="2025-03-14"))
    dated = {e.location.name: str(e.date) for e in a.events}
    assert any(name.startswith(site) and day == expected for name, day in dated.items()), dated


@pytest.mark.parametrize("unit", ["on Monday, a day after ", "two days later ", "the previous day ",
                                  ", the army said on Friday ", "a day after, ", "on Monday a day earlier "])
def test_pathological_100kb_shifts_and_attributions(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    t0 = time.perf_counter()
    found = find_dates(text, FRIDAY)
    reported_on(text, found)
    dates._ATTRIBUTION_END.match(text, 0)
    dates._ATTRIBUTION_BEFORE.search(text, 0, 2000)
    assert time.perf_counter() - t0 < 10  # quadratic on 100 KB takes minutes
