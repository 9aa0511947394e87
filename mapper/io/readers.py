"""Turn user inputs (files, directories, stdin) into :class:`Article` objects.

Every input either becomes one or more articles or yields an
:class:`InputProblem` with a one-line reason: nothing is dropped silently.

Supported inputs:

* ``.txt``: one article; the text is the file content exactly as decoded.
* ``.html`` / ``.htm``: one article; only trafilatura's extracted text and
  metadata are used, never the markup itself.
* ``.jsonl``: one article per line, ``{"id", "text", "title"?, "url"?, "published"?}``.
* ``.csv``: one article per row, columns ``id,title,url,published,text``.
* a directory: searched recursively, files read in sorted path order.
* ``-``: standard input, as plain text or JSONL.

Text is UTF-8 (a BOM is skipped) or BOM-marked UTF-16/32. Bytes that are not UTF-8 but read
cleanly as Windows-1252 (Latin-1) are decoded as that, with a warning; a UTF-8 file cut inside its
last character loses that partial character, with a warning; anything else is refused. Memory
stays bounded whatever the input size: see ``HEAD_BYTES`` and ``MAX_ARTICLE_BYTES``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from mapper.errors import UsageError
from mapper.model import Article, InputProblem, InputWarning

FORMATS = ("txt", "html", "jsonl", "csv")
EXTENSIONS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv"}
STDIN_SOURCE = "<stdin>"
STDIN_ID = "stdin"

Item = Article | InputProblem

# --------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Full names and the usual news abbreviations ("Sept.", "Aug"); the key is the first 3 letters.
_MONTH = (
    r"(?<![A-Za-z])(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![A-Za-z])"
)
_ORD = r"(?:st|nd|rd|th)?"
# (?<!\d) rather than \b so that glued scrape artefacts like "04:40 GMT07 August 2020" still match.
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?!\d)"),  # 2020-08-07
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+(?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(rf"{_MONTH}\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})(?!\d)", re.I),  # August 7, 2020
)


def _find_date(text: str) -> tuple[str, int, int] | None:
    """The earliest valid date in ``text`` as (ISO date, start, end)."""
    best: tuple[str, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            groups = m.groupdict()
            month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"][:3].lower()]
            try:
                # Years outside this range are almost always numbers that merely look like dates.
                if not 1800 <= int(groups["y"]) <= 2200:
                    continue
                iso = date(int(groups["y"]), month, int(groups["d"])).isoformat()
            except ValueError:  # 31 February and the like
                continue
            best = (iso, m.start(), m.end())
            break
    return best


def parse_date(text: str | None) -> str | None:
    """Find a date in ``text`` and return it as ISO ``YYYY-MM-DD``, or None.

    Understands "2020-08-07" (also with a time, "2020-08-07T04:40:00Z", or "/" "." separators),
    "07 August 2020", "7th Aug. 2020", "August 7, 2020" and "Sept. 18, 2016". All-numeric
    day/month orders such as "07/08/2020" are ambiguous and deliberately not accepted.
    """
    if not text:
        return None
    found = _find_date(text)
    return found[0] if found else None


# Words that may surround a date in a header line without making it a sentence or a headline.
_HEADER_NOISE = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![A-Za-z])"
    r"|[+-]\d{2}:?\d{2}\b"
    r"|\b(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|pst|pdt|et|ist|msk|ast)\b"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
    r"|\b(?:published|updated|posted|last|modified|created|date|dated|on|at|by|am|pm)\b",
    re.I,
)


def _date_header(line: str) -> str | None:
    """The ISO date if ``line`` is a date header ("04:40 GMT07 August 2020", "Updated: 2020-08-07")."""
    if len(line) > 100:
        return None
    found = _find_date(line)
    if found is None:
        return None
    iso, start, end = found
    rest = _HEADER_NOISE.sub(" ", line[:start] + " " + line[end:])
    words = re.findall(r"[^\W\d_]+", rest)
    # A byline name or an agency may stand beside the date; more words than that is prose.
    return iso if len(words) <= 3 else None


# Page furniture that scraped text often starts with; never a headline.
_BOILERPLATE = frozenset({"listen live", "get short url", "share", "advertisement", "subscribe", "menu",
                          "skip to content", "print", "comments", "live", "watch live", "sign in", "log in"})


def _looks_like_headline(line: str) -> bool:
    """A short line without final sentence punctuation."""
    return (
        " ".join(line.lower().split()) not in _BOILERPLATE
        and len(line) < 200
        and len(line.split()) <= 30
        and not line.endswith((".", ",", ";", ":"))
        and any(c.isalpha() for c in line)
    )


def _text_header(text: str) -> tuple[str | None, str | None]:
    """(title, published) from the first three non-empty lines of a plain-text article."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title: str | None = None
    published: str | None = None
    for i, line in enumerate(lines[:3]):
        header_date = _date_header(line)
        if header_date is not None:
            published = published or header_date
            continue
        # The first non-date line: a headline only if a body follows it.
        if title is None and _looks_like_headline(line) and i + 1 < len(lines):
            title = " ".join(line.split())
            continue
        break  # the body has started: later dates are not header dates
    return title, published


