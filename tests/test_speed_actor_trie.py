"""Speed changes of issue 15 (one core, by profile), each checked against the old code kept here as an
oracle: the head nouns of actor phrases as a trie (prefilter.word_trie), a sentence's triggers read
once (triggers.find_triggers remembers them)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events import actors, triggers
from mapper.events.prefilter import word_trie

_EVENTS = Path(__file__).resolve().parents[1] / "training" / "events"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(_EVENTS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(texts) > 1000
    return texts


# --- word_trie: an alternation of words as a trie ------------------------------------------------------

# The patterns as they were: the head nouns as one plain alternation.
_OLD_PHRASE = re.compile(r"(?:\b(?:the|a|an)\s++)?(?P<mods>(?:" + actors._MOD + r"\s++){0,3})(?P<head>\b(?i:"
                         + actors._HEADS + r"))\b")
_OLD_HEAD_AT = re.compile(r"\b(?i:" + actors._HEADS + r")\b")


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_the_patterns_use_the_trie() -> None:
    assert actors._HEADS_TRIE in actors._PHRASE.pattern and actors._HEADS not in actors._PHRASE.pattern
    assert actors._PHRASE.pattern == _OLD_PHRASE.pattern.replace(actors._HEADS, actors._HEADS_TRIE)


def test_phrase_search_is_the_old_search_at_every_word_of_the_event_corpus() -> None:
    n = matched = 0
    for text in _corpus_texts():
        for w in re.finditer(r"\S+", text):
            new, old = actors._PHRASE.search(text, w.start()), _OLD_PHRASE.search(text, w.start())
            assert _same(new, old), (text, w.start())
            assert _same(actors._HEAD_AT.match(text, w.start()), _OLD_HEAD_AT.match(text, w.start()))
            n += 1
            matched += new is not None and new.start() >= w.start()
    assert n > 50_000 and matched > 10_000


# Pieces that make heads, heads extended past a space ("drone strike", "gang members", "police officers"),
# heads extended inside a word ("attackers", "policemen"), modifiers, case and separators.
_PIECES = ["drone", "drones", " strike", " strikes", "gang", " members", "police", "men", " officers",
           "attack", "ers", "s", "government", " forces", "Government", "POLICE", "Russian", "U.S.-led",
           "the ", "a ", " ", "  ", "-", ".", ",", "x", "Air", " force", "militia", "'s", "ſ", "K"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.integers(0, 20))
def test_phrase_search_is_the_old_search_on_random_mixes(text: str, pos: int) -> None:
    assert _same(actors._PHRASE.search(text, pos), _OLD_PHRASE.search(text, pos))
    assert [m.span() for m in actors._PHRASE.finditer(text)] == [m.span() for m in _OLD_PHRASE.finditer(text)]
    assert _same(actors._HEAD_AT.match(text, pos), _OLD_HEAD_AT.match(text, pos))


def test_word_trie_takes_the_longest_word_as_the_alternation_does() -> None:
    assert word_trie("gang members|gang|drones?|police(?:men)?|attack|attackers") == \
        r"(?:attack(?:ers)?|drone(?:s)?|gang(?:\ members)?|police(?:men)?)"
    trie = re.compile(r"\b(?i:" + word_trie("drone strikes|drone strike|drone") + r")\b")
    assert [m.group() for m in trie.finditer("Drone strikes, a drone strike and drones; drone")] == \
        ["Drone strikes", "drone strike", "drone"]


@pytest.mark.parametrize("pattern", [
    "gang|gang members",  # the shorter word first: the alternation takes "gang" in "gang members"
    "drone|drone-strike",
    "a??b",  # lazy: the engine tries the shorter spelling first
    "air.strike", "x+", r"\w+", "(?i:x)", "drone|é",
])
def test_word_trie_refuses_what_it_cannot_match_alike(pattern: str) -> None:
    with pytest.raises(ValueError):
        word_trie(pattern)


def test_phrase_search_on_100_kb_is_linear_and_the_old_search() -> None:
    for unit in ("Government forces ", "drone ", "Police-", "x" * 50 + " ", "attackers drone strike "):
        text = unit * (100_000 // len(unit))
        t0 = time.process_time()
        found = [m.span() for m in actors._PHRASE.finditer(text)]
        assert time.process_time() - t0 < 20  # linear: a fraction of a second; quadratic: minutes
        assert found == [m.span() for m in _OLD_PHRASE.finditer(text)]


# --- find_triggers: a sentence's triggers remembered ----------------------------------------------------

def test_remembered_triggers_are_the_triggers_read_afresh() -> None:
    n = 0
    for text in _corpus_texts():
        for piece in (text, *text.split(". ")):
            low = piece.lower()
            fresh_unreal: list[tuple[int, int]] = []
            fresh = triggers._find_triggers(low, fresh_unreal)
            for _ in range(2):  # the second reading comes from the memory
                unreal: list[tuple[int, int]] = [(-1, -1)]  # what the caller had already: kept first
                assert triggers.find_triggers(low, unreal) == fresh, piece
                assert unreal == [(-1, -1), *fresh_unreal]
                assert triggers.find_triggers(low) == fresh
            n += bool(fresh) + bool(fresh_unreal)
    assert n > 2000


def test_remembered_triggers_are_a_new_list_each_time() -> None:
    low = "gunmen killed four villagers and threatened to attack the town on monday."
    first = triggers.find_triggers(low)
    assert [t.sub for t in first] and all(isinstance(t, triggers.Trigger) for t in first)
    expected = list(first)
    first.clear()  # a caller that edits its list does not edit what the next caller reads
    assert triggers.find_triggers(low) == expected


def test_long_sentences_are_read_and_not_remembered() -> None:
    low = "gunmen killed four villagers, " * (100_000 // 30)
    before = triggers._remembered_triggers.cache_info().currsize
    found = triggers.find_triggers(low)
    assert len(found) > 3000 and found == triggers._find_triggers(low, None)
    assert triggers._remembered_triggers.cache_info().currsize == before
