"""The war talks are about is no venue: "The Security Council met on Friday to discuss the war in Sudan"
(session 50).

roles._TALKS_TOPIC_BEFORE: after a meeting's or a deal's trigger, a place right after "war / conflict /
fighting / violence / unrest / insurgency in (the)" is the talks' topic, context, not their venue.
The retrained site model of session 50 no longer read it as context, and the Security Council's meeting was
placed in Sudan instead of at the UN in New York. Near miss: talks "in" a place with no such noun before it
keep their venue, and so does "an emergency meeting on the crisis in New York" (b32-066: "crisis"
and "situation" are left out).
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _TALKS_TOPIC_BEFORE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import pattern_cpu

coded = reader_of("site", "sub_type", published="2025-06-10")


@pytest.mark.parametrize(("text", "place"), [
    ("Envoys met in Geneva on Monday to discuss the war in Sudan.", "Sudan"),
    ("Arab foreign ministers met in Cairo on Sunday to discuss the fighting in Lebanon.", "Lebanon"),
])
def test_the_war_talks_are_about_is_context(either: Pipeline, text: str, place: str) -> None:
    assert (place, "context") in roles_of(either, text, "2025-06-10")


def test_talks_in_a_place_keep_their_venue(either: Pipeline) -> None:
    text = "Sudanese army and RSF envoys met in Jeddah on Monday."
    assert coded(either, text) == [("Jeddah", "Meeting/talks")]


def test_the_topic_pattern_is_linear() -> None:
    text = "war in " * 15_000 + "the " * 5_000
    assert pattern_cpu(_TALKS_TOPIC_BEFORE, text) < 3.0
