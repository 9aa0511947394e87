"""Phantom events in what a text says of a group (issue 14, item 6): where it is active ("which is active in
X", "who remain active across X") and how much of a place it holds ("which control about 80% of X") are
states, not acts: those places are no sites of the act the sentence reports.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "site", "state"), [
    ("The ADF, which is active in North Kivu and Ituri, killed nine villagers near Oicha on Sunday, "
     "residents said.", "Oicha", "Ituri"),
    ("Gangs, which control about 80% of Port-au-Prince, attacked a police station in Mirebalais on Tuesday.",
     "Mirebalais", "Port-au-Prince"),
])
def test_a_groups_state_is_no_site(pipeline: Pipeline, text: str, site: str, state: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[state] == "context"
    assert all(state not in name for name, _ in _events(pipeline, text, "2025-06-14"))


@pytest.mark.parametrize("unit", ["is active in the ", "active across ", "control about 80% of ",
                                  "control 9 percent of the "])
def test_group_states_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        run = unit * (n // len(unit))
        return "Gangs attacked Mirebalais. The ADF " + run + " Ituri killed nine near Oicha."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_group_state_pattern_cannot_rescan_a_run() -> None:
    # (_BASED_IN reads a left context of at most 80 characters: linear however long the run, as above.)
    assert rescans(roles._CONTROLS) == [], roles._CONTROLS.pattern


# The area a group's franchise is named for ("al-Qaeda's affiliate in the Sahel") is no more a site than
# where it is active.
@pytest.mark.parametrize(("text", "site", "area"), [
    ("Jihadists ambushed an army convoy near Boni on Monday, killing nine soldiers. JNIM, al-Qaeda's "
     "affiliate in the Sahel, claimed the ambush on Tuesday.", "Boni", "Sahel"),
    ("A car bomb killed six soldiers at a checkpoint in Bosaso on Friday. The Islamic State's offshoot in "
     "northern Somalia claimed the bombing.", "Bosaso", "Somalia"),
])
def test_a_franchise_area_is_no_site(pipeline: Pipeline, text: str, site: str, area: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[area] == "context"
    assert [name for name, _ in _events(pipeline, text, "2025-06-14")] == [site]


@pytest.mark.parametrize("left", ["JNIM, al-Qaeda's affiliate in the ", "the group's offshoots in northern ",
                                  "a franchise for "])
def test_a_franchise_area_is_a_based_in(left: str) -> None:
    assert roles._BASED_IN.search(left)


@pytest.mark.parametrize("left", ["fighters of the affiliate attacked a base in ", "the affiliate struck "])
def test_an_affiliates_act_is_not(left: str) -> None:
    assert not roles._BASED_IN.search(left)


@pytest.mark.parametrize("unit", ["affiliate in the ", "offshoots for ", "franchise in northern "])
def test_franchise_areas_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen attacked Boni. JNIM, al-Qaeda's " + unit * (n // len(unit)) + " Sahel, claimed it."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH
    roles._BASED_IN.search(hundred_kb(unit))
