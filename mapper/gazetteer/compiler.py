"""Compile the shipped place table (``places.tsv.gz``) into the gazetteer's name index.

The work is done column by column and over whole lists at once (``normalize_many``,
``skeleton_many``), in chunks of rows, so that compiling takes a few seconds and its memory is
bounded by the index it builds. The result is exactly what the earlier one-row-at-a-time compiler
built (tests/test_gazetteer.py compares them on a sample of the table).
"""

from __future__ import annotations

import csv
import gc
import gzip
import sys
import time
import zlib
from array import array
from collections.abc import Callable
from itertools import compress, repeat
from operator import and_, eq, ne
from pathlib import Path

from mapper.errors import GazetteerError
from mapper.gazetteer import layout
from mapper.gazetteer.names import (
    STOPWORDS,
    VARIANT_PREFIX,
    caps_only_name,
    normalize_many,
    skeleton_many,
    variant_many,
    without_article_many,
)
from mapper.model import KINDS

# How a key names a place (layout.How) as plain ints: IntEnum operands slow the bulk arithmetic below.
NAME, ALTERNATE, DEMONYM = int(layout.NAME), int(layout.ALTERNATE), int(layout.DEMONYM)
COLUMNS = ("geonameid", "name", "lat", "lon", "country_code", "admin1", "kind", "fcode", "population",
           "names", "demonyms", "altnames")
# Places below this population get no transliteration key: short skeletons of villages collide.
SKELETON_MIN_POP = 5000
_SKELETON_ALL_KINDS = frozenset(i for i, k in enumerate(KINDS) if k not in ("city", "admin2"))
_CHUNK = 32_768  # rows split and converted at a time: bounds the transient strings


