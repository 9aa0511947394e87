"""Session 40, helper actors46: actor1 and actor2 as an analyst codes them, for the classes of the blind
files' train misses that training/events/actors45.jsonl carries. Every sentence is our own.

- a state's forces named by their service as the victims: "Rangers", "national guardsmen", "park rangers"
  (an attack on them is a battle with the state's forces, as on soldiers or gendarmes); the near miss:
  villagers killed stay an attack on civilians;
- a force's craft, vehicle, patrol or post named as the target ("downed a police helicopter", "hits ranger
  patrol", "a border guard post", "a Revolutionary Guards vehicle", "Western Command headquarters"): the
  force is actor2, and the craft's force is no agent; the near miss: a civilian bus hit stays civilians;
- a headline's victims told by a two-word participle ("Two Pakistani policemen shot dead in Bannu"): the
  victims, not the perpetrators; the near miss: "Police shot dead three protesters" keeps the police;
- the scorer reads "<Nationality> police" as "police" (the corpus codes both).
"""

from __future__ import annotations

import time

import pytest

from mapper.evaluation.events import canonical_actor
from mapper.events import actors, triggers
from mapper.events.casualties import victims
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, growth, rescans


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("site", "type", "sub_type", "actor1", "actor2", "fatalities", published="2025-03-12")


# -- a state's forces named by their service as the victims -----------------------------------------

def test_rangers_killed_are_a_battle_with_the_state(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Gunmen kill four Rangers near Sukkur") == [
        ("Sukkur", "Battles", "Armed clash", "unidentified gunmen", "Pakistani forces", 4)]


def test_national_guardsmen_killed_are_a_battle_with_the_state(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Jihadists killed nine national guardsmen in an ambush near Ayorou on "
                           "Sunday, the army said.") == [
        ("Ayorou", "Battles", "Armed clash", "jihadists", "Nigerien forces", 9)]


def test_thai_rangers_shot_dead(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Insurgents shoot dead three rangers in Bacho") == [
        ("Bacho", "Battles", "Armed clash", "insurgents", "Thai forces", 3)]


def test_villagers_killed_stay_an_attack_on_civilians(pipeline: Pipeline) -> None:
    # the near miss: the same frame with civilians as the victims
    assert coded(pipeline, "Gunmen kill four villagers near Sukkur") == [
        ("Sukkur", "Violence against civilians", "Attack", "unidentified gunmen", "civilians", 4)]


def test_guardsmen_counted_are_forces() -> None:
    assert victims("Cartel gunmen killed three guardsmen near Zamora.") == "forces"
    assert victims("Cartel gunmen killed three farmers near Zamora.") == "civilians"


def test_rangers_and_guardsmen_are_armed_words() -> None:
    assert triggers._ARMED_RE.search("killing two rangers") is not None
    assert triggers._ARMED_RE.search("killing two guardsmen") is not None
    assert triggers._ARMED_ONE.search("a ranger was wounded") is not None
    assert triggers._ARMED_RE.search("killing two traders") is None
    # the near miss: a football side a goal is scored past
    assert triggers._ARMED_RE.search("celtic fire three past rangers") is None


# -- a force's craft, vehicle, patrol or post as the target -----------------------------------------

def test_downed_police_helicopter_names_police_as_the_target(pipeline: Pipeline) -> None:
    assert coded(pipeline, "FARC dissidents downed a police helicopter with a drone near Caucasia on "
                           "Tuesday, killing six officers, authorities said.") == [
        ("Caucasia", "Explosions/Remote violence", "Air/drone strike", "FARC dissidents", "police", 6)]


def test_bomb_hits_ranger_patrol(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Bomb hits ranger patrol in Yala's Raman district, three hurt") == [
        ("Raman", "Explosions/Remote violence", "Remote explosive/landmine/IED", None, "Thai forces", None)]


