"""Tolls where they belong in wire copy, session 39 (wire45, gold file wire44.jsonl).

Every sentence is our own. Classes:

- a sentence that opens on another act's time ("Hours earlier, ...", "A day later, ...", "Earlier that
  day, ...") and places nothing the coder codes: its clause joins the act just told, but its toll counts
  the other act's dead, not more of this one's (the guide: killed in THIS event);
- a bare toll (the dead as subject, no one named who killed them) at the town of the story's riot or
  dispersed protest: that crowd's dead, not an attack of its own;
- a toll of people counted as members of a body ("16 members of the security forces were killed", "killed
  five members of one family"): the count, as "16 soldiers" is;
- controls: "Nine soldiers were also killed" (more dead of the act just told), a toll with its killers named
  ("Gunmen killed three people in Beira"), a bare toll at another town, and one at a town whose protest
  was peaceful keep their reading.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.casualties import casualties
from mapper.events.coder import _OTHER_HOURS, _OTHER_MEMBERS, _PASSIVE_TOLL
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import pattern_cpu


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-07") -> list[tuple]:
    doc = pipeline.parse(Article("wire45", text, published=published))
    return sorted((e.location.name, e.sub_event_type, e.fatalities, e.date) for e in doc.events)


# ---- another act's toll, told after "Hours earlier," with no place the coder codes

@pytest.mark.parametrize("opener", ["Hours earlier", "Hours later", "A day earlier", "Earlier that day",
                                    "A few hours later"])
def test_another_acts_toll_is_not_added(pipeline: Pipeline, opener: str) -> None:
    text = ("NEIVA, Colombia (Reuters) - A car bomb exploded outside a police station in Jamundi on "
            f"Thursday, killing four civilians, officials said. {opener}, a military helicopter was shot "
            "down by a drone in a rural area, killing nine soldiers.")
    # 2025-03-07 is a Friday: Thursday is 03-06
    assert _events(pipeline, text) == [("Jamundí", "Remote explosive/landmine/IED", 4, "2025-03-06")]


def test_more_dead_of_the_same_act_are_still_added(pipeline: Pipeline) -> None:
    text = ("NEIVA, Colombia (Reuters) - A car bomb exploded outside a police station in Jamundi on "
            "Thursday, killing four civilians, officials said. Nine soldiers were also killed, the army "
            "said.")
    assert _events(pipeline, text) == [("Jamundí", "Remote explosive/landmine/IED", 13, "2025-03-06")]


# ---- a bare toll at a riot's town is the riot's

@pytest.mark.parametrize(("toll", "dead"), [
    ("At least five people were killed in Beira, a rights group said.", 5),
    ("Two people were shot dead in Beira, a hospital official said.", 2),
])
def test_bare_toll_at_the_riots_town_is_the_riots(pipeline: Pipeline, toll: str, dead: int) -> None:
    text = ("MAPUTO (Reuters) - Protesters burned tyres and blocked roads in Beira on Thursday, and police "
            f"fired tear gas to clear them. {toll}")
    assert _events(pipeline, text) == [("Beira", "Violent demonstration", dead, "2025-03-06")]


@pytest.mark.parametrize(("toll", "expected"), [
    # the killers named: an attack of its own
    ("Gunmen killed three people in Beira, police said.",
     [("Beira", "Attack", 3, "2025-03-06"), ("Beira", "Violent demonstration", None, "2025-03-06")]),
    # a bare toll at another town
    ("At least five people were killed in Chimoio, a rights group said.",
     [("Beira", "Violent demonstration", None, "2025-03-06"), ("Chimoio", "Attack", 5, "2025-03-06")]),
])
def test_near_misses_keep_their_own_event(pipeline: Pipeline, toll: str, expected: list) -> None:
    text = ("MAPUTO (Reuters) - Protesters burned tyres and blocked roads in Beira on Thursday, and police "
            f"fired tear gas to clear them. {toll}")
    assert _events(pipeline, text) == expected


def test_a_peaceful_protests_town_is_not_joined(pipeline: Pipeline) -> None:
    text = ("MAPUTO (Reuters) - Hundreds of people marched peacefully through Beira on Thursday. At least "
            "five people were killed in Beira, a rights group said.")
    assert _events(pipeline, text) == [("Beira", "Attack", 5, "2025-03-06"),
                                       ("Beira", "Peaceful protest", None, "2025-03-06")]


# ---- members of a body

@pytest.mark.parametrize(("sentence", "expected"), [
    ("In Tartus, 16 members of the security forces were killed.", (16, None)),
    ("A strike on a house in Khan Younis killed five members of one family, including three children.",
     (5, None)),
    ("Two members of the same family were killed and four wounded.", (2, 4)),
    # not people killed: the members speak
    ("Three members of parliament said 20 people were killed.", (20, None)),
])
def test_members_of_a_body_are_counted(sentence: str, expected: tuple) -> None:
    assert casualties(sentence) == expected


def test_members_toll_in_a_later_sentence_is_the_acts(pipeline: Pipeline) -> None:
    text = ("TARTUS, Syria (Reuters) - Gunmen ambushed a security patrol near Baniyas on Thursday, security "
            "sources said. Sixteen members of the security forces were killed in Baniyas.")
    assert [(n, f) for n, _, f, _ in _events(pipeline, text)] == [("Bāniyās", 16)]


def test_other_members_of_the_group_keep_the_group_as_the_other_side(pipeline: Pipeline) -> None:
    # the near miss: the named group's commander and "four other members of the group" are the group's dead
    text = ("BEIRUT (Reuters) - An Israeli airstrike on a building in Dahiyeh on Thursday killed a senior "
            "Hezbollah commander and three other members of the group, Hezbollah said.")
    doc = pipeline.parse(Article("wire45", text, published="2025-03-07"))
    assert [(e.fatalities, e.actor2.name if e.actor2 else None) for e in doc.events] == [(4, "Hezbollah")]


def test_members_of_a_body_is_linear() -> None:
    text = "killed 5 members of " + "the " * 30_000 + "family"
    assert len(text) >= 100_000
    start = time.process_time()
    casualties(text)
    assert time.process_time() - start < 3.0


# ---- the patterns are linear on pathological input

@pytest.mark.parametrize(("pattern", "text"), [
    (_OTHER_HOURS, "hours " * 17_000),
    (_OTHER_HOURS, "a few hours " * 9_000 + "later"),
    (_PASSIVE_TOLL, "were been " * 10_000),
    (_PASSIVE_TOLL, "were killed by " * 7_000),
    (_OTHER_MEMBERS, "other members of " * 6_000 + "x"),
    (_OTHER_MEMBERS, "more members " * 8_000),
])
def test_patterns_are_fast_on_100kb(pattern, text: str) -> None:  # noqa: ANN001
    assert len(text) >= 100_000
    assert pattern_cpu(pattern, text) < 3.0
