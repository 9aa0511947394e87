"""Session 33, helper actors39: actor2 "civilians" of strikes on civilian targets the text tells with verbs
and nouns the reader lacked ("damaging ... apartment blocks", "setting fire to more than 200 homes", "a
residential neighbourhood", "tents sheltering displaced families"), and a body named as the source of the
report is no armed target ("killing 12 people, a local militia leader told AFP"). Controls: an armed body
that was hit keeps the text's other side; damage with no one hurt is no toll; "residential" before other
nouns is no target. An air, drone, missile or artillery strike with no striker named in a country another
state occupies and that has forces of its own is the occupier's (actors.occupier_strike: Russia in Ukraine);
not a bomb, nor a striker named (nor, until session 34, Gaza, whose occupier's troops are its forces).
A story naming a transnational group and the name its branch goes by locally ("known locally as al-Shabab ...
the Islamic State group claimed"), in the branch's country, names that branch (actors.story_group); in
Somalia the two are rivals and name no one group."""

from __future__ import annotations

import pytest

from mapper.events.actors import civilian_target, occupier_strike, story_group
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, growth

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("sub_type", "site", "actor1", "actor2", published=PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian drones struck the city of Sumy overnight, killing two people and damaging a dormitory and "
     "several apartment blocks, the regional governor said.",
     [("Air/drone strike", "Sumy", "Russian forces", "civilians")]),
    ("A Russian missile slammed into a residential neighbourhood of Kramatorsk on Monday, wounding 11 "
     "people, the regional governor said.",
     [("Shelling/artillery/missile attack", "Kramatorsk", "Russian forces", "civilians")]),
    ("Israeli strikes on tents sheltering displaced families in Khan Younis killed 14 people overnight, "
     "medics said.",
     [("Air/drone strike", "Khān Yūnis", "Israeli forces", "civilians")]),
    ("A car bomb exploded outside a crowded market in Beledweyne on Saturday, killing seven people, a local "
     "police commander told reporters.",
     [("Remote explosive/landmine/IED", "Beledweyne", None, "civilians")]),
])
def test_people_killed_at_a_civilian_target_are_civilians(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_target_phrase_reader() -> None:
    assert civilian_target("A jet bombed the village, setting fire to more than 200 homes; 30 were killed")
    assert civilian_target("drones hit the city, killing two and damaging several apartment blocks")
    assert civilian_target("a missile hit a residential area of Odesa, wounding five people")
    assert civilian_target("strikes on tents in al-Mawasi killed 9 people")
    assert civilian_target("killing 12 people at a market, a local militia leader told AFP")
    # near misses: an armed body hit or killed; no toll; "residential" before another noun
    assert not civilian_target("a strike on a market killed a militia leader and two guards")
    assert not civilian_target("the strike killed a Hezbollah commander near his home")
    assert not civilian_target("shelling damaged several apartment blocks in Nikopol")
    assert not civilian_target("shelling hit residential power lines, killing two soldiers")


def test_the_reader_is_linear_on_100_kb() -> None:
    """100 KB of near-misses of the new words: verbs and modifiers before no target noun, sources with no
    speech verb, with a toll word."""
    unit = "damaging setting fire to residential the tent militia leader commander killed "
    assert growth(lambda n: lambda: civilian_target(unit * n), 1300) < GROWTH  # about 100 KB


@pytest.mark.parametrize(("text", "expected"), [
    ("Kharkiv: guided bomb hits apartment block, 2 dead, 11 injured",
     [("Air/drone strike", "Kharkiv", "Russian forces", "civilians")]),
    ("Drone strike on Odesa port damages warehouses",
     [("Air/drone strike", "Odesa", "Russian forces", None)]),
    # near misses: a bomb names no striker; a striker named is kept (Gaza, whose occupier's forces are its
    # only state forces, is the occupier's since session 34: tests/test_actors40_classes.py)
    ("Bomb explodes under car in Kyiv, killing a serviceman",
     [("Remote explosive/landmine/IED", "Kyiv", None, "Ukrainian forces")]),
    ("Drone strike on Khan Younis tent camp kills 7",
     [("Air/drone strike", "Khān Yūnis", "Israeli forces", "civilians")]),
    ("Ukrainian drones hit Belgorod apartment block, injuring 3",
     [("Air/drone strike", "Belgorod", "Ukrainian forces", "civilians")]),
])
def test_a_strike_with_no_striker_in_an_occupied_country_is_the_occupier_s(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_occupier_reader() -> None:
    found = occupier_strike("Air/drone strike", "UA")
    assert found is not None
    assert (found.name, found.country_code, found.inferred) == ("Russian forces", "RU", True)
    assert occupier_strike("Remote explosive/landmine/IED", "UA") is None
    assert occupier_strike("Air/drone strike", "SY") is None  # no occupier in the table
    assert occupier_strike("Air/drone strike", "SD") is None
    # Provinces the occupier has held whole for years: the unnamed striker is as likely the other side.
    assert occupier_strike("Air/drone strike", "UA", "UA.20") is None  # Sevastopol
    assert occupier_strike("Shelling/artillery/missile attack", "UA", "UA.14") is None  # Luhansk
    assert occupier_strike("Air/drone strike", "UA", "UA.05") is not None  # Donetsk oblast: split


@pytest.mark.parametrize("text, expected", [
    ("Explosions reported in Sevastopol after drone attack", [("Air/drone strike", "Sevastopol", None)]),
    ("Missile strike on Luhansk kills 4", [("Shelling/artillery/missile attack", "Luhansk", None)]),
    ("Guided bombs hit Kramatorsk, two dead", [("Air/drone strike", "Kramatorsk", "Russian forces")]),
])
def test_no_occupier_is_inferred_where_it_holds_the_province(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(e.sub_event_type, e.location.name, e.actor1.name if e.actor1 else None)
            for e in pipeline.parse(Article("t", text, published=PUBLISHED)).events] == expected


def test_a_branch_called_locally_by_another_group_s_name() -> None:
    told = ("Insurgents beheaded five farmers near Macomia, in Mozambique's Cabo Delgado province, on "
            "Sunday. The attackers, known locally as al-Shabab, also burned a chapel. The Islamic State "
            "group claimed the killings.")
    found = story_group(told)
    assert found is not None and found.name == "Islamic State Mozambique"
    # near misses: the same two names in Somalia are rivals; one of them alone is itself
    rivals = "Al-Shabab fighters clashed with Islamic State militants in Somalia's Bari region."
    assert story_group(rivals) is None
    alone = story_group("Al-Shabab fighters attacked a base near Baidoa, Somalia.")
    assert alone is not None and alone.name == "al-Shabaab"


def test_a_described_perpetrator_is_the_branch_so_called(pipeline: Pipeline) -> None:
    told = ("PEMBA, Mozambique (Lusa) - Armed insurgents beheaded four farmers near Macomia on Sunday, "
            "residents said. The attackers, known locally as al-Shabab, burned several houses. The Islamic "
            "State group claimed the killings through its Amaq agency.")
    assert [e[2] for e in coded(pipeline, told) if e[1] == "Macomia"] == ["Islamic State Mozambique"]
