"""Session 41, helper actors47: actor1 and actor2 as an analyst codes them, for the classes of the blind
files' train misses that training/events/actors46.jsonl carries. Every sentence is our own.

- an armed post named only as where a blast went off ("exploded outside a military base", "near an army
  checkpoint", "near a military air base"), with a toll that names civilians: the post is a landmark, the
  civilians are actor2; the near misses: the same blast killing soldiers, and a bomb aimed at a patrol, keep
  the state's force;
- bare fighters ("Militants attacked a Frontier Corps post") are not renamed after the one group the sentence
  names when that group is the side hit: actor1 the militants, actor2 the state's forces; the near miss: a
  group named as the fighters' own ("Rebels shelled Goma while M23 fighters clashed") still names them.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import coder
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import rescans

coded = reader_of("site", "sub_type", "actor1", "actor2", "fatalities", published="2025-07-13")


# -- an armed post as the landmark of a blast that killed civilians -----------------------------------------

LANDMARKS = [
    ("A car bomb exploded outside a military base in Baidoa on Saturday, killing seven civilians at a nearby "
     "tea shop, police said.",
     [("Baidoa", "Remote explosive/landmine/IED", None, "civilians", 7)]),
    ("Suicide bomber kills 12 civilians near army checkpoint in Gwoza",
     [("Gwoza", "Suicide bomb", "unidentified gunmen", "civilians", 12)]),
    ("A bomb planted near a police checkpoint in Tuz Khurmatu killed three civilians on Monday, a local "
     "official said.",
     [("Ţūz Khūrmātū", "Remote explosive/landmine/IED", None, "civilians", 3)]),
    ("A truck bomb blew up near a military air base in Popayan on Thursday, killing six civilians.",
     [("Popayán", "Remote explosive/landmine/IED", None, "civilians", 6)]),
]


@pytest.mark.parametrize(("text", "want"), LANDMARKS)
def test_post_beside_a_blast_is_a_landmark(pipeline: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(pipeline, text) == want


@pytest.mark.parametrize(("text", "want"), LANDMARKS[:2])
def test_post_beside_a_blast_unfiltered(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


NEAR_MISSES = [
    # the dead are the post's soldiers: the force is the side hit
    ("A car bomb exploded outside a military base in Baidoa on Saturday, killing seven soldiers.",
     [("Baidoa", "Remote explosive/landmine/IED", None, "Somali forces", 7)]),
    # the patrol is the bomb's object, not a landmark
    ("A roadside bomb targeting a police patrol near Tuz Khurmatu killed three policemen on Monday.",
     [("Ţūz Khūrmātū", "Remote explosive/landmine/IED", None, "police", 3)]),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_post_hit_keeps_its_force(pipeline: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(pipeline, text) == want


# -- bare fighters and the one group named as the side hit ------------------------------------------

def test_militants_attacking_a_corps_post_stay_militants(pipeline: Pipeline) -> None:
    text = "Militants attacked a Frontier Corps post in Tank district overnight, killing five soldiers."
    assert coded(pipeline, text, published="2025-06-04") == [
        ("Tank", "Armed clash", "militants", "Pakistani forces", 5)]


def test_militants_attacking_a_corps_post_unfiltered(unfiltered: Pipeline) -> None:
    text = "Militants attacked a Frontier Corps post near Turbat overnight, killing four soldiers."
    assert coded(unfiltered, text, published="2025-06-04")[0][2:] == ("militants", "Pakistani forces", 4)


def test_fighters_of_a_named_group_keep_its_name(pipeline: Pipeline) -> None:
    # near miss: the one group named is the fighters' own, not the side hit
    text = "Rebels shelled Goma while M23 fighters clashed with soldiers in Sake on Thursday."
    events = coded(pipeline, text, published="2025-02-14")
    assert ("Sake", "Armed clash", "M23", "Congolese forces", None) in events


# -- linear time -------------------------------------------------------------------------------------------

def test_landmark_pattern_cannot_rescan_a_run() -> None:
    assert rescans(coder._BESIDE_POST) == []


@pytest.mark.parametrize("unit", ["near a military ", "outside the ", "close to an army air base ",
                                  "next to " * 3, "a" * 50 + " "])
def test_pathological_100kb_landmark_scan_is_fast(unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.process_time()
    found = len(list(coder._BESIDE_POST.finditer(text)))
    assert time.process_time() - started < 3.0
    assert found >= 0
