"""Substring tests before Aho-Corasick passes (session 27, speed33): the case-sensitive trigger rules'
verbs, LiteralScans of a dozen words or fewer, and the trigger window group without its "a", "the" and
"to" heads. Each is an oracle against the pass it skips, on the event corpus, and real sentences."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from mapper.events import prefilter, triggers
from mapper.events.prefilter import LiteralScan
from mapper.events.triggers import clauses

_EVENTS = Path(__file__).resolve().parents[1] / "training" / "events"


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(_EVENTS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return texts[::5]


def _pieces(text: str) -> list[str]:
    return [text, text.lower(), text.upper(), *text.split(". "), ""]


def test_cased_words_are_held_by_every_lowered_head() -> None:
    heads = list(triggers._CASED_GROUP._automaton.keys())
    assert len(heads) > 50 and len(triggers._CASED_WORDS) < 25  # (a short gate: 20 words since heads45)
    assert "took" in triggers._CASED_WORDS and "fall of" in triggers._CASED_WORDS
    for head in heads:
        assert any(w in head.lower() for w in triggers._CASED_WORDS), head


def test_cased_gate_closes_only_where_the_group_finds_no_head() -> None:
    texts = _texts()
    assert len(texts) > 1000
    opened = closed = 0
    for text in texts:
        for piece in _pieces(text):
            low = piece.lower()
            if len(low) != len(piece):
                continue
            found = any(triggers._CASED_GROUP.starts(piece))
            gate = any(w in low for w in triggers._CASED_WORDS)
            assert gate or not found, piece
            opened += found
            closed += not gate
    assert opened > 100 and closed > 1000


@pytest.mark.parametrize("sentence, expected", [
    ("M23 rebels took Bunagana on Monday.", [("Non-state actor overtakes territory", 11, 15)]),
    ("Fall of Kabul to the Taliban shocked the world.", [("Non-state actor overtakes territory", 0, 7)]),
    ("Talks resumed in Doha on Tuesday.", [("Meeting/talks", 0, 5)]),  # no cased verb: the gate closes
])
def test_cased_triggers_on_real_sentences(sentence: str, expected: list[tuple[str, int, int]]) -> None:
    assert [(c.sub_event_type, c.start, c.end) for c in clauses(sentence)] == expected


def _scans() -> list[LiteralScan]:
    """Every LiteralScan the event modules hold, in their globals or one level inside them (a tuple, a
    group). Not gc.get_objects(): a test that runs --jobs freezes the collector (gc.freeze), which hides
    every object made before it."""
    from mapper.events import actors, casualties, clauses, coder, dates, discourse, roles  # noqa: F401

    found: dict[int, LiteralScan] = {}

    def add(o: object) -> None:
        if type(o).__name__ == LiteralScan.__name__:  # (a re-imported mapper leaves two classes)
            found[id(o)] = o  # type: ignore[assignment]

    for name, module in list(sys.modules.items()):
        if not name.startswith("mapper.events"):
            continue
        for value in list(vars(module).values()):
            add(value)
            inner = value.values() if isinstance(value, dict) else value \
                if isinstance(value, (list, tuple, set, frozenset)) else \
                [getattr(value, a, None) for a in getattr(type(value), "__slots__", ())] \
                if not isinstance(value, type) else ()
            for item in inner:
                add(item)
                if isinstance(item, (list, tuple)):
                    for x in item:
                        add(x)
    return list(found.values())


def _old_starts(scan: LiteralScan, text: str) -> list[int] | None:
    if scan.ignore_case:
        text_ = text.lower()
        if len(text_) != len(text) or "ı" in text or "ſ" in text:
            return None
        text = text_
    return sorted(end - n + 1 for end, n in scan._automaton.iter(text))


def test_few_word_scans_give_the_passes_starts() -> None:
    scans = _scans()
    few = [s for s in scans if s._few is not None]
    assert few and any(s.ignore_case for s in few) and any(s._few is None for s in scans)
    assert all(len(s.words) <= prefilter._FEW_WORDS for s in few)
    found = 0
    for text in _texts():
        for piece in (*_pieces(text), "İstanbul claimed", "ſtrike"):
            for scan in few:
                got = scan.starts(piece)
                assert got == _old_starts(scan, piece), (scan.words, piece)
                found += len(got or ())
    assert found > 1000


def test_few_word_scan_on_a_sentence() -> None:
    scan = LiteralScan(["claim", "blam"], ignore_case=True)
    assert scan._few == ("blam", "claim")
    assert scan.starts("Nobody has CLAIMED the attack; officials blamed Al-Shabaab.") == [11, 41]
    assert scan.starts("Gunmen killed five people in Kaduna.") == []


def test_window_group_holds_no_article_or_to_heads() -> None:
    group = triggers._UNREAL_IN.group
    heads = set(group._automaton.keys())
    assert not heads & {"a", "an", "the", "to"}
    # The three patterns whose heads those were are searched as themselves, in their windows.
    for got, pattern in ((triggers._TO_BEFORE_IN, triggers._TO_BEFORE),
                         (triggers._FIRE_BEFORE_IN, triggers._FIRE_BEFORE),
                         (triggers._NATURE_AT_BEFORE_IN, triggers._NATURE_AT_BEFORE)):
        assert got is pattern and isinstance(got, re.Pattern) and pattern not in group.patterns
    low = "a huge fire that swept through the market killed 12 people."
    start = low.index("swept")
    assert triggers._FIRE_BEFORE_IN.search(low, max(0, start - 40), start) is not None
    low = "leaders to sign truce in doha."
    start = low.index("sign")
    assert triggers._TO_BEFORE_IN.search(low, max(0, start - 8), start) is not None
