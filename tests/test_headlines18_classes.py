"""Classes of real headlines read before tuning in headlines18 (issue 14, items 1 and 7), session 14.

Every sentence is our own. A present-tense "behead" counts its dead as "beheads" did ("Insurgents behead
three in X"); "X villages" are villages around the town X, not the town's province under another name
("storm Bokkos villages": Bokkos, not Plateau state), while a province named like the town keeps the
province ("Sagaing village"); "Loitering munitions hit X" is a drone strike; and a city named with a
facility inside it that places the same act ("mortars land inside Halane base in Mogadishu", "a gas field
in Sulaimani") is that facility's parent, no second event. "Afghan forces" and the "Afghan government"
of 2022 on are the Taliban, as the actor table's state_from says; "border forces" are a state's forces; and
a state's forces raiding a refugee camp clash there unless the dead are named civilians; "Gunman opens
fire at" and "Navy fires on" are present-tense firing verbs after armed men.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None, int]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    return [(e.location.name, e.sub_event_type, e.fatalities, e.geo_precision) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Militants behead four farmers near Quissanga", [("Quissanga", "Attack", 4, 2)]),
    ("Jihadists behead two herders in Tessit", [("Tessit", "Attack", 2, 1)]),
])
def test_a_present_tense_behead_counts_its_dead(pipeline: Pipeline, text: str,
                                                events: list[tuple[str, str, int | None, int]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    # The town's villages: the town, at precision 2 (not Plateau state, the town's province).
    ("Armed men raid Mangu villages, killing nine", [("Mangu", "Attack", 9, 2)]),
    ("Gunmen kill 15 in night raid on Bokkos villages", [("Bokkos", "Attack", 15, 2)]),
    # A province named like its capital stays the province.
    ("Airstrike hits Sagaing village, killing 5", [("Sagaing", "Air/drone strike", 5, 2)]),
])
def test_villages_of_a_town_are_at_the_town(pipeline: Pipeline, text: str,
                                            events: list[tuple[str, str, int | None, int]]) -> None:
    assert _events(pipeline, text) == events


def test_sagaing_village_is_the_region(pipeline: Pipeline) -> None:
    text = "Airstrike hits Sagaing village, killing 5"
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    assert [e.location.kind for e in doc.events] == ["admin1"]


@pytest.mark.parametrize(("text", "events"), [
    ("Rockets fall inside Mitiga airport in Tripoli",
     [("Mitiga Airport", "Shelling/artillery/missile attack")]),
    ("Al-Shabaab mortars hit Halane base in Mogadishu", [("Aden Adde International Airport",
                                                          "Shelling/artillery/missile attack")]),
    ("Kamikaze drone hits Khor Mor gas field in Sulaimani, halting output",
     [("Khor Mor gas field", "Air/drone strike")]),
    # Another act at the city stays its own event.
    ("Shelling closes Mitiga airport as fighting rages south of Tripoli",
     [("Mitiga Airport", "Shelling/artillery/missile attack"), ("Tripoli", "Armed clash")]),
])
def test_a_city_holding_the_facility_is_no_second_site(pipeline: Pipeline, text: str,
                                                       events: list[tuple[str, str]]) -> None:
    assert [(name, sub) for name, sub, _, _ in _events(pipeline, text)] == events


def test_loitering_munitions_are_drones(pipeline: Pipeline) -> None:
    text = "Loitering munitions hit a fuel depot in Kosti, army says"
    assert [(name, sub) for name, sub, _, _ in _events(pipeline, text)] == [("Kosti", "Air/drone strike")]


@pytest.mark.parametrize("unit", ["Khor Mor gas field in Sulaimani ", " in  in ", "Bokkos villages villages ",
                                  "behead behead three ", "loitering loitering munitions "])
def test_the_classes_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Drone attack hits " + unit * (n // len(unit)) + "Mitiga airport in Tripoli"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "published", "actor1"), [
    # Afghanistan's state from 2022 is the Taliban (the table's state_from), by its forces or its government.
    ("Afghan and Pakistani troops clash near Chaman", "2025-10-12", "Taliban"),
    ("Afghanistan and Pakistan sign truce in Istanbul", "2025-10-30", "Taliban"),
    # Before it, the republic's forces fought the Taliban.
    ("Afghan forces clash with Taliban fighters in Kunduz", "2020-05-01", "Afghan forces"),
])
def test_afghan_state_actors_are_the_taliban_after_the_takeover(pipeline: Pipeline, text: str, published: str,
                                                                actor1: str) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published=published))
    assert [str(e.actor1) for e in doc.events] == [actor1]


@pytest.mark.parametrize(("text", "actor1"), [
    # "border" before a force's head noun, as "security" and "special" were: the state's forces.
    ("Iranian border forces kill two fuel porters near Saravan", "Iranian forces"),
    ("Afghan and Pakistani border forces exchange fire near Chaman", "Taliban"),
])
def test_border_forces_are_the_state_forces(pipeline: Pipeline, text: str, actor1: str) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-10-12"))
    assert [str(e.actor1) for e in doc.events] == [actor1]


def test_border_modifiers_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Iranian " + "border " * (n // 7) + "forces kill two porters near Saravan"
    assert growth(parsing(pipeline, text_of, "2025-10-12"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "sub"), [
    # A state's forces raiding a refugee camp: the camp is the place raided, not the victims; a clash.
    ("Israeli troops raided Tulkarm refugee camp at dawn, killing two gunmen", "Armed clash"),
    ("Israeli forces raid Balata camp near Nablus, killing one", "Armed clash"),
    # Civilians named as the dead, or a group raiding a displacement camp: an attack on civilians.
    ("Israeli troops raided Tulkarm refugee camp at dawn, killing two civilians", "Attack"),
    ("RSF fighters raided Abu Shouk displacement camp, killing 9", "Attack"),
])
def test_a_state_raid_on_a_camp_is_a_clash(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [s for _, s, _, _ in _events(pipeline, text)] == [sub]


@pytest.mark.parametrize("unit", ["troops raided ", "raided refugee camp ", "forces raid camp refugee "])
def test_state_raids_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Israeli " + unit * (n // len(unit)) + "Tulkarm refugee camp, killing two gunmen"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # Present-tense "fires on/at" and "opens fire on/at" after armed men (the "storm" lookbehinds).
    ("Gunman opens fire at army checkpoint near Tubas; soldier hurt", [("Ţūbās", "Armed clash")]),
    # Fishing boats are civilians' property, as buses and homes are.
    ("Israeli navy fires on fishing boats off Khan Younis", [("Khān Yūnis", "Attack")]),
])
def test_present_tense_firing_after_armed_men(pipeline: Pipeline, text: str,
                                              events: list[tuple[str, str]]) -> None:
    assert [(name, sub) for name, sub, _, _ in _events(pipeline, text)] == events


def test_a_fire_as_a_noun_is_no_new_trigger(pipeline: Pipeline) -> None:
    text = "Heat waves set off huge fires at farms near Kherson"
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("unit", ["gunman opens fire ", "navy fires fires ", "opens opens fire on "])
def test_present_tense_firing_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunman " + unit * (n // len(unit)) + "at checkpoint near Tubas"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH
