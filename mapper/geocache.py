"""The online geocoders' persistent answer cache: one SQLite file shared by runs and processes.

Why on disk: the public geocoding services ask their users to cache answers rather than ask twice
(Nominatim's usage policy says so outright), and a run over the same articles should not wait a
second per name again. So every answer, including "no such place", is kept in
``<cache dir>/geocode.sqlite`` (``MAPPER_CACHE_DIR`` or the XDG cache directory; see
:func:`mapper.gazetteer.store.cache_dir`), and a run with a warm cache sends no request at all.
Failures (timeouts, HTTP errors, malformed replies) are never cached: a later run may succeed.

Rows are keyed by service name ("nominatim"), endpoint (the service URL the answers came from:
a self-hosted server's answers are not the public server's), the normalised query and the other
request parameters that change the answer (language, country filter). The value is the
:class:`~mapper.model.Place` mapper made of the answer, as JSON, or NULL for "no result".

Several processes may share the file: it uses SQLite's write-ahead log and a busy timeout, and
each answer is written in its own short transaction. A file that is not a SQLite database (a
crash mid-copy, a stray file) is moved aside to ``geocode.sqlite.corrupt`` with a one-line warning
and a fresh cache is started; any other database error turns the disk cache off for the rest of the
run (with a warning) instead of stopping it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mapper.errors import GeocodeCacheError
from mapper.gazetteer.store import cache_dir
from mapper.model import Place

FILE_NAME = "geocode.sqlite"
SCHEMA_VERSION = 1  # bump when the key or the Place JSON changes: older caches are then emptied
BUSY_TIMEOUT_S = 30.0  # how long a writer waits for another process's transaction

log = logging.getLogger(__name__)
Warn = Callable[[str], None]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    service  TEXT NOT NULL,  -- geopy service name, e.g. nominatim
    endpoint TEXT NOT NULL,  -- the service URL the answer came from
    query    TEXT NOT NULL,  -- normalised query: whitespace collapsed, case folded
    params   TEXT NOT NULL,  -- other parameters that change the answer, e.g. language=en
    place    TEXT,           -- JSON of mapper.model.Place; NULL when the service knew no such place
    created  REAL NOT NULL,  -- Unix time of the answer
    PRIMARY KEY (service, endpoint, query, params)
);
"""


def default_cache_path() -> Path:
    """Where the geocoders keep their answers unless told otherwise."""
    return cache_dir() / FILE_NAME


def _place_json(place: Place | None) -> str | None:
    return None if place is None else json.dumps(dataclasses.asdict(place), ensure_ascii=False)


def _place_from_json(text: str) -> Place:
    data = json.loads(text)
    names = {f.name for f in dataclasses.fields(Place)}
    return Place(**{k: v for k, v in data.items() if k in names})


def _is_not_a_database(error: sqlite3.DatabaseError) -> bool:
    message = str(error).lower()
    return "not a database" in message or "malformed" in message or "encrypted" in message


class GeocodeCache:
    """Get and put geocoder answers in one SQLite file; opened on first use.

    Never raises for a cache problem during a run: a damaged file is moved aside and rebuilt, and
    any other error switches the disk cache off (answers then live only in the geocoder's memory).
    ``warn`` receives one line for each such event (default: the ``mapper.geocache`` logger).
    """

    def __init__(self, path: str | Path | None = None, *, warn: Warn | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self.warn: Warn = warn or log.warning
        self._conn: sqlite3.Connection | None = None
        self._disabled = False
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"GeocodeCache({str(self.path)!r})"

    # -- public API ---------------------------------------------------------------------------------

    def get(self, service: str, endpoint: str, query: str, params: str) -> tuple[bool, Place | None]:
        """``(True, place_or_None)`` for a cached answer, ``(False, None)`` for a miss."""
        with self._lock:
            conn = self._connection()
            if conn is None:
                return False, None
            try:
                row = conn.execute(
                    "SELECT place FROM answers WHERE service=? AND endpoint=? AND query=? AND params=?",
                    (service, endpoint, query, params)).fetchone()
            except sqlite3.Error as e:
                self._give_up(e)
                return False, None
        if row is None:
            return False, None
        if row[0] is None:
            return True, None
        try:
            return True, _place_from_json(row[0])
        except (ValueError, TypeError):
            return False, None  # an unreadable row is a miss; the fresh answer will replace it

    def put(self, service: str, endpoint: str, query: str, params: str, place: Place | None) -> None:
        """Remember an answer (``None``: the service knows no such place)."""
        with self._lock:
            conn = self._connection()
            if conn is None:
                return
            try:
                with conn:
                    conn.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                                 (service, endpoint, query, params, _place_json(place), time.time()))
            except sqlite3.Error as e:
                self._give_up(e)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- opening, repairing -------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is not None or self._disabled:
            return self._conn
        try:
            self._conn = _open(self.path)
        except sqlite3.DatabaseError as e:
            if not _is_not_a_database(e):
                self._give_up(e)
                return None
            aside = _move_aside(self.path)
            self.warn(f"geocoder cache {self.path} is not a SQLite database; moved it to {aside} "
                      "and started an empty cache")
            try:
                self._conn = _open(self.path)
            except (sqlite3.Error, OSError) as e2:
                self._give_up(e2)
        except OSError as e:
            self._give_up(e)
        return self._conn

    def _give_up(self, error: Exception) -> None:
        self._disabled = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.warn(f"geocoder cache {self.path} failed ({error}); answers are kept in memory for the "
                  "rest of this run only")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: autocommit, each statement or `with conn:` block is its own transaction.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return conn


