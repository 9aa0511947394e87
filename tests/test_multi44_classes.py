"""Several events in one text, session 38 round 2 (multi44, gold file multi43.jsonl).

Every sentence is our own. Classes:

- a list of sites that goes on past a facility noun the first name's mention does not span ("struck Sanaa
  airport and the Ras Isa port", "Hodeidah port, the Ras Isa fuel terminal and the port of Salif"): an event
  at each name (`roles._FACILITY_LIST_GAP`);
- a two-act headline or sentence whose second site comes after a subordinating "as"/"while"/"whereas"
  ("Kherson shelled as drones hit Zaporizhzhia"): the words before the conjunction are the first site's, so
  the second site's act is the one after it (`coder._PART_OPENER`);
- controls: a list with no act, a facility named as where flights go, "as well as" in a list of one act, and
  an act told before the first site keep their reading.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.coder import _PART_OPENER
from mapper.events.roles import _FACILITY_LIST_GAP
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-05") -> list[tuple]:
    doc = pipeline.parse(Article("multi44", text, published=published))
    return sorted((e.location.name, e.sub_event_type, e.date, e.actor1.name if e.actor1 else None)
                  for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # (2025-03-05 is a Wednesday: Monday is 03-03)
    ("Israeli jets struck Sanaa airport and the Ras Isa port on Monday.",
     [("Ras Isa", "Air/drone strike", "2025-03-03", "Israeli forces"),
      ("Sanaa", "Air/drone strike", "2025-03-03", "Israeli forces")]),
    ("Israeli jets struck Hodeidah port and Ras Isa fuel terminal on Monday.",
     [("Al Ḩudaydah", "Air/drone strike", "2025-03-03", "Israeli forces"),
      ("Ras Isa", "Air/drone strike", "2025-03-03", "Israeli forces")]),
    ("Israeli warplanes struck Hodeidah port, the Ras Isa fuel terminal and the port of Salif on Monday, "
     "the military said.",
     [("Al Ḩudaydah", "Air/drone strike", "2025-03-03", "Israeli forces"),
      ("Aş Şalīf", "Air/drone strike", "2025-03-03", "Israeli forces"),
      ("Ras Isa", "Air/drone strike", "2025-03-03", "Israeli forces")]),
    ("Ukrainian drones hit Tuapse refinery and the Novorossiysk port overnight.",
     [("Novorossiysk", "Air/drone strike", "2025-03-05", "Ukrainian forces"),
      ("Tuapse", "Air/drone strike", "2025-03-05", "Ukrainian forces")]),
])
def test_a_list_goes_on_past_a_facility_noun(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kherson shelled as drones hit Zaporizhzhia",
     [("Kherson", "Shelling/artillery/missile attack", "2025-03-05", "Russian forces"),
      ("Zaporizhzhya", "Air/drone strike", "2025-03-05", "Russian forces")]),
    ("Kherson shelled while drones hit Zaporizhzhia",
     [("Kherson", "Shelling/artillery/missile attack", "2025-03-05", "Russian forces"),
      ("Zaporizhzhya", "Air/drone strike", "2025-03-05", "Russian forces")]),
    ("Kherson was shelled on Monday as drones hit Zaporizhzhia.",
     [("Kherson", "Shelling/artillery/missile attack", "2025-03-03", "Russian forces"),
      ("Zaporizhzhya", "Air/drone strike", "2025-03-03", "Russian forces")]),
])
def test_the_second_act_of_a_two_act_report_types_its_site(pipeline: Pipeline, text: str,
                                                           expected: list) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: an act told before the first site, and "as well as" in a list of one act
    ("Russian troops shelled Kherson on Monday as drones hit Zaporizhzhia.",
     [("Kherson", "Shelling/artillery/missile attack", "2025-03-03", "Russian forces"),
      ("Zaporizhzhya", "Air/drone strike", "2025-03-03", "Russian forces")]),
    # (the base reading, unchanged: "as well as" does not carry a list's role to Odesa; a gap left open)
    ("Russian drones struck Kherson and Mykolaiv as well as Odesa overnight.",
     [("Kherson", "Air/drone strike", "2025-03-05", "Russian forces"),
      ("Mykolayiv", "Air/drone strike", "2025-03-05", "Russian forces")]),
    ("Drones struck Kherson while Mykolaiv was quiet, officials said.",
     [("Kherson", "Air/drone strike", "2025-03-05", "Russian forces")]),
    # no act: a list of facilities that tells none, flights resumed
    ("Flights to Sanaa airport and the Ras Isa port resumed on Monday.", []),
    ("The Houthis said they would target Haifa port and Eilat if Israel kept up its attacks.", []),
])
def test_controls_keep_their_reading(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_the_patterns_are_linear_on_a_pathological_run() -> None:
    for bad in (" port" * 20_000, "  " * 50_000 + "port", " air " * 20_000, "as " * 33_000,
                "whereas" * 14_000, " as\t" * 25_000):
        t = time.process_time()
        _FACILITY_LIST_GAP.fullmatch(bad)
        _FACILITY_LIST_GAP.match(bad)
        list(_PART_OPENER.finditer(bad))
        assert time.process_time() - t < 3.0


def test_many_facility_lists_and_two_act_reports_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join(f"Israeli jets struck Sanaa airport and the Ras Isa port on Monday, killing "
                        f"{i % 9 + 2}. Kherson was shelled as drones hit Zaporizhzhia while rockets hit "
                        f"Mykolaiv." for i in range(n))
    assert len(text(700)) > 100_000
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
