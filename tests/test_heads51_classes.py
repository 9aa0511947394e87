"""Session 43, helper heads51: headlines and single sentences, for the classes of the blind files' train
misses that training/events/headlines50.jsonl carries. Every sentence is our own.

- a road named for the two towns it joins, hyphenated ("blocked the Nairobi-Nakuru highway at Naivasha"): the
  crowd's road block is read as a protest's act (the trigger's words between "blocked" and "highway" may be
  hyphenated), and the road's first town is the road's, not a side that acted ("Nakuru-" was read as an actor,
  and the riot got that country's forces as actor2); the near misses: the forces' own road block stays no
  riot, and a hyphenated road with tear gas stays a Protest with intervention.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, trigger_scan_cpu, trigger_scan_growth

coded = reader_of("site", "sub_type", "actor1", "actor2", "date", published="2025-09-10")


def role_of(pipeline: Pipeline, text: str, name: str) -> str:
    doc = pipeline.parse(Article("heads51", text, published="2025-09-10"))
    return next(r.name for m, r in zip(doc.mentions, doc.roles, strict=True) if m.text == name)


# -- a crowd's block of a road named for two towns ----------------------------------------------------------

ROADS = [
    ("Workers blocked the Nakuru-Eldoret highway at Naivasha on Monday over unpaid wages.",
     [("Naivasha", "Violent demonstration", "rioters", None, "2025-09-08")]),
    ("Cocoa farmers blocked the Takoradi-Tarkwa road at Tarkwa on Tuesday, demanding higher prices.",
     [("Tarkwa", "Violent demonstration", "rioters", None, "2025-09-09")]),
    ("Police fired tear gas to disperse traders blocking the Kampala-Jinja highway at Mukono on Tuesday.",
     [("Mukono", "Protest with intervention", "protesters", "police", "2025-09-09")]),
]


@pytest.mark.parametrize(("text", "want"), ROADS)
def test_a_block_of_a_road_named_for_two_towns(pipeline: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(pipeline, text) == want


@pytest.mark.parametrize(("text", "want"), ROADS)
def test_a_block_of_a_road_named_for_two_towns_unfiltered(unfiltered: Pipeline, text: str,
                                                          want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


def test_the_roads_first_town_is_no_actor(pipeline: Pipeline) -> None:
    text = ROADS[0][0]
    assert role_of(pipeline, text, "Nakuru") == "context"
    assert role_of(pipeline, text, "Eldoret") == "context"
    assert role_of(pipeline, text, "Naivasha") == "event_site"


NEAR_MISSES = [
    # the forces' own cordon is no crowd's road block
    ("Police blocked the Nakuru-Eldoret highway at Naivasha on Monday ahead of a planned rally.", []),
    # a place joined to another by a hyphen that names no road still stands for its side
    ("Kenya-Uganda talks on the border resumed in Naivasha on Monday.", None),
]


def test_the_forces_own_road_block_is_no_riot(either: Pipeline) -> None:
    text, want = NEAR_MISSES[0]
    assert [e for e in coded(either, text) if e[1] in ("Violent demonstration", "Peaceful protest")] == want


def test_a_hyphen_that_names_no_road_keeps_the_side(pipeline: Pipeline) -> None:
    assert role_of(pipeline, NEAR_MISSES[1][0], "Kenya") == "actor"


# -- 100 KB: the trigger's words between "blocked" and the road may now be hyphenated ------------------------

UNITS = ["blocked the a-b-c-d-e-f-g-h-i-j ", "block x- y- z- ", "blocked the Nakuru-Eldoret-Nakuru-Eldoret ",
         "block - - - - highway"]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_pattern_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
