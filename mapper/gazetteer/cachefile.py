"""The compiled gazetteer index on disk: typed arrays and string tables, nothing executable.

Layout of a cache file::

    mapper gazetteer index\\n       MAGIC
    {"format": 1, ...}\\n           HEADER: one line of JSON, padded with spaces to a multiple of 8 bytes
    section, section, ...          PAYLOAD: each section padded with zeros to a multiple of 8 bytes

The header names the format and index version, the SHA-256 of the place table the index was
compiled from, the byte order, the length and CRC-32 of the payload, and each section's name, type,
item count and byte length. A section is an array of numbers (``array`` type codes ``B``, ``H``,
``I``, ``q``, ``d``), a list of strings (``s``: UTF-8 joined by newlines; no string holds one) or raw
UTF-8 bytes (``u``). Which sections there are, in which order and of which type is fixed by the
format (``SECTIONS``): a file is used only if it has exactly those, with consistent sizes, and its
checksum matches. Nothing in the file is ever evaluated: a forged file can at worst be refused.

The three big maps (``index``, ``skeletons``, ``maxlen``: 700,000 keys) are not turned into dicts
on loading, which would take most of a second and 150 MB. They stay in the file's bytes as an
open-addressing hash table (:class:`PackedMap`) that answers ``get``, ``in`` and ``[]`` directly
from the bytes; a run looks up a few tens of thousands of keys, each in a microsecond or two.
"""

from __future__ import annotations

import json
import sys
import zlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from itertools import accumulate, chain
from typing import Any

from mapper.errors import GazetteerError
from mapper.gazetteer.layout import entry_limit
from mapper.model import KINDS

MAGIC = b"mapper gazetteer index\n"
FORMAT = 1  # bump when the layout of the file changes
_MAX_HEADER = 64 * 1024
_ALIGN = 8
EMPTY = 0xFFFFFFFF  # a free slot of a hash table

_PACKED = ("keys", "u"), ("key_offsets", "I"), ("slots", "I")
# Every section, in file order: (name, type code).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("gid", "I"), ("name", "s"), ("lat", "d"), ("lon", "d"),
    ("cc.values", "s"), ("cc", "H"), ("admin1.values", "s"), ("admin1", "H"),
    ("fcode.values", "s"), ("fcode", "H"), ("kind", "B"), ("pop", "q"), ("nalt", "I"),
    *((f"index.{part}", code) for part, code in _PACKED), ("index.value_offsets", "I"), ("index.values", "I"),
    *((f"skeletons.{part}", code) for part, code in _PACKED), ("skeletons.value_offsets", "I"),
    ("skeletons.values", "I"),
    *((f"maxlen.{part}", code) for part, code in _PACKED), ("maxlen.values", "I"),
    ("country_row.keys", "s"), ("country_row.values", "I"),
    ("admin1_row.keys", "s"), ("admin1_row.values", "I"),
    ("caps_only", "s"),
)
_TYPE = dict(SECTIONS)
_ITEMSIZE = {code: array(code).itemsize for _, code in SECTIONS if code not in "su"}


class CacheFileError(Exception):
    """The file is not a usable index; ``str(e)`` is a short reason for the one-line report."""


# -- the packed hash table ---------------------------------------------------------------------------
MEMO_SIZE = 65_536  # answers a PackedMap remembers
_UNKNOWN = object()


