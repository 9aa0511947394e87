"""The trigger window group's pass finds its window gates' words too (PrefilteredGroup.share_pass): oracle
tests against the two passes it replaces, a fresh group's heads and the WordGateSet's opened gates."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mapper.events import triggers
from mapper.events.prefilter import PrefilteredGroup, WordGate, WordGateSet

_EVENTS = Path(__file__).resolve().parents[1] / "training" / "events"


def _both(group: PrefilteredGroup, plain: PrefilteredGroup, gates: WordGateSet, text: str) -> None:
    """The shared pass's heads and gates equal the two passes', asked in either order."""
    assert group.opened(text) == gates.opened(text)
    assert group.starts(text) == plain.starts(text)
    fresh = text + ""  # the same string, not the object remembered (a new pass unless interned)
    fresh = "".join(list(text)) if fresh is text else fresh
    assert group.starts(fresh) == plain.starts(text)
    assert group.opened(fresh) == gates.opened(text)


def test_window_group_shares_its_pass_on_the_event_corpus() -> None:
    group = triggers._WINDOW_GROUP
    plain = PrefilteredGroup(group.patterns)  # the group as it was: its heads alone
    gates = triggers._WINDOW_GATES
    texts: list[str] = []
    for path in sorted(_EVENTS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = texts[::3]
    assert len(texts) > 1000
    opened = 0
    for text in texts:
        for piece in (text.lower(), *text.lower().split(". "), ""):
            _both(group, plain, gates, piece)
            opened += len(gates.opened(piece))
    assert opened > 2000
    assert group.lowered_words() == plain.lowered_words()


def test_a_word_both_head_and_gate_word() -> None:
    # "after" opens a gate and heads a pattern; "since" only opens gates; "vows" only heads
    group = PrefilteredGroup([re.compile(r"after the"), re.compile(r"vows?")])
    plain = PrefilteredGroup(group.patterns)
    after, since = WordGate(re.compile(r"after|since"), ("after", "since")), WordGate(re.compile("x"), ("x",))
    gates = WordGateSet([after, since])
    with pytest.raises(ValueError):
        group.opened("after the war")
    group.share_pass(gates)
    for text in ("after the war he vows", "since then", "vow", "", "x after x since", "aftersince"):
        _both(group, plain, gates, text)
    assert group.opened("since the vow") == {after}
    assert group.opened("after the x") == {after, since}
    assert group.members[0].search("he said after the raid").start() == 8
    assert group.members[1].search("since he vowed", 6).group() == "vow"


def test_shared_pass_on_100_kb() -> None:
    group, gates = triggers._WINDOW_GROUP, triggers._WINDOW_GATES
    plain = PrefilteredGroup(group.patterns)
    for piece in ("year ", "after the ", "19", "a", "vowed revenge since "):
        text = piece * (100_000 // len(piece))
        _both(group, plain, gates, text)
    # a sentence of gate words and heads: its triggers read as before
    text = ("in retaliation for the attack after the raid last year, " * 1800)[:100_000]
    low = text.lower()
    assert triggers._sentence(low).opened == gates.opened(low)
    assert triggers.find_triggers(low) == triggers._find_triggers(low, None)
