"""Actor1 as an analyst reads it (issue 14 item 7, session 13): unnamed perpetrators named as men ("Hooded
men", "Masked men", "Unknown men", "unidentified men") are "unidentified gunmen", as the guide codes "armed
men", and so are South Asian copy's "armed miscreants" (round 24), also as "a group of" or "a band of" them;
and an apposition that renames the act just told as one of a kind ("..., the latest in a string of massacres",
"the third such strike this week") leaves its perpetrator the sentence's subject, not whoever is nearest the
renaming noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper.events import actors
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, _CountedPattern, growth, parsing


@pytest.mark.parametrize(("text", "expected"), [
    ("Hooded men shot dead a shopkeeper in Danlí on Thursday, police said.", ["unidentified gunmen"]),
    ("Unknown men abducted a teacher from his home in Gao on Friday, his family said.",
     ["unidentified gunmen"]),
    ("Masked men set fire to a bus in Ouesso on Monday night, officials said.", ["unidentified gunmen"]),
    # South Asian copy's "miscreants", armed or unknown (round 24)
    ("Armed miscreants shot dead a shopkeeper in Churachandpur on Tuesday, police said.",
     ["unidentified gunmen"]),
    ("Unidentified miscreants hurled a bomb at a police outpost in Thoubal on Monday night, officials said.",
     ["unidentified gunmen"]),
    # a band of them before the verb is its subject (round 24), and after it still its object
    ("A group of Israeli settlers attacked shepherds near Huwara on Saturday, injuring three people.",
     ["settlers"]),
    ("A band of gunmen stormed a village near Zurmi on Sunday, killing five people.",
     ["unidentified gunmen"]),
    ("Soldiers killed a group of militants near Marte on Sunday, the army said.", ["Nigerian forces"]),
    # the renaming apposition after a report: the subject did it
    ("Gunmen killed six people at a cockfight in Celaya late on Saturday, prosecutors said, the latest in a "
     "string of massacres in the state.", ["unidentified gunmen"]),
    ("Russian drones hit a fuel depot in Kropyvnytskyi on Sunday, the governor said, the third such strike "
     "on the city this month.", ["Russian forces"]),
])
def test_unnamed_men_and_renamed_acts(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    doc = pipeline.parse(Article("t", text, published="2025-06-03"))
    assert [e.actor1.name if e.actor1 else None for e in doc.events] == expected


def test_the_renaming_apposition_is_read_in_a_bounded_window(pipeline: Pipeline,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # _LATEST_OF is searched in the 80 characters before a trigger, whatever the sentence's length.
    counted = _CountedPattern(actors._LATEST_OF)
    monkeypatch.setattr(actors, "_LATEST_OF", counted)
    sentence = "Two people died, the latest in a string of " + "killings " * 12_000 + "attacks"
    assert len(sentence) > 100_000
    actors.sides(actors.find_actors(sentence, 0, []), len(sentence) - 7, len(sentence), sentence)
    assert 0 < counted.read <= 80
    # ... and many such sentences cost twice as much when twice as many.
    assert growth(parsing(pipeline, lambda n: " ".join(
        f"Gunmen killed {2 + i % 9} people in {PLACES[i % len(PLACES)]} on Monday, the latest in a string of "
        "massacres." for i in range(n))), 60) < GROWTH


def test_a_bomber_from_the_group_is_the_group(pipeline: Pipeline) -> None:
    # "a suicide bomber from the group": the group named before, as "gunmen from the group" are.
    text = ("Al-Shabaab fighters stormed a police post in Bardhere on Monday. Hours later, a suicide bomber "
            "from the group blew himself up at a checkpoint in Luuq, killing four soldiers.")
    doc = pipeline.parse(Article("t", text, published="2025-06-03"))
    assert [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events
            if e.location.name == "Luuq"] == [("Luuq", "al-Shabaab")]
    # the subject is read in the 60 characters before the trigger, on a 100 KB run of bombers as on a line
    sentence = "suicide bombers from " * 5000 + "the group killed"
    assert len(sentence) > 100_000 and actors.refers_back(sentence, sentence.rindex("killed"))
    assert not actors.refers_back(sentence.replace("group", "town"), sentence.rindex("killed"))
