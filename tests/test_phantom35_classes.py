"""Classes of phantom events found among the blind files' train phantoms in session 29 (branch phantom35, gold
file noevent34.jsonl): a province named like its capital, read as that city, after a smaller town of it
with a bare "in" ("ELN ambush kills four soldiers near Tame in Arauca", "outpost near Amadiya in Duhok"):
only where the town is, not a second site, and the town keeps its own point however far it lies from the
capital's; and a gathering still to be held whose noun reads like a place of speaking ("said it would host
a regional security conference in Baidoa next month"): no statement at Baidoa. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom33_classes import _events, _roles


@pytest.mark.parametrize(("text", "site", "sub", "province"), [
    # the province's name is its capital's (Arauca), 128 km from the town: the town stays where it is
    ("ELN fighters attacked a police post near Saravena in Arauca on Sunday, killing one officer.",
     "Saravena", "Armed clash", "Arauca"),
    # the gazetteer lacks Iraq's and Syria's provinces: the bigger town of the same province code
    ("Turkish drone kills two PKK fighters near Choman in Erbil", "Choman", "Air/drone strike", "Erbil"),
    ("Gunmen kill four at checkpoint near Jableh in Latakia", "Jablah", "Armed clash", "Latakia"),
    ("Turkish jets bombed suspected PKK hideouts near Zakho in Duhok on Saturday.", "Zaxo",
     "Air/drone strike", "Duhok"),
])
def test_a_province_named_like_its_capital_after_a_town_is_no_second_site(
        pipeline: Pipeline, text: str, site: str, sub: str, province: str) -> None:
    assert _events(pipeline, text) == [(site, sub)]
    assert _roles(pipeline, text)[province] == "context"


@pytest.mark.parametrize(("text", "events"), [
    # Controls: a province read as a province already; the capital alone; lists of two sites.
    ("Cartel gunmen ambushed soldiers near Apatzingan in Michoacan on Friday, killing two.",
     [("Apatzingán", "Armed clash")]),
    ("Militants attacked a police station near Bannu in Khyber Pakhtunkhwa on Monday.",
     [("Bannu", "Armed clash")]),
    ("A car bomb exploded in Arauca on Monday, wounding three soldiers.",
     [("Arauca", "Remote explosive/landmine/IED")]),
    ("Drones struck Saravena and Arauca overnight, officials said.",
     [("Saravena", "Air/drone strike"), ("Arauca", "Air/drone strike")]),
    ("Turkish drones hit Zakho and Duhok on Sunday.",
     [("Zaxo", "Air/drone strike"), ("Dihok", "Air/drone strike")]),
])
def test_controls_provinces_capitals_and_lists_stay(
        pipeline: Pipeline, text: str, events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "place"), [
    ("The government said it would host a regional security conference in Baidoa next month.", "Baidoa"),
    ("The African Union said it will convene a peace summit in Addis Ababa in June to discuss Sudan.",
     "Addis Ababa"),
    ("Officials said they plan to hold a donors' conference at the UN compound in Juba next week.", "Juba"),
])
def test_a_gathering_still_to_be_held_is_no_place_of_speaking(
        pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text) == []
    assert _roles(pipeline, text)[place] == "context"


@pytest.mark.parametrize(("text", "site"), [
    # Controls: a statement made at a conference, or to a news conference, keeps its place of speaking.
    ("Speaking at a security conference in Munich on Saturday, Zelenskiy said Russia was preparing a new "
     "offensive.", "Munich"),
    ("The foreign minister told a news conference in Nairobi on Monday that the talks had failed.",
     "Nairobi"),
])
def test_controls_statements_at_conferences_stay(pipeline: Pipeline, text: str, site: str) -> None:
    assert _events(pipeline, text) == [(site, "Statement")]


def test_the_planned_gathering_pattern_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    # _PLANNED_GATHERING reads a bounded window of the left context before each name.
    def text(n: int) -> str:
        unit = "would host a regional security peace donors conference in Baidoa"
        return "The government said it " + " ".join(unit for _ in range(n)) + " next month."
    assert growth(parsing(pipeline, text), 1400) < GROWTH  # 100 KB doubled
