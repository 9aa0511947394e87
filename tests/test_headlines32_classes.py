"""Classes of one-line headlines found in session 26 (headlines31.jsonl: monitors', wires' and Telegram
channels' one-liners): a monitor's list that gives each place its own toll ("Shelling in X region: A (3
killed), B (1), C (2 injured)", "Drone strikes: A 3 dead | B 1 dead", "Russian attacks: A 2 killed; B 1
wounded") is an event at every listed place with that place's own figure (a bare figure counts what the
item before it counted; one counting the injured gives no deaths), and the place heading the list
("across Lebanon:") only frames it; a listed name followed by its toll is read as a place. And a state's
fire across a front or border on a place ("Russian fire on Kherson kills 2", "Azerbaijani fire hits homes
near Sotk") is a shelling at that place by that state's forces. Every sentence is our own; each test
names the exact place (the gazetteer's name), the sub-type, the fatalities and actor1.
"""

from __future__ import annotations

import pytest

from mapper.events.roles import toll_list
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

Row = tuple[str, str, int | None, str | None]
SHELL = "Shelling/artillery/missile attack"


def rows_of(pipeline: Pipeline, text: str) -> list[Row]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return sorted((e.location.name, e.sub_event_type, e.fatalities, e.actor1.name if e.actor1 else None)
                  for e in doc.events)


@pytest.mark.parametrize(("text", "rows"), [
    ("Shelling in Kharkiv region: Kupiansk (3 killed), Balakliia (1), Chuhuiv (2 injured)",
     [("Balakliya", SHELL, 1, "Russian forces"), ("Chuhuyiv", SHELL, None, "Russian forces"),
      ("Kupyansk", SHELL, 3, "Russian forces")]),
    ("Drone strikes: Kosti 3 dead | Atbara 1 dead | Kassala 2 injured",
     [("Atbara", "Air/drone strike", 1, None), ("Kassala", "Air/drone strike", None, None),
      ("Kosti", "Air/drone strike", 3, None)]),
    ("Clashes in Djibo (4 killed), Dori (2), Kaya (1)",
     [("Djibo", "Armed clash", 4, None), ("Dori", "Armed clash", 2, None), ("Kaya", "Armed clash", 1, None)]),
    ("Russian shelling: Kherson 2 killed; Nikopol 1 wounded; Marhanets 3 killed",
     [("Kherson", SHELL, 2, "Russian forces"), ("Marhanets", SHELL, 3, "Russian forces"),
      ("Nikopol", SHELL, None, "Russian forces")]),
])
def test_each_place_of_a_toll_list_is_a_site_with_its_own_toll(pipeline: Pipeline, text: str,
                                                                rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # Controls: a topic with one toll, two topics sharing a toll, and tolls told per place in prose.
    ("Kharkiv: 3 dead, 12 hurt as glide bombs slam residential area",
     [("Kharkiv", "Air/drone strike", 3, "Russian forces")]),
    ("Shelling killed two in Kherson and one in Nikopol",
     [("Kherson", SHELL, 2, "Russian forces"), ("Nikopol", SHELL, 1, "Russian forces")]),
    ("Kherson: 2 killed, Nikopol: 1 injured in Russian shelling",
     [("Kherson", SHELL, 2, "Russian forces")]),
])
def test_tolls_that_are_no_monitor_list_read_as_before(pipeline: Pipeline, text: str,
                                                        rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize(("sentence", "listed"), [
    ("Clashes in Tibu (3 killed), El Tarra (2), Teorama (1)", True),
    ("Russian strikes: Pokrovsk 2 killed; Druzhkivka 1 wounded", True),
    # Figures with no word saying what they count, one item alone, and a topic's toll are no list.
    ("Votes in Lagos 512, Kano 300, Kaduna 210", False),
    ("Clashes in Tibu (3 killed) as talks resume", False),
    ("Kharkiv: 3 dead, 12 hurt", False),
])
def test_what_makes_a_toll_list(sentence: str, listed: bool) -> None:
    assert toll_list(sentence) is listed


@pytest.mark.parametrize(("text", "rows"), [
    ("Russian fire on Kherson kills 2", [("Kherson", SHELL, 2, "Russian forces")]),
    ("Pakistani fire on Kunar kills 3 civilians", [("Kunaṟ", SHELL, 3, "Pakistani forces")]),
    ("Azerbaijani fire hits homes near Sotk, one wounded", [("Sotk", SHELL, None, "Azerbaijani forces")]),
    ("Israeli fire on Rafah kills 4", [("Rafaḩ", SHELL, 4, "Israeli forces")]),
])
def test_a_states_fire_on_a_place_is_shelling_there(pipeline: Pipeline, text: str, rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize("text", [
    # Controls: a fire that is no one's weapon reports nothing.
    "Fire on Sunday destroyed a market in Kano",
    "A fire hit a warehouse in Odesa on Monday",
    "Russian fire brigades put out a blaze in Belgorod",
])
def test_a_fire_that_is_no_weapon_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert rows_of(pipeline, text) == []


@pytest.mark.parametrize(("text", "rows"), [
    # One side's report of the other's fire, denied in the line's last words, is no event (the guide) ...
    ("Azerbaijan says Armenian fire hit Nakhchivan positions; Yerevan denies", []),
    ("Russia says Ukrainian fire hit Horlivka market; Kyiv denies it", []),
    # ... but the same report undenied is, and an act whose author only disputes his part stays.
    ("Armenia says Azerbaijani fire hit homes in village near Sotk",
     [("Sotk", SHELL, None, "Azerbaijani forces")]),
    ("Police say gunmen killed 5 in Kano; group denies involvement",
     [("Kano", "Attack", 5, "unidentified gunmen")]),
    # A day after a month's short name is no place's toll ("Nov" is no town in Tajikistan).
    ("A Russian missile and drone attack on Ternopil overnight on Nov. 15 killed at least 19 people, "
     "including three children, regional authorities said.", [("Ternopil", SHELL, 19, "Russian forces")]),
])
def test_a_denied_report_and_a_dates_toll(pipeline: Pipeline, text: str, rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize("unit", ["Kupiansk (3 killed), ", "Kosti 3 dead | ", "Tibu (2), ", ": ; , | "])
def test_the_toll_list_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Shelling in Kharkiv region: " + unit * (n // len(unit)) + "Izium (1 killed)"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize("unit", ["Russian fire on ", "fire on fire hits ", "Ukrainian fire "])
def test_the_fire_trigger_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return unit * (n // len(unit)) + "Kherson kills 2."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
