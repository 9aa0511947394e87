"""War words in ordinary news by the class of their topic (issue 14 point 6), session 24 (ordinary30).

Every sentence is our own. A game's goals told by their count "past" a side or a keeper, and a side's
goal besieged, are sport; police who "storm" or "swoop on" a scam centre or a fake-goods factory act on a
crime of gain; a blast that a fire, a leak or lightning "caused" or "triggered" is an accident. The same
words beside arms, armed men or a weapon still report an act. A hazard that is the antecedent of its toll
("landslides in X that killed seven"), a hazard clause whose figure has thousands separators, a headline's
hazard before its passive toll ("Quake rocks X; 7 killed in Y"), and aircraft sent to rescue or supply
report no act either, and a word on an accident's cause ("police said the fire was caused by faulty
wiring") is no statement.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing
from tests.test_ordinary_sense_classes import _events, _triggers


@pytest.mark.parametrize("text", [
    # goals told by their count past a side, and a side's goal under siege
    "Celtic raid Ibrox and fire three past Rangers",
    "the champions stormed back and put five past the hosts after the break",
    "Benfica laid siege to the Porto goal for the last twenty minutes",
    # police acting on a crime of gain with the verbs of a raid
    "police stormed a call centre running an online scam and detained 300 workers",
    "detectives and police swooped on a fake-handbag workshop, arresting six",
    "police raided a fake-medicine factory outside the port and arrested nine",
    # a blast that a fire, a leak or lightning set off
    "a fire at a fuel depot near the port caused an explosion that killed four workers",
    "a gas leak in the basement triggered a blast that injured 11 residents",
    # a hazard as the antecedent of its toll, and a clause whose figure has thousands separators
    "days of rain set off mudslides across the hill district which have killed 19 people",
    "the worst floods in decades have swamped more than 2,500 villages across the delta state, killing 312",
    # a headline's hazard in its first segment, the toll passive after the separator
    "Magnitude 6.4 quake jolts Luzon; 9 killed in Baguio",
    "Typhoon batters Okinawa | 3 dead in Naha",
    # a word on an accident's cause is no political statement
    "fire officials in the capital said the blaze at the market was caused by an electrical fault",
    # aircraft sent to rescue
    "air force helicopters and boats have rescued 3,400 people from rooftops",
    "military aircraft dropped food to villages cut off by the floods",
])
def test_ordinary_classes_are_no_trigger(text: str) -> None:
    assert [t for t in _triggers(text) if t[1] != "Statement"] == []


@pytest.mark.parametrize(("text", "want"), [
    # a goal that is an aim, and rockets fired, stay acts
    ("the goal of the offensive was to retake the town, but troops were ambushed",
     ("ambushed", "Armed clash")),
    ("militants fired four rockets at the base overnight", ("rockets", "Shelling/artillery/missile attack")),
    # police who storm a crowd of protesters in a fraud row: the protest's act stands
    ("police stormed the opposition headquarters over fraud claims and detained 40 activists",
     ("stormed", "Armed clash")),
    # a weapon that set off the fire and the blast
    ("Russian shelling started a fire at the depot that caused an explosion, killing two workers",
     ("shelling", "Shelling/artillery/missile attack")),
    # an agent or an act after the toll, or armed men before it
    ("Floods hit Sindh; 7 killed in Bannu attack", ("killed", "generic violence")),
    ("Quake rocks Herat; gunmen kill 4 in Kabul", ("kill", "generic violence")),
    ("floods that trapped soldiers at the post which rebels then attacked", ("attacked", "generic violence")),
    # a word on a blast that a weapon, not a leak, set off stays a statement
    ("fire officials said the blast at the depot was caused by a rocket, not a gas leak",
     ("said", "Statement")),
    # aircraft that strike, beside aircraft that rescue
    ("army helicopters pounded rebel positions as boats evacuated villagers",
     ("army helicopters", "Air/drone strike")),
])
def test_the_same_words_beside_arms_still_trigger(text: str, want: tuple[str, str]) -> None:
    assert want in _triggers(text)


@pytest.mark.parametrize(("text", "events"), [
    ("Zamalek raid Alexandria, fire four past Al Ittihad", []),
    ("Cebu police storm Mandaue scam hub, detain 250", []),
    ("In Tabasco, a fire at a petrol station on the edge of Villahermosa caused an explosion that killed "
     "six people, civil protection officials said.", []),
    ("In Tabasco, a fire at a petrol station on the edge of Villahermosa caused an explosion that killed "
     "six people. Gunmen shot dead three police officers in Cardenas on Monday.",
     [("Cárdenas", "Armed clash", 3)]),
])
def test_ordinary_news_codes_no_phantom(pipeline: Pipeline, text: str,
                                        events: list[tuple[str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


def test_the_new_classes_are_linear(pipeline: Pipeline) -> None:
    # _CAUSED_BLAST_BEFORE reads a bounded window before each blast word; the sport window is bounded.
    def text(n: int) -> str:
        return " ".join("a fire at the the depot caused caused an explosion that killed, fire four past goal"
                        " goal police storm a fake scam; floods in the the which killed 1,400 helicopters and"
                        " boats evacuated" for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
