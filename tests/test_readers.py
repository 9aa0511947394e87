"""mapper.io.readers on real files: every input becomes articles or exactly one problem each."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from mapper.events.dates import parse_date
from mapper.io.readers import read_inputs
from mapper.mapview.sites import collect_sites
from mapper.model import Article, InputProblem, InputWarning
from mapper.pipeline import Pipeline
from mapper.run import analyse_inputs

TXT = (
    "04:40 GMT07 August 2020\nAirstrikes hit Idlib province\n\nAirstrikes hit the town of Ariha on Friday.\n"
)

HTML = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Airstrikes hit Idlib province | Example News</title>
<meta property="og:title" content="Airstrikes hit Idlib province">
<meta property="og:url" content="https://news.example.org/2020/08/idlib-airstrikes">
<meta property="article:published_time" content="2020-08-07T04:40:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<article>
<h1>Airstrikes hit Idlib province</h1>
<p>Airstrikes hit the town of Ariha in Idlib province on Friday, killing at least five civilians,
according to local rescuers who spoke to reporters at the scene.</p>
<script>alert(1)</script>
<p>The Syrian Observatory for Human Rights said warplanes also struck villages near Jisr al-Shughur,
close to the Turkish border, later in the day.</p>
</article>
<footer><p>Copyright 2020 Example News. All rights reserved. Cookie policy.</p></footer>
</body></html>
"""

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def read(*inputs: str | Path, **kwargs: object) -> list[Article | InputProblem]:
    return list(read_inputs([str(i) for i in inputs], **kwargs))  # type: ignore[arg-type]


