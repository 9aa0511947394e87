"""Phantom events of short texts, session 33 (helper phantom39).

Every text is our own. Bodies found, told after another act as its cause ("Mobs torch homes in X after six
bodies found near Y"), are no attack of the report: the place of the bodies is context, and the act told
first keeps its own place. Bodies found told as the news, or before the act, stay an event.

A town of a country the text names (by a demonym too) is not moved, as a name the gazetteer lacks, to a
place of another country far away that another clause names ("... near Sotk on Monday, a week after the
treaty text was agreed in Paris": the clash is at Sotk, not in Paris).

One side's truce or ceasefire ("agreed to a unilateral truce", "declared a unilateral ceasefire") is no
agreement; a truce agreed by two sides, and a deal signed beside a unilateral pause, stay agreements.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles

# -- bodies found, told as the cause of another act ---------------------------------------------------


@pytest.mark.parametrize(("text", "site", "cause"), [
    ("Youths burn tyres in Kisumu after two bodies found near Ahero", "Kisumu", "Ahero"),
    ("Residents block Juba road after bodies of traders found near Yei", "Juba", "Yei"),
    ("Riots erupt in Bunia following four bodies discovered near Djugu", "Bunia", "Djugu"),
    ("Angry crowds torched a police post in Kisumu on Monday after five bodies were found near Ahero.",
     "Kisumu", "Ahero"),
])
def test_bodies_found_after_an_act_are_its_cause(
        pipeline: Pipeline, text: str, site: str, cause: str) -> None:
    events = _events(pipeline, text, "2025-03-10")
    assert [name for name, _ in events] == [site]
    assert _roles(pipeline, text, "2025-03-10")[cause] == "context"


@pytest.mark.parametrize(("text", "event"), [
    # the find told as the news
    ("Police find six bodies near Ahero after night of clashes", ("Ahero", "Armed clash")),
    ("Bodies of 12 men found near Yei after gunmen raid", ("Yei", "Armed clash")),
    # no act told before the find: the find is the report
    ("After the bodies were found near Ahero, police said the men had been shot.", ("Ahero", "Attack")),
])
def test_bodies_found_as_the_news_keep_their_event(
        pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert event in _events(pipeline, text, "2025-03-10")


# -- a town of the text's country is not moved to a far place of another clause ----------------------


@pytest.mark.parametrize(("text", "event"), [
    ("Armenian troops came under fire near Sotk on Monday, a week after the treaty text was agreed in Paris.",
     ("Sotk", "Armed clash")),
    ("Azerbaijani soldiers shelled Armenian villages near Jermuk on Tuesday, two days after the leaders met "
     "in Moscow.", ("Jermuk", "Shelling/artillery/missile attack")),
    # the near miss: with no far place beside it, the town was its own site already
    ("Armenian troops came under fire near Sotk on Monday.", ("Sotk", "Armed clash")),
])
def test_a_town_of_the_texts_country_stays_beside_a_far_place(
        pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert _events(pipeline, text, "2025-09-03")[:1] == [event]


# -- one side's truce is no agreement ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "FARC dissidents in Cauca have agreed to a unilateral truce over Christmas, a bishop said.",
    "The Tatmadaw declared a unilateral ceasefire in Sagaing after the floods, state television said.",
    "Rebels in Tame unilaterally extended their ceasefire on Monday.",
])
def test_a_unilateral_truce_is_no_agreement(pipeline: Pipeline, text: str) -> None:
    assert [e for e in _events(pipeline, text, "2025-05-06") if e[1] == "Agreement"] == []


@pytest.mark.parametrize(("text", "event"), [
    ("The army and the ELN agreed to a truce in Caracas on Monday.", ("Caracas", "Agreement")),
    ("Rebels announced a unilateral ceasefire on Monday after the two sides signed a deal in Havana.",
     ("Havana", "Agreement")),
])
def test_an_agreement_beside_it_stays(pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert event in _events(pipeline, text, "2025-05-06")


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["after six bodies found ", "after after after bodies ",
                                  "bodies were found after "])
def test_phantom39_bodies_cause_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Youths burn tyres in Kisumu " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-03-10"), 50_000) < GROWTH  # 50 and 100 KB


def test_phantom39_bodies_cause_cannot_rescan_a_run() -> None:
    assert rescans(triggers._AFTER_BODIES) == []
    assert rescans(triggers._UNILATERAL) == []


@pytest.mark.parametrize("unit", ["agreed to a unilateral truce ", "unilateral unilateral ",
                                  "unilaterally ceasefire truce "])
def test_phantom39_unilateral_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels in Tame " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-06"), 50_000) < GROWTH  # 50 and 100 KB
