"""The embedded gazetteer: compiled name index over the shipped place table.

The package ships ``mapper/data/places.tsv.gz`` (derived by gazetteers/build_places.py). On first
use it is compiled into a name index (``compiler``, a few seconds) and cached in the user cache
directory as a file of typed arrays and string tables (``cachefile``: nothing in it can run);
later runs load it in a fraction of a second. Users can extend or override entries with their own
CSV (``extra``).

The cache file is named after its content: the SHA-256 of the place table, the index version and
the file format. Installs that ship the same table share one file; installs with different tables
(or versions) keep their own, side by side, and never evict each other. A file is touched when it
is used; files of other keys are deleted only once unused for ``PRUNE_AFTER_DAYS`` (see
:func:`prune_caches`).
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import math
import os
import shutil
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, MutableSequence
from dataclasses import dataclass
from pathlib import Path

from mapper.atomic import atomic_write_bytes
from mapper.errors import GazetteerError
from mapper.gazetteer import cachefile
from mapper.gazetteer.cachefile import CacheFileError, PackedMap
from mapper.gazetteer.compiler import SKELETON_MIN_POP, compile_index
from mapper.gazetteer.layout import ALTERNATE, DEMONYM, HOW_LABELS, NAME, How, Option, Row, pack, unpack
from mapper.gazetteer.names import VARIANT_PREFIX, normalize, skeleton, variant, without_article
from mapper.model import KINDS, Place

__all__ = ["ALTERNATE", "DEMONYM", "NAME", "SKELETON_MIN_POP", "Gazetteer", "How", "Option", "Row",
           "cache_dir", "compile_index", "prune_caches", "read_cache"]

DATA = Path(__file__).resolve().parent.parent / "data" / "places.tsv.gz"
USER_FCODE = "USER"  # the feature code of places added with add_csv (the user's own gazetteer)
INDEX_VERSION = 7  # bump when what the compiler builds changes (cachefile.FORMAT: how it is stored)
CACHE_GLOB = "gazetteer-*.idx"
LEGACY_GLOB = "gazetteer-*.pickle"  # caches of mapper versions before the array format
PRUNE_AFTER_DAYS = 30  # another key's cache file unused this long is deleted when a new one is written
_TOUCH_AFTER_S = 24 * 3600  # a used cache file's time is refreshed at most once a day

# Limits on user gazetteer rows (Gazetteer.add_csv).
MAX_NAME_CHARS = 200
MAX_ALIASES = 100
MAX_GEONAMEID = 2**32 - 1
MAX_POPULATION = 10**10


def cache_dir() -> Path:
    env = os.environ.get("MAPPER_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mapper"


_digests: dict[tuple, str] = {}


def table_sha256(table: Path | None = None) -> str:
    """SHA-256 of the place table's bytes (remembered per file state for this process only)."""
    table = DATA if table is None else table
    try:
        st = table.stat()
        stamp = (str(table), st.st_size, st.st_mtime_ns, st.st_ino)
        if stamp not in _digests:
            _digests[stamp] = hashlib.sha256(table.read_bytes()).hexdigest()
    except OSError as e:
        raise GazetteerError(f"cannot read the gazetteer table {table}: {e.strerror or e}") from e
    return _digests[stamp]


def cache_key(table: Path | None = None) -> str:
    """The name of the table's compiled index: its content, the index version, the file format."""
    seed = f"{table_sha256(table)}:{INDEX_VERSION}:{cachefile.FORMAT}:{sys.byteorder}"
    return hashlib.sha256(seed.encode()).hexdigest()[:16]


# The context-free preference for each kind of place (``Gazetteer.prior_score``); a city's is its
# log population (plus a capital's and a province namesake's bonus), an admin1's grows with population.
_KIND_PRIOR = {"country": 9.0, "continent": 8.5, "region": 8.0, "admin1": 7.5, "water": 6.5, "city": 0.0,
               "admin2": 4.0, "facility": 3.5}
_GID_SCANS = 64  # GeoNames ids looked up by a scan of the id column, before a dict of all
_MEMO_SIZE = 65_536  # options of this many names, and this many rows, are remembered (a run meets the same
# names again and again; bounded, so that a long run does not end up holding the whole table twice)


