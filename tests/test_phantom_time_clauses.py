"""Phantom events in time clauses (issue 14, item 6): an act told in the pluperfect inside an "after" or
"since" clause ("days after troops had raided a camp near X") is told as earlier than the news it dates,
background, no event; the same day's act ("hours after militants had attacked X") stays news. An operation
only announced ("days after the army announced an offensive in X") is no act at X either.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "site", "earlier"), [
    ("Gunmen kidnapped a priest in Kumba on Tuesday, the diocese said, days after troops had raided a "
     "separatist camp near Mamfe.", "Kumba", "Mamfe"),
    ("Police fired tear gas at traders in Kisumu on Monday, two days after rioters had looted shops in "
     "Nakuru.", "Kisumu", "Nakuru"),
])
def test_a_pluperfect_act_in_a_time_clause_is_no_event(pipeline: Pipeline, text: str, site: str,
                                                       earlier: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[earlier] == "context"
    assert all(earlier not in name for name, _ in _events(pipeline, text, "2025-06-14"))


def test_the_same_days_earlier_act_stays_an_event(pipeline: Pipeline) -> None:
    text = ("Gunmen killed four people in Bama on Sunday, hours after militants had attacked a police "
            "station in Konduga.")
    assert [name for name, _ in _events(pipeline, text, "2025-06-14")] == ["Bama", "Konduga"]


@pytest.mark.parametrize("unit", ["days after ", "had been ", "had ", "after had "])
def test_time_clauses_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen kidnapped a priest in Kumba " + unit * (n // len(unit)) + " raided a camp near Mamfe."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_time_clause_patterns_cannot_rescan_a_run() -> None:
    for pattern in (triggers._PLUPERFECT_BEFORE, triggers._TIME_CLAUSE):
        assert rescans(pattern) == [], pattern.pattern


# -- an act announced, not told -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "site", "announced"), [
    ("Soldiers clashed with rebels near Bunia on Friday, officials said, days after the army announced an "
     "offensive in Djugu.", "Bunia", "Djugu"),
])
def test_the_place_of_an_announced_operation_is_no_site(pipeline: Pipeline, text: str, site: str,
                                                        announced: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[announced] == "context"
    assert all(announced not in name for name, _ in _events(pipeline, text, "2025-06-14"))


def test_an_announced_offensive_alone_is_no_event(pipeline: Pipeline) -> None:
    text = "The army announced an offensive against the rebels in Kidal on Monday."
    assert _roles(pipeline, text, "2025-06-14")["Kidal"] == "context"
    assert _events(pipeline, text, "2025-06-14") == []


@pytest.mark.parametrize("unit", ["announced the offensive ", "announced ", "operation "])
def test_announced_operations_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gangs torched Mirebalais. The police " + unit * (n // len(unit)) + " in Croix-des-Bouquets."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH
