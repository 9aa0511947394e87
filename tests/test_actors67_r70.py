"""Session 70, helper actors70: actor1 and actor2 of the blind files' train misses (mixed72, mixed73 first)
that training/events/actors67.jsonl carries. Every sentence is our own.

- actors._pursued in actors.sides: "Troops pursued the attackers and killed eight of them": the kill
  coordinated with a pursuit verb ("pursued", "chased", "went after", "tracked down", "hunted down", "gave
  chase to"), whose count points back with "of them", is the pursuers' and the pursued are the other side
  (blind b72-060 Mandouri, b73-069 Manguredjipa: read with the pursued as actor1). Near misses: a kill with
  no "of them" ("pursued a bus and killed four passengers") and a pursuit with no kill, read as before.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _AND_THEN, _PURSUIT, OF_THEM
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-11-11"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


PURSUITS = [
    ("Kenyan troops pursued the gunmen and killed three of them near Mandera on Sunday, police said.",
     [("Mandera", "Armed clash", "Kenyan forces", "unidentified gunmen")]),
    ("Chadian soldiers tracked down the assailants and killed six of them near Bol on Monday, the army said.",
     [("Bol", "Armed clash", "Chadian forces", "unidentified gunmen")]),
]


@pytest.mark.parametrize(("text", "want"), PURSUITS)
def test_the_pursued_are_the_other_side(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


PURSUIT_NEAR_MISSES = [
    # the kill counts others than the pursued: read as before
    ("Gunmen pursued a bus and killed four passengers near Zaria on Sunday, police said.",
     [("Zaria", "Attack", "unidentified gunmen", "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), PURSUIT_NEAR_MISSES)
def test_pursuit_near_misses(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_pursuit_patterns_are_linear() -> None:
    for pattern, unit in ((_PURSUIT, "pursued the "), (_PURSUIT, "went went after "),
                          (OF_THEM, " at least five "), (OF_THEM, " of of "), (_AND_THEN, "and then ")):
        assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0


def test_pursuit_parsing_is_linear(pipeline: Pipeline) -> None:
    unit = "Troops pursued the attackers and killed five of them near Mandera. "
    assert repeated_parse_growth(pipeline, unit) < GROWTH
