"""Session 49 round 2, helper types63: the type and toll of one person shot dead by unnamed shooters, for the
classes training/events/types62.jsonl carries. Every sentence is our own.

- Unnamed shooters as the subject of a past-tense killing with an object ("Gunmen shot dead a district
  commissioner in X", "Gunmen on a motorbike shot dead a member of the local council in X"): the shooters are
  the doers, so the act is an attack on the person shot (Violence against civilians / Attack), not a battle.
  Two readings made it a battle: triggers._victims read "shot dead" / "killed" after a line's first words
  as a headline's bare participle whose subject died ("Two soldiers shot dead near X"); it now does so
  only when no object follows the participle (triggers._PARTICIPLE_OBJECT: an article, a possessive or a
  figure). And the generic fallback's "one person shot, no armed side near" read the shooters themselves
  as that armed side; triggers._armed_near_shot now skips the shooters' own noun when it is the subject,
  a few words before the verb (triggers._SHOOTERS_SUBJECT).
  Near misses that must not change: an armed victim ("Gunmen shot dead a soldier in X": Armed clash); a
  headline's bare participle ("Two soldiers shot dead near X": Armed clash, 2 dead); an armed word between the
  shooters and the verb ("Gunmen attacked a checkpoint and shot dead a man in X": Armed clash); the state's
  forces as shooters ("Police shot dead a suspected kidnapper in X": as before).
- "councilman" / "councilwoman" as one person counted (casualties.PERSONS): "shot dead a village councilman"
  kills one.
  Near miss that must not change: "councillor" (already counted).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _PARTICIPLE_OBJECT, _SHOOTERS_SUBJECT
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-15"  # a Wednesday

coded = reader_of("site", "sub_type", "fatalities", published=PUBLISHED)

_CLASH = "Armed clash"


SHOT_OFFICIALS = [
    ("Gunmen shot dead a district commissioner in Beledweyne on Monday evening, elders said.",
     [("Beledweyne", "Attack", 1)]),
    ("Gunmen on a motorbike shot dead a member of the local council in Raqqa on Tuesday, a monitor said.",
     [("Ar Raqqah", "Attack", 1)]),
    ("Unidentified attackers shot dead an assistant commissioner in Chitral on Monday, officials said.",
     [("Chitral", "Attack", 1)]),
    ("Gunmen shot dead a district administrator in Garowe late on Monday as he left a mosque, police said.",
     [("Garoowe", "Attack", 1)]),
]


@pytest.mark.parametrize(("text", "want"), SHOT_OFFICIALS)
def test_unnamed_shooters_killing_an_official_is_an_attack(either: Pipeline, text: str,
                                                            want: list[tuple]) -> None:
    assert coded(either, text) == want


SHOT_NEAR_MISSES = [
    ("Gunmen shot dead a soldier in Kumba on Monday, the army said.", [("Kumba", _CLASH, 1)]),
    ("Two soldiers shot dead near Buea", [("Buea", _CLASH, 2)]),
    ("Gunmen attacked a checkpoint and shot dead a man in Bannu on Monday.", [("Bannu", _CLASH, 1)]),
    ("Police shot dead a suspected kidnapper in Zaria on Monday.", [("Zaria", _CLASH, 1)]),
]


@pytest.mark.parametrize(("text", "want"), SHOT_NEAR_MISSES)
def test_armed_victims_and_other_armed_words_stay_battles(either: Pipeline, text: str,
                                                          want: list[tuple]) -> None:
    assert coded(either, text) == want


COUNCILMEN = [
    ("Suspected militants shot dead a village councilman in Jolo on Monday, police said.",
     [("Jolo", "Attack", 1)]),
    ("Gunmen shot dead a village councillor in Jolo on Monday, police said.", [("Jolo", "Attack", 1)]),
]


@pytest.mark.parametrize(("text", "want"), COUNCILMEN)
def test_a_councilman_is_one_person_killed(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "gunmen " * 3 + "on a b c d e ",
    "gunmen  gunmen\t  a  ",
    " the the  two  3 ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_PARTICIPLE_OBJECT, _SHOOTERS_SUBJECT):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_shootings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Gunmen on a motorbike shot dead a member of the local council in Raqqa on Tuesday. Two soldiers "
            "shot dead near Buea. Gunmen attacked a checkpoint and shot dead a man in Bannu. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
