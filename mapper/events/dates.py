"""Date expressions in news text, resolved to calendar dates against the article's published date.

Reporters rarely print full dates: they write "on Saturday", "two days ago", "last week" or "in March",
all of which mean something only relative to when the article came out. :func:`find_dates` finds
every such expression in a piece of text and turns it into a calendar date plus a precision code.

Precision follows ACLED's ``time_precision`` codes:

* ``DAY`` (1): the day itself is known ("yesterday", "Saturday", "September 9, 2016").
* ``WEEK`` (2): only the week, or a span of a few days, is known ("last week", "over the weekend").
* ``MONTH`` (3): only the month is known ("in March", "last month", "March 2015").

Coding convention: an expression coarser than a day is still stored as *one* representative day, and
the precision says how far to trust it. A week-level expression is placed inside the week it names:
"last week" is the published date minus 7 days, "earlier this week" and "the past week" are 3 days
before publication, "this week" is the published date itself, and a weekend is its Saturday. A
month-level expression is placed on the 15th of its month; when that month is the publication month
and the 15th is still ahead, the published date is used instead, so relative expressions never point
past the article. "N months ago" keeps the published day of the month (clamped to the month's length).

Resolution rules worth knowing:

* A bare weekday ("Saturday", "on Saturday night") is the latest such day on or before publication
  (the publication day itself when the names agree); "last Saturday" is strictly before it, "next
  Saturday" / "this coming Saturday" strictly after it. Only full weekday names are read.
* A day and month without a year take the publication year, unless that lands more than 7 days
  after publication, in which case the previous year is used ("28 December" in an article of
  3 January is the December just gone).
* A month named alone needs a cue before it ("in", "since", "during", "early", "late", "mid-",
  "last") and means the latest such month not after the publication month ("last March" is
  strictly before it). Month names must be capitalised, which keeps the verb "march" and the
  modal "may" out; "May" is taken only with a day, a year or one of those cues.
* "a few days ago" is week-level (a few days is not a day); other "N days ago" are day-level.
* Expressions never overlap: the longest wins. A weekday directly followed by a full date
  ("Saturday, September 17, 2016") is one expression, dated by the full date.
* A span of two weekdays ("between Thursday and Saturday", "on Wednesday and Thursday", "overnight from
  Monday to Tuesday", "the night of Tuesday to Wednesday") is its first day, the later one read as a bare
  weekday (the guide's rule for a multi-day event).
* "Overnight" alone is the published date; "overnight Monday", "overnight into Monday" and "Monday
  overnight" are that Monday (the day the report names).
* Holidays are days: the last one on or before publication. Fixed: "Christmas Eve", "Christmas Day",
  "New Year's Eve", "New Year's Day". Movable: "Easter" / "Easter Sunday" (Gregorian computus), "Good
  Friday" and "Easter Monday" (two days before, one after), "Orthodox Easter" (Julian computus, in the
  Gregorian calendar), "Eid al-Fitr" and "Eid al-Adha" (also "ul"/"el" and hyphens) by a table of the first
  days Saudi Arabia announced, 2015-2026 (an Eid of another year is not read: no lunar algorithm that
  cannot be checked); "the first/second/third day of <holiday>" counts on from it.
* Bare years ("in 2015"), clock times and numbers are never dates.

Which expression dates an event is the caller's choice (mapper/events/clauses.py: the nearest to its
trigger). One rule is here, :func:`reported_on`: an event that a sentence tells only through
someone's announcement ("the army said on Saturday it had recaptured the town", "announced Sunday
that its forces had taken") is dated by the announcement, at week precision: it happened then or in
the days before, and ACLED codes such an event on the date of the report that gives it. The verbs
and the words after the date are the tables ``REPORTING_VERBS`` (in lexicon.py) and ``_DONE_AFTER``.
  :func:`announces` tells whether one date is such an announcement's day: the coder does not date a site's
  part by it when the act has a day of its own ("said on Wednesday its troops had repelled assaults near A
  and B on Tuesday": Tuesday at A, not the saying's Wednesday).
  A closing attribution with a date dates an act the sentence tells with none ("Gunmen kidnapped two
  soldiers near Jamundi, the army said on Friday": Friday, week precision), when the date ends the
  sentence (a short "in a statement" may follow).
* A day told from another date of the same sentence ("on Thursday, two days after a grenade attack":
  Tuesday; "a day earlier", "the previous day", "the next day", "three days later") is counted from the
  nearest day-precision date before it; with none it is left out (the coder's story day anchors
  "A day earlier, ..." in a later sentence: :func:`story_shift`), and so it is when a date follows it in
  the same clause ("two days after a truce agreed in Geneva on September 9"). But "N days after" with no
  day before it counts from the published day ("Israel strikes Sanaa a day after Houthi missile hits
  Tel Aviv": Tel Aviv the day before), unless a frame verb opens it ("The attack came a day after",
  "The raid began two days after": the story's day). It dates only the act told after it
  (:func:`follows_after`).
* Anything relative needs a published date; without one only dates that carry their own year
  (and ISO dates) are returned.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import ahocorasick

from mapper.events.lexicon import REPORTING_VERBS, alternation
from mapper.events.prefilter import LiteralScan, WordGate, gate_text, literal_heads

__all__ = ["DAY", "MONTH", "MONTHS", "MONTH_ABBREVIATIONS", "WEEK", "WEEKDAYS", "DateExpr", "announces",
           "find_date", "find_dates", "follows_after", "parse_date", "reported_on"]

DAY, WEEK, MONTH = 1, 2, 3


@dataclass(frozen=True, slots=True)
class DateExpr:
    """One date expression: its character span in the text and what it resolves to."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: int  # DAY, WEEK or MONTH


