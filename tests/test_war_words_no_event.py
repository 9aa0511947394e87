"""War vocabulary with no new event at the place (issue 14, item 6 "No phantom events"), session 26.

Every sentence is our own. A unit named with a war word ("the 93rd Assault Brigade", "beach assault
drills"), an act with an indefinite article whose clause goes on in a modal ("an attack on X would
trigger ..."), arms on display or bought ("unveiled new drones", "buys Turkish drones"), an epidemic's
toll ("Ebola kills 12"), a tally's trend ("attacks on aid workers rose sharply"), landmines cleared
("deminers clear 4,000 landmines", "destroyed 120 unexploded rockets in controlled blasts") report
no act; the same words with an act told as done still do.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-06-10"))
    return [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events]


@pytest.mark.parametrize("text", [
    # units named with war words
    "the 93rd assault brigade held a graduation ceremony in poltava on monday",
    "soldiers of the 1st separate strike battalion received new armoured vehicles",
    "an elite assault regiment moved into new barracks near the capital",
    # practice and arms
    "marines staged beach assault drills off the coast",
    "cadets completed a six-week assault course at the academy",
    # an indefinite act in a modal clause
    "an attack on kismayo would trigger a humanitarian crisis, officials warned",
    "analysts said a government offensive on the rebel stronghold could displace 200,000 people",
    "any strike on the dam will flood the valley below, engineers said",
    # arms on display or bought
    "egypt unveiled new drones and missiles at an arms fair in cairo",
    "the army paraded through the capital on independence day, with tanks and rocket launchers",
    "kenya buys turkish drones for operations in lamu",
    "the air force acquired 12 armed drones from turkey last year",
    # an epidemic's toll
    "ebola kills 12 in mbandaka as vaccines arrive",
    "measles has killed 300 children in the province since january",
    # a tally's trend
    "attacks on aid workers in darfur rose sharply last year, the un said",
    "civilian casualties in the province fell by a third in the first half of the year",
    # mines cleared
    "deminers clear 12,500 landmines from fields near pailin",
    "sappers destroyed 120 unexploded rockets in controlled blasts near the village",
    "police collected dozens of unexploded mortar bombs from the school yard",
])
def test_war_words_without_an_act_are_no_trigger(text: str) -> None:
    # (the teller's "said" or "warned" may remain: a statement, no act)
    assert [t.sub for t in triggers.find_triggers(text) if t.sub != "Statement"] == []


@pytest.mark.parametrize(("text", "sub"), [
    # a verb and its object, no unit's qualifier
    ("militants attack troops in borno, killing 5", "generic violence"),
    # a unit that acted: its verb still triggers
    ("the 93rd assault brigade shelled russian positions near bakhmut", "Shelling/artillery/missile attack"),
    # a definite act told as done, its consequence in a modal
    ("the attack on the convoy could derail the talks, analysts said", "generic violence"),
    # a hedged toll of a real strike
    ("a drone strike on a market in idlib may have killed 12 people", "Air/drone strike"),
    # a parade first, a strike after a time word
    ("the army paraded tanks through the capital hours before missiles slammed into the port",
     "Shelling/artillery/missile attack"),
    # gunmen, not a disease
    ("gunmen killed 12 people at a clinic treating ebola patients", "generic violence"),
    # unexploded ordnance that went off
    ("an unexploded shell went off in a field, killing two children", "Remote explosive/landmine/IED"),
    # a landmine that went off
    ("a landmine killed two herders near gao on monday", "Remote explosive/landmine/IED"),
    # attacks told as done, no trend
    ("attacks on two villages near the river killed 14 people on sunday", "generic violence"),
    # arms that fell are no tally ("shells fell on a market")
    ("at least 9 people were killed when shells fell on a market", "Shelling/artillery/missile attack"),
])
def test_the_same_words_with_an_act_still_trigger(text: str, sub: str) -> None:
    assert sub in [t.sub for t in triggers.find_triggers(text)]


@pytest.mark.parametrize(("text", "events"), [
    ("47th Assault Brigade opens training centre in Poltava", []),
    ("An assault on Kismayo could trigger a humanitarian crisis, aid groups warned on Tuesday.", []),
    ("Cholera and dengue kill 35 in Sokoto as rains flood clinics", []),
    ("Drone strike kills 3 in Kupiansk as Kharkiv honours 3rd Assault Brigade veterans",
     [("Kupyansk", "Air/drone strike", 3)]),
])
def test_war_words_code_no_phantom(pipeline: Pipeline, text: str,
                                   events: list[tuple[str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("unit", ["the 3rd assault brigade ", "an assault on x could trigger ",
                                  "unveiled drones and missiles ", "attacks on civilians rose ",
                                  "deminers clear 4,000,000, landmines ", "dengue kills 4 ",
                                  "destroyed 9 unexploded shells in controlled blasts "])
def test_trigger_scan_of_war_words_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> object:
        text = unit * (n // len(unit))
        return lambda: triggers.find_triggers(text)
    assert growth(make, 50_000) < GROWTH  # 100 KB doubled


def test_many_units_and_modal_acts_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join("the 3rd assault brigade held drills, an attack on the town would trigger flight, "
                        "attacks rose, dengue kills 4, army displayed missiles, deminers clear 4,000 mines,"
                        for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 600) < GROWTH  # 100 KB doubled
