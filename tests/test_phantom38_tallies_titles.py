"""Phantom events of session 32 (helper phantom38): a report's quarter or half-year, and a title's province.

Every text is our own. An act told with a report's quarter or half-year after it ("killed in airstrikes in
the first quarter") is a tally over a period, no event, unless a day of the report is told before the period;
a title that names a province, or its capital bearing its name, for an act the body places at a town in
that province is the body's act told loosely (no second event at the capital); a title's town of another
name stays.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events

# -- a report's quarter or half-year ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published"), [
    ("Rights group: 900 civilians killed in Sudan drone strikes in first quarter", "2025-04-20"),
    ("Attacks by gangs killed 2,000 people in Port-au-Prince in the first half of the year, the UN said.",
     "2025-07-20"),
    ("Civilian deaths in Helmand fell in second quarter, monitors say", "2025-07-10"),
])
def test_an_act_told_over_a_quarter_or_half_year_is_no_event(
        pipeline: Pipeline, text: str, published: str) -> None:
    assert _events(pipeline, text, published) == []


@pytest.mark.parametrize(("text", "event"), [
    # a day of the report before the period: the act is the news
    ("A drone strike killed 9 people in Kosti on Tuesday, the deadliest in the first half of the month.",
     ("Kosti", "Air/drone strike")),
    # "the first half-hour" is no period of a report
    ("Gunmen attacked a police post in Bannu in the first half-hour of the curfew, killing two officers.",
     ("Bannu", "Armed clash")),
    # (the period ends another clause: "A drone strike killed 9 people in Kosti, where attacks rose in the
    # first quarter", whose filtered reading flips between retrains: the rules' test below)
])
def test_an_act_beside_such_a_period_keeps_its_event(
        pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert event in _events(pipeline, text, "2025-07-20")


# -- a title's province, or its capital bearing its name ----------------------------------------------

_RAID = ("\n\nNIAMEY, June 12 (Reuters) - Gunmen on motorbikes killed 14 villagers in a raid on "
         "Ayorou on Tuesday, a local official said. The attackers burned granaries and stole cattle, "
         "residents said. The army said it had sent reinforcements to the area.")


def test_a_title_naming_the_province_by_its_capital_is_the_body_act(pipeline: Pipeline) -> None:
    text = "Sahel gunmen kill 14 in raid on village in Niger's Tillaberi" + _RAID
    assert _events(pipeline, text, "2025-06-12") == [("Ayorou", "Attack")]


def test_a_title_naming_a_region_like_its_capital_is_the_township_act(pipeline: Pipeline) -> None:
    text = ("Junta jets bomb monastery in Sagaing, killing 11\n\nMilitary aircraft bombed a monastery "
            "sheltering displaced people in Sagaing Region's Kanbalu Township on Monday night, killing "
            "11 people, a resistance group said. The junta did not comment. Residents said the village "
            "had no fighters.")
    assert _events(pipeline, text, "2025-10-02") == [("Kanbalu", "Air/drone strike")]


def test_a_title_town_of_another_name_stays(pipeline: Pipeline) -> None:
    text = "Gunmen kill 14 in raid on village near Tera" + _RAID
    assert _events(pipeline, text, "2025-06-12") == [("Téra", "Attack"), ("Ayorou", "Attack")]


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["killed in the first quarter ", "in the first the first ",
                                  "airstrikes in first half ", "quarter half quarter "])
def test_phantom38_quarter_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Airstrikes killed 12 in Kosti " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-07-20"), 50_000) < GROWTH  # 50 and 100 KB


def test_phantom38_quarter_cannot_rescan_a_run() -> None:
    assert rescans(triggers._QUARTER) == []


def test_the_rules_keep_an_act_beside_a_later_clauses_period(unfiltered: Pipeline) -> None:
    # What the retrained filter drops above, the rules still code.
    text = "A drone strike killed 9 people in Kosti, where attacks rose in the first quarter."
    assert ("Kosti", "Air/drone strike") in _events(unfiltered, text, "2025-07-20")
