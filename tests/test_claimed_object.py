"""A group's claim whose object is an attack named by its place (issue 14, item 1: place as a modifier).

"IS claims Kabul mosque attack" codes the attack at Kabul, as "IS claims attack in Kabul" does: the
place modifies the act's noun, as a headline's subject does ("Kabul mosque attack kills 12"). Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Al-Shabaab claims Mogadishu bombing", [("Mogadishu", "Remote explosive/landmine/IED", "al-Shabaab")]),
    ("Islamic State claims Kabul mosque attack", [("Kabul", "Attack", "Islamic State Khorasan")]),
    ("Houthis claim Eilat drone attack", [("Eilat", "Air/drone strike", "Houthis")]),
    ("TTP claimed responsibility for the Peshawar bombing",
     [("Peshawar", "Remote explosive/landmine/IED", "TTP")]),
])
def test_a_claimed_attack_is_at_the_place_that_names_it(pipeline: Pipeline, text: str,
                                                        events: list[tuple[str, str, str | None]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text", [
    "Islamic State claims Kabul is its next target",  # no act after the place
    "Al-Shabaab claims Mogadishu will fall",
])
def test_a_claim_about_a_place_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("unit", ["claims ", "claimed responsibility for the ", "claim claim Kabul "])
def test_claimed_objects_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Group " + unit * (n // len(unit)) + "Kabul mosque attack"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH
