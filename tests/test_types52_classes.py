"""A bare strike beside a drone in one sentence, and convoys burned with their size and load told (session 43
round 2, branch types52, gold file types51.jsonl).

Every sentence is our own. Class: a Russian report's bare "Strikes" on one site and a drone on another in one
sentence ("Strikes damaged port infrastructure in Izmail, and a drone hit a house in Odesa"): each site takes
the means told last before it (coder._LAST_MEANS), the bare strike a missile attack (the guide: Russia's bare
strikes on Ukrainian towns are Shelling/artillery/missile attack), the drone an Air/drone strike. Near misses
that stay: two drones, a drone strike, and Israel's bare strikes (air strikes).

Class: "burned a convoy of 40 supply trucks" (the size and load between the verb and the vehicles, no one
hurt): Looting/property destruction. Near misses: a convoy of army trucks (soldiers killed: a clash; none: no
event of this trigger).
"""

from __future__ import annotations

import pytest

from mapper.events import coder, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, trigger_scan_cpu, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events

ERV, SH, AIR = "Explosions/Remote violence", "Shelling/artillery/missile attack", "Air/drone strike"
SD, LOOT = "Strategic developments", "Looting/property destruction"
RU = "Russian forces"


@pytest.mark.parametrize(("text", "events"), [
    ("Strikes damaged a school in Ochakiv on Monday, and a drone wounded two people in Mykolaiv.",
     [("Mykolayiv", ERV, AIR, None, RU, "civilians"), ("Ochakiv", ERV, SH, None, RU, "civilians")]),
    ("Strikes also hit energy facilities in the Lviv and Volyn regions on Tuesday, and a drone killed a "
     "man in the town of Izium.",
     [("Izyum", ERV, AIR, 1, RU, None), ("Lvivska oblast", ERV, SH, None, RU, None),
      ("Volynska oblast", ERV, SH, None, RU, None)]),
    ("Overnight strikes damaged rail lines in Kovel, and drones set a warehouse ablaze in Lutsk.",
     [("Kovel", ERV, SH, None, RU, None), ("Lutsk", ERV, AIR, None, RU, None)]),
    # near misses: a drone strike and another drone; a bare strike alone (as before)
    ("A drone strike hit a car in Kupiansk on Monday and another drone struck a bus in Izium, police said.",
     [("Izyum", ERV, AIR, None, RU, None), ("Kupyansk", ERV, AIR, None, RU, None)]),
    ("Strikes hit Kherson overnight, killing one man, the regional governor said.",
     [("Kherson", ERV, SH, 1, RU, None)]),
])
def test_each_site_takes_its_own_means(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events  # (the rules: the filter drops some real acts)


def test_with_the_filter_too(pipeline: Pipeline) -> None:
    text = "Strikes also hit a gas plant in the Poltava region on Tuesday, and a drone hit a house in Sumy."
    assert [(r[0], r[2]) for r in _events(pipeline, text)] == [("Poltavska oblast", SH), ("Sumy", AIR)]


def test_israels_bare_strike_beside_a_drone_stays_an_air_strike(either: Pipeline) -> None:
    text = "Israeli strikes hit tents in Deir al-Balah on Tuesday, and a drone hit a car in Khan Younis."
    assert [(r[0], r[2]) for r in _events(either, text)] == [("Dayr al Balaḩ", AIR), ("Khān Yūnis", AIR)]


@pytest.mark.parametrize(("before", "sub"), [
    ("Strikes damaged port infrastructure in ", SH),
    ("Strikes damaged port infrastructure in Izmail, and a drone hit a house in ", AIR),
    ("A drone strike hit a car in ", AIR),
    ("An air strike hit ", AIR),
    ("Drones attacked overnight and strikes hit ", SH),
])
def test_the_means_told_last_before_the_site(before: str, sub: str, gazetteer) -> None:  # noqa: ANN001
    kherson = next(r for r in gazetteer.rows() if r.name == "Kherson" and r.country_code == "UA")
    assert coder._means(AIR, kherson, "a drone and strikes", before) == sub


@pytest.mark.parametrize(("text", "events"), [
    ("JNIM fighters burned a convoy of 40 supply trucks near Diema on Monday, drivers said.",
     [("Diéma", SD, LOOT, None, "JNIM", None)]),
    ("Jihadists burn convoy of 25 cargo trucks near Dori",
     [("Dori", SD, LOOT, None, "jihadists", None)]),
    # near miss: an army convoy with soldiers killed stays a clash
    ("Fighters burned a convoy of army trucks near Menaka on Sunday, killing three soldiers.",
     [("Ménaka", "Battles", "Armed clash", 3, "Fighters", "Malian forces")]),
])
def test_a_convoy_burned_with_its_load_told(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


def test_a_military_convoy_is_not_read_as_goods_burned() -> None:
    text = "Rebels burned a convoy of 12 military trucks near Gao."
    subs = [c.sub_event_type for c in triggers.clauses(text)]
    assert LOOT not in subs


UNITS = ["burned a convoy of 40 supply ", "burn convoys of army of of of ", "burned the convoy of " * 3,
         "strikes drone strike air strikes "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_trigger_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", ["strikes ", "drone strike ", "air-strikes ", "a" * 29 + " ", "fab-"])
def test_the_means_pattern_on_100_kb_is_fast(unit: str) -> None:
    assert pattern_cpu(coder._LAST_MEANS, hundred_kb(unit)) < 3.0
