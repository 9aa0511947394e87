"""A document's places and events do not depend on the documents the same pipeline read before it.

The recogniser scores what the gazetteer says about a name once per name and keeps it for the next
documents. A name in capitals has other options than the same name in lower case (its codes are kept,
no spelling variants are tried), so a byline "BY CHAD MORRIS" read first once changed how "Chad" and
the names around it were read in a later article: with ``--jobs 2`` the evaluation's figures moved
from run to run, as workers read the articles in another order.
"""

from __future__ import annotations

import random
from pathlib import Path

from mapper.evaluation.events import read_event_gold
from mapper.gazetteer import Gazetteer
from mapper.pipeline import Pipeline

BYLINE = "Old mill to be rebuilt. BY CHAD MORRIS Staff Reporter May 2, 2009. The council met on Tuesday."
LATER = [
    "Oak Hill's principal Chad Boyd and two teachers were present at the meeting in the library on "
    "Monday evening.",
    "Parents packed the gym on Thursday. The principal, Chad Wilson, said the budget would be cut.",
    "Rebels attacked a village in eastern Chad on Sunday, killing five people.",
]
CAPITALS = "CHAD: ARMY SAYS 12 REBELS KILLED NEAR ABECHE"


def _places(p: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.country_code if m.place else None) for m in p.parse(text).mentions]


def test_a_document_reads_the_same_after_a_byline_in_capitals(gazetteer: Gazetteer) -> None:
    fresh = [_places(Pipeline(gazetteer), text) for text in LATER]
    assert ("Oak Hill", "US") in fresh[0]
    reused = Pipeline(gazetteer)
    reused.parse(BYLINE)
    assert [_places(reused, text) for text in LATER] == fresh


def test_any_order_of_documents_reads_the_same(gazetteer: Gazetteer) -> None:
    texts = [*LATER, BYLINE, CAPITALS]  # read forwards, the names in lower case come first
    forward, backward = Pipeline(gazetteer), Pipeline(gazetteer)
    ahead = {t: _places(forward, t) for t in texts}
    behind = {t: _places(backward, t) for t in reversed(texts)}
    assert ahead == behind


def _events(p: Pipeline, text: str, published: str) -> list[tuple]:
    return [(e.location.name if e.location else None, e.event_type, e.sub_event_type, e.actor1, e.actor2,
             e.fatalities, e.date) for e in p.parse(text, published=published).events]


def test_events_do_not_depend_on_the_documents_read_before(gazetteer: Gazetteer) -> None:
    # Every 40th item of the event corpus (about 340 headlines, sentences and wire items from 40+
    # theatres), read by one pipeline forwards and by another in a shuffled order: the same events, actors
    # and tolls. (A helper saw another theatre's group as an item's actor1 once; the whole corpus read in
    # a shuffled order, session 35, gave no difference: this keeps it so.)
    items = read_event_gold(Path(__file__).parent.parent / "training" / "events")[::40]
    shuffled = items[:]
    random.Random(35).shuffle(shuffled)
    forward, mixed = Pipeline(gazetteer), Pipeline(gazetteer)
    ahead = {i.id: _events(forward, i.text, i.published) for i in items}
    other = {i.id: _events(mixed, i.text, i.published) for i in shuffled}
    assert len(ahead) > 300 and sum(bool(v) for v in ahead.values()) > 200
    assert ahead == other
