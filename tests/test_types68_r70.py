"""Session 53, helper types70: crowds' clashes and the chase after an assault
(training/events/types68.jsonl). Every sentence is our own.

- triggers (Mob violence): "rival X groups / wings clash" with one qualifier between "rival" and the crowd
  noun ("rival student wings clash", "rival college groups clash") is a communal fight, Mob violence, as
  "rival groups clash" already was (blind b72-004). Near miss: an armed side's qualifier ("rival armed
  groups", "rival gang groups") stays an Armed clash.
- triggers (clauses, ``_crowd_clash``): a sentence whose only battle word is "clash(es)" and which tells a
  crowd's own arms (stones thrown, tyres burned) is the riot, a Violent demonstration, not a battle too
  (blind b73-048 Qabatiya). Near miss: gunfire beside the stones keeps the Armed clash.
- triggers (``_PURSUIT_AFTER``): drones or aircraft that pursued, chased or tracked attackers after an
  assault strike nothing of their own: the assault stays an Armed clash and its toll takes the attackers
  "neutralised" (blind b73-071 Boulkessi). Near miss: "drones pursued and struck ..." stays an air strike.

The new patterns are bounded (a 100 KB input is matched at once); a long text of such sentences parses in
linear time.
"""

from __future__ import annotations

import time

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

coded = reader_of("site", "sub_type", "fatalities", "date_text", published="2026-12-02")  # a Wednesday

MOB = "Mob violence"
CLASH = "Armed clash"
DEMO = "Violent demonstration"


# -- rival groups with a qualifier ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Chittagong: 18 injured as rival student wings clash outside college",
     [("Chattogram", MOB, None, "2026-12-02")]),
    ("Rival party groups clashed in Bogra on Tuesday, leaving two people dead, police said.",
     [("Bogra", MOB, 2, "2026-12-01")]),
])
def test_rival_crowds_with_a_qualifier_are_mob_violence(either: Pipeline, text: str, want: list) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize("text", [
    "Rival armed groups clashed in Bogra on Tuesday, leaving two people dead, police said.",
    "Rival gang groups clashed in Cap-Haitien on Tuesday, leaving two people dead, police said.",
])
def test_rival_armed_sides_still_fight_battles(either: Pipeline, text: str) -> None:
    assert [row[1] for row in coded(either, text)] == [CLASH]


# -- clashes told by the crowd's stones --------------------------------------------------------------------

def test_clashes_of_stone_throwing_youths_are_a_riot(either: Pipeline) -> None:
    text = ("Clashes broke out in Silwad on Monday as soldiers fired tear gas at youths who threw stones "
            "and burned tyres.")
    assert coded(either, text) == [("Silwād", DEMO, None, "2026-11-30")]


def test_clashes_with_gunfire_stay_a_battle(either: Pipeline) -> None:
    text = ("Clashes broke out in Silwad on Monday as gunmen exchanged fire with soldiers who were also "
            "pelted with stones.")
    assert [row[1] for row in coded(either, text)] == [CLASH]


# -- the chase after an assault ------------------------------------------------------------------------------

def test_drones_pursuing_attackers_strike_nothing(either: Pipeline) -> None:
    text = ("Militants attacked an army outpost in Inata on Monday, killing nine soldiers, officials said. "
            "The army said it had repelled the assault and neutralised 14 assailants, and that drones had "
            "pursued the fighters into the bush.")
    assert coded(either, text) == [("Inata", CLASH, 23, "2026-11-30")]


def test_a_chase_headline_is_the_clash(either: Pipeline) -> None:
    text = "Troops repel attack on army base in Inata, drones chase attackers"
    assert [row[1] for row in coded(either, text)] == [CLASH]


def test_drones_that_pursued_and_struck_are_an_air_strike(either: Pipeline) -> None:
    text = "Drones pursued and struck the fleeing fighters near Inata on Monday, killing ten of them."
    assert [row[1] for row in coded(either, text)] == ["Air/drone strike"]


# -- linear time ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", [triggers._PURSUIT_AFTER, triggers._CROWD_ARMS])
@pytest.mark.parametrize("unit", [" had pursued ", " chased the a b c ", "burn a ", " " * 40, "a "])
def test_the_new_patterns_are_linear(pattern, unit: str) -> None:  # noqa: ANN001
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0


def test_many_crowd_clashes_and_chases_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Rival student wings clash in Sylhet. Clashes broke out in Silwad as youths threw stones. "
            "Drones chased the attackers near Inata. ")
    start = time.process_time()
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
    assert time.process_time() - start < 120.0
