"""Session 46, helper types57: sub-types of remote violence, for the class of the blind files' train sub_type
misses that training/events/types56.jsonl carries. Every sentence is our own.

- a bombardment verb told with its means: "pounded the town of X with guided aerial bombs", "pounds X with
  drones", "bombarded X with airstrikes" is an Air/drone strike (triggers._pounded_with, read in
  ``_violent_clause`` when the clause's sub-type comes from "pound..." or "bombard..."; the trigger table read
  the verb's Shelling/artillery/missile attack, the earlier of two remote triggers of one rank). Near misses
  that stay a shelling: the verb alone ("pounded X on Monday"), told with artillery or rockets ("pounded X
  with heavy artillery"), and means that name a missile beside the drones ("pounded X with drones and
  missiles": a combined strike, which the corpus codes as missiles); a "with" after a break (";") is another
  clause's.
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _POUNDED_WITH
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-17"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)


AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"

POUNDED_WITH = [
    ("Russian forces pounded the front-line town of Druzhkivka with guided aerial bombs on Monday, killing "
     "two civilians.", [("Druzhkivka", AIR, "Russian forces")]),
    ("Russia pounds Zaporizhzhia with drones, three dead", [("Zaporizhzhya", AIR, "Russian forces")]),
    ("The RSF bombarded El Obeid with drones on Tuesday, killing four people, a medical group said.",
     [("El Obeid", AIR, "Rapid Support Forces")]),
    ("Russian troops pounded Kharkiv with drones and glide bombs overnight, wounding 11 people.",
     [("Kharkiv", AIR, "Russian forces")]),
]

STILL_SHELLING = [
    ("Russian forces pounded Marhanets on Monday, killing two people.",
     [("Marhanets", SHELL, "Russian forces")]),
    ("Russian troops pounded Marhanets with heavy artillery on Monday, killing two people.",
     [("Marhanets", SHELL, "Russian forces")]),
    ("Russia pounded Dnipro with drones and missiles overnight, killing two people.",
     [("Dnipro", SHELL, "Russian forces")]),
]


@pytest.mark.parametrize(("text", "want"), POUNDED_WITH)
def test_a_bombardment_told_with_aerial_means_is_an_air_strike(either: Pipeline, text: str,
                                                                want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("text", "want"), STILL_SHELLING)
def test_a_bombardment_without_aerial_means_alone_stays_a_shelling(either: Pipeline, text: str,
                                                                   want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["with", "with ", "withwith  ", "pounded with drones "])
def test_the_new_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_POUNDED_WITH, text) < 3.0


def test_many_bombardments_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Russian forces pounded Kharkiv with drones with glide bombs with jets; Russia pounded Sumy with "
            "artillery. Russia pounds Odesa with drones and missiles. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
