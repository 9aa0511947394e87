"""Session 47, helper types59: type and sub-type misses, for the classes training/events/types58.jsonl
carries. Every sentence is our own.

- a post taken that the other readings of ``triggers._bases_taken`` missed is an Armed clash, as the guide
  says ("overrunning a base is an Armed clash; overtakes territory only if the town is taken"),
  in ``triggers._post_taken``:
  - the post by its owner's possessive after "overran"/"overrun" ("overran the army's forward operating
    base in X", "the Nigerian army's 153 Task Force Battalion base"): ``triggers._OWNED_POST_TAKEN``;
  - the post after the participle "overrunning" ("raided X, overrunning an army base"):
    ``triggers._OVERRUNNING_POST``;
  - the post as the seizing trigger's own object ("seized a military checkpoint", "seizes junta
    outpost"): ``triggers._SEIZED_POST``;
  - the post named right before "falls to" ("X barracks falls to ...", "Army post in X falls to ..."):
    ``triggers._POST_BEFORE_FALL``.
  Near misses that stay: a town overrun or seized ("overran the town of X", "seize town of X"); a
  command's "headquarters" by its owner's possessive, which the corpus codes as the town taken ("seized the
  military's regional command headquarters in X"); a state retaking ground ("troops retook the town of X").
- a remote strike that opens its sentence by its owner's possessive and names its own target ("The junta's
  airstrike on the hospital in X killed 33", "The army's shelling of X's market killed nine") is told, not
  retold: its trigger is no back reference (``triggers._OWNER_OPENS`` before it at the sentence's start,
  ``triggers._OWN_TARGET_AFTER`` after it), so the strike, not an attack on the people killed, is the act.
  Near miss that stays: the owner's strike with no target after it ("The army's airstrike killed nine people
  in X": Attack, as before).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import (
    _OVERRUNNING_POST,
    _OWN_TARGET_AFTER,
    _OWNED_POST_TAKEN,
    _OWNER_OPENS,
    _POST_BEFORE_FALL,
    _SEIZED_POST,
)
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "fatalities", published=PUBLISHED)


POSTS_TAKEN = [
    ("Jihadist fighters overran the army's forward base in Gorom-Gorom on Tuesday, killing nine soldiers, "
     "security sources said.",
     [("Gorom-Gorom", "Armed clash", 9)]),
    ("Rebels said they had overrun the Congolese army's 3402nd regiment base in Sake on Tuesday.",
     [("Sake", "Armed clash", None)]),
    ("ISWAP fighters raided Gajiram on Tuesday night, overrunning a military base and torching trucks, "
     "residents said.",
     [("Gajiram", "Armed clash", None)]),
    ("ISWAP fighters seized a military checkpoint near Monguno on Tuesday, killing two soldiers.",
     [("Monguno", "Armed clash", 2)]),
    ("Army outpost near Kidal falls to rebels after heavy fighting", [("Kidal", "Armed clash", None)]),
]


@pytest.mark.parametrize(("text", "want"), POSTS_TAKEN)
def test_a_post_taken_is_an_armed_clash(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert [(n, s) for n, s, _ in coded(either, text)] == [(n, s) for n, s, _ in want]


NEAR_MISSES = [
    ("Rebels overran the town of Sake on Tuesday after two days of fighting, officials said.",
     [("Sake", "Non-state actor overtakes territory")]),
    ("Jihadists seize town of Gorom-Gorom after days of fighting",
     [("Gorom-Gorom", "Non-state actor overtakes territory")]),
    ("The rebels seized the military's regional command headquarters in Lashio on Tuesday after weeks of "
     "fighting.", [("Lashio", "Non-state actor overtakes territory")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_a_town_taken_stays_territory(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert [(n, s) for n, s, _ in coded(either, text)] == want


OWNER_STRIKES = [
    ("The military's airstrike on a school in Kanbalu on Tuesday killed 12 children, residents said.",
     [("Kanbalu", "Air/drone strike")]),
    ("The army's shelling of a market in El Fasher on Tuesday killed 14 people, activists said.",
     [("El Fasher", "Shelling/artillery/missile attack")]),
]


@pytest.mark.parametrize(("text", "want"), OWNER_STRIKES)
def test_an_owners_strike_with_its_target_is_told(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert [(n, s) for n, s, _ in coded(either, text)] == want


def test_an_owners_strike_without_a_target_stays(either: Pipeline) -> None:
    text = "The army's airstrike killed nine people in Kanbalu on Tuesday."
    assert [(n, s) for n, s, _ in coded(either, text)] == [("Kanbalu", "Attack")]


@pytest.mark.parametrize("unit", [
    "the army's forward base " * 3,
    "ning the a b c d base " * 3,
    "seized a b c outpost " * 3,
    "base in a b " * 3,
    "a" * 29 + "'s ",
    "x-" * 15 + " ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_OWNED_POST_TAKEN, _OVERRUNNING_POST, _SEIZED_POST, _POST_BEFORE_FALL, _OWNER_OPENS,
                    _OWN_TARGET_AFTER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_posts_taken_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Rebels overran the army's forward base in Gorom-Gorom. "
            "Fighters raided Gajiram, overrunning an army base. "
            "ISWAP seized a military checkpoint near Monguno. Army outpost near Kidal falls to rebels. "
            "The army's shelling of a market in El Fasher killed 14 people. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
