"""Bounded memory on long streamed runs (issue 15): the run-unique id check in 8 bytes per article, and
a merge window bounded by the reports its open incidents hold as well as by days.

The oracles are the simple forms: a Python set of the id strings for :class:`Ids`, and for the capped
Merger the all-pairs merge of test_merge_scale with its open incidents closed, least recently
reported first, whenever they hold more reports than the cap.
"""

from __future__ import annotations

import dataclasses
import io
import json
import random
import sys
from pathlib import Path

import pytest
from test_merge_scale import random_events, reference_merge, summary
from test_streaming import dated_events, windowed_reference

from mapper.events import merge
from mapper.events.merge import Merger, MergeRule, same_incident
from mapper.io import articles
from mapper.io.articles import Ids, _DigestSet
from mapper.model import Event, InputWarning, Place, Source
from mapper.pipeline import Pipeline
from mapper.run import DEFAULT_MAX_REPORTS, extract


class SetIds:
    """The id check as it was first written: every id string in a set."""

    def __init__(self, warn) -> None:  # noqa: ANN001
        self.used: set[str] = set()
        self.next: dict[str, int] = {}
        self.warn = warn

    def claim(self, ident: str, where: str) -> str:
        if ident not in self.used:
            self.used.add(ident)
            return ident
        n = self.next.get(ident, 2)
        while f"{ident}-{n}" in self.used:
            n += 1
        self.next[ident] = n + 1
        unique = f"{ident}-{n}"
        self.used.add(unique)
        self.warn(InputWarning(where, f'id "{ident}" is already used by an earlier article; this one is '
                                      f'"{unique}"'))
        return unique


@pytest.mark.parametrize("seed", range(6))
def test_ids_give_what_a_set_of_the_strings_gives(seed: int) -> None:
    """Random ids from a small alphabet, so that many repeat, some are another's suffixed form ("a-2")
    and some are Unicode or empty: the same ids and the same warnings, in order."""
    rng = random.Random(seed)
    pool = ["a", "a-2", "a-3", "b", "b-2-2", "", "é", "\u0416-2", "x" * 300, "s1", "s10"]
    idents = [rng.choice(pool) if rng.random() < 0.6 else f"s{rng.randrange(3000)}" for _ in range(4000)]
    got_warnings: list[InputWarning] = []
    want_warnings: list[InputWarning] = []
    new, old = Ids(got_warnings.append), SetIds(want_warnings.append)
    got = [new.claim(x, f"in:{n}") for n, x in enumerate(idents)]
    want = [old.claim(x, f"in:{n}") for n, x in enumerate(idents)]
    assert got == want and got_warnings == want_warnings
    assert len(set(got)) == len(got) and len(want_warnings) > 1000  # every id given once; many repeats


def test_digest_set_holds_8_bytes_an_id_and_grows_in_small_steps() -> None:
    ids = _DigestSet()
    n = 200_000
    sizes = []
    for i in range(n):
        assert ids.add(f"s{i}")
        if i % 20_000 == 0:
            sizes.append(sum(sys.getsizeof(a) for a in ids._shards))
    assert not ids.add("s17") and "s199999" in ids and "s200000" not in ids and len(ids) == n
    total = sum(sys.getsizeof(a) for a in ids._shards)
    # 8 bytes a digest, at most 1/16 of slack per array, and each array's own header.
    assert total <= n * 8 * 17 / 16 + ids.SHARDS * 100
    # No step larger than the digests added since the last sample (a table that doubles would make one).
    step = 20_000 * 8 * 17 / 16 + ids.SHARDS * 100
    assert max(b - a for a, b in zip(sizes, sizes[1:], strict=False)) <= step


def test_digests_are_keyed_per_set() -> None:
    """The key is random per set (per process): an input cannot be made to collide on purpose."""
    one, two = _DigestSet(), _DigestSet()
    assert one._digest("a") != two._digest("a") and one._digest("a") == one._digest("a")


