"""speed37's shortcuts checked against the plain patterns they stand for: triggers._been_before against
_BEEN_BEFORE's search, event_filter._COMPASS_WORDS against _COMPASS's fullmatch, and roles._LOCATIVE_ANY
(what _LOCATIVE_GATE searches) against _LOCATIVE, whether a match exists."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.event_texts import event_texts

# The words _BEEN_BEFORE reads and their near misses, with every kind of whitespace \s and str.split() read
_BEEN_PIECES = ["been", "had", "has", "x-had", "killed", "abducted", "taken", "dead", "died", "ed", "en",
                "in", "by", "during", "a", "an", "the", "drone", "strike", "x", "X", "-", ",", " ", " ", "  ",
                "   ", "\n", "\t", "\x1c", "\u2003", "\u00a0"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_BEEN_PIECES), max_size=16), st.integers(0, 8), st.integers(0, 8))
def test_been_before_gate_is_the_plain_search(pieces: list[str], cut: int, tail: int) -> None:
    from mapper.events import triggers

    low = "".join(pieces)
    pos = min(cut, len(low))
    end = max(pos, len(low) - tail)
    assert triggers._been_before(low, pos, end) == (triggers._BEEN_BEFORE.search(low, pos, end) is not None)


def test_been_before_gate_on_the_event_corpus() -> None:
    from mapper.events import triggers

    matched = 0
    for text in list(event_texts())[::2]:
        low = text.lower()
        for word in re.finditer(r"\b\w", low):  # the 50 characters before each word (as _dated_back)
            window = max(0, word.start() - 50), word.start()
            plain = triggers._BEEN_BEFORE.search(low, *window) is not None
            assert triggers._been_before(low, *window) == plain, low[window[0]:window[1]]
            matched += plain
    assert matched > 500
    low = "14 civilians killed in a drone strike on dabat last week"
    assert triggers._been_before(low, 0, low.index("strike"))  # "killed in a drone ": the article before
    low = "where border forces had exchanged fire"
    assert triggers._been_before(low, 0, low.index("exchanged"))
    assert not triggers._been_before("the army said it shelled the town", 0, 18)  # "the army said it "


def test_compass_words_are_what_compass_matches_whole() -> None:
    from mapper.events import event_filter

    words = event_filter._COMPASS_WORDS
    assert len(words) == 48 and {"north", "south-eastern", "northwestwards", "westward"} <= words
    parts = ["", "north", "south", "east", "west", "-", "ern", "ward", "wards", "s", "North", "e", "-east",
             "n"]
    for a in parts:
        for b in parts:
            for c in parts:
                for d in parts:
                    w = a + b + c + d
                    assert (w in words) == (event_filter._COMPASS.fullmatch(w) is not None), w
    for text in list(event_texts())[::3]:
        for w in event_filter._WORD.findall(text):
            assert (w in words) == (event_filter._COMPASS.fullmatch(w) is not None), w


_LOCATIVE_PIECES = ["in", "at", "on", "near", "off", "sailing", "the", "northern", "north-east",
                    "rebel-held", "front-line", "rural", "outskirts", "countryside", "edges", "suburbs",
                    "desert", "of", "to", "town", "city's", "capital’s", "residents", "30", "km", "between",
                    "road", "villages", "and", "shelled", "x", "Y", ",", "\n", " ", " ", "  "]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LOCATIVE_PIECES), max_size=14), st.booleans(), st.integers(0, 6))
def test_locative_any_matches_where_locative_does(pieces: list[str], spaced: bool, cut: int) -> None:
    from mapper.events import roles

    text = " ".join(pieces) if spaced else "".join(pieces)
    for pos, end in ((0, len(text)), (min(cut, len(text)), max(min(cut, len(text)), len(text) - cut))):
        plain = roles._LOCATIVE.search(text, pos, end) is not None
        assert (roles._LOCATIVE_ANY.search(text, pos, end) is not None) == plain, text
        assert (roles._LOCATIVE_GATE.search(text, pos, end) is not None) == plain, text


def test_locative_any_on_every_name_of_the_event_corpus() -> None:
    from mapper.events import roles

    matched = 0
    for text in list(event_texts())[::2]:
        for name in re.finditer(r"\b[A-Z]", text):  # the lowered left context before each name (as roles)
            left = text[max(0, name.start() - 80):name.start()].lower()
            plain = roles._LOCATIVE.search(left) is not None
            assert (roles._LOCATIVE_GATE.search(left) is not None) == plain, left
            matched += plain
    assert matched > 1000
    # compass words before the noun: _LOCATIVE matches from them, _LOCATIVE_ANY from the noun
    left = "shelling the northern outskirts of "
    assert roles._LOCATIVE.search(left).start() == left.index("northern")
    assert roles._LOCATIVE_ANY.search(left).start() == left.index("outskirts")
    assert roles._LOCATIVE_GATE.search("the rebel-held countryside of ") is not None
    assert roles._LOCATIVE_GATE.search("the rebel-held bakery of ") is None
