"""Cross-article merging at scale: the indexed merge gives exactly the all-pairs result, in linear work.

A 200 MB JSONL holds some 80,000 articles; comparing every event with every merged event before it
(and de-duplicating sources by list search) made such a run quadratic. ``reference_merge`` below is
that original algorithm, kept as the specification the index must reproduce.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from mapper.events import merge
from mapper.events.merge import MergeRule, merge_events, same_incident
from mapper.events.taxonomy import TAXONOMY
from mapper.model import Event, Excerpt, Incident, Place, Source


def reference_merge(events: list[Event], rule: MergeRule) -> tuple[list[Event], int]:
    """The original merge: each event against every earlier merged event, in order."""
    out: list[Event] = []
    articles: list[set[str]] = []
    for e in events:
        ids = {s.article_id for s in e.sources}
        target = None
        if rule.enabled:
            target = next((i for i, o in enumerate(out)
                           if not ids & articles[i] and same_incident(o, e, rule)), None)
        if target is None:
            out.append(dataclasses.replace(e, excerpts=list(e.excerpts), sources=list(e.sources),
                                           mentions=list(e.mentions)))
            articles.append(set(ids))
        else:
            merge._absorb(out[target], e, (set(out[target].sources), set(out[target].excerpts)))
            articles[target] |= ids
    return out, len(events) - len(out)


CENTRES = [(35.33, 40.14, 170794), (36.20, 37.16, 170063), (35.93, 36.63, 169389), (46.20, 6.15, 2660646),
           (0.0, 179.99, None), (-89.9, 10.0, None)]


def random_events(rng: random.Random, n: int) -> list[Event]:
    types = list(TAXONOMY)
    events = []
    for i in range(n):
        lat, lon, gid = rng.choice(CENTRES)
        exact = rng.random() < 0.5
        jitter = 0.0 if exact else 0.15
        place = Place(name=f"P{gid}" if exact else f"near {gid}", lat=lat + rng.uniform(-jitter, jitter),
                      lon=lon + rng.uniform(-jitter, jitter), country_code="SY", kind="city",
                      geonameid=gid if exact else None)
        event_type = rng.choice(types)
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(40))
        date = None if rng.random() < 0.15 else day.isoformat()
        aid = f"a{rng.randrange(n // 2 + 1)}"
        events.append(Event(
            event_type=event_type, sub_event_type=rng.choice(TAXONOMY[event_type]), location=place, date=date,
            time_precision=rng.choice((1, 2, 3)), geo_precision=rng.choice((1, 2, 3)),
            fatalities=rng.choice((None, 1, 5)), sources=[Source(aid)],
            excerpts=[Excerpt(aid, f"excerpt {i % 7}", 0, 10)], confidence=rng.random()))
    return events


def summary(events: list[Event] | list[Incident]) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.location, e.date, e.time_precision, e.geo_precision,
             e.fatalities, tuple(e.sources), tuple(e.excerpts), e.confidence) for e in events]


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("rule", [MergeRule(), MergeRule(km=0.5, days=0), MergeRule(km=80, days=7),
                                  MergeRule(km=30000, days=10_000)])
def test_indexed_merge_equals_all_pairs(seed: int, rule: MergeRule) -> None:
    events = random_events(random.Random(seed), 300)
    got, n = merge_events(events, rule)
    want, m = reference_merge(events, rule)
    assert n == m and summary(got) == summary(want)


def test_merge_work_is_linear_in_the_number_of_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 reports over a year of one town: the all-pairs merge would make ~10^8 comparisons."""
    calls = [0]

    def counting(a: Event, b: Event, rule: MergeRule = merge.DEFAULT_RULE) -> bool:
        calls[0] += 1
        return same_incident(a, b, rule)

    monkeypatch.setattr(merge, "same_incident", counting)
    town = Place("Idlib", 35.93, 36.63, "SY", "city", geonameid=169389)
    events = [Event("Explosions/Remote violence", "Air/drone strike", town,
                    date=(dt.date(2020, 1, 1) + dt.timedelta(days=(i * 7) % 365)).isoformat(),
                    sources=[Source(f"a{i}")], excerpts=[Excerpt(f"a{i}", "x", 0, 1)]) for i in range(20_000)]
    merged, n = merge_events(events)
    # Dates chain greedily (a report 2 days from a merged event joins it and may move its date).
    assert 100 <= len(merged) <= 365 // 3 + 1 and n == 20_000 - len(merged)
    assert max(len(e.sources) for e in merged) > 150
    assert calls[0] < 10 * len(events)
