"""Full wire articles (issue 14, long12): who told of an attack is not who carried it out.

Every sentence here is our own, and none is a gold item. "armed men attributed by local sources to the
CODECO militia attacked ..." made "local sources" the actor1 (a passive agent after "by"). Like "escorted
by", "backed by" (a description of the group), "attributed by", "described by", "identified by",
"reported by", "cited by" and "quoted by" name who told it: the perpetrator is then read elsewhere.
"""

from __future__ import annotations

import pytest

from mapper.events import actors
from mapper.pipeline import Pipeline

PUBLISHED = "2026-03-12"  # a Thursday


def _actor1(pipeline: Pipeline, text: str) -> list:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [e.actor1.name if e.actor1 else None for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Armed men attributed by local sources to the CODECO militia attacked a displacement site in Djugu "
     "territory on Tuesday, killing at least 22 civilians.", ["CODECO"]),
    ("Gunmen described by residents as bandits abducted 20 people in Maru on Sunday.", ["bandits"]),
])
def test_who_told_it_is_not_the_perpetrator(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actor1(pipeline, text) == expected


@pytest.mark.parametrize("left", ["attributed by local ", "described by ", "reported by the ",
                                  "escorted by the "])
def test_the_telling_by_is_a_modifier(left: str) -> None:
    assert actors._MODIFIER_BY.search(left)


def test_a_real_passive_agent_stays() -> None:
    assert not actors._MODIFIER_BY.search("were killed by ")


@pytest.mark.parametrize("unit", ["attributed by ", "by ", "described by the x "])
def test_the_pattern_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    actors._MODIFIER_BY.search(text)
    pipeline.parse("Gunmen killed four people in Kano on Monday. " + text, published=PUBLISHED)
