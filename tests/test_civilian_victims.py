"""Who was struck decides an attack on civilians from an armed clash: the victim words (long16).

Every sentence here is our own, and none is a gold item. A generic trigger ("attacked", "shot dead",
"killed") is Violence against civilians / Attack when its first victim word is a civilian one and an
Armed clash when it is an armed side (mapper/events/triggers.py, ``_CIVILIANS``, ``_victims``). People
named by their place in a family or a village (a chief, an elder, a father and his sons), workers by
trade (labourers, a taxi driver) and civilians' homes, shops and neighbourhoods were missing, so
such killings were coded as battles.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline

PUBLISHED = "2026-03-18"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Separatist fighters shot dead a motorcycle taxi driver in Bamenda on Sunday, residents said.",
    "Gunmen killed a village chief and his two sons near Maiduguri on Monday, police said.",
    "Unknown gunmen killed a father and his daughter at a checkpoint outside Homs on Tuesday.",
    "Armed men attacked several neighbourhoods of Mirebalais on Monday, killing five people.",
    "Militants shot dead seven labourers near Turbat on Tuesday, officials said.",
])
def test_civilian_victims_make_an_attack(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == ["Attack"]


def test_soldiers_first_stay_a_clash(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Militants attacked an army post near Turbat on Tuesday, killing two soldiers and a "
                         "driver, officials said.", published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]
