"""Session 49, helper actors62: actor1 and actor2 of the blind files' fresh train misses (mixed60, mixed61)
that training/events/wire62.jsonl carries. Every sentence is our own.

- actors.sides, "between A and B" (actors._BETWEEN_ARMY_WORDS, _BETWEEN_COMPOUND_GAP): "army troops",
  "army soldiers", "military troops" after "between" are one side, which the phrase finder reads as two
  phrases ("army", "troops"); the phrase after "and" is actor2 (blind b60-031 "Clashes between army troops
  and SPLA-IO forces in Ulang county": actor2 was nobody). Near misses: "between the army and X" and
  "between troops and X" (one phrase: read as before), "army troops" with no second side (actor2 stays
  nobody).
- actors.sides, the same block (actors._AND_PART_OF): a second side named by a part of a group the actor
  table knows, then the group in an apposition ("between the ELN and the 33rd Front, a faction of FARC
  dissidents": blind b60-076) is that group. Near miss: a part with no apposition ("and the Jaime Martinez
  front killed": actor2 nobody, as before).
- actors._SUFFERED_GAP: "troops defending X", "soldiers guarding X", "forces protecting X" between the side
  attacked and its verb ("repelled an attack by", "came under fire"): that side is actor2 and the attacker
  actor1 (the guide: an attack repelled is the attacker's; g58-001, g60-020 "Soldiers guarding Menaka came
  under rocket fire" read no actor2). Near miss: "troops in X repelled" (read before), a subject that
  itself attacked ("troops defending X shelled Y": no change).
- "martyring" (Pakistan's press and the ISPR: "attacked a police station, martyring two policemen") is a
  violent trigger (triggers.py GENERIC), a verb that counts the dead (casualties._KILL_VERBS) and a verb
  whose object is the side hit, never the agent (actors._OBJECT_BEFORE, _TOLL_OBJECT, _KILLING_BEFORE), as
  "killing" is (blind b61-035 read "police" as actor1, no actor2 and no toll). Near miss: "martyred" (read
  before), "killing" (unchanged).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import (
    _AND_PART_OF,
    _BETWEEN_COMPOUND_GAP,
    _KILLING_BEFORE,
    _OBJECT_BEFORE,
    _SUFFERED_GAP,
    _TOLL_OBJECT,
)
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth, trigger_scan_cpu

PUBLISHED = "2025-09-16"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)
tolls = reader_of("site", "actor1", "actor2", "fatalities", published=PUBLISHED)

BETWEEN = [
    ("Clashes between army troops and SPLA-IO fighters near Akobo killed at least eight people on Sunday.",
     [("Akobo", "Armed clash", "South Sudanese forces", "SPLA-IO")]),
    ("Fighting between army soldiers and al-Shabaab militants erupted near Jilib on Monday, residents said.",
     [("Jilib", "Armed clash", "Somali forces", "al-Shabaab")]),
    ("Clashes between military troops and Boko Haram fighters near Gwoza left 14 insurgents dead.",
     [("Gwoza", "Armed clash", "Nigerian forces", "Boko Haram")]),
    ("Fighting between the ELN and the 10th Front, a faction of FARC dissidents, broke out near Tame on "
     "Sunday, the army said.",
     [("Tame", "Armed clash", "ELN", "FARC dissidents")]),
]


@pytest.mark.parametrize(("text", "want"), BETWEEN)
def test_the_second_side_between_two(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


BETWEEN_NEAR_MISSES = [
    ("Clashes between the army and SPLA-IO fighters near Akobo killed at least eight people on Sunday.",
     [("Akobo", "Armed clash", "South Sudanese forces", "SPLA-IO")]),
    ("Clashes between troops and al-Shabaab near Jilib killed 11 people on Saturday.",
     [("Jilib", "Armed clash", "Somali forces", "al-Shabaab")]),
    # no second side named: nobody
    ("Clashes between army troops near Jilib killed 11 people on Saturday.",
     [("Jilib", "Armed clash", "Somali forces", None)]),
    # a part with no apposition naming its group: nobody, as before
    ("Clashes between the army and the Jaime Martinez front killed two soldiers near Argelia in Cauca on "
     "Tuesday.",
     [("Argelia", "Armed clash", "Colombian forces", None)]),
]


@pytest.mark.parametrize(("text", "want"), BETWEEN_NEAR_MISSES)
def test_the_between_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


DEFENDING = [
    ("Soldiers defending Sebba repelled an attack by JNIM fighters on Saturday, a security source said.",
     [("Sebba", "Armed clash", "JNIM", "Burkinabe forces")]),
    ("Nigerian troops guarding Bama repelled an attack by ISWAP fighters on Monday, the army said.",
     [("Bama", "Armed clash", "ISWAP", "Nigerian forces")]),
    ("Soldiers guarding Ansongo came under mortar fire overnight, the army said.",
     [("Ansongo", "Shelling/artillery/missile attack", None, "Malian forces")]),
]


@pytest.mark.parametrize(("text", "want"), DEFENDING)
def test_the_side_defending_a_town_was_attacked(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


DEFENDING_NEAR_MISSES = [
    ("Soldiers in Sebba repelled an attack by JNIM fighters on Saturday, a security source said.",
     [("Sebba", "Armed clash", "JNIM", "Burkinabe forces")]),
]


@pytest.mark.parametrize(("text", "want"), DEFENDING_NEAR_MISSES)
def test_the_defending_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


MARTYRING = [
    ("Militants stormed a police station in Kulachi late on Monday, martyring two policemen, police said.",
     [("Kulachi", "militants", "police", 2)]),
    ("Gunmen attacked a Levies checkpost near Mastung on Sunday, martyring three personnel and wounding two, "
     "officials said.",
     [("Mastung", "unidentified gunmen", "Pakistani forces", 3)]),
]


@pytest.mark.parametrize(("text", "want"), MARTYRING)
def test_martyring_counts_the_side_hit(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert tolls(either, text) == want


MARTYRING_NEAR_MISSES = [
    ("Militants stormed a police station in Kulachi late on Monday, killing two policemen, police said.",
     [("Kulachi", "militants", "police", 2)]),
    ("Two policemen were martyred when militants stormed a police station in Kulachi late on Monday.",
     [("Kulachi", "militants", "police", 2)]),
]


@pytest.mark.parametrize(("text", "want"), MARTYRING_NEAR_MISSES)
def test_the_martyring_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert tolls(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    " and the a b c d e, ",
    " and the 10th Front, a splinter group of the former ",
    "  ",
    " defending Abc Def Ghi Jkl ",
    " guarding A and b c d in Abc ",
    " martyring at least 12 members of the ",
    "killing martyring a b c ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_AND_PART_OF, _BETWEEN_COMPOUND_GAP, _SUFFERED_GAP, _OBJECT_BEFORE, _TOLL_OBJECT,
                    _KILLING_BEFORE):
        assert pattern_cpu(pattern, text) < 3.0


def test_the_martyring_trigger_scan_is_bounded() -> None:
    assert trigger_scan_cpu("attacked a post, martyring two policemen, ") < 3.0


def test_many_repelled_attacks_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Clashes between army troops and SPLA-IO fighters near Akobo killed eight people. Fighting "
            "between the ELN and the 10th Front, a faction of FARC dissidents, broke out near Tame. Soldiers "
            "guarding Bama repelled an attack by ISWAP fighters. Militants stormed a police station in "
            "Kulachi, martyring two policemen. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
