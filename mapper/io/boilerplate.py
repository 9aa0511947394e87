"""Lines of a scraped page that are not the article: related headlines, tag lists, share and subscribe
lines, photo captions, credit lines, "Listen Live" and the like. Such a line may name a place (and even
read like an event: "Read more: Army retakes Khartoum palace"), but it reports nothing of the article:
the ``roles`` component makes its places context (page furniture, below) and the map never shows it as
an excerpt.

A line is page furniture when:

- it starts with a cue ("Related:", "Read more", "Tags:", "Share this", "Listen Live", "Subscribe",
  "Advertisement", "©", "FILE PHOTO:", "(Reporting by", ...), or is a short line that holds one anywhere
  ("... | Listen Live", "AP writer X contributed to this report");
- it holds a photo agency's credit ("REUTERS/Name", "(AP Photo/Name)", "via Getty Images"): a caption;
- it is a tag or link list: short items separated by ``|``, ``•``, ``·``, ``»`` or ``/`` (three or
  more), or by four or more commas, with no sentence end;
- it follows a heading cue ("Read more:", "Related stories") as one of the short lines without a sentence
  end under it (the related headlines).

A line is boilerplate when it is furniture or lies in a block of three or more consecutive short lines
without a sentence end (a list of headlines), except the block the text starts with (a headline, a date
line and a byline). That last rule is the map's alone: a report's bulleted highlights are such a block,
and they report the article's own events.

Everything is linear in the length of the text: lines are found with one scan, each line is looked
at once and only its first :data:`HEAD` characters go through a regular expression.
"""

from __future__ import annotations

import bisect
import re

HEAD = 120  # characters of a line the cue pattern looks at
SHORT = 150  # a line up to this long may be a headline, a tag list or a share line
# Cues that make a line boilerplate wherever it goes on.
_CUE = re.compile(
    r"(?:read (?:more|also|next)\b|see also\b|most (?:read|popular|viewed|shared)\b|you (?:may|might) also\b|"
    r"also (?:read|see)\b|listen live\b|watch live\b|live (?:radio|tv|stream)\b|"
    r"share (?:this|on|via|the article|the story)\b|follow us\b|subscribe\b|sign up\b|click here\b|"
    r"advertisement\b|sponsored\b|tags?\s*:|topics?\s*:|keywords?\s*:|filed under\b|copyright\b|\u00a9|"
    r"all rights reserved\b|(?:file |handout )?(?:photo|image|video|picture)(?: credit)?\s*:|getty images\b|"
    r"skip to\b|back to top\b|\(?(?:additional )?reporting by\b|\(?(?:writing|editing) by\b|"
    r"follow (?:\w+['\u2019]s )?coverage\b)",
    re.I,
)
# Words that are boilerplate as a heading ("Related", "Trending now:", "More from BBC") but may start
# a sentence ("Related talks in Geneva ..."): a cue when a separator follows, or on a short line
# without a sentence end.
_SOFT_CUE = re.compile(
    r"(related|trending|recommended|more (?:from|on|stories|news|videos)|popular|latest|top stories|"
    r"print|email|share)\b[^\n]{0,40}?(?:\s[:|\u00bb\u203a-]|[:|\u00bb\u203a]|$)",
    re.I,
)
SOFT_LINE = 60  # a soft cue on a line this short without a sentence end is a heading
_HEADING = re.compile(
    r"(?:related(?: (?:stories|articles|news|content|coverage|links|reading))?|more (?:from|on) [^\n]{1,30}|"
    r"more (?:stories|news)|recommended(?: for you| stories)?|trending(?: now| stories)?|top stories|"
    r"most (?:read|popular|viewed|shared)|read (?:more|also|next)|see also|also (?:read|see)|"
    r"you (?:may|might) also like)\s*+[:\u00bb\u203a|-]?",
    re.I,
)
HEADING = 40  # a cue line this short heads the short lines under it ("Read more:", "Related stories")

_ANYWHERE = ("listen live", "subscribe to", "sign up for", "all rights reserved", "follow us on",
             "share this", "\u00a9", "newsletter", "contributed to this report", "contributed reporting")
# A photo agency's credit makes a line a caption whatever its length (case kept: "Reuters/Ipsos poll" is
# no credit).
_CREDITS = ("REUTERS/", "(AP Photo", "AP Photo/", "via Getty Images", "/AFP", "(AFP Photo", "(Photo by")
_ENDS = frozenset(".!?:;\"\u201d'\u2019)\u2026")
_SEPARATORS = "|\u2022\u00b7\u00bb"


