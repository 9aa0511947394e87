"""The other side of an act (issue 14 item 7, session 25).

Read from the toll's named group: when no phrase names the other side
of a battle or a strike and every report of the dead or injured counts members of one armed group of the
actor table ("killing two PKK fighters", "12 Maoists killed", "three Hezbollah members were killed"), that
group is the other side, marked ``inferred`` as the other victims' sides are (tests/test_actor_targets.py).
Not when the sentence places the act at several sites (each site's toll may count other people: "killing
three Hezbollah members near A and a civilian in B"), nor when reports name two groups, or none.

A side a phrase names as struck ("Ambush on army convoy near Gao", "Attack against police post in X") stays
actor2 when no one is named as the attacker: the battle's one named side is actor1 only when no phrase
says it was the one hit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper.events.casualties import victim_words
from mapper.events.coder import _victim_group
from mapper.model import Actor, Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth


@pytest.mark.parametrize(("sentence", "group"), [
    ("A Turkish drone hit a pickup near Kobani on Sunday, killing two PKK fighters.", "PKK"),
    ("Seven Boko Haram fighters were killed when troops repelled an attack on Gwoza.", "Boko Haram"),
    ("Chhattisgarh: 9 Maoists killed in Dantewada gunfight", "Maoists"),
    ("An Israeli strike on a car in Tyre killed three Hezbollah members, the army said.", "Hezbollah"),
    # no group named, two groups, or the group beside people it does not name
    ("Troops killed seven bandits in a gunfight near Bokkos.", None),
    ("The clashes killed four Hezbollah members and two Amal fighters.", None),
    ("The shelling killed 12 people in the market.", None),
    ("A drone strike killed two PKK fighters and three others.", None),
])
def test_the_group_a_toll_counts(sentence: str, group: str | None) -> None:
    found = _victim_group(sentence)
    assert (found.name if found is not None else None) == group


def test_victim_words_are_each_report_as_written() -> None:
    assert victim_words("A drone strike killed two PKK fighters and wounded three others.") == [
        "two PKK fighters", "three others"]
    assert victim_words("No one was hurt.") == []


def _sides(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    doc = pipeline.parse(Article("t", text, published="2025-06-04"))
    return [(e.location.country_code, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None, bool(e.actor2 and e.actor2.inferred)) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # the group counted before its verb, or with no verb before it: read from the toll (inferred)
    ("Two PKK fighters were killed in a Turkish drone strike near Sinjar on Monday.",
     [("IQ", "Turkish forces", "PKK", True)]),
    ("Chhattisgarh: 9 Maoists killed in Dantewada gunfight", [("IN", None, "Maoists", True)]),
    ("Three Hezbollah members were killed when an Israeli drone struck their car in Nabatieh on Monday.",
     [("LB", "Israeli forces", "Hezbollah", True)]),
    # the toll's object after its verb is a phrase that names the side (not inferred)
    ("A Turkish drone struck a vehicle near Sinjar on Monday, killing two PKK fighters.",
     [("IQ", "Turkish forces", "PKK", False)]),
    ("Israeli jets struck Hezbollah positions near Nabatieh on Monday, killing two Hezbollah members.",
     [("LB", "Israeli forces", "Hezbollah", False)]),
])
def test_actor2_from_the_toll_group(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _sides(pipeline, text) == expected


def test_victim_words_stay_linear() -> None:
    unit = "killing two PKK fighters and three Hezbollah members, "  # 100 KB at n = 2,000
    assert growth(lambda n: lambda: _victim_group(unit * n), 1000) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    ("Ambush on army convoy near Menaka kills five", [("ML", None, "Malian forces")]),
    ("Attack on gendarmerie post in Djibo leaves 9 dead", [("BF", None, "Burkinabe forces")]),
    ("Assault against army positions near Kidal repelled, army says", [("ML", None, "Malian forces")]),
    # the attacker named: both sides
    ("Jihadists attack army base in Boulkessi", [("ML", "jihadists", "Malian forces")]),
    # one side named with no word of who was hit: the side that fought
    ("Heavy fighting in Chasiv Yar as Russian assault groups cross the canal",
     [("UA", "Russian forces", "Ukrainian forces")]),
])
def test_a_struck_side_is_not_the_attacker(pipeline: Pipeline, text: str, expected: list) -> None:
    doc = pipeline.parse(Article("t", text, published="2025-06-04"))
    assert [(e.location.country_code, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events] == expected


def test_struck_takes_no_part_in_equality() -> None:
    assert Actor("police", "PK", struck=True) == Actor("police", "PK")
    assert hash(Actor("police", "PK", struck=True)) == hash(Actor("police", "PK"))
