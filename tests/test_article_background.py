"""Full wire articles (issue 14, long12): a later paragraph that looks back.

Every sentence here is our own, and none is a gold item:

- "<date>, when ..." dates the clause the "when" opens: "the deadliest since March, when a bomb struck
  the president's convoy" tells a March bombing (background, no event), even beside "Tuesday's";
  a recent day before "when" ("since Saturday, when gunmen killed 20 in X") is still news;
- a day's possessive ("Tuesday's bombing", "Sunday's attack") refers back to the act already told, as
  "the bombing" does: retold later in the article it joins that act instead of becoming a second event
  of another sub-type at the same place.
"""

from __future__ import annotations

import pytest

from mapper.events import clauses, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, rescans

PUBLISHED = "2026-06-03"  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.sub_event_type, e.date, e.fatalities) for e in doc.events)


# -- "<date>, when ..." ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was the worst attack in the region since March, when militants stormed an army base in Arbinda.",
    "The blast was the deadliest since May 14, when gunmen killed 20 people in Djibo.",
    "Residents said the town had been quiet since January, when rebels shelled the market in Bunia.",
])
def test_a_clause_opened_by_an_old_date_and_when_is_background(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_the_main_clause_keeps_its_own_act(pipeline: Pipeline) -> None:
    # (one clause of the trigger words holds both acts: it stays news; the coder reads Arbinda's part,
    # which the "when" dates to March)
    text = ("Gunmen killed 12 people in Djibo on Tuesday, the worst attack since March, when militants "
            "stormed an army base in Arbinda.")
    assert _events(pipeline, text) == [("Djibo", "Attack", "2026-06-02", 12)]


def test_a_recent_day_before_when_is_news(pipeline: Pipeline) -> None:
    text = "Residents said the town had been calm since Saturday, when gunmen killed 20 people in Djibo."
    assert ("Djibo", "Attack", "2026-05-30", 20) in _events(pipeline, text)


def test_when_far_from_the_date_anchors_nothing(pipeline: Pipeline) -> None:
    # The "when" follows no date: the clause keeps the sentence's day.
    text = "Gunmen opened fire on Tuesday when worshippers were leaving a mosque in Maiduguri, killing four."
    assert _events(pipeline, text) == [("Maiduguri", "Attack", "2026-06-02", 4)]


# -- "Tuesday's bombing" retells the lead ---------------------------------------------------------------

def test_a_days_possessive_refers_back() -> None:
    low = "tuesday's bombing was the deadliest in mogadishu"
    (t,) = [t for t in triggers.find_triggers(low) if low[t.start:t.end].startswith("bombing")]
    assert t.back_reference
    low = "a bombing in mogadishu killed four"
    assert not any(t.back_reference for t in triggers.find_triggers(low))


def test_the_retold_lead_is_no_second_event(pipeline: Pipeline) -> None:
    text = ("A suicide bomber drove a car packed with explosives into the gate of an army base in Mogadishu "
            "on Tuesday, killing 11 soldiers, officials said. Separately, troops fought militants near "
            "Afgoye. Tuesday's bombing was the deadliest in Mogadishu since March, when a bomb struck the "
            "president's convoy as it left the palace.")
    got = _events(pipeline, text)
    assert [e for e in got if e[0] == "Mogadishu"] == [("Mogadishu", "Suicide bomb", "2026-06-02", 11)]


def test_a_days_possessive_in_the_lead_is_the_event(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Sunday's attack on Djibo killed 12 soldiers, the army said.") == [
        ("Djibo", "Armed clash", "2026-05-31", 12)]


# -- linear on any input ---------------------------------------------------------------------------------

def test_the_new_patterns_cannot_rescan_a_run() -> None:
    for pattern in (clauses._WHEN_AFTER, clauses._WHEN_STOP):
        assert rescans(pattern) == []


@pytest.mark.parametrize("unit", [" ", ", when ", "March, when ", "since May 14, when ",
                                  "tuesday's ", "sunday's attack ", "bombing "])
def test_the_new_patterns_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = hundred_kb(unit)
    clauses._WHEN_AFTER.match(text)
    list(clauses._WHEN_STOP.finditer(text))
    triggers._BACK.search(text)
    pipeline.parse("Gunmen killed four people in Kano on Monday. " + text, published=PUBLISHED)
