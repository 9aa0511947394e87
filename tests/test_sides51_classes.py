"""Sides in long wire, session 43 (sides51, gold file wire50.jsonl).

Every sentence is our own. Class: two sides told in an order nobody chose by who attacked ("Fighting between
Chadian troops and Boko Haram fighters ...") and a later sentence that places nothing and says which of them
attacked ("The insurgents attacked a military post in the town"): the attacker is actor1 and the other side
actor2 (coder.py, ``_fight_between``/``_other_of_two`` in the merge of a later clause's sides). Before, the
first-named side (the army) stayed actor1.

Near misses that keep their reading: the FIRST side told attacking later ("The soldiers attacked ..."), and
sides not told by "between" ("Chadian troops attacked Boko Haram positions ... The insurgents fought back").

Class 2: the teller of an interception is not the striker of the act told before ("A drone struck a fuel depot
near X ... Russia's defence ministry said its air defences had destroyed 20 Ukrainian drones"): actors.py
``_OWNED_UP`` no longer reads "said its air defences had" as the speaker owning the strike told before. Near
misses: "said one of its aircraft had wrongly targeted", "said its forces had struck" still own it.

The new pattern (``_FIGHT_BETWEEN``) and the changed one (``_OWNED_UP``) have their 100 KB bounds below.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _OWNED_UP
from mapper.events.coder import _FIGHT_BETWEEN
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, pattern_cpu

PUBLISHED = "2025-06-05"  # a Thursday

Sides = tuple[str, str, str | None, str | None]  # place, sub-type, actor1, actor2


def _sides(pipeline: Pipeline, text: str) -> list[Sides]:
    doc = pipeline.parse(Article("sides51", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
                  for e in doc.events)


# ---- "fighting between A and B", then the second side attacked

# (text, the event's place, actor1, actor2): the second side of "between" attacks in the next sentence.
BETWEEN_THEN_ATTACK = (
    ("N'DJAMENA, June 4 (Reuters) - Fighting between Chadian troops and Boko Haram fighters broke out near "
     "Bol on Tuesday, two security sources said. The insurgents attacked a military post in the town before "
     "dawn and were driven off after several hours. Six soldiers were killed, the sources said.",
     "Bol", "Boko Haram", "Chadian forces"),
    ("MOGADISHU (Reuters) - Heavy fighting between Somali forces and al-Shabaab erupted near Bulo Burde on "
     "Wednesday, residents said. The militants stormed an army base outside the town at dawn. A commander "
     "said four soldiers were killed.",
     "Buulobarde", "al-Shabaab", "Somali forces"),  # the gazetteer's name of Bulo Burde
)


@pytest.mark.parametrize(("text", "place", "actor1", "actor2"), BETWEEN_THEN_ATTACK)
def test_the_side_that_attacked_later_is_actor1(either: Pipeline, text: str, place: str, actor1: str,
                                                actor2: str) -> None:
    events = [e for e in _sides(either, text) if e[0] == place]
    assert events and all((e[2], e[3]) == (actor1, actor2) for e in events), _sides(either, text)


def test_the_first_side_attacking_later_keeps_the_order(either: Pipeline) -> None:
    # Near miss: the army, named first, attacked: nothing to swap.
    text = ("N'DJAMENA, June 4 (Reuters) - Fighting between Chadian troops and Boko Haram fighters broke out "
            "near Bol on Tuesday, two security sources said. The soldiers attacked an insurgent camp outside "
            "the town at dawn, the army said.")
    events = [e for e in _sides(either, text) if e[0] == "Bol"]
    assert events and all((e[2], e[3]) == ("Chadian forces", "Boko Haram") for e in events), events


def test_sides_not_told_by_between_keep_their_order(either: Pipeline) -> None:
    # Near miss: the troops attacked first ("Troops attacked"), the group only fought back.
    text = ("N'DJAMENA, June 4 (Reuters) - Chadian troops attacked Boko Haram positions near Bol on Tuesday, "
            "two security sources said. The insurgents fought back for several hours before withdrawing.")
    events = [e for e in _sides(either, text) if e[0] == "Bol"]
    assert events and all(e[2] == "Chadian forces" for e in events), events


# ---- the teller of an interception does not own the strike told before

def test_the_teller_of_an_interception_is_not_the_striker(either: Pipeline) -> None:
    text = ("MOSCOW, June 4 (Reuters) - A drone struck an oil depot near Novozybkov in Russia's Bryansk "
            "region on Wednesday, setting a tank on fire, the regional governor said. Russia's defence "
            "ministry said its air defences had destroyed 20 Ukrainian drones overnight.")
    events = [e for e in _sides(either, text) if e[1] == "Air/drone strike"]
    assert events and all(e[2] != "Russian forces" for e in events), events


@pytest.mark.parametrize(("sentence", "owns"), [
    ("Russia's defence ministry said its air defences had destroyed 20 drones.", False),
    ("The army said its air-defence units had shot down two drones.", False),
    ("The coalition later said one of its aircraft had wrongly targeted the hall.", True),  # near miss
    ("The military said its forces had struck the depot.", True),  # near miss
])
def test_owned_up_skips_air_defences(sentence: str, owns: bool) -> None:
    assert any(_OWNED_UP.match(sentence, i) for i in range(len(sentence))) is owns


# ---- the patterns are linear on 100 KB

@pytest.mark.parametrize("unit", [
    "fighting heavy fierce deadly between ",
    "clashes " * 3 + "erupted ",
    "Fighting between the Fighting between the ",
    "skirmish-skirmish-skirmish " * 2,
])
def test_fight_between_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_FIGHT_BETWEEN, text) < 3.0


@pytest.mark.parametrize("unit", [
    "said its air defences had ",
    "said its air defences said its ",
    "the ministry said that its air-defence air-defence ",
])
def test_owned_up_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_OWNED_UP, text) < 3.0
