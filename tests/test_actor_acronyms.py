"""Actor1 as an analyst reads it (issue 14 item 7, session 11): a group the actor table does not know,
named by its acronym and a noun for its members ("AAKG fighters", "BRN insurgents"), is the acronym, as
the table's groups are named by their own name; the Arakan Army by its press acronym ("AA fighters"); a
subject is named once ("Militants attack army camp": "militants", not "Militants militants"); a
Nigerian "local government area" is a place, never an actor. Sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper.events import actors
from mapper.events.actors import canonical, find_actors
from mapper.model import Actor, Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _actors(pipeline: Pipeline, text: str, published: str = "2025-06-03") -> list[tuple[str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("AAKG fighters", "AAKG"), ("BRN insurgents", "BRN"), ("MPSR militiamen", "MPSR"),
    ("FPRC-MPC rebels", "FPRC-MPC"),
    # the table's own groups and the classes are unchanged
    ("AA fighters", "Arakan Army"), ("TPLF fighters", "TPLF"), ("Rebel fighters", "rebels"),
    ("Local militiamen", "militia"),
])
def test_an_acronym_with_its_members_is_the_group(phrase: str, expected: str) -> None:
    found = canonical(Actor(phrase, ""), False, "CF")
    assert found is not None and found.name == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("AA fighters seized a police outpost in Kyauktaw on Sunday, residents said.",
     [("Kyauktaw", "Arakan Army")]),
    ("Militants attack army camp in Bannu, three soldiers killed", [("Bannu", "militants")]),
    ("Insurgents ambush convoy near Mocimboa da Praia, two soldiers killed",
     [("Mocímboa da Praia", "insurgents")]),
])
def test_acronyms_and_title_case_subjects(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


def test_a_local_government_area_is_no_actor(pipeline: Pipeline) -> None:
    sentence = ("Bandits killed four farmers and abducted 12 others in Anka local government area of "
                "Zamfara State.")
    assert [p.actor.name for p in find_actors(sentence, 0, [])] == ["Bandits"]


def test_acronym_members_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    assert actors._ACRONYM.fullmatch("A" + "B" * 100_000) is None
    units = ["AAKG ", "fighters ", "BRN-", "X ", "insurgents ", "local ", "government ", "area ",
             "Militants "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(16000)) > 100_000
    assert growth(parsing(pipeline, text_of), 8000) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    # India's central police forces by their acronyms, as the passive agent or a modifier: the state's
    # forces (ACLED's Police Forces of India), not nobody and not "BSF forces" (session 16, headlines20).
    ("Two Maoists killed by CRPF in Bijapur encounter", [("Bījāpur", "Indian forces")]),
    ("Three militants were killed by BSF troops near Kupwara", [("Kopawor", "Indian forces")]),  # its seat
    # the victims' force is no perpetrator: the claimant is
    ("Pulwama: suicide car bomb kills 40 CRPF personnel, Jaish-e-Mohammed claims attack",
     [("Pulwama", "Jaish-e-Mohammed")]),
])
def test_indian_central_police_forces_by_acronym(pipeline: Pipeline, text: str,
                                                 expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Ukraine's armed forces by their acronym or full name, as Russian copy names them.
    ("Belgorod region: Grayvoron shelled by AFU, two civilians wounded", [("Grayvoron", "Ukrainian forces")]),
    ("The Armed Forces of Ukraine shelled Horlivka on Monday, killing a woman, the city's mayor said.",
     [("Horlivka", "Ukrainian forces")]),
])
def test_ukraines_forces_by_acronym(pipeline: Pipeline, text: str,
                                    expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected
