"""The side attacked named only by its country's adjective or "security" and a unit noun, session 28
(actor2late34, gold file actors33.jsonl).

Every sentence is our own. Classes:

- a state's post, convoy, patrol, base, checkpoint, position or garrison named by its country's adjective
  ("ambush Malian convoy", "attacked Kenyan positions", "fired on Pakistani border posts"): that state's
  forces are actor2 (the side attacked), as "army convoy" already was; the Afghan state since 2021 is the
  Taliban;
- the same named by "security" ("ambushed a security patrol", "stormed a security post"): the event
  country's forces;
- the side a town was taken from, told after the town and its area ("recaptured the town of Bara in North
  Kordofan from the Rapid Support Forces"): actor2 (the subject scan found no object there); not a side
  described by its backer ("from U.S.-backed Kurdish-led forces"), which would stand as the target of every
  act the sentence tells (the drone strike's SDF stays);
- controls: "army convoy" and "military base" keep their reading; a demonym before a convoy of goods
  ("a Malian fuel convoy") or before a civilian vehicle ("a Kenyan bus") names no force; a word that is no
  country's adjective before a unit noun ("Wagner positions" aside, "Eastern positions") adds no side.
"""

from __future__ import annotations

import re
import time

import pytest

from mapper.events.actors import _STATE_UNIT
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("a2l34", text, published=published))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadists ambush Malian convoy near Gao",
     ("Gao", "Armed clash", "jihadists", "Malian forces")),
    ("Al-Shabaab fighters attacked Kenyan positions near Lamu, the county commissioner said.",
     ("Lamu", "Armed clash", "al-Shabaab", "Kenyan forces")),
    ("JNIM fighters overran a Burkinabe garrison in Djibo, security sources said.",
     ("Djibo", "Armed clash", "JNIM", "Burkinabe forces")),
    ("Boko Haram fighters raided Cameroonian checkpoints near Mora, a local official said.",
     ("Mora", "Armed clash", "Boko Haram", "Cameroonian forces")),
    # a border post: the Afghan state since August 2021 is the Taliban
    ("Pakistani troops fired on Afghan border posts near Spin Boldak, Taliban officials said.",
     ("Spīn Bōldak", "Armed clash", "Pakistani forces", "Taliban")),
])
def test_a_demonym_before_a_unit_noun_is_the_side_attacked(pipeline: Pipeline, text: str,
                                                            expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen ambushed a security patrol near Dori, a local official said.",
     ("Dori", "Armed clash", "unidentified gunmen", "Burkinabe forces")),
    ("Militants stormed a security checkpoint in Tank, police said.",
     ("Tank", "Armed clash", "militants", "Pakistani forces")),
    ("Al-Shabaab Attacks Security Convoy In Jowhar",
     ("Jawhar", "Armed clash", "al-Shabaab", "Somali forces")),
])
def test_security_before_a_unit_noun_is_the_event_country_forces(pipeline: Pipeline, text: str,
                                                                 expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadists ambushed an army convoy near Gao, a military source said.",
     ("Gao", "Armed clash", "jihadists", "Malian forces")),
    ("Boko Haram fighters attacked a military base in Monguno.",
     ("Monguno", "Armed clash", "Boko Haram", "Nigerian forces")),
    ("Gunmen attacked a Kenyan bus near Garissa, killing six passengers, police said.",
     ("Garissa", "Attack", "unidentified gunmen", "civilians")),
    ("Jihadists torched a Malian fuel convoy near Timbuktu, drivers said.",
     ("Timbuktu", "Looting/property destruction", "jihadists", None)),
])
def test_controls_keep_their_reading(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nigerian troops said on Sunday they had recaptured the town of Malam Fatori in northern Borno "
     "from ISWAP fighters after a two-day battle.",
     [("Mallam Fatori", "Government regains territory", "Nigerian forces", "ISWAP")]),
    ("Government forces retook the town of Saraqib in eastern Idlib from rebels on Tuesday after days of "
     "fighting.",
     [("Saraqib", "Government regains territory", "Syrian forces", "rebels")]),
    ("Sudan's army said it had recaptured the town of Bara in North Kordofan from the Rapid Support Forces "
     "after heavy fighting.",
     [("Bārah", "Government regains territory", "Sudanese forces", "Rapid Support Forces")]),
    ("Somali troops recaptured the village of Adan Yabaal in the Middle Shabelle region from al-Shabaab on "
     "Friday, officials said.",
     [("Adan Yabaal", "Government regains territory", "Somali forces", "al-Shabaab")]),
    # control: a side described by its backer is not marked as the target of the sentence's other act
    ("Turkish-backed fighters captured the town of Manbij from U.S.-backed Kurdish-led forces on Wednesday "
     "as Turkish drones struck positions of the Syrian Democratic Forces near the Tishrin dam.",
     [("Manbij", "Non-state actor overtakes territory", "Turkish-backed fighters",
       "U.S.-backed Kurdish-led forces"),
      ("Tishrin Dam", "Air/drone strike", "Turkish forces", "SDF")]),
])
def test_the_side_a_town_was_taken_from(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_a_word_that_is_no_adjective_is_no_side() -> None:
    # The pattern takes any capitalised word; the caller keeps only countries' adjectives and "security".
    found = [m.group("name") for m in _STATE_UNIT.finditer(
        "Eastern positions held; Malian convoy hit; a security patrol; Pakistani border posts")]
    assert found == ["Eastern", "Malian", "security", "Pakistani"]


def test_the_pattern_is_linear_on_a_pathological_run() -> None:
    # 100 KB of capitalised words and "border" with no unit noun after them, then the same doubled.
    def seconds(n: int) -> float:  # CPU time, the best of three: a loaded machine's wall clock drifts
        text = "Malian border " * n
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            for _ in range(5):
                list(_STATE_UNIT.finditer(text))
            best = min(best, time.process_time() - start)
        return best
    small, big = seconds(7_000), seconds(14_000)
    assert big / small < 3.0
    assert not re.search(r"forces", "".join(m.group() for m in _STATE_UNIT.finditer("Malian border " * 10)))


def test_many_units_attacked_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        unit = ("Jihadists ambushed a Malian convoy and a security patrol near Gao, "
                "retook a town from the army,")
        return " ".join(unit for _ in range(n)) + " killing 7."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
