"""Statements: who spoke (session 38, round 2, helper speakers44; gold file statements43.jsonl).

actor1 of a statement is the speaker's institution (the guide's Actors): the offices English copy names a
foreign minister by ("Secretary of State Marco Rubio", "Foreign Secretary David Lammy") are a government's,
the US's and Britain's when no country is named with them, not the host's nor the story's; "a State
Department spokeswoman" the US government; "military spokesperson Maj. Gen. Zaw Min Tun" the military (as
"military spokesman"); "In a statement issued in Kigali, Rwanda's foreign ministry blamed" the ministry's
government; "British Foreign Secretary Yvette Cooper said in London" in a story about Sudan Britain's.
Sentences written for these tests.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import actors
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _statements(pipeline: Pipeline, text: str, published: str = "2025-06-03") -> list[tuple[str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events
            if e.sub_event_type == "Statement"]


@pytest.mark.parametrize(("text", "expected"), [
    # The US's and Britain's foreign ministers by their offices, at home and abroad.
    ("In Washington, Secretary of State Marco Rubio said the United States was deeply troubled.",
     [("Washington", "US government")]),
    ("Secretary of State Antony Blinken, speaking in Tokyo, said North Korea's missile tests were reckless.",
     [("Tokyo", "US government")]),
    ("Foreign Secretary David Lammy told reporters in Nairobi that Britain would double its aid to Sudan.",
     [("Nairobi", "British government")]),
    # ... in a story about another country: the office's state, not the story's.
    ("Israeli warplanes struck Damascus on Wednesday. In Washington, Secretary of State Marco Rubio said "
     "the United States was very concerned.", [("Washington", "US government")]),
    ("Israeli strikes killed 25 people in Khan Younis. In Washington, a State Department spokeswoman told "
     "reporters the United States was deeply concerned by the deaths.", [("Washington", "US government")]),
    # A country named with the office keeps it.
    ("Indian Foreign Secretary Vikram Misri told reporters in New Delhi that the strikes were measured.",
     [("New Delhi", "Indian government")]),
    # A spokesperson of the military is the military's, as its spokesman is.
    ("Speaking in Naypyitaw on Friday, military spokesperson Maj. Gen. Zaw Min Tun said the polls would go "
     "ahead.", [("Nay Pyi Taw", "Myanmar forces")]),
    ("In Islamabad, Pakistani Foreign Office spokesperson Tahir Andrabi told a news briefing that Pakistan "
     "reserved the right to respond.", [("Islamabad", "Pakistani government")]),
    # A speaker whose phrase names a country in a story about another: that country's.
    ("RSF fighters seized El Fasher on Sunday. The army said it had withdrawn. British Foreign Secretary "
     "Yvette Cooper said in London on Tuesday that the reports from El Fasher were horrifying.",
     [("London", "British government")]),
    # A subject that blames: the statement's speaker.
    ("In a statement issued in Kigali on Tuesday, Rwanda's foreign ministry blamed the Congolese government "
     "for the crisis.", [("Kigali", "Rwandan government")]),
])
def test_a_statements_speaker_is_its_institution(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _statements(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Near misses that must not change: a minister with no named office keeps the place's or story's state,
    ("President Bola Tinubu, speaking at a security meeting in Abuja, ordered the military to take the fight "
     "to the enemy.", [("Abuja", "Nigerian government")]),
    # an army spokesman stays the army's,
    ("Speaking in Naypyitaw on Thursday, military spokesman Maj. Gen. Zaw Min Tun said the armed forces "
     "targeted only terrorists.", [("Nay Pyi Taw", "Myanmar forces")]),
    # a planned trip is no statement,
    ("Secretary of State Marco Rubio will travel to Ankara next week to discuss the war.", []),
    # and with no place of speaking there is none.
    ("Secretary of State Marco Rubio said on Tuesday that the talks had made progress.", []),
])
def test_near_misses_keep_their_reading(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _statements(pipeline, text) == expected


def test_new_patterns_are_linear_on_100_kb() -> None:
    cases = [
        (actors._SPOKE.match, ", spokesman for the army" * 4200 + "x"),
        (actors._SPOKE.match, " blamed" * 15_000 + "x"),
        (actors._SPOKE.match, " " * 100_000 + "blame"),
    ]
    for fn, text in cases:
        assert len(text) >= 100_000
        t0 = time.process_time()
        fn(text)
        assert time.process_time() - t0 < 3.0


def test_speakers_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Secretary of State Rubio, a State Department spokeswoman, " * n + "blamed Moscow in Tokyo."
    assert len(text_of(1800)) > 100_000
    assert growth(parsing(pipeline, text_of), 900) < GROWTH
