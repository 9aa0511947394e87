"""Phantom statements of noevent71's classes (helper phantomw68, base a01ec50f).

Every text is our own. A ministry named with the city it sits in ("the defence ministry in Tbilisi called
for ...") is where the speaker sits, not a place of speaking: no statement there, as for an embassy or
"the presidency in Abuja said" (coder._SEAT_BEFORE). Words spoken at a place ("Speaking in Tbilisi, the
minister said ...") keep their statement.
"""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.pipeline import Pipeline
from tests.test_phantom_told_before import _events, _roles


@pytest.mark.parametrize(("text", "events", "seat"), [
    ("A drone hit a school in Nikopol on Monday, wounding three pupils, and the education ministry in Kyiv "
     "called for an inquiry.", [("Nikopol", "Air/drone strike")], "Kyiv"),
    ("The interior ministry in Tbilisi urged calm after the rally.", [], "Tbilisi"),
])
def test_a_ministry_in_a_city_makes_no_statement_there(
        pipeline: Pipeline, text: str, events: list[tuple[str, str]], seat: str) -> None:
    found = _events(pipeline, text, "2025-04-15")
    assert [e for e in found if e[1] == "Statement"] == []
    assert [e for e in found if e[1] != "Statement"] == events
    assert _roles(pipeline, text, "2025-04-15")[seat] != "event_site"


def test_a_place_of_speaking_keeps_its_statement(pipeline: Pipeline) -> None:
    # the near miss: the minister spoke there
    text = "Speaking in Tbilisi on Monday, the interior minister said the protest had been illegal."
    assert ("Tbilisi", "Statement") in _events(pipeline, text, "2025-04-15")


def test_the_seat_pattern_reads_a_ministry() -> None:
    assert coder._SEAT_BEFORE.search("the foreign ministry in ")
    assert coder._SEAT_BEFORE.search("the ministries in the ")
    assert coder._SEAT_BEFORE.search("the embassy in ")
    assert coder._SEAT_BEFORE.search("the minister in ") is None  # a person there: see _SOURCE_IN
