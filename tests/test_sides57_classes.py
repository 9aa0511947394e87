"""Session 46 round 1, helper sides57: actor1, who acted, for the classes of the blind files' train actor1
misses that training/events/wire56.jsonl carries. Every sentence is our own.

- a place said to be used by a side after the act ("Israel struck three buildings in Tyre, saying they were
  used by Hezbollah", "calling them infrastructure used by the Houthis"): the side is the owner of what was
  hit, not the agent of the strike (actors._MODIFIER_BY: "<be> used by", "<place noun> used by"), and a
  supplier ("weapons supplied by Iran") is no agent either. Near miss that must not change: a weapon used by
  a side is its own ("Drones used by the RSF struck El Obeid": the RSF acted).
- one weapon got through an interception ("Ukrainian air defences downed 40 of 52 Russian drones overnight,
  but one struck an apartment block in Sumy"): the hit is the launcher's, not the defender's
  (coder._got_through, read in coder._sides_at for every act but the interception itself). Near misses that
  must not change: the interception (the defender is actor1), a strike on stored weapons ("Israeli jets
  struck Houthi drones stored in Sanaa ...": no downing verb before them).

Not tuned (time; leads left, see the guide's row): a capture after the other side's withdrawal with the side
that withdrew read as actor1 (w56-018 Moqokori); an attack repelled (b26-041 is a gold question).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _MODIFIER_BY
from mapper.events.coder import _DOWNED_WEAPONS, _ONE_GOT_THROUGH
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-17"  # a Wednesday


coded = reader_of("sub_type", "actor1", "actor2", published=PUBLISHED)


USED_BY = [
    ("Israel struck three warehouses in Sidon on Tuesday, saying they were used by Hezbollah to store "
     "rockets.",
     [("Air/drone strike", "Israeli forces", "Hezbollah")]),
    ("US warplanes struck the port of Ras Isa overnight, calling it infrastructure used by the Houthis.",
     [("Air/drone strike", "US forces", "Houthis")]),
    ("Israel struck the port of Salif overnight, saying it was used by the Houthis to bring in weapons "
     "supplied by Iran.",
     [("Air/drone strike", "Israeli forces", "Houthis")]),
]


@pytest.mark.parametrize(("text", "want"), USED_BY)
def test_a_place_used_by_a_side_names_no_agent(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


GOT_THROUGH = [
    ("Ukrainian air defences downed 35 of 48 Russian drones overnight, but one struck an apartment block in "
     "Chernihiv, killing two residents, the regional governor said.",
     [("Air/drone strike", "Russian forces", "civilians")]),
    ("Israeli air defences intercepted most of a salvo of Houthi drones on Monday, but one hit a port "
     "warehouse in Ashdod.",
     [("Air/drone strike", "Houthis", None)]),
]


@pytest.mark.parametrize(("text", "want"), GOT_THROUGH)
def test_one_weapon_through_an_interception_is_the_launchers(either: Pipeline, text: str,
                                                           want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR = [
    ("Drones used by the RSF struck El Obeid on Monday, killing five people.",
     [("Air/drone strike", "Rapid Support Forces", None)]),
    ("Israeli air defences intercepted two Houthi drones over Eilat on Monday.",
     [("Disrupted weapons use", "Israeli forces", "Houthis")]),
    ("Israeli jets struck Houthi drones stored in Sanaa on Monday, but one hit a hangar.",
     [("Air/drone strike", "Israeli forces", "Houthis")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR)
def test_near_misses_keep_their_sides(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "were used by the a b c ",
    "ports port used used by by ",
    ", but one of them two three while ",
    "and one a b c d e f hit ",
    "intercepted shot down downs ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_MODIFIER_BY, _DOWNED_WEAPONS, _ONE_GOT_THROUGH):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_interceptions_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Israel struck the port of Salif, saying it was used by the Houthis. Ukrainian air defences "
            "downed 40 of 52 Russian drones overnight, but one struck a house in Sumy. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
