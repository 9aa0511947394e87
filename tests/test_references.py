"""normalize's first step: HTML character references and invisible characters read as what they stand for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.geoparse.references import decode_references
from mapper.pipeline import Pipeline


def test_references_decode_and_each_word_keeps_its_length() -> None:
    text = "Gunmen kill 5 in Ma&#39;arrat al-Nu&#x27;man &amp; Saraqib"
    view = decode_references(text)
    assert view == "Gunmen kill 5 in Ma'arrat     al-Nu'man      &     Saraqib"
    assert len(view) == len(text)
    # Every word starts where it started: the padding ends the word.
    assert [view.index(w) for w in ("Saraqib", "al-Nu'man")] == [text.index("Saraqib"), text.index("al-Nu")]


def test_invisible_characters_are_removed_within_their_word() -> None:
    assert decode_references("Kha\u00adrkiv and Goma\u200b airport\u200e") == "Kharkiv  and Goma  airport "
    assert decode_references("Port&nbsp;Sudan") == "Port\u00a0Sudan     "  # plain_spaces reads it next
    assert decode_references("Kha&shy;rkiv") == "Kharkiv     "  # a reference to an invisible character


@pytest.mark.parametrize("text", [
    "AT&T and R&D: shelling hits Kherson",  # an ampersand that starts no reference
    "the &paragraph and &amp without its semicolon",  # legacy references without ";" are words
    "&#; &#x; &; & ;",
    "Shelling hits Kherson",
    "",
])
def test_text_without_references_is_left_alone(text: str) -> None:
    assert decode_references(text) is None


def test_a_reference_is_decoded_once() -> None:
    # "&amp;lt;" is the escaped text "&lt;", not "<".
    assert decode_references("&amp;lt;script&amp;gt;") == "&lt;script&gt;        "


def test_an_escaped_headline_codes_as_the_plain_one(pipeline: Pipeline) -> None:
    plain = pipeline.parse("Gunmen kill 5 in Ma'arrat al-Nu'man", published="2025-03-04")
    escaped = pipeline.parse("Gunmen kill 5 in Ma&#39;arrat al-Nu&#39;man", published="2025-03-04")
    assert escaped.article.text == "Gunmen kill 5 in Ma&#39;arrat al-Nu&#39;man"  # as written
    assert [(e.location.name, e.location.country_code, e.fatalities) for e in escaped.events] \
        == [(e.location.name, e.location.country_code, e.fatalities) for e in plain.events] \
        == [("Ma‘arrat an Nu‘mān", "SY", 5)]


def test_a_soft_hyphen_inside_a_name_hides_nothing(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Russian missile strike on Kha\u00adrkiv kills 4", published="2025-03-04")
    assert [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events] \
        == [("Kharkiv", "Shelling/artillery/missile attack", 4)]
    assert [m.text for m in doc.mentions] == ["Russian", "Kharkiv"]


def test_escaped_markup_stays_text_in_the_map(tmp_path: Path) -> None:
    # A decoded "<script>" lives only in the view the components read; the page gets the article's own
    # characters, as JSON data.
    from mapper.run import make_map

    src = tmp_path / "feed.jsonl"
    text = "&lt;script&gt;alert(1)&lt;/script&gt; Shelling hits Kherson, killing 3"
    src.write_text(json.dumps({"id": "x&lt;1", "text": text, "published": "2025-03-04"}) + "\n")
    out = tmp_path / "map.html"
    make_map([str(src)], out)
    page = out.read_text()
    assert "<script>alert(1)" not in page and "Kherson" in page


@pytest.mark.parametrize("text", [
    "&" * 100_000,
    "&#39;" * 20_000,
    "&amp" * 25_000,
    ("x" * 99_990) + "&#39;",
    "\u00ad" * 100_000,
    ("Kha\u00adrkiv " * 12_500),
    "&a" + "b" * 100_000 + ";",
])
def test_pathological_inputs_of_100_kb(text: str) -> None:
    view = decode_references(text)
    assert view is None or len(view) == len(text)
