"""Tolls where they belong, session 41 round 2 (tolls48, gold file tolls47.jsonl).

Every sentence is our own. Class: one person killed beside others ("X and N others"), where the person's
noun phrase went on past where the count looked for the others: a title with an "of" tail ("chief of
staff", "head of security": casualties._OF_TITLE_TAILS) and a name in commas before "and"/"plus" ("the
minister, Ahmad Khan, and five other people"). Both read 1 before; the others are counted now
(casualties._one_person).

Near misses that keep their reading: the same person alone ("killing the provincial governor, Ahmad Khan,
officials said" is 1), "the mayor, Carlos Manzo, in Uruapan" (1), and "X and N others were wounded" (the
others are injuries, not dead).
"""

from __future__ import annotations

import time

import pytest

from mapper.events.casualties import _OF_TITLE_TAILS
from mapper.model import Article
from mapper.pipeline import Pipeline

PUBLISHED = "2025-11-04"  # a Tuesday

Toll = tuple[str, str, int | None, int | None]  # place, sub-type, dead, injured


def _tolls(pipeline: Pipeline, text: str) -> list[Toll]:
    doc = pipeline.parse(Article("tolls48", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.fatalities, e.injuries) for e in doc.events)


def _both(pipeline: Pipeline, unfiltered: Pipeline, text: str) -> list[Toll]:
    """The reading with the event filter on, checked equal to the rules' reading (filter off)."""
    got = _tolls(pipeline, text)
    assert got == _tolls(unfiltered, text)
    return got


# ---- a title with an "of" tail, then the others

@pytest.mark.parametrize(("title", "others", "dead"), [
    ("chief of staff", "4 others", 5),
    ("commander of operations", "two others", 3),
    ("deputy minister of defence", "three bodyguards", 4),
])
def test_a_title_of_one_person_then_others_counts_all(pipeline: Pipeline, unfiltered: Pipeline,
                                                      title: str, others: str, dead: int) -> None:
    text = f"Drone strike on Tyre kills Hezbollah {title}, {others}"
    assert _both(pipeline, unfiltered, text) == [("Tyre", "Air/drone strike", dead, None)]


def test_the_title_tails_are_a_closed_table() -> None:
    # "the mother of two", "a member of Hamas": "of" there is no title's tail
    assert "staff" in _OF_TITLE_TAILS and "two" not in _OF_TITLE_TAILS and "hamas" not in _OF_TITLE_TAILS


# ---- a name in commas, then "and" more people

@pytest.mark.parametrize(("people", "dead"), [
    ("the provincial governor, Ahmad Khan, and five other people", 6),
    ("the district police chief, Abdul Rahim Safi, and two of his guards", 3),
    ("a tribal elder, Malik Nasir, plus four others", 5),
])
def test_a_named_person_in_commas_then_others_counts_all(pipeline: Pipeline, unfiltered: Pipeline,
                                                        people: str, dead: int) -> None:
    text = f"A suicide bomber blew himself up in Kandahar on Monday, killing {people}, officials said."
    assert _both(pipeline, unfiltered, text) == [("Kandahār", "Suicide bomb", dead, None)]


# ---- near misses that keep their reading

@pytest.mark.parametrize(("text", "want"), [
    ("A suicide bomber blew himself up in Kandahar on Monday, killing the provincial governor, Ahmad Khan, "
     "officials said.", [("Kandahār", "Suicide bomb", 1, None)]),
    ("Gunmen shot dead the mayor, Carlos Manzo, in Uruapan on Saturday.", [("Uruapan", "Attack", 1, None)]),
    ("A suicide bomber killed a district police chief and six other people at a checkpoint in Bannu on "
     "Monday, officials said.", [("Bannu", "Suicide bomb", 7, None)]),
    ("A roadside bomb hit an army patrol near Gwoza on Monday, killing two soldiers, while four others were "
     "wounded, the army said.", [("Gwoza", "Remote explosive/landmine/IED", 2, 4)]),
])
def test_near_misses_keep_their_reading(pipeline: Pipeline, unfiltered: Pipeline, text: str,
                                        want: list[Toll]) -> None:
    assert _both(pipeline, unfiltered, text) == want


# ---- bounded: no new regex; the apposition look-ahead is four words at most

def test_a_long_run_of_titles_and_names_in_commas_parses_fast(unfiltered: Pipeline) -> None:
    # 100 KB of one person's title, a name in commas and "and" again and again: each look-ahead is bounded
    unit = ("A bomb in Kandahar killed the chief of staff, Ahmad Khan Safi Noor, and the head of security, "
            "Abdul Rahim, and ")
    text = unit * (100_000 // len(unit) + 1) + "five others."
    assert len(text) >= 100_000
    t0 = time.process_time()
    _tolls(unfiltered, text)
    assert time.process_time() - t0 < 30.0
