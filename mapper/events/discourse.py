"""Discourse: which sentences of a full wire article report news, and which tell background.

A full article (AP/Reuters/AFP, 350-700 words) reports the day's events in its first paragraphs and
then looks back: "The RSF has besieged El Fasher for a year", "In April, its fighters overran Zamzam
camp", "The war, which erupted in Khartoum in April 2023, has killed tens of thousands". The event
coder reads one sentence at a time and codes such sentences as new events, dated today. This
component labels every sentence of the article (the layer ``doc.user["discourse"]``, a sequence of
:class:`SentenceLabel` in text order, each read when first asked for: :class:`SentenceLabels`):
``background`` when the sentence is anchored in the past and
not in the days of the report, or tells a cumulative toll; ``reaction`` when someone speaks at a
named place ("Speaking in Doha, ...", "told reporters in Mogadishu"), which is told now whatever
the words look back on; ``news`` otherwise. The event coder (mapper/events/coder.py) reads no event,
date, toll or actor from a background sentence, so the history of a war neither makes events nor
lends its figures ("more than 200 people have been killed in those strikes") to the day's events.

The rules, each a row of a table below:

========================= ========================================================================
old anchor                a date expression (mapper/events/dates.py) more than ``RECENT_DAYS`` days
                          before the published date ("in April", "last month", "in March 2022");
                          a bare year before the published year ("in 2014", "since 2012"); "last
                          year", "years ago", a span of weeks or more up to now ("over the past
                          two months"); a distance of a week or more ("10 days after", "a
                          week after", "two months earlier") — ``_OLD_WORDS``, ``_DISTANCE``
recent anchor             a date expression within ``RECENT_DAYS`` days of publication ("on
                          Sunday", "yesterday", "March 18"); "today", "overnight", "hours later";
                          a distance of under a week ("two days after") — ``_RECENT_WORDS``
history                   a duration of the past with a perfect verb: "has besieged X for a year",
                          "have fought for more than 15 years", "since the war began" —
                          ``_DURATION``
cumulative toll           "has killed tens of thousands", "N people have been killed since ...",
                          "in those strikes", "so far this year" — ``_TOLL_OVER`` (even beside
                          a recent anchor: "has killed tens of thousands"), ``_TOLL`` ("has killed
                          83 since Saturday" is an ongoing event, dated Saturday), ``_WAR_TOLL``
                          (a war's toll: "The war has killed more than 150,000 people", "40,000
                          have been killed in the conflict", "Israel's campaign has killed"),
                          ``_TOLL_THOUSANDS`` (thousands in the perfect: "has killed at least
                          53,000 people in Gaza"), ``_DISPLACED`` (the displaced
                          in the perfect: "has also driven thousands across the border")
trend                     a habit, a trend or an outlook told instead of an act: "Attacks on X have
                          become more frequent", "have become a daily occurrence", "has been hit
                          increasingly", "have repeatedly shelled", "fighters still stage attacks",
                          "clashes flare regularly", "are likely to continue" — ``_TREND``
reaction                  a verb of speaking before a place: "speaking in X", "said in X", "told
                          reporters in X", or where a written statement was issued: "a statement
                          issued in X", "a statement from X" — ``_SPOKE_AT``
========================= ========================================================================

A sentence is ``background`` when it has an old anchor, a history duration, a cumulative toll or a
trend, no recent anchor, and is no reaction; the first sentence (the lead, or a headline) never is.
A paragraph keeps its time: a sentence with no anchor, reason or place of speaking of its own that
follows a background sentence of its paragraph (no line break between) continues that background
("In March, the White Army overran the garrison. That attack led to the arrest of X in Juba."), unless
it reports someone's words ("said", "told": a source tells the report's news, ``_TELLS``). A sentence
with both anchors ("killed 35 on Sunday, 10 days after a strike on Kryvyi Rih") stays ``news``: its
old event is named in passing, and the roles keep that place context. A date followed by "last
year" ("On June 25 last year") is old. Without a published date only bare years and the word tables
are read. Every pattern is linear (bounded repetitions, no nested quantifiers);
tests/test_discourse.py runs them on 100 KB inputs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import overload

from mapper.config import Config
from mapper.doc import Doc
from mapper.events.casualties import WAR_WORDS
from mapper.events.dates import MONTH, MONTHS, WEEK, WEEKDAYS, find_dates, parse_date
from mapper.events.lexicon import FORMAL, SPEAKING, TELLS, alternation
from mapper.events.prefilter import WordGate, WordGateSet, gate_text
from mapper.events.triggers import NATURE

RECENT_DAYS = 6  # a month or a distance this many days before publication (or after) is the news
# ... and by the precision of a date expression: a day written out ("On 1 February") dates an event the
# report tells, up to ``Config.past_days`` back (the clauses' own limit); a week ("last week") up to two
# weeks; a month ("in April") only when it is the report's own days.
_WINDOW = {WEEK: 14, MONTH: RECENT_DAYS}

_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}

# "10 days after", "a week earlier", "two months ago", "three years before": how far back the
# sentence looks (a distance of at least a week is old; under a week, the report's own days).
_DISTANCE = re.compile(
    r"\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
    r"\s{1,3}(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)\s{1,3}(?:after|before|earlier|ago)\b",
    re.I)
# A bare year after a preposition ("in 2014", "since 2012", "until 2018", "in late 2023").
_YEAR = re.compile(r"\b(?:in|since|from|until|of|by|during)\s{1,3}(?:(?:early|late|mid)[- ]{1,2})?"
                   r"(?P<y>(?:19|20)\d\d)\b", re.I)
_OLD_WORDS = re.compile(r"\b(?:last\s{1,3}year(?!['’]s)|years\s{1,3}ago|a\s{1,3}decade|decades|"
                        r"earlier\s{1,3}this\s{1,3}(?:month|year)|in\s{1,3}the\s{1,3}past|in\s{1,3}recent\s{1,3}(?:months|years)|"
                        r"that\s{1,3}(?:summer|spring|autumn|winter|year)|"
                        # a span of weeks or more up to now: a tally of many acts ("hitting facilities in
                        # the Samara and Saratov regions over the past two months")
                        r"(?:over|in|during)\s{1,3}the\s{1,3}(?:past|last)\s{1,3}(?:(?:few|several|two|three|four|"
                        r"five|six|\d{1,2})\s{1,3})?(?:weeks|months|years))\b",
                        re.I)
_RECENT_WORDS = re.compile(r"\b(?:today|tonight|overnight|this\s{1,3}morning|hours\s{1,3}(?:later|earlier)|"
                           r"(?:earlier|later)\s{1,3}(?:on\s{1,3})?(?:that|the\s{1,3}same)\s{1,3}day|"
                           r"the\s{1,3}(?:previous|preceding|next|following)\s{1,3}(?:day|night|morning))\b",
                           re.I)
# "... last year" right after a date: the date is of last year ("On June 25 last year").
_LAST_YEAR_AFTER = re.compile(r",?\s{0,3}(?:of\s{1,3})?last\s{1,3}year\b", re.I)
# Someone speaking at a named place: a reaction, told now ("Speaking in Doha", "told reporters in Kabul").
_NOT_PLACE = "|".join(w.title() for w in MONTHS + WEEKDAYS)
# ... or where a written statement was issued ("in a statement issued in Port Sudan", "a statement from
# Garowe"): the place of speaking of a statement, told now, whatever its appositive looks back on ("Port
# Sudan, the seat of the government since 2023").
_SPOKE_AT = re.compile(r"\b(?:(?i:" + alternation(SPEAKING) + r"|told\s{1,3}(?:reporters|journalists|"
                       r"a\s{1,3}news\s{1,3}conference)|news\s{1,3}conference)\s{1,3}(?:in|at)|"
                       r"(?i:statements?(?:\s{1,3}(?:issued|released|published|posted))?\s{1,3}(?:in|from)))"
                       r"\s{1,3}(?:the\s{1,3})?(?!(?:" + _NOT_PLACE + r")\b)[A-Z]")
# Someone tells it: a sentence that reports a source's words is the report's own ("In Bunia, an army
# spokesman said troops had been deployed", "residents said shelling had continued"), not the writer's
# recap of the past.
_TELLS = re.compile(r"\b(?:" + alternation(TELLS | (FORMAL - {"confirmed"}) | {"tells", "announced"})
                    + r")\b", re.I)
# The same words in lowercase, searched case-sensitively in the lowered sentence (``_tells``): the engine
# skips an alternative whose first letter differs at once, where under re.I it tries each in turn at every
# word boundary.
_TELLS_LOWER = re.compile(_TELLS.pattern)
if any(w != w.lower() for w in TELLS | FORMAL):
    raise ValueError("_TELLS_LOWER needs the words of TELLS and FORMAL in lowercase")


def _tells(text: str, s: int, e: int) -> bool:
    r"""Whether ``_TELLS.search(text, s, e)`` matches: searched in ``gate_text`` of the sentence and the
    character before it, which ``\b`` at ``s`` reads (the lowered text stands for the text under
    re.IGNORECASE there; else, or if lowering moved an offset, as written)."""
    lo = s - 1 if s > 0 else 0
    window = text[lo:e]
    low = gate_text(window)
    if low is None or len(low) != len(window):
        return _TELLS.search(text, s, e) is not None
    return _TELLS_LOWER.search(low, s - lo) is not None


# A history: a perfect verb with a past duration ("has besieged El Fasher for a year", "have fought
# for more than 15 years") or a "since" of an era ("since the war began", "since the takeover").
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s{1,3}(?:long\s{1,3}|been\s{1,3})?[a-z]{2,20}(?:ed|en|ght|wn|un)\b",
                      re.I)
_DURATION = re.compile(
    r"\b(?:for|over)\s{1,3}(?:(?:more|less)\s{1,3}than\s{1,3}|nearly\s{1,3}|almost\s{1,3}|about\s{1,3})?"
    r"(?:a|an|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many)\s{1,3}"
    r"(?:years?|months?|decades?)\b"
    r"|\bsince\s{1,3}(?:the|its|their)\s{1,3}(?:war|conflict|takeover|coup|invasion|start|beginning|"
    r"uprising|insurgency|fighting)\b", re.I)
# A cumulative toll: an aggregate count over a period or over many attacks, never one event's own.
# A war's toll is background even beside a day of the report; a toll "since" a time only when that
# time is not of the report's days ("has killed 83 since Saturday" is an ongoing event, dated Saturday).
_TOLL_OVER = re.compile(
    r"\b(?:killed|displaced|uprooted|lives\s{1,3}of)\s{1,3}(?:more\s{1,3}than\s{1,3})?(?:tens|hundreds)"
    r"\s{1,3}of\s{1,3}thousands\b", re.I)
# A tally of the displaced in the perfect ("Fighting in Rakhine has also driven thousands across the border",
# "a series that has pushed thousands of people towards Pemba"): what many acts did, not one act.
_DISPLACED = re.compile(
    r"\b(?:has|have)\s{1,3}(?:also\s{1,3}|now\s{1,3}|since\s{1,3}|already\s{1,3})?(?:driven|forced|pushed|"
    r"displaced|uprooted)\s{1,3}(?:(?:more|fewer)\s{1,3}than\s{1,3}|about\s{1,3}|some\s{1,3}|nearly\s{1,3}|"
    r"at\s{1,3}least\s{1,3})?(?:thousands|hundreds|tens|millions|\d[\d,.]{0,12}(?:\s{1,3}million)?)\b", re.I)
_TOLL = re.compile(
    r"\b(?:has|have)\s{1,3}(?:since\s{1,3})?(?:killed|displaced|uprooted)\b[^.;]{0,80}?\bsince\b"
    r"|\b(?:so\s{1,3}far\s{1,3}this\s{1,3}(?:year|month)|in\s{1,3}(?:those|these|such)\s{1,3}(?:strikes|attacks|"
    r"raids|bombings|clashes|air\s{1,3}strikes)|since\s{1,3}then|to\s{1,3}date)\b", re.I)

# A trend, a habit or an outlook: the sentence tells how often or how long acts happen, or what is likely
# to come, not one act ("Attacks on Chuhuiv have become more frequent in recent weeks", "The coastal
# states have been hit increasingly by jihadist groups", "fighters still stage attacks and plant bombs",
# "clashes flare regularly in Sirwah", "IS is likely to continue hit-and-run attacks"): background unless
# a day of the report is told beside it.
_OFTEN = r"(?:repeatedly|increasingly|regularly|frequently|routinely)"
_TREND = re.compile(
    r"\b(?:has|have)\s{1,3}(?:become|grown)\s{1,3}(?:(?:more|less|increasingly|almost|nearly|a)\s{1,3})?"
    r"(?:frequent|common|routine|regular|commonplace|daily|weekly)\b"
    r"|\b(?:has|have)\s{1,3}(?:been\s{1,3})?" + _OFTEN + r"\s{1,3}[a-z]{1,20}(?:ed|en|ght|wn|ck|it|uck)\b"
    r"|\b(?:has|have)\s{1,3}been\s{1,3}[a-z]{1,20}(?:ed|en|ght|wn|it|uck)\s{1,3}(?:by\s{1,3}[a-z]{2,20}\s{1,3})?"
    + _OFTEN + r"\b"
    r"|\bunder\s{1,3}increasingly\s{1,3}(?:frequent|heavy|regular)\b"
    r"|\bstill\s{1,3}(?:stage|carry\s{1,3}out|launch|mount|plant|attack|raid|target|shell|strike)s?\b"
    r"|\b(?:clashes|attacks|fighting|raids|strikes|skirmishes)\s{1,3}(?:still\s{1,3})?(?:flare|occur|erupt|take\s{1,3}place)s?"
    r"\s{1,3}(?:up\s{1,3})?" + _OFTEN.replace(")", "|often)") + r"\b"
    r"|\b(?:is|are)\s{1,3}(?:likely|expected)\s{1,3}to\s{1,3}(?:continue|persist)\b",
    re.I)

# A war's own toll, told by a sentence whose subject is the war ("The war, which began in April 2023, has
# killed more than 150,000 people") or whose dead were killed in it ("More than 40,000 people have been
# killed in the conflict"): background unless the sentence also has a day of the report.
_WAR = r"(?:" + "|".join(WAR_WORDS) + r"|civil\s{1,3}war)"
_WAR_TOLL = re.compile(
    r"^\W{0,3}(?:[\w'’-]{1,30}\s{1,3}){0,6}?" + _WAR + r"\b[^.;:]{0,100}?\b(?:has|have|had)\s{1,3}"
    r"(?:so\s{1,3}far\s{1,3}|now\s{1,3}|already\s{1,3})?(?:killed|claimed|left|displaced|uprooted|driven)\b"
    r"|\b(?:has|have|had)\s{1,3}(?:since\s{1,3})?been\s{1,3}(?:killed|displaced|uprooted)\s{1,3}"
    r"(?:in|during|since)\s{1,3}(?:the|its|this|a)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?" + _WAR + r"\b",
    re.I)


# Thousands killed, told by the sentence's own verb in the perfect ("Israel's campaign has killed at least
# 53,000 people in Gaza", "More than 3,000 have been killed"): no one attack of a wire story, a tally over
# the war (not a clause inside a report: "Gunmen killed 12, in an insurgency that has killed 40,000").
_TOLL_THOUSANDS = re.compile(
    r"^\W{0,3}(?:[\w'’-]{1,30}\s{1,3}){0,6}?(?:has|have)\s{1,3}(?:since\s{1,3}|now\s{1,3}|already\s{1,3})?"
    r"killed\s{1,3}(?:(?:at\s{1,3}least|more\s{1,3}than|over|nearly|almost|about|around|some)\s{1,3})?"
    r"\d{1,3}(?:,\d{3}){1,4}\b"
    r"|^\W{0,3}(?:(?:at\s{1,3}least|more\s{1,3}than|over|nearly|almost|about|around|some)\s{1,3})?"
    r"\d{1,3}(?:,\d{3}){1,4}\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:have|has)\s{1,3}been\s{1,3}killed\b",
    re.I)

# Each pattern is tried only in a sentence that holds one of the words every match contains: most hold
# none, and a plain search tries a pattern at every character (the component took a fifth of the
# whole pipeline's time).
_DISTANCE_GATE = WordGate(_DISTANCE, ("after", "before", "earlier", "ago"))
_YEAR_GATE = WordGate(_YEAR, ("19", "20"))
_OLD_WORDS_GATE = WordGate(_OLD_WORDS, ("year", "decade", "earlier", "past", "recent", "summer", "spring",
                                        "autumn", "winter", "last"))
_RECENT_WORDS_GATE = WordGate(_RECENT_WORDS, ("day", "night", "morning", "hours"))
# The other words every match of _DISTANCE and _RECENT_WORDS holds, tested only where the gate above opens
# (a weekday holds "day", an "after" of any kind opens _DISTANCE_GATE): a match holds a word of both sets,
# so the pattern is tried only where both open (of the 7,000 sentences a pass over LGL and GeoVirus reads,
# 255 not 562 for _DISTANCE, 219 not 961 for _RECENT_WORDS; 66 and 90 match).
_DISTANCE_UNITS = WordGate(_DISTANCE, ("day", "week", "fortnight", "month", "year", "decade"))
_RECENT_TIMES = WordGate(_RECENT_WORDS, ("today", "tonight", "overnight", "morning", "hours", "earlier",
                                         "later", "previous", "preceding", "next", "following"))
_SPOKE_AT_GATE = WordGate(_SPOKE_AT, (*sorted(SPEAKING), "told", "conference", "statement"))
_TOLL_OVER_GATE = WordGate(_TOLL_OVER, ("thousands",))
_TOLL_GATE = WordGate(_TOLL, ("since", "far", "those", "these", "such", "date"))
_DISPLACED_GATE = WordGate(_DISPLACED, ("driven", "forced", "pushed", "displaced", "uprooted"))
_WAR_TOLL_GATE = WordGate(_WAR_TOLL, WAR_WORDS)  # every match names the war, by one of its words
_DURATION_GATE = WordGate(_DURATION, ("year", "month", "decade", "since"))
_TREND_GATE = WordGate(_TREND, ("become", "grown", "repeatedly", "increasingly", "regularly", "frequently",
                                "routinely", "still", "often", "likely", "expected"))
_TOLL_THOUSANDS_GATE = WordGate(_TOLL_THOUSANDS, ("killed",))
# A hazard's story (session 48, phantom61): an article whose opening (its first sentence, and the second:
# a headline and its lead) tells a flood, a storm, a landslide, a fire or another hazard of
# triggers.NATURE, or a river that burst its banks, with no weapon, violent act or armed group in it,
# tells its toll in later sentences with bare death words (or bodies recovered) and no agent: "A glacial
# lake burst its banks above the valley. Eleven people were killed in X, the district administration
# said", "The authority said 209 people had died in X, with others killed in Y and Z". Such a sentence (a
# death word, and none of the violent words below nor state forces, "struck" or "strikes") is background
# (reason "hazard toll"): no event is read from it, and (unlike other background) the sentence after it is
# not its continuation. A violent act told apart keeps its words ("Separately, al-Shabaab fighters
# attacked army positions in X, killing three soldiers"). Every pattern is a flat alternation of bounded
# words: linear.
_HAZARD_OPENING = re.compile(r"\b(?:" + NATURE + r"|flooded|overflow(?:ed|ing|s)|"
                             r"burst\s{1,3}(?:its|their)\s{1,3}banks|glacial\s{1,3}lakes?|made\s{1,3}landfall|"
                             r"cloudbursts?|torrents\s{1,3}of\s{1,3}water)\b")
_HAZARD_TOLL_WORDS = re.compile(r"\b(?:killed|killing|died|dead|deaths|drowned|bodies|death\s{1,3}toll)\b")
_HAZARD_STORY_VIOLENCE = re.compile(
    r"\b(?:attack\w{0,20}|bomb\w{0,20}|shell\w{0,20}|air\s{0,3}strikes?|airstrikes?|raid\w{0,20}|gun\w{0,20}|"
    r"shot|shoot\w{0,20}|fired|missiles?|rockets?|drones?|mortars?|explosives?|explosions?|blasts?|"
    r"grenades?|clash\w{0,20}|fight\w{0,20}|battl\w{0,20}|violence|ambush\w{0,20}|kidnap\w{0,20}|"
    r"abduct\w{0,20}|massacre\w{0,20}|killings?|murder\w{0,20}|stabb\w{0,20}|lynch\w{0,20}|riot\w{0,20}|"
    r"protest\w{0,20}|loot\w{0,20}|torch\w{0,20}|arson|seiz\w{0,20}|captur\w{0,20}|recaptur\w{0,20}|"
    r"retak\w{0,20}|overr[au]n\w{0,20}|advanc\w{0,20}|separately|elsewhere|"
    r"rebels?|insurgents?|jihadists?|militants?|militia\w{0,20}|gunm[ae]n|bandits?|attackers?|"
    r"assailants?|terrorists?|fighters?|separatists?|paramilitar\w{0,20}|war|conflict|offensive)\b")
# ... and in the toll's own sentence, state forces and a strike too ("two soldiers were killed in X").
_HAZARD_TOLL_ARMED = re.compile(r"\b(?:soldiers?|troops|police\w{0,10}|army|military|forces|officers?|"
                                r"struck|strikes?)\b")


def hazard_story(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the text's opening (its first two sentences) tells a hazard with no violence (see
    _HAZARD_OPENING): its later bare tolls are the hazard's."""
    opening = [text[s:e].lower() for s, e in spans[:2]]
    return any(_HAZARD_OPENING.search(o) for o in opening) \
        and not any(_HAZARD_STORY_VIOLENCE.search(o) for o in opening)


