"""Wire stories (wire41): an act of "earlier this month", or one told after "last week", is background.

Every sentence here is our own, and none is a gold item. Wire stories recall the weeks before the report
("Earlier this month a missile attack on X killed 20 people", "a militia that overran a base in X earlier
this month"); the corpus codes no event in such a sentence (about 15 wire items), as it codes none for
"last week" or an earlier month. The date "earlier this month" (the month, at its middle) left a fronted
act news when the middle of the month was a few days back; it is now background as "last week" is
(mapper/events/clauses.py), with the same exceptions: the lead line of a text, and a sentence that also
tells a day of the report. And an act told after a sentence's only date, an earlier week's, with no date
of its own ("were killed last week in clashes at X and in strikes on Y") is of that week: it took the
story's day before. "Earlier this week" stays the report's days.
"""

from __future__ import annotations

import pytest

from mapper.events import clauses
from mapper.pipeline import Pipeline
from tests.test_linear import rescans

PUBLISHED = "2025-06-18"  # a Wednesday: the middle of the month is three days back
LEAD = "DNIPRO, Ukraine (AP) - A Russian drone struck a minibus in Nikopol on Tuesday, killing two.\n\n"


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.name, e.date) for e in doc.events]


def test_a_fronted_earlier_this_month_is_background(pipeline: Pipeline) -> None:
    text = LEAD + "Earlier this month a ballistic missile hit a hospital in Kryvyi Rih, killing 11 patients."
    assert _events(pipeline, text) == [("Nikopol", "2025-06-17")]


def test_a_recalled_attack_with_an_apposition_is_background(pipeline: Pipeline) -> None:
    text = LEAD + ("Earlier this month a missile attack on Kryvyi Rih, the president's home town, killed 20 "
                   "people, among them nine children.")
    assert _events(pipeline, text) == [("Nikopol", "2025-06-17")]


def test_earlier_this_week_is_still_the_news(pipeline: Pipeline) -> None:  # the near miss
    text = LEAD + "Earlier this week a ballistic missile hit a hospital in Kryvyi Rih, killing 11 patients."
    assert [name for name, _ in _events(pipeline, text)] == ["Nikopol", "Kryvyy Rih"]


def test_a_one_line_text_dated_earlier_this_month_still_reports_its_act(pipeline: Pipeline) -> None:
    text = "Earlier this month a ballistic missile hit a hospital in Kryvyi Rih, killing 11 patients."
    assert [name for name, _ in _events(pipeline, text)] == ["Kryvyy Rih"]


def test_a_second_act_after_last_week_shares_its_week(pipeline: Pipeline) -> None:
    text = LEAD + ("Dozens of people were killed last week in clashes near Kupiansk and in Russian strikes "
                   "on Izium, in the Kharkiv region, according to officials on both sides.")
    assert _events(pipeline, text) == [("Nikopol", "2025-06-17")]


@pytest.mark.xfail(strict=True, reason="known loss of the event filter retrained at session 49's second "
                   "round (and at 37 and 43-48; kept by 49's first): the arrests are dropped; the rules code "
                   "them")
def test_an_act_before_a_time_clause_of_last_week_stays_the_news(pipeline: Pipeline) -> None:  # near miss
    text = LEAD + "Police detained 12 people in Pavlohrad after an arson attack near Izium last week."
    assert [name for name, _ in _events(pipeline, text)] == ["Nikopol", "Pavlohrad"]


def test_the_rules_code_the_act_before_a_time_clause_of_last_week(unfiltered: Pipeline) -> None:
    text = LEAD + "Police detained 12 people in Pavlohrad after an arson attack near Izium last week."
    assert [name for name, _ in _events(unfiltered, text)] == ["Nikopol", "Pavlohrad"]


def test_the_earlier_this_month_pattern_on_100_kb() -> None:
    text = "earlier " * 12_500 + "this"
    assert len(text) >= 100_000 and clauses._EARLIER_THIS_MONTH.match(text) is None
    assert rescans(clauses._EARLIER_THIS_MONTH) == []
