"""Places that session 49 (gaz62) added to the curated files.

towns.csv: Otukpo (Benue, Nigeria) and Sévaré (the town beside Mopti, Mali), absent from GeoNames' cities500;
aliases.csv: the news spellings Rajouri (Rajaori, India), Zawaida / Zawayda / Zuwaida (Az Zuwāydah, Gaza),
Shire (Inda Silasē, Tigray), Qoryoley (Qoryooley) and Haradhere (Xarardheere, Somalia). Sentences are our
own; the places that must stay are tested beside them."""

from __future__ import annotations

import pytest

from mapper.geo import distance_km
from mapper.pipeline import Pipeline
from tests.test_resolve_theatre import check_one_event


# (text, country, (lat, lon)): each codes one event at the added place or spelling, within 5 km
@pytest.mark.parametrize(("text", "country", "point"), [
    ("Gunmen killed 12 villagers on the outskirts of Otukpo on Sunday, police said.", "NG", (7.190, 8.130)),
    ("A drone strike hit a fuel depot in Sévaré on Tuesday, residents said.", "ML", (14.533, -4.100)),
    ("A drone strike hit a fuel depot in Sevare on Tuesday, residents said.", "ML", (14.533, -4.100)),
    ("Two soldiers were killed in a gunfight with militants in Rajouri on Friday.", "IN", (33.375, 74.309)),
    ("An Israeli strike on a tent in Zawaida killed four people on Monday, medics said.", "PS",
     (31.440, 34.381)),
    ("Fighting broke out between federal troops and Tigrayan forces in Shire on Saturday.", "ET",
     (14.103, 38.283)),
    ("Al-Shabaab fighters attacked an army base in Qoryoley on Thursday.", "SO", (1.788, 44.530)),
    ("Al-Shabaab militants seized Haradhere after government troops withdrew on Wednesday.", "SO",
     (4.654, 47.858)),
])
def test_gaz62_places_place_their_event(pipeline: Pipeline, text: str, country: str,
                                        point: tuple[float, float]) -> None:
    event = check_one_event(pipeline, text, country, point)
    assert distance_km(event.location.lat, event.location.lon, *point) < 5


# Near misses that must not change: Mopti itself (10 km from Sévaré), a shire that is no town
@pytest.mark.parametrize(("text", "country", "point"), [
    ("A drone strike hit a fuel depot in Mopti on Tuesday, residents said.", "ML", (14.484, -4.183)),
])
def test_neighbours_stay(pipeline: Pipeline, text: str, country: str, point: tuple[float, float]) -> None:
    event = check_one_event(pipeline, text, country, point)
    assert distance_km(event.location.lat, event.location.lon, *point) < 5


def test_a_shire_of_england_is_no_town_in_tigray(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Police in the Shire of Kent arrested two men on Tuesday.", published="2025-06-01")
    assert [m.place.country_code for m in doc.mentions if m.text == "Shire"] == []
