"""Event type and sub-type of wire paragraphs (session 34, types40b): an attack on civilians stays one when
the state's forces fight the attackers in a later sentence that names no place; the attackers storming an
armed side in such a sentence still make it a battle."""

from __future__ import annotations

import pytest

from mapper.events.triggers import state_fights_back
from mapper.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, published: str) -> list[tuple]:
    doc = pipeline.parse(text, published=published)
    return [(e.sub_event_type, e.location.name, e.fatalities, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("CAP-HAITIEN, Haiti (AP) - Gang members attacked the town of Saint-Marc before dawn on Monday, setting "
     "fire to houses and killing at least six residents, the mayor said. Police and soldiers fought the "
     "attackers for several hours before the gang withdrew.",
     [("Attack", "Saint-Marc", 6, "gangs", "civilians")]),
    ("MAIDUGURI, Nigeria (Reuters) - Bandits attacked the town of Gusau on Monday, burning homes and killing "
     "11 villagers, residents said. Soldiers later exchanged fire with the attackers on the edge of town.",
     [("Attack", "Gusau", 11, "bandits", "civilians")]),
    # The near miss: the attackers themselves storm army positions, so the act was a battle.
    ("BAMAKO (AFP) - Jihadists attacked the town of Boni on Monday, killing dozens of people, local sources "
     "said. Hundreds of fighters on motorbikes stormed army positions before looting the market.",
     [("Armed clash", "Boni", 12, "jihadists", "Malian forces")]),
])
def test_the_state_fighting_back_later_keeps_an_attack_on_civilians(pipeline: Pipeline, text: str,
                                                                     expected: list[tuple]) -> None:
    assert _events(pipeline, text, "2024-09-10") == expected


@pytest.mark.parametrize(("sentence", "act", "state"), [
    ("police and soldiers fought the attackers for hours", "fought", True),
    ("residents fled as police exchanged fire with the gunmen", "exchanged", True),
    ("hundreds of fighters stormed army positions", "stormed", False),
    ("the rebels clashed with troops near the town", "clashed", False),
    ("witnesses said the clashes lasted all night", "clashes", False),
])
def test_state_fights_back(sentence: str, act: str, state: bool) -> None:
    assert state_fights_back(sentence, sentence.index(act)) is state


def test_state_fights_back_is_linear_on_100_kb() -> None:
    # No state word at all, and a non-state word before every state word: each a single search.
    for unit in ("fighters stormed and fought ", "the rebels and the army "):
        low = (unit * (100_000 // len(unit) + 1))[:100_000]
        assert state_fights_back(low, len(low)) is False
    low = ("ab " * 40_000)[:100_000]
    assert state_fights_back(low, len(low)) is False
    low = "police " + ("the gunmen fought " * 6_000)[:100_000]
    assert state_fights_back(low, len(low)) is True
