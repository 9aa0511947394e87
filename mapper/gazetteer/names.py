"""Name normalisation shared by the index builder and the recogniser.

Two keys per name:
- ``normalize``: case, accents, apostrophes, dots and hyphens folded ("Deir ez-Zor" -> "deir ez zor",
  "U.S." -> "us", "Sana'a" -> "sanaa").
- ``skeleton``: a transliteration-tolerant key for Arabic/Persian-style names: articles dropped,
  vowels and glides dropped, doubled letters collapsed ("Deir Ezzor", "Dayr az-Zawr", "Der Zor" ->
  "drzr"). Used only as a fallback, because short skeletons collide.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʻ`´ʿʾ.\u02bb\u02bc"), None)
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,()]+")
# Arabic definite-article forms as they appear in English transliterations.
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "az", "an", "at", "ash", "ath", "ez", "es", "ed", "er",
                      "ul", "il", "ud", "ur", "uz"})
_SKELETON_DROP = dict.fromkeys(map(ord, "aeiouyhw "), None)


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    if not s.isascii():
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().translate(_APOSTROPHES)
    return _SEPARATORS.sub(" ", s).strip()


def without_article(key: str) -> str | None:
    """'al raqqa' -> 'raqqa'; None when the key has no leading article."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in ARTICLES else None


def skeleton(key: str) -> str:
    """Transliteration-tolerant key of a normalised name."""
    tokens = [t for t in key.split() if t not in ARTICLES]
    s = "".join(tokens).translate(_SKELETON_DROP)
    return re.sub(r"(.)\1+", r"\1", s)
