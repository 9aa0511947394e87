"""Events of a text as rows, for the classes tests: ``events_of`` (place, country, lat, lon, sub-type,
precision) with ``check_events``, which compares names, countries, sub-types and precisions exactly and
points within a kilometre; ``reader_of``, a test file's reader of the fields it asserts ("site",
"sub_type", "actor1" ...); ``roles_of``, each mention's role."""

from __future__ import annotations

from collections.abc import Callable

from mapper.geo import distance_km
from mapper.model import Article, Event
from mapper.pipeline import Pipeline

Expected = tuple[str, str, float, float, str, int]

# What ``reader_of`` can read of an event, by the name a test gives it.
_EVENT_FIELDS: dict[str, Callable[[Event], object]] = {
    "site": lambda e: e.location.name,
    "kind": lambda e: e.location.kind,
    "precision": lambda e: e.geo_precision,
    "type": lambda e: e.event_type,
    "sub_type": lambda e: e.sub_event_type,
    "actor1": lambda e: e.actor1.name if e.actor1 else None,
    "actor2": lambda e: e.actor2.name if e.actor2 else None,
    "actor2_inferred": lambda e: bool(e.actor2 and e.actor2.inferred),
    "fatalities": lambda e: e.fatalities,
    "date": lambda e: e.date,
    "date_text": lambda e: str(e.date) if e.date else None,
}


def reader_of(*fields: str, published: str, sort: bool = False) -> Callable[..., list[tuple]]:
    """A reader of the named fields of each event a text codes, in text order (or sorted):
    ``coded = reader_of("site", "sub_type", published="2025-07-07")``, then ``coded(pipeline, text)``
    (a call's own ``published=`` wins)."""
    getters = [_EVENT_FIELDS[f] for f in fields]

    def coded(pipeline: Pipeline, text: str, published: str = published) -> list[tuple]:
        doc = pipeline.parse(Article(id="t", text=text, published=published))
        rows = [tuple(get(e) for get in getters) for e in doc.events]
        return sorted(rows) if sort else rows
    return coded


def roles_of(pipeline: Pipeline, text: str, published: str = "2025-07-07") -> list[tuple[str, str]]:
    """(mention text, role name) of each mention of ``text``, in text order."""
    doc = pipeline.parse(Article(id="t", text=text, published=published))
    return [(m.text, r.name) for m, r in zip(doc.mentions, doc.roles, strict=True)]


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
