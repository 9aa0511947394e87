"""prefilter.at_word_starts (issue 15): the gates' patterns searched with ``(?=\\w)`` after their leading
``\\b`` give the same matches as the patterns as written, on the event corpus, random mixes of their
words with odd characters, and 100 KB inputs; patterns that a match may open otherwise are kept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events import casualties, clauses, coder, discourse, roles, triggers
from mapper.events.prefilter import TailGate, WordGate, at_word_starts

ROOT = Path(__file__).resolve().parents[1]


def _gates() -> list[TailGate | WordGate]:
    gates = [v for module in (roles, triggers, clauses, discourse, coder, casualties)
             for v in vars(module).values() if isinstance(v, TailGate | WordGate)]
    rewritten = [g for g in gates if g._pattern is not g.pattern]
    assert len(rewritten) >= 25 and roles._LOCATIVE_GATE in rewritten and roles._NEAR_GATE in rewritten
    return rewritten


def _same(pattern: re.Pattern[str], fast: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)], \
        (pattern.pattern[:60], text[:200])
    n = len(text)
    for pos, end in ((0, n), (n // 3, n), (0, n // 2), (n // 4, 3 * n // 4)):
        plain = pattern.search(text, pos, end)
        found = fast.search(text, pos, end)
        assert (plain and (plain.span(), plain.groups())) == (found and (found.span(), found.groups()))


@pytest.mark.parametrize(("source", "flags", "rewritten"), [
    (r"\b(?:in|at|\d+\s*km)\s+(?:the\s+)?$", 0, True),
    (r"\b(?:[a-z]{1,20}-held|north)\s+$", 0, True),
    (r"\b(?:the\s+)?(?:city|town)['’]s\s+$", 0, True),  # an optional word, then words: all open with one
    (r"\b(?i:near|off)\b", 0, True),
    (r"\b(?:in|,)\s+$", 0, False),  # an alternative opens with a comma
    (r"\b(?:in\s+)?-\s+$", 0, False),  # the optional word skipped, a hyphen opens
    (r"\b[^\W\d]+", 0, False),  # a negated class: not read, kept
    (r"\b.+$", 0, False),
    (r"\b(?:x)?", 0, False),  # may match nothing
    (r"\bword", re.ASCII, False),  # \w read in ASCII
    (r"(?<!\w)word", 0, False),  # no leading \b
])
def test_at_word_starts_rewrites_only_patterns_every_match_of_which_opens_with_a_word_character(
        source: str, flags: int, rewritten: bool) -> None:
    pattern = re.compile(source, flags)
    fast = at_word_starts(pattern)
    assert (fast is not pattern) == rewritten
    if rewritten:
        assert fast.pattern == r"\b(?=\w)" + source[2:] and fast.flags == pattern.flags
        assert at_word_starts(fast) is fast  # not twice


def test_gates_match_as_written_on_the_event_corpus() -> None:
    texts = []
    for path in sorted((ROOT / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    gates = _gates()
    matched = 0
    for text in texts[::4]:
        # the whole text, and the left context of 80 characters before each name, as roles reads it
        lefts = [text[max(0, m.start() - 80):m.start()].lower() for m in re.finditer(r"\b[A-Z]", text)]
        for gate in gates:
            for t in (text, text.lower(), *lefts):
                _same(gate.pattern, gate._pattern, t)
                matched += gate.pattern.search(t) is not None
    assert matched > 3000


_PIECES = ["in", "at", "the", "of", "on", "near", "north", "northern", "km", "30", "٣", "5km", "rebel-held",
           "outskirts", "city's", "town’s", "capital", "by", "from", "to", "as", "after", "_", "x_y", "ſ",
           "ı", "İ", "\u212a", "é", "-", ",", ";", "'", "’", "(", ")", " ", "  ", "\n", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24), st.booleans())
def test_gates_match_as_written_on_random_mixes(pieces: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(pieces)
    for gate in _gates():
        _same(gate.pattern, gate._pattern, text)


@pytest.mark.parametrize("unit", ["in ", "in the northern ", "30 km ", "a" * 50 + " ", " ", ", ", "x" * 80])
def test_gates_match_as_written_on_100_kb(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    for gate in _gates():
        _same(gate.pattern, gate._pattern, text)