def articles(items: list[Article | InputProblem]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def problems(items: list[Article | InputProblem]) -> list[InputProblem]:
    return [i for i in items if isinstance(i, InputProblem)]


def write_jsonl(path: Path) -> Path:
    path.write_text(
        json.dumps({"id": "a1", "text": "Shelling in Homs.", "title": "Homs", "published": "2020-08-07"})
        + "\n{not json\n"
        + json.dumps({"id": "a3", "title": "no text here"})
        + "\n\n"
        + json.dumps({"text": "Clashes near Daraa.", "url": "https://example.org/d"})
        + "\n",
        encoding="utf-8",
    )
    return path


def write_csv(path: Path) -> Path:
    path.write_text(
        "id,title,url,published,text\n"
        'c1,Aleppo,https://example.org/a,"August 7, 2020","Fighting in Aleppo, again."\n'
        "c2,No text,https://example.org/b,2020-08-08,\n"
        ",Untitled,,,Protests in Beirut.\n",
        encoding="utf-8",
    )
    return path


# ------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("07 August 2020", "2020-08-07"),
        ("04:40 GMT07 August 2020", "2020-08-07"),
        ("2020-08-07", "2020-08-07"),
        ("2020-08-07T04:40:00Z", "2020-08-07"),
        ("August 7, 2020", "2020-08-07"),
        ("Sept. 18, 2016", "2016-09-18"),
        ("Friday, 7th Aug. 2020", "2020-08-07"),
        ("31 February 2020", None),
        ("07/08/2020", None),
        ("in May 2020", None),
        ("", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    found = parse_date(text)
    assert (found.isoformat() if found else None) == iso


# -------------------------------------------------------------------------- txt


def test_txt_with_date_header_and_title(tmp_path: Path) -> None:
    path = tmp_path / "idlib.txt"
    path.write_text(TXT, encoding="utf-8")
    assert read(path) == [
        Article(
            id="idlib.txt",
            text=TXT,
            title="Airstrikes hit Idlib province",
            url=None,
            published="2020-08-07",
            source=str(path),
        )
    ]


def test_txt_with_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TXT.encode("utf-8"))
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.text == TXT  # BOM stripped, nothing else touched
    assert article.title == "Airstrikes hit Idlib province"
    assert article.published == "2020-08-07"


def test_txt_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(TXT.encode("utf-16"))  # Python writes a BOM for "utf-16"
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.text == TXT


def test_txt_title_then_date_line_and_crlf_kept(tmp_path: Path) -> None:
    text = "Ceasefire talks resume in Geneva\r\nSept. 18, 2016\r\n\r\nDelegations met on Sunday.\r\n"
    path = tmp_path / "talks.txt"
    path.write_bytes(text.encode("utf-8"))
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.text == text
    assert article.title == "Ceasefire talks resume in Geneva"
    assert article.published == "2016-09-18"


def test_txt_without_headline_uses_default_date(tmp_path: Path) -> None:
    path = tmp_path / "body.txt"
    path.write_text("Airstrikes hit Ariha on Friday.\nRescuers said five people died.\n", encoding="utf-8")
    [article] = read(path, published="2021-01-02")
    assert isinstance(article, Article)
    assert article.title is None  # a first line ending in a period is prose, not a headline
    assert article.published == "2021-01-02"


def test_single_line_txt_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Clashes in Daraa", encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.title is None
    assert article.text == "Clashes in Daraa"


# ------------------------------------------------------------------------- html


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [article] = read(path, published="1999-01-01")
    assert isinstance(article, Article)
    assert article.id == "page.html"  # an absolute path: the file name only
    assert article.source == str(path)
    assert article.title == "Airstrikes hit Idlib province"
    assert article.url == "https://news.example.org/2020/08/idlib-airstrikes"
    assert article.published == "2020-08-07"  # the page's date wins over the default
    assert "Airstrikes hit the town of Ariha in Idlib province on Friday" in article.text
    assert "Jisr al-Shughur" in article.text
    assert "alert(1)" not in article.text
    assert "<script" not in article.text and "<p>" not in article.text
    assert "Subscribe now" not in article.text
    assert "Cookie policy" not in article.text


def test_html_page_without_text_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    assert read(path) == [InputProblem(str(path), "no article text found in HTML page")]


# ------------------------------------------------------------------------ jsonl


def test_jsonl(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "batch.jsonl")
    items = read(path, published="2021-05-05")
    assert [type(i) for i in items] == [Article, InputProblem, InputProblem, Article]
    a1, bad_json, no_text, a5 = items
    assert a1 == Article(
        id="a1", text="Shelling in Homs.", title="Homs", published="2020-08-07", source=str(path)
    )
    assert bad_json.source == f"{path}:2"
    assert bad_json.reason.startswith("invalid JSON: ")
    assert no_text == InputProblem(f"{path}:3", 'no "text" field')
    # line 4 is blank and skipped; a missing id becomes "<file>:<line>"
    assert a5 == Article(
        id="batch.jsonl:5",
        text="Clashes near Daraa.",
        url="https://example.org/d",
        published="2021-05-05",
        source=str(path),
    )


def test_jsonl_not_an_object_and_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n{"id": "e", "text": "   "}\n{"id": "n", "text": 5}\n', encoding="utf-8")
    assert read(path) == [
        InputProblem(f"{path}:1", "not a JSON object but list"),
        InputProblem(f"{path}:2", "empty text"),
        InputProblem(f"{path}:3", '"text" is not a string but int'),
    ]


# -------------------------------------------------------------------------- csv


def test_csv(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "table.csv")
    items = read(path)
    assert items == [
        Article(
            id="c1",
            text="Fighting in Aleppo, again.",
            title="Aleppo",
            url="https://example.org/a",
            published="2020-08-07",
            source=str(path),
        ),
        InputProblem(f"{path}:row 3", "empty text"),
        Article(id="table.csv:4", text="Protests in Beirut.", title="Untitled", source=str(path)),
    ]


def test_csv_too_many_fields_and_no_text_column(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("id,text\nr1,Shelling in Idlib.\nr2,a,b\n", encoding="utf-8")
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("id,body\nx,Shelling\n", encoding="utf-8")
    assert read(rows, nocol) == [
        Article(id="r1", text="Shelling in Idlib.", source=str(rows)),
        InputProblem(f"{rows}:row 3", "3 fields but the header has 2"),
        InputProblem(str(nocol), 'no "text" column (columns: id, body)'),
    ]


# -------------------------------------------------------------------- problems


def test_bad_files_give_one_problem_each_and_the_rest_is_read(tmp_path: Path) -> None:
    good1 = tmp_path / "good1.txt"
    good1.write_text(TXT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n ")
    binary = tmp_path / "image.txt"
    binary.write_bytes(PNG)
    undecodable = tmp_path / "undecodable.txt"
    undecodable.write_bytes(b"caf\xe9 \x81")  # not UTF-8, and 0x81 is not a Windows-1252 character
    good2 = tmp_path / "good2.txt"
    good2.write_text("Second article\nBody.", encoding="utf-8")
    missing = tmp_path / "missing.txt"

    items = read(good1, missing, empty, blank, binary, undecodable, good2)
    assert [a.id for a in articles(items)] == ["good1.txt", "good2.txt"]
    assert problems(items) == [
        InputProblem(str(missing), "no such file"),
        InputProblem(str(empty), "empty file"),
        InputProblem(str(blank), "empty file"),
        InputProblem(str(binary), "binary file, not text"),
        InputProblem(str(undecodable), "not valid UTF-8 text (byte 0xe9 at offset 3)"),
    ]
    assert isinstance(items[0], Article) and isinstance(items[-1], Article)  # input order kept


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Shelling in Homs.", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Shelling in Hama.", encoding="utf-8")
    if os.geteuid() == 0:  # root reads a mode-000 file, so fake the refusal for it
        real_open = Path.open

        def open_(self: Path, *args: object, **kwargs: object) -> object:
            if self == secret:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", open_)
    secret.chmod(0)
    try:
        assert read(secret, other) == [
            InputProblem(str(secret), "permission denied"),
            Article(id="other.txt", text="Shelling in Hama.", source=str(other)),
        ]
    finally:
        secret.chmod(0o600)


# ------------------------------------------------------------------- directory


def test_directory_mixing_all_kinds(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TXT, encoding="utf-8")
    write_jsonl(root / "b.jsonl")
    write_csv(root / "sub" / "c.csv")
    (root / "sub" / "d.html").write_text(HTML, encoding="utf-8")
    (root / "sub" / "e.txt").write_bytes(PNG)
    (root / "notes.md").write_text("ignored", encoding="utf-8")
    (root / "image.png").write_bytes(PNG)
    (root / ".hidden.txt").write_text("ignored", encoding="utf-8")

    items = read(root)
    assert [(i.id if isinstance(i, Article) else i.source) for i in items] == [
        "in/a.txt",  # the directory's name (an absolute path) and the path inside it
        "a1",
        f"{root / 'b.jsonl'}:2",
        f"{root / 'b.jsonl'}:3",
        "in/b.jsonl:5",
        "c1",
        f"{root / 'sub' / 'c.csv'}:row 3",
        "in/sub/c.csv:4",
        "in/sub/d.html",
        str(root / "sub" / "e.txt"),
    ]
    [binary] = [p for p in problems(items) if p.source.endswith("e.txt")]
    assert binary.reason == "binary file, not text"


def test_directory_without_article_files(tmp_path: Path) -> None:
    root = tmp_path / "pictures"
    root.mkdir()
    (root / "image.png").write_bytes(PNG)
    [problem] = read(root)
    assert problem == InputProblem(
        str(root), "no article files (.csv, .htm, .html, .jsonl, .txt) in directory"
    )


# ------------------------------------------------------------------------ stdin


def test_stdin_plain_text() -> None:
    stdin = io.StringIO("Clashes in Daraa\nProtesters gathered on Monday.\n")
    assert read("-", stdin=stdin, published="2020-08-09") == [
        Article(
            id="stdin",
            text="Clashes in Daraa\nProtesters gathered on Monday.\n",
            title="Clashes in Daraa",
            published="2020-08-09",
            source="<stdin>",
        )
    ]


def test_stdin_jsonl_sniffed_and_forced() -> None:
    lines = '{"id": "s1", "text": "Shelling in Homs."}\nnot json\n{"text": "Clashes in Hama."}\n'
    expected = [
        Article(id="s1", text="Shelling in Homs.", source="<stdin>"),
        InputProblem("<stdin>:2", "invalid JSON: Expecting value (column 1)"),
        Article(id="stdin:3", text="Clashes in Hama.", source="<stdin>"),
    ]
    assert read("-", stdin=io.StringIO(lines)) == expected
    # Forced: the first line need not start with "{".
    assert read("-", stdin=io.StringIO("\n" + lines), input_format="jsonl")[0] == expected[0]
    # Forced plain text keeps JSON-looking input as one article.
    [article] = read("-", stdin=io.StringIO(lines), input_format="txt")
    assert isinstance(article, Article) and article.text == lines


def test_stdin_bytes_go_through_the_same_checks() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"caf\xe9 \x81"), encoding="utf-8")
    assert read("-", stdin=stream) == [
        InputProblem("<stdin>", "not valid UTF-8 text (byte 0xe9 at offset 3)")
    ]


