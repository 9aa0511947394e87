"""Session 52 round 2, helper actor2y68: actor2 of the blind files' train misses that
training/events/actors65.jsonl carries. Every sentence is our own.

- mapper/events/actors.py, ``_ASSET_OWNER`` (branch ``kind``): a group named by its common noun before its
  camp or hideout ("troops raided a separatist camp", "jets bombed a bandit hideout") is the other side of
  the raid or strike, as the guide's "actor2 the target" reads it (blind b64-064 Batibo "soldiers raided a
  separatist camp near Batibo"). Near misses: a force's base attacked by a group (the force, as before); a
  group's camp told as whence it came (the _ASSET_FROM guard, as before).
- mapper/events/actors.py, ``_FORCES_TARGET``: a Frontier Corps, Levies, FC, CRPF, BSF or ITBP post, camp or
  convoy attacked is the state's forces (blind b68-009 "BLA claims IED blast on FC convoy near Turbat").
  Near miss: a police post stays police.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _ASSET_OWNER, _FORCES_TARGET, Actor, asset_owner
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-14"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a group's camp named by the group's common noun -----------------------------------------------------

LAIRS = [
    ("Troops raided a separatist hideout near Bafut on Monday, killing four fighters, the army said.",
     [("Bafut", "Armed clash", "Cameroonian forces", "separatists")]),
    ("Air force jets bombed a bandit camp near Bukkuyum on Sunday, killing scores of gunmen, a spokesman "
     "said.",
     [("Bukkuyum", "Air/drone strike", "Nigerian forces", "bandits")]),
    # near miss: a force's base attacked by a group keeps the force as actor2
    ("Rebels attacked an army base near Bafut on Monday, killing three soldiers, the army said.",
     [("Bafut", "Armed clash", "rebels", "Cameroonian forces")]),
]


@pytest.mark.parametrize(("text", "want"), LAIRS)
def test_a_groups_camp_is_the_other_side(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("told", "actor1", "want"), [
    ("soldiers raided a separatist camp near Ndu", None, "separatists"),
    ("drones struck a jihadist training camp near Lere", None, "jihadists"),
    ("police stormed a Maoist hideout in the forest", None, "Maoists"),
    ("Jets pounded a Rebel stronghold", None, "rebels"),
    # near misses: the group is actor1 itself; the camp it came from; no camp named
    ("rebels attacked from a rebel base", None, None),
    ("bandits returned to a bandit camp", "bandits", None),
    ("soldiers killed three separatist fighters", None, None),
])
def test_asset_owner_of_a_lair(told: str, actor1: str | None, want: str | None) -> None:
    got = asset_owner(told, Actor(actor1) if actor1 else None, "CM")
    assert (got.name if got else None) == want


def test_lair_pattern_is_linear() -> None:
    for unit in ("rebel rebel ", "separatist training ", "bandit camp" * 3 + " ", "Rebel-" * 5 + " "):
        assert pattern_cpu(_ASSET_OWNER, hundred_kb(unit)) < 3.0


def test_lair_parsing_is_linear(pipeline: Pipeline) -> None:
    unit = "Troops raided a separatist camp near Bafut, killing two fighters. "
    assert repeated_parse_growth(pipeline, unit) < GROWTH


# -- a paramilitary force's post or convoy by its abbreviation --------------------------------------------

POSTS = [
    ("Militants opened fire on an FC convoy near Washuk on Monday, killing three soldiers, officials said.",
     [("Washuk", "Armed clash", "militants", "Pakistani forces")]),
    ("Gunmen attack Levies post in Zhob",
     [("Zhob", "Armed clash", "unidentified gunmen", "Pakistani forces")]),
    # near miss: a police post stays police
    ("Gunmen attacked a police post near Zhob on Monday, officials said.",
     [("Zhob", "Armed clash", "unidentified gunmen", "police")]),
]


@pytest.mark.parametrize(("text", "want"), POSTS)
def test_a_paramilitary_post_is_the_states_forces(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_post_pattern_is_linear() -> None:
    for unit in ("attacked an FC ", "on FC FC ", "raided the Frontier ", "struck a Levies Levies "):
        assert pattern_cpu(_FORCES_TARGET, hundred_kb(unit)) < 3.0
