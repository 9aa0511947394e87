"""Date expressions in news text, resolved against the published date (mapper.events.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.events.dates import DAY, MONTH, WEEK, DateExpr, find_dates, parse_date

PUBLISHED = dt.date(2016, 9, 18)  # a Sunday


def _only(text: str, published: dt.date | None = PUBLISHED) -> tuple[str, dt.date, int]:
    """The single date expression in `text`, as (text, date, precision)."""
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0].text, found[0].date, found[0].precision


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels attacked the town on Saturday.", dt.date(2016, 9, 17)),
    ("The envoy expressed hope Sunday that the truce would hold.", dt.date(2016, 9, 18)),
    ("Shelling resumed Saturday night.", dt.date(2016, 9, 17)),
    ("Clashes erupted after Friday prayers.", dt.date(2016, 9, 16)),
    ("The convoy was hit last Sunday.", dt.date(2016, 9, 11)),
    ("Talks resume next Monday.", dt.date(2016, 9, 19)),
    ("Talks resume this coming Sunday.", dt.date(2016, 9, 25)),
    ("A MONDAY attack.", dt.date(2016, 9, 12)),
])
def test_weekdays(text: str, expected: dt.date) -> None:
    _, date, precision = _only(text)
    assert (date, precision) == (expected, DAY)


def test_weekday_on_the_published_weekday_is_the_published_day_unless_last() -> None:
    saturday = dt.date(2016, 9, 17)
    assert _only("on Saturday", saturday)[1] == saturday
    assert _only("last Saturday", saturday)[1] == dt.date(2016, 9, 10)
    assert _only("next Saturday", saturday)[1] == dt.date(2016, 9, 24)


def test_weekday_names_inside_longer_words_or_plurals_are_not_dates() -> None:
    assert find_dates("Sundays are quiet; the Sundayschool and Fridayville stayed shut.", PUBLISHED) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting broke out yesterday.", dt.date(2016, 9, 17)),
    ("Fighting broke out last night.", dt.date(2016, 9, 17)),
    ("Fighting broke out yesterday morning.", dt.date(2016, 9, 17)),
    ("Fighting broke out the day before yesterday.", dt.date(2016, 9, 16)),
    ("Fighting broke out today.", PUBLISHED),
    ("Fighting broke out this morning.", PUBLISHED),
    ("Fighting continued overnight.", PUBLISHED),
    ("Talks open tomorrow.", dt.date(2016, 9, 19)),
])
def test_day_words(text: str, expected: dt.date) -> None:
    _, date, precision = _only(text)
    assert (date, precision) == (expected, DAY)


@pytest.mark.parametrize(("text", "expected", "precision"), [
    ("The town fell two days ago.", dt.date(2016, 9, 16), DAY),
    ("The town fell 10 days ago.", dt.date(2016, 9, 8), DAY),
    ("The town fell a couple of days ago.", dt.date(2016, 9, 16), DAY),
    ("The town fell a few days ago.", dt.date(2016, 9, 15), WEEK),
    ("The town fell a week ago.", dt.date(2016, 9, 11), WEEK),
    ("The town fell three weeks ago.", dt.date(2016, 8, 28), WEEK),
    ("The town fell a month ago.", dt.date(2016, 8, 18), MONTH),
    ("The town fell seven months ago.", dt.date(2016, 2, 18), MONTH),
])
def test_n_units_ago(text: str, expected: dt.date, precision: int) -> None:
    assert _only(text)[1:] == (expected, precision)


def test_months_ago_clamps_to_the_end_of_a_shorter_month() -> None:
    assert _only("a month ago", dt.date(2016, 3, 31))[1:] == (dt.date(2016, 2, 29), MONTH)


@pytest.mark.parametrize(("text", "expr", "expected", "precision"), [
    ("Delegates met in Geneva last week.", "last week", dt.date(2016, 9, 11), WEEK),
    ("Delegates met late last week.", "late last week", dt.date(2016, 9, 11), WEEK),
    ("Delegates met earlier this week.", "earlier this week", dt.date(2016, 9, 15), WEEK),
    ("Delegates met several times over the past week.", "the past week", dt.date(2016, 9, 15), WEEK),
    ("Delegates meet this week.", "this week", PUBLISHED, WEEK),
    ("Delegates met over the weekend.", "the weekend", dt.date(2016, 9, 17), WEEK),
    ("Delegates met last month.", "last month", dt.date(2016, 8, 15), MONTH),
    ("Delegates met earlier this month.", "earlier this month", dt.date(2016, 9, 15), MONTH),
])
def test_week_and_month_words(text: str, expr: str, expected: dt.date, precision: int) -> None:
    assert _only(text) == (expr, expected, precision)


def test_weekend_from_a_monday_is_the_weekend_just_past() -> None:
    assert _only("over the weekend", dt.date(2016, 9, 19))[1:] == (dt.date(2016, 9, 17), WEEK)


def test_this_month_never_points_past_the_published_date() -> None:
    assert _only("this month", dt.date(2016, 9, 3))[1] == dt.date(2016, 9, 3)


@pytest.mark.parametrize(("text", "expr", "expected"), [
    ("The truce was agreed in Geneva on September 9.", "September 9", dt.date(2016, 9, 9)),
    ("agreed on Sept. 9", "Sept. 9", dt.date(2016, 9, 9)),
    ("agreed on Sep 9th", "Sep 9th", dt.date(2016, 9, 9)),
    ("agreed on 9 September", "9 September", dt.date(2016, 9, 9)),
    ("agreed on 9th September", "9th September", dt.date(2016, 9, 9)),
    ("agreed on the 9th of September", "the 9th of September", dt.date(2016, 9, 9)),
    ("agreed on September 9, 2015.", "September 9, 2015", dt.date(2015, 9, 9)),
    ("agreed on 9 September 2015.", "9 September 2015", dt.date(2015, 9, 9)),
    ("agreed on 2015-09-09.", "2015-09-09", dt.date(2015, 9, 9)),
    ("on Saturday, September 17, 2016, rebels", "Saturday, September 17, 2016", dt.date(2016, 9, 17)),
])
def test_absolute_dates(text: str, expr: str, expected: dt.date) -> None:
    assert _only(text) == (expr, expected, DAY)


def test_day_and_month_without_year_prefers_the_past_year_when_too_far_ahead() -> None:
    assert _only("Protesters gathered on 28 December.", dt.date(2017, 1, 3))[1] == dt.date(2016, 12, 28)
    assert _only("Talks open on 9 January.", dt.date(2017, 1, 3))[1] == dt.date(2017, 1, 9)  # within a week


def test_impossible_days_are_skipped() -> None:
    assert find_dates("It happened on February 30 and on 31 April.", PUBLISHED) == []


@pytest.mark.parametrize(("text", "expr", "expected"), [
    ("Fighting began in March 2015.", "March 2015", dt.date(2015, 3, 15)),
    ("Fighting began in Mar. 2015.", "Mar. 2015", dt.date(2015, 3, 15)),
    ("Fighting began in March.", "March", dt.date(2016, 3, 15)),
    ("Fighting began in early March.", "early March", dt.date(2016, 3, 15)),
    ("Fighting has raged since November.", "November", dt.date(2015, 11, 15)),
    ("Fighting began last September.", "last September", dt.date(2015, 9, 15)),
    ("Fighting began in mid-May.", "mid-May", dt.date(2016, 5, 15)),
])
def test_months(text: str, expr: str, expected: dt.date) -> None:
    assert _only(text) == (expr, expected, MONTH)


def test_may_is_a_month_only_with_a_day_year_or_cue() -> None:
    assert find_dates("Officials may meet; Officials May Meet Again.", PUBLISHED) == []
    assert _only("Officials met on May 5.")[1:] == (dt.date(2016, 5, 5), DAY)
    assert _only("Officials met in May.")[1:] == (dt.date(2016, 5, 15), MONTH)


@pytest.mark.parametrize("text", [
    "The war began in 2015.",
    "The meeting starts at 10:30.",
    "Athletes left for the 2016 Olympics.",
    "Protesters march on the capital.",
    "Some 1,200 people fled.",
])
def test_things_that_are_not_dates(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_without_published_date_only_self_contained_dates_are_found() -> None:
    text = "On Saturday, a day after talks that began 9 September 2016 and yesterday's strikes, on May 5 ..."
    assert [(d.text, d.date) for d in find_dates(text, None)] == [("9 September 2016", dt.date(2016, 9, 9))]


def test_several_expressions_in_text_order_with_offsets_into_the_text() -> None:
    text = "Jets struck on Saturday, two days after a truce agreed in Geneva on September 9 last week."
    found = find_dates(text, PUBLISHED)
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("Saturday", dt.date(2016, 9, 17), DAY),
        ("September 9", dt.date(2016, 9, 9), DAY),
        ("last week", dt.date(2016, 9, 11), WEEK),
    ]
    assert all(text[d.start:d.end] == d.text for d in found)
    assert all(isinstance(d, DateExpr) for d in found)


def test_offsets_survive_text_whose_lower_case_changes_length() -> None:
    text = "İİİ İstanbul: bombs on Saturday"
    (found,) = find_dates(text, PUBLISHED)
    assert text[found.start:found.end] == "Saturday"


@pytest.mark.parametrize("text", [
    "", " ", "\x00\ud800", "📅 September 99 2016-13-45 9999-99-99", "٣ September ٢٠١٦",
    "a" * 10_000 + " last week", "May " * 1000, "the day before " * 200, "Sept.\n\n9", "January 31, 1900",
])
def test_garbage_never_raises(text: str) -> None:
    for published in (PUBLISHED, None, dt.date.min, dt.date.max):
        for d in find_dates(text, published):
            assert text[d.start:d.end] == d.text


@pytest.mark.parametrize(("value", "expected"), [
    ("2016-09-18", dt.date(2016, 9, 18)),
    ("2016-09-18T04:40:00Z", dt.date(2016, 9, 18)),
    ("2016/09/18", dt.date(2016, 9, 18)),
    ("", None),
    (None, None),
    ("not a date", None),
    ("2016-02-30", None),
    ("2016-09/18", None),
])
def test_parse_date(value: str | None, expected: dt.date | None) -> None:
    assert parse_date(value) == expected
