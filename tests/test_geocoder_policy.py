"""The online geocoder's usage policy, against a real local server through real geopy and HTTP:
request spacing, retries with backoff and Retry-After, give-up and stop rules, the persistent
cache, and whole runs (Python API and command line) that lose no article when the server misbehaves.

Most tests inject ``sleep`` to record the waits without sleeping them; the spacing, Retry-After and
timeout tests run in real time and measure the gaps between the requests' arrivals at the server.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mapper.errors import GeocodeCacheError, GeocoderConfigError, GeocoderError, GeocoderUnavailable
from mapper.geocoding.cache import (
    APPLICATION_ID,
    CachedGeocoder,
    GeocodeCache,
    cache_file_state,
    cache_info,
    clear_cache,
)
from mapper.geocoding.online import geocoder_from_spec, online_geocoder
from mapper.geocoding.policy import Policy
from mapper.model import GeocoderActivity, Place
from mapper.pipeline import Pipeline
from mapper.run import extract
from tests.conftest import EXAMPLES, ROOT
from tests.fake_geocoder import FakeGeocoder

FAST = Policy(min_delay=0, timeout=5, backoff=0.01)  # the rules, without the waiting
INPUTS = [str(EXAMPLES / "deir-ez-zor-airstrike.txt"), str(EXAMPLES / "sahel-convoy-ambush.txt"),
          str(EXAMPLES / "black-sea-and-gaza.jsonl")]  # four articles


class Recorder:
    """Stands in for time.sleep: records each wait, sleeps none; keeps the geocoder's warnings."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.warnings: list[str] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


def geocoder(server: FakeGeocoder, rec: Recorder | None = None, *, policy: Policy = FAST,
             cache: Path | bool = False, service: str = "nominatim") -> CachedGeocoder:
    rec = rec or Recorder()
    return online_geocoder(service, server.options(), policy=policy, cache=cache, warn=rec.warnings.append,
                         sleep=rec.sleep)


# -- spacing -------------------------------------------------------------------------------------------


def test_requests_are_at_least_one_second_apart(server: FakeGeocoder) -> None:
    # Real time, default policy (min_delay 1 s): the server sees at most one request per second.
    geo = online_geocoder("nominatim", server.options(), cache=False)
    assert geo.policy.min_delay == 1.0
    for name in ("Geneva", "Aleppo", "Homs"):
        geo.geocode(name)
    assert server.count() == 3
    gaps = server.gaps()
    assert all(g >= 1.0 for g in gaps), gaps
    assert all(g < 3.0 for g in gaps), gaps  # and not much slower than that
    # Cache hits are neither sent nor delayed.
    started = time.monotonic()
    for name in ("Geneva", "Aleppo", "Homs", "geneva"):
        geo.geocode(name)
    assert time.monotonic() - started < 0.9  # (each call sent would wait min_delay, 1 s)
    assert server.count() == 3 and geo.stats.cache_hits == 4


def test_waits_are_recorded_and_cache_hits_do_not_wait(server: FakeGeocoder) -> None:
    rec = Recorder()
    geo = geocoder(server, rec, policy=Policy(min_delay=1.0, timeout=5))
    geo.geocode("Geneva")  # first request: nothing to wait for
    geo.geocode("Geneva")
    geo.geocode("Geneva")
    assert rec.waits == [] and server.count() == 1
    geo.geocode("Aleppo")
    assert len(rec.waits) == 1 and 0.5 < rec.waits[0] <= 1.0


# -- retries -------------------------------------------------------------------------------------------


def test_429_is_retried_after_retry_after(server: FakeGeocoder) -> None:
    # Real time: the retry arrives no sooner than the Retry-After (1 s) the server asked for.
    server.script("Geneva", "429", "ok")
    policy = Policy(min_delay=0.05, timeout=5, backoff=0.05)
    geo = online_geocoder("nominatim", server.options(), policy=policy, cache=False)  # really waits
    place = geo.geocode("Geneva")
    assert place is not None and place.name == "Geneva"
    assert server.count("Geneva") == 2
    [gap] = server.gaps()
    assert gap >= 1.0, gap
    assert (geo.stats.requests, geo.stats.retries, geo.stats.given_up) == (2, 1, 0)


