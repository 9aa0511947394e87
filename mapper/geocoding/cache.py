"""The online geocoders' answer cache: :class:`CachedGeocoder`, a wrapper that keeps every answer in
memory and in one SQLite file (:class:`GeocodeCache`) shared by runs and processes.

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
each answer is written in its own short transaction. Any database error turns the disk cache off for
the rest of the run (with a warning) instead of stopping it.

The cache path may be the user's (``--geocoder-option cache=FILE``, ``mapper cache clear --path``),
so mapper only ever writes, moves or deletes a file that is *ours* (:func:`cache_file_state`):

* a missing or empty file: a new cache;
* a SQLite database whose header carries mapper's application id (:data:`APPLICATION_ID`, set in
  every cache mapper creates), readable or damaged: the header proves it is ours even when the rest
  is not, so a damaged one is moved aside to ``FILE.corrupt`` (with a one-line warning) and a fresh
  cache started;
* a SQLite database with no application id whose only tables are mapper's (``meta``, ``answers``)
  or none at all: a cache made by an earlier mapper (it gets the id on first use), or one another
  process is creating at this moment.

Anything else (not a regular file, not SQLite, another program's database, a database without our
id that cannot be read) is refused with one line and left untouched, sidecar files included.

Rows are checked when read (:func:`place_problem`, the rule the geocoders apply to fresh answers): a
row that is not a sane place (NaN or out-of-range coordinates, overlong or control-character
strings, wrong types) is a miss, never a crash, and the next answer replaces it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import re
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mapper.errors import GeocodeCacheError
from mapper.gazetteer.store import cache_dir
from mapper.geocoding.protocol import Geocoder, Wrapper, query_of
from mapper.model import KINDS, GeocoderActivity, Place

FILE_NAME = "geocode.sqlite"
SCHEMA_VERSION = 1  # bump when the key or the Place JSON changes: older caches are then emptied
BUSY_TIMEOUT_S = 30.0  # how long a writer waits for another process's transaction
APPLICATION_ID = 0x6D617047  # "mapG": SQLite header field (PRAGMA application_id) marking a mapper cache
TABLES = frozenset({"meta", "answers"})

# Bounds on a sane place, whether a geocoder's answer or a cached row.
MAX_NAME_CHARS = 256  # name, country, admin1_name (the longest real place names are under 200)
MAX_CODE_CHARS = 32  # feature_code, admin1 code
MAX_POPULATION = 10**10
MAX_ROW_CHARS = 64 * 1024  # a cached place's JSON; a real one is a few hundred characters

log = logging.getLogger(__name__)
Warn = Callable[[str], None]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # control characters, lone surrogates
_COUNTRY_CODE = re.compile("[A-Z]{2}")
_TEXT_LIMITS = {"name": MAX_NAME_CHARS, "country": MAX_NAME_CHARS, "admin1_name": MAX_NAME_CHARS,
                "country_code": 2, "kind": MAX_CODE_CHARS, "feature_code": MAX_CODE_CHARS,
                "admin1": MAX_CODE_CHARS}
_TABLE_SQL = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS answers (
    service  TEXT NOT NULL,  -- geopy service name, e.g. nominatim
    endpoint TEXT NOT NULL,  -- the service URL the answer came from
    query    TEXT NOT NULL,  -- normalised query: whitespace collapsed, case folded
    params   TEXT NOT NULL,  -- other parameters that change the answer, e.g. language=en
    place    TEXT,           -- JSON of mapper.model.Place; NULL when the service knew no such place
    created  REAL NOT NULL,  -- Unix time of the answer
    PRIMARY KEY (service, endpoint, query, params)
)""",
)


def default_cache_path() -> Path:
    """Where the geocoders keep their answers unless told otherwise."""
    return cache_dir() / FILE_NAME


# -- what a sane place is ---------------------------------------------------------------------------


