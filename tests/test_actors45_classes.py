"""Session 39, helper actors45: actor1 and actor2 as an analyst codes them, for four classes of the blind
files' train misses (training/events/actors44.jsonl). Every sentence is our own.

- two sides of one kind: "Rival militias exchanged fire" (the modifier opening the sentence, inside the
  phrase), members "from rival factions of" a group (the group on both sides), crowds "of rival parties"
  (a riot's rioters on both sides); the near miss: a gang that attacks the police keeps the police;
- forces named by a branch: "paramilitary rangers" and "paramilitary soldiers" are the state's (a bare
  "paramilitary forces" stays as written: Sudan's RSF undescribed), a "Corps" is a state's unit ("Frontier
  Corps forces"); a region's forces stay the region's;
- the attacked side told first: "came under fire from a group of gunmen" (the band's count between the verb
  and the attackers), "Soldiers killed four gunmen ... after coming under fire" (the side the subject fought
  began it); the near misses: no such clause, and an earlier act ("two days after coming under fire").
"""

from __future__ import annotations

import time

import pytest

from mapper.events import actors
from mapper.model import Actor
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, growth, rescans


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("site", "type", "sub_type", "actor1", "actor2", "fatalities", published="2025-03-12")


# -- two sides of one kind ---------------------------------------------------------------------------

def test_rival_opening_the_sentence_names_both_sides(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Rival militias exchanged fire in Zawiya on Sunday night, killing two.") == [
        ("Zawiya", "Battles", "Armed clash", "militia", "militia", 2)]


def test_rival_gangs_opening_a_headline(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Rival gangs battle in Port-au-Prince's Delmas district") == [
        ("Delmas", "Battles", "Armed clash", "gangs", "gangs", None)]


def test_rival_gangs_whose_toll_counts_inmates(pipeline: Pipeline) -> None:
    # (the inmates the toll counts are no third side)
    assert coded(pipeline, "Rival gangs clashed inside a prison in Esmeraldas on Monday, killing eight "
                           "inmates.") == [
        ("Esmeraldas", "Battles", "Armed clash", "gangs", "gangs", 8)]


def test_members_from_rival_factions_of_a_group_are_the_group_twice(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Gunmen from rival factions of the Sinaloa Cartel fought for three hours in "
                           "Eldorado on Sunday, leaving eight dead.") == [
        ("Eldorado", "Battles", "Armed clash", "Sinaloa Cartel", "Sinaloa Cartel", 8)]


def test_fighters_from_two_rival_factions_of_a_front() -> None:
    s = "Fighters from two rival factions of the TPLF clashed in Adigrat on Monday."
    phrases = actors.find_actors(s, 0, [])
    at = s.index("clashed")
    assert actors.sides(phrases, at, at + 7, s) == (
        Actor("TPLF", "ET"), Actor("TPLF", "ET", struck=True))


def test_rival_factions_of_a_group_the_table_lacks(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Gunmen from rival factions of the Gulf Cartel clash in Reynosa, 4 dead") == [
        ("Reynosa", "Battles", "Armed clash", "Gulf Cartel", "Gulf Cartel", 4)]


def test_supporters_of_rival_parties_are_rioters_twice(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Supporters of rival parties clashed with sticks and bricks in Gopalganj on "
                           "Wednesday, leaving four people dead.") == [
        ("Gopālganj", "Riots", "Mob violence", "rioters", "rioters", 4)]


def test_near_miss_a_gang_attacking_the_police_keeps_the_police(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Gang members attacked a police station in Saint-Marc on Monday, killing two "
                           "officers.") == [
        ("Saint-Marc", "Battles", "Armed clash", "gangs", "police", 2)]


def test_near_miss_members_from_a_group_with_no_rival_word(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Gunmen from the Sinaloa Cartel attacked soldiers in Culiacan on Monday.") == [
        ("Culiacán", "Battles", "Armed clash", "Sinaloa Cartel", "Mexican forces", None)]


def test_near_miss_fighters_of_rival_clans_without_a_group_name_no_side_invented() -> None:
    # "from two rival clans" with no group after it: fighters are no crowd, the rule gives no side.
    s = "Fighters from two rival clans exchanged fire near Mendi on Tuesday."
    phrases = actors.find_actors(s, 0, [])
    assert actors._rivals_of(phrases[0].actor, phrases, s) is None


