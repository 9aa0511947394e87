"""Phantom events in texts that mix real events with non-events (issue 14, item 6), round 9.

Every sentence is our own. An act only named by someone ("what it called a terrorist attack"), the act
of a plot ("foiled a plot to bomb X"), forces gathering that someone fears ("alarmed by the mobilisation
of militias around X"), a run of acts over a period told in the perfect ("have killed 500 since
January") and an act dated to a named day weeks before publication ("on Christmas Eve", "on March 3")
make no event; the acts told beside them still do.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.events import clauses as clauses_module
from mapper.events import triggers
from mapper.events.dates import DAY, find_dates
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


def _places(pipeline: Pipeline, text: str, published: str = "2025-05-14") -> set[str]:
    return {name for name, _ in _events(pipeline, text, published)}


# -- an act only named ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Moscow blamed Kyiv for what it called a terrorist attack in the Belgorod region.",
    "Islamabad accused New Delhi of backing what it termed a terrorist attack in Quetta.",
    "The junta summoned the French ambassador over what it described as an attack on Bamako.",
])
def test_an_act_only_named_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_a_named_act_beside_a_real_one() -> None:
    low = "rebels shelled goma on monday in answer to what they called a terrorist attack on sake."
    assert triggers.unreal(low, low.index("attack on"), low.index("attack on") + 6, "Armed clash")
    assert not triggers.unreal(low, low.index("shelled"), low.index("shelled") + 7, "Shelling")


# -- plots, foiled or not -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "unreal"), [
    ("Police in Lahore said they had foiled a plot to bomb a church in Faisalabad.", "Faisalabad"),
    ("Prosecutors charged three men over a plot to attack a concert in Vienna.", "Vienna"),
    ("The FSB said it had thwarted a plot by Ukrainian agents to blow up a pipeline in Kursk.", "Kursk"),
])
def test_the_act_of_a_plot_is_no_event(pipeline: Pipeline, text: str, unreal: str) -> None:
    assert unreal not in _places(pipeline, text)
    assert _roles(pipeline, text)[unreal] == "context"


def test_a_foiled_plot_is_no_disrupted_weapon_but_the_arrests_are_events(pipeline: Pipeline) -> None:
    text = "Niger's junta said on Thursday it had foiled a coup plot and arrested four officers in Niamey."
    assert ("Niamey", "Arrests") in _events(pipeline, text, "2025-01-09")
    assert all(sub != "Disrupted weapons use" for _, sub in _events(pipeline, text, "2025-01-09"))
    low = "soldiers foiled an attempt to plant a bomb near the bridge."
    assert not triggers.unreal(low, low.index("foiled"), low.index("foiled") + 6, "Disrupted weapons use")


# -- forces gathering that someone fears ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The African Union said it was alarmed by the build-up of troops near Kassala.",
    "Western envoys voiced concern over the mobilisation of militias in Misrata.",
    "The UN said it was worried about the mobilization of fighters around Sirte.",
])
def test_feared_mobilisation_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_feared_mobilisation_beside_a_clash(pipeline: Pipeline) -> None:
    text = ("The UN said it was alarmed by the mobilisation of armed groups around Sirte, a day after "
            "clashes in Ajdabiya killed four people.")
    assert _places(pipeline, text) == {"Ajdabiya"}


# -- a run of acts over a period, in the perfect ----------------------------------------------------

@pytest.mark.parametrize(("low", "word", "run"), [
    ("attacks in the kayes and koulikoro regions have forced 30,000 to flee since march.", "attacks", True),
    ("strikes on the city have killed 400 civilians since october, officials said.", "strikes", True),
    ("rebels have attacked the camp repeatedly over the past three months.", "attacked", True),
    ("clashes in the town have killed 27 people since saturday.", "clashes", False),
    ("clashes in the town killed 27 people on saturday.", "clashes", False),
])
def test_a_trigger_in_a_run_over_a_period(low: str, word: str, run: bool) -> None:
    i = low.index(word)
    assert triggers.unreal(low, i, i + len(word), "Armed clash") is run


@pytest.mark.parametrize(("text", "site"), [
    ("Bandit attacks in Zamfara have killed more than 500 people since January, and on Sunday gunmen "
     "abducted 20 worshippers in Gusau.", "Gusau"),
    ("Attacks in the Kayes and Koulikoro regions have forced 30,000 people to flee since March, as jihadists "
     "killed nine villagers near Nioro on Tuesday.", "Nioro"),
    ("Jihadist attacks in the Tillaberi region have forced 50,000 people to flee over the past six months, "
     "and on Monday soldiers clashed with militants near Ouallam.", "Ouallam"),
])
def test_a_run_over_a_period_is_no_event(pipeline: Pipeline, text: str, site: str) -> None:
    assert _places(pipeline, text) == {site}


@pytest.mark.parametrize("text", [
    "Gang violence has killed 1,500 people in Port-au-Prince this year, the UN said.",
    "Russian strikes on Kharkiv have killed 400 civilians since October, officials said on Monday.",
])
def test_a_run_alone_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_a_toll_since_a_recent_day_is_the_ongoing_event(pipeline: Pipeline) -> None:
    text = "Clashes between rival militias in Zawiya have killed 27 people since Saturday, medics said."
    assert _places(pipeline, text, "2025-05-14") == {"Zawiya"}


# -- an act dated to a named day weeks back ---------------------------------------------------------

def test_holidays_are_dates() -> None:
    found = find_dates("on Christmas Eve, on Christmas Day, on New Year's Eve and on New Year’s Day",
                       dt.date(2025, 1, 20))
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("Christmas Eve", dt.date(2024, 12, 24), DAY), ("Christmas Day", dt.date(2024, 12, 25), DAY),
        ("New Year's Eve", dt.date(2024, 12, 31), DAY), ("New Year’s Day", dt.date(2025, 1, 1), DAY)]
    assert find_dates("on Christmas Day", dt.date(2025, 12, 26))[0].date == dt.date(2025, 12, 25)
    assert find_dates("on Christmas Eve", None) == []


@pytest.mark.parametrize(("text", "published", "sites"), [
    ("A car bomb in Mogadishu on New Year's Eve killed five people, and on Sunday militants attacked "
     "a base near Afgoye.", "2025-01-27", {"Afgooye"}),
    ("Gunmen who attacked a church in Owo on Christmas Day have not been caught, police said on Tuesday, "
     "as bandits abducted 12 farmers near Funtua.", "2025-01-21", {"Funtua"}),
    ("Drones struck Kherson on March 3, killing two people, the governor said.", "2025-03-27", set()),
    ("Drones struck Kherson on March 25, killing two people, the governor said.", "2025-03-27", {"Kherson"}),
    ("A car bomb in Mogadishu on New Year's Eve killed five people.", "2025-01-02", {"Mogadishu"}),
])
def test_an_act_dated_weeks_back_by_a_named_day(pipeline: Pipeline, text: str, published: str,
                                                sites: set[str]) -> None:
    assert _places(pipeline, text, published) == sites


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["what it called a ", "what what what called ", "plot to plot to ",
                                  "foiled a plot ", "alarmed by the mobilisation ", "have killed 5 ",
                                  "attacks in Goma have killed ", "since since ", "on Christmas Eve ",
                                  "killed on Christmas Day , while on Sunday "])
def test_phantom9_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels attacked " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-01-20"), 20_000) < GROWTH


def test_phantom9_patterns_cannot_rescan_a_run() -> None:
    for pattern in (triggers._NAMED_AS, triggers._CONDEMNS, triggers._PLOTTED, triggers._PLOT_AFTER,
                    triggers._CONCERN_AT, triggers._PERFECT_AFTER, triggers._PERIOD, triggers._PERFECT_BEFORE,
                    clauses_module._BREAK_AFTER, clauses_module._BREAK_BEFORE):
        assert rescans(pattern) == [], pattern.pattern
