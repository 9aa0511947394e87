"""Phantom events, session 26 (phantom32: training/events/sentences31.jsonl and other files' train misses).

- Talks only promised, proposed or offered, named as the verb's object ("a day after the chief minister
  promised peace talks in X", "Washington proposed a round of talks in X") are no meeting; the adjective
  ("the promised talks opened in X") and talks held stay one. A headline's talks "not yet scheduled" or
  "not yet set" (the auxiliary dropped) are no meeting either.
- An act named by a noun whose clause says it is only expected, feared or likely ("officials said similar
  attacks were expected around X", "more strikes are feared in X") is no event at X; an act told as done
  beside it keeps its site.

Every sentence is our own; each class has controls that must keep their event.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events, _roles

# -- talks promised, proposed or offered ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "site", "sub", "other"), [
    ("Gunmen killed six farmers near Jos on Tuesday, a day after the governor promised peace talks in Abuja.",
     "Jos", "Attack", "Abuja"),
    ("Army drones struck paramilitary positions in Nyala on Monday, hours after Washington proposed a new "
     "round of talks in Jeddah.", "Nyala", "Air/drone strike", "Jeddah"),
    ("ELN rebels ambushed a patrol near Tibu on Friday, days after the government proposed fresh talks in "
     "Havana.", "Tibu", "Armed clash", "Havana"),
])
def test_talks_only_promised_or_proposed_are_no_meeting(pipeline: Pipeline, text: str, site: str, sub: str,
                                                        other: str) -> None:
    events = _events(pipeline, text)
    assert [e[1] for e in events] == [sub]
    assert _roles(pipeline, text)[site] == "event_site"
    assert _roles(pipeline, text)[other] == "context"


@pytest.mark.parametrize("text", [
    "The federal government has promised a round of talks in Mekelle with regional leaders.",
    "Qatar suggested further talks in Doha between the two delegations.",
])
def test_promised_talks_alone_give_no_event(pipeline: Pipeline, text: str) -> None:
    assert [e for e in _events(pipeline, text) if e[1] == "Meeting/talks"] == []


@pytest.mark.parametrize("text", [
    "Kremlin says next round of Istanbul talks not yet scheduled",
    "Sudan peace talks in Jeddah not yet set, mediators say",
])
def test_headline_talks_not_yet_scheduled_are_no_meeting(pipeline: Pipeline, text: str) -> None:
    assert [e for e in _events(pipeline, text) if e[1] == "Meeting/talks"] == []


@pytest.mark.parametrize(("text", "venue"), [
    ("The promised talks opened in Doha on Monday, mediators said.", "Doha"),
    ("Sudan peace talks open in Jeddah, deal not yet in sight", "Jeddah"),
    ("Government and rebel negotiators held talks in Juba on Tuesday.", "Juba"),
])
def test_talks_held_stay_a_meeting(pipeline: Pipeline, text: str, venue: str) -> None:
    assert (venue, "Meeting/talks") in _events(pipeline, text)


# -- acts only expected, feared or likely ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "site", "sub", "other"), [
    ("Jihadists attacked an army post in Nioro on Tuesday, and officials said similar attacks were expected "
     "around Kayes.", "Nioro", "Armed clash", "Kayes"),
    ("Russian glide bombs hit Kostiantynivka on Thursday, killing two civilians; more strikes are feared in "
     "Druzhkivka.", "Kostiantynivka", "Air/drone strike", "Druzhkivka"),
])
def test_acts_only_expected_place_no_event(pipeline: Pipeline, text: str, site: str, sub: str,
                                           other: str) -> None:
    events = _events(pipeline, text)
    assert [e[1] for e in events] == [sub]
    assert _roles(pipeline, text)[site] == "event_site"
    assert _roles(pipeline, text)[other] == "context"


@pytest.mark.parametrize(("text", "sites"), [
    # an act told as done, the toll "expected to rise": still the act
    ("The attack on a market in Gao killed seven people, and the toll is expected to rise.", {"Gao"}),
    # a verb in -ed between: the act happened, and more are expected
    pytest.param("The raid on Bama killed five and more raids are expected.", {"Bama"},
                 marks=pytest.mark.xfail(strict=True, reason="known loss of the event filter retrained at "
                                         "session 40 (threshold 0.7): the raid is dropped; "
                                         "the rules code it")),
])
def test_acts_told_as_done_beside_an_expectation_stay(pipeline: Pipeline, text: str, sites: set[str]) -> None:
    assert {e[0] for e in _events(pipeline, text)} == sites


def test_the_new_rules_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    # _OFFERED_TALKS_IN and _EXPECTED_AFTER read bounded windows beside each trigger.
    def text(n: int) -> str:
        unit = "promised a round of talks and proposed peace talks while similar attacks on the"
        return "Officials said " + " ".join(unit for _ in range(n)) + " were expected in Homs."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
