"""Conflict places that session 39 (gaz45) added to the curated files, and facility nouns.

towns.csv: Moqokori, Angoor Adda, Bermal (the seat that now places Bêrmal district, before at Paktika's
point), Kamaran (its district moved from Hodeidah's point to the island), Rio's Penha and Complexo do Alemão,
Nairobi's Kawangware; aliases.csv: Noshki for Nushki, Old Fangak for Fangak; facilities.csv: Damanyo camp.
mapper/geoparse/recognize.py `_FACILITY_GROUPS` gained the nouns that name an energy site by its town ("fuel
terminal", "heavy water reactor") and a camp's longer nouns ("military camp", "training camp"). Before, the
gazetteer had no place of these names within 25 km, or the span was read as the town (Arak, 52 km from the
reactor) or as nothing (Varreux, Damanyo). Sentences are our own; the namesakes that must stay are tested
beside them."""

from __future__ import annotations

import time

import pytest

from mapper.geo import distance_km
from mapper.pipeline import Pipeline
from tests.test_resolve_theatre import check_one_event


# (text, country, (lat, lon)): each codes one event at the added place, within 5 km
@pytest.mark.parametrize(("text", "country", "point"), [
    ("Al-Shabaab fighters attacked an army base in Moqokori on Tuesday.", "SO", (4.045, 45.330)),
    ("Taliban fighters fired on a Pakistani post at Angoor Adda on Sunday.", "PK", (32.520, 69.380)),
    ("Pakistani drones struck a house in Paktika's Barmal district on Monday, killing five civilians.",
     "AF", (32.740, 69.320)),
    ("US warplanes struck Kamaran island on Friday.", "YE", (15.340, 42.600)),
    ("Police raid in Rio's Penha complex leaves 60 dead", "BR", (-22.840, -43.280)),
    ("Shots were fired at a police patrol in the Alemão complex on Sunday, wounding one officer, "
     "Rio de Janeiro police said.", "BR", (-22.860, -43.270)),
    ("Police fired tear gas at protesters in Kawangware on Monday.", "KE", (-1.283, 36.752)),
    ("A suicide car bomb hit a paramilitary convoy in Noshki on Sunday.", "PK", (29.552, 66.023)),
    ("Government aircraft bombed a hospital in Old Fangak on Saturday.", "SS", (9.070, 30.880)),
    ("A suicide bomber blew himself up at the gate of the Damanyo camp on Wednesday.", "SO", (2.040, 45.300)),
])
def test_gaz45_places_place_their_event(pipeline: Pipeline, text: str, country: str,
                                        point: tuple[float, float]) -> None:
    event = check_one_event(pipeline, text, country, point)
    assert distance_km(event.location.lat, event.location.lon, *point) < 5


# The facility nouns: the span is the facility, at its point (not the town it is named after)
@pytest.mark.parametrize(("text", "name", "point", "sub_type"), [
    ("Police regained control of the Varreux fuel terminal on Friday after a gunfight with gang members.",
     "Varreux fuel terminal", (18.577, -72.323), "Government regains territory"),
    ("Israeli jets struck the Arak heavy water reactor on Thursday.", "Arak heavy water reactor",
     (34.374, 49.242), "Air/drone strike"),
    # a camp's longer noun ("military camp", "training camp") reaches the camp's row ("Damanyo camp")
    ("A suicide bomber killed 10 recruits at the Damanyo military camp on Wednesday.",
     "Damanyo camp", (2.040, 45.300), "Suicide bomb"),
])
def test_energy_and_military_sites_are_facilities(pipeline: Pipeline, text: str, name: str,
                                                 point: tuple[float, float], sub_type: str) -> None:
    events = pipeline.parse(text, published="2025-06-21").events
    assert len(events) == 1, events
    loc = events[0].location
    assert (loc.name, loc.kind) == (name, "facility")
    assert distance_km(loc.lat, loc.lon, *point) < 2
    assert events[0].sub_event_type == sub_type


# Near misses that must not change: the towns the facilities are named after, a namesake abroad, a town's
# terminal the gazetteer has no facility for
@pytest.mark.parametrize(("text", "country", "point"), [
    ("Hundreds of people protested in Arak on Friday against the strikes.", "IR", (34.095, 49.698)),
    ("Gunmen shot dead a shopkeeper in the town of Natanz on Friday.", "IR", (33.511, 51.918)),
    # "enrichment site" is no facility noun of the guide: the site is the town (p37-090's coding)
    ("Israeli strikes hit Iran's Natanz enrichment site on Friday, killing two guards.", "IR",
     (33.511, 51.918)),
    ("Gunmen shot dead two men in Penha, in Santa Catarina state, on Sunday.", "BR", (-26.769, -48.646)),
    ("ADF rebels killed six farmers in Mbau, north of Beni, on Monday.", "CD", (0.630, 29.530)),
    ("Houthi drones struck the Hodeidah fuel terminal on Monday.", "YE", (14.798, 42.955)),
    ("Militants attacked the Dadaab army camp on Sunday.", "KE", (0.052, 40.309)),
])
def test_namesakes_and_towns_stay(pipeline: Pipeline, text: str, country: str,
                                  point: tuple[float, float]) -> None:
    check_one_event(pipeline, text, country, point)


def test_kamaran_district_sits_on_the_island(gazetteer) -> None:  # noqa: ANN001
    """Kamaran district sat at Hodeidah governorate's point, 85 km from the island: its seat town moved it."""
    district = [p for p, _, _ in gazetteer.lookup("Kamaran", limit=5) if p.kind == "admin2"]
    assert district and distance_km(district[0].lat, district[0].lon, 15.340, 42.600) < 1


def test_facility_nouns_in_a_long_text_are_linear(pipeline: Pipeline) -> None:
    """100 KB of names followed by the new facility nouns' first words, none completing a noun: linear."""
    text = "Varreux fuel heavy water Arak nuclear Damanyo military training Kamaran army " * 2100
    start = time.process_time()
    pipeline.parse(text[:100_000], published="2025-06-21")
    assert time.process_time() - start < 5
