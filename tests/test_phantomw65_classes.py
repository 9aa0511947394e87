"""Session 50 round 2, helper phantomw65: phantoms in wire copy at places that must stay context, for the
classes of the blind files' train phantom rows that training/events/noevent67.jsonl carries. Every sentence
is our own.

- a reference town told by a road after a site: "blew up a bridge near Bulo Burte, on the road south of
  Beledweyne", "ambushed a truck near Garowe, on the main road north of Galkayo", "a police post in
  Benisheikh, on the highway west of Maiduguri" (roles._REFERENCE_GAP: a road, highway or route noun may
  stand between the comma's "on the" and the compass word, read by ``_references``): the town only says
  where the site is (context, rule ``part_of``), not a second site of the act; near misses: "ambushed a
  truck on the road north of Galkayo" (no site before the road: Galkayo stays the site) and "near Garowe
  and clashed with troops in Galkayo" (a second act: both sites).
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _REFERENCE_GAP
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2026-05-06"  # a Wednesday

coded = reader_of("site", published=PUBLISHED)


# -- a reference town told by a road after a site -----------------------------------------------------

ROAD_REFERENCES = [
    ("Gunmen ambushed a truck near Garowe, on the main road north of Galkayo, on Monday, killing two "
     "drivers.", [("Garowe", "event_site"), ("Galkayo", "context")], ["Garoowe"]),
    ("Militants torched a police post in Benisheikh, on the highway west of Maiduguri, on Sunday, killing "
     "three officers.", [("Benisheikh", "event_site"), ("Maiduguri", "context")], ["Benisheikh"]),
]


@pytest.mark.parametrize(("text", "roles", "sites"), ROAD_REFERENCES)
def test_a_road_reference_town_after_a_site_is_context(either: Pipeline, text: str, roles: list[tuple],
                                                       sites: list[str]) -> None:
    assert roles_of(either, text, published=PUBLISHED) == roles
    assert [row[0] for row in coded(either, text)] == sites


def test_a_road_with_no_site_before_it_keeps_its_town(either: Pipeline) -> None:
    text = "Gunmen ambushed a truck on the road north of Galkayo on Monday, killing two drivers."
    assert roles_of(either, text, published=PUBLISHED) == [("Galkayo", "event_site")]
    assert [row[0] for row in coded(either, text)] == ["Gaalkacyo"]


def test_a_second_act_keeps_both_sites(unfiltered: Pipeline) -> None:
    text = "Gunmen ambushed a truck near Garowe and clashed with troops in Galkayo on Monday."
    assert roles_of(unfiltered, text, published=PUBLISHED) == [("Garowe", "event_site"),
                                                               ("Galkayo", "event_site")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    ", on the road road main road highway ",
    " on the main road north north of ",
    ", a b c d e f g road ",
])
def test_the_changed_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_REFERENCE_GAP, hundred_kb(unit)) < 3.0


def test_many_road_references_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Gunmen ambushed a truck near Garowe, on the main road north of Galkayo, on Monday. Militants "
            "torched a post in Benisheikh, on the highway west of Maiduguri. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
