"""Session 42, helper sites49: missed sites and sites at the wrong place, for the classes of the blind files'
train misses that training/events/places48.jsonl carries. Every sentence is our own.

- a village named like a far town, framed by the district its town heads ("the village of Tambov in the
  Valuyki district", "Kano in Bokkos local government area"): the district's town, precision 2, not the far
  namesake (Tambov city, Kano city); the near miss: a village the gazetteer has near the district's town
  stays itself ("the village of Borova in the Izium district");
- a village framed by "<Country>'s <province>" ("Kalynivka, a village in Ukraine's Donetsk region"): the
  country's possessive no longer ends the search for the frame, the province is the site; the near miss: a
  town the gazetteer has in that province stays ("Kupiansk, a town in Ukraine's Kharkiv region");
- a named neighbourhood of a city whose namesake lies in the same province ("the Las Flores neighbourhood of
  Celaya"): the city, precision 1; the near miss: "the Rueso district of Narathiwat" (a district of a
  province, not a quarter of a city) is unchanged;
- gazetteer gaps: the town Gashena (Ethiopia) and the news spelling Mogoke (Mogok, Myanmar).
"""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import pattern_cpu

coded = reader_of("site", "sub_type", "precision", "actor1", "actor2", "fatalities", published="2025-07-13")


# -- a village named like a far town, framed by a district or "<Country>'s <province>" ----------------------

FRAMED = [
    ("A Ukrainian drone struck a bus near the village of Tambov in the Valuyki district on Monday, wounding "
     "three passengers.",
     [("Valuyki", "Air/drone strike", 2, "Ukrainian forces", "civilians", None)]),
    ("Bandits killed five farmers in the village of Kano in Bokkos local government area on Sunday.",
     [("Bokkos", "Attack", 2, "bandits", "civilians", 5)]),
    ("Russian forces took Kalynivka, a village in Ukraine's Donetsk region, the defence ministry said on "
     "Sunday.",
     [("Donetska oblast", "Non-state actor overtakes territory", 2, "Russian forces", "Ukrainian forces",
       None)]),
    ("Gunmen killed six traders in Gusau Sabon Gari, a village in Nigeria's northwestern Katsina state, on "
     "Sunday.",
     [("Katsina", "Attack", 2, "unidentified gunmen", "civilians", 6)]),
]


@pytest.mark.parametrize(("text", "want"), FRAMED)
def test_far_namesake_framed_by_district_or_province(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


FRAMED_NEAR_MISSES = [
    # no village named: the town itself
    ("A Ukrainian drone struck a bus near Valuyki on Monday, wounding three passengers.",
     [("Valuyki", "Air/drone strike", 2, "Ukrainian forces", "civilians", None)]),
    # a town the gazetteer has in the province the possessive frame names
    ("Russian artillery shelled Kupiansk, a town in Ukraine's Kharkiv region, on Monday, killing two people.",
     [("Kupyansk", "Shelling/artillery/missile attack", 1, "Russian forces", None, 2)]),
    # a village the gazetteer has 30 km from the district's town: itself, not the district
    ("Russian shelling killed a man in the village of Borova in the Izium district on Monday.",
     [("Borova", "Shelling/artillery/missile attack", 1, "Russian forces", None, 1)]),
]


@pytest.mark.parametrize(("text", "want"), FRAMED_NEAR_MISSES)
def test_framed_near_misses_unchanged(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- a named neighbourhood of a city ------------------------------------------------------------------------

def test_neighbourhood_of_a_city_is_the_city(either: Pipeline) -> None:
    text = "Gunmen killed four men in the Las Flores neighbourhood of Celaya on Friday, prosecutors said."
    assert coded(either, text) == [("Celaya", "Attack", 1, "unidentified gunmen", "civilians", 4)]


def test_district_of_a_province_unchanged(either: Pipeline) -> None:
    text = "Gunmen killed four men in the Rueso district of Narathiwat on Friday, police said."
    assert coded(either, text) == [("Rueso", "Attack", 1, "unidentified gunmen", "civilians", 4)]


# -- gazetteer gaps -----------------------------------------------------------------------------------------

def test_gashena_is_a_town(either: Pipeline) -> None:
    text = "An army drone struck a market in Gashena on Monday, killing four people, residents said."
    assert coded(either, text) == [("Gashena", "Air/drone strike", 1, "Ethiopian forces", "civilians", 4)]


def test_mogoke_is_mogok(either: Pipeline) -> None:
    text = "A junta airstrike hit a village in Mogoke township on Friday, killing five civilians."
    assert coded(either, text) == [("Mogok", "Air/drone strike", 2, "Myanmar forces", "civilians", 5)]


# -- 100 KB pathological inputs for the new and changed patterns ---------------------------------------------

PATHOLOGICAL = [
    (coder._FRAMED_BY, "Abc Def's " * 10_000),
    (coder._FRAMED_BY, " Abc, a big small old village in the Abc Def's northern " * 1_800),
    (coder._FRAMED_BY, "in the " * 15_000),
    (coder._DISTRICT_AFTER, " local  government " * 5_500),
    (coder._NEIGHBOURHOOD_AFTER, " neighbour" * 10_000),
]


@pytest.mark.parametrize(("pattern", "text"), PATHOLOGICAL)
def test_patterns_linear_on_100_kb(pattern, text: str) -> None:  # noqa: ANN001
    assert len(text) >= 90_000
    assert pattern_cpu(pattern, text) < 3.0
