"""Phantom events in wire copy (session 35, helper phantomw41).

An act told as the time anchor of a week or more before the news ("..., a fortnight after they seized the town
of X", "weeks after M23 took Y") is background, even when its clause borrows the day of the sentence's news;
"hours after" and "days after" anchors are left as they were (within the week they are news). A private person
telling what happened with a place after the verb ("a widow told Reuters in Ocana") is a source, not a
political statement; an official telling the same way still makes one. An order whose words are quoted after
its infinitive ('ordered the police to "arrest the gunmen"') is still only an order: no arrest.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events import clauses, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles

# -- an act anchoring the news a week or more before -------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "anchor"), [
    ("Ukraine said on Friday its troops had pushed deeper into Russia's Belgorod region, a fortnight after "
     "they seized the village of Krasnoyaruzhsky.", "2025-06-14", "Belgorod"),
])
def test_an_act_weeks_before_the_news_is_no_event(pipeline: Pipeline, text: str, published: str,
                                                  anchor: str) -> None:
    assert _roles(pipeline, text, published)[anchor] == "context"
    assert _events(pipeline, text, published) == []


@pytest.mark.parametrize(("text", "site", "anchor"), [
    ("Rebels shelled Butembo on Sunday, killing four people, officials said, weeks after they seized the "
     "town of Lubero.", "Butembo", "Lubero"),
    ("Gunmen ambushed a bus near Gao on Friday, the army said, a month after jihadists overran the army camp "
     "in Menaka.", "Gao", "Menaka"),
])
def test_the_news_before_a_weeks_old_anchor_stays(pipeline: Pipeline, text: str, site: str,
                                                  anchor: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[anchor] == "context"
    assert [name for name, _ in _events(pipeline, text, "2025-06-14")] == [site]


def test_an_hours_old_anchor_stays_an_event(pipeline: Pipeline) -> None:
    text = ("Gunmen killed four people in Bama on Sunday, hours after militants attacked a police station in "
            "Konduga.")
    assert [name for name, _ in _events(pipeline, text, "2025-06-14")] == ["Bama", "Konduga"]


@pytest.mark.parametrize("unit", ["weeks after ", "a fortnight after the ", "months "])
def test_weeks_after_anchors_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels shelled Butembo on Sunday, " + unit * (n // len(unit)) + " they seized Lubero."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


# -- a private person's telling ----------------------------------------------------------------------------

_FLED = "Thousands of people have fled fighting in the Catatumbo region. "


def test_a_private_persons_telling_is_no_statement(pipeline: Pipeline) -> None:
    text = _FLED + '"They burned everything we had," a widow told Reuters in Ocana, where shelters are full.'
    assert _events(pipeline, text, "2025-06-14") == []
    text = 'Fighting displaced thousands near Kaya. "Nobody came to help us," a survivor told AFP in Kaya.'
    assert ("Kaya", "Statement") not in _events(pipeline, text, "2025-06-14")


def test_an_officials_telling_stays_a_statement(pipeline: Pipeline) -> None:
    text = _FLED + "The governor told Reuters in Ocana that shelters were overflowing."
    assert _events(pipeline, text, "2025-06-14") == [("Ocaña", "Statement")]


def test_residents_still_report_the_act(pipeline: Pipeline) -> None:
    text = "Residents said heavy shelling hit Kidal on Sunday."
    assert _events(pipeline, text, "2025-06-14") == [("Kidal", "Shelling/artillery/missile attack")]


@pytest.mark.parametrize("unit", ["residents ", "witness ", "told ", "in "])
def test_private_tellers_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return '"They took my son," a mother ' + unit * (n // len(unit)) + "told AFP in Kidal."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_the_new_patterns_cannot_rescan_a_run() -> None:
    for pattern in (clauses._WEEKS_AFTER, triggers._PRIVATE_TELLER_BEFORE, triggers._TOLD_IN_AFTER):
        assert rescans(pattern) == [], pattern.pattern


# -- an order quoted after its infinitive ------------------------------------------------------------------

def test_a_quoted_order_is_no_arrest(pipeline: Pipeline) -> None:
    text = ('Speaking in Lagos on Sunday, a spokesman said the governor had ordered the police to "arrest '
            'the gunmen".')
    assert _events(pipeline, text, "2025-06-15") == [("Lagos", "Statement")]


def test_a_quoted_arrest_told_as_done_stays(pipeline: Pipeline) -> None:
    text = 'The army said it had "arrested 12 militants" in Gao on Sunday.'
    assert _events(pipeline, text, "2025-06-15") == [("Gao", "Arrests")]


@pytest.mark.parametrize("unit", ['to "', 'ordered to "', '" '])
def test_quoted_orders_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "The governor ordered the police " + unit * (n // len(unit)) + 'arrest the gunmen" in Lagos.'
    assert growth(parsing(pipeline, text_of, "2025-06-15"), 50_000) < GROWTH
