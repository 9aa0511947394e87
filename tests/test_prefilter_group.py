"""PrefilteredGroup (mapper/events/prefilter.py): several patterns asked about one text, their heads found in
one pass; every answer is the plain pattern's ``search``."""

from __future__ import annotations

import re
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events import roles
from mapper.events.prefilter import PrefilteredGroup

# The patterns roles asks about a place's left context, as roles groups them.
ROLE_PATTERNS = [m.pattern for m in roles._TARGET_OF_SCAN.group.members]

_PIECES = ["fired", "from", "the", "rockets", "were", "launched", "talks", "between", "officials", "of",
           "said", "statement", "police", "in", "ministry", "people", "students", "came", "base", "deployed",
           "troops", "to", "headquarters", "moved", "shelled", "town", "northern", "missiles", "at", "near",
           "x", " ", "  ", "-", "'s", "told", "reporters", "spokesman", "sources", "hq", "into", "barracks"]


def _spans(found: list[re.Match[str] | None]) -> list[tuple[int, int] | None]:
    return [m.span() if m is not None else None for m in found]


@given(st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join))
@settings(max_examples=500, deadline=None)
def test_each_member_searches_as_its_pattern(left: str) -> None:
    group = roles._TARGET_OF_SCAN.group
    # Asked in any order, and again (the second time from the remembered pass): the pattern's own match.
    expected = _spans([p.search(left) for p in ROLE_PATTERNS])
    assert _spans([m.search(left) for m in reversed(group.members)])[::-1] == expected
    assert _spans([m.search(left) for m in group.members]) == expected


def test_heads_shared_and_extended_across_patterns() -> None:
    # "ab" heads the first pattern; the second's heads are spelled through its group ("abx", "abcx", "b").
    group = PrefilteredGroup([re.compile(r"\bab\d"), re.compile(r"\b(?:ab|abc)x|b\b")])
    first, second = group.members
    text = "zab1 ab2 abx abcx b"
    assert first.search(text).span() == (5, 8)  # "zab1": "ab" is there, but not at a word start
    assert second.search(text).span() == (9, 12)
    assert [p.search(text).span() for p in group.patterns] == [(5, 8), (9, 12)]
    assert first.search("nothing here") is None and second.search("") is None
    assert group.starts(text) is group.starts(text)  # one pass per text object, remembered
    assert sorted(group.starts(text)[0]) == [1, 5, 9, 13]
    assert sorted(group.starts(text)[1]) == [2, 6, 9, 10, 13, 14, 18]


def test_refuses_patterns_that_ignore_case_or_have_no_literal_head() -> None:
    with pytest.raises(ValueError, match="case-sensitive"):
        PrefilteredGroup([re.compile("fired", re.IGNORECASE)])
    with pytest.raises(ValueError, match="no literal text"):
        PrefilteredGroup([re.compile(r"\w+ed from")])


def test_a_text_of_repeated_heads_costs_linear_time() -> None:
    # 100 KB of words that open every pattern, with no match anywhere: one pass, and a failed try per head.
    text = "fired police officials talks " * 3_500
    started = time.process_time()
    assert [m.search(text) for m in roles._TARGET_OF_SCAN.group.members] == [None] * len(ROLE_PATTERNS)
    assert time.process_time() - started < 5.0  # a quadratic scan would take minutes


