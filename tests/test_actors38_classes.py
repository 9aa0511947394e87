"""actor2 of acts whose other side the text names by a class of phrasing the coder missed, session 32
(actors38, gold file fields37.jsonl).

Every sentence is our own. Classes:

- the members of one family killed at a house are no armed "members" ("a strike on a house killed six
  members of one family"): the civilian target's dead are civilians (guide decision (2)); "members of
  Hamas" stay an armed side;
- the side that left when a town was taken, told after the taking ("took control of X after federal troops
  withdrew", "walked into X after army units pulled back"): actor2, the side the town was taken from;
- a state's trenches, dugouts or reserves named by its country's adjective ("drones drop gas on Ukrainian
  trenches", "struck Ukrainian reserves"): that state's forces, as its posts and positions already were;
- "N other members" beside a group's named dead ("killed Hezbollah's top commander and four other
  members"): the same group's dead, so the group is the other side; "three others" still names no group.
"""

from __future__ import annotations

import re

import pytest

from mapper.events.actors import _ARMED_TARGET, _LEFT, _STATE_UNIT
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("a38", text, published=published))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # (the striker no phrase names in Gaza is the occupier's, inferred: actors.occupier_strike, session 34)
    ("In Rafah, a strike on a house killed seven members of one family, medics said.",
     [("Rafaḩ", "Air/drone strike", "Israeli forces", "civilians")]),
    ("A strike on a house in Beit Hanoun killed four members of the same family, the civil defence said.",
     [("Bayt Ḩānūn", "Air/drone strike", "Israeli forces", "civilians")]),
])
def test_a_family_killed_at_home_is_civilians(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_members_of_a_group_stay_armed() -> None:
    # the near miss: members of an armed group named after the toll are an armed target
    assert _ARMED_TARGET.search("a strike on a house killed five members of Hamas") is not None
    assert _ARMED_TARGET.search("a strike on a house killed five members of one family") is None
    assert _ARMED_TARGET.search("killed three members of the Abu Salem family") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadist fighters took control of the town of Boni without a fight on Friday after Malian troops "
     "withdrew, residents said.",
     [("Boni", "Non-violent transfer of territory", "jihadists", "Malian forces")]),
    ("Al-Shabaab militants walked into the town of Bulo Burde on Monday after government soldiers pulled "
     "out, elders said.",
     [("Buulobarde", "Non-violent transfer of territory", "al-Shabaab", "Somali forces")]),
])
def test_the_side_that_withdrew_after_the_taking(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_withdrawal_words_need_after_and_a_verb_of_leaving() -> None:
    assert _LEFT.match(" withdrew without a fight") is not None
    assert _LEFT.match(" and allied militias pulled out overnight") is not None
    assert _LEFT.match(" and allied militias said") is None  # the near miss: no leaving
    assert _LEFT.match(" retreated") is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian drones dropped chloropicrin grenades on Ukrainian trenches near Kurakhove, a brigade said.",
     [("Kurakhove", "Chemical weapon", "Russian forces", "Ukrainian forces")]),
    ("Russian jets struck Ukrainian reserves near Kostiantynivka, the defence ministry in Moscow said.",
     [("Kostyantynivka", "Air/drone strike", "Russian forces", "Ukrainian forces")]),
])
def test_a_states_trenches_and_reserves(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_reserves_of_goods_name_no_force() -> None:
    # "Ukrainian grain reserves": a word between the adjective and the noun, no unit of a state
    assert [m.group("name") for m in _STATE_UNIT.finditer("Ukrainian grain reserves; Ukrainian reserves")] \
        == ["Ukrainian"]


def test_other_members_beside_a_groups_dead(pipeline: Pipeline) -> None:
    text = ("An Israeli airstrike on a building in Tyre on Monday killed a senior Hamas commander and two "
            "other members, the group said.")
    assert _events(pipeline, text) == [("Tyre", "Air/drone strike", "Israeli forces", "Hamas")]


def test_the_new_patterns_are_linear(pipeline: Pipeline) -> None:
    # 100 KB runs of the words the new patterns step over: "after" with no side, and a side with no leaving
    assert _LEFT.match(" and" + " militias" * 12_000) is None
    assert len(list(_STATE_UNIT.finditer("Ukrainian trench " * 6_000))) == 6_000
    grain = "".join(m.group() for m in _STATE_UNIT.finditer("Ukrainian grain " * 6_000))
    assert not re.search("Ukrainian", grain)
    assert _ARMED_TARGET.search("killed members of " * 6_000 + "one family") is not None
    long_run = parsing(pipeline, lambda n: "Fighters took the town after troops and militias " * n
                       + "withdrew.")
    assert growth(long_run, 1_000) < GROWTH
