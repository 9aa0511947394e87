"""Words that are no political statement, session 41 round 2 (meetings48, gold file statements47.jsonl).

Every sentence is our own. Classes (blind train misses on 44cffb61):

* A vessel's keeper saying in a city ("the ship's manager said in Athens", blind b45-079): a business speaks,
  no institution; the trade tellers of triggers._TRADER_TELLER_BEFORE now hold a ship's, vessel's or
  tanker's manager, owner or operator, and a trade noun's official or executive ("an airline official said
  in Nairobi").
* Residents after a place that opens the sentence ("In El Obeid, the capital of North Kordofan, residents
  said they feared an assault", blind b45-071): where they live, not a place of speaking
  (triggers._OPENING_PLACE_BEFORE beside _PRIVATE_TELLER_BEFORE).
* The day of words told to an assembly before the place ("told a conference in Warsaw on Monday", "addressing
  a party conference in Quetta on Saturday", "told a meeting of state governors in Juba on Friday"): the
  saying's own day (clauses._SAID_ON), not the published one (fixed a15-014, l5-014 elsewhere).

Near misses that keep their reading: a minister saying in the same city (a statement), a governor after the
same opening place (a statement), residents who report an act at the opening place (the act is kept).
"""

from __future__ import annotations

import time

import pytest

from mapper.events import clauses
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, trigger_scan_growth

# 2025-03-06 is a Thursday: Tuesday is 03-04, Monday 03-03.
PUBLISHED = "2025-03-06"


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(Article("meetings48", text, published=PUBLISHED))
    return [(e.sub_event_type, e.location.name, e.date, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


# Sentences with no event: the teller is a business or a resident, never an institution.
NO_STATEMENT = (
    "The ship's manager said in Piraeus that the crew of 21 were safe.",
    "The tanker's owner said in Piraeus on Tuesday that the crew were safe.",
    "An airline official said in Nairobi on Thursday that flights to Mogadishu would resume next week.",
    "In Kherson, residents said on Monday they feared fresh shelling as Russian troops massed nearby.",
    "In Kassala, the capital of Kassala state near the border, residents said they feared an assault.",
)


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_business_or_residents_make_no_statement(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


# The near misses: an institution speaking in the same place, and an act the residents report.
@pytest.mark.parametrize(("text", "expected"), [
    ("Greece's shipping minister said in Piraeus on Tuesday that the crew of 21 were safe.",
     [("Statement", "Piraeus", "2025-03-04", "Greek government", None)]),
    ("Kenya's transport minister said in Nairobi on Thursday that flights to Mogadishu would resume soon.",
     [("Statement", "Nairobi", "2025-03-06", "Kenyan government", None)]),
    ("In Kherson, the regional governor said on Monday that Russian shelling had killed two people.",
     [("Statement", "Kherson", "2025-03-03", None, None)]),
    ("In Kassala, residents said on Monday that RSF drones had struck the airport.",
     [("Air/drone strike", "Kassala", "2025-03-03", "Rapid Support Forces", None)]),
])
def test_the_near_misses_keep_their_reading(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


# ---- the day of words told to an assembly

TOLD_AN_ASSEMBLY_BEFORE_A_DAY = (
    "Ukraine's defence minister told a conference in Warsaw on ",
    "Pakistan's interior minister, addressing a party conference in Quetta on ",
    "South Sudan's president told a meeting of state governors in Juba on ",
    "Addressing an African Union summit in Addis Ababa on ",
)
NOT_TOLD_THERE = (
    "The minister told a conference that troops had retaken the town of Bama on ",
    "Police were addressing the crowd when gunmen opened fire on ",
)


@pytest.mark.parametrize("before", TOLD_AN_ASSEMBLY_BEFORE_A_DAY)
def test_words_told_to_an_assembly_own_the_day(before: str) -> None:
    assert clauses._SAID_ON.search(before, max(0, len(before) - clauses._SAID_ON_CHARS)) is not None


@pytest.mark.parametrize("before", NOT_TOLD_THERE)
def test_no_place_of_telling_owns_no_day(before: str) -> None:
    assert clauses._SAID_ON.search(before, max(0, len(before) - clauses._SAID_ON_CHARS)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine's defence minister told a conference in Warsaw on Monday that Russia had launched 700 drones.",
     [("Statement", "Warsaw", "2025-03-03", "Ukrainian government", None)]),
    ("Pakistan's interior minister, addressing a conference in Quetta on Tuesday, said militants were armed "
     "from abroad.",
     [("Statement", "Quetta", "2025-03-04", "Pakistani government", None)]),
])
def test_a_statement_to_an_assembly_takes_its_day(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_said_on_is_linear() -> None:
    # 100 KB of assemblies with no place: the lazy words never find " in "
    text = "told a big big big conference " * 3500
    t0 = time.process_time()
    assert clauses._SAID_ON.search(text) is None
    assert time.process_time() - t0 < 3


UNITS = (
    "The ship's manager said in Piraeus that the crew were safe. ",
    "In Kherson, residents said they feared shelling. ",
    # no teller, no stop: the opening-place pattern's stretch never finds its end
    "in kherson, in kherson, residents residents said said in in ",
)


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


def test_a_long_residents_story_parses_fast(unfiltered: Pipeline) -> None:
    # 100 KB of residents' words after an opening place and ship managers' words in a port
    text = ("In Kherson, residents said they feared shelling, and the ship's manager said in Piraeus "
            "that the crew were safe. ") * 900
    assert len(text) > 100_000
    t0 = time.process_time()
    assert _events(unfiltered, text) == []
    assert time.process_time() - t0 < 10  # generous CPU bound (linear: well under a second of scan)
