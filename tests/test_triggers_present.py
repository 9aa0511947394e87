"""Headline present tense of two triggers that had only their past forms: "liberate", "exchange fire"."""

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
