"""Session 45, helper sites55: wire sites, for the classes of the blind files' train misses that
training/events/places54.jsonl carries. Every sentence is our own.

- a city named like its region, both in one text: "a drone struck a minibus in Kherson city ..., elsewhere in
  the Kherson region": the name resolves once for the document (to the province, since "region" follows one
  occurrence), so the city's act was read as the province's context and missed. The word "city" right after
  an occurrence gives that occurrence the province's own city of the name
  (geoparse/components.py ``_named_city_twin``, ``_CITY_WORD_AFTER_NAME``). Near misses: the region's own
  occurrence stays the province; "city's" (a possessive: "the city's mayor") and a name with no province
  reading are unchanged; "X city" alone was already the city.
"""

from __future__ import annotations

import pytest

from mapper.geoparse.components import _CITY_WORD_AFTER_NAME
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-03-24"  # a Monday


def parsed(pipeline: Pipeline, text: str):
    return pipeline.parse(Article("sites55", text, published=PUBLISHED))


def places(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, str]]:
    doc = parsed(pipeline, text)
    pairs = zip(doc.mentions, doc.roles, strict=True)
    return [(m.text, m.place.name, m.place.kind, r.name) for m, r in pairs]


def coded(pipeline: Pipeline, text: str) -> list[tuple]:
    return [(e.location.name, e.location.kind, e.sub_event_type) for e in parsed(pipeline, text).events]


CITY_AND_REGION = [
    ("A Russian drone struck a minibus in Kherson city on Sunday, killing a driver, while artillery fire "
     "wounded two women in Beryslav, elsewhere in the Kherson region.",
     [("Kherson", "city", "Air/drone strike"), ("Beryslav", "city", "Shelling/artillery/missile attack")]),
    ("Russian shelling across Mykolaiv region wounded nine people on Monday, including five in Mykolaiv city "
     "and four in Ochakiv, the governor said.",
     [("Mykolayiv", "city", "Shelling/artillery/missile attack"),
      ("Ochakiv", "city", "Shelling/artillery/missile attack")]),
]


@pytest.mark.parametrize(("text", "want"), CITY_AND_REGION)
def test_a_city_named_like_its_region_keeps_its_act(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_the_regions_own_occurrence_stays_the_province(either: Pipeline) -> None:
    text = CITY_AND_REGION[0][0]
    got = places(either, text)
    assert [(m, kind, role) for m, _, kind, role in got if m == "Kherson"] == [
        ("Kherson", "city", "event_site"), ("Kherson", "admin1", "context")]


def test_a_possessive_city_is_not_read_as_the_city_word() -> None:
    assert _CITY_WORD_AFTER_NAME.match("Kherson city's mayor", 7) is None
    assert _CITY_WORD_AFTER_NAME.match("Kherson City council", 7) is not None
    assert _CITY_WORD_AFTER_NAME.match("Kherson cityscape", 7) is None


def test_no_region_word_no_change(either: Pipeline) -> None:
    text = "A Russian drone struck a minibus in Kherson city on Sunday, killing a driver."
    assert coded(either, text) == [("Kherson", "city", "Air/drone strike")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [" \t " * 5 + "cit", "  city'", " city" * 3])
def test_the_new_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_CITY_WORD_AFTER_NAME, text) < 3.0


def test_many_cities_and_regions_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A drone struck a bus in Kherson city on Sunday, while shells hit Beryslav in the Kherson "
            "region. Shelling across Sumy region hit Sumy city. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
