"""Session 47, helper names59: event places the recognizer did not see at all, for the classes of the blind
files' train misses that training/events/places60.jsonl carries. Every sentence is our own.

- a lesser town's spelling variant in event context: one word (6 letters or more, no lemma of the English
  word lists) that is only the spelling variant of a town under the 20,000 people a bare variant needs
  ("Graivoron" for Grayvoron, "Hulyaipole" for Hulyaypole, "Shaddadi" for Ash Shaddadah) is now a
  candidate (recognize.SMALL_VARIANT, from ``_lookup``) that the recognizer keeps only where the words
  around it mark conflict reporting: the event-context boost, a list that shares it, or in the second pass
  a locative the document's places support (``Recognizer.candidates``); near misses: the same word with no
  such context ("Flowers bloomed in Hulyaipole", "Graivoron is a quiet town"), a word the text also writes
  in lowercase, an English word ("School shooting ...": not Schull) or a weekday ("Monday": not Mondai),
  a town abroad where the text's confident places support neither its country nor its province ("Madyen,
  a town in Swat district": not Zaouiet Medien in Tunisia; the example was "Madyan" until session 50's
  table gained Swat's Madyan), and a run whose skeleton names a place (the
  skeleton fallback still wins over a lesser town's variant of one of its words).

Tried and dropped (see the README row): a two-word town written as one word ("Dansadau" for Dan Sadau),
and "troops defending / guarding X" as event context.
"""

from __future__ import annotations

import time

import pytest

from mapper.geoparse.recognize import SMALL_VARIANT, _lookup, find_candidates, normalize
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a lesser town's spelling variant in event context ---------------------------------------------------

SMALL = [
    ("Russian drones struck Hulyaipole on Monday, killing two people, the regional governor said.",
     [("Russian", "actor"), ("Hulyaipole", "event_site")],
     [("Hulyaypole", "Air/drone strike", "Russian forces", None)]),
    ("A roadside bomb exploded near a checkpoint in the town of Shaddadi on Tuesday, wounding four fighters.",
     [("Shaddadi", "event_site")],
     [("Ash Shaddādah", "Remote explosive/landmine/IED", None, None)]),
    ("Ukrainian drones hit a fuel depot near Graivoron, the Belgorod governor said.",
     [("Ukrainian", "actor"), ("Graivoron", "event_site"), ("Belgorod", "context")],
     [("Grayvoron", "Air/drone strike", "Ukrainian forces", None)]),
]


@pytest.mark.parametrize(("text", "roles", "events"), SMALL)
def test_a_lesser_towns_variant_in_event_context(either: Pipeline, text: str, roles: list,
                                                 events: list) -> None:
    assert roles_of(either, text) == roles
    assert coded(either, text) == events


@pytest.mark.parametrize("text", [
    "Flowers bloomed in Hulyaipole this spring.",
    "Graivoron is a quiet town.",
    "Officials said they planned to evacuate the last families from Hulyaipole before winter.",
])
def test_a_lesser_towns_variant_with_no_event_context_is_no_place(either: Pipeline, text: str) -> None:
    assert roles_of(either, text) == []
    assert coded(either, text) == []


def test_the_variant_look_up(gazetteer) -> None:  # noqa: ANN001
    found, how = _lookup(normalize("Graivoron"), gazetteer, True)
    assert how == SMALL_VARIANT and [gazetteer.row(o.row).name for o in found] == ["Grayvoron"]
    assert _lookup(normalize("School"), gazetteer, True)[0] == ()  # an English word: no Schull
    assert _lookup(normalize("Graivoron"), gazetteer, False)[0] == ()  # no variants asked (a code's case)
    found, how = _lookup(normalize("Janzour"), gazetteer, True)  # a big town's variant: as before
    assert found and how != SMALL_VARIANT


def test_an_english_word_stays_no_place(either: Pipeline) -> None:
    assert ("School", "event_site") not in roles_of(either, "School shooting leaves two dead in Ohio")
    assert _lookup(normalize("Monday"), gazetteer_of(either), True)[0] == ()  # a weekday: no Mondai


def gazetteer_of(pipeline: Pipeline):  # noqa: ANN201
    return pipeline.recognizer.gaz


def test_a_lesser_town_abroad_is_no_place(either: Pipeline) -> None:
    # The text's confident places are Pakistan's: Zaouiet Medien (Tunisia), whose variant "Madyen" is, is
    # not meant.
    text = "A mob lynched a shopkeeper in Madyen, a town in Swat district, on Thursday, police said."
    assert "Madyen" not in [m for m, _ in roles_of(either, text)]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

def test_many_lesser_towns_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Russian drones struck Hulyaipole and Graivoron on Sunday. Flowers bloomed in Shaddadi. "
            "Qwertyzz Asdfghjk Zxcvbnmm on Monday. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH


def test_a_100kb_run_of_variants_is_read_in_bounded_time(gazetteer) -> None:  # noqa: ANN001
    text = "Graivoron Hulyaipole on Shaddadi " * (100_000 // 33)
    start = time.process_time()
    find_candidates(text, gazetteer)
    assert time.process_time() - start < 3.0
