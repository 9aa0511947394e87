"""Phantom events from acts told as the past inside a sentence of today's news (issue 14, item 6).

Every sentence is our own. An act that people were killed or shot dead in, or that a past perfect tells,
dated a week or more back by the words after it ("killed in a drone strike on a wedding in Merawi last
week", "had exchanged fire a month earlier"); a place in a "when" clause hung on an earlier year ("the
deadliest since 2023, when 23 soldiers died in Dera Ismail Khan"); and places a relative clause carries
well past a trigger that reports nothing ("a year after 60 were killed in protests that started in the
capital and later spread to Nakuru") make no events. The same acts dated in the report's days do.
"""

from __future__ import annotations

import pytest

from mapper.events import clauses, roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "published", "place"), [
    ("Funerals were held in Bahir Dar on Saturday for 11 villagers killed in a drone strike on a wedding in "
     "Merawi last week.", "2025-02-23", "Merawi"),
    ("Mourners gathered in Jos on Saturday for a pastor shot dead in an ambush near Mangu two weeks ago.",
     "2025-02-23", "Mangu"),
    ("Returnees crowded the market in Landi Kotal on Saturday, where Pakistani and Afghan troops had "
     "exchanged fire a month earlier.", "2025-04-12", "Landi Kotal"),
    ("Thousands gathered at the Torkham crossing on Saturday, where Pakistani and Afghan border forces had "
     "clashed a month earlier.", "2025-04-12", "Torkham crossing"),
    # years back, though the sentence names a day of the report for the memorial
    ("Students laid flowers at the school in Beslan on Tuesday for the children who died when gunmen "
     "seized it twenty years ago.", "2025-09-02", "Beslan"),
])
def test_an_act_dated_back_after_a_participle_or_past_perfect(pipeline: Pipeline, text: str, published: str,
                                                              place: str) -> None:
    assert _events(pipeline, text, published) == []
    assert _roles(pipeline, text, published)[place] == "context"


@pytest.mark.parametrize(("text", "events"), [
    ("Five soldiers killed in an ambush near Mangu on Saturday were buried in Jos on Sunday.",
     [("Mangu", "Armed clash")]),
    ("Eleven villagers were killed in a drone strike on a wedding in Merawi on Friday, residents said.",
     [("Mer’āwī", "Air/drone strike")]),
    ("The Sinjil attack is the second in a week, after settlers had torched cars in Turmus Ayya on Friday.",
     [("Turmus‘ayyā", "Looting/property destruction")]),
])
def test_the_same_acts_in_the_days_of_the_report_stay(pipeline: Pipeline, text: str,
                                                      events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text, "2025-02-23") == events


@pytest.mark.parametrize(("text", "site", "earlier"), [
    ("Militants stormed a police post in Bannu on Sunday, killing four officers, the deadliest attack in the "
     "district since 2023, when 23 soldiers died in Dera Ismail Khan.", "Bannu", "Dera Ismail Khan"),
    ("Jihadists ambushed a convoy near Djibo on Sunday, in the worst attack on the army since March 2022, "
     "when militants overran a base in Arbinda.", "Djibo", "Arbinda"),
])
def test_a_place_in_a_when_clause_of_an_earlier_year(pipeline: Pipeline, text: str, site: str,
                                                     earlier: str) -> None:
    assert {name for name, _ in _events(pipeline, text, "2025-03-10")} == {site}
    assert _roles(pipeline, text, "2025-03-10")[earlier] == "context"


_WHEN = "Militants stormed a police post in Bannu in 2025, when 23 soldiers died in Dera Ismail Khan."


# (A known loss of the learned site model from session 17 to 40 and again from session 48: it drops the
# when-clause's own site; the models retrained at sessions 41-47 kept it, as the rules do: the test below.)
@pytest.mark.xfail(strict=True, reason="known loss of the site model retrained at session 48: the "
                   "when-clause's own site (Dera Ismail Khan) is read as context")
def test_a_when_clause_of_this_year_keeps_its_site(pipeline: Pipeline) -> None:
    assert _roles(pipeline, _WHEN, "2025-03-10")["Dera Ismail Khan"] == "event_site"


def test_the_rules_keep_the_site_of_a_when_clause_of_this_year(pipeline: Pipeline) -> None:
    assert _roles(Pipeline(pipeline.gazetteer, roles="rules"), _WHEN, "2025-03-10")["Dera Ismail Khan"] == \
        "event_site"


def test_places_a_relative_clause_carries_past_an_earlier_act(pipeline: Pipeline) -> None:
    text = ("Police fired tear gas at protesters in Nairobi on Tuesday, a year after at least 60 people "
            "were killed in protests against a tax bill that started in the capital and later spread to "
            "Nakuru and Eldoret.")
    assert _events(pipeline, text, "2025-06-25") == [("Nairobi", "Protest with intervention")]
    roles_of = _roles(pipeline, text, "2025-06-25")
    assert roles_of["Nakuru"] == roles_of["Eldoret"] == "context"


@pytest.mark.parametrize("unit", ["killed in an killed in an attack ", "had had had attacked ",
                                  "a month earlier a month ", "since 2019, when since 2019, when ",
                                  "shot dead in the shot dead in the ", "that began in Kano and spread to "])
def test_earlier_act_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen attacked Kano on Sunday, a year after " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-03-10"), 50_000) < GROWTH


def test_the_same_act_in_the_days_of_the_report_with_years_ago_elsewhere_stays(pipeline: Pipeline) -> None:
    # "ago" after another clause dates that one, not the storming of this week
    text = ("Gunmen stormed a school in Beslan on Tuesday, killing two guards, and the town had been "
            "attacked twenty years ago.")
    assert [name for name, _ in _events(pipeline, text, "2025-09-02")] == ["Beslan"]


def test_the_years_ago_pattern_on_100_kb() -> None:
    text = "years " * 20_000 + "ag"
    assert len(text) >= 100_000 and clauses._YEARS_AGO_AFTER.match(text) is None


def test_earlier_act_patterns_cannot_rescan_a_run() -> None:
    for pattern in (triggers._BEEN_BEFORE, triggers._DATED_BACK, roles._WHEN_EARLIER,
                    clauses._YEARS_AGO_AFTER):
        assert rescans(pattern) == [], pattern.pattern