def hazard_toll(sentence: str) -> bool:
    """Whether the sentence tells a bare toll (a death word, no violent word, state forces or strike)."""
    low = sentence.lower()
    return _HAZARD_TOLL_WORDS.search(low) is not None and _HAZARD_STORY_VIOLENCE.search(low) is None \
        and _HAZARD_TOLL_ARMED.search(low) is None


# The words of all twelve found in one pass over each sentence.
_GATES = WordGateSet([_DISTANCE_GATE, _YEAR_GATE, _OLD_WORDS_GATE, _RECENT_WORDS_GATE, _SPOKE_AT_GATE,
                      _TOLL_OVER_GATE, _TOLL_GATE, _WAR_TOLL_GATE, _DURATION_GATE, _TREND_GATE,
                      _TOLL_THOUSANDS_GATE, _DISPLACED_GATE])
# The first words a match of _SPOKE_AT can open with (its case-insensitive part), in lowercase: searched
# case-sensitively in the lowered sentence, the pattern is then tried only where one of them starts
# (``_spoke_at``), not with each of its alternatives under re.I at every word start.
_SPOKE_AT_FIRST = re.compile(r"\b(?:" + alternation(SPEAKING | {"told", "news", "statement"}) + r")")
if not _SPOKE_AT.pattern.startswith(r"\b(?:(?i:" + alternation(SPEAKING) + r"|told\s{1,3}(?:") \
        or _SPOKE_AT.pattern.count("(?i:") != 2 or "(?i:statements?" not in _SPOKE_AT.pattern \
        or "|news\\s{1,3}conference)" not in _SPOKE_AT.pattern or any(w != w.lower() for w in SPEAKING):
    raise ValueError("_SPOKE_AT_FIRST no longer holds the first words of _SPOKE_AT")


