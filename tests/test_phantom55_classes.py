"""Session 45, helper phantom55: phantom Political events at the venue of talks or a deal that is not the
news (classes of the blind files' train phantom rows; training/events/noevent54.jsonl is the gold file of
the round's phantom classes). Every sentence is our own.

- talks or a deal put ahead by an apposition after their topic or parties: "Talks on the prisoner swap,
  expected in Muscat next week, ...", "Negotiations between the two sides, due to open in Jeddah, ..."
  (triggers._APPOSED_AHEAD): not held, no event at the place; the near miss: "Talks between the two sides,
  expected to be tough, opened in Doha on Monday" is a meeting held (only a time or a start follows "to");
- talks or a deal of before told by what they have (not) brought since: "a truce brokered in Lome has yet to
  produce calm", "two rounds of talks in Nairobi have produced little", "an accord reached in Bamako remains
  on paper" (triggers._DEAL_RESULT_AFTER): no event at the venue; the near miss: "a truce signed in Doha on
  Monday has not stopped the shooting" dates the deal (_DEAL_RESULT_DATED): the deal is still coded.

Not tuned (see the guide's row): "X, which brokered that accord in Y" (an anaphoric deal of before), a
statement "through a spokesman in X" (the corpus codes "a spokesman in X said" as a source's place).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _APPOSED_AHEAD, _DEAL_RESULT_AFTER, _DEAL_RESULT_DATED
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", published=PUBLISHED)


NOT_HELD = [
    "Talks on the prisoner swap, expected in Muscat next week, have not been confirmed by either side.",
    "Negotiations between the army and the rebels, due to open in Jeddah, were announced by the mediators.",
    "A framework deal between Kinshasa and the militias, negotiated in Nairobi, has yet to produce a truce.",
    "Two rounds of talks between the two delegations in Istanbul have produced little beyond prisoner swaps.",
    "An accord reached in Bamako remains on paper only, community leaders said.",
    "The truce brokered in Lome has not stopped the raids on border villages, residents said.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_talks_ahead_or_of_before_code_nothing(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


def test_talks_expected_to_be_tough_were_held(either: Pipeline) -> None:
    assert coded(either, "Talks between the two sides, expected to be tough, opened in Doha on Monday.") \
        == [("Doha", "Meeting/talks")]


def test_a_deal_dated_by_a_weekday_is_the_news(either: Pipeline) -> None:
    assert coded(either, "A truce signed in Doha on Monday has not stopped the shooting, residents said.") \
        == [("Doha", "Agreement")]


@pytest.mark.parametrize("unit", [
    " on the a b c d e f g h i j k,",
    " between x y z , which is expected",
    " has not yet to has have remains in force ",
    "a b c d e f g h, monday ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_APPOSED_AHEAD, _DEAL_RESULT_AFTER, _DEAL_RESULT_DATED):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_deals_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Talks on the swap, expected in Muscat next week, were not confirmed. A deal negotiated in "
            "Nairobi has yet to produce a truce. Talks between the sides opened in Doha on Monday. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
