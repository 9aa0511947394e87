"""Session 45 round 2, helper targets56: actor2, the side an act hit, for the class of the blind files' train
actor2 misses that training/events/actors55.jsonl carries. Every sentence is our own.

- a strike or attack whose object is an asset its owner names (actors.asset_owner, read in the coder for
  Battles and Explosions/Remote violence events with an actor1 and no actor2 yet, after the civilian-target
  rules): a group or a state's adjective before the asset ("struck Hezbollah positions", "a Russian oil
  depot"), a held or controlled place ("Houthi-held Zabid"), a possessive before the asset ("the RSF's main
  ammunition store", "Iran's uranium enrichment site"), the owner after it ("caves belonging to the PKK"),
  "government positions" (the event country's forces). Near misses that must not change: a weapon fired
  "from Houthi-held territory" (the ground it came from, no target), a subject and its act before the asset
  ("ISWAP fighters attack army base": ISWAP is no owner of the base), an act with no agent (a landmine),
  a "Houthi-run" television channel as a source, and a strike on a civilian target (civilians stand).

Not tuned (gold questions and leads left, see the guide's row): settlers' arson of property (civilians or
none); the side that lost a town after "government troops withdrew"; a retaking with no "from" whose loser is
named only in another sentence ("The Rapid Support Forces, which seized the town in July, ...").
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _ASSET_FROM, _ASSET_OWNER, Actor, asset_owner
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-17"  # a Wednesday


coded = reader_of("sub_type", "actor1", "actor2", published=PUBLISHED)


ASSETS = [
    ("Israeli jets struck Hezbollah positions near Nabatieh on Tuesday, the army said.",
     [("Air/drone strike", "Israeli forces", "Hezbollah")]),
    ("US warplanes hit Houthi-held Zabid overnight, residents said.",
     [("Air/drone strike", "US forces", "Houthis")]),
    ("Ukrainian drones set fire to a Russian oil depot near Novorossiysk on Sunday, officials said.",
     [("Air/drone strike", "Ukrainian forces", "Russian forces")]),
    ("Sudanese army drones struck the RSF's main ammunition store in Zalingei on Friday, a military source "
     "said.",
     [("Air/drone strike", "Sudanese forces", "Rapid Support Forces")]),
    ("Turkish jets bombed caves belonging to the PKK near Zakho on Monday, the defence ministry said.",
     [("Air/drone strike", "Turkish forces", "PKK")]),
    ("Houthi fighters shelled government positions near Taiz on Saturday, killing two soldiers, officials "
     "said.",
     [("Shelling/artillery/missile attack", "Houthis", "Yemeni forces")]),
]


@pytest.mark.parametrize(("text", "want"), ASSETS)
def test_the_owner_of_an_asset_struck_is_the_side_hit(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR = [
    # the ground a weapon came from is no target
    ("A drone launched from Houthi-held territory hit a building in Eilat on Monday, the army said.",
     [("Air/drone strike", "Houthis", None)]),
    # a subject and its act before the asset: ISWAP owns no base here (actor2 as before the rule)
    ("ISWAP fighters attack army base in Damasak, troops repel assault",
     [("Armed clash", "Nigerian forces", None)]),
    # no agent: a mine
    ("A landmine killed a shepherd near Hays on Saturday, local officials said.",
     [("Remote explosive/landmine/IED", None, None)]),
]


@pytest.mark.parametrize(("text", "want"), NEAR)
def test_near_misses_keep_their_side(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("told", "want"), [
    ("Israeli warplanes struck a Hezbollah weapons depot in Hermel", "Hezbollah"),
    ("Israeli warplanes struck Iran's uranium enrichment site at Natanz", "Iranian forces"),
    ("drone production sites belonging to Hezbollah", "Hezbollah"),
    ("attacked government positions near the town", "Yemeni forces"),
    ("Houthi-run Al-Masirah TV said the strikes caused damage", None),  # a source, not an asset
    ("a drone launched from Houthi-held territory", None),  # where it came from
    ("Houthi fighters shelled the town", None),  # no asset
    ("Israeli jets struck Israeli positions by mistake", None),  # actor1's own side
])
def test_asset_owner_reads_the_owner_of_what_was_hit(told: str, want: str | None) -> None:
    got = asset_owner(told, Actor("Israeli forces", "IL"), "YE", 2025)
    assert (got.name if got else None) == want
    if got is not None:
        assert got.inferred


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "Hezbollah weapons fuel ammunition ",
    "Houthi-held Houthi-run ",
    "Hezbollah's main big old ",
    "belonging to used by the ",
    "government government-held ",
    "from launched fired ",
    "A" * 40 + " ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_ASSET_OWNER, _ASSET_FROM):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_assets_struck_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Israeli jets struck Hezbollah positions near Nabatieh on Tuesday. US warplanes hit Houthi-held "
            "Zabid overnight. Turkish jets bombed caves belonging to the PKK near Zakho on Monday. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
