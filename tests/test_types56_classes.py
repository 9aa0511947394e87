"""Session 45 round 2, helper types56: event types and sub-types, for the classes of the blind files' train
type misses that training/events/types55.jsonl carries. Every sentence is our own.

- buildings blown up as a demolition: "Israeli troops blew up several houses in X", "Army blowing up homes
  in X", "blew up the family home of ...", "blew up two residential buildings in X" is the guide's
  Looting/property destruction, not a Remote explosive/landmine/IED (triggers._DEMOLISHED_BUILDINGS: the
  Looting/property destruction rule reads "blew/blow/blows/blowing/blown up" with houses, homes, buildings,
  dwellings, residences or apartment blocks within four words after it; the IED rule's "blew up" and
  "blow(s) up" step aside there);
  near misses that stay explosions: a bomb that blew up a vehicle ("A roadside bomb blew up a police
  pickup"), a car bomb that blew up houses (the bomb is the act; the destruction is its looting, dropped),
  a suicide bomber who "blew himself up", and militants who "blow up" a bridge.
"""

from __future__ import annotations

import re

import pytest

from mapper.events.triggers import _DEMOLISHED_BUILDINGS
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


DEMOLITIONS = [
    ("Israeli troops blew up several houses in Beit Ummar on Tuesday, the Wafa news agency said.",
     [("Beit Ummar", "Looting/property destruction", "Israeli forces")]),
    ("Israeli army blowing up homes in Khiam, Lebanese agency says",
     [("Khiam", "Looting/property destruction", "Israeli forces")]),
    ("Israeli soldiers blew up the family home of a gunman in Yatta on Monday.",
     [("Yatta", "Looting/property destruction", "Israeli forces")]),
]


@pytest.mark.parametrize(("text", "want"), DEMOLITIONS)
def test_houses_blown_up_are_property_destruction(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert [(row[0].replace("Bayt Ūmmar", "Beit Ummar").replace("Yaţţā", "Yatta"), *row[1:])
            for row in coded(either, text)] == want


NEAR = [
    ("A roadside bomb blew up a police pickup near Dera Ismail Khan on Tuesday, killing two policemen.",
     "Remote explosive/landmine/IED"),
    ("A car bomb blew up two houses in Mosul on Tuesday, killing four people.",
     "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a police academy in Mogadishu on Tuesday, killing nine recruits.",
     "Suicide bomb"),
]


@pytest.mark.parametrize(("text", "sub"), NEAR)
def test_a_bomb_that_blew_up_stays_an_explosion(either: Pipeline, text: str, sub: str) -> None:
    assert [row[1] for row in coded(either, text)] == [sub]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "blew up " + "a " * 5,
    "blowing up the the the the the hous ",
    "blown up " + "x-y " * 4 + "home",
    "blows up " * 7 + "houses ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (re.compile(r"(?:blew|blow(?:s|ing)?|blown) up(?= " + _DEMOLISHED_BUILDINGS + ")"),
                    re.compile(r"blew up(?! " + _DEMOLISHED_BUILDINGS + ")")):
        assert pattern_cpu(pattern, text) < 3.0
    assert trigger_scan_cpu(unit) < 3.0


def test_many_demolitions_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Israeli troops blew up several houses in Khiam. A roadside bomb blew up a truck in Mosul. Army "
            "blowing up the the homes in Yatta. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