def place_problem(place: object) -> str | None:
    """Why ``place`` cannot be used (an online answer or a cached row), or None when it can.

    Finite coordinates within ±90 / ±180, text fields of bounded length without control characters,
    a two-letter country code (or none), a known kind, whole numbers where numbers are whole. The
    reasons name fields and limits, never the offending text, so they are safe to print.
    """
    if not isinstance(place, Place):
        return "not a place"
    for name, limit in (("lat", 90.0), ("lon", 180.0)):
        value = getattr(place, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return f"{name} is not a finite number"
        if abs(value) > limit:
            return f"{name} {value:g} is outside ±{limit:g}"
    for name, limit in _TEXT_LIMITS.items():
        value = getattr(place, name)
        if not isinstance(value, str):
            return f"{name} is not text"
        if len(value) > limit:
            return f"{name} is longer than {limit} characters"
        if _CONTROL.search(value):
            return f"{name} has control characters"
    if not place.name.strip():
        return "name is empty"
    if place.country_code and not _COUNTRY_CODE.fullmatch(place.country_code):
        return "country_code is not two capital letters"
    if place.kind not in KINDS:
        return "kind is not one of mapper's kinds"
    if place.geonameid is not None and (not _is_int(place.geonameid) or not 0 < place.geonameid < 2**31):
        return "geonameid is not a GeoNames id"
    if not _is_int(place.population) or not 0 <= place.population <= MAX_POPULATION:
        return "population is not a plausible count"
    return None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _place_json(place: Place | None) -> str | None:
    return None if place is None else json.dumps(dataclasses.asdict(place), ensure_ascii=False)


def _place_from_json(text: object) -> Place:
    """The place a cached row holds; ValueError (with a printable reason) for anything unusable."""
    if not isinstance(text, str) or len(text) > MAX_ROW_CHARS:
        raise ValueError("not a place's JSON")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise ValueError("not valid JSON") from e
    if not isinstance(data, dict):
        raise ValueError("not a place")
    names = {f.name for f in dataclasses.fields(Place)}
    try:
        place = Place(**{k: v for k, v in data.items() if k in names})
    except TypeError as e:
        raise ValueError("a place's fields are missing") from e
    problem = place_problem(place)
    if problem:
        raise ValueError(problem)
    return place


# -- which files are ours ---------------------------------------------------------------------------


def cache_file_state(path: str | Path) -> str:
    """``"missing"``, ``"empty"`` or ``"ours"`` (see the module's docstring for what counts as ours).

    Reads at most the file's header and, for a database without an application id, its table names
    through a read-only, immutable connection: nothing is written, locked or created beside it.
    Raises GeocodeCacheError (one line, the file untouched) for a file that is not a mapper cache.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        return "missing"
    except OSError as e:
        raise _unreadable(p, e) from e
    if not stat.S_ISREG(st.st_mode):
        raise _refused(p, "not a regular file")
    if st.st_size == 0:
        return "empty"
    try:
        with p.open("rb") as f:
            header = f.read(100)
    except OSError as e:
        raise _unreadable(p, e) from e
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise _refused(p, "not a SQLite database")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id != 0:
        raise _refused(p, "another program's SQLite database")
    try:
        conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise _refused(p, "a SQLite database without mapper's mark that cannot be read") from e
    if not tables <= TABLES:
        raise _refused(p, "another program's SQLite database")
    return "ours"


def _refused(path: Path, why: str) -> GeocodeCacheError:
    return GeocodeCacheError(f"{path} is not a mapper geocoder cache ({why}); left it untouched")


def _unreadable(path: Path, error: OSError) -> GeocodeCacheError:
    return GeocodeCacheError(f"geocoder cache {path} cannot be read ({error.strerror or error}); "
                             "left it untouched")


class _NotOurs(sqlite3.DatabaseError):
    """The database turned out not to be a mapper cache once opened (it changed since it was checked)."""


class GeocodeCache:
    """Get and put geocoder answers in one SQLite file; opened on first use.

    Never raises for a cache problem during a run: a damaged cache is moved aside and rebuilt, a file
    that is not a mapper cache is left alone, and any other error switches the disk cache off
    (answers then live only in the CachedGeocoder's memory). ``warn`` receives one line for each such event
    (default: the ``mapper.geocoding.cache`` logger).
    """

    def __init__(self, path: str | Path | None = None, *, warn: Warn | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self.warn: Warn = warn or log.warning
        self._conn: sqlite3.Connection | None = None
        self._disabled = False
        self._warned_bad_row = False
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"GeocodeCache({str(self.path)!r})"

    # -- public API ---------------------------------------------------------------------------------

    def get(self, service: str, endpoint: str, query: str, params: str) -> tuple[bool, Place | None]:
        """``(True, place_or_None)`` for a cached answer, ``(False, None)`` for a miss.

        A row that does not hold a sane place is a miss (reported once per cache), never an error.
        """
        with self._lock:
            conn = self._connection()
            if conn is None:
                return False, None
            try:
                # As bytes: a row that is not UTF-8 is then one bad row, not an error that stops the cache.
                row = conn.execute(
                    "SELECT CAST(place AS BLOB) FROM answers "
                    "WHERE service=? AND endpoint=? AND query=? AND params=?",
                    (service, endpoint, query, params)).fetchone()
            except sqlite3.Error as e:
                self._give_up(e)
                return False, None
        if row is None:
            return False, None
        if row[0] is None:
            return True, None
        try:
            return True, _place_from_json(row[0].decode("utf-8"))
        except ValueError as e:  # a damaged or planted row (UnicodeDecodeError included): ask again
            if not self._warned_bad_row:
                self._warned_bad_row = True
                self.warn(f"geocoder cache {self.path} has an unusable entry ({e}); such entries are "
                          "asked again")
            return False, None

    def put(self, service: str, endpoint: str, query: str, params: str, place: Place | None) -> None:
        """Remember an answer (``None``: the service knows no such place); an insane place is not kept."""
        if place is not None and place_problem(place):
            return
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
            cache_file_state(self.path)
            self._conn = _open(self.path)
        except GeocodeCacheError as e:
            self._give_up(e, refused=True)
        except _NotOurs:
            self._give_up(_refused(self.path, "another program's SQLite database"), refused=True)
        except sqlite3.DatabaseError as e:
            if not _is_not_a_database(e):
                self._give_up(e)
                return None
            # Safe to move: cache_file_state found the file ours (mapper's id in its header).
            aside = _move_aside(self.path)
            self.warn(f"geocoder cache {self.path} is damaged; moved it to {aside} and started an empty "
                      "cache")
            try:
                self._conn = _open(self.path)
            except (sqlite3.Error, OSError) as e2:
                self._give_up(e2)
        except OSError as e:
            self._give_up(e)
        return self._conn

    def _give_up(self, error: Exception, *, refused: bool = False) -> None:
        self._disabled = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        what = str(error) if refused else f"geocoder cache {self.path} failed ({error})"
        self.warn(f"{what}; answers are kept in memory for the rest of this run only")


def _is_not_a_database(error: sqlite3.DatabaseError) -> bool:
    message = str(error).lower()
    return "not a database" in message or "malformed" in message or "encrypted" in message


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: autocommit, each statement or `with conn:` block is its own transaction.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")  # a constant, not data
    return conn


def _open(path: Path) -> sqlite3.Connection:
    """Open (creating if need be) the cache at ``path``, which :func:`cache_file_state` found ours.

    Raises sqlite3.DatabaseError for a damaged file, _NotOurs when it is, after all, someone else's.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path)
    try:
        # One write transaction checks what the file is, marks it as ours, creates the tables and
        # empties an older cache, so that a second process opening a new cache at the same moment
        # neither wipes what the first wrote nor sees a half-made file. It runs before the switch to
        # WAL, so the application id reaches the main file's header at once.
        conn.execute("BEGIN IMMEDIATE")
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if app_id not in (0, APPLICATION_ID) or not tables <= TABLES:
                raise _NotOurs("not a mapper cache")
            if app_id == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a constant, not data
            for sql in _TABLE_SQL:
                conn.execute(sql)
            row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None or row[0] != str(SCHEMA_VERSION):
                conn.execute("DELETE FROM answers")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        try:
            # WAL lets readers and one writer work at once; some filesystems refuse it, which is fine.
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            pass
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
            out.append(f"{_printable(s.service)} {_printable(s.endpoint)}: {s.entries} entries "
                       f"({s.no_result} with no result), oldest {_when(s.oldest)}, newest {_when(s.newest)}")
        return out


def _printable(text: object, limit: int = 200) -> str:
    """A cached key as one terminal-safe line: control characters escaped, length bounded."""
    s = str(text)
    s = s if len(s) <= limit else s[:limit] + "..."
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), s)


