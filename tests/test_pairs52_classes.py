"""Session 43 round 2, helper pairs52: two named sides of a fight told as one phrase, for the classes of the
blind files' train misses that training/events/pairs50.jsonl carries. Every sentence is our own.

- two named sides sharing one head noun before their fight's verb or after "between" ("Viagras and
  Templarios gunmen exchange fire", "between Salamat and Habbaniya tribesmen") are two sides, each by its
  name (a people's or a sect's gunmen keep the head: "Druze gunmen"); the near misses: a longer first name
  ("444 Brigade, SSA fighters"), two states' forces ("Afghan and Pakistani border forces"), and a shared head
  with no fight ("... gunmen were arrested") stay as they were;
- two named sides joined by a hyphen before a fight's noun ("M23-Wazalendo clashes", "SAF-RSF fighting")
  are the two sides, the first named first; the near misses: a table name with a hyphen ("SPLA-IO") and a
  hyphen pair before no fight ("the ISWAP-Boko Haram rivalry") stay as they were;
- inmates or prisoners "from" two named gangs are the gangs ("Inmates from the Los Choneros and Los Lobos
  gangs fought"), as other members of a group are; the near misses: inmates with no group named stay as
  they were.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.actors import _HYPHEN_PAIR, _SHARED_HEAD, find_actors
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import hundred_kb, pattern_cpu

CLASH = ("Battles", "Armed clash")


coded = reader_of("site", "type", "sub_type", "actor1", "actor2", published="2025-10-15")


def phrases(sentence: str) -> list[str]:
    return [p.actor.name for p in find_actors(sentence, 0, [])]


# -- two named sides sharing one head ----------------------------------------------------------------------

SHARED_HEADS = [
    ("Viagras and Templarios gunmen exchange fire near Apatzingan, five dead",
     [("Apatzingán", *CLASH, "Viagras", "Templarios")]),
    ("Radaa and Nawasi militiamen exchange fire in Tajoura overnight",
     [("Tājūrā’", *CLASH, "Radaa", "Nawasi")]),
    ("Fighting broke out near Buram between Salamat and Habbaniya tribesmen on Sunday, an official said.",
     [("Burām", *CLASH, "Salamat", "Habbaniya")]),
    # a people's gunmen keep the head, as one people's gunmen do (targets51)
    ("Druze and Bedouin gunmen clash again in Shahba, four dead",
     [("Shahbā", *CLASH, "Druze gunmen", "Bedouin gunmen")]),
]

SHARED_HEAD_NEAR_MISSES = [
    # the first name is longer than its last word: the phrase scan's comma pair, as before
    ("444 Brigade, SSA fighters clash in Tripoli's Abu Salim",
     [("Abu Salim", *CLASH, "444 Brigade", "SSA")]),
]


@pytest.mark.parametrize(("text", "want"), SHARED_HEADS + SHARED_HEAD_NEAR_MISSES)
def test_two_named_sides_sharing_one_head(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # two states' forces: the state adjectives' own pair, unchanged
    ("Afghan and Pakistani border forces exchanged fire near Torkham on Sunday.",
     ["Afghan border forces", "Pakistani border forces"]),
    # no fight after the shared head: one phrase, as before
    ("Viagras and Templarios gunmen were arrested in Apatzingan on Sunday.", ["Templarios gunmen"]),
    # a capitalised class word is no side's name
    ("Rebel and army fighters clashed near Kalehe on Sunday.", ["army", "fighters"]),
])
def test_shared_head_near_misses(sentence: str, want: list[str]) -> None:
    assert phrases(sentence) == want


# -- two named sides joined by a hyphen --------------------------------------------------------------------

HYPHEN_PAIRS = [
    ("M23-Wazalendo clashes near Masisi leave 11 dead", [("Masisi", *CLASH, "M23", "Wazalendo")]),
    ("Fresh SAF-RSF fighting reported in Babanusa",
     [("Babanūsah", *CLASH, "Sudanese Armed Forces", "Rapid Support Forces")]),
    # an acronym the table lacks beside one it has
    ("Nine fighters died in SDF-SNA fighting near Tal Tamr on Tuesday, a war monitor said.",
     [("Tall Tamr", *CLASH, "SDF", "SNA")]),
]

HYPHEN_NEAR_MISSES = [
    # a table name with a hyphen is one side
    ("SPLA-IO clashes with army in Nasir", [("Nasir", *CLASH, "SPLA-IO", "South Sudanese forces")]),
]


@pytest.mark.parametrize(("text", "want"), HYPHEN_PAIRS + HYPHEN_NEAR_MISSES)
def test_two_named_sides_joined_by_a_hyphen(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_hyphen_pair_before_no_fight_is_no_pair() -> None:
    assert phrases("Analysts say the ISWAP-Boko Haram rivalry has reshaped the war around Lake Chad.") \
        == ["Boko Haram"]


# -- inmates of two gangs ---------------------------------------------------------------------------------

INMATES = [
    ("Inmates from the Los Choneros and Los Lobos gangs fought with knives inside the prison in Cuenca on "
     "Sunday, leaving nine dead, officials said.",
     [("Cuenca", *CLASH, "Los Choneros", "Los Lobos")]),
]

INMATE_NEAR_MISSES = [
    ("Police killed 12 inmates during a riot at the prison in Cuenca on Sunday, officials said.",
     [("Cuenca", "Riots", "Violent demonstration", "rioters", "prisoners")]),
    # (the inmates freed are no side; the prison's guards are the side hit: actors.prison_guards, targets55)
    ("Gunmen stormed the prison in Cuenca on Sunday and freed 40 inmates.",
     [("Cuenca", *CLASH, "unidentified gunmen", "police")]),
]


@pytest.mark.parametrize(("text", "want"), INMATES + INMATE_NEAR_MISSES)
def test_inmates_of_two_gangs_are_the_gangs(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB pathological inputs (linear time) --------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "Aaaa and Bbbb and Cccc, Dddd , ",
    "Los Aaaa and Los Bbbb and Los ",
    "Aaaa and Bbbb gunme ",
    "A" * 29 + " and ",
])
def test_shared_head_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_SHARED_HEAD, text) < 3.0


@pytest.mark.parametrize("unit", ["SDF-SNA-", "Aaaa-Bbbb-Cccc fightin ", "M23-" + "W" * 20 + "-", "A-B "])
def test_hyphen_pair_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_HYPHEN_PAIR, text) < 3.0


@pytest.mark.parametrize("unit", ["Viagras and Templarios gunmen clash, ", "SDF-SNA fighting and ",
                                  "Aaaa and Bbbb gunmen "])
def test_find_actors_on_many_pairs_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    start = time.process_time()
    find_actors(text, 0, [])
    assert time.process_time() - start < 3.0
