"""Sides in long wire, session 42 round 2 (wire50, gold file wire49.jsonl).

Every sentence is our own. Class: a side attacked by someone unnamed ("An army convoy came under attack near
Djibo") told fighting back in a later sentence that places nothing ("The troops killed 31 attackers"): the
side attacked is not the attacker the first sentence left unnamed (coder.py, the merge of a later clause's
sides into the incident): the other side the later sentence names is, or a later claim ("JNIM claimed the
attack"). Before, the later sentence's subject filled actor1 and the side attacked was actor1 and actor2 lost.

Near misses that keep their reading: an attack told by its attacker ("Soldiers attacked a JNIM camp ... The
troops killed 30 militants"), an attacker named in the first sentence ("came under fire from JNIM fighters"),
and a later sentence with a place of its own (another incident: its own sides).

No new pattern or loop (one comparison of two sides per merged clause): no 100 KB bound of its own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline

PUBLISHED = "2025-06-05"  # a Thursday

Sides = tuple[str, str, str | None, str | None]  # place, sub-type, actor1, actor2


def _sides(pipeline: Pipeline, text: str) -> list[Sides]:
    doc = pipeline.parse(Article("wire50", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
                  for e in doc.events)


# ---- the side attacked fights back in a later, unplaced sentence

def test_the_side_attacked_fighting_back_is_not_the_attacker(either: Pipeline) -> None:
    text = ("An army convoy came under attack near Djibo on Wednesday, security sources said. "
            "The troops killed 31 attackers, the army said.")
    assert _sides(either, text) == [("Djibo", "Armed clash", "unidentified gunmen", "Burkinabe forces")]


def test_a_later_claim_names_the_attacker(either: Pipeline) -> None:
    text = ("An army convoy came under attack near Djibo on Wednesday, security sources said. "
            "The troops killed 31 attackers, the army said. "
            "JNIM claimed the attack in a message on its channel.")
    assert _sides(either, text) == [("Djibo", "Armed clash", "JNIM", "Burkinabe forces")]


def test_soldiers_in_a_town_came_under_attack_then_killed_gunmen(either: Pipeline) -> None:
    text = ("Soldiers in Fresnillo came under attack on Tuesday, the army said. "
            "The soldiers killed five gunmen.")
    assert _sides(either, text) == [("Fresnillo", "Armed clash", "unidentified gunmen", "Mexican forces")]


# ---- near misses: unchanged

def test_an_attack_told_by_its_attacker_keeps_its_sides(either: Pipeline) -> None:
    text = ("Soldiers attacked a JNIM camp near Djibo on Wednesday. "
            "The troops killed 30 militants, the army said.")
    assert _sides(either, text) == [("Djibo", "Armed clash", "Burkinabe forces", "JNIM")]


def test_an_attacker_named_first_stays(either: Pipeline) -> None:
    text = ("Soldiers came under fire from JNIM fighters near Djibo on Wednesday. "
            "The troops killed 30 of them, the army said.")
    assert _sides(either, text) == [("Djibo", "Armed clash", "JNIM", "Burkinabe forces")]


@pytest.mark.parametrize("later", ["In Kaya, troops killed 12 militants on Thursday."])
def test_a_later_sentence_with_its_own_place_is_its_own_incident(either: Pipeline, later: str) -> None:
    text = f"An army convoy came under attack near Djibo on Wednesday, security sources said. {later}"
    assert _sides(either, text) == [("Djibo", "Armed clash", None, "Burkinabe forces"),
                                    ("Kaya", "Armed clash", "Burkinabe forces", "militants")]
