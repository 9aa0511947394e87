"""Gold corpus readers: small hand-written files, plus counts on the shared corpora when present."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from mapper.doc import Doc
from mapper.errors import CorpusError
from mapper.evaluation import (
    GoldArticle,
    corpus_path,
    evaluate,
    read_corpus,
    read_geovirus,
    read_gold_jsonl,
    read_lgl,
    shared_dir,
    sniff_format,
    write_gold_jsonl,
)
from mapper.model import Article, Mention, Place

# --------------------------------------------------------------------------- LGL-like

LGL_TEXT = "Flood closes bridge near Millbrook. Crews from Harlow County reopened Elm Road on Tuesday."
#           Millbrook 25:34, Harlow County 47:60, Elm Road 70:78


def _lgl_xml(text: str = LGL_TEXT, start: int = 25, end: int = 34) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="777">
    <feedid>1</feedid>
    <title>Flood closes bridge near Millbrook</title>
    <domain>example.org</domain>
    <url>http://example.org/news/777</url>
    <dltime>2010-05-04 10:00:00-05</dltime>
    <text><![CDATA[{text}]]></text>
    <toponyms count="3">
      <toponym><start>47</start><end>60</end><phrase>Harlow County</phrase>
        <gaztag geonameid="1234"><name>Harlow County</name><fcode>ADM2</fcode>
          <lat>40.5</lat><lon>-80.25</lon></gaztag></toponym>
      <toponym><start>{start}</start><end>{end}</end><phrase>Millbrook</phrase>
        <gaztag geonameid="99"><name>Millbrook</name><fcode>PPL</fcode>
          <lat>40.1</lat><lon>-80.0</lon></gaztag></toponym>
      <toponym><start>70</start><end>78</end><phrase>Elm Road</phrase></toponym>
    </toponyms>
  </article>
  <article docid="778">
    <title>Nothing here</title>
    <text>No places at all.</text>
    <toponyms count="0"></toponyms>
  </article>
</articles>
"""


def test_read_lgl(tmp_path: Path) -> None:
    p = tmp_path / "lgl.xml"
    p.write_text(_lgl_xml(), encoding="utf-8")
    arts = read_lgl(p)
    assert [a.id for a in arts] == ["777", "778"]
    a = arts[0]
    assert a.text == LGL_TEXT
    assert a.title == "Flood closes bridge near Millbrook"
    assert a.url == "http://example.org/news/777" and a.domain == "example.org"
    assert a.published == "2010-05-04"
    # sorted by offset; every span spells its phrase
    assert [(t.start, t.end, t.text) for t in a.toponyms] == [
        (25, 34, "Millbrook"),
        (47, 60, "Harlow County"),
        (70, 78, "Elm Road"),
    ]
    assert all(a.text[t.start : t.end] == t.text for t in a.toponyms)
    mill, harlow, elm = a.toponyms
    assert (mill.lat, mill.lon, mill.geonameid) == (40.1, -80.0, 99)
    assert harlow.geonameid == 1234 and harlow.has_coords
    # no gaztag: kept for recognition, no coordinates
    assert (elm.lat, elm.lon, elm.geonameid) == (None, None, None) and not elm.has_coords
    assert arts[1].toponyms == ()
    # The Article handed to the analyser: no title (the text starts with it), but the URL.
    art = a.to_article()
    assert isinstance(art, Article)
    assert (art.id, art.text, art.title, art.url) == ("777", LGL_TEXT, None, "http://example.org/news/777")
    assert a.to_article(include_title=True).title == a.title
    assert sniff_format(p) == "lgl"
    assert read_corpus(p) == arts


def test_read_lgl_rejects_wrong_offsets(tmp_path: Path) -> None:
    p = tmp_path / "lgl.xml"
    p.write_text(_lgl_xml(start=26, end=35), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"article 777, toponym 1: text\[26:35\]"):
        read_lgl(p)
    p.write_text(_lgl_xml(start=25, end=999), encoding="utf-8")
    with pytest.raises(CorpusError, match="outside text"):
        read_lgl(p)
    p.write_text(_lgl_xml().replace("<start>47</start>", "<start>x</start>"), encoding="utf-8")
    with pytest.raises(CorpusError, match="not an integer"):
        read_lgl(p)
    p.write_text(_lgl_xml().replace("<lat>40.5</lat>", "<lat>140.5</lat>"), encoding="utf-8")
    with pytest.raises(CorpusError, match="lat out of range"):
        read_lgl(p)


# --------------------------------------------------------------------------- GeoVirus-like

GV_TEXT = "Health officials in Lakeside reported new cases; clinics across Norland stayed open."
#          Lakeside 20:28, Norland 64:71 (0-based)


