"""A document's places do not depend on the documents the same pipeline read before it.

The recogniser scores what the gazetteer says about a name once per name and keeps it for the next
documents. A name in capitals has other options than the same name in lower case (its codes are kept,
no spelling variants are tried), so a byline "BY CHAD MORRIS" read first once changed how "Chad" and
the names around it were read in a later article: with ``--jobs 2`` the evaluation's figures moved
from run to run, as workers read the articles in another order.
"""

from __future__ import annotations

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
