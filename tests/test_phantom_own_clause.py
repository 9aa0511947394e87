"""Phantom events in single sentences (issue 14, item 6): a place is the site of an act only when it
belongs to the act's own clause.

Every sentence is our own. A place in a clause of its own told after the act at a distance in time ("a
week after", "since") or as a concession, whose verb reports nothing, is that clause's; a clause of the
same moment ("as", "when"), a bare "after" (the lead-up) or a relative clause about the victims keeps the
act's site. The teller of a report closing its sentence ("...,
the foreign ministry in Sanaa said") is the report's source: no statement event there. A town's own state
or department after a comma ("Irapuato, Guanajuato,") frames the town. A headline's place that says
something ("Belgorod says Shebekino shelled") is the teller, not the shelled place.
"""

from __future__ import annotations

import pytest

from mapper.events import coder, roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "site", "other"), [
    ("Jihadists killed 12 soldiers near Djibo on Sunday, a week after the junta replaced the army chief in "
     "Ouagadougou.", "Djibo", "Ouagadougou"),
    ("Rebels shelled a camp near Malakal on Friday, killing four people, weeks after aid agencies moved "
     "their staff to Juba.", "Malakal", "Juba"),
])
def test_a_place_in_a_later_clause_with_a_verb_of_its_own_is_no_site(pipeline: Pipeline, text: str, site: str,
                                                                      other: str) -> None:
    found = _events(pipeline, text, "2025-06-14")
    assert len(found) == 1 and other not in found[0][0]
    got = _roles(pipeline, text, "2025-06-14")
    assert got[site] == "event_site" and got[other] == "context"


@pytest.mark.parametrize(("text", "site"), [
    # a clause of the same moment sets the act's scene
    ("A bomb exploded as a bus passed through a market in Bamenda on Wednesday, wounding six people.",
     "Bamenda"),
    ("Gunmen opened fire when worshippers gathered at a mosque in Sokoto on Friday, killing three.",
     "Sokoto"),
    # a bare "after": the lead-up to the act, at its site
    ("Gunmen opened fire on a bus after it stopped at a checkpoint near Bandiagara on Sunday, killing seven "
     "passengers.", "Bandiagara"),
    # a relative clause about the victims or the target: their place is the act's
    ("Gunmen killed 11 people who had gathered at a market in Gwoza on Sunday.", "Gwoza"),
    ("Militants attacked soldiers who were guarding a bridge in Damboa on Friday.", "Damboa"),
])
def test_a_place_of_the_acts_own_clause_stays_a_site(pipeline: Pipeline, text: str, site: str) -> None:
    assert _roles(pipeline, text, "2025-06-14")[site] == "event_site"


def test_a_closing_tellers_place_gets_no_statement(pipeline: Pipeline) -> None:
    text = ("A Saudi-led airstrike killed six civilians in Saada on Tuesday, the foreign ministry in Sanaa "
            "said.")
    assert _events(pipeline, text, "2025-06-14") == [("Sa'dah", "Air/drone strike")]


def test_words_said_at_a_place_before_the_act_are_not_a_closing_teller(pipeline: Pipeline) -> None:
    text = ("The foreign ministry said in Sanaa on Monday that a Saudi-led airstrike killed six civilians in "
            "Saada.")
    assert ("Sanaa", "Statement") in _events(pipeline, text, "2025-06-14")


@pytest.mark.parametrize(("text", "site", "teller"), [
    ("Turkish drones struck a car near Sinjar on Friday, killing two fighters, the local health directorate "
     "in Duhok said.", "Sinjar", "Duhok"),
    ("Russian shelling killed a woman in Nikopol on Sunday, the state emergency service in Dnipro "
     "said.", "Nikopol", "Dnipro"),
])
def test_a_teller_is_any_noun_phrase(pipeline: Pipeline, text: str, site: str, teller: str) -> None:
    got = _roles(pipeline, text, "2025-06-14")
    assert got[site] == "event_site" and got[teller] == "context"


@pytest.mark.parametrize(("text", "town", "state"), [
    ("Gunmen killed six people at a party in Irapuato, Guanajuato, on Sunday, officials said.", "Irapuato",
     "Guanajuato"),
    ("Police fired tear gas at protesters in Saravena, Arauca, on Tuesday.", "Saravena", "Arauca"),
])
def test_a_towns_own_state_after_a_comma_frames_it(pipeline: Pipeline, text: str, town: str,
                                                   state: str) -> None:
    got = _roles(pipeline, text, "2025-06-14")
    assert got[town] == "event_site" and got[state] == "context"
    assert len(_events(pipeline, text, "2025-06-14")) == 1


def test_a_headline_place_that_says_is_not_the_shelled_place(pipeline: Pipeline) -> None:
    text = "Kharkiv region: drones hit Balakliia; Belgorod says Shebekino shelled"
    assert _roles(pipeline, text, "2025-06-14")["Belgorod"] != "event_site"
    assert all("Belgorod" not in name for name, _ in _events(pipeline, text, "2025-06-14"))


@pytest.mark.parametrize("unit", [", days after after ", ", a week week after had ", ", the the in said ",
                                  " says says says "])
def test_own_clause_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return ("Gunmen killed five in Goma " + unit * (n // len(unit))
                + " in Beni, the ministry in Kirkuk said.")
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_own_clause_patterns_cannot_rescan_a_run() -> None:
    # (_HEADLINE_PASSIVE reads a bounded slice after the name: the linear test above covers it.)
    for pattern in (roles._SUBORDINATE, roles._OWN_VERB, roles._TELLER_DETERMINER, coder._TELLER_VERB_NEXT):
        assert not rescans(pattern), pattern.pattern
