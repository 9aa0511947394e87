"""Sides in long wire, session 44 (sides53, gold file wire52.jsonl).

Every sentence is our own. Class 1: a story of two acts, then a sentence that blames a group for ONE of them
by its place ("A bomb exploded in a market in A ... Hours earlier, gunmen attacked a police post in B ... The
governor blamed Boko Haram for the A bombing"): the group is actor1 of the act at A, not of the last act told
(coder.py ``_claimed`` with the places the blaming sentence names, ``_named_places``). Before, the blame's
back-reference ("the A bombing") joined the last act, which took the group, and A kept none.

Near misses that keep their reading: a blame that names no place (the last act's, as before); a side that
owns its own act at a place ("The military said it had carried out an airstrike near B") is no blame: the
act it places keeps its reading.

Class 2: "blamed a <Capitalised group>" names the group ("blamed a FARC dissident faction led by ...",
actors.py ``_BLAMING_A``); a group only described after "a" ("blamed a local gang") is not read.

The new patterns have their 100 KB bounds below, and the claim reading over a long text of many acts and
blames grows linearly.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _BLAMING_A, claimant, find_actors
from mapper.events.coder import _BLAME_VERB
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, pattern_cpu

PUBLISHED = "2025-06-06"  # a Friday

Sides = tuple[str, str, str | None, str | None]  # place, sub-type, actor1, actor2


def _sides(pipeline: Pipeline, text: str) -> list[Sides]:
    doc = pipeline.parse(Article("sides53", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
                  for e in doc.events)


def _actor1_at(pipeline: Pipeline, text: str, place: str) -> set[str | None]:
    return {e[2] for e in _sides(pipeline, text) if e[0] == place}


# ---- class 1: a blame names one of two acts by its place

# (text, the blamed act's place, the group, the other act's place, its actor1 after the rule)
BLAME_BY_PLACE = (
    ("DAMATURU, June 6 (Reuters) - A bomb hidden in a fruit stall exploded in Bama on Thursday, killing four "
     "traders, a local official said. Hours later, gunmen on motorcycles attacked a police post in Dikwa, "
     "killing an officer. The state governor blamed Boko Haram for the Bama bombing.",
     "Bama", "Boko Haram", "Dikwa", "unidentified gunmen"),
    ("MOGADISHU, June 6 (Reuters) - A car bomb exploded outside a restaurant in Jowhar on Thursday, killing "
     "five people, police said. On the same day, a roadside bomb struck an army truck near Balcad, wounding "
     "three soldiers. Officials attributed the Jowhar attack to al-Shabaab.",
     "Jawhar", "al-Shabaab", "Balcad", "al-Shabaab"),  # the gazetteer's name of Jowhar; the other bomb takes
    # the group too, as before (a story's remote attacks are one side's, coder ``_CARRIED``)
)


@pytest.mark.parametrize(("text", "place", "group", "other", "other_actor1"), BLAME_BY_PLACE)
def test_the_blame_goes_to_the_act_at_the_place_it_names(unfiltered: Pipeline, text: str, place: str,
                                                         group: str, other: str,
                                                         other_actor1: str | None) -> None:
    assert _actor1_at(unfiltered, text, place) == {group}, _sides(unfiltered, text)
    assert _actor1_at(unfiltered, text, other) == {other_actor1}, _sides(unfiltered, text)


def test_a_blame_naming_no_place_is_the_last_acts(unfiltered: Pipeline) -> None:
    # Near miss: no place in the blaming sentence: the last act told takes the group, as before.
    text = ("DAMATURU, June 6 (Reuters) - A bomb hidden in a fruit stall exploded in Bama on Thursday, "
            "killing four traders, a local official said. Hours later, a roadside bomb hit a police truck "
            "in Dikwa, wounding two officers. Police blamed Boko Haram.")
    assert _actor1_at(unfiltered, text, "Dikwa") == {"Boko Haram"}, _sides(unfiltered, text)
    assert _actor1_at(unfiltered, text, "Bama") == {None}, _sides(unfiltered, text)


def test_a_side_owning_its_own_act_is_no_blame(unfiltered: Pipeline) -> None:
    # Near miss: the second sentence tells an act of its own at the place the first one names.
    text = ("Al-Shabaab fighters stormed an army base near Jowhar on Thursday, killing five soldiers, a "
            "commander said. The US military said it had carried out an airstrike near Jowhar the same day, "
            "killing eight militants.")
    events = {(e[0], e[1], e[2]) for e in _sides(unfiltered, text)}
    want = {("Jawhar", "Air/drone strike", "US forces"), ("Jawhar", "Armed clash", "al-Shabaab")}
    assert events == want, events


# ---- class 2: "blamed a <named group>"

@pytest.mark.parametrize(("sentence", "blamed"), [
    ("Police blamed a FARC dissident faction for the bombing.", "FARC"),
    ("President Gustavo Petro blamed a FARC dissident faction led by a commander known as Mordisco.", "FARC"),
    ("Officers blamed a local gang fighting for control of drug sales.", None),  # near miss: described only
    ("Police blamed the ELN for the bombing.", "ELN"),  # near miss: "the", read before too
])
def test_blamed_a_named_group(sentence: str, blamed: str | None) -> None:
    who = claimant(find_actors(sentence, 0, [], []), sentence)
    assert (who and who.name) == blamed, who


def test_blamed_a_named_group_in_a_story(unfiltered: Pipeline) -> None:
    text = ("BOGOTA, June 6 (AFP) - Explosives hidden in a parked motorcycle went off outside a bank in "
            "Tumaco on Thursday, killing a street vendor, the mayor's office said. Police blamed a FARC "
            "dissident faction for the Tumaco bombing.")
    assert _actor1_at(unfiltered, text, "Tumaco") == {"FARC dissidents"}, _sides(unfiltered, text)


# ---- the patterns are linear on 100 KB, and so is the claim reading

@pytest.mark.parametrize("unit", [
    "blamed a blamed an blamed a ",
    "blames   a  " * 3,
    "blaming blaming a a an ",
])
def test_blaming_a_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_BLAMING_A, text) < 3.0


@pytest.mark.parametrize("unit", ["blamed attributed blames ", "attributing blamingblame "])
def test_blame_verb_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_BLAME_VERB, text) < 3.0


def test_many_acts_and_blames_read_linearly(unfiltered: Pipeline) -> None:
    unit = ("A bomb exploded in a market in Bama on Thursday, killing four traders. Gunmen attacked a police "
            "post in Dikwa, killing an officer. The governor blamed Boko Haram for the Bama bombing. ")
    assert growth(parsing(unfiltered, lambda n: unit * max(1, n // len(unit)), PUBLISHED), 4_000) < GROWTH
