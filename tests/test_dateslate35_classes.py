"""Session 29 (dateslate35): "N days after" dates the act told AFTER it, counted from the sentence's day.

Classes, from the blind files' train-split date misses:

* "X, a day after Y" with no day named before the shift: Y is the published day less N ("Israel strikes
  Sanaa a day after Houthi missile hits Tel Aviv"); not when a frame verb opens it ("The attack came a day
  after ...", "The raid began two days after ...": the story's day, coder.story_shift).
* The shift never dates the act told before it: X keeps its own day (or the published day).
* A site whose part of the sentence ends on "..., a day after a drone struck B" takes the shifted day from
  the day the sentence names ("shelled A on Tuesday, ..., a day after a drone struck B": Monday at B).

* "an overnight raid ... on Monday": the weekday in the same stretch after "overnight" (no comma between,
  within 100 characters) names the night's day; a bare "overnight" is the published day's stand-in.

Controls: "A day earlier" with no anchor, a shift whose act has a date of its own, an anchored shift;
"overnight" beside a weekday of another clause ("..., after the minister flew to Jacmel on Monday").
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.events.dates import find_dates, follows_after
from mapper.pipeline import Pipeline


def _days(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.text, d.date.isoformat()) for d in find_dates(text, dt.date.fromisoformat(published))]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Russian drones pound Odesa a day after missile strike on Izmail", "2025-06-11",
     [("a day after", "2025-06-10")]),
    ("Gunmen killed 12 worshippers at a mosque in Katsina state, two days after bandits abducted 20 farmers.",
     "2024-08-22", [("two days after", "2024-08-20")]),
    ("Protesters torched a police post in Garoua, three days after the vote count was announced.",
     "2025-10-30", [("three days after", "2025-10-27")]),
])
def test_shift_with_no_day_counts_from_published(text: str, published: str, expected: list) -> None:
    assert _days(text, published) == expected


@pytest.mark.parametrize(("text", "published"), [
    ("The attack came a day after gunmen raided a police station in Bannu.", "2025-03-05"),
    ("The raid began two days after a ceasefire took hold in Gaza.", "2025-01-22"),
    ("The bombing followed a day after militants seized a checkpoint.", "2025-01-22"),
    ("A day earlier, drones struck a fuel depot in Kosti.", "2025-05-06"),
])
def test_framed_or_backward_shift_with_no_day_is_left_to_the_story(text: str, published: str) -> None:
    assert _days(text, published) == []


def test_anchored_and_dated_shifts_unchanged() -> None:
    # anchored on the day named before it
    text = "Troops shelled Kadugli on Thursday, two days after rebels attacked Dilling."
    assert _days(text, "2025-07-11") == [("Thursday", "2025-07-10"), ("two days after", "2025-07-08")]
    # the act it tells has a date of its own: no shift
    assert _days("Fighting broke out two days after a truce agreed in Geneva on September 9.", "2025-09-12") \
        == [("September 9", "2025-09-09")]


def test_follows_after() -> None:
    day = dt.date(2025, 6, 3)
    found = find_dates("Shelling hit Kherson on Monday, a day after drones struck Nikopol.", day)
    assert [follows_after(d) for d in found] == [False, True]
    assert not any(follows_after(d) for d in find_dates("The next day, a drone hit Sumy.", day))


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str, published: str) -> dict[str, str]:
    return {e.location.name: str(e.date) for e in pipe.parse(text, published=published).events}


def test_headline_main_act_keeps_published_day(pipe: Pipeline) -> None:
    text = "Israeli jets strike Sanaa a day after Houthi missile hits near Tel Aviv"
    got = _events(pipe, text, "2025-08-25")
    assert got == {"Sanaa": "2025-08-25", "Tel Aviv": "2025-08-24"}


def test_sentence_overnight_main_act_and_earlier_site(pipe: Pipeline) -> None:
    text = ("A Russian drone attack on Sumy overnight wounded five people, the governor said, a day after "
            "shelling killed a man in Nikopol.")
    got = _events(pipe, text, "2025-06-04")
    assert got == {"Sumy": "2025-06-04", "Nikopol": "2025-06-03"}


def test_site_part_ending_on_shift_takes_the_shifted_day(pipe: Pipeline) -> None:
    text = ("Paramilitary fighters shelled the Zamzam camp on Tuesday, killing nine people, a day after a "
            "drone struck the central market in Kabkabiya, residents said.")
    got = _events(pipe, text, "2025-06-04")
    assert got == {"Zamzam camp": "2025-06-03", "Kabkābīyah": "2025-06-02"}


def test_control_undated_sentence_with_no_shift(pipe: Pipeline) -> None:
    got = _events(pipe, "Israeli jets struck Sanaa airport, the Houthis said.", "2025-08-25")
    assert list(got.values()) == ["2025-08-25"]


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Bandits killed 17 villagers in an overnight raid on a village in the Maru local government area of "
     "Zamfara state on Monday, police said.", "Maru", "2025-05-05"),
    ("Militants killed 9 soldiers in an overnight attack near Kidal on Tuesday.", "Kidal", "2025-05-06"),
])
def test_overnight_with_its_weekday(pipe: Pipeline, text: str, place: str, day: str) -> None:
    assert _events(pipe, text, "2025-05-07") == {place: day}


def test_control_overnight_beside_another_clause_weekday(pipe: Pipeline) -> None:
    text = ("Gunmen shot dead two men in Delmas overnight, police said, after the minister flew to Jacmel "
            "on Monday.")
    assert _events(pipe, text, "2025-05-07") == {"Delmas": "2025-05-07"}


def test_many_shifts_and_overnights_in_one_sentence_are_linear() -> None:
    # "N days after" with no day before it, after frame verbs, and "overnight ... on Monday" repeated: the
    # new checks read a bounded stretch each (a 100 KB sentence at the larger size).
    from tests.test_linear import GROWTH, growth

    unit = "came a day after an overnight raid near the town on Monday and a day after "

    def make(n: int):  # noqa: ANN202 (the growth helper's callable)
        text = unit * n
        return lambda: find_dates(text + f" {n}", dt.date(2025, 5, 7))

    assert len(unit) * 2 * 700 >= 100_000
    assert growth(make, 700) < GROWTH
