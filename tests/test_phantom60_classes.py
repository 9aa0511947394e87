"""Session 47 round 2, helper phantom60: the day a span of years is marked, told between the span and
"since", for the blind rows where a past act remembered "N years on <weekday> since" was coded
(training/events/noevent59.jsonl). Every sentence is our own.

- the marking's day between the span and "since": "marked a year on Monday since the massacre", "marked two
  years this week since", "marks eight years today since" (triggers._YEARS_SINCE_BEFORE, with
  triggers._MARKING_DAY_WORDS): the act after "since" is long past, no event (blind b59-045; tl49-034);
  near misses: the day's act told before the marking keeps its event ("Gunmen killed ... on Wednesday, a
  day after villagers marked two years on Tuesday since raids ..."), and the day's act after a comma ("Two
  years on Monday since the coup, jets bombed X") is not past.

Tried and dropped (it fixed only noevent59's own items): "N years on <weekday>" read as a day, not as "N
years on" (later), so that "Car bomb kills six in X as Iraqis mark nine years on Friday since ..." keeps
the bomb. Not tuned: a holiday named like a place ("on Saba Saba anniversary", b54-012, b58-018).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _YEARS_SINCE_BEFORE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2026-10-22"  # a Thursday


coded = reader_of("site", "sub_type", published=PUBLISHED)


# -- the marking's day between the span and "since" ---------------------------------------------------------

REMEMBERED = [
    "Villagers in Kaya marked three years on Tuesday since the attack in which soldiers shot dead 60 people.",
    "Survivors in Izium marked two years this week since Russian shelling destroyed the town's hospital.",
    "Tongo Tongo marks eight years today since the ambush that killed four US soldiers",
    "Families in Kabul marked a year on Sunday since a suicide bombing at a school killed 53 students.",
]


@pytest.mark.parametrize("text", REMEMBERED)
def test_an_act_a_span_is_counted_from_on_the_day_it_is_marked(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


def test_the_days_act_told_before_the_marking_keeps_its_event(either: Pipeline) -> None:
    text = ("Gunmen killed five herders near Kachia on Wednesday, a day after villagers marked two years on "
            "Tuesday since raids that left dozens dead.")
    assert coded(either, text) == [("Kachia", "Attack")]


def test_the_days_act_after_a_comma_is_not_past(either: Pipeline) -> None:
    text = "Two years on Monday since the coup, army jets bombed a market in Kyaukme, killing nine people."
    assert coded(either, text) == [("Kyaukme", "Air/drone strike")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "two years on monday ",
    "a year this week today since since ",
    "years on on fridays ",
    "nine  years  on   sunday since a b c ",
])
def test_the_changed_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_YEARS_SINCE_BEFORE, text) < 3.0


def test_many_markings_parse_linearly(either: Pipeline) -> None:
    unit = ("Villagers in Kaya marked three years on Tuesday since the attack. Families in Kabul "
            "marked a year this week since a bombing at a school killed 53 students. ")
    assert repeated_parse_growth(either, unit) < GROWTH
