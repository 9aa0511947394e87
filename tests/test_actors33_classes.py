"""Sides of an attack told from the side attacked, session 27 (actors33, gold file actors32.jsonl).

Every sentence is our own. Classes:

- the side attacked as the subject of its verb: "X came under fire from Y", "came under heavy attack from",
  "came under Russian artillery fire", "X were ambushed by Y", "were attacked by": Y is actor1 (the
  perpetrator), X actor2; the subject scan took X for the perpetrator or left actor2 empty;
- repelled attacks (the guide: actor1 the perpetrator, so the attacker of an attack repelled): "X repelled
  an attack by Y", "X fought off a Y assault", "X said it had repelled an attack by Y", "X in Town repelled
  ...": Y actor1 (none when the text names no attacker), X actor2;
- a later sentence that tells the same fight from the side attacked ("Israeli forces raided X ... The military
  said its soldiers had come under fire from militants of Hamas"): the attacker it names is the other side;
- a state army's acronym of the event country's adjective ("SNA troops" in Somalia: the Somali National Army,
  Somali forces; in Syria the Syrian National Army, a group of the actor table), not a faction's forces;
- controls: the attacker as the subject ("JNIM fighters attacked Malian troops"), the killer of the
  attackers ("Soldiers killed 12 Boko Haram fighters"), and a place or a weapon as the subject ("Mandera came
  under attack", "a drone was shot down") keep their reading.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("a33", text, published=published))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan soldiers came under fire from al-Shabaab militants near Mandera on Tuesday.",
     ("Mandera", "Armed clash", "al-Shabaab", "Kenyan forces")),
    ("Malian troops came under heavy fire from JNIM fighters near Mopti on Monday.",
     ("Mopti", "Armed clash", "JNIM", "Malian forces")),
    ("Police officers in Peshawar came under fire from TTP militants on Friday.",
     ("Peshawar", "Armed clash", "TTP", "police")),
    ("Nigerian soldiers were ambushed by Boko Haram fighters near Gwoza on Sunday.",
     ("Gwoza", "Armed clash", "Boko Haram", "Nigerian forces")),
    ("Congolese troops were attacked by M23 rebels near Rutshuru on Saturday.",
     ("Rutshuru", "Armed clash", "M23", "Congolese forces")),
])
def test_the_side_attacked_as_the_subject(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chadian soldiers repelled an attack by Boko Haram fighters near Bol on Monday.",
     ("Bol", "Armed clash", "Boko Haram", "Chadian forces")),
    ("The FARDC said it had repelled an attack by ADF rebels near Beni on Tuesday.",
     ("Beni", "Armed clash", "ADF", "Congolese forces")),
    ("Ukrainian troops in Kupiansk fought off a Russian assault on Wednesday, the General Staff said.",
     ("Kupyansk", "Armed clash", "Russian forces", "Ukrainian forces")),
    # no attacker named: actor1 none, the repeller still the other side
    ("Burkinabe soldiers repelled an attack on their base in Dori on Sunday.",
     ("Dori", "Armed clash", None, "Burkinabe forces")),
])
def test_the_attacker_of_an_attack_repelled(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("JNIM fighters attacked Malian troops near Mopti on Monday.",
     ("Mopti", "Armed clash", "JNIM", "Malian forces")),
    ("Soldiers killed 12 Boko Haram fighters near Bama on Sunday.",
     ("Bama", "Armed clash", "Nigerian forces", "Boko Haram")),
    ("Al-Shabaab fighters ambushed a convoy of Kenyan soldiers near Mandera on Tuesday.",
     ("Mandera", "Armed clash", "al-Shabaab", "Kenyan forces")),
])
def test_controls_keep_the_subject_as_the_attacker(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli forces raided Tubas on Wednesday, killing two Palestinians, the health ministry said. "
     "The Israeli military said its soldiers had come under fire from militants of Hamas.",
     ("Ţūbās", "Armed clash", "Israeli forces", "Hamas")),
    # control: no attacker named, no other side
    ("Israeli forces raided Tubas on Wednesday, killing two Palestinians, the health ministry said. "
     "The Israeli military said its soldiers had come under fire.",
     ("Ţūbās", "Armed clash", "Israeli forces", None)),
])
def test_the_same_fight_told_from_the_side_attacked(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("SNA troops clashed with al-Shabaab fighters near Jowhar on Monday.",
     ("Jawhar", "Armed clash", "Somali forces", "al-Shabaab")),
    ("Al-Shabaab fighters ambushed an SNA convoy near Beledweyne on Tuesday, killing five soldiers.",
     ("Beledweyne", "Armed clash", "al-Shabaab", "Somali forces")),
    # the same letters in Syria: the Syrian National Army; a region's forces stay its own
    ("SNA forces clashed with SDF fighters near Manbij on Monday.",
     ("Manbij", "Armed clash", "Syrian National Army", "SDF")),
    ("Puntland forces clashed with Islamic State fighters near Bosaso on Monday.",
     ("Bosaso", "Armed clash", "Puntland forces", "Islamic State")),
])
def test_a_state_army_by_its_acronym(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


def test_many_sides_attacked_are_linear(pipeline: Pipeline) -> None:
    # Each trigger looks for a subject before "came under" / "repelled an" and an attacker after it.
    def text(n: int) -> str:
        return " ".join("Troops in Mopti came under heavy fire from JNIM fighters and soldiers said they "
                        "had repelled an attack by the militants," for _ in range(n)) + " killing 7."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
