"""Two sites in one sentence, the first a district, session 44 round 2 (sites54, gold file places53.jsonl).

Every sentence is our own. A district named as the site of one act, with a town of its province told as the
site of a second act after "while" ("Militants stormed a police post in Bannu district, killing four
policemen, while a roadside bomb in Tank district wounded two soldiers"), was read as the frame of the town
(``roles._site_follows``: rule ``part_of``), so the town took both tolls. A conjunction of a second act
between them (``roles._SECOND_ACT_BETWEEN``: while, whereas, meanwhile, a semicolon) now keeps the district a
site of its own.

A total spread over an area and split into shares at towns of its sentence ("Israeli strikes across Gaza
killed 18 people on Monday, including 12 in Khan Younis and six in Nuseirat") made the area a third site
that took a share; the area after "across" is now context when a town within ``_SHARE_KM`` of it is a site
after a share cue (``roles._SHARE_CUE``: including, among them, of them, a strike) in its sentence
(``roles._spread_over_shares``).

Near misses that keep their reading: a department that frames the town of the same act ("Further south, in
the Mayo-Sava department, the militants abducted nine people from Kolofata"), a district named as a place
where schools reopened (no event), a total across an area with no share (the area is the site), a list
after "across" ("raids across Manta and Portoviejo") and a town of another act after the area ("across
Culiacan ... after ... in Navolato").
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _LIST_AFTER, _SECOND_ACT_BETWEEN, _SHARE_CUE
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-06-10"  # a Tuesday

Event = tuple[str, str, int | None]  # place, sub-type, fatalities


def _doc(pipeline: Pipeline, text: str):  # noqa: ANN202
    return pipeline.parse(Article("sites54", text, published=PUBLISHED))


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return sorted((e.location.name, e.sub_event_type, e.fatalities) for e in _doc(pipeline, text).events)


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = _doc(pipeline, text)
    return dict(zip((m.text for m in doc.mentions), doc.role_names, strict=True))


# ---- a district's act, then "while" and a town's act: two sites, each with its own toll

# (text, the events: place, sub-type, fatalities)
SECOND_ACT_CASES = [
    ("PESHAWAR: Militants attacked a police post in Bannu district late on Monday, killing four policemen, "
     "while a roadside bomb in Tank district wounded two soldiers, officials said on Tuesday.",
     [("Bannu", "Armed clash", 4), ("Tank", "Remote explosive/landmine/IED", None)]),
    ("PESHAWAR: Insurgents stormed a checkpoint in Lakki Marwat district on Sunday, killing three policemen, "
     "while a drone strike on a house in Mir Ali killed two children, officials said.",
     [("Lakki", "Armed clash", 3), ("Mir Ali", "Air/drone strike", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_ACT_CASES)
def test_a_district_before_while_keeps_its_own_act(unfiltered: Pipeline, text: str,
                                                   expected: list[Event]) -> None:
    assert _events(unfiltered, text) == expected


def test_the_district_is_a_site_and_its_actors_are_kept(unfiltered: Pipeline) -> None:
    text = SECOND_ACT_CASES[0][0]
    assert _roles(unfiltered, text) == {"PESHAWAR": "origin", "Bannu": "event_site", "Tank": "event_site"}
    bannu = next(e for e in _doc(unfiltered, text).events if e.location.name == "Bannu")
    assert (bannu.event_type, bannu.actor1.name, bannu.actor2.name) == ("Battles", "militants", "police")


# ---- near misses: a department that frames its town's act; a district that is no site

def test_a_department_framing_the_same_act_stays_context(unfiltered: Pipeline) -> None:
    text = "Further south, in the Mayo-Sava department, the militants abducted nine people from Kolofata."
    assert _roles(unfiltered, text) == {"Mayo-Sava": "context", "Kolofata": "event_site"}
    assert [e.location.name for e in _doc(unfiltered, text).events] == ["Kolofata"]


def test_a_district_as_a_home_is_no_site(unfiltered: Pipeline) -> None:
    text = "Schools in Lakki Marwat district reopened on Monday after a month-long closure, officials said."
    assert _doc(unfiltered, text).events == []


# ---- a total across an area split into shares at towns: the towns are the sites, the area context

@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli strikes across Gaza killed 18 people on Monday, including 12 in Khan Younis and six in "
     "Nuseirat, health officials said.",
     [("An Nuşayrāt", "Air/drone strike", 6), ("Khān Yūnis", "Air/drone strike", 12)]),
    ("Israeli air strikes across the Gaza Strip killed 31 people on Monday, among them 20 in Khan Younis, "
     "hospital officials said.",
     [("Khān Yūnis", "Air/drone strike", 20)]),
])
def test_an_area_split_into_shares_is_no_site(unfiltered: Pipeline, text: str, expected: list[Event]) -> None:
    assert _events(unfiltered, text) == expected
    assert _roles(unfiltered, text).get("Gaza", _roles(unfiltered, text).get("Gaza Strip")) == "context"


@pytest.mark.parametrize(("text", "site"), [
    ("Israeli strikes across Gaza killed 37 people on Monday, health officials said.", "Gaza"),
    ("Soldiers detained 23 suspected gang members in raids across Manta and Portoviejo on Saturday, the "
     "armed forces said.", "Manta"),
    ("Israeli strikes killed 26 people across Gaza on Sunday after two soldiers were killed in Rafah, "
     "the health ministry said.", "Gaza"),
])
def test_an_area_with_no_share_keeps_its_site(unfiltered: Pipeline, text: str, site: str) -> None:
    assert _roles(unfiltered, text)[site] == "event_site"


@pytest.mark.parametrize(("between", "found"), [
    (" killed 18 people on Monday, including 12 in ", True),
    (" killed 24, among them 15 in ", True),
    (" killed 22. Fourteen of them in ", True),
    (" on Sunday after two soldiers were killed in ", False),
    (" on Thursday. Gunmen ambushed a patrol in the nearby town of ", False),
])
def test_share_cue(between: str, found: bool) -> None:
    assert (_SHARE_CUE.search(between) is not None) is found


# ---- the conjunction pattern

@pytest.mark.parametrize(("between", "found"), [
    (" district on Monday, killing four policemen, while a bomb in ", True),
    (" district; gunmen in ", True),
    (" district on Monday, whereas in ", True),
    (" district, the militants abducted nine people from ", False),
    (" district, awhile later in ", False),
])
def test_second_act_between(between: str, found: bool) -> None:
    assert (_SECOND_ACT_BETWEEN.search(between) is not None) is found


# ---- 100 KB: the pattern is linear; a long text of district pairs parses linearly

@pytest.mark.parametrize("unit", ["while" * 20 + " ", "w" * 200 + " ", " " * 50, "; "])
def test_the_second_act_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_SECOND_ACT_BETWEEN, hundred_kb(unit)) < 3.0


@pytest.mark.parametrize("unit", ["including " * 5, "among " * 10, "of " * 20, "a " * 30 + "strike ",
                                  " " * 50, ", and " * 10])
def test_the_share_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_SHARE_CUE, text) < 3.0
    assert pattern_cpu(_LIST_AFTER, text) < 3.0


def test_many_areas_split_into_shares_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Israeli strikes across Gaza killed 18 people on Monday, including 12 in Khan Younis and six in "
            "Nuseirat. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH


def test_many_district_pairs_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Militants attacked a police post in Bannu district on Monday, killing four policemen, while a "
            "roadside bomb in Tank district wounded two soldiers. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
