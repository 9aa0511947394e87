"""Sibling districts in one list are sites of their own (wire43, session 37): "fire in Kurram, Bajaur and
other areas" names two districts of one province, neither of which holds the other. Before, a chosen
district made every place of its province "overlap" it, so the second district was dropped. A district
still gives way to a town it may hold and to its province (the near misses below). Sentences are our own,
none is a gold item."""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline

PUBLISHED = "2025-10-14"  # a Tuesday


def _sites(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.name, e.sub_event_type) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Troops fought militants in Khyber and Orakzai districts on Monday, killing six fighters, the army said.",
    "Security forces said six militants had been killed in exchanges of fire in Khyber, Orakzai and other "
    "areas.",
])
def test_two_districts_of_one_province_are_two_sites(pipeline: Pipeline, text: str) -> None:
    assert _sites(pipeline, text) == [("Khyber Agency", "Armed clash"), ("Orakzai Agency", "Armed clash")]


def test_a_district_beside_a_town_of_its_province_stays_one_site(pipeline: Pipeline) -> None:
    # the near miss: a town with the district it lies in is one event, as before
    text = ("Troops fought militants in Kurram district and Parachinar on Monday, killing six fighters, "
            "the army said.")
    assert _sites(pipeline, text) == [("Kurram District", "Armed clash")]


def test_a_town_in_its_district_is_the_site(pipeline: Pipeline) -> None:
    text = ("Troops fought militants near Parachinar in Kurram district on Monday, killing six fighters, "
            "the army said.")
    assert _sites(pipeline, text) == [("Parachinar", "Armed clash")]


def test_a_district_in_its_province_is_the_site(pipeline: Pipeline) -> None:
    text = ("Troops fought militants in Khyber Pakhtunkhwa's Khyber district on Monday, killing six "
            "fighters, the army said.")
    assert _sites(pipeline, text) == [("Khyber Agency", "Armed clash")]
