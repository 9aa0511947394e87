"""Session 51, helper heads66: headlines and single sentences, for the classes of the blind files' train
misses that training/events/headlines64.jsonl carries. Every sentence is our own.

- plural acts told as a count that grows, after the news or as its reason ("as prison killings mount", "as
  kidnappings surge", "amid rising attacks"; blind b64-011): a trend, no act of the day, so a headline whose
  only other words are a response (a curfew, an emergency, schools shut) codes no event
  (triggers._rising_count, _RISING_COUNT_AFTER / _RISING_COUNT_BEFORE, read in not_this_act). The verb is in
  the plural's own form ("mount", "surge", "rise", "climb", "soar", "grow", "escalate", "multiply", after
  "are", "have", "keep" or "continue to") or its participle stands before the plural ("rising", "mounting").
  Near misses that must not change: the act the headline gives as its news ("Gunmen kill 6 in Sokoto village
  as abductions surge"), a toll headline whose verb is the toll's ("Toll from Kaduna attacks rises to 30":
  an event), fighting that "spreads to" a town (an event there), plural acts with words between them and the
  verb ("attacks on farms continue to mount": left as it was).
- acts named as the cause of a response in a run of them, with one word naming their kind before the plural
  ("after a spate of mob killings in the city", "citing a wave of gang killings"; train a60-033, s32-100):
  _AFTER_PLURAL (a run's noun after "after", "following", "amid" and now "citing") reads one free word before
  the plural and a plural that ends the trigger's next word (_plural_head: "mob" of "mob killings"). Near
  miss: "Gunmen attacked a police post in Bannu on Monday after a spate of attacks on checkpoints" keeps its
  act.

Not tuned (see the guide's row): a part named before its parent with a number after it ("the Delmas 30 area
of Port-au-Prince", b65-035: the mention stops at "Delmas" and the parent is read as a second site); the
points of provinces and regions over 25 km from the gold's (b66-029 Lac, b66-037 Orellana, b66-038 Yahukimo,
b67-018 Chiapas, b67-027 Bosaso); places standing for their state read as context (b66-017, b66-042, b67-015,
b67-016, b67-029).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import (
    _AFTER_PLURAL,
    _PLURAL_NEXT,
    _RISING_COUNT_AFTER,
    _RISING_COUNT_AS,
    _RISING_COUNT_BEFORE,
)
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-15"  # a Wednesday

coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)


# -- a count that grows --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Mayor shuts bars in Celaya as cartel killings mount", "Celaya"),
    ("Governor imposes curfew in Zamfara as kidnappings surge", "Zamfara"),
    ("Schools close in Dori amid rising attacks", "Dori"),
    ("Clinics close in Kalehe amid mounting militia raids", "Kalehe"),
])
def test_a_response_to_a_growing_count_codes_no_event(either: Pipeline, text: str, place: str) -> None:
    assert coded(either, text) == []
    assert roles_of(either, text) == [(place, "context")]


def test_the_news_before_a_growing_count_keeps_its_act(either: Pipeline) -> None:
    text = "Gunmen kill 6 in Sokoto village as abductions surge"
    assert coded(either, text) == [("Sokoto", "Attack", "unidentified gunmen")]


def test_a_toll_headline_keeps_its_event(unfiltered: Pipeline) -> None:
    assert coded(unfiltered, "Toll from Kaduna attacks rises to 30") == [("Kaduna", "Armed clash", None)]


def test_fighting_that_spreads_to_a_town_is_an_event_there(unfiltered: Pipeline) -> None:
    text = "Shelling kills 3 in Kherson as fighting spreads to Beryslav"
    assert [row[:2] for row in coded(unfiltered, text)] == [
        ("Kherson", "Shelling/artillery/missile attack"), ("Beryslav", "Armed clash")]


def test_words_between_the_plural_and_its_verb_leave_the_news_alone(either: Pipeline) -> None:
    text = ("Suspected Boko Haram fighters killed 8 farmers near Konduga on Tuesday as attacks on farms "
            "continue to mount.")
    assert coded(either, text) == [("Konduga", "Attack", "Boko Haram")]


@pytest.mark.parametrize(("text", "expected"), [
    # (lead's second read) the plural as the headline's own subject is the news, its verb of rising no trend
    ("Clashes escalate in Tripoli as militias battle for control of the airport",
     [("Tripoli", "Armed clash", "militia")]),
    ("Anti-government protests mount in Nairobi", [("Nairobi", "Peaceful protest", "protesters")]),
    ("Kidnappings surge in Zamfara, 40 villagers taken",
     [("Zamfara", "Abduction/forced disappearance", None)]),
])
def test_a_growing_count_as_the_main_verb_is_the_news(either: Pipeline, text: str,
                                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert coded(either, text) == expected


# -- a run's cause with a word of its kind ------------------------------------------------------------

@pytest.mark.parametrize(("text", "roles"), [
    ("Police in Ibadan warned residents on Monday against jungle justice after a spate of mob killings in "
     "the city.", [("Ibadan", "context")]),
    ("Honduras extended a state of emergency in Choloma on Friday, citing a wave of gang killings over the "
     "past month.", [("Honduras", "actor"), ("Choloma", "context")]),
])
def test_a_run_of_acts_named_as_a_cause_codes_no_event(either: Pipeline, text: str,
                                                       roles: list[tuple[str, str]]) -> None:
    assert coded(either, text) == []
    assert roles_of(either, text) == roles


def test_a_run_of_acts_with_two_words_before_its_plural_codes_no_event(unfiltered: Pipeline) -> None:
    # (lead's second read) the group's name and the weapon before the plural: with one word allowed, the
    # weapon's trigger stayed and coded the run's target as an armed clash
    text = ("Israeli jets struck Hezbollah positions near Nabatieh after a wave of Hezbollah rocket attacks "
            "on Kiryat Shmona.")
    assert [row[0] for row in coded(unfiltered, text)] == ["Nabatîyé et Tahta"]


def test_the_act_before_a_run_named_as_its_cause_is_kept(either: Pipeline) -> None:
    text = "Gunmen attacked a police post in Bannu on Monday after a spate of attacks on checkpoints."
    assert coded(either, text) == [("Bannu", "Armed clash", "unidentified gunmen")]


# -- 100 KB bounds --------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "killings are keep continue to mount ",
    "rising mounting growing " * 3,
    "after a spate of " * 3 + "mob ",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z ",
    "killing" + " " * 40,
    "as as amid with " * 4,
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_RISING_COUNT_AFTER, _RISING_COUNT_AS, _RISING_COUNT_BEFORE, _AFTER_PLURAL, _PLURAL_NEXT):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_growing_counts_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Governor imposes curfew in Zamfara as kidnappings surge. Schools close in Dori amid rising "
            "attacks. Police in Ibadan warned residents after a spate of mob killings in the city. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