# --------------------------------------------------------------------------------------------------
# Vocabulary: the package's one list of month and weekday names

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
# The usual news abbreviations ("Aug", "Sept."); with MONTHS, every way a month is written.
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_WEEKDAY_NUM = {name: i for i, name in enumerate(WEEKDAYS)}
_MONTH_NUM = {name[:3]: i for i, name in enumerate(MONTHS, start=1)}  # keyed by first three letters
_ORDINAL = r"(?i:st|nd|rd|th)?"

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_QUANTITIES = {"a": 1, "an": 1, "a couple": 2, "a couple of": 2, "a few": 3} | _NUMBER_WORDS


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """Longest first, so that an alternative is never cut short by its own prefix."""
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------------------------------
# parse_date: a full date (with its year) in a metadata value or a header line

# Any case here ("07 AUGUST 2020", "published: 7 august 2020"): metadata is not prose, where a
# lower-case "may" or "march" is a verb. A trailing dot is an abbreviation's ("Sept. 18, 2016").
_ANY_CASE_MONTH = rf"(?<![A-Za-z])(?P<mon>{_alternation(MONTHS + MONTH_ABBREVIATIONS)})\.?(?![A-Za-z])"
# (?<!\d) rather than \b so that glued scrape artefacts like "04:40 GMT07 August 2020" still match.
_FULL_DATES = (
    re.compile(r"(?<!\d)(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?!\d)"),  # 2020-08-07
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_ANY_CASE_MONTH},?\s+(?P<y>\d{{4}})(?!\d)",
               re.I),  # 7th of August 2020
    re.compile(rf"{_ANY_CASE_MONTH}\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+(?P<y>\d{{4}})(?!\d)",
               re.I),  # August 7, 2020
)


def find_date(text: str) -> DateExpr | None:
    """The earliest full date in ``text``: a day, a month and a year, written in any of the forms
    :func:`parse_date` reads; None if there is none. Linear in the length of ``text``."""
    best: DateExpr | None = None
    for pattern in _FULL_DATES:
        if best is not None and best.start == 0:
            break  # no later pattern's match starts before it ("2020-08-07", the usual metadata value)
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best.start:
                break
            month = int(m["m"]) if "m" in pattern.groupindex else _month_number(m["mon"])
            try:
                # Years outside this range are almost always numbers that merely look like dates.
                if not 1800 <= int(m["y"]) <= 2200:
                    continue
                day = dt.date(int(m["y"]), month, int(m["d"]))
            except ValueError:  # 31 February and the like
                continue
            best = DateExpr(m.start(), m.end(), m.group(), day, DAY)
            break
    return best


