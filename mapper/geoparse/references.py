"""HTML character references and invisible characters, read as the text they stand for (same length).

Feeds and scraped JSONL often carry a headline's text still HTML-escaped ("Gunmen kill 5 in
Ma&#39;arrat al-Nu&#39;man", "Rakhine &amp; Chin"), and text copied from web pages carries characters
that print as nothing: soft hyphens ("Kha\\u00adrkiv"), zero-width spaces and joiners, bidi marks and
word joiners. Both hide a name from the recogniser ("Ma&#39;arrat" read as "MA", Massachusetts).

``decode_references`` rewrites each whitespace-delimited word that holds one: a character reference
(``&name;``, ``&#39;``, ``&#x2019;``: the semicolon is required, so "AT&T" and "R&D" are words, not
references) as its character, an invisible character as nothing, and the word left-aligned and
padded with spaces to its own length, so that every word keeps its offsets and the text its length
(``normalize``'s contract). Offsets inside such a word move by the characters removed before them.
"""

from __future__ import annotations

import html
import re

# A reference with its semicolon (HTML5 names are at most 31 characters; code points at most 0x10FFFF).
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Soft hyphen, zero-width space / non-joiner / joiner, left-to-right and right-to-left marks, word joiner,
# the byte-order mark used as a zero-width no-break space.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
_ANY = re.compile(_REFERENCE.pattern + "|[" + _INVISIBLE + "]")
_DROP = str.maketrans("", "", _INVISIBLE)
_WORDS = re.compile(r"(\s+)")


def _decoded(match: re.Match[str]) -> str:
    text = html.unescape(match.group())
    # A reference to a character that is itself invisible (&shy; &#8203;) is dropped too.
    return text.translate(_DROP)


def decode_references(text: str) -> str | None:
    """``text`` with its character references decoded and invisible characters removed, each word padded
    to its length with spaces; None when it has neither."""
    if _ANY.search(text) is None:
        return None
    parts = _WORDS.split(text)
    for i in range(0, len(parts), 2):  # the words; odd indexes are the whitespace between them
        word = parts[i]
        if not word or _ANY.search(word) is None:
            continue
        plain = _REFERENCE.sub(_decoded, word.translate(_DROP))
        parts[i] = plain.ljust(len(word))
    view = "".join(parts)
    return None if view == text else view
