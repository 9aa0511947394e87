"""Full wire articles (issue 14, long12): the title line over an article.

Every sentence here is our own, and none is a gold item. A title retells the body in one line: it names
the place loosely ("in Sagaing village") and joins two acts ("airstrike kills nine in A as fighters press
attack on B"). An act only the title tells, of a kind the body tells at the same place or within 50 km, is
the body's act: no second event (with the title's wrong sub-type or the published date). An act the body
does not tell stays; a text without a title line (one paragraph, or a first line closed by a stop) is
read as before.
"""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.pipeline import Pipeline

PUBLISHED = "2026-01-20"  # a Tuesday

BODY = ("A military airstrike on a village in Shwebo Township killed nine civilians on Sunday, residents "
        "said.\n\nOn Monday, resistance fighters clashed with army troops in Kalay, and 17 people were "
        "killed, a resistance spokesman said.\n\nThe army did not comment.")


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.sub_event_type, e.date, e.fatalities) for e in doc.events)


def test_a_title_joining_two_acts_adds_no_event(pipeline: Pipeline) -> None:
    text = "Junta airstrike kills nine in Sagaing village as fighters press attack on Kalay\n\n" + BODY
    assert _events(pipeline, text) == [("Kalemyo", "Armed clash", "2026-01-19", 17),
                                       ("Shwebo", "Air/drone strike", "2026-01-18", 9)]


def test_an_act_only_the_title_tells_stays(pipeline: Pipeline) -> None:
    text = "Drone strike hits Mandalay airport\n\n" + BODY
    assert ("Mandalay", "Air/drone strike") in [(e[0], e[1]) for e in _events(pipeline, text)]


@pytest.mark.parametrize("first, expected", [
    ("Junta airstrike kills nine in Sagaing village as fighters press attack on Kalay\n\n", 2),
    ("Junta airstrike kills nine in Sagaing village as fighters press attack on Kalay.\n\n", None),
    ("Junta airstrike kills nine in Sagaing village as fighters press attack on Kalay ", None),
])
def test_the_title_line(pipeline: Pipeline, first: str, expected: int | None) -> None:
    text = first + BODY
    doc = pipeline.parse(text, published=PUBLISHED)
    span = coder._title_span(text, doc.sentences.spans())
    assert (span is not None) == (expected is not None)


def test_a_short_text_has_no_title() -> None:
    text = "Drone strike hits Mandalay airport\nNo one was hurt."
    assert coder._title_span(text, [(0, 34), (35, len(text))]) is None


@pytest.mark.parametrize("unit", ["a", "\n", " \n", "a \t\n", "."])
def test_the_title_pattern_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    coder._TITLE_END.match(text, 0)
    list(coder._TITLE_END.finditer(text))
    pipeline.parse(text + "\n\n" + BODY, published=PUBLISHED)
