"""Phantom events of short texts, session 33 (helper phantom39).

Every text is our own. Bodies found, told after another act as its cause ("Mobs torch homes in X after six
bodies found near Y"), are no attack of the report: the place of the bodies is context, and the act told
first keeps its own place. Bodies found told as the news, or before the act, stay an event.
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


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["after six bodies found ", "after after after bodies ",
                                  "bodies were found after "])
def test_phantom39_bodies_cause_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Youths burn tyres in Kisumu " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-03-10"), 50_000) < GROWTH  # 50 and 100 KB


def test_phantom39_bodies_cause_cannot_rescan_a_run() -> None:
    assert rescans(triggers._AFTER_BODIES) == []
