"""Session 48, helper types61: a launch whose weapons were stopped, coded as the launcher's strike rather than
the interception (Disrupted weapons use: actor1 the force that stopped the weapon, actor2 the side that
launched it, the guide), for the classes training/events/types60.jsonl carries. Every sentence is our own.

- The weapons told before by a pronoun and brought down ("fired two drones at Jizan, and air defences shot
  them down", "Israel says it shot it down"): "shot / shoots / shooting it / them down" is an interception
  trigger (triggers._RULES, Disrupted weapons use, beside "shot down"), so the sentence's existing reading of
  an interception stops the launch.
  Near miss that must not change: people shot ("Gunmen ambushed two farmers near X and shot them down": an
  attack; the strike's own trigger wins).
- A launch told in one sentence and stopped in the next ("The Houthis said they fired a ballistic missile at
  an air base near Beersheba. The Israeli military said the missile was intercepted."): coder._launch_stopped
  (with coder._stopped_next) makes the strike the launch sentence placed the interception there, when the
  launch sentence tells a launch verb before the site (coder._LAUNCH_BEFORE_SITE; not the noun "a fire"), a
  weapon (coder._LAUNCHED_WEAPON) and no hit, and the next
  sentence tells the weapons stopped (coder._STOPPED_IN_NEXT), places no act of its own, tells no hit (a
  target's "was not damaged" is none: coder._NOT_HIT) and not only a part stopped (coder._PART_STOPPED:
  "most were intercepted"). actor2 is the launcher, actor1 the first side the next sentence names before the
  stop (else none).
  Near misses that must not change: a part stopped and one hit ("Most were intercepted but one hit a house":
  the shelling); an interception placed elsewhere in the next sentence (the strike stays, the interception
  is its own event); a hit told in the launch sentence ("Russian drones hit Kharkiv. Air defences shot down
  20 drones": the strike); a new story ("Separately, ...").
- Most of a salvo stopped over a place while one weapon struck another ("intercepted most of a salvo of
  drones over X, while one drone struck a hotel in Y"): the interception's object may be told after "most
  of (a / the) (barrage / salvo / wave / volley / swarm of)" (triggers._STOPPED_WEAPON_GAP), so the weapons
  over X are the stopped ones, X the interception's site, Y the strike's.
  Near miss that must not change: a numbered share ("shot down 40 of 52 drones over X": the base reading).
"""

from __future__ import annotations

import pytest

from mapper.events.coder import (
    _LAUNCH_BEFORE_SITE,
    _LAUNCHED_WEAPON,
    _NOT_HIT,
    _PART_STOPPED,
    _STOPPED_IN_NEXT,
)
from mapper.events.triggers import _STOPPED_WEAPON_GAP
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import (
    GROWTH,
    hundred_kb,
    pattern_cpu,
    repeated_parse_growth,
    trigger_scan_cpu,
)

PUBLISHED = "2025-09-17"  # a Wednesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

_STOPPED = "Disrupted weapons use"
_SHELLING = "Shelling/artillery/missile attack"

PRONOUN = [
    ("Houthi forces fired two drones at an oil terminal in Jizan on Monday, and Saudi air defences shot them "
     "down.", [("Jizan", _STOPPED, "Saudi forces", "Houthis")]),
    ("Russia fired a cruise missile at Rivne overnight, and Ukrainian air defences shot it down.",
     [("Rivne", _STOPPED, "Ukrainian forces", "Russian forces")]),
]


