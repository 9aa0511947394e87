"""Actor1 as an analyst reads it (issue 14 item 7, session 13): armed bodies the actor table lacks, named
as real copy names them: by the acronym the text gives in brackets ("the Runda Kumpulan Kecil (RKK)": "RKK",
as the guide names such a group), or by a name ending in a unit's noun ("the Nawasi Brigade", "the Tripoli
Protection Force"); the members of such a body are the body ("insurgents of the ..."); and "fighting
between A and B" names A as actor1 (as "A and B clashed" does). State units (a country's, or behind a
possessive) and reporting bodies are no such bodies. Sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper.events import actors
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth


def _actors(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    doc = pipeline.parse(Article("t", text, published="2025-06-03"))
    return [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # "between A and B" after the trigger: A acted, B is the other side
    ("Fighting between the Nawasi Brigade and the Tripoli Protection Force in Tajoura killed four fighters "
     "on Friday, medics said.", [("Nawasi Brigade", "Tripoli Protection Force")]),
    # a body blamed by the name it is given in brackets
    pytest.param("Police blamed the Runda Kumpulan Kecil (RKK) for a bomb that wounded three rangers in "
                 "Yala on Sunday.", [("RKK", "Thai forces")],
                 marks=pytest.mark.xfail(strict=True, reason="known loss: Yala resolves to Kenya's Yala, so "
                                         "the rangers the toll counts are read as Kenyan forces")),
    # its members are the body
    ("Two insurgents of the Runda Kumpulan Kecil (RKK) shot dead a rubber tapper in Raman district on "
     "Tuesday, police said.", [("RKK", None)]),
    ("Gunmen of the Zawiya Martyrs Brigade stormed a checkpoint in Zawiya on Monday, killing two policemen.",
     [("Zawiya Martyrs Brigade", "police")]),
])
def test_a_body_the_table_lacks_is_named_as_the_text_names_it(pipeline: Pipeline, text: str,
                                                              expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the Runda Kumpulan Kecil (RKK) and", ["RKK"]),
    ("the West Papua National Liberation Army (TPNPB) said", ["TPNPB"]),  # a body's noun, other letters
    ("the Nawasi Brigade and the rival 301 Brigade", ["Nawasi Brigade", "301 Brigade"]),
    # a state's units and a reporting body are not
    ("Ukraine's 47th Mechanised Brigade said", []), ("the Ukrainian 47th Brigade", []),
    ("the Central African Armed Forces (FACA) and", []), ("the Emergency Medicine Centre (EMC) said", []),
    ("the Air Force said", []), ("a Joint Task Force patrol", []),
])
def test_named_bodies(text: str, expected: list[str]) -> None:
    assert [name for _, _, name in actors._named_bodies(text)] == expected


def test_named_bodies_are_linear() -> None:
    # Each bracket or unit noun reads at most 100 characters before it: a 100 KB run of capitalised words,
    # brackets and unit nouns costs twice as much when twice as long.
    def text(n: int) -> str:
        return " ".join(f"Alpha Bravo Charlie (ABC) Delta Force Echo {i % 10} Brigade (EB)" for i in range(n))
    assert len(text(1800)) > 100_000
    assert growth(lambda n: lambda: list(actors._named_bodies(text(n))), 900) < GROWTH
    assert growth(lambda n: lambda: actors.find_actors(text(n), 0, []), 300) < GROWTH
