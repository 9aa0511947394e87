"""Speed changes of issue 15 (session 36, speed42), each checked against the code it replaced, kept here as
the oracle: casualties._quotes_closed's findall for a sentence with no opening quote mark, and discourse's
second word gates of _DISTANCE and _RECENT_WORDS (a sentence's label is the one the plain searches give)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events import casualties, discourse
from mapper.events.prefilter import gate_text

_EVENTS = Path(__file__).resolve().parents[1] / "training" / "events"


def _old_quotes_closed(sentence: str) -> list[str]:
    words: list[str] = []
    open_quote = False
    for m in casualties._TOKEN.finditer(sentence):
        word, start = m.group(), m.start()
        if start > 0 and sentence[start - 1] in casualties._OPEN_QUOTE \
                and (start == 1 or not sentence[start - 2].isalnum()):
            open_quote = True
        if open_quote and word.endswith(casualties._CLOSE_QUOTE) and len(word) > 1:
            word = word[:-1]
            open_quote = False
        words.append(word)
    return words


def _sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(_EVENTS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                text = json.loads(line)["text"]
                out += [text, *text.split(". ")]
    return out


def test_quotes_closed_is_the_old_loop_on_the_event_corpus() -> None:
    sentences = _sentences()
    assert len(sentences) > 3000
    quoted = 0
    for s in sentences:
        assert casualties._quotes_closed(s) == _old_quotes_closed(s), s
        quoted += "'" in s or "\u2018" in s
    assert quoted > 100  # the loop's own path is exercised too


def test_quotes_closed_examples() -> None:
    # No opening mark: findall (a curly apostrophe inside a word is no opening mark).
    assert casualties._quotes_closed("Boko Haram’s fighters killed 12 in Bama.") == [
        "Boko", "Haram’s", "fighters", "killed", "12", "in", "Bama"]
    assert casualties._quotes_closed("lost \u2018dozens\u2019 of fighters") == [
        "lost", "dozens", "of", "fighters"]
    assert casualties._quotes_closed("lost 'dozens' of fighters") == ["lost", "dozens", "of", "fighters"]
    assert casualties._quotes_closed("") == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["'", "\u2018", "\u2019", "dozens", " ", "12", "soldiers'", "of", ",", "-",
                                 "3-year-old", "x", "é", "\n"]), max_size=25).map("".join))
def test_quotes_closed_on_any_text(text: str) -> None:
    assert casualties._quotes_closed(text) == _old_quotes_closed(text)


def test_quotes_closed_on_100_kb() -> None:
    for text in ("12 killed " * 10_000, "'dozens " * 12_500, "\u2018a " * 33_000):
        assert casualties._quotes_closed(text) == _old_quotes_closed(text)


def _old_read_sentence(sentence: str, published: dt.date | None, past_days: int) -> tuple[object, bool]:
    """discourse._read_sentence with the first gates alone (its code before speed42)."""
    saved = discourse._DISTANCE_UNITS, discourse._RECENT_TIMES
    try:
        discourse._DISTANCE_UNITS = discourse._RECENT_TIMES = _Open()  # type: ignore[assignment]
        return discourse._read_sentence(sentence, published, past_days)
    finally:
        discourse._DISTANCE_UNITS, discourse._RECENT_TIMES = saved


class _Open:
    def opens(self, low: str | None) -> bool:
        return True


def test_second_gates_hold_for_every_match_and_the_labels_are_the_old_ones() -> None:
    published = dt.date(2024, 5, 20)
    searched = 0
    for s in _sentences():
        low = gate_text(s)
        for gate, second in ((discourse._DISTANCE_GATE, discourse._DISTANCE_UNITS),
                             (discourse._RECENT_WORDS_GATE, discourse._RECENT_TIMES)):
            if gate.pattern.search(s):
                assert gate.opens(low) and second.opens(low), (gate.pattern.pattern, s)
        for pub in (published, None):
            assert discourse._read_sentence(s, pub, 30) == _old_read_sentence(s, pub, 30), s
        searched += 1
    assert searched > 3000


def test_second_gates_examples() -> None:
    published = dt.date(2024, 5, 20)
    # (sentence, the second gate of _DISTANCE opens, that of _RECENT_WORDS opens): the first ones open for all
    for s, distance, recent in (("Two weeks ago, gunmen killed 12 in Bama on Sunday night.", True, False),
                                ("On Monday, after the raid, troops left.", True, False),
                                ("After the raid on Sunday night, troops left.", True, False),
                                ("Hours later, troops retook the town, after the raid.", False, True),
                                ("The attack came the following day, after the massacre.", True, True)):
        low = gate_text(s)
        assert discourse._DISTANCE_GATE.opens(low) and discourse._RECENT_WORDS_GATE.opens(low), s
        assert discourse._DISTANCE_UNITS.opens(low) == distance, s
        assert discourse._RECENT_TIMES.opens(low) == recent, s
        assert discourse._read_sentence(s, published, 30) == _old_read_sentence(s, published, 30)
    # Where the second gate shuts, the plain pattern finds nothing either.
    assert discourse._DISTANCE.search("Hours later, troops retook the town, after the raid.") is None
    assert discourse._RECENT_WORDS.search("After the raid on Sunday night, troops left.") is None
    assert discourse._RECENT_WORDS.search("Hours later, troops retook the town.") is not None


def test_second_gates_on_100_kb() -> None:
    # Sentences of 100 KB that open the first gates but not the second (a weekday, "after"), and both.
    for text in ("on Monday after " * 6_250, "two days after " * 7_000, "earlier that day " * 6_000):
        assert discourse._read_sentence(text, dt.date(2024, 5, 20), 30) == _old_read_sentence(
            text, dt.date(2024, 5, 20), 30)
