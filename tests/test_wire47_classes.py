"""Tolls where they belong in wire copy, session 41 (wire47, gold file wire46.jsonl).

Every sentence is our own. Class: a report of an interception, or of a crowd dispersed or turned violent,
followed by "No casualties were reported" / "There were no casualties" / "No one was hurt" / "No injuries were
reported": the guide's "no casualties reported" is 0 and 0, as it was already for acts of violence and
property destroyed (coder._ZERO_KINDS). An interception whose report denies injuries only ("No injuries were
reported") gives injuries 0 and leaves its dead unknown (coder._zero_dead). "There were no immediate reports
of casualties" is a denial like "no reports of casualties" (casualties._NONE_KILLED, _NONE_INJURED).

Near misses that keep their reading: an interception with no denial (its dead unknown), a peaceful protest
("No injuries were reported" after a march: no figure), an act whose own toll is told ("killing two"), and
"no immediate word on casualties" (not a denial).
"""

from __future__ import annotations

import time

import pytest

from mapper.events.casualties import _NONE_INJURED, _NONE_KILLED
from mapper.events.coder import _DENIES_DEATHS, _DENIES_INJURIES, _zero_dead
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, pattern_cpu, trigger_scan_growth

PUBLISHED = "2025-03-06"  # a Thursday


Toll = tuple[str, str, int | None, int | None]  # place, sub-type, dead, injured


def _tolls(pipeline: Pipeline, text: str) -> list[Toll]:
    doc = pipeline.parse(Article("wire47", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.fatalities, e.injuries) for e in doc.events)


def _both(pipeline: Pipeline, unfiltered: Pipeline, text: str) -> list[Toll]:
    """The reading with the event filter on, checked equal to the rules' reading (filter off)."""
    got = _tolls(pipeline, text)
    assert got == _tolls(unfiltered, text)
    return got


# ---- an interception, then a denial of casualties: 0 and 0

@pytest.mark.parametrize("denial", [
    "No casualties were reported.",
    "There were no casualties, the army said.",
    "No one was hurt, the governor said.",
    "Nobody was killed or injured.",
])
def test_an_interception_then_no_casualties_is_zero(pipeline: Pipeline, unfiltered: Pipeline,
                                                    denial: str) -> None:
    text = ("Army air defences shot down several drones over Kosti early on Thursday, witnesses said. "
            f"{denial}")
    assert _both(pipeline, unfiltered, text) == [("Kosti", "Disrupted weapons use", 0, 0)]


def test_an_interception_with_no_denial_keeps_its_dead_unknown(pipeline: Pipeline,
                                                                 unfiltered: Pipeline) -> None:
    text = ("Army air defences shot down several drones over Kosti early on Thursday, witnesses said. "
            "Explosions were heard across the city.")
    assert _both(pipeline, unfiltered, text) == [("Kosti", "Disrupted weapons use", None, None)]


def test_an_interception_denying_injuries_only_gives_injuries_zero(pipeline: Pipeline,
                                                                   unfiltered: Pipeline) -> None:
    # "No injuries were reported" after an interception says nothing of deaths
    text = ("Air defences destroyed two cruise missiles over Odesa on Thursday morning, the regional "
            "administration said. No injuries were reported.")
    assert _both(pipeline, unfiltered, text) == [("Odesa", "Disrupted weapons use", None, 0)]


# ---- a crowd dispersed, then "No injuries were reported": 0 and 0

def test_a_protest_dispersed_then_no_injuries_is_zero(pipeline: Pipeline, unfiltered: Pipeline) -> None:
    text = ("Police fired tear gas to disperse several hundred protesters who marched through Kisumu on "
            "Wednesday demanding the release of detained activists. No injuries were reported.")
    assert _both(pipeline, unfiltered, text) == [("Kisumu", "Protest with intervention", 0, 0)]


