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
order of comparison beyond that.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from mapper.events.taxonomy import FAMILY
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


def _km(a: Event, b: Event) -> float:
    p, q = a.location, b.location
    la1, la2 = math.radians(p.lat), math.radians(q.lat)
    dla, dlo = la2 - la1, math.radians(q.lon - p.lon)
    h = math.sin(dla / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlo / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _same_place(a: Event, b: Event, rule: MergeRule) -> bool:
    p, q = a.location, b.location
    if p.geonameid is not None and p.geonameid == q.geonameid:
        return True
    if (p.name, round(p.lat, 3), round(p.lon, 3)) == (q.name, round(q.lat, 3), round(q.lon, 3)):
        return True
    return a.geo_precision < 3 and b.geo_precision < 3 and _km(a, b) <= rule.km


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


def _absorb(into: Event, other: Event) -> None:
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
    into.sources += [s for s in other.sources if s not in into.sources]
    into.excerpts += [x for x in other.excerpts if x not in into.excerpts]
    into.mentions += other.mentions


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
    events it contributed to (an event reported by two articles is one object in both lists).
    Returns (all merged events, merges made)."""
    flat = [(i, e) for i, a in enumerate(articles) for e in a.events]
    out, assigned = _merge([e for _, e in flat], rule)
    lists: list[list[Event]] = [[] for _ in articles]
    for (i, _), k in zip(flat, assigned, strict=True):
        if not any(x is out[k] for x in lists[i]):
            lists[i].append(out[k])
    for a, events in zip(articles, lists, strict=True):
        a.events = events
    return out, len(flat) - len(out)


def _merge(events: list[Event], rule: MergeRule) -> tuple[list[Event], list[int]]:
    out: list[Event] = []
    assigned: list[int] = []  # index in ``out`` of each input event
    articles: list[set[str]] = []  # ids of the articles each output event came from
    for e in events:
        ids = {s.article_id for s in e.sources}
        target = None
        if rule.enabled:
            target = next((i for i, o in enumerate(out)
                           if not ids & articles[i] and same_incident(o, e, rule)), None)
        if target is None:
            out.append(_copy(e))
            articles.append(set(ids))
            assigned.append(len(out) - 1)
        else:
            _absorb(out[target], e)
            articles[target] |= ids
            assigned.append(target)
    return out, assigned


def _copy(e: Event) -> Event:
    return dataclasses.replace(e, excerpts=list(e.excerpts), sources=list(e.sources),
                               mentions=list(e.mentions))
