"""Session 51, helper types66: tolls of the blind files' train misses that training/events/types65.jsonl
carries. Every sentence is our own.

- coder.py, the placed act's casualties: an interception (Disrupted weapons use) whose own sentence denies
  casualties ("shot down 18 drones over the X region, and no one was hurt", "intercepted a missile over X;
  no casualties were reported", "and there were no casualties") has 0 dead and 0 injured, as the guide
  codes "no casualties reported" and as coder._zero_told already gave it from the next sentence (blind
  b64-075 Monywa, b67-065 Darnytskyi). Near misses: a denial of injuries only ("no injuries were reported")
  leaves the dead unknown (None, coder._zero_dead); an interception with no denial has no figure; the
  looting zero ("set fire to two cars ...; no one was hurt") is unchanged.
- casualties.py, _group with casualties._kin_pair: an article and one to three lower-case words that no
  PERSONS word names, followed by "and his/her/their" and a kin noun ("a tailor and his brother", "a
  village headman and his two sons", "a catechist and his son"), count that noun phrase as one person
  besides the kin (blind b66-039 and b65-073's "a village headman/rubber tapper and his wife"). Near misses:
  the noun phrase alone ("shot dead a village headman in X": no figure, as tolls51 left "headman", which
  lost l14-002 and w14-002); things with a possessive after them ("set fire to a house and his car": no
  toll); a PERSONS noun with its kin ("a pastor and his wife": 2, unchanged).
"""

from __future__ import annotations

import time

import pytest

from mapper.events.casualties import casualties
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, repeated_parse_growth

PUBLISHED = "2025-09-16"  # a Tuesday

coded = reader_of("site", "sub_type", "fatalities", "date_text", published=PUBLISHED)

DWU = "Disrupted weapons use"

# -- an interception's own sentence denies casualties ------------------------------------------------------

ZERO = [
    ("Ukrainian air defences shot down 14 Russian drones over the Sumy region overnight, and no one was "
     "hurt, the governor said.", [("Sumska oblast", DWU, 0, "2025-09-16")]),
    ("Israeli air defences intercepted a missile over Arad on Sunday; no casualties were reported.",
     [("Arad", DWU, 0, "2025-09-14")]),
    ("Air defences shot down a drone over Belgorod on Monday, and there were no casualties.",
     [("Belgorod", DWU, 0, "2025-09-15")]),
]


@pytest.mark.parametrize(("text", "want"), ZERO)
def test_an_interceptions_own_denial_gives_it_no_dead(either: Pipeline, text: str,
                                                     want: list[tuple]) -> None:
    assert coded(either, text) == want


NOT_ZERO = [
    # a denial of injuries only: the dead stay unknown (coder._zero_dead)
    ("Israeli air defences intercepted a missile over Arad on Sunday; no injuries were reported.",
     [("Arad", DWU, None, "2025-09-14")]),
    # no denial: no figure
    ("Air defences shot down 10 drones over the Kursk region on Monday.",
     [("Kurskaya oblast'", DWU, None, "2025-09-15")]),
    # the looting zero, unchanged
    ("Settlers set fire to two cars in Huwara on Sunday; no one was hurt.",
     [("Huwara", "Looting/property destruction", 0, "2025-09-14")]),
]


@pytest.mark.parametrize(("text", "want"), NOT_ZERO)
def test_near_misses_of_the_interceptions_zero(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- a person named by a noun PERSONS lacks, with "and his <kin>" -------------------------------------------

KIN = [
    ("Gunmen shot dead a tailor and his brother in Mubi on Sunday.", [("Mubi", "Attack", 2, "2025-09-14")]),
    ("Bandits killed a village headman and his two sons near Gusau on Monday.",
     [("Gusau", "Attack", 3, "2025-09-15")]),
    ("Jihadists shot dead a catechist and his son near Djibo on Sunday.",
     [("Djibo", "Attack", 2, "2025-09-14")]),
]


@pytest.mark.parametrize(("text", "want"), KIN)
def test_a_person_and_his_kin_are_counted(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NOT_KIN = [
    # the noun phrase alone: still no figure (tolls51 left "headman" out of PERSONS)
    ("Gunmen shot dead a village headman in Mubi on Sunday.", [("Mubi", "Attack", None, "2025-09-14")]),
    # things, not people
    ("Gunmen set fire to a house and his car in Mubi on Sunday.",
     [("Mubi", "Looting/property destruction", None, "2025-09-14")]),
    # a PERSONS noun and its kin: unchanged
    ("Gunmen killed a pastor and his wife in Kajuru on Monday.", [("Kajuru", "Attack", 2, "2025-09-15")]),
]


@pytest.mark.parametrize(("text", "want"), NOT_KIN)
def test_near_misses_of_the_kin_pair(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Gunmen shot dead a rubber planter and her two daughters on Sunday.", (3, None)),
    ("Gunmen shot dead the night watchman and his nephew.", (2, None)),
    ("Gunmen shot dead a Kuki headman and his wife.", (None, None)),  # a capitalised word: not read
    ("Gunmen shot dead a very old local headman and his wife.", (None, None)),  # four words: not read
])
def test_the_kin_pair_in_casualties(sentence: str, want: tuple) -> None:
    assert casualties(sentence) == want


# -- linear time -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "a tailor and his brother and his and his ",
    "shot dead a a a and his two two sons and their ",
    "killed the village headman and his wife, ",
])
def test_the_kin_pair_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    start = time.process_time()
    casualties(text)
    assert time.process_time() - start < 3.0


def test_many_interceptions_and_kin_pairs_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Air defences shot down a drone over Belgorod on Monday, and no one was hurt. Gunmen shot dead a "
            "tailor and his brother in Mubi on Sunday. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