def _sentence_end(line: str) -> bool:
    return bool(line) and line[-1] in _ENDS


def _list_like(line: str) -> bool:
    """Short items separated by list separators or many commas, and no sentence end."""
    if len(line) > SHORT * 2 or _sentence_end(line):
        return False
    seps = sum(line.count(c) for c in _SEPARATORS) + line.count(" / ")
    if seps >= 2:  # three items or more
        return len(line) / (seps + 1) <= 40
    commas = line.count(",")
    return commas >= 4 and len(line) / (commas + 1) <= 20


def line_is_boilerplate(line: str) -> bool:
    """Whether one line (without its newline) is boilerplate on its own: furniture, a soft cue or a list."""
    line = line.strip()
    if not line:
        return False
    if line_is_furniture(line):
        return True
    head = line[:HEAD]
    soft = _SOFT_CUE.match(head)
    if soft and (soft.end() < len(head) or (len(line) <= SOFT_LINE and not _sentence_end(line))):
        return True
    return _list_like(line)


def line_is_furniture(line: str) -> bool:
    """Whether one line is page furniture on its own: a cue at its start, a short line's cue anywhere, a
    photo credit. Not a soft cue ("Latest: strikes kill 20 in Gaza" is a live blog's report) nor a list
    ("Goma tense | Sake: M23 shells army positions" is a headline of two reports)."""
    line = line.strip()
    if not line:
        return False
    if _CUE.match(line[:HEAD]) or any(credit in line for credit in _CREDITS):
        return True
    return len(line) <= SHORT and any(cue in line.lower() for cue in _ANYWHERE)


def _heading(line: str) -> bool:
    """A cue line alone that heads a list of other stories ("Read more:", "Related stories", "More from
    BBC"); not "Latest updates", which heads a live blog's own reports."""
    return len(line) <= HEADING and bool(_HEADING.fullmatch(line))


class Boilerplate:
    """The boilerplate lines of one text; ``covers(start, end)`` says whether a span lies in them, and
    ``furniture(start, end)`` whether it lies in page furniture (the lines the article does not report)."""

    __slots__ = ("_ends", "_flags", "_furniture", "_starts")

    def __init__(self, text: str) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        flags: list[bool] = []
        furniture: list[bool] = []
        short: list[bool] = []  # short, non-empty, no sentence end: a possible headline in a list
        heads = False  # the lines so far since the last content line are under a heading cue
        pos = 0
        n = len(text)
        while pos <= n:
            end = text.find("\n", pos)
            end = n if end < 0 else end
            line = text[pos:end].strip()
            self._starts.append(pos)
            self._ends.append(end)
            short.append(bool(line) and len(line) <= SHORT and not _sentence_end(line))
            # the short unpunctuated lines under a heading cue are the related headlines it heads
            under = heads and short[-1]
            furniture.append(line_is_furniture(line) or under)
            flags.append(furniture[-1] or line_is_boilerplate(line))
            if line:
                heads = _heading(line) or under
            pos = end + 1
        self._furniture = furniture
        # Runs of three or more short unpunctuated lines (blank lines between them do not break a
        # run), except the run the text starts with.
        i = 0
        first_content = next((k for k, s in enumerate(self._starts) if text[s:self._ends[k]].strip()), 0)
        while i < len(flags):
            if not short[i]:
                i += 1
                continue
            run, j = [], i
            while j < len(flags) and (short[j] or not text[self._starts[j]:self._ends[j]].strip()):
                if short[j]:
                    run.append(j)
                j += 1
            if len(run) >= 3 and run[0] != first_content:
                for k in run:
                    flags[k] = True
            i = j
        self._flags = flags

    def covers(self, start: int, end: int) -> bool:
        """True when every non-blank line that the span [start, end) touches is boilerplate."""
        return self._all(self._flags, start, end)

    def furniture(self, start: int, end: int) -> bool:
        """True when every non-blank line that the span [start, end) touches is page furniture."""
        return self._all(self._furniture, start, end)

    def _all(self, flags: list[bool], start: int, end: int) -> bool:
        first = bisect.bisect_right(self._starts, start) - 1
        last = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        touched = [k for k in range(max(first, 0), last + 1) if self._ends[k] > self._starts[k]]
        return bool(touched) and all(flags[k] for k in touched)


def is_boilerplate(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the span [start, end) of ``text`` lies in boilerplate lines (see the module doc)."""
    return Boilerplate(text).covers(start, len(text) if end is None else end)
