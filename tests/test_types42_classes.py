"""Classes of sub-type phrasing found among the blind files' train misses in session 36 (branch types42, gold
file types41.jsonl): a crowd's road block told with the road's own words between the verb and the road
("block Beirut airport road", "blocked the ring road", "block the main highway into X") is a violent
demonstration, as the guide codes road blocks, like "blocked roads" already was; the forces' intervention
still decides first ("police fired tear gas at traders blocking a street": Protest with intervention), and a
cordon the forces put up is no crowd's block. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _ROAD_BLOCKED
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-06-10"))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Taxi drivers block the main highway into Lusaka over fuel prices",
     [("Lusaka", "Violent demonstration", "rioters")]),
    ("Miners blocked the Kolwezi ring road on Monday to demand unpaid bonuses.",
     [("Kolwezi", "Violent demonstration", "rioters")]),
    ("Students blocked the university bridge in Cluj on Thursday over tuition fees.",
     [("Cluj-Napoca", "Violent demonstration", "rioters")]),
])
def test_a_crowd_blocking_a_road_told_with_its_words_riots(pipeline: Pipeline, text: str,
                                                           events: list[tuple[str, str, str | None]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    # the forces' cordon is no crowd's block
    ("Police blocked the main road to parliament in Nairobi as protesters rallied on Tuesday.",
     [("Nairobi", "Peaceful protest", "protesters")]),
    # the intervention decides first
    ("Police fired tear gas at traders blocking a busy street in Kampala on Monday.",
     [("Kampala", "Protest with intervention", "protesters")]),
    ("Traders marched through Kampala on Monday against new taxes.",
     [("Kampala", "Peaceful protest", "protesters")]),
    # a threat to block is no event
    ("Unions said they would block the main roads into Lusaka next week.", []),
])
def test_near_misses_of_the_road_block(pipeline: Pipeline, text: str,
                                       events: list[tuple[str, str, str | None]]) -> None:
    assert _events(pipeline, text) == events


def test_the_road_block_pattern_reads_at_most_three_words() -> None:
    assert _ROAD_BLOCKED.search("youths block the old coastal road")
    assert not _ROAD_BLOCKED.search("youths block the very old coastal road")
    assert not _ROAD_BLOCKED.search("soldiers blocked the main road")
    # 100 KB of blocking verbs with no road after them: no match, and one bounded attempt per verb
    text = "they blocked access to the " * 4000
    assert len(text) > 100_000 and _ROAD_BLOCKED.search(text) is None
    assert _ROAD_BLOCKED.search(text + "road") is not None


def test_the_road_block_reading_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    unit = "students blocked the main "

    def text_of(n: int) -> str:
        return "Protesters marched in Lusaka as " + unit * (n // len(unit)) + "road"
    assert growth(parsing(pipeline, text_of, "2025-06-10"), 50_000) < GROWTH