def test_stdin_empty_and_twice() -> None:
    assert read("-", "-", stdin=io.StringIO(" \n")) == [
        InputProblem("<stdin>", "empty input"),
        InputProblem("<stdin>", "standard input given more than once"),
    ]


# ------------------------------------------------------------------- arguments


def test_forced_format_reads_any_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.data"
    path.write_text('{"id": "x", "text": "Airstrike in Idlib."}\n', encoding="utf-8")
    assert read(path, input_format="jsonl") == [Article(id="x", text="Airstrike in Idlib.", source=str(path))]
    [as_text] = read(path, input_format="txt")
    assert isinstance(as_text, Article) and as_text.id == "export.data"


def test_bad_arguments_fail_at_once() -> None:
    from mapper.errors import UsageError

    # UsageError: the CLI's exit 2, and a ValueError, as Python callers expect of bad arguments.
    with pytest.raises(UsageError, match="unknown input format"):
        read_inputs(["x"], input_format="pdf")
    with pytest.raises(UsageError, match="not a date"):
        read_inputs(["x"], published="yesterday")
    assert issubclass(UsageError, ValueError)


# ------------------------------------------------------------------- article ids


def read_warn(*inputs: str | Path, **kwargs: object) -> tuple[list[Article | InputProblem],
                                                              list[InputWarning]]:
    said: list[InputWarning] = []
    return read(*inputs, on_warning=said.append, **kwargs), said


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path: Path) -> None:
    """Scraped pages are all index.html and reports all report.txt: the folder tells them apart."""
    root = tmp_path / "scraped"
    for folder in ("bbc", "reuters"):
        (root / folder).mkdir(parents=True)
        (root / folder / "report.txt").write_text(f"Shelling in Homs, {folder} said.", encoding="utf-8")
        (root / folder / "index.html").write_text(HTML, encoding="utf-8")
    items, said = read_warn(root)
    assert [a.id for a in articles(items)] == ["scraped/bbc/index.html", "scraped/bbc/report.txt",
                                               "scraped/reuters/index.html", "scraped/reuters/report.txt"]
    assert said == []


