"""Session 47, helper sites59: wire paragraphs, for the classes of the blind files' train misses (mixed56,
mixed57) that training/events/places61.jsonl carries. Every sentence is our own.

- a city opening its sentence as the frame, with its own district told later in the clause: "In Baghdad, a
  sticky bomb exploded under a car in the Sadr City district", "In Kyiv, a Russian drone hit a warehouse in
  the Darnytskyi district" (blind b56-074's Daynile): the district is the site, the city only says where it
  is (roles._framing_city, read in ``_yield_to_specific_sites``; the district was made the context of the
  city, rule part_of, as a district of the city's province near it). Near misses that must not change: a
  "district" far from the framing city ("In Baghdad, ... in the Tuz Khurmatu district": the city keeps the
  act), a province as the frame ("In Nineveh, ... in the Sinjar district": already the district), a
  possessive ("Kabul's Dasht-e-Barchi area": already the part).
- a killing told with its own killers at the place of a specific act of another day: "militants ambushed a
  convoy in Sararogha on Tuesday ... Security forces killed eight militants in a follow-up operation in
  Sararogha on Wednesday" (blind b56-058) is a second event, of its own day (coder.py ``_incident``: the day
  split of one place's sub-type, until now only for specific acts, now also for an active killing after a
  specific act there). Near misses that must not change: a passive toll of another day ("Two more people were
  killed in Gao on Tuesday": the same attack), the report's own day ("..., the ISPR said on Wednesday").

Not tuned (see the guide's row of places61): a list of regions after "and damaging" ("damaging power
facilities in the Poltava and Kirovohrad regions"), an attack in a "since"/"after" clause of a displacement
sentence ("have fled to Kaya since JNIM fighters attacked the town of Dablo"), the same town's second act on
the next day, a plain "In X, police arrested ...".
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _CITY_PART_AFTER, _CITY_PART_BEFORE
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-03-13"  # a Thursday


coded = reader_of("site", "sub_type", "fatalities", published=PUBLISHED)


# -- a framing city's own district --------------------------------------------------------------------------

FRAMED = [
    ("In Baghdad, a sticky bomb exploded under a car in the Sadr City district late on Wednesday, "
     "wounding two people, a security source said.",
     [("Baghdad", "context"), ("Sadr City", "event_site")], "Sadr City"),
    ("In Kyiv, a Russian drone hit a warehouse in the Darnytskyi district overnight, starting a fire, the "
     "city's military administration said.",
     [("Kyiv", "context"), ("Russian", "actor"), ("Darnytskyi", "event_site")], "Darnytskyi"),
    ("In Tripoli, gunmen shot dead a money changer in the Souq al-Juma district on Sunday, police said.",
     [("Tripoli", "context"), ("Souq al-Juma", "event_site")], "Souq al-Juma"),
    ("In Kabul, a bomb hidden in a cart exploded in the Dasht-e-Barchi neighbourhood on Tuesday, "
     "killing four people.",
     [("Kabul", "context"), ("Dasht-e-Barchi", "event_site")], "Dasht-e-Barchi"),
]


@pytest.mark.parametrize(("text", "want", "site"), FRAMED)
def test_a_framing_citys_own_district_is_the_site(either: Pipeline, text: str, want: list[tuple[str, str]],
                                                   site: str) -> None:
    assert roles_of(either, text) == want
    assert [row[0] for row in coded(either, text)] == [site]


NEAR = [
    # a district far from the framing city: the city keeps the act
    ("In Baghdad, a roadside bomb hit a police patrol in the Tuz Khurmatu district on Monday, killing two "
     "officers.", [("Baghdad", "event_site"), ("Tuz Khurmatu", "event_site")], ["Baghdad"]),
    # a province as the frame: the district was already the site
    ("In Nineveh, a roadside bomb hit an army patrol in the Sinjar district on Monday, killing two soldiers.",
     [("Nineveh", "context"), ("Sinjar", "event_site")], ["Sinjār"]),
    # a city's possessive: the part was already the site
    ("A bomb hidden in a cart exploded in Kabul's Dasht-e-Barchi area on Tuesday, killing four people.",
     [("Kabul", "context"), ("Dasht-e-Barchi", "event_site")], ["Dasht-e-Barchi"]),
]


@pytest.mark.parametrize(("text", "want", "sites"), NEAR)
def test_the_near_misses_do_not_change(either: Pipeline, text: str, want: list[tuple[str, str]],
                                       sites: list[str]) -> None:
    assert roles_of(either, text) == want
    assert [row[0] for row in coded(either, text)] == sites


def test_the_wire_paragraph_places_the_bombing_at_the_district(either: Pipeline) -> None:
    text = ("Gunmen shot dead a shop owner in Basra on Wednesday, police said. In Baghdad, a sticky bomb "
            "exploded under a car in the Sadr City district late on Wednesday, wounding two people, a "
            "security source said. No one claimed either attack.")
    rows = coded(either, text)
    assert [row[0] for row in rows] == ["Basrah", "Sadr City"]
    assert rows[1][1] == "Remote explosive/landmine/IED"


# -- a killing of another day at the place of a specific act ----------------------------------------------

NEXT_DAY = [
    ("Militants ambushed a military convoy in Sararogha on Tuesday, killing twelve soldiers, the ISPR said. "
     "Security forces killed eight militants in a follow-up operation in Sararogha on Wednesday, it added.",
     [("Sararogha", "2025-03-11", 12), ("Sararogha", "2025-03-12", 8)]),
    ("Islamic State fighters ambushed an army patrol near Tillia on Tuesday, killing seven soldiers, the "
     "ministry said. Troops pursuing the attackers killed 15 of them near Tillia on Wednesday, the "
     "ministry said.",
     [("Tillia", "2025-03-11", 7), ("Tillia", "2025-03-12", 15)]),
]


def dated(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(Article("sites59", text, published=PUBLISHED))
    return [(e.location.name, str(e.date), e.fatalities) for e in doc.events]


@pytest.mark.parametrize(("text", "want"), NEXT_DAY)
def test_a_killing_of_another_day_is_its_own_event(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert dated(either, text) == want


def test_a_passive_toll_of_another_day_stays_the_same_event(either: Pipeline) -> None:
    text = ("Gunmen attacked a market in Gao on Monday, killing five traders. Two more people were killed in "
            "Gao on Tuesday, officials said.")
    assert dated(either, text) == [("Gao", "2025-03-10", 5)]


def test_the_reports_day_is_not_another_days_act(either: Pipeline) -> None:
    text = ("Militants ambushed a military convoy in Sararogha on Tuesday, killing twelve soldiers, the ISPR "
            "said on Wednesday.")
    assert dated(either, text) == [("Sararogha", "2025-03-11", 12)]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "the " * 5 + "   ",
    "the   district   neighbourhood quarter of   ",
    " district" * 4 + "   of",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_CITY_PART_BEFORE, _CITY_PART_AFTER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_framed_districts_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("In Baghdad, a bomb exploded in the Sadr City district, wounding two. In Kyiv, a drone hit a "
            "warehouse in the Darnytskyi district. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH


def test_many_next_day_killings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Militants ambushed a convoy in Sararogha on Tuesday, killing two soldiers. Troops killed three "
            "militants in Sararogha on Wednesday. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH


def test_one_long_sentence_of_districts_parses_linearly(unfiltered: Pipeline) -> None:
    unit = "a bomb exploded in the Sadr City district and "
    assert growth(parsing(unfiltered, lambda n: "In Baghdad, " + unit * max(1, n // len(unit)) + "two died."),
                  4_000) < GROWTH