def parse_date(value: object) -> dt.date | None:
    """The date a metadata value or a header line gives, else None; never raises.

    Reads the first full date anywhere in a string: "2020-08-07" (also with a time,
    "2020-08-07T04:40:00Z", or "/" or "." separators), "07 August 2020", "7th Aug. 2020",
    "August 7, 2020", "Sept. 18, 2016"; a date or datetime is taken as it is. All-numeric day/month
    orders such as "07/08/2020" are ambiguous and deliberately not read, nor are impossible days
    ("2016-02-30") or years outside 1800-2200. Dates in article prose, which need the published date
    and a stricter reading, are :func:`find_dates`'s.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    if len(value) > _REMEMBERED_VALUE_CHARS:
        return _read_date_value(value)
    return _remembered_date_value(value)


def _read_date_value(value: str) -> dt.date | None:
    found = find_date(value)
    return found.date if found else None


# The clauses, roles, discourse and the coder each read the article's published date: the same string,
# read once (a few short values kept: the memory stays small).
_REMEMBERED_VALUE_CHARS = 100
_remembered_date_value = functools.lru_cache(maxsize=16)(_read_date_value)


# Month names are matched case-sensitively: Title case or all capitals only.
# Each pattern below opens with (?<!\w) rather than \b: the same test here (every alternative starts
# with a word character), and about a third faster.
_MON = "(?:" + _alternation([v for w in MONTHS + MONTH_ABBREVIATIONS for v in (w.title(), w.upper())]) + ")"
_WEEKDAY = "(?i:" + _alternation(WEEKDAYS) + ")"
_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:19|20)\d\d(?![\d:])"

# Day-level dates that carry their own month: "September 9", "Sept. 9th, 2016", "9 September 2016",
# "the 9th of September", ISO "2016-09-09"; an adjoining weekday ("Saturday, September 17") is
# swallowed into the same expression, the absolute date being the more reliable of the two.
_ABSOLUTE = re.compile(rf"""
    (?<!\w)(?:(?P<wd>{_WEEKDAY}),?\s+)?
    (?:
        (?P<m1>{_MON})(?:\.\s*|\s+)(?P<d1>{_DAY_NUM}){_ORDINAL}\b(?![.,:/]\d)
            (?:,?\s+(?P<y1>{_YEAR}))?
      | (?:(?i:the)\s+)?(?<![.,:/])(?P<d2>{_DAY_NUM}){_ORDINAL}(?:\s+(?i:of))?\s+(?P<m2>{_MON})\b
            (?:\.?,?\s+(?P<y2>{_YEAR}))?
      | (?<![-/.\d])(?P<iy>(?:19|20)\d\d)(?P<sep>[-/])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>{_DAY_NUM})(?!\d)
    )
    """, re.X)

# Month-level: "March 2015", "in March of 2015", "in early March", "mid-May", "last March".
# A month followed by a day number is left to _ABSOLUTE ("in March 5" is March 5).
_MONTH_LEVEL = re.compile(rf"""
    (?<!\w)(?:(?P<pre>(?i:in|since|during))\s+)?
    (?:(?P<mod>(?i:last|early|late|earlier|later|mid)(?:\s+(?i:in))?)(?:\s*-\s*|\s+))?
    \b(?P<mon>{_MON})\b
    (?:\.?,?\s+(?:(?i:of)\s+)?(?P<yr>{_YEAR}) | (?!\.?\s*{_DAY_NUM}{_ORDINAL}\b(?![.,:/]\d)))
    """, re.X)

# The holidays a report dates acts by: "on Christmas Eve", "on New Year's Day", "on Easter Sunday", "on the
# first day of Eid al-Fitr" (the last one on or before publication). Capitalised, as news writes them. The
# movable feasts: Easter by the Gregorian computus (:func:`_easter`), Orthodox Easter by the Julian one
# (:func:`_orthodox_easter`), Good Friday and Easter Monday beside them; the two Eids by the table
# ``_EID`` of the first days Saudi Arabia announced (moon sighting; some countries keep them a day later),
# 2015-2026 only: a report from another year gets no date from an Eid (no algorithm that cannot be checked).
# "the second/third day of" counts on from the first.
_HOLIDAY = re.compile(r"(?<!\w)(?:(?:the\s++)?(?P<nth>first|second|third)\s++day\s++of\s++)?(?P<h>"
                      r"Christmas\s++(?:Eve|Day)|New\s++Year(?:['’]s)?\s++(?:Eve|Day)|Good\s++Friday|"
                      r"(?:Orthodox\s++)?Easter(?:\s++(?:Sunday|Monday))?|Eid[\s-](?:al|ul|el)[\s-](?:Fitr|Adha))\b")
_HOLIDAY_DAY = {"christmas eve": (12, 24), "christmas day": (12, 25), "new year eve": (12, 31),
                "new year day": (1, 1)}
_HOLIDAY_SCAN = LiteralScan(("Christmas", "New Year", "Easter", "Good Friday", "Eid"))
# First day of Eid al-Fitr and of Eid al-Adha as announced in Saudi Arabia (2026: as expected).
_EID: dict[str, dict[int, tuple[int, int]]] = {
    "fitr": {2015: (7, 17), 2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 4), 2020: (5, 24),
             2021: (5, 13), 2022: (5, 2), 2023: (4, 21), 2024: (4, 10), 2025: (3, 30), 2026: (3, 20)},
    "adha": {2015: (9, 24), 2016: (9, 12), 2017: (9, 1), 2018: (8, 21), 2019: (8, 11), 2020: (7, 31),
             2021: (7, 20), 2022: (7, 9), 2023: (6, 28), 2024: (6, 16), 2025: (6, 6), 2026: (5, 27)},
}
_NTH = {None: 0, "first": 0, "second": 1, "third": 2}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday: the Gregorian computus (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), in the Gregorian calendar (13 days ahead in
    1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1) + dt.timedelta(days=13)


def _holiday_in(name: str, year: int) -> dt.date | None:
    """The day of a holiday ("easter monday", "eid al fitr", normalised words) in a year, if known."""
    if name in _HOLIDAY_DAY:
        return dt.date(year, *_HOLIDAY_DAY[name])
    words = name.split()
    if words[0] == "eid":
        day = _EID[words[-1]].get(year)
        return dt.date(year, *day) if day else None
    orthodox = words[0] == "orthodox"
    sunday = _orthodox_easter(year) if orthodox else _easter(year)
    shift = {"monday": 1, "friday": -2}.get(words[-1] if not orthodox or len(words) > 2 else "", 0)
    return sunday + dt.timedelta(days=shift)


_TIME_OF_DAY = r"(?:morning|afternoon|evening|night)"
_QUANTITY_WORDS = [r"a\s+couple(?:\s+of)?", r"a\s+few", *_NUMBER_WORDS, "an", "a"]
_QUANTITY = "(?:" + _alternation([r"\d{1,3}", *_QUANTITY_WORDS]) + ")"

def _relative_source(quantity: str) -> str:
    """Everything relative to the published date, with ``quantity`` before "days ago". One named group
    per kind; inside a match the outer group closes last, so ``lastgroup`` names the kind. At one
    position the first alternative wins."""
    return rf"""
    (?<!\w)(?:
        (?P<ago>(?P<n>{quantity})\s+(?P<unit>days?|weeks?|months?)\s+ago)
      | (?P<before_yesterday>the\s+day\s+before\s+yesterday)
      | (?P<after_tomorrow>the\s+day\s+after\s+tomorrow)
      | (?P<wrange>(?:(?:overnight\s+)?(?:between|from)\s+|the\s+night\s+of\s+)?
            (?P<wfirst>{"|".join(WEEKDAYS)})(?:\s+{_TIME_OF_DAY})?\s+(?:and|to|into|through|until)\s+(?:early\s+)?
            (?P<wlast>{"|".join(WEEKDAYS)})(?:\s+{_TIME_OF_DAY})?)
      | (?P<weekday>(?:overnight\s+(?:on\s+|into\s+)?)?
            (?:(?P<wmod>last|next|this\s+coming|this\s+past|coming|past)\s+)?
            (?P<wname>{"|".join(WEEKDAYS)})(?:\s+{_TIME_OF_DAY}|\s+overnight)?)
      | (?P<yesterday>yesterday(?:\s+{_TIME_OF_DAY})?|last\s+(?:night|evening))
      | (?P<today>today|tonight|overnight|this\s+(?:morning|afternoon|evening))
      | (?P<tomorrow>tomorrow(?:\s+{_TIME_OF_DAY})?)
      | (?P<last_week>(?:(?:early|late|earlier|later)\s+)?last\s+week(?!\s+of\b))
      | (?P<earlier_this_week>earlier\s+(?:this|in\s+the)\s+week)  # "earlier in the week" too
      | (?P<past_week>the\s+(?:past|last)\s+(?:week|seven\s+days)(?!\s+of\b))
      | (?P<past_days>the\s+(?:past|last)\s+(?:few|couple(?:\s+of)?|several)\s+days|recent\s+days)
      | (?P<this_week>this\s+week)
      | (?P<next_week>next\s+week)
      | (?P<weekend>(?P<kmod>last|this|the\s+past|the)\s+weekend)
      | (?P<last_month>last\s+month(?!\s+of\b))
      | (?P<this_month>(?:earlier\s+)?this\s+month)
      | (?P<next_month>next\s+month)
    )\b
    """


_RELATIVE = re.compile(_relative_source(_QUANTITY), re.X | re.I)


class _RelativeScan:
    """``finditer(text)`` is ``_RELATIVE.finditer(text)``, the pattern tried only where a match can start:
    where one of its first words starts (as ``lower()`` spells the text; :class:`LiteralScan`) or a run of
    digits ("3 days ago": after ``(?<!\\w)`` a digit opens its run). Its lookbehind and some twenty
    alternatives read case-insensitively were tried at every character of every sentence with a hint
    (43 µs a sentence)."""

    _heads = LiteralScan(literal_heads("(?x)" + _relative_source(_alternation(_QUANTITY_WORDS))),
                         ignore_case=True)
    _digits = re.compile(r"\d+")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        starts = self._heads.starts(text)
        if starts is None:  # a case folding the scan cannot mirror: the plain search
            yield from _RELATIVE.finditer(text)
            return
        digits = [m.start() for m in self._digits.finditer(text)]
        if digits:  # (no head holds a digit: the two lists are disjoint)
            starts = sorted(starts + digits)
        after = 0  # as finditer, the next match starts where the last one ended
        for start in starts:
            if start >= after:
                m = _RELATIVE.match(text, start)
                if m is not None:
                    after = m.end()
                    yield m


_RELATIVE_FINDER = _RelativeScan()

# (days from the published date, precision) for the kinds that are a fixed offset.
_OFFSETS: dict[str, tuple[int, int]] = {
    "before_yesterday": (-2, DAY), "after_tomorrow": (2, DAY), "yesterday": (-1, DAY), "today": (0, DAY),
    "tomorrow": (1, DAY), "last_week": (-7, WEEK), "earlier_this_week": (-3, WEEK),
    "past_week": (-3, WEEK), "past_days": (-2, WEEK), "this_week": (0, WEEK), "next_week": (7, WEEK),
}

# Cheap gates, so that most sentences cost a few substring tests: the relative scanner needs one of
# these words (lower-cased), the month scanners a month-name prefix as written, the day-level
# scanner a digit as well (or an ISO date).
_RELATIVE_HINTS = ("day", "night", "morning", "afternoon", "evening", "ago", "week", "month", "tomorrow")
_MONTH_HINTS = tuple(v for name in MONTHS for v in (name[:3].title(), name[:3].upper()))
# Whether any hint occurs: one Aho-Corasick pass each, not a substring search per hint.
_MONTH_SCAN, _RELATIVE_SCAN = LiteralScan(_MONTH_HINTS), LiteralScan(_RELATIVE_HINTS)
# The month hints and the holidays' names, found in one pass over a text as written (not two).
_MONTH_WORD, _HOLIDAY_WORD = 1, 2
_HINTS = ahocorasick.Automaton()
for _word in {*_MONTH_HINTS, *_HOLIDAY_SCAN.words}:
    _HINTS.add_word(_word, (_MONTH_WORD if _word in _MONTH_HINTS else 0)
                    | (_HOLIDAY_WORD if _word in _HOLIDAY_SCAN.words else 0))
_HINTS.make_automaton()
_BOTH = _MONTH_WORD | _HOLIDAY_WORD


def _hints(text: str) -> int:
    """Which of the month hints and the holidays' names occur in ``text`` (_MONTH_WORD, _HOLIDAY_WORD):
    ``_MONTH_SCAN.occurs_in(text)`` and ``_HOLIDAY_SCAN.occurs_in(text)`` in one walk."""
    found = 0
    for _, kinds in _HINTS.iter(text):
        found |= kinds
        if found == _BOTH:
            break
    return found
_ISO_HINT = re.compile(r"\d{4}[-/]\d")
_DIGIT = re.compile(r"\d")


# --------------------------------------------------------------------------------------------------
# Date arithmetic

def _weekday_on_or_before(ref: dt.date, weekday: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def _weekday_before(ref: dt.date, weekday: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7 or 7)


def _weekday_after(ref: dt.date, weekday: int) -> dt.date:
    return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)


def _shift_months(ref: dt.date, months: int, day: int | None = None) -> dt.date:
    """The date ``months`` months from ``ref`` on ``day`` (default: ref's day), clamped to the month."""
    year, month0 = divmod(ref.year * 12 + ref.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day or ref.day, last))