def test_border_guard_post_attacked(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Gunmen attack border guard post near Sarbaz") == [
        ("Sarbāz", "Battles", "Armed clash", "unidentified gunmen", "Iranian forces", None)]


def test_command_headquarters_seized(pipeline: Pipeline) -> None:
    [event] = coded(pipeline, "Arakan Army seizes Southern Command headquarters in Ann")
    assert (event[0], event[3], event[4]) == ("Ann", "Arakan Army", "Myanmar forces")


def test_forces_target_reads_the_force_of_the_craft_or_post() -> None:
    assert actors.forces_target("downed a police helicopter", "CO").name == "police"
    assert actors.forces_target("a bomb hit a police vehicle", "KE").name == "police"
    assert actors.forces_target("ambushed a National Guard convoy", "MX").name == "Mexican forces"
    assert actors.forces_target("fired on a Revolutionary Guards vehicle", "IR").name == "Iranian forces"
    assert actors.forces_target("hits rangers' patrol", "TH").name == "Thai forces"
    # near misses: a civilian craft or vehicle names no force
    assert actors.forces_target("downed a passenger helicopter", "CO") is None
    assert actors.forces_target("a bomb hit a minibus", "KE") is None


def test_civilian_bus_hit_stays_civilians(pipeline: Pipeline) -> None:
    assert coded(pipeline, "A Russian drone hit a bus in Nikopol on Tuesday, killing two passengers.") == [
        ("Nikopol", "Explosions/Remote violence", "Air/drone strike", "Russian forces", "civilians", 2)]


# -- a headline's victims told by a two-word participle -----------------------------------------------

def test_policemen_shot_dead_are_the_victims(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Three Pakistani policemen shot dead in Tank") == [
        ("Tank", "Battles", "Armed clash", None, "police", 3)]


def test_police_shooting_protesters_keep_the_police(pipeline: Pipeline) -> None:
    # the near miss: the participle has an object, so the police before it are its subject
    assert coded(pipeline, "Police shot dead two protesters in Nakuru on Tuesday.") == [
        ("Nakuru", "Protests", "Excessive force against protesters", "police", "protesters", 2)]


# -- the scorer: a nationality before "police" ----------------------------------------------------------

def test_scorer_reads_nationality_police_as_police() -> None:
    assert canonical_actor("Kenyan police") == canonical_actor("police") == "police"
    assert canonical_actor("Puntland police") == "police"
    # not a unit of another kind, nor a longer name
    assert canonical_actor("riot police") == "riot police"
    assert canonical_actor("Border Guard Police") == "border guard police"


# -- linear time -------------------------------------------------------------------------------------------

PATTERNS = [actors._FORCES_TARGET, actors._OBJECT_BEFORE, actors._SUFFERED, triggers._ARMED_RE,
            triggers._ARMED_ONE]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_changed_patterns_cannot_rescan_a_run(pattern) -> None:  # noqa: ANN001
    assert rescans(pattern) == []


UNITS = ["downed a police ", "rangers' patrol ", "seized the Western Command ", "shot dead ",
         "national guard border guard ", "police police police ", "a" * 50 + " "]


@pytest.mark.parametrize("unit", UNITS)
def test_pathological_100kb_patterns_are_fast(unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.process_time()
    found = [len(list(p.finditer(text))) for p in PATTERNS]
    target = actors.forces_target(text, "PK")
    assert time.process_time() - started < 3.0
    assert len(found) == len(PATTERNS) and (target is None or target.name)


@pytest.mark.parametrize("unit", UNITS[:4])
def test_pathological_phrases_grow_linearly(unit: str) -> None:
    # find_actors and sides over a sentence of n units and of 2n (work counted as lines run, not timed).
    def run(n: int):  # noqa: ANN202
        text = "Gunmen killed Rangers " + unit * n
        return lambda: actors.sides(actors.find_actors(text, 0, []), 7, 13, text)
    assert growth(run, 300) < GROWTH
