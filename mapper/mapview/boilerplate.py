"""Lines of a scraped page that are not the article: related headlines, tag lists, share and subscribe
lines, "Listen Live" and the like. Such a line may name a place (and even read like an event), but it
is never shown as an excerpt on the map.

A line is boilerplate when:

- it starts with a cue ("Related:", "Read more", "Tags:", "Share this", "Listen Live", "Subscribe",
  "Advertisement", "©", ...), or is a short line that holds one anywhere ("... | Listen Live");
- it is a tag or link list: short items separated by ``|``, ``•``, ``·``, ``»`` or ``/`` (three or
  more), or by four or more commas, with no sentence end;
- it is in a block of three or more consecutive short lines without a sentence end (a list of
  headlines), except the block the text starts with (a headline, a date line and a byline).

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
    r"all rights reserved\b|(?:photo|image|video|picture)(?: credit)?\s*:|getty images\b|skip to\b|"
    r"back to top\b)",
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

_ANYWHERE = ("listen live", "subscribe to", "sign up for", "all rights reserved", "follow us on",
             "share this", "\u00a9", "newsletter")
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
    """Whether one line (without its newline) is boilerplate on its own: a cue or a list."""
    line = line.strip()
    if not line:
        return False
    head = line[:HEAD]
    if _CUE.match(head):
        return True
    soft = _SOFT_CUE.match(head)
    if soft and (soft.end() < len(head) or (len(line) <= SOFT_LINE and not _sentence_end(line))):
        return True
    if len(line) <= SHORT:
        low = line.lower()
        if any(cue in low for cue in _ANYWHERE):
            return True
    return _list_like(line)


class Boilerplate:
    """The boilerplate lines of one text; ``covers(start, end)`` says whether a span lies in them."""

    __slots__ = ("_ends", "_flags", "_starts")

    def __init__(self, text: str) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        flags: list[bool] = []
        short: list[bool] = []  # short, non-empty, no sentence end: a possible headline in a list
        pos = 0
        n = len(text)
        while pos <= n:
            end = text.find("\n", pos)
            end = n if end < 0 else end
            line = text[pos:end].strip()
            self._starts.append(pos)
            self._ends.append(end)
            flags.append(line_is_boilerplate(line))
            short.append(bool(line) and len(line) <= SHORT and not _sentence_end(line))
            pos = end + 1
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
        first = bisect.bisect_right(self._starts, start) - 1
        last = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        touched = [k for k in range(max(first, 0), last + 1) if self._ends[k] > self._starts[k]]
        return bool(touched) and all(self._flags[k] for k in touched)


def is_boilerplate(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the span [start, end) of ``text`` lies in boilerplate lines (see the module doc)."""
    return Boilerplate(text).covers(start, len(text) if end is None else end)
