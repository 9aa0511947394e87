"""Session 50 round 2, helper actors65: actor1 of the blind files' fresh train misses (mixed66, mixed67) that
training/events/actors59.jsonl carries. Every sentence is our own.

- actors._members_group (actors._GROUP_TIE_ENDINGS, with the existing _LOWER_WORDS): members named by their
  group ("Fighters from X", "Gunmen of the Y") are the group also when words stand between "from"/"of" and
  the table's name: a backer's tie read as a phrase of its own ("Fighters from al Qaeda-linked JNIM
  attacked": blind b66-046 read "Fighters"), or a lower-case word or two ("Gunmen from the banned TTP"), as
  a target's members were already read. Near misses: members of no group the table knows ("Fighters from
  several villages", "Fighters from al Qaeda-linked groups": "Fighters", as before), the group straight
  after "from" ("Fighters from JNIM": JNIM, as before).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _LOWER_WORDS
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-20"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

MEMBERS = [
    ("Fighters from al Qaeda-linked JNIM overran a volunteer defence post in Arbinda on Sunday, killing at "
     "least 14 VDP members.",
     [("Aribinda", "Armed clash", "JNIM", "VDP")]),
    ("Militants from Islamic State-backed ISWAP stormed a base in Monguno on Friday, killing five soldiers.",
     [("Monguno", "Armed clash", "ISWAP", "Nigerian forces")]),
    ("Gunmen from the banned TTP attacked a police post in Bannu on Sunday.",
     [("Bannu", "Armed clash", "TTP", "police")]),
]

NEAR = [
    ("Fighters from several villages attacked a police post in Arbinda on Sunday.",
     [("Aribinda", "Armed clash", "Fighters", "police")]),
    ("Fighters from al Qaeda-linked groups attacked a police post in Arbinda on Sunday.",
     [("Aribinda", "Armed clash", "Fighters", "police")]),
    ("Fighters from JNIM overran a volunteer defence post in Arbinda on Sunday, killing at least 14 VDP "
     "members.",
     [("Aribinda", "Armed clash", "JNIM", "VDP")]),
]


@pytest.mark.parametrize(("text", "want"), MEMBERS)
def test_members_are_their_group_past_words_before_its_name(either: Pipeline, text: str,
                                                            want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("text", "want"), NEAR)
def test_members_of_no_known_group_stay_as_written(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["al Qaeda-linked ", "the banned a b c d ", "from from "])
def test_the_reused_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_LOWER_WORDS, hundred_kb(unit)) < 3.0


def test_many_members_of_linked_groups_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Fighters from al Qaeda-linked JNIM overran a post in Arbinda. Gunmen from the banned TTP "
            "attacked a police post in Bannu. Fighters from several villages attacked a camp. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
