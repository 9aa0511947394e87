"""The embedded gazetteer: compiled name index over the shipped place table.

The package ships ``mapper/data/places.tsv.gz`` (derived by gazetteers/build_places.py). On first
use it is compiled into a name index and cached as a pickle in the user cache directory; later runs
load the pickle. Users can extend or override entries with their own CSV (``extra``).
"""

from __future__ import annotations

import csv
import gc
import gzip
import hashlib
import io
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from mapper.errors import GazetteerError
from mapper.gazetteer.names import STOPWORDS, caps_only_name, normalize, skeleton, without_article
from mapper.model import KINDS, Place

DATA = Path(__file__).resolve().parent.parent / "data" / "places.tsv.gz"
INDEX_VERSION = 6  # bump when the compiled layout changes

NAME, ALTERNATE, DEMONYM = 0, 1, 2  # how a key names a place (low 2 bits of an index entry)


def cache_dir() -> Path:
    env = os.environ.get("MAPPER_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mapper"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry a name may refer to."""

    index: int  # row in the gazetteer
    how: int  # NAME, ALTERNATE or DEMONYM


class Gazetteer:
    """Places plus a normalised-name index. Load with :meth:`load`."""

    def __init__(self, state: dict) -> None:
        self.gid: list[int] = state["gid"]
        self.name: list[str] = state["name"]
        self.lat: list[float] = state["lat"]
        self.lon: list[float] = state["lon"]
        self.cc: list[str] = state["cc"]
        self.admin1: list[str] = state["admin1"]
        self.kind: list[int] = state["kind"]  # index into KINDS
        self.fcode: list[str] = state["fcode"]
        self.pop: list[int] = state["pop"]
        self.nalt: list[int] = state["nalt"]  # how many alternate names (all scripts): prominence
        self.index: dict[str, tuple[int, ...]] = state["index"]
        self.skeletons: dict[str, tuple[int, ...]] = state["skeletons"]
        self.maxlen: dict[str, int] = state["maxlen"]  # first token -> most tokens of a name it starts
        self.country_row: dict[str, int] = state["country_row"]
        self.admin1_row: dict[str, int] = state["admin1_row"]
        self.caps_only: frozenset[str] = state["caps_only"]  # keys that match only capitalised codes
        self.source: str = state.get("source", "")
        self._places: dict[int, Place] = {}
        self._gid_rows: dict[int, int] | None = None  # GeoNames id -> row, built on first use
        # Matches per capitalised run of text, filled by the recogniser (cleared when names change).
        self.run_cache: dict[str, tuple] = {}
        # City rows named like their own admin1, filled by the resolver (mapper.resolve.same_name_as_admin1).
        self.same_name_memo: dict[int, bool] = {}

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, *, extra: str | Path | Iterable[str | Path] | None = None, rebuild: bool = False,
             progress: Callable[[str], None] | None = None) -> Gazetteer:
        """Load the compiled index from the cache, compiling it first if needed.

        A cache that cannot be read back as a complete index (truncated, overwritten, from another
        program) is never trusted: ``progress`` is told, in one line, and the index is rebuilt. A
        cache directory that cannot be written is reported the same way, and the run goes on with
        the freshly compiled index.
        """
        say = progress or (lambda msg: print(msg, file=sys.stderr))
        path = cls.cache_path()
        state = None
        if not rebuild and path.exists():
            state, problem = read_cache(path)
            if problem is not None:
                say(f"mapper: gazetteer cache {path} is corrupt ({problem}); rebuilding")
        if state is None:
            state = compile_index(DATA, progress=progress)
            try:
                write_atomic(path, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
            except OSError as e:
                say(f"mapper: cannot write the gazetteer cache {path} ({e.strerror or e}); "
                    "continuing without it (the next run compiles the index again)")
            else:
                for old in path.parent.glob("gazetteer-*.pickle"):
                    if old != path:  # indexes of earlier versions of the table
                        old.unlink(missing_ok=True)
        gaz = cls(state)
        if extra:
            paths = [extra] if isinstance(extra, (str, Path)) else list(extra)
            for p in paths:
                gaz.add_csv(p)
        return gaz

    @staticmethod
    def cache_path() -> Path:
        st = DATA.stat()
        tag = hashlib.sha1(f"{INDEX_VERSION}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:12]
        return cache_dir() / f"gazetteer-{tag}.pickle"

    # -- user extensions ---------------------------------------------------------------------
    def add_csv(self, path: str | Path) -> int:
        """Add places from a CSV with columns name, lat, lon, country, kind, aliases.

        A user entry overrides the built-in ones for the same names. Returns the rows added.
        """
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise GazetteerError(f"{p}: cannot read extra gazetteer: {e}") from e
        rows = list(csv.DictReader(io.StringIO(text)))
        need = {"name", "lat", "lon"}
        if not rows or not need <= set(rows[0]):
            raise GazetteerError(f"{p}: extra gazetteer needs a header with at least name, lat, lon")
        added = 0
        overridden: set[str] = set()
        self.run_cache.clear()
        self._gid_rows = None  # rebuilt on next use, with the added rows
        for n, r in enumerate(rows, start=2):
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError("coordinates out of range")
            except (TypeError, ValueError) as e:
                raise GazetteerError(f"{p}: row {n}: bad lat/lon ({e})") from e
            kind = (r.get("kind") or "city").strip() or "city"
            if kind not in KINDS:
                raise GazetteerError(f"{p}: row {n}: kind {kind!r} is not one of {', '.join(KINDS)}")
            i = len(self.name)
            self.gid.append(int(r["geonameid"]) if (r.get("geonameid") or "").strip().isdigit() else 0)
            self.name.append(r["name"].strip())
            self.lat.append(lat)
            self.lon.append(lon)
            self.cc.append((r.get("country") or "").strip().upper())
            self.admin1.append("")
            self.kind.append(KINDS.index(kind))
            self.fcode.append("USER")
            self.pop.append(int(float(r.get("population") or 0)))
            self.nalt.append(0)
            names = [r["name"]] + [a for a in (r.get("aliases") or "").split("|") if a.strip()]
            for how, nm in enumerate(names):
                key = normalize(nm)
                if not key:
                    continue
                entry = i * 4 + (NAME if how == 0 else ALTERNATE)
                if key not in overridden:
                    overridden.add(key)
                    self.index[key] = (entry,)
                else:
                    self.index[key] = self.index[key] + (entry,)
                first = key.split(" ", 1)[0]
                self.maxlen[first] = max(self.maxlen.get(first, 1), key.count(" ") + 1)
            added += 1
        return added

    # -- queries -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.name)

    def candidates(self, key: str) -> tuple[int, ...]:
        """Index entries (row * 4 + how) for a normalised key."""
        return self.index.get(key, ())

    def place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            cc = self.cc[i]
            crow = self.country_row.get(cc)
            arow = self.admin1_row.get(self.admin1[i]) if self.admin1[i] else None
            p = Place(name=self.name[i], lat=self.lat[i], lon=self.lon[i], country_code=cc,
                      kind=KINDS[self.kind[i]], geonameid=self.gid[i] or None, feature_code=self.fcode[i],
                      population=self.pop[i], admin1=self.admin1[i],
                      country=self.name[crow] if crow is not None else "",
                      admin1_name=self.name[arow] if arow is not None else "")
            self._places[i] = p
        return p

    def by_geonameid(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, if the gazetteer has it."""
        rows = self._gid_rows
        if rows is None:
            rows = self._gid_rows = {g: i for i, g in enumerate(self.gid) if g}
        i = rows.get(geonameid)
        return self.place(i) if i is not None else None

    def lookup(self, name: str, *, limit: int = 20) -> list[tuple[Place, float, str]]:
        """Candidates for a free-text name, best first, with a prior score and how they matched.

        The score is the context-free prior the resolver starts from (feature type and population).
        """
        from mapper.resolve import prior_score  # resolver owns the scoring

        key = normalize(name)
        found: dict[int, str] = {}
        for e in self.candidates(key):
            found.setdefault(e >> 2, ("name", "alternate name", "demonym")[e & 3])
        alt = without_article(key)
        if alt:
            for e in self.candidates(alt):
                found.setdefault(e >> 2, "alternate name")
        if not found:
            for i in self.skeletons.get(skeleton(key), ()):
                found.setdefault(i, "transliteration")
        scored = [(self.place(i), prior_score(self, i), how) for i, how in found.items()]
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
            "cache": str(self.cache_path()),
            "cache_bytes": self.cache_path().stat().st_size if self.cache_path().exists() else 0,
        }