class PackedMap(Mapping[str, Any]):
    """A read-only ``str -> tuple[int, ...]`` (or ``-> int``) map kept in a cache file's bytes.

    Keys are UTF-8 bytes, found through ``slots``: a power-of-two table of key numbers (EMPTY where
    free), probed linearly from ``crc32(key)``. Key ``i`` is ``keys[key_offsets[i]:key_offsets[i+1]]``;
    its value is ``values[value_offsets[i]:value_offsets[i+1]]`` as a tuple, or ``values[i]`` when
    the map has no ``value_offsets`` (scalar values). Entries set on the map (user gazetteer rows)
    are kept in a dict that takes precedence, so the file's bytes are never changed.
    """

    __slots__ = ("_data", "_layout", "_key_offsets", "_slots", "_value_offsets", "_values",
                 "_base", "_mask", "_probes", "_limit", "_size", "_added", "_new", "_memo")

    def __init__(self, data: bytes, layout: dict[str, tuple[int, int]], probes: int,
                 limit: int | None = None) -> None:
        """``layout``: each part's (offset, byte length) in ``data``; ``probes``: the longest probe
        run; ``limit``: values of a tuple map are below it (rows of the gazetteer: checked on each
        look-up, which is cheaper than scanning 700,000 values on every load)."""
        self._data = data
        self._layout = layout
        self._limit = limit
        view = memoryview(data)

        def part(name: str) -> memoryview:
            start, size = layout[name]
            return view[start:start + size].cast("I")

        self._base = layout["keys"][0]
        self._key_offsets = part("key_offsets")
        self._slots = part("slots")
        self._values = part("values")
        self._value_offsets = part("value_offsets") if "value_offsets" in layout else None
        self._mask = len(self._slots) - 1
        self._probes = probes
        self._size = len(self._key_offsets) - 1
        self._added: dict[str, Any] = {}
        self._new = 0  # keys in _added that the file does not have
        self._memo: dict[str, Any] = {}  # answers already looked up (None: no such key)

    def __reduce__(self) -> tuple:  # picklable (for worker processes): the bytes travel, not views
        return _unpickle_packed, (self._data, self._layout, self._probes, self._limit, self._added)

    def _find(self, key: str) -> int:
        """The key's number in the file, or -1."""
        try:
            raw = key.encode("utf-8")
        except (UnicodeEncodeError, AttributeError):
            return -1  # a lone surrogate, or not a string: no key is one
        offsets, slots, mask, base, n = self._key_offsets, self._slots, self._mask, self._base, len(raw)
        s = zlib.crc32(raw) & mask  # a hash that is the same in every process (str hashes are not)
        try:
            for _ in range(self._probes):
                i = slots[s]
                if i == EMPTY:
                    return -1
                start = offsets[i]
                if offsets[i + 1] - start == n and self._data.startswith(raw, base + start):
                    return i
                s = (s + 1) & mask
        except IndexError:
            pass  # a slot naming a key past the last: only in a forged file, and no key is found
        return -1

    def _value(self, i: int) -> Any:
        if self._value_offsets is None:
            return self._values[i]
        value = tuple(self._values[self._value_offsets[i]:self._value_offsets[i + 1]])
        if self._limit is not None and value and max(value) >= self._limit:
            # Only a forged file (its checksum matches) can get here: say so rather than fail later.
            raise GazetteerError("the gazetteer cache is damaged (an entry past the last place): "
                                 "rebuild it with `mapper gazetteer build`")
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = self._memo.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            value = self._added.get(key)
            if value is None:
                i = self._find(key)
                value = None if i < 0 else self._value(i)
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()  # bounded: a run meets the same few thousand names again and again
            self._memo[key] = value
        return default if value is None else value

    def __getitem__(self, key: str) -> Any:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._added and self._find(key) < 0:
            self._new += 1
        self._added[key] = value
        self._memo.pop(key, None)

    def __len__(self) -> int:
        return self._size + self._new

    def __iter__(self) -> Iterator[str]:
        offsets, base = self._key_offsets, self._base
        for i in range(self._size):
            yield str(self._data[base + offsets[i]:base + offsets[i + 1]], "utf-8", "replace")
        yield from (k for k in self._added if self._find(k) < 0)


def _unpickle_packed(data: bytes, layout: dict[str, tuple[int, int]], probes: int, limit: int | None,
                     added: dict[str, Any]) -> PackedMap:
    m = PackedMap(data, layout, probes, limit)
    for k, v in added.items():
        m[k] = v
    return m


