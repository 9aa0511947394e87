"""Fatalities and injuries as reported: "killed 62 servicemen and injured 100 more" -> 62 and 100.

A sentence is read as words. A casualty *report* is a group list next to a casualty word:

- verb first: "killed|killing|shot dead|gunned down|beheaded|... LIST" ("killing three soldiers and
  two fighters" = 5, "killing a U.S. soldier and two American contractors" = 3, "kills Hezbollah
  commander Fuad Shukr" = 1), "leaving|left LIST dead";
- subject first: "LIST were killed|died|dead|lost their lives|..." ("Ten soldiers and 19 gunmen were
  killed" = 29, "A Chinese peacekeeper was killed" = 1, "Two dead in X" = 2);
- a toll stated for the event: "the death toll stood at|of|at N".

A LIST is groups joined by "and" or commas; a group is a quantity and a noun phrase ("at least 110
farm workers"), or a/an/the/one and a singular noun for a person ("the driver", "a 10-year-old
girl"). It ends at "including", "among them" and the like: "killing 12, including 4 children" is 12.

Quantities follow ACLED's conservative convention, the lowest figure the words allow: "at least 10"
and "more than 10" are 10, "dozens" 12, "a dozen" 12, "scores" 20, "hundreds" 100, "several" and
"a few" 3; a range is its lower bound ("between 12 and 15", "12 to 15", "two or three", "at least 10
and as many as 15" are 12, 12, 2 and 10); an age is no count ("pupils aged between nine and 14"). Words
are numbers ("seven", "twenty-five", "twenty five").

A group after a comma that retells the people just counted is no one new: a subset ("22 people, 20 of
them children" = 22) or an apposition whose figures sum to the count ("a civilian, a 64-year-old man," =
1; "two people, a woman and her son" = 2; a count of more than one only when its noun is generic,
"people" or "civilians": "three soldiers, two policemen and a civilian" is 6).

What is not this event's count:

- updates of a toll ("the death toll rose to 40", "raising the toll to 40"): not new deaths, no
  figure (the article that first reported the event carries it);
- cumulative totals over a period: a report followed closely by "since", "so far", "this year",
  "over the past", "in recent weeks", "in January", ... ("have killed 300 people since March"); but
  "since Saturday" (a start a few days back) is the toll of one multi-day event, and counts; a total
  spread over an area keeps the share it names for one place ("killed 22 across Gaza, among them nine
  members of a family whose home in Deir al-Balah was hit" = 9);
- killed and wounded together ("15 killed and injured", "30 casualties"): no figure for either;
- wounded is not killed: "injuring five" is an injury figure only.

Two reports in one sentence are added when they count different people ("killing 12 soldiers,
while seven militants also died" = 19: attackers killed are added, as ACLED does); when they name
the same kind of people (or none), they are two sources' figures for the same deaths and the lower is
kept. "No one was killed" and "no casualties" are 0.

Linear in the sentence: it is split into words once, and each casualty word reads a bounded number of
words around it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from mapper.events.lexicon import ATTRIBUTES
from mapper.events.prefilter import LiteralScan, PrefilteredGroup

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_COMPOUNDS = {f"{t}-{u}": v + i for t, v in _TENS.items() for i, u in enumerate(_UNITS[1:10], 1)}
# Single words that are a figure: "seven", "twenty-five", "dozens" (the lowest figure they allow).
NUMBER_WORDS: dict[str, int] = ({w: i for i, w in enumerate(_UNITS)} | _TENS | _COMPOUNDS
                                | {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
                                   "several": 3, "many": 10, "hundred": 100, "dozen": 12})
# Several words that are a figure (the longest is tried first).
PHRASES: dict[tuple[str, ...], int] = {
    ("a", "dozen"): 12, ("two", "dozen"): 24, ("a", "hundred"): 100, ("one", "hundred"): 100,
    ("a", "few"): 3, ("a", "couple", "of"): 2, ("a", "couple"): 2, ("a", "handful", "of"): 3,
    ("a", "number", "of"): 3, ("tens", "of"): 20, ("more", "than", "a", "dozen"): 12,
    # "killing several dozen terrorists": dozens, not "several" (3)
    ("several", "dozen"): 12, ("several", "dozens"): 12, ("a", "few", "dozen"): 12,
}
WORDS = NUMBER_WORDS  # the older name
# Qualifiers before a figure, all read as the figure itself.
_ABOUT = (("at", "least"), ("more", "than"), ("as", "many", "as"), ("up", "to"), ("an", "estimated"),
          ("close", "to"), ("upwards", "of"), ("fewer", "than"), ("less", "than"), ("about",), ("around",),
          ("nearly",), ("almost",), ("over",), ("some",), ("roughly",), ("approximately",), ("estimated",),
          ("another",), ("a", "further"), ("further",), ("at", "most"), ("all",))
# A singular person: "the driver", "a 12-year-old boy", "an elderly man", "one soldier".
PERSONS = frozenset("""person man woman boy girl child baby infant toddler teenager teen youth civilian
    soldier serviceman servicewoman officer policeman policewoman guard bodyguard driver journalist
    reporter photographer cameraman farmer worker commander leader member fighter militant insurgent
    rebel gunman attacker assailant bomber peacekeeper passenger resident student pupil teacher doctor
    nurse medic paramedic contractor mayor councillor councilor official chief priest imam cleric
    pastor monk trader vendor shopkeeper shepherd herder fisherman activist protester demonstrator pilot
    employee volunteer villager lawmaker politician judge prosecutor governor minister general colonel
    major captain lieutenant sergeant corporal private militiaman jihadist hostage prisoner inmate
    detainee suspect tourist national citizen refugee migrant truck-driver kid elder father mother son
    daughter brother sister husband wife guide nun thief robber kidnapper smuggler bandit vaccinator
    director chairman engineer lawyer labourer laborer native constable sarpanch ranger gendarme
    trooper sailor crewman seaman cadet recruit watchman clerk merchant missionary physician surgeon
    professor lecturer headmaster headteacher senator legislator diplomat ambassador spokesman spokeswoman
    informer informant bishop rabbi mullah tribesman clansman herdsman miner porter grandfather grandmother
    grandson granddaughter nephew niece uncle aunt cousin neighbour neighbor warden jailer
    passer-by passerby bystander owner
    schoolteacher commissioner signatory sheikh administrator
    councilman councilwoman""".split())  # "a passer-by", "a shop owner"
# (the last line, tolls51: "killed a schoolteacher and her husband", "shot dead a district commissioner and
# his bodyguard", "a former peace signatory and his wife" read no one; "headman" was dropped: it fixed four
# but lost l14-002 and w14-002, where a headman shot in another district joins the sentence's first act)
# "a 19-year-old", "a 70-year-old woman": the age alone names a person (the noun after it, if any, is read
# the same way).
_AGED = re.compile(r"\d{1,3}-years?-old")
_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "their", "his", "her", "its", "our"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})

# Verbs whose object is the dead ("killed 5", "shot dead a man"); token sequences.
_KILL_VERBS = [tuple(v.split()) for v in (
    "killed", "killing", "kills", "kill", "massacred", "massacring", "massacres", "executed", "executing",
    "executes", "execute", "slaughtered", "slaughtering", "murdered", "murdering", "murders",
    "assassinated", "assassinating", "assassinates", "assassinate", "beheaded", "beheading", "beheads",
    "behead",
    "lynched", "lynching", "lynches", "lynch", "martyred",
    # Pakistan's press and the ISPR: "martyring three soldiers" counts the dead as "killing" does (actors62,
    # types62)
    "martyring", "neutralised", "neutralized", "neutralising", "neutralizing",
    "shot dead", "shooting dead", "shoot dead", "shoots dead", "gunned down", "gunning down", "guns down",
    "gun down", "stabbed to death", "burned to death", "burnt to death", "stoned to death",
    "hacked to death", "beat to death", "beaten to death", "clubbed to death", "beating to death",
    "shot and killed",
    # the victims before "to death": "militiamen hack 11 displaced people to death" (a machete's verb, not a
    # computer's: the count needs people after it, as every verb here)
    "hack", "hacks", "hacked", "hacking",
    "claimed the lives of", "claiming the lives of", "took the lives of", "taking the lives of",
    # a monitor's nominal report (SOHR: "documented the death of a child", "documented the killing of three")
    "documented the death of", "documented the deaths of", "documented the killing of",
    "documented the killings of",
    # a headline's nominal toll ("Islamic State claims killing of five Christians near Macomia", "claims
    # beheading of four villagers": blind b48-023, b39-013 read no toll; tolls51), read only as
    # `_NOMINAL_KILL` says
    "killing of", "killings of", "beheading of", "beheadings of")]
# The nominal toll reads only a figure ("killing of five", not "the killing of its leader") and only with no
# article or preposition before it: "after the killing of a militia leader", "in retaliation for the killing
# of three soldiers" tell an earlier act (w29-030, b34-029, ms-048 would have taken it).
_NOMINAL_KILL = frozenset(tuple(v.split()) for v in (
    "killing of", "killings of", "beheading of", "beheadings of"))
_NOMINAL_NOT_AFTER = frozenset("""a an the its his her their our after for over since following before
    against of by to""".split())
_HURT_VERBS = [tuple(v.split()) for v in (
    "injured", "injuring", "injures", "injure", "wounded", "wounding", "wounds", "hurt", "hurting",
    "maimed", "maiming")]
_LEAVE_VERBS = [("leaving",), ("left",), ("leave",), ("leaves",)]
# Words after a list that say it died ("were killed", "died"), after optional "were", "have been", ...
_DEATH_MARKS = [tuple(v.split()) for v in (
    "killed", "dead", "died", "die", "dies", "slain", "perished", "executed", "massacred", "murdered",
    "beheaded", "assassinated", "lynched", "martyred", "neutralised", "neutralized", "shot dead",
    "gunned down",
    "lost their lives", "lost his life", "lost her life", "stabbed to death", "burned to death",
    "hacked to death", "beaten to death", "stoned to death", "burnt to death", "clubbed to death", "deaths",
    "fatalities", "bodies")]
_HURT_MARKS = [tuple(v.split()) for v in ("injured", "wounded", "hurt", "injuries", "maimed")]
_SAYS = ATTRIBUTES
_NOUN_MARKS = frozenset({"deaths", "fatalities", "bodies"})
_BE = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "being", "reportedly", "also",
                 "later", "all", "both", "confirmed", "reported", "found", "feared", "believed", "left",
                 "then", "subsequently", "allegedly"})
# Words a noun phrase between a figure and its verb never holds: its end.
_NP_STOPS = frozenset("""and or but in at on near from when as while after before during inside outside
    among with who whom which that were was are is have has had been by for to into across since
    including include includes of said says say told according killed killing kills dead died injured
    wounded hurt killed injuring wounding so this last over past then later today yesterday overnight
    monday tuesday wednesday thursday friday saturday sunday nationwide throughout also""".split()) \
    | {",", ";", ":", "(", ")", "-"}
# A figure followed by one of these is a distance, a time or a share, not people.
_UNIT_WORDS = frozenset("""km kilometres kilometers kilometre kilometer miles mile metres meters metre meter
    yards feet days day hours hour minutes years year weeks week months month percent per cent times
    rockets missiles drones shells rounds bombs tonnes tons kg""".split()) | {"%"}
# After these the list goes on only as a subset of the people counted.
_OF_WHOM = frozenset({"its", "their", "them", "the", "his", "her", "our", "whom", "those"})
# People counted as members of a body: "16 members of the security forces", "five members of one family".
_MEMBERS = frozenset({"members", "member"})
_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|"
                      r"\d+(?:st|nd|rd|th)")
# "the deadliest attack this year": a period that ranks the act, not a running total.
_RANKS = frozenset({"deadliest", "worst", "biggest", "largest", "bloodiest"})
_SUBSET = frozenset({"including", "among", "mostly", "most", "many", "of", "half", "some", "all"})
_CUMULATIVE_AFTER = [tuple(v.split()) for v in (
    "since", "so far", "this year", "last year", "this month", "over the past", "in the past",
    "over the last", "in the last", "in recent", "during the war", "during the conflict", "in total",
    "altogether", "over the years", "over the weekend so far", "to date", "in january", "in february",
    "in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october",
    "in november", "in december", "this week so far", "across", "nationwide", "around the country",
    "throughout")]
# After "since", a start a few days back: the toll of one multi-day event, not a running total.
_RECENT = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "yesterday", "dawn", "morning", "overnight", "tonight", "today"})
_RUNNING = frozenset({"thousands", "tens"})  # "killed thousands", "tens of thousands": a running total
_AFTER_WORDS = 10  # words after a report within which "since", "so far", ... make it a running total
_ATTRIBUTION_WORDS = 6  # the words of one attribution, ", health officials said,", a share may follow
_BEFORE_WORDS = 12  # words before it within which an opening "since ..." does
_CUMULATIVE_BEFORE = [tuple(v.split()) for v in ("a total of", "the total", "total of", "in all")]
# The words that name a war as a whole (discourse.py reads its tolls by them too).
WAR_WORDS = ("war", "conflict", "insurgency", "uprising", "crisis", "campaign", "offensive", "occupation")
_WAR_THAT = frozenset({"that", "which"})
_PERFECT_AUX = frozenset({"has", "have", "had"})
_TOLL_VERBS = frozenset({"killed", "claimed"})
_TOLL_WORDS = frozenset({"toll", "tolls"})
_LOSE = frozenset({"lost", "loses", "lose", "losing"})  # "lost six soldiers": the force's own dead
_TOLL_UPDATE = frozenset({"rose", "rises", "risen", "rising", "raising", "raised", "raises", "climbed",
                          "climbs", "climbing", "increased", "increasing", "jumped", "jumps", "reached",
                          "reaches", "reaching", "surged", "soared", "mounted", "brought", "bringing",
                          "pushing", "pushed", "taking", "took", "up"})
_TOLL_STATED = frozenset({"at", "of", "stood", "stands", "is", "was", "put", "puts"})
_KILL_THEM = frozenset({"shoot", "shoots", "shot", "shooting", "left", "leaving"})  # "... them dead"
# Verbs that kill only with "to death" after their victims: "a mob beat two cattle traders to death",
# "stoned two suspected kidnappers to death", "burned a police officer to death", "stab two teachers to
# death" (without "to death" the beaten are hurt or no one: "police beat protesters" counts no dead). The
# victims between are read as after any kill verb; "... them to death" counts the group named just before,
# as "shoot them dead".
_TO_DEATH_VERBS = frozenset("""beat beats beating stone stones stoned stoning burn burns burned burnt burning
    stab stabs stabbed stabbing club clubs clubbed clubbing kick kicks kicked kicking bludgeon bludgeons
    bludgeoned bludgeoning""".split())
_TO_DEATH = ("to", "death")
# Bodies found are the dead of the act that left them: "police found the bodies of six men dumped on a
# highway", "the hospital had received the bodies of 23 people", "troops recovered the bodies of three
# guerrillas". Counted only after a verb of finding ("found (the) bodies of"; not "demand the return of the
# bodies of their relatives"). Not a subject-first "The bodies of two men were later found": in a story of
# another act it tells a second act whose dead the first one's toll would take (b28-060: tried and dropped).
_BODIES = frozenset({"body", "bodies"})
_FIND_BEFORE = frozenset("""found find finds finding discovered discover discovers recovered recover recovers
    recovering retrieved retrieve retrieves received receive receives pulled exhumed collected saw""".split())
_WINDOW = 16  # words a subject-first list may span before its verb

# Words: figures ("1,200", "62"), words with their hyphens and apostrophes ("twenty-five",
# "10-year-old", "city's"), and the punctuation that ends a list.
# A figure run into letters is a name or an ordinal, one word ("3R rebels", "the 10th child"): no count.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3}){1,5}(?![\d,])|\d+(?:-[^\W\d_][\w'’]*)+|\d+[^\W\d_][\w'’]*|\d+"
                    r"|[^\W\d_][\w'’]*(?:-[\w'’]+)*|[,;:()%-]")
_KEYWORDS = ("kill", "dead", "die", "death", "fatalit", "injur", "wound", "hurt", "casualt", "toll",
             "massacr", "execut", "lives", "life", "bodies", "slain", "perish", "murder", "assassin",
             "behead", "lynch", "neutrali", "martyr", "gunned", "gun down", "guns down", "slaughter", "maim",
             "lost", "loses")  # "The paramilitary lost dozens of fighters": no other casualty word (_LOSE)
_KEYWORD_SCAN = LiteralScan(_KEYWORDS)
# "No injuries were reported", "without causing injuries": no one hurt is no one killed either. "There were no
# immediate reports of casualties" is the same (wire47: blind b38-054; the guide's "no casualties reported").
_NONE_KILLED = re.compile(r"\bno (?:one|deaths|fatalities|casualties|injuries)\b|"
                          r"\bnobody\b.{0,20}\b(?:killed|hurt)|"
                          r"without casualties|no one was (?:killed|hurt|injured)|"
                          r"no (?:immediate )?reports? of (?:casualties|injuries)|"
                          r"no casualties|without causing (?:any )?(?:casualties|injuries)|"
                          r"no civilian casualties|"
                          r"no (?:civilians|people|soldiers) (?:were|was) (?:killed|harmed|hurt)")
_NONE_INJURED = re.compile(r"\bno (?:one|casualties|injuries)\b|\bnobody\b.{0,20}\b(?:hurt|injured)|"
                           r"no one was (?:hurt|injured)|without casualties|"
                           r"no (?:immediate )?reports? of (?:casualties|injuries)|"
                           r"without causing (?:any )?(?:casualties|injuries)")
# The same searches, tried only where one of their first words occurs (most sentences have none), the
# words of both found in one pass over the sentence.
_NONE_GROUP = PrefilteredGroup([_NONE_KILLED, _NONE_INJURED])
_NONE_KILLED_SCAN, _NONE_INJURED_SCAN = _NONE_GROUP.members
# What every head of both opens with (tests/test_speed_decided_skips.py checks it against the group): a
# lowered sentence holding none of them has no head, which three substring tests tell sooner than the
# group's pass (most sentences: the pass ran for each sentence the coder reads).
_NONE_OPENERS = ("no ", "nobody", "without c")
MAX_DIGITS = 9  # a figure with more digits is not a count of people (and int() of 5,000 digits raises)


@dataclass(frozen=True, slots=True)
class Report:
    """One casualty report in a sentence: ``value`` people, ``killed`` or injured, between words
    ``start`` and ``end``; ``nouns`` are the head words of its groups ("soldiers"), for telling
    different people from the same people told twice."""

    value: int
    killed: bool
    start: int
    end: int
    nouns: frozenset[str]
    vague: bool
    # the act's perpetrators, killed after it ("killing seven people before they were shot dead"): never
    # the people counted before, whatever the nouns say
    themselves: bool = False


_MOST_GROUPS = 8  # a list of more groups is not a casualty list (and reading it must stay bounded)


def _index(seqs: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Word sequences by their first word, longest first: a look-up per word, not a scan of all."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted(seqs, key=len, reverse=True):
        out.setdefault(seq[0], []).append(seq)
    return out


_ABOUT_AT = _index(list(_ABOUT))
_PHRASES_AT = _index(list(PHRASES))
_KILL_AT, _HURT_AT, _LEAVE_AT = _index(_KILL_VERBS), _index(_HURT_VERBS), _index(_LEAVE_VERBS)
_DEATH_AT, _HURT_MARK_AT = _index(_DEATH_MARKS), _index(_HURT_MARKS)
# The words that open a verb or a mark of the five tables above: any other word starts no report there.
_REPORT_HEADS = frozenset(_KILL_AT) | frozenset(_HURT_AT) | frozenset(_LEAVE_AT) | frozenset(_DEATH_AT) \
    | frozenset(_HURT_MARK_AT)
_CUMULATIVE_AFTER_AT, _CUMULATIVE_BEFORE_AT = _index(_CUMULATIVE_AFTER), _index(_CUMULATIVE_BEFORE)


_OPEN_QUOTE = frozenset("'\u2018")
_CLOSE_QUOTE = ("'", "\u2019")


def _quotes_closed(sentence: str) -> list[str]:
    """The sentence's words, a single quotation mark that closes a quote cut off the word it ends:
    "lost 'dozens' of fighters", "\u2018dozens of terrorists\u2019 neutralised". A word takes an apostrophe
    into itself (_TOKEN: "soldiers' bodies", "Kurdistan Workers' Party"); only one opened by a quote mark
    before a word of the same sentence, and not yet closed, gives it back."""
    if "'" not in sentence and "\u2018" not in sentence:
        # No opening quote mark (most sentences): no quote opens, so every word is kept as the pattern
        # found it, and findall gives them with no Python step per word.
        return _TOKEN.findall(sentence)
    words: list[str] = []
    open_quote = False
    for m in _TOKEN.finditer(sentence):
        word, start = m.group(), m.start()
        if start > 0 and sentence[start - 1] in _OPEN_QUOTE \
                and (start == 1 or not sentence[start - 2].isalnum()):
            open_quote = True  # a quote opens before this word (an apostrophe inside a word never does)
        if open_quote and word.endswith(_CLOSE_QUOTE) and len(word) > 1:
            word = word[:-1]
            open_quote = False
        words.append(word)
    return words


class _Words:
    """The sentence as lower-case words, with the original spelling (for capitals) beside them."""

    def __init__(self, sentence: str) -> None:
        self.raw: list[str] = _quotes_closed(sentence)
        self.low = [w.lower() for w in self.raw]
        # The words of an age ("aged between seven and 16", "ages 5 to 12"): never a count of people.
        self.ages: set[int] = set()
        for k, tok in enumerate(self.low):
            if tok in _AGE_WORDS:
                j = k + 1
                while j < len(self.low) and j - k <= 4 \
                        and (self.low[j] in _AGE_LINKS or _figure_start(self, j)):
                    self.ages.add(j)
                    j += 1

    def at(self, i: int, seq: tuple[str, ...]) -> bool:
        return tuple(self.low[i:i + len(seq)]) == seq

    def first_of(self, i: int, seqs: dict[str, list[tuple[str, ...]]]) -> tuple[str, ...] | None:
        """The longest of ``seqs`` (see _index) that starts at word ``i``, else None."""
        low = self.low
        if i >= len(low):
            return None
        found = seqs.get(low[i])
        if found is None:  # the common case: no phrase starts with this word
            return None
        return next((s for s in found if tuple(low[i:i + len(s)]) == s), None)


def _figure(w: _Words, i: int) -> tuple[int, int, bool] | None:
    """(value, next word, vague) of a figure starting at word ``i`` ("at least 110", "dozens of")."""
    about = w.first_of(i, _ABOUT_AT)
    if about:
        i += len(about)
    phrase = w.first_of(i, _PHRASES_AT)
    if phrase:
        return PHRASES[phrase], i + len(phrase), True
    if i >= len(w.low):
        return None
    tok = w.low[i]
    if tok == "between" and not about:
        low = _plain_figure(w, i + 1)  # "between 12 and 15": the lower bound
        if low is not None and low[1] < len(w.low) and w.low[low[1]] == "and":
            high = _plain_figure(w, low[1] + 1)
            if high is not None:
                return low[0], high[1], False
        return None
    plain = _plain_figure(w, i)
    if plain is not None:
        return plain[0], _range_end(w, i, plain[1]), False
    if tok in NUMBER_WORDS:
        vague = tok in ("dozens", "scores", "hundreds", "thousands", "several", "many", "dozen", "hundred")
        j = i + 1
        if vague and j < len(w.low) and w.low[j] == "of":
            j += 1  # "dozens of"
        return NUMBER_WORDS[tok], j, vague
    return None


def _plain_figure(w: _Words, i: int) -> tuple[int, int] | None:
    """(value, next word) of a number written in digits or words at word ``i`` ("62", "1,200", "seven",
    "twenty five"), no qualifier and no vague word."""
    if i >= len(w.low):
        return None
    tok = w.low[i]
    if tok.replace(",", "").isdigit():
        digits = tok.replace(",", "")
        return (int(digits), i + 1) if len(digits) <= MAX_DIGITS else None
    if tok in _TENS and i + 1 < len(w.low) and w.low[i + 1] in _UNITS[1:10]:
        return _TENS[tok] + _UNITS.index(w.low[i + 1]), i + 2  # "twenty five"
    if tok in _UNITS or tok in _TENS or tok in _COMPOUNDS:
        return NUMBER_WORDS[tok], i + 1
    return None


# Words between the two ends of a range after its first figure: "12 to 15", "two or three", "at least 10
# and as many as 15", "10 and possibly 15".
_RANGE_LINKS = [tuple(v.split()) for v in ("to", "or", "and as many as", "and up to", "and possibly",
                                            "and perhaps", "and maybe", "or more than", "to as many as")]
_RANGE_LINKS_AT = _index(_RANGE_LINKS)


def _range_end(w: _Words, start: int, j: int) -> int:
    """The word after a range whose first figure starts at word ``start`` and ends before word ``j``, else
    ``j`` ("from 5 to 12" is a toll's change, no range)."""
    link = w.first_of(j, _RANGE_LINKS_AT)
    if link is None or start > 0 and w.low[start - 1] == "from":
        return j
    high = _plain_figure(w, j + len(link))
    return high[1] if high is not None else j


# The word after "of" in a title of one person ("chief of staff", "head of security", "minister of
# refugees"): the title goes on, so that "kills Hezbollah chief of staff, 4 others" counts the others too
# (bh34-019 read 1). A closed table: "the mother of two" or "a member of Hamas" are no titles here.
_OF_TITLE_TAILS = frozenset("""staff security police intelligence operations defence defense interior
    finance justice health education refugees information""".split())


def _one_person(w: _Words, k: int) -> tuple[int, int, str, bool]:
    """One person, the noun at word ``k``, with the name that may follow it ("commander Fuad Shukr"), a
    title's "of" tail ("chief of staff"), and a name in commas before more people ("the minister, Khalil
    Haqqani, and five other people"; "the mayor, Carlos Manzo" alone is not read): (1, next word, noun,
    not vague)."""
    n = len(w.low)
    end = k + 1
    if end + 1 < n and w.low[end] == "of" and w.low[end + 1] in _OF_TITLE_TAILS:
        end += 2
    while end < n and w.raw[end][:1].isupper() and end - k <= 4:
        end += 1
    if end < n and w.low[end] == ",":
        # ", Name Name, and|plus": two to four capitalised words between commas, then more people
        m = end + 1
        while m < n and m - end <= 4 and w.raw[m][:1].isupper():
            m += 1
        if 2 <= m - end - 1 <= 4 and m + 1 < n and w.low[m] == "," and w.low[m + 1] in ("and", "plus"):
            end = m
    return 1, end, w.low[k], False


_HIM = frozenset({"him", "her"})  # the one person a sentence has just told, as a verb's object

# A present participle after the head noun opens what the people were doing ("killed three children collecting
# firewood", "killing 11 people waiting for aid", "two boys herding sheep"): the head is the noun before it.
# Nouns and modifiers that end in -ing are not participles; nor is one that ties the people to a side ("seven
# civilians travelling with it", "workers fighting for the group", "men serving alongside troops"): who they
# were is then told by whom they were with, not by the noun alone (targets49).
_ING_NOUNS = frozenset("""evening morning building buildings wedding weddings ceiling string spring king kings
    sibling siblings offspring darling ring rings wing wings thing things nothing something anything clothing
    housing""".split())


def _participle(w: _Words, k: int) -> bool:
    """Whether word ``k`` is a lower-case present participle (not a noun ending in -ing)."""
    tok = w.low[k]
    return len(tok) > 5 and tok.endswith("ing") and tok not in _ING_NOUNS and w.raw[k][:1].islower() \
        and (k + 1 >= len(w.low) or w.low[k + 1] not in _SIDE_LINKS
             and not (tok in _SERVING and w.low[k + 1] == "for"))


_SIDE_LINKS = frozenset({"with", "alongside", "beside"})
_SERVING = frozenset({"fighting", "working", "serving"})  # ("queuing for water" is no side: only these)


def _group(w: _Words, i: int, verb_first: bool, first: bool = True) -> tuple[int, int, str, bool] | None:
    """(value, next word, head noun, vague) of one group of people starting at word ``i``; a person
    named without an article is read only as the first group after a verb (``verb_first``)."""
    n = len(w.low)
    if i >= n or i in w.ages:
        return None  # "students aged between seven and 16": ages, not people
    fig = _figure(w, i)
    if fig is not None:
        value, j, vague = fig
        if j < n and w.low[j] in _UNIT_WORDS:
            return None  # "12 km", "3 days"
        head = ""
        k = j
        if k + 1 < n and w.low[k] == "of" and w.low[k + 1] in _OF_WHOM:
            k += 2  # "two of its soldiers", "three of them"
        while k < n and k - j < 6 and w.low[k] not in _NP_STOPS and not _figure_start(w, k) \
                and not _casualty_word(w, k) and not (head and (_participle(w, k) or w.low[k] in _CAUGHT)):
            head = w.low[k]
            k += 1
        if head in _MEMBERS and k + 1 < n and w.low[k] == "of":
            # "16 members of the security forces were killed", "killed five members of one family": the
            # people are the members; the phrase after "of" (a few words, to the next stop) names their body
            m = k + 1
            while m < n and m - k <= 5 and w.low[m] not in _NP_STOPS and not _casualty_word(w, m):
                m += 1
            if m > k + 1:
                k, head = m, w.low[m - 1]
        if k < n and w.low[k] in _NOUN_MARKS:
            k += 1  # "five bodies", "12 deaths": the noun is the casualty word itself
            head = head or "people"
        return value, k, head, vague
    at = i + 1 if w.low[i] in ("a", "an") else i  # "killed a family of six", headline "Kill Family Of Four"
    if at + 2 < n and w.low[at] == "family" and w.low[at + 1] == "of" and w.low[at + 2] not in _DETERMINERS:
        fig = _figure(w, at + 2)
        if fig is not None:
            return fig[0], fig[1], "family", fig[2]
    if w.low[i] in _POSSESSIVES and i + 1 < n and _figure(w, i + 1) is not None \
            and not (i > 0 and w.low[i - 1] == "of"):
        # "a woman and her two daughters", "a farmer and their three children": more people counted
        # (after "of" they are a subset: "two of their three children").
        group = _group(w, i + 1, verb_first=False)
        if group is not None and group[2]:
            return group
    if verb_first and first and w.low[i] in _HIM and i + 1 < n and w.low[i + 1] == "and":
        # "killing him and five of his bodyguards", "killing him and his driver" (tl47-006, l24-012 read
        # none): the person just told, counted with the people after "and" (not "killing him" alone, who
        # may be counted already: "shot a policeman, killing him")
        return 1, i + 1, "", False
    if w.low[i] == "the" and i + 1 < n and _figure(w, i + 1) is not None:
        # "before security forces killed the four attackers" (b40-059 read only the nine guests): a
        # counted group after "the", read when a noun names its people (not "the two" alone)
        group = _group(w, i + 1, verb_first=False)
        if group is not None and group[2]:
            return group
    if w.low[i] in _DETERMINERS:
        k = i + 1
        while k < n and k - i <= 5 and w.low[k] not in _NP_STOPS:
            if _ORDINAL.fullmatch(w.low[k]):
                return None  # "the third child killed this month": a running count, not this event's
            named = w.raw[k][:1].isupper() and k + 1 < n and w.raw[k + 1][:1].isupper() \
                and w.low[k + 1] not in _TITLE_CASE_LINKS
            if w.low[k] in PERSONS and not named:
                # (Not a word of a name: "the state-run National News Agency reports" is no "national".)
                return _one_person(w, k)
            if _AGED.fullmatch(w.low[k]) and (k + 1 >= n or w.low[k + 1] not in PERSONS):
                return 1, k + 1, "person", False  # "shot dead a 19-year-old from Jenin"
            k += 1
        if _kin_pair(w, i, k):
            return 1, k, w.low[k - 1], False  # "shot dead a tailor and his brother": the tailor is one
        return None
    if verb_first and first:
        # "kills Hezbollah commander Fuad Shukr", "assassinate former rebel commander": a person named
        # or described without an article.
        k = i
        while k < n and k - i <= 4 and w.low[k] not in _NP_STOPS:
            if w.low[k] in PERSONS:
                return _one_person(w, k)
            k += 1
        k = i
        while k < n and w.raw[k][:1].isupper() and k - i < 5:
            k += 1
        if k - i >= 2 and (k == n or w.low[k] in _NP_STOPS) and not w.low[k - 1].endswith("s") \
                and w.low[i] not in _TITLE_CASE_LINKS:
            return 1, k, "", False  # "kills Iran's Qassem Soleimani" (not "Killed In Gao" in Title Case)
    return None


# Kin after "and his/her/their" ("a village headman and his wife", "a rubber tapper and her two sons"): the
# noun phrase before it, which no PERSONS word names, is a person too (tolls in types65).
_KIN_AFTER_PAIR = frozenset("""wife husband son sons daughter daughters brother brothers sister sisters father
    mother child children nephew nephews niece nieces cousin cousins grandson grandsons granddaughter
    granddaughters""".split())
_KIN_PAIR_OPENERS = frozenset({"a", "an", "the"})


def _kin_pair(w: _Words, i: int, k: int) -> bool:
    """Whether words ``i`` to ``k`` are an article and one to three lower-case words (no figure), with "and"
    + a possessive + a kin noun (or a figure and a kin noun) after them."""
    n = len(w.low)
    if w.low[i] not in _KIN_PAIR_OPENERS or not 1 <= k - i - 1 <= 3 or k + 2 >= n or w.low[k] != "and" \
            or w.low[k + 1] not in _POSSESSIVES:
        return False
    if any(not w.raw[m][:1].islower() or _figure(w, m) is not None for m in range(i + 1, k)):
        return False
    kin = k + 2
    if w.low[kin] not in _KIN_AFTER_PAIR:
        fig = _figure(w, kin)
        if fig is None or fig[1] >= n or w.low[fig[1]] not in _KIN_AFTER_PAIR:
            return False
    return True


# Words that Title Case capitalises after a verb and no name starts with: "Two Soldiers Killed In Gao".
_TITLE_CASE_LINKS = frozenset("in at near on outside around across as after during over by from into amid "
                              "and while when inside off".split())


def _casualty_word(w: _Words, i: int) -> bool:
    """A verb or adjective of killing or wounding at word ``i`` ("executed", "shot dead", "wounded")."""
    return any(w.first_of(i, table) is not None for table in (_DEATH_AT, _HURT_MARK_AT, _KILL_AT, _HURT_AT))


def _figure_start(w: _Words, i: int) -> bool:
    tok = w.low[i]
    return tok.replace(",", "").isdigit() or tok in NUMBER_WORDS or tok in ("at", "more")


def _says_next(w: _Words, k: int) -> bool:
    """Whether a verb of saying follows word ``k`` within a few words of the same clause ("a local
    official and a relative of one of the victims told Reuters"): the people before it are tellers."""
    for j in range(k, min(len(w.low), k + _SPEAKER_REACH)):
        if w.low[j] in _SAYS:
            return True
        if w.low[j] in (",", ";", ":") or _casualty_word(w, j):
            return False
    return False


_SPEAKER_REACH = 12  # words after a listed group in which its verb of saying may come


def _list(w: _Words, i: int, verb_first: bool) -> tuple[int, int, frozenset[str], bool] | None:
    """(sum, next word, head nouns, vague) of "GROUP (, GROUP)* (and GROUP)?" at word ``i``."""
    first = _group(w, i, verb_first)
    if first is None:
        return None
    total, j, head, vague = first
    heads = {head} if head else set()
    n = len(w.low)
    comma_first = j < n and w.low[j] == "," and j + 1 < n and w.low[j + 1] not in ("and", "plus")
    for _ in range(_MOST_GROUPS - 1):
        if j >= n:
            break
        k = j
        if w.low[k] == ",":
            k += 1
        if k < n and w.low[k] in ("and", "plus"):
            k += 1
        elif k < n and w.at(k, ("as", "well", "as")):
            k += 3
        if k == j or k < n and w.low[k] in _SUBSET:
            break
        if w.low[j] == "," and _subset_of_them(w, k):
            break  # "22 people, 20 of them children": a share of the people just counted
        unknown = _unknown_number(w, k)
        if unknown and w.low[k - 1] == "and":
            j = unknown  # "six soldiers and an unknown number of fighters were killed": no figure added
            break
        nxt = _group(w, k, verb_first, first=False)
        bare = _bare_people(w, k) if nxt is None and w.low[k - 1] == "and" else None
        if bare is not None:
            # "19 soldiers and militants were killed", "40 soldiers and volunteer fighters died": one
            # figure for both nouns, no more people
            j = bare
            if w.low[bare - 2] not in _STATE_SIDE:
                heads.add(w.low[bare - 1])
            break
        if nxt is None or nxt[1] < n and w.low[nxt[1]] in _SAYS:
            break  # "killing four civilians, a militia leader said": the speaker is not a victim
        if w.low[j] == "," and _says_next(w, nxt[1]):
            break  # "killing 38 worshippers, a civil society leader and the UN mission said": speakers
        if not (few(nxt[0], nxt[3]) and not vague):
            total += nxt[0]  # (not "nine soldiers and several militants died": 9, see few)
        j = nxt[1]
        if nxt[2]:
            heads.add(nxt[2])
        vague = vague or nxt[3]
    if comma_first and total == 2 * first[0] and (first[0] == 1 or head in _GENERIC_PEOPLE) \
            and (j >= n or w.low[j] in _NP_STOPS):
        # An apposition: "a civilian, a 64-year-old man," or "two people, a woman and her son" renames
        # the people counted first (a list of others joins its last group with "and" and sums to more).
        return first[0], j, frozenset({head} if head else ()), first[3]
    return total, j, frozenset(heads), vague


# "several", "a few", "a handful of", "a number of", "a couple of": a vague count of three or fewer. Beside an
# explicit figure of the other side it is no figure to add: "killing at least nine soldiers and several
# assailants" is 9, and "The army said it had neutralised several attackers" after "killing 15 soldiers"
# leaves 15, as the corpus codes it (10 train items read 3 more, blind b40-078 and b41-065 among them;
# "dozens" of attackers, 12, are added: b47-059, b47-078).
_FEW = 3


def few(value: int, vague: bool) -> bool:
    """Whether a figure is a vague count of a few people ("several", "a few"), no figure to add."""
    return vague and value <= _FEW


# People killed with the one just counted, told after the act's place and day: "killed a district
# commissioner in Afgoye on Monday, along with three of his guards", "shot dead a tribal sheikh at his farm
# outside Tarmiyah on Saturday together with two of his sons" (tl49-014, tl49-016 read 1; tolls52). The words
# between open with a place or a day and hold no punctuation but a comma right before "along"; the companions
# open with a figure or a possessive ("three of his guards", "his wife and son"), so that "along with the
# weapons" or "along with other troops" adds no one.
_COMPANION_LINKS = (("along", "with"), ("together", "with"))
_GAP_OPENERS = frozenset("""in at near outside inside on late early overnight last yesterday monday tuesday
    wednesday thursday friday saturday sunday""".split())
_GAP_WORDS = 12  # words of the place and day between the counted person and "along with"


def _companions(w: _Words, end: int) -> tuple[int, int, frozenset[str]] | None:
    """(people, next word, head nouns) of "along|together with" COMPANIONS after a verb-first report ending at
    word ``end``, the place and day maybe between (see _COMPANION_LINKS), else None."""
    n = len(w.low)
    if end >= n or not (w.low[end] in _GAP_OPENERS or w.low[end] in ("along", "together", ",")):
        return None
    for k in range(end, min(n - 2, end + _GAP_WORDS + 1)):
        link = next((x for x in _COMPANION_LINKS if w.at(k, x)), None)
        if link is None:
            if w.low[k] == "," and k + 1 < n and w.low[k + 1] in ("along", "together"):
                continue
            if w.low[k] in (",", ";", ":", "(", ")", "-") or _casualty_word(w, k) or _figure_start(w, k) \
                    and _figure(w, k) is not None or w.low[k] in _SAYS:
                return None
            continue
        at = k + 2
        if not (w.low[at] in _POSSESSIVES or _figure(w, at) is not None):
            return None
        found = _list(w, at, verb_first=False)
        if found is None or not found[2] or few(found[0], found[3]):
            return None
        return found[0], found[1], found[2]
    return None


_AGE_WORDS = frozenset({"aged", "ages", "age"})
_AGE_LINKS = frozenset({"between", "and", "to", "or", "-"})
# Nouns that count people without saying who they are: a later apposition may say it.
_GENERIC_PEOPLE = frozenset({"people", "persons", "civilians", ""})
# "20 of them", "two of whom": a share of the people a list has just counted.
_THEM = frozenset({"them", "whom", "those", "these"})


def _subset_of_them(w: _Words, k: int) -> bool:
    """Whether a figure at word ``k`` is followed by "of them|whom|those|these"."""
    fig = _figure(w, k)
    return fig is not None and fig[1] + 1 < len(w.low) and w.low[fig[1]] == "of" \
        and w.low[fig[1] + 1] in _THEM


_PLURAL_PEOPLE = frozenset("civilians people children men women police villagers worshippers".split())


def _plural_people(tok: str) -> bool:
    return tok in _PLURAL_PEOPLE or tok in _FORCES_NOUNS or tok in _FIGHTER_NOUNS \
        or tok.endswith("s") and tok[:-1] in PERSONS


# A lower-case word that may stand before a bare people noun as its modifier ("and volunteer fighters",
# "and pro-government militiamen"): letters and hyphens, at most 20 (a plain test, no pattern over text).
def _modifier(w: _Words, k: int) -> bool:
    tok = w.raw[k]
    return 0 < len(tok) <= 20 and tok.replace("-", "").isalpha() and tok.islower() \
        and tok not in _DETERMINERS and tok not in _NP_STOPS and not _figure_start(w, k) \
        and not _casualty_word(w, k)


# Modifiers that put fighters on the state's side ("soldiers and volunteer fighters": Burkina Faso's VDP):
# the list counts one side's dead, as "soldiers" alone did (l41-026's actor2 stays the forces).
_STATE_SIDE = frozenset({"volunteer", "pro-government", "allied", "auxiliary"})


def _bare_people(w: _Words, k: int) -> int | None:
    """Where a plural people noun at word ``k``, or after one modifier there, ends the noun phrase ("...
    and militants were killed", "40 soldiers and volunteer fighters died": b45-069 and b47-059 read none
    of their soldiers), or None."""
    n = len(w.low)
    if k >= n:
        return None  # a part of a sentence that ends on "and" ("killing three people, and")
    if not _plural_people(w.low[k]):
        if k + 1 >= n or not _modifier(w, k) or not _plural_people(w.low[k + 1]):
            return None
        k += 1
    ends = k + 1 >= n or w.low[k + 1] in _NP_STOPS or not w.low[k + 1][:1].isalnum()
    return k + 1 if ends else None


def _named(w: _Words, be: int) -> int | None:
    """Where a named person starts who is the subject of a verb at word ``be`` ("Carlos Manzo, the
    mayor of Uruapan, was shot dead"): two to five capitalised words, maybe with an apposition."""
    k = be
    if k > 0 and w.low[k - 1] == ",":
        j = k - 2
        while j >= 0 and be - j <= 16 and w.low[j] != ",":
            j -= 1
        if j < 0 or w.low[j] != "," or w.low[j + 1] not in ("the", "a", "an"):
            return None
        k = j
    start = k
    while start > 0 and w.raw[start - 1][:1].isupper() and k - start < 5:
        start -= 1
    if k - start < 2 or w.low[start] in _DETERMINERS:
        return None
    if start > 0 and w.low[start - 1] in ("from", "in", "of"):
        return None  # a place the people are from ("Two traders from Kano State were killed"), not a name
    if any(_figure_start(w, x) for x in range(start, k)):
        return None  # a Title Case headline's count, not a name: "Two Soldiers Killed In Gao"
    return start


_SPREAD = frozenset({"across", "nationwide", "throughout"})  # a total spread over places, not over time
# A subject of many acts ("Israeli strikes on Saturday killed 14 people, including six at a school ... in
# Shujaiya", blind b46-073): with no place of its own before the verb, its total spans places as "across"
# says, and the share a place is named for is that place's (tolls52).
_MANY_ACTS = frozenset({"strikes", "airstrikes", "attacks", "raids", "bombardments", "bombings", "shelling"})
_SPREAD_SUBJECT_WORDS = 10  # words of the subject read back from a total's verb (to a comma)
_SHARE_WORDS = 10  # words after a share's place within which "and N in Y" names another share


def _spread_before(w: _Words, begin: int) -> str:
    """"spread" when the clause of a total's verb at word ``begin`` spans places ("strikes across Gaza
    killed 18"), "acts" when its subject is many acts with no place of its own ("Israeli strikes on Monday
    killed 17"), else "" (a bounded look back to the clause's comma)."""
    acts = False
    for k in range(begin - 1, max(-1, begin - _SPREAD_SUBJECT_WORDS - 1), -1):
        tok = w.low[k]
        if tok in (",", ";", ":", "said", "says"):
            break
        if tok in _SPREAD:
            return "spread"
        if tok in ("in", "at", "near", "on") and k + 1 < begin and w.raw[k + 1][:1].isupper() \
                and w.low[k + 1] not in _RECENT:
            return ""  # "strikes on Jabalia killed 14": the total's own place
        acts = acts or tok in _MANY_ACTS
    return "acts" if acts else ""


def _more_parts(w: _Words, at: int) -> list[tuple[int, int, int, bool]]:
    """The further shares after a share whose place follows word ``at``: "including 12 in Khan Younis and
    six in Nuseirat", "nine of them in Kadugli and seven in Dilling" (each (value, start, end, vague))."""
    n = len(w.low)
    out = []
    k = at + 1
    while k < min(at + _SHARE_WORDS, n - 2):
        if w.low[k] in (",", ";", ":", "(", ")") or _figure_start(w, k):
            break
        if w.low[k] == "and" and (fig := _figure(w, k + 1)) is not None:
            value, j, vague = fig
            if j < n and w.low[j] in ("people", "persons", "civilians"):
                j += 1
            if j < n and w.low[j] in ("in", "at", "near"):
                out.append((value, k + 1, j, vague))
                at, k = j, j + 1
                continue
            break
        k += 1
    return out


def _part_in(w: _Words, end: int, begin: int = -1) -> tuple[int, int, int, bool] | None:
    """(value, start, end, vague) of ", including N in|at ..." within a few words after a total at
    word ``end``: the share of one place (``begin``, when given, is where the total's verb or subject
    starts: a spread or a subject of many acts told before it)."""
    n = len(w.low)
    before = _spread_before(w, begin) if begin >= 0 else ""
    # An attribution between the total and its share (", health officials said, including eight in X")
    # lengthens the reach by its own words, once.
    reach = end + _AFTER_WORDS
    for k in range(end, min(end + _AFTER_WORDS, n - 2)):
        if w.low[k] in ATTRIBUTES:
            reach += _ATTRIBUTION_WORDS
            break
    for k in range(end, min(reach, n - 2)):
        if w.low[k] in (";", "when", "after", "as"):
            return None
        lead = 3 if w.at(k, (",", "among", "them")) else 2 if w.at(k, (",", "including")) else 0
        if lead:
            if not (_SPREAD & set(w.low[end:k]) or before) or any(
                    w.low[x] == "since" and w.low[x + 1] not in _RECENT for x in range(end, k)):
                return None  # "300 since March, including 40 in Zamzam": a period's tally, not one day's
            fig = _figure(w, k + lead)
            if fig is None:
                return None
            value, j, vague = fig
            if j < n and w.low[j] in ("people", "persons", "civilians", "of"):
                j += 2 if w.low[j] == "of" else 1  # "nine people in", "nine of them in"
            if before == "acts" and not _SPREAD & set(w.low[end:k]) and _named_place_after(w, j) is None:
                return None  # many acts, but the share names no place: "including six children"
            if j < n and w.low[j] in ("in", "at", "near"):
                return value, k + lead, j, vague
            at = _named_place_after(w, j)
            return (value, k + lead, at, vague) if at is not None else None
    return None


_PART_NOUN_WORDS = 16  # words of the share's noun phrase before the place it names


def _named_place_after(w: _Words, j: int) -> int | None:
    """Where the share's noun phrase names its place, "12 members of one family whose house in Nuseirat
    was hit", "21 people who were shot while waiting for food near an aid site in Rafah": the first "in",
    "at" or "near" before a capitalised word within a few words, in the same clause; else None."""
    for k in range(j, min(j + _PART_NOUN_WORDS, len(w.low) - 1)):
        if w.low[k] in (",", ";", ":", ".", "(", ")", "-"):
            return None
        if w.low[k] in ("in", "at", "near") and w.raw[k + 1][:1].isupper():
            return k
    return None


def _aside_to(w: _Words, end: int, be: int) -> bool:
    """Whether words ``end:be`` are one aside of a subset (", including two children," or ", among them
    a doctor,") between a list and its verb: the list is the subject."""
    if be - end < 4 or be - end > 10 or w.low[end] != "," or w.low[be - 1] != ",":
        return False
    if w.low[end + 1] not in ("including", "among", "most", "mostly"):
        return False
    return "," not in w.low[end + 1:be - 1] and ";" not in w.low[end + 1:be - 1]


def _unknown_number(w: _Words, k: int) -> int:
    """Where "an unknown number of <people>" at word ``k`` ends (0 when it is not there): people counted
    with no figure, which add nothing to the figures beside them."""
    n = len(w.low)
    if not (k + 3 < n and w.low[k] == "an" and w.low[k + 1] in _UNKNOWN and w.low[k + 2] == "number"
            and w.low[k + 3] == "of"):
        return 0
    m = k + 4
    while m < n and m - k < 9 and w.low[m] not in _NP_STOPS:
        m += 1
    return m if m > k + 4 else 0


_UNKNOWN = frozenset({"unknown", "unspecified", "undetermined", "undisclosed", "unconfirmed"})


# Words that open a short phrase on the people a list counts, between the list and its verb, besides "who"
# and a present participle ("four civilians standing near the road were killed", "people sheltering there"):
# where they were ("two people inside the car were killed") or a past participle of being caught somewhere
# ("six civilians caught between the two sides had died"). Blind b46-053 read no toll before (tolls51).
_CLAUSE_OPENERS = frozenset({"who", "inside", "aboard", "in", "at", "near", "on", "caught", "trapped",
                             "stranded", "gathered"})
# Marks that are only verbs: a phrase may come right before them with no verb of being ("three villagers
# caught between the two groups died"), where "a worker who carried the wounded" could not (tolls52).
_VERB_MARKS = frozenset({("died",), ("perished",)})
# The past participles among them also end a counted noun phrase, as a present participle does: "six
# civilians caught between the two sides" is six civilians, the phrase after them read by _relative_to
# (b45-064 read on to "the two sides"; tolls52).
_CAUGHT = frozenset({"caught", "trapped", "stranded", "gathered"})


def _relative_to(w: _Words, end: int, be: int) -> bool:
    """Whether words ``end:be`` are one short relative clause or phrase on the people a list counts ("Two
    men who tried to resist were shot dead", "five people waiting at a tea shop were killed"): an opener
    (`_CLAUSE_OPENERS` or a participle) and one to eight words with no punctuation, figure or word of killing
    (not "the gunmen who killed two soldiers were ...": those two are the killed)."""
    if be - end < 2 or be - end > 9 or not (w.low[end] in _CLAUSE_OPENERS or _participle(w, end)):
        return False
    if w.low[end] == "who" and be - end < 3:
        return False
    who = w.low[end] == "who"  # (after another opener "at" is a figure only as "at least")
    return all(w.low[k] not in (",", ";", ":", "(", ")", "-") and not _casualty_word(w, k)
               and not (_figure_start(w, k) and (who or _figure(w, k) is not None)
                        and w.low[k - 1] not in _DEFINITE)
               for k in range(end + 1, be))


# A figure after one of these names people told before, not a count ("six civilians caught between the two
# sides had died": blind b45-064 read 2, the sides for the dead; tolls52): inside a phrase on the people
# counted it does not stop the phrase.
_DEFINITE = frozenset({"the", "these", "those"})


def _from_place(w: _Words, end: int, be: int) -> bool:
    """Whether the words between a list and its verb only say where the people are from: "from Bihar", "from
    Kasese district" (one to three capitalised words, maybe with a lower-case area noun)."""
    if end >= be or w.low[end] != "from" or be - end > 5:
        return False
    words = w.raw[end + 1:be]
    return bool(words) and words[0][:1].isupper() and all(
        x[:1].isupper() or x.lower() in ("district", "state", "province", "region", "village") for x in words)


def _skip_be(w: _Words, i: int) -> int:
    while i < len(w.low) and w.low[i] in _BE:
        i += 1
    return i


def _is_cumulative(w: _Words, start: int, end: int) -> bool:
    # "thousands", "tens of thousands": no one event of a wire story, a war's running total.
    if w.low[start] in _RUNNING or start + 1 < len(w.low) and w.low[start + 1] in _RUNNING:
        return True
    for k in range(end, min(end + _AFTER_WORDS, len(w.low))):
        found = w.first_of(k, _CUMULATIVE_AFTER_AT)
        if found == ("since",) and k + 1 < len(w.low) and w.low[k + 1].removesuffix("'s") in _RECENT:
            return False  # "since Saturday": the toll of an event of a few days, dated by its first day
        if found:
            return True
        if w.low[k] in (",", ";", "when", "after", "as"):
            break
        if _ORDINAL.fullmatch(w.low[k]) or w.low[k] in _RANKS:
            break  # "killing three officers in the second such attack this month": the period ranks the act
    # "Since the start of the year, more than 200 civilians have been killed": a period opened before.
    for k in range(max(0, start - _BEFORE_WORDS), start):
        if w.low[k] == "since" and (k + 1 >= len(w.low) or w.low[k + 1].removesuffix("'s") not in _RECENT):
            # (Not when the report has a day of its own after it: "displaced 80,000 since November, and an air
            # strike on Wednesday killed 14", "a town besieged since 2022 ..., on Tuesday, killing 15".)
            if ";" not in w.low[k:start] and not any(w.low[j] in _RECENT for j in range(k + 2, start)):
                return True
    if _war_toll_before(w, start):
        return True
    return any(w.first_of(k, _CUMULATIVE_BEFORE_AT) for k in range(max(0, start - 4), start))


def _war_toll_before(w: _Words, start: int) -> bool:
    """Whether the figure at word ``start`` is a war's own toll in a relative clause: "months of war that the
    ministry says has killed more than 47,000", "an insurgency which has killed 40,000" (a bounded look
    back: at most _BEFORE_WORDS words)."""
    verb = next((k for k in range(start - 1, max(0, start - 4) - 1, -1) if w.low[k] in _TOLL_VERBS), None)
    if verb is None or verb == 0 or w.low[verb - 1] not in _PERFECT_AUX:
        return False
    return any(w.low[k] in WAR_WORDS and w.low[k + 1] in _WAR_THAT
               for k in range(max(0, start - _BEFORE_WORDS), verb - 2))


def _both_kinds(w: _Words, end: int) -> bool:
    """"killed and injured", "dead or wounded": one figure for both."""
    k = end
    if k < len(w.low) and w.low[k] in ("and", "or"):
        return w.first_of(k + 1, _HURT_MARK_AT) is not None
    return False


def _joined(w: _Words, i: int, j: int, killed: bool) -> bool:
    """A verb at words ``i:j`` joined to one of the other kind: "killed and injured 15", "wounded or
    killed 8" (two verbs of one kind are one act: "stoned and burned to death 13")."""
    other = _HURT_AT if killed else _KILL_AT
    before = i >= 2 and w.low[i - 1] in ("and", "or") and w.low[i - 2] in other
    after = j < len(w.low) and w.low[j] in ("and", "or") and w.first_of(j + 1, other) is not None
    return before or after


def _toll_before(w: _Words, i: int) -> str:
    """"update" when a toll rises to the figure at ``i`` ("the death toll rose to 40"), "stated" when
    it is given ("put the death toll at 55"), else ""."""
    lo = max(0, i - 7)
    seen = w.low[lo:i]
    if not any(t in _TOLL_WORDS for t in seen):
        return ""
    after_toll = seen[max(j for j, t in enumerate(seen) if t in _TOLL_WORDS):]
    before_toll = seen[:min(j for j, t in enumerate(seen) if t in _TOLL_WORDS)]
    if any(t in _TOLL_UPDATE for t in after_toll + before_toll[-3:]) or after_toll[-1:] == ["to"]:
        return "update"
    return "stated"


def reports(sentence: str) -> list[Report]:
    """Every casualty report in a sentence, in text order (see the module's docstring)."""
    if not _KEYWORD_SCAN.occurs_in(sentence.lower()):
        return []  # cheap test first: most sentences report no casualties
    return list(_sentence_reports(sentence))  # a new list each time (the reports themselves are frozen)


# The last sentence read and its reports: the coder asks casualties, dead_side and killed_vague about
# the same sentence in turn (half the readings repeated the one before).
@functools.lru_cache(maxsize=1)
def _sentence_reports(sentence: str) -> tuple[Report, ...]:
    return tuple(_read(_Words(sentence)))


def _read(w: _Words, totals: list[int] | None = None) -> list[Report]:
    """The reports of a sentence's words; ``totals`` (when given) collects where running totals were
    left out."""
    n = len(w.low)
    out: list[Report] = []
    covered = -1  # words before this index are part of a report already found

    def cumulative(start: int, end: int) -> bool:
        found = _is_cumulative(w, start, end)
        if found and totals is not None:
            totals.append(start)
        return found

    def add(value: int, killed: bool, start: int, end: int, nouns: frozenset[str], vague: bool) -> None:
        nonlocal covered
        out.append(Report(value, killed, start, end, nouns, vague))
        covered = max(covered, end)

    def add_shares(part: tuple[int, int, int, bool]) -> None:
        """A place's share of a spread total, and the further shares told after it ("including 12 in Khan
        Younis and six in Nuseirat"): each a killed figure of its own place."""
        for value, start, end, vague in (part, *_more_parts(w, part[2])):
            add(value, True, start, end, frozenset(), vague)

    def them(i: int, end: int) -> None:
        """The verb at ``i`` is followed by "them dead" or "them to death" (ending at ``end``): its victims
        are the group named just before ("pull 23 passengers off buses and shoot them dead")."""
        for k in range(i - 1, max(covered, i - _WINDOW, -1), -1):
            group = _group(w, k, verb_first=False)
            if group is not None and group[2] and group[1] <= i:
                add(group[0], True, k, end, frozenset({group[2]}), group[3])
                return

    for i in range(n):
        tok = w.low[i]
        if tok in _TOLL_WORDS:
            k = i + 1
            while k < n and k - i <= 6 and w.low[k] not in (",", ";") and _figure(w, k) is None:
                k += 1
            fig = _figure(w, k) if k < n else None
            if fig is not None and k > covered:
                if _toll_before(w, k) == "stated" and not cumulative(i, fig[1]):
                    add(fig[0], True, i, fig[1], frozenset(), fig[2])
                covered = max(covered, fig[1])
            continue
        if tok in _LOSE and i > covered:
            # "The army said it lost six soldiers": a force's own dead (never "lost three seats", "lost
            # millions": only soldiers, police or fighters counted).
            found = _list(w, i + 1, verb_first=True)
            if found is not None and found[2] and found[2] <= _FORCES_NOUNS | _FIGHTER_NOUNS | {"men"} \
                    and not (_toll_before(w, i + 1) or cumulative(i + 1, found[1])):
                add(found[0], True, i + 1, found[1], found[2], found[3])
            continue
        if tok in _BODIES and i > covered and w.at(i + 1, ("of",)):
            before = i - 2 if i > 1 and w.low[i - 1] == "the" else i - 1
            found = _list(w, i + 2, verb_first=True) \
                if before >= 0 and w.low[before] in _FIND_BEFORE else None
            if found is not None and not (_toll_before(w, i + 2) or cumulative(i + 2, found[1])):
                add(found[0], True, i + 2, found[1], found[2], found[3])
                continue
        if tok in _TO_DEATH_VERBS and i > covered and not w.at(i + 1, _TO_DEATH):
            if w.at(i + 1, ("them", *_TO_DEATH)):
                them(i, i + 4)  # "seized two men and beat them to death"
                continue
            found = _list(w, i + 1, verb_first=True)
            if found is not None and w.at(found[1], _TO_DEATH) \
                    and not (_toll_before(w, i + 1) or cumulative(i + 1, found[1] + 2)):
                add(found[0], True, i + 1, found[1] + 2, found[2], found[3])
                continue
        if tok in _KILL_THEM and w.at(i + 1, ("them", "dead")) and i > covered:
            them(i, i + 3)  # "pull 23 passengers off buses and shoot them dead"
            continue
        if tok not in _REPORT_HEADS:
            continue  # most words: none of the five look-ups below would find a phrase
        for verbs, killed in ((_KILL_AT, True), (_HURT_AT, False), (_LEAVE_AT, None)):
            verb = w.first_of(i, verbs)
            if verb is None:
                continue
            j = i + len(verb)
            if verb in _NOMINAL_KILL and (_figure(w, j) is None
                                          or i > 0 and w.low[i - 1] in _NOMINAL_NOT_AFTER):
                continue
            found = _list(w, j, verb_first=killed is not None)
            if found is None:
                continue
            total, end, heads, vague = found
            leave = killed is None
            if leave:  # "leaving two rebels dead", "left 3 dead and 5 wounded"
                mark = w.first_of(end, _DEATH_AT) or w.first_of(end, _HURT_MARK_AT)
                if mark is None:
                    continue
                killed = mark in _DEATH_MARKS
                end += len(mark)
            both = _both_kinds(w, end) if leave else _joined(w, i, j, killed)
            if _toll_before(w, j) or cumulative(j, end) or both:
                covered = max(covered, end)
                part = _part_in(w, end) if killed and not both else None
                if part is not None:
                    # "killed 22 across the Gaza Strip, including nine in a strike on Nuseirat": the
                    # total spans many places; the part named for one place is that event's.
                    add_shares(part)
                continue
            if killed and not vague and (part := _part_in(w, end, i)) is not None:
                # "Israeli strikes across Gaza killed 18 people on Monday, including 12 in Khan Younis and
                # six in Nuseirat" (tl51-014), "Israeli strikes on Saturday killed 14 people, including six
                # at a school ... in Shujaiya" (blind b46-073): a total spread over places by its subject;
                # each share is its place's
                add_shares(part)
                break
            if killed and (companions := _companions(w, end)) is not None:
                # "killed a district commissioner in Afgoye on Monday, along with three of his guards"
                total, end, heads = total + companions[0], companions[1], heads | companions[2]
            add(total, killed, j, end, heads, vague)
            break
        else:
            # Subject first: a list ending right before "(were) killed", "dead", "wounded".
            for marks, killed in ((_DEATH_AT, True), (_HURT_MARK_AT, False)):
                mark = w.first_of(i, marks)
                if mark is None:
                    continue
                be = i
                while be > 0 and w.low[be - 1] in _BE:
                    be -= 1
                named = _named(w, be) if killed else None
                if named is not None and named >= covered:
                    end = i + len(mark)
                    if not cumulative(named, end):
                        add(1, True, named, end, frozenset({"person"}), False)
                    covered = max(covered, end)
                    break
                for start in range(max(covered, be - _WINDOW, 0), be + 1):
                    found = _list(w, start, verb_first=False)
                    if found is not None and found[1] != be and _aside_to(w, found[1], be):
                        found = (found[0], be, found[2], found[3])  # "seven people, including two children,"
                    elif found is not None and found[1] != be and _from_place(w, found[1], be):
                        found = (found[0], be, found[2], found[3])  # "Two men from Bihar were shot dead"
                    elif found is not None and found[1] != be and (be < i or mark in _VERB_MARKS) \
                            and _relative_to(w, found[1], be):
                        # (a verb of being before the mark: not "a worker who carried the wounded")
                        found = (found[0], be, found[2], found[3])  # "Two men who tried to flee were killed"
                    if found is None or found[1] != be and not (mark[0] in _NOUN_MARKS and found[1] == i + 1):
                        continue
                    end = i + len(mark)
                    if not (_toll_before(w, start) or cumulative(start, end) or _both_kinds(w, end)
                            or start > 0 and w.low[start - 1] in ("no", "of")):
                        add(found[0], killed, start, end, found[2], found[3])
                    elif killed and not _toll_before(w, start) and not _both_kinds(w, end) \
                            and (part := _part_in(w, end)) is not None:
                        # "26 civilians were killed across the country, including 13 in Bahawalpur": the
                        # share of one place, as the verb-first report reads it
                        add_shares(part)
                    covered = max(covered, end)
                    break
                else:
                    # Headline grammar drops the article: "Italian nun killed", "civilian man shot dead".
                    if killed and be > max(covered, 0) and w.low[be - 1] in PERSONS \
                            and (be < 2 or w.low[be - 2] not in _DETERMINERS | {"no", "of"}
                                 and not _ORDINAL.fullmatch(w.low[be - 2])):  # "the third child killed"
                        end = i + len(mark)
                        if not cumulative(be - 1, end):
                            add(1, True, be - 1, end, frozenset({w.low[be - 1]}), False)
                        covered = max(covered, end)
                break
    return _perpetrators_after(w, out)


# "killing five people before both were killed", "... before they were shot dead", "... before one of them
# was shot dead": the attackers of the sentence's subject ("Two gunmen opened fire ..."), added to the
# victims as ACLED adds attackers killed. "they" counts only when the subject gives the attackers' number.
_AFTER_ACT = "before"
_THEY = {"both": 2, "they": 0}
_SUBJECT_WORDS = 4  # words between the subject's figure and its noun ("Two Palestinian gunmen")


def _perpetrators_after(w: _Words, out: list[Report]) -> list[Report]:
    first = next((r for r in out if r.killed), None)
    if first is None or _AFTER_ACT not in w.low[first.end:]:
        return out  # most sentences: no "before" after a death toll
    kept: list[Report] = []
    for r in out:
        if r.killed and r is not first and r.start > first.end and w.low[r.start - 1] == _AFTER_ACT:
            r = Report(r.value, True, r.start, r.end, r.nouns, r.vague, themselves=True)
        kept.append(r)
    k = w.low.index(_AFTER_ACT, first.end)
    if k + 1 >= len(w.low) or w.low[k + 1] not in _THEY or any(r.start == k + 1 for r in out):
        return kept
    j = k + 2
    while j < len(w.low) and j - k < 5 and w.low[j] in _BE:
        j += 1
    mark = w.first_of(j, _DEATH_AT) if j < len(w.low) else None
    if mark is None:
        return kept
    value = _THEY[w.low[k + 1]] or _subject_count(w, first.start)
    if value:
        kept.append(Report(value, True, k + 1, j + len(mark), frozenset({"attackers"}), False,
                           themselves=True))
    return kept


def _subject_count(w: _Words, before: int) -> int:
    """How many opening attackers ("Two gunmen", "Three Palestinian assailants"); else 0."""
    for i in range(min(before, 3)):
        fig = _figure(w, i)
        if fig is None:
            continue
        for j in range(fig[1], min(fig[1] + _SUBJECT_WORDS, before)):
            if w.low[j] in _FIGHTER_NOUNS:
                return fig[0]
        return 0
    return 0


def _combine(found: list[Report]) -> int | None:
    """One figure from a sentence's reports of one kind: different people are added, the same people
    told twice keep the explicit figure over a vague one, and the lower of two explicit ones."""
    total: Report | None = None
    value = 0
    for r in found:
        if total is None:
            total, value = r, r.value
            continue
        generic = {"people", "persons", ""}
        different = r.themselves or (r.nouns - generic and total.nouns - generic
                                     and not r.nouns & total.nouns)
        if different:
            value += r.value
            total = Report(value, r.killed, total.start, r.end, total.nouns | r.nouns, total.vague or r.vague)
        elif total.vague and not r.vague:
            total, value = r, r.value
        elif r.vague == total.vague and r.value < value:
            total, value = r, r.value
    return None if total is None else value


# The two sides of a fight, by the nouns that count their dead: a later sentence that counts the other
# side's ("The army said two of its soldiers were killed" after "killed dozens of fighters") adds deaths.
_FORCES_NOUNS = frozenset("""soldiers soldier troops servicemen serviceman policemen policeman police officers
    officer personnel guards guard gendarmes gendarme peacekeepers peacekeeper recruits marines""".split())
_FIGHTER_NOUNS = frozenset("""fighters fighter militants militant assailants assailant attackers attacker
    insurgents insurgent rebels rebel jihadists jihadist terrorists terrorist gunmen gunman bandits
    militiamen raiders extremists extremist guerrillas guerrilla""".split())
# The act's own perpetrators, by the words a report uses for them once the act is told ("Two attackers were
# killed", "One assailant was killed"): never the victims the report counted first.
_ATTACKER_NOUNS = frozenset("attackers attacker assailants assailant raiders".split())


def dead_side(sentence: str) -> str:
    """"forces" when every death a sentence counts is of soldiers or police, "attackers" when of the
    attackers or assailants, "fighters" when of militants (or attackers among them), else "" (people,
    civilians, or both sides)."""
    nouns: set[str] = set()
    for r in reports(sentence):
        if r.killed:
            nouns |= r.nouns
    if not nouns:
        return ""
    if nouns <= _FORCES_NOUNS:
        return "forces"
    if nouns <= _ATTACKER_NOUNS:
        return "attackers"
    if nouns <= _FIGHTER_NOUNS:
        return "fighters"
    return ""


# Victims by the noun a report counts them with, for the event's other side (actor2): police, state forces,
# or people the table's civilians class names and their kin (farmers, worshippers, passengers, pupils).
_POLICE_NOUNS = frozenset("policemen policeman police officers officer".split())
_CIVILIAN_NOUNS = frozenset("""civilians civilian villagers villager residents resident farmers farmer
    passengers passenger worshippers worshipers worshipper children child women woman girls boys babies
    infants students student pupils schoolchildren schoolgirls schoolboys fishermen fisherman shepherds
    herders traders miners mourners pilgrims tourists concertgoers shoppers journalists teachers doctors
    patients displaced guests diners beachgoers bystanders bystander passersby passerby passers-by passer-by
    volunteers employees
    migrants refugees commuters customers spectators
    christians hindus sikhs yazidis ahmadis""".split()) | frozenset(
    # civilians named by their work or household: "two polio vaccinators", "a family of six", "aid workers"
    """vaccinators vaccinator workers worker labourers labourer laborers laborer drivers driver nurses
    nurse shopkeepers shopkeeper vendors vendor contractors contractor family families""".split()) \
    | frozenset(  # children and kin named one by one: "a 12-year-old girl", "a man and his two sons"
    """girl boy baby infant toddler teenager teenagers son sons daughter daughters wife wives husband
    mother mothers father fathers grandmother grandfather brother brothers sister sisters evacuees""".split())


# Forces the table's class names that dead_side does not count ("wounding four rangers"), and plain people.
# ("killing two guardsmen": a national guard's or the Revolutionary Guards' men; actors46; "kill three
# jawans": Indian reporting's word for soldiers and paramilitary police, actors64)
_MORE_FORCES_NOUNS = frozenset("""rangers ranger sailors paratroopers commandos guardsmen guardsman
    jawans jawan""".split())
_PEOPLE_NOUNS = frozenset("people persons person others adults man men".split())
# Peacekeepers counted alone ("killing a Zambian peacekeeper"): the UN's troops, not the country's.
_PEACEKEEPER_NOUNS = frozenset({"peacekeepers", "peacekeeper"})
# Words before the counted people's noun that make them civilians whatever the noun: "displaced Palestinians".
_CIVILIAN_ADJECTIVES = frozenset({"displaced", "unarmed"})
# An age before the counted person: "a 62-year-old man", "an elderly woman" (the dead of an act of war told by
# age are its civilians; a fighter is named as one: "a 20-year-old militant").
_AGE = re.compile(r"\d{1,3}-year-old|elderly")
_ARMED_NOUNS = _FORCES_NOUNS | _POLICE_NOUNS | _MORE_FORCES_NOUNS | _FIGHTER_NOUNS
# Dead counted only as militants: ACLED's unnamed militants, the other side of the force that killed them.
_MILITANT_NOUNS = frozenset({"militants", "militant"})
# A later report's noun that counts more of the people an earlier report named ("Four policemen were killed
# and two others wounded", "three soldiers were killed and several others injured"): no people of its own.
_OTHERS_OF_TOLL = frozenset({"others"})
# ... told in the same clause, a few words after that report ("were killed and", "and wounding").
_OTHERS_GAP = 4
# Who is among the people just counted: "including nine children", "mostly women and children", "20 of them
# children" (a word or figure, then "of them").
_INCLUDING = re.compile(r"\b(?:including|among them|most of them|mostly|mainly"
                        r"|[\w-]{1,12}\s{1,3}of\s{1,3}them)\b", re.IGNORECASE)


def victims(sentence: str) -> str:
    """Whom every death or injury a sentence counts belongs to: "police" (policemen), "forces" (soldiers,
    troops, gendarmes, guards, and police among them), "peacekeepers" (peacekeepers alone: a UN mission's),
    "civilians" (civilians, villagers, farmers,
    worshippers, children ...; also people among whom only such are named: "20 people, including nine
    children"), "militants" (militants only), else "" (people, fighters, attackers, or a mix of sides):
    "killing four soldiers" is the army's loss, "Two children killed by Turkish drone" the civilians'."""
    nouns: set[str] = set()
    found = reports(sentence)
    # The attackers' own dead told apart ("killing six guests before security forces killed the three
    # attackers") are the perpetrators, not the victims: the other reports say who was hit.
    found = tuple(r for r in found if not (r.nouns and r.nouns <= _ATTACKER_NOUNS)) or found
    split = _Words(sentence) if found else None
    words = split.low if split is not None else []
    raw = split.raw if split is not None else []
    before: frozenset[str] | set[str] = frozenset()  # the nouns of the report just before ...
    before_end = 0  # ... and the word it ends at
    for r in found:
        # "Four policemen were killed and two others wounded": the others of the people just counted
        others_of_before = bool(before) and r.nouns <= _OTHERS_OF_TOLL \
            and 0 <= r.start - before_end <= _OTHERS_GAP \
            and not any(w.endswith((";", ".", ":")) for w in raw[before_end - 1:r.start])
        if any(w in _CIVILIAN_ADJECTIVES or _AGE.fullmatch(w) for w in words[r.start:r.end]) \
                and not r.nouns & _ARMED_NOUNS:
            nouns.add("civilians")  # "nine displaced people", "15 displaced Palestinians"
        elif r.nouns == {"members"} and words[r.end:r.end + 1] == ["of"] \
                and "family" in words[r.end + 1:r.end + 4]:
            nouns.add("family")  # "10 members of one family", "six members of the same family"
        elif not others_of_before:
            nouns |= r.nouns
        before, before_end = r.nouns, r.end
    if not nouns and found:
        # figures with no noun count people ("kills 12, including 5 children", "killing 11, most of them
        # women"); beside a noun they count its people ("Two soldiers were killed and four wounded")
        nouns = {"people"}
    if not nouns:
        return ""
    if nouns <= _PEACEKEEPER_NOUNS:
        return "peacekeepers"  # a UN mission's, not the event country's forces (actors.code_actors)
    if nouns <= _POLICE_NOUNS:
        return "police"
    if nouns <= _FORCES_NOUNS | _POLICE_NOUNS | _MORE_FORCES_NOUNS:
        return "forces"
    if nouns <= _PEOPLE_NOUNS:
        # "killing 20 people, including nine children": civilians among them, and no one else named there
        for m in _INCLUDING.finditer(sentence):
            named = {w.strip(".,;:)").lower() for w in sentence[m.end():m.end() + 80].split()[:6]}
            if named & _CIVILIAN_NOUNS and not named & (_FORCES_NOUNS | _FIGHTER_NOUNS | _MORE_FORCES_NOUNS):
                nouns |= {"civilians"}
    if nouns & _CIVILIAN_NOUNS and nouns <= _CIVILIAN_NOUNS | _PEOPLE_NOUNS:
        return "civilians"
    if nouns <= _MILITANT_NOUNS:
        return "militants"  # "Two militants killed in Kupwara gunfight": the side the forces fought
    return ""


# A sentence that says who the dead were, apart from the toll ("All the dead were civilians, he said", "most
# of the victims were women and children"): a quantifier, "of the" dead or victims, "were", then up to three
# words before the people's noun.
_DEAD_WERE = re.compile(r"\b(?i:all|most|many|nearly\s++all|almost\s++all)\s++(?:(?i:of)\s++)?"
                        r"(?i:the|those)\s++(?i:dead|victims|killed|casualties)\s++(?i:were|are)\s++(?P<who>(?:[\w'’-]++\s*+){1,4})")


def dead_were_civilians(sentence: str) -> bool:
    """Whether a sentence says the dead of the act it follows were civilians ("All the dead were civilians",
    "most of the victims were women and children", "Most of the dead were Indian tourists"), and names no
    armed people among them."""
    for m in _DEAD_WERE.finditer(sentence):
        words = [w.strip(".,;:'’").lower() for w in m.group("who").split()]
        if any(w in _FORCES_NOUNS | _FIGHTER_NOUNS | _MORE_FORCES_NOUNS | _POLICE_NOUNS for w in words):
            return False
        if any(w in _CIVILIAN_NOUNS for w in words):
            return True
    return False


def victim_words(sentence: str) -> list[str]:
    """The words of each report of the dead or injured a sentence counts, as written ("killing two PKK
    fighters": ["two PKK fighters"]), for a caller that reads a named side from them (the coder: the
    act's other side when every report names the same armed group)."""
    found = reports(sentence)
    if not found:
        return []
    raw = _Words(sentence).raw
    return [" ".join(raw[r.start:r.end]) for r in found]


_ALSO = re.compile(r"\b(?:were|was|had been|have been)\s++also\s++(?:killed|shot dead|slain)\b"
                   r"|\balso\s++(?:died|lost their lives)\b")


# More dead of an act already told, counted apart: "killing five more", "killed another three", "Three more
# people were killed" (not "more than 40": a hedge on one figure).
_MORE_DEAD = re.compile(
    r"\b(?:killing|killed|kills|kill)\s++(?:another\s++[\w-]++|[\w-]++\s++more\b(?!\s++than\b))"
    r"|\b(?:another|[\w-]++\s++more)\s++(?:[a-z-]++\s++){0,2}?(?:were|was|had\s++been|have\s++been)\s++"
    r"(?:also\s++)?(?:killed|shot\s++dead|found\s++dead)\b"
    r"|\b[\w-]++\s++more\s++(?:[a-z-]++\s++){0,2}?died\b", re.I)
# "The strikes also hit a hospital, killing three patients": another target of the act, with its own dead
# (a capitalised word there is a named place, maybe one the gazetteer lacks: "also hit Ras Isa").
_ALSO_HIT = re.compile(r"\balso\s++(?:hit|struck|targeted|pounded|shelled|bombed)\b"
                       r"[^.;A-Z]{0,120}?,\s++killing\b")


def also_killed(sentence: str) -> bool:
    """Whether a sentence adds deaths to the event just told ("Two soldiers were also killed", "The
    strikes also hit a market, killing five more"): its figure is added to the event's, not read as the
    same deaths told again."""
    return _ALSO.search(sentence) is not None or more_dead(sentence)


def more_dead(sentence: str) -> bool:
    """Whether a sentence counts dead beyond those already told ("killing five more", "another three
    were killed")."""
    return _MORE_DEAD.search(sentence) is not None


def also_hit(sentence: str) -> bool:
    """Whether a sentence tells another target of the act just told, with its dead ("The strikes also hit a
    hospital on the edge of the town, killing three patients"): added to the act's dead when the sentence
    names no place of its own (a named place is a site with its own figure)."""
    return _ALSO_HIT.search(sentence) is not None


# "Three more people were killed", "Five more bodies were found": the count of more dead.
_MORE_COUNT = re.compile(
    r"\b(?P<n>\d{1,4}|[a-z]{3,12}(?:-[a-z]{3,6})?)\s++more\s++(?:(?:[a-z-]{1,20}\s++){0,2}?(?:were|was|had\s++been|"
    r"have\s++been)\s++(?:also\s++)?(?:killed|shot\s++dead|found\s++dead)|bodies\s++(?:were|had\s++been|"
    r"have\s++been)\s++(?:found|recovered|pulled|retrieved))\b", re.I)
# The toll of the act just told, updated ("bringing the toll to 43", "the death toll had risen to 15"):
# not a toll "since" a time or over a war (those name a period between "toll" and "to").
_TOLL_NOW = re.compile(
    r"\b(?:bringing|raising|pushing|taking)\s++the\s++(?:death\s++)?toll\s++to\s++(?:at\s++least\s++)?"
    r"(?P<n>\d{1,3}(?:,\d{3}){0,2}|[a-z]{3,12}(?:-[a-z]{3,6})?)\b"
    r"|\b(?:death\s++)?toll\s++(?:has\s++|had\s++)?(?:later\s++|since\s++|now\s++)?"
    r"(?:rose|risen|climbed|jumped|increased|reached)\s++to\s++(?:at\s++least\s++)?"
    r"(?P<m>\d{1,3}(?:,\d{3}){0,2}|[a-z]{3,12}(?:-[a-z]{3,6})?)\b", re.I)


def _count(token: str) -> int | None:
    token = token.lower()
    if token.replace(",", "").isdigit():
        return int(token.replace(",", ""))
    return NUMBER_WORDS.get(token) if token not in ("several", "many", "dozens", "scores", "hundreds",
                                                     "thousands") else None


def more_dead_count(sentence: str) -> int | None:
    """How many more dead a sentence counts ("Three more people were killed" 3, "Five more bodies were
    found" 5), or None."""
    found = _MORE_COUNT.search(sentence)
    return _count(found["n"]) if found is not None else None


# The same toll risen again later in the sentence, its subject left out ("The toll had risen to 49 by
# Monday evening ..., and has since risen to 53"): read only after a _TOLL_NOW match (bounded: linear).
_RISEN_AGAIN = re.compile(
    r"\b(?:has|had)\s++(?:since\s++|now\s++|later\s++)?(?:risen|climbed|jumped|increased)\s++to\s++"
    r"(?:at\s++least\s++)?(?P<m>\d{1,3}(?:,\d{3}){0,2}|[a-z]{3,12}(?:-[a-z]{3,6})?)\b", re.I)


def _last_update(sentence: str) -> tuple[str, str] | None:
    """("n", figure) for "bringing the toll to N", ("m", figure) for a toll that "rose to N", the last
    update of the sentence: of two the newest ("The toll had risen to 49 by Monday evening ..., and has
    since risen to 53": 53, as the corpus codes it)."""
    updates = list(_TOLL_NOW.finditer(sentence))
    if not updates:
        return None
    found = updates[-1]
    again = list(_RISEN_AGAIN.finditer(sentence, found.end()))
    if again:
        return "m", again[-1]["m"]
    return ("n", found["n"]) if found["n"] else ("m", found["m"])


def updated_toll(sentence: str) -> int | None:
    """The new toll of the act just told ("bringing the toll to 43", "the death toll had risen to 15"),
    the last of two, or None."""
    last = _last_update(sentence)
    return _count(last[1]) if last is not None else None


def risen_toll(sentence: str) -> int | None:
    """The toll a sentence last says "rose to" / "had risen to" (not "bringing the toll to", which adds
    the new dead to an earlier toll), or None: "A strike killed four people on Saturday, and the toll
    rose to five on Sunday" (5, the act's toll now)."""
    last = _last_update(sentence)
    return _count(last[1]) if last is not None and last[0] == "m" else None


def running_total(sentence: str) -> bool:
    """Whether a sentence gives a running total ("have killed thousands since 2014", "Since the start of
    the year, 200 civilians have been killed"): a tally over a period, not a report of one event."""
    if not _KEYWORD_SCAN.occurs_in(sentence.lower()):
        return False
    totals: list[int] = []
    _read(_Words(sentence), totals)
    return bool(totals)


def since_recent_day(sentence: str) -> bool:
    """Whether a sentence that reports deaths counts them "since" a recent day ("more than 300 people had
    been killed since Sunday", "put the overall toll since Sunday at 350"): the toll of several days, which
    is no longer one day's act once that day's own figure was told."""
    if not _KEYWORD_SCAN.occurs_in(sentence.lower()):
        return False
    w = _Words(sentence)
    since = any(tok == "since" and k + 1 < len(w.low) and w.low[k + 1].removesuffix("'s") in _RECENT
                for k, tok in enumerate(w.low))
    return since and any(r.killed for r in _read(w))


# Another account of a toll already told: a source that "put the toll at" a figure, or the attackers'
# own claim ("saying it had killed 70 soldiers", "claimed the group had killed 30 troops", "claimed to
# have killed 20 soldiers"). Bounded
# gaps only: linear in the sentence.
_OTHER_ACCOUNT = re.compile(
    r"\b(?:put|puts|putting|gave|gives|giving|placed|places)\s++(?:the|its|their|a)\s++(?:death\s++)?toll\b"
    r"|\b(?:claimed|claiming|claims|saying|says|said)\s++(?:that\s++)?(?:it|they|the\s++group|"
    r"(?:its|their)\s++(?:fighters|men))\s++(?:had\s++|has\s++|have\s++)?(?:killed|neutrali[sz]ed)\b"
    r"|\bthat\s++(?:it|they|the\s++group)\s++(?:had|has|have)\s++(?:killed|neutrali[sz]ed)\b"
    r"|\bclaim(?:ed|ing|s)\s++to\s++have\s++(?:killed|neutrali[sz]ed)\b",  # "and claimed to have killed 20"
    re.IGNORECASE)


# A report set against the one before ("But residents said 13 were killed", "Hospital officials, however,
# said eight bodies had been brought in"), unless it adds dead ("But two more soldiers died").
_CONTRAST = re.compile(r"\A\W*+but\b|\bhowever\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|say|told|reported|confirmed|counted)\b", re.IGNORECASE)
_ADDED = re.compile(r"\b(?:more|also|another|further|additional|later|since)\b", re.IGNORECASE)


def other_account(sentence: str) -> bool:
    """Whether the sentence gives another source's or the attackers' own figure for a toll already told
    ("Some residents put the toll at more than 50", "JNIM claimed the attack, saying it had killed 70
    soldiers", "But residents said 13 people were killed"): of two such figures ACLED keeps the lower."""
    if _OTHER_ACCOUNT.search(sentence) is not None:
        return True
    if _REPORTED.search(sentence) is None or _ADDED.search(sentence) is not None:
        return False
    if _CONTRAST.search(sentence) is not None:
        return True
    return _SOURCE_FIRST.match(sentence) is not None and _UPDATED.search(sentence) is None


# A sentence that opens on a source giving its figure ("Residents said six people were killed", "Two
# residents told AFP that 12 passengers had been killed", "Police confirmed at least 12 deaths"): another
# account of the toll told before, not an act of its own ("..., officials said"), a part of the dead ("only
# three of the dead") nor another side's ("three gang members were killed"). Anchored, bounded gaps: linear.
_SOURCE_FIRST = re.compile(
    r"\W{0,3}+(?:[\w'’.-]{1,25}+\s++){1,6}?(?:said|says|told\s++[\w.]{1,20}+|confirmed|counted|reported)"
    r"\s++(?:that\s++)?(?:at\s++least\s++|more\s++than\s++|some\s++|about\s++)?"
    r"(?:\d{1,5}+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w{4,7}teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)(?:-\w{1,10}+)?\s++(?:people|persons|bodies|deaths|dead|"
    r"victims|civilians|passengers|villagers|residents|worshippers|mourners|had|have|were|died|"
    r"killed)\b", re.IGNORECASE)
# A toll told again as an update, not another account ("the toll had risen to 14", "bringing the total to").
_UPDATED = re.compile(r"\b(?:rose|risen|rising|raised|raising|climbed|increased|updated|revised|now|bringing|"
                      r"brought|total|overall|reached|initial|initially|first|earlier)\b", re.IGNORECASE)


def killed_vague(sentence: str) -> bool:
    """Whether the sentence's dead are counted only by vague words ("dozens of soldiers", "scores")."""
    killed = [r for r in reports(sentence) if r.killed]
    return bool(killed) and all(r.vague for r in killed)


def casualties(sentence: str) -> tuple[int | None, int | None]:
    """(fatalities, injuries) reported in a sentence; None where it reports none."""
    found = reports(sentence)
    killed = _combine([r for r in found if r.killed])
    injured = _combine([r for r in found if not r.killed])
    if killed:
        # The act's dead and its later toll in one sentence ("killing five people on Sunday, and the toll
        # rose to nine on Monday"): the risen toll, a plausible update of this act's own figure only (the
        # bound _toll_update uses; a war's toll is far above it, and "since ..." never matches).
        rose = risen_toll(sentence)
        if rose is not None and killed < rose <= 3 * killed + 20:
            killed = rose
    if killed is not None and injured is not None:
        return killed, injured
    low = sentence.lower()
    if not any(opener in low for opener in _NONE_OPENERS):
        return killed, injured
    if killed is None and _NONE_KILLED_SCAN.search(low):
        killed = 0
    if injured is None and _NONE_INJURED_SCAN.search(low):
        injured = 0
    return killed, injured
