"""Phantom events in what a text says of a group (issue 14, item 6): where it is active ("which is active in
X", "who remain active across X") and how much of a place it holds ("which control about 80% of X") are
states, not acts: those places are no sites of the act the sentence reports.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
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
