"""Session 47, helper actors59: the other side (actor2) of a strike that killed an armed group's leader "and N
others", a class of the blind files' train actor2 misses (b55-039 "An Israeli strike on Beirut's southern
suburbs on Sunday killed Hezbollah's top military commander Haytham Ali Tabatabai and four others": actor2
none) that training/events/wire58.jsonl carries (w58-001..013). Every sentence is our own.

- coder._victim_group: a toll whose parts name one group of the actor table by a leader ("commander",
  "leader", "chief", "emir") and otherwise only "N others" / "N other people / persons / men"
  (coder._LEADER_OF_TOLL, coder._ONLY_OTHERS) counts that group: the others are the people around the
  target, so the group is the act's other side (actor2, marked inferred) when no phrase names it, as it
  already is when the group's name stands within the trigger's object window ("A US airstrike near Jilib
  killed a senior al-Shabaab commander and three others").
  Near misses that must not change: the rank and file beside others ("two PKK fighters and three others":
  no side, tests/test_actor_other_side.py), a leader beside people the toll names ("a Hezbollah commander
  and three civilians": no one side), a leader of two groups' toll ("a Hamas commander and two Islamic Jihad
  fighters": none).
- actors.forces_target: a state's post on its border ("border posts", "border outposts", "border positions")
  is a post of the event country's forces, as "army posts" are (actors._FORCES_TARGET): "Taliban forces
  attack border posts in Kurram" gives actor2 Pakistani forces. Near misses that must not change: "a border
  guard post" (the base reading), border posts that no one attacks ("The army reinforced border posts": no
  event).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _FORCES_TARGET
from mapper.events.coder import _LEADER_OF_TOLL, _ONLY_OTHERS, _victim_group
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-07-09"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", "fatalities", published=PUBLISHED)


# -- a leader's group, whatever the others beside him --------------------------------------------------------
@pytest.mark.parametrize(("sentence", "group"), [
    ("An Israeli strike on a flat in the Bourj al-Barajneh district on Monday killed Hezbollah's chief of "
     "operations Ali Haidar and three others, the ministry said.", "Hezbollah"),
    ("An air raid on a compound outside the town on Tuesday night killed a senior ISWAP commander and five "
     "other people, the army said.", "ISWAP"),
    ("The strike on a farmhouse east of the town killed an al-Shabaab leader and two other men.",
     "al-Shabaab"),
    # the base reading, unchanged: the group's members alone
    ("An Israeli strike on a car killed three Hezbollah members, the army said.", "Hezbollah"),
    # near misses: the rank and file beside others, a leader beside people named, two groups
    ("A drone strike killed two PKK fighters and three others.", None),
    ("A strike on a house killed a Hezbollah commander and three civilians.", None),
    ("The raid killed a Hamas commander and two Islamic Jihad fighters.", None),
    ("The strike killed four people.", None),
])
def test_the_group_of_a_leader_killed_with_others(sentence: str, group: str | None) -> None:
    found = _victim_group(sentence)
    assert (found.name if found is not None else None) == group


@pytest.mark.parametrize(("text", "want"), [
    ("An Israeli strike on a building in the Haret Hreik neighbourhood on Sunday killed Hezbollah's top "
     "military commander and four others, the health ministry said.",
     [("Haret Hreik", "Air/drone strike", "Israeli forces", "Hezbollah", 5)]),
    ("A Nigerian Air Force strike on a camp on an island near Kukawa on Tuesday killed a top ISWAP commander "
     "and six other people, the military said.",
     [("Kukawa", "Air/drone strike", "Nigerian forces", "ISWAP", 7)]),
])
def test_the_strike_on_a_leader_gives_his_group(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- a border post is the event country's forces' ------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("Taliban forces attack border posts in Kurram",
     [("Kurram District", "Armed clash", "Taliban", "Pakistani forces", None)]),
    ("Afghan Taliban forces attacked border posts near Chaman overnight, officials said.",
     [("Chaman", "Armed clash", "Taliban", "Pakistani forces", None)]),
    # near misses: a border guard post (the base reading), posts no one attacked
    ("Gunmen attacked a border guard post near Chaman on Monday.",
     [("Chaman", "Armed clash", "unidentified gunmen", "Pakistani forces", None)]),
    ("The army reinforced border posts near Chaman on Monday.", []),
])
def test_a_border_post_attacked_is_the_forces(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("unit", [
    "commander " * 3 + "leaders- ",
    "  four other   others other people ",
    "a" * 19 + " ",
    " " * 1000 + "x",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_LEADER_OF_TOLL, _ONLY_OTHERS, _FORCES_TARGET):
        assert pattern_cpu(pattern, text) < 3.0


@pytest.mark.parametrize("unit", ["attacked border border ", "on a b border posts ", "border " * 5])
def test_the_forces_target_is_linear(unit: str) -> None:
    assert pattern_cpu(_FORCES_TARGET, hundred_kb(unit)) < 3.0


def test_a_long_toll_of_leaders_and_others_is_linear() -> None:
    toll = "A strike killed " + ", ".join(["a Hezbollah commander and four others"] * 3000) + "."
    assert pattern_cpu(_ONLY_OTHERS, toll) < 3.0
    _victim_group(toll)


def test_many_strikes_on_leaders_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("An Israeli strike on a building in Sidon on Sunday killed Hezbollah's top commander and four "
            "others, the ministry said. A drone strike near Jilib killed two al-Shabaab fighters and three "
            "others. Taliban forces attack border posts in Kurram. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