def read_table(table: Path) -> str:
    """The decompressed text of a place table, or a GazetteerError saying why it cannot be read."""
    try:
        return gzip.decompress(table.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as e:
        raise GazetteerError(f"cannot read the gazetteer table {table}: {e}") from e


def _fields(lines: list[str], first_line: int, ncols: int, table: Path) -> list[str]:
    """The fields of ``lines`` as one flat list, ``ncols`` per line (the table is tab-separated;
    a field with a double quote is CSV-quoted, as the csv module wrote it)."""
    joined = "\t".join(lines)
    if '"' in joined:
        lines = list(lines)
        for i, line in enumerate(lines):
            if '"' in line:
                row = next(csv.reader([line], delimiter="\t"))
                if any("\t" in f for f in row):
                    raise GazetteerError(f"{table}: line {first_line + i}: a field holds a tab")
                lines[i] = "\t".join(row)
        joined = "\t".join(lines)
    flat = joined.split("\t")
    if len(flat) != ncols * len(lines):
        bad = next(i for i, line in enumerate(lines) if line.count("\t") != ncols - 1)
        raise GazetteerError(f"{table}: line {first_line + bad}: {lines[bad].count(chr(9)) + 1} fields, "
                             f"expected {ncols}")
    return flat


def _names(field: str) -> list[str]:
    """The names in a "|"-separated field of the table (empty ones dropped)."""
    if not field:
        return []
    names = field.split("|")
    return [n for n in names if n] if "" in names else names


def compile_index(table: Path, progress: Callable[[str], None] | None = None) -> dict:
    """Read the place table and build the name index (a few seconds).

    The result is the index's plain content: columns (lists and arrays, one item per row) and maps
    (``index`` and ``skeletons`` map a key to a list of entries or rows). ``cachefile`` stores it.
    """
    t0 = time.perf_counter()
    say = progress or (lambda msg: print(msg, file=sys.stderr))
    say(f"mapper: compiling the gazetteer index from {table.name} (then cached for later runs)...")
    gc_was_on = gc.isenabled()
    gc.disable()  # millions of new strings and lists: the cyclic GC would rescan them over and over
    try:
        state = _compile(read_table(table), table, progress)
    finally:
        if gc_was_on:
            gc.enable()
    say(f"mapper: gazetteer index ready: {len(state['name'])} places, {len(state['index'])} names "
        f"({time.perf_counter() - t0:.1f} s)")
    return state


def _add_variants(index: dict[str, list[int]]) -> None:
    """Index each name (not demonyms) also under VARIANT_PREFIX + its spelling variant, as an alternate
    name, when the variant differs from its key ("janzour" -> "~janzur")."""
    keys = list(index)
    for start in range(0, len(keys), _CHUNK):  # in chunks: bounds the joined strings
        chunk = keys[start:start + _CHUNK]
        for key, var in zip(chunk, variant_many(chunk), strict=True):
            if var == key or len(var) < 2:
                continue
            entries = [(e & ~3) | ALTERNATE for e in index[key] if e & 3 != DEMONYM]
            if not entries:
                continue
            lst = index.get(VARIANT_PREFIX + var)
            if lst is None:
                lst = index[VARIANT_PREFIX + var] = []
            for e in entries:
                if not lst or e >> 2 != lst[-1] >> 2:
                    lst.append(e)


def _compile(raw: str, table: Path, progress: Callable[[str], None] | None) -> dict:
    lines = raw.split("\n")
    header = lines[0].split("\t")
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise GazetteerError(f"{table}: no column {', '.join(missing)} in the header")
    col = {c: header.index(c) for c in COLUMNS}
    ncols = len(header)
    line_numbers = [n for n, line in enumerate(lines[1:], start=2) if line]  # blank lines are skipped
    lines = [line for line in lines[1:] if line]
    del raw
    kind_ix = {k: i for i, k in enumerate(KINDS)}
    st: dict = {"gid": array("I"), "name": [], "lat": array("d"), "lon": array("d"), "cc": [],
                "admin1": [], "kind": [], "fcode": [], "pop": array("q"), "nalt": array("I")}
    interned: dict[str, str] = {}
    index: dict[str, list[int]] = {}
    caps_keys: set[str] = set()  # keys of some source name that is a short capital code ("US", "DRC")
    plain_keys: set[str] = set()  # keys of some source name that is not
    skeleton_rows: list[tuple[list[str], int]] = []  # (keys, row) of rows that get transliteration keys

    for start in range(0, len(lines), _CHUNK):
        if progress is not None:
            progress(f"  {start * 100 // max(len(lines), 1)}%")
        chunk = lines[start:start + _CHUNK]
        flat = _fields(chunk, line_numbers[start], ncols, table)
        column = {c: flat[i::ncols] for c, i in col.items()}
        del flat
        try:
            st["gid"].extend(map(int, [x or "0" for x in column["geonameid"]]))
            st["lat"].extend(map(float, column["lat"]))
            st["lon"].extend(map(float, column["lon"]))
            kinds = list(map(kind_ix.__getitem__, column["kind"]))
            pops = list(map(int, [x or "0" for x in column["population"]]))
            st["nalt"].extend(map(int, [x or "0" for x in column["altnames"]]))
        except (ValueError, KeyError, OverflowError) as e:
            raise GazetteerError(f"{table}: a row near line {line_numbers[start]}: bad value ({e})") from e
        st["pop"].extend(pops)
        st["kind"] += kinds
        st["name"] += column["name"]
        for c, out in (("country_code", "cc"), ("admin1", "admin1"), ("fcode", "fcode")):
            st[out] += map(interned.setdefault, column[c], column[c])  # one string per distinct code

        # Every name of every row, in the order the index takes them: the name, its alternates, its
        # demonyms. An entry is row * 4 + how (layout.pack, written out for speed). ``spans`` holds
        # the names and alternates of the rows that get transliteration keys.
        surfaces: list[str] = []
        entries: list[int] = []
        spans: list[tuple[int, int, int]] = []  # (first, end) in surfaces, row
        for row, name, alternates, demonyms, pop, kind in zip(
                range(start, start + len(chunk)), column["name"], column["names"], column["demonyms"],
                pops, kinds, strict=True):
            first = len(surfaces)
            more = _names(alternates)
            surfaces += [name, *more]
            entries += [row * 4 + NAME, *[row * 4 + ALTERNATE] * len(more)]
            if pop >= SKELETON_MIN_POP or kind in _SKELETON_ALL_KINDS:
                spans.append((first, len(surfaces), row))
            more = _names(demonyms)
            surfaces += more
            entries += [row * 4 + DEMONYM] * len(more)
        del column
        keys = normalize_many(surfaces)
        articled = without_article_many(set(keys))
        for key, entry in zip(keys, entries, strict=True):
            if len(key) < 2:
                continue  # single letters ("A", "H.") are initials, never place names
            lst = index.get(key)
            if lst is None:
                index[key] = [entry]
            elif entry >> 2 != lst[-1] >> 2:
                lst.append(entry)
            alt = articled.get(key)  # "al raqqa" is also indexed as "raqqa" (not for demonyms)
            if alt is not None and len(alt) >= 2 and entry & 3 != DEMONYM:
                entry = (entry & ~3) | ALTERNATE
                lst = index.get(alt)
                if lst is None:
                    index[alt] = [entry]
                elif entry >> 2 != lst[-1] >> 2:
                    lst.append(entry)
        # Capital codes among the names and alternates: str.isupper() (cheap) first, then the exact
        # test on those few. ``plain`` marks the others (map() with operators keeps the loop in C).
        plain = list(map(ne, map(and_, entries, repeat(3)), repeat(DEMONYM)))
        for i in compress(range(len(surfaces)), map(str.isupper, surfaces)):
            if plain[i] and caps_only_name(surfaces[i]):
                plain[i] = False
                caps_keys.add(keys[i])
        plain_keys.update(compress(keys, plain))
        skeleton_rows += ((keys[first:end], row) for first, end, row in spans)

    _add_variants(index)
    skel: dict[str, list[int]] = {}
    unique = list(dict.fromkeys(k for ks, _ in skeleton_rows for k in ks if len(k) >= 2))
    skeleton_of = dict(zip(unique, skeleton_many(unique), strict=True))
    for ks, row in skeleton_rows:
        for key in ks:
            sk = skeleton_of.get(key, "")
            if len(sk) >= 4:
                lst = skel.get(sk)
                if lst is None:
                    skel[sk] = [row]
                elif lst[-1] != row:
                    lst.append(row)
    maxlen: dict[str, int] = {}
    for key in [k for k in index if " " in k]:
        first = key[:key.index(" ")]
        n = key.count(" ") + 1
        if maxlen.get(first, 1) < n:
            maxlen[first] = n
    country, admin1 = kind_ix["country"], kind_ix["admin1"]
    country_row: dict[str, int] = {}
    admin1_row: dict[str, int] = {}
    for i in compress(range(len(st["kind"])), map(eq, st["kind"], repeat(country))):
        country_row.setdefault(st["cc"][i], i)
    for i in compress(range(len(st["kind"])), map(eq, st["kind"], repeat(admin1))):
        if st["admin1"][i]:
            admin1_row.setdefault(st["admin1"][i], i)
    st["index"] = index
    st["skeletons"] = skel
    st["maxlen"] = maxlen
    # A key matches only capital codes when every name it comes from is one, or it is a stop word.
    caps_keys = {k for k in caps_keys if len(k) >= 2}
    stopwords = {w for w in STOPWORDS if len(w) >= 2 and (w in caps_keys or w in plain_keys)}
    st["caps_only"] = frozenset((caps_keys - plain_keys) | stopwords)
    st["country_row"] = country_row
    st["admin1_row"] = admin1_row
    st["source"] = table.name
    return st
