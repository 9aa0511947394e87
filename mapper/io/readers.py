"""Turn user inputs (files, directories, stdin) into :class:`Article` objects: :func:`read_inputs`.

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

This module opens the inputs and gives each its default id; the jobs of reading are elsewhere in
``mapper.io``: ``decoding`` (bytes to text, bounded), ``headers`` (a .txt article's headline and
date line, an HTML page through trafilatura), ``formats`` (the four formats) and ``articles`` (the
one place an Article is made: run-unique ids, valid Unicode, clean metadata).
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from mapper.errors import InputError, UsageError
from mapper.events.dates import parse_date
from mapper.io import decoding
from mapper.io.articles import Context, Ids, Item, WarningHandler
from mapper.io.formats import EXTENSIONS, FORMATS, read_csv, read_html, read_jsonl, read_txt, sniff
from mapper.model import Article, InputProblem, InputWarning

__all__ = ["EXTENSIONS", "FORMATS", "STDIN_ID", "STDIN_SOURCE", "path_id", "read_inputs"]

STDIN_SOURCE = "<stdin>"
STDIN_ID = "stdin"


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


def _read_error(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {e.strerror or e}"


def _read_stream(f: BinaryIO, fmt: str | None, ctx: Context, *, ident: str, source: str, size: int | None,
                 stdin: bool = False) -> Iterator[Item]:
    """Articles from one binary input, read in bounded pieces (see mapper.io.decoding)."""
    empty = "empty input" if stdin else "empty file"
    try:
        head = f.read(decoding.HEAD_BYTES)
        if not head.strip() and len(head) < decoding.HEAD_BYTES:
            yield InputProblem(source, empty)
            return
        enc = decoding.choose_encoding(head, complete=len(head) < decoding.HEAD_BYTES)
        # errors="ignore": the head may end inside a character.
        fmt = fmt or sniff(head[enc.bom :].decode(enc.codec, errors="ignore"))
        if fmt in ("jsonl", "csv"):
            if enc.warning:
                ctx.warn(InputWarning(source, enc.warning))
            read_records = read_jsonl if fmt == "jsonl" else read_csv
            lines = decoding.text_lines(head, f, enc)
            yield from read_records(lines, ctx, ident=ident, source=source, empty=empty)
            return
        # One article: the whole input, refused at once when it is larger than one article can be.
        text, warning = decoding.decode(decoding.read_article(head, f, size), html=fmt == "html")
    except OSError as e:
        yield InputProblem(source, f"{_read_error(e)} (rest of input skipped)")
        return
    except InputError as e:
        yield InputProblem(source, empty if e.reason == "empty file" else e.reason)
        return
    if warning:
        ctx.warn(InputWarning(source, warning))
    read_article = read_html if fmt == "html" else read_txt
    yield read_article(text, ctx, ident=ident, source=source)


def _read_file(path: Path, fmt: str | None, ctx: Context, ident: str) -> Iterator[Item]:
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


def _read_directory(root: Path, ctx: Context) -> Iterator[Item]:
    files, problems = _article_files(root)
    yield from problems
    if not files and not problems:
        yield InputProblem(str(root), f"no article files ({', '.join(sorted(EXTENSIONS))}) in directory")
    for path in files:
        # Inside a directory the extension decides: a forced format would misread the other kinds.
        yield from _read_file(path, None, ctx, path_id(path, root))


def _read_stdin(stream: TextIO, fmt: str | None, ctx: Context) -> Iterator[Item]:
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
        given = parse_date(published)
        if given is None:
            raise UsageError(f"published date {published!r} is not a date like 2020-08-07")
        default_date = given.isoformat()
    warn = on_warning or (lambda w: None)
    return _iter_inputs(list(inputs), input_format, Context(default_date, warn, Ids(warn)), stdin)


def _iter_inputs(inputs: list[str], fmt: str | None, ctx: Context, stdin: TextIO | None) -> Iterator[Item]:
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
