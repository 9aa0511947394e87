"""Stage 2: find place mentions in text.

1. A regular expression finds runs of capitalised words ("Deir ez-Zor", "U.S.", "al-Raqqa").
2. Inside each run, the longest sub-span whose normalised form is a gazetteer name becomes a
   candidate (then its spelling variant, "Janzour" for Janzūr; hyphenated compounds such as "US-led"
   fall back to their parts; a transliteration skeleton is the last resort for Arabic-style names).
   A lowercase facility noun after a run joins it when the gazetteer has that facility ("Zamzam
   camp"), unless a town of the name is beside it ("Goma airport" is Goma).
3. A small logistic model scores each candidate from its shape, its context words and what the
   gazetteer knows about the name (``features``); candidates below the threshold are dropped, so
   "Mr. Jordan", "Most" and "Washington Post" do not become places.

Weights live in mapper/data/model.json, trained by training/train.py on the development corpora.
"""

from __future__ import annotations

import bisect
import gzip
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from mapper.config import Config
from mapper.events.actors import GROUP_ACRONYMS, GROUP_WORDS
from mapper.events.datelines import after_lead_in, dateline_rest
from mapper.events.dates import MONTHS, WEEKDAYS
from mapper.events.triggers import find_triggers, reports_conflict
from mapper.gazetteer import ALTERNATE, DEMONYM, NAME, Gazetteer, How, Option, Row
from mapper.gazetteer.names import (
    ARTICLES,
    VARIANT_PREFIX,
    caps_only_name,
    normalize,
    skeleton,
    variant,
    variant_word,
    without_article,
)
from mapper.gazetteer.store import USER_FCODE
from mapper.geo import distance_km
from mapper.geoparse import capitals
from mapper.model import KINDS

_SALIENT = frozenset({"country", "continent"})

_UP = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha())
_L = r"[^\W\d_]"
# One capitalised token: "Deir", "ez-Zor" (as part of a run), "U.S.", "Sana'a", "al-Raqqa".
# (The quantifiers of the runs' patterns are possessive: what follows each can match nothing, or cannot
# open with what it repeats, so giving characters back never finds another run, and the engine keeps no
# state to give them back: about a quarter of _CAPITAL_RUN's instructions; tests/test_speed_geoparse.py.)
_TOKEN = (rf"(?:(?:al|el|ad|ar|as|az|an|ash|at|ez|es|ed|er|ul|ud|ur|uz)[-‐]|[dl]['’])?+"
          rf"[{_UP}]{_L}*+(?:['’\-‐.]{_L}++)*+\.?+")
