"""Session 49 round 2, helper sites63: two classes of wire copy whose named town was read as context, that
training/events/places65.jsonl carries (blind b62-079 Bannang Sata is the first of the first). Every sentence
is our own.

- A named district before "district of" its province (events/roles.py, the district-holds-a-site rule of
  the clause's parts): "in Andar district of Ghazni" named the district and then its province, spelled like
  a city the gazetteer has; the district (a gazetteer district row) was read as the parent holding the
  city, so the act was coded at the province's city. A name the text itself calls a district of the next
  name (``_PART_OF_CITY`` after it) is not held by that name: it is the site, and the next name its parent.
  Near misses that must not change: a city's own district ("the Abu Salim district of Tripoli": the part is
  the site, the city context) and a town framed by its province's district ("Moreh in Manipur's
  Tengnoupal district": Moreh).
- The second town of a list after the sides of a fight (events/coder.py ``_BETWEEN_BEFORE``, read by
  ``_aside``): "fighting between the army and the RSF raged in Dilling and Kadugli" read the list's second
  town as the far end of a road "between A and B" and gave it no event. The far end of a road is now only a
  name of one to four words (or "the towns of" and a name) right after "between".
  Near misses that must not change: "on the road between Kayes and Nioro", "between the towns of Kayes and
  Nioro" (the first town only).
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _BETWEEN_BEFORE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-11-06"  # a Thursday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a named district before "district of" its province ---------------------------------------------------

def test_a_district_of_a_province_is_the_site(either: Pipeline) -> None:
    text = ("Taliban fighters attacked a police post in Andar district of Ghazni on Tuesday, killing four "
            "policemen.")
    assert roles_of(either, text, published=PUBLISHED) == [("Andar", "event_site"), ("Ghazni", "context")]
    assert coded(either, text) == [("Andaṟ", "Armed clash", "Taliban", "police")]


def test_a_citys_own_district_is_unchanged(either: Pipeline) -> None:
    text = "Gunmen attacked a police post in the Abu Salim district of Tripoli, killing two officers."
    want = [("Abu Salim", "event_site"), ("Tripoli", "context")]
    assert roles_of(either, text, published=PUBLISHED) == want


def test_a_town_framed_by_its_district_is_unchanged(either: Pipeline) -> None:
    text = ("Militants attacked a checkpoint in Moreh in Manipur's Tengnoupal district on Monday, killing "
            "two soldiers.")
    assert [row[0] for row in coded(either, text)] == ["Moreh"]


# -- the second town of a list after the sides of a fight ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fighting between the army and the RSF raged in Dilling and Kadugli on Sunday.",
    "Fierce fighting raged between the army and the RSF around Dilling and Kadugli on Sunday.",
])
def test_both_towns_after_the_sides_are_sites(either: Pipeline, text: str) -> None:
    want = [("Dilling", "Armed clash"), ("Kadugli", "Armed clash")]
    assert [row[:2] for row in coded(either, text)] == want


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a bus on the road between Kayes and Nioro on Sunday, killing three passengers.",
    "Gunmen ambushed a bus between the towns of Kayes and Nioro on Sunday, killing three passengers.",
])
def test_the_far_end_of_a_road_stays_context(either: Pipeline, text: str) -> None:
    assert [row[0] for row in coded(either, text)] == ["Kayes"]
    assert ("Nioro", "context") in roles_of(either, text, published=PUBLISHED)


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "between the towns of Al Bb Cc Dd Ee and ",
    "between al-Aa al Bb Cc.Dd'Ee  ",
    "between " + "Aaaa " * 6,
])
def test_the_new_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_BETWEEN_BEFORE, hundred_kb(unit)) < 3.0


def test_many_districts_and_lists_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Taliban fighters attacked a police post in Andar district of Ghazni. Fighting between the army "
            "and the RSF raged in Dilling and Kadugli. Gunmen ambushed a bus on the road between Kayes and "
            "Nioro. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