def _mid_month(ref: dt.date, months: int) -> dt.date:
    """The 15th of the month ``months`` away from ref's, but never after ref itself."""
    return min(_shift_months(ref, months, 15), ref)


def _day_without_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """Publication year, or the year before when that would land over a week after publication."""
    limit = ref + dt.timedelta(days=7)
    for year in (ref.year, ref.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February outside a leap year
        if candidate <= limit:
            return candidate
    return None


def _month_number(token: str) -> int:
    return _MONTH_NUM[token[:3].lower()]


# --------------------------------------------------------------------------------------------------
# Resolvers: a match -> (start, end, date, precision), or None to drop it

_Found = tuple[int, int, dt.date, int] | None


def _resolve_absolute(m: re.Match[str], ref: dt.date | None) -> _Found:
    if m["iy"]:
        return m.start(), m.end(), dt.date(int(m["iy"]), int(m["im"]), int(m["id"])), DAY
    month_token, day, year = (m["m1"], m["d1"], m["y1"]) if m["m1"] else (m["m2"], m["d2"], m["y2"])
    month = _month_number(month_token)
    if year:
        return m.start(), m.end(), dt.date(int(year), month, int(day)), DAY  # ValueError: not a day
    if ref is None:
        return None
    date = _day_without_year(month, int(day), ref)
    return None if date is None else (m.start(), m.end(), date, DAY)


def _resolve_month(m: re.Match[str], ref: dt.date | None) -> _Found:
    start = m.start("mod") if m["mod"] else m.start("mon")  # "in"/"since"/"during" stay outside
    month = _month_number(m["mon"])
    if m["yr"]:
        return start, m.end(), dt.date(int(m["yr"]), month, 15), MONTH
    if ref is None or not (m["pre"] or m["mod"]):
        return None  # a month name alone, or "May" the modal verb
    strictly_before = m["mod"] is not None and m["mod"].lower() == "last"
    back = (ref.month - month) % 12
    if strictly_before and back == 0:
        back = 12
    return start, m.end(), _mid_month(ref, -back), MONTH


def _resolve_relative(m: re.Match[str], ref: dt.date | None) -> _Found:
    if ref is None:
        return None
    kind = m.lastgroup or ""
    if kind in _OFFSETS:
        days, precision = _OFFSETS[kind]
        date, prec = ref + dt.timedelta(days=days), precision
    elif kind == "ago":
        n = _QUANTITIES.get(" ".join(m["n"].lower().split()))
        n = int(m["n"]) if n is None else n
        unit = m["unit"].lower()
        if unit.startswith("day"):
            # "a few days ago" is itself vague: a few days is week-level precision
            date, prec = ref - dt.timedelta(days=n), WEEK if m["n"].lower().endswith("few") else DAY
        elif unit.startswith("week"):
            date, prec = ref - dt.timedelta(days=7 * n), WEEK
        else:
            date, prec = _shift_months(ref, -n), MONTH
    elif kind == "weekday":
        weekday = _WEEKDAY_NUM[m["wname"].lower()]
        mod = " ".join((m["wmod"] or "").lower().split())
        if mod in ("last", "this past", "past"):
            date = _weekday_before(ref, weekday)
        elif mod:
            date = _weekday_after(ref, weekday)
        else:
            date = _weekday_on_or_before(ref, weekday)
        prec = DAY
    elif kind == "wrange":
        # "between Thursday and Saturday", "overnight from Monday to Tuesday": a span, dated by its first day
        last = _weekday_on_or_before(ref, _WEEKDAY_NUM[m["wlast"].lower()])
        date = last - dt.timedelta(days=(last.weekday() - _WEEKDAY_NUM[m["wfirst"].lower()]) % 7)
        prec = DAY
    elif kind == "weekend":
        this = m["kmod"].lower() == "this"
        if this and ref.weekday() < 5:
            date = _weekday_after(ref, 5)  # the coming weekend
        elif this:
            date = _weekday_on_or_before(ref, 5)  # the weekend we are in
        else:
            date = _weekday_before(ref, 5)
        prec = WEEK
    elif kind == "last_month":
        date, prec = _shift_months(ref, -1, 15), MONTH
    elif kind == "this_month":
        date, prec = _mid_month(ref, 0), MONTH
    elif kind == "next_month":
        date, prec = _shift_months(ref, 1, 15), MONTH
    else:  # pragma: no cover - every group of _RELATIVE is handled above
        return None
    return m.start(), m.end(), date, prec


def _resolve_holiday(m: re.Match[str], ref: dt.date | None) -> _Found:
    if ref is None:
        return None
    name = " ".join(m["h"].lower().replace("'s", "").replace("’s", "").replace("-", " ").split())
    for year in (ref.year, ref.year - 1):
        date = _holiday_in(name, year)
        if date is not None:
            date += dt.timedelta(days=_NTH[m["nth"]])
            if date <= ref:
                return m.start(), m.end(), date, DAY
    return None


_Resolver = Callable[[re.Match[str], dt.date | None], _Found]


def _scanners(text: str, ref: dt.date | None) -> list[tuple[re.Pattern[str] | _RelativeScan, _Resolver]]:
    """The scanners worth running on `text`, ranked: on equal length the earlier one wins an overlap."""
    hints = _hints(text)
    month_word = bool(hints & _MONTH_WORD)
    scanners: list[tuple[re.Pattern[str] | _RelativeScan, _Resolver]] = []
    # (An ISO date holds a digit: most sentences hold none, and skip the ISO search.)
    if _DIGIT.search(text) and (month_word or _ISO_HINT.search(text)):
        scanners.append((_ABSOLUTE, _resolve_absolute))
    if month_word:
        scanners.append((_MONTH_LEVEL, _resolve_month))
    if ref is not None and hints & _HOLIDAY_WORD:
        scanners.append((_HOLIDAY, _resolve_holiday))
    if ref is not None:
        low = text.lower()
        if _RELATIVE_SCAN.occurs_in(low):
            scanners.append((_RELATIVE_FINDER, _resolve_relative))
    return scanners


# --------------------------------------------------------------------------------------------------
# find_dates

def _as_reference(published: object) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        return parse_date(published)
    return None


def find_dates(text: str, published: dt.date | None) -> list[DateExpr]:
    """Every date expression in `text`, in text order, non-overlapping (longest match wins).

    Relative expressions are resolved against `published`; those that need it (weekdays,
    'yesterday', 'last week', a day and month without a year, ...) are skipped when it is None.
    Never raises on any input.
    """
    if not isinstance(text, str) or not text:
        return []
    ref = _as_reference(published)
    if len(text) > _REMEMBERED_CHARS:
        return _find_dates(text, ref)
    return list(_remembered_dates(text, ref))


# The clauses and discourse components both read the dates of each sentence: the second reading is
# looked up. Only sentences of ordinary length are kept, so the memory stays a few MB at most.
_REMEMBERED_CHARS = 2000
_REMEMBERED_MOST = 1024


@functools.lru_cache(maxsize=_REMEMBERED_MOST)
def _remembered_dates(text: str, ref: dt.date | None) -> tuple[DateExpr, ...]:
    return tuple(_find_dates(text, ref))


def _find_dates(text: str, ref: dt.date | None) -> list[DateExpr]:
    found: list[tuple[int, int, int, dt.date, int]] = []  # (start, end, rank, date, precision)
    scanners = _scanners(text, ref)
    for rank, (pattern, resolve) in enumerate(scanners):
        for m in pattern.finditer(text):
            try:
                hit = resolve(m, ref)
            except (ValueError, OverflowError):
                continue  # an impossible day ("February 30") or arithmetic past date.min/max
            if hit is not None:
                start, end, date, precision = hit
                found.append((start, end, rank, date, precision))
    # Longest first, then by scanner rank, then leftmost; keep whatever does not overlap a keeper.
    # The characters keepers cover are marked, so each test reads only its own span (comparing with
    # every keeper was quadratic in a long text of dates).
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    kept: list[tuple[int, int, int, dt.date, int]] = []
    taken = bytearray(len(text))
    for f in found:
        start, end = f[0], f[1]
        if taken.find(1, start, end) < 0:
            kept.append(f)
            taken[start:end] = b"\x01" * (end - start)
    kept.sort()
    if ref is not None and len(kept) > 1:
        kept = _framed_worship_days(text, kept, ref)
    # (Its words, "day" and "night", are relative hints: without the relative scanner, none occurs.)
    if ref is not None and scanners and scanners[-1][0] is _RELATIVE_FINDER \
            and _SHIFT_SCAN.occurs_in(text.lower()):
        kept += _anchored_shifts(text, kept, taken, ref)
        kept.sort()
    return [DateExpr(start, end, text[start:end], date, precision) for start, end, _, date, precision in kept]


# A weekday that names a service rather than a day ("during Friday prayers", "at Sunday mass"), in a text
# that also names an earlier month ("In March, gunmen killed 44 worshippers during Friday prayers at a
# mosque in Fambita" in a June article): the month frames the act, and the service was one of its Fridays,
# not the last Friday before publication. The bare weekday is left out, so the month dates the act (and
# an earlier month's act told in passing stays background). With no such month the service's weekday is
# the day, as the corpus codes "killed 44 worshippers during Friday prayers" (the last Friday).
_WORSHIP_AFTER = re.compile(r"\s{1,3}(?i:prayers?|mass|services?|sermons?|worship)\b")


def _framed_worship_days(text: str, kept: list[tuple[int, int, int, dt.date, int]],
                         ref: dt.date) -> list[tuple[int, int, int, dt.date, int]]:
    """``kept`` less a bare weekday naming a service when another expression names an earlier month."""
    if not any(f[4] == MONTH and (f[3].year, f[3].month) < (ref.year, ref.month) for f in kept):
        return kept
    return [f for f in kept
            if not (f[4] == DAY and text[f[0]:f[1]].lower() in _WEEKDAY_NUM
                    and _WORSHIP_AFTER.match(text, f[1]))]


# A day told from another date of the same text: "on Thursday, two days after a grenade attack on a
# market" (the attack: Tuesday), "detained 30 men on Friday in an operation that followed an attack a
# day earlier" (Thursday), "said on Thursday that soldiers had repelled an assault the previous day".
# "after" and "earlier" / "previous" go back from the anchor, "later" / "next" / "following" forward.
# The anchor is the nearest day-precision date before it in the text. With none the expression is left
# out (the story's own last date may anchor it: coder.story_shift; "The raid began two days after a
# ceasefire took hold" does not date the ceasefire from the published day), and so it is when a date
# follows it in the same clause ("two days after a truce agreed in Geneva on September 9"); "N days after"
# with no frame verb before it is counted from the published day (_anchored_shifts).
_SHIFTED = re.compile(
    r"(?<!\w)(?i:(?P<n>a|one|two|three|four|five|[1-5])\s++days?\s++(?P<dir>after|earlier|later)"
    r"|the\s++(?P<prev>previous|preceding)\s++(?:day|night)|the\s++(?P<next>next|following)\s++day"
    # "said on Monday it had struck fighters near Jilib the day before" (not "the day before the vote")
    r"|the\s++(?P<before>day)\s++before(?!\s++(?:the|a|an|yesterday|its|his|her|their)\b))\b")
_SHIFT_SCAN = LiteralScan(("day", "night"))
_CLAUSE_END = re.compile(r"[,.;:]")
_SHIFT_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


# "The attack came a day after ...", "The raid began two days after ...": a later sentence's frame, counted
# from the story's day (coder.story_shift), not from the published one.
_FRAMED = re.compile(r"\b(?i:came|comes|come|followed|follows|began|begun|begins|started|starts)\s{1,3}$")
_AFTER_SHIFT = re.compile(r"(?i:a|one|two|three|four|five|[1-5])\s++days?\s++(?i:after)")


def follows_after(d: DateExpr) -> bool:
    """Whether ``d`` is an "N days after" of :func:`find_dates`: the day of the act told AFTER it ("X, a day
    after Y": Y's day), never of an act told before it."""
    return _AFTER_SHIFT.fullmatch(d.text) is not None


def _anchored_shifts(text: str, kept: list[tuple[int, int, int, dt.date, int]], taken: bytearray,
                     ref: dt.date) -> list[tuple[int, int, int, dt.date, int]]:
    """The expressions of _SHIFTED, dated from their anchors in ``kept`` (sorted). Linear: one scan,
    and a bisection into the kept dates for each. "N days after" with no day before it in the text counts
    from ``ref``, the published day: the act it follows is told undated, so of the report's day ("Israel
    strikes Sanaa a day after Houthi missile hits near Tel Aviv": Tel Aviv the day before)."""
    days = [(f[0], f[3]) for f in kept if f[4] == DAY]
    starts = [start for start, _ in days]
    out: list[tuple[int, int, int, dt.date, int]] = []
    for m in _SHIFTED.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        i = bisect.bisect_left(starts, m.start())
        if i < len(days) and starts[i] - m.end() <= 200 \
                and not _CLAUSE_END.search(text, m.end(), starts[i]):  # bounded: linear in all
            continue  # what it tells has a date of its own ("two days after a truce agreed in Geneva on
            # September 9")
        if i == 0 and not (m["n"] and m["dir"].lower() == "after"
                           and not _FRAMED.search(text, max(0, m.start() - 20), m.start())):
            continue  # no anchor ("A day earlier", "The attack came a day after" are the story's day's:
            # coder.story_shift)
        anchor = days[i - 1][1] if i else ref
        if m["n"]:
            n = _SHIFT_COUNT.get(m["n"].lower()) or int(m["n"])
            back = m["dir"].lower() in ("after", "earlier")
        else:
            n, back = 1, bool(m["prev"] or m["before"])
        try:
            out.append((m.start(), m.end(), 3, anchor + dt.timedelta(days=-n if back else n), DAY))
        except OverflowError:
            continue
    return out


# --------------------------------------------------------------------------------------------------
# reported_on: an event dated by its announcement

# Verbs that announce a past action ("said on Saturday it had recaptured"): lexicon.REPORTING_VERBS.
_REPORTED_BEFORE = re.compile(r"\b(?:" + alternation(REPORTING_VERBS) + r")\s++(?:on\s++)?$")
# After the date: the announcer's own completed action ("it had", "they have", "its forces had", a
# commander's "his troops had", a spokesman's "our fighters have").
_DONE_AFTER = re.compile(r"\s*+,?\s*+(?:that\s++)?(?:it|they|(?:its|their|his|her|our)\s++\w{1,30}+)\s++"
                         r"(?:had|has|have)\b")
# Or the date ends the sentence's closing attribution: "Gunmen kidnapped two soldiers, the army said on
# Friday." (at most a short phrase after it: "in a televised address", "in a statement").
_ATTRIBUTION_END = re.compile(r"(?:\s++(?:in|at|during|via|through)\s++(?:an?\s++|the\s++)?[\w-]{1,30}+"
                              r"(?:\s++[\w-]{1,30}+){0,2}+)?\s*+[.;!]?[\s\"'”’)]*+$")
_REPORTING = "(?:" + alternation(REPORTING_VERBS) + r")\b"
_ATTRIBUTION_BEFORE = re.compile(r",\s*+(?:(?!" + _REPORTING + r")[\w'’.-]{1,30}+\s++){0,6}+" + _REPORTING
                                 + r"\s++(?:on\s++)?$")


def announces(sentence: str, d: DateExpr) -> bool:
    """Whether the date ``d`` of ``sentence`` is the day of an announcement of a done action ("the army said
    on Saturday it had recaptured", "announced Sunday that its forces had taken"): the saying's day, which
    dates the act only when the act has no day of its own ("said on Wednesday its troops had repelled
    assaults near X on Tuesday": Tuesday). Reads a few words around ``d``."""
    return _REPORTED_BEFORE.search(sentence, max(0, d.start - 30), d.start) is not None \
        and _DONE_AFTER.match(sentence, d.end, min(len(sentence), d.end + 60)) is not None


def reported_on(sentence: str, dates: list[DateExpr]) -> DateExpr | None:
    """The date of an announcement of a done action in ``sentence`` ("X said on Saturday it had
    recaptured Y": Saturday), at week precision or coarser; None when no date is one. ``dates`` are the
    sentence's (:func:`find_dates`). A closing attribution dates it too, at the same precision ("Gunmen
    kidnapped two soldiers on a road near Jamundi, the army said on Friday": Friday). Reads a few words
    around each date only: linear."""
    for d in dates:
        if announces(sentence, d):
            return DateExpr(d.start, d.end, d.text, d.date, max(d.precision, WEEK))
        if d.precision == DAY and _ATTRIBUTION_BEFORE.search(sentence, max(0, d.start - 120), d.start) \
                and _ATTRIBUTION_END.match(sentence, d.end, min(len(sentence), d.end + 80)) \
                and d.end + 80 >= len(sentence):
            return DateExpr(d.start, d.end, d.text, d.date, WEEK)
    return None


# --------------------------------------------------------------------------------------------------
# story_shift: a day told relative to the story's last dated report

_COUNT_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# "A day earlier", "Two days before", "The previous day", "the day before", "Hours later", "Later that day",
# "On the same day", "That evening": relative to the day the story last gave, not to the published date.
_STORY_SHIFT = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five)\s++days?\s++(?P<dir>earlier|before|later|after)(?!\s++(?:the|a)\b)"
    r"|the\s++(?P<prev>previous|preceding)\s++(?:day|night)|the\s++(?P<before>day)\s++before(?!\s++(?:the|a|an)\b)"
    r"|the\s++(?P<next>next|following)\s++(?:day|morning)"
    r"|(?P<same>(?:hours|minutes|moments)\s++(?:later|earlier)|"
    # "Shortly after the announcement, ...", "Hours after the ruling, ...": the day of the act announced
    # (wdates44; blind bn27-038, bn27-044)
    r"(?:shortly|soon|hours|minutes|moments|just)\s++after\s++the\s++"
    r"(?:announcement|ruling|verdict|decision|declaration|results?|vote|speech)|later\s++(?:that|the\s++same)\s++(?:day|night|evening)"
    r"|(?:on\s++)?(?:the|that)\s++same\s++(?:day|night|evening)|(?:^|(?<=\band))\s*+that\s++(?:evening|night)(?=\s*+,)))\b",
    re.IGNORECASE)
