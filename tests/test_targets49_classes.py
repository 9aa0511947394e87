"""Session 42, helper targets49: actor2, the side that was hit, for the classes of the blind files' train
misses that training/events/actors48.jsonl carries. Every sentence is our own.

- soldiers and police "martyred" (Pakistan's press, the ISPR) are the side hit, never the agent: actor1 null,
  actor2 the country's forces or police; the near miss: troops who kill militants stay the agent;
- a toll's people followed by what they were doing ("three children collecting firewood", "five children
  queuing for water") are counted by their noun, so civilians; the near miss: people "travelling with" a
  convoy are told by whom they were with;
- a civilian target the list lacked: a shelter for the displaced, worship ("during Catholic Mass", "evening
  prayers"), a gathering, and a passive headline that names the vehicle first ("Minibus hit by army drone");
  the near miss: a gathering of militants;
- a side named by a people's or movement's bands ("Bedouin tribes", "Bedouin tribesmen", "Turkish-backed
  factions") is the other side of a fight; "factions of the X" are X's.
"""

from __future__ import annotations

import re
import time

import pytest

from mapper.events import actors, casualties
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import pattern_cpu, rescans, window_readers_cpu

coded = reader_of("site", "sub_type", "actor1", "actor2", "fatalities", published="2025-06-11")


# -- martyred soldiers and police are the side hit ---------------------------------------------------------

MARTYRED = [
    ("Six soldiers martyred in Mir Ali roadside blast",
     [("Mir Ali", "Remote explosive/landmine/IED", None, "Pakistani forces", 6)]),
    ("Three policemen martyred in Bannu checkpoint attack",
     [("Bannu", "Armed clash", None, "police", 3)]),
    ("Two Frontier Corps soldiers were martyred when a roadside bomb struck their vehicle in Turbat on "
     "Monday, the ISPR said.",
     [("Turbat", "Remote explosive/landmine/IED", None, "Pakistani forces", 2)]),
]


@pytest.mark.parametrize(("text", "want"), MARTYRED)
def test_martyred_are_the_side_hit(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_troops_who_kill_stay_the_agent(pipeline: Pipeline) -> None:
    # near miss: the soldiers martyred are counted, the troops who killed the militants acted
    assert coded(pipeline, "Troops kill five militants in Bannu, two soldiers martyred") == [
        ("Bannu", "Armed clash", "Pakistani forces", "militants", 7)]


# -- a toll's people and what they were doing --------------------------------------------------------------

def test_people_doing_something_are_counted_by_their_noun() -> None:
    killed = "A landmine killed two children herding goats near Ariha on Friday."
    assert casualties.victims(killed) == "civilians"
    assert casualties.victims("A shell killed four boys playing football in the yard.") == "civilians"


def test_people_tied_to_a_side_are_not_counted_by_their_noun() -> None:
    # near miss: "travelling with" a convoy says whose side they were on
    text = "Jihadists attacked a convoy, killing seven civilians travelling with it."
    assert casualties.victims(text) == ""


def test_children_collecting_firewood_are_civilians(either: Pipeline) -> None:
    text = "A landmine killed three children collecting firewood near Ariha on Friday, civil defence said."
    assert coded(either, text) == [("Arīḩā", "Remote explosive/landmine/IED", None, "civilians", 3)]


def test_an_ing_noun_is_no_participle() -> None:
    # "evening" and "building" end in -ing and are no participles: the toll's figure is unchanged
    found = casualties.reports("The strike killed nine people building a shelter near the school.")
    assert [(r.value, r.killed) for r in found] == [(9, True)]


# -- civilian targets the list lacked ----------------------------------------------------------------------

CIVIL_TARGETS = [
    ("A drone strike hit a shelter for displaced families in Kosti on Sunday, killing seven people, a medic "
     "said.",
     [("Kosti", "Air/drone strike", None, "civilians", 7)]),
    ("Blast hits evening prayers in Quetta, nine killed",
     [("Quetta", "Remote explosive/landmine/IED", None, "civilians", 9)]),
    ("Bomb explodes during Sunday Mass in Jolo, five dead",
     [("Jolo", "Remote explosive/landmine/IED", None, "civilians", 5)]),
    ("Minibus hit by army drone near Bahir Dar; 7 dead",
     [("Bahir Dar", "Air/drone strike", "Ethiopian forces", "civilians", 7)]),
]


@pytest.mark.parametrize(("text", "want"), CIVIL_TARGETS)
def test_civilian_targets(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_gathering_of_militants_is_no_civilian_target() -> None:
    assert actors.civilian_target("A drone strike on a gathering of militants near Jilib killed 12 people.") \
        is False
    assert actors.civilian_target("A drone strike on a village gathering near Jilib killed 12.") is True
    # a shelter is a civilian target only as one of the displaced
    assert actors.civilian_target("A drone hit a bomb shelter near the base, killing two soldiers.") is False


# -- bands of a people or movement as a side of the fight -------------------------------------------------

SIDES = [
    ("Clashes between Druze militias and Bedouin tribes near Shahba kill 12",
     [("Shahbā", "Armed clash", "Druze militia", "Bedouin tribes", 12)]),
    ("Druze fighters and Bedouin tribesmen clash near Shahba, 8 dead",
     [("Shahbā", "Armed clash", "Druze fighters", "Bedouin tribesmen", 8)]),
    ("Fighting between the SDF and Turkish-backed factions near Tal Tamr killed six fighters on Sunday.",
     [("Tall Tamr", "Armed clash", "SDF", "Turkish-backed factions", 6)]),
]


@pytest.mark.parametrize(("text", "want"), SIDES)
def test_bands_are_the_other_side(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_factions_of_a_named_army_are_its_own(pipeline: Pipeline) -> None:
    text = "Turkish-backed factions of the Syrian National Army shelled SDF positions near Tal Tamr on Monday"
    assert coded(pipeline, text)[0][2:4] == ("Syrian National Army", "SDF")


def test_bare_factions_are_no_side(pipeline: Pipeline) -> None:
    # near miss: "the two factions" with no modifier names nobody
    assert actors.find_actors("The two factions agreed to a truce in Shahba.", 0, []) == []


# -- linear time -------------------------------------------------------------------------------------------

def test_new_patterns_cannot_rescan_a_run() -> None:
    assert rescans(actors._CIVIL_TARGET) == []
    assert rescans(actors._CIVIL_HIT_BY) == []


@pytest.mark.parametrize("unit", ["gathering of ", "shelter for the ", "minibus was hit by ", "during Mass ",
                                  "a" * 40 + " ", "prayer services ", "gatherings of many many "])
def test_pathological_100kb_civil_target_patterns_are_fast(unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    assert pattern_cpu(actors._CIVIL_TARGET, text) < 3.0
    assert pattern_cpu(actors._CIVIL_HIT_BY, text) < 3.0


@pytest.mark.parametrize("unit", ["killed three children collecting ", "children herding herding ",
                                  "12 people waiting waiting waiting ", "killing 5 ", "Bedouin tribes and "])
def test_pathological_100kb_toll_and_phrase_readers_are_fast(unit: str) -> None:
    assert window_readers_cpu(unit, lambda text, start: casualties.victims(text[start:start + 300])) < 3.0
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.process_time()
    casualties.reports(text)
    actors.find_actors(text, 0, [])
    assert time.process_time() - started < 3.0
    assert re.search(r"\w", text)