def test_429_retry_after_as_an_http_date(server: FakeGeocoder) -> None:
    server.script("Geneva", "429-date:3", "ok")
    rec = Recorder()
    assert geocoder(server, rec).geocode("Geneva") is not None
    assert server.count() == 2
    [wait] = rec.waits
    assert 1.0 < wait <= 3.0  # the date has whole seconds


def test_retry_after_holds_back_the_next_name_too(server: FakeGeocoder) -> None:
    server.script("Geneva", "429:2")
    rec = Recorder()
    geo = geocoder(server, rec, policy=Policy(min_delay=0, timeout=5, attempts=1))
    with pytest.raises(GeocoderError, match="HTTP 429"):
        geo.geocode("Geneva")
    geo.geocode("Aleppo")
    [wait] = rec.waits
    assert 1.0 < wait <= 2.0


def test_500_then_success(server: FakeGeocoder) -> None:
    server.script("Geneva", "500", "ok")
    rec = Recorder()
    geo = geocoder(server, rec, policy=Policy(min_delay=0, timeout=5))  # default backoff: 1 s
    assert geo.geocode("Geneva") is not None
    assert server.count() == 2
    assert rec.waits == [pytest.approx(1.0, abs=0.2)]
    assert rec.warnings == []
    assert (geo.stats.requests, geo.stats.retries, geo.stats.given_up) == (2, 1, 0)


