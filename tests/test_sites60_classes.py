"""Session 47, round 2, helper sites60: wire items, for the class of a second act's list of provinces that
training/events/places62.jsonl carries (the lead of places61's row: "killing two people in Zaporizhzhia and
damaging power facilities in the Poltava and Kirovohrad regions"). Every sentence is our own.

- a later name of a list of provinces before a plural head noun, in a second act after a town's act: "Russian
  drones hit an apartment block in Kharkiv ..., and damaged energy facilities in the Sumy and Chernihiv
  regions" codes Sumy AND Chernihiv (coder.py ``_own_province``: until now only a province with an act of
  the clause between the last chosen site and it was a site of its own, so the list's first name was one
  and the later names were dropped as provinces beside the town; now a name joined to a chosen site before
  it by ",", "and" or ", and" and followed by the plural head noun, or by the rest of such a list, is one
  too: ``_JOINED_PROVINCE_NAMES``, ``_PLURAL_PROVINCE_AFTER``). Near misses that must not change: the list
  after a town with no act between ("killed five villagers in Bakura in the Zamfara and Katsina states":
  the first state is context, so the second is no site either), a list of provinces where operations "would
  continue" (no act), a single name and a region not in one list ("in Sumy and the Chernihiv region").

Not tuned (the guide's row of places62): a second act with no subject and a damage verb ("killed two
people in Zaporizhzhia on Monday and damaged a substation in the Dnipropetrovsk region": "damaged" is no
trigger of the clause, the region stays a province beside the town).
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _JOINED_PROVINCE_NAMES, _PLURAL_PROVINCE_AFTER
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-11-04"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)

LISTS = [
    ("Russian drones hit an apartment block in Kharkiv overnight, killing three people, and damaged energy "
     "facilities in the Sumy and Chernihiv regions, officials said on Tuesday.",
     [("Kharkiv", "Air/drone strike", "Russian forces"),
      ("Sumska oblast", "Air/drone strike", "Russian forces"),
      ("Chernihivska oblast", "Air/drone strike", "Russian forces")]),
    ("Russian drones struck a warehouse in Kremenchuk overnight, killing two guards, and damaged substations "
     "in the Cherkasy, Vinnytsia and Zhytomyr regions, the energy ministry said on Tuesday.",
     [("Kremenchuk", "Air/drone strike", "Russian forces"),
      ("Cherkaska oblast", "Air/drone strike", "Russian forces"),
      ("Vinnytska oblast", "Air/drone strike", "Russian forces"),
      ("Zhytomyrska oblast", "Air/drone strike", "Russian forces")]),
]


@pytest.mark.parametrize(("text", "want"), LISTS)
def test_each_province_of_a_second_acts_list_is_a_site(either: Pipeline, text: str,
                                                      want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR = [
    # a list after a town with no act between: the town is the site, the states its area
    ("Gunmen killed five villagers in Bakura in the Zamfara and Katsina states on Monday, police said.",
     ["Bakura"]),
    # a list where operations would continue: no act there
    ("Troops killed 20 bandits in Tsafe on Monday, the army said, adding that operations in the Zamfara and "
     "Katsina states would continue.", ["Tsafe"]),
    # a town and a region, not one list: the region stays beside the town
    ("Russian drones struck Kharkiv overnight, killing two people, and damaged energy facilities in Sumy and "
     "the Chernihiv region, officials said on Tuesday.", ["Kharkiv", "Sumy"]),
]


@pytest.mark.parametrize(("text", "sites"), NEAR)
def test_the_near_misses_keep_their_sites(either: Pipeline, text: str, sites: list[str]) -> None:
    assert [row[0] for row in coded(either, text)] == sites


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    " , , and and  ,",
    "   and   and   and ",
    " regions regions states ",
    "   " * 7 + "provinces",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_JOINED_PROVINCE_NAMES, _PLURAL_PROVINCE_AFTER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_lists_of_regions_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Russian drones hit Kharkiv overnight, killing three people, and damaged facilities in the Sumy, "
            "Poltava and Chernihiv regions, officials said. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
