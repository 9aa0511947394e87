"""Sentence boundaries, for excerpts and event coding."""

from __future__ import annotations

import bisect
import re

# A sentence ends at . ! ? (plus closing quotes) before whitespace and a capital, quote or digit,
# or at a blank line; abbreviations such as "U.S." or "Mr." before a capital are not ends.
_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bNo)"
                  r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|\n\s*\n|(?<=[^\n])\n(?=\s*[A-Z\"“])")


class Sentences:
    """Sentence spans of a text; ``span(offset)`` finds the sentence that holds an offset."""

    def __init__(self, text: str) -> None:
        starts = [0]
        for m in _END.finditer(text):
            starts.append(m.end())
        self.text = text
        self.starts = starts

    def span(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        s = self.starts[i]
        e = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        # Trim surrounding whitespace so excerpts start at the first word.
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e