def _gv_xml(shift: int = 1) -> str:
    # GeoVirus writes ONE-based offsets: 0-based start + 1, 0-based end + 1.
    return f"""<articles>
    <article>
        <source>https://example.org/wiki/Outbreak</source>
        <text>{GV_TEXT}</text>
        <locations>
            <location><name>Norland</name><start>{64 + shift}</start><end>{71 + shift}</end>
                <lat>61</lat><lon>10.5</lon><page>https://example.org/wiki/Norland</page></location>
            <location><name>Lakeside</name><start>{20 + shift}</start><end>{28 + shift}</end>
                <lat>-33.25</lat><lon>151.0</lon><page>https://example.org/wiki/Lakeside</page></location>
        </locations>
    </article>
    <article>
        <source>https://example.org/wiki/Other</source>
        <text>Nothing located.</text>
        <locations/>
    </article>
</articles>
"""


def test_read_geovirus_converts_one_based_offsets(tmp_path: Path) -> None:
    assert GV_TEXT[20:28] == "Lakeside" and GV_TEXT[64:71] == "Norland"
    p = tmp_path / "GeoVirus.xml"
    p.write_text(_gv_xml(), encoding="utf-8")
    arts = read_geovirus(p)
    assert [a.id for a in arts] == ["geovirus-0000", "geovirus-0001"]
    a = arts[0]
    assert a.url == "https://example.org/wiki/Outbreak" and a.title is None
    assert [(t.start, t.end, t.text) for t in a.toponyms] == [(20, 28, "Lakeside"), (64, 71, "Norland")]
    assert all(a.text[t.start : t.end] == t.text for t in a.toponyms)
    assert (a.toponyms[1].lat, a.toponyms[1].lon, a.toponyms[1].geonameid) == (61.0, 10.5, None)
    assert arts[1].toponyms == ()
    assert sniff_format(p) == "geovirus"
    assert read_corpus(p) == arts


def test_read_geovirus_rejects_zero_based_file(tmp_path: Path) -> None:
    # A file that is already 0-based would come out shifted: the reader must notice, not guess.
    p = tmp_path / "gv0.xml"
    p.write_text(_gv_xml(shift=0), encoding="utf-8")
    with pytest.raises(CorpusError, match="expected 'Norland'"):
        read_geovirus(p)


# --------------------------------------------------------------------------- JSONL

JL_TEXT = "Talks in Brightwater ended; delegates flew home to Ostrava."


def _jl_obj() -> dict[str, object]:
    return {
        "id": "j1",
        "text": JL_TEXT,
        "url": "http://example.org/j1",
        "toponyms": [
            {"start": 51, "end": 58, "lat": 49.8347, "lon": 18.2820, "geonameid": 3068799},
            {"start": 9, "end": 20, "text": "Brightwater", "lat": None, "lon": None},
        ],
    }


def test_read_gold_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(_jl_obj()) + "\n\n", encoding="utf-8")
    (a,) = read_gold_jsonl(p)
    assert a.id == "j1" and a.url == "http://example.org/j1"
    assert [(t.start, t.end, t.text, t.geonameid) for t in a.toponyms] == [
        (9, 20, "Brightwater", None),
        (51, 58, "Ostrava", 3068799),
    ]
    assert not a.toponyms[0].has_coords and a.toponyms[1].lat == 49.8347
    assert sniff_format(p) == "jsonl" and read_corpus(p) == [a]
    # round trip through the writer
    q = tmp_path / "copy.jsonl"
    write_gold_jsonl([a], q)
    assert read_gold_jsonl(q) == [a]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({"id": "x", "toponyms": []}), "'text' must be a string"),
        (json.dumps({"id": "x", "text": "abc", "toponyms": [{"start": "0", "end": 1}]}), "integers"),
        (json.dumps({"id": "x", "text": "abc", "toponyms": [{"start": 0, "end": 9}]}), "outside text"),
        (json.dumps({"id": "x", "text": "abc", "toponyms": [{"start": 0, "end": 2, "text": "bc"}]}), "'bc'"),
        (json.dumps({"id": "x", "text": "abc", "toponyms": [{"start": 0, "end": 2, "lat": 1}]}), "one of"),
        (
            json.dumps(
                {"id": "x", "text": "abc", "toponyms": [{"start": 0, "end": 2, "lat": "n", "lon": 1}]}
            ),
            "not a number",
        ),
    ],
)
def test_read_gold_jsonl_malformed(tmp_path: Path, line: str, message: str) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as info:
        read_gold_jsonl(p)
    assert "bad.jsonl:1" in str(info.value)


# --------------------------------------------------------------------------- dispatch and errors


