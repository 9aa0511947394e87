"""Session 37, helper actors43: actor2 and actor1 of classes the blind files use. A fight whose only dead are
"militants" has them as its other side when no phrase names it (casualties.victims, actors.inferred_target:
"Two militants killed in Kupwara gunfight"), never a group's own dead; the army that reports a fight with
militants or a rebel group fought it ("..., army says": actors.reporting_army); and a later clause of the
act's sentence with a subject of its own names both sides ("Fighting raged around Kalehe, where M23 rebels
clashed with Congolese troops": coder._sides_at)."""

from __future__ import annotations

import pytest

from mapper.events import actors, coder
from mapper.events.actors import Actor, inferred_target, reporting_army
from mapper.events.casualties import victims
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("sub_type", "site", "actor1", "actor2", published=PUBLISHED)


def test_a_toll_of_militants_only() -> None:
    assert victims("Four militants were killed in the gunfight, officials said.") == "militants"
    assert victims("a militant was killed") == "militants"
    # near misses: militants among others; other fighters; soldiers
    assert victims("Two militants and a soldier were killed in the gunfight.") == ""
    assert victims("Four insurgents were killed in the gunfight.") == ""
    assert victims("Four soldiers were killed in the gunfight.") == "forces"


@pytest.mark.parametrize(("text", "expected"), [
    ("Two militants killed in Sopore gunfight, army says",
     [("Armed clash", "Sopur", "Indian forces", "militants")]),
    ("Security forces killed three militants in an encounter in Shopian district on Monday, police said.",
     [("Armed clash", "Shopian", "Indian forces", "militants")]),
    # near miss: a group named with its dead
    ("Iraqi troops killed four Islamic State militants in a raid near Tikrit on Monday, officials said.",
     [("Armed clash", "Tikrīt", "Iraqi forces", "Islamic State")]),
])
def test_a_fight_s_militant_dead_are_its_other_side(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_militant_dead_beside_a_group_s_attack_are_its_own() -> None:
    """"TTP fighters attacked ..., and 12 militants were killed": the attackers' dead, not their foe."""
    assert inferred_target("Battles", Actor("TTP", "PK"), Actor("militants", ""), "PK") is None
    assert inferred_target("Battles", Actor("Pakistani forces", "PK"), Actor("militants", ""), "PK") \
        == Actor("militants", "PK", inferred=True)
    assert inferred_target("Battles", None, Actor("militants", ""), "PK") \
        == Actor("militants", "PK", inferred=True)


def test_the_reporting_army_reader() -> None:
    militants = Actor("militants", "IN")
    assert reporting_army("Two militants killed in Sopore gunfight, army says", militants, "IN") \
        == Actor("Indian forces", "IN")
    npa = Actor("New People's Army", "PH")
    philippine = Actor("Philippine forces", "PH")
    assert reporting_army("Army says four NPA rebels killed in clash", npa, "PH") == philippine
    assert reporting_army("The army said four NPA rebels were killed", npa, "PH") == philippine
    # near misses: police report; the army's own dead; a foreign army
    assert reporting_army("Two militants killed in Sopore gunfight, police say", militants, "IN") is None
    assert reporting_army("Two soldiers killed in Sopore gunfight, army says", Actor("Indian forces", "IN"),
                          "IN") is None
    assert reporting_army("Two militants killed in gunfight, Pakistani army says", militants, "IN") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting raged on Monday around Masisi, where M23 rebels clashed with Congolese troops, residents "
     "said.",
     [("Armed clash", "Masisi", "M23", "Congolese forces")]),
    ("Heavy gunfire was heard in Dessie on Monday as Fano fighters clashed with federal troops near the "
     "market, two residents said.",
     [("Armed clash", "Dessie", "Fano militia", "Ethiopian forces")]),
])
def test_a_later_clause_names_both_sides(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_new_patterns_on_100_kb() -> None:
    """100 KB of near-misses: "army" and "military" with no speech verb after them, "as" and ", where" with
    nothing after them."""
    text = "the Indian army and military " * 4000
    assert len(text) > 100_000 and actors._ARMY_SAYS.search(text) is None
    assert reporting_army(text, Actor("militants", "IN"), "IN") is None
    text = "such as well as , wher " * 5000
    assert len(text) > 100_000 and coder._WHERE_CLAUSE.search(text) is None
    text = "militants " * 11000
    assert len(text) > 100_000 and victims(text) in ("", "militants")


def test_a_sentence_of_many_later_clauses_is_linear_on_100_kb() -> None:
    """A 100 KB sentence of fights told again and again in where/as clauses with their sides: coding it grows
    linearly (the later clause is looked for near each trigger, once)."""
    from tests.test_linear import GROWTH, growth, parsing, rescans
    assert rescans(coder._WHERE_CLAUSE) == [] and rescans(actors._ARMY_SAYS) == []
    units = ["Fighting raged around Masisi, ", "where M23 rebels ", "clashed with ", "Congolese troops ",
             "as Fano fighters ", "fought ", "army said "]

    def text_of(n: int) -> str:
        return "".join(units[i % len(units)] for i in range(n)) + "residents said."
    assert len(text_of(6400)) > 100_000
    assert growth(parsing(Pipeline(), text_of), 3200) < GROWTH
