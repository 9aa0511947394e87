"""Stage 4: what happened at each place, sentence by sentence.

A light, transparent event coder in the spirit of ACLED's event types: each sentence that mentions a
resolved place is classified by trigger words, and casualty figures ("killed 62", "62 people were
killed", "injured 100 more") are read from it. A sentence with no trigger yields a plain "mention".
"""

from __future__ import annotations

import re

from mapper.model import Event, Mention

# Ordered by severity: the first type whose triggers match a sentence wins.
EVENT_TYPES: tuple[tuple[str, str], ...] = (
    ("airstrike", r"air ?strikes?|air raids?|bombard|bombing|bombed|drone strikes?|missile strikes?|"
                  r"(?:coalition|military|fighter|war) ?planes?|aircraft|"
                  r"airstrike|warplanes?|jets? (?:struck|hit|attacked)|shelling|shelled|strikes? on"),
    ("armed clash", r"clash|fighting|battle|offensive|attack|ambush|gunmen|fired on|firefight|assault|"
                    r"killed"),
    ("explosion", r"explosion|explosive|blast|ied\b|suicide bomb|car bomb|landmine"),
    ("violence against civilians", r"massacre|execut|abduct|kidnap|hostage"),
    ("protest", r"protest|demonstrat|rall(?:y|ies)|riot|march(?:ed|es)? (?:in|through|on)"),
    ("agreement", r"truce|ceasefire|cease-fire|agreement|agreed|deal\b|accord|brokered|treaty|talks"),
    ("meeting", r"meeting|summit|convene|met (?:in|with|at|on)|to meet|conference"),
    ("statement", r"said|statement|announced|warned|urged|expressed|condemn|stated|told|claimed"),
)
SEVERITY = {name: i for i, (name, _) in enumerate(EVENT_TYPES)} | {"mention": len(EVENT_TYPES)}

_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"dozens": 24, "dozen": 12, "hundreds": 200}
_NUM = r"(\d[\d,]*|" + "|".join(_NUM_WORDS) + r")"
# Number-first ("62 people were killed") and verb-first ("killed 62") forms; for the injured the
# verb-first form is tried first, so "killed 62 servicemen and injured 100" gives 62 and 100.
_KILLED = [re.compile(p, re.I) for p in (
    _NUM + r"\s+(?:[a-z]+\s+){0,3}?(?:were\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:killed|dead|died|deaths?|fatalities)",
    r"(?:killed|killing|kills)\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?" + _NUM,
    r"death toll\s+(?:\w+\s+){0,3}?" + _NUM,
)]
_INJURED = [re.compile(p, re.I) for p in (
    r"(?:injured|injuring|wounded|wounding)\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?" + _NUM,
    _NUM + r"\s+(?:[a-z]+\s+){0,3}?(?:were\s+|have\s+been\s+)?(?:injured|wounded|hurt)",
)]


def _number(s: str) -> int | None:
    s = s.lower().replace(",", "")
    if s.isdigit():
        return int(s)
    return _NUM_WORDS.get(s)


_CASUALTY_WORDS = ("kill", "dead", "die", "death", "fatalit", "injur", "wound", "hurt")


def _count(patterns: list[re.Pattern[str]], sentence: str) -> int | None:
    low = sentence.lower()
    if not any(w in low for w in _CASUALTY_WORDS):
        return None  # cheap test first: most sentences report no casualties
    for p in patterns:
        m = p.search(sentence)
        if m:
            return _number(m.group(1))
    return None


# All triggers in one pattern, one named group per type, the word boundary tested once; matched
# against the lower-cased sentence (case-insensitive matching is several times slower).
_ANY = re.compile(r"\b(?:" + "|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(EVENT_TYPES)) + ")")


_PROTEST = [name for name, _ in EVENT_TYPES].index("protest")
# "the attack", "the recent attacks", "this week's ambush": a trigger that refers back to an event.
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}$")


def classify(sentence: str) -> str:
    """The most severe event type whose triggers occur in the sentence, else "mention".

    A violent trigger that refers back to an event already told ("the attack came as delegations
    met...", "condemned the ambush") does not make the sentence violent when it also reports
    something else (a meeting, an agreement, a statement).
    """
    low = sentence.lower()
    none = len(EVENT_TYPES)
    violent = calm = referred = none
    for m in _ANY.finditer(low):
        t = int(m.lastgroup[1:])  # type: ignore[index]
        if t >= _PROTEST:
            calm = min(calm, t)
        elif _BACK_REFERENCE.search(low[max(0, m.start() - 30):m.start()]):
            referred = min(referred, t)  # used only if the sentence reports nothing else
        else:
            violent = min(violent, t)
    best = violent if violent < none else calm if calm < none else referred
    return EVENT_TYPES[best][0] if best < none else "mention"


def extract_events(text: str, mentions: list[Mention],
                   sentences: list[tuple[int, int]] | None = None) -> list[Event]:
    """One event per (sentence, place) among the resolved mentions, in text order.

    With ``sentences`` (all sentence spans of the text), casualty figures told in a sentence that
    names no place ("They killed 62 servicemen.") go to the violent event of the sentence before.
    """
    events: dict[tuple[tuple[int, int], tuple[str, float, float]], Event] = {}
    coded: dict[tuple[int, int], tuple[str, int | None, int | None]] = {}
    for m in mentions:
        if m.place is None:
            continue
        key = (m.sentence, (m.place.name, m.place.lat, m.place.lon))
        ev = events.get(key)
        if ev is None:
            code = coded.get(m.sentence)
            if code is None:
                sentence = text[m.sentence[0]:m.sentence[1]]
                kind = classify(sentence)
                # Casualty figures are only read where a violent event was found.
                violent = SEVERITY[kind] < SEVERITY["protest"]
                code = coded[m.sentence] = (kind, _count(_KILLED, sentence) if violent else None,
                                            _count(_INJURED, sentence) if violent else None)
            ev = Event(place=m.place, event_type=code[0], sentence=m.sentence, killed=code[1],
                       injured=code[2])
            events[key] = ev
        ev.mentions.append(m)
    out = list(events.values())
    if sentences:
        _carry_casualties(text, out, sentences)
    return out


def _carry_casualties(text: str, events: list[Event], sentences: list[tuple[int, int]]) -> None:
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence, []).append(ev)
    last_violent: list[Event] = []
    for span in sentences:
        evs = by_sentence.get(span)
        if evs:
            violent = [e for e in evs if SEVERITY.get(e.event_type, 99) < SEVERITY["protest"]]
            last_violent = violent or last_violent
            continue
        if not last_violent:
            continue  # nothing to carry figures to
        sentence = text[span[0]:span[1]]
        killed, injured = _count(_KILLED, sentence), _count(_INJURED, sentence)
        if killed is not None or injured is not None:
            for e in last_violent:
                if e.killed is None:
                    e.killed = killed
                if e.injured is None:
                    e.injured = injured
            last_violent = []
