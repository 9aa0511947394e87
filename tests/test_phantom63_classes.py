"""Session 49 round 2, helper phantom63: phantoms of headlines and sentences, places an act elsewhere
affected (training/events/noevent63.jsonl). Every sentence is our own.

- roles._SUPPLY_CUT_TO: a place after a participle of a supply cut that follows the act's own clause
  (", cutting power to much of X and Y", ", halting output and cutting electricity to parts of X",
  ", halting crude flows to the port of X", ", cutting food supplies to X") is context: the place went
  without, the act was elsewhere (blind b63-029: "A drone struck the Khor Mor gas field ..., halting output
  and cutting power to much of Erbil and Sulaymaniyah" coded two phantom strikes at Erbil and
  Sulaymaniyah; a bare "cutting power to X" was context already, "much of" made the name locative).
  Near misses that must not change: a finite verb whose sentence names no other site ("Russian shelling
  cut power to parts of Kherson on Monday, killing two people": Kherson stays the site), "in" instead of
  "to" ("cutting power in X" may be where the act was), and a site named after the cut ("cutting power to
  thousands, and debris fell on a house in X").
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _SUPPLY_CUT_TO
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-11-20"  # a Thursday

coded = reader_of("site", "sub_type", published=PUBLISHED)


# -- a place a supply cut reached --------------------------------------------------------------------------

CUT_REACHED = [
    ("Drones hit the Ladyzhyn power plant overnight, cutting electricity to much of Vinnytsia and Uman, "
     "the grid operator said.",
     [("Ladyzhyn", "Air/drone strike")], ["Vinnytsia", "Uman"]),
    ("A drone struck the Roseires dam on Tuesday, halting output and cutting power to parts of Sennar and "
     "Singa, the state power company said.",
     [("Er Roseires", "Air/drone strike")], ["Sennar", "Singa"]),
]


@pytest.mark.parametrize(("text", "sites", "context"), CUT_REACHED)
def test_a_place_a_supply_cut_reached_is_context(either: Pipeline, text: str, sites: list[tuple[str, str]],
                                                  context: list[str]) -> None:
    assert coded(either, text) == sites
    roles = dict(roles_of(either, text, PUBLISHED))
    assert [roles[name] for name in context] == ["context"] * len(context)


def test_a_finite_cut_with_no_other_site_keeps_its_place(either: Pipeline) -> None:
    text = "Russian shelling cut power to parts of Kherson on Monday, killing two people."
    assert coded(either, text) == [("Kherson", "Shelling/artillery/missile attack")]


def test_the_pattern_reads_a_participle_after_a_comma_only() -> None:
    def reads(left: str) -> bool:
        return _SUPPLY_CUT_TO.search(left) is not None
    assert reads("struck the plant, cutting power to much of ")
    assert reads("hit the field, halting output and cutting power to ")
    assert reads("bombed the pipeline, halting crude flows to the port of ")
    assert reads("blocked the road, cutting food supplies to ")
    assert not reads("russian shelling cut power to parts of ")  # a finite verb: its place may be the site
    assert not reads("struck the plant, cutting power in ")  # "in": the act's own place may follow


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    ", cutting power to much of ",
    ", a b and cutting the water supplies for the rest of the big city of ",
    ",  abc  def  and  knocking  out  off  the  ",
    "cutting electricity to " * 3 + ", ",
])
def test_the_new_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_SUPPLY_CUT_TO, hundred_kb(unit)) < 3.0


def test_many_supply_cuts_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A drone struck the Khor Mor gas field on Monday, halting output and cutting power to much of "
            "Erbil. Shelling hit Nikopol, cutting water to parts of Marhanets. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
