"""Actor1 as an analyst reads it (issue 14 item 7, session 11): the group a bare "the rebels", "the
militants" or "they" refers to. An international body of the actor table (the UN, the African Union, ...)
that a text names as a speaker, a target or a host is never that group ("the UN said ..., as insurgents
killed", "ambushed a UN patrol"), nor is a group inside a crowd's "Anti-" name ("Anti-MONUSCO
protesters"); when the last sentence that named groups named two, "the militants" stay as described
(the guide: "two groups named: as described"), while one group named is that group. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from mapper.events import actors
from mapper.model import Actor, Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans


def _actors(pipeline: Pipeline, text: str, published: str = "2025-06-03") -> list[tuple[str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting has displaced 50,000 people since March, the UN said on Friday, as insurgents killed six "
     "farmers near Macomia on Thursday.", [("Macomia", "insurgents")]),
    ("Rebels ambushed a UN convoy near Bambari on Sunday, killing a peacekeeper.", [("Bambari", "rebels")]),
    ("Anti-UN protesters torched a MONUSCO warehouse in Goma on Tuesday.", [("Goma", "rioters")]),
])
def test_an_international_body_is_no_referent(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("first", "expected"), [
    ("Boko Haram and ISWAP fighters fought for control of islands on Lake Chad last month.", "militants"),
    ("ISWAP fighters seized several islands on Lake Chad last month.", "ISWAP"),
])
def test_the_militants_after_two_groups_stay_as_described(pipeline: Pipeline, first: str, expected: str
                                                         ) -> None:
    text = first + " On Tuesday, the militants killed seven fishermen near Monguno, police said."
    assert ("Monguno", expected) in _actors(pipeline, text)


def test_bodies_are_named_groups_but_no_fighting_groups() -> None:
    assert actors.named_group(Actor("UN patrol", "")) == Actor("United Nations", "")
    assert actors.fighting_group(Actor("UN patrol", "")) is None
    assert actors.fighting_group(Actor("ADF rebels", "")) == Actor("ADF", "CD")
    assert actors.first_named_group("The African Union said ADF rebels attacked Oicha.") == Actor("ADF", "CD")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kidal attack: rebels hit army camp and airport", [("Kidal", "rebels")]),
    ("Heavy fighting was reported near Lashio on Sunday, where the MNDAA has attacked army positions for "
     "weeks, residents said.", [("Lashio", "MNDAA")]),
])
def test_who_struck_the_target_is_the_agent(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


def test_struck_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    assert rescans(actors._STRUCK) == []
    units = ["Fighting ", "where ", "the ", "rebels ", "has ", "attacked ", "army ", "positions ", "hit ",
             "gendarmerie ", "school "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(16000)) > 100_000
    assert growth(parsing(pipeline, text_of), 8000) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said Russia's overnight missile barrage was aimed at the grid, after strikes killed four "
     "people in Odesa.", [("Odesa", "Russian forces")]),
    ("Ukraine's latest drone attack set fire to an oil depot in Tuapse on Sunday, the governor said.",
     [("Tuapse", "Ukrainian forces")]),
])
def test_a_countrys_possessive_weapon_is_its_forces(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


def test_country_owns_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    assert rescans(actors._COUNTRY_OWNS) == []
    units = ["Russia's ", "overnight ", "latest ", "massive ", "missile ", "barrage ", "Ukraine's ", "the "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(14000)) > 100_000
    assert growth(parsing(pipeline, text_of), 7000) < GROWTH
