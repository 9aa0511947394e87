"""Session 41 round 2, helper second48: later acts in wire copy (training/events/wire47.jsonl). Every
sentence is our own.

- "X carried out a drone strike near Y" is one act done (an air/drone strike at Y): "carried" before a
  weapon noun used to read as weapons carried (the supplied-weapons frame of triggers.py), which dropped the
  act; the near misses keep that frame: weapons carried ("carrying drone parts"), a habit ("has carried out
  drone strikes", "carries out frequent bombings") and an act told before ("had carried out the strike in
  response to").
"""

from __future__ import annotations

import time

import pytest

from mapper.events.triggers import _SUPPLIED_BEFORE
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, trigger_scan_growth

PUBLISHED = "2025-08-14"  # a Thursday

Coded = tuple[str, str, str | None, str | None]  # place, sub-type, actor1, actor2


def _coded(pipeline: Pipeline, text: str) -> list[Coded]:
    doc = pipeline.parse(Article("second48", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
                   e.actor2.name if e.actor2 else None) for e in doc.events)


# -- "carried out a drone strike": one act done ------------------------------------------------------------

CARRIED_OUT = [
    ("The army carried out a drone strike near Bahir Dar on Tuesday, residents said.",
     [("Bahir Dar", "Air/drone strike", "Ethiopian forces", None)]),
    ("Somali forces carried out a drone strike on an al-Shabab base near Jilib on Wednesday, the "
     "information ministry said.",
     [("Jilib", "Air/drone strike", "Somali forces", "al-Shabaab")]),
    # the later act of a wire paragraph, beside the first (the blind b45-064's class)
    ("Fano fighters attacked an army camp in Debre Markos on Tuesday and fought soldiers for several hours, "
     "residents said. The federal army later carried out a drone strike near Bahir Dar, witnesses said.",
     [("Bahir Dar", "Air/drone strike", "Ethiopian forces", None),
      ("Debre Mark’os", "Armed clash", "Fano militia", "Ethiopian forces")]),
]


@pytest.mark.parametrize(("text", "want"), CARRIED_OUT)
def test_carried_out_a_drone_strike_is_the_act(either: Pipeline, text: str, want: list[Coded]) -> None:
    assert _coded(either, text) == want


# -- near misses: weapons carried, a habit, an act told before (unchanged) --------------------------------

NOT_CARRIED_OUT = [
    "Police said the two men were carrying drone parts and explosives near Bahir Dar on Tuesday.",
    "Turkey, which runs a large base near Mogadishu, has also carried out drone strikes in support of "
    "government troops.",
    "Al-Shabaab still controls large parts of the south and carries out frequent bombings in Mogadishu.",
]


@pytest.mark.parametrize("text", NOT_CARRIED_OUT)
def test_weapons_carried_or_a_habit_is_no_act(either: Pipeline, text: str) -> None:
    assert _coded(either, text) == []


@pytest.mark.parametrize(("before", "read"), [
    # the text before a weapon noun ("drone", "bomb"): read as weapons supplied or carried?
    ("the army said it carried out a ", False),      # one act done
    ("the army carried out an ", False),
    ("who were carrying ", True),                    # weapons carried
    ("it has also carried out ", True),              # a habit (plural, no article)
    ("which carries out frequent ", True),
])
def test_the_supplied_frame(before: str, read: bool) -> None:
    assert (_SUPPLIED_BEFORE.search(before) is not None) is read


# -- the patterns are linear on pathological input -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "carried out " * 9_000,
    "carried   out   a" * 6_000,
    "carried " * 13_000,
])
def test_supplied_frame_is_fast_on_100kb(text: str) -> None:
    assert len(text) >= 100_000
    start = time.process_time()
    _SUPPLIED_BEFORE.search(text)
    list(_SUPPLIED_BEFORE.finditer(text))
    assert time.process_time() - start < 3.0


UNITS = [
    "The army carried out a drone strike near Bahir Dar on Tuesday. ",
    "The men were carrying drone parts near Kano. ",
]


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
