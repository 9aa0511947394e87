"""A source reached by phone: "told Reuters by phone from X" says where the source is, not where anyone
made a statement (long16).

Every sentence here is our own, and none is a gold item. Wire stories and local sites quote officers and
residents they reach by telephone ("told Reuters by phone from Beledweyne", "spoke to AFP by satellite
phone from Kidal"). The place of speaking rule (mapper/events/roles.py, ``_STATEMENT_FROM``) read "told
... from X" as a statement made at X and coded a Statement event there; the corpus codes that place as
context, the report being the outlet's (``_BY_PHONE_FROM``).
"""

from __future__ import annotations

from mapper.pipeline import Pipeline

PUBLISHED = "2026-01-20"  # a Tuesday


def _parse(pipeline: Pipeline, text: str):
    return pipeline.parse(text, published=PUBLISHED)


def _role(doc, name: str) -> str:
    return next(r.name for m, r in zip(doc.mentions, doc.roles, strict=True) if m.text == name)


def test_told_an_agency_by_phone_from_a_town_is_no_statement(pipeline: Pipeline) -> None:
    doc = _parse(pipeline, "Militants attacked an army base in Jalalaqsi on Monday, killing nine soldiers, "
                           "an officer told Reuters by telephone from Beledweyne.")
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == [("Jalalaqsi", "Armed clash")]
    assert _role(doc, "Beledweyne") == "context"


def test_a_commander_quoted_by_phone_in_a_later_paragraph(pipeline: Pipeline) -> None:
    doc = _parse(pipeline, "Fighters stormed a police post in Mahaday on Monday, killing three officers.\n\n"
                           "Commander Ali Nur told our reporter by phone from Jowhar that the attackers "
                           "had withdrawn towards the river.")
    assert [e.sub_event_type for e in doc.events if e.location.name == "Jawhar"] == []
    assert _role(doc, "Jowhar") == "context"


def test_speaking_at_a_news_conference_in_a_town_is_still_a_statement(pipeline: Pipeline) -> None:
    doc = _parse(pipeline, "Speaking at a news conference in Mogadishu on Monday, the information minister "
                           "said the army would retake every village.")
    assert _role(doc, "Mogadishu") == "origin"
