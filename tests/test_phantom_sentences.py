"""Phantom events in single wire sentences (issue 14, item 6): places in the closing attribution and
places an act is compared with.

Every sentence is our own. The teller of a report may be placed or titled by a place ("a civil society
leader in Beni said", "Donetsk Governor Vadym Filashkin said", "a Kirkuk police officer said", "the governor
of the Far North region said"): where the teller is, not where the act happened, once the sentence has named
a place for the act; alone in its sentence the teller's place stays the story's. A place an act is compared
with ("similar to the one in X last week", "in contrast with the fighting in X a year ago") is no event.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "site", "teller"), [
    ("CODECO militiamen killed seven civilians at a displacement camp in Djugu on Sunday, a civil society "
     "leader in Bunia said.", "Djugu", "Bunia"),
    ("Militants attacked a police post in Lakki Marwat on Friday, killing three policemen, a doctor at the "
     "Lady Reading hospital in Peshawar said.", "Lakki Marwat", "Peshawar"),
    ("A Russian missile hit a warehouse in Kramatorsk on Tuesday, killing one worker, Zaporizhzhia governor "
     "Ivan Fedorov said.", "Kramatorsk", "Zaporizhzhia"),
    ("Islamic State fighters killed two soldiers near Tuz Khurmatu on Wednesday, a Mosul police officer "
     "said.", "Tuz Khurmatu", "Mosul"),
])
def test_the_tellers_place_is_no_site(pipeline: Pipeline, text: str, site: str, teller: str) -> None:
    found = _events(pipeline, text, "2025-06-14")
    assert len(found) == 1 and teller not in found[0][0]
    assert _roles(pipeline, text, "2025-06-14")[teller] == "context"
    assert _roles(pipeline, text, "2025-06-14")[site] == "event_site"


def test_the_tellers_place_alone_stays_the_site(pipeline: Pipeline) -> None:
    text = "Gunmen killed five farmers on Sunday, a Kaduna police officer said."
    assert _roles(pipeline, text, "2025-06-14")["Kaduna"] == "event_site"


def test_officials_reporting_deaths_in_a_clause_of_their_own_stay(pipeline: Pipeline) -> None:
    text = ("Russian missiles hit Dnipro on Friday, killing six people, while officials in Lviv and Odesa "
            "also reported deaths.")
    found = _roles(pipeline, text, "2025-06-14")
    assert found["Lviv"] == "event_site" and found["Odesa"] == "event_site"


@pytest.mark.parametrize(("text", "compared"), [
    ("Gunmen attacked a checkpoint in Lakki Marwat on Monday, killing two soldiers, in an attack similar to "
     "the one in Bannu last week, police said.", "Bannu"),
    ("Elders in Bor said on Tuesday that the truce around Akobo was holding, in contrast with the heavy "
     "fighting in Malakal a year ago.", "Malakal"),
])
def test_a_place_compared_with_is_no_site(pipeline: Pipeline, text: str, compared: str) -> None:
    assert _roles(pipeline, text, "2025-06-14")[compared] == "context"
    assert all(compared not in name for name, _ in _events(pipeline, text, "2025-06-14"))


@pytest.mark.parametrize("unit", [", a police officer in the ", ", a doctor at said said ",
                                  "similar to the the one in ", "in contrast with in the "])
def test_teller_and_comparison_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels attacked Goma. Gunmen shelled Beni " + unit * (n // len(unit)) + " Kirkuk said."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_teller_and_comparison_patterns_cannot_rescan_a_run() -> None:
    for pattern in (roles._TELLER_AFTER, roles._TELLER_NP, roles._TELLER_NOUN, roles._COMPARED_WITH):
        assert rescans(pattern) == [], pattern.pattern
