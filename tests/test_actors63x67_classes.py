"""Session 68, helper actor1x67: armed groups the actor table lacked (training/events/actors63.jsonl; named
apart from tests/test_actors63_classes.py, session 49's helper actors63). Every sentence is our own.

- mapper/data/actors.json, groups "Hafiz Gul Bahadur group" (with "Gul Bahadur group", "Hafiz Gul Bahadur"),
  "Jamaat-ul-Ahrar", "Ittehad-ul-Mujahideen Pakistan" and "444 Brigade" (with "444 Combat Brigade",
  "Brigade 444"): a claim by the group, or the group named as the agent, is coded with the table's short
  name (blind b68-042, b67-076 "claimed by the Hafiz Gul Bahadur group" read "unidentified gunmen"; b59-017
  "Government-aligned 444 Brigade" read as written). Near misses: a claim-less attack by gunmen (unidentified
  gunmen, as before), a bomb nobody claimed (no actor1), a person named Bahadur (no group), "444th Brigade"
  (kept as written: the corpus codes that spelling "444th Brigade").
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _GROUPS
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-14"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

NAMED = [
    ("The Hafiz Gul Bahadur group claimed a bomb attack that killed three policemen in Karak on Sunday.",
     [("Karak", "Remote explosive/landmine/IED", "Hafiz Gul Bahadur group", "police")]),
    ("Gul Bahadur group militants stormed a police checkpost in Lakki Marwat on Monday, killing two "
     "constables.",
     [("Lakki", "Armed clash", "Hafiz Gul Bahadur group", "police")]),
    ("Jamaat ul Ahrar claimed a suicide bombing that killed six policemen in Mardan on Sunday.",
     [("Mardan", "Suicide bomb", "Jamaat-ul-Ahrar", "police")]),
    ("Ittehad-ul-Mujahideen Pakistan claimed an attack on a police station in Karak on Monday that killed "
     "four officers.",
     [("Karak", "Armed clash", "Ittehad-ul-Mujahideen Pakistan", "police")]),
    ("Government-backed 444 Brigade fighters clashed with gunmen in Zliten on Sunday, killing three, a "
     "hospital said.",
     [("Zliten", "Armed clash", "444 Brigade", "unidentified gunmen")]),
]


@pytest.mark.parametrize(("text", "want"), NAMED)
def test_a_named_group_is_the_tables_name(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR_MISSES = [
    ("Gunmen shot dead two policemen in Bannu on Sunday, officials said.",
     [("Bannu", "Armed clash", "unidentified gunmen", "police")]),
    ("A roadside bomb killed two soldiers near Miranshah on Monday; no group claimed it.",
     [("Miran Shah", "Remote explosive/landmine/IED", None, "Pakistani forces")]),
    ("Bahadur Khan, a shopkeeper, was shot dead by unknown gunmen in Peshawar on Sunday.",
     [("Peshawar", "Attack", "unidentified gunmen", "civilians")]),
    ("Fighters of the 444th Brigade clashed with gunmen in Zliten on Sunday, killing three, a hospital said.",
     [("Zliten", "Armed clash", "444th Brigade", "unidentified gunmen")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize("unit", ["Gul Gul Bahadur Hafiz Gul ", "444 444 Combat Brigade 444th ",
                                  "Jamaat ul Jamaat-ul-Ittehad-ul-Mujahideen "])
def test_the_group_names_stay_linear(unfiltered: Pipeline, unit: str) -> None:
    assert pattern_cpu(_GROUPS, hundred_kb(unit)) < 3.0
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
