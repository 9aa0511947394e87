"""Sentence case for headline lines in Title Case or capitals (a step of the ``normalize`` component).

Many outlets print headlines in Title Case ("Israeli Forces Detain 15 In Overnight Raids On Jenin",
"Bandits Kill 5 In Tsafe, Deadliest Attack Since August"), some in capitals ("RUSSIAN STRIKES KILL 5 IN
KHARKIV"). There a capital no longer tells a name from a word, and the rules that read "in", "and" or
"kills" see none of them: the event corpus's train headlines read site F1 0.959 as written, 0.908 in Title
Case and 0.783 in capitals. ``sentence_case`` gives the text with such lines in sentence case, the same
length and offsets; the later components read it (``Doc.text``).

A line is in capitals, or in Title Case, when it is one line of at most 300 characters whose words of four
letters or more, function words aside, are three or more and all in capitals, or all capitalised (a
sentence-case headline full of names, "Arakan Army seizes Taungup, Rakhine", has its verb in lowercase).
A line in capitals is first put in Title Case (``title_capitals``: an acronym of the actor table or of
``_ACRONYMS`` keeps its capitals). In a Title Case line a word shaped ``Word`` is lowered when it is

- a function word (``FUNCTION``) or a compass word ("From The North" is no region); or
- an ordinary English word: a lemma of the English word lists (``mapper/data/case_words.txt.gz``), of
  ``_MODERN`` (modern, British and irregular forms), or an inflection of one ("Kills", "Shelled",
  "Neutralised"), unless the gazetteer has it as the name of a country or sea ("Chad", "Turkey"); of a
  province, unless it is a headline verb or follows a name ("Unity" stays, "Walikale Centre" does not); of
  a city of 20,000 people, unless it is a headline verb or heads a noun phrase of ordinary words ("Tyre"
  stays, "Glide Bombs Hit Kupiansk" and "Police Station" do not); of small places only, when it is not the
  object of "in", "near" or "at" at a phrase's end ("Fighting In Sake As ..." keeps Sake; "Raids On Tubas"
  loses it, as the recogniser already dropped such a word in Title Case).

A word keeps its capital when it opens the line or a part of it (after a colon, bar, semicolon or dash), is
a month or weekday ("Killed In March"; the verb "march" before a preposition is lowered), touches a dot, or
belongs to a gazetteer name of two to four words or an armed group's name ("Red Sea", "West Bank's",
"Bosnia And Herzegovina", "Arakan Army"). Every other line is left as it is. Linear: one pass over the
words of each line, with a bounded number of look-ups per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mapper.events.actors import GROUP_WORDS, NAMED_GROUPS
from mapper.gazetteer import NAME, Gazetteer
from mapper.gazetteer.names import normalize
from mapper.geoparse.recognize import CALENDAR, COMPASS, EVENT_VERBS_BEFORE, case_words, one_line, title_words

# Closed-class words, lowered in any Title Case line whatever the gazetteer says ("Since", "Of", "As").
FUNCTION = frozenset("""a an the and or but nor of in on at to for from by with into onto over under near
after before as amid since during across around outside inside against between among along toward towards via
per than through throughout upon within without off out up down is are was were be been being has have had
will would can could might shall should must not no says say said claims claim it its they them their he him
his she her we our who whom whose which that this these those there here what when where while if""".split())
# Words the English lists (dictionaries of about 1913) lack that news uses: modern and British spellings,
# irregular forms. The lemma endings apply to them too ("Airstrikes", "Ceasefires").
_MODERN = frozenset("""airstrike ceasefire checkpoint checkpost gunfight gunfire shootout firefight crossfire
jihadist islamist paramilitary paramilitaries peacekeeper landmine roadside sniper teargas cyberattack hideout
warplane warship airbase airfield airport substation crackdown lockdown takeover handover spillover standoff
pullout bombing shelling killing kidnapping kidnapper abduction demining deminer motorbike motorcycle pickup
ambulance refinery infrastructure internet online deadline coordinate mobilisation mobilization cooperation
neighbourhood harbour rumour armoured labourer traveller honour favour defence offence programme tonne
kilometre km teenager youth worshipper protester protestor rioter looter bandit separatist secessionist
insurgent extremist terrorist counterterrorism counteroffensive escalate escalation evacuee displaced refugee
men women gunmen gunman policemen policeman militiamen militiaman tribesmen tribesman fishermen fisherman
servicemen serviceman guardsmen herdsmen herdsman clansmen spokesman spokeswoman people children
held took taken retook retaken overran overrun shot blew blown fled fought struck slain freed stole stolen
burnt left lost won sank sunk thrown drove driven fell fallen rose risen met told sought caught laid led
began begun broke broken came went gave given ran saw seen found made built withdrew withdrawn swept
hurt""".split())
_LINE = re.compile(r"[^\n]+")
# A word: letters, with apostrophes and hyphens inside it ("Al-Shabaab", "Children's") as one token.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
# What opens a headline's next part, whose first word sentence case capitalises too: "Colombia: Dissidents
# Launch ...", "Bamako Calm | Boulkessi: ...", "Mali - Jihadists ...".
_OPENERS = frozenset(":|;—–")
# The lemma endings tried on a word the lists lack ("Kills", "Raids", "Shelled", "Storming", "Bodies").
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
            ("ing", ""), ("ing", "e"), ("ings", ""), ("ings", "e"), ("iest", "y"), ("est", ""))
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("our", "or"), ("tre", "ter"))
_PART = re.compile(r"[^\W\d_]+")
# The kinds whose name a word always keeps in Title Case: a country, a sea, a continent.
_COUNTRY_KINDS = frozenset({"country", "water", "continent"})
_MARCH_TO = frozenset("in on through to against toward towards from along".split())
_DATE_BEFORE = frozenset("in on by since early late from until mid of for last next this".split())
# Acronyms a line in capitals keeps beside the actor table's: states, bodies and agencies.
_ACRONYMS = frozenset("""US USA UK UAE DRC CAR UN EU AU ICC ICJ ICRC MSF WHO UNHCR OCHA WFP IOM UNICEF HRW AP
AFP BBC CNN DPA ANI PTI TV OK AI""".split())
_NONE, _SMALL, _CITY, _PROVINCE, _COUNTRY = range(5)
_CITY_PEOPLE = 20_000  # as gazetteers/build_title_words.py's strong places
_LOCATIVE = frozenset("in near at outside around inside".split())
_POSSESSIVE = re.compile(r"['’]s?\Z")
_WINDOW = 4  # the longest gazetteer name, in words, that protects its words


def _ordinary(low: str) -> bool:
    """Whether the lowercase word ``low`` is an English word of the lists, or an inflection of one, in
    British or American spelling ("Neutralised", "Armoured")."""
    words = case_words()
    for form in _forms(low):
        if form in words or form in _MODERN or _american(form) in words:
            return True
    return False


def _forms(low: str) -> Iterator[str]:
    """``low`` and the lemmas it may be an inflection of."""
    yield low
    for end, repl in _ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[:-len(end)] + repl
            yield stem
            if end in ("ed", "ing", "ings") and stem[-1] == stem[-2]:
                yield stem[:-1]  # "Shelled", "Stopping": a doubled consonant


def _american(word: str) -> str:
    """The American spelling of a British one's ending ("neutralise", "armour", "centre")."""
    for gb, us in _SPELLINGS:
        if word.endswith(gb):
            return word[:-len(gb)] + us
    return word


