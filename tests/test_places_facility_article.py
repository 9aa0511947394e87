"""A facility named after a locative and an article: "near the Tishrin Dam" (issue 14, places17).

Every sentence here is our own, and none is a gold item: a preposition that vouches for a name ("near
X", "outside X") vouches for a facility's name after "the" too ("near the Tishrin Dam", "outside the
Mosul Dam"), as the facility noun ending the name makes it a place, not a person or a word.
"""

from __future__ import annotations

import pytest

from mapper.geoparse import recognize
from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-03"  # a Wednesday


@pytest.mark.parametrize(("text", "name"), [
    ("Rival factions exchanged fire near the Tishrin Dam on Friday, a war monitor said.", "Tishrin Dam"),
    ("Protesters gathered outside the Mosul Dam on Sunday.", "Mosul Dam"),
])
def test_a_facility_after_a_locative_and_the_is_a_place(pipeline: Pipeline, text: str, name: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [m.text for m in doc.mentions] == [name]
    assert [e.location.kind for e in doc.events] == ["facility"]


def test_only_a_facility_looks_past_the_article(pipeline: Pipeline) -> None:
    rec = pipeline.get("recognize").recognizer
    text = "Rival factions exchanged fire near the Tishrin Dam on Friday."
    (dam,) = [c for c in rec.candidates(text) if c.text == "Tishrin Dam"]
    assert recognize.facility_left(dam, text) == text.index("the Tishrin")
    (other,) = [c for c in rec.candidates("Fighting near the Mosul area.") if c.text == "Mosul"]
    assert recognize.facility_left(other, "Fighting near the Mosul area.") == other.start


@pytest.mark.parametrize("unit", ["the ", "the nearby ", "near the Dam ", " "])
def test_the_look_back_is_bounded_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    pipeline.parse("Fighting near " + text + "Tishrin Dam.", published=PUBLISHED)
