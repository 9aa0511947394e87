"""Malformed and oversized inputs: each gets one clear problem (or a warning) naming it; the rest is read.

Every case the hardening issue lists is here with the exact message the user sees: truncated UTF-8,
UTF-16 with a BOM, Latin-1, binary files, empty files, a CSV without a text column, a JSONL line
that is broken, inputs too big for memory (streamed, or refused when one article), 10,000 files.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from mapper.io import articles, decoding
from mapper.io.decoding import HEAD_BYTES, decode_text
from mapper.io.readers import read_inputs
from mapper.model import Article, InputProblem, InputWarning
from mapper.pipeline import Pipeline
from mapper.run import analyse_inputs

Item = Article | InputProblem


def read_warn(*inputs: str | Path, **kwargs: object) -> tuple[list[Item], list[InputWarning]]:
    warnings: list[InputWarning] = []
    items = list(read_inputs([str(i) for i in inputs], on_warning=warnings.append, **kwargs))  # type: ignore[arg-type]
    return items, warnings


# ---------------------------------------------------------------------- encodings


def test_latin1_text_is_decoded_as_windows_1252_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    # \x93 \x94 are Windows-1252 curly quotes, \xe9 is é in both Latin-1 and Windows-1252.
    path.write_bytes(b"Shelling near the caf\xe9 in Homs, \x93witnesses\x94 said.\n")
    items, warnings = read_warn(path)
    assert items == [Article(id="latin.txt", text="Shelling near the café in Homs, “witnesses” said.\n",
                             source=str(path))]
    assert warnings == [InputWarning(str(path), "not UTF-8; decoded as Windows-1252 (Latin-1)")]


def test_utf8_with_a_stray_byte_is_refused_not_guessed(tmp_path: Path) -> None:
    # Valid UTF-8 ("é" as \xc3\xa9) next to a Latin-1 byte: Windows-1252 would turn it into mojibake.
    path = tmp_path / "mixed.txt"
    path.write_bytes("Café in Homs, ".encode() + b"caf\xe9 in Hama.")
    items, warnings = read_warn(path)
    assert items == [InputProblem(str(path), "not valid UTF-8 text (byte 0xe9 at offset 18)")]
    assert warnings == []


def test_truncated_utf8_drops_the_cut_character_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes("Shelling in Homs — ".encode() + "—".encode()[:2])  # the last em dash is cut
    items, warnings = read_warn(path)
    assert items == [Article(id="cut.txt", text="Shelling in Homs — ", source=str(path))]
    assert warnings == [
        InputWarning(str(path), "ends inside a UTF-8 character (truncated?); the last 2 bytes dropped")]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_bom_marked_unicode_is_read_exactly(tmp_path: Path, codec: str) -> None:
    text = "Airstrikes hit Deir ez-Zor\nWarplanes struck near the airport.\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "wide.txt"
    path.write_bytes(data)
    items, warnings = read_warn(path)
    assert items == [Article(id="wide.txt", text=text, title="Airstrikes hit Deir ez-Zor", source=str(path))]
    assert warnings == []


def test_utf16_truncated_and_invalid(tmp_path: Path) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_bytes(codecs.BOM_UTF16_LE + "Homs".encode("utf-16-le") + b"H")  # half a code unit
    bad = tmp_path / "bad.txt"
    bad.write_bytes(codecs.BOM_UTF16_LE + "Hi".encode("utf-16-le") + b"\x00\xdc" + "x".encode("utf-16-le"))
    items, warnings = read_warn(odd, bad)
    assert items == [Article(id="odd.txt", text="Homs", source=str(odd)),
                     InputProblem(str(bad), "not valid UTF-16 text (byte 0x00 at offset 6)")]
    assert warnings == [
        InputWarning(str(odd), "ends inside a UTF-16 character (truncated?); the last 1 byte dropped")]


def test_html_declared_charset_wins_over_the_windows_1252_guess(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="iso-8859-7"><title>t</title></head><body><article><p>'
            + "Βομβαρδισμοί στη Χομς. " * 20 + "</p></article></body></html>")
    path = tmp_path / "greek.html"
    path.write_bytes(page.encode("iso-8859-7"))
    [article], warnings = read_warn(path)
    assert isinstance(article, Article) and "Βομβαρδισμοί στη Χομς." in article.text
    assert warnings == []


@pytest.mark.parametrize(("name", "data"), [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"),
    ("archive.jsonl", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(256))),
    ("table.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"),  # an .xlsx renamed .csv
    ("noise.html", bytes(range(1, 32)) * 40),  # control characters, no NUL
])
def test_binary_files(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert read_warn(path) == ([InputProblem(str(path), "binary file, not text")], [])


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.jsonl", "empty.csv", "empty.dat"])
def test_empty_files_of_every_format(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert read_warn(path) == ([InputProblem(str(path), "empty file")], [])


def test_decode_text_is_public_and_raises_value_error() -> None:
    assert decode_text(b"\xef\xbb\xbfHoms") == "Homs"
    assert decode_text(b"caf\xe9") == "café"
    with pytest.raises(ValueError, match=r"^binary file, not text$"):
        decode_text(b"\x00\x01\x02")


# --------------------------------------------------------------------------- jsonl


def test_broken_jsonl_lines_are_reported_with_their_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "Shelling in Homs."}\n'
        b'{not json\n'
        b'{"id": "c", "text": "Caf\xc3\xa9 owners in Hama said."}\n'
        b'{"id": "d", "text": "caf\xe9 in Idlib"}\n'  # a Latin-1 byte in a UTF-8 file
        b'{"id": "e", "text": "Clashes in Daraa."}\n'
        b'{"id": "f", "text": "Shel'  # the file was cut here
    )
    items, warnings = read_warn(path)
    assert items == [
        Article(id="a", text="Shelling in Homs.", source=str(path)),
        InputProblem(f"{path}:2",
                     "invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
        Article(id="c", text="Café owners in Hama said.", source=str(path)),
        InputProblem(f"{path}:4", "not valid UTF-8 text (byte 0xe9 at column 25)"),
        Article(id="e", text="Clashes in Daraa.", source=str(path)),
        InputProblem(f"{path}:6", "invalid JSON: Unterminated string starting at (column 21)"),
    ]
    assert warnings == []


def test_jsonl_in_utf16_and_in_windows_1252(tmp_path: Path) -> None:
    lines = '{"id": "a", "text": "Shelling in Homs."}\n{"id": "b", "text": "Café owners in Hama."}\n'
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes(lines.encode("utf-16"))
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(lines.encode("cp1252"))
    expected = [("a", "Shelling in Homs."), ("b", "Café owners in Hama.")]
    cp1252 = InputWarning(str(latin), "not UTF-8; decoded as Windows-1252 (Latin-1)")
    for path, said in ((wide, []), (latin, [cp1252])):
        items, warnings = read_warn(path)  # a run each: within one run, ids "a" and "b" are given once
        assert [(a.id, a.text, a.source) for a in items] == [  # type: ignore[union-attr]
            (i, t, str(path)) for i, t in expected]
        assert warnings == said


def test_jsonl_of_only_blank_lines_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n\n", encoding="utf-8")
    assert read_warn(path) == ([InputProblem(str(path), "empty file")], [])


# ----------------------------------------------------------------------------- csv


def test_csv_without_a_text_column_names_the_columns_found(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"ID,Headline,Body\n1,Homs,Shelling in Homs.\n")
    assert read_warn(path) == (
        [InputProblem(str(path), 'no "text" column (columns: ID, Headline, Body)')], [])


def test_csv_with_only_a_header(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("id,title,text\n\n", encoding="utf-8")
    assert read_warn(path) == ([InputProblem(str(path), "no rows after the header")], [])


def test_csv_row_with_bad_bytes_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(
        "id,text\nr1,Café owners in Homs.\n".encode()
        + b'r2,"caf\xe9 in Hama,\nover two lines"\n'  # a quoted field over two lines, one bad byte
        + b"r3,Clashes in Daraa.\n"
    )
    items, warnings = read_warn(path)
    assert items == [
        Article(id="r1", text="Café owners in Homs.", source=str(path)),
        InputProblem(f"{path}:row 3", "not valid UTF-8 text (byte 0xe9 at column 8)"),
        Article(id="r3", text="Clashes in Daraa.", source=str(path)),
    ]
    assert warnings == []


def test_csv_with_an_unterminated_quote_reports_the_rest_once(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('id,text\nr1,Shelling in Homs.\nr2,"Clashes in Daraa.\nr3,More.\n', encoding="utf-8")
    items, _ = read_warn(path)
    # Python's csv module would make r2 one article whose text runs to the end of the file.
    assert items == [Article(id="r1", text="Shelling in Homs.", source=str(path)),
                     InputProblem(f"{path}:row 3", "invalid CSV, rest of file skipped: the quoted field "
                                                   "opened on line 3 is never closed")]


# ------------------------------------------------------------------------ big inputs


def test_one_article_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_ARTICLE_BYTES", 1_000_000)
    big = tmp_path / "book.txt"
    big.write_bytes(b"Shelling in Homs. " * 83_334)  # 1.5 MB
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body><p>" + b"Homs " * 300_000 + b"</p></body></html>")
    ok = tmp_path / "ok.txt"
    ok.write_text("Clashes in Daraa.", encoding="utf-8")
    items, _ = read_warn(big, page, ok)
    hint = "the limit is 1 MB): split it, or put one article per line in a .jsonl file"
    assert items == [
        InputProblem(str(big), f"too large for one article (1.5 MB; {hint}"),
        InputProblem(str(page), f"too large for one article (1.5 MB; {hint}"),
        Article(id="ok.txt", text="Clashes in Daraa.", source=str(ok)),
    ]
    # Standard input has no size: it is read up to the limit only, then refused.
    stdin = io.TextIOWrapper(io.BytesIO(b"Shelling in Homs. " * 83_334))
    assert read_warn("-", stdin=stdin)[0] == [
        InputProblem("<stdin>", f"too large for one article (over 1 MB; {hint}")]


def test_jsonl_line_over_the_limit_is_skipped_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_ARTICLE_BYTES", 1_000_000)
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "text": "Shelling in Homs."}) + "\n")
        f.write(json.dumps({"id": "huge", "text": "Homs " * 300_000}) + "\n")
        f.write(json.dumps({"id": "c", "text": "Clashes in Daraa."}) + "\n")
    items, _ = read_warn(path)
    assert items == [Article(id="a", text="Shelling in Homs.", source=str(path)),
                     InputProblem(f"{path}:2", "line longer than 1 MB"),
                     Article(id="c", text="Clashes in Daraa.", source=str(path))]


class _CountingRaw(io.RawIOBase):
    """A byte source that records how much of it has been read."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray) -> int:  # type: ignore[override]
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n