# Lowercase words allowed inside a place name ("Isle of Man", "Rio de Janeiro", "Deir ez-Zor").
_JOIN = (r"(?:of|the|de|del|la|le|les|du|da|das|do|dos|di|el|al|ez|es|ad|ar|as|az|an|on|upon|and|y|en|sur|"
         r"am|im|bin|ibn|au|aux|van|von|den|der)")


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` nested by their letters ("d(?:e(?:l|n|r)?|u)"): the engine reads a word's
    letters once, where the flat alternation tried each of its forty words at the word after every run.
    The same matches wherever a space must follow (one word at most is a whole word there)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alternatives = []
    for first, rests in sorted(by_first.items()):
        longer = [r for r in rests if r]
        if not longer:
            alternatives.append(first)
        else:
            alternatives.append(f"{first}(?:{_trie(longer)})" + ("?" if "" in rests else ""))
    return "|".join(alternatives)


_JOIN_TRIE = f"(?:{_trie(_JOIN[3:-1].split('|'))})"
# The lookahead is the first character a token can have (a capital, or an article prefix's): it
# rejects the lowercase words cheaply, before the prefix alternatives are tried at each of them.
_MORE_TOKENS = rf"(?:[ \t]++(?:{_JOIN_TRIE}[ \t]++)*+{_TOKEN}|[ \t]*+[-‐][ \t]*+{_TOKEN})*+"
RUN = re.compile(rf"\b(?=[{_UP}aeudl]){_TOKEN}{_MORE_TOKENS}")
# RUN tried at each character of the text was the largest scan of geoparsing: a pattern that opens with
# a lookahead or a \b makes the engine enter it at every position. Runs are found as two kinds instead
# (runs()): those that open on a capital by _CAPITAL_RUN, which opens with the class of capitals, so that
# the engine skips straight to them ("(?<!\w.)" after it is RUN's \b: no word character before it);
# and those that open on an article prefix glued to a capital ("al-Raqqa", "d'Ivoire"), which have a
# hyphen or an apostrophe before a capital one to three characters after their start (_HINGE): RUN is
# tried only there.
_CAPITAL_RUN = re.compile(rf"[{_UP}](?<!\w.){_L}*+(?:['’\-‐.]{_L}++)*+\.?+{_MORE_TOKENS}")
# The same pattern for a text all in ASCII (most English news): there its capitals are A-Z and its letters
# A-Za-z, which the engine tests from a small table, where the full classes ask the Unicode database of
# every character (the scan for a capital) and of every letter of a run.
_CAPITAL_RUN_ASCII = re.compile(_CAPITAL_RUN.pattern.replace(f"[{_UP}]", "[A-Z]").replace(_L, "[A-Za-z]"))
_HINGE = re.compile(rf"[-‐'’](?=[{_UP}])")
_PREFIX_FIRST = frozenset("aeudl")  # the first letters of _TOKEN's prefixes
_WORD = re.compile(rf"{_L}+(?:['’\-‐.]{_L}+)*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")

# Words before a name that mark a person ("Mr. Jordan", "Gen. Lee").
PERSON_TITLES = frozenset(
    "mr mrs ms miss dr gen sen rep gov president judge officer sgt capt lt col maj cpl pvt coach "
    "pastor rev prof sir lady lord king queen prince princess minister secretary chief deputy "
    "sheriff detective trooper councilman councilwoman mayor commissioner attorney brother sister "
    "father mother uncle aunt son daughter wife husband said says told".split())


# Directly before a name these always mark a person ("Mr. Jordan"): such candidates are dropped.
HONORIFICS = frozenset("mr mrs ms dr sen rep gov gen sgt capt lt col maj cpl pvt rev prof sir".split())

# Head words of institutions: a place name right before one ("the Kenya Red Cross Society" aside,
# "Buffalo Public Schools", "the New York Times") or after one and "of" ("University of California",
# "Voice of America") usually names the institution, not the place.
ORG_HEADS = frozenset(
    "times post daily herald tribune journal news gazette telegraph chronicle press review courier "
    "observer star sun globe examiner mail radio television tv broadcasting magazine department "
    "ministry agency institute institution university college school schools academy corporation corp "
    "company inc ltd bank service services board commission committee council association society "
    "foundation union organization organisation federation league party zoo hospital clinic "
    "centre center health public fire police".split())
# Names that are also calendar words ("in August", "late March"): rarely the place of that name.
CALENDAR = frozenset(MONTHS + WEEKDAYS)
# A month in use as one: after a word of time ("in August", "since May", "early March", "last June") or
# before a day or a year ("August 12", "March 2024"). Read over a bounded window: linear.
_MONTH_BEFORE = frozenset("in since until till by from during early late mid last next this of "
                          "before after through throughout".split())
_MONTH_AFTER = re.compile(r"[ \t]\d{1,4}\b")


def month_in_use(key: str, text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a month written as one (see _MONTH_BEFORE)."""
    if key not in MONTHS:
        return False
    words = text[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower().strip("(-") in _MONTH_BEFORE \
        or _MONTH_AFTER.match(text, end) is not None


_INITIAL = re.compile(r"[A-Z]\.$")

# Conflict reporting's words right beside a place name: an action verb before it ("recaptures Leer",
# "Drone Strike Hits Odesa"), an event noun or a participle after it ("Kadugli bombardment kills 7",
# "Sderot shelled"), or a conflict facility after it ("Goma airport", "Zamzam camp"). The development
# corpora (local and health news) are too thin in such words for the model to weigh them, so a name
# beside one gets Config.event_context_boost added to its score (both passes).
_PART_GAP = re.compile(r"(?: (?:state|province|region|county|city))?['’]s ")
# The words of a name after a place's possessive, before a candidate glued to them: "Sagaing's Lin " of
# "Sagaing's Lin Ta Lu village" (read at the end of the text before the candidate).
_POSSESSED_HEAD = re.compile(r"(?: (?:state|province|region|county|city))?['’]s "
                             r"(?:[A-Z][\w'’-]{0,30} ){1,3}$")
_POSSESSED_HEAD_CHARS = 110  # its longest match
_LIST_GAP = re.compile(r",? (?:and |or )?|, (?:then |and then )?")  # "seized Rubaya, then Sake"
_COORDINATION = re.compile(r", (?:and |or )?| (?:and|or) ")  # a list's separator (not a bare space)
_OPENING = re.compile(r"[ \"'“‘]*")  # what may come before a text's first name (counted by _opening_run)
_OPENING_CHARS = frozenset(" \"'“‘")  # _OPENING's characters
_OPENING_TEXT = "".join(sorted(_OPENING_CHARS))  # (the same, for str.lstrip)
# A headline's topic after its country: "Yemen's Marib: Houthi drone hits oil facility".
_COUNTRY_OPENING = re.compile(r"[ \"'“‘]*[A-Z][\w-]{1,30}(?: [A-Z][\w-]{1,30})?['’]s ")
_TOPIC = re.compile(r"\s*(?::|\s[-–—|])\s")
# ... and with its province or country after a comma: "Ariha, Idlib: civilian killed by shelling".
_QUALIFIED_TOPIC = re.compile(r",\s[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2}(?::|\s[-–—|])\s")
EVENT_VERBS_BEFORE = frozenset(
    "shell shells shelled hit hits struck strike strikes pound pounds pounded rock rocks rocked bomb bombs "
    "bombed bombard bombards bombarded attack attacks attacked target targets targeted capture captures "
    "captured seize seizes seized "
    "take takes took taken retake retakes retook retaken recapture recaptures recaptured enter enters "
    "entered re-enter re-enters re-entered storm storms stormed raid raids raided overrun overruns overran "
    "besiege besieges besieged liberate liberates liberated encircle encircles encircled ambush ambushed "
    "torch torches torched loot loots looted repel repels repelled clear clears cleared surround surrounds "
    "surrounded evacuate evacuates evacuated shelling bombing bombardment siege outskirts "
    "countryside outside "
    # "Insurgents occupy Macomia town" (the headline's present only: "the occupied West Bank" names no act)
    "occupy occupies "
    # the same verbs as gerunds: "after seizing Mirebalais", "before storming Kidal"
    "hitting striking pounding rocking bombarding attacking targeting capturing seizing taking retaking "
    "recapturing "
    "entering storming raiding overrunning besieging liberating encircling ambushing torching looting "
    "repelling clearing surrounding".split())
# An event or settlement noun and a preposition before a name: "villages around Baalbek", "the assault
# on Marib", "the battle for Sake", "the centre of Dobropillia".
EVENT_NOUNS_OF = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "outskirts countryside suburbs control siege bombing shelling bombardment capture recapture fall town "
    "port ports towns village villages city battle centre center areas positions strike strikes airstrike "
    "airstrikes attack attacks assault raid raids offensive advance push fighting clashes massacre "
    "withdrawal retreat striking firing attacking advancing".split())
_EVENT_PREPOSITIONS = frozenset("of on around near in at against toward towards into outside for".split())
# A town a side's forces defend or guard, right before its name: "attacked Ukrainian positions defending
# Kupiansk", "soldiers guarding Damboa repelled a raid" (places63). Kept out of EVENT_VERBS_BEFORE, which
# truecase reads as a headline's verb ("Defending Champion ..."): only event_context reads them.
_DEFENDED_TOWN_VERBS = frozenset("defending defended guarding guarded".split())
EVENT_WORDS_AFTER = frozenset(
    "bombardment bombarded shelling shelled bombing bombed strike strikes airstrike airstrikes blast blasts "
    "explosion "
    "explosions attack attacks attacked clashes fighting raid raided siege massacre offensive battle "
    "ambush ambushes ambushed assault bombings shooting shootings killings "
    "protest protests riots rally hit struck pounded captured seized falls fell recaptured overrun death "
    "retaken taken liberated besieged stormed raided encircled "
    "toll airport airbase airfield port prison refinery camp crossing dam terminal countryside curfew "
    "front frontline axis sector talks summit plant base checkpoint corridor steelworks ceasefire "
    "truce outpost outposts garrison barracks cantonment "
    # (sites53: the plant or store a strike hits, named by its town, the noun the first or second word
    # after it: "Belgorod bus depot", "the Ataq fuel depot", "the Isfahan uranium conversion facility"; the
    # guide codes the town, the noun outside the mention. Not "site(s)" nor "complex": "Natanz enrichment
    # site" is coded at the town in one gold item and at the plant 29 km off in another, and "the Penha
    # favela complex in Rio de Janeiro" then read Rio as a second site)
    "depot depots facility facilities "
    # (a bomb, a gunfight, an arson or unrest named after its place: "Cali truck bomb kills 6", "Kupwara
    # encounter", "Jiribam arson: 12 houses torched", "Manipur violence")
    "bomb arson gunfight gunfights firefight encounter violence unrest".split())
# (names56) A plant named by its town, the noun written in lowercase as the first or second word after it:
# "the Amran cement factory", "the Ataq oilfield", "the Sarsang oil field" (the fuel word before "field(s)":
# not "field" alone, "a Carpenter field goal"). Not capitalised: "the Cotton Factory parking lot", "Toy
# Factory Lofts" name a building, not a town's plant.
_PLANT_NOUNS_AFTER = frozenset("factory factories oilfield oilfields gasfield gasfields".split())
_FIELD_FUEL_WORDS = frozenset({"oil", "gas"})
# A security post after its force's noun: "Djibo army post overrun", "a Bannu police post". Not "post"
# alone: "Kyiv Post", "Jerusalem Post" are newspapers.
_POST_HOLDERS = frozenset("army military police border security gendarmerie".split())
# "Pokrovsk under fire", "Kupiansk under heavy Russian assault", "Timbuktu under JNIM fire": up to two
# words (adjectives, a demonym, a group) before the attack noun. Bounded: linear.
_UNDER_ATTACK = re.compile(r"(?i)\s{1,3}under\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
                           r"(?:fire|attack|assault|siege|shelling|bombardment)\b(?!\s{1,3}(?:over|for)\b)")
# A name as the subject of a passive attack verb, after an apposition or not: "Kadugli was also hit by
# artillery fire", "Kadugli, the state capital, was shelled", "Avdiivka came under attack". Bounded: linear.
_ATTACKED_AFTER = re.compile(r"(?:,\s{1,2}(?:the|a|an)\s[\w' -]{1,50}?,)?\s{1,3}(?:was|were|has\s{1,3}been|"
                            r"had\s{1,3}been|is\s{1,3}being|came\s{1,3}under)\s{1,3}(?:also\s{1,3}|again\s{1,3}|"
                            r"\w{1,20}ly\s{1,3}|(?:heavy|intense|renewed|artillery|drone|rocket)\s{1,3})?(?:hit|shelled|struck|bombed|attacked|targeted|pounded|raided|"
                            r"stormed|overrun|besieged|rocked|fire|attack|shelling)\b")
# Lowercase nouns of places after a name: "Zeitoun neighbourhood", "Ramree township", "Billawar tehsil".
PLACE_NOUNS_AFTER = frozenset(
    "neighbourhood neighborhood district area township tehsil oblast raion hromada governorate province "
    "region county locality subdistrict sub-district commune municipality prefecture suburb quarter "
    "island islands village town city hills mountains mountain valley forest beach desert "
    # administrative areas of conflict reporting: "Bosso department", "Djugu territory", "Tsafe LGA" (not
    # "state": "Iranian state media")
    "department departments territory lga "
    # plurals after a list: "Muidumbe and Macomia districts", "Kherson and Zaporizhzhia regions"
    "districts areas townships provinces regions counties communes municipalities prefectures villages "
    "towns cities neighbourhoods neighborhoods territories "
    # its people: "Minova residents fled towards Goma", "Afgooye residents said"
    "residents villagers inhabitants".split())
# A name in apposition with a settlement or an area: "Afgooye, a farming town on the road to ...",
# "Minova, a lakeside town", "Kolofata, the main town of ...". Bounded (three words between): linear.
_SETTLEMENT_APPOSITION = re.compile(
    r",[ \t]{1,2}(?:a|an|the)[ \t](?:[\w'’-]{1,25}[ \t]){0,3}?(?:town|village|city|port|district|county|"
    r"province|region|suburb|neighbou?rhood|municipality|locality|township|commune|hamlet|settlement|enclave|"
    r"island|capital|stronghold|seaport|crossroads)\b")
# Nouns of armed forces and their attacks after a demonym ("Russian forces", "Israeli strikes"): the
# country acts there, as an actor.
ARMED_NOUNS = frozenset(
    "forces troops army military soldiers navy warplanes jets aircraft drones drone missile missiles "
    "rocket rockets strike strikes airstrike airstrikes artillery shelling bombardment tanks paratroopers "
    "militia militias fighters rebels gunmen assault offensive attack attacks raid raids guards "
    "border".split())


# The multi-word armed groups' names by their first word ("boko" -> "boko haram"): a town of that first
# word is no place when the rest of the name follows ("in Boko Haram attack": not Boko in DR Congo).
_GROUPS_BY_HEAD: dict[str, tuple[str, ...]] = {}
# ... and the hyphenated ones by the word before the hyphen, which names no place of any kind ("linked to
# Al-Qaeda": not "Al", Alabama's abbreviation); but "US-led coalition" names the US (an affiliation).
_GROUPS_BY_HYPHENED_HEAD: dict[str, tuple[str, ...]] = {}
_AFFILIATION_PARTICIPLES = frozenset({"led", "backed", "allied", "linked", "aligned"})
for _alias in sorted(GROUP_WORDS):
    if " " in _alias:
        _GROUPS_BY_HEAD[_alias.split(" ", 1)[0]] = (*_GROUPS_BY_HEAD.get(_alias.split(" ", 1)[0], ()), _alias)
    _head, _, _rest = _alias.partition("-")
    if _rest and " " not in _head and _rest.split(" ", 1)[0] not in _AFFILIATION_PARTICIPLES:
        _GROUPS_BY_HYPHENED_HEAD[_head] = (*_GROUPS_BY_HYPHENED_HEAD.get(_head, ()), _alias)
# Kinds of place whose name a group takes as its affiliation ("Arakan Army", "Balochistan Liberation
# Army"): those stay mentions (actors), as the annotation guide has them.
_AFFILIATION_KINDS = frozenset({"country", "admin1", "region", "continent"})
# Every key group_head can accept: the candidates loop asks it only of these (most names open no group's
# name, and group_head reads all their options' rows to say so).
_GROUP_HEAD_KEYS = frozenset(_GROUPS_BY_HEAD) | frozenset(_GROUPS_BY_HYPHENED_HEAD)


def group_head(c: Candidate, low: str, gaz: Gazetteer) -> bool:
    """Whether ``c``, a one-word name of towns only (any name before a hyphen), opens a multi-word armed
    group's name written out in ``low`` (the text lowercased, same offsets): "Boko" of "Boko Haram", "Al" of
    "Al-Qaeda". Bounded: a few aliases per word."""
    if " " in c.key:
        return False
    aliases = _GROUPS_BY_HYPHENED_HEAD.get(c.key, ())
    if not any(gaz.row(o.row).kind in _AFFILIATION_KINDS for o in c.options):
        aliases += _GROUPS_BY_HEAD.get(c.key, ())
    return any(low.startswith(a, c.start) and not low[c.start + len(a):c.start + len(a) + 1].isalnum()
               for a in aliases)


@dataclass(slots=True)
class Candidate:
    """A gazetteer match in the text, before the recognition model decides on it."""

    start: int
    end: int
    text: str
    key: str
    options: tuple[Option, ...]  # the places the name may refer to (Gazetteer.options)
    skeleton_match: bool = False
    variant_match: bool = False  # found by its spelling variant (names.variant), not its exact name
    facility_match: bool = False  # a name and the facility noun after it ("Zamzam camp"): the facility
    facility_after: bool = False  # a name before a facility noun outside it ("Goma airport": Goma)
    small_variant: bool = False  # a small town's spelling variant: a place only in event context (names60)
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


def _strip_possessive(tok: str) -> str:
    return _POSSESSIVE.sub("", tok) if ("'" in tok[-2:] or "’" in tok[-2:]) else tok


# How a candidate's span matched the gazetteer; FACILITY: a name with the lowercase facility noun after
# it ("Zamzam camp", "Tishrin dam"), found as the facility of that name.
EXACT, VARIANT, SKELETON, FACILITY = 0, 1, 2, 3
FACILITY_AFTER = 4  # a name with a facility noun after it that stays outside ("Goma airport": Goma)
# (names60) One word that is only the spelling variant of a town under VARIANT_MIN_POP ("Graivoron" for
# Grayvoron, "Hulyaipole" for Hulyaypole): a candidate that the recognizer keeps only in event context.
SMALL_VARIANT = 5
SMALL_VARIANT_MIN_CHARS = 6  # and a word this long: short words meet too many ordinary ones
FACILITY_TOWN_KM = 25.0  # a facility this close to a town of its name is that town's ("Goma airport")
# Facility nouns written in lowercase after a name, each with the forms the gazetteer may name the
# same facility by ("Torkham crossing" is "Torkham border crossing").
_FACILITY_GROUPS = (
    ("camp", "refugee camp", "idp camp", "displacement camp", "displaced camp", "displaced persons camp",
     "refugees camp", "camp for displaced people", "military camp", "army camp", "training camp"),
    ("airport", "international airport", "airfield", "air base", "airbase", "air force base",
     "military airport", "military airfield"),
    ("crossing", "border crossing", "crossing point", "border crossing point", "border post"),
    ("dam",), ("port",), ("prison", "central prison"), ("hospital",), ("refinery", "oil refinery"),
    ("power plant", "nuclear power plant", "power station", "nuclear power station", "nuclear plant"),
    ("gas field", "gasfield"), ("oil field", "oilfield"), ("base", "military base"), ("bridge",),
    ("checkpoint",), ("steelworks", "steel plant", "iron and steel works"), ("mosque",), ("church",),
    ("university",), ("stadium",), ("market",), ("mountains", "mountain", "range"), ("forest",),
    ("hills",), ("valley",),
    # Energy sites that strikes and sieges name by their town: "the Varreux fuel terminal", "the Arak heavy
    # water reactor" (52 km from Arak's town point, which would misplace the strike).
    ("terminal", "fuel terminal", "oil terminal"), ("reactor", "heavy water reactor", "nuclear reactor"),
)
# Heads of natural features: the gazetteer holds these as regions ("Sinjar Mountains", "Sambisa Forest"), and
# the feature is not the town it is named after ("the Sinjar mountains" are not Sinjar, "the Tibesti
# mountains" not the Tibesti province).
NATURAL_HEADS = frozenset({"mountains", "mountain", "range", "forest", "hills", "valley"})
FACILITY_HEADS: dict[str, tuple[str, ...]] = {}
for _group in _FACILITY_GROUPS:
    for _head in _group:
        FACILITY_HEADS.setdefault(_head, _group)
_MOST_HEAD_WORDS = max(h.count(" ") + 1 for h in FACILITY_HEADS)
_HEAD_FIRST_WORDS = frozenset(h.split(" ", 1)[0] for h in FACILITY_HEADS)
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
# Up to three lowercase words right after a run (bounded: it stops at the next capital).
_WORDS_AFTER = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?(?:[ \t]+([a-z]+))?")
_FACILITY_NAME_WORDS = 4  # the most words of the name before a facility noun that are tried
VARIANT_MIN_POP = 20_000  # a single word found by its spelling variant must name a town this big
_Match = tuple[int, int, str, tuple[Option, ...], int]  # (start, end, key, options, how) in a run


def runs(text: str) -> Iterator[re.Match[str]]:
    """``RUN.finditer(text)``: the capital-led runs (_CAPITAL_RUN) and the prefix-led ones merged in text
    order. (At a capital, _CAPITAL_RUN's match is RUN's there; at a lowercase letter RUN matches only
    through a glued prefix, so only one to three characters before a _HINGE.)"""
    hinges = _hinges(text)
    capital_run = _CAPITAL_RUN_ASCII if text.isascii() else _CAPITAL_RUN
    return _merged(text, hinges, capital_run) if hinges else capital_run.finditer(text)  # most have none


def _hinges(text: str) -> list[int]:
    """``[m.start() for m in _HINGE.finditer(text)]``: each of its four characters found by ``str.find``
    (the pattern's scan tested each character of the text against its class, about fifty instructions a
    character; a news text holds a hyphen or an apostrophe every hundred or so), kept where a capital of
    _UP follows (tests/test_speed_geoparse.py)."""
    out: list[int] = []
    for ch in _HINGE_CHARS:
        i = text.find(ch)
        while i >= 0:
            if text[i + 1:i + 2] in _UP_SET:  # ("" at the end is in no set)
                out.append(i)
            i = text.find(ch, i + 1)
    if len(out) > 1:
        out.sort()
    return out


_HINGE_CHARS = "-‐'’"  # _HINGE's class
_UP_SET = frozenset(_UP)


def _glued_starts(text: str, hinges: list[int]) -> Iterator[int]:
    """Where a prefix-led run may start, ascending: a prefix's first letter one to three characters
    before a hinge."""
    last = -1
    for i in hinges:
        for start in range(max(i - 3, last + 1), i):
            if text[start] in _PREFIX_FIRST:
                yield start
        last = i - 1


def _merged(text: str, hinges: list[int], capital_run: re.Pattern[str] = _CAPITAL_RUN
            ) -> Iterator[re.Match[str]]:
    """The runs in text order, each the leftmost match that starts where or after the last one ended, as
    finditer takes them. RUN is tried at a glued start only when no capital-led run comes first and no
    run taken covers it: every run it finds is taken, so a long run is read once (linear)."""
    pos = 0
    capital = capital_run.search(text)
    starts = _glued_starts(text, hinges)
    start = next(starts, None)
    while True:
        if capital is not None and capital.start() < pos:  # inside the run just taken: look after it
            capital = capital_run.search(text, pos)
        found = None
        while start is not None and (capital is None or start < capital.start()):
            tried, start = start, next(starts, None)
            if tried >= pos:
                found = RUN.match(text, tried)
                if found is not None:
                    break
        found = found or capital
        if found is None:
            return
        yield found
        pos = found.end()


def find_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """All gazetteer matches in capitalised runs of ``text`` (longest match, left to right)."""
    cache = gaz.run_cache
    out: list[Candidate] = []
    run_texts: list[str] = []  # for the article scans of capitalised names (capitals.py)
    for run in runs(text):
        rt = run.group()
        run_texts.append(rt)
        found = cache.get(rt)
        if found is None:
            if len(cache) > 200_000:  # bounded: the same runs ("The", "Police", "U.S.") recur constantly
                cache.clear()
            found = _match_run(rt, gaz)
            if len(found) >= 2:
                found = _without_split_names(rt, found, gaz)
            cache[rt] = found
        base = run.start()
        facility = _facility(text, run.end(), rt, found, gaz)
        if facility is not None:
            found = facility
        for s, e, key, options, how in found:
            out.append(Candidate(base + s, base + e, text[base + s:base + e], key, options,
                                 how == SKELETON, how == VARIANT or how == SMALL_VARIANT, how == FACILITY,
                                 how == FACILITY_AFTER, how == SMALL_VARIANT))
    capitals.remember(text, run_texts)
    return out


def _without_split_names(rt: str, found: tuple[_Match, ...], gaz: Gazetteer) -> tuple[_Match, ...]:
    """The run's matches, or none when the run is two words, the two words of a name the gazetteer lacks
    matched word by word as two towns of no common country ("the village of Buni Gari" is no Buni in
    Pakistan beside a Gari in Russia). Two places side by side in one run share a country (a list without
    commas, "Kharkiv Kupiansk", is rare; a town and its province are in one country); countries,
    provinces and demonyms stay ("Israel Gaza war"). Only a run of the two words: in a longer one, a
    Title Case or capitals headline's ordinary words match towns abroad beside a real place ("Attack
    Pokrovsk From", "ON BARSALOGHO", "the Bannu Cantonment on Tuesday")."""
    if len(found) == 2 and found[0][0] == 0 and found[1][1] == len(rt) and not rt.isupper() \
            and rt[found[0][1]:found[1][0]] == " " and not _ordinary_key(found[0][2]) \
            and not _ordinary_key(found[1][2]) and _split_name(found[0][3], found[1][3], gaz):
        return ()
    return found


def _ordinary_key(key: str) -> bool:
    """A word that names a kind of place or body after a place's name ("Douglas County", "Oxford Police",
    "Metro Vancouver", "Bicester Village"), however a small town abroad is called."""
    return key in PLACE_NOUNS_AFTER or key in ORG_HEADS or key in _NAME_NEIGHBOURS or key in title_words()


# Words beside a place's name in a run, besides the title words and the nouns of places and bodies: "Metro
# Vancouver", "Dublin City Council".
_NAME_NEIGHBOURS = frozenset({"metro", "city", "county", "greater", "downtown", "upper", "lower"})


def _split_name(first: tuple[Option, ...], second: tuple[Option, ...], gaz: Gazetteer) -> bool:
    """Whether two names side by side are towns or districts only (no demonym, country, province or city of
    100,000 people: "Los Angeles Trapani" names Los Angeles) of no common country: the two words of one name
    the gazetteer lacks."""
    if not first or not second:
        return False
    countries = []
    for options in (first, second):
        here = set()
        for o in options:
            row = gaz.row(o.row)
            if o.how == DEMONYM or row.kind not in _SPLIT_KINDS or row.population >= _KNOWN_ALONE_POP:
                return False
            here.add(row.country_code)
        countries.append(here)
    return not countries[0] & countries[1]


_SPLIT_KINDS = frozenset({"city", "admin2"})  # towns and districts (GeoNames' "Yan" district of Malaysia)


def _facility(text: str, end: int, rt: str, found: tuple[_Match, ...], gaz: Gazetteer
              ) -> tuple[_Match, ...] | None:
    """The run's matches with its last words and the facility noun after it as one facility, when the
    gazetteer has that facility ("Israel's Ben Gurion airport"); None when it has not."""
    m = _WORD_AFTER.match(text, end)
    if m is None or m.group(1) not in _HEAD_FIRST_WORDS:  # the common case, in one short match
        return None
    m = _WORDS_AFTER.match(text, end)
    if m is None:
        return None
    words = [w for w in m.groups() if w]
    for k in range(min(len(words), _MOST_HEAD_WORDS), 0, -1):
        group = FACILITY_HEADS.get(" ".join(words[:k]))
        if group:
            break
    else:
        return None
    head_end = m.end(k) - (end - len(rt))  # relative to the run
    starts = [w.start() for w in _WORD.finditer(rt)][-_FACILITY_NAME_WORDS:]
    for start in starts:
        name = normalize(_strip_possessive(rt[start:]))
        if not name or name in ARTICLES:
            continue
        for head in group:
            key = f"{name} {head}"
            kinds = ("facility", "region") if head in NATURAL_HEADS else ("facility",)
            options = tuple(o for o in gaz.options(key) if gaz.row(o.row).kind in kinds)
            if not options and (bare := without_article(key)):
                # "ash-Shati camp", "an-Nuseirat camp": the article as written ("ash", assimilated to its
                # sun letter) is not the one the gazetteer may hold ("al-Shati camp", "Shati camp").
                key = bare
                options = tuple(o for o in gaz.options(key) if gaz.row(o.row).kind in kinds)
            if options:
                before = tuple(f for f in found if f[1] <= start)
                alone = next((f for f in found if f[0] == start and f[1] == len(rt)), None)
                if alone is not None and head not in NATURAL_HEADS and alone[4] != SMALL_VARIANT \
                        and _beside(alone[3], options, gaz):
                    # "Deir ez-Zor airport", "Goma airport": the town it is named after, as one place
                    # with the town (an incident there is not split in two); the noun stays outside.
                    # (Not a town the run names only by a lesser town's spelling variant: the facility's
                    # own name wins, "the Afipsky refinery" beside Afipskiy.)
                    return (*before, (*alone[:4], FACILITY_AFTER))
                return (*before, (start, head_end, key, options, FACILITY))
    alone = found[-1] if found and found[-1][1] == len(rt) else None
    if alone is not None and any(gaz.row(o.row).kind == "facility" for o in alone[3]):
        return (*found[:-1], (*alone[:4], FACILITY_AFTER))  # "Mitiga airport": a facility's own name
    if alone is None and group[0] in VARIANT_FACILITY_HEADS and (name := normalize(rt[starts[-1]:])) \
            and name not in ARTICLES:
        # A town too small for a bare spelling variant (VARIANT_MIN_POP) is worth one before a conflict
        # facility's noun, which says the word is a place ("Makhmour camp": Mexmur, "Kalma camp").
        towns = tuple(o for o in gaz.by_variant(name) if gaz.row(o.row).kind == "city")
        if towns:
            return (*found, (starts[-1], len(rt), name, towns, FACILITY_AFTER))
    return None


# The facility nouns that vouch for a town's spelling variant (_facility): camps, crossings, bases.
VARIANT_FACILITY_HEADS = frozenset({"camp", "crossing", "airport", "base", "checkpoint"})


def _beside(town: tuple[Option, ...], facility: tuple[Option, ...], gaz: Gazetteer) -> bool:
    """Whether one of a name's places (not facilities) lies within FACILITY_TOWN_KM of the facility."""
    spots = [gaz.row(o.row) for o in facility]
    for o in town:
        r = gaz.row(o.row)
        if r.kind != "facility" and any(distance_km(r.lat, r.lon, f.lat, f.lon) <= FACILITY_TOWN_KM
                                         for f in spots):
            return True
    return False


_JOINABLE_ARTICLES = frozenset({"al", "el"})


def _lookup(key: str, gaz: Gazetteer, variants: bool) -> tuple[tuple[Option, ...], int]:
    """The options of a normalised key: the exact name, the name without its article, then (when
    ``variants``) its spelling variant ("Janzour" for Janzūr)."""
    found = gaz.options(key)
    if found:
        return found, EXACT
    alt = without_article(key)
    found = gaz.options(alt) if alt else ()
    if found:
        return found, EXACT
    if not alt and len(key) >= 5 and key[:2] in _JOINABLE_ARTICLES and " " not in key:
        # "Elwak" for El Wak, "Alnahud": the article written joined to the name, as in the region's usage
        found = tuple(o for o in gaz.options(key[:2] + " " + key[2:]) if gaz.row(o.row).kind == "city")
        if found:
            return found, EXACT
    if variants and alt and len(alt) >= 4 and " " not in alt:
        # "al-Shaddadi", "ash-Shaddadi" for Ash Shaddadah: the article marks a name, not an ordinary word
        # ("Shaddadi" alone must be a town of some size), so a town's spelling variant of any size is meant.
        found = tuple(o for o in gaz.by_variant(alt) if gaz.row(o.row).kind == "city")
        if found:
            return found, VARIANT
    if variants and len(key) >= 4:
        found = gaz.by_variant(key)
        if found and " " not in key:
            # One word's variant meets ordinary words and first names ("Jerry", "Route", "Moose"):
            # only a town of some size is worth it ("Janzour", "Tajoura", "Kabkabiya"), or a province
            # whose name it writes with a letter doubled or undoubled ("Hiraan" for Hiiraan; not "Dell" for
            # Delaware, "Britanni" for Bretagne).
            kept = tuple(o for o in found if _big_town(gaz.row(o.row)) or gaz.row(o.row).kind == "admin1"
                         and _undoubled(normalize(gaz.row(o.row).name)) == _undoubled(key))
            if not kept and len(key) >= SMALL_VARIANT_MIN_CHARS and key not in CALENDAR \
                    and key not in case_words():
                # (names60) a lesser town's variant ("Graivoron", "Shaddadi"): kept only in event context
                # (not a weekday: "Monday" is no Mondai; not a lemma of the English word lists:
                # "school", "moose")
                small = tuple(o for o in found if gaz.row(o.row).kind == "city")
                if small:
                    return small, SMALL_VARIANT
            found = kept
        if found:
            return found, VARIANT
    return (), EXACT


def _undoubled(key: str) -> str:
    """The key with each run of one letter written once ("hiiraan" and "hiraan": "hiran"). Linear."""
    return "".join(ch for i, ch in enumerate(key) if not i or ch != key[i - 1])


def _not_codes(surface: str, found: tuple[Option, ...], gaz: Gazetteer) -> tuple[Option, ...]:
    """The options of an acronym of three to five capitals ("ELN", "IRNA", "CRPF") that it names: its own
    name, a country's or a province's code ("DRC", "KSA"), or the initials of the name ("NYC"). A town's
    stray code among its alternate names is not a name the news uses ("ELN" for Elne, "IRNA" for Salerno):
    there the acronym is an armed group's or an agency's. An armed group's or a body's acronym names no
    place at all (the actor table's ``GROUP_ACRONYMS``: "FLA" is not Florida)."""
    if surface in GROUP_ACRONYMS:
        return ()
    if not (3 <= len(surface) <= 5 and surface.isupper() and surface.isalpha()):
        return found
    kept = []
    for o in found:
        row = gaz.row(o.row)
        if o.how != ALTERNATE or row.kind in ("country", "admin1") \
                or "".join(w[:1] for w in row.name.replace("-", " ").split()).upper() == surface:
            kept.append(o)
    return tuple(kept) if len(kept) < len(found) else found


def _big_town(place: Row) -> bool:
    return place.kind == "city" and place.population >= VARIANT_MIN_POP


def _match_run(rt: str, gaz: Gazetteer) -> tuple[_Match, ...]:
    """Matches inside one capitalised run, as (start, end, key, options, how) relative to it."""
    max_words = gaz.max_words
    caps_only = gaz.caps_only
    if rt.isalpha():
        # Fast path for the commonest run, one plain word ("Police", "Geneva"): one look-up.
        key = normalize(rt)
        if len(key) < 2 or key in ARTICLES or (key in caps_only and not rt.isupper()):
            return ()
        found, how = _lookup(key, gaz, not (rt.isupper() and len(rt) <= 4))  # no variants of codes
        found = _not_codes(rt, found, gaz) if found and rt.isupper() else found
        return ((0, len(rt), key, found, how),) if found else ()
    toks = []
    for w in _WORD.finditer(rt):
        s = w.group()
        tok = _TOKENS.get(s)
        if tok is None:
            if len(_TOKENS) > 200_000:  # bounded, as the run cache
                _TOKENS.clear()
            tok = _TOKENS[s] = _token(s)
        n, key, core, cap = tok
        toks.append((w.start(), w.start() + n, key, core, cap))
    words_of = gaz.word_cache
    out: list[_Match] = []
    n = len(toks)
    i = 0
    while i < n:
        s0, _, k0, surface0, cap0 = toks[i]
        article = k0 in ARTICLES  # a capitalised article opens a name only with a word after it ("El Paso")
        if not cap0 or (article and i + 1 == n) or (k0 == "the" and i + 1 < n):
            i += 1  # a leading "The" is not part of the name ("The U.S." -> "U.S.")
            continue
        first = k0.split(" ", 1)[0]
        spans = words_of.get(first)
        if spans is None:
            if len(words_of) > 200_000:
                words_of.clear()
            spans = words_of[first] = _span_words(first, gaz)
        vwords, words = spans
        limit = min(n, i + max(words, 1 + k0.count(" ")))
        # No name is longer in words than the longest that starts with its first word (or with the
        # word after a leading article, "al Raqqa" -> "raqqa"): sub-spans with more words cannot
        # match, and joining them anyway made long runs of hyphenated words quadratic.
        if first in ARTICLES:
            if " " in k0:
                second = k0.split(" ", 2)[1]
            else:
                second = toks[i + 1][2].split(" ", 1)[0] if i + 1 < n else ""
            words = max(words, 1 + max_words(second), 1 + max_words(VARIANT_PREFIX + variant(second)))
        j, total = i, 0
        while j < limit and total + toks[j][2].count(" ") + 1 <= words:
            total += toks[j][2].count(" ") + 1
            j += 1
        limit = j
        match = None
        for j in range(limit, i + 1 if article else i, -1):
            if not toks[j - 1][4]:
                continue  # a name ends on a capitalised word
            key = k0 if j == i + 1 else " ".join(t[2] for t in toks[i:j])
            if article:  # "El Paso" is a name; "At Moscow" is not "Moscow" with an article
                found, how = gaz.options(key), EXACT
            else:  # no variants of a code ("MIEH")
                found, how = _lookup(key, gaz, key.count(" ") < vwords if j > i + 1
                                     else not (surface0.isupper() and len(surface0) <= 4))
                if not found and j == i + 1 and " " in key and ("-" in surface0 or "‐" in surface0):
                    found, how = gaz.options(key.replace(" ", "")), VARIANT  # "Petion-Ville": Pétionville
            if found and j == i + 1 and surface0.isupper():
                found = _not_codes(surface0, found, gaz)  # "ELN's", "IRNA-reported"
            if found and key in caps_only and not rt[s0:toks[j - 1][1]].replace(".", "").isupper():
                found = ()  # "In" is not Indiana, "Us" is not the United States
            if found and j == i + 1 and k0 in GENERIC_HEADS and i + 1 < n and toks[i + 1][4]:
                found = ()  # "Sheikh Maqsoud", "Tal Hamis": the head of a longer name it does not know
            if found and j == i + 1 and i + 1 < n and _JOINED_ARTICLE.match(toks[i + 1][3]) \
                    and rt[toks[i][1]:toks[i][1] + 1] not in ("'", "’") and not _known_alone(found, gaz):
                # (not after a possessive: "Sweida's al-Mazraa" names a part of Sweida)
                found = ()  # "Bourj al-Barajneh", "Hayy el-Tadamon": the head of a longer unknown name
            if found:
                match = (j, key, found, how)
                break
        if match:
            j, key, found, how = match
            out.append((s0, toks[j - 1][1], key, found, how))
            i = j
            continue
        # "US-led", "Syrian-backed", "Russian-Syrian": try the parts of a hyphenated token.
        # Not a name joined by a connector ("Dasht-e-Barchi", "Bab al-Hawa"), nor a generic head
        # ("Sheikh-Hilal"): the part is not the place.
        hyphenated = " " in k0 and ("-" in surface0 or "‐" in surface0)
        parts = _HYPHEN.split(surface0) if hyphenated else []  # (split only the few tokens that need it)
        if hyphenated and not any(
                normalize(p) in CONNECTORS for p in parts[1:-1]) and normalize(parts[0]) not in GENERIC_HEADS:
            off = s0
            for part in parts:
                pk = normalize(part)
                if part[:1].isupper() and (pk not in caps_only or part.isupper()):
                    found = gaz.options(pk)
                    if found:
                        out.append((off, off + len(part), pk, found, EXACT))
                off += len(part) + 1
        elif i + 1 < n and _JOINED_ARTICLE.match(toks[i + 1][3]) and cap0:
            # "Bourj al-Barajneh": neither word of a name the gazetteer lacks is a place of its own (not
            # Egypt's Al Burj).
            i += 2
            continue
        elif k0 in GENERIC_HEADS and i + 1 < n and toks[i + 1][4]:
            # "Jabal al-Zawiya", "Abu Salim": the rest of a name the gazetteer lacks is not a place of
            # its own (not Libya's Zawiya), nor is it after an article ("Jabal Al Zawiya").
            i += 3 if toks[i + 1][2] in ARTICLES and i + 2 < n and toks[i + 2][4] else 2
            continue
        i += 1
    # Transliteration fallback: a run of two or more words that no exact name touches (a lesser town's
    # variant of one of its words gives way to it).
    if n >= 2 and all(m[4] == SMALL_VARIANT for m in out):
        key = " ".join(t[2] for t in toks)
        sk = skeleton(key)
        found = gaz.by_skeleton(sk) if len(sk) >= 5 else ()
        if found:
            out = [(toks[0][0], toks[-1][1], key, found, SKELETON)]
    return tuple(_titled_facility(m, toks, gaz) for m in out)


_TOKENS: dict[str, tuple[int, str, str, bool]] = {}  # a word of a run -> _token(word)
_HYPHEN = re.compile(r"[-‐]")


# Words whose one period is an abbreviation's ("Mt. Kenya", "St. Louis", "Ft. Portal", a US state as AP
# style writes it, "Athens, Ga."), not a sentence's end.
_ABBREVIATIONS = frozenset({"mt", "mts", "st", "ste", "ft", "pt", "pte", "is", "isl", "co", "no", "jr", "sr",
                            "dr", "gen", "col", "lt", "gov", "sen", "rep", "rev", "sgt", "capt", "maj", "cpl",
                            "adm", "brig", "hon", "prof", "inc", "ltd", "corp", "dept", "ave", "rd", "hwy",
                            "blvd", "vs", "approx", "est", "km", "mi",
                            "ala", "ark", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mo",
                            "neb", "nev", "ore", "pa", "tex", "vt", "va", "wis", "wyo"})


def _token(s: str) -> tuple[int, str, str, bool]:
    """A word of a run as _match_run reads it: (length of its core, key, core, capitalised)."""
    core = _strip_possessive(s)
    if core.endswith(".") and core.count(".") == 1 and len(core) > 2 \
            and core[:-1].lower() not in _ABBREVIATIONS:
        # a sentence's final period, not an abbreviation's: "Syria.", "Red Sea.", "Jos." (but "U.S.", "Mt.",
        # and an initial, "F.")
        core = core[:-1]
    # "ez-Zor", "d'Ivoire", "al-Nu'man": capitalised after an article prefix
    cap = core[:1].isupper() or re.split(r"[-‐'’]", core, maxsplit=1)[-1][:1].isupper()
    return len(core), normalize(core), core, cap


def _span_words(first: str, gaz: Gazetteer) -> tuple[int, int]:
    """(vwords, words) for a span whose key starts with the word ``first``: the most words of a name
    whose spelling variant starts like it (longer spans need no variant look-up), and the most words
    of any name that can match there. Remembered per word in ``gaz.word_cache``."""
    max_words = gaz.max_words
    vfirst = variant_word(first)
    vwords = max(max_words(VARIANT_PREFIX + vfirst), max_words(vfirst))
    return vwords, max(max_words(first), vwords)


def _titled_facility(match: _Match, toks: list, gaz: Gazetteer) -> _Match:
    """A facility matched with its capitalised noun ("Odesa Port Burns", "Goma Airport") that lies beside a
    town of its name is that town, the noun outside, as when the noun is in lowercase (_facility): in a
    Title Case headline the facility's alternate name alone was too doubtful to be recognised."""
    s, e, key, options, how = match
    if how != EXACT or " " not in key or not all(gaz.row(o.row).kind == "facility" for o in options):
        return match
    inside = [t for t in toks if s <= t[0] and t[1] <= e]
    words = key.split()
    if len(inside) != len(words):
        return match  # a token normalised to several words: not worth aligning
    for k in range(min(_MOST_HEAD_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[-k:])
        if head not in FACILITY_HEADS or head in NATURAL_HEADS:
            continue
        name = " ".join(words[:-k])
        town = tuple(o for o in gaz.options(name) if gaz.row(o.row).kind != "facility")
        if town and _beside(town, options, gaz):
            return (s, inside[-k - 1][1], name, town, FACILITY_AFTER)
    return match


# Words that head a longer Arabic, Persian or Somali place name ("Sheikh Maqsoud", "Tal Tamr", "Dasht-e-
# Barchi", "Ras Kamboni", "Shahid Rajaee port", "Sayyida Zeinab"): alone, before another capitalised word
# the gazetteer does not join them with, they are not the place (Somalia's Sheikh, Iran's Dasht and Shahid,
# Sayyida read as Saida). Full names ("Khan Younis", "Bandar Abbas") match first.
GENERIC_HEADS = frozenset(
    "sheikh shaikh sheik shaykh dasht tal tall tell ras deir dayr wadi jebel jabal bir ain ayn kafr beit "
    "bayt umm um abu khan bab qasr hay hayy harat haret hai mazraat jisr nahr qalaat souk suq "
    "khor kfar tel shahid bandar imam sidi nabi sayyida sayyidah".split())
# A word that continues a name with a joined Arabic article ("al-Barajneh", "el-Tadamon", "ash-Shati"): the
# word before it is a longer name's head, never a place alone when the whole name is unknown. Lower-case
# articles only: "Gaza Al Jazeera" in a Title Case headline is two names. (Anchored, one token: linear.)
_JOINED_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|az|an|ash|at|ath|ez|es|ed|er|ul|ud|ur|uz)[-‐][A-Z]")
_KNOWN_ALONE_POP = 100_000  # ... unless it names a city this big, or a country or province ("Gaza al-Jadida")


def _known_alone(found: tuple, gaz: Gazetteer) -> bool:
    """Whether a name matched alone names a country, a province or a big city: then a district after it
    ("Damascus al-Midan", "Gaza al-Jadida") is a part of that place, not a longer name's tail."""
    for o in found:
        row = gaz.row(o.row)
        if row.kind in ("country", "admin1") or row.kind == "city" and row.population >= _KNOWN_ALONE_POP:
            return True
    return False


# Connectors inside one hyphenated name: "Dasht-e-Barchi", "Mazar-i-Sharif", "Bab-al-Hawa".
CONNECTORS = ARTICLES | {"e", "i", "o", "ul", "bin", "ibn", "wa", "de", "du", "la"}


def title_case(text: str) -> bool:
    """Whether ``text`` is one short line in Title Case ("Drone Strike Hits Odesa Port"), where a
    capitalised neighbour says nothing about being part of a longer name."""
    if not one_line(text):
        return False
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def one_line(text: str) -> bool:
    """A short text of one line: a headline, with no dateline and no other sentence for context."""
    return len(text) <= 300 and "\n" not in text.strip()


# What a one-line conflict report adds to Config.event_context_boost for a name in event context (a
# headline has no other sentence whose names would vouch for it; measured on the event corpus's train
# split: Title Case and transliterated names such as "Avdiivka", "Marib" scored just under the threshold).
HEADLINE_EVENT_EXTRA = 1.5
# Compass words: in Title Case ("From The North") they are directions, not Cameroon's North region.
COMPASS = frozenset("north south east west northeast northwest southeast southwest "
                    "northern southern eastern western".split())
# Compass adjectives before a name ("shelled northern Kostiantynivka", "raided eastern Nablus", "posts in
# northern Alibori"): the part of the town or area, which the words before the adjective vouch for as they
# would for the bare name (sites53; event_context and the locative boost read past it, compass_left).
_COMPASS_ADJECTIVES = frozenset("northern southern eastern western north-eastern north-western south-eastern "
                                "south-western northeastern northwestern southeastern southwestern".split())
_COMPASS_ADJECTIVE_CHARS = max(len(w) for w in _COMPASS_ADJECTIVES) + 2  # the bounded look-back


# One facility noun after a listed name ("Nyala airport and Zalingei", "Kassala airport, Gedaref"): the list
# goes on past it (sites53; _coordinated). Bounded: one space and one word of at most 12 letters.
_LIST_FACILITY_NOUN = re.compile(r" ([a-z]{2,12})(?=[ ,])")
_LIST_FACILITY_NOUNS = frozenset("airport airbase airfield port prison camp dam bridge crossing refinery "
                                 "terminal base".split())


def facility_noun_end(text: str, end: int) -> int:
    """The end of a facility noun right after a name ending at ``end``, else ``end``."""
    m = _LIST_FACILITY_NOUN.match(text, end)
    return m.end() if m is not None and m.group(1) in _LIST_FACILITY_NOUNS else end


def compass_left(text: str, left: int) -> int:
    """The start of a compass adjective right before ``left`` (one space between), else ``left``."""
    if left < 2 or text[left - 1] != " ":
        return left
    lo = left - 1 - _COMPASS_ADJECTIVE_CHARS if left - 1 > _COMPASS_ADJECTIVE_CHARS else 0
    piece = text[lo:left - 1]
    word = piece.rsplit(None, 1)[-1] if piece.strip() else ""
    if word.lower() in _COMPASS_ADJECTIVES and piece.endswith(word) \
            and (len(word) == len(piece) or piece[-len(word) - 1].isspace()):
        return left - 1 - len(word)
    return left
TITLE_WORDS = Path(__file__).resolve().parent.parent / "data" / "title_words.txt"


@cache
def title_words() -> frozenset[str]:
    """Ordinary English words that are only weak place names ("Base", "Town", "Sides"): in Title Case,
    where capitals say nothing, they are words (built by gazetteers/build_title_words.py)."""
    return frozenset(TITLE_WORDS.read_text(encoding="utf-8").split())


CASE_WORDS = Path(__file__).resolve().parent.parent / "data" / "case_words.txt.gz"


@cache
def case_words() -> frozenset[str]:
    """The lemmas of the English word lists (built by gazetteers/build_title_words.py): the ordinary
    words of Title Case lines (truecase.py), and words no lesser town's spelling variant may be."""
    with gzip.open(CASE_WORDS, "rt", encoding="utf-8") as fh:
        return frozenset(fh.read().split())
# The end of a sentence, clause or quote opening right before a word: it is capitalised for its place.
_SENTENCE_OPENERS = frozenset('.!?:;\n"“‘(|')


def sentence_initial_word(text: str, start: int, end: int) -> bool:
    """Whether the single word text[start:end] opens a sentence (or the text) and an ordinary lowercase
    word follows it: then its capital says nothing ("Gang attack in Bangui", "Anger grew in Jos")."""
    if " " in text[start:end] or _LOWER_NEXT.match(text, end) is None:
        return False
    before = text[max(0, start - 4):start].rstrip(" \t")  # bounded look-back: linear in the text
    return not before or before[-1] in _SENTENCE_OPENERS


_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
# A locative preposition right before a name: "at Diapaga market", "in Essakane", "near Baidoa".
_LOCATIVE_BEFORE = frozenset(
    "in at near outside around inside into across towards toward to from over off".split())


def _after_locative(text: str, start: int, end: int) -> bool:
    """A locative preposition right before the name, and no capitalised word right after it (then the
    name is only the head of a longer one the gazetteer lacks: "near Red Fort", "At Church In X")."""
    words = text[start - 12 if start > 12 else 0:start].split()  # (max(0, ...): a slower call)
    return bool(words) and words[-1].lower() in _LOCATIVE_BEFORE and text[start - 1:start] == " " \
        and _CAPITALISED_NEXT.match(text, end) is None


_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")
# Nouns of a settlement or its people before "of" and a name: "the port of Ras Isa", "residents of Nikopol".
_SETTLEMENT_OF = frozenset("town towns village villages city port outskirts residents inhabitants people "
                           "suburbs district area region province "
                           # the kinds of place news names its towns by: "the municipality of Tibú", "the
                           # commune of Gorom-Gorom", "the locality of Chupe" (not "department": "the
                           # Department of Justice")
                           "municipality commune locality township county settlement hamlet".split())


def _located(text: str, start: int, end: int) -> bool:
    """A locative preposition before the name (_after_locative), or "of" after a settlement noun."""
    if _after_locative(text, start, end):
        return True
    words = text[start - 24 if start > 24 else 0:start].split()[-2:]
    return len(words) == 2 and words[1] == "of" and words[0].lower() in _SETTLEMENT_OF \
        and _CAPITALISED_NEXT.match(text, end) is None


# Seats of government that are also buildings (curated facility rows, gazetteers/curated/facilities.csv).
# After a locative preposition the name is the building, where a deal is signed or a speech given ("signed
# a peace agreement at the White House", "a meeting in the Kremlin", "a rally outside Downing Street"), and
# only that building: not Casablanca, whose Arabic name means "white house". Elsewhere it is the
# government ("the Kremlin said": an actor, resolve.GOVERNMENT_CUES), left to the model.
SEAT_BUILDINGS = frozenset({"white house", "kremlin", "pentagon", "downing street", "10 downing street",
                            "elysee", "elysee palace"})
_SEAT_BEFORE = re.compile(r"\b(?:at|in|inside|outside|from|to|into|near)\s+(?:the\s+)?$", re.I)
_SEAT_BEFORE_CHARS = 16  # "outside the " with spaces to spare: the look back is bounded


def seat_building(c: Candidate, text: str, gaz: Gazetteer) -> tuple[Option, ...]:
    """The facility options of a seat of government named as a building ("at the White House"); empty
    when ``c`` is no such name, stands elsewhere, or is possessed ("in the Kremlin's view")."""
    if c.key not in SEAT_BUILDINGS or text[c.end:c.end + 2] in ("'s", "’s") \
            or _SEAT_BEFORE.search(text[max(0, c.start - _SEAT_BEFORE_CHARS):c.start]) is None:
        return ()
    return tuple(o for o in c.options if gaz.row(o.row).kind == "facility")


# Verbs that tell fighting going on at a place: "fighting reported around X", "clashes raged near X".
_RAGED = frozenset("reported raged rages raging erupted erupts flared flares intensified".split())


# The last word of a facility's name ("Tishrin Dam", "Kavumu Airport"), read with the article before it.
_FACILITY_HEADS = frozenset("dam airport airbase airfield base bridge camp crossing port prison refinery "
                            "plant station terminal".split())
_ARTICLE_BEFORE = re.compile(r"\bthe[ \t](?:nearby[ \t])?")


def facility_left(c: Candidate, text: str) -> int:
    """Where the words before a facility's name end when an article stands between them ("clashed around
    the Tishrin Dam", "hit X and the nearby Tishreen Dam": the preposition or verb before "the" is what
    vouches for it), else the name's start."""
    if " " not in c.text or c.text.rsplit(None, 1)[-1].lower() not in _FACILITY_HEADS:
        return c.start  # (a one-word name, most of them, is not split)
    lo = max(0, c.start - 11)  # bounded look-back: linear
    for m in _ARTICLE_BEFORE.finditer(text, lo, c.start):
        if m.end() == c.start:
            return m.start()
    return c.start


# A later report of a one-line text opens after a hard break: "Goma tense | Sake: ...".
_REPORT_OPENING = re.compile(r"[;|]\s{1,3}$")


def opens_later_report(text: str, start: int) -> bool:
    """Whether ``start`` opens a later report of a one-line text, right after ``|`` or ``;`` and up to three
    spaces ("Goma tense | Sake: M23 shells ..."). Recognition and the roles component read it alike."""
    return _REPORT_OPENING.search(text, max(0, start - 5), start) is not None


_last_opening: tuple[str, int] = ("", 0)  # the last text asked of and its opening run (see _opening_run)


def _opening_run(text: str) -> int:
    """How many of _OPENING's characters ``text`` opens with: the names before that end are preceded by
    nothing else. Counted once per text (the last text's count is kept, by identity): event_context asks it
    of every name, and counting it per name was quadratic in a text that opens with a long run."""
    global _last_opening
    last = _last_opening
    if last[0] is not text:
        last = _last_opening = (text, len(text) - len(text.lstrip(_OPENING_TEXT)))
    return last[1]


def event_context(c: Candidate, text: str, headline: bool = False, tail: bool = False,
                  left: int | None = None) -> bool:
    """Whether the words around the name mark a place of conflict reporting: an event verb right before
    it (EVENT_VERBS_BEFORE), an event noun and a preposition before it (EVENT_NOUNS_OF), an event word,
    facility or place noun among the two words after it (EVENT_WORDS_AFTER, PLACE_NOUNS_AFTER), a
    dateline ("BAALBEK, Lebanon —"), or, in a ``headline``, the name opening it as its topic ("Kherson:
    two killed by shelling", "Qamishli - two car bombs explode", "Ariha, Idlib: ..."). The words after a
    name say nothing of a ``tail``, a name right after another capitalised word ("Salim" of "Abu Salim
    district")."""
    if c.facility_match:
        return True  # "Zamzam camp": the facility noun, now inside the name, is the context
    # Only spaces and quotes before it (a run read from the start: copying the text before every name
    # was quadratic in a long text).
    # (A text that opens on none of _OPENING's characters has nothing before its names to match: most texts.)
    opening = not c.start or text[0] in _OPENING_CHARS and c.start <= _opening_run(text)
    # (also after a lead-in tag: "BREAKING | Sumy: ...", "UPDATE 1-Hodeidah: ...")
    # (and opening a later report of the line: "Goma tense | Sake: M23 shells ...")
    if headline and (opening or c.start <= 70 and _COUNTRY_OPENING.fullmatch(text, 0, c.start)
                     or after_lead_in(text, c.start)
                     or opens_later_report(text, c.start)) \
            and (_TOPIC.match(text, c.end) or _QUALIFIED_TOPIC.match(text, c.end)):
        return True
    if opening or c.start and text[c.start - 1] == "\n":
        # "BAALBEK, Lebanon —", "CAIRO (Reuters) -", "JUBA —"; mixed case only as a dateline is filed, with
        # an agency or a day ("Abidjan (AFP) -", "Maiduguri (Nigeria) (AFP) -"), not a headline's topic
        rest = dateline_rest(text, c.end)
        if rest is not None and (c.text.isupper() and len(c.text) >= 3
                                 or bool(rest.group("agency") or rest.group("day"))):
            return True
    left = c.start if left is None else left
    # The last word before it, and the one before that only when the last is a preposition (no list of
    # both: this runs for every name).
    words = text[left - 30 if left > 30 else 0:left].rsplit(None, 2)
    if words and words[-1] in _NEARBY_WORDS:
        # "a missile attack on nearby Druzhkivka": the words before "nearby" (bounded look back)
        words = text[left - 44 if left > 44 else 0:left].rsplit(None, 3)[:-1]
    if words:
        last = words[-1].lower().strip(".,:;\"'“”‘’")
        if last in EVENT_VERBS_BEFORE or last in _DEFENDED_TOWN_VERBS:
            return True
        if len(words) > 1 and (last in _EVENT_PREPOSITIONS or last == "over" or last == "back"):
            word = words[-2].lower().strip(".,:;\"'“”‘’")
            if last in _EVENT_PREPOSITIONS and (word in EVENT_NOUNS_OF or word in _RAGED) \
                    or last in ("over", "back") and word in EVENT_VERBS_BEFORE:  # "takes over Ramadi"
                return True
    if tail:
        return False
    after = text[c.end:c.end + 30]
    if after.startswith(("'s ", "’s ")):
        after = after[3:]
    # "Kadugli bombardment", "Kostiantynivka market strike": an event word among the next two words.
    # "Pokrovsk under fire", "Avdiivka under heavy shelling": a headline's place under attack.
    # "Kosti 2 dead", "Stepnohirsk (2 killed)": a monitor's list gives each place its own toll.
    words = after.split(None, 2)
    # (The four patterns need a comma right after the name or one of their first words after it: most names
    # have neither, and skip them. _AFTER_GATE_WORDS: tests/test_speed_geoparse.py.)
    first = words[0] if words else ""
    if (text[c.end:c.end + 1] == "," or first.lower() in _AFTER_GATE_WORDS or first[:1] == "("
            or first[:1].isdigit()) \
            and (_UNDER_ATTACK.match(after) or _ATTACKED_AFTER.match(text, c.end, c.end + 90)
                 or _SETTLEMENT_APPOSITION.match(text, c.end, c.end + 110) or _own_toll(c, text)):
        return True
    for k, w in enumerate(words[:2]):
        w = w.lower().strip(".,:;\"'“”‘’")
        if w in EVENT_WORDS_AFTER or w in PLACE_NOUNS_AFTER:
            # ("Car bomb", "Pipe bomb": an ordinary word right before "bomb" is the bomb's kind, not a place)
            return not (w == "bomb" and not k and c.key in title_words())
        if k and w in ("post", "posts") and words[0].lower() in _POST_HOLDERS:
            return True
        plant = words[k].strip(".,:;\"'“”‘’")
        if plant in _PLANT_NOUNS_AFTER \
                or k and plant in ("field", "fields") and words[0] in _FIELD_FUEL_WORDS:
            return True
        if not k and w == "state" and any(how != DEMONYM for _, how in c.options) \
                and not (len(words) > 1 and words[1][:1].isupper()):
            # "in neighbouring Katsina state", not "Iranian state media" or "Mindanao State University"
            return True
        # ("Zaporizhzhia glide-bomb strike", "Mosul car-bomb attack": a hyphenated compound's words are
        # the weapon's kind, not the end of the context; heads65, blind b67-001)
        if not w.isalpha() and not (w[:1].isalpha() and w[-1:].isalpha()
                                    and w.replace("-", "", 2).isalpha()):
            break
    return False


# The first word after a name that event_context's patterns after it can open with (_UNDER_ATTACK's "under",
# _ATTACKED_AFTER's auxiliaries, lowered); the other openings are a comma (_ATTACKED_AFTER's apposition,
# _SETTLEMENT_APPOSITION) and a digit or "(" (_OWN_TOLL_AFTER).
_AFTER_GATE_WORDS = frozenset({"under", "was", "were", "has", "had", "is", "came"})
# A place's own toll right after its name, in a monitor's list: "Kosti 2 dead", "Stepnohirsk (2 killed)".
_OWN_TOLL_AFTER = re.compile(r"\s{1,2}\(?\d{1,4}\s{1,2}(?:killed|dead|injured|wounded|hurt)\b")
_MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _own_toll(c: Candidate, text: str) -> bool:
    """Whether a toll follows the name as its own (not a date's day: "on Nov. 15 killed")."""
    return not c.text.endswith(".") and c.key not in CALENDAR and c.key not in _MONTH_SHORT \
        and _OWN_TOLL_AFTER.match(text, c.end) is not None


def in_compound(c: Candidate, text: str, gaz: Gazetteer) -> bool:
    """Whether the name is only a part of a hyphenated name ("Pont" of "Pont-Sondé") that it names by
    no name of its own, only as an alternate name of small towns ("Pont" for Pont-Sainte-Maxence): the
    text names a place the gazetteer lacks. A part that is a place's own name or a demonym stays one
    ("Israel-Hamas war", "Kharkiv-based", "Russian-backed"), and so does a big city's other name
    ("Kiev-backed")."""
    joined = text[c.end:c.end + 2]
    before = text[max(0, c.start - 2):c.start]
    if _COMPOUND_LINK.match(text, c.end):
        # "Saut-d'Eau", "Croix-des-Bouquets", "Anse-à-Galets": a French particle joins the parts into one
        # name, which no part names alone, however it is known (Saut, a district of Saint Lucia), unless a
        # big city's ("Paris-sur-..." is no Haitian town either, but "Paris" there says little).
        return bool(c.options) and all(gaz.row(r).population < COMPOUND_TOWN_POP for r, _ in c.options)
    if not (len(joined) == 2 and joined[0] == "-" and joined[1].isalpha()
            or len(before) == 2 and before[1] == "-" and before[0].isalpha()):
        return False
    return bool(c.options) and all(how == ALTERNATE and gaz.row(r).population < COMPOUND_TOWN_POP
                                   for r, how in c.options)


# A town this big keeps a name of its that is part of a hyphenated name (in_compound).
COMPOUND_TOWN_POP = 100_000
# A French particle between the parts of one hyphenated name, before the next part's capital: "-d'",
# "-des-", "-à-" (a fixed few characters: matched at one offset, linear).
_COMPOUND_LINK = re.compile(r"-(?:d['’]|(?:de|des|du|la|le|les|à|aux|en|sur|sous)-)[A-ZÀ-Ý]")


def dotted_acronym(c: Candidate, gaz: Gazetteer) -> bool:
    """Whether the name is an acronym written with dots ("U.N.", "A.U.") that names no country or
    province ("U.S.", "U.K.", "N.Y."): an organisation, not a town spelled like its letters (Un in India)."""
    return _DOTTED.fullmatch(c.text) is not None and not any(
        gaz.row(r).kind in ("country", "admin1") for r, _ in c.options)


_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}")


def armed_demonym(c: Candidate, text: str) -> bool:
    """A demonym before a noun of armed forces or their attacks ("Russian forces", "Israeli strikes")."""
    if not c.options or any(o.how != DEMONYM for o in c.options):
        return False
    after = text[c.end:c.end + 20].split(None, 1)
    return bool(after) and after[0].lower().strip(".,:;\"'“”‘’") in ARMED_NOUNS


# The men of a people or a group named by one word before them ("Kuki militants", "Meitei youths").
_GROUP_MEN = frozenset("militants rebels insurgents militiamen militia militias fighters gunmen tribesmen "
                       "herders youths".split())
# A town this big is meant when its name is before them ("Raqqa fighters"): only a lesser town's alias is
# read as the people's name.
GROUP_ALIAS_POP = 500_000


def people_before_men(c: Candidate, text: str, gaz: Gazetteer) -> bool:
    """A one-word name that is only an alternate name of lesser towns, right before men of a group ("Kuki
    militants attack a camp in Jiribam": the Kuki, not Kuki-chuo in Japan, whose short name it is)."""
    if " " in c.key or not c.options or any(o.how != ALTERNATE for o in c.options):
        return False
    after = text[c.end:c.end + 20].split(None, 1)
    if not after or after[0].lower().strip(".,:;\"'“”‘’") not in _GROUP_MEN:
        return False
    rows = [gaz.row(o.row) for o in c.options]
    return all(r.kind not in ("country", "admin1") and r.population < GROUP_ALIAS_POP for r in rows)


_STREET_NOUNS = frozenset("street road avenue drive boulevard lane way highway square bridge".split())
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z][\w-]{0,30})")


def head_of_unknown(c: Candidate, text: str, gaz: Gazetteer) -> bool:
    """A one-word name that is only an alternate name of lesser towns, right before another capitalised
    word that is no place noun: the head of a longer name the gazetteer lacks ("Intan Jaya", a regency of
    Papua, is not Yingtan in China, whose alias "Intan" is), not the town of that alias. Read in conflict
    reports only (local news names streets and bodies after towns: "Cookville Fire Chief")."""
    if " " in c.key or not c.options or any(o.how != ALTERNATE for o in c.options):
        return False
    m = _NEXT_WORD.match(text, c.end, c.end + 40)
    if m is None or m.group(1).lower() in PLACE_NOUNS_AFTER or m.group(1).lower() in _FACILITY_HEADS \
            or m.group(1).lower() in _STREET_NOUNS:
        return False
    rows = [gaz.row(o.row) for o in c.options]
    return all(r.kind not in ("country", "admin1") and r.population < GROUP_ALIAS_POP for r in rows)


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return bisect.bisect_right(edges, x)


def _evidence(c: Candidate, gaz: Gazetteer) -> dict[str, float]:
    """The features that depend only on the name: what the gazetteer knows about it (cached per name)."""
    f: dict[str, float] = {"bias": 1.0, f"ntok={min(c.key.count(' ') + 1, 3)}": 1.0}
    if c.skeleton_match:
        f["skeleton"] = 1.0
    if c.variant_match:
        f["variant"] = 1.0
    if c.facility_match or c.facility_after:
        f["facility_head"] = 1.0  # the facility noun confirms the reading: no facility doubt (below)
    kinds: set[str] = set()
    hows: set[How] = set()
    maxpop = 0
    for row, how in c.options:
        place = gaz.row(row)
        kinds.add(place.kind)
        hows.add(how)
        if place.feature_code == USER_FCODE:
            f["user_place"] = 1.0
        pop = place.population
        if place.kind in _SALIENT and how != DEMONYM:
            pop = max(pop, 10_000_000)  # a country or continent is salient however small (Vatican)
        if pop > maxpop:
            maxpop = pop
    if c.facility_match or c.facility_after:
        kinds.discard("facility")
    for k in KINDS:  # in a fixed order: the score sums the features in their order
        if k in kinds:
            f[f"kind={k}"] = 1.0
    if hows == {DEMONYM}:
        f["demonym_only"] = 1.0
    elif NAME not in hows:
        f["alternate_only"] = 1.0
        if maxpop >= 100_000:
            f["alternate_only_big"] = 1.0  # a transliteration of a city ("Raqqa"), not a stray alias
    f[f"pop={_bucket(math.log10(maxpop + 1), (2.7, 3.5, 4, 4.5, 5, 5.5, 6, 6.5))}"] = 1.0
    f[f"ncand={_bucket(len(c.options), (2, 3, 5, 10, 30))}"] = 1.0
    if len(c.key) <= 3:
        f["short"] = 1.0
    if c.key in CALENDAR:
        f["calendar"] = 1.0
    return f


def features(c: Candidate, text: str, gaz: Gazetteer, lower_words: LowercaseWords) -> dict[str, float]:
    """Recognition features of one candidate: gazetteer evidence, shape and context."""
    return _evidence(c, gaz) | context_features(c, text, lower_words)


# Words of ships and the sea before "off X" (in the 40 characters the features read): "off" then places
# the ship near the town, as "near" does, not a phrasal verb ("cut off Mokha", "kicked off").
_MARITIME = re.compile(r"(?i:\b(?:ships?|vessels?|tankers?|boats?|dhows?|carriers?|freighters?|warships?|"
                       r"frigates?|destroyers?|skiffs?|navy|naval|pirates?|fishermen|seas?|maritime|coast)\b)")
# The prepositions whose "rural" before a name is read as the preposition: "in rural Tibú" is "in Tibú".
_RURAL_PREPOSITIONS = frozenset("in near around across outside into".split())
# The prepositions whose "nearby" before a name is read as the preposition: "a missile attack on nearby
# Druzhkivka" is "on Druzhkivka" (the word, unseen by the recogniser's training, left smaller towns
# unrecognised after it). Not "neighbouring" (a region or a country beside the story's: "in neighbouring
# Puncak"), nor "of" ("residents of nearby Baniyas": the people of a town, not a place of the act).
_NEARBY_PREPOSITIONS = frozenset("in on at near around outside into".split())
_NEARBY_WORDS = frozenset({"nearby"})
# The nouns of a place's people before "of" and its name, read as "in": "Residents of Kidal said drones
# struck ...", "villagers of Tegh" (the corpora's "of", and "X said" read as a person, left the town out).
_INHABITANT_NOUNS = frozenset("residents resident inhabitants villagers townspeople townsfolk people elders "
                              "families".split())


def context_features(c: Candidate, text: str, lower_words: LowercaseWords) -> dict[str, float]:
    """The features that depend on where the name occurs: its shape and the words around it."""
    f: dict[str, float] = {}
    surface = c.text
    if surface.isupper():
        f["allcaps"] = 1.0
        if len(surface.replace(".", "")) <= 3:
            f["allcaps_short"] = 1.0
    if "." in surface:
        f["has_dot"] = 1.0
    first = c.key.split(" ", 1)[0]
    if c.key in lower_words or first != c.key and first in lower_words:  # (a one-word name: asked once)
        f["seen_lowercase"] = 1.0
    # Context (plain string operations: this runs for every candidate).
    # (The slices' bounds by comparison: the built-in max parses its arguments as keywords, a slow call.)
    before = text[c.start - 40 if c.start > 40 else 0:c.start]
    after = text[c.end:c.end + 40]
    b = before.rstrip(" \t\"“'‘(")
    # (b cannot end with a straight quote, and a newline is b[-1]: only a closing curly quote is left to
    # read after a full stop, a question or an exclamation mark.)
    opens = not b or b[-1] in ".!?\n" or b[-1] == "”" and b.endswith((".”", "?”", "!”")) \
        or "\n" in before[len(b):]
    if opens:
        f["sent_start"] = 1.0
    elif before.endswith(", "):
        f["prev_comma"] = 1.0
    if b.endswith("$") or after.lstrip(" ").startswith("$"):
        f["money"] = 1.0  # "US$ 40 million", "$US 2 billion"
    parts = b.rsplit(None, 2)
    if parts and parts[-1][-1] == "." and _INITIAL.search(parts[-1]):  # (only a word ending with a dot)
        f["prev_initial"] = 1.0  # "Jose A. Cordova": a person
    if parts:
        w = parts[-1].strip(".,;:\"“”'‘’()")
        if w.isalpha():
            lw = w.lower()
            if lw == "off" and _MARITIME.search(before):
                lw = "near"  # "a tanker off Mokha", "boats off Gaza City": at sea near the town
            elif lw == "rural" and len(parts) > 1 and parts[-2].lower() in _RURAL_PREPOSITIONS:
                # "in rural Tibú", "near rural Barbacoas": the land of the town the preposition places
                # things in, read as the preposition itself (the rare "rural" left small towns unrecognised)
                lw = parts[-2].lower()
            elif lw == "nearby" and len(parts) > 1 and parts[-2].lower() in _NEARBY_PREPOSITIONS:
                lw = parts[-2].lower()  # "on nearby Druzhkivka", "in nearby Toretsk": the preposition
            elif lw == "of" and len(parts) > 1 and parts[-2].lower() in _INHABITANT_NOUNS:
                lw = "in"  # "Residents of Kidal said ...": the people in the place, read as "in"
            f[f"prev={lw}"] = 1.0
            # (Not the last word of the sentence before: "... on Thursday. Afgooye, a town ..." is no
            # "Thursday Afgooye", the mark of a longer name, a person's or an organisation's; nor a
            # headline's topic before its colon: "Ghana: Bawku clashes ..." is no "Ghana Bawku".)
            if w[0].isupper() and not opens and not (len(parts) > 1 and parts[-2][-1:] in ".!?") \
                    and parts[-1][-1:] != ":":
                f["prev_cap"] = 1.0
            if lw in PERSON_TITLES:
                f["prev_title"] = 1.0
                if lw in HONORIFICS:
                    f["honorific"] = 1.0
            if lw == "of" and len(parts) > 1 and parts[-2][:1].isupper() and parts[-2].isalpha():
                f["of_cap"] = 1.0  # "University of California", "Voice of America"
                if parts[-2].lower() in ORG_HEADS:
                    f["of_org"] = 1.0
    a = after.lstrip(" \t\"”'’)")
    if not a or a[0] == ".":
        f["next_period"] = 1.0
    elif a[0] in ",;:":
        f[f"next_punct={a[0]}"] = 1.0
    else:
        ws = a.split(None, 1)  # (empty when ``a`` is all whitespace)
        w = ws[0].strip(".,;:\"“”'‘’()") if ws else ""
        if w.isalpha():
            nw = w.lower()
            if nw == "local" and a[6:].lower().startswith(("government area", "government council")):
                nw = "district"  # "the Guma local government area": Nigeria's district, not a "local" body
            f[f"next={nw}"] = 1.0
            if w[0].isupper():
                f["next_cap"] = 1.0
                if w.lower() in ORG_HEADS:
                    f["next_org"] = 1.0
    if after.startswith(("'s", "’s")):
        f["possessive"] = 1.0
    if after.startswith(("-", "‐")):
        f["hyphen_after"] = 1.0
        if after[1:2].isupper():
            f["hyphen_cap_after"] = 1.0  # "France-Presse"
    if ("next=said" in f or "next=says" in f or "next=told" in f) and (
            "prev=in" in f or "prev=from" in f or "prev=at" in f):
        f["locative_said"] = 1.0  # "officials in Kyiv said": the place of the speakers, not a speaker
    if "next_cap" in f and "prev=the" in f:
        f["the_x_cap"] = 1.0  # "the New York Times", "the China Daily": a name inside a name
    return f


@dataclass(frozen=True, slots=True)
class Whereabouts:
    """Where the places a name may denote lie: the document-coherence signal of recognition."""

    top: tuple[str, str]  # (country, admin1) of its most prominent place; admin1 "" for a country
    countries: frozenset[str]
    regions: frozenset[tuple[str, str]]


def whereabouts(c: Candidate, gaz: Gazetteer) -> Whereabouts:
    places = [gaz.row(o.row) for o in c.options]
    best = max(places, key=lambda p: (p.kind == "country", p.population))
    top = (best.country_code, "" if best.kind == "country" else best.admin1)
    return Whereabouts(top, frozenset(p.country_code for p in places),
                       frozenset((p.country_code, p.admin1) for p in places if p.admin1))


def document_features(cands: list[Candidate], first: list[float], where: list[Whereabouts],
                      confident_score: float) -> list[dict[str, float] | None]:
    """Per candidate: do the document's confident places (first-pass score at least ``confident_score``,
    Config.confident) share its country or region?

    "Randwick" in a story that confidently names Sydney gets ``doc_region``; a name that recurs with
    a confident reading elsewhere in the text gets ``doc_repeat``. A name never supports itself, and
    where no other name is confident (a one-line text) there is no context: None, keep the first pass.
    """
    by_country: dict[str, set[str]] = {}
    by_region: dict[tuple[str, str], set[str]] = {}
    confident: dict[str, int] = {}
    for c, s, w in zip(cands, first, where, strict=True):
        if s >= confident_score:
            by_country.setdefault(w.top[0], set()).add(c.key)
            if w.top[1]:
                by_region.setdefault(w.top, set()).add(c.key)
            confident[c.key] = confident.get(c.key, 0) + 1
    if not confident:
        return [None] * len(cands)

    def supported(key: str, places: frozenset, by: dict) -> bool:
        """Does some other confident name support one of ``places`` (countries or regions)? Asked of
        the name's own places, not of every supported one: thousands of names each looking at
        thousands of regions was quadratic."""
        for p in places:
            keys = by.get(p)
            if keys is not None and (len(keys) > 1 or key not in keys):
                return True
        return False

    # Per name and its places (a name recurs): (doc_country, doc_region).
    support: dict[tuple[str, int], tuple[bool, bool]] = {}
    lone = next(iter(confident)) if len(confident) == 1 else None
    out: list[dict[str, float] | None] = []
    for c, s, w in zip(cands, first, where, strict=True):
        key = c.key
        if key == lone:
            out.append(None)
            continue
        f: dict[str, float] = {}
        got = support.get((key, id(w)))
        if got is None:
            got = support[(key, id(w))] = (supported(key, w.countries, by_country),
                                           supported(key, w.regions, by_region))
        if got[0]:
            f["doc_country"] = 1.0
        if got[1]:
            f["doc_region"] = 1.0
        if confident.get(key, 0) - (s >= confident_score) > 0:
            f["doc_repeat"] = 1.0
        out.append(f)
    return out


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


class Recognizer:
    """Candidate generation plus the two-pass logistic recognition model.

    The first pass (``base`` weights) scores each candidate from its name and context alone; the
    second (``weights``) adds what the first pass found confidently elsewhere in the document. A
    model without base weights is scored in one pass.
    """

    def __init__(self, gaz: Gazetteer, weights: dict[str, float], threshold: float | None = None,
                 base: dict[str, float] | None = None, config: Config | None = None) -> None:
        config = config or Config.shipped()
        self.gaz = gaz
        self.weights = weights
        self.base = base
        self.threshold = config.recognition_threshold if threshold is None else threshold
        self.confident = config.confident
        self.event_context_boost = config.event_context_boost
        self.user_place_boost = config.user_place_boost
        # Each feature's (first-pass, second-pass) weight: one look-up scores both passes.
        first = base if base is not None else weights
        self._pair_weights = {k: (first.get(k, 0.0), weights.get(k, 0.0)) for k in {*first, *weights}}
        # Per name: (first-pass evidence score, second-pass evidence score, whereabouts, whether its
        # options are all alternate names, whether they are all demonyms).
        self._name_cache: dict[tuple, tuple[float, float, Whereabouts | None, bool, bool]] = {}

    def candidates(self, text: str) -> list[Candidate]:
        cands = find_candidates(text, self.gaz)
        if not cands:
            return cands
        lower_words = LowercaseWords(text)
        two_pass = self.base is not None
        gaz = self.gaz
        cache = self._name_cache
        pair = self._pair_weights
        first: list[float] = []
        second: list[float] = []
        where: list[Whereabouts] = []
        title = title_case(text)
        titled = title_words()
        headline = one_line(text)
        listed_after = -10  # the end of the last name boosted for its event context
        place_before = -20  # the end of the last name the first pass accepts
        boost = self.event_context_boost
        # A one-line conflict report ("Russian Forces Attack Avdiivka With Glide Bombs", "Burkina army
        # drone strike kills dozens at Diapaga market") has no other sentence to vouch for its places:
        # a name in event context, or after a locative preposition, gets a larger boost there.
        low = text.lower()
        triggers = find_triggers(low) if boost and headline and len(low) == len(text) else []
        conflict = reports_conflict(triggers)
        # (Not for a word of a trigger itself: "Artillery shelling was reported", "Drone strike on X".)
        trigger_words = [(t.start, t.end) for t in triggers]
        z_first: list[float] = []
        boosted: list[bool] = []  # per name: given the event-context boost (read backwards below)
        in_context: list[bool] = []  # per name: given it at all (a lesser town's variant needs it: names60)
        buildings: set[int] = set()  # seats of government named as buildings: places, the building alone
        for i, c in enumerate(cands):
            if c.key in SEAT_BUILDINGS:
                facility = seat_building(c, text, gaz)
                if facility:
                    c.options = facility
                    buildings.add(i)
        for i, c in enumerate(cands):
            # What the gazetteer says about a name is scored once per name; context per occurrence. A name
            # in capitals has other options (codes kept, variants not tried: "BY CHAD KLIMACK" is not
            # "Chad"), so its case is part of the key: else a document's result would depend on the
            # documents read before it by the same process.
            ck = (c.key, c.skeleton_match, c.variant_match, c.facility_match, c.facility_after,
                  c.text.isupper(), i in buildings,  # (a building has only its facility options)
                  c.small_variant)
            named = cache.get(ck)
            if named is None:
                ev = _evidence(c, gaz)
                e1 = sum(pair[k][0] * v for k, v in ev.items() if k in pair)
                e2 = sum(pair[k][1] * v for k, v in ev.items() if k in pair)
                if "user_place" in ev:  # the user listed it: a place in any capitalised context
                    e1 += self.user_place_boost
                    e2 += self.user_place_boost
                elif c.key in GROUP_WORDS:  # "Hamas said", "Fano fighters": the armed group, not Hamm or Fano
                    e1 = e2 = -100.0
                hows = {how for _, how in c.options}
                named = cache[ck] = (e1, e2, whereabouts(c, gaz) if two_pass else None, hows == {ALTERNATE},
                                     hows == {DEMONYM})
            # (people_before_men and head_of_unknown read only a name that is nothing but an alternate name,
            # armed_demonym only a demonym: most names are neither, and skip the calls.)
            z1, z2, wh, alias_only, demonym_only = named
            if c.key in _GROUP_HEAD_KEYS and len(low) == len(text) and group_head(c, low, gaz):
                z1 = z2 = -100.0
            c.features = f = context_features(c, text, lower_words)
            if title:
                f.pop("prev_cap", None)
                f.pop("next_cap", None)
            weak_capital = title or c.key in titled and sentence_initial_word(text, c.start, c.end)
            context = False
            # (A hyphen beside the name and a dot in it are what in_compound and dotted_acronym need: most
            # names have neither, and skip both calls.)
            hyphen = text[c.end:c.end + 1] == "-" or text[c.start - 1:c.start] == "-"
            if "honorific" in f or hyphen and in_compound(c, text, gaz) or "." in c.text and dotted_acronym(
                    c, gaz) or c.key in CALENDAR and month_in_use(c.key, text, c.start, c.end) \
                    or alias_only and people_before_men(c, text, gaz) \
                    or conflict and not title and alias_only and head_of_unknown(c, text, gaz) \
                    or not title and c.key in COMPASS and "next_cap" in f \
                    or weak_capital and (
                    c.key in COMPASS or c.key in EVENT_VERBS_BEFORE or (
                    c.key in titled and not caps_only_name(c.text)  # "CAR rebels": the code
                    and not any(gaz.row(o.row).feature_code == USER_FCODE for o in c.options))):
                # "Mr. Jordan"; in Title Case a compass word, a headline verb or an ordinary word ("From The
                # North", "Glide Bombs Hit Kupiansk", "Attack On Base") is not Cameroon's North region,
                # Iraq's Hit or La Bassée (a place the user listed stays one); nor is an ordinary word
                # capitalised only as a sentence's first word ("Gang attack in X", "Anger grew in X"); nor
                # a compass word before another capitalised word, the head of a name the gazetteer lacks
                # ("Amhara's East Gojjam zone", "North Wollo", "the South Oil Company").
                z1 = z2 = -100.0
            elif not title and "prev_cap" in f and "prev_comma" not in f and 0 <= place_before < c.start \
                    and c.start - place_before <= _POSSESSED_HEAD_CHARS \
                    and _POSSESSED_HEAD.fullmatch(text, place_before, c.start):
                # The tail of a name the gazetteer lacks, possessed by the place before ("Sagaing's Lin Ta
                # Lu village" is no Ta Lu in Vietnam): the province holds that place, the tail is no place.
                z1 = z2 = -100.0
            else:
                left = compass_left(text, facility_left(c, text))
                # A tail is a name glued to the capitalised word before it ("Salim" of "Abu Salim"), not
                # one after a comma: "Kupiansk, Izium shelled" lists two towns.
                tail = "prev_cap" in f and "prev_comma" not in f
                near = boost and (event_context(c, text, headline, tail, left)
                                  or demonym_only and armed_demonym(c, text)
                                  or conflict and c.key not in CALENDAR  # "killed in March"
                                  and _after_locative(text, left, c.end))
                if near or boost and listed_after < c.start <= listed_after + 7 \
                        and _LIST_GAP.fullmatch(text, listed_after, c.start):
                    extra = HEADLINE_EVENT_EXTRA if near and conflict and not any(
                        s < c.end and c.start < e for s, e in trigger_words) else 0.0
                    z1 += boost + extra
                    z2 += boost + extra
                    listed_after = c.end  # "seize Zinjibar and Jaar": the list shares the context
                    context = True
                elif boost and place_before < c.start <= place_before + 12 and \
                        _PART_GAP.fullmatch(text, place_before, c.start):
                    z1 += boost  # "Warrap's Tonj", "Ituri's Djugu territory": a part of a place
                    z2 += boost
                for k in f:  # context features are indicators (value 1)
                    w = pair.get(k)
                    if w is not None:
                        z1 += w[0]
                        z2 += w[1]
            z_first.append(z1)
            second.append(z2)
            in_context.append(context)
            # (a demonym's boost is its own, "Afghan and Pakistani forces": not a list of places to share)
            boosted.append(listed_after == c.end and not demonym_only)
            where.append(wh)  # type: ignore[arg-type]
            if _sigmoid(z1) >= self.threshold and not (c.small_variant and not context):
                place_before = c.end
        if boost:
            _share_backwards(cands, text, boosted, z_first, second, boost)
            self._coordinated(cands, text, z_first, second)
        first = [_sigmoid(z) for z in z_first]
        # (names60) A lesser town's spelling variant ("Graivoron", "Hulyaipole") is a place only where the
        # words around it mark conflict reporting (the event-context boost, or a list that shares it; in
        # the second pass also a locative the document's places support): elsewhere it is no place, and
        # it vouches for no other name.
        # Nor, anywhere, is a word the text also writes in lowercase.
        # (sets: the second pass asks each candidate whether it is one of them)
        small = {i for i, c in enumerate(cands) if c.small_variant and not (in_context[i] or boosted[i])}
        plain = {i for i, c in enumerate(cands) if c.small_variant and (
            c.key in titled or "seen_lowercase" in c.features)}
        for i in small | plain:
            first[i] = 0.0
        for i in buildings:
            first[i] = 1.0
        if not two_pass:
            for c, s in zip(cands, first, strict=True):
                c.score = s
            return cands
        doc_features = document_features(cands, first, where, self.confident)
        placed = any(c.small_variant for c in cands) and any(
            s >= self.confident and not c.small_variant and any(o.how != DEMONYM for o in c.options)
            for c, s in zip(cands, first, strict=True))
        for i, (c, z, s1, df) in enumerate(zip(cands, second, first, doc_features, strict=True)):
            if df is None:
                c.score = s1
                continue
            for k, v in df.items():
                c.features[k] = v
                z += pair.get(k, (0.0, 0.0))[1] * v
            located = boost and df and _located(text, compass_left(text, facility_left(c, text)), c.end)
            if c.small_variant and (i in small and not located or i in plain
                                    or placed and "doc_country" not in df and "doc_region" not in df):
                # (and, where the text names other places confidently, one of their country or province:
                # "Madyan, a town in Swat district" is no Madian in Ivory Coast, "Toukra" near N'Djamena no
                # Tukrah in Libya; a demonym places nothing, "Russian drones struck Hulyaipole")
                c.score = 0.0
                continue
            if boost and df and (located or "doc_repeat" in df and "sent_start" in c.features):
                # A place of the story's own country after "at", "around", "near", "the port of"
                # ("hit a fuel terminal at Ras Isa", "fighting continued around Quissanga"): a place,
                # where the bare name alone was too doubtful. So is a name opening a sentence, where its
                # capital says nothing, that the text names confidently elsewhere ("... near Minova.
                # Minova had sheltered ..."): one name, one sense, in one article.
                z += boost
            c.score = _sigmoid(z)
        for i in buildings:
            cands[i].score = 1.0
        return cands

    def _coordinated(self, cands: list[Candidate], text: str, z1: list[float], z2: list[float]) -> None:
        """Names listed beside a confident place are places too ("near Pokrovsk and Toretsk", "in Sanaa
        and Saada", "BAALBEK, Lebanon"): such a doubtful name gets the event-context boost (in place,
        both passes). The list is read forwards, then backwards, so a boosted name passes it on."""
        confident = math.log(self.confident / (1 - self.confident))
        threshold = math.log(self.threshold / (1 - self.threshold)) if 0 < self.threshold < 1 else 0.0
        # (past a compass adjective before the next name, "Chuhuiv and northern Kupiansk", and a facility's
        # noun after the name before, "Nyala airport and Zalingei": sites53)
        nexts = [compass_left(text, c.start) for c in cands[1:]]
        ends = [facility_noun_end(text, c.end) for c in cands[:-1]]
        listed = [0 < nexts[k] - ends[k] <= 6
                  and _COORDINATION.fullmatch(text, ends[k], nexts[k]) is not None
                  for k in range(len(cands) - 1)]
        order = list(range(len(listed)))
        for ks, step in ((order, 1), (order[::-1], -1)):
            for k in ks:
                a, b = (k, k + 1) if step == 1 else (k + 1, k)
                if listed[k] and z1[a] >= confident and -100 < z1[b] < threshold:
                    z1[b] += self.event_context_boost
                    z2[b] += self.event_context_boost

    def __call__(self, text: str) -> list[Candidate]:
        return [c for c in self.candidates(text) if c.score >= self.threshold]


def _share_backwards(cands: list[Candidate], text: str, boosted: list[bool], z1: list[float], z2: list[float],
                     boost: float) -> None:
    """A list shares its event context backwards too: "Kramatorsk, Sloviansk hit by missiles", "Kherson,
    Nikopol shelled overnight" (the words after the last name vouch for the names listed before it, as
    "seize Zinjibar and Jaar" vouches forwards). One pass from the end: linear."""
    for k in range(len(cands) - 2, -1, -1):
        a, b = cands[k], cands[k + 1]
        if boosted[k + 1] and not boosted[k] and -100 < z1[k] and 0 < b.start - a.end <= 7 \
                and not all(how == DEMONYM for _, how in a.options) \
                and _LIST_GAP.fullmatch(text, a.end, b.start):
            z1[k] += boost
            z2[k] += boost
            boosted[k] = True


class LowercaseWords:
    """The document's lowercase words, asked one at a time: a name also used as a plain word ("most")
    is suspect. ``word in words`` is true when ``word`` occurs as a whole lowercase word (not after a
    dot: "U.s"); answers are memoised. The first few names are searched for in the text; a document
    that asks about more (thousands of names) gets its lowercase words collected in one pass instead,
    since a search per name is quadratic in a long text.
    """

    __slots__ = ("text", "memo", "words")
    SEARCHES = 64  # names searched for one by one before the words are collected

    def __init__(self, text: str) -> None:
        self.text = text
        self.memo: dict[str, bool] = {}
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        hit = self.memo.get(word)
        if hit is None:
            if self.words is None and len(self.memo) >= self.SEARCHES:
                self.words = set(_LOWER_WORD.findall(self.text))
            if self.words is None:
                hit = _occurs_lowercase(self.text, word)
            else:
                hit = _askable(word) and word in self.words
            self.memo[word] = hit
        return hit


# A whole run of ASCII lowercase letters not after a letter, digit, "_" or ".": exactly the
# occurrences _occurs_lowercase accepts.
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z]+(?![a-z])")


def _askable(word: str) -> bool:
    return word.isascii() and word.isalpha() and word.islower() and len(word) >= 2


def _occurs_lowercase(text: str, word: str) -> bool:
    if not _askable(word):
        return False
    n = len(word)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before in "_.") and not ("a" <= after <= "z"):
            return True
        i = text.find(word, i + 1)
    return False
