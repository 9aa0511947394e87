"""Several articles, one incident: merge the reports of one incident into an :class:`Incident` value.

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

The :class:`Merger` is incremental: ``merger.add(doc)`` files a document's events and returns, for
each, the id of the incident it joined, which never changes (an incident keeps the id of its first
report); ``merger.incidents()`` gives the merged values. Documents and their events are never changed:
the merger works on copies, and an Incident is a frozen value. With a ``window`` (days) it keeps only
the incidents reported recently (by the articles' published dates) open, for runs of any length.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import math
from collections.abc import Callable, Iterable, Sequence

from mapper.config import MergeRule
from mapper.doc import Doc
from mapper.events.taxonomy import FAMILY
from mapper.geo import EARTH_RADIUS_KM, distance_km
from mapper.model import Event, Incident

# Sub-event types that a report gives when it knows little ("armed clash" from a bare "attack"); any
# other type in the same family is more specific.
_VAGUE = frozenset({"Armed clash", "Attack", "Other"})


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
        self.remove(i)
        self.add(i, e)

    def remove(self, i: int) -> None:
        """Forget merged event ``i`` (closed): emptied cells go too, so the index stays the window's size."""
        for key, day in self.filed.pop(i):
            by_day = self.cells[key]
            by_day[day].discard(i)
            if not by_day[day]:
                del by_day[day]
                if not by_day:
                    del self.cells[key]

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


class Merger:
    """Merges the reports of a run, one document (or event) at a time, in input order.

    Without a ``window`` each incident is open to later reports for the whole run. With ``window=W``
    (days) the merger keeps only the incidents reported in the last W days of the run's clock (the
    newest ``published`` date of the documents added so far): an incident whose last report came from
    an article more than W days older than the newest one is closed: it leaves the index, no later
    report joins it, and its value moves to :meth:`closed` (a streaming writer drains it there), so
    memory depends on the window, not on the length of the run. While no incident has closed, the
    result is exactly that of the unbounded merge. ``max_open`` bounds the open incidents also for
    inputs without dates (the least recently reported close first).

    ``max_reports`` bounds what the open incidents hold, counted in reports (an incident's memory grows
    with its reports: their ids, articles and sources), because a window of days holds more reports as
    a feed grows denser: 30 days of a feed of 900 articles a day are 27,000 reports. When a report
    would make the open incidents hold more, the least recently reported incidents are closed (and
    handed to :meth:`closed`, as the window closes them) until they hold at most ``max_reports``; an
    incident that alone holds more is closed too, and a later report of it starts a new incident. So
    memory depends on the window and the cap, never on the length of the run; until the cap is
    reached, the result is exactly that without it.
    """

    def __init__(self, rule: MergeRule = DEFAULT_RULE, *, window: int | None = None,
                 max_open: int | None = None, max_reports: int | None = None) -> None:
        self.rule = rule
        self.window = window
        self.max_open = max_open
        self.max_reports = max_reports
        self.held = 0  # reports held by the open incidents
        # Per open incident, by its number (numbers grow in the order of first reports, so that dict
        # order and sorted numbers are that order):
        self._merged: dict[int, Event] = {}  # the merger's own working copy of each incident
        self._reports: dict[int, list[str]] = {}  # ids of the reports merged into each
        self._articles: dict[int, set[str]] = {}  # ids of the articles each came from
        self._seen: dict[int, tuple[set, set]] = {}  # the sources and excerpts of each
        # (the clock, a date ordinal or -1 before any; the count of reports) at its last report:
        self._stamp: dict[int, tuple[int, int]] = {}
        # Heap of (clock, count, number), least recently reported first; stale if the stamp moved on.
        self._queue: list[tuple[int, int, int]] = []
        self._closed: list[tuple[int, Incident]] = []  # closed and not yet drained, with their numbers
        self._index = _Candidates(rule)
        self.clock = -1  # the newest article date seen, as an ordinal (-1: none yet)
        self.reports = 0  # events added
        self.created = 0  # incidents made (open or closed)

    def add(self, doc: Doc) -> list[str]:
        """File the events of ``doc``; return the id of the incident each joined (same order)."""
        self.advance(doc.article.published)
        return [self.add_event(e, rid) for e, rid in zip(doc.events, report_ids(doc), strict=True)]

    def add_event(self, e: Event, report_id: str | None = None) -> str:
        """File one report (its sources name its article); return the id of the incident it joined."""
        rule = self.rule
        report_id = report_id or e.id
        self.reports += 1
        ids = {s.article_id for s in e.sources}
        target = None
        if rule.enabled:
            target = next((i for i in self._index.find(e)
                           if not ids & self._articles[i] and same_incident(self._merged[i], e, rule)), None)
        if target is None:
            target = self.created
            self.created += 1
            copy = _copy(e)
            self._merged[target] = copy
            self._reports[target] = [report_id]
            self._articles[target] = set(ids)
            self._seen[target] = (set(copy.sources), set(copy.excerpts))
            if rule.enabled:
                self._index.add(target, copy)
        else:
            _absorb(self._merged[target], e, self._seen[target])
            self._articles[target] |= ids
            self._reports[target].append(report_id)
            self._index.update(target, self._merged[target])
        self.held += 1
        incident_id = self._reports[target][0]
        if self._bounded:
            self._stamp[target] = (self.clock, self.reports)
            heapq.heappush(self._queue, (self.clock, self.reports, target))
            if len(self._queue) > 2 * len(self._merged) + 1024:
                # Stale entries (an incident reported again) leave the heap only when they come first:
                # rebuild it from the live stamps, so that it stays the size of the open incidents.
                self._queue = [(*stamp, i) for i, stamp in self._stamp.items()]
                heapq.heapify(self._queue)
            if self.max_open is not None and len(self._merged) > self.max_open:
                self._close_until(lambda: len(self._merged) > self.max_open)  # type: ignore[operator]
            if self.max_reports is not None and self.held > self.max_reports:
                self._close_until(lambda: self.held > self.max_reports)  # type: ignore[operator]
        return incident_id

    @property
    def _bounded(self) -> bool:
        return self.window is not None or self.max_open is not None or self.max_reports is not None

    def advance(self, published: str | None) -> None:
        """Move the clock to an article's ``published`` date (if later) and close the incidents that
        fall out of the window. ``add(doc)`` does it with the document's date; a caller of
        ``add_event`` does it before the events of each article."""
        day = _ordinal(published)
        if day is None or day <= self.clock or not self._bounded:
            return
        if self.clock < 0:  # incidents filed before any date: their window starts now
            self._stamp = {i: (day, n) for i, (_, n) in self._stamp.items()}
            self._queue = [(*stamp, i) for i, stamp in self._stamp.items()]
            heapq.heapify(self._queue)
        self.clock = day
        if self.window is not None:
            oldest = day - self.window
            self._close_until(lambda: self._queue[0][0] < oldest)

    def _close_until(self, more: Callable[[], bool]) -> None:
        while self._queue and more():
            clock, n, i = heapq.heappop(self._queue)
            if self._stamp.get(i) == (clock, n):  # else a later report refiled it
                self._close(i)

    def _close(self, i: int) -> None:
        if self.rule.enabled:
            self._index.remove(i)
        reports = self._reports.pop(i)
        self.held -= len(reports)
        self._closed.append((i, Incident.of(self._merged.pop(i), tuple(reports))))
        del self._articles[i], self._seen[i], self._stamp[i]

    def closed(self) -> list[Incident]:
        """The incidents closed since the last call, and forgets them (a streaming writer's share)."""
        out = [inc for _, inc in self._closed]
        self._closed = []
        return out

    @property
    def open(self) -> int:
        """Incidents still open to later reports."""
        return len(self._merged)

    @property
    def merges(self) -> int:
        """Reports folded into an incident that another article reported first."""
        return self.reports - self.created

    def incidents(self) -> list[Incident]:
        """Every incident so far that :meth:`closed` has not handed out, as values, in the order of
        their first reports."""
        live = [(i, Incident.of(e, tuple(self._reports[i]))) for i, e in self._merged.items()]
        return [inc for _, inc in sorted(self._closed + live, key=lambda pair: pair[0])]


