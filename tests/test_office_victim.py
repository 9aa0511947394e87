"""A local office holder of a place as the victim of the sentence's act (issue 14, recall in full articles).

"The mayor of X was shot dead", "Gunmen killed the deputy governor of X", "X's deputy mayor was shot dead":
the office names X as its seat, but the act befell its holder there, so X is the act's site (it was
context, or an actor by its possessive office, and the event went to X's parent province or was lost).
A holder who only speaks ("The governor of X said ...") keeps X out. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events, _roles


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(roles="rules")


@pytest.mark.parametrize(("text", "site", "parent"), [
    ("The mayor of Jalalabad, a city in the eastern province of Nangarhar, was shot dead outside his home on "
     "Sunday, police said.", "Jalalabad", "Nangarhar"),
    ("Gunmen on motorbikes killed the deputy governor of Kunduz on Tuesday.", "Kunduz", None),
    ("The district commissioner of Mandera was killed by a roadside bomb on Monday, police said.", "Mandera",
     None),
    ("Suspected militants abducted the police chief of Gao on Friday.", "Gao", None),
    ("Maiduguri's deputy mayor was shot dead by unknown gunmen on Saturday.", "Maiduguri", None),
])
def test_the_seat_of_a_victims_office_is_the_site(rules: Pipeline, text: str, site: str,
                                                  parent: str | None) -> None:
    roles = _roles(rules, text)
    assert roles[site] == "event_site"
    if parent is not None:
        assert roles[parent] == "context"


def test_the_mayor_shot_dead_is_coded_at_the_seat_by_the_rules(unfiltered: Pipeline) -> None:
    # The rules' reading: the event filter's reading of this sentence flips from retrain to retrain (dropped
    # by session 41's second, kept from session 44's, dropped again by session 47's), a known loss of it.
    text = ("The mayor of Jalalabad, a city in the eastern province of Nangarhar, was shot dead outside his "
            "home on Sunday, police said.")
    assert _events(unfiltered, text) == [("Jalālābād", "Attack")]


@pytest.mark.parametrize(("text", "events"), [
    ("Suspected militants abducted the police chief of Gao on Friday.",
     [("Gao", "Abduction/forced disappearance")]),
    ("Maiduguri's deputy mayor was shot dead by unknown gunmen on Saturday.", [("Maiduguri", "Attack")]),
])
def test_the_act_on_an_office_holder_is_coded_at_the_seat(pipeline: Pipeline, text: str,
                                                          events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "seat", "events"), [
    # the holder speaks of an act elsewhere: the seat is no site
    ("The mayor of Saint-Marc told local radio that gunmen had killed 20 people in Verrettes on Thursday.",
     "Saint-Marc", [("Verrettes", "Attack")]),
    ("The governor of Nangarhar said gunmen killed three teachers in Jalalabad on Monday.", "Nangarhar",
     [("Jalālābād", "Attack")]),
    ("The police chief of Mandera said a roadside bomb killed two soldiers near Elwak on Monday.", "Mandera",
     [("El Wak", "Remote explosive/landmine/IED")]),
])
def test_a_holder_who_only_speaks_leaves_the_seat_out(rules: Pipeline, pipeline: Pipeline, text: str,
                                                      seat: str, events: list[tuple[str, str]]) -> None:
    assert _roles(rules, text)[seat] == "context"
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("unit", ["the mayor of Goma , a a a , , was ",
                                  "Goma's deputy deputy mayor , , , was ",
                                  "killed the deputy governor of Goma killed the ",
                                  "governor of Goma , , , , "])
def test_office_victim_rule_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen shot dead " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 20_000) < GROWTH