def _spoke_at(sentence: str, low: str | None, opened: AbstractSet[WordGate]) -> bool:
    """Whether ``_SPOKE_AT_GATE.search_in(sentence, opened)`` matches (``low``: ``gate_text(sentence)``)."""
    if _SPOKE_AT_GATE not in opened:
        return False
    if low is None or len(low) != len(sentence):
        return _SPOKE_AT_GATE.search_in(sentence, opened) is not None
    match = _SPOKE_AT_GATE.pattern.match
    for first in _SPOKE_AT_FIRST.finditer(low):
        if match(sentence, first.start()) is not None:
            return True
    return False


@dataclass(frozen=True, slots=True)
class SentenceLabel:
    """One sentence's place in the article: ``label`` "news", "reaction" or "background", ``reason`` the
    rule that made it background ("old anchor", "history", "cumulative toll"; "" otherwise)."""

    start: int
    end: int
    label: str
    reason: str = ""


def _distance_days(m: re.Match[str]) -> int:
    n = m["n"].lower()
    count = int(n) if n.isdigit() else _NUMBER.get(n, 1)
    return count * _UNIT_DAYS[m["unit"].lower().rstrip("s")]


def label_sentence(sentence: str, published: dt.date | None, past_days: int = 30) -> SentenceLabel:
    """The label of one sentence (its ``start``/``end`` are 0 and its length: the caller places it);
    ``past_days`` is how far back a written-out day is still the report's (``Config.past_days``)."""
    return _read_sentence(sentence, published, past_days)[0]


