"""Building one Article from what a reader found: the one place every article of a run is made.

Whatever the format, an article gets a run-unique id (:class:`Ids`), only valid Unicode in its
strings (lone surrogates become U+FFFD, with a warning), an http(s) URL or none, and a published
date read by the package's one date parser, else the run's default (:class:`Context`).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mapper.events.dates import parse_date
from mapper.model import Article, InputProblem, InputWarning

Item = Article | InputProblem  # what reading yields: an article, or one input's (or record's) problem
WarningHandler = Callable[[InputWarning], None]


def _zeros(n: int) -> array:
    """A table of ``n`` empty slots, made in place: array("Q", bytes(8 * n)) would first make the
    bytes, doubling the peak of each resize (24 MB more at a million ids)."""
    return array("Q", [0]) * n


class _HashSet:
    """The 64-bit hashes of the strings added: 16 to 32 bytes per string in a flat table, where a set of
    the strings took about 90, which a streamed run of a million articles would notice (16 MB at a
    million ids, 24 MB for a moment when the table doubles, at 524,288). Python's string
    hash is keyed per process, so a false "already there" is as unlikely as two random 64-bit values
    agreeing, whatever the input."""

    def __init__(self) -> None:
        self._table = _zeros(1024)
        self._count = 0

    def _slot(self, key: int) -> int:
        table, mask = self._table, len(self._table) - 1
        i = key & mask
        while table[i] and table[i] != key:  # linear probing; the table is at most half full
            i = (i + 1) & mask
        return i

    def __contains__(self, s: str) -> bool:
        key = hash(s) & 0xFFFF_FFFF_FFFF_FFFF or 1  # 0 marks an empty slot
        return self._table[self._slot(key)] == key

    def add(self, s: str) -> None:
        key = hash(s) & 0xFFFF_FFFF_FFFF_FFFF or 1
        i = self._slot(key)
        if self._table[i] != key:
            self._table[i] = key
            self._count += 1
            if 2 * self._count > len(self._table):
                old, self._table = self._table, _zeros(2 * len(self._table))
                for k in old:
                    if k:
                        self._table[self._slot(k)] = k


class Ids:
    """The article ids of one run, each given once.

    An id names an article everywhere after reading (popups find their article's text and link by
    it; merging never joins two events of one article), so two articles must never share one. A
    repeated id gets the first free suffix ("a-2", "a-3") and a warning, as it is met: no look-ahead.
    The ids seen are kept as hashes, 16 to 32 bytes per article (see :class:`_HashSet`).
    """

    def __init__(self, warn: WarningHandler) -> None:
        self._used = _HashSet()
        self._next: dict[str, int] = {}  # next suffix to try per repeated id: linear for many repeats
        self._warn = warn

    def claim(self, ident: str, where: str) -> str:
        if ident not in self._used:
            self._used.add(ident)
            return ident
        n = self._next.get(ident, 2)
        while f"{ident}-{n}" in self._used:  # "a-2" may be an id of its own
            n += 1
        self._next[ident] = n + 1
        unique = f"{ident}-{n}"
        self._used.add(unique)
        self._warn(InputWarning(where, f'id "{ident}" is already used by an earlier article; this one is '
                                       f'"{unique}"'))
        return unique


@dataclass(frozen=True, slots=True)
class Context:
    """What every reader of one run shares."""

    published: str | None  # the run's default date
    warn: WarningHandler
    ids: Ids


def clean_str(value: Any) -> str | None:
    """A metadata value as a one-line string, or None."""
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


def clean_url(value: Any) -> str | None:
    """Only http(s) URLs are kept: a ``javascript:`` URL from a page must never reach the map, and a
    URL with spaces, quotes or angle brackets is not a URL but an attempt to break out of an attribute."""
    s = clean_str(value)
    if s and re.match(r"https?://[^\s/]+", s, re.I) and not re.search(r"[\s\"'<>`]", s):
        return s
    return None


def published_date(value: Any, default: str | None) -> str | None:
    """The article's own date (ISO) when it has a readable one, else the run's default."""
    own = parse_date(str(value)) if value not in (None, "") else None
    return own.isoformat() if own else default


_SURROGATE = re.compile("[\ud800-\udfff]")


def make_article(ctx: Context, where: str, *, id: str, text: str, title: str | None = None,  # noqa: A002
                 url: Any = None, published: str | None = None, source: str) -> Article:
    """The Article of one input or record, with a run-unique id and only valid Unicode in its strings.

    JSON may spell lone UTF-16 surrogates ("\\ud800") and file names may hold bytes that are not UTF-8
    (Python keeps them as surrogates): no file or terminal can take such a string, so each is replaced
    by U+FFFD (one code point for one: mention offsets still index the text as given), with one
    warning per article naming the fields.
    """
    fields = {"id": id, "title": title, "url": url, "published": published, "text": text}
    damaged = [name for name, value in fields.items() if isinstance(value, str) and _SURROGATE.search(value)]
    if damaged:
        ctx.warn(InputWarning(where, f"lone surrogates (invalid Unicode) in {', '.join(damaged)} "
                                     "replaced with U+FFFD"))
        fields = {name: _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value
                  for name, value in fields.items()}
    return Article(id=ctx.ids.claim(fields["id"], where), text=fields["text"], title=fields["title"],
                   url=clean_url(fields["url"]), published=fields["published"], source=source)
