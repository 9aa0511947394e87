"""Skips of work whose outcome is decided (issue 15, speed39e), on sentences that take each path; the same
layers as before were checked on every text of the event corpus and of LGL and GeoVirus when each was made.

The rule roles: ``_role_alone`` reads the target's block (a place after "sent to", "hit", a passive) only
when the sentence has a violent clause, since only a violent clause makes a site there; answers a dateline
before reading its left context; and returns a locative's "context"/"left" at once in a sentence with no
clause. The coder: a claim is read only while a violent incident is open (a sentence that tells acts reads
it after them; before any, it has nothing to claim), and a sentence after the story's last violent act (or
looting) is not read for the group a later "the group" would mean. A sentence that tells no act reads its
casualties only when an incident they can change is open (speed39f), and ``casualties`` searches for "no one
was hurt" only in a sentence holding the words every such phrase opens with."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.events import casualties, roles
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


@pytest.mark.parametrize(("text", "expected"), [
    # a group named in a sentence that tells no act, before the act: "the group" is it
    ("Al-Shabaab said on Monday it would step up its attacks. Hours later the group attacked a military base "
     "near Jowhar.", [("Jawhar", "Armed clash", "al-Shabaab")]),
    ("Boko Haram has been active in the area for years. On Monday the fighters killed four soldiers near "
     "Diffa.",
     [("Diffa", "Armed clash", "Boko Haram")]),
    # ... named after the last act: read for nothing
    ("Gunmen killed four soldiers near Diffa on Monday. Boko Haram has been active in the area for years.",
     [("Diffa", "Armed clash", "unidentified gunmen")]),
    # a claim before any act claims nothing; after it, the act just told
    ("Islamic State West Africa Province claimed responsibility on Sunday. Gunmen killed four soldiers near "
     "Diffa on Monday.", [("Diffa", "Armed clash", "unidentified gunmen")]),
    ("Gunmen killed four soldiers near Diffa on Monday. Islamic State West Africa Province claimed "
     "responsibility.", [("Diffa", "Armed clash", "ISWAP")]),
])
def test_coder_groups_and_claims_on_each_path(pipeline: Pipeline, text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    doc = pipeline.parse(text, published="2025-06-17")
    assert [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None) for e in doc.events] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lethal protest (no violence open): a later toll updates it
    ("Security forces fired on protesters in Kadugli on Monday, killing eight. "
     "The toll has since risen to 21.",
     [("Kadugli", "Excessive force against protesters", 21)]),
    # looting: "No one was hurt" gives it 0 dead
    ("Gunmen looted shops in Kadugli on Monday. No one was hurt.",
     [("Kadugli", "Looting/property destruction", 0)]),
    # violence: the added dead
    ("Gunmen attacked a police post in Kadugli on Monday, killing three officers. "
     "Two soldiers were also killed.",
     [("Kadugli", "Armed clash", 5)]),
    # a peaceful protest or talks take no toll: the sentence's dead are not read
    ("Thousands marched peacefully in Kadugli on Monday. Two people were killed.",
     [("Kadugli", "Peaceful protest", None)]),
    ("The minister met the governor in Kadugli on Tuesday. Five people were killed there last year.",
     [("Kadugli", "Meeting/talks", None)]),
])
def test_coder_tolls_of_sentences_without_acts(pipeline: Pipeline, text: str,
                                               expected: list[tuple[str, str, int | None]]) -> None:
    doc = pipeline.parse(text, published="2025-06-17")
    assert [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events] == expected


def test_none_hurt_openers_open_every_head() -> None:
    heads = list(casualties._NONE_GROUP._automaton.keys())
    assert len(heads) == 38  # wire47 added "no (immediate) report(s) of casualties/injuries": 32 -> 38
    assert all(head.startswith(casualties._NONE_OPENERS) for head in heads)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("No one was hurt.", (0, 0)),
    ("Nobody was killed in the attack.", (0, None)),
    ("The blast caused no casualties.", (0, 0)),
    ("It ended without causing injuries.", (0, 0)),
    ("NO ONE WAS HURT", (0, 0)),
    ("Two people were killed.", (2, None)),
    ("Two people were killed and no one else was hurt.", (2, 0)),
    ("Nothing was found at the site.", (None, None)),
])
def test_casualties_none_hurt(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties.casualties(sentence) == expected


def test_casualties_none_hurt_on_100kb() -> None:
    text = "no nobody without c " * 5000
    assert casualties.casualties(text) == (None, None)
    assert casualties.casualties(text + "no one was hurt") == (0, 0)
