"""A deal agreed at talks (issue 14, items 1 and 6; session 26): "agreed to a truce at talks in X" is the
agreement itself, coded at the talks' venue, while a deal or talks still to come stay no event ("agree to
talks in X", "to agree to a ceasefire", "has not agreed to a truce"). The finite "agreed to" / "agrees to" /
plural "agree to" with a deal as its object: events/triggers.py ``_agreed_deal``; the venue it was agreed
at: events/roles.py ``_governed_unreal`` and ``_VENUE_PREPOSITION`` ("in the town of X")."""

from __future__ import annotations

import re

import pytest
from test_linear import GROWTH, growth, parsing

from mapper.events import roles, triggers
from mapper.pipeline import Pipeline

PUBLISHED = "2025-06-17"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.sub_event_type, e.location.name, e.location.country_code) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan's army and the RSF agreed to a humanitarian truce at talks in Jeddah on Saturday.",
     [("Agreement", "Jeddah", "SA")]),
    ("Ethiopia and Tigrayan forces agreed to a permanent cessation of hostilities at talks in Pretoria on "
     "Wednesday.", [("Agreement", "Pretoria", "ZA")]),
    ("GENEVA (Reuters) - Armenia and Azerbaijan agreed to a prisoner exchange at talks in Geneva on Friday, "
     "Swiss officials said.", [("Agreement", "Geneva", "CH")]),
    # A headline's plural present is finite too.
    ("Rival Libyan factions agree to ceasefire at Geneva talks", [("Agreement", "Geneva", "CH")]),
    ("Myanmar's military and the alliance agreed to a ceasefire in northern Shan state at talks in Kunming "
     "on Thursday.", [("Agreement", "Kunming", "CN")]),
    # The venue named by its kind: "in the town of X".
    ("The government and Druze leaders agreed to a ceasefire at a meeting in the town of Shahba on Tuesday.",
     [("Agreement", "Shahbā", "SY")]),
])
def test_a_deal_agreed_at_talks_is_an_agreement_at_their_venue(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Kyiv will only negotiate in Istanbul if Moscow first agrees to a 30-day ceasefire.",
    "The Kremlin said it would not agree to any ceasefire in Ukraine.",
    "Western capitals are pressing Moscow to agree to a ceasefire in Riyadh.",
    "The junta has not agreed to a truce in Kachin state, a spokesman said.",
    "The rebels refused to agree to a truce at talks in Nairobi on Monday.",
    "The two sides agreed to hold talks in Geneva next week.",
    "Rebels agree to talks in Addis Ababa",
    "The army agreed to take part in talks in Juba on Monday.",
])
def test_a_deal_or_talks_still_to_come_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _coded(pipeline, text) == []


def test_agreed_deals_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return "The parties agreed to " + " ".join(f"a truce at talks in {p} and" for p in
                                                   ["Geneva", "Doha", "Jeddah", "Cairo"] * n) + " Oslo."
    assert growth(parsing(pipeline, text), 60) < GROWTH


@pytest.mark.parametrize("pattern", [triggers._AGREED_FINITE, triggers._DEAL_OBJECT, triggers._DEAL_THEN_AT,
                                     triggers._NEGATED_BEFORE, triggers._AGREE_GOVERNED,
                                     roles._VENUE_PREPOSITION])
@pytest.mark.parametrize("unit", ["agreed to ", "a truce ", "at ", " ", "town of ", "not ", "x-"])
def test_new_patterns_on_100_kb(pattern: re.Pattern[str], unit: str) -> None:
    # 100 KB of the patterns' own pieces: every search and anchored match returns (the stages only ever
    # run them on a window of a few words before a trigger or a place).
    big = unit * (100_000 // len(unit))
    pattern.search(big)
    pattern.match(big)
    for i in range(0, len(big), 997):
        pattern.match(big, i)
