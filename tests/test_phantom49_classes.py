"""Phantom events of three classes (session 42, branch phantom49; gold file training/events/noevent48.jsonl).

Every sentence is our own.
1. A disaster, emergency or rescue service telling a toll is no political speaker: "the disaster agency
   said in Lima that mudslides had killed 12" is no Political/Statement at Lima, also when the agency's head
   speaks in the next sentence ("its chief told reporters in X"); a civil defence telling a strike's toll
   leaves the strike alone (coder.py, _RELIEF_TELLER). A minister speaking at a place keeps the statement.
2. A rally beside a strike is no force against the crowd when the killing verb is the strike's own
   ("marched in Amman against Israeli airstrikes that killed 15 in Rafah": a peaceful protest); forces that
   shoot protesters beside a strike still use force against them (triggers.py, _lethal_force).
3. Accidental blasts at stores of goods and exploding tankers are no IED ("An explosion at a warehouse in
   Lahore killed five workers", "a fuel tanker overturned and exploded"); a bomb at a warehouse and a blast at
   an ammunition depot after a drone attack stay acts (triggers.py, _STORE_AFTER, _ACCIDENT_BEFORE).
Read with the learned event filter off (the rules alone) and on.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import coder, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, trigger_scan_cpu, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events

NO_EVENT = [
    # 1. a disaster or emergency service's words at its place
    "Peru's civil defence institute said in Lima on Monday that mudslides had killed 12 people in Arequipa.",
    'Floods have killed 40 people in Kerala, the state disaster management authority said. "Rescue work '
    'continues," its chief told reporters in Thiruvananthapuram.',
    # 3. accidental blasts at stores of goods, exploding tankers
    "An explosion at a warehouse in Lahore killed five workers on Sunday, rescue officials said.",
    "A fuel tanker overturned and exploded near Kano on Monday, killing nine people.",
    "Factory blast in Multan kills 4 workers",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


TYRE: Row = ("Tyre", "Explosions/Remote violence", "Air/drone strike", 3, "Israeli forces", None)
EVENTS: list[tuple[str, list[Row]]] = [
    # 1. the civil defence tells the strike: the strike, no statement
    ("Lebanon's civil defence said an Israeli drone strike killed three people in Tyre on Monday.", [TYRE]),
    # near miss: a minister speaking at a place is a statement still
    ("Speaking in Beirut, the prime minister said an Israeli drone strike had killed three people in Tyre.",
     [("Beirut", "Political", "Statement", None, "Lebanese government", None), TYRE]),
    # 3. near misses: a bomb at a warehouse, a blast at an arsenal after a drone attack
    ("A bomb exploded at a warehouse in Quetta on Monday, killing three workers, police said.",
     [("Quetta", "Explosions/Remote violence", "Remote explosive/landmine/IED", 3, None, "civilians")]),
    ("An explosion at an ammunition depot near Balakliia killed two people after a Russian drone attack.",
     [("Balakliia", "Explosions/Remote violence", "Air/drone strike", 2, "Russian forces", None)]),
]


def test_gunmen_s_toll_after_an_accident_s(either: Pipeline) -> None:
    # an accident's toll, then gunmen's: the second killing is theirs (_accident_blast_before; its toll and
    # sides are other areas' questions)
    text = ("A blast at a fuel depot in Misrata killed two workers, and gunmen killed a policeman at a "
            "checkpoint in Zawiya on Monday, officials said.")
    assert [(r[0], r[2]) for r in _events(either, text)] == [("Zawiya", "Armed clash")]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events_beside_the_class(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


# 2. The rally's sub-type and actor1 (its place, toll and actor2 beside a strike are other areas' questions).
RALLIES = [
    ("Hundreds marched in Amman against Israeli airstrikes that killed 15 people in Rafah.",
     ("Amman", "Peaceful protest", "protesters")),
    ("Students rallied in Lahore on Monday, hours after a drone strike killed four people in Miranshah.",
     ("Lahore", "Peaceful protest", "protesters")),
    # near miss: the forces' own fire on the crowd, a strike's toll beside it
    ("Police shot dead two protesters in Nairobi on Monday, a day after a drone strike killed six people "
     "near Mandera.", ("Nairobi", "Excessive force against protesters", "police")),
]


@pytest.mark.parametrize(("text", "rally"), RALLIES)
def test_rally_beside_a_strike(either: Pipeline, text: str, rally: tuple[str, str, str]) -> None:
    found = [(r[0], r[2], r[4]) for r in _events(either, text) if r[1] == "Protests"]
    assert found == [rally]
    assert any(r[2] == "Air/drone strike" for r in _events(either, text))


def test_the_strike_s_verb_is_not_force_on_the_crowd() -> None:
    low = "thousands rallied in rabat after an israeli strike killed 12 people in khan younis."
    end = low.index(" killed")
    assert not triggers._lethal_force(low, [end])
    assert triggers._lethal_force(low, [])  # no remote act: the killing is read as before
    low = "police shot dead two protesters, hours after a drone strike killed six."
    assert triggers._lethal_force(low, [low.index(" killed")])  # "shot dead" is no strike's verb


def test_relief_teller() -> None:
    s = "The national disaster agency said in Jakarta that floods had killed 12."
    assert coder._relief_teller(s, 0, s, s.index("said"))
    s = "The foreign minister said in Jakarta that floods had killed 12."
    assert not coder._relief_teller(s, 0, s, s.index("said"))
    text = ('Floods killed 9, the disaster agency said. "It is hard," the agency\'s chief told reporters '
            'in Hanoi.')
    at = text.index('"It')
    sentence = text[at:]
    assert coder._relief_teller(text, at, sentence, sentence.index("told"))


UNITS = ["rallied after a strike strike killed ", "protested against strikes that killed ",
         "explosion at a a warehouse warehouse ", "tanker truck overturned and exploded ",
         "blast in the storage tank exploded ", "the disaster agency said in said "]


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


@pytest.mark.parametrize(("pattern", "unit"), [
    (triggers._REMOTE_VERB_GAP, " strike on on a a a a that had also "),
    (triggers._STORE_AFTER, " at the the ammunition warehouse "),
    (coder._RELIEF_TELLER, "disaster disaster management civil rescue "),
    (coder._ITS_HEAD, "its deputy its the agency "),
])
def test_new_patterns_on_100_kb_are_fast(pattern, unit: str) -> None:
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0


def test_lethal_force_and_relief_teller_on_100_kb_are_fast() -> None:
    low = "a strike killed " * (100_000 // 16)
    ends = [i + len("a strike") for i in range(0, len(low), 16)]
    t0 = time.process_time()
    triggers._lethal_force(low, ends)
    text = "its chief said the agency " * (100_000 // 26)
    for at in range(0, len(text), 2_000):
        coder._relief_teller(text, at, text[at:at + 2_000], 1_000)
    assert time.process_time() - t0 < 3.0