_STATE_LISTS = ("gid", "name", "lat", "lon", "cc", "admin1", "kind", "fcode", "pop", "nalt")
_STATE_MAPS = ("index", "skeletons", "maxlen", "country_row", "admin1_row")


def check_state(state: object) -> str | None:
    """Why ``state`` is not a usable compiled index (a short reason), or None when it is."""
    if not isinstance(state, dict):
        return f"holds a {type(state).__name__}, not an index"
    missing = [k for k in (*_STATE_LISTS, *_STATE_MAPS, "caps_only") if k not in state]
    if missing:
        return f"missing {', '.join(missing)}"
    if not all(isinstance(state[k], list) for k in _STATE_LISTS) or not all(
            isinstance(state[k], dict) for k in _STATE_MAPS):
        return "wrong layout"
    sizes = {len(state[k]) for k in _STATE_LISTS}
    if len(sizes) != 1 or not state["name"]:
        return "place columns of different lengths" if len(sizes) != 1 else "no places"
    return None


def read_cache(path: Path) -> tuple[dict | None, str | None]:
    """(the compiled index, None), or (None, why it cannot be used) for a corrupt cache file."""
    # The index is ~1M small objects: the cyclic GC would rescan them repeatedly while loading.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as f:
            state = pickle.load(f)
    except EOFError:
        return None, "empty or truncated"
    except OSError as e:
        return None, f"cannot read: {e.strerror or e}"
    except Exception as e:  # noqa: BLE001 - any unpickling failure means a corrupt or foreign file
        reason = f"{type(e).__name__}: {e}"
        return None, reason if len(reason) <= 80 else reason[:77] + "..."
    finally:
        if gc_was_on:
            gc.enable()
    problem = check_state(state)
    return (None, problem) if problem else (state, None)


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# Places below this population get no transliteration key: short skeletons of villages collide.
SKELETON_MIN_POP = 5000


