"""Name normalisation shared by the index builder and the recogniser.

Two keys per name (``normalize_many`` and ``skeleton_many`` compute the same keys for a whole list
at once, for the index compiler):
- ``normalize``: case, accents, apostrophes, dots and hyphens folded ("Deir ez-Zor" -> "deir ez zor",
  "U.S." -> "us", "Sana'a" -> "sanaa").
- ``variant``: a spelling-tolerant key for transliterations that differ in vowel digraphs, doubled
  letters, the article's assimilation, a final "h" or q/k ("Janzour" and "Janzūr" -> "janzur", "Tal
  Rifaat" and "Tall Rif'at" -> "tal rifat", "Maarat al-Numan" and "Ma'arrat an-Nu'man" -> "marat al
  numan"). It keeps every consonant and most vowels, so it is exact enough to look up single words.
- ``skeleton``: a transliteration-tolerant key for Arabic/Persian-style names: articles dropped,
  vowels and glides dropped, doubled letters collapsed ("Deir Ezzor", "Dayr az-Zawr", "Der Zor" ->
  "drzr"). Used only as a fallback, because short skeletons collide.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import compress

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


_ARTICLE_HEAD = re.compile(r"^(?:" + "|".join(sorted(ARTICLES)) + r") (.+)$", re.MULTILINE)


def without_article_many(keys: Iterable[str]) -> dict[str, str]:
    """``{k: without_article(k)}`` for the keys (without newlines) that have a leading article."""
    return {m.group(): m.group(1) for m in _ARTICLE_HEAD.finditer("\n".join(keys))}


_DOUBLED = re.compile(r"(.)\1+")
# The replacement of a doubled letter by one: a function, not the template r"\1", which Python 3.11 expands
# in Python code at each match (3.5 times slower; variant() runs on every new name a text tries).
_FIRST_GROUP = operator.methodcaller("group", 1)

# -- variant: spelling-tolerant key ------------------------------------------------------------------
# The index holds VARIANT_PREFIX + variant(key) for every name whose variant differs from its key, so
# these keys never meet a plain look-up. Each step maps ASCII letters only and never crosses a space,
# so a key's variant is the variants of its words (with the article rule below).
VARIANT_PREFIX = "~"
_VARIANT_ARTICLE = re.compile(r"(?<![^ \x00])(?:" + "|".join(sorted(ARTICLES)) + r")(?= [^ \x00])")
_VARIANT_DIGRAPHS = str.maketrans({"q": "k"})
_VARIANT_Y = re.compile(r"(?<=[a-z])y")  # "ayn" -> "ain", "Kabkabiyah" -> "kabkabiiah"
_VARIANT_DOUBLED = re.compile(r"([a-z])\1+")
_VARIANT_FINAL_H = re.compile(r"(?<=[aeiou])h(?![a-z])")  # "Tajurah" -> "tajura"


def _variant_joined(text: str) -> str:
    """The variant step over names joined by NUL (or a single key)."""
    # Each step only where it can change something (a look-up of a new name computes this once).
    if " " in text:
        text = _VARIANT_ARTICLE.sub("al", text)  # an article before another word: "an Nu'man" -> "al numan"
    text = text.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("dj", "j")
    text = text.translate(_VARIANT_DIGRAPHS)
    if "y" in text:
        text = _VARIANT_Y.sub("i", text)
    text = _VARIANT_DOUBLED.sub(_FIRST_GROUP, text)
    return _VARIANT_FINAL_H.sub("", text) if "h" in text else text


@lru_cache(maxsize=200_000)
def variant(key: str) -> str:
    """Spelling-tolerant key of a normalised name (see the module docstring)."""
    return _variant_joined(key)


def variant_word(word: str) -> str:
    """The variant of a key's first word as it stands in a longer key (an article becomes "al")."""
    return "al" if word in ARTICLES else variant(word)


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """Transliteration-tolerant key of a normalised name."""
    tokens = [t for t in key.split() if t not in ARTICLES]
    s = "".join(tokens).translate(_SKELETON_DROP)
    return _DOUBLED.sub(_FIRST_GROUP, s)


# -- whole-list forms for the index compiler ---------------------------------------------------------
# The gazetteer table has about 760,000 names: one call per name costs seconds. These run each step
# once over all the names joined by NUL (a character no name contains, that no step changes or moves:
# it has no decomposition, is not whitespace, not cased and not a separator). They return exactly
# what the per-name functions return (tests/test_gazetteer.py checks this over the whole table).
_JOINER = "\x00"


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(map(re.escape, chars)) + "]")


_APOSTROPHE_RE = _char_class(map(chr, _APOSTROPHES))
_ARTICLE_TOKEN = re.compile(r"(?<![^ \x00])(?:" + "|".join(sorted(ARTICLES)) + r")(?![^ \x00])")
_SKELETON_DROP_RE = _char_class(map(chr, _SKELETON_DROP))
_DOUBLED_IN_KEY = re.compile(r"([^\x00])\1+")


def _joined_map(items: list[str], step: Callable[[str, bool], str]) -> list[str]:
    """``step`` applied once to the ASCII items and once to the others, each group joined by NUL.

    The ASCII group (most names) stays a one-byte-per-character string, for which ``translate``
    and the regular expressions are several times faster.
    """
    flags = [s.isascii() for s in items]
    ascii_items = list(compress(items, flags))
    other_items = list(compress(items, [not a for a in flags]))
    plain = iter(step(_JOINER.join(ascii_items), True).split(_JOINER))
    other = iter(step(_JOINER.join(other_items), False).split(_JOINER))
    return [next(plain) if a else next(other) for a in flags]


def _normalize_joined(text: str, ascii_only: bool) -> str:
    if not ascii_only:
        text = unicodedata.normalize("NFKD", text)
        marks = sorted(c for c in set(text) if unicodedata.combining(c))
        if marks:
            text = _char_class(marks).sub("", text)
    text = text.lower()
    text = text.translate(_APOSTROPHES) if ascii_only else _APOSTROPHE_RE.sub("", text)
    return _SEPARATORS.sub(" ", text)


def normalize_many(names: list[str]) -> list[str]:
    """``[normalize(n) for n in names]``, several times faster, and without filling its cache."""
    if _JOINER in "".join(names):
        return [normalize.__wrapped__(n) for n in names]
    return [k.strip() for k in _joined_map(names, _normalize_joined)]


def _skeleton_joined(text: str, ascii_only: bool) -> str:
    text = _ARTICLE_TOKEN.sub("", text)
    text = text.translate(_SKELETON_DROP) if ascii_only else _SKELETON_DROP_RE.sub("", text)
    return _DOUBLED_IN_KEY.sub(_FIRST_GROUP, text)


def variant_many(keys: list[str]) -> list[str]:
    """``[variant(k) for k in keys]`` for normalised keys."""
    if _JOINER in "".join(keys):
        return [variant.__wrapped__(k) for k in keys]
    return _joined_map(keys, lambda text, _ascii: _variant_joined(text))


def skeleton_many(keys: list[str]) -> list[str]:
    """``[skeleton(k) for k in keys]`` for normalised keys (as ``normalize`` returns them)."""
    if _JOINER in "".join(keys):
        return [skeleton.__wrapped__(k) for k in keys]
    return _joined_map(keys, _skeleton_joined)
