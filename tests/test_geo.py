"""Distances (mapper/geo.py): the great-circle helper and the resolver's fast nearest-point feature."""

from __future__ import annotations

import math
import random

import pytest
from geopy.distance import great_circle

from mapper.geo import EARTH_RADIUS_KM, distance_km, nearest_km

PARIS = (48.8566, 2.3522)
LONDON = (51.5074, -0.1278)


def test_distance_is_the_great_circle_on_mappers_sphere() -> None:
    assert distance_km(*PARIS, *PARIS) == 0.0
    assert distance_km(*PARIS, *LONDON) == pytest.approx(343.556, abs=1e-3)
    assert distance_km(*PARIS, *LONDON) == distance_km(*LONDON, *PARIS)
    assert distance_km(0, 0, 0, 180) == pytest.approx(math.pi * EARTH_RADIUS_KM, rel=1e-12)  # antipodes
    assert distance_km(0, 179.9, 0, -179.9) == pytest.approx(22.239, abs=1e-3)  # across the antimeridian
    # geopy's great circle on the same sphere agrees to well under a metre anywhere.
    rnd = random.Random(13)
    for _ in range(2000):
        a = (rnd.uniform(-90, 90), rnd.uniform(-180, 180))
        b = (rnd.uniform(-90, 90), rnd.uniform(-180, 180))
        expected = great_circle(a, b, radius=EARTH_RADIUS_KM).km
        assert distance_km(*a, *b) == pytest.approx(expected, abs=1e-3)


def test_nearest_is_the_closest_point_to_within_a_percent_nearby() -> None:
    rad = math.radians
    here = (rad(PARIS[0]), rad(PARIS[1]))
    others = [(rad(LONDON[0]), rad(LONDON[1])), (rad(50.85), rad(4.35)), (rad(40.71), rad(-74.0))]
    brussels = distance_km(*PARIS, 50.85, 4.35)
    assert nearest_km(*here, others) == pytest.approx(brussels, rel=0.01)
    assert nearest_km(*here, others[::-1]) == nearest_km(*here, others)
    # The shorter way round: 0.2 degrees of longitude at the equator, not 359.8.
    assert nearest_km(0.0, rad(179.9), [(0.0, rad(-179.9))]) == pytest.approx(22.239, abs=1e-3)
    rnd = random.Random(7)
    for _ in range(2000):
        lat, lon = rnd.uniform(-70, 70), rnd.uniform(-180, 180)
        olat, olon = lat + rnd.uniform(-2, 2), lon + rnd.uniform(-2, 2)
        exact = distance_km(lat, lon, olat, olon)
        near = nearest_km(rad(lat), rad(lon), [(rad(olat), rad(olon))])
        assert near == pytest.approx(exact, rel=0.01, abs=1e-9)