def test_500_forever_gives_up_after_three_attempts(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("Geneva", "500")
    rec = Recorder()
    cache = tmp_path / "geocode.sqlite"
    geo = geocoder(server, rec, policy=Policy(min_delay=0, timeout=5), cache=cache)
    with pytest.raises(GeocoderError) as info:
        geo.geocode("Geneva")
    assert not isinstance(info.value, GeocoderUnavailable)
    assert str(info.value) == "geocoder nominatim gave up on 'Geneva' after 3 attempts: HTTP 500"
    assert server.count() == 3
    assert rec.waits == [pytest.approx(1.0, abs=0.2), pytest.approx(2.0, abs=0.2)]  # exponential backoff
    assert rec.warnings == [str(info.value)]  # reported once
    # Given up for this run: asking again sends nothing and reports nothing.
    with pytest.raises(GeocoderError):
        geo.geocode("geneva")
    assert server.count() == 3 and len(rec.warnings) == 1
    assert geo.stats == GeocoderActivity("nominatim", requests=3, retries=2, given_up=1)
    # Failures are not cached: the next run asks again, and the server has recovered.
    server.script("Geneva", "ok")
    assert geocoder(server, cache=cache).geocode("Geneva") is not None
    assert server.count() == 4


def test_timeout_then_success(server: FakeGeocoder) -> None:
    server.script("Geneva", "slow", "ok")
    geo = geocoder(server, policy=Policy(min_delay=0, timeout=0.5, backoff=0.01))
    started = time.monotonic()
    assert geo.geocode("Geneva") is not None
    assert 0.5 <= time.monotonic() - started < 3.0  # one timeout, then the retry's answer (a loaded machine)
    assert server.count() == 2 and geo.stats.retries == 1


def test_timeout_forever_is_unavailable(server: FakeGeocoder) -> None:
    server.script("Geneva", "slow")
    rec = Recorder()
    geo = geocoder(server, rec, policy=Policy(min_delay=0, timeout=0.5, attempts=2, backoff=0.01))
    with pytest.raises(GeocoderUnavailable, match=r"after 2 attempts: timed out after 0.5 s"):
        geo.geocode("Geneva")
    assert server.count() == 2
    assert rec.warnings == ["geocoder nominatim gave up on 'Geneva' after 2 attempts: timed out after 0.5 s"]


def test_503_is_retried(server: FakeGeocoder) -> None:
    server.script("Geneva", "503", "503", "ok")
    geo = geocoder(server)
    assert geo.geocode("Geneva") is not None
    assert server.count() == 3 and geo.stats.retries == 2


def test_malformed_json_is_reported_not_retried_not_cached(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("Geneva", "malformed")
    rec = Recorder()
    cache = tmp_path / "geocode.sqlite"
    geo = geocoder(server, rec, cache=cache)
    with pytest.raises(GeocoderError, match="malformed reply"):
        geo.geocode("Geneva")
    assert server.count() == 1
    assert rec.warnings == ["geocoder nominatim gave up on 'Geneva' after 1 attempt: "
                            "malformed reply (not JSON)"]
    assert cache_info(cache).entries == 0


# -- giving up on the service --------------------------------------------------------------------------


def test_names_failing_in_a_row_stop_the_service(server: FakeGeocoder) -> None:
    server.always("500")
    rec = Recorder()
    geo = geocoder(server, rec, policy=Policy(min_delay=0, timeout=5, attempts=2, backoff=0.01, stop_after=2))
    for name in ("Aleppo", "Homs"):
        with pytest.raises(GeocoderError, match="after 2 attempts: HTTP 500"):
            geo.geocode(name)
    assert geo.stopped is not None
    for name in ("Idlib", "Raqqa", "Daraa"):
        with pytest.raises(GeocoderUnavailable, match="not asked again"):
            geo.geocode(name)
    assert server.count() == 4
    assert rec.warnings[2:] == ["geocoder nominatim is not asked again in this run: 2 names failed in a row; "
                                "the other names are resolved offline"]
    assert len(rec.warnings) == 3  # said once
    assert geo.stats == GeocoderActivity("nominatim", requests=4, retries=2, given_up=2, not_asked=3)


def test_a_success_resets_the_count_of_failures(server: FakeGeocoder) -> None:
    server.script("Aleppo", "500")
    server.script("Homs", "500")
    geo = geocoder(server, policy=Policy(min_delay=0, timeout=5, attempts=1, stop_after=2))
    with pytest.raises(GeocoderError):
        geo.geocode("Aleppo")
    assert geo.geocode("Geneva") is not None
    with pytest.raises(GeocoderError):
        geo.geocode("Homs")
    assert geo.stopped is None


def test_a_long_retry_after_stops_the_service(server: FakeGeocoder) -> None:
    server.always("429:120")
    rec = Recorder()
    geo = geocoder(server, rec)  # max_wait 60 s
    with pytest.raises(GeocoderError, match="after 1 attempt: HTTP 429"):
        geo.geocode("Geneva")
    with pytest.raises(GeocoderUnavailable):
        geo.geocode("Aleppo")
    assert server.count() == 1 and rec.waits == []
    assert "asked to wait 120 s, more than max_wait=60 s" in rec.warnings[1]


def test_rejected_credentials_stop_the_service(server: FakeGeocoder) -> None:
    server.always("401")
    rec = Recorder()
    geo = geocoder(server, rec)
    with pytest.raises(GeocoderError, match="HTTP 401"):
        geo.geocode("Geneva")
    with pytest.raises(GeocoderUnavailable):
        geo.geocode("Aleppo")
    assert server.count() == 1
    assert "refused the request (HTTP 401" in rec.warnings[1]


# -- the persistent cache ------------------------------------------------------------------------------


def test_warm_cache_sends_no_request(server: FakeGeocoder, tmp_path: Path) -> None:
    cache = tmp_path / "geocode.sqlite"
    first = geocoder(server, cache=cache)
    geneva = first.geocode("Geneva")
    assert geneva is not None and first.geocode("Nowhereville") is None
    assert server.count() == 2
    # A second geocoder (a second run) with the same cache file: every answer from disk, the
    # negative one too, with no request and no wait, even though the server now fails.
    server.always("500")
    rec = Recorder()
    second = geocoder(server, rec, policy=Policy(min_delay=5), cache=cache)
    assert second.geocode("  GENEVA ") == geneva
    assert second.geocode("Nowhereville") is None
    assert server.count() == 2 and rec.waits == []
    assert second.stats == GeocoderActivity("nominatim", cache_hits=2)
    # Another endpoint or language is another question.
    third = online_geocoder("nominatim", server.options(), language="fr", policy=FAST, cache=cache,
                            warn=rec.warnings.append)
    server.always("ok")
    assert third.geocode("Geneva") is not None and server.count() == 3


def test_cache_info_and_clear(server: FakeGeocoder, tmp_path: Path) -> None:
    cache = tmp_path / "sub" / "geocode.sqlite"
    assert cache_info(cache).lines() == [f"path: {cache}", "entries: 0 (no cache file yet)"]
    geo = geocoder(server, cache=cache)
    for name in ("Geneva", "Nowhereville", "Atlantis"):
        geo.geocode(name)
    photon = geocoder(server, cache=cache, service="photon")
    photon.geocode("Geneva")
    info = cache_info(cache)
    assert (info.entries, info.no_result) == (4, 2)
    assert [(s.service, s.endpoint, s.entries, s.no_result) for s in info.services] == [
        ("nominatim", f"{server.url}/search", 3, 2), ("photon", f"{server.url}/api", 1, 0)]
    lines = info.lines()
    assert lines[2] == "entries: 4 (2 with no result)"
    assert lines[3].startswith(f"nominatim {server.url}/search: 3 entries (2 with no result), oldest 20")
    assert clear_cache(cache, service="photon") == 1
    assert cache_info(cache).entries == 3
    assert clear_cache(cache) == 3
    assert not cache.exists() and clear_cache(cache) == 0


def test_two_processes_share_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "geocode.sqlite"
    a, b = GeocodeCache(path), GeocodeCache(path)
    place = Place("Geneva", 46.2, 6.15, "CH", "city")
    a.put("nominatim", "e", "geneva", "", place)
    b.put("nominatim", "e", "atlantis", "", None)
    assert b.get("nominatim", "e", "geneva", "") == (True, place)
    assert a.get("nominatim", "e", "atlantis", "") == (True, None)
    assert a.get("nominatim", "e", "troy", "") == (False, None)
    a.close()
    b.close()


def test_concurrent_writers(tmp_path: Path) -> None:
    # Two processes filling one cache file at once: no write is lost, no "database is locked".
    path = tmp_path / "geocode.sqlite"
    code = ("import sys; from mapper.geocoding.cache import GeocodeCache; c = GeocodeCache(sys.argv[1]); "
            "[c.put('nominatim', 'e', f'{sys.argv[2]}{i}', '', None) for i in range(150)]")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path), tag], cwd=ROOT, stderr=subprocess.PIPE,
                              text=True) for tag in ("a", "b")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and err == "", err
    assert cache_info(path).entries == 300


