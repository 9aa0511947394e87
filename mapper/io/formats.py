"""The four article formats: plain text and HTML (one article each), JSON Lines and CSV (one a record).

The one-article readers take the decoded text of a whole input; the record readers take its lines
as :func:`mapper.io.decoding.text_lines` streams them, so a 200 MB JSONL or CSV is read one record
at a time and a bad line or row is one problem, not the file's. Every article is made by
:func:`mapper.io.articles.make_article`.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from mapper.errors import InputError
from mapper.io.articles import Context, Item, clean_str, make_article, plain_text, published_date
from mapper.io.decoding import MAX_ARTICLE_BYTES, BadLine, Lines
from mapper.io.headers import html_page, text_header
from mapper.model import InputProblem, InputWarning

FORMATS = ("txt", "html", "jsonl", "csv")
EXTENSIONS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv"}


def sniff(text: str) -> str:
    """Guess the format of content with no telling extension."""
    head = text.lstrip()[:2000].lower()
    if head.startswith("{"):
        return "jsonl"
    # Markup first, and an <html> element near the top (after a doctype or an XML declaration).
    if head.startswith("<") and re.search(r"<html[\s>]", head):
        return "html"
    return "txt"


def read_txt(text: str, ctx: Context, *, ident: str, source: str) -> Item:
    """A plain-text article: the text exactly as decoded, with the title and date of its header."""
    if not text.strip():
        return InputProblem(source, "empty text")
    title, header_date = text_header(text)
    if ctx.published and header_date and header_date != ctx.published:
        # The run's date (--published) is the user's word: it wins, and the header's is not silently lost.
        ctx.warn(InputWarning(source, f"--published {ctx.published} overrides the date {header_date} in the "
                                      "header"))
    return make_article(ctx, source, id=ident, text=text, title=title, published=ctx.published or header_date,
                        source=source)


def read_html(html: str, ctx: Context, *, ident: str, source: str) -> Item:
    """An HTML page's article: trafilatura's text and metadata, never the markup itself."""
    try:
        page = html_page(html)
    except InputError as e:
        return InputProblem(source, e.reason)
    return make_article(ctx, source, id=ident, text=page.text, title=clean_str(page.title), url=page.url,
                        published=published_date(page.date, ctx.published), source=source)


def record_article(record: dict[str, Any], ctx: Context, *, default_id: str, where: str,
                   source: str) -> Item:
    """An article from a record (a JSONL object, a CSV row, an element of a Dask bag); ``where`` names
    the line/row for problems."""
    text = record.get("text")
    if text is None:
        return InputProblem(where, 'no "text" field')
    if not isinstance(text, str):
        return InputProblem(where, f'"text" is not a string but {type(text).__name__}')
    if not text.strip():
        return InputProblem(where, "empty text")
    own = record.get("published")
    published = published_date(own, ctx.published)
    if own not in (None, "") and published_date(own, None) is None:
        shown = str(own)[:40]
        instead = f"using {ctx.published}" if ctx.published else "the article has no date"
        ctx.warn(InputWarning(where, f"published {shown!r} is not a date like 2020-08-07; {instead}"))
    # Feeds carry HTML-escaped text ("Ma&#39;arrat", "&amp;"): the article is the text it stands for.
    title = clean_str(record.get("title"))
    return make_article(ctx, where, id=clean_str(record.get("id")) or default_id, text=plain_text(text),
                        title=None if title is None else plain_text(title), url=record.get("url"),
                        published=published, source=source)


def read_jsonl(lines: Lines, ctx: Context, *, ident: str, source: str, empty: str) -> Iterator[Item]:
    """One article per JSON object line ({"id", "text", "title"?, "url"?, "published"?}); ``empty`` is
    the problem of an input with no line at all."""
    # Lines are split on "\n" only: JSON strings escape other line breaks, and str.splitlines()
    # would split on U+2028 and friends, which JSON allows raw inside strings.
    found = False
    for lineno, line in lines:
        where = f"{source}:{lineno}"
        if isinstance(line, BadLine):
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
        yield record_article(record, ctx, default_id=f"{ident}:{lineno}", where=where, source=source)
    if not found:
        yield InputProblem(source, empty)


_CSV_COLUMNS = ("id", "title", "url", "published", "text")


class _Broken(Exception):
    """Internal: a CSV stream that cannot be read past this point."""


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One row of a CSV table: where it is ("FILE:row N", N counted as a spreadsheet does, the header
    being row 1), N, and its cells."""

    where: str
    row: int
    cells: list[str]


def csv_table(lines: Lines, *, source: str, empty: str) -> Iterator[InputProblem | list[str] | CsvRow]:
    """The rows of a CSV input as the csv module reads them from streamed ``lines``: first its header
    (a list of names), then each row that is not blank as a :class:`CsvRow`, and an InputProblem for
    each row that cannot be used (one line each; the others are kept). A header that cannot be read
    ends the table with one problem (``empty`` when there is none), and so does a broken record, after
    which the csv module cannot find the next row. The consumer may stop after the header."""
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
            if isinstance(line, BadLine):
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
    yield header
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
            # swallowing every row after it: say so rather than keep that as one row.
            yield InputProblem(where, f"invalid CSV, rest of file skipped: the quoted field opened "
                                      f"on line {row_lines[0]} is never closed")
            return
        if bad:
            yield InputProblem(where, bad[0])
            continue
        if len(row) > len(header):
            yield InputProblem(where, f"{len(row)} fields but the header has {len(header)}")
            continue
        yield CsvRow(where, row_no, row)
    if not found:
        yield InputProblem(source, "no rows after the header")


def csv_names(header: list[str]) -> list[str]:
    """A CSV header's column names as they are matched: stripped, without a BOM, lower case."""
    return [h.strip().lstrip("\ufeff").lower() for h in header]


def read_csv(lines: Lines, ctx: Context, *, ident: str, source: str, empty: str) -> Iterator[Item]:
    """One article per row under a header naming a "text" column (and any of id, title, url,
    published, in any order and case); ``empty`` is the problem of an input with no header."""
    index: dict[str, int] = {}
    for item in csv_table(lines, source=source, empty=empty):
        if isinstance(item, InputProblem):
            yield item
        elif isinstance(item, list):
            names = csv_names(item)
            if "text" not in names:
                yield InputProblem(source, f'no "text" column (columns: {", ".join(item)})')
                return
            index = {name: names.index(name) for name in _CSV_COLUMNS if name in names}
        else:
            row = item.cells
            record = {name: row[i] if i < len(row) else None for name, i in index.items()}
            yield record_article(record, ctx, default_id=f"{ident}:{item.row}", where=item.where,
                                  source=source)
