"""The capitalised words of the text recognition read last, shared by the article scans that look for
capitalised names: the named armed groups (actors.group_matches), the government cues and the
nationality words (Resolver.prepare). Each of those walked the whole article on its own; most articles
name none of them, which the words recognition already found tell at once.

Recognition reads a text's capital-led runs (recognize.runs: "Deir ez-Zor", "U.S.", "al-Raqqa") and
hands their texts here (``remember``). A run's pieces (its text split at the spaces, apostrophes,
hyphens and dots between its letters) hold, for every word of the text (``\\w+``) that opens on a capital
of the runs' class with no word character before it, the letters it opens with ("Hamas" of "'Hamas'",
"Shabaab" of "al-Shabaab", "M" of "M23"): a run starts at that capital, or a run already taken covers
it, and a run's letters never stop inside a run of letters (tests/test_speed_capitals.py checks this on
the corpora and on random strings). So a name some such word of which is missing from the pieces does
not occur as a whole word in the text, and its scan can be skipped (``NameGate``). The pieces are
lowered, as the test needs only to be necessary. A text recognition has not read (the last one is kept)
gets None, and its readers scan as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The capitals a run may open on (recognize._UP: the upper-case letters up to U+024F).
_FIRST = frozenset(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha())
_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")  # the letters a word opens with: a run's piece stops at a digit

# (text, its runs' texts, their pieces lowered), for the last text recognition read.
_last: tuple[str | None, list[str], list[str] | None] = (None, [], None)


def remember(text: str, run_texts: list[str]) -> None:
    """Recognition read ``text``: ``run_texts`` are its capital-led runs' texts (recognize.runs)."""
    global _last
    _last = (text, run_texts, None)


def capital_pieces(text: str) -> list[str] | None:
    """The pieces of ``text``'s capital-led runs, lowered (with repeats, in no useful order), if
    ``text`` is the text recognition read last, else None. Lowered, since the readers' names are asked
    for regardless of case (a necessary test only): one ``lower`` and one ``split`` of all the runs."""
    global _last
    last = _last
    if last[0] is not text and last[0] != text:
        return None
    if last[2] is None:
        joined = " ".join(last[1]).lower().replace("'", " ").replace("’", " ").replace("-", " ").replace(
            "‐", " ").replace(".", " ")  # (a tab, the runs' other space, split() takes as a space)
        _last = last = (text, last[1], joined.split())
    return last[2]


def needed_words(name: str) -> frozenset[str]:
    """The pieces, lowered, that a text's runs hold wherever ``name`` occurs as a whole word: the letters
    that each of its ``\\w+`` words opening on a run's capital starts with ("Quai d'Orsay": quai, orsay;
    "M23": m, as a run stops at the digit). Empty when there is none ("3R", "anti-balaka"): such a name
    is looked for as a substring (``NameGate``)."""
    return frozenset(_LETTERS.match(w).group().lower() for w in _WORD.findall(name)  # type: ignore[union-attr]
                     if w[0] in _FIRST)


class NameGate:
    """Whether any of ``names`` may occur in a text as a whole word (``\\b`` at both ends, as the scans'
    patterns ask): False only when it cannot. A name with needed words (needed_words) may occur only if
    all of them are among the text's run pieces; one without any is looked for as a substring."""

    __slots__ = ("by_key", "keys", "bare")

    def __init__(self, names: Iterable[str]) -> None:
        self.by_key: dict[str, list[frozenset[str]]] = {}
        bare: set[str] = set()
        for name in names:
            needed = needed_words(name)
            if needed:
                key = max(sorted(needed), key=len)  # the longest: the rarest as a word, most often
                self.by_key.setdefault(key, []).append(needed)
            else:
                bare.add(name)
        self.keys = frozenset(self.by_key)
        # (A bare name holding another is found only where that one is: "M23 rebels" where "M23" is.)
        self.bare = tuple(sorted(n for n in bare if not any(o != n and o in n for o in bare)))

    def may_occur(self, pieces: list[str], text: str) -> bool:
        """``pieces``: capital_pieces(text)."""
        hits = self.keys.intersection(pieces)
        if hits:
            have = frozenset(pieces)
            if any(needed <= have for key in hits for needed in self.by_key[key]):
                return True
        return any(name in text for name in self.bare)