def sentence_case(text: str, gaz: Gazetteer) -> str | None:
    """``text`` with each Title Case or capitals line in sentence case (same length), or None when no line
    is one."""
    titled = title_capitals(text)
    if titled is not None:
        return _sentence_case(titled, gaz) or titled
    return _sentence_case(text, gaz)


def title_capitals(text: str) -> str | None:
    """``text`` with each line in capitals ("RUSSIAN STRIKES KILL 5 IN KHARKIV") in Title Case, the same
    length: an acronym of the actor table ("RSF", "JNIM") or of _ACRONYMS ("US", "DRC", "AFP") keeps its
    capitals ("M23" has a digit: no word). None when no line is in capitals."""
    chars: list[str] | None = None
    for line in _LINE.finditer(text):
        if not one_line(line.group()):
            continue
        words = list(_WORD.finditer(text, line.start(), line.end()))
        long = [w.group() for w in words if len(w.group()) >= 4 and w.group().lower() not in FUNCTION]
        if len(long) < 3 or not all(w.isupper() for w in long):
            continue
        for w in words:
            word = w.group()
            if not word.isupper() or word in NAMED_GROUPS or word in _ACRONYMS:  # ("SPLA-IO", "RSF")
                continue
            if chars is None:
                chars = list(text)
            for i in range(w.start() + 1, w.end()):  # ("EZ-ZOR": each part keeps its capital)
                low = text[i].lower()
                if len(low) == 1 and text[i - 1] != "-":
                    chars[i] = low
    return None if chars is None else "".join(chars)


def _sentence_case(text: str, gaz: Gazetteer) -> str | None:
    chars: list[str] | None = None
    for line in _LINE.finditer(text):
        if not one_line(line.group()):
            continue
        words = list(_WORD.finditer(text, line.start(), line.end()))
        if not _title_line(words):
            continue
        protected = _in_names(words, gaz)
        for k, w in enumerate(words):
            if k == 0 or k in protected or _opens_part(text[words[k - 1].end():w.start()]):
                continue
            s, e = w.span()
            if text[s - 1:s] == "." or text[e:e + 1] == ".":
                continue
            # The parts of a compound ("Counter-Offensive", "Houthi-Held"), each judged alone; a compound
            # that is itself a name ("Port-Au-Prince") was protected above.
            for part in _PART.finditer(text, s, e):
                word = part.group()
                if _TITLE_WORD.fullmatch(word) and _lowered(word.lower(), gaz, text, words, k,
                                                            (chars or text)[words[k - 1].start()].isupper()):
                    if chars is None:
                        chars = list(text)
                    chars[part.start()] = word[0].lower()
    return None if chars is None else "".join(chars)


