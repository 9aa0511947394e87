"""Streaming runs: a windowed Merger (bounded open incidents, fixed ids) and a streamed ``extract``.

The window's oracle is the all-pairs merge of test_merge_scale, restricted to the incidents that are
still open: an incident closes when the newest article is more than ``window`` days newer than the
article of its last report. With a window wider than the input, that is the all-pairs merge itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import random
from pathlib import Path

import pytest
from test_merge_scale import random_events, reference_merge, summary

from mapper.events import merge
from mapper.events.merge import Merger, MergeRule, same_incident
from mapper.model import Event, Excerpt, Place, Source
from mapper.pipeline import Pipeline
from mapper.run import extract
from tests.conftest import ROOT


def _published(e: Event) -> str:
    return e.sources[0].published or ""


def dated_events(seed: int, n: int, days: int) -> list[Event]:
    """Random events (see test_merge_scale) from articles published in order over ``days`` days, each
    reporting an event from up to 3 days before its publication (or undated)."""
    rng = random.Random(seed)
    events = random_events(rng, n)
    start = dt.date(2020, 1, 1)
    out = []
    for i, e in enumerate(events):
        pub = start + dt.timedelta(days=i * days // n)
        aid = f"a{i // 2}"  # two events per article
        date = None if e.date is None else (pub - dt.timedelta(days=rng.randrange(4))).isoformat()
        out.append(dataclasses.replace(e, date=date, sources=[Source(aid, published=pub.isoformat())],
                                       excerpts=[Excerpt(aid, x.text, x.start, x.end) for x in e.excerpts]))
    return out


def windowed_reference(events: list[Event], rule: MergeRule, window: int) -> list[Event]:
    """All pairs, in order, against the incidents whose last report is at most ``window`` days older
    than the newest article so far."""
    out: list[Event] = []
    articles: list[set[str]] = []
    last: list[dt.date] = []
    clock = dt.date.min
    for e in events:
        clock = max(clock, dt.date.fromisoformat(_published(e)))
        ids = {s.article_id for s in e.sources}
        target = next((i for i, o in enumerate(out) if (clock - last[i]).days <= window
                       and not ids & articles[i] and same_incident(o, e, rule)), None)
        if target is None:
            out.append(dataclasses.replace(e, excerpts=list(e.excerpts), sources=list(e.sources),
                                           mentions=list(e.mentions)))
            articles.append(set(ids))
            last.append(clock)
        else:
            merge._absorb(out[target], e, (set(out[target].sources), set(out[target].excerpts)))
            articles[target] |= ids
            last[target] = clock
    return out


def _run(events: list[Event], merger: Merger) -> tuple[list[str], list, int]:
    """(the id each report got, every incident in order of first report, the most open at once)."""
    ids, closed, most = [], [], 0
    for n, e in enumerate(events, start=1):
        merger.advance(_published(e))
        ids.append(merger.add_event(e, f"r{n}"))
        closed += merger.closed()
        most = max(most, merger.open)
    everything = sorted(closed + merger.incidents(), key=lambda inc: int(inc.id[1:]))
    return ids, everything, most


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("rule", [MergeRule(), MergeRule(km=80, days=7)])
def test_a_window_wider_than_the_input_is_the_all_pairs_merge(seed: int, rule: MergeRule) -> None:
    events = dated_events(seed, 300, days=40)
    _, got, _ = _run(events, Merger(rule, window=45))
    want, _ = reference_merge(events, rule)
    assert summary(got) == summary(want)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("window", [0, 3, 10])
def test_a_narrow_window_merges_as_all_pairs_over_the_open_incidents(seed: int, window: int) -> None:
    events = dated_events(seed, 600, days=300)
    rule = MergeRule(km=80, days=7)
    ids, got, most = _run(events, Merger(rule, window=window))
    assert summary(got) == summary(windowed_reference(events, rule, window))
    assert len(got) > len(reference_merge(events, rule)[0])  # closing kept some reports apart
    assert most < 80  # two reports a day over 300 days: the window holds only a few days' incidents
    # Every report's id, given at once, is the id of the incident it is in at the end.
    assert {r: inc.id for inc in got for r in inc.reports} == {f"r{n}": i for n, i in enumerate(ids, start=1)}


def test_open_incidents_stay_bounded_over_a_long_run() -> None:
    """5,000 reports over ten years in one town: the index never holds more than the window's."""
    town = Place("Idlib", 35.93, 36.63, "SY", "city", geonameid=169389)
    merger = Merger(MergeRule(), window=30)
    most = closed = 0
    for i in range(5_000):
        day = (dt.date(2015, 1, 1) + dt.timedelta(days=i * 3650 // 5_000)).isoformat()
        merger.advance(day)
        merger.add_event(Event("Explosions/Remote violence", "Air/drone strike", town, date=day,
                               sources=[Source(f"a{i}")], excerpts=[Excerpt(f"a{i}", "x", 0, 1)]))
        closed += len(merger.closed())
        most = max(most, merger.open)
    assert most <= 31 // 3 + 2 and closed + merger.open == merger.created
    # Each incident is filed under its cell and its GeoNames id: no emptied cell or day is left behind.
    assert sum(len(by_day) for by_day in merger._index.cells.values()) <= 2 * merger.open


def test_undated_articles_close_by_count() -> None:
    """Without dates the clock never moves: ``max_open`` closes the least recently reported first."""
    merger = Merger(MergeRule(), max_open=5)
    types = ["Explosions/Remote violence", "Protests", "Riots", "Strategic developments"]
    for i in range(40):  # different places and no dates: nothing merges
        merger.add_event(Event(types[i % 4], "Other", Place(f"P{i}", i, i, "SY", "city"),
                               sources=[Source(f"a{i}")]), f"r{i}")
        assert merger.open == min(i + 1, 5)
    assert [inc.id for inc in merger.closed()] == [f"r{i}" for i in range(35)]
    assert [inc.id for inc in merger.incidents()] == [f"r{i}" for i in range(35, 40)]


def _two_year_input(root: Path) -> Path:
    """The same air strike reported twice in 2016, then again at the same place in 2018 and 2018+1 day."""
    text = "Airstrikes hit Deir ez-Zor on {day}, killing 62 soldiers, the Russian ministry said."
    rows = [("a", "2016-09-18", "Saturday"), ("b", "2016-09-18", "Saturday"),
            ("c", "2018-03-10", "Saturday"), ("d", "2018-03-11", "Saturday")]
    path = root / "in.jsonl"
    path.write_text("".join(json.dumps({"id": i, "published": p, "text": text.format(day=d)}) + "\n"
                            for i, p, d in rows), encoding="utf-8")
    return path


def test_streamed_extract_names_merged_incidents(pipeline: Pipeline, tmp_path: Path) -> None:
    src = _two_year_input(tmp_path)
    out = io.StringIO()
    summary_ = extract([str(src)], stdout=out, pipeline=pipeline, window=30)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    ids = [[e["event_id"] for e in r["events"]] for r in records]
    assert ids == [["a#1"], ["a#1"], ["c#1"], ["c#1"]]
    assert (summary_.events, summary_.merged_events) == (2, 2)
    unbounded = io.StringIO()
    extract([str(src)], stdout=unbounded, pipeline=pipeline, window=None)
    assert unbounded.getvalue() == out.getvalue()  # the window closed nothing that mattered


def test_streamed_csv_keeps_closed_incidents(pipeline: Pipeline, tmp_path: Path) -> None:
    import pandas as pd

    src = _two_year_input(tmp_path)
    frames = {}
    for window in (1, None):
        path = tmp_path / f"events-{window}.csv"
        extract([str(src)], path, fmt="csv", pipeline=pipeline, window=window)
        frames[window] = pd.read_csv(path)
    assert list(frames[1]["event_id"]) == list(frames[None]["event_id"]) == ["a#1", "c#1"]
    assert list(frames[1]["sources"]) == [2, 2]
    mentions = tmp_path / "mentions.csv"
    extract([str(src)], mentions, fmt="csv", schema="mentions", pipeline=pipeline)
    assert list(pd.read_csv(mentions)["article_id"]) == ["a", "b", "c", "d"]


def test_a_streamed_jsonl_merges_reports_without_their_text(pipeline: Pipeline, tmp_path: Path) -> None:
    # What the merger keeps of each report is what merging reads: the same incidents, ids and counts
    # as with the whole reports, but no excerpt, mention or title held while an incident is open.
    from mapper.run import Analysis

    src = tmp_path / "news.jsonl"
    lines = (ROOT / "tests" / "data" / "event_sentences.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    src.write_text("\n".join(lines + [line.replace('"id": "', '"id": "again-') for line in lines]) + "\n",
                   encoding="utf-8")
    full = Analysis([str(src)], pipeline=pipeline, window=30)
    slim = Analysis([str(src)], pipeline=pipeline, window=30, incidents=False)
    ids = [ids for _, ids in full]
    assert [ids for _, ids in slim] == ids
    # as the coder codes them now (session 51 finds vac-03's gold attack: 49 to 50)
    assert slim.summary == full.summary and full.summary.merged_events == 50
    kept, whole = slim.merger.incidents(), full.merger.incidents()
    assert [(i.id, i.reports, i.event_type, i.location, i.date, i.fatalities, i.actor1) for i in kept] == \
        [(i.id, i.reports, i.event_type, i.location, i.date, i.fatalities, i.actor1) for i in whole]
    articles = [[s.article_id for s in i.sources] for i in whole]
    assert [[s.article_id for s in i.sources] for i in kept] == articles
    assert all(not i.excerpts and {(s.title, s.url) for s in i.sources} == {(None, None)} for i in kept)
    assert any(i.excerpts for i in whole)
    out = io.StringIO()
    extract([str(src)], stdout=out, pipeline=pipeline)  # jsonl: the slim merge
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [[e["event_id"] for e in r["events"]] for r in records] == ids
