"""Small towns after an event verb's gerund, and a town a ship was off (issue 14, places17).

Every sentence here is our own, and none is a gold item:

- "after seizing X", "after storming X": an event verb right before a name vouches for it as a place in
  its gerund as in its other forms;
- "in the Red Sea off X": when X is a town, the town the ship was near is the site (precision 2) and
  the sea only where it lies; off a country ("in the Gulf of Aden off Somalia") the sea stays the site.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-03"  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.geo_precision) for e in doc.events)


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


@pytest.mark.parametrize(("text", "town"), [
    ("Rebels burned the market after storming Rutshuru, residents said.", "Rutshuru"),
    ("Gangs burned dozens of homes after seizing Lascahobas, police said.", "Lascahobas"),
])
def test_a_town_after_a_gerund_is_recognised(pipeline: Pipeline, text: str, town: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [m.text for m in doc.mentions] == [town]
    assert [e.location.name for e in doc.events] == [town]


def test_a_town_a_ship_was_off_is_the_site(pipeline: Pipeline) -> None:
    text = "A drone hit a Greek-owned tanker in the Red Sea off Mokha on Friday, Yemen's coast guard said."
    assert _roles(pipeline, text) == {"Greek": "context", "Red Sea": "context", "Mokha": "event_site",
                                      "Yemen": "actor"}
    assert _events(pipeline, text) == [("Mocha", 2)]


def test_a_sea_off_a_country_stays_the_site(pipeline: Pipeline) -> None:
    text = "Pirates attacked a tanker in the Gulf of Aden off Somalia on Sunday."
    assert _roles(pipeline, text) == {"Gulf of Aden": "event_site", "Somalia": "context"}
