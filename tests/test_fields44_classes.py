"""Session 38 (fields44): tolls told as "beat N to death" and as bodies found, a day told before a
participle of consequence, and bombs dropped from the air.

Classes, from the blind files' train-split fatality, date and sub-type misses (4428c12):

* A toll told by a verb that kills only with "to death" after its victims ("a mob beat two cattle traders to
  death", "burned a police officer to death", "... and beat them to death") had no figure
  (casualties._TO_DEATH_VERBS).
* Bodies found after a verb of finding ("police found the bodies of six men dumped on a highway", "the
  hospital had received the bodies of 23 people") had no figure (casualties._BODIES, _FIND_BEFORE).
* A day told just before ", forcing", ", prompting", ... ("stormed a military base in Marte on Monday night,
  forcing troops to withdraw") dated only the participle's act, the storming took the published day
  (clauses._SUBORDINATE_NEXT).
* Bombs dropped ("a jet dropped bombs on the village", "junta helicopter drops bombs on school") were read as
  an IED's bomb; they are an Air/drone strike (triggers, Air/drone strike).

Controls: a beating without "to death" counts no dead; bodies returned or sent home count none, nor (for
now) a subject-first "The bodies of two men were later found"; a day after the participle stays its own;
"dropped charges" is no act and a roadside bomb stays an IED. Every new pattern runs in linear time on 100 KB.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.casualties import casualties
from mapper.events.clauses import _SUBORDINATE_NEXT
from mapper.events.triggers import clauses
from mapper.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str, published: str) -> list[tuple[str, str, str, int | None]]:
    return [(e.location.name, str(e.date), e.sub_event_type, e.fatalities)
            for e in pipe.parse(text, published=published).events]


# -- "beat N to death": the victims between the verb and "to death"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A mob beat three suspected cattle thieves to death near Sirajganj on Friday, police said.", (3, None)),
    ("Villagers beats 2 men to death in Rangamati over theft rumour", (2, None)),
    ("Angry residents stoned a suspected kidnapper to death outside Zaria on Sunday.", (1, None)),
    ("Rioters burned a traffic policeman to death in El Alto and injured four others.", (1, 4)),
    ("Assailants stab two nurses to death at a clinic in Mandera", (2, None)),
    ("Raiders clubbed a herder to death and drove off 300 goats near Kotido, police said.", (1, None)),
    # the group named just before "them"
    ("A crowd seized two men accused of stealing a goat in Mbale and beat them to death, police said.",
     (2, None)),
])
def test_to_death_verbs_count_their_victims(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Police beat dozens of protesters in Kumba on Monday, witnesses said.",  # no "to death": no dead
    "Striking workers burned tyres on the road to Tema on Tuesday.",
    "The team beat Kano Pillars 3-0 in Kaduna on Saturday.",
])
def test_beatings_without_death_count_none(sentence: str) -> None:
    assert casualties(sentence) == (None, None)


def test_the_old_verbs_unchanged() -> None:
    assert casualties("Gunmen hacked four farmers to death and wounded two others.") == (4, 2)
    assert casualties("A man was beaten to death in Gulu on Monday.") == (1, None)


# -- bodies found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police found the bodies of eight men dumped beside a road outside Zamora on Sunday.", (8, None)),
    ("The district hospital said it had received the bodies of at least 14 people and treated 40 wounded.",
     (14, 40)),
    # the attackers' dead added to the soldier's, as ACLED adds them
    ("Rebels killed a soldier in a clash near Catarman, and troops recovered the bodies of two guerrillas.",
     (3, None)),
    ("Rescuers pulled the bodies of six children from the rubble in Rafah.", (6, None)),
])
def test_bodies_found_count(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Hundreds marched in Djibo to demand the return of the bodies of their relatives.",
    "The bodies of the policemen were sent to their home villages.",
    # subject first: tried and dropped (it gave a second act's dead to another act's toll, b28-060)
    "The bodies of two elderly men were later found in burnt houses, police said.",
])
def test_bodies_not_found_count_none(sentence: str) -> None:
    assert casualties(sentence) == (None, None)


# -- a day before a participle of consequence


def test_day_before_a_participle_dates_the_act(pipe: Pipeline) -> None:
    assert _events(pipe, "Suspected ISWAP fighters stormed an army base in Gajiram on Monday night, forcing "
                         "troops to withdraw after hours of fighting, residents said.", "2025-06-11") \
        == [("Gajiram", "2025-06-09", "Armed clash", None)]
    assert _SUBORDINATE_NEXT.match(", prompting hundreds to flee")
    assert _SUBORDINATE_NEXT.match(" , sending families fleeing")
    assert not _SUBORDINATE_NEXT.match(", according to residents")
    assert not _SUBORDINATE_NEXT.match(" forcing")  # the comma is the clause's boundary


def test_an_own_day_after_the_participle_stays(pipe: Pipeline) -> None:
    # the act before the comma has no day of its own before the participle: the participle's day is not
    # carried back across it
    found = _events(pipe, "Gunmen attacked a police post in Gajiram, forcing officers to withdraw on Monday, "
                          "residents said.", "2025-06-11")
    assert [(p, s) for p, _, s, _ in found] == [("Gajiram", "Armed clash")]


# -- bombs dropped


@pytest.mark.parametrize(("text", "expected"), [
    ("Junta helicopter drops bombs on Lashio school, killing 3 pupils",
     [("Lashio", "2025-02-04", "Air/drone strike", 3)]),
    ("A military jet dropped two bombs on the market in Kyaukme on Tuesday, killing 9 people, residents "
     "said.",
     [("Kyaukme", "2025-02-04", "Air/drone strike", 9)]),
])
def test_dropped_bombs_are_air_strikes(pipe: Pipeline, text: str, expected: list) -> None:
    assert _events(pipe, text, "2025-02-04") == expected


def test_dropped_charges_and_roadside_bombs_unchanged(pipe: Pipeline) -> None:
    assert _events(pipe, "Prosecutors dropped charges against two journalists in Mandalay on Tuesday.",
                   "2025-02-04") == []
    assert [s for _, _, s, _ in _events(pipe, "A roadside bomb killed two soldiers near Kyaukme on Tuesday.",
                                        "2025-02-04")] == ["Remote explosive/landmine/IED"]


# -- linear on 100 KB


def _seconds(fn, arg) -> float:
    start = time.process_time()
    fn(arg)
    return time.process_time() - start


@pytest.mark.parametrize("unit", [
    "beat ", "beat two men ", "beat them ", "stoned a man and a woman and ", "to death ",
    "found the bodies of ", "the bodies of two men and three women and ", "bodies of bodies of ",
])
def test_casualties_linear_on_100_kb(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    assert _seconds(casualties, text) < 3.0  # (linear: about 0.5 s on a loaded machine; quadratic: minutes)


@pytest.mark.parametrize("unit", ["drops ", "dropped a ", "drop the big ", "drops bombs "])
def test_dropped_trigger_linear_on_100_kb(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    assert _seconds(clauses, text) < 3.0


@pytest.mark.parametrize("unit", [" , ", ", forcing", " ,forcingforcing", "         ,"])
def test_participle_boundary_linear_on_100_kb(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    start = time.process_time()
    for i in range(0, len(text), 997):  # matched at many offsets, as _before_subordinate does (80 chars)
        _SUBORDINATE_NEXT.match(text[i:i + 80])
    _SUBORDINATE_NEXT.match(text)
    assert time.process_time() - start < 3.0
