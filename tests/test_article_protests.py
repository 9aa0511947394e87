"""Full wire articles (issue 14, long12): protests told with the verb "demonstrated".

Every sentence here is our own, and none is a gold item. "demonstrators" and "demonstrations" were
triggers, the verb was not: "several hundred displaced people demonstrated in front of the UN base in
Bunia" told no event. The verb is a protest unless an object follows that makes it "show" ("demonstrated
its reach", "demonstrated that ...", "demonstrated the group's strength").
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline

PUBLISHED = "2026-03-12"  # a Thursday


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.sub_event_type, e.date) for e in doc.events)


@pytest.mark.parametrize("text, expected", [
    ("Several hundred displaced people demonstrated in front of the UN base in Bunia on Wednesday to demand "
     "better protection.", [("Bunia", "Peaceful protest", "2026-03-11")]),
    ("Hundreds of students demonstrated against fuel prices in Kano on Wednesday.",
     [("Kano", "Peaceful protest", "2026-03-11")]),
])
def test_the_verb_demonstrated_is_a_protest(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize("low", ["the raid demonstrated the group's reach",
                                 "the strike demonstrated that the army could hit deep",
                                 "the offensive demonstrated its ability to strike", "demonstrated again"])
def test_demonstrated_with_an_object_is_no_protest(low: str) -> None:
    assert not any(t.sub == "Peaceful protest" for t in triggers.find_triggers(low))


@pytest.mark.parametrize("unit", ["demonstrated ", "demonstrating the ", "demonstrat", "demonstrated that "])
def test_the_trigger_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    triggers.find_triggers(text)
    pipeline.parse("Gunmen killed four people in Kano on Monday. " + text, published=PUBLISHED)
