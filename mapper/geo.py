"""Distances on the Earth, in km: the one place mapper computes them.

``distance_km`` is the great-circle distance (haversine) on a sphere of ``EARTH_RADIUS_KM``: use
it wherever two places are compared (merging events, analysis). ``nearest_km`` is the resolver's
distance feature, the nearest of a few points by the equirectangular approximation: a few
multiplications per point on the hot path, within 1% of ``distance_km`` up to several hundred km,
ample for a log-scale feature, and what the model was trained on.

The evaluation's error (``evaluation.metrics.error_km``) is the documented metric of the
literature, geopy's ``great_circle`` (mean radius 6371.009 km, as Gritta et al. use), and stays so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

EARTH_RADIUS_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in degrees (haversine)."""
    la1, la2 = math.radians(lat1), math.radians(lat2)
    dla, dlo = la2 - la1, math.radians(lon2 - lon1)
    h = math.sin(dla / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlo / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def nearest_km(lat: float, lon: float, others: Iterable[tuple[float, float]]) -> float:
    """Distance from (lat, lon) to the nearest of ``others``, all in radians (equirectangular)."""
    c = math.cos(lat)
    best = 1e18
    for olat, olon in others:
        dl = abs(olon - lon)
        if dl > math.pi:
            dl = 2 * math.pi - dl  # across the antimeridian
        d = (olat - lat) ** 2 + (dl * c) ** 2
        if d < best:
            best = d
    return EARTH_RADIUS_KM * math.sqrt(best)
