"""Building one Article from what a reader found: the one place every article of a run is made.

Whatever the format, an article gets a run-unique id (:class:`Ids`), only valid Unicode in its
strings (lone surrogates become U+FFFD, with a warning), an http(s) URL or none, and a published
date read by the package's one date parser, else the run's default (:class:`Context`).
"""

from __future__ import annotations

import html
import os
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from hashlib import blake2b
from typing import Any

from mapper.events.dates import parse_date
from mapper.model import Article, InputProblem, InputWarning

Item = Article | InputProblem  # what reading yields: an article, or one input's (or record's) problem
WarningHandler = Callable[[InputWarning], None]


class _DigestSet:
    """The strings added, kept as keyed 64-bit digests in sorted arrays: 8 bytes per string (plus at
    most 1/16 of slack per array), where a set of the strings took about 90 bytes and a half-full hash
    table 16 to 32 (24 MB for a moment when it doubled at 524,288 ids), which a streamed run of a
    million articles noticed. The digests are spread over ``SHARDS`` arrays by their top bits, and a
    new one is inserted in place into its array (``bisect.insort``), so memory grows by a few bytes at a
    time with no doubling step; an insertion moves about n / SHARDS / 2 digests (4 KB at 10^6 ids,
    40 KB at 10^7): linear per id, but a memmove far below the cost of analysing an article.

    The digest is BLAKE2b keyed with a random key of each set (so with each process), not Python's
    ``hash`` (whose key ``PYTHONHASHSEED`` can fix): no input can be made to collide on purpose. Two
    different strings share a digest with probability about n^2 / 2^65 over n strings (3e-8 at a
    million ids, 3e-6 at ten million). A collision can only make a new id look already used: its
    article then gets a suffixed id and a warning, as a repeated id does; nothing is lost or merged."""

    SHARDS = 1024  # of 2^10: the top 10 bits of a digest choose its array

    def __init__(self) -> None:
        self._key = os.urandom(16)
        self._shards = [array("Q") for _ in range(self.SHARDS)]

    def _digest(self, s: str) -> int:
        digest = blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8, key=self._key).digest()
        return int.from_bytes(digest, "big")

    def __contains__(self, s: str) -> bool:
        d = self._digest(s)
        shard = self._shards[d >> 54]
        i = bisect_left(shard, d)
        return i < len(shard) and shard[i] == d

    def add(self, s: str) -> bool:
        """Add ``s``; whether it was new (one digest for the test and the insertion)."""
        d = self._digest(s)
        shard = self._shards[d >> 54]
        i = bisect_left(shard, d)
        if i < len(shard) and shard[i] == d:
            return False
        shard.insert(i, d)
        return True

    def __len__(self) -> int:
        return sum(map(len, self._shards))


class Ids:
    """The article ids of one run, each given once.

    An id names an article everywhere after reading (popups find their article's text and link by
    it; merging never joins two events of one article), so two articles must never share one. A
    repeated id gets the first free suffix ("a-2", "a-3") and a warning, as it is met: no look-ahead.
    The ids seen are kept as 64-bit digests, 8 bytes per article (see :class:`_DigestSet`).
    """

    def __init__(self, warn: WarningHandler) -> None:
        self._used = _DigestSet()
        self._next: dict[str, int] = {}  # next suffix to try per repeated id: linear for many repeats
        self._warn = warn

    def claim(self, ident: str, where: str) -> str:
        if self._used.add(ident):
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


# A character reference with its semicolon ("AT&T" and "R&D" are words; HTML5 names have at most 31 letters).
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SOFT_HYPHEN = "\u00ad"


def plain_text(text: str) -> str:
    """A feed record's text as it reads: HTML character references decoded ("Ma&#39;arrat", "&amp;") and
    soft hyphens dropped ("Kha\u00adrkiv"). JSONL and CSV feeds often carry text still escaped for HTML,
    which hid names ("Ma&#39;arrat" read as "MA", Massachusetts); each reference is decoded once."""
    if "&" not in text and _SOFT_HYPHEN not in text:
        return text
    return _REFERENCE.sub(lambda m: html.unescape(m.group()), text.replace(_SOFT_HYPHEN, ""))


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
