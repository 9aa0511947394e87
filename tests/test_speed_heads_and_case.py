"""speed41e's shortcuts checked against the plain searches they stand for: roles._locative (_LOCATIVE_ANY
tried only where one of its first words occurs) against _LOCATIVE_GATE.search and _LOCATIVE.search, and
discourse._tells (_TELLS searched case-sensitively in the lowered sentence) against _TELLS.search under
re.IGNORECASE."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.event_texts import event_texts

# The pieces of test_speed_exact_gates' _LOCATIVE_PIECES, with digits, non-ASCII digits and letters, and
# Unicode spaces (a non-ASCII left context is searched as before)
_LOCATIVE_PIECES = ["in", "at", "on", "near", "off", "sailing", "the", "northern", "north-east",
                    "rebel-held", "front-line", "rural", "outskirts", "countryside", "edges", "suburbs",
                    "desert", "of", "to", "town", "city's", "capital’s", "residents", "30", "km", "(19",
                    "miles)", "between", "road", "villages", "and", "shelled", "x", "y", ",", "\n", " ",
                    " ", "  ", "\u0663", "\u00a0", "ın", "per", "cent", "%", "most", "the rest", "highway",
                    "inside"]


def _plain(left: str) -> bool:
    from mapper.events import roles

    return roles._LOCATIVE.search(left) is not None


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LOCATIVE_PIECES), max_size=14), st.booleans())
def test_locative_is_the_gate_search(pieces: list[str], spaced: bool) -> None:
    from mapper.events import roles

    left = (" ".join(pieces) if spaced else "".join(pieces)) + " "
    found = roles._locative(left)
    assert found == (roles._LOCATIVE_GATE.search(left) is not None), left
    if left.isascii():  # (the gate's endings hold ASCII digits only: "in \u0663 " it does not search)
        assert found == _plain(left), left


def test_locative_on_every_name_of_the_event_corpus() -> None:
    from mapper.events import roles

    matched = asked = 0
    for text in list(event_texts())[::2]:
        for name in re.finditer(r"\b[A-Z]", text):  # the lowered left context before each name (as roles)
            left = text[max(0, name.start() - 80):name.start()].lower()
            found = roles._locative(left)
            assert found == (roles._LOCATIVE_GATE.search(left) is not None), left
            matched += found
            asked += 1
    assert matched > 1000 and asked > 20000
    # a match from an earlier first word than the last one ("in" before "the town of")
    assert roles._locative("killed in the town of ")
    assert roles._locative("shelled 30 km (19 miles) north of ")  # digits open the match
    assert roles._locative("shelled \u0663 km north of ")  # a non-ASCII digit: \d, searched as before
    assert not roles._locative("the rebel-held bakery of ")
    assert not roles._locative("said ")  # no ending of the gate


def test_locative_heads_cover_the_pattern() -> None:
    from mapper.events import roles

    # every alternative's first word is a head: the heads of "in", a digit, a part and a relative place
    heads = set(roles._LOCATIVE_HEADS.words)
    assert {"in", "at", "0", "9", "across", "near", "outside"} <= heads
    assert roles._LOCATIVE_AT.pattern.startswith("\\b(?=\\w)")


def test_locative_on_100_kb() -> None:
    from mapper.events import roles

    for left in ("in " * 34_000, "killed in the " * 7_500, "30 " * 34_000 + "km from ", "in" + " " * 100_000,
                 "outskirts of " * 8_000, "\u0663 " * 50_000 + "km of "):
        assert roles._locative(left) == (roles._LOCATIVE_GATE.search(left) is not None) == _plain(left)


# Sentences with the words in every case, and the letters re.IGNORECASE reads as ASCII that lower() does not
# give ("ſ" as s, "ı" and "İ" as i) or gives at another length ("İ")
_TELLS_PIECES = ["said", "Said", "SAID", "says", "told", "TOLD", "reported", "stated", "added", "confirmed",
                 "tells", "announced", "ſays", "saıd", "SAİD", "unsaid", "said-", "x", "the", "army", " ",
                 " ", ".", ",", "\u212a", "İstanbul", "\n", "\u00a0", "“", "’"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_TELLS_PIECES), max_size=12), st.booleans(), st.integers(0, 5))
def test_tells_is_the_search_ignoring_case(pieces: list[str], spaced: bool, cut: int) -> None:
    from mapper.events import discourse

    text = " ".join(pieces) if spaced else "".join(pieces)
    for s, e in ((0, len(text)), (min(cut, len(text)), max(min(cut, len(text)), len(text) - cut))):
        assert discourse._tells(text, s, e) == (discourse._TELLS.search(text, s, e) is not None), text


def test_tells_on_every_sentence_of_the_event_corpus() -> None:
    from mapper.events import discourse
    from mapper.geoparse.sentences import Sentences

    told = asked = 0
    for text in list(event_texts()):
        for s, e in Sentences(text).spans():
            found = discourse._tells(text, s, e)
            assert found == (discourse._TELLS.search(text, s, e) is not None), text[s:e]
            told += found
            asked += 1
    assert told > 1000 and asked > 5000
    assert discourse._tells("The army SAİD it was hit.", 0, 25)  # İ: searched as written
    assert discourse._tells("Residents ſaid", 0, 14)  # ſ reads as s under re.IGNORECASE
    assert not discourse._tells("the unsaid words", 0, 16)


def test_tells_on_100_kb() -> None:
    from mapper.events import discourse

    for text in ("sai " * 25_000 + "said", "Said" * 25_000, "x" * 100_000 + " TOLD", "İ" * 50_000 + " told"):
        assert discourse._tells(text, 0, len(text)) == (discourse._TELLS.search(text) is not None)


_SPOKE_PIECES = ["Speaking", "SPOKE", "said", "Says", "told", "TOLD", "reporters", "journalists", "a", "news",
                 "NEWS", "conference", "statement", "Statements", "issued", "from", "in", "In", "at", "the",
                 "The", "Doha", "March", "Kabul", "x", " ", " ", "  ", "\n", "ſaid", "SAİD", "spoke-",
                 "unsaid", "\u212a", "\u00a0"]


def _spoke_plain(sentence: str) -> bool:
    from mapper.events import discourse

    return discourse._SPOKE_AT.search(sentence) is not None


def _spoke_fast(sentence: str) -> bool:
    from mapper.events import discourse
    from mapper.events.prefilter import gate_text

    low = gate_text(sentence)
    return discourse._spoke_at(sentence, low, discourse._GATES.opened(low))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SPOKE_PIECES), max_size=12), st.booleans())
def test_spoke_at_is_the_gate_search(pieces: list[str], spaced: bool) -> None:
    sentence = " ".join(pieces) if spaced else "".join(pieces)
    assert _spoke_fast(sentence) == _spoke_plain(sentence), sentence


def test_spoke_at_on_every_sentence_of_the_event_corpus() -> None:
    from mapper.geoparse.sentences import Sentences

    spoke = asked = 0
    for text in list(event_texts()):
        for s, e in Sentences(text).spans():
            found = _spoke_fast(text[s:e])
            assert found == _spoke_plain(text[s:e]), text[s:e]
            spoke += found
            asked += 1
    assert spoke > 50 and asked > 5000
    assert _spoke_fast("Speaking to reporters in Doha, he said talks would go on.") is False  # "to reporters"
    assert _spoke_fast("He told reporters in Doha the talks would go on.")
    assert _spoke_fast("in a statement issued in Port Sudan, the army said")
    assert not _spoke_fast("he said in March that the talks would go on")


def test_spoke_at_on_100_kb() -> None:
    for sentence in ("said " * 20_000 + "in Doha", "told reporters in " * 5_500 + "Kabul",
                     "statement " * 10_000, "ſaid in Doha " * 7_000):
        assert _spoke_fast(sentence) == _spoke_plain(sentence)
