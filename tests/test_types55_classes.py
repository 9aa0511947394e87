"""Session 45, helper types55: event types and sub-types, for the classes of the blind files' train type
misses that training/events/types54.jsonl carries. Every sentence is our own.

- a mob's act on an official's home or office named by the possessive: "Mobs torch lawmakers' homes in X",
  "mob storms ministers' homes", "A mob stormed the provincial governor's office" is a Violent demonstration
  (the guide: storming buildings is a riot), not Mob violence (triggers._MOB_ON_OFFICIALS: the Mob violence
  trigger's "mob" does not fire before it, the Violent demonstration trigger reads it);
  near misses that stay Mob violence: a mob's lynching ("Mob lynches two men accused of cattle theft"), a
  mob torching a community's homes ("A mob torched dozens of homes and two churches"), and the "of" form
  ("mob torches houses of legislators", which the corpus codes both ways: b26-016 is Mob violence, a gold
  question; not read).
"""

from __future__ import annotations

import re

import pytest

from mapper.events.triggers import _MOB_ON_OFFICIALS
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import (
    GROWTH,
    hundred_kb,
    pattern_cpu,
    repeated_parse_growth,
    trigger_scan_cpu,
)

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)


OFFICIALS = [
    ("Mobs torch lawmakers' homes in Khulna after activist's killing",
     [("Khulna", "Violent demonstration", "rioters")]),
    ("Mob storms minister's house in Sylhet as unrest spreads",
     [("Sylhet", "Violent demonstration", "rioters")]),
    ("A mob stormed the provincial governor's office in Makassar on Tuesday and set vehicles ablaze, police "
     "said.",
     [("Makassar", "Violent demonstration", "rioters")]),
]


@pytest.mark.parametrize(("text", "want"), OFFICIALS)
def test_a_mob_on_an_officials_home_is_a_violent_demonstration(either: Pipeline, text: str,
                                                               want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR = [
    ("Mob lynches two men accused of cattle theft near Kaduna", "Mob violence"),
    ("A mob torched dozens of homes and two churches in Jaranwala on Tuesday, police said.", "Mob violence"),
    ("Mob torches houses of legislators in Khulna", "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub"), NEAR)
def test_a_mobs_lynching_or_communal_arson_stays_mob_violence(either: Pipeline, text: str, sub: str) -> None:
    assert [row[1] for row in coded(either, text)] == [sub]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "mob storm " + "a " * 5,
    "mobs torched the the the lawmakers' ",
    "mob setting " + "x-y " * 4 + "ministers's ",
    "storm " * 7 + "mps' ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (re.compile(r"mobs? " + _MOB_ON_OFFICIALS), re.compile(r"\bmobs?\b(?! " + _MOB_ON_OFFICIALS
                                                                            + ")")):
        assert pattern_cpu(pattern, text) < 3.0
    assert trigger_scan_cpu(unit) < 3.0


def test_many_mobs_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Mobs torch lawmakers' homes in Khulna. A mob lynched a man in Jos. Mob storms the the "
            "governor's office in Makassar. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
