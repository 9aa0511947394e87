"""The rule roles' skips of work whose outcome is decided (issue 15, speed39e): ``_role_alone`` reads
the target's block (a place after "sent to", "hit", a passive) only when the sentence has a violent
clause, since only a violent clause makes a site there; answers a dateline before reading its left
context; and returns a locative's "context"/"left" at once in a sentence with no clause. The same roles,
rule names included, as before (checked on every text of the event corpus and LGL and GeoVirus when the
change was made); here on sentences that take each path."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline


def _rule_roles(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(text, published="2025-06-17")
    found = roles.assign_roles(doc.text, doc.mentions, {s.span: s.clauses for s in doc.clauses},
                               pipeline.config.dateline_within, {s.span: s.unreal for s in doc.clauses},
                               published=dt.date(2025, 6, 17))
    return [(m.text, r.name, r.rule) for m, r in zip(doc.mentions, found, strict=True)]


@pytest.mark.parametrize(("text", "expected"), [
    # a statement only: "sent to X" makes no site (the target's block is not read)
    ("Police said reinforcements were sent to Kadugli on Tuesday.", [("Kadugli", "context", "")]),
    # the same words with a strike: the target's block places it
    ("Drones struck a convoy of reinforcements sent to Kadugli on Tuesday.",
     [("Kadugli", "event_site", "left")]),
    # a violent clause beside a statement: still read
    ("Artillery fire hit Kadugli on Tuesday, the army said.", [("Kadugli", "event_site", "left")]),
    # a dateline, then a statement only or an act
    ("KHARTOUM, June 17 (Reuters) - The army said on Tuesday it had sent troops to Kadugli.",
     [("KHARTOUM", "origin", "dateline"), ("Kadugli", "context", "")]),
    ("KHARTOUM, June 17 (Reuters) - Shelling hit Kadugli on Tuesday, killing four people.",
     [("KHARTOUM", "origin", "dateline"), ("Kadugli", "event_site", "left")]),
    # a locative in a sentence with no trigger, and in one with a statement only
    ("Shelling hit Kadugli on Tuesday. Many families still live in Dilling.",
     [("Kadugli", "event_site", "left"), ("Dilling", "context", "left")]),
    ("Shelling hit Kadugli on Tuesday. Many families still live in Dilling, residents said.",
     [("Kadugli", "event_site", "left"), ("Dilling", "context", "left")]),
    # talks: a venue (no violent clause, but the locative block still reads the talks)
    ("The minister met the governor in Kadugli on Tuesday.", [("Kadugli", "venue", "left")]),
])
def test_rule_roles_on_each_path(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _rule_roles(pipeline, text) == expected