@pytest.mark.parametrize(("text", "want"), PRONOUN)
def test_weapons_shot_down_by_a_pronoun_are_stopped(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_people_shot_down_stay_an_attack(either: Pipeline) -> None:
    text = "Gunmen ambushed two farmers near Gusau on Monday and shot them down in a field."
    assert [row[:2] for row in coded(either, text)] == [("Gusau", "Attack")]


NEXT = [
    ("The Houthis said they had fired a ballistic missile at an air base near Beersheba on Tuesday. The "
     "Israeli military said the missile was intercepted.",
     [("Beersheba", _STOPPED, "Israeli forces", "Houthis")]),
    ("Russia fired four cruise missiles at Lviv overnight, the governor said. Ukraine's air force said all "
     "four were shot down.", [("Lviv", _STOPPED, "Ukrainian forces", "Russian forces")]),
    ("The Rapid Support Forces fired drones at a power station in Kosti on Sunday. The army said it shot "
     "down five drones over the city.", [("Kosti", _STOPPED, "Sudanese forces", "Rapid Support Forces")]),
]


@pytest.mark.parametrize(("text", "want"), NEXT)
def test_a_launch_stopped_in_the_next_sentence(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_targets_denial_of_a_hit_is_no_hit(unfiltered: Pipeline) -> None:
    # (the rules' reading: the base's filter, trained before this rule, drops this interception at sea)
    text = ("The Houthis said they had launched drones at a U.S. destroyer in the Red Sea on Monday. The "
            "Pentagon said the warship intercepted the drones and was not damaged.")
    assert coded(unfiltered, text) == [("Red Sea", _STOPPED, None, "Houthis")]


NEXT_NEAR_MISSES = [
    ("Hezbollah fired rockets at Nahariya on Monday. Most were intercepted but one hit a house, wounding two "
     "people.", [("Nahariyya", _SHELLING)]),
    ("Hezbollah fired rockets at Nahariya on Monday. The army said it intercepted two drones over Tyre.",
     [("Nahariyya", _SHELLING), ("Tyre", _STOPPED)]),
    ("Russian drones hit Kharkiv overnight. Air defences shot down 20 drones.",
     [("Kharkiv", "Air/drone strike")]),
    ("Russia fired missiles at Lviv overnight. Separately, air defences shot down drones.",
     [("Lviv", _SHELLING)]),
    ("Ukrainian drones caused a fire at the Novoshakhtinsk refinery overnight. Air defences downed 40 "
     "drones.", [("Novoshakhtinsk", "Air/drone strike")]),
]


@pytest.mark.parametrize(("text", "want"), NEXT_NEAR_MISSES)
def test_a_hit_or_another_place_keeps_the_strike(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert [row[:2] for row in coded(unfiltered, text)] == want


def test_most_of_a_salvo_stopped_over_one_place_while_one_struck_another(either: Pipeline) -> None:
    text = ("Air defences intercepted most of a salvo of Houthi drones over Eilat on Monday, while one drone "
            "struck a hotel in Ashkelon.")
    assert sorted(row[:2] for row in coded(either, text)) == [("Ashkelon", "Air/drone strike"),
                                                              ("Eilat", _STOPPED)]


def test_a_numbered_share_keeps_the_base_reading(either: Pipeline) -> None:
    text = "Air defences shot down 40 of 52 drones over Odesa overnight."
    assert [row[:2] for row in coded(either, text)] == [("Odesa", _STOPPED)]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "shot them shot it shoots them shooting down ",
    "destroyed a b c destroyed drones were were destroyed ",
    "was not was not hit most all but fired ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_LAUNCH_BEFORE_SITE, _LAUNCHED_WEAPON, _STOPPED_IN_NEXT, _PART_STOPPED, _NOT_HIT):
        assert pattern_cpu(pattern, text) < 3.0


@pytest.mark.parametrize("unit", [" most of a barrage of ", " most of the salvo of x y z ", " most   of   "])
def test_the_widened_gap_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_STOPPED_WEAPON_GAP, text) < 3.0


def test_the_trigger_scan_stays_fast_on_pronoun_downings() -> None:
    assert trigger_scan_cpu("air defences shot them shot it down shooting them ") < 3.0


def test_many_launches_and_stops_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("The Houthis said they fired a missile at an air base near Beersheba. The Israeli military said "
            "the missile was intercepted. Russia fired drones at Lviv, and air defences shot them down. Air "
            "defences intercepted most of a salvo of drones over Eilat, while one drone struck Ashkelon. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