def damaged_cache(path: Path) -> bytes:
    """A mapper cache whose header is intact (so it is ours) and the rest is a shopping list."""
    cache = GeocodeCache(path)
    cache.put("nominatim", "e", "geneva", "", Place("Geneva", 46.2, 6.15, "CH", "city"))
    cache.close()
    data = path.read_bytes()[:100] + b"this is not a database, it is a shopping list\n" * 100
    path.write_bytes(data)
    return data


def test_a_damaged_cache_is_moved_aside(server: FakeGeocoder, tmp_path: Path) -> None:
    cache = tmp_path / "geocode.sqlite"
    data = damaged_cache(cache)
    with pytest.raises(GeocodeCacheError, match="cannot be read"):
        cache_info(cache)  # info only reads
    rec = Recorder()
    geo = geocoder(server, rec, cache=cache)
    assert geo.geocode("Geneva") is not None
    assert rec.warnings == [f"geocoder cache {cache} is damaged; moved it to {cache}.corrupt and started an "
                            "empty cache"]
    assert (tmp_path / "geocode.sqlite.corrupt").read_bytes() == data
    assert cache_info(cache).entries == 1
    with sqlite3.connect(cache) as conn:
        assert conn.execute("SELECT query FROM answers").fetchall() == [("geneva",)]


