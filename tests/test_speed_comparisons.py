"""Speed change of issue 15: two-argument ``max`` and ``min`` on the hottest loops of geoparsing
(Resolver.scores per option, the recognizer's context per candidate) written as the comparison they
make (the built-ins parse their arguments as keywords: some eight hundred instructions a call). Checked
against the built-ins: the same value, to the bit, for every float (signed zeros, infinities, NaN) and
for every slice bound; and the old readers of the words before a name, kept here as oracles, on every
candidate of the event corpus and random strings. (Resolver.scores against featurize, which keeps the
built-ins, is tests/test_speed_oracles.py's.)"""

from __future__ import annotations

import math
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.gazetteer.store import Gazetteer
from mapper.geoparse import recognize
from tests.event_texts import event_texts

_SPECIAL = [0.0, -0.0, 1e-9, -1e-9, 20039.0, math.inf, -math.inf, math.nan]


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.floats(allow_nan=True), st.sampled_from(_SPECIAL)),
       st.one_of(st.floats(allow_nan=True), st.sampled_from(_SPECIAL)))
def test_the_comparisons_are_max_and_min_to_the_bit(a: float, b: float) -> None:
    # Resolver.scores' three forms: max(0.0, x), max(x, 1e-9), min(d, 20039.0); and the rule itself.
    assert _bits(a if a > 0.0 else 0.0) == _bits(max(0.0, a))
    assert _bits(1e-9 if 1e-9 > a else a) == _bits(max(a, 1e-9))
    assert _bits(20039.0 if 20039.0 < a else a) == _bits(min(a, 20039.0))
    assert _bits(b if b > a else a) == _bits(max(a, b))
    assert _bits(b if b < a else a) == _bits(min(a, b))


def test_the_slice_bounds_are_max_of_zero() -> None:
    text = "Fighting raged near the town of Avdiivka on Sunday, officials said."
    for start in range(len(text) + 1):
        for back in (1, 12, 24, 30, 40):
            assert text[start - back if start > back else 0:start] == text[max(0, start - back):start]
        assert bool(start and text[start - 1] == "\n") == (text[max(0, start - 1):start] == "\n")


# --- the readers of the words before a name, as they were ---------------------------------------------
def _old_after_locative(text: str, start: int, end: int) -> bool:
    words = text[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower() in recognize._LOCATIVE_BEFORE and text[start - 1:start] == " " \
        and recognize._CAPITALISED_NEXT.match(text, end) is None


def _old_located(text: str, start: int, end: int) -> bool:
    if _old_after_locative(text, start, end):
        return True
    words = text[max(0, start - 24):start].split()[-2:]
    return len(words) == 2 and words[1] == "of" and words[0].lower() in recognize._SETTLEMENT_OF \
        and recognize._CAPITALISED_NEXT.match(text, end) is None


def test_locatives_are_the_old_readers_on_every_candidate_of_the_event_corpus(gazetteer: Gazetteer) -> None:
    located = 0
    for text in list(event_texts())[::3]:
        for c in recognize.find_candidates(text, gazetteer):
            for start in (c.start, recognize.facility_left(c, text)):
                new = recognize._located(text, start, c.end)
                assert new == _old_located(text, start, c.end)
                old = _old_after_locative(text, start, c.end)
                assert recognize._after_locative(text, start, c.end) == old
                located += new
    assert located > 300


_PIECES = ["in ", "near ", "at ", "the town of ", "residents of ", "of ", " ", "\n", "Goma", "Avdiivka",
           "X", ", ", "x", "  "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.integers(0, 40), st.integers(0, 8))
def test_locatives_are_the_old_readers_on_random_strings(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(start + length, len(text))
    assert recognize._located(text, start, end) == _old_located(text, start, end)
    assert recognize._after_locative(text, start, end) == _old_after_locative(text, start, end)