def test_a_digest_collision_renames_the_new_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two different ids with one digest (forced here: length as the digest): the second is taken for a
    repeat, so it gets the first free suffix and a warning, as a repeated id does; its article stays."""
    monkeypatch.setattr(articles._DigestSet, "_digest", lambda self, s: len(s))
    warnings: list[InputWarning] = []
    ids = Ids(warnings.append)
    assert [ids.claim(x, "f:1") for x in ("ab", "cd", "xyzw")] == ["ab", "cd-2", "xyzw-2"]
    assert [w.message for w in warnings] == [
        'id "cd" is already used by an earlier article; this one is "cd-2"',
        'id "xyzw" is already used by an earlier article; this one is "xyzw-2"']


def capped_reference(events: list[Event], rule: MergeRule, cap: int) -> tuple[list[Event], list[tuple]]:
    """All pairs, in order, against the open incidents; after each report, while the open incidents
    hold more than ``cap`` reports, the least recently reported one closes. Returns the merged events
    and their report ids, in the order of their first reports."""
    out: list[Event] = []
    reports: list[list[str]] = []
    articles_: list[set[str]] = []
    last: list[int] = []
    open_: list[int] = []  # numbers of the open incidents, in order
    for n, e in enumerate(events, start=1):
        ids = {s.article_id for s in e.sources}
        target = next((i for i in open_ if not ids & articles_[i] and same_incident(out[i], e, rule)), None)
        if target is None:
            target = len(out)
            out.append(merge._copy(e))
            reports.append([])
            articles_.append(set())
            last.append(0)
            open_.append(target)
        else:
            merge._absorb(out[target], e, (set(out[target].sources), set(out[target].excerpts)))
        reports[target].append(f"r{n}")
        articles_[target] |= ids
        last[target] = n
        while sum(len(reports[i]) for i in open_) > cap:
            open_.remove(min(open_, key=last.__getitem__))
    return out, [tuple(r) for r in reports]


def _merge(events: list[Event], rule: MergeRule, **bounds: int) -> tuple[list, list[str], int]:
    """The capped Merger's incidents (closed ones drained as a stream writer does), the incident id it
    gave each report at once, and the most reports its open incidents held."""
    merger = Merger(rule, **bounds)
    got, given, most = [], [], 0
    for n, e in enumerate(events, start=1):
        published = e.sources[0].published
        if published:
            merger.advance(published)
        given.append(merger.add_event(e, f"r{n}"))
        got += merger.closed()
        most = max(most, merger.held)
    return got + merger.incidents(), given, most


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("rule", [MergeRule(), MergeRule(km=80, days=7), MergeRule(km=30000, days=10_000)])
def test_a_cap_never_reached_changes_nothing(seed: int, rule: MergeRule) -> None:
    events = random_events(random.Random(seed), 300)
    got, _, _ = _merge(events, rule, max_reports=300)
    want, _ = reference_merge(events, rule)
    assert summary(sorted(got, key=lambda inc: int(inc.id[1:]))) == summary(want)
    dated = dated_events(seed, 300, 60)  # and with a window: exactly the window's merge
    got, _, _ = _merge(dated, rule, window=5, max_reports=300)
    want = windowed_reference(dated, rule, 5)
    assert summary(sorted(got, key=lambda inc: int(inc.id[1:]))) == summary(want)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("cap", [1, 7, 40])
@pytest.mark.parametrize("rule", [MergeRule(), MergeRule(km=30000, days=10_000)])
def test_a_reached_cap_closes_the_least_recently_reported(seed: int, cap: int, rule: MergeRule) -> None:
    events = random_events(random.Random(seed), 300)
    got, given, most = _merge(events, rule, max_reports=cap)
    want, want_reports = capped_reference(events, rule, cap)
    got = sorted(got, key=lambda inc: int(inc.reports[0][1:]))
    assert summary(got) == summary(want) and [inc.reports for inc in got] == want_reports
    assert most <= cap
    # Every report is in exactly one incident written, and the id given for it at once names that one.
    assert sorted(r for inc in got for r in inc.reports) == sorted(f"r{n}" for n in range(1, 301))
    assert {r: inc.id for inc in got for r in inc.reports} == {f"r{n}": i for n, i in enumerate(given, 1)}
    if cap < 40:
        assert len(got) > len(reference_merge(events, rule)[0])  # the cap did close incidents early


def test_one_incident_holding_more_than_the_cap_closes_and_starts_again() -> None:
    town = Place("Idlib", 35.93, 36.63, "SY", "city", geonameid=169389)
    strike = Event("Explosions/Remote violence", "Air/drone strike", town, date="2020-01-01")
    got, given, most = _merge([dataclasses.replace(strike, sources=[Source(f"a{i}")]) for i in range(10)],
                              MergeRule(), max_reports=4)
    # The fifth report makes it hold 5: it closes with them, and the sixth starts a new incident.
    assert [inc.reports for inc in got] == [("r1", "r2", "r3", "r4", "r5"), ("r6", "r7", "r8", "r9", "r10")]
    assert given == ["r1"] * 5 + ["r6"] * 5 and most == 4


def test_the_heap_of_stamps_stays_the_size_of_the_open_incidents() -> None:
    """Undated reports of one incident never leave the heap by the clock: it is rebuilt instead."""
    town = Place("Idlib", 35.93, 36.63, "SY", "city", geonameid=169389)
    merger = Merger(MergeRule(), max_reports=100_000)
    for i in range(20_000):
        merger.add_event(Event("Protests", "Peaceful protest", town, sources=[Source(f"a{i}")]))
        assert len(merger._queue) <= 2 * merger.open + 1025
    assert merger.open == 1 and merger.held == 20_000


def test_streamed_extract_caps_the_reports_held(pipeline: Pipeline, tmp_path: Path) -> None:
    """Three articles of one air strike: under a cap of 1 report the first two close together (the
    second makes two) and the third starts an incident of its own; by default they are one."""
    text = "Airstrikes hit Deir ez-Zor on Saturday, killing 62 soldiers, the Russian ministry said."
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "published": "2016-09-18", "text": text}) + "\n"
                           for i in "abc"), encoding="utf-8")

    def event_ids(**bounds: int) -> list[list[str]]:
        out = io.StringIO()
        extract([str(src)], stdout=out, pipeline=pipeline, **bounds)
        return [[e["event_id"] for e in json.loads(line)["events"]] for line in out.getvalue().splitlines()]

    assert DEFAULT_MAX_REPORTS == 20_000
    assert event_ids() == [["a#1"], ["a#1"], ["a#1"]]
    assert event_ids(max_reports=1) == [["a#1"], ["a#1"], ["c#1"]]