def test_an_older_cache_without_the_mark_is_adopted(server: FakeGeocoder, tmp_path: Path) -> None:
    # A cache written before caches carried mapper's application id: same tables, id 0.
    cache = tmp_path / "geocode.sqlite"
    place = Place("Geneva", 46.2, 6.15, "CH", "city")
    with sqlite3.connect(cache) as conn:
        conn.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE answers (service TEXT NOT NULL, endpoint TEXT NOT NULL, query TEXT NOT NULL, "
            "params TEXT NOT NULL, place TEXT, created REAL NOT NULL, PRIMARY KEY (service, endpoint, query, "
            "params));"
            "INSERT INTO meta VALUES ('schema', '1');")
        conn.execute("INSERT INTO answers VALUES ('nominatim', ?, 'geneva', 'language=en', ?, 0)",
                     (f"{server.url}/search", json.dumps(dataclasses.asdict(place))))
    conn.close()
    assert cache_file_state(cache) == "ours"
    rec = Recorder()
    assert geocoder(server, rec, cache=cache).geocode("Geneva") == place
    assert server.count() == 0 and rec.warnings == []
    assert int.from_bytes(cache.read_bytes()[68:72], "big") == APPLICATION_ID  # marked now
    # An empty file is a new cache too.
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert geocoder(server, rec, cache=empty).geocode("Geneva") is not None
    assert cache_info(empty).entries == 1 and rec.warnings == []


