"""Session 47, helper phantom59: phantoms and spurious events, for the classes that
training/events/noevent58.jsonl carries. Every sentence is our own.

- a drone put to a civil use strikes nothing: a show or a race after the drone ("a drone light show over
  X", "Drone racing league crowns ..."), a drone named by its civil kind before it ("crop-spraying drones",
  "delivery drones", "camera drones", "a film crew's drone"), or used to spray, map, deliver, search, track
  or watch after it ("using drones to spray pesticide", "drones to track locust swarms", "drones were now
  being used to monitor the forest"). In triggers._find_triggers an Air/drone strike trigger that is the
  bare word "drone" or "drones" with triggers._CIVIL_DRONE_BEFORE in the 40 characters before it, or
  triggers._CIVIL_DRONE_AFTER right after it, is no trigger, unless triggers._CIVIL_DRONE_STRIKE_AFTER finds
  a strike word ("hit", "struck", "attack", "killed", "dropped" ...) in the next 60 characters of its clause.
  Near misses: a drone that strikes ("Russian drones struck Kharkiv"), a civil-kind drone that strikes
  ("cargo drones struck a fuel depot"; "delivery drones" were already weapons supplied,
  triggers._SUPPLIED_BEFORE), drones used to track and strike ("drones to track and strike convoys"), a
  compound with "hit" ("flood-hit villages") that is no strike word.
- weapons in the plural, with no determiner, whose clause goes on in a modal ("warning that Russian guided
  bombs could soon destroy the town's water station") tell a damage feared, no strike: in
  triggers.unreal, an Air/drone strike or shelling trigger ending in a plural weapon noun
  (triggers._WEAPON_NOUN) followed by triggers._WEAPONS_MODAL_AFTER ("could", "might", "may", an optional
  "soon", "still" ..., then a word other than "have", "be", "not" right after the modal; "drones could
  still be heard" reads "still" as that word: only heard, no strike) with no
  triggers._DETERMINED_WEAPONS_BEFORE ("the", "these", "their" ... up to two words before) is unreal.
  Near misses: "Russian missiles may have hit an airfield" (a strike reported with doubt), "Russian drones
  struck Kharkiv and could return" (the modal is not right after the weapon), a strike told beside the
  warning ("glide bombs hit Kherson, and officials warned that more bombs could soon fall").

The regexes are bounded (fixed alternations, `{1,3}` spaces, `{0,4}` auxiliaries, a 60-character
window); the 100 KB bounds below read them over a whole text, and many civil drones parse linearly."""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2026-11-18"  # a Wednesday


coded = reader_of("site", "sub_type", published=PUBLISHED)


CIVIL = [
    "A drone light show lit up the sky over Basra on Saturday night for the football final.",
    "Drone racing league holds its season final in Baku",
    "Farmers near Faisalabad have started using crop-spraying drones on their wheat fields.",
    "Health workers in Mwanza began using delivery drones to carry vaccines to island clinics.",
    "Rangers in Tsavo flew camera drones over the park on Monday to count elephants.",
    "Aid agencies began using drones to map flooded villages around Garissa on Monday.",
    "Kenya to deploy drones to track locust swarms near Wajir",
]


@pytest.mark.parametrize("text", CIVIL)
def test_a_civil_drone_is_no_strike(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


def test_a_strike_beside_a_civil_drone_keeps_only_the_strike(either: Pipeline) -> None:
    text = ("A Russian drone hit a power substation in Sumy on Tuesday, and organisers in Chernihiv "
            "postponed a charity drone show planned for the weekend.")
    assert coded(either, text) == [("Sumy", "Air/drone strike")]


NEAR = [
    ("Russian drones struck Kharkiv overnight, killing two people.", [("Kharkiv", "Air/drone strike")]),
    ("Turkish drones struck an SDF vehicle near Kobani on Tuesday, killing two fighters.",
     [("‘Ayn al ‘Arab", "Air/drone strike")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR)
def test_a_drone_that_strikes_stays_a_strike(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize("text", [
    "cargo drones struck a fuel depot",
    "the army used drones to track and strike convoys",
    "camera drones dropped grenades on the trench",
])
def test_a_strike_word_after_the_civil_drone_keeps_the_trigger(text: str) -> None:
    low = text.lower()
    assert any(t.sub == "Air/drone strike" for t in triggers.find_triggers(low))


@pytest.mark.parametrize("text", [
    "drones to deliver medicines to flood-hit villages",
    "a drone light show over the city",
    "farmers used crop-spraying drones",
    "a film crew's drone filmed the walls",
])
def test_the_civil_drone_gives_no_strike_trigger(text: str) -> None:
    assert not any(t.sub == "Air/drone strike" for t in triggers.find_triggers(text))


def test_weapons_that_could_strike_are_no_strike(unfiltered: Pipeline) -> None:
    text = ("Residents of Sloviansk were told to leave, warning that Russian guided bombs could soon destroy "
            "the town's water station.")
    assert coded(unfiltered, text) == []


WEAPONS_NEAR = [
    ("Russian missiles may have hit an airfield near Kharkiv on Tuesday, officials said.",
     [("Kharkiv", "Shelling/artillery/missile attack")]),
    ("Russian drones struck Kharkiv on Tuesday and could return, officials said.",
     [("Kharkiv", "Air/drone strike")]),
    ("Russian glide bombs hit Kherson on Tuesday, and officials warned that more bombs could soon fall on "
     "the bridge.", [("Kherson", "Air/drone strike")]),
]


@pytest.mark.parametrize(("text", "want"), WEAPONS_NEAR)
def test_weapons_told_striking_stay_a_strike(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("low", "unreal"), [
    ("warning that russian guided bombs could soon destroy the station", True),
    ("houthi missiles might reach eilat", True),
    ("the missiles could destroy the bridge", False),
    ("russian missiles may have hit the airfield", False),
])
def test_the_modal_after_plural_weapons(low: str, unreal: bool) -> None:
    word = "guided bombs" if "guided" in low else "missiles" if "missiles" in low else "drones"
    start = low.find(word)
    sub = "Air/drone strike" if word != "missiles" else "Shelling/artillery/missile attack"
    assert triggers.unreal(low, start, start + len(word), sub) is unreal


@pytest.mark.parametrize(("after", "modal"), [
    (" could soon destroy", True), (" might reach", True), (" could still be heard", True),
    (" may have hit", False), (" could not be intercepted", False), (" struck", False),
])
def test_the_modal_read_after_the_weapons(after: str, modal: bool) -> None:
    assert (triggers._WEAPONS_MODAL_AFTER.match(after) is not None) is modal


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "crop spraying delivery film crew's camera   ",
    " were was being used to to map show light light ",
    "drones drones drones ",
    "a " * 30 + "hi",
    "flood-hit x-hit ",
    " could soon still may might ",
    "the these their a b c ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (triggers._CIVIL_DRONE_BEFORE, triggers._CIVIL_DRONE_AFTER,
                    triggers._CIVIL_DRONE_STRIKE_AFTER, triggers._WEAPONS_MODAL_AFTER,
                    triggers._DETERMINED_WEAPONS_BEFORE):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_civil_drones_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Farmers near Multan used crop-spraying drones. A drone light show lit up Doha. Russian drones "
            "struck Kharkiv, killing two. Aid agencies used drones to map camps in Kassala. Officials warned "
            "that Russian glide bombs could soon hit Kherson. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