def _read_sentence(sentence: str, published: dt.date | None, past_days: int) -> tuple[SentenceLabel, bool]:
    """The sentence's label, and whether it is anchored in time by itself (a date, a distance, a word of
    time, a reason for background, or a place of speaking)."""
    old = recent = False
    low = gate_text(sentence)
    opened = _GATES.opened(low)
    if published is not None:  # relative dates mean nothing without it
        for d in find_dates(sentence, published):
            if _LAST_YEAR_AFTER.match(sentence, d.end):
                old = True
            elif d.date >= published - dt.timedelta(days=_WINDOW.get(d.precision, past_days)):
                recent = True
            else:
                old = True
    if _DISTANCE_GATE in opened and _DISTANCE_UNITS.opens(low):
        for m in _DISTANCE_GATE.finditer_in(sentence, opened):
            if _distance_days(m) >= 7:
                old = True
            else:
                recent = True
    if _RECENT_WORDS_GATE in opened and _RECENT_TIMES.opens(low) \
            and _RECENT_WORDS_GATE.search_in(sentence, opened):
        recent = True
    if published is not None:
        old = old or any(int(m["y"]) < published.year for m in _YEAR_GATE.finditer_in(sentence, opened))
    else:
        old = old or _YEAR_GATE.search_in(sentence, opened) is not None
    old = old or _OLD_WORDS_GATE.search_in(sentence, opened) is not None
    if _spoke_at(sentence, low, opened):
        return SentenceLabel(0, len(sentence), "reaction"), True
    if _TOLL_OVER_GATE.search_in(sentence, opened):
        return SentenceLabel(0, len(sentence), "background", "cumulative toll"), True
    reason = ""
    if _TOLL_GATE.search_in(sentence, opened) or _WAR_TOLL_GATE.search_in(sentence, opened) \
            or _DISPLACED_GATE.search_in(sentence, opened):
        reason = "cumulative toll"
    elif _DURATION_GATE.search_in(sentence, opened) and _PERFECT.search(sentence):
        reason = "history"
    elif _TOLL_THOUSANDS_GATE.search_in(sentence, opened):
        reason = "cumulative toll"
    elif _TREND_GATE.search_in(sentence, opened):
        reason = "trend"
    elif old:
        reason = "old anchor"
    if reason and not recent:
        return SentenceLabel(0, len(sentence), "background", reason), True
    return SentenceLabel(0, len(sentence), "news"), bool(old or recent or reason)


