"""Type and sub-type classes of session 44 round 2 (branch types54, gold file types53.jsonl).

Every sentence is our own. Class: an air striker's claim that starts with "the" ("The US military said it
carried out a strike ..., killing three militants"): the "the" is the striker's, not the event noun's, so the
claim is a new act (triggers._CLAIM_SAID), not a back-reference that lets the killing after it make the clause
an Armed clash. Near miss that stays: a ground raid claimed by the same forces (a clash).

Class: a bare "strikes" with the time between the noun and its verb ("Further strikes overnight hit X") in an
air campaign story is an Air/drone strike, as "strikes hit X" already was; Russia's stay shellings.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import (
    GROWTH,
    clauses_cpu,
    hundred_kb,
    pattern_cpu,
    trigger_scan_cpu,
    trigger_scan_growth,
)
from tests.test_phantom44_classes import Row, _events

BAT, ERV = "Battles", "Explosions/Remote violence"
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "events"), [
    ("The US military said it carried out a strike against al-Shabaab near Jilib on Monday, killing "
     "two militants.",
     [("Jilib", ERV, AIR, 2, "US forces", "al-Shabaab")]),
    ("The Israeli military said it carried out a strike on Hezbollah operatives in Tyre on Friday, "
     "killing three of them.",
     [("Tyre", ERV, AIR, 3, "Israeli forces", "Hezbollah")]),
    # near miss: a ground raid claimed by the same forces stays a clash
    ("The US military said its troops raided an al-Shabaab camp near Jilib on Monday, killing two "
     "militants.",
     [("Jilib", BAT, "Armed clash", 2, "US forces", "al-Shabaab")]),
])
def test_a_claim_after_the_is_a_new_air_strike(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "back"), [
    ("the us military said it carried out a strike near jilib, killing two militants.", False),
    # near miss: an event noun with "the" before it still refers back
    ("the airstrike near jilib killed two militants.", True),
])
def test_claim_is_not_a_back_reference(text: str, back: bool) -> None:
    first = next(t for t in triggers.find_triggers(text) if t.sub == AIR)
    assert first.back_reference is back


@pytest.mark.parametrize(("text", "events"), [
    ("US air strikes on Saada killed four people on Sunday, the rebels said. Further strikes overnight "
     "hit Hodeidah, their television reported.",
     [("Al Ḩudaydah", ERV, AIR, None, "US forces", None), ("Sa'dah", ERV, AIR, 4, "US forces", None)]),
    # near miss: Russia's further strikes are shellings by the guide
    ("Russian missiles hit Odesa on Monday, killing two people. Further strikes overnight hit Mykolaiv.",
     [("Mykolayiv", ERV, SHELL, None, "Russian forces", None),
      ("Odesa", ERV, SHELL, 2, "Russian forces", None)]),
])
def test_further_strikes_overnight(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "subs"), [
    ("further strikes overnight hit kamaran island.", [AIR]),
    # near misses: a labour strike and a general strike overnight are no strikes from the air
    ("a general strike overnight hit the port.", []),
    ("further strikes are planned overnight, the union said.", []),
])
def test_strikes_overnight_at_trigger_level(text: str, subs: list[str]) -> None:
    assert [t.sub for t in triggers.find_triggers(text) if t.sub == AIR] == subs


UNITS = ["the us military said it carried out a strike ", "strikes overnight hit ", "strikes overnight ",
         "the israeli army said it had targeted the said "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_rules_on_100_kb_are_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0
    assert clauses_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", [" said", " says ", " said said ", "a" * 30])
def test_the_claim_pattern_on_100_kb_is_fast(unit: str) -> None:
    assert pattern_cpu(triggers._CLAIM_SAID, hundred_kb(unit)) < 3.0