class Gazetteer:
    """Places plus a normalised-name index. Load with :meth:`load`.

    Ask it with normalised names (``names.normalize``): :meth:`options` gives the places a name may
    refer to, as :class:`Option` (row, how); :meth:`row` reads a place as a :class:`Row`, and
    :meth:`place` as the :class:`~mapper.model.Place` that mentions carry; :meth:`prior_score` is
    the context-free preference among a name's options; :meth:`lookup` does all that for a free-text
    name.

    Inside, places are columns indexed by row: ``name``, ``cc``, ``admin1``, ``fcode`` (lists of str),
    ``kind`` (list of int, an index into KINDS), ``gid``, ``pop``, ``nalt`` (arrays of int), ``lat``,
    ``lon`` (arrays of float). ``index`` and ``skeletons`` map a key to a tuple of packed entries
    (``layout.pack``) or rows, ``maxlen`` a first token to a token count: dict-like (``get``, ``in``,
    ``[]``), read from the cache file's bytes as needed. Only this package reads them.
    """

    def __init__(self, state: dict) -> None:
        self.gid: MutableSequence[int] = state["gid"]
        self.name: list[str] = state["name"]
        self.lat: MutableSequence[float] = state["lat"]
        self.lon: MutableSequence[float] = state["lon"]
        self.cc: list[str] = state["cc"]
        self.admin1: list[str] = state["admin1"]
        self.kind: list[int] = state["kind"]  # index into KINDS
        self.fcode: list[str] = state["fcode"]
        self.pop: MutableSequence[int] = state["pop"]
        self.nalt: MutableSequence[int] = state["nalt"]  # how many alternate names (all scripts): prominence
        self.index: PackedMap | dict[str, tuple[int, ...]] = state["index"]
        self.skeletons: PackedMap | dict[str, tuple[int, ...]] = state["skeletons"]
        self.maxlen: PackedMap | dict[str, int] = state["maxlen"]  # first token -> most tokens of a name
        self.country_row: dict[str, int] = state["country_row"]
        self.admin1_row: dict[str, int] = state["admin1_row"]
        self.caps_only: frozenset[str] = state["caps_only"]  # keys that match only capitalised codes
        self.source: str = state.get("source", "")
        self._places: dict[int, Place] = {}
        self._provinces: dict[str, tuple[Row, ...]] = {}  # country -> its admin1 rows (provinces_of)
        self._admin1_by_country: dict[str, list[int]] | None = None  # country -> admin1 rows, code order
        self._rows: dict[int, Row] = {}  # per row asked (bounded: _MEMO_SIZE)
        self._options: dict[str, tuple[Option, ...]] = {}  # per key asked (bounded: _MEMO_SIZE)
        self._same_name: dict[int, bool] = {}  # city rows named like their own admin1
        self._gid_rows: dict[int, int | None] = {}  # GeoNames id -> its last row, as asked
        self._gid_all = False  # _gid_rows holds every id (built once _GID_SCANS ids were asked)
        # Matches per capitalised run of text, filled by the recogniser (cleared when names change).
        self.run_cache: dict[str, tuple] = {}
        self.word_cache: dict[str, tuple] = {}  # per first word of a span: the same

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, *, extra: str | Path | Iterable[str | Path] | None = None, rebuild: bool = False,
             progress: Callable[[str], None] | None = None) -> Gazetteer:
        """Load the compiled index from the cache, compiling it first if needed.

        A cache that cannot be read back as a complete index (truncated, damaged, of another format
        or program) is never trusted: ``progress`` is told, in one line, and the index is rebuilt.
        A cache directory that cannot be written is reported the same way, and the run goes on
        with the freshly compiled index.
        """
        say = progress or (lambda msg: print(msg, file=sys.stderr))
        path = cls.cache_path()
        state = None
        if not rebuild:
            state, problem = read_cache(path)
            if problem is not None and problem != MISSING:
                say(f"mapper: gazetteer cache {path} is corrupt ({problem}); rebuilding")
        if state is None:
            state = build_cache(path, say, progress)
        gaz = cls(state)
        if extra:
            paths = [extra] if isinstance(extra, (str, Path)) else list(extra)
            for p in paths:
                gaz.add_csv(p)
        return gaz

    @staticmethod
    def cache_path() -> Path:
        return cache_dir() / f"gazetteer-{cache_key()}.idx"

    # -- user extensions ---------------------------------------------------------------------
    def add_csv(self, path: str | Path) -> int:
        """Add places from a CSV with columns name, lat, lon, country, kind, aliases (optional:
        geonameid, population).

        A user entry overrides the built-in ones for the same names. Returns the rows added. Every
        row is checked before any is added (a name of at most MAX_NAME_CHARS characters without
        control characters, finite lat/lon in range, a known kind, ...): the first bad one is a
        GazetteerError naming the file and the row, and the gazetteer is left unchanged. The values
        are data only: they are compared, normalised and stored, never used as a pattern or a format.
        """
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise GazetteerError(f"{_shown(p)}: cannot read extra gazetteer: {e}") from e
        reader = csv.DictReader(io.StringIO(text))
        rows: list[_UserRow] = []
        try:
            if not {"name", "lat", "lon"} <= set(reader.fieldnames or ()):
                raise GazetteerError(f"{_shown(p)}: extra gazetteer needs a header with at least name, lat, "
                                     "lon")
            for r in reader:
                rows.append(_user_row(r, p, reader.line_num))
        except csv.Error as e:  # raised before the line of the bad record is counted
            raise GazetteerError(f"{_shown(p)}: row {reader.line_num + 1}: not valid CSV ({e})") from e
        if not rows:
            raise GazetteerError(f"{_shown(p)}: extra gazetteer has no rows after the header")
        overridden: set[str] = set()
        self.run_cache.clear()
        self.word_cache.clear()
        self._options.clear()
        self._gid_rows, self._gid_all = {}, False  # found again on next use, with the added rows
        for u in rows:
            i = len(self.name)
            self.gid.append(u.geonameid)
            self.name.append(u.name)
            self.lat.append(u.lat)
            self.lon.append(u.lon)
            self.cc.append(u.country)
            self.admin1.append("")
            self.kind.append(KINDS.index(u.kind))
            self.fcode.append(USER_FCODE)
            self.pop.append(u.population)
            self.nalt.append(0)
            for how, nm in enumerate((u.name, *u.aliases)):
                key = normalize(nm)
                if not key:
                    continue
                entry = pack(i, NAME if how == 0 else ALTERNATE)
                if key not in overridden:
                    overridden.add(key)
                    self.index[key] = (entry,)
                else:
                    self.index[key] = self.index[key] + (entry,)
                first = key.split(" ", 1)[0]
                self.maxlen[first] = max(self.maxlen.get(first, 1), key.count(" ") + 1)
                var = variant(key)
                if var != key:  # found in other spellings too ("Janzour" for a "Janzur" row)
                    vkey = VARIANT_PREFIX + var
                    alt = pack(i, ALTERNATE)
                    self.index[vkey] = (alt,) if vkey not in overridden else self.index[vkey] + (alt,)
                    overridden.add(vkey)
                    vfirst = vkey.split(" ", 1)[0]
                    self.maxlen[vfirst] = max(self.maxlen.get(vfirst, 1), key.count(" ") + 1)
        return len(rows)

    # -- queries -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.name)

    def options(self, key: str) -> tuple[Option, ...]:
        """The places a normalised name may refer to, and how it names each; () for none."""
        found = self._options.get(key)
        if found is None:
            sp = key.find(" ")
            if sp > 0 and self.maxlen.get(key[:sp], 1) <= key.count(" "):
                # No name of this many words starts with this word (``maxlen`` is kept for every key of
                # the index, the user's too): a sure miss, without probing the index.
                found = ()
            else:
                entries = self.index.get(key)
                found = tuple(map(unpack, entries)) if entries else ()
            if len(self._options) >= _MEMO_SIZE:
                self._options.clear()
            self._options[key] = found
        return found

    def by_variant(self, key: str) -> tuple[Option, ...]:
        """The places with a name of the same spelling variant as the normalised ``key``
        (``names.variant``: "janzour" finds Janzūr), as alternate names; () when the variant is the key
        itself (then :meth:`options` has answered)."""
        var = variant(key)
        found = self.options(VARIANT_PREFIX + var)
        if var != key:
            same = tuple(Option(o.row, ALTERNATE) for o in self.options(var) if o.how != DEMONYM)
            if same:
                seen = {o.row for o in same}
                found = same + tuple(o for o in found if o.row not in seen)
        return found

    def by_skeleton(self, key: str) -> tuple[Option, ...]:
        """The places with a name of this transliteration skeleton (``names.skeleton``), as alternate
        names; only places of SKELETON_MIN_POP people or more, or of other kinds than city and admin2."""
        return tuple(Option(r, ALTERNATE) for r in self.skeletons.get(key, ()))

    def max_words(self, first: str) -> int:
        """The most words of a name that starts with the word ``first`` (normalised); 1 for none."""
        return self.maxlen.get(first, 1)

    def row(self, i: int) -> Row:
        """Place ``i`` as the recogniser and resolver read it (remembered)."""
        r = self._rows.get(i)
        if r is None:
            if len(self._rows) >= _MEMO_SIZE:
                self._rows.clear()
            r = self._rows[i] = self._read_row(i)
        return r

    def rows(self) -> Iterator[Row]:
        """Every place, in row order (not remembered: for a pass over the whole table)."""
        return map(self._read_row, range(len(self.name)))

    def _read_row(self, i: int) -> Row:
        fcode = self.fcode[i]
        return Row(self.name[i], KINDS[self.kind[i]], self.cc[i], self.admin1[i], fcode, fcode == "PPLC",
                   self.pop[i], self.nalt[i], self.lat[i], self.lon[i], self.gid[i])

    def place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            r = self.row(i)
            crow = self.country_row.get(r.country_code)
            arow = self.admin1_row.get(r.admin1) if r.admin1 else None
            p = Place(name=r.name, lat=r.lat, lon=r.lon, country_code=r.country_code, kind=r.kind,
                      geonameid=r.geonameid or None, feature_code=r.feature_code, population=r.population,
                      admin1=r.admin1, country=self.name[crow] if crow is not None else "",
                      admin1_name=self.name[arow] if arow is not None else "")
            self._places[i] = p
        return p

    def admin1_of(self, code: str) -> Row | None:
        """The admin1 (province) whose GeoNames code is ``code`` ("SY.07"), or None."""
        i = self.admin1_row.get(code)
        return None if i is None else self.row(i)

    def country(self, code: str) -> Place | None:
        """The country whose ISO alpha-2 code is ``code``, or None."""
        i = self.country_row.get(code)
        return None if i is None else self.place(i)

    def provinces_of(self, country: str) -> tuple[Row, ...]:
        """The admin1 rows of a country (ISO alpha-2), found once per country."""
        hit = self._provinces.get(country)
        if hit is None:
            by_country = self._admin1_by_country
            if by_country is None:
                # One sorted pass over all admin1 codes, grouped by country ("SY.07" -> "SY"): sorting
                # them all again for each country took most of the resolver's time on a short run.
                by_country = self._admin1_by_country = {}
                for code, i in sorted(self.admin1_row.items()):
                    cc, dot, _ = code.partition(".")
                    if dot:
                        by_country.setdefault(cc, []).append(i)
            hit = self._provinces[country] = tuple(self.row(i) for i in by_country.get(country, ()))
        return hit

    def same_name_as_admin1(self, i: int) -> bool:
        """Place ``i`` is named like its own admin1 ("Deir ez-Zor", "Geneva"): for a city, news
        usually means the city."""
        hit = self._same_name.get(i)
        if hit is None:
            a1 = self.admin1_row.get(self.admin1[i])
            hit = a1 is not None and skeleton(normalize(self.name[a1])) == skeleton(normalize(self.name[i]))
            self._same_name[i] = hit
        return hit

    def prior_score(self, i: int) -> float:
        """Context-free preference for place ``i`` among a name's options (higher is likelier):
        country > continent > admin1 ~ capital > city by population > admin2 > facility."""
        r = self.row(i)
        kind = r.kind
        if kind == "city":
            s = math.log10(r.population + 1)
            if r.capital:
                s += 1.5
            if r.population >= 10_000 and self.same_name_as_admin1(i):
                s += 2.5
            return s
        if kind == "admin1":
            return _KIND_PRIOR[kind] + 0.3 * math.log10(r.population + 1) - 1.5
        return _KIND_PRIOR[kind]

    def by_geonameid(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, if the gazetteer has it."""
        rows = self._gid_rows
        i = rows.get(geonameid, -1)
        if i == -1 and not self._gid_all:
            if len(rows) < _GID_SCANS:
                # A few institutions' seats are asked for in a run: scan the id column for each (a dict
                # of every id cost 0.16 s and 37 MB); past _GID_SCANS ids, build that dict after all.
                i = rows[geonameid] = self._last_row_with(geonameid)
            else:
                rows = self._gid_rows = {g: i for i, g in enumerate(self.gid) if g}
                self._gid_all = True
                i = rows.get(geonameid)
        return self.place(i) if i is not None and i != -1 else None

    def _last_row_with(self, geonameid: int) -> int | None:
        """The last row with this GeoNames id (a user's row overrides), or None; None for 0 (no id)."""
        i = -1
        if geonameid:
            try:
                while True:
                    i = self.gid.index(geonameid, i + 1)
            except (ValueError, TypeError, OverflowError):  # no further row; not an id at all
                pass
        return i if i >= 0 else None

    def lookup(self, name: str, *, limit: int = 20) -> list[tuple[Place, float, str]]:
        """Candidates for a free-text name, best first, with a prior score and how they matched.

        The score is the context-free prior the resolver starts from (feature type and population).
        """
        key = normalize(name)
        found: dict[int, str] = {}
        for o in self.options(key):
            found.setdefault(o.row, HOW_LABELS[o.how])
        alt = without_article(key)
        if alt:
            for o in self.options(alt):
                found.setdefault(o.row, "alternate name")
        if not found:
            for o in self.by_variant(key):
                found.setdefault(o.row, "spelling variant")
        if not found:
            for o in self.by_skeleton(skeleton(key)):
                found.setdefault(o.row, "transliteration")
        scored = [(self.place(i), self.prior_score(i), how) for i, how in found.items()]
        scored.sort(key=lambda t: -t[1])
        return scored[:limit]

    def info(self) -> dict[str, object]:
        counts: dict[str, int] = {k: 0 for k in KINDS}
        for k in self.kind:
            counts[KINDS[k]] += 1
        return {
            "places": len(self.name),
            "names": len(self.index),
            "by_kind": counts,
            "with_geonameid": sum(1 for g in self.gid if g),
            "table": str(DATA),
            "table_bytes": DATA.stat().st_size,
            "table_sha256": table_sha256(),
            "cache": str(self.cache_path()),
            "cache_bytes": self.cache_path().stat().st_size if self.cache_path().exists() else 0,
            "cache_format": cachefile.FORMAT,
        }


# -- user rows ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _UserRow:
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    country: str
    kind: str
    geonameid: int
    population: int


def _shown(value: object) -> str:
    """A file name or value for a one-line message: control characters escaped, length bounded."""
    text = str(value)
    if any(unicodedata.category(c) == "Cc" for c in text):
        text = repr(text)[1:-1]
    return text if len(text) <= 120 else text[:117] + "..."


def _text_field(value: str, what: str, where: str) -> str:
    value = value.strip()
    if len(value) > MAX_NAME_CHARS:
        raise GazetteerError(f"{where}: {what} longer than {MAX_NAME_CHARS} characters")
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise GazetteerError(f"{where}: {what} holds a control character")
    return value


def _user_row(r: dict[str | None, object], path: Path, line: int) -> _UserRow:
    """One CSV row as a checked user place, or a GazetteerError naming the file and row."""
    where = f"{_shown(path)}: row {line}"
    if None in r:  # csv.DictReader puts fields beyond the header under None
        raise GazetteerError(f"{where}: more fields than the header has")

    def field(name: str) -> str:
        value = r.get(name)
        return value if isinstance(value, str) else ""  # a short row gives None

    name = _text_field(field("name"), "name", where)
    if not name:
        raise GazetteerError(f"{where}: no name")
    aliases = tuple(a for a in (_text_field(x, "alias", where) for x in field("aliases").split("|")) if a)
    if len(aliases) > MAX_ALIASES:
        raise GazetteerError(f"{where}: more than {MAX_ALIASES} aliases")
    try:
        lat, lon = float(field("lat")), float(field("lon"))
        if not (math.isfinite(lat) and math.isfinite(lon)):
            raise ValueError("not a finite number")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError("coordinates out of range")
    except ValueError as e:
        raise GazetteerError(f"{where}: bad lat/lon ({_shown(e)})") from e
    kind = field("kind").strip() or "city"
    if kind not in KINDS:
        raise GazetteerError(f"{where}: kind {_shown(repr(kind[:40]))} is not one of {', '.join(KINDS)}")
    country = field("country").strip().upper()
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise GazetteerError(f"{where}: country must be a two-letter ISO code such as SY, not "
                             f"{_shown(repr(country[:40]))}")
    gid_text = field("geonameid").strip()
    geonameid = int(gid_text) if gid_text.isascii() and gid_text.isdigit() else 0
    if geonameid > MAX_GEONAMEID:
        raise GazetteerError(f"{where}: geonameid larger than {MAX_GEONAMEID}")
    pop_text = field("population").strip()
    try:
        population = float(pop_text) if pop_text else 0.0
        if not (math.isfinite(population) and 0 <= population <= MAX_POPULATION):
            raise ValueError
    except ValueError:
        raise GazetteerError(f"{where}: population must be a number from 0 to {MAX_POPULATION:,}, not "
                             f"{_shown(repr(pop_text[:40]))}") from None
    return _UserRow(name, aliases, lat, lon, country, kind, geonameid, int(population))


# -- the cache file -----------------------------------------------------------------------------
MISSING = "missing"


def read_cache(path: Path, *, touch: bool = True) -> tuple[dict | None, str | None]:
    """(the compiled index, None), or (None, why it cannot be used): MISSING when there is no file.

    The file is read whole and checked (``cachefile.decode``) before anything in it is used. With
    ``touch``, a file that is used has its time refreshed (at most daily): that keeps it from
    being pruned by another install (``prune_caches``).
    """
    try:
        with path.open("rb") as f:
            data = f.read()
            if touch:
                _touch(f.fileno(), path)
    except FileNotFoundError:
        return None, MISSING
    except OSError as e:
        return None, f"cannot read: {e.strerror or e}"
    gc_was_on = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects: the cyclic GC would rescan them while loading
    try:
        state = cachefile.decode(data, table_sha256=table_sha256(), index_version=INDEX_VERSION)
    except CacheFileError as e:
        return None, str(e)
    finally:
        if gc_was_on:
            gc.enable()
    return state, None


def _touch(fd: int, path: Path) -> None:
    try:
        if time.time() - os.fstat(fd).st_mtime > _TOUCH_AFTER_S:
            os.utime(fd if os.utime in os.supports_fd else path)
    except OSError:
        pass  # a read-only cache directory: the file is used all the same


def build_cache(path: Path, say: Callable[[str], None], progress: Callable[[str], None] | None) -> dict:
    """Compile the index, write it to ``path`` (atomically), prune old caches, and return it.

    The index is returned as it is read back from the file's bytes, so a run that compiled it uses
    exactly what later runs load.
    """
    compiled = compile_index(DATA, progress=progress)
    digest = table_sha256()
    data = cachefile.encode(compiled, table_sha256=digest, index_version=INDEX_VERSION)
    del compiled
    try:
        # A planted symlink is replaced by the new file, never written through to what it points to.
        atomic_write_bytes(path, data, follow_symlinks=False)
    except OSError as e:
        reason = getattr(e, "reason", None) or e.strerror or str(e)
        say(f"mapper: cannot write the gazetteer cache {path} ({reason}); "
            "continuing without it (the next run compiles the index again)")
    else:
        prune_caches(path.parent, keep=path)
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        return cachefile.decode(data, table_sha256=digest, index_version=INDEX_VERSION)
    finally:
        if gc_was_on:
            gc.enable()


def other_caches(directory: Path, keep: Path) -> list[Path]:
    """Gazetteer cache files in ``directory`` other than ``keep``: other tables, versions, formats."""
    try:
        found = [*directory.glob(CACHE_GLOB), *directory.glob(LEGACY_GLOB)]
    except OSError:
        return []
    return sorted(p for p in found if p != keep)


def prune_caches(directory: Path, keep: Path, *, now: float | None = None) -> list[Path]:
    """Delete the other gazetteer caches in ``directory`` that were not used for PRUNE_AFTER_DAYS.

    Another install sharing the directory (another version of mapper or of the place table) keeps
    its file as long as it runs at least once a month: loading refreshes a file's time. A file
    being loaded right now was just refreshed, so it is never deleted; and the loader reads the
    whole file at once, so even a deletion at that moment would not disturb it. Leftover temporary
    files of an interrupted write (``.gazetteer-*``) are deleted after a day. Returns what was deleted.
    """
    now = time.time() if now is None else now
    removed = []
    for p in other_caches(directory, keep):
        try:
            if now - p.stat().st_mtime > PRUNE_AFTER_DAYS * 86400:
                p.unlink()
                removed.append(p)
        except OSError:
            pass  # gone already, or not ours to delete
    try:
        leftovers = list(directory.glob(".gazetteer-*"))
    except OSError:
        leftovers = []
    for p in leftovers:
        try:
            if now - p.lstat().st_mtime > _TOUCH_AFTER_S:
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p)
                else:
                    p.unlink()
                removed.append(p)
        except OSError:
            pass
    return removed
