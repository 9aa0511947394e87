"""Hard-wrapped paragraphs joined back (a step of the ``normalize`` component, normalize.py; run first).

Plain-text feeds, e-mail and PDF-to-text break each paragraph into lines of about 60-80 characters. mapper
reads a line break as the boundary between two reports (a feed of one headline a line), so a wrapped article
falls apart: on the event corpus's train wire items wrapped at 72 characters, site F1 fell from 0.943 to
0.704. ``unwrap`` gives the text with each line break INSIDE a wrapped paragraph as a space (same length
and offsets) and keeps every other break. It decides by layout only:

- the width: the longest line of at most ``MAX_WIDTH`` characters that another line follows (``W``; the
  second longest when the longest stands alone above two that agree, a headline over a wrapped body); a
  wrapper breaks a line when the next word would not fit, so a wrapped line's length plus one plus the
  next line's first word exceeds ``W`` (less a slack of ``W // 8`` for justified and ragged wrappers),
  while the last line of a paragraph, a headline or a feed's item is mostly shorter than that;
- the text is wrapped only when at least one such break reads as a sentence going on: the next line starts
  in lowercase, or the line ends with a comma, a hyphen or a function word ("in", "of", "the");
- then a break that fits the width is joined unless the next line opens something: a blank line, an indent, a
  bullet or number, a time stamp ("08:40 —"), a dateline ("KYIV (Reuters) -", "NAIROBI, June 11"), or
  either line is a table row (a tab, a bar, a run of spaces inside); after the end of a sentence or a
  clause (``. ! ? : ;``, a closing quote or bracket after them) only when the line is full to ``W`` itself
  (no slack) or the next line starts in lowercase.

Line ends: "\\r\\n" is read as "\\n" (its "\\r" becomes a space) and a lone "\\r" as "\\n". A word
hyphenated across lines ("attack-\\ners") keeps its hyphen: undoing it changes the length, which belongs
in the input readers. Linear: one pass over the lines, a bounded pattern at each line's start.

``plain_spaces``, the step before, reads the Unicode spaces (no-break, thin, ideographic ...) as ASCII
spaces, same length. Other layout noise is left: curly apostrophes and quotes (measured with every
apostrophe curly: fully right 0.631 -> 0.628, site F1 unchanged), zero-width characters
and soft hyphens (removing them changes the length: the input readers' work).
"""

from __future__ import annotations

import heapq
import re

# Lines longer than this are not wrapped lines (an unwrapped paragraph beside wrapped ones).
MAX_WIDTH = 160
# Below this width a "wrap" is a feed of short lines.
MIN_WIDTH = 30
# Words that do not end a sentence: a line ending with one goes on.
_GOES_ON = frozenset("""a an the and or but nor of in on at to for from by with into onto over under near
after before as amid since during across around outside inside against between among along toward towards
via per than through upon within without is are was were be been has have had will would that which who
whose where when while its their his her our""".split())
_ENDS = frozenset(".!?:;")
_CLOSERS = "\"')]}\u201d\u2019\u00bb"
# What opens a line of its own: a bullet, a number or letter of a list, a time stamp, a dateline. Bounded
# quantifiers and an anchor at the line's start: linear over the text.
_OPENS = re.compile(r"""
    [-*+\u2022\u00b7\u25aa\u25cf\u25ba\u2013\u2014>]\s      # bullets, quoted e-mail
  | \(?\d{1,3}[.)]\s | \(?[a-zA-Z][.)]\s                       # 1. 2) (a)
  | \d{1,2}[:.]\d{2}\b                                        # 08:40 — (a live blog's items)
  | [A-Z][A-Z'.\-]{1,24}(?:\s[A-Z][A-Z'.\-]{1,24}){0,3}       # KYIV (Reuters) -, NAIROBI, June 11
    (?:,|\s?\(|\s[-\u2013\u2014])
""", re.VERBOSE)
_TABLE = re.compile(r"\S[ ]{3,}\S|\t|\|")


