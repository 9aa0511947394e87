"""Wire stories (wire41): an act of "earlier this month", told in a later sentence, is background.

Every sentence here is our own, and none is a gold item. Wire stories recall the weeks before the report
("Earlier this month a missile attack on X killed 20 people", "a militia that overran a base in X earlier
this month"); the corpus codes no event in such a sentence (about 15 wire items), as it codes none for
"last week" or an earlier month. The date "earlier this month" (the month, at its middle) made the act
fronted before its trigger news; it is now background as "last week" is (mapper/events/clauses.py), with
the same exceptions: the lead line of a text, and a sentence that also tells a day of the report.
"Earlier this week" stays the report's days.
"""

from __future__ import annotations

from mapper.events import clauses
from mapper.pipeline import Pipeline
from tests.test_linear import rescans

PUBLISHED = "2025-06-26"  # a Thursday
LEAD = "DNIPRO, Ukraine (AP) - A Russian drone struck a minibus in Nikopol on Wednesday, killing two.\n\n"


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.name, e.date) for e in doc.events]


def test_a_fronted_earlier_this_month_is_background(pipeline: Pipeline) -> None:
    text = LEAD + "Earlier this month a ballistic missile hit a hospital in Kryvyi Rih, killing 11 patients."
    assert _events(pipeline, text) == [("Nikopol", "2025-06-25")]


def test_a_fronted_earlier_this_month_with_a_comma_is_background(pipeline: Pipeline) -> None:
    text = LEAD + "Earlier this month, Russian glide bombs killed nine people at a market in Kupiansk."
    assert _events(pipeline, text) == [("Nikopol", "2025-06-25")]


def test_earlier_this_week_is_still_the_news(pipeline: Pipeline) -> None:  # the near miss
    text = LEAD + "Earlier this week a ballistic missile hit a hospital in Kryvyi Rih, killing 11 patients."
    assert [name for name, _ in _events(pipeline, text)] == ["Nikopol", "Kryvyy Rih"]


def test_a_day_of_the_report_beside_earlier_this_month_keeps_its_act(pipeline: Pipeline) -> None:
    text = LEAD + ("Mourners in Kryvyi Rih buried victims of a strike earlier this month, as shelling hit "
                   "the town of Marhanets on Tuesday, wounding three.")
    assert "Marhanets" in [name for name, _ in _events(pipeline, text)]


def test_a_one_line_text_dated_earlier_this_month_still_reports_its_act(pipeline: Pipeline) -> None:
    text = "Earlier this month a ballistic missile hit a hospital in Kryvyi Rih, killing 11 patients."
    assert [name for name, _ in _events(pipeline, text)] == ["Kryvyy Rih"]


def test_the_earlier_this_month_pattern_on_100_kb() -> None:
    text = "earlier " * 12_500 + "this"
    assert len(text) >= 100_000 and clauses._EARLIER_THIS_MONTH.match(text) is None
    assert rescans(clauses._EARLIER_THIS_MONTH) == []