# Every match holds one of these words; most sentences none (searched in gate_text(sentence)).
_STORY_SHIFT_GATE = WordGate(_STORY_SHIFT, ("earlier", "before", "later", "after", "previous", "preceding",
                                            "next", "following", "same", "evening", "night"))


# "came/followed N days after": the sentence tells the earlier act (discourse.py's wire articles).
_CAME = re.compile(r"\b(?:came|comes|come|followed|follows)\s{1,3}$", re.IGNORECASE)


# ... also before "a" or "the", which _STORY_SHIFT leaves alone otherwise ("two days after the truce"): the
# frame names the act told before, and what follows "after" is the act this sentence tells ("The attack
# came two days after a drone strike killed fighters near X": X two days before the story's day).
_CAME_AFTER = re.compile(r"\b(?:came|comes|come|followed|follows)\s{1,3}(?P<n>a|one|two|three|four|five)\s++"
                         r"days?\s++after\b", re.IGNORECASE)


def story_shift(sentence: str) -> int | None:
    """Days from the story's last dated report to this sentence's event: -1 for "A day earlier" or "the
    previous day", +1 for "the next day", 0 for "Hours later"; None when the sentence says none."""
    m = _STORY_SHIFT_GATE.search(sentence, gate_text(sentence))
    came = _CAME_AFTER.search(sentence) if "after" in sentence.lower() else None
    if came is not None and (m is None or came.start() < m.start()):
        return -_COUNT_DAYS[came["n"].lower()]
    if m is None:
        return None
    if m["n"]:
        n = _COUNT_DAYS[m["n"].lower()]
        back = m["dir"].lower() in ("earlier", "before")
        if _CAME.search(sentence, max(0, m.start() - 20), m.start()):
            back = not back  # "The attack came a day after gunmen stormed X": X was the day before
        return -n if back else n
    if m["prev"] or m["before"]:
        return -1
    if m["next"]:
        return 1
    return 0
