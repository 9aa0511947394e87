"""Several articles, one incident: merge events that report the same thing.

Two events from *different* articles are the same incident when (the rule, all configurable):

- their event types are of one family (violence, demonstration, strategic, political: one outlet's
  "armed clash" is another's "attack"), and for strategic and political events the same
  sub-event type (an agreement is not an arrest);
- their places are the same, or both are precise (geo_precision 1 or 2) and within ``km`` of each
  other; a country-level event only merges with one at the same place;
- their dates are within ``days`` of each other (an undated event matches any date).

Merging keeps the most specific sub-event type, the most precise place and date, the larger
casualty figures, the first actors found, and every source and excerpt. Events are compared in
input order and joined greedily to the first match, so the result does not depend on a pairwise
order of comparison beyond that. Candidates are found through an index (``_Candidates``), so
that a run of many thousands of articles merges in about linear time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from mapper.events.taxonomy import FAMILY
from mapper.geo import EARTH_RADIUS_KM, distance_km
from mapper.model import AnalysedArticle, Event

# Sub-event types that a report gives when it knows little ("armed clash" from a bare "attack"); any
# other type in the same family is more specific.
_VAGUE = frozenset({"Armed clash", "Attack", "Other"})


@dataclass(frozen=True, slots=True)
class MergeRule:
    """When two events from different articles are one incident."""

    km: float = 10.0  # most distance between two precise locations
    days: int = 2  # most days between the two dates
    enabled: bool = True


DEFAULT_RULE = MergeRule()


def _same_place(a: Event, b: Event, rule: MergeRule) -> bool:
    p, q = a.location, b.location
    if p.geonameid is not None and p.geonameid == q.geonameid:
        return True
    if (p.name, round(p.lat, 3), round(p.lon, 3)) == (q.name, round(q.lat, 3), round(q.lon, 3)):
        return True
    return (a.geo_precision < 3 and b.geo_precision < 3
            and distance_km(p.lat, p.lon, q.lat, q.lon) <= rule.km)


def _date(e: Event) -> dt.date | None:
    try:
        return dt.date.fromisoformat(e.date) if e.date else None
    except ValueError:
        return None


def same_incident(a: Event, b: Event, rule: MergeRule = DEFAULT_RULE) -> bool:
    """Whether ``a`` and ``b`` (from different articles) report the same incident under ``rule``."""
    family = FAMILY.get(a.event_type)
    if family != FAMILY.get(b.event_type):
        return False
    if family in ("strategic", "political") and a.sub_event_type != b.sub_event_type:
        return False
    if not _same_place(a, b, rule):
        return False
    da, db = _date(a), _date(b)
    return da is None or db is None or abs((da - db).days) <= rule.days


def _absorb(into: Event, other: Event, seen: tuple[set, set]) -> None:
    """Fold ``other`` into ``into``; ``seen`` holds the sources and excerpts ``into`` has, as sets, so
    that an incident reported by thousands of articles is not quadratic to merge."""
    if into.sub_event_type in _VAGUE and other.sub_event_type not in _VAGUE:
        into.event_type, into.sub_event_type = other.event_type, other.sub_event_type
    if other.geo_precision < into.geo_precision:
        into.location, into.geo_precision, into.role = other.location, other.geo_precision, other.role
    if other.date and (not into.date or other.time_precision < into.time_precision):
        into.date, into.time_precision = other.date, other.time_precision
    for name in ("fatalities", "injuries"):
        mine, theirs = getattr(into, name), getattr(other, name)
        if theirs is not None and (mine is None or theirs > mine):
            setattr(into, name, theirs)
    into.actor1 = into.actor1 or other.actor1
    into.actor2 = into.actor2 or other.actor2
    into.confidence = max(into.confidence, other.confidence)
    sources, excerpts = seen
    new_sources = [x for x in other.sources if x not in sources]
    new_excerpts = [x for x in other.excerpts if x not in excerpts]
    into.sources += new_sources
    into.excerpts += new_excerpts
    sources.update(new_sources)
    excerpts.update(new_excerpts)
    into.mentions += other.mentions


# A degree of latitude is this long on distance_km's sphere; two places within ``km`` are at most
# km / this many degrees of latitude apart, whatever their longitudes.
_KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180


class _Candidates:
    """The merged events a new event could join, without comparing it with all of them.

    Merged events are filed by type family, latitude band (at least ``km`` tall), longitude cell
    within the band (at least as wide as two places ``km`` apart can be, at the band's latitudes)
    and date window (``days`` + 1 long), and by GeoNames id. An event's candidates are those in its
    family, in its band or the two beside it, in its cell or the two beside it, in its date window or
    the two beside it, or undated: a superset of what same_incident accepts, which still decides. So
    a long run merges in about linear time (without the cells, every report along one parallel on one
    day was compared with all the others), with exactly the result of comparing each event with every
    earlier one in order.
    """

    def __init__(self, rule: MergeRule) -> None:
        self.band = max(rule.km / _KM_PER_DEGREE * 1.001, 0.01)  # 0.1% for floating-point edges
        self.km = rule.km
        self.window = max(rule.days + 1, 1)
        self.cells: dict[tuple, dict[int | None, set[int]]] = {}
        self.filed: dict[int, list[tuple[tuple, int | None]]] = {}
        self.lon_cells: dict[int, int] = {}  # latitude band -> number of longitude cells in it

    def _lon_cells(self, band: int) -> int:
        """Cells around the globe in a band: each at least as wide in longitude as two places within
        ``km`` can be apart when one lies in this band and the other in it or a band beside it."""
        cells = self.lon_cells.get(band)
        if cells is None:
            # On a sphere hav(d) = hav(dlat) + cos(lat1) cos(lat2) hav(dlon), so within distance d,
            # sin(dlon / 2) <= sin(d / 2) / cos(lat) at the latitude farthest from the equator.
            farthest = min(90.0, max(abs((band - 1) * self.band), abs((band + 2) * self.band)))
            bound = math.sin(self.km / EARTH_RADIUS_KM / 2) / max(math.cos(math.radians(farthest)), 1e-12)
            if bound >= 1:
                cells = 1  # near a pole: any longitude
            else:
                width = max(math.degrees(2 * math.asin(bound)) * 1.001, 0.01)  # 0.1%: floating point
                cells = max(1, int(360 // width))
            self.lon_cells[band] = cells
        return cells

    def _lon_keys(self, band: int, lon: float, around: bool) -> list[int]:
        cells = self._lon_cells(band)
        cell = int((lon + 180.0) % 360.0 * cells / 360.0) % cells  # cells of equal width: they wrap
        return sorted({(cell + k) % cells for k in (-1, 0, 1)}) if around else [cell]

    def _date_key(self, e: Event) -> int | None:
        d = _date(e)
        return d.toordinal() // self.window if d is not None else None

    def _place_keys(self, e: Event, around: bool) -> list[tuple]:
        family, place = FAMILY.get(e.event_type), e.location
        band = math.floor(place.lat / self.band)
        keys = [("band", family, b, c) for b in ((band - 1, band, band + 1) if around else (band,))
                for c in self._lon_keys(b, place.lon, around)]
        if place.geonameid is not None:  # the same place, even were its coordinates to differ
            keys.append(("id", family, place.geonameid))
        return keys

    def add(self, i: int, e: Event) -> None:
        day = self._date_key(e)
        self.filed[i] = [(key, day) for key in self._place_keys(e, around=False)]
        for key, day in self.filed[i]:
            self.cells.setdefault(key, {}).setdefault(day, set()).add(i)

    def update(self, i: int, e: Event) -> None:
        """Refile merged event ``i``: absorbing another report may have moved its place or date."""
        for key, day in self.filed.pop(i):
            self.cells[key][day].discard(i)
        self.add(i, e)

    def find(self, e: Event) -> list[int]:
        """Indices of the merged events ``e`` might join, in order."""
        day = self._date_key(e)
        days = None if day is None else (day - 1, day, day + 1, None)
        found: set[int] = set()
        for key in self._place_keys(e, around=True):
            by_day = self.cells.get(key)
            if not by_day:
                continue
            for d in by_day if days is None else days:  # an undated event may match any date
                found |= by_day.get(d, set())
        return sorted(found)


def merge_events(events: Iterable[Event], rule: MergeRule = DEFAULT_RULE) -> tuple[list[Event], int]:
    """Merge reports of one incident from different articles; return (events, merges made).

    The returned events are new objects; the inputs are not changed. Events from the same article
    never merge with each other (the coder has already joined what one article tells twice).
    """
    out, assigned = _merge(list(events), rule)
    return out, len(assigned) - len(out)


def merge_articles(articles: list[AnalysedArticle], rule: MergeRule = DEFAULT_RULE
                   ) -> tuple[list[Event], int]:
    """Merge the events of a run's articles in place: each article's ``events`` becomes the merged
    events it contributed to (an event reported by two articles is one object in both lists), and its
    ``reports`` its own events, each given the ``id`` of the merged event it joined. A merged event
    keeps the id of its first report, so ids never change as later reports join. Returns (all merged
    events, merges made)."""
    for a in articles:
        a.reports = a.own_events
        for n, e in enumerate(a.reports, start=1):
            e.id = e.id or f"{a.article.id}#{n}"  # events built by hand: the coder's scheme
    flat = [(i, e) for i, a in enumerate(articles) for e in a.reports]
    out, assigned = _merge([e for _, e in flat], rule)
    lists: list[list[Event]] = [[] for _ in articles]
    listed: list[set[int]] = [set() for _ in articles]  # merged events already in each list
    for (i, e), k in zip(flat, assigned, strict=True):
        e.id = out[k].id
        if k not in listed[i]:
            listed[i].add(k)
            lists[i].append(out[k])
    for a, events in zip(articles, lists, strict=True):
        a.events = events
    return out, len(flat) - len(out)


def _merge(events: list[Event], rule: MergeRule) -> tuple[list[Event], list[int]]:
    out: list[Event] = []
    assigned: list[int] = []  # index in ``out`` of each input event
    articles: list[set[str]] = []  # ids of the articles each output event came from
    seen: list[tuple[set, set]] = []  # the sources and excerpts of each output event
    index = _Candidates(rule)
    for e in events:
        ids = {s.article_id for s in e.sources}
        target = None
        if rule.enabled:
            target = next((i for i in index.find(e)
                           if not ids & articles[i] and same_incident(out[i], e, rule)), None)
        if target is None:
            out.append(_copy(e))
            articles.append(set(ids))
            seen.append((set(out[-1].sources), set(out[-1].excerpts)))
            assigned.append(len(out) - 1)
            if rule.enabled:
                index.add(len(out) - 1, out[-1])
        else:
            _absorb(out[target], e, seen[target])
            articles[target] |= ids
            assigned.append(target)
            index.update(target, out[target])
    return out, assigned


def _copy(e: Event) -> Event:
    return dataclasses.replace(e, excerpts=list(e.excerpts), sources=list(e.sources),
                               mentions=list(e.mentions))