# -- writing -----------------------------------------------------------------------------------------
def encode(state: Mapping, *, table_sha256: str, index_version: int) -> bytes:
    """The cache file for a compiled index (as ``compiler.compile_index`` returns it)."""
    parts: dict[str, tuple[int, bytes]] = {}
    probes: dict[str, int] = {}

    def strings(name: str, items: Sequence[str]) -> None:
        text = "\n".join(items)
        if text.count("\n") != max(len(items) - 1, 0):
            raise ValueError(f"a string of {name} holds a newline")
        parts[name] = (len(items), text.encode("utf-8"))

    def numbers(name: str, values: Any) -> None:
        code = _TYPE[name]
        a = values if isinstance(values, array) and values.typecode == code else array(code, values)
        parts[name] = (len(a), a.tobytes())

    def coded(name: str, values: Sequence[str]) -> None:
        # A few thousand distinct codes ("SY", "SY.07", "PPLA") repeated on 300,000 rows.
        table = list(dict.fromkeys(values))
        strings(name + ".values", table)
        numbers(name, map({v: i for i, v in enumerate(table)}.__getitem__, values))

    def packed(name: str, mapping: Mapping[str, Any], scalar: bool) -> None:
        raw = [k.encode("utf-8") for k in mapping]
        size = 8
        while size < 1.5 * len(raw):  # at most two thirds full: short probe runs
            size *= 2
        mask = size - 1
        slots = array("I", [EMPTY]) * size
        longest = 1
        for i, h in enumerate(map(zlib.crc32, raw)):  # the hash of PackedMap._find
            s = h & mask
            run = 1
            while slots[s] != EMPTY:
                s = (s + 1) & mask
                run += 1
            slots[s] = i
            if run > longest:
                longest = run
        probes[name] = longest
        parts[name + ".keys"] = (sum(map(len, raw)), b"".join(raw))
        numbers(name + ".key_offsets", accumulate(map(len, raw), initial=0))
        numbers(name + ".slots", slots)
        if scalar:
            numbers(name + ".values", mapping.values())
        else:
            numbers(name + ".value_offsets", accumulate(map(len, mapping.values()), initial=0))
            numbers(name + ".values", chain.from_iterable(mapping.values()))

    def scalars(name: str, mapping: Mapping[str, int]) -> None:
        strings(name + ".keys", list(mapping))
        numbers(name + ".values", mapping.values())

    for name in ("gid", "lat", "lon", "kind", "pop", "nalt"):
        numbers(name, state[name])
    strings("name", state["name"])
    for name in ("cc", "admin1", "fcode"):
        coded(name, state[name])
    packed("index", state["index"], scalar=False)
    packed("skeletons", state["skeletons"], scalar=False)
    packed("maxlen", state["maxlen"], scalar=True)
    scalars("country_row", state["country_row"])
    scalars("admin1_row", state["admin1_row"])
    strings("caps_only", sorted(state["caps_only"]))

    payload = bytearray()
    sections = []
    for name, code in SECTIONS:
        count, data = parts[name]
        sections.append([name, code, count, len(data)])
        payload += data + bytes(-len(data) % _ALIGN)
    header = json.dumps({
        "format": FORMAT, "index_version": index_version, "table_sha256": table_sha256,
        "source": state.get("source", ""), "byteorder": sys.byteorder, "places": len(state["name"]),
        "probes": probes, "payload_bytes": len(payload), "payload_crc32": zlib.crc32(payload),
        "sections": sections,
    }, separators=(",", ":")).encode("ascii")
    header += b" " * (-(len(MAGIC) + len(header) + 1) % _ALIGN) + b"\n"  # the payload starts aligned
    return MAGIC + header + bytes(payload)


