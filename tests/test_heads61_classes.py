"""Session 48, helper heads61: headlines and single sentences, for the classes of the blind files' train
missed and spurious rows that training/events/headlines60.jsonl carries. Every sentence is our own.

- a place's name as the name of a day kept or remembered: "on X anniversary", "X Day" (roles._NAMED_DAY_AFTER,
  read in ``_role_alone``): the mention is context, and the place the act is told at keeps the event
  (b54-012, b58-018 "on Saba Saba anniversary"). Near misses that must not change: "day" in lower case
  ("hit Kharkiv day after talks collapse"), an anniversary told with "of" ("on the anniversary of the Kisumu
  killings": the base reading, context by another rule).
- a crowd named by its trade before the participle of its demand: "Hundreds of vendors demanding compensation
  marched on the governor's office in X" (triggers._CROWD_BEFORE, now with teachers, nurses, doctors,
  lecturers, pensioners, drivers, vendors, medics, retirees, read by ``_crowd_participle``): the participle
  names the crowd and does not govern its past-tense act (a24-059). Near misses that must not change: the
  crowd's plan ("plan to march on ..."), and a demand told with "that" ("demanding that the government pay
  ... marched": unreal on the base code for every crowd, as for farmers).
- an office after "and", the act's second object, then the teller after a comma: "Drones hit a fuel depot and
  a police headquarters in X on Friday, officials said" (roles._STRUCK_OFFICE_ALSO, read in
  ``_struck_office``: the gap to the trigger is read from an "and" before a determiner): the place is the
  site, not the office's seat (b43-049's Tehran). Near misses that must not change: a comma before the
  "and" ("hit a fuel depot, and the ministry in X said": a second clause, origin), no comma before the
  teller ("and the army command in X said it shot down six": origin).
- a crowd named by a place, then placed at another with "in" or "at": "Police fire tear gas at Gaza protesters
  in Tel Aviv" (roles._CROWD_PLACED_AFTER, read in ``_role_alone``): the crowd's cause or home is context, the
  place after "in" the site (b52-030 "Saba Saba marchers in Nairobi"). Near misses that must not change: a
  town's crowd with no place after it ("Nairobi protesters on Tuesday", "Kisumu marchers near parliament":
  the town is the site).
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _CROWD_PLACED_AFTER, _NAMED_DAY_AFTER, _STRUCK_OFFICE_ALSO
from mapper.events.triggers import _CROWD_BEFORE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-07-07"  # a Monday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a place's name as a day's name ----------------------------------------------------------------------

NAMED_DAYS = [
    ("Thousands rally in Tehran on Quds Day as police detain dozens",
     [("Tehran", "event_site"), ("Quds", "context")],
     [("Tehran", "Protest with intervention", "protesters", "police")]),
    ("Riot police fired tear gas at students in Durban on the Soweto anniversary on Monday.",
     [("Durban", "event_site"), ("Soweto", "context")],
     [("Durban", "Protest with intervention", "protesters", "police")]),
]


@pytest.mark.parametrize(("text", "roles", "events"), NAMED_DAYS)
def test_a_places_name_before_day_or_anniversary_is_context(either: Pipeline, text: str,
                                                            roles: list[tuple[str, str]],
                                                            events: list[tuple]) -> None:
    assert roles_of(either, text) == roles
    assert coded(either, text) == events


@pytest.mark.parametrize(("text", "roles"), [
    ("Russian missiles hit Kharkiv day after talks collapse",
     [("Russian", "actor"), ("Kharkiv", "event_site")]),
    ("Police fired tear gas at protesters in Nairobi on the anniversary of the Kisumu killings.",
     [("Nairobi", "event_site"), ("Kisumu", "context")]),
])
def test_near_misses_of_the_named_day(either: Pipeline, text: str, roles: list[tuple[str, str]]) -> None:
    assert roles_of(either, text) == roles


# -- a crowd by its trade, then the participle of its demand -------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Hundreds of vendors demanding compensation marched on the governor's office in Kaduna on Monday.",
     [("Kaduna", "Peaceful protest", "protesters", None)]),
    ("Pensioners demanding arrears blocked roads in Bulawayo on Tuesday, police said.",
     [("Bulawayo", "Violent demonstration", "rioters", "police")]),
])
def test_a_trades_crowd_demanding_does_not_govern_its_own_act(either: Pipeline, text: str,
                                                             want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("text", "roles"), [
    ("Vendors demanding compensation plan to march on the governor's office in Kaduna on Monday.",
     [("Kaduna", "origin")]),
    ("Nurses demanding that the government pay arrears marched in Blantyre on Monday.",
     [("Blantyre", "context")]),
])
def test_near_misses_of_the_trades_crowd(either: Pipeline, text: str, roles: list[tuple[str, str]]) -> None:
    assert roles_of(either, text) == roles
    assert coded(either, text) == []


# -- an office after "and" -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Drones hit a fuel depot and a police headquarters in Kassala on Friday, officials said.",
     [("Kassala", "Air/drone strike", None, "police")]),
    ("Shells hit a bakery and the district commissioner's office in Beledweyne on Sunday, residents said.",
     [("Beledweyne", "Shelling/artillery/missile attack", None, None)]),
])
def test_an_office_after_and_is_the_acts_second_object(either: Pipeline, text: str,
                                                       want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("text", "roles"), [
    ("Drones hit a fuel depot, and the ministry in Kassala said on Friday that three people died.",
     [("Kassala", "origin")]),
    ("Drones hit a fuel depot and the army command in Kassala said it shot down six.",
     [("Kassala", "origin")]),
])
def test_near_misses_of_the_office_after_and(either: Pipeline, text: str,
                                             roles: list[tuple[str, str]]) -> None:
    assert roles_of(either, text) == roles


# -- a crowd named by a place, placed at another -----------------------------------------------------------

def test_a_crowd_named_by_a_place_is_placed_where_the_text_puts_it(either: Pipeline) -> None:
    text = "Police fire tear gas at Gaza protesters in Tel Aviv"
    assert roles_of(either, text) == [("Gaza", "context"), ("Tel Aviv", "event_site")]
    assert coded(either, text) == [("Tel Aviv", "Protest with intervention", "protesters", "police")]


@pytest.mark.parametrize(("text", "site"), [
    ("Police fire tear gas at Nairobi protesters on Tuesday", "Nairobi"),
    ("Police fire tear gas at Kisumu marchers near parliament", "Kisumu"),
])
def test_near_misses_of_the_crowd_placed(either: Pipeline, text: str, site: str) -> None:
    assert roles_of(either, text) == [(site, "event_site")]

# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    " Day" * 5 + " anniversary  ",
    " \t  " * 4 + "Da",
    "teachers nurses pensioners  " * 3,
    " and  and the and a " * 3 + "an",
    " marchers  protesters in " * 3 + "at",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_NAMED_DAY_AFTER, _CROWD_BEFORE, _STRUCK_OFFICE_ALSO, _CROWD_PLACED_AFTER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_named_days_and_crowds_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Police fire tear gas at protesters in Nairobi on Saba Saba anniversary. Thousands rally in "
            "Tehran on Quds Day. Hundreds of teachers demanding unpaid salaries marched on the governor's "
            "office in Maiduguri. Drones hit a fuel depot and a police headquarters in Kassala, officials "
            "said. Police fire tear gas at Gaza protesters in Tel Aviv. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
