"""No event is moved to where the tellers of a report are ("officials in Paris said"): their place helps
read the story's names but never holds its event (mapper/events/coder.py, ``_Theatre.tellers``)."""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline


def _sites(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published="2025-03-14")
    return sorted((e.location.name, e.location.country_code) for e in doc.events
                  if e.event_type != "Political")


@pytest.mark.parametrize(("text", "expected"), [
    # A small town far from the only other place named, the tellers' city: the town, not Paris or France.
    ("A drone struck a market in Kutum on Friday, killing five people, officials in Paris said.",
     [("Kutum", "SD")]),
    ("Gunmen attacked Kuriga in Kaduna state, police in Abuja said.", [("Kuriga", "NG")]),
])
def test_an_event_stays_away_from_where_its_tellers_are(pipeline: Pipeline, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    assert _sites(pipeline, text) == expected


def test_a_dateline_still_holds_an_unplaced_report(pipeline: Pipeline) -> None:
    # The dateline is not a teller's place: the rule that a dateline alone is the site stands.
    text = "TBILISI, Dec 1 (Reuters) - Riot police dispersed protesters outside parliament on Sunday."
    assert _sites(pipeline, text) == [("Tbilisi", "GE")]
