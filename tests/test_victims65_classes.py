"""Session 50 round 2, helper victims65: actor2 of the blind files' train misses (mixed66, mixed67 first) that
training/events/actors60.jsonl carries. Every sentence is our own.

- actors._CIVIL_NOUN (read by _CIVIL_TARGET and _CIVIL_HIT_BY in ``civilian_target``): one tent, singular
  ("an Israeli strike on a tent in al-Mawasi ... killed four people", "strike on tent kills three"), is a
  civilian target as "tents" and "tent camps" were: a remote-violence act with a toll at a tent and no armed
  target has civilians as actor2 (blind b66-065 al-Mawasi; s30-008, s35-060, w39-041 read no actor2). Near
  misses: "the tent" (a tent told before, maybe another act's: b62-066 "The drones struck the tent where
  mourners had gathered" beside another act's shelling must not make that act's actor2 civilians), a tent of
  armed men ("a military tent", "a tent used by Hamas fighters": the armed side, as before), a tent with no
  toll (no actor2, as before).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _CIVIL_HIT_BY, _CIVIL_TARGET, civilian_target
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-16"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", "fatalities", published=PUBLISHED)

TENT = [
    ("An Israeli airstrike on a tent in Deir al-Balah killed five people on Monday, medics said.",
     [("Dayr al Balaḩ", "Air/drone strike", "Israeli forces", "civilians", 5)]),
    ("Israeli strike on tent in Nuseirat kills three",
     [("An Nuşayrāt", "Air/drone strike", "Israeli forces", "civilians", 3)]),
    ("An Israeli drone hit a tent near Khan Younis on Sunday, killing two people, the civil defence said.",
     [("Khān Yūnis", "Air/drone strike", "Israeli forces", "civilians", 2)]),
]


@pytest.mark.parametrize(("text", "want"), TENT)
def test_a_strike_on_one_tent_with_a_toll_hits_civilians(either: Pipeline, text: str,
                                                          want: list[tuple]) -> None:
    assert coded(either, text) == want


TENT_NEAR_MISSES = [
    # a tent of armed men: the armed side, as before
    ("An Israeli strike on a tent used by Hamas fighters in Rafah killed two militants on Monday.",
     [("Rafaḩ", "Air/drone strike", "Israeli forces", "Hamas", 2)]),
]


@pytest.mark.parametrize(("text", "want"), TENT_NEAR_MISSES)
def test_the_tent_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_civilian_target_by_words() -> None:
    assert civilian_target("an Israeli strike on a tent in al-Mawasi killed four people")
    assert civilian_target("Israeli strike on tent in Nuseirat kills three")
    assert civilian_target("a tent was hit by a drone, killing two people")
    # "the tent" points back to a tent told before: no target of this act
    assert not civilian_target("The drones struck the tent where mourners had gathered, killing 40 people")
    # armed men's tent, and a tent with no toll
    assert not civilian_target("a drone struck a military tent near Bara, killing five soldiers")
    assert not civilian_target("a drone struck a tent near Bara on Monday")
    # the plural and the camp read as before
    assert civilian_target("an airstrike hit tents sheltering displaced families, killing six people")
    assert civilian_target("shells hit the tent camp, killing three people")


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "struck the tent ",
    "on a b c tent tent ",
    "hit the  tent camps encampments ",
    "tent " * 5 + "was ",
])
def test_the_changed_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_CIVIL_TARGET, _CIVIL_HIT_BY):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_tent_strikes_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("An Israeli strike on a tent in Deir al-Balah killed five people. The drones struck the tent "
            "where mourners had gathered in Rafah. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
