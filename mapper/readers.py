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
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from mapper.model import Article, InputProblem

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


class _Unreadable(Exception):
    """Internal: bytes that are not text; the message is the InputProblem reason."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def _control_ratio(chars: Iterable[int]) -> float:
    codes = list(chars)
    if not codes:
        return 0.0
    bad = sum(1 for c in codes if (c < 32 and c not in (9, 10, 11, 12, 13)) or c == 127)
    return bad / len(codes)


_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset_decode(data: bytes) -> str | None:
    m = _HTML_CHARSET.search(data[:8192])
    if m is None:
        return None
    try:
        return data.decode(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def decode_text(data: bytes, *, html: bool = False) -> str:
    """Decode file bytes as UTF-8 (BOM stripped) or BOM-marked UTF-16/32; raise on binary data.

    With ``html``, a page that is not UTF-8 is decoded with the charset its <meta> declares.
    """
    if not data.strip():
        raise _Unreadable("empty file")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                raise _Unreadable(
                    f"not valid {label} text (byte 0x{e.object[e.start]:02x} at offset {e.start + len(bom)})"
                ) from None
            break
    else:
        # NUL never occurs in UTF-8 text; it is the cheapest sign of a binary file.
        if b"\x00" in data[:65536] or _control_ratio(data[:65536]) > 0.1:
            raise _Unreadable("binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            text = _declared_charset_decode(data) if html else None
            if text is None:
                raise _Unreadable(
                    f"not valid UTF-8 text (byte 0x{e.object[e.start]:02x} at offset {e.start})"
                ) from None
    if not text.strip():
        raise _Unreadable("empty file")
    if "\x00" in text or _control_ratio(map(ord, text[:65536])) > 0.1:
        raise _Unreadable("binary file, not text")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise _Unreadable("no such file") from None
    except PermissionError:
        raise _Unreadable("permission denied") from None
    except IsADirectoryError:
        raise _Unreadable("is a directory") from None
    except OSError as e:
        raise _Unreadable(f"cannot read: {e.strerror or e}") from None


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
    """Only http(s) URLs are kept: a ``javascript:`` URL from a page must never reach the map."""
    s = _clean_str(value)
    if s and re.match(r"https?://[^\s/]+", s, re.I):
        return s
    return None


def _published(value: Any, default: str | None) -> str | None:
    """The article's own date when it has a readable one, else the run's default."""
    own = parse_date(str(value)) if value not in (None, "") else None
    return own or default


def _read_txt(text: str, *, ident: str, source: str, published: str | None) -> Item:
    if not text.strip():
        return InputProblem(source, "empty text")
    title, header_date = _text_header(text)
    return Article(
        id=ident, text=text, title=title, url=None, published=header_date or published, source=source
    )


def _read_html(text: str, *, ident: str, source: str, published: str | None) -> Item:
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
    return Article(
        id=ident,
        text=body,
        title=_clean_str(getattr(doc, "title", None)),
        url=_clean_url(getattr(doc, "url", None)),
        published=_published(page_date, published),
        source=source,
    )


def _record_article(
    record: dict[str, Any], *, default_id: str, where: str, source: str, published: str | None
) -> Item:
    """An article from a JSONL object or a CSV row; ``where`` names the line/row for problems."""
    text = record.get("text")
    if text is None:
        return InputProblem(where, 'no "text" field')
    if not isinstance(text, str):
        return InputProblem(where, f'"text" is not a string but {type(text).__name__}')
    if not text.strip():
        return InputProblem(where, "empty text")
    ident = _clean_str(record.get("id")) or default_id
    return Article(
        id=ident,
        text=text,
        title=_clean_str(record.get("title")),
        url=_clean_url(record.get("url")),
        published=_published(record.get("published"), published),
        source=source,
    )


def _read_jsonl(text: str, *, stem: str, source: str, published: str | None) -> Iterator[Item]:
    # Split on "\n" only: JSON strings escape other line breaks, and str.splitlines() would split
    # on U+2028 and friends, which JSON allows raw inside strings.
    found = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(where, f"invalid JSON: {e.msg} (column {e.colno})")
            continue
        if not isinstance(record, dict):
            yield InputProblem(where, f"not a JSON object but {type(record).__name__}")
            continue
        yield _record_article(
            record, default_id=f"{stem}:{lineno}", where=where, source=source, published=published
        )
    if not found:
        yield InputProblem(source, "empty file")


_CSV_COLUMNS = ("id", "title", "url", "published", "text")


def _read_csv(text: str, *, stem: str, source: str, published: str | None) -> Iterator[Item]:
    # Articles are long; the csv module's default 128 KiB field limit would reject some.
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as e:
        yield InputProblem(source, f"invalid CSV header: {e}")
        return
    if not header:
        yield InputProblem(source, "empty file")
        return
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    if "text" not in names:
        yield InputProblem(source, f'no "text" column (columns: {", ".join(header)})')
        return
    index = {name: names.index(name) for name in _CSV_COLUMNS if name in names}
    row_no = 1  # the header is row 1, as in a spreadsheet
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            # The csv module cannot resynchronise after a broken record: report the rest once.
            yield InputProblem(f"{source}:row {row_no + 1}", f"invalid CSV, rest of file skipped: {e}")
            return
        row_no += 1
        if not row or not any(cell.strip() for cell in row):
            continue  # blank line
        where = f"{source}:row {row_no}"
        if len(row) > len(header):
            yield InputProblem(where, f"{len(row)} fields but the header has {len(header)}")
            continue
        record = {name: row[i] if i < len(row) else None for name, i in index.items()}
        yield _record_article(
            record, default_id=f"{stem}:{row_no}", where=where, source=source, published=published
        )


def _read_content(text: str, fmt: str, *, ident: str, source: str, published: str | None) -> Iterator[Item]:
    if fmt == "txt":
        yield _read_txt(text, ident=ident, source=source, published=published)
    elif fmt == "html":
        yield _read_html(text, ident=ident, source=source, published=published)
    elif fmt == "jsonl":
        yield from _read_jsonl(text, stem=ident, source=source, published=published)
    else:
        yield from _read_csv(text, stem=ident, source=source, published=published)


# ------------------------------------------------------------------------- inputs


def _read_file(path: Path, fmt: str | None, published: str | None) -> Iterator[Item]:
    source = str(path)
    fmt = fmt or EXTENSIONS.get(path.suffix.lower())
    try:
        text = decode_text(_read_bytes(path), html=fmt == "html")
    except _Unreadable as e:
        yield InputProblem(source, str(e))
        return
    fmt = fmt or _sniff(text)
    yield from _read_content(text, fmt, ident=path.stem, source=source, published=published)


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


def _read_directory(root: Path, published: str | None) -> Iterator[Item]:
    files, problems = _article_files(root)
    yield from problems
    if not files and not problems:
        yield InputProblem(str(root), f"no article files ({', '.join(sorted(EXTENSIONS))}) in directory")
    for path in files:
        # Inside a directory the extension decides: a forced format would misread the other kinds.
        yield from _read_file(path, None, published)


def _read_stdin(stream: TextIO, fmt: str | None, published: str | None) -> Iterator[Item]:
    try:
        # Prefer the raw bytes so that stdin gets the same BOM, binary and UTF-8 checks as files.
        raw = getattr(stream, "buffer", None)
        text = decode_text(raw.read()) if raw is not None else stream.read()
    except _Unreadable as e:
        reason = "empty input" if str(e) == "empty file" else str(e)
        yield InputProblem(STDIN_SOURCE, reason)
        return
    except (OSError, UnicodeDecodeError) as e:
        yield InputProblem(STDIN_SOURCE, f"cannot read standard input: {e}")
        return
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        yield InputProblem(STDIN_SOURCE, "empty input")
        return
    fmt = fmt or _sniff(text)
    yield from _read_content(text, fmt, ident=STDIN_ID, source=STDIN_SOURCE, published=published)


def read_inputs(
    inputs: Sequence[str],
    *,
    input_format: str | None = None,
    published: str | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article | InputProblem]:
    """Read every input as articles, yielding articles and problems in input order.

    ``inputs`` are file paths, directories or ``-`` for standard input (``stdin`` if given,
    else ``sys.stdin``). ``input_format`` ("txt", "html", "jsonl", "csv") forces the format of
    named files and stdin; otherwise the extension decides, and content is sniffed for unknown
    extensions and stdin. ``published`` is the ISO date used for articles that carry none.

    Raises ValueError at once (not when iterated) for a bad ``input_format`` or ``published``.
    """
    if input_format is not None and input_format not in FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; expected one of {', '.join(FORMATS)}")
    default_date = None
    if published is not None:
        default_date = parse_date(published)
        if default_date is None:
            raise ValueError(f"published date {published!r} is not a date like 2020-08-07")
    return _iter_inputs(list(inputs), input_format, default_date, stdin)


def _iter_inputs(
    inputs: list[str], fmt: str | None, published: str | None, stdin: TextIO | None
) -> Iterator[Item]:
    stdin_used = False
    for name in inputs:
        if name == "-":
            if stdin_used:
                yield InputProblem(STDIN_SOURCE, "standard input given more than once")
                continue
            stdin_used = True
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, fmt, published)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_directory(path, published)
        else:
            yield from _read_file(path, fmt, published)