# ----------------------------------------------------------------------- decoding

# Reading is bounded: the encoding and format are decided from the first HEAD_BYTES of an input,
# JSONL and CSV are then streamed record by record, and a single article (a .txt or .html file,
# stdin as plain text, one JSONL line or one CSV line) may not exceed MAX_ARTICLE_BYTES. News
# articles are a few kB; 16 MB is a long book, and far beyond that the analysis itself would need
# gigabytes. So a 200 MB JSONL of articles is read in a few MB of memory, and a 200 MB .txt is
# refused at once with a reason rather than exhausting memory.
HEAD_BYTES = 64 * 1024
MAX_ARTICLE_BYTES = 16_000_000
CP1252_WARNING = "not UTF-8; decoded as Windows-1252 (Latin-1)"


class _Unreadable(Exception):
    """Internal: bytes that are not text; the message is the InputProblem reason."""


@dataclass(frozen=True, slots=True)
class _Encoding:
    codec: str  # Python codec name
    label: str  # for messages
    bom: int = 0  # bytes of byte-order mark to skip
    warning: str | None = None  # said once per input when the choice was a guess


_UTF8 = _Encoding("utf-8", "UTF-8")
_CP1252 = _Encoding("cp1252", "Windows-1252", warning=CP1252_WARNING)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# A well-formed UTF-8 multi-byte sequence: text that has some is UTF-8 (with damage), not Latin-1.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _control_ratio(chars: Iterable[int]) -> float:
    codes = list(chars)
    if not codes:
        return 0.0
    bad = sum(1 for c in codes if (c < 32 and c not in (9, 10, 11, 12, 13)) or c == 127)
    return bad / len(codes)


def _bom(data: bytes) -> _Encoding | None:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _Encoding(codec, label, len(bom))
    return None


