"""Session 37 (phantomw43): a weekday that names a service ("during Friday prayers") in a sentence framed by
an earlier month ("In March, gunmen killed 44 worshippers during Friday prayers at a mosque in X", told in
passing in a June article) is not the last Friday before publication: the month dates the act, which is
background. Controls: the service's weekday alone is still the day (the corpus codes "killed 44 worshippers
during Friday prayers" on the last Friday), and so it is beside the publication month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from mapper.events.dates import DAY, MONTH, find_dates
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb

JUNE_21 = dt.date(2025, 6, 21)  # a Saturday


@pytest.mark.parametrize(("sentence", "found"), [
    ("In March, gunmen killed 44 worshippers during Friday prayers at a mosque in Fambita.",
     [("March", dt.date(2025, 3, 15), MONTH)]),
    ("In April, a bomb exploded at a church in Kaduna during Sunday mass, killing nine people.",
     [("April", dt.date(2025, 4, 15), MONTH)]),
    # near misses: no earlier month, the service's weekday dates the act as before
    ("Gunmen killed 44 worshippers during Friday prayers at a mosque in Fambita.",
     [("Friday", dt.date(2025, 6, 20), DAY)]),
    ("In June, gunmen killed 44 worshippers during Friday prayers at a mosque in Fambita.",
     [("June", dt.date(2025, 6, 15), MONTH), ("Friday", dt.date(2025, 6, 20), DAY)]),
    # a weekday that is a day, not a service, keeps its place beside the month
    ("In March, the army said on Friday, prayers were banned in Fambita.",
     [("March", dt.date(2025, 3, 15), MONTH), ("Friday", dt.date(2025, 6, 20), DAY)]),
])
def test_a_service_weekday_framed_by_an_earlier_month(sentence: str,
                                                      found: list[tuple[str, dt.date, int]]) -> None:
    assert [(d.text, d.date, d.precision) for d in find_dates(sentence, JUNE_21)] == found


def test_the_act_of_an_earlier_month_is_no_event() -> None:
    text = ("NIAMEY, June 21 (AFP) - Jihadists killed 34 soldiers in an attack on an army post near "
            "Banibangou on Thursday, the defence ministry said. In March, gunmen killed 44 worshippers "
            "during Friday prayers at a mosque in Fambita, in one of the region's deadliest attacks.")
    events = Pipeline().parse(text, published="2025-06-21").events
    assert [(e.location.name, str(e.date)) for e in events] == [("Banibangou", "2025-06-19")]


@pytest.mark.parametrize("unit", ["In March, Friday prayers ", "Friday prayers ", "In March "])
def test_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: find_dates(text, JUNE_21)
    assert growth(make, 50_000) < GROWTH
    found = find_dates(hundred_kb(unit), JUNE_21)
    assert all(d.text != "Friday" for d in found) if "March" in unit else found
