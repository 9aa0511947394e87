"""Session 46, helper targets57: the other side (actor2) of the classes of the blind files' train actor2
misses that training/events/actors56.jsonl carries. Every sentence is our own.

- an asset described by its holder after "used by", "occupied by", "manned by" or the source of weapons after
  "supplied by": "struck the ports ..., saying they were used by the Houthis", "a depot used by Russian
  troops", "houses manned by JNIM fighters", "weapons supplied by Iran". The side after "by" is no agent of
  the act (actors._MODIFIER_BY, which already held "owned", "run", "held", "controlled"): the striker stays
  actor1 and the holder becomes actor2 (actors.asset_owner reads "used by"). Near misses that must not
  change: "A drone operated by the army struck a house" (the operator is the agent: "operated" is not
  added) and a plain passive agent ("were killed by Nigerian troops");
- the side a government's retaking took the ground back from, named as the former holder in the next
  sentence: "Malian troops recaptured Menaka on Monday. JNIM fighters had held the town since March."
  (actors.former_holder, actors._FORMER_HOLDER, read in coder.py after ``retaken_from``). Near miss: a next
  sentence of another act ("JNIM fighters had attacked the town") names no holder.

Not tuned: settlers' arson of property (civilians or none, a gold question of the corpus).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _FORMER_HOLDER, _MODIFIER_BY
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-07-09"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- the holder of an asset after "used by", "manned by" -----------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Israeli jets struck a warehouse used by Hezbollah in Hermel on Tuesday, the military said.",
     [("El Hermel", "Air/drone strike", "Israeli forces", "Hezbollah")]),
    ("Ukrainian drones hit an ammunition depot in Rovenki used by Russian troops on Monday.",
     [("Roven’ki", "Air/drone strike", "Ukrainian forces", "Russian forces")]),
    ("Army artillery shelled houses manned by JNIM fighters in Menaka on Sunday, residents said.",
     [("Ménaka", "Shelling/artillery/missile attack", "Malian forces", "JNIM")]),
])
def test_the_holder_after_used_by_is_the_side_hit(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


@pytest.mark.parametrize("text, want", [
    # the operator of the weapon is its agent
    ("A drone operated by the army struck a house in Kidal on Monday, residents said.",
     [("Kidal", "Air/drone strike", "Malian forces", None)]),
    # a plain passive agent
    ("Five militants were killed by Nigerian troops in Bama on Sunday, the army said.",
     [("Bama", "Armed clash", "Nigerian forces", "militants")]),
])
def test_an_agent_after_by_stays_the_agent(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


# -- the former holder of retaken ground, in the next sentence -----------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Malian troops recaptured Menaka on Monday, the army said. JNIM fighters had held the town since March.",
     [("Ménaka", "Government regains territory", "Malian forces", "JNIM")]),
    ("Sudanese troops recaptured Singa on Monday, the army said. The RSF had seized it in June.",
     [("Singa", "Government regains territory", "Sudanese forces", "Rapid Support Forces")]),
    # near miss: another act of the same side, no holding
    ("Malian troops recaptured Menaka on Monday, the army said. JNIM fighters had attacked the town in "
     "March.", [("Ménaka", "Government regains territory", "Malian forces", None)]),
])
def test_the_former_holder_told_next(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


@pytest.mark.parametrize("unit", [
    "used by " * 5 + "a b c ",
    "manned  by   the x y z " * 2,
    "JNIM fighters a b had held ",
    "a b c d e f had briefly held the " * 2,
    "x" * 40 + " had ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_MODIFIER_BY, _FORMER_HOLDER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_holders_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Israeli jets struck a warehouse used by Hezbollah in Hermel. Malian troops recaptured Menaka. "
            "JNIM fighters had held the town since March. Army artillery shelled houses manned by JNIM "
            "fighters in Kidal. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