def label_sentences(text: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...],
                    published: dt.date | None, past_days: int = 30) -> list[SentenceLabel]:
    """Labels of the sentences at ``spans`` of ``text``, in order."""
    out = []
    hazard: bool | None = None  # whether the text is a hazard's story, read when first needed
    for s, e in spans:
        if not out:  # the lead reports the news, whatever it recalls: only a reaction is read (a headline
            # is a lead alone, so most texts skip the date reading below)
            out.append(SentenceLabel(s, e, "reaction" if _SPOKE_AT.search(text, s, e) else "news"))
            continue
        lab, anchored = _read_sentence(text[s:e], published, past_days)
        if lab.label == "news":
            if hazard is None:
                hazard = hazard_story(text, spans)
            if hazard and hazard_toll(text[s:e]):
                lab, anchored = SentenceLabel(0, e - s, "background", "hazard toll"), True
        prev = out[-1]
        if (not anchored and prev.label == "background" and prev.reason != "hazard toll"
                and "\n" not in text[prev.end:s]
                and not _tells(text, s, e)):
            # no time of its own, in the paragraph of a background sentence: it goes on telling that
            # past ("In March, the White Army overran the garrison. That attack led to the arrest of
            # X in Juba."), as a wire paragraph keeps one time until a new anchor opens another
            out.append(SentenceLabel(s, e, "background", "continues background"))
            continue
        out.append(SentenceLabel(s, e, lab.label, lab.reason))
    return out


