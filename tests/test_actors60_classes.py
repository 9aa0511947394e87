"""Session 47 round 2, helper actors60: the launcher (actor2) of an interception that a claim names, a class
of the blind files' train actor2 misses (b58-054 "The Houthis said they fired a ballistic missile at ...; the
Israeli military said it was intercepted near Beersheba", b51-077 "the Houthis said they had fired a ballistic
missile at ... The Israeli military said the missile was intercepted near Beit Shemesh": actor2 none) that
training/events/wire59.jsonl carries. Every sentence is our own.

- actors.claimed_launcher (actors._CLAIMED_LAUNCH), read by the coder for an interception (Disrupted weapons
  use) whose actor2 no phrase, weapon owner or launcher placed: the subject of a claim in the interception's
  sentences or the sentence before them (coder._previous_sentence), a group of the actor table or a side the
  actor table reads, before "said / says / claimed it / they (had) fired / launched" and a missile, drone,
  rocket or UAV within six words, or before "claimed a ... missile / drone / rocket attack", is actor2
  (marked inferred), unless it is actor1's own side.
  Near misses that must not change: a threat to fire ("Hezbollah said it would fire rockets": no launcher),
  the defender's own fire told the sentence before ("The Israeli military said it had fired artillery at
  launch sites": actor1's side, not the launcher), an interception whose weapon already names its owner
  ("30 Ukrainian drones": the base reading).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _CLAIMED_LAUNCH, claimed_launcher
from mapper.events.coder import _previous_sentence
from mapper.model import Actor
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-08-15"  # a Friday

coded = reader_of("site", "sub_type", "actor1", "actor2", "actor2_inferred", published=PUBLISHED)


@pytest.mark.parametrize(("told", "side"), [
    ("The Houthis said on Thursday they had launched three drones at the port. The army said they were "
     "intercepted.", "Houthis"),
    ("Hezbollah said it fired a barrage of rockets at the base, and the army said most were intercepted.",
     "Hezbollah"),
    ("Hours later the Houthis claimed a ballistic missile attack on the airport, which was intercepted.",
     "Houthis"),
    ("Iran said it had launched a wave of ballistic missiles at bases. Most were intercepted.",
     "Iranian forces"),
    # near misses: a threat, the defender's own fire, no claim
    ("Hezbollah said it would fire rockets at the town. A drone was intercepted.", None),
    ("The Israeli military said it had fired artillery at launch sites. A drone was intercepted.", None),
    ("The army said a drone was intercepted over the town.", None),
])
def test_the_side_a_claim_names_as_launcher(told: str, side: str | None) -> None:
    found = claimed_launcher(told, Actor("Israeli forces", "IL"), "IL")
    assert (found.name if found is not None else None) == side
    assert found is None or found.inferred


def test_a_claim_by_actor1s_own_side_names_no_launcher() -> None:
    told = "The Houthis said they had fired drones at the ships. The drones were intercepted."
    assert claimed_launcher(told, Actor("Houthis", "YE"), "YE") is None


def test_the_sentence_before() -> None:
    text = "First. The Houthis said they fired a missile. The army said it was intercepted."
    assert _previous_sentence(text, text.index("The army")) == " The Houthis said they fired a missile. "
    assert _previous_sentence(text, 0) == " "


INTERCEPTIONS = [
    ("Islamic Jihad said it had fired rockets at Sderot on Thursday. The Israeli military said two of them "
     "were intercepted over Ashkelon.",
     [("Ashkelon", "Disrupted weapons use", "Israeli forces", "Palestinian Islamic Jihad", True)]),
    ("The Houthis said on Thursday they had fired a ballistic missile at an air base in the Negev; the "
     "Israeli military said it was intercepted near Dimona.",
     [("Dimona", "Disrupted weapons use", "Israeli forces", "Houthis", True)]),
    ("The Houthis claimed a drone attack on a naval base on Thursday, which the Israeli army said was "
     "intercepted over Acre.",
     [("Acre", "Disrupted weapons use", "Israeli forces", "Houthis", True)]),
    # near misses: a threat the sentence before, the defender's own fire, the weapon's owner named
    ("Hezbollah said it would fire rockets at Nahariya if the strikes went on. The Israeli army said a drone "
     "was intercepted over Metula on Friday.",
     [("Metula", "Disrupted weapons use", "Israeli forces", None, False)]),
    ("The Israeli military said it had fired artillery at launch sites in Lebanon. Air defences intercepted "
     "a drone over Metula on Friday.",
     [("Metula", "Disrupted weapons use", "Israeli forces", None, False)]),
]


@pytest.mark.parametrize(("text", "want"), INTERCEPTIONS)
def test_an_interception_gets_the_claimed_launcher(either: Pipeline, text: str, want: list[tuple]) -> None:
    # (only the interceptions: the claim's target may be coded as an attack of its own, e.g. Sderot's
    # shelling on the base code, which this rule does not touch)
    assert [row for row in coded(either, text) if row[1] == "Disrupted weapons use"] == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "Houthis a b c d said it fired a b c d e f g ",
    "said they had launched x y z w v u t s ",
    "claimed a b c missile ",
    "a-b c.d e'f ",
    "The Houthis said on Monday they had ",
])
def test_the_new_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_CLAIMED_LAUNCH, text) < 3.0


def test_many_claimed_interceptions_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("The Houthis said they had fired a ballistic missile at Eilat. The Israeli military said it was "
            "intercepted near Dimona. Hezbollah said it would fire rockets at Nahariya. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
