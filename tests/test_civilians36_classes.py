"""Session 30, helper civilians36: actor2 of violent events whose other side no phrase names. Guide decision
(2): people killed or hurt at a civilian target the text names (a market, a displaced people's camp, a
hospital, a school, a home or residential building, a bus, a place of worship, a wedding or funeral, also a
restaurant or hotel) with no armed target named are civilians (actors.civilian_target, marked ``inferred``).
An attack on a military or police post with no other side named is against the post's force: the event
country's forces, or police (actors.forces_target). Controls: a strike on a military camp, an army base or a
checkpoint is no civilian target; "market" as a modifier ("market town", "market prices") is no target; a
city as the only target keeps actor2 null; a named other side is kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.actors import civilian_target, forces_target
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, growth

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("sub_type", "site", "actor1", "actor2", "actor2_inferred", published=PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Drone strike on Kosti market kills 11",
     [("Air/drone strike", "Kosti", None, "civilians", True)]),
    ("A Russian missile hit an apartment block in Dnipro on Monday, killing three people, the regional "
     "governor said.",
     [("Shelling/artillery/missile attack", "Dnipro", "Russian forces", "civilians", True)]),
    ("Shells fell on a primary school in Babanusa on Monday, killing four people, a rights group said.",
     [("Shelling/artillery/missile attack", "Babanūsah", None, "civilians", True)]),
    ("Israeli tanks shelled a school sheltering displaced families in Khan Younis on Monday, killing eight "
     "people, medics said.",
     [("Shelling/artillery/missile attack", "Khān Yūnis", "Israeli forces", "civilians", True)]),
    ("Grenade attack on Bujumbura market wounds 17",
     [("Grenade", "Bujumbura", None, "civilians", True)]),
    ("Blast at Quetta bus stop kills five, wounds 14",
     [("Remote explosive/landmine/IED", "Quetta", None, "civilians", True)]),
    ("Shells hit funeral in Dilling, killing 11",
     [("Shelling/artillery/missile attack", "Dilling", None, "civilians", True)]),
    ("Junta jets bomb monastery in Sagaing's Ye-U, killing 14",
     [("Air/drone strike", "Ye-u", "Myanmar forces", "civilians", True)]),
])
def test_people_killed_at_a_civilian_target_are_civilians(pipeline: Pipeline, text: str,
                                                           expected: list[tuple[str, str, str | None,
                                                                                str | None, bool]]) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city as the only target: plain people stay null, as the guide has it
    ("Russian drones struck Sumy on Monday, killing two people and damaging power lines, the regional "
     "governor said.",
     [("Air/drone strike", "Sumy", "Russian forces", None, False)]),
    # "market" as a modifier of no target
    ("Shelling killed four people in Tawila on Monday as market prices for sorghum doubled, aid workers "
     "said.",
     [("Shelling/artillery/missile attack", "Tawila", None, None, False)]),
    ("A mortar attack killed three people in Dori, a market town in northern Burkina Faso, on Monday, a "
     "security source said.",
     [("Shelling/artillery/missile attack", "Dori", None, None, False)]),
    # armed victims named: the text's other side is kept
    ("An Israeli strike on a house in Tyre killed two Hezbollah members on Monday, the group said.",
     [("Air/drone strike", "Tyre", "Israeli forces", "Hezbollah", False)]),
])
def test_no_civilian_target_keeps_the_text_s_other_side(pipeline: Pipeline, text: str,
                                                        expected: list[tuple[str, str, str | None,
                                                                             str | None, bool]]) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # controls the phrase reader already named (not inferred): they must not change
    ("An RSF drone struck an army base in Kosti on Monday, killing four people, residents said.",
     [("Air/drone strike", "Kosti", "Rapid Support Forces", "Sudanese forces", False)]),
    ("ISWAP fighters attacked a military base in Malam Fatori late on Monday, setting vehicles ablaze before "
     "withdrawing, residents said.",
     [("Armed clash", "Mallam Fatori", "ISWAP", "Nigerian forces", False)]),
    ("Gunmen attacked a police checkpoint in Bannu on Monday, killing three people, officials said.",
     [("Armed clash", "Bannu", "unidentified gunmen", "police", False)]),
    # the post's force inferred where no phrase names it
    ("A Russian missile hit an air base near Lutsk on Monday, wounding three people, local officials said.",
     [("Shelling/artillery/missile attack", "Lutsk", "Russian forces", "Ukrainian forces", True)]),
    ("Drones hit an air base near Kursk on Monday, wounding two people, the governor said.",
     [("Air/drone strike", "Kursk", None, "Russian forces", True)]),
    ("White Army fighters overrun Nasir garrison",
     [("Armed clash", "Nasir", "White Army", "South Sudanese forces", True)]),
])
def test_an_attack_on_a_post_is_against_its_force(pipeline: Pipeline, text: str,
                                                  expected: list[tuple[str, str, str | None, str | None,
                                                                       bool]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_target_phrase_reader() -> None:
    assert civilian_target("Drone strike on Kosti market kills 11")
    assert civilian_target("Two killed as Russian missile hits Sumy bus station")
    assert civilian_target("killing 11 people at a funeral")
    assert not civilian_target("Drone strike on Kosti market")  # no one killed or hurt
    assert not civilian_target("Drone strike on military camp near Kidal kills six")
    assert not civilian_target("A bomb hit a military school in Kabul, killing five people")
    assert not civilian_target("A strike hit a house in Tyre, killing a Hezbollah commander")
    assert not civilian_target("Kursk, home to the nuclear plant, was shelled, killing two")
    assert forces_target("Suicide bombers attack army barracks in Damboa", "NG") is not None
    assert forces_target("a car bomb hit a police station in Bannu", "PK") is not None
    assert forces_target("Drone strike on Kosti market kills 11", "SD") is None
    assert forces_target("Truck bomb near Cali air base", "CO") is None  # beside it, not on it


@pytest.mark.parametrize("reader", [civilian_target, lambda t: forces_target(t, "SD")])
def test_the_readers_are_linear_on_100_kb(reader: Callable[[str], object]) -> None:
    """100 KB of near-misses: attack words and modifiers before no target noun, with a toll word."""
    unit = "strike on the the a very big old army military hit at a killed market town "
    assert growth(lambda n: lambda: reader(unit * n), 1400) < GROWTH  # 2 x 1400 units: about 100 KB