# Unicode spaces (category Zs but the ASCII space) read as " ": a feed or a page that writes every space as a
# non-breaking one hides "in", "killed" and the dates from patterns written with " " (measured on the corpus's
# train wire items with every space non-breaking: site F1 0.947 -> 0.915, fully right 0.652 -> 0.439).
# Characters that print as nothing (zero-width space, non-joiner and joiner, bidi marks, word joiner, the
# byte-order mark), which text copied from web pages carries beside names ("\u200fGoma\u200b airport"), read
# as spaces too: in place, so offsets hold (a soft hyphen inside a word cannot be; the record readers drop
# it).
_SPACES = dict.fromkeys([0x00A0, 0x1680, *range(0x2000, 0x2010), 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF], " ")
# (A search for any of them first: translate looks every character up, a tenth of geoparsing's time on
# the corpora's non-ASCII articles, few of which have one.)
_SPACE = re.compile("[\u00a0\u1680\u2000-\u200f\u202f\u205f\u2060\u3000\ufeff]")


def plain_spaces(text: str) -> str | None:
    """``text`` with its Unicode spaces and zero-width characters as ASCII spaces (same length), or None."""
    if text.isascii() or _SPACE.search(text) is None:
        return None
    return text.translate(_SPACES)


def unwrap(text: str) -> str | None:
    """``text`` with line ends normalised and wrapped paragraphs' breaks as spaces (same length), or None."""
    if "\n" not in text and "\r" not in text:
        return None
    chars = list(text)
    changed = False
    if "\r" in text:
        for i, c in enumerate(chars):
            if c == "\r":
                chars[i] = " " if text[i + 1:i + 2] == "\n" else "\n"
        changed = True
        text = "".join(chars)
    breaks = _joinable(text)
    for i in breaks:
        chars[i] = " "
    if not breaks and not changed:
        return None
    return "".join(chars)


def _joinable(text: str) -> list[int]:
    """The offsets of the line breaks inside wrapped paragraphs (none unless the text reads as wrapped)."""
    starts = [0]
    starts.extend(i + 1 for i, c in enumerate(text) if c == "\n")
    if len(starts) < 2:
        return []
    # (start, end) of each line, without its "\n"; the content's length without trailing spaces.
    lines = [(s, (starts[k + 1] - 1) if k + 1 < len(starts) else len(text)) for k, s in enumerate(starts)]
    size = [len(text[s:e].rstrip()) for s, e in lines]
    top = heapq.nlargest(3, (size[k] for k in range(len(lines) - 1) if size[k] <= MAX_WIDTH and size[k + 1]))
    if not top or top[0] < MIN_WIDTH:
        return []
    width = top[0]
    if len(top) == 3 and top[0] - top[1] > width // 8 and top[1] - top[2] <= width // 8:
        width = top[1]  # one longer line over a wrapped body (a headline): the body's width
    slack = width // 8
    joins: list[int] = []
    strong = False
    for k in range(len(lines) - 1):
        s, e = lines[k]
        ns, ne = lines[k + 1]
        line = text[s:e].rstrip()
        nxt = text[ns:ne]
        if not line or not size[k + 1] or size[k] > width or nxt[:1].isspace():
            continue
        first = nxt.split(None, 1)[0]
        if size[k] + 1 + len(first) <= width - slack:
            continue  # the next word would have fitted: the line ended on purpose
        if _OPENS.match(nxt) or _TABLE.search(line) or _TABLE.search(nxt):
            continue
        if first[:1].islower():
            strong = True  # "The U.S.\nmilitary": no sentence ends before a lowercase word
        elif line.rstrip(_CLOSERS)[-1:] in _ENDS:
            # A sentence ends at the line's end: a paragraph's last line or a wrap. Joined when the line
            # is full to the width itself: on the corpus's wire items wrapped at 72, 611 such breaks were
            # wraps and 4 paragraph ends (articles whose paragraphs a single break parts do lose some:
            # keeping these breaks instead scored the same there and lower on the wrapped paragraphs).
            if size[k] + 1 + len(first) <= width:
                continue
        elif line[-1] in ",-" or line.rsplit(None, 1)[-1].lower() in _GOES_ON:
            strong = True
        joins.append(e)
    return joins if strong else []