def test_unusable_cache_directory_keeps_answers_in_memory(server: FakeGeocoder, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    rec = Recorder()
    geo = geocoder(server, rec, cache=blocker / "geocode.sqlite")  # a directory that cannot exist
    assert geo.geocode("Geneva") is not None
    assert geo.geocode("Geneva") is not None
    assert server.count() == 1
    assert len(rec.warnings) == 1 and "kept in memory for the rest of this run" in rec.warnings[0]


# -- planted rows and the user's files ----------------------------------------------------------------

GOOD_ROW = dataclasses.asdict(Place("Geneva", 46.2, 6.15, "CH", "city"))


def plant(cache: Path, server: FakeGeocoder, value: object, sql: str = "?") -> None:
    """A mapper cache holding ``value`` as the answer to geocoder(server)'s "Geneva"."""
    GeocodeCache(cache).close()
    GeocodeCache(cache).put("nominatim", "e", "other", "", None)  # creates the file, marked as ours
    with sqlite3.connect(cache) as conn:
        conn.execute("INSERT OR REPLACE INTO answers VALUES "
                     f"('nominatim', ?, 'geneva', 'language=en', {sql}, 0)", (f"{server.url}/search", value))
    conn.close()


BAD_ROWS = [
    (json.dumps({**GOOD_ROW, "lat": float("nan")}), "?", "lat is not a finite number"),
    (json.dumps({**GOOD_ROW, "lon": float("-inf")}), "?", "lon is not a finite number"),
    (json.dumps({**GOOD_ROW, "lat": 1e308}), "?", "lat 1e+308 is outside ±90"),
    (json.dumps({**GOOD_ROW, "lat": 200}), "?", "lat 200 is outside ±90"),
    (json.dumps({**GOOD_ROW, "lat": "46.2"}), "?", "lat is not a finite number"),
    (json.dumps({**GOOD_ROW, "name": "G" * 1000}), "?", "name is longer than 256 characters"),
    (json.dumps({**GOOD_ROW, "name": "G" * 100_000}), "?", "not a place's JSON"),
    (json.dumps({**GOOD_ROW, "country": "\x1b[2J"}), "?", "country has control characters"),
    (json.dumps({**GOOD_ROW, "country_code": "ch"}), "?", "country_code is not two capital letters"),
    (json.dumps({**GOOD_ROW, "kind": "{{ 7*7 }}"}), "?", "kind is not one of mapper's kinds"),
    (json.dumps({**GOOD_ROW, "geonameid": True}), "?", "geonameid is not a GeoNames id"),
    (json.dumps({**GOOD_ROW, "population": -1}), "?", "population is not a plausible count"),
    (json.dumps({k: v for k, v in GOOD_ROW.items() if k != "lat"}), "?", "a place's fields are missing"),
    ("[]", "?", "not a place"),
    (42, "?", "not a place"),
    ("not json", "?", "not valid JSON"),
    ("[" * 50_000, "?", "not valid JSON"),
    (b"\xff{}", "?", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
    (b"\xff{}", "CAST(? AS TEXT)", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
]


@pytest.mark.parametrize(("value", "sql", "reason"), BAD_ROWS,
                         ids=[f"{i}:{row[2]}" for i, row in enumerate(BAD_ROWS)])
def test_a_bad_cached_row_is_a_miss(server: FakeGeocoder, tmp_path: Path, value: object, sql: str,
                                    reason: str) -> None:
    cache = tmp_path / "geocode.sqlite"
    plant(cache, server, value, sql)
    rec = Recorder()
    place = geocoder(server, rec, cache=cache).geocode("Geneva")
    assert place is not None and place.lat == pytest.approx(46.2017559)  # the server's answer
    assert server.count() == 1
    assert rec.warnings == [f"geocoder cache {cache} has an unusable entry ({reason}); such entries are "
                            "asked again"]
    # The fresh answer replaced the row: the next run needs no request.
    assert geocoder(server, cache=cache).geocode("Geneva") == place
    assert server.count() == 1


def test_cache_info_on_planted_rows(tmp_path: Path) -> None:
    cache = tmp_path / "geocode.sqlite"
    GeocodeCache(cache).put("nominatim", "e", "x", "", None)
    with sqlite3.connect(cache) as conn:
        conn.execute("INSERT INTO answers VALUES ('\x1b[2Jevil', 'e', 'a', '', NULL, 'yesterday')")
        conn.execute("INSERT INTO answers VALUES ('huge', 'e', 'a', '', NULL, 1e308)")
        conn.execute("INSERT INTO answers VALUES (CAST(? AS TEXT), 'e', 'a', '', NULL, 0)", (b"\xff",))
    conn.close()
    lines = cache_info(cache).lines()
    epoch = "1970-01-01 00:00:00 UTC"
    assert lines[3:] == [  # in SQLite's byte order
        r"\x1b[2Jevil e: 1 entries (1 with no result), oldest unknown, newest unknown",
        "huge e: 1 entries (1 with no result), oldest unknown, newest unknown",
        lines[5],
        rf"\xff e: 1 entries (1 with no result), oldest {epoch}, newest {epoch}"]
    assert lines[5].startswith("nominatim e: 1 entries (1 with no result), oldest 20")


def _text_file(path: Path) -> str:
    path.write_text("my notes: call the plumber\n", encoding="utf-8")
    return "not a SQLite database"


def _foreign_sqlite(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('call the plumber')")
    conn.close()
    return "another program's SQLite database"


def _foreign_app_id(path: Path) -> str:
    with sqlite3.connect(path) as conn:  # mapper's very tables, but another program's mark
        conn.execute("PRAGMA application_id = 42")
        conn.execute("CREATE TABLE answers (x)")
    conn.close()
    return "another program's SQLite database"


def _truncated_sqlite(path: Path) -> str:
    path.write_bytes(b"SQLite format 3\x00 and then nothing")
    return "not a SQLite database"


def _directory(path: Path) -> str:
    path.mkdir()
    return "not a regular file"


def _fifo(path: Path) -> str:
    os.mkfifo(path)  # reading it would block forever
    return "not a regular file"


def snapshot(directory: Path) -> dict[str, bytes | None]:
    return {p.name: p.read_bytes() if p.is_file() else None for p in sorted(directory.iterdir())}


def not_a_cache(make: Callable[[Path], str], directory: Path) -> tuple[Path, str, dict[str, bytes | None]]:
    """A user's file made by ``make``, the line refusing it, and the directory as it was."""
    path = directory / "user.file"
    why = make(path)
    return path, f"{path} is not a mapper geocoder cache ({why}); left it untouched", snapshot(directory)


@pytest.mark.parametrize("make", [_text_file, _foreign_sqlite, _foreign_app_id, _truncated_sqlite, _directory,
                                  _fifo])
def test_a_file_that_is_not_a_mapper_cache_is_left_untouched(server: FakeGeocoder, tmp_path: Path,
                                                              make: Callable[[Path], str]) -> None:
    path, refused, before = not_a_cache(make, tmp_path)
    with pytest.raises(GeocoderConfigError) as info:
        geocoder_from_spec("nominatim", {**server.options(), "cache": str(path)})
    assert str(info.value) == f"geocoder option cache: {refused}"
    # Given as a cache object (the Python API): the run goes on with answers kept in memory.
    rec = Recorder()
    geo = geocoder(server, rec, cache=path)
    assert geo.geocode("Geneva") is not None and geo.geocode("Geneva") is not None
    assert rec.warnings == [f"{refused}; answers are kept in memory for the rest of this run only"]
    for call in (lambda: clear_cache(path), lambda: clear_cache(path, service="nominatim"),
                 lambda: cache_info(path)):
        with pytest.raises(GeocodeCacheError) as error:
            call()
        assert str(error.value) == refused
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("make", [_text_file, _foreign_sqlite])
def test_cli_leaves_a_file_that_is_not_a_mapper_cache_untouched(server: FakeGeocoder, tmp_path: Path,
                                                                make: Callable[[Path], str]) -> None:
    path, refused, before = not_a_cache(make, tmp_path)
    r = cli("cache", "clear", "--path", str(path))
    assert (r.returncode, r.stdout, r.stderr) == (1, "", f"error: {refused}\n")
    r = cli("extract", str(EXAMPLES / "sahel-convoy-ambush.txt"), "--geocoder", "nominatim",
            *server.cli(cache=path))
    assert (r.returncode, r.stdout, r.stderr) == (2, "", f"usage error: geocoder option cache: {refused}\n")
    assert snapshot(tmp_path) == before and server.hits == []


# -- whole runs ----------------------------------------------------------------------------------------


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_article_comes_out_when_the_server_fails(server: FakeGeocoder, pipeline: Pipeline,
                                                       tmp_path: Path) -> None:
    server.always("500")
    rec = Recorder()
    geo = geocoder(server, rec, policy=Policy(min_delay=0, timeout=5, attempts=2, backoff=0.01, stop_after=3))
    online = Pipeline(pipeline.gazetteer, geocoder=geo, geocode_all=True)
    summary = extract(INPUTS, tmp_path / "online.jsonl", pipeline=online)
    offline = extract(INPUTS, tmp_path / "offline.jsonl", pipeline=pipeline)
    assert summary.articles == 4 and summary.ok
    assert summary.geocoder is not None
    assert (summary.geocoder.requests, summary.geocoder.given_up) == (6, 3)
    assert summary.geocoder.not_asked > 0
    assert server.count() == 6
    assert len(rec.warnings) == 4  # three names given up, then the service stopped
    # Every name the server failed on kept its offline answer.
    assert _records(tmp_path / "online.jsonl") == _records(tmp_path / "offline.jsonl")
    assert offline.geocoder is None
    assert summary.lines()[-1].startswith("online geocoder nominatim: 6 requests (3 retries), 0 cache hits, "
                                          "names given up: 3, names not asked (service stopped): ")


def test_online_answers_replace_poor_offline_ones(server: FakeGeocoder, pipeline: Pipeline) -> None:
    geo = geocoder(server)
    online = Pipeline(pipeline.gazetteer, geocoder=geo, geocode_all=True)
    a = online.parse("Talks resumed in Geneva on Monday, officials in Syrian delegations said.")
    geneva = next(m for m in a.mentions if m.text == "Geneva")
    assert geneva.place is not None and geneva.place.geonameid is None  # the server's, not the gazetteer's
    assert "Syrian" not in [h.q for h in server.hits]  # demonyms stay offline
    # By default only names the gazetteer resolves poorly go online; Geneva is not one of them.
    default = Pipeline(pipeline.gazetteer, geocoder=geocoder(server))
    n = server.count()
    default.parse("Talks resumed in Geneva on Monday.")
    assert server.count() == n


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapper", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_cli_warm_cache_makes_no_requests(server: FakeGeocoder, tmp_path: Path) -> None:
    cache = tmp_path / "geocode.sqlite"
    args = ["extract", str(EXAMPLES / "deir-ez-zor-airstrike.txt"), "--geocoder", "nominatim",
            *server.cli(min_delay=0, cache=cache), "--geocoder-all"]
    first = cli(*args)
    assert first.returncode == 0, first.stderr
    sent = server.count()
    assert sent > 5 and server.count("Geneva") == 1
    assert f"online geocoder nominatim: {sent} requests (0 retries), 0 cache hits" in first.stderr
    second = cli(*args)
    assert second.returncode == 0, second.stderr
    assert server.count() == sent  # zero requests on the second run
    assert second.stdout == first.stdout
    assert f"online geocoder nominatim: 0 requests (0 retries), {sent} cache hits" in second.stderr


def test_cli_cache_info_and_clear(server: FakeGeocoder, tmp_path: Path) -> None:
    cache = tmp_path / "geocode.sqlite"
    geo = geocoder(server, cache=cache)
    for name in ("Geneva", "Nowhereville", "Atlantis"):
        geo.geocode(name)
    info = cli("cache", "info", "--path", str(cache))
    assert info.returncode == 0
    assert f"nominatim {server.url}/search: 3 entries (2 with no result), oldest 20" in info.stdout
    cleared = cli("cache", "clear", "--service", "nominatim", "--path", str(cache))
    assert cleared.returncode == 0
    assert cleared.stdout == f"removed 3 cached answers of nominatim from {cache}\n"
    assert cache_info(cache).entries == 0


def test_cli_server_failing_everything_still_writes_every_article(server: FakeGeocoder) -> None:
    server.always("500")
    r = cli("extract", *INPUTS, "--geocoder", "nominatim", "--geocoder-all",
            *server.cli(min_delay=0, backoff=0.01, cache="off"))
    assert r.returncode == 0, r.stderr  # names given up are warnings: every input was processed
    assert len(r.stdout.splitlines()) == 4
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 6  # five names given up, then the service stopped
    assert warnings[0].startswith("warning: geocoder nominatim gave up on '")
    assert warnings[0].endswith("' after 3 attempts: HTTP 500")
    assert warnings[5] == ("warning: geocoder nominatim is not asked again in this run: 5 names failed in a "
                           "row; the other names are resolved offline")
    assert server.count() == 15
    assert "articles read: 4" in r.stderr and "names given up: 5" in r.stderr


def test_cli_usage_errors() -> None:
    r = cli("extract", str(EXAMPLES / "sahel-convoy-ambush.txt"), "--geocoder", "nominatim")
    assert r.returncode == 2
    assert r.stderr.strip() == ("usage error: geocoder nominatim needs a user agent that identifies you (its "
                                "usage policy requires one): pass --geocoder-option "
                                'user_agent="yourapp/1.0 (you@example.org)"')
    assert r.stdout == ""
    r = cli("extract", str(EXAMPLES / "sahel-convoy-ambush.txt"), "--geocoder-all")
    assert r.returncode == 2 and "need --geocoder" in r.stderr


def test_cli_cache_info_on_a_damaged_cache(tmp_path: Path) -> None:
    cache = tmp_path / "geocode.sqlite"
    damaged_cache(cache)
    r = cli("cache", "info", "--path", str(cache))
    assert r.returncode == 1 and r.stderr.startswith(f"error: geocoder cache {cache} cannot be read")
    r = cli("cache", "clear", "--path", str(cache))
    assert r.returncode == 0 and not cache.exists()
