"""Phantom events from acts that did not happen or are only alleged (issue 14, item 6).

Every sentence is our own. An act one side accuses the other of, denied in the next sentence ("Moscow
accused Kyiv of shelling Horlivka. Ukraine's military rejected the allegation.") is no event, as the guide
reads an accusation the other side denies; and talks said not to have taken place ("have not taken place",
"have yet to begin"), with or without an apposition between, are no meeting. An accusation left standing
beside a real act, and talks that opened, stay.
"""

from __future__ import annotations

import pytest

from mapper.events import clauses, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


def test_an_accusation_denied_in_the_next_sentence(pipeline: Pipeline) -> None:
    text = "Moscow accused Kyiv of shelling Horlivka on Friday. Ukraine's military rejected the allegation."
    assert _events(pipeline, text, "2025-05-10") == []
    assert _roles(pipeline, text, "2025-05-10")["Horlivka"] == "context"


def test_an_accusation_not_denied_stays(pipeline: Pipeline) -> None:
    text = ("Moscow accused Kyiv of shelling Horlivka on Friday. Ukrainian drones also hit a depot in "
            "Belgorod.")
    assert {name for name, _ in _events(pipeline, text, "2025-05-10")} == {"Horlivka", "Belgorod"}


@pytest.mark.parametrize(("text", "events", "place"), [
    ("Fano fighters attacked a police station in Debre Markos on Tuesday. Talks between the government and "
     "Fano, proposed by elders in Bahir Dar, have not taken place.", [("Debre Mark’os", "Armed clash")],
     "Bahir Dar"),
    ("Talks between the army and the RSF in Jeddah have yet to begin, mediators said.", [], "Jeddah"),
])
def test_talks_that_have_not_taken_place(pipeline: Pipeline, text: str, events: list[tuple[str, str]],
                                         place: str) -> None:
    assert _events(pipeline, text, "2025-08-20") == events
    assert _roles(pipeline, text, "2025-08-20")[place] == "context"


def test_talks_that_opened_stay(pipeline: Pipeline) -> None:
    text = "Talks between the army and the RSF opened in Jeddah on Tuesday, mediators said."
    assert _events(pipeline, text, "2025-08-20") == [("Jeddah", "Meeting/talks")]


@pytest.mark.parametrize("unit", ["talks talks have not not ", "talks, in Doha, have yet to ",
                                  "The army denied the the the ", "accused accused of of "])
def test_unrealised_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels attacked Goma. " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-08-20"), 50_000) < GROWTH


def test_unrealised_patterns_cannot_rescan_a_run() -> None:
    for pattern in (triggers._NOT_HAPPENED_AFTER, triggers._CALLED_OFF_APPOSED, clauses._DENIES_CLAIM):
        assert rescans(pattern) == [], pattern.pattern