# -- forces named by a branch or unit -----------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "cc", "expected"), [
    ("paramilitary rangers", "TH", Actor("Thai forces", "TH")),
    ("paramilitary soldiers", "PK", Actor("Pakistani forces", "PK")),
    ("paramilitary troops", "PK", Actor("Pakistani forces", "PK")),
    ("Frontier Corps forces", "PK", Actor("Pakistani forces", "PK")),
    ("Frontier Corps soldiers", "PK", Actor("Pakistani forces", "PK")),
    # near misses: undescribed paramilitaries, a region's forces, paramilitary police
    ("paramilitary forces", "SD", Actor("paramilitary forces", "")),
    ("paramilitary fighters", "SD", Actor("paramilitary forces", "SD")),
    ("Puntland forces", "SO", Actor("Puntland forces", "SO")),
    ("paramilitary police", "IN", Actor("paramilitary police", "")),
])
def test_forces_named_by_a_branch(phrase: str, cc: str, expected: Actor) -> None:
    assert actors.canonical(Actor(phrase, ""), False, cc) == expected


def test_rangers_of_a_sentence_are_the_states(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Militants opened fire on paramilitary rangers in Rueso district on Monday, "
                           "wounding two.")[0][3:5] == ("militants", "Thai forces")


# -- the attacked side told first ---------------------------------------------------------------------

def test_came_under_fire_from_a_group_of_gunmen(pipeline: Pipeline) -> None:
    assert coded(pipeline, "On Saturday, soldiers came under fire from a group of gunmen in Eldorado and "
                           "returned fire, killing four of the attackers.") == [
        ("Eldorado", "Battles", "Armed clash", "unidentified gunmen", "Mexican forces", 4)]


def test_attacked_by_a_band_of_jihadists(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Soldiers came under attack by a band of jihadists near Djibo on Monday.") == [
        ("Djibo", "Battles", "Armed clash", "jihadists", "Burkinabe forces", None)]


def test_killed_the_attackers_after_coming_under_fire(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Soldiers killed four gunmen near Navolato on Saturday after coming under fire "
                           "while on patrol.") == [
        ("Navolato", "Battles", "Armed clash", "unidentified gunmen", "Mexican forces", 4)]


def test_police_after_being_shot_at(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Police killed two gunmen in Guayaquil on Monday after being shot at during a "
                           "patrol.") == [
        ("Guayaquil", "Battles", "Armed clash", "unidentified gunmen", "police", 2)]


def test_near_miss_no_attack_first_keeps_the_subject(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Soldiers killed four gunmen near Navolato on Saturday.") == [
        ("Navolato", "Battles", "Armed clash", "Mexican forces", "unidentified gunmen", 4)]


def test_near_miss_an_earlier_attack_days_before_keeps_the_subject(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Soldiers killed four gunmen near Navolato on Saturday, two days after coming "
                          "under fire in Culiacan.")
    assert [g for g in got if g[0] == "Navolato"][0][3] == "Mexican forces"


def test_near_miss_civilians_the_subject_killed_are_no_attacking_side() -> None:
    # Villagers are victims: "after coming under fire" does not make them the side that began it.
    s = "Gunmen killed four villagers near Zurmi after coming under fire."
    phrases = actors.find_actors(s, 0, [])
    at = s.index("killed")
    assert actors.sides(phrases, at, at + 6, s) == (Actor("Gunmen", ""), Actor("villagers", ""))


# -- linear time --------------------------------------------------------------------------------------

def test_the_new_patterns_have_no_rescanning_repeat() -> None:
    for pattern in (actors._RIVAL_OPENS, actors._RIVAL_UNITS, actors._FIRED_ON_FIRST, actors._SPAN_BEFORE,
                    actors._ATTACKER_GAP):
        assert rescans(pattern) == []


UNITS = ["Rival militias from rival factions of the ", "gunmen from two rival clans of ",
         "after coming under after being shot ", "came under fire from a group of a band of ",
         "days after after hours after ", "rival rival rival "]


@pytest.mark.parametrize("unit", UNITS)
def test_pathological_100kb_patterns_are_fast(unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.process_time()
    fired = [m.span() for m in actors._FIRED_ON_FIRST.finditer(text)]
    spans = [m.span() for m in actors._SPAN_BEFORE.finditer(text)]
    rivals = [actors._RIVAL_UNITS.match(text, i) for i in range(0, len(text), 97)]
    opens = [actors._RIVAL_OPENS.match(text, i) for i in range(0, len(text), 97)]
    gaps = [actors._ATTACKER_GAP.match(text, i) for i in range(0, len(text), 97)]
    assert time.process_time() - started < 3.0
    assert isinstance(fired, list) and isinstance(spans, list) and len(rivals) == len(opens) == len(gaps)


@pytest.mark.parametrize("unit", UNITS)
def test_pathological_phrases_grow_linearly(unit: str) -> None:
    # find_actors and sides over a sentence of n units and of 2n (work counted as lines run, not timed).
    def run(n: int):  # noqa: ANN202
        text = "Soldiers killed gunmen " + unit * n
        return lambda: actors.sides(actors.find_actors(text, 0, []), 9, 15, text)
    assert growth(run, 300) < GROWTH
