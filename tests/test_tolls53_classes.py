"""Session 44, helper tolls53: tolls and dates for the classes that training/events/tolls52.jsonl carries.
Every sentence is our own.

- a total spread over places by its subject ("Israeli strikes across Gaza killed 18 people", "Drone
  strikes on Saturday killed 14 people" with no place of their own before the verb) gives each share
  ", including N in|at X" to its place (`casualties._spread_before`), and further shares "and M in Y" after
  the first are read (`casualties._more_parts`); the near misses: "including six children" (no place),
  strikes on a named place, one strike;
- a day right before "N days after" dates the act told before it, the shifted day the act told after it
  (`clauses._side_of_after` in `clauses._date_owners`); the near miss: the shifted day first;
- "meeting no resistance", "met with stiff resistance" are no talks (the Meeting/talks trigger of
  `triggers`): the talks took the advance's day; the near miss: a meeting held.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from mapper.events import casualties as cas
from mapper.events import clauses, triggers
from mapper.events.dates import find_dates
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, trigger_scan_cpu, trigger_scan_growth

coded = reader_of("site", "date_text", "fatalities", published="2025-12-03", sort=True)


def killed(text: str) -> list[int]:
    return [r.value for r in cas.reports(text) if r.killed]


# -- a total's shares ----

SHARES = [
    # the subject spreads the total: each share is read, the total is not
    ("Israeli strikes across Gaza killed 21 people on Tuesday, including nine in Jabalia and five in Deir "
     "al-Balah, medics said.", [9, 5]),
    ("Drone strikes on Saturday killed 14 people, including six at a market in Kaya, residents said.", [6]),
    ("Russian attacks killed eight civilians overnight, including five in Kherson, the governor said.", [5]),
    # spread after the total (read before this round): now its second share too
    ("Bandits killed 14 people across Zamfara on Saturday, including eight in Maru and six in Tsafe.",
     [8, 6]),
    ("Gunmen killed 20 villagers across the state on Sunday, including 12 near Bokkos and eight in Mangu.",
     [12, 8]),
]


@pytest.mark.parametrize(("text", "want"), SHARES)
def test_shares_of_a_spread_total(text: str, want: list[int]) -> None:
    assert killed(text) == want


SHARE_NEAR_MISSES = [
    # a share with no place: the total
    ("Israeli strikes killed 11 people, including six children, medics said.", [11]),
    ("Drone strikes on Monday killed 17 people, including seven women.", [17]),
    # the subject's own place: the total is that place's
    ("Israeli strikes on Jabalia killed 11 people, including six at a school in Jabalia.", [11]),
    # one strike: the total
    ("An airstrike on a house killed 11 people, including six at a school in Nuseirat.", [11]),
    # a period's tally stays out
    ("Attacks have killed 400 people since April, including 60 in Zamzam.", []),
]


@pytest.mark.parametrize(("text", "want"), SHARE_NEAR_MISSES)
def test_share_near_misses(text: str, want: list[int]) -> None:
    assert killed(text) == want


def test_share_of_many_strikes_in_a_story(unfiltered: Pipeline) -> None:
    text = ("In Gaza, the health ministry said Israeli strikes on Monday killed 17 people, including seven "
            "at a school sheltering displaced families in Khan Younis.")
    assert ("Khān Yūnis", "2025-12-01", 7) in coded(unfiltered, text)


def test_one_strike_keeps_its_total_in_a_story(either: Pipeline) -> None:
    text = "An Israeli airstrike on a house in Nuseirat killed 11 people on Monday, including six children."
    assert [f for _, _, f in coded(either, text)] == [11]


# -- "on Saturday, two days after" ----

def test_the_day_before_days_after_dates_the_act_before(unfiltered: Pipeline) -> None:
    text = ("The government signed a peace deal with the 3R rebel group in Bangui on Saturday, two days "
            "after 3R fighters killed three soldiers near Paoua, officials said.")
    got = {name: date for name, date, _ in coded(unfiltered, text)}
    assert got == {"Bangui": "2025-11-29", "Paoua": "2025-11-27"}


def test_days_after_first_is_unchanged(unfiltered: Pipeline) -> None:
    # the near miss: the act told first is the later one, the shifted day the earlier act's (as before)
    text = ("Rebels attacked an army post near Paoua on Saturday, two days after the government signed a "
            "ceasefire with them in Bangui.")
    got = {name: date for name, date, _ in coded(unfiltered, text)}
    assert got == {"Paoua": "2025-11-29", "Bangui": "2025-11-27"}


def test_side_of_after_picks_the_clause_by_side() -> None:
    # the killing's verb is nearer to "Saturday" than the deal's: the deal still takes it
    text = ("The government signed a peace deal with the rebels on Saturday, two days after rebels killed "
            "three soldiers.")
    found = triggers.clauses(text)
    dates = find_dates(text, dt.date(2025, 12, 3))
    assert [d.text for d in dates] == ["Saturday", "two days after"]
    owners = clauses._date_owners(found, dates, text)
    assert [c.sub_event_type for c in owners] == ["Agreement", "Armed clash"]


# -- "meeting no resistance" ----

NO_TALKS = [
    "M23 rebels walked into the centre of Bunia on Monday, meeting no resistance, residents said.",
    "Rebels entered the town on Monday, meeting little opposition.",
    "The troops were met with stiff resistance near the bridge on Monday.",
]


@pytest.mark.parametrize("text", NO_TALKS)
def test_meeting_resistance_is_no_talks(text: str) -> None:
    assert "Meeting/talks" not in [c.sub_event_type for c in triggers.clauses(text)]


def test_meeting_held_is_talks() -> None:
    # the near miss: a meeting held, and one about resistance
    for text in ("Army chiefs held a meeting in Bunia on Monday.",
                 "Elders met rebel leaders on Monday to discuss the resistance."):
        assert "Meeting/talks" in [c.sub_event_type for c in triggers.clauses(text)]


def test_unopposed_advance_keeps_its_day(unfiltered: Pipeline) -> None:
    text = ("GOMA, Congo (Reuters) - M23 rebels walked into the centre of Bunia on Monday, meeting no "
            "resistance after government troops withdrew, residents said.")
    assert coded(unfiltered, text) == [("Bunia", "2025-12-01", None)]


# -- 100 KB: the readers stay linear ----

@pytest.mark.parametrize("unit", ["meeting no stiff ", "met with no little resistanc ", "meeting meeting "])
def test_meeting_trigger_scan_linear(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", [
    "strikes across Gaza killed 14 people, including six in Kaya and two in Dori and three in ",
    "strikes killed 14 people, including six and and and and two in and ",
    "Drone strikes on Monday killed 17 people, including seven at a school in Kaya. ",
    "strikes strikes strikes strikes killed 9, including 2 in ",
])
def test_share_readers_linear(unit: str) -> None:
    text = hundred_kb(unit)
    start = time.process_time()
    cas.reports(text)
    assert time.process_time() - start < 3.0


def test_date_owners_linear_on_100_kb() -> None:
    unit = "rebels attacked a post on Saturday, two days after troops shelled a camp "
    text = hundred_kb(unit)
    found = triggers.clauses(text)
    dates = find_dates(text, dt.date(2025, 12, 3))
    start = time.process_time()
    clauses._date_owners(found, dates, text)
    assert time.process_time() - start < 3.0
