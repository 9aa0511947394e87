"""Session 42 round 2, helper tolls50: tolls that rise, for the classes of the train misses that
training/events/tolls49.jsonl carries. Every sentence is our own.

- the act's dead and its later toll in one sentence ("killing five people on Sunday, and the toll rose to
  nine on Monday"): the risen toll is the act's (casualties.risen_toll), within the bound an update of the
  act's own figure keeps; the near misses: "raising the death toll ... to 40" adds the new dead to an earlier
  toll (3, as the guide says), and a war's toll that "has risen to 50,000" is not this act's;
- two updates in one sentence ("The toll had risen to 45 by Saturday ..., and has since risen to 63"): the
  last, the newest (casualties.updated_toll).
"""

from __future__ import annotations

import time

import pytest

from mapper.events import casualties as cas
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import hundred_kb, pattern_cpu, rescans

coded = reader_of("site", "date_text", "fatalities", published="2025-10-15")


# -- a toll that rose, in the act's own sentence ------------------------------------------------------------

SAME_SENTENCE = [
    ("A car bomb outside a hotel in Beledweyne killed five people on Sunday, and the toll rose to nine on "
     "Monday when four of the injured died, a local official said.",
     [("Beledweyne", "2025-10-12", 9)]),
    ("A Russian missile hit a hospital in Kherson on Saturday, killing two people, and the death toll has "
     "risen to four, the governor said.",
     [("Kherson", "2025-10-11", 4)]),
]


@pytest.mark.parametrize(("text", "want"), SAME_SENTENCE)
def test_toll_risen_in_the_acts_sentence(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_casualties_reads_the_risen_toll() -> None:
    assert cas.casualties("Gunmen killed six villagers on Friday, and the toll rose to 11 on Saturday.") \
        == (11, None)
    assert cas.risen_toll("the toll rose to 11 on Saturday") == 11
    assert cas.risen_toll("bringing the toll to 11") is None  # added dead, read by _toll_update


NEAR_MISSES = [
    # "raising the toll to 40": the new dead are this act's (the guide), not the running toll
    "An air strike killed three people in Idlib on Monday, raising the death toll from the week's strikes "
    "to 40.",
    # a war's toll, far above the bound
    "An air strike killed three people in Idlib on Monday; the death toll from the war has risen to 50,000.",
    # "since" a time: a period's toll, never matched
    "An air strike killed three people in Idlib on Monday, and the death toll since January rose to 30.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_keep_the_acts_own_dead(text: str) -> None:
    assert cas.casualties(text) == (3, None)


# -- two updates in one sentence: the last -------------------------------------------------------------------

def test_two_updates_the_last() -> None:
    text = ("The toll had risen to 45 by Saturday as more bodies were found in the bush, and has since risen "
            "to 63, the state governor said on Tuesday.")
    assert cas.updated_toll(text) == 63
    assert cas.updated_toll("Officials said the toll had risen to 45 by Saturday.") == 45
    # a later "has risen to" with no toll before it is no update
    assert cas.updated_toll("The number of displaced people has since risen to 2,000.") is None


def test_two_updates_in_a_story(either: Pipeline) -> None:
    text = ("Gunmen attacked the village of Konduga in Borno state on Friday night, killing 30 people, a "
            "local official said. The toll had risen to 45 by Saturday as more bodies were found in the "
            "bush, and has since risen to 63, the state governor said on Tuesday.")
    assert [row[2] for row in coded(either, text) if row[0] == "Konduga"] == [63]


# -- linear time on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["the toll had risen to 45 and has since risen to ",
                                  "has since risen to has had ", "toll rose to toll rose to 4 ",
                                  "killed 3 people and the toll rose to 9 "])
def test_update_readers_linear(unit: str) -> None:
    text = hundred_kb(unit)
    start = time.process_time()
    cas.updated_toll(text)
    cas.risen_toll(text)
    cas.casualties(text[:20_000])
    assert time.process_time() - start < 3.0
    assert pattern_cpu(cas._RISEN_AGAIN, text) < 3.0


def test_risen_again_cannot_rescan_a_run() -> None:
    # every repeat bounded or possessive (the shared check of tests/test_linear.py)
    assert rescans(cas._RISEN_AGAIN, most=30) == []


# -- an update naming only the hospital town where the wounded died ----------------------------------------

HOSPITAL_TOWN = [
    ("PESHAWAR, Pakistan (AP) — Gunmen opened fire on a passenger van in Kurram district on Saturday, "
     "killing eight people, police said. The death toll had risen to 11 by Monday after three of the wounded "
     "died at a hospital in Peshawar, officials said.", "Kurram District", 11),
    ("Militants ambushed a bus near Reasi on Sunday, killing six pilgrims, police said. The toll rose to "
     "eight on Monday after two of the wounded died in a hospital in Jammu, officials said.", "Riāsi", 8),
]


@pytest.mark.parametrize(("text", "site", "dead"), HOSPITAL_TOWN)
def test_update_naming_the_hospital_town(either: Pipeline, text: str, site: str, dead: int) -> None:
    assert [row[2] for row in coded(either, text) if row[0] == site] == [dead]


def test_update_naming_another_site_is_not_the_last_acts(either: Pipeline) -> None:
    # the near miss: a town named as a place of its own (no hospital) keeps the rule the code had
    text = ("Militants ambushed a bus near Reasi on Sunday, killing six pilgrims, police said. The toll in "
            "Kathua rose to eight on Monday, officials said.")
    assert [row[2] for row in coded(either, text) if row[0] == "Riāsi"] == [6]


def test_hospital_window_is_bounded() -> None:
    from mapper.events import coder
    from mapper.model import Mention
    text = "hospital in " * 9000 + "Jammu"
    m = Mention(len(text) - 5, len(text), "Jammu")
    start = time.process_time()
    for _ in range(1000):
        assert coder._where_wounded_died(text, m)
    assert time.process_time() - start < 3.0
    assert rescans(coder._HOSPITAL_BEFORE, most=30) == []
    assert pattern_cpu(coder._HOSPITAL_BEFORE, "hospital in the " * 6500) < 3.0
