"""A town that opens a sentence, set off by an aside, as the subject of its event (issue 14, places17).

Every sentence here is our own, and none is a gold item:

- "X, the main town of Y, saw heavy fighting", "X, a desert town near ..., saw drone strikes", "X, which
  was overrun in 2014, came under mortar fire": the aside (an apposition or a relative clause) sits
  between the place and a verb that takes a place as its subject ("saw", "witnessed", "came under"); the
  place is the site, and the province inside the aside is its parent (context);
- the same after a dateline: the lead's first name after "NIAMEY, June 2 (Reuters) -" opens its sentence.
"""

from __future__ import annotations

import pytest

from mapper.events import datelines, roles
from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-03"  # a Wednesday


def _sites(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.sub_event_type) for e in doc.events)


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


@pytest.mark.parametrize(("text", "site", "sub_type"), [
    ("Bunia, the main town of Ituri province, saw heavy fighting on Tuesday between the army and CODECO "
     "militiamen, local officials said.", "Bunia", "Armed clash"),
    ("Kidal, a desert town near the Algerian border, saw drone strikes on Monday, residents said.",
     "Kidal", "Air/drone strike"),
    ("Bama, which was overrun by Boko Haram in 2014, came under mortar fire on Sunday, wounding four people.",
     "Bama", "Shelling/artillery/missile attack"),
])
def test_the_town_before_an_aside_is_the_site(pipeline: Pipeline, text: str, site: str,
                                              sub_type: str) -> None:
    assert _sites(pipeline, text) == [(site, sub_type)]


def test_the_province_inside_the_aside_is_its_parent(pipeline: Pipeline) -> None:
    text = ("Bunia, the main town of Ituri province, saw heavy fighting on Tuesday between the army and "
            "CODECO militiamen, local officials said.")
    assert _roles(pipeline, text) == {"Bunia": "event_site", "Ituri": "context"}


def test_the_lead_after_a_dateline_opens_its_sentence(pipeline: Pipeline) -> None:
    text = ("NIAMEY, June 2 (Reuters) - Ouallam, a town in the Tillaberi region, saw clashes on Monday "
            "between soldiers and Islamic State fighters, the army said.")
    assert _roles(pipeline, text) == {"NIAMEY": "origin", "Ouallam": "event_site", "Tillaberi": "context"}
    assert _sites(pipeline, text) == [("Ouallam", "Armed clash")]


def test_an_aside_with_no_place_predicate_after_it_is_not_a_subject(pipeline: Pipeline) -> None:
    # "was calm" reports nothing: no event at Djibo
    text = ("Djibo, the largest town in Soum province, was calm on Monday after the army reinforced its "
            "positions.")
    assert _sites(pipeline, text) == []


@pytest.mark.parametrize("unit", [", the ", ", which ", " saw ", " - ", "a", ", ", " (Reuters) - "])
def test_the_new_patterns_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    roles._ASIDE.match(text)
    roles._PLACE_PREDICATE.match(text)
    datelines.DATELINE_REST.match(text)
    pipeline.parse("Bunia, the main town of " + text, published=PUBLISHED)
    pipeline.parse("NIAMEY, June 2 (Reuters) - Ouallam" + text, published=PUBLISHED)
