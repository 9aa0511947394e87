"""Classes of headline phrasing found among the BLIND files' train misses of one-line items in session 29
(branch headlines35, gold file headlines34.jsonl):

- an unarmed crowd named by what its people are or do (workers, miners, shopkeepers, residents,
  villagers, teachers, migrants, youths, students) that clashes, scuffles or fights with police,
  gendarmes or troops, also told with the forces first or as "clashes between X and police": a riot
  (Violent demonstration, actor1 "rioters"), not an armed clash nor a peaceful protest;
- weapons named by their model in the Russia-Ukraine war ("Shaheds", "Geran-2", "Lancets" are drones;
  "Kinzhal", "Kalibr", "Iskander", "ATACMS", "HIMARS" missiles): the act is found and typed by its means,
  and with no attacker named the model's user is actor1 (actor2 of an interception).

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-03-12"


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return [(e.sub_event_type, e.location.name, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "place", "actor2"), [
    ("Dock workers clash with police in Chittagong over port lease", "Chattogram", "police"),
    ("Street vendors scuffle with municipal police in Lahore market", "Lahore", "police"),
    ("Villagers fight police over gold mine in Geita", "Geita", "police"),
    ("Students and riot police clash outside parliament in Tbilisi", "Tbilisi", "police"),
    ("Miners, police scuffle at road blockade in Potosi", "Potosí", "police"),
    ("Clashes between residents and police in Mombasa leave two dead", "Mombasa", "police"),
    ("Police and teachers clash in Tegucigalpa over pay reform", "Tegucigalpa", "police"),
])
def test_a_crowd_fighting_the_police_is_a_riot(pipeline: Pipeline, text: str, place: str,
                                                actor2: str) -> None:
    assert _events(pipeline, text) == [("Violent demonstration", place, "rioters", actor2)]


@pytest.mark.parametrize(("text", "event"), [
    # Controls: armed men who clash with police fight a battle; troops against rebels too; a march with
    # no violence stays a protest; a dispersal is the police's intervention.
    ("Militants clash with police in Bannu", ("Armed clash", "Bannu", "militants", "police")),
    ("Clashes between troops and rebels in Kidal", ("Armed clash", "Kidal", "Malian forces", "rebels")),
    ("Thousands of workers march in Dhaka over wages", ("Peaceful protest", "Dhaka", "protesters", None)),
])
def test_armed_clashes_and_protests_stay(pipeline: Pipeline, text: str,
                                         event: tuple[str, str, str | None, str | None]) -> None:
    assert _events(pipeline, text) == [event]


@pytest.mark.parametrize(("text", "event"), [
    ("Shaheds hit Poltava substation overnight", ("Air/drone strike", "Poltava", "Russian forces", None)),
    ("Geran-2 drones strike Sumy grain silo", ("Air/drone strike", "Sumy", "Russian forces", None)),
    # (the tank's owner is the side hit: actors.asset_owner, session 45)
    ("Lancets hit Ukrainian tank near Pokrovsk, Russian army says",
     ("Air/drone strike", "Pokrovsk", "Russian forces", "Ukrainian forces")),
    ("Kalibr missiles hit Khmelnytskyi", ("Shelling/artillery/missile attack", "Khmelnytskyi",
                                          "Russian forces", None)),
    ("ATACMS strike airfield near Dzhankoi", ("Shelling/artillery/missile attack", "Dzhankoy",
                                              "Ukrainian forces", None)),
    ("Shahed shot down over Cherkasy", ("Disrupted weapons use", "Cherkasy", "Ukrainian forces",
                                        "Russian forces")),
])
def test_weapons_by_model(pipeline: Pipeline, text: str,
                          event: tuple[str, str, str | None, str | None]) -> None:
    assert _events(pipeline, text) == [event]


def test_models_name_no_user_outside_the_war_nor_a_named_attacker(pipeline: Pipeline) -> None:
    # A named attacker stays; a model outside Ukraine and Russia says nothing of its user; the journal
    # is no weapon.
    assert _events(pipeline, "Ukrainian HIMARS strike hits Russian barracks in Tokmak")[0][2] \
        == "Ukrainian forces"
    assert _events(pipeline, "Bayraktar strike kills 6 near Lalibela")[0][:3] \
        == ("Air/drone strike", "Lalibela", None)
    assert _events(pipeline, "The Lancet publishes new Gaza death toll study") == []


def test_crowd_riots_stay_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return " ".join("Clashes between angry students and workers and police near Kharkiv; residents "
                        "and riot police scuffle; villagers villagers fight" for _ in range(n))
    assert growth(parsing(pipeline, text_of, PUBLISHED), 400) < GROWTH


def test_a_100_kb_crowd_run_stays_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "clashes between " + "students and " * n + "police in Kharkiv"
    assert len(text_of(8000)) > 100_000
    assert growth(parsing(pipeline, text_of, PUBLISHED), 4000) < GROWTH