class SentenceLabels(Sequence[SentenceLabel]):
    """The labels of a text's sentences, :func:`label_sentences`'s list, each read when first asked for (by
    index, in a loop, or by :meth:`background`): the same values in the same order. The event coder asks
    only about the sentences its events can depend on (in an article that tells no violent act, most of
    its sentences tell nothing and are never read). A label that continues its paragraph's background
    reads the one before it, so each sentence is read once at most: linear in the text."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], published: dt.date | None,
                 past_days: int = 30) -> None:
        self._text, self._spans, self._published, self._past_days = text, tuple(spans), published, past_days
        self._labels: list[SentenceLabel | None] = [None] * len(self._spans)
        self._index: dict[tuple[int, int], int] | None = None  # span -> its sentence, when first asked
        self._hazard: bool | None = None  # whether the text is a hazard's story, when first asked

    def __len__(self) -> int:
        return len(self._spans)

    @overload
    def __getitem__(self, i: int) -> SentenceLabel: ...

    @overload
    def __getitem__(self, i: slice) -> list[SentenceLabel]: ...

    def __getitem__(self, i: int | slice) -> SentenceLabel | list[SentenceLabel]:
        if isinstance(i, slice):
            return [self._label(k) for k in range(*i.indices(len(self._spans)))]
        k = i + len(self._spans) if i < 0 else i
        if not 0 <= k < len(self._spans):
            raise IndexError("sentence label index out of range")
        return self._label(k)

    def __iter__(self) -> Iterator[SentenceLabel]:
        return (self._label(k) for k in range(len(self._spans)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (SentenceLabels, list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (a list's: labels compare by value)

    def __repr__(self) -> str:
        return repr(list(self))

    def background(self, span: tuple[int, int]) -> bool:
        """Whether the sentence at ``span`` is background (False for a span that is no sentence's)."""
        if self._index is None:
            self._index = {sp: k for k, sp in enumerate(self._spans)}
        k = self._index.get(span)
        return k is not None and self._label(k).label == "background"

    def _label(self, k: int) -> SentenceLabel:
        label = self._labels[k]
        if label is not None:
            return label
        text, spans = self._text, self._spans
        # Back from sentence k while a sentence has no time of its own in its paragraph (its label is then
        # the one before it, continued, when that one is background): label_sentences' rule, read backwards.
        waiting: list[tuple[int, SentenceLabel]] = []
        j = k
        while True:
            s, e = spans[j]
            if j == 0:  # the lead: only a reaction is read
                label = SentenceLabel(s, e, "reaction" if _SPOKE_AT.search(text, s, e) else "news")
                break
            lab, anchored = _read_sentence(text[s:e], self._published, self._past_days)
            if lab.label == "news":
                if self._hazard is None:
                    self._hazard = hazard_story(text, spans)
                if self._hazard and hazard_toll(text[s:e]):
                    lab, anchored = SentenceLabel(0, e - s, "background", "hazard toll"), True
            own = SentenceLabel(s, e, lab.label, lab.reason)
            if anchored or "\n" in text[spans[j - 1][1]:s] or _tells(text, s, e):
                label = own
                break
            waiting.append((j, own))
            j -= 1
            before = self._labels[j]
            if before is not None:
                label = before
                j = -1  # (known: nothing to set below but the waiting ones)
                break
        if j >= 0:
            self._labels[j] = label
        for j, own in reversed(waiting):
            s, e = spans[j]
            # (a hazard's toll is not continued: the sentence after it may tell an act of the day)
            label = SentenceLabel(s, e, "background", "continues background") \
                if label.label == "background" and label.reason != "hazard toll" else own
            self._labels[j] = label
        return self._labels[k]  # type: ignore[return-value]


class Discourse:
    """Component ``discourse`` (after ``roles``, before ``events``): sets ``doc.user["discourse"]``, the
    label of every sentence (a :class:`SentenceLabels`: each read when first asked for); the event coder
    reads no event from a ``background`` sentence. See the module docstring for the rules."""

    name = "discourse"

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, doc: Doc) -> None:
        sentences = doc.need("sentences", self.name)
        published = parse_date(doc.article.published)
        doc.user["discourse"] = SentenceLabels(doc.text, sentences.spans(), published, self.config.past_days)


def background_spans(doc: Doc) -> set[tuple[int, int]]:
    """The spans of the document's background sentences (none when no ``discourse`` component ran)."""
    labels = doc.user.get("discourse") or ()
    return {(lab.start, lab.end) for lab in labels if lab.label == "background"}


class Background:
    """``span in background_of(doc)`` is ``span in background_spans(doc)``, each sentence's label read only
    when asked about (see :class:`SentenceLabels`; a list of labels another component set is read whole)."""

    def __init__(self, doc: Doc) -> None:
        labels = doc.user.get("discourse")
        self._lazy = labels if isinstance(labels, SentenceLabels) else None
        self._spans = background_spans(doc) if self._lazy is None else set()

    def __contains__(self, span: object) -> bool:
        if self._lazy is not None:
            return isinstance(span, tuple) and self._lazy.background(span)  # type: ignore[arg-type]
        return span in self._spans


def background_of(doc: Doc) -> Background:
    """The document's background sentences, asked about one span at a time (``span in ...``)."""
    return Background(doc)
