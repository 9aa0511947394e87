"""Sentence boundaries, for excerpts and event coding: the ``sentences`` component's layer."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.doc import Doc

# A sentence ends at . ! ? (plus closing quotes) before whitespace and a capital, quote or digit,
# or at a line break; "U.S." or "Mr." before a capital is an abbreviation, not an end.
# (Written to start with one character class, which the regex engine then skips to directly: twice as
# fast as the plain alternation r"[.!?][\"'”’)]*\s+(?=...)|\n\s*", the same matches;
# tests/test_speed_geoparse_scans.py.)
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=\n)\s*)")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "no", "sen", "rep", "gov", "lt", "col",
                            "sgt", "capt", "maj", "jr", "sr", "mt", "ft", "vs", "co", "inc", "corp",
                            "prof", "rev"})
# Months as news agencies abbreviate them ("on Oct. 7, 2023", "Sept. 11"): no end before the day's number.
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


_END_CHARS = ".!?\n"  # the characters _END opens on


def _ends(text: str) -> list[re.Match[str]]:
    """``list(_END.finditer(text))``: _END matched only where one of its opening characters is (found by
    ``str.find``; the pattern's scan tested every character of the text against its class), in text order,
    each after the last match's end, as finditer takes them (tests/test_speed_geoparse.py)."""
    at: list[int] = []
    for ch in _END_CHARS:
        i = text.find(ch)
        while i >= 0:
            at.append(i)
            i = text.find(ch, i + 1)
    at.sort()
    out = []
    pos = 0
    match = _END.match
    for i in at:
        if i >= pos:
            m = match(text, i)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


class Sentences:
    """Sentence spans of a text; ``span(offset)`` finds the sentence that holds an offset."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for m in _ends(text):
            i = m.start()
            if text[i] == ".":
                j = i
                while j > 0 and text[j - 1].isalpha():
                    j -= 1
                word = text[j:i]
                # "U.S." / "D.C." (single letters) and titles do not end a sentence.
                if len(word) == 1 and word.isupper() or word.lower() in _ABBREVIATIONS:
                    continue
                if word.lower() in _MONTHS and text[m.end():m.end() + 1].isdigit():
                    continue
            starts.append(m.end())
        self.text = text
        self.starts = starts
        # Trimmed spans by sentence number: every mention asks for its sentence, and trimming a
        # sentence that ends in a long run of spaces once per mention was quadratic.
        self._trimmed: dict[int, tuple[int, int]] = {}
        self._spans: tuple[tuple[int, int], ...] | None = None

    def spans(self) -> tuple[tuple[int, int], ...]:
        """Every sentence span, in order (empty ones dropped)."""
        if self._spans is None:
            out = []
            for i in range(len(self.starts)):
                s, e = self.span(self.starts[i])
                if e > s:
                    out.append((s, e))
            self._spans = tuple(out)
        return self._spans

    def span(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        hit = self._trimmed.get(i)
        if hit is None:
            hit = self._trimmed[i] = self._trim(i)
        return hit

    def _trim(self, i: int) -> tuple[int, int]:
        s = self.starts[i]
        e = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        # Trim surrounding whitespace so excerpts start at the first word.
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e


class SplitSentences:
    """Component ``sentences``: sets ``doc.sentences`` (a :class:`Sentences` of the text)."""

    name = "sentences"

    def __call__(self, doc: Doc) -> None:
        doc.sentences = Sentences(doc.text)