# -- reading -----------------------------------------------------------------------------------------
def read_header(data: bytes) -> tuple[dict, int]:
    """A cache file's header and the offset of its payload; CacheFileError when it has none."""
    if not data:
        raise CacheFileError("empty or truncated")
    if not data.startswith(MAGIC):
        if data.startswith(b"\x80"):
            raise CacheFileError("a pickle, not a mapper gazetteer index")
        raise CacheFileError("not a mapper gazetteer index")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if end < 0:
        raise CacheFileError("header truncated" if len(data) < len(MAGIC) + _MAX_HEADER
                             else "header too long")
    try:
        header = json.loads(data[len(MAGIC):end])
    except ValueError:
        raise CacheFileError("unreadable header") from None
    if not isinstance(header, dict):
        raise CacheFileError("unreadable header")
    return header, end + 1


def _count(value: object) -> int | None:
    """``value`` when it is a non-negative int (JSON gives bools and floats too), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _short(value: object) -> str:
    """A header value in a message: short, and with any control character escaped (repr)."""
    text = repr(value)
    return text if len(text) <= 24 else text[:21] + "..."


def _check_header(header: dict, payload_bytes: int, *, table_sha256: str, index_version: int) -> None:
    fmt, version = header.get("format"), header.get("index_version")
    if fmt != FORMAT or version != index_version:
        raise CacheFileError(f"format {_short(fmt)}/{_short(version)}, this mapper reads "
                             f"{FORMAT}/{index_version}")
    if header.get("table_sha256") != table_sha256:
        raise CacheFileError("compiled from another place table")
    if header.get("byteorder") != sys.byteorder:
        raise CacheFileError(f"written on a machine of another byte order "
                             f"({_short(header.get('byteorder'))})")
    expected = _count(header.get("payload_bytes"))
    if expected is None:
        raise CacheFileError("unreadable header")
    if payload_bytes < expected:
        raise CacheFileError(f"truncated: {payload_bytes:,} of {expected:,} bytes")
    if payload_bytes > expected:
        raise CacheFileError(f"{payload_bytes - expected:,} bytes more than its header says")


def _sections(header: dict, start: int, payload_bytes: int) -> dict[str, tuple[int, int, int]]:
    """Each section's (offset in the file, byte length, item count), once the listed layout is the
    expected one."""
    listed = header.get("sections")
    if not isinstance(listed, list) or len(listed) != len(SECTIONS):
        raise CacheFileError("unexpected sections")
    out: dict[str, tuple[int, int, int]] = {}
    offset = 0
    for entry, (name, code) in zip(listed, SECTIONS, strict=True):
        if not isinstance(entry, list) or len(entry) != 4 or entry[:2] != [name, code]:
            raise CacheFileError(f"unexpected section {_short(entry)}")
        count, size = _count(entry[2]), _count(entry[3])
        if count is None or size is None or (code not in "su" and size != count * _ITEMSIZE[code]):
            raise CacheFileError(f"section {name}: bad size")
        if offset + size > payload_bytes:
            raise CacheFileError(f"section {name} runs past the end")
        out[name] = (start + offset, size, count)
        offset += size + (-size % _ALIGN)
    if offset != payload_bytes:
        raise CacheFileError("sections do not fill the file")
    return out


def decode(data: bytes, *, table_sha256: str, index_version: int) -> dict:
    """The compiled index stored in ``data`` (a cache file's bytes), checked all through.

    Raises CacheFileError with a short reason when the file is truncated, damaged, of another
    format, index version, place table or machine, or not an index at all. Columns become lists and
    arrays; ``index``, ``skeletons`` and ``maxlen`` are PackedMaps over ``data``.
    """
    header, start = read_header(data)
    payload_bytes = len(data) - start
    _check_header(header, payload_bytes, table_sha256=table_sha256, index_version=index_version)
    view = memoryview(data)
    if zlib.crc32(view[start:]) != header.get("payload_crc32"):
        raise CacheFileError("checksum mismatch (the file is damaged)")
    sec = _sections(header, start, payload_bytes)

    def raw(name: str) -> memoryview:
        offset, size, _ = sec[name]
        return view[offset:offset + size]

    def strings(name: str) -> list[str]:
        count = sec[name][2]
        try:
            items = str(raw(name), "utf-8").split("\n") if count else []
        except UnicodeDecodeError:
            raise CacheFileError(f"section {name}: not UTF-8") from None
        if len(items) != count:
            raise CacheFileError(f"section {name}: {len(items)} strings, expected {count}")
        return items

    def numbers(name: str) -> array:
        a = array(_TYPE[name])
        a.frombytes(raw(name))
        return a

    def decoded(name: str) -> list[str]:
        table = strings(name + ".values")
        try:
            return list(map(table.__getitem__, numbers(name)))
        except IndexError:
            raise CacheFileError(f"section {name}: a code out of range") from None

    def packed(name: str, limit: int | None) -> PackedMap:
        parts = {p.split(".", 1)[1]: sec[p][:2] for p in sec if p.startswith(name + ".")}
        keys = sec[name + ".key_offsets"][2] - 1
        offsets = raw(name + ".key_offsets").cast("I")
        slots = sec[name + ".slots"][2]
        values = raw(name + ".values").cast("I")
        if keys < 0 or offsets[0] != 0 or offsets[keys] != sec[name + ".keys"][1]:
            raise CacheFileError(f"section {name}.key_offsets: inconsistent")
        if slots < keys + 1 or slots & (slots - 1):
            raise CacheFileError(f"section {name}.slots: not a power of two above the keys")
        if name + ".value_offsets" in sec:
            value_offsets = raw(name + ".value_offsets").cast("I")
            if len(value_offsets) != keys + 1 or value_offsets[0] != 0 or value_offsets[keys] != len(values):
                raise CacheFileError(f"section {name}.value_offsets: inconsistent")
        elif len(values) != keys:
            raise CacheFileError(f"section {name}.values: {len(values)} values for {keys} keys")
        probes = header.get("probes")
        run = _count(probes.get(name)) if isinstance(probes, dict) else None
        if not run or run > slots:
            raise CacheFileError("unreadable header")
        return PackedMap(data, parts, run, limit)

    def scalars(name: str, limit: int) -> dict[str, int]:
        keys = strings(name + ".keys")
        values = raw(name + ".values").cast("I")
        if len(values) != len(keys) or len(set(keys)) != len(keys):
            raise CacheFileError(f"section {name}: keys and values do not match")
        if values and max(values) >= limit:
            raise CacheFileError(f"section {name}.values: a row out of range")
        return dict(zip(keys, values, strict=True))

    n = _count(header.get("places"))
    state: dict = {"name": strings("name")}
    if n != len(state["name"]):
        raise CacheFileError("unreadable header")
    for name in ("gid", "lat", "lon", "pop", "nalt"):
        state[name] = numbers(name)
    for name in ("cc", "admin1", "fcode"):
        state[name] = decoded(name)
    kinds = bytes(raw("kind"))
    if kinds.translate(None, bytes(range(len(KINDS)))):  # every byte is the number of a kind
        raise CacheFileError("section kind: a kind out of range")
    state["kind"] = list(kinds)
    if any(len(state[c]) != n for c in ("gid", "lat", "lon", "pop", "nalt", "cc", "admin1", "fcode", "kind")):
        raise CacheFileError("place columns of different lengths")
    state["index"] = packed("index", entry_limit(n))
    state["skeletons"] = packed("skeletons", n)
    state["maxlen"] = packed("maxlen", None)
    state["country_row"] = scalars("country_row", n)
    state["admin1_row"] = scalars("admin1_row", n)
    state["caps_only"] = frozenset(strings("caps_only"))
    state["source"] = header["source"] if isinstance(header.get("source"), str) else ""
    return state
