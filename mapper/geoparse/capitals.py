"""The capitalised words of the text recognition read last, shared by the article scans that look for
capitalised names: the named armed groups (actors.group_matches), the government cues and the
nationality words (Resolver.prepare). Each of those walked the whole article on its own; most articles
name none of them, which the words recognition already found tell at once.

Recognition reads a text's capital-led runs (recognize.runs: "Deir ez-Zor", "U.S.", "al-Raqqa") and
hands their texts here (``remember``). A run's pieces (its text split at the spaces, apostrophes,
hyphens and dots between its letters) hold every word of the text that is a whole word (``\\w+``, no
word character either side) made of letters only and opening on a capital of the runs' class: a run
can start at such a word, or a run already taken covers it, and a run's letters never stop inside a
run of letters (tests/test_speed_capitals.py checks this on the corpora and on random strings). So a
name none of whose such words is among the pieces does not occur as a whole word in the text, and its
scan can be skipped: ``may_occur``. A text recognition has not read (the last one is kept) gets None,
and its readers scan as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The capitals a run may open on (recognize._UP: the upper-case letters up to U+024F).
_FIRST = frozenset(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha())
_WORD = re.compile(r"\w+")

# (text, its runs' texts, their pieces, the pieces lowered), for the last text recognition read.
_last: tuple[str | None, list[str], frozenset[str] | None, frozenset[str] | None] = (None, [], None, None)


def remember(text: str, run_texts: list[str]) -> None:
    """Recognition read ``text``: ``run_texts`` are its capital-led runs' texts (recognize.runs)."""
    global _last
    _last = (text, run_texts, None, None)


def _read(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    global _last
    last = _last
    if last[0] is not text and last[0] != text:
        return None
    if last[2] is None or last[3] is None:
        joined = " ".join(last[1]).replace("'", " ").replace("’", " ").replace("-", " ").replace(
            "‐", " ").replace(".", " ")  # (a tab, the runs' other space, split() takes as a space)
        _last = last = (text, last[1], frozenset(joined.split()), frozenset(joined.lower().split()))
    return last[2], last[3]  # type: ignore[return-value]


def capitalised_words(text: str) -> frozenset[str] | None:
    """The pieces of ``text``'s capital-led runs, if ``text`` is the text recognition read last, else
    None."""
    read = _read(text)
    return read[0] if read else None


def lowered_capitalised_words(text: str) -> frozenset[str] | None:
    """capitalised_words(text), each lowered (one ``lower`` of them all), else None."""
    read = _read(text)
    return read[1] if read else None


def needed_words(name: str) -> frozenset[str]:
    """The words of ``name`` that a run's pieces hold wherever ``name`` occurs as a whole word: its
    ``\\w+`` words made of letters only that open on a run's capital ("Quai d'Orsay": Quai, Orsay;
    "M23": none, since a run stops at the digit). Empty when there is none: such a name is looked for
    as a substring (``may_occur``)."""
    return frozenset(w for w in _WORD.findall(name) if w[0] in _FIRST and w.isalpha())


class NameGate:
    """Whether any of ``names`` may occur in a text as a whole word (``\\b`` at both ends, as the scans'
    patterns ask): False only when it cannot. A name with needed words (needed_words) may occur only if
    all of them are among the text's run pieces; one without any is looked for as a substring."""

    __slots__ = ("by_key", "keys", "bare")

    def __init__(self, names: Iterable[str]) -> None:
        self.by_key: dict[str, list[frozenset[str]]] = {}
        bare: list[str] = []
        for name in names:
            needed = needed_words(name)
            if needed:
                key = max(sorted(needed), key=len)  # the longest: the rarest as a word, most often
                self.by_key.setdefault(key, []).append(needed)
            else:
                bare.append(name)
        self.keys = frozenset(self.by_key)
        self.bare = tuple(sorted(set(bare)))

    def may_occur(self, words: frozenset[str], text: str) -> bool:
        """``words``: capitalised_words(text)."""
        for key in words & self.keys:
            if any(needed <= words for needed in self.by_key[key]):
                return True
        return any(name in text for name in self.bare)
