"""Speed changes to geoparsing (issue 15, round 12), each checked against the code it replaces (an oracle
kept here): the same answers on the event corpus, the development corpora where present, random input,
and 100 KB pathological input."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.gazetteer import names
from mapper.geoparse import recognize, resolve, sentences
from mapper.pipeline import Pipeline
from tests.event_texts import event_texts
from tests.test_speed_geoparse import _corpus_texts  # the same texts

# -- sentence ends: the pattern starts with one character class ------------------------------------------
_OLD_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*")


def _ends(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_sentence_ends_are_the_old_alternations_in_the_corpora() -> None:
    texts = list(event_texts()) + _corpus_texts()
    assert len(texts) > 1000
    assert sum(len(_ends(sentences._END, t)) for t in texts) > 1000
    for text in texts:
        assert _ends(sentences._END, text) == _ends(_OLD_END, text)


_END_PIECES = [".", "!", "?", "\n", "\r\n", " ", "\t", "\u00a0", "\"", "'", "”", "’", ")", "(", "“", "‘", "A",
               "z", "9", "U.S.", "Mr.", "Oct.", "é", "É"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_END_PIECES), max_size=40))
def test_sentence_ends_are_the_old_alternations_on_random_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _ends(sentences._END, text) == _ends(_OLD_END, text)


@pytest.mark.parametrize("unit", [". ", ".\n", "\n", " ", ".)”  ", "!?", "a. B", "\n \n\t"])
def test_sentence_ends_on_100_kb_of_a_repeated_piece(unit: str) -> None:
    text = unit * (100_000 // len(unit)) + "A"
    assert _ends(sentences._END, text) == _ends(_OLD_END, text)


def test_sentences_of_a_text_with_abbreviations() -> None:
    text = "Troops entered Sake. The U.S. said on Oct. 7 that Mr. Smith left!\nThen \"Goma\" fell."
    spans = sentences.Sentences(text).spans()
    assert [text[s:e] for s, e in spans] == ["Troops entered Sake.",
                                             "The U.S. said on Oct. 7 that Mr. Smith left!",
                                             "Then \"Goma\" fell."]


# -- spelling variants and skeletons: a doubled letter replaced by a function, not a template --------------
def _old_variant(text: str) -> str:
    """names._variant_joined as it was (the template r"\\1")."""
    if " " in text:
        text = names._VARIANT_ARTICLE.sub("al", text)
    text = text.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("dj", "j")
    text = text.translate(names._VARIANT_DIGRAPHS)
    if "y" in text:
        text = names._VARIANT_Y.sub("i", text)
    text = names._VARIANT_DOUBLED.sub(r"\1", text)
    return names._VARIANT_FINAL_H.sub("", text) if "h" in text else text


def _old_skeleton(key: str) -> str:
    tokens = [t for t in key.split() if t not in names.ARTICLES]
    return names._DOUBLED.sub(r"\1", "".join(tokens).translate(names._SKELETON_DROP))


def _corpus_keys() -> list[str]:
    texts = list(event_texts()) + _corpus_texts()
    keys = {names.normalize(m.group()) for t in texts for m in recognize.RUN.finditer(t)}
    return sorted(k for k in keys if k)


def test_variants_and_skeletons_are_the_old_ones_on_every_run_of_the_corpora() -> None:
    keys = _corpus_keys()
    assert len(keys) > 2000
    assert sum(names.variant(k) != k for k in keys) > 1000  # the replacement is exercised
    for key in keys:
        assert names._variant_joined(key) == _old_variant(key), key
        assert names.skeleton(key) == _old_skeleton(key), key
    joined = names._JOINER.join(keys)
    assert names._variant_joined(joined) == _old_variant(joined)
    dropped = names._SKELETON_DROP_RE.sub("", names._ARTICLE_TOKEN.sub("", joined))
    old_joined = names._DOUBLED_IN_KEY.sub(r"\1", dropped)
    assert names._skeleton_joined(joined, ascii_only=False) == old_joined


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=string.ascii_lowercase[:8] + "hyqou \x00" + "éß", max_size=30))
def test_variants_and_skeletons_are_the_old_ones_on_random_keys(key: str) -> None:
    assert names._variant_joined(key) == _old_variant(key)
    assert names._DOUBLED.sub(names._FIRST_GROUP, key) == names._DOUBLED.sub(r"\1", key)
    assert names._DOUBLED_IN_KEY.sub(names._FIRST_GROUP, key) == names._DOUBLED_IN_KEY.sub(r"\1", key)


def test_variant_examples() -> None:
    assert names.variant("maarrat al numan") == "marat al numan"
    assert names.skeleton("dayr az zawr") == "drzr"


# -- a one-word name asks the document's lowercase words once ----------------------------------------------
def test_seen_lowercase_is_the_old_two_questions(pipeline: Pipeline) -> None:
    gaz = pipeline["recognize"].recognizer.gaz
    texts = list(event_texts())[:600] + _corpus_texts()[:300]
    seen = 0
    for text in texts:
        words = recognize.LowercaseWords(text)
        for c in recognize.find_candidates(text, gaz):
            f = recognize.context_features(c, text, recognize.LowercaseWords(text))
            old = c.key in words or c.key.split(" ", 1)[0] in words
            assert ("seen_lowercase" in f) == old, (c.key, text[:80])
            seen += old
    assert seen > 10


# -- the article's URL: remembered between the resolver's rounds -----------------------------------------
@pytest.mark.parametrize("url", [None, "", "https://www.bbc.co.uk/news/x", "lemonde.fr/a", "http://x.com",
                                 "https://user@news.example.ng:8080/p?q=1", "http://[::1]/x", "//kyiv.ua"])
def test_url_country_remembered_is_the_one_read_afresh(url: str | None) -> None:
    assert resolve.url_country(url) == resolve.url_country.__wrapped__(url)
    assert resolve.url_country(url) == resolve.url_country.__wrapped__(url)


def test_url_country_examples() -> None:
    assert resolve.url_country("https://www.bbc.co.uk/news/x") == "GB"
    assert resolve.url_country("lemonde.fr/a") == "FR"
    assert resolve.url_country("http://x.com") == ""
