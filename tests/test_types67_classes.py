"""Session 52, helper types67: the day of talks or a statement tied to the act just told by "came as"
(training/events/types66.jsonl; tests/test_types66_classes.py is the earlier helper types66's). Every
sentence is our own.

- coder (the story's day, ``_CAME_AS``): a sentence that opens "The deaths / The attack / It came as ..." and
  tells talks or a statement with no day of its own takes the day of the act just told, as violent acts
  already did ("Israeli jets struck a house in Deir al-Balah on Sunday ... The strike came as negotiators met
  mediators in Doha": Sunday in Doha; blind b69-047 and b69-068 Cairo were the published date). Near misses:
  talks told in a sentence that does not tie them so ("Negotiators met mediators in Doha.") and a sentence
  that opens another story ("Separately, ...") keep the published date, as most of the corpus codes them
  (tried for every political act with no day of its own: 45 train rows fixed, about 90 lost).

The one new pattern is anchored and bounded (a 100 KB input is matched at once); a long text of such
sentences parses in linear time.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.coder import _CAME_AS
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, repeated_parse_growth

coded = reader_of("site", "sub_type", "date_text", published="2026-03-03")  # a Tuesday

STRIKE = "Israeli jets struck a house in Deir al-Balah on Sunday, killing four people, medics said. "
CAME_AS = STRIKE + "The strike came as Hamas and Israeli negotiators met mediators in Doha."
# Not tied to the strike, or another story: the published date.
UNTIED = STRIKE + "Hamas and Israeli negotiators met mediators in Doha."
SEPARATELY = STRIKE + "Separately, Hamas negotiators met mediators in Doha."


def test_talks_that_came_as_an_act_take_its_day(either: Pipeline) -> None:
    assert coded(either, CAME_AS) == [("Dayr al Balaḩ", "Air/drone strike", "2026-03-01"),
                                      ("Doha", "Meeting/talks", "2026-03-01")]


@pytest.mark.parametrize("text", [UNTIED, SEPARATELY])
def test_talks_not_tied_keep_the_published_date(either: Pipeline, text: str) -> None:
    assert coded(either, text) == [("Dayr al Balaḩ", "Air/drone strike", "2026-03-01"),
                                   ("Doha", "Meeting/talks", "2026-03-03")]


@pytest.mark.parametrize(("sentence", "ties"), [
    ("The deaths came as Egyptian mediators met Hamas officials in Cairo.", True),
    ("It came as envoys met in Jeddah.", True),
    ("The attack on the convoy came just as talks opened in Nairobi.", True),
    ("Talks came as no surprise to diplomats in Nairobi.", False),
    ("Envoys met in Jeddah as the fighting went on.", False),
])
def test_came_as_opens_the_sentence(sentence: str, ties: bool) -> None:
    assert bool(_CAME_AS.match(sentence)) is ties


# -- linear time --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["the ", "the deaths came ", "it a' -"])
def test_came_as_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    start = time.process_time()
    for _ in range(100):
        _CAME_AS.match(text)
    assert time.process_time() - start < 3.0


def test_many_such_stories_parse_linearly(unfiltered: Pipeline) -> None:
    assert repeated_parse_growth(unfiltered, CAME_AS + " " + SEPARATELY + " ") < GROWTH
