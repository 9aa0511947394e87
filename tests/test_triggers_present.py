"""Trigger forms that wire copy uses: headline present tense ("liberate", "exchange fire"), and a strike
named with an adverb before its verb ("the strikes also hit a market")."""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published="2025-03-14")
    return sorted((e.location.name, e.event_type) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian troops liberate Klishchiivka", [("Klishchiivka", "Battles")]),
    ("Afghan and Pakistani forces exchange fire at Chaman border crossing", [("Chaman", "Battles")]),
    # Not happening: a vow is no event.
    ("Zelensky vows to liberate Crimea", []),
])
def test_present_tense_triggers(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _coded(pipeline, text) == expected


# Wire copy's past tense with an adjective before "fire" is an exchange of fire too: a clash at the place.
@pytest.mark.parametrize("text", [
    "Indian and Pakistani troops exchanged heavy fire along the Line of Control near Uri on Tuesday night.",
    "Kyrgyz and Tajik border guards exchanged sporadic fire near Batken on Friday, officials said.",
])
def test_an_adjective_before_fire_keeps_the_exchange_a_clash(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.parse(text, published="2025-03-14")
    assert [(e.location.country_code, e.sub_event_type) for e in doc.events] == [
        ("IN" if "Uri" in text else "KG", "Armed clash")]


def test_strikes_with_an_adverb_before_their_verb_are_air_strikes(pipeline: Pipeline) -> None:
    doc = pipeline.parse("The strikes also hit a fish market in Hodeidah, killing five civilians.",
                         published="2024-05-14")
    assert [(e.location.country_code, e.sub_event_type) for e in doc.events] == [("YE", "Air/drone strike")]
    # A labour strike stays a protest.
    doc = pipeline.parse("The general strike also hit Nairobi.", published="2024-05-14")
    assert [e.sub_event_type for e in doc.events] == ["Peaceful protest"]
