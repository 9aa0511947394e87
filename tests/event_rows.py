"""Events of a one-line text as rows (place, country, lat, lon, sub-type, precision), and the check that
compares them with expected rows: names, countries, sub-types and precisions exactly, points within a
kilometre. Shared by the headline-class tests."""

from __future__ import annotations

from mapper.geo import distance_km
from mapper.model import Article
from mapper.pipeline import Pipeline

Expected = tuple[str, str, float, float, str, int]


def events_of(pipeline: Pipeline, text: str) -> list[Expected]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return [(e.location.name, e.location.country_code or "", e.location.lat, e.location.lon, e.sub_event_type,
             e.geo_precision) for e in doc.events]


def check_events(got: list[Expected], expected: list[Expected]) -> None:
    def named(rows: list[Expected]) -> list[tuple[str, str, str, int]]:
        return [(n, cc, sub, p) for n, cc, _, _, sub, p in rows]
    assert named(got) == named(expected)
    for (_, _, lat, lon, _, _), (_, _, elat, elon, _, _) in zip(got, expected, strict=True):
        assert distance_km(lat, lon, elat, elon) < 1.0