def _text(value: bytes | None) -> str:
    return (value or b"").decode("utf-8", "backslashreplace")


def _when(t: object) -> str:
    try:
        return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(t))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return "unknown"  # a planted row's timestamp


def _damaged(path: Path, error: Exception) -> GeocodeCacheError:
    return GeocodeCacheError(f"geocoder cache {path} cannot be read ({error}); "
                             "`mapper cache clear` removes it")


def cache_info(path: str | Path | None = None) -> CacheInfo:
    """Path, size and entries per service of the geocoder cache (read only: nothing is created).

    Raises GeocodeCacheError when the file exists but is not a readable mapper cache.
    """
    p = Path(path) if path is not None else default_cache_path()
    if cache_file_state(p) == "missing":
        return CacheInfo(p, exists=False)
    size = p.stat().st_size + sum(x.stat().st_size for x in _sidecars(p) if x.exists())
    if size == 0:
        return CacheInfo(p, exists=True)
    try:
        conn = _connect(p)
        try:
            rows = conn.execute(
                "SELECT CAST(service AS BLOB), CAST(endpoint AS BLOB), COUNT(*), SUM(place IS NULL), "
                "MIN(created), MAX(created) FROM answers GROUP BY service, endpoint "
                "ORDER BY service, endpoint").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise _damaged(p, e) from e
    services = [ServiceEntries(_text(s), _text(e), n, int(none or 0), lo, hi)
                for s, e, n, none, lo, hi in rows]
    return CacheInfo(p, exists=True, size_bytes=size, services=services)


