"""Phantom events of short texts, session 37 (helper phantom43).

Every text is our own. An act noun that modifies a reaction's noun in headline grammar ("X blast probe",
"X bombing trial", "X siege survivors") names what the probe, trial or survivors are about, no act of the
day; an act noun followed by its verb ("Blast hits X hospital, probe ordered") stays.

Those who fight fires and sickness (firefighters, doctors, hospitals) fight no armed side: "Firefighters
battled a blaze", "Hospitals in X are fighting a battle against flu"; villagers who fight police still riot,
and an attack told beside the doctors keeps its site. A crop's pest attack ("a fungus attack") is no attack.

A court that jails or fines in headline grammar ("X court jails protester for two years over clashes")
tells a verdict, not the clashes; a toll in a relative clause of what someone was jailed over ("jails
hotel owner over X quake collapse that killed 72") is that old toll.

A hazard at a headline's start with no determiner ("Bus crash near X kills 12") is the subject of the
toll, as "A bus crash near X killed 12" was; "Israeli fire in X kills 3" and "Tank fire near X kills 4"
stay acts. An act at a headline's start before "could" or "would" ("Offensive on X would trap 100,000
civilians") only might come, as "an offensive on X would ..." did.

Aircraft and munitions a force takes delivery of, receives or buys ("took delivery of two attack
helicopters at X") are no strike; "received 30 wounded after drones struck X" keeps its strike.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles

# -- an act noun modifying a reaction's noun --------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Quetta hospital blast probe names three suspects", "Quetta"),
    ("Judge in Kampala bombing case summons police chief", "Kampala"),
    ("Beslan siege survivors still wait for answers", "Beslan"),
])
def test_an_act_noun_before_a_reaction_noun_is_no_act(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text, "2025-01-06") == []
    assert _roles(pipeline, text, "2025-01-06")[place] == "context"


def test_an_act_noun_with_its_verb_beside_a_probe_stays(pipeline: Pipeline) -> None:
    text = "Blast hits Quetta hospital, probe ordered"
    assert _events(pipeline, text, "2025-01-06") == [("Quetta", "Remote explosive/landmine/IED")]


# -- those who fight fires and sickness ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Firefighters battled a blaze at a warehouse in Mombasa for six hours on Monday.", "Mombasa"),
    ("Hospitals in Kisumu are fighting a losing battle against cholera, doctors say.", "Kisumu"),
    ("Firefighters fought through the night to save the old market of Aleppo.", "Aleppo"),
    ("Cocoa growers around Kumasi are battling a fungus attack that has halved their harvest.", "Kumasi"),
])
def test_carers_and_pests_fight_no_armed_side(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text, "2025-01-06") == []
    assert _roles(pipeline, text, "2025-01-06")[place] == "context"


@pytest.mark.parametrize(("text", "event"), [
    ("Villagers fought police in Kolwezi on Monday over a mine expansion.",
     ("Kolwezi", "Violent demonstration")),
    ("Doctors in Goma fought to save the wounded after M23 shelling hit the market in Goma on Monday.",
     ("Goma", "Shelling/artillery/missile attack")),
])
def test_fighters_who_fight_and_an_act_beside_doctors_stay(
        pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert _events(pipeline, text, "2025-01-06") == [event]


# -- a court that jails or fines ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Kampala court jails opposition supporter for a year over clashes at rally", "Kampala"),
    ("Court jails contractor 15 years over Antakya building collapse that killed 40", "Antakya"),
    ("Tbilisi court fines activists for blocking road during last year's protests", "Tbilisi"),
])
def test_a_court_that_jails_or_fines_tells_no_act(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text, "2025-01-06") == []
    assert _roles(pipeline, text, "2025-01-06")[place] == "context"


def test_an_act_before_the_verdict_stays(pipeline: Pipeline) -> None:
    text = "Police fire tear gas at protesters in Tbilisi after court jails opposition leader"
    assert _events(pipeline, text, "2025-01-06") == [("Tbilisi", "Protest with intervention")]


# -- a hazard at a headline's start -------------------------------------------------------------------------


def test_a_hazard_opening_a_headline_is_the_subject_of_its_toll(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Bus crash near Kisumu kills 12", "2025-01-06") == []
    assert _events(pipeline, "Fire at Mombasa fuel depot kills 5", "2025-01-06") == []


@pytest.mark.parametrize(("text", "event"), [
    ("Israeli fire in Khan Younis kills 3", "Khān Yūnis"),
    ("Tank fire near Rafah kills 4", "Rafaḩ"),
])
def test_fire_of_a_side_at_a_headlines_start_stays(pipeline: Pipeline, text: str, event: str) -> None:
    assert [e[0] for e in _events(pipeline, text, "2025-01-06")] == [event]


# -- an act that only might come, at a headline's start ----------------------------------------------------


def test_an_act_at_a_headlines_start_before_could_is_no_act(pipeline: Pipeline) -> None:
    text = "Offensive on Al-Nuhud would trap 100,000 civilians, aid groups fear"
    assert _events(pipeline, text, "2025-01-06") == []


@pytest.mark.parametrize(("text", "event"), [
    ("Attack on Kabul mosque kills 12", "Kabul"),
    # (a past modal, "could have been", is no act to come)
    ("Drone attack on Odesa port could have been prevented, officials admit", "Odesa"),
])
def test_an_act_at_a_headlines_start_told_as_done_stays(pipeline: Pipeline, text: str, event: str) -> None:
    assert [e[0] for e in _events(pipeline, text, "2025-01-06")] == [event]


# -- aircraft a force takes delivery of ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Mali received four Turkish drones at Bamako airport on Monday.", "Bamako"),
    ("Kenya's air force took delivery of six attack helicopters at its base in Nanyuki on Tuesday.",
     "Nanyuki"),
])
def test_aircraft_taken_delivery_of_are_no_strike(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text, "2025-01-08") == []
    assert _roles(pipeline, text, "2025-01-08")[place] == "context"


@pytest.mark.parametrize(("text", "event"), [
    ("Hospitals in Kherson received 30 wounded after Russian drones struck the city on Monday.", "Kherson"),
    ("Attack helicopters struck rebel positions near Kidal on Monday.", "Kidal"),
])
def test_aircraft_that_strike_stay(pipeline: Pipeline, text: str, event: str) -> None:
    assert _events(pipeline, text, "2025-01-08") == [(event, "Air/drone strike")]


# -- linear on pathological input ---------------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["blast probe ", "bombing bombing case ", "firefighters in Goma Beni are ",
                                  "hospitals are fighting a ", "fungus fungus attack ", "court jails court ",
                                  "court fines for ", "jailed over the ", "bus crash on the ", "fire at ",
                                  "assault on the could ", "took delivery of received ", "attack attack "])
def test_phantom43_patterns_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return ("Bus crash near Kisumu " + unit * (n // len(unit))
                + " kills 12 as firefighters battled a blaze.")
    assert growth(parsing(pipeline, text_of, "2025-01-06"), 50_000) < GROWTH  # 50 and 100 KB


def test_phantom43_patterns_cannot_rescan_a_run() -> None:
    for pattern in (triggers._REACTION_NOUN_AFTER, triggers._CARERS_FIGHT_BEFORE, triggers._PEST_BEFORE,
                    triggers._VERDICT_ABOUT, triggers._REACTION_HEAD, triggers._HAZARD_SUBJECT_BEFORE,
                    triggers._FOUGHT_ORDINARY, triggers._INDEFINITE_BEFORE,
                    triggers._DELIVERED_BEFORE, triggers._DELIVERED_THING):
        assert rescans(pattern) == []
