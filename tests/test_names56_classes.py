"""Session 45 round 2, helper names56: places the recognizer did not find at all, for the class of the blind
files' train misses that training/events/places56.jsonl carries. Every sentence is our own.

- a town named before a plant's lowercase noun, the noun the first or second word after it: "the Hajjah
  ammunition factory", "the Marib gas field", "the Ataq oilfield" (recognize._PLANT_NOUNS_AFTER, and
  "oil"/"gas" before "field(s)": recognize._FIELD_FUEL_WORDS, read by recognize.event_context). The name was
  dropped by the recognition filter; it is now in event context, as "the Ataq fuel depot" already was.
  Near misses: "field" alone ("a Carpenter field goal": no place), a capitalised noun that names a
  building ("the Cotton Factory parking lot", an LGL text: unchanged), a name found already ("the Boston
  field office": Boston, as before).

Not tuned (see the README row of places56.jsonl): a small town's spelling variant (Hulyaipole, Krasnopilya,
Qoryoley: the variant look-up needs a town of 20,000), "the Natanz enrichment site" (the corpus codes it at
the town and at the plant).
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, repeated_parse_growth

PUBLISHED = "2025-09-16"  # a Tuesday


coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)


def mentions(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article("names56", text, published=PUBLISHED))
    return [(m.text, m.place.country_code) for m in doc.mentions]


PLANTS = [
    ("Gunmen attacked the Hajjah ammunition factory on Tuesday.", [("Hajjah", "YE")]),
    ("A missile struck the Marib gas field overnight.", [("Marib", "YE")]),
    ("Militants attacked the Jaar cement factories on Monday.", [("Jaar", "YE")]),
    ("A drone hit the Ataq oilfield on Tuesday.", [("Ataq", "YE")]),
    # no event: still a place
    ("A fire broke out at the Zabid tomato factory.", [("Zabid", "YE")]),
]


@pytest.mark.parametrize(("text", "want"), PLANTS)
def test_a_town_before_a_plants_noun_is_a_place(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert mentions(either, text) == want


def test_the_plants_town_is_the_site(either: Pipeline) -> None:
    assert [row[:2] for row in coded(either, "A missile struck the Marib gas field overnight.")] == [
        ("Ma'rib", "Shelling/artillery/missile attack")]
    assert [row[:2] for row in coded(either, "A drone hit the Ataq oilfield on Tuesday.")] == [
        ("Ataq", "Air/drone strike")]


@pytest.mark.parametrize(("text", "want"), [
    ("He kicked a Carpenter field goal on Sunday.", []),
    ("She visited the Boston field office on Monday.", [("Boston", "US")]),
    ("A bagpiper will leave the Cotton Factory parking lot at noon.", []),
])
def test_near_misses_are_unchanged(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert mentions(either, text) == want


# -- linear time (no new pattern: two word sets read among the two words after a name) ---------------------

def test_many_plants_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A drone hit the Ataq oilfield. Gunmen attacked the Hajjah ammunition factory. A missile struck "
            "the Marib gas field and the Zubair oil fields. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
