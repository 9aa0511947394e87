"""Session 35 (dates41b): an act told after a frame "came N days after a/the ...".

"The attack came two days after a drone strike killed fighters near X": the frame names the act told
before; the act after "after" is this sentence's, N days before the story's day, also when "a" or "the"
opens it (coder.story_shift read "two days after a ..." as no link). Controls: "N days after the truce"
with no frame verb is still no link; "a day after" with a day of its own in the sentence is the sentence's.

"said on Monday it had struck fighters near X the day before": "the day before" counts back from the
sentence's own day, as "the previous day" does (dates._SHIFTED); "the day before the vote" and "the day
before yesterday" are not such a shift.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from mapper.events.dates import find_dates, story_shift
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb


@pytest.mark.parametrize(("sentence", "shift"), [
    ("The ambush came two days after a drone strike by the army killed several fighters near Menaka.", -2),
    ("The shelling came a day after the rebels seized a border post near Rutshuru.", -1),
    ("The raid followed three days after a car bomb exploded outside a police station in Bannu.", -3),
    ("The strike came a day after gunmen stormed a school in Kebbi.", -1),  # unchanged
    # no frame verb before it: no link, as before
    ("Two days after the truce, fighting resumed near Tessit.", None),
    ("Shops reopened in Gao a day after the curfew was lifted.", None),
])
def test_a_frame_before_a_or_the(sentence: str, shift: int | None) -> None:
    assert story_shift(sentence) == shift


@pytest.mark.parametrize("unit", ["came a day after ", "came ", "after a ", "came two days after the "])
def test_frame_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: story_shift(text)
    assert growth(make, 50_000) < GROWTH
    assert story_shift(hundred_kb(unit)) == (-1 if "a day" in unit else -2 if "two" in unit
                                                           else None)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def test_framed_act_takes_the_story_day_less_n(pipe: Pipeline) -> None:
    text = ("Gunmen killed nine villagers near Djibo on Thursday, local officials said on Saturday. "
            "The attack came two days after a drone strike by the army killed several fighters near Arbinda.")
    days = {e.location.name: str(e.date) for e in pipe.parse(text, published="2025-03-08").events}
    assert days == {"Djibo": "2025-03-06", "Aribinda": "2025-03-04"}


@pytest.mark.parametrize(("sentence", "days"), [
    ("The army said on Monday it had struck militants near Jilib the day before, killing 12.",
     ["Monday 2026-02-09", "the day before 2026-02-08"]),
    ("Troops said on Thursday they had repelled an attack near Menaka the previous day.",
     ["Thursday 2026-02-05", "the previous day 2026-02-04"]),  # unchanged
    ("Soldiers deployed in Bamenda the day before the vote on Sunday.", ["Sunday 2026-02-08"]),
    ("Police said on Friday the day before yesterday had been calm.",
     ["Friday 2026-02-06", "the day before yesterday 2026-02-09"]),
])
def test_the_day_before_counts_from_the_sentence_day(sentence: str, days: list[str]) -> None:
    found = find_dates(sentence, dt.date(2026, 2, 11))
    assert [f"{d.text} {d.date}" for d in found] == days


@pytest.mark.parametrize("unit", ["the day before ", "on Monday the day before ", "the day "])
def test_the_day_before_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: find_dates(text, dt.date(2026, 2, 11))
    assert growth(make, 50_000) < GROWTH
