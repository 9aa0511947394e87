"""Headlines and single sentences, session 39 (heads45, gold file headlines44.jsonl).

Every sentence is our own. Classes:

- armed men occupying a named town ("Insurgents occupy Mueda town", "Islamic State fighters occupied the
  town of Ancuabe"): the town is taken (Non-state actor overtakes territory), and a handover (Non-violent
  transfer of territory) when the other side withdrew or left ("Jihadists occupy Sebba after soldiers
  leave"), the side that moved in actor1 and the side that left actor2; not a standing occupation ("Israel
  occupies the West Bank", "the occupied West Bank"), nor students occupying a campus (a protest);
- an entry after a withdrawal told as a noun ("Ukrainian troops enter Kupiansk after Russian withdrawal"): a
  handover; not troops that were to leave (a term of a deal);
- seizing or capturing a town as the other side withdraws stays a takeover (the corpus codes it both ways:
  a gold question, no rule);
- a crowd not named as protesters that torches or burns what it faces ("Supporters torch police post in X",
  "Students set fire to buses in X"): Riots / Violent demonstration with actor1 "rioters"; gunmen torching
  homes stay Looting/property destruction and a mob stays Mob violence.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import actors, triggers
from mapper.model import Article
from mapper.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("heads45", text, published=published))
    return [(e.location.name, e.sub_event_type, e.role,
             e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents occupy Mueda town, burn shops",
     [("Mueda", "Non-state actor overtakes territory", "event_site", "insurgents", None)]),
    ("Islamic State fighters occupied the town of Ancuabe on Friday, residents said.",
     [("Ancuabe", "Non-state actor overtakes territory", "event_site", "Islamic State Mozambique",
       "Mozambican forces")]),
    ("Jihadists occupy Sebba after soldiers leave",
     [("Sebba", "Non-violent transfer of territory", "event_site", "jihadists", "Burkinabe forces")]),
    ("Fano militia occupy Woldia after federal troops withdraw",
     [("Weldiya", "Non-violent transfer of territory", "event_site", "Fano militia", "Ethiopian forces")]),
    # near misses: a standing occupation is no act; students occupying a campus protest
    ("Israel occupies the West Bank", []),
    ("Settlers in the occupied West Bank torch cars in Sinjil",
     [("Sinjil", "Looting/property destruction", "event_site", "settlers", None)]),
    ("Students occupy campus in Belgrade",
     [("Belgrade", "Peaceful protest", "event_site", "protesters", None)]),
])
def test_armed_men_occupying_a_named_town(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian troops enter Kupiansk after Russian withdrawal",
     [("Kupyansk", "Non-violent transfer of territory", "event_site", "Ukrainian forces", None)]),
    # near miss: the term of a deal, not a withdrawal that happened
    ("Under the deal, Russian troops were to leave Kherson by Friday.", []),
    # seizing as the other side withdraws stays a takeover (the corpus is split: a gold question)
    ("M23 rebels seize Kalehe after army withdraws",
     [("Kalehe", "Non-state actor overtakes territory", "event_site", "M23", "Congolese forces")]),
])
def test_a_withdrawal_beside_an_entry(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Supporters torch police post in Maiduguri after cleric's arrest",
     [("Maiduguri", "Violent demonstration", "event_site", "rioters", "police")]),
    ("Students set fire to buses in Rajshahi",
     [("Rajshahi", "Violent demonstration", "event_site", "rioters", None)]),
    # near misses: armed men burning homes destroy property; a mob's violence is Mob violence
    ("Gunmen torch homes in Riyom",
     [("Riyom", "Looting/property destruction", "event_site", "unidentified gunmen", None)]),
    ("Mob torches houses in Kangpokpi", [("Kāngpokpi", "Mob violence", "event_site", "rioters", None)]),
])
def test_a_crowd_burning_what_it_faces(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("unit", "tail"), [
    ("Fighters occupy ", "Town"),
    ("Fighters occupy the big ", "town of X"),
    ("after the ", "withdrawal"),
    ("after the big ", "big withdrawal"),
    # (one armed noun: 100 KB of "troops leave" takes about 2 s before this change too, in find_triggers)
    ("leave ", "troops leave"),
    ("supporters ", "torch"),
    ("students set fire ", ""),
], ids=["occupy", "occupy-the-town-of", "after-withdrawal", "after-big-withdrawal", "leave", "crowd-torch",
        "set-fire"])
def test_new_patterns_are_linear(unit: str, tail: str) -> None:
    text = unit * (100_000 // len(unit) + 1) + tail
    t0 = time.process_time()
    triggers.clauses(text)
    assert time.process_time() - t0 < 3.0


@pytest.mark.parametrize("unit", [" militia", " militia militiamen", " and troops", "leave "],
                         ids=["militia", "militiamen", "and-troops", "leave"])
def test_actor_patterns_are_linear(unit: str) -> None:
    text = unit * (100_000 // len(unit) + 1) + " occupy leave"
    t0 = time.process_time()
    for at in range(0, len(text), 997):
        actors._ENTERS.match(text, at)
        actors._LEFT.match(text, at)
    assert actors._WITHDRAWS.search(text) is not None
    assert time.process_time() - t0 < 3.0
