"""Session 36, helper actors42: actor2 and actor1 of classes the blind files' wire articles use. A remote
strike's dead told as civilians in its sentences or the one after them ("All the dead were civilians, he
said", "most of the victims were women and children": casualties.dead_were_civilians) make civilians its
actor2; a medical or health centre is a civilian target (actors.civilian_target); a toll of people
"including" a named group's member ("killed four people, including a senior Hezbollah commander") makes that
group the other side; and a transnational group named by its affiliate ("Al-Qaida affiliate", "al Qaeda's
Sahel affiliate") is the affiliate of the event's country (actors.canonical), as "al Qaeda-linked" was."""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.events.actors import Actor, canonical, civilian_target
from mapper.events.casualties import dead_were_civilians
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("sub_type", "site", "actor1", "actor2", published=PUBLISHED)


def test_the_dead_were_civilians_reader() -> None:
    assert dead_were_civilians("All the dead were civilians, he said.")
    assert dead_were_civilians("Most of the victims were women and children, the group said.")
    assert dead_were_civilians("most of the dead were Indian tourists")
    # near misses: armed dead; no quantifier; the dead not described
    assert not dead_were_civilians("Most of the dead were fighters of the PDF, residents said.")
    assert not dead_were_civilians("Most of the dead were soldiers and police officers.")
    assert not dead_were_civilians("The dead were taken to the hospital in Sittwe.")
    assert not dead_were_civilians("All the dead were buried on Monday.")


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone struck a village in Sagaing region on Monday, killing nine people. Most of the dead were women "
     "and children, residents said.",
     [("Air/drone strike", "Sagaing", None, "civilians")]),
    # near misses: the dead were fighters (the sentence names them); nothing said of who the dead were
    ("A drone struck a village in Sagaing region on Monday, killing nine people. Most of the dead were "
     "fighters of the PDF, residents said.",
     [("Air/drone strike", "Sagaing", None, "fighters")]),
    ("A drone struck a village in Sagaing region on Monday, killing nine people. Residents fled to the "
     "forest, a local official said.",
     [("Air/drone strike", "Sagaing", None, None)]),
])
def test_a_strike_s_dead_told_as_civilians_after_it(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_a_medical_or_health_centre_is_a_civilian_target() -> None:
    assert civilian_target("A missile slammed into the Sderot Medical Center, wounding 12 people")
    assert civilian_target("shelling hit a health centre in the town, killing two")
    # near misses: a military medical centre; no toll
    assert not civilian_target("a drone hit a military medical centre, killing two")
    assert not civilian_target("shelling hit a health centre in the town")


@pytest.mark.parametrize(("text", "expected"), [
    ("An Israeli airstrike on a building in Beirut's southern suburbs on Friday killed four people, "
     "including a senior Hezbollah commander, Lebanon's health ministry said.",
     [("Air/drone strike", "Beirut", "Israeli forces", "Hezbollah")]),
    # near misses: children among the dead are civilians; people alone name no side
    ("A drone strike killed six people, including two children, in Khan Younis on Tuesday.",
     [("Air/drone strike", "Khān Yūnis", "Israeli forces", "civilians")]),
    ("A drone strike killed six people in Khan Younis on Tuesday.",
     [("Air/drone strike", "Khān Yūnis", "Israeli forces", None)]),
])
def test_a_toll_including_a_group_s_member_names_the_other_side(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("phrase", "cc", "expected"), [
    ("Al-Qaida affiliate", "ML", "JNIM"),
    ("al Qaeda's Sahel affiliate", "ML", "JNIM"),
    ("al-Qaeda's affiliate", "BF", "JNIM"),
    ("Islamic State affiliate", "ML", "Islamic State Sahel"),
    # near misses: the group named plainly stays itself; "affiliates" of a body that has none
    ("Al-Qaeda fighters", "ML", "al-Qaeda"),
])
def test_a_group_named_by_its_affiliate_is_the_affiliate_of_the_event_s_country(
        phrase: str, cc: str, expected: str) -> None:
    found = canonical(Actor(phrase), False, cc)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Qaida affiliate claims attack on army post near Kati",
     [("Armed clash", "Kati", "JNIM", "Malian forces")]),
    ("Islamist militants attacked a fuel convoy near Kati on Sunday, killing several soldiers, as a blockade "
     "by al Qaeda's Sahel affiliate squeezed supplies.",
     [("Armed clash", "Kati", "JNIM", "Malian forces")]),
    ("Al-Qaeda fighters attacked an army post near Kati on Sunday.",
     [("Armed clash", "Kati", "al-Qaeda", "Malian forces")]),
])
def test_an_affiliate_in_articles(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_new_patterns_on_100_kb_of_near_misses() -> None:
    """100 KB of near-misses: quantifiers and "of the dead were" with no people after them, "including"
    with no member noun, a group's possessive with no affiliate: each reader stays linear and reads no
    civilians, no member and no affiliate."""
    text = "Most of the dead were " * 5000
    assert len(text) > 100_000 and not dead_were_civilians(text)
    text = "including a senior Hezbollah " * 4000
    assert len(text) > 100_000 and next(coder._INCLUDED_MEMBER.finditer(text), None) is None
    text = "al-Qaeda's Sahel " * 7000
    assert len(text) > 100_000
    found = canonical(Actor(text), False, "ML")
    assert found is not None and found.name == "al-Qaeda"


@pytest.mark.parametrize(("text", "expected"), [
    # a force's craft downed is the force struck, not the agent
    ("A police helicopter was shot down by a drone near Cúcuta on Thursday, killing eight officers.",
     [("Air/drone strike", "Cúcuta", None, "police")]),
    # near miss: the force that shot the drone down is the agent
    ("Police shot down a drone over Cúcuta on Thursday.",
     [("Disrupted weapons use", "Cúcuta", "police", None)]),
])
def test_a_force_s_craft_shot_down_is_no_agent(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_downed_craft_pattern_on_100_kb() -> None:
    """100 KB of craft nouns with no "was shot down" after them: the suffered-subject reader matches none."""
    from mapper.events import actors

    assert actors._SUFFERED.match(" helicopter was shot down by a drone") is not None
    text = " helicopter was" * 8000
    assert len(text) > 100_000 and actors._SUFFERED.match(text) is None
