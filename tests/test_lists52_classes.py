"""Session 43 round 2, helper lists52: several sites after one verb, camps and facilities in lists, for the
classes of the blind files' train misses that training/events/sitelists50.jsonl carries. Every sentence is
our own.

- a camp noun after a list's site ("Strikes on Jabalia camp and Beit Lahiya", "bombed Nuseirat camp, Bureij
  and Deir al-Balah": a Gaza camp's mention is its town's name) and a city's neighbourhood or quarter noun
  ("homes in Gaza City's Sabra neighborhood, the Bureij refugee camp and eastern Khan Younis") no longer break
  the list, as the facility nouns (airport, port, terminal ...) already did not, and a compass word may come
  before the next name: each name is a site of the act (roles.py ``_FACILITY_LIST_GAP``).
- a town listed after a camp that lies near it ("Israeli strikes on Maghazi camp and Nuseirat") is a site of
  its own, not the camp's city told more broadly (coder.py ``_objects_joined`` reads the second name's
  capital after "and").
- the near misses: a camp's town after "and" with no act (aid reached, families returned) stays context, and
  a list whose first name is no site (a threat) carries nothing.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

coded = reader_of("site", "sub_type", "actor1", "date", published="2025-06-22")


# -- a camp, a neighbourhood or a quarter noun inside a list of sites ----------------------------------------

LISTS = [
    ("Airstrikes on Jabalia camp and Beit Hanoun kill 9, medics say",
     [("Jabālyā", "Air/drone strike", "Israeli forces", "2025-06-22"),
      ("Bayt Ḩānūn", "Air/drone strike", "Israeli forces", "2025-06-22")]),
    ("Israeli tanks shelled Bureij camp and Bani Suheila on Monday, medics said.",
     [("Al Burayj", "Shelling/artillery/missile attack", "Israeli forces", "2025-06-16"),
      ("Banī Suhaylā", "Shelling/artillery/missile attack", "Israeli forces", "2025-06-16")]),
    ("Israeli aircraft bombed Nuseirat camp, Bureij and Deir al-Balah on Friday, the civil defence said.",
     [("An Nuşayrāt", "Air/drone strike", "Israeli forces", "2025-06-20"),
      ("Al Burayj", "Air/drone strike", "Israeli forces", "2025-06-20"),
      ("Dayr al Balaḩ", "Air/drone strike", "Israeli forces", "2025-06-20")]),
    ("Israeli airstrikes hit homes in the Bureij refugee camp and eastern Khan Younis overnight.",
     [("Al Burayj", "Air/drone strike", "Israeli forces", "2025-06-22"),
      ("Khān Yūnis", "Air/drone strike", "Israeli forces", "2025-06-22")]),
]


@pytest.mark.parametrize(("text", "want"), LISTS)
def test_each_name_of_a_list_past_a_camp_is_a_site(pipeline: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(pipeline, text) == want


@pytest.mark.parametrize(("text", "want"), LISTS)
def test_each_name_of_a_list_past_a_camp_is_a_site_unfiltered(unfiltered: Pipeline, text: str,
                                                               want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


def test_a_neighbourhood_noun_does_not_break_the_list(pipeline: Pipeline) -> None:
    text = ("Israeli airstrikes hit homes in Gaza City's Sabra neighborhood, Bureij camp and Khan Younis "
            "overnight.")
    got = dict(roles_of(pipeline, text))
    assert got["Bureij"] == "event_site"
    assert got["Khan Younis"] == "event_site"
    assert got["Gaza City"] == "context"


def test_a_town_listed_after_a_camp_near_it_keeps_its_event(either: Pipeline) -> None:
    got = coded(either, "Israeli strikes on Maghazi camp and Nuseirat kill 11")
    assert got == [("Maghazi refugee camp", "Air/drone strike", "Israeli forces", "2025-06-22"),
                   ("An Nuşayrāt", "Air/drone strike", "Israeli forces", "2025-06-22")]


def test_a_camp_in_its_city_stays_one_event(either: Pipeline) -> None:
    # the near miss: the camp "in" its city is the site, the city only holds it
    got = coded(either, "Mortars landed inside Abu Shouk camp in El Fasher on Monday, aid groups said.")
    assert [e[0] for e in got] == ["Abu Shouk camp"]


NEAR_MISSES = [
    # no act: the names of the list stay context, camp or not
    "Aid trucks reached Maghazi camp and Deir al-Balah on Tuesday, the UN said.",
    "Displaced families returned to Jabalia camp and Beit Lahiya on Sunday.",
    # a threat: the list's first name is no site, so nothing is carried along
    "Israel threatens to strike Nuseirat camp and Deir al-Balah again",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_list_with_no_act_stays_context(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []
    assert all(role != "event_site" for _, role in roles_of(either, text))


# -- 100 KB: the changed gap pattern, and a parse of many such lists ----------------------------------------

UNITS = [" refugee camp and the eastern", " neighbourhood, the north-western ", " camp" * 30,
         " camps,   and   the  " * 10, " quarter, and southern" * 20]


@pytest.mark.parametrize("unit", UNITS)
def test_facility_list_gap_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(roles._FACILITY_LIST_GAP, text) < 3.0


def test_many_camp_lists_parse_linearly(unfiltered: Pipeline) -> None:
    unit = "Strikes hit Jabalia camp, Bureij refugee camp and eastern Khan Younis, medics said. "
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