def _lowered(low: str, gaz: Gazetteer, text: str, words: list[re.Match[str]], k: int,
             after_name: bool) -> bool:
    """Whether the capitalised word ``low`` (words[k] or a part of it) is lowered; ``after_name``: the word
    before it kept its capital."""
    if low in FUNCTION or low in COMPASS:
        return True
    if low == "march":  # the verb before a preposition ("Lawyers March In Bamenda"), not "Killed In March In"
        before = words[k - 1].group().lower()
        return k + 1 < len(words) and words[k + 1].group().lower() in _MARCH_TO \
            and before not in _DATE_BEFORE and not text[words[k - 1].end():words[k].start()].strip()
    if low in CALENDAR or not _ordinary(low):
        return False
    strength = _strength(low, gaz)
    if strength == _COUNTRY:
        return False  # "Chad", "Turkey", "Georgia" (not "Sides", an alternate name of Haiti's Sud-Est)
    after = words[k + 1] if k + 1 < len(words) else None
    if strength == _PROVINCE and after_name and text[words[k - 1].end():words[k].start()] == " ":
        return True  # "Walikale Centre": a word after a name, not Burkina Faso's Centre region
    if strength == _PROVINCE:
        return low in EVENT_VERBS_BEFORE  # "Clashes In Jonglei And Unity Leave 20 Dead", "Plateau Village"
    if strength == _CITY:
        # A city's own name ("Tyre", "Hit", "Police") is the city unless it is a headline verb ("Glide Bombs
        # Hit Kupiansk") or heads a noun phrase of ordinary words ("Police Station", "Set Door On Fire").
        return low in EVENT_VERBS_BEFORE or after is not None and text[words[k].end():after.start()] == " " \
            and _TITLE_WORD.fullmatch(after.group()) is not None and after.group().lower() not in FUNCTION \
            and _ordinary(after.group().lower()) and _strength(after.group().lower(), gaz) < _CITY
    # A word that only small places (or a city's other names) have ("Sake", "Base", "Market") is the place
    # as the object of a locative preposition with nothing after it but punctuation or a function word
    # ("Fighting In Sake As M23 Pushes"); else a word ("Attack On Base").
    before = words[k - 1].group().lower() if k else ""
    return not (strength == _SMALL and before in _LOCATIVE
                and (after is None or after.group().lower() in FUNCTION
                     or not text[words[k].end():after.start()].isspace()))


def _strength(low: str, gaz: Gazetteer) -> int:
    """What the gazetteer has by the name ``low``: nothing, only small places or other names (_SMALL), a
    city's own name (_CITY: 20,000 people), a province's or region's (_PROVINCE), or a country's, sea's or
    continent's (_COUNTRY)."""
    options = gaz.options(low)
    if not options:
        return _NONE
    if low in title_words():
        return _SMALL
    best = _SMALL
    for o in options:
        row = gaz.row(o.row)
        if o.how == NAME and row.kind in _COUNTRY_KINDS:
            return _COUNTRY
        if o.how == NAME and row.kind in ("admin1", "region"):
            best = _PROVINCE
        elif o.how == NAME and row.kind == "city" and row.population >= _CITY_PEOPLE:
            best = max(best, _CITY)
    return best


def _opens_part(gap: str) -> bool:
    """Whether the characters between two words open a headline's next part."""
    return any(c in _OPENERS for c in gap) or gap.strip() == "-"


def _title_line(words: list[re.Match[str]]) -> bool:
    """Whether a line's words are Title Case: three or more words of four letters that are no function
    word, all capitalised ("Arakan Army seizes Taungup, Rakhine" is a sentence with many names)."""
    long = [w.group() for w in words if len(w.group()) >= 4 and w.group().lower() not in FUNCTION]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _in_names(words: list[re.Match[str]], gaz: Gazetteer) -> set[int]:
    """The indexes of the words that belong to a gazetteer name of two to four words (with only spaces
    between them): "Red Sea", "Bosnia And Herzegovina"."""
    out: set[int] = set()
    for k in range(len(words)):
        if "-" in words[k].group() and gaz.options(normalize(words[k].group())):
            out.add(k)  # "Port-Au-Prince"
        for n in range(2, _WINDOW + 1):
            j = k + n - 1
            if j >= len(words) or any(words[i].end() + 1 != words[i + 1].start() for i in range(k, j)):
                break
            # (The last word may be possessive: "West Bank's Jenin camp".)
            name = " ".join(w.group() for w in words[k:j + 1])
            if gaz.options(normalize(name)) or gaz.options(normalize(_POSSESSIVE.sub("", name))) \
                    or " ".join(name.lower().split()) in GROUP_WORDS:  # "Arakan Army", "Islamic State"
                out.update(range(k, j + 1))
    return out
