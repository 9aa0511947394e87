"""Fatalities and injuries as reported: "killed 62 servicemen and injured 100 more" -> 62 and 100.

Numbers may be digits ("1,200"), words ("three", "twenty-five", "a dozen") or vague quantities,
which follow ACLED's conservative convention: the lowest figure the words allow ("dozens" 12,
"scores" 20, "hundreds" 100, "several" and "a few" 3). "No one was hurt" and "no casualties" are 0.
"""

from __future__ import annotations

import re

from mapper.events.prefilter import LiteralScan, literal_heads

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_VAGUE = {"a dozen": 12, "dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
          "several": 3, "a few": 3, "a couple": 2, "a couple of": 2, "two dozen": 24, "a hundred": 100,
          "one hundred": 100, "a handful of": 3, "a number of": 3, "many": 10}
_COMPOUNDS = {f"{t}{sep}{u}": v + i for t, v in _TENS.items() for i, u in enumerate(_UNITS[1:10], 1)
              for sep in ("-", " ")}  # "twenty-five", "twenty five"
WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)} | _TENS | _COMPOUNDS | _VAGUE

# At most five groups of thousands ("1,200", "2,000,000"): a pattern may start at each group of a
# long "1,000,000,..." and, unbounded, read the rest of it from each one.
_NUM = (r"(\d{1,3}(?:,\d{3}){1,5}|\d+|"
        + "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True)) + r")")
_ABOUT = r"(?:at least |about |around |nearly |almost |more than |over |some |up to |roughly |an estimated )?"
# Nouns that may sit between a number and the verb ("62 servicemen were killed").
_FILLER = r"(?:(?!and\b|or\b|killed|killing|dead|died|injured|wounded|hurt)[a-z'’-]+\s+){0,4}?"
_BE = r"(?:were\s+|was\s+|are\s+|have\s+been\s+|had\s+been\s+|has\s+been\s+|reportedly\s+|also\s+)*"
_DEATHS = r"killed|dead|died|deaths?|fatalities|lost their lives|were slain|bodies"
_HURT = r"injured|wounded|hurt|injuries|casualties were treated"

_KILLED = [re.compile(p) for p in (
    r"\b(?:killed|killing|kills|kill|massacred|executed|claimed the lives of|left)\s+" + _ABOUT + _NUM
    + r"(?!\s*(?:km|kilometres|kilometers|miles|metres|meters|days?|hours?|years?|weeks?|percent|%))"
    + r"(?:\s+[a-z'’-]+){0,4}?(?:\s+(?:dead|people|civilians|soldiers|others|more))?",
    r"(?<!\bno )\b" + _ABOUT + _NUM + r"\s+" + _FILLER + _BE + r"(?:" + _DEATHS + r")\b",
    r"\b(?:death toll|toll|number of dead|fatalities)\s+(?:\w+\s+){0,4}?(?:to|at|of|reached|stood at|"
    r"rose to|climbed to)\s+" + _ABOUT + _NUM,
    r"\bleaving\s+" + _ABOUT + _NUM + r"\s+(?:\w+\s+){0,2}?dead",
)]
_INJURED = [re.compile(p) for p in (
    r"\b(?:injured|injuring|wounded|wounding|injures|wounds|hurt|hurting)\s+" + _ABOUT + _NUM
    + r"(?!\s*(?:km|kilometres|miles|days?|hours?|years?))",
    r"(?<!\bno )\b" + _ABOUT + _NUM + r"\s+" + _FILLER + _BE + r"(?:" + _HURT + r")\b",
)]
_NONE_KILLED = re.compile(r"\bno (?:one|deaths|fatalities|casualties)\b|\bnobody\b.{0,20}\b(?:killed|hurt)|"
                          r"without casualties|no one was (?:killed|hurt|injured)|no reports? of casualties|"
                          r"no casualties")
_NONE_INJURED = re.compile(r"\bno (?:one|casualties|injuries)\b|\bnobody\b.{0,20}\b(?:hurt|injured)|"
                           r"no one was (?:hurt|injured)|without casualties|no reports? of casualties")
_WORDS_FIRST = ("kill", "dead", "die", "death", "fatalit", "injur", "wound", "hurt", "casualt", "toll",
                "massacr", "execut", "lives", "bodies")
_WORDS_FIRST_SCAN = LiteralScan(_WORDS_FIRST)
# A pattern that reads the number first is tried at every word of the sentence: it runs only when
# one of the words it ends on occurs ("62 servicemen were killed" needs "killed"). By pattern:
_KILLED_NEEDS = [None, LiteralScan(literal_heads(_DEATHS)), None, None]
_INJURED_NEEDS = [None, LiteralScan(literal_heads(_HURT))]


MAX_DIGITS = 9  # a figure with more digits is not a count of people (and int() of 5,000 digits raises)


def _value(s: str) -> int | None:
    s = s.replace(",", "")
    if s.isdigit():
        return int(s) if len(s) <= MAX_DIGITS else None
    return WORDS.get(s)


def _first(patterns: list[re.Pattern[str]], needs: list[LiteralScan | None], low: str) -> int | None:
    # Patterns are tried in order (verb first, "killed 62", is the least ambiguous form).
    for p, need in zip(patterns, needs, strict=True):
        if need is not None and not need.occurs_in(low):
            continue
        for m in p.finditer(low):
            v = _value(m.group(1))
            if v is not None:
                return v
    return None


def casualties(sentence: str) -> tuple[int | None, int | None]:
    """(fatalities, injuries) reported in a sentence; None where it reports none."""
    low = sentence.lower()
    if not _WORDS_FIRST_SCAN.occurs_in(low):
        return None, None  # cheap test first: most sentences report no casualties
    killed = _first(_KILLED, _KILLED_NEEDS, low)
    injured = _first(_INJURED, _INJURED_NEEDS, low)
    if killed is None and _NONE_KILLED.search(low):
        killed = 0
    if injured is None and _NONE_INJURED.search(low):
        injured = 0
    return killed, injured
