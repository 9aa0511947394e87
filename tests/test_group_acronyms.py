"""An armed group's or a body's acronym is never a place (session 27): the actor table's capitals ("FLA",
"BLA", "KIA", "NATO") shared with a gazetteer row (Florida's old abbreviation, Bla in Mali, Kia in the
Solomon Islands, Nato in the Philippines) made phantom sites abroad ("FLA rebels" coded in Florida)."""
from __future__ import annotations

import pytest

from mapper.events.actors import GROUP_ACRONYMS
from mapper.pipeline import Pipeline


def _read(pipeline: Pipeline, text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    doc = pipeline.parse(text, published="2025-06-10")
    return ([(m.text, m.place.country_code) for m in doc.mentions],
            [(e.location.name, e.event_type) for e in doc.events])


def test_the_table_gives_the_acronyms() -> None:
    assert {"FLA", "BLA", "KIA", "NATO", "JNIM", "RSF"} <= GROUP_ACRONYMS
    assert not {"US", "UK", "DRC", "Hamas", "Taliban"} & GROUP_ACRONYMS  # countries' codes and words


@pytest.mark.parametrize(("text", "mentions", "events"), [
    ("Army drones struck FLA rebels near Kidal on Sunday.", [("Kidal", "ML")],
     [("Kidal", "Explosions/Remote violence")]),
    ("BLA fighters attacked a passenger train near Sibi on Tuesday.", [("Sibi", "PK")],
     [("Sibi", "Violence against civilians")]),
    ("KIA fighters seized an army base near Bhamo.", [("Bhamo", "MM")], [("Bhamo", "Battles")]),
    ("NATO jets intercepted two Russian aircraft over Estonia.", [("Russian", "RU"), ("Estonia", "EE")], []),
])
def test_a_group_acronym_is_no_place(pipeline: Pipeline, text: str, mentions: list, events: list) -> None:
    assert _read(pipeline, text) == (mentions, events)


@pytest.mark.parametrize(("text", "names"), [
    ("He moved to Florida last year.", ["Florida"]),
    ("Flooding hit GA and SC overnight, officials said.", ["GA", "SC"]),  # states' codes, no group's
    ("Protesters marched in Bla on Friday.", ["Bla"]),  # the town by its name, not in capitals
])
def test_places_spelled_otherwise_stay(pipeline: Pipeline, text: str, names: list) -> None:
    assert [name for name, _ in _read(pipeline, text)[0]] == names
