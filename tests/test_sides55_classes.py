"""Session 45, helper sides55: actor1 of events, for the classes of the blind files' train actor1 misses that
training/events/wire54.jsonl carries. Every sentence is our own.

- an interception's weapon placed "over" a place right after it is the weapon stopped, not a strike there,
  also where the sentence tells a hit elsewhere (triggers: ``_STOPPED_WEAPON_NOUN``, ``_STOPPED_WEAPON_GAP``,
  ``_STOPPED_WEAPON_ATTRIB``, ``_STOPPED_WEAPON_OVER``, ``_STOPPED_WEAPON_REACH``): "Israeli jets hit Shiraz;
  Iran says air defences downed drones over Qom" is a strike at Shiraz and a disrupted weapons use at Qom,
  whose actor1 is the ground's defender (Iranian forces), not the striker of the other clause. Near misses
  that must not change: "Debris from downed Russian drones wounded two people in Odesa" (a participle
  before the weapon: the drones' strike), "shot down 30 of 40 drones, while the rest struck Kremenchuk" (a
  share: the rest struck), "shot down a military drone and killed nine soldiers" (no place "over" after the
  weapon: the fight's own report), "intercepted a missile launched from Yemen over Israel" (more than two
  words before "over").
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import (
    _STOPPED_WEAPON_ATTRIB,
    _STOPPED_WEAPON_GAP,
    _STOPPED_WEAPON_NOUN,
    _STOPPED_WEAPON_OVER,
    _STOPPED_YET_HIT,
)
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-06-14"


coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED, sort=True)


STOPPED = [
    ("Israeli jets hit Shiraz; Iran says air defences downed drones over Qom",
     [("Qom", "Disrupted weapons use", "Iranian forces"), ("Shiraz", "Air/drone strike", "Israeli forces")]),
    ("Saudi air defences intercepted a Houthi drone over Najran on Friday, the coalition said.",
     [("Najrān", "Disrupted weapons use", "Saudi forces")]),
]


@pytest.mark.parametrize(("text", "want"), STOPPED)
def test_the_weapon_an_interception_stopped_struck_nothing(unfiltered: Pipeline, text: str,
                                                            want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


NEAR = [
    ("Debris from downed Russian drones wounded two people in Odesa overnight, officials said.",
     "Air/drone strike"),
    ("Ukraine's air force said it shot down 30 of 40 drones launched overnight, while the rest struck an "
     "energy facility in Kremenchuk.", "Air/drone strike"),
    # the stopped drones' own hit, with no other weapon to tell it (found at the merge: the drones struck)
    ("Air defences shot down 20 drones over Sumy, but one hit a school and killed a guard.",
     "Air/drone strike"),
]


@pytest.mark.parametrize(("text", "sub"), NEAR)
def test_a_strike_told_beside_an_interception_stays(unfiltered: Pipeline, text: str, sub: str) -> None:
    assert [row[1] for row in coded(unfiltered, text)] == [sub]


def test_the_words_the_rule_reads() -> None:
    assert _STOPPED_WEAPON_NOUN.match("drones over qom") is not None
    assert _STOPPED_WEAPON_OVER.match(" over qom") is not None
    assert _STOPPED_WEAPON_OVER.match(" launched from yemen over israel") is None
    assert _STOPPED_WEAPON_GAP.fullmatch(" three small ") is not None
    assert _STOPPED_WEAPON_GAP.fullmatch(" 30 of 40 ") is None
    assert _STOPPED_WEAPON_GAP.fullmatch(" by a ") is None
    assert _STOPPED_WEAPON_ATTRIB.search("debris from ") is not None
    assert _STOPPED_YET_HIT.search(", but one hit a school") is not None
    assert _STOPPED_YET_HIT.search(", a day after kyiv vowed to hit airfields") is None


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "downed a b c d e f drones ",
    "drones a b over over ",
    " from from the ",
    "word " * 5 + "- ",
    "but yet though a b c ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_STOPPED_WEAPON_NOUN, _STOPPED_WEAPON_GAP, _STOPPED_WEAPON_ATTRIB, _STOPPED_WEAPON_OVER,
                    _STOPPED_YET_HIT):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_interceptions_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Israeli jets hit Shiraz; Iran says air defences downed drones over Qom. Air defences shot down "
            "two small drones over Tabriz, and debris damaged a house. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
