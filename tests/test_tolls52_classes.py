"""Session 43 round 2, helper tolls52: tolls for the classes that training/events/tolls51.jsonl carries.
Every sentence is our own.

- a counted subject with a phrase that names the sides ("six civilians caught between the two sides had
  died"): a past participle of `casualties._CAUGHT` ends the counted noun phrase, a figure after "the" inside
  the phrase (`casualties._DEFINITE`) does not stop it, and "died"/"perished" take the phrase with no verb of
  being (`casualties._VERB_MARKS`); the near misses: an indefinite figure in the phrase ("between two fires")
  still stops it, "two sides" told apart from the dead keeps its own toll, and "a worker who carried the
  wounded" counts no one;
- companions after the act's place and day ("killed a district commissioner in Afgoye on Monday, along with
  three of his guards"), `casualties._companions`; the near misses: companions wounded, "along with the
  weapons", a vague "several of his workers".
"""

from __future__ import annotations

import time

import pytest

from mapper.events import casualties as cas
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of

coded = reader_of("site", "date_text", "fatalities", published="2025-12-03")


# -- the sides inside a phrase on the people counted ----

SIDES_READINGS = [
    ("A nurse said five civilians caught between the two sides had died.", (5, None)),
    ("Eight people trapped between the two armies were killed, residents said.", (8, None)),
    ("Four herders caught between the rival groups perished, elders said.", (4, None)),
    ("Two farmers caught between the two factions died, a relative said.", (2, None)),
    ("Six passengers stranded near the two checkpoints were killed.", (6, None)),
    # unchanged
    ("Twelve trapped miners died.", (12, None)),
    ("Three people in the car were killed.", (3, None)),
    ("The two sides traded fire for hours and three soldiers were killed, the army said.", (3, None)),
]


@pytest.mark.parametrize(("text", "want"), SIDES_READINGS)
def test_sides_inside_the_phrase(text: str, want: tuple) -> None:
    assert cas.casualties(text) == want


def test_sides_near_misses() -> None:
    # an indefinite figure inside the phrase still stops it (the dead are not clear): as before
    assert cas.casualties("Five people caught between two fires were killed.") == (2, None)
    # a verb-only mark after a clause with a word of wounding: no one read, as before
    assert cas.reports("Two men who carried the wounded died.") == []


def test_sides_in_a_story(either: Pipeline) -> None:
    text = ("Militiamen attacked army positions in Gondar on Monday and held parts of the town for hours, "
            "residents said. A nurse said five civilians caught between the two sides had died.")
    assert coded(either, text) == [("Gonder", "2025-12-01", 5)]


# -- companions after the place and day ----

COMPANIONS = [
    ("Gunmen killed a district official in Jowhar on Monday, along with three of his guards, police said.",
     (4, None)),
    ("Militants shot dead a tribal elder at his home outside Wana on Sunday together with two of his sons.",
     (3, None)),
    ("A bomb killed a judge in Kandahar on Tuesday along with his driver and two bodyguards, officials said.",
     (4, None)),
    ("Gunmen shot dead a village chief along with three of his guards in Kaya on Monday.", (4, None)),
    ("Gunmen killed a local councillor near Bunia late on Friday along with her husband.", (2, None)),
]


@pytest.mark.parametrize(("text", "want"), COMPANIONS)
def test_companions_after_place_and_day(text: str, want: tuple) -> None:
    assert cas.casualties(text) == want


COMPANION_NEAR_MISSES = [
    ("Gunmen killed a village chief in Kaya on Tuesday, and two of his guards were wounded.", (1, 2)),
    ("Troops killed a rebel commander in Beni on Monday along with the weapons he carried.", (1, None)),
    ("Gunmen killed a trader in Kano on Monday along with several of his workers.", (1, None)),
    ("Gunmen killed a trader in Kano on Monday, police said, along with two of his sons.", (1, None)),
]


@pytest.mark.parametrize(("text", "want"), COMPANION_NEAR_MISSES)
def test_companion_near_misses(text: str, want: tuple) -> None:
    assert cas.casualties(text) == want


def test_companions_in_a_story(either: Pipeline) -> None:
    text = ("MOGADISHU (Reuters) - Al-Shabaab gunmen killed a district commissioner in Jowhar on Monday, "
            "along with three of his guards, police said.")
    assert coded(either, text) == [("Jawhar", "2025-12-01", 4)]


# -- 100 KB: the readers stay linear ----

@pytest.mark.parametrize("unit", [
    "six civilians caught between the two sides caught between the ",  # participles, definite figures
    "six civilians caught between the two sides had died ",
    "killed a chief in Kaya on Monday in Kaya on Monday along with ",  # a gap with no companions
    "killed a chief in Kaya on Monday along with three of his guards ",
    "killed a chief along with along with along with his ",
])
def test_readers_linear(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    start = time.process_time()
    cas.reports(text)
    assert time.process_time() - start < 3.0


# -- the crowd's dead told next, with no place ----

def test_riot_then_police_fire_next_sentence(either: Pipeline) -> None:
    text = ("Protesters blocked roads and burned tyres in Nakuru on Monday over rising fuel prices, "
            "witnesses said. Police fired live rounds to disperse them, killing two people.")
    assert coded(either, text) == [("Nakuru", "2025-12-01", 2)]


def test_riot_then_bare_toll_next_sentence(either: Pipeline) -> None:
    text = ("Youths burned tyres and stoned cars in Kisumu on Tuesday after a death in custody, police said. "
            "Three people were killed, a witness said.")
    assert coded(either, text) == [("Kisumu", "2025-12-02", 3)]


def test_riot_beside_a_placed_attack_keeps_each_toll(either: Pipeline) -> None:
    # the near miss: a killing with its own place is its own event, the riot keeps no figure
    text = ("Protesters burned tyres in Nakuru on Monday over fuel prices, witnesses said. Gunmen killed "
            "four herders near Marsabit on Monday, police said.")
    got = coded(either, text)
    assert ("Nakuru", "2025-12-01", None) in got and ("Marsabit", "2025-12-01", 4) in got
