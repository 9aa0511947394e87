"""Session 50 round 2, helper types65: sub-types of the blind files' train misses that
training/events/types64.jsonl carries. Every sentence is our own.

- triggers.py, the takeover's triggers with triggers._STORMED_TOWN_HELD: a named town stormed, its holding
  told after a comma or later in the clause ("stormed X on Friday, torching a bank ... and holding the
  town for several hours", "stormed the town of X ... and were still in control of the town on Monday"),
  or its police or troops made to flee ("stormed the central town of X ..., forcing police officers to
  flee"): Battles / Non-state actor overtakes territory, not an Armed clash (blind b66-032 Surab, b66-079
  Mirebalais). The older "stormed X and held it" reading is unchanged. Near misses: a base or a building
  stormed and held or its men forced out ("stormed an army base in X, forcing troops to withdraw",
  "stormed a police station in X, holding it for an hour", "stormed the police station in X, forcing
  officers to flee": a clash, as before); a town stormed and left ("clashing with soldiers for several
  hours before pulling out"); civilians killed ("shooting dead nine residents": an Attack).
"""

from __future__ import annotations

import re

import pytest

from mapper.events.triggers import _STORMED_TOWN_HELD
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth, trigger_scan_cpu

PUBLISHED = "2025-09-16"  # a Tuesday

coded = reader_of("site", "type", "sub_type", published=PUBLISHED)

OVERTAKES = ("Battles", "Non-state actor overtakes territory")
CLASH = ("Battles", "Armed clash")

TAKEN = [
    # holding told after a comma
    ("JNIM fighters stormed Dori on Sunday, burning the prefecture and a customs post and holding the town "
     "until nightfall, residents said.", "Dori"),
    ("Al-Shabaab fighters stormed Beledweyne before dawn on Monday, holding the town for most of the day, "
     "residents said.", "Beledweyne"),
    # still holding / still in control, later in the clause
    ("RSF fighters stormed Kadugli on Sunday, looting the market, and were still holding the town on "
     "Monday, residents said.", "Kadugli"),
    ("Gang members stormed the town of Hinche on Sunday, setting fire to the police station, and were "
     "still in control of the town on Monday, officials said.", "Hinche"),
    # its men made to flee
    ("Gang members stormed Cabaret on Sunday, forcing police officers to flee and burning the town hall, a "
     "local official said.", "Cabaret"),
    ("M23 rebels stormed Masisi on Sunday, forcing Congolese soldiers and Wazalendo fighters to flee the "
     "town, residents said.", "Masisi"),
    ("Gangs storm Saint-Marc, police flee town", "Saint-Marc"),
]


@pytest.mark.parametrize(("text", "site"), TAKEN)
def test_a_town_stormed_and_held_is_taken(either: Pipeline, text: str, site: str) -> None:
    assert coded(either, text) == [(site, *OVERTAKES)]


NEAR_MISSES = [
    # a base or building stormed: a clash
    ("JNIM fighters stormed an army base in Dori on Monday, forcing troops to withdraw after hours of "
     "fighting, security sources said.", [("Dori", *CLASH)]),
    ("Al-Shabaab fighters stormed a police station in Beledweyne on Sunday, holding it for about an hour, "
     "police said.", [("Beledweyne", *CLASH)]),
    ("Gang members stormed the police station in Cabaret on Monday, forcing officers to flee, police said.",
     [("Cabaret", *CLASH)]),
    # a town stormed and left
    ("JNIM fighters stormed Dori on Sunday, clashing with soldiers for several hours before pulling out, "
     "residents said.", [("Dori", *CLASH)]),
    # the older reading: stormed and held it
    ("Insurgents stormed the town of Macomia on Friday and held it for two days, residents said.",
     [("Macomia", *OVERTAKES)]),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_civilians_shot_in_a_stormed_town_stay_an_attack(either: Pipeline) -> None:
    text = ("Bandits stormed Anka in Zamfara state on Sunday night, shooting dead nine residents, officials "
            "said.")
    assert coded(either, text) == [("Anka", "Violence against civilians", "Attack")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "and were still still holding ",
    "forcing the police and a b soldiers to ",
    "were remained in control in ",
    "police fled the ",
])
def test_the_new_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(re.compile(_STORMED_TOWN_HELD), hundred_kb(unit)) < 3.0


@pytest.mark.parametrize("unit", [
    "stormed a b, c d, e f, g h, ",
    "stormed the town of x, and were still ",
    "storm " * 5 + "forcing police officers to ",
])
def test_the_trigger_scan_stays_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


def test_many_stormed_towns_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("JNIM fighters stormed Dori on Sunday, burning the prefecture and holding the town until "
            "nightfall. Gang members stormed Cabaret, forcing police officers to flee. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
