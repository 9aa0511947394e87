"""Classes of headline phrasing found among the blind files' train misses in session 28 (branch headlines34,
gold file headlines33.jsonl): a road blocked by armed men ("Cartel gunmen block Culiacan roads with
burning vehicles") is their arson, Looting/property destruction, not a crowd's riot (the guide's "cartel
roadblocks with burning vehicles"); a game
named in another clause beside an act with a weapon ("Drones hit Odesa as city derby goes ahead") does
not make the act sport, and a side reduced to ten men ("Ten-man hosts repel late siege") is sport; a
crowd that marks an anniversary marches today ("Thousands march in X on anniversary of canopy collapse",
"protesters marking Saba Saba anniversary"), and a crowd's present-tense "march" is a protest. Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-06-10"))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Gang members torch buses, block roads in Port-au-Prince's Delmas",
     [("Delmas", "Looting/property destruction", "gangs")]),
    ("Cartel gunmen block highways with burning vehicles in Apatzingan",
     [("Apatzingán", "Looting/property destruction", "cartel gunmen")]),
    ("Gunmen set 20 vehicles ablaze, block highway in Celaya",
     [("Celaya", "Looting/property destruction", "unidentified gunmen")]),
    ("Armed groups set trucks on fire, block roads around Reynosa",
     [("Reynosa", "Looting/property destruction", "armed groups")]),
    ("Cartel gunmen block Culiacan roads with burning vehicles",
     [("Culiacán", "Looting/property destruction", "cartel gunmen")]),
])
def test_a_road_blocked_by_armed_men_is_their_arson(pipeline: Pipeline, text: str,
                                                    events: list[tuple[str, str, str | None]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    # Controls: a crowd that blocks roads riots, also after armed men named earlier (place and sub-type).
    ("Protesters block roads with burning tyres in Nairobi's Kibera", [("Kibera", "Violent demonstration")]),
    ("Youths burn tyres, block roads in Lagos over fuel price hike", [("Lagos", "Violent demonstration")]),
    ("After gunmen killed three, residents blocked roads in Jos", [("Jos", "Violent demonstration")]),
])
def test_a_road_blocked_by_a_crowd_stays_its_protest(pipeline: Pipeline, text: str,
                                                     events: list[tuple[str, str]]) -> None:
    assert [(place, sub) for place, sub, _ in _events(pipeline, text)] == events


@pytest.mark.parametrize(("text", "events"), [
    ("Russian drones hit Odesa as city derby goes ahead without fans",
     [("Odesa", "Air/drone strike", "Russian forces")]),
    ("Rockets hit Sderot hours before cup semi-final",
     [("Sderot", "Shelling/artillery/missile attack", None)]),
    ("Overnight drone attack hits Lviv as city derby goes ahead behind closed doors",
     [("Lviv", "Air/drone strike", "Russian forces")]),  # (the occupier's, inferred: session 33)
])
def test_a_game_in_another_clause_leaves_an_armed_act(pipeline: Pipeline, text: str,
                                                      events: list[tuple[str, str, str | None]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text", [
    # Controls: sport told in war words, in one clause or with a team's "attack" in the other.
    "Inter snatch late winner in Milan as Napoli attack falters",
    "Al Ahly storm into semi-finals with rout in Cairo",
    "Super Falcons bombard Ghana 5-0 in Abuja friendly",
    "Ten-man Al Hilal survive late siege to win in Riyadh",
    "Nine-man visitors hold out against Celtic siege in Glasgow",
])
def test_sport_in_war_words_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_armed_men_in_ten_man_units_still_fight(pipeline: Pipeline) -> None:
    # Control: "ten-man" with armed men is no football side (the assault repelled is the army's).
    assert _events(pipeline, "Ten-man rebels repel army assault on Kidal") == [
        ("Kidal", "Armed clash", "Malian forces")]


@pytest.mark.parametrize(("text", "events"), [
    ("Thousands march in Belgrade on anniversary of Novi Sad canopy collapse",
     [("Belgrade", "Peaceful protest", "protesters")]),
    ("Students rally in Dhaka on first anniversary of Hasina's fall",
     [("Dhaka", "Peaceful protest", "protesters")]),
    ("Police fire tear gas at protesters marking Saba Saba anniversary in Nairobi",
     [("Nairobi", "Protest with intervention", "protesters")]),
    ("Students march on parliament in Tbilisi",
     [("Tbilisi", "Peaceful protest", "protesters")]),
])
def test_a_crowd_marking_an_anniversary_marches_today(pipeline: Pipeline, text: str,
                                                      events: list[tuple[str, str, str | None]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text", [
    # Controls: an anniversary with no crowd, a march called off, the month.
    "Memorial in Beslan marks 20 years since school siege",
    "Belgrade march on anniversary of uprising postponed",
    "Planned march in Belgrade cancelled",
    "Talks resume in Doha in March",
])
def test_no_march_without_a_crowd_marching(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_the_blocked_road_reading_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    unit = "gunmen and residents "

    def text_of(n: int) -> str:
        return unit * (n // len(unit)) + "block roads in Culiacan with burning vehicles"
    assert growth(parsing(pipeline, text_of, "2025-06-10"), 50_000) < GROWTH


def test_the_game_and_anniversary_readings_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    unit = "as derby goes ahead after drones hit on anniversary of collapse "

    def text_of(n: int) -> str:
        return "Thousands march in Belgrade " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-06-10"), 50_000) < GROWTH
