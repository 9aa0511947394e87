"""Where a word pattern occurs in a text, found once and then asked about many stretches.

``pattern.search(text, a, b)`` for every pair of a long sentence's phrases (or every place and its
trigger) costs the length of each stretch, so a sentence without end made the coder quadratic.
:class:`WordHits` scans the text once and answers the same question in O(log n).
``whole_word_starts`` finds a name's whole-word occurrences by ``str.find`` steps (no pattern built
from the name: the name may be any text).
"""

from __future__ import annotations

import bisect
import re

LONGEST_WORD = 16  # every alternative of a WordHits pattern is at most this long


class WordHits:
    """``between(a, b)`` is ``pattern.search(text, a, b) is not None``, for a pattern of whole words
    (``\\b(?:said|says|...)\\b``: no alternative may match inside a word or be longer than LONGEST_WORD).
    The text is scanned on the first question only."""

    __slots__ = ("pattern", "text", "starts", "ends")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern = pattern
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def between(self, a: int, b: int) -> bool:
        if self.starts is None:
            found = [m.span() for m in self.pattern.finditer(self.text)]
            self.starts = [s for s, _ in found]
            self.ends = [e for _, e in found]
        # Matches of whole words never overlap, so their ends rise with their starts: when the first
        # match at or after ``a`` ends after ``b``, so do all later ones.
        i = bisect.bisect_left(self.starts, a)
        if i < len(self.starts) and self.ends[i] <= b:
            return True
        # search(text, a, b) reads the text as if it ended at b: a word cut off there ("said" in
        # "saidx") also matches. Only the last few characters can hold such a word.
        return self.pattern.search(self.text, max(a, b - LONGEST_WORD), b) is not None


def whole_word_starts(text: str, name: str) -> list[int]:
    """Offsets where ``name`` occurs in ``text`` as whole words (no letter or digit on either side), so
    "Somali" is not found inside "Somalia". Linear in the text for one name (str.find steps)."""
    out: list[int] = []
    if not name:
        return out
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            out.append(i)
        i = text.find(name, i + 1)
    return out