def _jsonl_bytes(n: int, size: int = 2000) -> bytes:
    body = ("Shelling in Homs and clashes near Aleppo were reported on Friday. " * 40)[:size]
    return b"".join(json.dumps({"id": f"a{i}", "text": body}).encode() + b"\n" for i in range(n))


def test_jsonl_is_streamed_articles_come_before_the_input_is_read() -> None:
    raw = _CountingRaw(_jsonl_bytes(2500))  # 5 MB
    items = read_inputs(["-"], stdin=io.TextIOWrapper(io.BufferedReader(raw)))
    first = next(items)
    assert isinstance(first, Article) and first.id == "a0"
    assert raw.pos <= 3 * HEAD_BYTES < len(raw.data) // 20
    assert sum(1 for _ in items) == 2499
    assert raw.pos == len(raw.data)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_reading_a_20_mb_file_holds_far_less_than_the_file(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"big.{fmt}"
    if fmt == "jsonl":
        path.write_bytes(_jsonl_bytes(10_000))
    else:
        body = ("Shelling in Homs and clashes near Aleppo were reported on Friday. " * 40)[:2000]
        path.write_text("id,text\n" + "".join(f'a{i},"{body}"\n' for i in range(10_000)), encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        n = sum(1 for item in read_inputs([str(path)]) if isinstance(item, Article))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 10_000
    assert peak < 2_000_000, f"peak {peak / 1e6:.1f} MB while reading {path.stat().st_size / 1e6:.0f} MB"


def test_a_directory_of_10000_files(tmp_path: Path) -> None:
    root = tmp_path / "many"
    for i in range(100):
        sub = root / f"d{i:02d}"
        sub.mkdir(parents=True)
        for j in range(100):
            (sub / f"{j:03d}.txt").write_bytes(b"Shelling in Homs.")
    items, warnings = read_warn(root)
    assert len(items) == 10_000 and all(isinstance(i, Article) for i in items)
    assert [items[0].source, items[-1].source] == [str(root / "d00" / "000.txt"),
                                                   str(root / "d99" / "099.txt")]
    assert warnings == []


def test_analysis_of_a_directory_accounts_for_every_file(tmp_path: Path, pipeline: Pipeline) -> None:
    root = tmp_path / "dir"
    root.mkdir()
    for i in range(300):
        (root / f"{i:03d}.txt").write_text(f"Shelling in Homs on day {i}.", encoding="utf-8")
    (root / "bad.txt").write_bytes(b"\x00\x01")
    (root / "latin.txt").write_bytes(b"Caf\xe9 owners in Hama.")
    seen: list[str] = []
    analysed, _, summary = analyse_inputs([str(root)], pipeline=pipeline,
                                       on_warning=lambda w: seen.append(str(w)))
    assert (summary.inputs, summary.articles, len(analysed)) == (1, 301, 301)
    assert summary.problems == [InputProblem(str(root / "bad.txt"), "binary file, not text")]
    assert seen == [f"{root / 'latin.txt'}: not UTF-8; decoded as Windows-1252 (Latin-1)"]
    lines = summary.lines()
    assert lines[0].endswith("inputs skipped: 1, inputs read with warnings: 1")
    assert lines[1:] == [f"skipped {root / 'bad.txt'}: binary file, not text",
                         f"warning {root / 'latin.txt'}: not UTF-8; decoded as Windows-1252 (Latin-1)"]


# --------------------------------------------------------- strings that are not Unicode


def test_lone_surrogates_are_replaced_per_record_with_one_warning(tmp_path: Path) -> None:
    """JSON may spell a lone UTF-16 surrogate ("\\ud800", or a low one before a high one), which no file
    or terminal can take."""
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "s\\ud800", "title": "Report \\udc00", "url": "https://example.org/\\ud83d", '
        '"published": "2020-08-07\\ud800", "text": "Shelling in Homs \\udfff\\ud800."}\n'
        '{"id": "clean", "text": "Clashes in Hama \\ud83d\\ude00."}\n', encoding="ascii")
    items, warnings = read_warn(path)
    assert items == [
        Article(id="s\ufffd", text="Shelling in Homs \ufffd\ufffd.", title="Report \ufffd",
                url="https://example.org/\ufffd", published="2020-08-07", source=str(path)),
        Article(id="clean", text="Clashes in Hama \U0001f600.", source=str(path)),  # a pair is a character
    ]
    assert warnings == [InputWarning(f"{path}:1", "lone surrogates (invalid Unicode) in id, title, url, text "
                                                  "replaced with U+FFFD")]


def test_a_file_name_that_is_not_utf8_gives_a_usable_id(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"caf\xe9.txt")  # Python keeps the byte as the surrogate \udce9
    path.write_text("Shelling in Homs.", encoding="utf-8")
    items, warnings = read_warn(path)
    assert items == [Article(id="caf\ufffd.txt", text="Shelling in Homs.", source=str(path))]
    assert warnings == [InputWarning(str(path),
                                     "lone surrogates (invalid Unicode) in id replaced with U+FFFD")]


def test_an_html_page_cannot_declare_an_escape_codec_as_its_charset(tmp_path: Path) -> None:
    """unicode_escape is a Python codec, not a charset: it would turn "\\ud800" in a page into a surrogate."""
    page = (b'<html><head><meta charset="unicode_escape"></head><body><article><p>'
            + b"Shelling in Homs \\ud800 near the caf\xe9. " * 20 + b"</p></article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page)
    [article], warnings = read_warn(path)
    assert isinstance(article, Article) and "Shelling in Homs \\ud800 near the café." in article.text
    assert warnings == [InputWarning(str(path), "not UTF-8; decoded as Windows-1252 (Latin-1)")]


# ------------------------------------------------------------------ repeated ids, streamed


def test_repeated_ids_are_renamed_while_streaming_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 records with one id: each renamed as it is read (no look-ahead), and the set of ids
    taken is asked a bounded number of times per record, not once per earlier duplicate."""
    lookups = [0]

    class CountingSet(set):  # the one set the reader uses to remember ids
        def __contains__(self, item: object) -> bool:
            lookups[0] += 1
            return super().__contains__(item)

    monkeypatch.setattr(articles, "set", CountingSet, raising=False)
    line = json.dumps({"id": "dup", "text": "Shelling in Homs."}).encode() + b"\n"
    raw = _CountingRaw(line * 20_000)
    said: list[InputWarning] = []
    items = read_inputs(["-"], stdin=io.TextIOWrapper(io.BufferedReader(raw)), on_warning=said.append)
    first, second = next(items), next(items)
    assert [first.id, second.id] == ["dup", "dup-2"]  # type: ignore[union-attr]
    assert raw.pos <= 3 * HEAD_BYTES < len(raw.data) // 2  # renamed before the input was read
    assert said == [InputWarning("<stdin>:2", 'id "dup" is already used by an earlier article; this one is '
                                              '"dup-2"')]
    rest = [a.id for a in items]  # type: ignore[union-attr]
    assert rest[-1] == "dup-20000" and len(set(rest)) == 19_998
    assert lookups[0] <= 2 * 20_000
