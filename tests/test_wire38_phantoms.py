"""Phantom events in wire paragraphs and articles (wire38.jsonl): the town of the residents who tell of an
act placed elsewhere ("Residents of Bahir Dar said drones struck a minibus near Dangila"), a source reached
by phone "from nearby X", and the area of the series an act is "the latest" of ("the latest in a string of
strikes in Amhara's Awi zone").

Every sentence is our own, and none is a gold item. The rule tests read the rules' roles
(``Pipeline(roles="rules")``); the event tests read the default pipeline.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse

PUBLISHED = "2025-06-14"  # a Saturday


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(roles="rules")


# -- the town of residents who tell of an act elsewhere -----------------------------------------------------

def test_residents_of_a_town_telling_of_a_strike_elsewhere(rules: Pipeline, pipeline: Pipeline) -> None:
    text = ("Residents of Gondar said government drones struck a bus near Metema on Sunday, killing seven "
            "passengers.")
    found = _roles(rules, text, PUBLISHED)
    assert found["Gondar"] == "origin" and found["Metema"] == "event_site"
    assert _events(pipeline, text, PUBLISHED) == [("Metemma", "Air/drone strike")]


def test_residents_of_a_town_with_no_other_place_keep_it_the_site(rules: Pipeline) -> None:
    # (the near miss: what the residents tell happened in their own town)
    text = ("ADDIS ABABA (Reuters) - Residents of Gondar said drones struck a bus station in Gondar on "
            "Sunday, killing seven people.")
    found = _roles(rules, text, PUBLISHED)
    assert found["Gondar"] == "event_site"


def test_the_residents_pattern_needs_its_words() -> None:
    assert roles._WITNESS_IN.search("residents of ")
    assert roles._WITNESS_IN.search("Villagers of the ")
    assert not roles._WITNESS_IN.search("the mayor of ")  # an office: the seat rules decide
    assert not roles._WITNESS_IN.search("the residents fled to ")


# -- a source by phone from a nearby town ------------------------------------------------------------------

def test_a_source_by_phone_from_a_nearby_town(rules: Pipeline, pipeline: Pipeline) -> None:
    text = ("Militants attacked an army post in Bulo Burte on Monday, killing six soldiers, a commander told "
            "AFP by phone from nearby Jalalaqsi.")
    found = _roles(rules, text, PUBLISHED)
    assert found["Bulo Burte"] == "event_site" and found["Jalalaqsi"] == "context"
    assert _events(pipeline, text, PUBLISHED) == [("Buulobarde", "Armed clash")]


def test_nearby_alone_is_not_the_phone_pattern() -> None:
    assert roles._BY_PHONE_FROM.search("told AFP by phone from nearby ")
    assert not roles._BY_PHONE_FROM.search("fighters advanced from nearby ")


# -- the area of a series an act is the latest of ----------------------------------------------------------

@pytest.mark.parametrize(("text", "site", "area", "events"), [
    ("Jihadists killed 11 soldiers near Djibo on Saturday, the latest in a wave of attacks around Arbinda.",
     "Djibo", "Arbinda", [("Djibo", "Armed clash")]),
    ("Drones killed five people at a market in Monywa on Sunday, the latest in a string of air strikes on "
     "Yinmabin.", "Monywa", "Yinmabin", [("Monywa", "Air/drone strike")]),
    # a province's possessive before the area (the left context is read lowered)
    ("Drones killed 11 people near Dangila on Sunday, the latest in a string of strikes in Amhara's Awi "
     "zone.", "Dangila", "Awi", [("Dangila", "Air/drone strike")]),
])
def test_the_area_of_a_series_is_no_site(rules: Pipeline, pipeline: Pipeline, text: str, site: str, area: str,
                                         events: list[tuple[str, str]]) -> None:
    found = _roles(rules, text, PUBLISHED)
    assert found[site] == "event_site" and found[area] == "context"
    assert _events(pipeline, text, PUBLISHED) == events


def test_an_act_told_beside_another_is_still_a_site(rules: Pipeline) -> None:
    # (the near miss: no "the latest in a", two acts at two places)
    text = "Gunmen killed four farmers near Bokkos on Friday, and attacks in Mangu killed two more."
    found = _roles(rules, text, PUBLISHED)
    assert found["Bokkos"] == "event_site" and found["Mangu"] == "event_site"


def test_the_series_pattern_needs_its_words() -> None:
    # (the left context _role_alone reads is lowered)
    assert roles._LATEST_OF_SERIES.search("the latest in a string of strikes in amhara's ")
    assert roles._LATEST_OF_SERIES.search("the latest of a wave of attacks in northern ")
    assert not roles._LATEST_OF_SERIES.search("the latest attack hit ")
    assert not roles._LATEST_OF_SERIES.search("in a string of strikes in ")


# -- linear on pathological input ---------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "the latest in a the latest of the ", "residents of of the ", "by phone from nearby nearby ",
])
def test_the_new_patterns_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels shelled Goma. Gunmen attacked Beni " + unit * (n // len(unit)) + " Kirkuk said."
    assert growth(parsing(pipeline, text_of, PUBLISHED), 50_000) < GROWTH


def test_the_new_patterns_end_on_a_100_kb_window() -> None:
    for pattern, unit in ((roles._LATEST_OF_SERIES, "the latest in a string of "),
                          (roles._WITNESS_IN, "residents of "),
                          (roles._BY_PHONE_FROM, "by phone from nearby ")):
        hostile = (unit * (100_000 // len(unit) + 1))[:100_000]
        pattern.search(hostile)  # ends (no catastrophic backtracking)
    assert roles._LATEST_OF_SERIES.search("the latest in a " + "x " * 50_000) is None


def test_the_new_patterns_cannot_rescan_a_run() -> None:
    # (_WITNESS_IN's older alternatives keep their runs of spaces: it is searched in the 60 characters
    # before a name only; the alternative added here is bounded.)
    for pattern in (roles._LATEST_OF_SERIES, roles._BY_PHONE_FROM):
        assert rescans(pattern) == [], pattern.pattern
    assert rescans(roles._RESIDENTS_OF) == []
