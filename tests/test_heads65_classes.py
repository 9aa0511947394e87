"""Session 50 round 2, helper heads65: headlines and single sentences, for the classes of the blind files'
train misses that training/events/headlines63.jsonl carries. Every sentence is our own.

- a place as the modifier of an act whose weapon is a hyphenated compound: "Kostiantynivka glide-bomb strike
  kills 3", "Baidoa car-bomb attack on army base", "Kherson drone-bomb attack" (blind b67-001). Two changes
  read it, both needed:
  - the trigger table writes the weapon's compound with a space or a hyphen ("glide[- ]bombs?",
    "guided[- ]bombs?", "barrel[- ]bombs?", "car[- ]bomb", "truck[- ]bomb", "suicide car-bomb"): the act's
    trigger then starts at the compound's first word, right after the place, as "glide bomb" did;
  - the recognizer's event context (recognize.event_context) reads past a hyphenated compound of letters
    among the two words after a name ("glide-bomb strike": "strike" is an event word after it), where it
    stopped at the first word that was not all letters; it still stops at a word that starts or ends with a
    hyphen ("Russia-Ukraine war": "-ukraine", "Kharkiv-based").
  Near misses: "Russia-Ukraine war enters fourth year" and "Kharkiv-based brigade ..." code no event. (A
  warning of glide-bomb raids on a town, "Kyiv warns glide-bomb raids on Kramatorsk will widen", codes the
  town before and after the change: h63-013, left for a later round.)

Not tuned (gold questions or too few rows, see the guide's row): "hands over X to Damascus forces" (a handover
to forces named by their capital, the place read as context), a place N km from a town or an area of a
province whose gold point lies over 25 km from the gazetteer's.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, repeated_parse_growth, trigger_scan_cpu

PUBLISHED = "2025-10-15"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)


# -- the trigger of a hyphenated weapon compound -------------------------------------------------------------

@pytest.mark.parametrize(("low", "word", "sub"), [
    ("kostiantynivka glide-bomb strike kills 3", "glide-bomb", "Air/drone strike"),
    ("a guided-bomb raid on the depot", "guided-bomb", "Air/drone strike"),
    ("baidoa car-bomb attack kills 4", "car-bomb", "Remote explosive/landmine/IED"),
    ("a truck-bomb hit the district office", "truck-bomb", "Remote explosive/landmine/IED"),
    ("a barrel-bomb raid on the market", "barrel-bomb", "Air/drone strike"),
    ("a suicide car-bomb attack on the base", "suicide car-bomb", "Suicide bomb"),
])
def test_a_hyphenated_weapon_is_one_trigger(low: str, word: str, sub: str) -> None:
    first = triggers.find_triggers(low)[0]
    assert (low[first.start:first.end], first.sub) == (word, sub)


# -- a place as the modifier of the act ----------------------------------------------------------------------

HYPHENATED = [
    ("Kostiantynivka glide-bomb strike kills 3 as Russian troops close in",
     [("Kostyantynivka", "Air/drone strike", "Russian forces")]),
    ("Kherson drone-bomb attack kills bus driver as Russian raids go on",
     [("Kherson", "Air/drone strike", "Russian forces")]),
    ("Baidoa car-bomb attack on army base kills 4 soldiers",
     [("Baidoa", "Remote explosive/landmine/IED", None)]),
    ("Mosul car-bomb blast kills 5 near army checkpoint", [("Mosul", "Remote explosive/landmine/IED", None)]),
]


@pytest.mark.parametrize(("text", "want"), HYPHENATED)
def test_a_place_before_a_hyphenated_weapon_is_the_site(unfiltered: Pipeline, text: str, want: list) -> None:
    assert coded(unfiltered, text) == want


def test_the_modifier_is_recognised_beside_a_second_place(either: Pipeline) -> None:
    text = "Kharkiv glide-bomb strike wounds 9 as Russia widens air campaign"
    assert roles_of(either, text, PUBLISHED)[0] == ("Kharkiv", "event_site")


@pytest.mark.parametrize(("text", "want"), [
    ("Russia-Ukraine war enters fourth year", []),
    ("Kharkiv-based brigade says it repelled assault", []),
])
def test_near_misses_code_no_event(either: Pipeline, text: str, want: list) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "glide-bomb guided- bomb car-bomb truck-bombs barrel- ",
    "suicide car-truck-bomb suicide truck- suicide car- ",
    "-bomb-bomb-bomb glide-glide-glide ",
])
def test_the_hyphenated_weapons_scan_linearly(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


def test_many_hyphenated_headlines_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Kherson glide-bomb strike kills 3 as Russia presses on. Mosul car-bomb blast kills 5. "
            "Nikopol artillery-and-drone-and-missile barrage kills 2. Kharkiv-based unit says. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
