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
# English words that are also (alternate) place names or codes ("In" = Indiana's code, "Of" a Turkish
# town): they only count as places when written in capitals ("US", "IN").
STOPWORDS = frozenset(
    "a an the in on at of or as by to is it be do if so no we he she us me my up go am are was i "
    "and but for not all any can had has her him his its may new now old one our out own see two "
    "who why yes yet you act ten sun drug miss ms mr mrs dr st co no.".split())


def caps_only_name(name: str) -> bool:
    """A short all-capital code ("US", "DRC", "N.Y.") that must not match an ordinary word."""
    letters = name.replace(".", "").replace(" ", "")
    return letters.isupper() and len(letters) <= 4


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


_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """Transliteration-tolerant key of a normalised name."""
    tokens = [t for t in key.split() if t not in ARTICLES]
    s = "".join(tokens).translate(_SKELETON_DROP)
    return _DOUBLED.sub(r"\1", s)
