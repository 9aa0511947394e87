"""Who was struck decides an attack on civilians from an armed clash: the victim words (long16).

Every sentence here is our own, and none is a gold item. A generic trigger ("attacked", "shot dead",
"killed") is Violence against civilians / Attack when its first victim word is a civilian one and an
Armed clash when it is an armed side (mapper/events/triggers.py, ``_CIVILIANS``, ``_victims``). People
named by their place in a family or a village (a chief, an elder, a father and his sons), workers by
trade (labourers, a taxi driver) and civilians' homes, shops and neighbourhoods were missing, so
such killings were coded as battles.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.triggers import clauses
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


# Settlers as the doers of a generic attack whose victims no word names as armed or civilian (headlines24):
# an attack on civilians, as ACLED codes settler violence; an armed side named first stays a clash.
@pytest.mark.parametrize(("text", "expected"), [
    ("Settlers attack shepherds near Beit Ummar; 2 hurt", [("Attack", "settlers")]),
    ("Settler attack on Sinjil leaves one dead", [("Attack", None)]),
    ("Israeli settlers attacked a school near Nablus on Friday, wounding three.", [("Attack", "settlers")]),
    ("Settlers attacked soldiers guarding a checkpoint near Nablus on Friday.",
     [("Armed clash", "settlers")]),
])
def test_settlers_attack_civilians(pipeline: Pipeline, text: str,
                                   expected: list[tuple[str, str | None]]) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in doc.events] == expected


def test_settlers_before_a_trigger_is_linear() -> None:
    sentence = "settlers " * (100_000 // 9) + "attack"
    t0 = time.perf_counter()
    clauses(sentence)
    assert time.perf_counter() - t0 < 15  # quadratic on 100 KB takes minutes
