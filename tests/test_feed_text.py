"""Text as feeds and web pages carry it: HTML character references, soft hyphens and zero-width characters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.geoparse.unwrap import plain_spaces
from mapper.io.articles import plain_text
from mapper.pipeline import Pipeline
from mapper.run import analyse_inputs, make_map


def test_references_are_decoded_once_and_soft_hyphens_dropped() -> None:
    assert plain_text("Gunmen kill 5 in Ma&#39;arrat al-Nu&#x27;man &amp; Saraqib") \
        == "Gunmen kill 5 in Ma'arrat al-Nu'man & Saraqib"
    assert plain_text("Kha\u00adrkiv and Port&nbsp;Sudan") == "Kharkiv and Port\u00a0Sudan"
    assert plain_text("&amp;lt;script&amp;gt;") == "&lt;script&gt;"  # the escaped text "&lt;", not "<"


@pytest.mark.parametrize("text", [
    "AT&T and R&D: shelling hits Kherson",  # an ampersand that starts no reference
    "the &paragraph and &amp without its semicolon",  # legacy references without ";" stay words
    "&#; &#x; &; & ;",
    "Shelling hits Kherson",
    "",
])
def test_text_without_references_is_left_alone(text: str) -> None:
    assert plain_text(text) == text


def test_feed_records_are_read_as_the_text_they_stand_for(tmp_path: Path) -> None:
    # JSONL and CSV feeds carry escaped text: the article is the plain text (excerpts quote it); ids stay.
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text(json.dumps({"id": "a&amp;1", "title": "Idlib &amp; Hama", "published": "2025-03-04",
                                 "text": "Gunmen kill 5 in Ma&#39;arrat al-Nu&#39;man"}) + "\n")
    csv_file = tmp_path / "feed.csv"
    csv_file.write_text('id,published,text\n'
                        'b1,2025-03-04,"Russian missile strike on Kha\u00adrkiv kills 4"\n')
    docs, _, _ = analyse_inputs([str(jsonl), str(csv_file)])
    assert [(d.article.id, d.article.title, d.article.text) for d in docs] == [
        ("a&amp;1", "Idlib & Hama", "Gunmen kill 5 in Ma'arrat al-Nu'man"),
        ("b1", None, "Russian missile strike on Kharkiv kills 4")]
    assert [[(e.location.name, e.location.country_code, e.fatalities) for e in d.events] for d in docs] \
        == [[("Ma‘arrat an Nu‘mān", "SY", 5)], [("Kharkiv", "UA", 4)]]
    assert docs[0].excerpt(docs[0].mentions[0]) == "Gunmen kill 5 in Ma'arrat al-Nu'man"


def test_references_to_no_character_are_replacement_characters() -> None:
    # A reference to a lone surrogate, to NUL or past U+10FFFF is U+FFFD (as HTML5 reads it), never a lone
    # surrogate that later writers would choke on; template syntax is text.
    assert plain_text("a&#xD800;b &#0; &#x110000; {{ 7*7 }}") == "a\ufffdb \ufffd \ufffd {{ 7*7 }}"


def test_escaped_markup_in_a_feed_stays_text_in_the_map(tmp_path: Path) -> None:
    # Decoded, "&lt;script&gt;" is the text "<script>": it reaches the page only as JSON data.
    src = tmp_path / "feed.jsonl"
    text = "&lt;script&gt;alert(1)&lt;/script&gt; Shelling hits Kherson, killing 3"
    record = {"id": "x1", "text": text, "title": "&lt;b&gt;t {{ 7*7 }} &#xD800;", "published": "2025-03-04"}
    src.write_text(json.dumps(record) + "\n")
    out = tmp_path / "map.html"
    make_map([str(src)], out)
    page = out.read_text()
    assert "<script>alert(1)" not in page and "<b>t" not in page and "Kherson" in page
    assert "{{ 7*7 }}" in page and "49" not in page.split("<title>")[1].split("</title>")[0]


def test_zero_width_characters_read_as_spaces_in_place(pipeline: Pipeline) -> None:
    text = "\u200fRebels seized Goma\u200b on Sunday, killing 3 in Kibumba\u200e."
    assert plain_spaces(text) == " Rebels seized Goma  on Sunday, killing 3 in Kibumba ."
    doc = pipeline.parse(text, published="2025-01-27")
    assert [(m.text, text[m.start:m.end]) for m in doc.mentions] == [("Goma", "Goma"), ("Kibumba", "Kibumba")]
    plain = pipeline.parse(" ".join(text.replace("\u200f", "").split()), published="2025-01-27")
    assert [(e.location.name, e.event_type, e.fatalities) for e in doc.events] \
        == [(e.location.name, e.event_type, e.fatalities) for e in plain.events]
    # (the rules code both sites; the event filter retrained at session 40 drops the Kibumba report, a known
    # loss that the equality with the plain text above covers either way)
    rules = Pipeline(event_filter=False).parse(text, published="2025-01-27")
    assert [e.location.name for e in rules.events] == ["Goma", "Kibumba"]


@pytest.mark.parametrize("text", [
    "&" * 100_000,
    "&#39;" * 20_000,
    "&amp" * 25_000,
    ("x" * 99_990) + "&#39;",
    "\u00ad" * 100_000,
    "&a" + "b" * 100_000 + ";",
    "&#" + "1" * 100_000 + ";",
])
def test_pathological_inputs_of_100_kb(text: str) -> None:
    assert len(plain_text(text)) <= len(text)