def _open(path: Path) -> sqlite3.Connection:
    """Open (creating if need be) the cache at ``path``; raises sqlite3.DatabaseError for a bad file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path)
    try:
        try:
            # WAL lets readers and one writer work at once; some filesystems refuse it, which is fine.
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            pass
        conn.executescript(_SCHEMA)
        # Check the version and empty an older cache in one write transaction, so that a second
        # process opening a new cache at the same moment cannot wipe what the first already wrote.
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None or row[0] != str(SCHEMA_VERSION):
                conn.execute("DELETE FROM answers")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except BaseException:
        conn.close()
        raise
    return conn


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _move_aside(path: Path) -> Path:
    """Move a damaged cache file out of the way (replacing an older one moved aside before)."""
    aside = path.with_name(path.name + ".corrupt")
    path.replace(aside)
    for extra in _sidecars(path):  # they belonged to the damaged file
        extra.unlink(missing_ok=True)
    return aside


# -- inspection and clearing (mapper cache info | clear) ---------------------------------------------


@dataclass(frozen=True, slots=True)
class ServiceEntries:
    """The cached answers of one service endpoint."""

    service: str
    endpoint: str
    entries: int
    no_result: int
    oldest: float  # Unix times
    newest: float


@dataclass(slots=True)
class CacheInfo:
    """What the geocoder cache holds: ``mapper cache info``."""

    path: Path
    exists: bool
    size_bytes: int = 0
    services: list[ServiceEntries] = field(default_factory=list)

    @property
    def entries(self) -> int:
        return sum(s.entries for s in self.services)

    @property
    def no_result(self) -> int:
        return sum(s.no_result for s in self.services)

    def lines(self) -> list[str]:
        out = [f"path: {self.path}"]
        if not self.exists:
            return [*out, "entries: 0 (no cache file yet)"]
        out.append(f"size: {self.size_bytes} bytes")
        out.append(f"entries: {self.entries} ({self.no_result} with no result)")
        for s in self.services:
            out.append(f"{s.service} {s.endpoint}: {s.entries} entries ({s.no_result} with no result), "
                       f"oldest {_when(s.oldest)}, newest {_when(s.newest)}")
        return out


def _when(t: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(t))


def _damaged(path: Path, error: Exception) -> GeocodeCacheError:
    return GeocodeCacheError(f"geocoder cache {path} cannot be read ({error}); "
                             "`mapper cache clear` removes it")


def cache_info(path: str | Path | None = None) -> CacheInfo:
    """Path, size and entries per service of the geocoder cache (read only: nothing is created).

    Raises GeocodeCacheError when the file exists but is not a readable cache.
    """
    p = Path(path) if path is not None else default_cache_path()
    if not p.exists():
        return CacheInfo(p, exists=False)
    size = p.stat().st_size + sum(x.stat().st_size for x in _sidecars(p) if x.exists())
    try:
        conn = _connect(p)
        try:
            rows = conn.execute(
                "SELECT service, endpoint, COUNT(*), SUM(place IS NULL), MIN(created), MAX(created) "
                "FROM answers GROUP BY service, endpoint ORDER BY service, endpoint").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise _damaged(p, e) from e
    services = [ServiceEntries(s, e, n, int(none or 0), lo, hi) for s, e, n, none, lo, hi in rows]
    return CacheInfo(p, exists=True, size_bytes=size, services=services)


def clear_cache(path: str | Path | None = None, *, service: str | None = None) -> int:
    """Forget cached answers: all of them (the file is deleted), or those of one ``service``.

    Returns how many entries were removed (0 for a missing file, or a damaged one, which is deleted
    all the same when no service is given). Raises GeocodeCacheError when ``service`` is given and the
    file cannot be read.
    """
    p = Path(path) if path is not None else default_cache_path()
    if not p.exists():
        return 0
    if service is None:
        try:
            n = cache_info(p).entries
        except GeocodeCacheError:
            n = 0
        p.unlink()
        for extra in _sidecars(p):
            extra.unlink(missing_ok=True)
        return n
    try:
        conn = _connect(p)
        try:
            with conn:
                n = conn.execute("DELETE FROM answers WHERE service=?", (service.lower(),)).rowcount
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise _damaged(p, e) from e
    return n