def _looks_cp1252(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 read cleanly as Windows-1252, the usual legacy encoding.

    Windows-1252 is a superset of the printable part of Latin-1, so this covers both. It is not
    chosen when the bytes hold valid UTF-8 sequences (UTF-8 with damage, which would turn into
    mojibake), when a byte is undefined in it, or when it would give control characters.
    """
    if _UTF8_MULTIBYTE.search(data):
        return False
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return _CONTROL.search(text) is None


def _cut_at_end(e: UnicodeDecodeError, size: int) -> bool:
    """The decoding error is a multi-byte character cut off by the end of the data."""
    return e.reason in ("unexpected end of data", "truncated data") and e.end == size


def _cut_warning(label: str, cut: int) -> str:
    plural = "s" if cut > 1 else ""
    return f"ends inside a {label} character (truncated?); the last {cut} byte{plural} dropped"


def _bad_byte(e: UnicodeDecodeError) -> str:
    return f"byte 0x{e.object[e.start]:02x}"


def _truncated_utf8(data: bytes, e: UnicodeDecodeError) -> bool:
    """UTF-8 whose last character was cut off (a truncated download or copy), not Latin-1.

    A cut lead byte plus continuation bytes, or a cut after other UTF-8 sequences, is UTF-8. A
    single non-ASCII byte at the very end of otherwise ASCII text is more likely a Latin-1 letter
    ("... café") and is left to the Windows-1252 check.
    """
    if not _cut_at_end(e, len(data)):
        return False
    return len(data) - e.start > 1 or _UTF8_MULTIBYTE.search(data, 0, e.start) is not None


def _choose_encoding(head: bytes, complete: bool) -> _Encoding:
    """The encoding of a streamed input (JSONL, CSV), from its first bytes.

    ``complete`` when ``head`` is the whole input; otherwise it may end inside a character. Bytes
    that are neither UTF-8 nor clean Windows-1252 still give UTF-8: each line is then decoded on
    its own, and only the lines that are not UTF-8 are reported.
    """
    enc = _bom(head)
    if enc is not None:
        return enc
    # NUL never occurs in UTF-8 text; it is the cheapest sign of a binary file.
    if b"\x00" in head or _control_ratio(head) > 0.1:
        raise _Unreadable("binary file, not text")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        cut = _cut_at_end(e, len(head)) if not complete else _truncated_utf8(head, e)
        if not cut and _looks_cp1252(head):
            return _CP1252
    return _UTF8


_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


# Python codecs that are no character set a page can be written in: they turn escapes in the bytes into
# characters ("\\ud800" into a lone surrogate, "\\x1b" into ESC), or are not byte encodings of text.
_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})


def _declared_charset_decode(data: bytes) -> str | None:
    m = _HTML_CHARSET.search(data[:8192])
    if m is None:
        return None
    try:
        codec = codecs.lookup(m.group(1).decode("ascii"))
        if codec.name in _NOT_CHARSETS:
            return None
        return data.decode(codec.name)
    except (LookupError, UnicodeDecodeError):
        return None


def _decode(data: bytes, *, html: bool = False) -> tuple[str, str | None]:
    """Decode a whole input; returns (text, warning or None). Raises _Unreadable for non-text.

    UTF-8 (BOM stripped) and BOM-marked UTF-16/32 are read as they are. A file cut inside its last
    character (a truncated download) loses that partial character, with a warning. Bytes
    that are not UTF-8 are decoded with the charset an HTML page declares, else as Windows-1252
    when they read cleanly as that (with a warning naming the guess); anything else is refused.
    """
    if not data.strip():
        raise _Unreadable("empty file")
    warning = None
    enc = _bom(data)
    if enc is not None:
        payload = data[enc.bom :]
        try:
            text = payload.decode(enc.codec)
        except UnicodeDecodeError as e:
            if not _cut_at_end(e, len(payload)):
                raise _Unreadable(
                    f"not valid {enc.label} text ({_bad_byte(e)} at offset {e.start + enc.bom})"
                ) from None
            text = payload[: e.start].decode(enc.codec)
            warning = _cut_warning(enc.label, len(payload) - e.start)
    else:
        if b"\x00" in data[:HEAD_BYTES] or _control_ratio(data[:HEAD_BYTES]) > 0.1:
            raise _Unreadable("binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            declared = _declared_charset_decode(data) if html else None
            if _truncated_utf8(data, e):
                text = data[: e.start].decode("utf-8")
                warning = _cut_warning("UTF-8", len(data) - e.start)
            elif declared is not None:
                text = declared
            elif _looks_cp1252(data):
                text, warning = data.decode("cp1252"), CP1252_WARNING
            else:
                raise _Unreadable(f"not valid UTF-8 text ({_bad_byte(e)} at offset {e.start})") from None
    if not text.strip():
        raise _Unreadable("empty file")
    if "\x00" in text or _control_ratio(map(ord, text[:HEAD_BYTES])) > 0.1:
        raise _Unreadable("binary file, not text")
    return text, warning


def decode_text(data: bytes, *, html: bool = False) -> str:
    """Decode file bytes as text the way mapper reads inputs; raise ValueError for non-text.

    UTF-8 (BOM stripped), BOM-marked UTF-16/32, an HTML page's declared charset, else
    Windows-1252 when the bytes read cleanly as that; a cut final UTF-8 character is dropped.
    """
    try:
        return _decode(data, html=html)[0]
    except _Unreadable as e:
        raise ValueError(str(e)) from None


class _Prefixed(io.RawIOBase):
    """A binary stream that replays ``head`` (already read to sniff it) before the rest of ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read1 = getattr(self._rest, "read1", None)
        data = read1(len(b)) if read1 is not None else self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


@dataclass(frozen=True, slots=True)
class _BadLine:
    """A line that could not be used, and why.

    ``text`` is the line decoded with replacement characters, so that a CSV parser can stay in step
    (None when the line was not kept: too long); ``fatal`` when nothing after it can be read either.
    """

    reason: str
    text: str | None = None
    fatal: bool = False


def _text_lines(head: bytes, rest: BinaryIO, enc: _Encoding) -> Iterator[tuple[int, str | _BadLine]]:
    """(line number, line) of a streamed input, split on "\\n" only, each line decoded on its own.

    Lines are read one at a time, so memory stays bounded by the longest line (itself bounded by
    MAX_ARTICLE_BYTES). A line that does not decode is reported and the next one read normally.
    """
    stream = io.BufferedReader(_Prefixed(head[enc.bom :], rest), buffer_size=HEAD_BYTES)
    if enc.codec.startswith(("utf-16", "utf-32")):
        # Not ASCII-compatible: bytes cannot be split at b"\n", so decode as one text stream.
        wrapper = io.TextIOWrapper(stream, encoding=enc.codec, newline="\n")
        lineno = 0
        try:
            for line in iter(lambda: wrapper.readline(MAX_ARTICLE_BYTES + 1), ""):
                lineno += 1
                if len(line) > MAX_ARTICLE_BYTES:
                    yield lineno, _BadLine(f"line longer than {_size(MAX_ARTICLE_BYTES)}", fatal=True)
                    return
                yield lineno, line
        except UnicodeDecodeError as e:
            yield lineno + 1, _BadLine(f"not valid {enc.label} text ({_bad_byte(e)})", fatal=True)
        return
    lineno = 0
    while True:
        raw = stream.readline(MAX_ARTICLE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
            while True:  # skip the rest of the line without holding it
                more = stream.readline(HEAD_BYTES)
                if not more or more.endswith(b"\n"):
                    break
            yield lineno, _BadLine(f"line longer than {_size(MAX_ARTICLE_BYTES)}")
            continue
        try:
            yield lineno, raw.decode(enc.codec)
        except UnicodeDecodeError as e:
            reason = f"not valid {enc.label} text ({_bad_byte(e)} at column {e.start + 1})"
            yield lineno, _BadLine(reason, text=raw.decode(enc.codec, errors="replace"))


def _size(n: int) -> str:
    """A size for messages: "212 MB", "16 MB", "1.5 MB"."""
    mb = n / 1_000_000
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"


# ------------------------------------------------------------------------ formats


def _sniff(text: str) -> str:
    """Guess the format of content with no telling extension."""
    head = text.lstrip()[:2000].lower()
    if head.startswith("{"):
        return "jsonl"
    # Markup first, and an <html> element near the top (after a doctype or an XML declaration).
    if head.startswith("<") and re.search(r"<html[\s>]", head):
        return "html"
    return "txt"


def _clean_str(value: Any) -> str | None:
    """A metadata value as a one-line string, or None."""
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


def _clean_url(value: Any) -> str | None:
    """Only http(s) URLs are kept: a ``javascript:`` URL from a page must never reach the map, and a
    URL with spaces, quotes or angle brackets is not a URL but an attempt to break out of an attribute."""
    s = _clean_str(value)
    if s and re.match(r"https?://[^\s/]+", s, re.I) and not re.search(r"[\s\"'<>`]", s):
        return s
    return None


def _published(value: Any, default: str | None) -> str | None:
    """The article's own date when it has a readable one, else the run's default."""
    own = parse_date(str(value)) if value not in (None, "") else None
    return own or default


# ------------------------------------------------------------------- article ids

WarningHandler = Callable[[InputWarning], None]


class _Ids:
    """The article ids of one run, each given once.

    An id names an article everywhere after reading (popups find their article's text and link by
    it; merging never joins two events of one article), so two articles must never share one. A
    repeated id gets the first free suffix ("a-2", "a-3") and a warning, as it is met: no look-ahead.
    The ids seen are kept, a few dozen bytes per article (the run keeps far more per article).
    """

    def __init__(self, warn: WarningHandler) -> None:
        self._used: set[str] = set()
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


def path_id(path: str | os.PathLike[str], root: str | os.PathLike[str] | None = None) -> str:
    """The default id of the article in file ``path``: the path as the user gave it, ``/``-separated.

    A relative path stays as given ("examples/a.txt", "../feeds/b.jsonl"), normalised; an absolute one
    keeps only its last part, so ids do not carry a user's directories into maps and exports. A file
    found under the directory argument ``root`` is ``root``'s id joined with its path inside it
    ("week-12/index.html", or "corpus/2024/a.txt" for "/data/corpus"). Ids that still collide (the same
    name under two absolute directories) are told apart by a suffix when read.
    """
    given = Path(path)
    if root is None:
        base, rest = given, ""
    else:
        base, rest = Path(root), given.relative_to(root).as_posix()
    head = base.name if base.is_absolute() else os.path.normpath(base).replace(os.sep, "/")
    if head == ".":
        head = ""
    return "/".join(part for part in (head, rest) if part) or given.name


_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class _Context:
    """What every reader of one run shares."""

    published: str | None  # the run's default date
    warn: WarningHandler
    ids: _Ids


def _article(ctx: _Context, where: str, *, id: str, text: str, title: str | None = None,  # noqa: A002
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
                   url=_clean_url(fields["url"]), published=fields["published"], source=source)


def _read_txt(text: str, ctx: _Context, *, ident: str, source: str) -> Item:
    if not text.strip():
        return InputProblem(source, "empty text")
    title, header_date = _text_header(text)
    return _article(ctx, source, id=ident, text=text, title=title, published=header_date or ctx.published,
                    source=source)


def _read_html(text: str, ctx: _Context, *, ident: str, source: str) -> Item:
    try:
        import trafilatura  # imported here: slow to import, and only needed for HTML
    except ImportError as e:
        return InputProblem(source, f"cannot read HTML: trafilatura is not usable ({e})")
    try:
        # A string in, nothing fetched: trafilatura only parses; htmldate looks at the page only.
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_images=False, include_links=False
        )
    except Exception as e:  # noqa: BLE001 - a parser crash on one page must not stop the run
        return InputProblem(source, f"cannot parse HTML: {type(e).__name__}: {e}")
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        return InputProblem(source, "no article text found in HTML page")
    page_date = getattr(doc, "date", None)
    return _article(ctx, source, id=ident, text=body, title=_clean_str(getattr(doc, "title", None)),
                    url=getattr(doc, "url", None), published=_published(page_date, ctx.published),
                    source=source)


def _record_article(record: dict[str, Any], ctx: _Context, *, default_id: str, where: str,
                    source: str) -> Item:
    """An article from a JSONL object or a CSV row; ``where`` names the line/row for problems."""
    text = record.get("text")
    if text is None:
        return InputProblem(where, 'no "text" field')
    if not isinstance(text, str):
        return InputProblem(where, f'"text" is not a string but {type(text).__name__}')
    if not text.strip():
        return InputProblem(where, "empty text")
    return _article(ctx, where, id=_clean_str(record.get("id")) or default_id, text=text,
                    title=_clean_str(record.get("title")), url=record.get("url"),
                    published=_published(record.get("published"), ctx.published), source=source)


Lines = Iterable[tuple[int, "str | _BadLine"]]  # (line number, line) as _text_lines gives them


def _read_jsonl(lines: Lines, ctx: _Context, *, ident: str, source: str, empty: str) -> Iterator[Item]:
    # Lines are split on "\n" only: JSON strings escape other line breaks, and str.splitlines()
    # would split on U+2028 and friends, which JSON allows raw inside strings.
    found = False
    for lineno, line in lines:
        where = f"{source}:{lineno}"
        if isinstance(line, _BadLine):
            found = True
            yield InputProblem(where, f"{line.reason}; rest of file skipped" if line.fatal else line.reason)
            if line.fatal:
                return
            continue
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(where, f"invalid JSON: {e.msg} (column {e.colno})")
            continue
        if not isinstance(record, dict):
            yield InputProblem(where, f"not a JSON object but {type(record).__name__}")
            continue
        yield _record_article(record, ctx, default_id=f"{ident}:{lineno}", where=where, source=source)
    if not found:
        yield InputProblem(source, empty)


_CSV_COLUMNS = ("id", "title", "url", "published", "text")


class _Broken(Exception):
    """Internal: a CSV stream that cannot be read past this point."""


def _read_csv(lines: Lines, ctx: _Context, *, ident: str, source: str, empty: str) -> Iterator[Item]:
    # Articles are long; the csv module's default 128 KiB field limit would reject some.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES))
    # csv.reader pulls one line at a time and never reads ahead, so what feed() meets while one row
    # is read belongs to that row: its undecodable lines, its first line and its quote characters.
    bad: list[str] = []
    row_lines: list[int] = []  # first line of the row being read
    quotes = [0]  # '"' characters in the row being read: odd means a quote never closed
    ended = [False]  # the input ran out while the row was read

    def feed() -> Iterator[str]:
        for lineno, line in lines:
            if not row_lines:
                row_lines.append(lineno)
            if isinstance(line, _BadLine):
                if line.text is None or line.fatal:
                    raise _Broken(f"line {lineno}: {line.reason}")
                bad.append(line.reason)
                line = line.text
            quotes[0] += line.count('"')
            yield line
        ended[0] = True

    reader = csv.reader(feed())
    try:
        header = next(reader, None)
    except (csv.Error, _Broken) as e:
        yield InputProblem(source, f"invalid CSV header: {e}")
        return
    if not header:
        yield InputProblem(source, empty)
        return
    if bad:
        yield InputProblem(source, f"invalid CSV header: {bad[0]}")
        return
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    if "text" not in names:
        yield InputProblem(source, f'no "text" column (columns: {", ".join(header)})')
        return
    index = {name: names.index(name) for name in _CSV_COLUMNS if name in names}
    row_no = 1  # the header is row 1, as in a spreadsheet
    found = False
    while True:
        bad.clear()
        row_lines.clear()
        quotes[0] = 0
        try:
            row = next(reader)
        except StopIteration:
            break
        except (csv.Error, _Broken) as e:
            # The csv module cannot resynchronise after a broken record: report the rest once.
            yield InputProblem(f"{source}:row {row_no + 1}", f"invalid CSV, rest of file skipped: {e}")
            return
        row_no += 1
        if not row or not any(cell.strip() for cell in row):
            continue  # blank line
        found = True
        where = f"{source}:row {row_no}"
        if ended[0] and quotes[0] % 2:
            # Python's csv module silently ends an unclosed quoted field at the end of the input,
            # swallowing every row after it: say so rather than keep that as one article.
            yield InputProblem(where, f"invalid CSV, rest of file skipped: the quoted field opened "
                                      f"on line {row_lines[0]} is never closed")
            return
        if bad:
            yield InputProblem(where, bad[0])
            continue
        if len(row) > len(header):
            yield InputProblem(where, f"{len(row)} fields but the header has {len(header)}")
            continue
        record = {name: row[i] if i < len(row) else None for name, i in index.items()}
        yield _record_article(record, ctx, default_id=f"{ident}:{row_no}", where=where, source=source)
    if not found:
        yield InputProblem(source, "no rows after the header")


# ------------------------------------------------------------------------- inputs


def _too_large(size: int | None) -> str:
    found = f"{_size(size)}" if size is not None else f"over {_size(MAX_ARTICLE_BYTES)}"
    return (f"too large for one article ({found}; the limit is {_size(MAX_ARTICLE_BYTES)}): "
            "split it, or put one article per line in a .jsonl file")


def _read_error(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {e.strerror or e}"


def _read_stream(f: BinaryIO, fmt: str | None, ctx: _Context, *, ident: str, source: str, size: int | None,
                 stdin: bool = False) -> Iterator[Item]:
    """Articles from one binary input, read in bounded pieces (see HEAD_BYTES, MAX_ARTICLE_BYTES)."""
    empty = "empty input" if stdin else "empty file"
    try:
        head = f.read(HEAD_BYTES)
        if not head.strip() and len(head) < HEAD_BYTES:
            yield InputProblem(source, empty)
            return
        try:
            enc = _choose_encoding(head, complete=len(head) < HEAD_BYTES)
        except _Unreadable as e:
            yield InputProblem(source, str(e))
            return
        # errors="ignore": the head may end inside a character.
        fmt = fmt or _sniff(head[enc.bom :].decode(enc.codec, errors="ignore"))
        if fmt in ("jsonl", "csv"):
            if enc.warning:
                ctx.warn(InputWarning(source, enc.warning))
            read_records = _read_jsonl if fmt == "jsonl" else _read_csv
            yield from read_records(_text_lines(head, f, enc), ctx, ident=ident, source=source, empty=empty)
            return
        # One article: the whole input, refused at once when it is larger than one article can be.
        if size is not None and size > MAX_ARTICLE_BYTES:
            yield InputProblem(source, _too_large(size))
            return
        data = head + f.read(MAX_ARTICLE_BYTES + 1 - len(head)) if len(head) == HEAD_BYTES else head
    except OSError as e:
        yield InputProblem(source, f"{_read_error(e)} (rest of input skipped)")
        return
    if len(data) > MAX_ARTICLE_BYTES:
        yield InputProblem(source, _too_large(size))
        return
    try:
        text, warning = _decode(data, html=fmt == "html")
    except _Unreadable as e:
        yield InputProblem(source, empty if str(e) == "empty file" else str(e))
        return
    if warning:
        ctx.warn(InputWarning(source, warning))
    if fmt == "html":
        yield _read_html(text, ctx, ident=ident, source=source)
    else:
        yield _read_txt(text, ctx, ident=ident, source=source)


def _read_file(path: Path, fmt: str | None, ctx: _Context, ident: str) -> Iterator[Item]:
    source = str(path)
    fmt = fmt or EXTENSIONS.get(path.suffix.lower())
    try:
        f = path.open("rb")
    except OSError as e:
        yield InputProblem(source, _read_error(e))
        return
    with f:
        try:
            st = os.fstat(f.fileno())
            size = st.st_size if stat.S_ISREG(st.st_mode) else None  # pipes and devices have none
        except OSError:
            size = None
        yield from _read_stream(f, fmt, ctx, ident=ident, source=source, size=size)


def _article_files(root: Path) -> tuple[list[Path], list[InputProblem]]:
    """Article files under ``root``, sorted by path; hidden files and folders are skipped."""
    files: list[Path] = []
    problems: list[InputProblem] = []

    def on_error(e: OSError) -> None:
        problems.append(InputProblem(str(e.filename or root), f"cannot list directory: {e.strerror}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS:
                files.append(Path(dirpath) / name)
    files.sort(key=lambda p: p.relative_to(root).parts)
    return files, problems


def _read_directory(root: Path, ctx: _Context) -> Iterator[Item]:
    files, problems = _article_files(root)
    yield from problems
    if not files and not problems:
        yield InputProblem(str(root), f"no article files ({', '.join(sorted(EXTENSIONS))}) in directory")
    for path in files:
        # Inside a directory the extension decides: a forced format would misread the other kinds.
        yield from _read_file(path, None, ctx, path_id(path, root))


def _read_stdin(stream: TextIO, fmt: str | None, ctx: _Context) -> Iterator[Item]:
    # Prefer the raw bytes so that stdin gets the same BOM, binary and UTF-8 checks as files.
    raw: BinaryIO | None = getattr(stream, "buffer", None)
    if raw is None:  # a text-only stream (io.StringIO from an API caller)
        try:
            text = stream.read()
        except (OSError, UnicodeDecodeError) as e:
            yield InputProblem(STDIN_SOURCE, f"cannot read standard input: {e}")
            return
        raw = io.BytesIO(text.encode("utf-8", errors="surrogatepass"))
    yield from _read_stream(raw, fmt, ctx, ident=STDIN_ID, source=STDIN_SOURCE, size=None, stdin=True)


def read_inputs(
    inputs: Sequence[str],
    *,
    input_format: str | None = None,
    published: str | None = None,
    stdin: TextIO | None = None,
    on_warning: WarningHandler | None = None,
) -> Iterator[Article | InputProblem]:
    """Read every input as articles, yielding articles and problems in input order.

    ``inputs`` are file paths, directories or ``-`` for standard input (``stdin`` if given,
    else ``sys.stdin``). ``input_format`` ("txt", "html", "jsonl", "csv") forces the format of
    named files and stdin; otherwise the extension decides, and content is sniffed for unknown
    extensions and stdin. ``published`` is the ISO date used for articles that carry none.
    ``on_warning`` is told about inputs that were read but with a guess or a loss (a file decoded
    as Windows-1252, a cut final character, a repeated id, lone surrogates); their articles are
    yielded as usual.

    Every article of one call has its own id: a record's "id", else the file's path as given (see
    :func:`path_id`; "stdin" for standard input), with ":LINE" or ":ROW" for a record without one,
    and a "-2", "-3" suffix for an id already used.

    Inputs are read lazily and in bounded memory: JSONL and CSV are streamed record by record.

    Raises UsageError (a ValueError) at once, not when iterated, for a bad ``input_format`` or ``published``.
    """
    if input_format is not None and input_format not in FORMATS:
        raise UsageError(f"unknown input format {input_format!r}; expected one of {', '.join(FORMATS)}")
    default_date = None
    if published is not None:
        default_date = parse_date(published)
        if default_date is None:
            raise UsageError(f"published date {published!r} is not a date like 2020-08-07")
    warn = on_warning or (lambda w: None)
    return _iter_inputs(list(inputs), input_format, _Context(default_date, warn, _Ids(warn)), stdin)


def _iter_inputs(inputs: list[str], fmt: str | None, ctx: _Context, stdin: TextIO | None) -> Iterator[Item]:
    stdin_used = False
    for name in inputs:
        if name == "-":
            if stdin_used:
                yield InputProblem(STDIN_SOURCE, "standard input given more than once")
                continue
            stdin_used = True
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, fmt, ctx)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_directory(path, ctx)
        else:
            yield from _read_file(path, fmt, ctx, path_id(path))
