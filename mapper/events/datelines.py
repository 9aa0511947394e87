"""The form of a news dateline after its place, read one way for every stage.

Recognition (mapper/geoparse/recognize.py: a capitalised word before a dateline's rest is a place) and
the roles (mapper/events/roles.py: the dateline is where the story was filed, not an event site) both
read it here; a leaf module, so neither imports the other for it.
"""

from __future__ import annotations

import re

# The second city of a two-city dateline: "NEW DELHI/ISLAMABAD", "Port Sudan/Khartoum".
DATELINE_PAIR = re.compile(r"\s?/\s?[A-Z][\w'’.-]{0,30}+(?:\s[A-Z][\w'’.-]{0,30}+){0,2}")
# The rest of a dateline after its place, up to the body: a second city, the country or province, the
# filing day, the agency and the dash or colon ("/KABUL, Oct 12 (Reuters) - ", ", Ukraine (AP) — ",
# ", 26 Sep 2025 (Lusa) - ", " — ", ": "). The one reading of a dateline's form. Bounded: linear.
DATELINE_REST = re.compile(r"(?:" + DATELINE_PAIR.pattern + r")?"
                           r"(?P<country>,\s*[A-Z](?:[^\W\d_]|[ .'’-]){0,40}?)?"
                           r"(?P<day>,\s*[\w .]{0,20}\d{1,4}[\w .]{0,12}(?:,\s*+(?P<year>\d{4}))?)?\s*"
                           r"(?P<agency>(?:\([^)\n]{1,40}\)\s*){1,2})?"  # "(Nigeria) (AFP)" too
                           # the dash (".-" of EFE too), or none after the agency (PTI: see dateline_rest)
                           r"(?:(?P<dash>\.?(?:[—–]|-{1,2})|:)\s+|(?<=\)\s)(?=[A-Z0-9]))")


def dateline_rest(text: str, place_end: int) -> re.Match[str] | None:
    """The rest of the dateline whose place ends at ``place_end`` (see ``DATELINE_REST``): its end is
    where the body opens."""
    rest = DATELINE_REST.match(text, place_end)
    if rest is not None and rest.group("dash") is None and not (rest.group("day") and rest.group("agency")):
        return None  # no dash only after a filing day and an agency: "Imphal, Nov 12 (PTI) Two ..."
    return rest


# A headline's lead-in before its topic: an ALL-CAPS tag with its separator, after any emoji or bullet
# ("BREAKING | ", "JUST IN | ", "UPDATE 1-", "ÚLTIMA HORA | ", "🔴 LIVE | ", "EXCLUSIVE-").
_LEAD_IN = re.compile(r"[^\w]*+(?:[A-ZÀ-Þ][A-ZÀ-Þ]++(?: [A-ZÀ-Þ0-9]++)?+ ?[-–—:|] ?[^\w]*+)?+")
LEAD_IN_CHARS = 40  # the longest lead-in read


def after_lead_in(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a one-line text after no more than a lead-in tag, emoji or
    bullets (``_LEAD_IN``): "JUST IN | Sumy: ...". Read in the text's first characters only: linear."""
    return start <= LEAD_IN_CHARS and _LEAD_IN.fullmatch(text, 0, start) is not None
