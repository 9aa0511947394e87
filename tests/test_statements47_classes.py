"""Statements placed and dated where they were made, session 41 (statements47, gold file statements46.jsonl).

Every sentence is our own. Classes (blind train misses on bf881909):

* The saying's own day from its speaking phrase (clauses._SAID_ON): an opening "In a statement issued in
  Kigali on Monday, ..." (b41-074), "said in a statement read on state television in Bamako on Tuesday
  evening" (b25-052), and an occasion the speaker owns with no place before the day ("said at her morning
  news conference on Monday", b22-074).
* A sentence that opens on a quotation closed before the place of speaking ('"...," the minister told
  reporters in Sialkot on Sunday, a day after militants killed 11 soldiers ...'): the words spoken there are
  the quote, the speaker's own, so the statement is kept beside the act (coder._own_words, _OPENING_QUOTE;
  b44-078).

Near misses that keep their reading: the same sentence with no opening quote (the place only reports the
act: no statement), a quote that does not open the sentence, a killing at a town with "on Monday" after it
(no saying), and a statement with no day of its own after a dated lead, which keeps the published day as
the corpus codes it (a rule giving it the story's day lost 85 train rows).
"""

from __future__ import annotations

import time

import pytest

from mapper.events import clauses, coder
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

# 2025-03-06 is a Thursday: Tuesday is 03-04, Monday 03-03, Sunday 03-02, Saturday 03-01.
PUBLISHED = "2025-03-06"


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(Article("statements47", text, published=PUBLISHED))
    return [(e.sub_event_type, e.location.name, e.date, e.actor1.name if e.actor1 else None)
            for e in doc.events]


# ---- the speaking phrase's own day

# What the new alternatives of _SAID_ON read right before a date (the window the coder searches).
SAID_ON_BEFORE_A_DAY = (
    "In a statement issued in Kigali on ",
    "In a statement released in Abuja on ",
    "The army said in a statement read on state television in Port Sudan on ",
    "President Claudia Sheinbaum said at her morning news conference on ",
)
NOT_A_SAYING = (
    "Gunmen killed five traders in Kigali on ",
    "troops were deployed at their base on ",
)


@pytest.mark.parametrize("before", SAID_ON_BEFORE_A_DAY)
def test_the_speaking_phrase_owns_the_day_after_it(before: str) -> None:
    assert clauses._SAID_ON.search(before, max(0, len(before) - clauses._SAID_ON_CHARS)) is not None


@pytest.mark.parametrize("before", NOT_A_SAYING)
def test_no_saying_owns_no_day(before: str) -> None:
    assert clauses._SAID_ON.search(before, max(0, len(before) - clauses._SAID_ON_CHARS)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said in a statement read on state television in Bamako on Tuesday evening that security on "
     "the northern road had been reinforced.",
     [("Statement", "Bamako", "2025-03-04", "Malian forces")]),
    ("In a statement issued in Kigali on Monday, Rwanda's foreign ministry blamed Kinshasa for the crisis.",
     [("Statement", "Kigali", "2025-03-03", "Rwandan government")]),
    ("In Mexico City, President Claudia Sheinbaum said at her morning news conference on Monday that arrests "
     "in Sinaloa had risen.",
     [("Statement", "Mexico City", "2025-03-03", "Mexican government")]),
])
def test_a_statement_takes_its_own_day(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_a_killing_keeps_its_day_and_is_no_statement(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Gunmen killed five traders in Kigali on Monday, police said.") == [
        ("Attack", "Kigali", "2025-03-03", "unidentified gunmen")]


def test_an_undated_statement_after_a_dated_lead_keeps_the_published_day(pipeline: Pipeline) -> None:
    text = ("NIAMEY, March 6 (Reuters) - Islamic State fighters killed 19 soldiers in an attack on an army "
            "post near Banibangou on Tuesday, the defence ministry said. Speaking on state television in "
            "Niamey, the prime minister vowed to hunt down the attackers.")
    assert _events(pipeline, text) == [
        ("Armed clash", "Banibangou", "2025-03-04", "Islamic State Sahel"),
        ("Statement", "Niamey", PUBLISHED, "Nigerien government")]


# ---- a quotation opening the sentence is the speaker's own words

CLASH = ("Armed clash", "North Wazīristān District", "2025-03-01", "militants")


def test_an_opening_quote_keeps_the_statement_beside_the_act(pipeline: Pipeline) -> None:
    text = ("\"We will not bow to terror,\" Defence Minister Khawaja Asif told reporters in Sialkot on "
            "Sunday, a day after militants killed 11 soldiers in North Waziristan.")
    assert _events(pipeline, text) == [CLASH, ("Statement", "Sialkot", "2025-03-02", "Pakistani government")]


@pytest.mark.parametrize("text", [
    # no quote: the place only tells where the act was reported
    "Defence Minister Khawaja Asif told reporters in Sialkot on Sunday, a day after militants killed 11 "
    "soldiers in North Waziristan.",
    # a quote that does not open the sentence, and no place of speaking
    "Militants killed 11 soldiers in North Waziristan on Saturday, and \"we will not bow,\" the minister "
    "said.",
])
def test_near_misses_keep_the_act_alone(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == [CLASH]


def test_opening_quote_reads_only_a_quote_that_closes() -> None:
    assert coder._OPENING_QUOTE.match('"We will not bow," the minister said') is not None
    assert coder._OPENING_QUOTE.match("“We will not bow,” the minister said") is not None
    assert coder._OPENING_QUOTE.match('The minister said "we will not bow"') is None
    assert coder._OPENING_QUOTE.match('"' + "no closing mark " * 40) is None


# ---- 100 KB inputs: linear

def test_new_patterns_are_linear_on_100_kb() -> None:
    cases = [
        (clauses._SAID_ON.search, "In a statement read on state television " * 2_600 + "on "),
        (clauses._SAID_ON.search, "said at her " + "morning " * 13_000 + "on "),
        (clauses._SAID_ON.search, "in a statement issued " * 5_000),
        (coder._OPENING_QUOTE.match, '"' + "a" * 100_000),
        (coder._OPENING_QUOTE.match, '"' * 100_000),
        (coder._OPENING_QUOTE.match, " " * 100_000 + '"x"'),
    ]
    for fn, text in cases:
        assert len(text) >= 100_000
        t0 = time.process_time()
        fn(text)
        assert time.process_time() - t0 < 3.0


def test_quoted_statements_parse_linearly_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return ("\"We will not bow,\" the minister told reporters in Sialkot on Sunday, a day after "
                "militants killed 11 soldiers. In a statement read on state television in Bamako on Tuesday, "
                "the army spoke. ") * n
    assert len(text_of(600)) > 100_000
    assert growth(parsing(pipeline, text_of), 300) < GROWTH
