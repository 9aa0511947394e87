"""One Aho-Corasick walk of a lowered sentence shared by the scanners of triggers, discourse and casualties
(session 28, speed34: prefilter.SharedWalk). Each shared scanner is an oracle test against a walk of its
own automaton, on the train items of the event corpus and on real sentences; the walk is linear."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mapper.evaluation.events import split_of
from mapper.events import casualties, discourse, triggers
from mapper.events.prefilter import (
    SENTENCE_WALK,
    AlternativeScan,
    LiteralScan,
    PrefilteredGroup,
    SharedWalk,
    WordGate,
    WordGateSet,
)
from tests.test_linear import GROWTH, growth

_EVENTS = Path(__file__).resolve().parents[1] / "training" / "events"


def _sentences() -> list[str]:
    """Lowered sentences (split at ". ") of every fourth train item of the event corpus."""
    texts: list[str] = []
    for path in sorted(_EVENTS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                item = json.loads(line)
                if split_of(item["id"], item.get("provenance")) == "train":
                    texts.append(item["text"])
    return [piece.lower() for text in texts[::4] for piece in (text, *text.split(". "))]


# The scanners that read the shared walk, and their walks.
_SHARED = [triggers._RULE_SCAN, triggers._WINDOW_GATES, triggers._NATURE_BEFORE_IN.group, discourse._GATES,
           casualties._KEYWORD_SCAN, casualties._NONE_KILLED_SCAN.group]


def test_every_shared_scanner_reads_the_sentence_walk() -> None:
    # six scanners walked each sentence in turn; now their words are one automaton's
    assert len(SENTENCE_WALK._words) == len(_SHARED)
    for scanner in _SHARED:
        assert scanner._walk is not scanner._automaton.iter
    assert triggers._CASED_GROUP._walk == triggers._CASED_GROUP._automaton.iter  # the cased sentence: its own


def test_shared_walk_gives_each_scanner_its_own_walk_on_the_corpus() -> None:
    sentences = _sentences()
    assert len(sentences) > 3000
    hits = 0
    for low in sentences:
        for scanner in _SHARED:
            own = list(scanner._automaton.iter(low))
            assert list(scanner._walk(low)) == own, (scanner, low)
            hits += len(own)
    assert hits > 10_000


@pytest.mark.parametrize("sentence", [
    "Gunmen killed 12 people in an attack on a village near Maiduguri on Sunday, police said.",
    "No one was hurt when a drone struck a fuel depot in Bryansk overnight, the governor said.",
    "The death toll from last year's floods has risen to 40, officials said in 2023.",
    "Talks between the two sides resumed in Jeddah on Tuesday.",
    "",
])
def test_shared_scanners_answer_as_their_own_walks(sentence: str) -> None:
    low = sentence.lower()
    assert [(m.span(), m.lastgroup) for m in triggers._RULE_SCAN.finditer(low)] \
        == [(m.span(), m.lastgroup) for m in triggers._RULE_SCAN.pattern.finditer(low)]
    own = list(casualties._KEYWORD_SCAN._automaton.iter(low))
    assert casualties._KEYWORD_SCAN.occurs_in(low) == bool(own)
    found = casualties._NONE_KILLED_SCAN.search(low)
    plain = casualties._NONE_KILLED_SCAN.pattern.search(low)
    assert (found and found.span()) == (plain and plain.span())
    assert discourse._GATES.opened(low) == {g for g in discourse._GATES.gates if g.opens(low)}


def test_the_shared_walk_of_real_sentences() -> None:
    low = "no one was killed when gunmen attacked the convoy, police said."
    keywords = [low[end - n + 1:end + 1] for end, n in casualties._KEYWORD_SCAN._walk(low)]
    assert keywords == ["kill"]  # "killed": the keyword "kill"
    assert SENTENCE_WALK.hits(low) is SENTENCE_WALK.hits(low)  # walked once for all six
    assert casualties._NONE_KILLED_SCAN.search(low).group() == "no one"
    heads = [low[end - n + 1:end + 1] for end, (n, _) in triggers._RULE_SCAN._walk(low)]
    assert "attack" in heads


def _scanners(shared: SharedWalk | None) -> tuple[LiteralScan, WordGateSet, PrefilteredGroup,
                                                  AlternativeScan]:
    gates = [WordGate(re.compile(r"\bkill\w*"), ("kill",)), WordGate(re.compile("ill"), ("ill", "illness"))]
    return (LiteralScan(["kill", "killed", "ill", "led"], shared=shared),
            WordGateSet(gates, shared=shared),
            PrefilteredGroup([re.compile(r"killed\b"), re.compile(r"(?:ill|led) ")],
                             shared=shared),
            AlternativeScan([("a", "killed|kill"), (None, "illness|led to")], shared=shared))


def test_a_shared_walk_answers_as_separate_walks() -> None:
    walk = SharedWalk()
    shared, alone = _scanners(walk), _scanners(None)
    for text in ["he killed; illness led to", "kill kill killed ill", "", "x" * 50, "the killedkill led"]:
        assert shared[0].starts(text) == alone[0].starts(text) and shared[0].occurs_in(text) \
            == alone[0].occurs_in(text)
        assert {g.words for g in shared[1].opened(text)} == {g.words for g in alone[1].opened(text)}
        assert shared[2].starts(text) == alone[2].starts(text)
        assert [(m.span(), m.lastgroup) for m in shared[3].finditer(text)] \
            == [(m.span(), m.lastgroup) for m in alone[3].finditer(text)]
        for scanner in shared:
            assert list(scanner._walk(text)) == list(scanner._automaton.iter(text))
    assert "kill kill killed ill" in walk._memo  # remembered: the next scanner reads it again for free


def test_a_scanner_added_after_a_walk_is_walked_too() -> None:
    walk = SharedWalk()
    first = LiteralScan(["kill"], shared=walk)
    assert first.starts("a kill") == [2]
    second = LiteralScan(["a k"], shared=walk)
    assert second.starts("a kill") == [0] and first.starts("a kill") == [2]


def test_long_texts_are_walked_but_not_remembered() -> None:
    walk = SharedWalk()
    scan = LiteralScan(["kill"], shared=walk)
    long = "they kill " * 1000
    assert len(scan.starts(long)) == 1000
    assert long not in walk._memo


def test_the_shared_walk_is_linear() -> None:
    # a 100 KB sentence full of the words of every shared scanner ("killed", "no one", "19", "attack")
    def make(n: int):  # noqa: ANN202
        text = "no one was killed in the attack in 1999 and the death toll rose, " * n
        return lambda: SENTENCE_WALK.hits(text.lower())
    assert len("no one was killed in the attack in 1999 and the death toll rose, " * 1600) > 100_000
    assert growth(make, 800) < GROWTH
