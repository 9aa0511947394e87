"""Bytes to text, within bounds: encodings, whole-input decoding and line-by-line streaming.

Text is UTF-8 (a BOM is skipped) or BOM-marked UTF-16/32. Bytes that are not UTF-8 but read
cleanly as Windows-1252 (Latin-1) are decoded as that, with a warning; a UTF-8 input cut inside its
last character loses that partial character, with a warning; anything else is refused with an
:class:`~mapper.errors.InputError` whose reason becomes the input's one-line problem.

Memory stays bounded whatever the input size: the encoding is chosen from the first
:data:`HEAD_BYTES`, record formats are streamed line by line (:func:`text_lines`), and a single
article is read whole only up to :data:`MAX_ARTICLE_BYTES` (:func:`read_article`).
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from mapper.errors import InputError

# Reading is bounded: the encoding and format are decided from the first HEAD_BYTES of an input,
# JSONL and CSV are then streamed record by record, and a single article (a .txt or .html file,
# stdin as plain text, one JSONL line or one CSV line) may not exceed MAX_ARTICLE_BYTES. News
# articles are a few kB; 16 MB is a long book, and far beyond that the analysis itself would need
# gigabytes. So a 200 MB JSONL of articles is read in a few MB of memory, and a 200 MB .txt is
# refused at once with a reason rather than exhausting memory.
HEAD_BYTES = 64 * 1024
MAX_ARTICLE_BYTES = 16_000_000
CP1252_WARNING = "not UTF-8; decoded as Windows-1252 (Latin-1)"


@dataclass(frozen=True, slots=True)
class Encoding:
    """How an input's bytes are read: see :func:`choose_encoding`."""

    codec: str  # Python codec name
    label: str  # for messages
    bom: int = 0  # bytes of byte-order mark to skip
    warning: str | None = None  # said once per input when the choice was a guess


_UTF8 = Encoding("utf-8", "UTF-8")
_CP1252 = Encoding("cp1252", "Windows-1252", warning=CP1252_WARNING)

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


def _bom(data: bytes) -> Encoding | None:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return Encoding(codec, label, len(bom))
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


def choose_encoding(head: bytes, complete: bool) -> Encoding:
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
        raise InputError("binary file, not text")
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


def decode(data: bytes, *, html: bool = False) -> tuple[str, str | None]:
    """Decode a whole input; returns (text, warning or None). Raises InputError for non-text.

    UTF-8 (BOM stripped) and BOM-marked UTF-16/32 are read as they are. A file cut inside its last
    character (a truncated download) loses that partial character, with a warning. Bytes
    that are not UTF-8 are decoded with the charset an HTML page declares, else as Windows-1252
    when they read cleanly as that (with a warning naming the guess); anything else is refused.
    """
    if not data.strip():
        raise InputError("empty file")
    warning = None
    enc = _bom(data)
    if enc is not None:
        payload = data[enc.bom :]
        try:
            text = payload.decode(enc.codec)
        except UnicodeDecodeError as e:
            if not _cut_at_end(e, len(payload)):
                raise InputError(
                    f"not valid {enc.label} text ({_bad_byte(e)} at offset {e.start + enc.bom})"
                ) from None
            text = payload[: e.start].decode(enc.codec)
            warning = _cut_warning(enc.label, len(payload) - e.start)
    else:
        if b"\x00" in data[:HEAD_BYTES] or _control_ratio(data[:HEAD_BYTES]) > 0.1:
            raise InputError("binary file, not text")
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
                raise InputError(f"not valid UTF-8 text ({_bad_byte(e)} at offset {e.start})") from None
    if not text.strip():
        raise InputError("empty file")
    if "\x00" in text or _control_ratio(map(ord, text[:HEAD_BYTES])) > 0.1:
        raise InputError("binary file, not text")
    return text, warning


def decode_text(data: bytes, *, html: bool = False) -> str:
    """Decode file bytes as text the way mapper reads inputs; raise InputError (a ValueError) for non-text.

    UTF-8 (BOM stripped), BOM-marked UTF-16/32, an HTML page's declared charset, else
    Windows-1252 when the bytes read cleanly as that; a cut final UTF-8 character is dropped.
    """
    return decode(data, html=html)[0]


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
class BadLine:
    """A line that could not be used, and why.

    ``text`` is the line decoded with replacement characters, so that a CSV parser can stay in step
    (None when the line was not kept: too long); ``fatal`` when nothing after it can be read either.
    """

    reason: str
    text: str | None = None
    fatal: bool = False


def text_lines(head: bytes, rest: BinaryIO, enc: Encoding) -> Iterator[tuple[int, str | BadLine]]:
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
                    yield lineno, BadLine(f"line longer than {size_label(MAX_ARTICLE_BYTES)}", fatal=True)
                    return
                yield lineno, line
        except UnicodeDecodeError as e:
            yield lineno + 1, BadLine(f"not valid {enc.label} text ({_bad_byte(e)})", fatal=True)
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
            yield lineno, BadLine(f"line longer than {size_label(MAX_ARTICLE_BYTES)}")
            continue
        try:
            yield lineno, raw.decode(enc.codec)
        except UnicodeDecodeError as e:
            reason = f"not valid {enc.label} text ({_bad_byte(e)} at column {e.start + 1})"
            yield lineno, BadLine(reason, text=raw.decode(enc.codec, errors="replace"))


def size_label(n: int) -> str:
    """A size for messages: "212 MB", "16 MB", "1.5 MB"."""
    mb = n / 1_000_000
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"


Lines = Iterable[tuple[int, "str | BadLine"]]  # (line number, line) as text_lines gives them


def too_large(size: int | None) -> str:
    """The problem of an input too large for one article (``size`` None: unknown, a pipe)."""
    found = size_label(size) if size is not None else f"over {size_label(MAX_ARTICLE_BYTES)}"
    return (f"too large for one article ({found}; the limit is {size_label(MAX_ARTICLE_BYTES)}): "
            "split it, or put one article per line in a .jsonl file")


def read_article(head: bytes, rest: BinaryIO, size: int | None) -> bytes:
    """The whole of a one-article input, ``head`` (its first HEAD_BYTES, already read) and the rest.

    Refused (InputError) at once when its ``size`` is known to be too large, else after reading no
    more than one byte past MAX_ARTICLE_BYTES (stdin and pipes have no size).
    """
    if size is not None and size > MAX_ARTICLE_BYTES:
        raise InputError(too_large(size))
    data = head + rest.read(MAX_ARTICLE_BYTES + 1 - len(head)) if len(head) == HEAD_BYTES else head
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(too_large(size))
    return data