def clear_cache(path: str | Path | None = None, *, service: str | None = None) -> int:
    """Forget cached answers: all of them (the file is deleted), or those of one ``service``.

    Returns how many entries were removed (0 for a missing file, or a damaged cache, which is deleted
    all the same when no service is given). Raises GeocodeCacheError, deleting nothing, for a file
    that is not a mapper cache, and when ``service`` is given and the cache cannot be read.
    """
    p = Path(path) if path is not None else default_cache_path()
    state = cache_file_state(p)
    if state == "missing" or (state == "empty" and service is not None):
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


class CachedGeocoder(Wrapper):
    """A geocoder whose answers, "no such place" included, are kept: in memory for the run, and in a
    :class:`GeocodeCache` across runs (``cache``: True for the default file, a path, a GeocodeCache, or
    False / None for memory only). An answer found here sends nothing and waits for nothing; failures
    raised by the wrapped geocoder are passed on, never kept. Cache hits are counted in the wrapped
    geocoder's ``stats`` (a GeocoderActivity) when it has one."""

    def __init__(self, geocoder: Geocoder, cache: GeocodeCache | str | Path | bool | None = True, *,
                 warn: Warn | None = None) -> None:
        super().__init__(geocoder)
        if cache is True:
            cache = GeocodeCache(warn=warn)
        elif isinstance(cache, (str, Path)):
            cache = GeocodeCache(cache, warn=warn)
        self.cache: GeocodeCache | None = cache or None
        stats = getattr(geocoder, "stats", None)
        self.stats = stats if isinstance(stats, GeocoderActivity) else GeocoderActivity(self.name)
        self._memory: dict[tuple[str, tuple[str, ...]], Place | None] = {}
        self._lock = threading.Lock()

    def geocode(self, name: str, *, country_codes: Sequence[str] = ()) -> Place | None:
        query, countries = query_of(name, country_codes, self.supports_country_codes)
        if not query:
            return None
        key = (query.casefold(), countries)
        with self._lock:  # one lock around look-up, request and store: a name is asked once
            if key in self._memory:
                self.stats.cache_hits += 1
                return self._memory[key]
            if self.cache is not None:
                found, place = self.cache.get(self.name, self.endpoint, key[0], self.params(countries))
                if found:
                    self.stats.cache_hits += 1
                    self._memory[key] = place
                    return place
            place = self.geocoder.geocode(query, country_codes=countries)
            self._memory[key] = place
            if self.cache is not None:
                self.cache.put(self.name, self.endpoint, key[0], self.params(countries), place)
            return place
