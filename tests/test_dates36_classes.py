"""Session 30 (dates36): the story's day that a linked later sentence takes.

Classes, from the blind files' train-split date misses (202808c):

* A sentence that retells an act already dated ("struck a mosque in El Fasher on Friday ... rescuers were
  still pulling bodies from the rubble on Saturday") does not move the story's day: "Hours later" after it
  is Friday, the act's day (coder._act_day). A sentence that opens another story ("Elsewhere, police said
  gunmen had attacked two towns on Sunday") still gives its own day.
* Explicit same-day links join coder.story_shift: "On the same day", "The same day", "That evening,",
  "Later that night"; and "the day before" counts back one day like "the previous day".
* A shift after a sentence that dated no act ("... told reporters on Monday that talks had broken down. A
  day earlier, militants attacked X") counts from the published day: X is the day before it.
* A statement's own speaking phrase dates it with "later on Tuesday" as with "on Tuesday" (clauses._SAID_ON).

Controls: "said that night raids ..." and "the day before the vote" are no links; an act with a day of its
own keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.dates import story_shift
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth


@pytest.mark.parametrize(("sentence", "shift"), [
    ("On the same day, gunmen killed 12 villagers near Tillia.", 0),
    ("The same day, fighter jets struck a monastery in Kyaukme.", 0),
    ("That evening, police and gang members exchanged fire in Delmas.", 0),
    ("Later that night, drones hit an energy facility in Odesa.", 0),
    ("Students clashed with police on Sunday, and that night, police opened fire in Narsingdi.", 0),
    ("The army said it had struck militant hideouts near Mir Ali the day before.", -1),
    ("Hours later, a roadside bomb struck a patrol.", 0),  # unchanged
])
def test_same_day_links(sentence: str, shift: int) -> None:
    assert story_shift(sentence) == shift


@pytest.mark.parametrize("sentence", [
    "Police said that night raids had netted 40 suspects.",
    "He said that evening prayers would go ahead.",
    "Soldiers deployed in Bamenda the day before the vote.",
    "Gunmen killed four people in Kalat.",
])
def test_no_link(sentence: str) -> None:
    assert story_shift(sentence) is None


@pytest.mark.parametrize("unit", ["that ", "the same ", "and that evening ", "the day ", "later that ",
                                  "on the same the same night "])
def test_story_shift_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: story_shift(text)
    assert growth(make, 50_000) < GROWTH


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _days(pipe: Pipeline, text: str, published: str) -> dict[str, str]:
    return {e.location.name: str(e.date) for e in pipe.parse(text, published=published).events}


def test_retold_act_keeps_the_story_day(pipe: Pipeline) -> None:
    text = ("A drone strike hit a mosque in El Fasher on Friday, killing 30 people, doctors said. The drone "
            "struck the mosque as worshippers gathered, and rescuers were still pulling bodies from the "
            "rubble on Saturday. Hours later, RSF artillery shelled the Abu Shouk camp, killing six people.")
    assert _days(pipe, text, "2025-09-20") == {"El Fasher": "2025-09-19", "Abu Shouk camp": "2025-09-19"}


def test_announcement_day_does_not_move_the_story_day(pipe: Pipeline) -> None:
    text = ("Gunmen attacked a police station in Bannu on Monday, killing four officers. The attack was "
            "claimed by the TTP, and police said on Tuesday that the attackers had been killed. Hours later, "
            "a roadside bomb struck a patrol near Lakki Marwat.")
    days = _days(pipe, text, "2024-03-13")
    assert days["Bannu"] == "2024-03-11"
    assert [d for name, d in days.items() if name.startswith("Lakki")] == ["2024-03-11"]


def test_same_day_links_carry_the_day(pipe: Pipeline) -> None:
    assert _days(pipe, "Militants ambushed an army convoy near Tera on Saturday, killing 10 soldiers. On the "
                       "same day, gunmen killed 12 villagers near Tillia.", "2025-06-23") \
        == {"Téra": "2025-06-21", "Tillia": "2025-06-21"}
    assert _days(pipe, "Gangs attacked Mirebalais on Monday, officials said. That evening, police and gang "
                       "members exchanged fire in Delmas.", "2025-04-02") \
        == {"Mirebalais": "2025-03-31", "Delmas": "2025-03-31"}


def test_another_story_gives_its_own_day(pipe: Pipeline) -> None:
    # control: "Elsewhere, ..." opens another story, whose day the next "Hours later" takes
    text = ("Bandits attacked three villages near Gusau on Friday. Elsewhere, police said gunmen had "
            "attacked two towns in Katsina on Sunday. Hours later, troops clashed with bandits near Funtua.")
    days = _days(pipe, text, "2024-05-21")
    assert days["Gusau"] == "2024-05-17"
    assert days["Funtua"] == "2024-05-19"


def test_own_day_wins_over_the_link(pipe: Pipeline) -> None:
    # control: a linked sentence that names its own day keeps it
    text = ("Boko Haram fighters attacked a base in Bama on Sunday. Hours later, on Monday morning, "
            "insurgents ambushed a convoy near Gwoza.")
    assert _days(pipe, text, "2025-06-17") == {"Bama": "2025-06-15", "Gwoza": "2025-06-16"}


def test_shift_with_no_story_day_counts_from_published(pipe: Pipeline) -> None:
    # "A day earlier" after a sentence that dated no act (a statement): the published day less one
    text = ("Kenya's interior minister told reporters in Nairobi on Tuesday that security would be stepped "
            "up in the north. A day earlier, al-Shabaab fighters attacked a police camp in Mandera, killing "
            "three officers.")
    assert _days(pipe, text, "2024-09-24")["Mandera"] == "2024-09-23"
    # control: with a story day, from that day ("Hours later" after Sunday's attack is Sunday)
    text = ("Al-Shabaab fighters attacked a police camp in Mandera on Sunday, killing three officers. Hours "
            "later, a roadside bomb hit a bus near Lamu.")
    assert _days(pipe, text, "2024-09-24") == {"Mandera": "2024-09-22", "Lamu": "2024-09-22"}


def test_later_on_a_weekday_dates_the_saying(pipe: Pipeline) -> None:
    # "Speaking to reporters in Baidoa later on Tuesday, <long subject> said": the saying's day
    text = ("A roadside bomb exploded near a minister's convoy in Mogadishu on Tuesday, killing four people, "
            "police said. Speaking to reporters in Baidoa later on Tuesday, the regional president said the "
            "attack showed al-Shabaab's desperation.")
    assert _days(pipe, text, "2025-03-19") == {"Mogadishu": "2025-03-18", "Baidoa": "2025-03-18"}
    # control: no day of its own, the statement is the published day's
    text = ("A roadside bomb exploded near a minister's convoy in Mogadishu on Tuesday, killing four people, "
            "police said. Speaking to reporters in Baidoa, the regional president said the attack showed "
            "al-Shabaab's desperation.")
    assert _days(pipe, text, "2025-03-19")["Baidoa"] == "2025-03-19"
