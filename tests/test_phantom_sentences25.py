"""Phantom events in single wire sentences, round 25 (training/events/sentences25.jsonl's classes): a toll
over a span of months or years told after its act ("killed 1,520 people in X between April and June"), the
day a report came out taken for the day of the acts it tells ("killed 45 civilians in X in January 2024, in
a report released on Wednesday"), and "besieged" as an adjective ("the first convoy to reach the besieged
South Kordofan capital"), a state and no act.

Every sentence is our own; each class has controls that must keep their event.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing
from tests.test_phantom_told_before import _events, _roles

# -- a toll over a span told after its act --------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "place"), [
    ("Bandit attacks killed at least 2,100 people in Zamfara and Katsina between January and June, a "
     "Lagos-based security consultancy said in its half-year report on Monday.", "2025-07-14", "Zamfara"),
    ("Air strikes by the military killed more than 400 civilians in Sagaing and Magway from January to "
     "March, a monitoring group said on Monday.", "2025-04-14", "Sagaing"),
    ("Cartel violence killed 1,230 people in Guanajuato between January 2024 and March 2025, state "
     "prosecutors said.", "2025-04-14", "Guanajuato"),
])
def test_a_toll_over_a_span_of_months_is_no_event(pipeline: Pipeline, text: str, published: str,
                                                   place: str) -> None:
    assert _events(pipeline, text, published) == []
    assert _roles(pipeline, text, published)[place] == "context"


@pytest.mark.parametrize(("text", "published", "site", "sub"), [
    # the span belongs to another clause, after the day of the act
    ("Russian shelling killed two people in Nikopol on Monday as evacuations from the town continued from "
     "March to May.", "2025-05-14", "Nikopol", "Shelling/artillery/missile attack"),
    ("Drones killed four people in Kherson on Monday, the governor said, adding that 300 had died in the "
     "region between January and March.", "2025-04-14", "Kherson", "Air/drone strike"),
])
def test_an_act_beside_a_span_of_another_clause_stays(pipeline: Pipeline, text: str, published: str,
                                                      site: str, sub: str) -> None:
    found = _events(pipeline, text, published)
    assert len(found) == 1 and site in found[0][0] and found[0][1] == sub


def test_the_span_rule_reads_only_its_own_clause() -> None:
    low = ("gunmen killed five people in gao between monday and tuesday, and fighting went on from may to "
           "june.")
    start = low.index("killed")
    assert not triggers.not_this_act(low, start, start + len("killed"))
    low = "gang violence killed at least 1,520 people in port-au-prince between april and june."
    start = low.index("violence")
    assert triggers.not_this_act(low, start, start + len("violence"))


# -- the day a report came out ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "place"), [
    ("Amnesty International said militiamen killed 30 villagers in Gwoza, in Borno state, in March 2023, in "
     "a report published on Tuesday.", "2025-06-04", "Gwoza"),
    ("A UN panel said drone strikes killed 60 people at a market in Tabarak Allah, in Sudan's Gezira state, "
     "in October 2024, in findings issued on Thursday.", "2025-06-05", "Tabarak Allah"),
])
def test_a_reports_release_day_does_not_date_its_old_acts(pipeline: Pipeline, text: str, published: str,
                                                          place: str) -> None:
    assert all(place not in name for name, _ in _events(pipeline, text, published))


def test_an_act_with_no_date_of_its_own_keeps_the_reports_day(pipeline: Pipeline) -> None:
    text = "Gunmen killed seven people in Bokkos on Sunday, according to a report published on Tuesday."
    found = _events(pipeline, text, "2025-06-04")
    assert len(found) == 1 and found[0] == ("Bokkos", "Attack")


# -- "besieged" as an adjective ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("A convoy of 30 trucks reached Dilling, the besieged town in South Kordofan, on Saturday, aid workers "
     "said.", "Dilling"),
    ("Residents of the besieged city of El Fasher are eating animal fodder, a UN official said on Monday.",
     "El Fasher"),
])
def test_besieged_as_an_adjective_is_no_act(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text, "2025-07-14") == []
    assert _roles(pipeline, text, "2025-07-14")[place] == "context"


@pytest.mark.parametrize(("text", "site", "sub"), [
    ("The RSF besieged Babanusa on Monday, cutting the road to El Obeid.", "Babanūsah", "Armed clash"),
    ("RSF fighters shelled the besieged city of El Fasher on Monday, killing six people.", "El Fasher",
     "Shelling/artillery/missile attack"),
])
def test_a_siege_laid_and_an_act_on_a_besieged_town_stay(pipeline: Pipeline, text: str, site: str,
                                                         sub: str) -> None:
    found = _events(pipeline, text, "2025-07-14")
    assert len(found) == 1 and found[0] == (site, sub)


# -- linear on pathological input ------------------------------------------------------------------------


def test_many_spans_and_release_days_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return "Gunmen killed 5 people in Gao " + " ".join(
            "between January and from March 2020 to released on Monday published on" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # about 50 KB doubled


def test_the_span_rule_is_linear_on_100_kb() -> None:
    for unit in ("between january ", "killed from ", "1,5", "the besieged "):
        low = "gunmen killed " + hundred_kb(unit)
        start = low.index("killed")
        triggers.not_this_act(low, start, start + len("killed"))  # bounded windows: returns at once
