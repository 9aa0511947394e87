"""Actor1 as an analyst reads it (issue 14 item 7, session 13): what a country's own copy calls the forces
occupying it ("Occupiers", "the invaders", "ruscists", "occupation forces") is the state the actor table's
``occupier`` names for the event's country (Russia in Ukraine and Georgia, Israel in Palestine); a phrase
naming its state keeps it, and elsewhere the word is kept as written. Sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper.events.actors import canonical
from mapper.model import Actor, Article
from mapper.pipeline import Pipeline


@pytest.mark.parametrize(("phrase", "country", "expected"), [
    ("Occupiers", "UA", "Russian forces"), ("The invaders", "UA", "Russian forces"),
    ("Ruscists", "UA", "Russian forces"), ("Occupiers shell", "UA", "Russian forces"),
    ("Occupation forces", "PS", "Israeli forces"), ("occupation army", "PS", "Israeli forces"),
    ("Occupation troops", "GE", "Russian forces"),
    ("Israeli occupation forces", "LB", "Israeli forces"),  # the phrase names its state
    ("Occupiers", "NG", "Occupiers"),  # no occupier in the table: as written
])
def test_the_occupier_is_the_tables(phrase: str, country: str, expected: str) -> None:
    found = canonical(Actor(phrase, ""), False, country)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Occupiers shelled Marhanets overnight, wounding a woman, the governor said.", "Russian forces"),
    ("The invaders attacked Zolochiv with drones on Monday, wounding two people.", "Russian forces"),
    ("Occupation forces demolished two homes in Beit Ummar on Tuesday, residents said.", "Israeli forces"),
])
def test_occupiers_in_copy(pipeline: Pipeline, text: str, expected: str) -> None:
    doc = pipeline.parse(Article("t", text, published="2025-06-03"))
    assert [e.actor1.name if e.actor1 else None for e in doc.events] == [expected]