def test_a_peaceful_march_then_no_injuries_keeps_no_figure(pipeline: Pipeline, unfiltered: Pipeline) -> None:
    # near miss: a peaceful protest is not among the kinds a denial gives 0
    text = ("Several hundred people marched peacefully through Kisumu on Wednesday demanding the release of "
            "detained activists. No injuries were reported.")
    assert _both(pipeline, unfiltered, text) == [("Kisumu", "Peaceful protest", None, None)]


# ---- "There were no immediate reports of casualties" is a denial

def test_no_immediate_reports_of_casualties_is_zero(pipeline: Pipeline, unfiltered: Pipeline) -> None:
    text = ("Israeli jets struck a building in the southern town of Tyre on Wednesday after the army warned "
            "residents to leave. There were no immediate reports of casualties.")
    assert _both(pipeline, unfiltered, text) == [("Tyre", "Air/drone strike", 0, 0)]


def test_no_immediate_word_on_casualties_is_not_a_denial(pipeline: Pipeline, unfiltered: Pipeline) -> None:
    # near miss: "no immediate word on casualties" says the toll is unknown
    text = ("Israeli jets struck a building in the southern town of Tyre on Wednesday after the army warned "
            "residents to leave. There was no immediate word on casualties.")
    assert _both(pipeline, unfiltered, text) == [("Tyre", "Air/drone strike", None, None)]


def test_an_acts_own_toll_is_kept(pipeline: Pipeline, unfiltered: Pipeline) -> None:
    # near miss: the strike's own toll is kept by a later denial (which, as "no reports of casualties" did
    # before, gives the act's unknown injuries 0)
    text = ("Israeli jets struck a car in Tyre on Wednesday, killing two men, the health ministry said. "
            "There were no immediate reports of casualties from a second strike.")
    assert [(place, sub, dead) for place, sub, dead, _ in _both(pipeline, unfiltered, text)] == \
        [("Tyre", "Air/drone strike", 2)]


@pytest.mark.parametrize(("kind", "sentence", "dead"), [
    ("Disrupted weapons use", "No casualties were reported.", 0),
    ("Disrupted weapons use", "No injuries were reported.", None),
    ("Disrupted weapons use", "No injuries or deaths were reported.", 0),
    ("Disrupted weapons use", "There were no immediate reports of injuries.", None),
    ("violence", "No injuries were reported.", 0),
    ("Protest with intervention", "No injuries were reported.", 0),
])
def test_the_dead_a_denial_gives(kind: str, sentence: str, dead: int | None) -> None:
    assert _zero_dead(kind, sentence) == dead


# ---- the patterns are linear on pathological input

@pytest.mark.parametrize(("pattern", "text"), [
    (_DENIES_INJURIES, "no " * 34_000),
    (_DENIES_INJURIES, "no immediate reports of " * 4_200),
    (_DENIES_INJURIES, "no   immediate   " * 6_000),
    (_DENIES_DEATHS, "casual" * 17_000),
    (_DENIES_DEATHS, "kil" * 34_000),
    (_NONE_KILLED, "no immediate reports of " * 4_200),
    (_NONE_KILLED, "no immediate report " * 5_000),
    (_NONE_INJURED, "no immediate reports of " * 4_200),
])
def test_patterns_are_fast_on_100kb(pattern, text: str) -> None:  # noqa: ANN001
    assert len(text) >= 100_000
    assert pattern_cpu(pattern, text) < 3.0


UNITS = [
    "Air defences shot down drones over Kosti. No casualties were reported. ",
    "There were no immediate reports of casualties. ",
    "No injuries were reported. ",
]


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


def test_a_long_story_of_interceptions_and_denials_parses_fast(unfiltered: Pipeline) -> None:
    # 100 KB of interceptions each followed by a denial: each denial looks back a bounded number of incidents
    text = ("Air defences shot down drones over Kosti on Thursday. No casualties were reported. "
            "No injuries were reported. ") * 950
    assert len(text) >= 100_000
    t0 = time.process_time()
    _tolls(unfiltered, text)
    assert time.process_time() - t0 < 30.0
