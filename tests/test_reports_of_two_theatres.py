"""A line or a text that reports acts in two theatres ("Houthis fire missiles at Eilat; US jets strike
Hodeidah"): a town of some size named by its own name is where its own report puts the act, never moved to
the other report's place (issue 14, geographic coherence). A ";" or "|" ends a report as a sentence end does:
a place after it is not "beside" a name before it."""

from __future__ import annotations

import time

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(p: Pipeline, text: str) -> list[tuple[str, str, int]]:
    doc = p(text, published="2025-05-06")
    return [(e.location.name, e.sub_event_type, e.geo_precision) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Houthis fire missiles at Eilat; US jets strike Hodeidah",
     [("Eilat", "Shelling/artillery/missile attack", 1), ("Al Ḩudaydah", "Air/drone strike", 1)]),
    ("Houthi missile intercepted over Eilat; US jets bomb Sanaa",
     [("Sanaa", "Air/drone strike", 1), ("Eilat", "Disrupted weapons use", 1)]),
    ("Houthi missile intercepted over Eilat. US jets bomb Sanaa.",
     [("Eilat", "Disrupted weapons use", 1), ("Sanaa", "Air/drone strike", 1)]),
    ("Houthi drone intercepted near Eilat | Israeli jets pound Hodeidah port",
     [("Al Ḩudaydah", "Air/drone strike", 1), ("Eilat", "Disrupted weapons use", 2)]),
])
def test_each_report_keeps_its_town(pipeline: Pipeline, text: str,
                                    events: list[tuple[str, str, int]]) -> None:
    assert _events(pipeline, text) == events


def test_a_village_beside_its_town_stays_put(pipeline: Pipeline) -> None:
    # near miss: a place named beside another in the same report is read with it, as before
    text = "Gunmen attacked the village of Boni near Douentza in the Mopti region on Sunday, killing six."
    assert _events(pipeline, text) == [("Boni", "Attack", 1)]


def test_report_breaks_are_read_in_a_bounded_window(pipeline: Pipeline) -> None:
    # 100 KB of names between report breaks: each name looks at its neighbours within a fixed window only,
    # so doubling the text doubles the work.
    def text(n: int) -> str:
        return "Drone hit Eilat; jets strike Hodeidah | shelling hit Sanaa; " * n
    t0 = time.process_time()
    pipeline(text(1700), published="2025-05-06")
    assert time.process_time() - t0 < 20.0
    assert growth(parsing(pipeline, text), 850) < GROWTH
