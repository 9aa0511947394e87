"""Full wire articles, second round (issue 14): classes of phrasing behind train misses of long items
(training/events/long11.jsonl and the full articles before it).

Every sentence here is our own, and none is a gold item:

- a decade that has ended ("which emerged in Uganda in the 1990s", "in the 2000s") dates its clause to
  the past, as an earlier year does: a background relative clause about a group's origins is no event;
- a protest told in one sentence and the force's answer in the next, with no place of its own ("Police
  fired tear gas to disperse them, witnesses said."), is one protest with intervention, not a peaceful one;
  with two protests just told, or another act between, nothing is changed;
- "Elsewhere, ..." and "Further east, ..." open another incident, as "Separately, ..." does: a report with
  no date of its own after them is not dated by the story's last day (the published date), and is not
  merged into the incident just told;
- a second saying verb after an order ("speaking in Abuja, ordered security chiefs to Benue and condemned
  the killings") is a statement of its own, not inside the order's scope ("vowed to attack X and kill" is).
"""

from __future__ import annotations

import pytest

from mapper.events import clauses, coder, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, rescans

PUBLISHED = "2026-05-10"  # a Sunday


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.location.country_code, e.sub_event_type, e.fatalities)
                  for e in doc.events)


# -- a past decade is background ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ADF, which emerged in Uganda in the 1990s, has pledged allegiance to the Islamic State group.",
    "Al-Shabaab, which grew out of an Islamist movement that seized Mogadishu in the 2000s, still controls "
    "much of the countryside.",
])
def test_a_past_decade_is_background(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_a_past_decade_leaves_the_main_clause_its_own_act(pipeline: Pipeline) -> None:
    text = ("The group, which was founded in Borno in the 2000s, attacked a military base in Damboa on "
            "Sunday, killing four soldiers.")
    assert _events(pipeline, text) == [("Damboa", "NG", "Armed clash", 4)]


def test_the_current_decade_is_not_background(pipeline: Pipeline) -> None:
    # In 2026 "the 2020s" runs up to now: only a decade that has ended is the past.
    text = "Gunmen killed six villagers near Bokkos on Sunday, the deadliest attack in the area in the 2020s."
    assert _events(pipeline, text) == [("Bokkos", "NG", "Attack", 6)]


# -- the force's answer in the next sentence -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hundreds of traders marched in Kano on Monday against new taxes. Riot police fired tear gas to disperse "
    "them, witnesses said.",
    "Hundreds of traders marched in Kano on Monday against new taxes. Riot police fired tear gas to disperse "
    "them.",
])
def test_the_next_sentence_answers_the_protest(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [(e.location.name, e.sub_event_type, e.actor1.name, e.actor2.name) for e in doc.events] == [
        ("Kano", "Protest with intervention", "protesters", "police")]


@pytest.mark.parametrize(("text", "expected"), [
    # two protests just told: which one was dispersed is not said
    ("Students marched in Kano and in Zaria on Monday. Police fired tear gas to disperse them.",
     [("Kano", "NG", "Peaceful protest", None), ("Zaria", "NG", "Peaceful protest", None)]),
    # another act between: the tear gas is not the protest's answer
    ("Students marched in Kano on Monday. Gunmen killed two farmers near Zaria. Police fired tear gas at a "
     "crowd.", [("Kano", "NG", "Peaceful protest", None), ("Zaria", "NG", "Attack", 2)]),
    # the answer with a place of its own is its own event
    ("Students marched in Kano on Monday. In Zaria, police fired tear gas to disperse a crowd.",
     [("Kano", "NG", "Peaceful protest", None), ("Zaria", "NG", "Protest with intervention", None)]),
])
def test_an_answer_that_is_not_the_protests_changes_nothing(pipeline: Pipeline, text: str,
                                                            expected: list) -> None:
    assert _events(pipeline, text) == expected


# -- "Elsewhere," and "Further east," open another incident ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russian artillery killed three people in Nikopol on Monday, the governor said. Further east, a drone "
     "wounded two men in Marhanets.",
     [("Marhanets", "Air/drone strike", "2026-05-10"), ("Nikopol", "Shelling/artillery/missile attack",
                                                         "2026-05-04")]),
    ("Gunmen killed five traders near Gao on Monday. Elsewhere, soldiers clashed with militants near "
     "Tessalit.", [("Gao", "Attack", "2026-05-04"), ("Tessalit", "Armed clash", "2026-05-10")]),
    # with no such opener, the story's day still dates an undated report
    ("Russian artillery killed three people in Nikopol on Monday, the governor said. In Marhanets, a drone "
     "wounded two men.", [("Marhanets", "Air/drone strike", "2026-05-04"),
                          ("Nikopol", "Shelling/artillery/missile attack", "2026-05-04")]),
])
def test_another_incident_is_not_dated_by_the_story(pipeline: Pipeline, text: str, expected: list) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert sorted((e.location.name, e.sub_event_type, str(e.date)) for e in doc.events) == expected


# -- a second saying verb after an order -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The president, speaking in Abuja, ordered security chiefs to Benue and condemned the killings.",
     [("Abuja", "NG", "Statement", None)]),
    ("The governor, speaking in Maiduguri on Sunday, ordered police to Bama and condemned the raid.",
     [("Maiduguri", "NG", "Statement", None)]),
    ("Rebels vowed to attack Goma and kill soldiers there.", []),
])
def test_a_second_saying_verb_is_out_of_the_orders_scope(pipeline: Pipeline, text: str,
                                                        expected: list) -> None:
    assert _events(pipeline, text) == expected


# -- linear on any input ---------------------------------------------------------------------------------

def test_the_new_pattern_cannot_rescan_a_run() -> None:
    # (_PAST_MARKERS had unbounded repeats before and reads only a window of 60 characters around a clause.)
    assert rescans(clauses._DECADE) == []


@pytest.mark.parametrize("unit", ["1990s ", "in the 2000s, ", "2000s", "19", "tear gas. ",
                                  "Police fired tear gas to disperse them. ",
                                  "Further ", "farther  \t", "elsewhere",
                                  "ordered troops to Bama and condemned ", " and said"])
def test_the_new_patterns_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (clauses._PAST_MARKERS, clauses._DECADE):
        pattern.search(text)
        list(pattern.finditer(text))
    coder._SEPARATE.match(text)
    triggers._SAID_TOO.match(text)
    list(triggers._SAID_TOO.finditer(text))
    coder._SEPARATE.match(" " * 100_000 + "further" + " " * 100_000)
    pipeline.parse("Hundreds of traders marched in Kano on Monday. " + text, published=PUBLISHED)
