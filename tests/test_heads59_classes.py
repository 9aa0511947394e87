"""Session 47, helper heads59: headlines and single sentences, for the classes of the blind files' train
misses that training/events/headlines58.jsonl carries. Every sentence is our own.

- a crowd's attempt stopped by a real act told just before it: "Police fired tear gas at students trying to
  march on parliament in X" (roles._STOPPED_ATTEMPT, read in ``_after_unreal``: the attempted march reports
  nothing, and the place after it is the intervention's site, not context); near misses: an attempt told
  with no real act ("said supporters would try to march on parliament in X", "warn youths against trying to
  march on State House in X") stays context;
- an office or headquarters struck, burned or stormed, with the report's teller after a comma: "Drones struck
  a police headquarters in X on Friday, officials said" (roles._struck_office with _STRUCK_OFFICE_BREAK and
  _SAID_COMMA_NEXT: the building is the site, not the teller's seat, origin); near misses: "the army
  command in X said" (the office speaks: origin) and "the governor's office in X said on Monday" after an
  act elsewhere;
- a state's headline future: "Ghana to recall ambassador from X", "Niger to summon Benin's envoy" (the state
  opening the headline before "to VERB" is its government, actor: roles._STATE_FUTURE_AFTER), and the post
  an envoy is recalled from is context (roles._RECALLED_FROM, not the actor "delegations from X" reads);
  near miss: a country after other words ("Fuel convoys from Kenya to resume ...") is not read by the rule.
"""

from __future__ import annotations

import pytest

from mapper.events.roles import (
    _RECALLED_FROM,
    _SAID_COMMA_NEXT,
    _STATE_FUTURE_AFTER,
    _STOPPED_ATTEMPT,
    _STRUCK_OFFICE_BREAK,
)
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a crowd's attempt stopped by a real act ---------------------------------------------------------------

ATTEMPTS = [
    ("Police fire tear gas at nurses trying to march on parliament in Gaborone",
     [("Gaborone", "Protest with intervention", "protesters", "police")]),
    ("Riot police fired tear gas at miners attempting to march on the mines ministry in Kitwe on Monday.",
     [("Kitwe", "Protest with intervention", "protesters", "police")]),
    ("Police fired tear gas at pensioners who tried to march on the treasury in Mutare on Tuesday.",
     [("Mutare", "Protest with intervention", "protesters", "police")]),
]


@pytest.mark.parametrize(("text", "want"), ATTEMPTS)
def test_an_attempt_stopped_by_an_intervention(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize("text", [
    "Union leaders said nurses would try to march on parliament in Gaborone next week.",
    "Police warn miners against trying to march on State House in Kitwe",
])
def test_an_attempt_with_no_real_act_reports_nothing(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []
    assert all(role == "context" for _, role in roles_of(either, text))


# -- an office struck, with its teller after a comma -------------------------------------------------------

OFFICES = [
    ("Drones struck a police headquarters in El Obeid on Friday, officials said.",
     [("El Obeid", "Air/drone strike")]),
    ("Rioters torched the electoral commission office in Kindu on Monday, police said.",
     [("Kindu", "Violent demonstration")]),
    ("A car bomb exploded outside the interior ministry in Benghazi on Tuesday, security sources said.",
     [("Benghazi", "Remote explosive/landmine/IED")]),
]


@pytest.mark.parametrize(("text", "want"), OFFICES)
def test_an_office_struck_is_the_site(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert [(name, sub) for name, sub, _, _ in coded(either, text)] == want
    assert roles_of(either, text)[0][1] == "event_site"


def test_an_office_that_speaks_stays_the_origin(either: Pipeline) -> None:
    text = "A drone struck a fuel depot near El Obeid on Friday, the army command in Kosti said."
    assert roles_of(either, text) == [("El Obeid", "event_site"), ("Kosti", "origin")]
    text = "Gunmen killed four farmers in Bokkos on Sunday, the governor's office in Jos said on Tuesday."
    assert roles_of(either, text) == [("Bokkos", "event_site"), ("Jos", "origin")]


# -- a state's headline future ---------------------------------------------------------------------------

FUTURES = [
    ("Malawi to recall ambassador from Harare", [("Malawi", "actor"), ("Harare", "context")]),
    ("Gabon to summon Cameroon's envoy over border closure", [("Gabon", "actor"), ("Cameroon", "actor")]),
    ("Burundi to deploy troops to Cibitoke after raids", [("Burundi", "actor"), ("Cibitoke", "context")]),
]


@pytest.mark.parametrize(("text", "want"), FUTURES)
def test_a_states_headline_future(either: Pipeline, text: str, want: list[tuple[str, str]]) -> None:
    assert coded(either, text) == []
    assert roles_of(either, text) == want


def test_a_country_not_opening_the_headline_is_not_read_as_the_state(either: Pipeline) -> None:
    assert roles_of(either, "Fuel convoys from Kenya to resume next week") == [("Kenya", "context")]


# -- linear time -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "trying to " * 7 + "tried   ",
    "struck a police headquarters in , " * 3,
    " to  to a-b-c recall  ",
    "recall its ambassador envoy from the " * 2,
    "a b c d e f g h i j k l m ,",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_STOPPED_ATTEMPT, _STRUCK_OFFICE_BREAK, _SAID_COMMA_NEXT, _STATE_FUTURE_AFTER,
                    _RECALLED_FROM):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_attempts_and_offices_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Police fired tear gas at students trying to march on parliament in Harare on Monday. "
            "Drones struck a police headquarters in Kassala on Friday, officials said. "
            "Ghana to recall ambassador from Lome. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
