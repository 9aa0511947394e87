"""Session 38 round 2 (wdates44): days in wire text.

1. A bare "overnight" yields to the sentence's weekday when it stands in an "after/as/when" clause after
   that weekday ("took control of X on Monday after troops pulled out overnight") or when "late/early on
   <weekday>" follows it across an apposition ("an overnight attack on X, in Y state, late on Sunday").
   Near misses: a bare "overnight" with only the report's day ("..., the mayor said on Thursday") stays
   the published day; "overnight Monday" was already Monday.
2. A day told from the story ("Shortly after the announcement", "Hours later", "A day earlier") counts from
   the last day any earlier sentence named, a statement's too, when no act has dated the story yet.
   Near miss: "Separately, ..." opens another story: its undated act is the published day.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from mapper.events.clauses import _nights_of_weekdays
from mapper.events.dates import find_dates, story_shift
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str, published: str) -> dict[str, tuple[str, str, int | None]]:
    return {e.location.name: (str(e.date), e.event_type, e.fatalities)
            for e in pipe.parse(text, published=published).events}


@pytest.mark.parametrize(("text", "published", "place", "day"), [
    # the weekday before an "after ... overnight" clause
    ("KISMAYO, Somalia (AP) — Al-Shabaab fighters seized the town of Jilib on Tuesday after government "
     "troops pulled out overnight without a fight, residents said.", "2025-10-16", "Jilib", "2025-10-14"),
    # "late on <weekday>" after the overnight attack, across an apposition
    ("JOS, Nigeria (AP) — Gunmen killed at least 19 people in an overnight attack on farming villages near "
     "Mangu, in Plateau state, late on Saturday, a police spokesman said on Monday.", "2025-04-14", "Mangu",
     "2025-04-12"),
])
def test_overnight_yields_to_the_weekday(pipe: Pipeline, text: str, published: str, place: str,
                                         day: str) -> None:
    got = _events(pipe, text, published)
    assert got[place][0] == day


def test_a_bare_overnight_with_the_report_day_is_the_published_day(pipe: Pipeline) -> None:
    text = ("ODESA, Ukraine (Reuters) - Russian drones struck port warehouses in Izmail overnight, wounding "
            "two people, the regional governor said on Thursday.")
    assert _events(pipe, text, "2025-10-16")["Izmayil"][0] == "2025-10-16"  # unchanged


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Rebels took Jilib on Tuesday after troops pulled out overnight.", ["Tuesday"]),
    ("Gunmen killed 19 in an overnight attack on Mangu, in Plateau state, late on Saturday.", ["Saturday"]),
    # a report's day before the clause is not the act's: the night stays
    ("Officials said on Tuesday that drones hit Izmail after sirens sounded overnight.",
     ["Tuesday", "overnight"]),
    # a comma between "after" and "overnight": no such clause
    ("Rebels took Jilib on Tuesday after a long siege, and drones struck Baidoa overnight.",
     ["Tuesday", "overnight"]),
    # a weekday after the night with a semicolon between is another clause's
    ("Drones struck Baidoa overnight; late on Saturday rebels took Jilib.", ["overnight", "Saturday"]),
])
def test_nights_of_weekdays(sentence: str, kept: list[str]) -> None:
    dates = find_dates(sentence, dt.date(2025, 10, 16))
    assert [d.text for d in _nights_of_weekdays(dates, sentence)] == kept


def test_shortly_after_the_announcement_is_the_announced_day(pipe: Pipeline) -> None:
    text = ("LUSAKA (Reuters) - Zambia's electoral commission on Saturday declared the incumbent the winner "
            "of the presidential vote. Shortly after the announcement, police fired tear gas at opposition "
            "supporters who burned tyres in Kitwe, witnesses said.")
    got = _events(pipe, text, "2026-08-18")
    assert got["Kitwe"][0] == "2026-08-15"


def test_separately_opens_another_story(pipe: Pipeline) -> None:
    text = ("YAOUNDE (AFP) - Cameroon's government on Saturday banned all opposition rallies until further "
            "notice. Separately, gunmen abducted six traders near Kumba, a local official said.")
    assert _events(pipe, text, "2024-10-15")["Kumba"][0] == "2024-10-15"  # unchanged: the published day


@pytest.mark.parametrize(("sentence", "shift"), [
    ("Shortly after the announcement, police fired tear gas in Kitwe.", 0),
    ("Hours after the ruling, protesters gathered in Arusha.", 0),
    ("Two days after the ruling, protesters gathered in Arusha.", None),  # unchanged: no back reference
    ("After the announcement of a truce, shops reopened.", None),
])
def test_after_the_announcement_shift(sentence: str, shift: int | None) -> None:
    assert story_shift(sentence) == shift


@pytest.mark.parametrize("unit", ["on Monday after troops left overnight ", "overnight late on Friday ",
                                  "after overnight ", "said on Tuesday overnight "])
def test_overnight_rule_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        dates = find_dates(text, dt.date(2025, 10, 16))
        return lambda: _nights_of_weekdays(dates, text)
    assert growth(make, 50_000) < GROWTH
    text = hundred_kb(unit)
    dates = find_dates(text, dt.date(2025, 10, 16))
    began = time.process_time()
    _nights_of_weekdays(dates, text)
    assert time.process_time() - began < 3.0


@pytest.mark.parametrize("unit", ["shortly after the announcement ", "hours after the ", "soon after "])
def test_announcement_shift_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: story_shift(text)
    assert growth(make, 50_000) < GROWTH
    began = time.process_time()
    story_shift(hundred_kb(unit))
    assert time.process_time() - began < 3.0