def test_ids_are_paths_as_given_never_absolute_directories(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for week in ("week-12", "week-13"):
        (tmp_path / week / "sy").mkdir(parents=True)
        (tmp_path / week / "sy" / "index.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Shelling in Homs.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # Relative paths stay as typed (normalised); an absolute one keeps only its last part.
    items, said = read_warn("./week-12/", str(tmp_path / "week-13"), "week-12/../a.txt",
                            str(tmp_path / "a.txt"))
    assert [a.id for a in articles(items)] == ["week-12/sy/index.html", "week-13/sy/index.html", "a.txt",
                                               "a.txt-2"]
    # The same file twice is two articles, the second told apart by a suffix, with a warning.
    assert said == [InputWarning(str(tmp_path / "a.txt"),
                                 'id "a.txt" is already used by an earlier article; this one is "a.txt-2"')]
    assert all(str(tmp_path) not in a.id for a in articles(items))


def test_repeated_record_ids_get_a_suffix_and_a_warning(tmp_path: Path) -> None:
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text("".join(json.dumps({"id": i, "text": f"Shelling in Homs, line {n}."}) + "\n"
                             for n, i in enumerate(["a", "a", "a-2", "a", "b"], 1)), encoding="utf-8")
    table = tmp_path / "more.csv"
    table.write_text("id,text\na,Clashes in Hama.\nfeed.jsonl:9,Clashes in Daraa.\n,Protests in Idlib.\n",
                     encoding="utf-8")
    items, said = read_warn(jsonl, table)
    # "a-2" is taken by the second "a", so the record whose own id is "a-2" becomes "a-2-2"; a record
    # without an id is "<file>:<line>" (the ninth line of feed.jsonl would be "feed.jsonl:9").
    assert [a.id for a in articles(items)] == ["a", "a-2", "a-2-2", "a-3", "b", "a-4", "feed.jsonl:9",
                                               "more.csv:4"]
    assert [str(w) for w in said] == [
        f'{jsonl}:2: id "a" is already used by an earlier article; this one is "a-2"',
        f'{jsonl}:3: id "a-2" is already used by an earlier article; this one is "a-2-2"',
        f'{jsonl}:4: id "a" is already used by an earlier article; this one is "a-3"',
        f'{table}:row 2: id "a" is already used by an earlier article; this one is "a-4"',
    ]


def test_ids_are_unique_per_run_not_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "x", "text": "Shelling in Homs."}\n', encoding="utf-8")
    assert [a.id for a in articles(read(path))] == [a.id for a in articles(read(path))] == ["x"]


def test_duplicate_file_names_show_their_own_article_and_identical_reports_merge(
        tmp_path: Path, pipeline: Pipeline) -> None:
    """What the ids are for: a popup finds its article by id, and merging never joins one article's
    events with themselves. With ids from file stems both went wrong for two report.txt."""
    strike = ("Airstrikes hit Deir ez-Zor on Saturday, killing 62 soldiers, the Syrian army said.\n")
    protest = "Thousands of protesters marched in Geneva on Saturday against the war.\n"
    root = tmp_path / "in"
    for folder, text in (("a", strike), ("b", protest), ("c", strike)):
        (root / folder).mkdir(parents=True)
        (root / folder / "report.txt").write_text(text, encoding="utf-8")
    analysed, incidents, summary = analyse_inputs([str(root)], pipeline=pipeline, published="2016-09-18")
    assert [a.article.id for a in analysed] == ["in/a/report.txt", "in/b/report.txt", "in/c/report.txt"]
    # a/ and c/ are one strike reported twice: one event with two sources.
    (event,) = [i for i in incidents if i.reports[0].startswith("in/a/")]
    assert event.reports == ("in/a/report.txt#1", "in/c/report.txt#1") and summary.merged_events == 1
    assert [s.article_id for s in event.sources] == ["in/a/report.txt", "in/c/report.txt"]
    sites = {s.place.name: s for s in collect_sites(analysed, incidents)}
    for name, folders in (("Deir ez-Zor", ["a", "c"]), ("Geneva", ["b"])):
        shown = [(art.source, art.text[item.start:item.start + 20])
                 for art, items in sites[name].groups.values() for item in items.values()]
        expected_text = (strike if name == "Deir ez-Zor" else protest)[:20]
        assert shown == [(str(root / f / "report.txt"), expected_text) for f in folders]