def _ordinal(published: str | None) -> int | None:
    """An article's published date (ISO, possibly with a time) as a day number, or None."""
    try:
        return dt.date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def report_ids(doc: Doc) -> list[str]:
    """The ids of a document's events: their own ("<article id>#<n>", set by the event coder), or for
    events built by hand without one, the coder's scheme."""
    return [e.id or f"{doc.article.id}#{n}" for n, e in enumerate(doc.events, start=1)]


def merge(docs: Iterable[Doc], rule: MergeRule = DEFAULT_RULE) -> list[Incident]:
    """The incidents the documents' events report, merged across articles under ``rule``."""
    merger = Merger(rule)
    for doc in docs:
        merger.add(doc)
    return merger.incidents()


def unmerged(docs: Iterable[Doc]) -> list[Incident]:
    """Each event an incident of its own, with the event's own id (what a map or export of documents
    shows when no run merged them)."""
    return [Incident.of(e, (e.id,)) for doc in docs for e in doc.events]


def join_reports(reports: Sequence[Event], incident_id: str) -> Incident:
    """The incident that ``reports`` make together when they are already known to be of one incident
    (an export names it by ``event_id``): merged as the Merger merges, without the rule's tests."""
    merged = _copy(reports[0])
    seen = (set(merged.sources), set(merged.excerpts))
    for other in reports[1:]:
        _absorb(merged, other, seen)
    return Incident.of(merged, (incident_id, *(e.id for e in reports[1:] if e.id)))


def incident_ids(incidents: Iterable[Incident]) -> dict[str, str]:
    """Report id -> the id of the incident it joined."""
    return {r: inc.id for inc in incidents for r in inc.reports}


def merge_events(events: Iterable[Event], rule: MergeRule = DEFAULT_RULE) -> tuple[list[Incident], int]:
    """Merge reports of one incident from different articles; return (incidents, merges made). Events
    from the same article never merge with each other (the coder has already joined what one article
    tells twice)."""
    merger = Merger(rule)
    for n, e in enumerate(events, start=1):
        merger.add_event(e, e.id or f"#{n}")
    return merger.incidents(), merger.merges


def _copy(e: Event) -> Event:
    return dataclasses.replace(e, excerpts=list(e.excerpts), sources=list(e.sources),
                               mentions=list(e.mentions))
