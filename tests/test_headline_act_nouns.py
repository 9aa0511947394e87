"""A headline that opens with a town and an act's noun (issue 14, items 1 and 5: place as a modifier).

"Djibo ambush kills 12" names Djibo as the place of the ambush, as "Djibo attack kills 12" did: the act's
noun after a capitalised first word makes it a place name (recognize.EVENT_WORDS_AFTER), not a headline's
capitalised common word. Every headline is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, int | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    return [(e.location.name, e.location.country_code, e.sub_event_type, e.fatalities) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Djibo ambush kills 12", [("Djibo", "BF", "Attack", 12)]),
    ("Kidal ambush kills 12", [("Kidal", "ML", "Attack", 12)]),
    ("Gao assault leaves 3 soldiers dead", [("Gao", "ML", "Armed clash", 3)]),
])
def test_a_town_before_an_act_noun_is_the_site(pipeline: Pipeline, text: str,
                                               events: list[tuple[str, str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


def test_an_act_noun_alone_names_no_place(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Ambush kills 12 soldiers") == []