def test_threads_never_read_another_texts_heads() -> None:
    group = PrefilteredGroup([re.compile(r"\bfired from the $"), re.compile(r"\btalks between $")])
    texts = {"rockets fired from the ": (0, None), "the talks between ": (None, 0)}
    bad: list[str] = []

    def ask(text: str, rounds: int) -> None:
        want = texts[text]
        for _ in range(rounds):
            got = tuple(None if m is None else 0 for m in (member.search(text) for member in group.members))
            if got != want:
                bad.append(text)

    threads = [threading.Thread(target=ask, args=(t, 3_000)) for t in texts for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bad == []


# -- the same answers as the plain patterns they replace (coder's claim words, resolve's nationality words) --
_CLAIM_PIECES = ["claimed", "CLAIMS", "Blamed", "attributed", "pinned", "admits", "acknowledged", "said",
                 "SAYS", "that", "its", "their", "one", "of", "x", " ", "\n", "-", "reclaimed",
                 "ACKNOWLEDGED", "ı", "İ", "ſays", "\u212aey", "saidits", "said  their"]


@given(st.lists(st.sampled_from(_CLAIM_PIECES), max_size=16).map(" ".join))
@settings(max_examples=500, deadline=None)
def test_claim_words_found_as_the_plain_search(sentence: str) -> None:
    from mapper.events import coder

    assert coder._claims(sentence) == (coder._CLAIM_WORD.search(sentence) is not None)


_OLD_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]{2,30}+")


@given(st.text(alphabet="AZaz09'’.-_ \n\tÉé", max_size=60))
@settings(max_examples=1000, deadline=None)
def test_capitalised_words_found_as_with_the_look_behind_first(text: str) -> None:
    from mapper.geoparse import resolve

    assert [m.span() for m in resolve._CAPITALISED.finditer(text)] == \
        [m.span() for m in _OLD_CAPITALISED.finditer(text)]


def test_capitalised_words_at_the_edges() -> None:
    from mapper.geoparse import resolve

    text = "Nigerian troops.Malian x-Chadian 'Sudanese ’Libyan _Kenyan 9Somali\nEthiopian"
    assert [m.group() for m in resolve._CAPITALISED.finditer(text)] == ["Nigerian", "Ethiopian"]


# -- a window of a text: search(text, pos, endpos), as unreal and not_this_act ask a trigger's sentence --
_WINDOW_PIECES = ["threatened", "to", "strike", "after", "the", "attack", "since", "had", "has", "have",
                  "been",
                  "last", "week's", "raid", "what", "called", "fled", "fighting", "accused", "denied", "fans",
                  "gunmen", "killed", "in", "2019", "when", "rebels", "would", "not", "no", "any", "x", " ",
                  "  ", ",", "-", "'", "prisoners", "of", "war", "hoax", "responsible", "for", "attacks", "a",
                  "gas", "blast", "final", "cup", "plot", "was", "is", "deadliest", "alarmed", "by", "call"]


@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=30).map(" ".join), st.integers(-5, 200),
       st.integers(-5, 200))
@settings(max_examples=500, deadline=None)
def test_each_member_searches_a_window_as_its_pattern(low: str, pos: int, endpos: int) -> None:
    from mapper.events import triggers

    members = [m for m in globals_of(triggers) if m.group is triggers._UNREAL_IN.group]
    assert len(members) == len(triggers._UNREAL_IN.group.patterns)
    for member in members:  # a window inside the text, past its end, empty or reversed: re's own answer
        assert _spans([member.search(low, pos, endpos), member.search(low, pos)]) == \
            _spans([member.pattern.search(low, pos, endpos), member.pattern.search(low, pos)])


def globals_of(module: object) -> list:
    from mapper.events.prefilter import GroupMember

    return [v for v in vars(module).values() if isinstance(v, GroupMember)]


def test_a_window_reads_before_its_start_and_ends_at_its_end() -> None:
    # \b and look-behinds see the character before pos; $ matches at endpos; a head cut by endpos is no match.
    group = PrefilteredGroup([re.compile(r"\bsince\s$"), re.compile(r"(?<!un)armed\b")])
    since, armed = group.members
    text = "xsince them; since the unarmed armed men"
    assert since.search(text, 1, 7) is None  # "since " at 1 follows "x": no word boundary before it
    assert since.search(text, 13, 19).span() == (13, 19)
    assert since.search(text, 13, 18) is None  # "since" without the space: $ is not after \s
    assert armed.search(text, 25, 30) is None  # "armed" of "unarmed": the look-behind sees "un" before pos
    assert armed.search(text).span() == (31, 36)
    assert armed.search(text, 31, 35) is None  # cut by endpos
    assert since.search(text, 30, 5) is None and armed.search(text, -3, 999).span() == (31, 36)
