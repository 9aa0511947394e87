"""Session 49, helper heads62: classes of the blind files' train misses in headlines and single sentences
(b61-026 "Russian glide bombs struck the centre of Kostiantynivka on Tuesday, ..., a day after a missile
attack on nearby Druzhkivka wounded nine": Druzhkivka not recognised after "nearby"; h56-033 "... later shot
two teachers in nearby Batibo", h56-013 "...; troops shoot farmer in nearby Madama") that
training/events/headlines61.jsonl carries. Every sentence is our own.

- recognize.context_features (recognize._NEARBY_PREPOSITIONS): "nearby" between a locative preposition
  (in, on, at, near, around, outside, into) and a name is read as the preposition ("a rocket attack on
  nearby Toretsk" is "on Toretsk" to the recogniser, whose training never saw "prev=nearby": smaller towns
  after it were dropped); recognize.event_context reads the words before "nearby" ("shelling of nearby X").
  Near misses that must not change: "residents of nearby X" (the people of a town; "of" is not read
  through "nearby"), "in neighbouring X" (a region or country beside the story's: not read through).
- triggers' Looting/property destruction: trees and crops burned ("burn olive groves", "burned crops and
  orchards"; groves, orchards, crops, farmland), as buildings and vehicles already were. It lets the
  burning of h56-013's headline keep its own site once "troops shoot farmer in nearby Madama" has one.
  Near miss: crops scorched by a drought (no burning verb): no event.
Tried and dropped (no test): reading a noun act after "a day after a/an ..." with a past-tense verb of its
own as a report of its own (it lost b61-026's actor2 and an l18-010 phantom at Ankara).
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, repeated_parse_growth, trigger_scan_cpu

PUBLISHED = "2025-09-10"  # a Wednesday

coded = reader_of("site", "sub_type", "date_text", published=PUBLISHED)


# -- "nearby" read as the preposition before it ------------------------------------------------------------

NEARBY = [
    ("A rocket attack on nearby Toretsk wounded six people on Monday, officials said.",
     [("Toretsk", "Shelling/artillery/missile attack", "2025-09-08")]),
    ("Soldiers came under fire in nearby Siversk on Monday.",
     [("Siversk", "Armed clash", "2025-09-08")]),
    # event_context: the noun and preposition before "nearby"
    ("Shelling of nearby Toretsk killed two on Monday.",
     [("Toretsk", "Shelling/artillery/missile attack", "2025-09-08")]),
]


@pytest.mark.parametrize(("text", "want"), NEARBY)
def test_a_town_after_nearby_is_the_site(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_the_people_of_a_nearby_town_place_nothing(either: Pipeline) -> None:
    text = "Police arrested nine men in Homs on Monday, as residents of nearby Talkalakh buried their dead."
    assert [row[:2] for row in coded(either, text)] == [("Homs", "Arrests")]
    assert ("Talkalakh", "event_site") not in roles_of(either, text, PUBLISHED)


# -- trees and crops burned --------------------------------------------------------------------------------

def test_burned_crops_and_orchards_are_property_destroyed(unfiltered: Pipeline) -> None:
    text = "Herders burned crops and orchards near Barkin Ladi on Sunday, police said."
    assert coded(unfiltered, text) == [("Barkin Ladi", "Looting/property destruction", "2025-09-07")]


def test_crops_scorched_by_drought_are_no_event(either: Pipeline) -> None:
    assert coded(either, "Farmers said the drought had scorched crops near Barkin Ladi.") == []


def test_a_burning_before_a_headlines_break_keeps_its_own_site(unfiltered: Pipeline) -> None:
    text = "Settlers burn olive groves in Qaryut; troops shoot shepherd in nearby Jalud"
    assert sorted(row[:2] for row in coded(unfiltered, text)) == [
        ("Jalud", "Attack"), ("Qaryūt", "Looting/property destruction")]
    assert roles_of(unfiltered, text, PUBLISHED) == [("Qaryut", "event_site"), ("Jalud", "event_site")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "settlers burn olive groves and orchards, ",
    "burned burned burned crops ",
    "burn a b c d e f farmland ",
])
def test_the_burned_crops_scan_is_bounded(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


def test_many_nearby_towns_and_burnings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A rocket attack on nearby Toretsk wounded six. Soldiers came under fire in nearby Siversk. "
            "Herders burned crops near Barkin Ladi; troops fired in nearby Siversk. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