def test_read_corpus_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(CorpusError, match="not well-formed XML"):
        read_corpus(bad)
    odd = tmp_path / "odd.xml"
    odd.write_text("<articles><article><text>x</text></article></articles>", encoding="utf-8")
    with pytest.raises(CorpusError, match="cannot tell the corpus format"):
        read_corpus(odd)
    with pytest.raises(CorpusError, match="unknown corpus format"):
        read_corpus(odd, fmt="conll")
    with pytest.raises(CorpusError, match="cannot read"):
        read_corpus(tmp_path / "missing.xml")
    with pytest.raises(CorpusError, match="no <article>"):
        empty = tmp_path / "empty.xml"
        empty.write_text("<articles/>", encoding="utf-8")
        read_lgl(empty)
    with pytest.raises(CorpusError, match="no <text>"):
        notext = tmp_path / "notext.xml"
        notext.write_text("<articles><article docid='1'><toponyms/></article></articles>", encoding="utf-8")
        read_corpus(notext)
    # explicit format overrides sniffing
    lgl = tmp_path / "lgl.data"
    lgl.write_text(_lgl_xml(), encoding="utf-8")
    assert len(read_corpus(lgl, fmt="lgl")) == 2


def test_shared_dir_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MAPPER_SHARED", str(tmp_path))
    assert shared_dir() == tmp_path
    assert corpus_path("geovirus") == tmp_path / "corpora" / "GeoVirus.xml"
    monkeypatch.delenv("MAPPER_SHARED")
    assert shared_dir().name == "shared"
    with pytest.raises(CorpusError):
        corpus_path("wiki")


# --------------------------------------------------------------------------- the shared corpora


def _need(name: str) -> Path:
    p = corpus_path(name)
    if not p.is_file():
        pytest.skip(f"{p} not found (set MAPPER_SHARED or put shared/ beside the repo)")
    return p


def _oracle(corpus: list[GoldArticle]) -> Callable[[Article], Doc]:
    """An analyser that returns the gold toponyms as mentions (to check the runner end to end)."""
    by_id = {a.id: a for a in corpus}

    def analyse(article: Article) -> Doc:
        mentions = [
            Mention(
                t.start,
                t.end,
                t.text,
                Place(t.text, t.lat, t.lon, "", "city", geonameid=t.geonameid)
                if t.lat is not None and t.lon is not None
                else None,
            )
            for t in by_id[article.id].toponyms
        ]
        return Doc(article, mentions)

    return analyse


@pytest.mark.corpus
def test_lgl_real_counts() -> None:
    p = _need("lgl")
    arts = read_lgl(p)
    assert len(arts) == 588 and len({a.id for a in arts}) == 588
    tops = [t for a in arts for t in a.toponyms]
    assert len(tops) == 5088
    assert sum(t.has_coords for t in tops) == 4462  # 626 toponyms have no <gaztag>
    assert sum(t.geonameid is not None for t in tops) == 4462
    assert sum(len(a.text.encode("utf-8")) for a in arts) == 1_124_450
    assert all(a.url for a in arts) and all(a.domain for a in arts)
    # Raw offsets are 0-based: every one of the 5088 spans spells its <phrase>.
    root = ET.parse(p).getroot()
    exact = shifted = 0
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        for tp in art.iter("toponym"):
            s, e, ph = int(tp.findtext("start") or 0), int(tp.findtext("end") or 0), tp.findtext("phrase")
            exact += text[s:e] == ph
            shifted += text[s - 1 : e - 1] == ph
    assert (exact, shifted) == (5088, 0)
    # The text begins with the title (whitespace-normalised) in 585 of 588 articles.
    starts = sum(" ".join(a.text.split()).startswith(" ".join((a.title or "").split())) for a in arts)
    assert starts == 585
    assert read_corpus(p) == arts


@pytest.mark.corpus
def test_geovirus_real_counts() -> None:
    p = _need("geovirus")
    arts = read_geovirus(p)
    assert len(arts) == 229
    tops = [t for a in arts for t in a.toponyms]
    assert len(tops) == 2170 and all(t.has_coords for t in tops)
    assert all(a.text[t.start : t.end] == t.text for a in arts for t in a.toponyms)
    assert sum(len(a.text.encode("utf-8")) for a in arts) == 385_500
    # Raw offsets are one-based: text[start-1:end-1] == name for all 2170, text[start:end] for none.
    root = ET.parse(p).getroot()
    exact = shifted = 0
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        for loc in art.iter("location"):
            s, e, nm = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0), loc.findtext("name")
            exact += text[s:e] == nm
            shifted += text[s - 1 : e - 1] == nm
    assert (exact, shifted) == (0, 2170)
    assert read_corpus(p) == arts


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["lgl", "geovirus"])
def test_oracle_scores_perfectly(name: str) -> None:
    arts = read_corpus(_need(name))
    rep = evaluate(arts, _oracle(arts), name=name)
    assert rep.exact.f1 == 1.0 and rep.overlap.f1 == 1.0
    assert rep.resolution.accuracy == 1.0 and rep.end_to_end == 1.0
    assert rep.resolution.mean_km == 0.0 and rep.resolution.auc == 0.0
    assert rep.resolution.n == rep.gold_with_coords
    assert rep.offset_mismatches == 0 and rep.matched_unresolved == 0
