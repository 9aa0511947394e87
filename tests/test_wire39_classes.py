"""Missed events of full wire articles (issue 14, wire39).

Every sentence here is our own, and none is a gold item:

- "in rural X", "near rural X": "rural" between a preposition and a name is read as the preposition, so a
  small town the rare word hid from the recogniser is found ("in rural Tibú" as "in Tibú"); "rural" with
  no preposition before it ("the rural Barbacoas area") is unchanged.
"""

from __future__ import annotations

import time

import pytest

from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-03"  # a Wednesday


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


@pytest.mark.parametrize(("text", "town", "place"), [
    ("ELN guerrillas attacked an army outpost in rural Tibú on Thursday, the army said.", "Tibú", "Tibú"),
    ("Dissidents ambushed a police patrol in rural Barbacoas on Sunday, killing two officers.", "Barbacoas",
     "Barbacoas"),
])
def test_a_town_after_in_rural_is_the_site(pipeline: Pipeline, text: str, town: str, place: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [m.text for m in doc.mentions] == [town]
    assert [(e.location.name, e.location.country_code) for e in doc.events] == [(place, "CO")]


def test_rural_with_no_preposition_is_unchanged(pipeline: Pipeline) -> None:
    text = "Residents of the rural Barbacoas area said they had not seen soldiers for months."
    assert _roles(pipeline, text) == {"Barbacoas": "context"}
    assert pipeline.parse(text, published=PUBLISHED).events == []


def test_rural_before_a_name_on_a_100kb_input(pipeline: Pipeline) -> None:
    text = "Fighting in rural " * 5600 + "Tibú."  # about 100 KB of "in rural" runs
    assert len(text) > 100_000
    t0 = time.perf_counter()
    doc = pipeline.parse(text, published=PUBLISHED)
    assert time.perf_counter() - t0 < 60
    assert [m.text for m in doc.mentions] == ["Tibú"]