def compile_index(table: Path, progress: Callable[[str], None] | None = None) -> dict:
    """Read the shipped place table and build the name index (a few seconds)."""
    t0 = time.perf_counter()
    say = progress or (lambda msg: print(msg, file=sys.stderr))
    say(f"mapper: compiling the gazetteer index from {table.name} (then cached for later runs)...")
    try:
        raw = gzip.decompress(table.read_bytes()).decode("utf-8")
    except OSError as e:
        raise GazetteerError(f"cannot read the gazetteer table {table}: {e}") from e
    lines = raw.split("\n")
    header = lines[0].split("\t")
    col = {c: i for i, c in enumerate(header)}
    st: dict = {k: [] for k in ("gid", "name", "lat", "lon", "cc", "admin1", "kind", "fcode", "pop", "nalt")}
    index: dict[str, list[int]] = {}
    skel: dict[str, list[int]] = {}
    # Keys every source name of which is a short capital code, or an English function word.
    caps_votes: dict[str, bool] = {}
    maxlen: dict[str, int] = {}
    kind_ix = {k: i for i, k in enumerate(KINDS)}

    def add(key: str, entry: int) -> None:
        if len(key) < 2:
            return  # single letters ("A", "H.") are initials, never place names
        lst = index.get(key)
        if lst is None:
            index[key] = [entry]
        elif entry >> 2 != lst[-1] >> 2:
            lst.append(entry)
        first, _, rest = key.partition(" ")
        if rest:
            n = key.count(" ") + 1
            if maxlen.get(first, 1) < n:
                maxlen[first] = n

    rows = list(csv.reader(lines[1:], delimiter="\t"))
    step = max(1, len(rows) // 10)
    for i, r in enumerate(rows):
        if not r:
            continue
        if i % step == 0 and progress is not None:
            progress(f"  {i * 100 // len(rows)}%")
        row = len(st["name"])
        st["gid"].append(int(r[col["geonameid"]] or 0))
        st["name"].append(r[col["name"]])
        st["lat"].append(float(r[col["lat"]]))
        st["lon"].append(float(r[col["lon"]]))
        # Interned, so the pickle stores each distinct code once (smaller and faster to load).
        st["cc"].append(sys.intern(r[col["country_code"]]))
        st["admin1"].append(sys.intern(r[col["admin1"]]))
        kind = kind_ix[r[col["kind"]]]
        st["kind"].append(kind)
        st["fcode"].append(sys.intern(r[col["fcode"]]))
        pop = int(r[col["population"]] or 0)
        st["pop"].append(pop)
        st["nalt"].append(int(r[col["altnames"]] or 0))
        names = [r[col["name"]]] + [n for n in r[col["names"]].split("|") if n]
        keys = []
        for j, nm in enumerate(names):
            key = normalize(nm)
            if len(key) < 2:
                continue  # single letters ("A", "H.") are initials, never place names
            keys.append(key)
            caps_votes[key] = caps_votes.get(key, True) and caps_only_name(nm)
            add(key, row * 4 + (NAME if j == 0 else ALTERNATE))
            alt = without_article(key)
            if alt:
                add(alt, row * 4 + ALTERNATE)
        for nm in (n for n in r[col["demonyms"]].split("|") if n):
            add(normalize(nm), row * 4 + DEMONYM)
        if pop >= SKELETON_MIN_POP or KINDS[kind] not in ("city", "admin2"):
            for key in set(keys):
                sk = skeleton(key)
                if len(sk) >= 4:
                    lst = skel.setdefault(sk, [])
                    if not lst or lst[-1] != row:
                        lst.append(row)
    country_row = {}
    admin1_row = {}
    for i, k in enumerate(st["kind"]):
        if KINDS[k] == "country":
            country_row.setdefault(st["cc"][i], i)
        elif KINDS[k] == "admin1" and st["admin1"][i]:
            admin1_row.setdefault(st["admin1"][i], i)
    st["index"] = {k: tuple(v) for k, v in index.items()}
    st["skeletons"] = {k: tuple(v) for k, v in skel.items()}
    st["maxlen"] = maxlen
    st["caps_only"] = frozenset(k for k, v in caps_votes.items() if v or k in STOPWORDS)
    st["country_row"] = country_row
    st["admin1_row"] = admin1_row
    st["source"] = table.name
    say(f"mapper: gazetteer index ready: {len(st['name'])} places, {len(index)} names "
        f"({time.perf_counter() - t0:.1f} s)")
    return st
