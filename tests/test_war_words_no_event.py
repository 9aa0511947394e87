"""War vocabulary with no new event at the place (issue 14, item 6 "No phantom events"), session 26.

Every sentence is our own. An act with an indefinite article whose clause goes on in a modal ("an
attack on X would trigger ..."), an epidemic's toll ("Ebola kills 12") and ordnance cleared or
destroyed ("deminers cleared 400 unexploded shells", "in controlled blasts") report no act; the same
words with an act told as done still do.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing, trigger_scan_growth


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-06-10"))
    return [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events]


@pytest.mark.parametrize("text", [
    # an indefinite act in a modal clause
    "an attack on kismayo would trigger a humanitarian crisis, officials warned",
    "analysts said a government offensive on the rebel stronghold could displace 200,000 people",
    "any strike on the dam will flood the valley below, engineers said",
    "an assault on the city by the rebels could trigger mass killings of civilians",
    # an epidemic's toll
    "ebola kills 12 in mbandaka as vaccines arrive",
    "measles has killed 300 children in the province since january",
    "lassa fever killed 9 people in the state last month",
    # ordnance cleared or destroyed
    "sappers destroyed 120 unexploded rockets in controlled blasts near the village",
    "police collected dozens of unexploded mortar bombs from the school yard",
    "deminers have removed about 70 abandoned artillery shells from the riverbank",
])
def test_war_words_without_an_act_are_no_trigger(text: str) -> None:
    # (the teller's "said" or "warned" may remain: a statement, no act)
    assert [t.sub for t in triggers.find_triggers(text) if t.sub != "Statement"] == []


@pytest.mark.parametrize(("text", "sub"), [
    # a definite act told as done, its consequence in a modal
    ("the attack on the convoy could derail the talks, analysts said", "generic violence"),
    # a hedged toll of a real strike
    ("a drone strike on a market in idlib may have killed 12 people", "Air/drone strike"),
    # an indefinite act told as done beside a modal
    ("a suicide bombing at a checkpoint killed 4 soldiers and could delay the vote", "Suicide bomb"),
    # gunmen, not a disease
    ("gunmen killed 12 people at a clinic treating ebola patients", "generic violence"),
    # unexploded ordnance that went off, a landmine that went off
    ("an unexploded shell went off in a field, killing two children", "Remote explosive/landmine/IED"),
    ("a landmine killed two herders near gao on monday", "Remote explosive/landmine/IED"),
    # a blast that is no controlled one
    ("a bomb exploded near the market, killing 3", "Remote explosive/landmine/IED"),
])
def test_the_same_words_with_an_act_still_trigger(text: str, sub: str) -> None:
    assert sub in [t.sub for t in triggers.find_triggers(text)]


@pytest.mark.parametrize(("text", "events"), [
    ("An assault on Kismayo could trigger a humanitarian crisis, aid groups warned on Tuesday.", []),
    ("Cholera and dengue kill 35 in Sokoto as rains flood clinics", []),
    ("Sappers destroyed 60 unexploded shells near Kupiansk in controlled blasts on Monday, the emergency "
     "service said.", []),
    ("Drone strike kills 3 in Kupiansk as measles kills 12 in Kharkiv",
     [("Kupyansk", "Air/drone strike", 3)]),
])
def test_war_words_code_no_phantom(pipeline: Pipeline, text: str,
                                   events: list[tuple[str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("unit", ["an assault on x could trigger ", "a a a a attack on x x x x x x x x x x ",
                                  "dengue kills 4 ", "destroyed 9 unexploded shells in controlled blasts ",
                                  "cleared 4,000,000, 1, 2, 3 unexploded unexploded "])
def test_trigger_scan_of_war_words_is_linear_on_100_kb(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


def test_many_modal_acts_and_cleared_shells_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join("an attack on the town would trigger flight, dengue kills 4, deminers cleared 400 "
                        "unexploded shells in controlled blasts,"
                        for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 600) < GROWTH  # 100 KB doubled
