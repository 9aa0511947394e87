"""Who did what to whom: actor phrases in a sentence, and which side of an event each is on.

An actor phrase is a head noun for an armed or political body ("coalition", "army", "Foreign
Ministry", "gunmen", "protesters") with the modifiers before it ("US-led", "Syrian", "the Russian"),
or a named armed group ("IS", "al-Shabaab", "Houthis"). A phrase after "by" is the agent (actor1);
after "on", "against", "targeting" it is the target (actor2); before the trigger with no preposition
it is the agent; straight after a transitive trigger ("bombed army positions") it is the target.
The actor's country comes from the place mentions inside the phrase ("Syrian" -> SY, "US-led" -> US)
or, for named groups, from where the group operates. A phrase whose head is a weapon or an attack
("Russian missiles", "an Israeli strike", "Houthi drone attack") is an actor only with a nationality or
a group in it: "the strike" and "Kharkiv shelling" name no one.

Which phrase is the agent, by classes of phrasing (each a small table or pattern below):

- Title Case headlines: a capitalised plural people-noun ends its phrase ("Jihadists Storm Army
  Outpost": "Jihadists" | "Storm Army"), and a phrase the trigger opens is its object ("Ambush Police").
- A thing of an actor's that was hit is a target, its owner never the agent (``_OWNED_TARGET``: "police
  post", "army base", "military convoy", "government positions").
- A subject that suffered the act is no agent (``_SUFFERED``: "soldiers were killed", the headline
  passive "Wagner fighters killed in fighting", "a police helicopter was shot down"; a force named in or
  carried by the subject of a passive with its agent, "a helicopter carrying police officers ... was hit by a
  drone": ``_PASSIVE_STRUCK``, the side struck when that subject opens the sentence); a quantity before a
  subject is no object ("dozens of settlers torched"); nor is the subject of an earlier clause the agent of a
  later one with a subject of its own ("detained 20 men, two days after a bomb hit the market":
  ``_OTHER_SUBJECT``).
- With no agent before the trigger: the subject of "when/as/after X <verb>ed" ("killed when jihadists
  attacked"), the subject of a verb whose object is the target ("Bamako attack: jihadists hit gendarmerie
  school", "where the KIA has attacked army positions": ``_STRUCK``), else a weapon after
  "in/from/after/amid" is the means and its owner the agent ("killed in regime airstrikes", "after Russian
  shelling").
- Attacks repelled, in any number, were the attackers' ("repelled 15 Russian attacks": actor1 Russian
  forces, actor2 the speaker; "repelled an attack on a military base, killing 17 insurgents": the
  insurgents); "falls to X" makes X the agent; in a withdrawal the side that moved in took the place from
  the side that left ("troops enter Kidal after rebels withdraw").
- The subject of a relative clause is its own ("militants who attacked"), and those "who attacked" are
  actor1 of the fight even as the object of the main verb ("killed 15 ISWAP fighters who attacked a
  base"); a country after "by" is an agent whether or not it was found as a place ("drones launched by
  Russia"), and so is a country's possessive before its weapon past plain words ("Russia's overnight
  missile barrage": ``_COUNTRY_OWNS``); members named by their group ("Gangs from the Viv Ansanm
  coalition") are the group.
- Members and fighters of a band are the band: by the table's name ("Members of the Viv Ansanm gang
  alliance torched"), else by their own ("Gunmen from the Gran Grif gang", "of the little-known Mahmuda
  group"); a fight is theirs who attacked when its trigger stands later ("X attacked a base, and officials
  said 12 soldiers were killed in hours of fighting"); a speaker's bare "troops" are its own ("Israeli army
  says troops clashed"); a country after a preposition is no subject ("from bases in Venezuela attacked").
- A capital that says its own forces acted stands for its state ("Moscow said on Thursday its forces had
  struck": Russian forces; the table's capitals), found as a place or not.
- A statement's speaker is the subject of its speech verb, past an aside ("A spokesman for Myanmar's
  foreign ministry, speaking in Bangkok, accused": :func:`speaker`).
- A subject that refers back ("they", "the group", "its fighters": :func:`refers_back`) is resolved by
  the coder from the groups named before (:func:`first_named_group` for a sentence with no event), never
  an international body (:func:`fighting_group`: "the UN said", "a UN patrol"), nor either of two groups
  the last sentence named ("Boko Haram and ISWAP fought ... the militants killed": "militants").

Names are then made canonical (:func:`canonical`, :func:`code_actors`) from the actor table
``mapper/data/actors.json``: named groups by their spellings ("RSF", "Rapid Support Forces" -> "Rapid
Support Forces"; "Boko Haram fighters" -> "Boko Haram"; a transnational group named by its link is its
affiliate in the event's country, from the table's ``affiliates``: "al Qaeda-linked militants", "al Qaeda's
Sahel affiliate" in Mali -> "JNIM", "Islamic State-linked rebels" in Congo -> "ADF", elsewhere the group
itself), and generic classes by head noun: state forces "<Adjective> forces" (army, troops, soldiers, jets,
missiles, strikes, also a government's: "Government warplanes"; with no nationality, people of
the event's country: "Soldiers arrested 12 in Bunia" -> "Congolese forces"), "police", "<Adjective>
government" (ministries, officials; a country or capital standing for its state is its government in
political events and its forces in violent ones), "protesters", "rioters", "unidentified gunmen" (also
unnamed assailants, attackers and suicide bombers: ACLED's Unidentified Armed Group of the country),
"militants", "settlers", "civilians" (fighters named by their kind are that class: "Rebel fighters" ->
"rebels"; "security forces" with no nationality are the event country's forces). Every class of the table is
found by its head alone ("gang members", "armed bandits"), but a government's people and victims. Hedges
("suspected", "alleged") and articles are dropped; an unknown actor is kept as written, a group named by
its acronym and a noun for its members by the acronym ("AAKG fighters" -> "AAKG"). By ACLED's
conventions, the actor1 of a protest is the protesters (an intervening force is actor2), of a riot the
rioters (however the text names the crowd: "Protesters torch ..." is a riot by rioters), of excessive force
against protesters the force; victims (civilians) are never actor1. When no phrase names the other side of
an act of violence, actor2 is whom its toll counts ("killing four soldiers": the event country's forces;
"two policemen": police; "20 people, including nine children": civilians; casualties.victims), and always
civilians for Violence against civilians, ACLED's convention (:func:`inferred_target`, marked
``Actor.inferred``: the learned event filter reads only a named actor2, the feature it was fitted on); a
battle of the occupier's forces is against the occupied country's own ("Russian forces advance near
Pokrovsk": Ukrainian forces), and a named armed group that overtakes territory took it from the event
country's forces ("Arakan Army captures Buthidaung"). The target's members named by their group are the
group ("fighters of the UPC armed group"), and a body named only as whose spokesman, informer or source a
person is takes no side ("abducted 23 worshippers, police spokesman X said").
A clash whose side that acted is a
crowd ("Protesters ... clashed with soldiers", "Supporters of rival factions clashed") is a riot
(:func:`crowd_fight`). A name two theatres share is the event country's group (the table's
``called_locally``: "al-Shabab" in Cabo Delgado is Islamic State Mozambique), and a plain word names a group
in its theatre alone (``local_aliases``: "Dissidents of the former FARC", "Dissidents clash with army" in
Colombia are the FARC dissidents). Troops with no nationality in a territory another state's forces hold
are that state's (the table's ``forces_of``: "Troops demolished homes in Nablus" are Israeli forces), and
what a country's own copy calls the occupier or the enemy ("Occupiers shell Nikopol", "Occupation forces
stormed Qabatiya", "enemy shells Bilopillia") is the state the table's ``occupier`` names (Russia in
Ukraine, Israel in Palestine; where no state occupies the country, "the enemy" names no one). The
table also gives each actor ACLED's name ("Military Forces of Russia (2000-)", "Protesters (Kenya)") and
inter code (:func:`describe`), which the ACLED export writes.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from mapper.events.dates import MONTHS, WEEKDAYS
from mapper.events.lexicon import ATTRIBUTES, CLAIMS, REACTS, SAID, SPEAKS, SPEECH_STEMS, alternation
from mapper.events.prefilter import (
    LiteralScan,
    Prefiltered,
    PrefilteredGroup,
    WordGate,
    gate_text,
    literal_heads,
    word_trie,
)
from mapper.events.wordhits import WordHits
from mapper.geoparse.capitals import NameGate, capital_pieces
from mapper.model import Actor, Mention

ACTOR_TABLE = Path(__file__).resolve().parent.parent / "data" / "actors.json"
_TABLE: dict[str, Any] = json.loads(ACTOR_TABLE.read_text(encoding="utf-8"))
# The acronyms in capitals the table spells its armed groups and bodies by ("FLA", "BLA", "KIA", "NATO",
# "EU"): in the news they are those, never the place a gazetteer row shares them with (Florida's old
# abbreviation, Bla in Mali, Kia in the Solomon Islands, Nato in the Philippines); recognition drops them.
GROUP_ACRONYMS = frozenset(a for g in _TABLE["groups"] for a in (g["name"], *g["aliases"])
                           if len(a) >= 2 and a.isupper() and a.isalpha())
COUNTRIES: dict[str, dict[str, Any]] = _TABLE["countries"]  # ISO alpha-2 -> adjective, name, iso, period
# Every spelling of a named group -> the group's table entry.
_GROUP_OF: dict[str, dict[str, Any]] = {alias: g for g in _TABLE["groups"] for alias in g["aliases"]}
_GROUP_BY_NAME: dict[str, dict[str, Any]] = {g["name"]: g for g in _TABLE["groups"]}
# Named groups -> the country they are based in ("" for transnational ones).
NAMED_GROUPS: dict[str, str] = {alias: g["country"] for alias, g in _GROUP_OF.items()}
# The groups' names written as words ("Hamas", "Taliban", "Fano", not "IS" or "FLA"), normalised: a place
# recogniser reads such a name as the group, not as a namesake town (Hamm, Fano in Italy).
GROUP_WORDS: frozenset[str] = frozenset(" ".join(alias.lower().split()) for alias in _GROUP_OF
                                        if any(ch.islower() for ch in alias))
# The names a state's own forces go by ("IDF", "FARDC", "Tatmadaw"): the groups of ACLED's inter code 1.
STATE_FORCE_NAMES: tuple[str, ...] = tuple(sorted({alias for g in _TABLE["groups"] if g.get("inter") == 1
                                                  for alias in g["aliases"]}))
_CLASSES: list[dict[str, Any]] = _TABLE["classes"]
# Head words -> class, longest first when read from the end of a phrase.
_CLASS_OF_HEAD: dict[str, dict[str, Any]] = {h.lower(): c for c in reversed(_CLASSES) for h in c["heads"]}
# A country's adjective or name, as a modifier ("Russian", "Israel's", "U.S.") -> its ISO code.
_CC_OF_WORD: dict[str, str] = {"u.s.": "US", "us": "US", "american": "US", "uk": "GB", "u.k.": "GB"}
for _cc, _c in sorted(COUNTRIES.items()):
    for _w in (_c["adjective"].lower(), _c["name"].lower(), _c["name"].lower() + "'s"):
        _CC_OF_WORD.setdefault(_w, _cc)


# The letters each country word of one token opens with, lowered ("nigeria" of "nigeria's", "u" of "u.s.",
# "guinea" of "guinea-bissau"): a word country_in reads as a country opens with one of them, so a text
# none of whose capitalised words (capitals.py) is one names no country by such a word (the resolver's
# nationality words).
COUNTRY_WORD_HEADS: frozenset[str] = frozenset(re.split(r"['.-]", w, maxsplit=1)[0] for w in _CC_OF_WORD
                                               if not any(ch.isspace() for ch in w))


def country_in(words: Sequence[str]) -> str:
    """The country a modifier among ``words`` names ("Russian", "Ukraine's", "U.S.-led"), else ""."""
    for w in words:
        w = w.lower().replace("’", "'").strip(".,")
        for part in (w, w.split("-")[0]):
            cc = _CC_OF_WORD.get(part) or _CC_OF_WORD.get(part + ".")
            if cc:
                return cc
    return ""


# The countries' names of four letters or more, longest first: the alternation of the country rules below.
_COUNTRY_NAMES = "|".join(sorted((re.escape(c["name"]) for c in COUNTRIES.values() if len(c["name"]) >= 4),
                                 key=len, reverse=True))
# A country's name directly before a past-tense or present verb: the country acted (or said so: "India said
# its strikes hit nine sites", read with the report that follows).
_COUNTRY_SUBJECT = re.compile(
    # (Not after a preposition: "ELN guerrillas who operate from bases in Venezuela attacked a base".)
    r"(?<![\w'’-])(?<!\bin\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bat\s)(?<!\bnear\s)(?<!\binto\s)(?P<name>"
    + _COUNTRY_NAMES
    + r")\s(?:(?:has|have|had|also|then|later|again)\s)?(?=[a-z]{2,20}(?:ed|s)\b|said\b)")
# A capital as the speaker of its own forces' act: the capital, a speech verb, and "its"/"their" within a
# bounded window ("Moscow said on Thursday its forces had struck", "Kyiv says its drones hit", "Ankara said
# that its jets"): the state's forces did it (the table's capitals).
_CC_OF_CAPITAL: dict[str, str] = {c["capital"]: cc for cc, c in sorted(COUNTRIES.items()) if c.get("capital")}
_CAPITAL_SPEAKS = re.compile(
    r"(?<![\w'’-])(?P<name>" + "|".join(sorted(map(re.escape, _CC_OF_CAPITAL), key=len, reverse=True))
    + r")\s++(?:(?:has|had|also)\s++)?(?:" + alternation(SAID | CLAIMS | {"announced", "announces", "stated"})
    + r")\b"
      r"[^,.;:]{0,40}?(?<=\s)(?:its|their)\s")
# A country's name after "by", found or not as a place: "drones launched by Russia", "shelled by Israel".
_COUNTRY_AGENT = re.compile(
    r"(?<![\w'’-])by\s++(?:the\s++)?(?P<name>"
    + _COUNTRY_NAMES
    + r")(?![\w'’-])")
# A country's possessive before its weapon, past plain words the phrase pattern does not take ("Russia's
# overnight missile barrage", "Israel's latest wave of strikes"): the country's forces did it.
_COUNTRY_OWNS = re.compile(
    r"(?<![\w'’-])(?P<name>"
    + _COUNTRY_NAMES
    + r")['’]s\s++(?:[a-z][a-z-]{1,20}+\s++){1,3}?(?=(?:barrage|bombardment|attacks?|strikes?|airstrikes?|"
      r"shelling|offensive|assault|missiles?|drones?|rockets?|raids?)\b)")
# Where a weapon was fired from: "drones launched from Russia's Kursk region", "missiles fired from Iran": the
# country's forces fired it.
_COUNTRY_LAUNCH = re.compile(
    r"(?<![\w'’-])(?:launched|fired)\s++from\s++(?:the\s++)?(?:territory\s++of\s++)?(?P<name>"
    + _COUNTRY_NAMES
    + r")(?![\w-])")
_WEAPON_HEADS = frozenset(h for c in _CLASSES if c["name"] == "forces" and not c["event_country"]
                          for h in c["heads"])
_WEAPONS = "|".join(sorted((re.escape(h).replace("\\ ", " ") for h in _WEAPON_HEADS), key=len, reverse=True))
# The people and bodies the table's classes name ("colonists", "armed men", "riot police"), beyond the
# heads listed below.
_TABLE_HEADS = "|".join(sorted({re.escape(h.lower()).replace("\\ ", " ") for c in _CLASSES for h in c["heads"]
                                if h.lower() not in _WEAPON_HEADS}, key=len, reverse=True))
_HEADS = (_WEAPONS + "|" + _TABLE_HEADS
          + r"|coalition|army|armed forces|forces|troops|soldiers|servicemen|military|"
          r"police(?:men)?|"
          r"militias?|militiamen|rebels|insurgents|militants|fighters|jihadists|gunmen|attackers|"
          r"protesters|demonstrators|rioters|air force|navy|jets|warplanes|planes|aircraft|drones|pilots|"
          r"(?:Foreign|Defen[cs]e|Interior|foreign|defen[cs]e|interior) [Mm]inistry|[Mm]inistry|government|"
          r"authorities|security forces|special forces|paratroopers|border guards|gendarmes|regime|"
          r"separatists|bandits|vigilantes|settlers|civilians|villagers|youths|supporters|dissidents|officials|"
          r"envoy|"
          r"delegation|"
          r"representatives|partners|junta|cartel|gang|gangs|mob|activists|witnesses|residents|medics|sources|"
          r"analysts|observers|monitors|occupiers|invaders|ruscists|rashists|enemy|"
          # a people's or a movement's armed bands named by their kind ("Bedouin tribes", "Bedouin tribesmen",
          # "SNA factions", "Turkish-backed factions"): a side of a fight, with a modifier only (targets49)
          r"tribes|tribesmen|factions")
# Modifiers allowed before a head: capitalised words (names, demonyms), "X-led", a few adjectives.
# Linear on any text: a modifier may start at any letter of a word, so every repeat in it is bounded
# (no modifier is 50 letters long) and possessive (backing off a letter or a space never lets the
# rest match). Unbounded, a 32 KB run of letters and dots took a minute. ("Suicide bombers" at a
# sentence's start is the table's head, not a state's "bombers" with a modifier.)
_MOD = (r"(?:(?!Suicide\b)[A-Z][\w'’.]{0,50}+(?:-\w{1,50}+){0,8}+|"
        r"[a-z]{1,50}+-(?:led|backed|allied|aligned|linked)|"
        r"pro-[\w-]{1,80}+|"
        r"government|state|security|special|armed|local|tribal|rebel|islamist|jihadist|unidentified|"
        r"suspected|masked|allied|opposition|regime|federal|national|military|paramilitary|coalition|"
        r"militia|separatist|government-backed|ballistic|cruise|guided|hypersonic|heavy|kamikaze|"
        r"loitering|aerial|artillery|naval|precision|glide|cluster|barrel|cartel|gang|militant|bandit|enemy|"
        # the kind of an attack or force ("repelled a Russian armoured assault", "Israeli ground offensive")
        r"armou?red|mechani[sz]ed|infantry|ground)")
# (The head nouns as a trie, the same matches: one branch tried per letter, not each noun in turn.)
_HEADS_TRIE = word_trie(_HEADS)
_PHRASE = re.compile(r"(?:\b(?:the|a|an)\s++)?(?P<mods>(?:" + _MOD + r"\s++){0,3})(?P<head>\b(?i:"
                     + _HEADS_TRIE + r"))\b")
# Where a phrase can end: its head nouns, found in one pass (see _phrases).
# What may follow a group's name inside its phrase ("Boko Haram fighters", "Houthi drone attack").
_AFTER_GROUP = re.compile(r"(?:[ -](?:-?(?:led|backed|run|allied|affiliated|linked|aligned)\b)"
                          # "Al-Qaida affiliate", "al Qaeda's Sahel affiliate": its affiliate (canonical)
                          r"|(?:['’]s(?: [A-Z][a-z]{1,20}+)?)? affiliate\b)?"
                          r"(?: (?i:fighters|militants|rebels|gunmen|cells|members|forces|troops|insurgents|"
                          # ("Fano militia, army clash": the group's militia is the group; targets51)
                          r"jihadists|militiamen|militia|commanders?|units|operatives|suicide bombers|"
                          r"bombers|remnants|"
                          r"(?:drone|missile|rocket|air) ?(?:strikes?|attacks?)|drones?|missiles?|rockets?|"
                          r"strikes?|attacks?|snipers?|shelling)\b)?")
# Modifiers that are actors themselves: "army drones", "coalition air strike".
_ACTOR_MODIFIERS = frozenset({"army", "military", "coalition", "regime", "government", "rebel", "militia",
                              "police", "jihadist", "insurgent", "junta", "navy", "paramilitary", "gang",
                              "cartel", "militant", "bandit", "separatist"})
# The actor a modifier names when it is the only one ("paramilitary shelling": paramilitary forces).
_BY_MODIFIER = {"paramilitary": "paramilitary forces", "rebel": "rebels", "militia": "militia",
                "jihadist": "jihadists", "insurgent": "insurgents", "police": "police", "gang": "gangs",
                "cartel": "cartel gunmen", "militant": "militants", "bandit": "bandits",
                "separatist": "separatists"}  # "militant attack in Mir Ali", "bandit raid"
_HEAD_AT = re.compile(r"\b(?i:" + _HEADS_TRIE + r")\b")
_HEAD_SCAN = LiteralScan(literal_heads(_HEADS), ignore_case=True)
_WORD = re.compile(r"\S+")
_GROUPS = re.compile(r"\b(?:" + "|".join(sorted((re.escape(g) for g in NAMED_GROUPS), key=len, reverse=True))
                     + r")\b")
_GROUPS_SCAN = Prefiltered(_GROUPS)  # _GROUPS.finditer, tried only where a name occurs
# The six find_actors searches each sentence for, their heads (group and country names, capitals, "by",
# "launched") found in one pass over it, not six.
_SENTENCE_GROUPS_SCAN, _COUNTRY_SUBJECT_SCAN, _CAPITAL_SPEAKS_SCAN, _COUNTRY_AGENT_SCAN, _COUNTRY_OWNS_SCAN, \
    _COUNTRY_LAUNCH_SCAN = PrefilteredGroup([_GROUPS, _COUNTRY_SUBJECT, _CAPITAL_SPEAKS, _COUNTRY_AGENT,
                                             _COUNTRY_OWNS, _COUNTRY_LAUNCH]).members
# Named groups -> the countries they fight in: the table's theatre, else the home country ("" none).
GROUP_THEATRES: dict[str, tuple[str, ...]] = {
    alias: tuple(g.get("theatre") or ([g["country"]] if g["country"] else []))
    for alias, g in _GROUP_OF.items()}


_GROUPS_GATE = NameGate(NAMED_GROUPS)


@lru_cache(maxsize=1)
def group_matches(text: str) -> tuple[re.Match[str], ...]:
    """``_GROUPS.finditer(text)``, remembered for the last text: the resolver (theatre_provinces,
    theatre_countries) and the coder (theatre_countries, story_group) all read the whole article's
    named groups, and each pass over a long text costs as much as the rest of those steps. A text
    whose capitalised words (capitals.py: the ones recognition found) hold no group's name is not
    walked: four articles in five name none, and the walk was a twentieth of geoparsing."""
    pieces = capital_pieces(text)
    if pieces is not None and not _GROUPS_GATE.may_occur(pieces, text):
        return ()
    return tuple(_GROUPS_SCAN.finditer(text))


# Named groups -> the provinces (admin1 codes) their fighting is confined to, in the countries of their
# theatre that the table lists provinces for (the table's "provinces"; none: the whole theatre).
GROUP_PROVINCES: dict[str, frozenset[str]] = {
    alias: frozenset(g.get("provinces") or ()) for alias, g in _GROUP_OF.items()}


def theatre_provinces(text: str) -> tuple[set[str], set[str]]:
    """The provinces the named groups in ``text`` fight in, and the countries they confine: a country is
    confined when every group named that fights in it lists provinces there ("Boko Haram fighters overrun
    Bosso": Borno, Yobe, Adamawa, Diffa, Lac, Far North; Nigeria, Niger, Chad and Cameroon confined to
    them). One prefiltered pass: linear in the text."""
    provinces: set[str] = set()
    confined: set[str] = set()
    whole: set[str] = set()
    for m in group_matches(text):
        own = GROUP_PROVINCES[m.group()]
        provinces |= own
        listed = {a.split(".", 1)[0] for a in own}
        confined |= listed
        whole.update(cc for cc in GROUP_THEATRES[m.group()] if cc not in listed)
    return provinces, confined - whole


def theatre_countries(text: str) -> set[str]:
    """The countries the named groups in ``text`` fight in ("ADF rebels" -> CD, UG): where a story
    about them is likely set (the resolver weighs it). One prefiltered pass: linear in the text."""
    return {cc for m in group_matches(text) for cc in GROUP_THEATRES[m.group()]}


# Words of armed conflict that name no group ("jihadists", "cattle raid", "Israeli strikes") -> the countries
# where news reports them (the table's vocabulary), keyed by their words in lower case (the acronyms, "IED",
# "IDF", are no English words in any case).
VOCABULARY_THEATRES: dict[tuple[str, ...], frozenset[str]] = {}
for _v in _TABLE.get("vocabulary", []):
    for _phrase in _v["words"]:
        _key = tuple(_phrase.lower().split())
        VOCABULARY_THEATRES[_key] = VOCABULARY_THEATRES.get(_key, frozenset()) | frozenset(_v["theatre"])
_VOCABULARY_LONGEST = max((len(k) for k in VOCABULARY_THEATRES), default=0)
_VOCABULARY_FIRST = frozenset(k[0] for k in VOCABULARY_THEATRES)  # most words start no phrase: one test
# The phrases of more than one word, by their first word, spaced as in _vocabulary_theatres' joined words.
_VOCABULARY_PHRASES: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
for _key, _theatre in VOCABULARY_THEATRES.items():
    if len(_key) > 1:
        _spaced = (" " + " ".join(_key) + " ", _theatre)
        _VOCABULARY_PHRASES[_key[0]] = (*_VOCABULARY_PHRASES.get(_key[0], ()), _spaced)
_VOCABULARY_WORD = re.compile(r"[A-Za-z]++(?:-[A-Za-z]++)*+")  # the words _words gives, lowered
# Per byte of a text encoded as ASCII (anything else "?"): ASCII letters lowered, "-" kept, the rest a space.
_WORD_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c == 45 else 32 for c in range(256))


@lru_cache(maxsize=1)
def _words(text: str) -> tuple[str, ...]:
    """The lower-case words of ``text`` (``_VOCABULARY_WORD.findall``, each lowered), remembered for the
    last text (the resolver and the coder both ask about the article's text).

    Found by C string methods rather than the pattern, which cost about 1,700 instructions a word (a
    sixth of geoparsing went to the article scans of this module): every character but the ASCII letters
    and "-" becomes a space (a non-ASCII character too, which the pattern's [A-Za-z] never matches,
    whatever its lower case), and a "-" joins two letters only, so the others become spaces as well
    (tests/test_speed_oracles.py checks the words against the pattern's)."""
    low = text.encode("ascii", "replace").translate(_WORD_BYTES)
    if b"-" in low:  # a run of hyphens halves to spaces and at most one "-", which a space then borders
        low = (b" " + low + b" ").replace(b"--", b"  ").replace(b" -", b"  ").replace(b"- ", b"  ")
    return tuple(low.decode("ascii").split())


# Plain words of violence ("fighting", "gunmen", "killed") -> the countries where such news is reported
# across most of the country (the table's short_text_vocabulary): read only in a one-line text.
SHORT_TEXT_THEATRES: dict[str, frozenset[str]] = {}
for _v in _TABLE.get("short_text_vocabulary", []):
    for _word in _v["words"]:
        SHORT_TEXT_THEATRES[_word] = SHORT_TEXT_THEATRES.get(_word, frozenset()) | frozenset(_v["theatre"])
# A one-line text: a headline or a lone sentence, with no other sentence to read its names by (as
# geoparse.recognize.one_line).
_SHORT_TEXT = 300


def short_text_theatres(text: str) -> set[str]:
    """The countries where the plain violence words of a one-line ``text`` are reported ("Fighting erupts
    in Bor": South Sudan among them, Russia not): such a headline that names no other place is likely set
    in one of them. Empty for a longer text, where such words say nothing of the setting (a US local story
    says "killed" too). Linear: one look-up per word."""
    if len(text) > _SHORT_TEXT or "\n" in text.strip():
        return set()
    out: set[str] = set()
    for word in _words(text):
        hit = SHORT_TEXT_THEATRES.get(word)
        if hit:
            out |= hit
    return out


def short_text_weights(text: str) -> dict[str, float]:
    """short_text_theatres with how strongly the words point at each country: each word gives each of its
    countries one over their number, so a word reported in few countries ("gangs": Haiti, Mexico, ...)
    outweighs the plain words reported in thirty ("kill", "clash"). Empty for a longer text; linear."""
    if len(text) > _SHORT_TEXT or "\n" in text.strip():
        return {}
    out: dict[str, float] = {}
    for word in _words(text):
        hit = SHORT_TEXT_THEATRES.get(word)
        if hit:
            share = 1.0 / len(hit)
            for cc in hit:
                out[cc] = out.get(cc, 0.0) + share
    return out


def vocabulary_theatres(text: str) -> set[str]:
    """The countries where the conflict words of ``text`` are reported ("insurgents" -> Mozambique,
    Nigeria, Somalia, ...; "cattle raid" -> South Sudan, Kenya, ...): a one-line story that names no
    country is likely set in one of them (the resolver weighs them as a named group's theatre). One pass
    over the words, each looked up with the few after it: linear in the text. Remembered for the last
    text (the resolver and the coder both ask about the article's)."""
    return set(_vocabulary_theatres(text))  # a new set each time


@lru_cache(maxsize=1)
def _vocabulary_theatres(text: str) -> frozenset[str]:
    # The phrases' first words found among the text's in one set operation, not a look-up per word (most
    # texts hold a few of them); a longer phrase is then looked for in the words joined by spaces.
    words = _words(text)
    out: set[str] = set()
    joined = ""
    for first in _VOCABULARY_FIRST.intersection(words):
        hit = VOCABULARY_THEATRES.get((first,))
        if hit:
            out |= hit
        for phrase, theatre in _VOCABULARY_PHRASES.get(first, ()):
            if not joined:
                joined = " " + " ".join(words) + " "
            if phrase in joined:
                out |= theatre
    return frozenset(out)
# Capitalised words that start a sentence or a date rather than an actor's name.
_NOT_MODIFIERS = frozenset(
    "the a an on in at by as after when while but and meanwhile then also later since during from".split()
    + [*WEEKDAYS, *MONTHS])
_REPORTED = re.compile(r"\b(?:" + alternation(ATTRIBUTES | REACTS | {"claimed", "announced"})
                       + r")\b")
# Before an object: a preposition or a transitive verb, and at most two words ("dozens of", "12"), or a verb
# of violence and a hedged figure ("Troops killed at least 15 Boko Haram fighters in clashes").
# ("Members of the Viv Ansanm gang alliance torched": the group's members are its subject, not an object.)
# ("A group of armed men burst into a house": a band of people before its verb is its subject too.)
_OBJECT_BEFORE = re.compile(r"\b(?i:(?<!dozens\s)(?<!scores\s)(?<!hundreds\s)(?<!thousands\s)"
                            r"(?<!members\s)(?<!group\s)(?<!groups\s)(?<!band\s)(?<!bands\s)of|"
                            r"killed|killing|kills|kill|martyring|attacked|attacking|targeted|targeting|ambushed|"
                            r"ambushing|shelled|bombed|struck|hit|hitting|pounded|pounding|neutrali[sz](?:ed|ing)|"
                            r"eliminat(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|"
                            r"execut(?:ed|ing)|behead(?:ed|ing)|massacr(?:ed|ing)|"
                            r"abducted|abducting|kidnapped|arrested|arresting|detained|detaining|repelled|"
                            # "FARC dissidents downed a police helicopter": the craft's force is the object
                            # (actors46)
                            r"downed|downing|(?:shot|brought)\s++down|"
                            r"repelling|with|between|and|from|among)\s++"
                            r"(?:(?!(?:as|after|when|while|because|before|since|then|in|by|during|amid|under)\s)"
                            r"[\w'’.-]{1,40}+\s++){0,2}+$|"
                            r"\b(?i:killed|killing|kills|kill|wound(?:ed|ing)|captur(?:ed|ing)|arrested|arresting|"
                            r"neutrali[sz](?:ed|ing))\s++(?i:at\s++least|more\s++than|over|about|around|some|"
                            r"nearly|up\s++to)\s++[\w,]{1,12}+\s++$|"
                            # "Soldiers killed two (suspected) members of a Shining Path remnant": the object
                            r"\b(?i:killed|killing|captured|capturing|arrested|arresting|detained|detaining)\s++"
                            r"(?:[\w'’-]{1,20}+\s++){0,2}(?:members|fighters|militants|remnants)\s++of\s++"
                            r"(?:(?:an?|the)\s++)?$")
# The words between a toll's verb and the group it counts: "killed a ", "killing three ", "killed five
# suspected members of the ".
_TOLL_OBJECT = re.compile(r"\b(?i:killed|killing|kills|kill|martyring|wounded|wounding|injured|injuring)\s++"
                          r"(?:(?:at\s++least|more\s++than|about|some)\s++)?(?:an?|[\w,]{1,12}+)\s++"
                          r"(?:(?:suspected|alleged)\s++)?(?:(?:members|fighters|militants)\s++of\s++"
                          r"(?:the\s++)?)?$")
# "... said (on Saturday) (that) it had", "... says its forces": the speaker did it.
_SAID_IT = re.compile(r"\s*+(?:,\s*+)?(?:" + alternation(SAID | {"claimed", "announced", "reported",
                                                                   "confirmed"}) + r")\b[^,.;]{0,40}?"
                      r"\b(?:that\s+)?(?:it|they|its|their)\b")
_SAYS_AFTER_WORDS = ATTRIBUTES | {"reports", "announced"}
_SAYS_AFTER = re.compile(r"\s*+(?:" + alternation(_SAYS_AFTER_WORDS) + r")\b")
# A headline's bystanders who "say" ("Fano, army clash in Woldia, residents say") tell the act and take no
# side in it; a side that says ("Pakistani airstrikes hit Kabul, Taliban say") may be the side hit
# (targets51).
_SAY_AFTER = re.compile(r"\s{0,4}+say\b")
# ... nor, after a fight's verb, those of a clause of their own ("M23, army clash in Masisi as residents
# flee"; "Gangs torch homes in X as residents flee": the residents are the civilians hit).
_AS_BEFORE = re.compile(r"\bas\s++(?:the\s++)?$")
_TELLER_HEADS = frozenset({"residents", "witnesses", "locals", "medics", "sources", "officials", "monitors"})
_ITS = re.compile(r"\b(?:its|their|his|her)\s+$")
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?$")
# Before a weapon after the trigger: the means of the act ("killed in regime airstrikes", "after Russian
# shelling").
_MEANS = re.compile(r"\b(?i:in|from|during|amid|under|after|with)\s++(?:(?i:an?|the)\s++)?$")
# A subordinate clause with a subject of its own before the trigger: "Police detained 20 men on Thursday,
# two days after a bomb hit the market" (the police did not plant the bomb); not "fled after attacking".
_OTHER_SUBJECT = re.compile(r"\b(?:after|before|when|while|because|until)\s++"
                            r"(?:an?|the|\d+|[A-Z][\w'’-]*+)\s")
# "US and " before a phrase's modifiers ("US and British warplanes"): another country's share in it.
# ... or a comma: "Somalia, Jubaland forces clash".
_JOINT = re.compile(r"(?<![\w'’.-])([A-Z][\w.'’-]{0,30}+)(?:\s++and|\s*+,)\s++$")
# "RSF accused of killing": an accusation names the perpetrator (unless the sentence tells a denial).
_ACCUSED_OF = re.compile(r"\s++(?:(?:is|are|was|were|has\s++been|have\s++been|stands?|stood)\s++)?"
                         r"(?:widely\s++|also\s++)?accused\s++of\s++")
_PROTESTER_HEADS = frozenset(h for c in _CLASSES if c["name"] == "protesters" for h in c["heads"])
# Two actors in a headline's list, "Fano, federal forces clash": the first named is actor1.
_COMMA_PAIR = re.compile(r"\s*+,\s*+")
# ... or a hyphen between two named sides ("SDF-SNA fighting": _HYPHEN_PAIR's two phrases; pairs52).
_PAIR_GAP = re.compile(r"\s*+,\s*+|-")
# "... killed when jihadists attacked": a subject after "when", and its verb in the past.
_WHEN = re.compile(r"\b(?i:when|as|after|while)\s++(?:(?i:the|an?)\s++)?$")
_DID = re.compile(r"\s++(?:had\s++|have\s++)?(?:[a-z]{2,20}ed|struck|hit|shot|overran|blew|took|stormed|"
                  r"fired|threw|stole|bombed|shelled)\b")
# A verb between an actor and the thing of another's it hit ("jihadists hit gendarmerie", "the KIA has
# attacked army positions"): the actor struck it.
_STRUCK = re.compile(r"\s++(?:has\s++|have\s++|had\s++)?(?:also\s++|again\s++)?"
                     r"(?:attack(?:s|ed)?|hit|hits|struck|strikes?|storm(?:s|ed)?|raid(?:s|ed)?|ambush(?:es|ed)?|"
                     r"target(?:s|ed)?|overr[au]n|overruns|shell(?:s|ed)?|bomb(?:s|ed)?|assault(?:s|ed)?)"
                     r"\s++(?:(?:an?|the|two|three|several|\d{1,4})\s++)?")
# "Hama falls to rebels", "the garrison surrendered to the insurgents": the taker is the agent.
_FELL_TO = re.compile(r"\b(?:fall|falls|fell|fallen|falling|surrendered|surrenders)\s++to\s++(?:the\s++)?$")
# A withdrawal, and the side that moved in: "troops enter Kidal after rebels withdraw" (the taker acted).
# ("after soldiers leave": the headline's present, as the withdrawal trigger reads it since session 39)
_WITHDRAWS = re.compile(r"\b(?i:withdr[ae]w\w*|pull(?:s|ed|ing)?\s++(?:out|back)|retreat\w*|evacuat\w*|"
                        r"leav(?:e|es)\b)")
# The side that left, after the taking ("after federal troops withdrew", "after Congolese soldiers and
# Wazalendo fighters pulled out"): "after" just before it, the verb of leaving just after (a partner between).
_AFTER_JUST = re.compile(r"\bafter\s++(?:the\s++|all\s++)?$")
_LEFT = re.compile(r"(?:\s++and(?:\s++[\w'’-]++){1,3}?(?=\s++(?:had\s++|have\s++)?(?i:withdr|pull|retreat)))?"
                   r"\s++(?:had\s++|have\s++|has\s++)?(?i:withdr[ae]w\w*+|pull(?:s|ed|ing)?\s++(?:out|back)|"
                   r"retreat(?:s|ed|ing)?|leav(?:e|es))\b")
# (the band's noun may follow a group the table names by one word: "Fano militia occupy Lalibela")
_ENTERS = re.compile(r"\s++(?:(?i:militias?|militiamen)\s++)?(?:have\s++|had\s++)?"
                     r"(?i:(?:re-?)?enter(?:s|ed|ing)?|mov(?:e|es|ed|ing)\s++in|"
                     r"deploy(?:s|ed)|t(?:ake|akes|ook)\s++(?:over|control)|arriv(?:e|es|ed)|"
                     r"(?:march|roll|walk|sweep|swept|push)(?:s|es|ed)?\s++into|seiz(?:e|es|ed)|captur(?:e|es|ed)|"
                     r"occup(?:y|ies|ied))\b")
# After a subject that suffered the act: "soldiers were killed", "Wagner fighters killed in fighting" (a
# headline's passive: the verb is followed by a preposition or the end, not by an object).
# ("Two Pakistani policemen shot dead in Bannu": a headline's bare participle of two words; actors46)
# ("Five soldiers martyred in North Waziristan IED blast": Pakistan's press and the ISPR call soldiers and
# police killed in an attack martyred; they are the side hit, never the agent. targets49, heads50)
_SUFFERED_VERB = (r"(?i:killed|wounded|injured|abducted|kidnapped|arrested|detained|executed|massacred|"
                  r"captured|died|dead|hurt|displaced|shot\s++dead|gunned\s++down|martyred)")
# ... or a force's craft that was downed: "a police helicopter was shot down by a drone".
_SUFFERED = re.compile(r"\s++(?i:helicopters?|aircraft|planes?|jets?)\s++(?i:was|were)\s++"
                       r"(?i:shot|brought)\s++down\b|"
                       r"(?:\s++(?:and|or)(?:\s++[\w-]{1,30}+){1,3}?(?=\s++(?:were|are)\b))?"
                       r"\s++(?:(?:(?i:were|was|are|is|have\s++been|has\s++been|had\s++been)\s++(?:\w++\s++)?"
                       + _SUFFERED_VERB + r"|" + _SUFFERED_VERB
                       + r"(?=\s*+(?:$|[,.;:]|(?i:in|by|as|when|after|near|during|while|at(?!\s++least))"
                         r"\b))))")
# ... or the subject of a passive whose agent follows "by" ("An army truck was hit by a roadside bomb", "a
# police Black Hawk helicopter escorting eradication teams near Amalfi, in Antioquia department, was brought
# down by a drone attack", "a helicopter carrying police officers was hit by a drone"): the force named in the
# subject, or carried by it, was struck (sides49: long wire told these acts in the passive). The words
# between may be nouns, participles in -ing, prepositions, places and commas, but no finite verb of another
# clause ("Russian forces shelled the town and a hospital was hit by a missile": the forces shelled), nor a
# conjunction or a speech verb; bounded (at most 16 words of at most 30 characters).
_PASSIVE_GAP_WORD = (r"(?!(?i:and|but|or|while|as|when|after|before|said|says|say|told|hit|hits|struck|"
                     r"strikes|shot|fought|took|seized|stormed|launched|fired|where|which|who|whom|that|then|is|are|was|"
                     r"were|has|have|had)\b)"
                     # a word in -ed is a finite verb ("shelled"), but an adjective of a craft or weapon
                     r"(?!(?!(?i:armou?red|unmarked|unmanned|improvised|guided|rigged|mounted|based|"
                     r"modified))[\w-]{1,28}ed\b)[\w'’-]{1,30}+")
_PASSIVE_STRUCK = re.compile(r"(?:(?:\s*+,)?\s++\(?" + _PASSIVE_GAP_WORD + r"\)?){0,16}?(?:\s*+,)?\s++"
                             r"(?P<verb>(?i:was|were|had\s++been|has\s++been|have\s++been))\s++"
                             r"(?:(?i:also|reportedly|then)\s++)?"
                             r"(?i:hit|struck|brought\s++down|shot\s++down|downed|targeted|attacked|ambushed|"
                             r"destroyed|damaged|blown\s++up|rammed)\s++(?P<by>by)\b")
# What may open a sentence before a passive subject whose force is the side struck: an adverbial opener
# ("Earlier on Thursday,", "Hours earlier,") and an article, not a clause of its own ("A truck bomb blew up
# in Cali, killing six, authorities said, hours after a police helicopter was downed by a drone": the
# sentence's act is the bomb's, and its victims are not the helicopter's police).
_PASSIVE_OPENER = re.compile(r"(?:[^,;:.]{0,40}+,\s*+)?(?:(?i:an?|the)\s++)?"
                             r"(?:[\w'’-]{1,30}+\s++){0,6}?(?:(?i:carrying|transporting|with)\s++)?$")
# Possessive: backing off a space never helps, and on a long run of spaces it was quadratic.
_AND = re.compile(r"(?:\s*+,\s*+|\s++)(?:and|or)\s++(?:the\s++)?|\s*+,\s*+")
# "launched by the RSF", "launched by Sudan's paramilitary Rapid Support Forces" (read lower-cased)
# ... "by suspected JNIM militants", "by alleged RSF fighters": a hedge before a group is no modifier.
_BY = re.compile(r"\bby\s++(?:the\s++|an?\s++)?(?:(?:suspected|alleged|presumed)\s++)?"
                 # "killed by remnants of the Shining Path": the group whose remnants they are
                 r"(?:(?:remnants|members|fighters|militants|elements)\s++of\s++(?:the\s++)?)?"
                 r"(?:[\w-]++['’]s\s++(?:[a-z][\w-]*+\s++){0,2}+)?$")
# "(fire) from the", "(round) fired from", "launched by the paramilitary": whose a weapon trigger is.
_WEAPON_FROM = re.compile(r"(?:\s++(?:fire|rounds?|shells?|bombs?))?"
                          r"(?:\s++(?:fired|launched|operated|flown|dropped|sent))?\s++(?P<by>by|from)\s++"
                          r"(?:the\s++)?(?:(?:paramilitary|rebel|militant|army|military|suspected)\s++)?")
# The ground a side holds, after its name: "Houthi-held hills", "RSF positions".
_HELD = re.compile(r"-(?:held|controlled|occupied)\b|\s++(?:positions?|lines|territory)\b")
_WEAPON_OF = re.compile(r"(?:\s++and\s++[\w-]++)?\s++of\s++(?:the\s++)?")  # "(and warships) of the"
_OWNER = re.compile(r"['’]s\s++(?:[a-z][\w-]{0,30}+\s++){0,2}")  # "Sudan's paramilitary ", before a group
# "repelled an RSF assault", "thwarted a Taliban attack": the group in the object attacked.
_REPELLED = re.compile(r"\b(?:repell?(?:ed|ing|s)?|repuls(?:ed|ing|es|e)|thwart(?:ed|ing|s)?|"
                       r"foil(?:ed|ing|s)?|fought\s+off|fighting\s+off|beat\s+back|pushed\s+back)\s+"
                       r"(?:(?:an?|the|another|several|multiple|numerous|repeated|dozens\s+of|scores\s+of|\d{1,4}|"
                       r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w{3,6}teen|twenty|thirty|"
                       r"forty|fifty)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_SPACES = re.compile(r"\s*+")
# A trigger that names a fight of two sides, which a comma pair before it is ("Army, NPA rebels clash").
_MUTUAL = re.compile(r"(?i:clash|trade\s|exchange\s|battle|fight)")
# The verb of a fight of two sides straight after them ("Indian and Pakistani soldiers exchanged fire",
# "... troops clash", "... have fought").
_PAIR_VERB = re.compile(r"\s++(?:(?:have|has|had)\s++)?(?i:clash(?:ed|es)?|trade[ds]?\s|traded\s|"
                        r"exchange[ds]?\s|battle[ds]?\b|fought|fight)")
# Between a subject and its verb: nothing, or an auxiliary ("troops have repelled").
_HAS = re.compile(r"\s++(?:(?:has|have|had)\s++)?")
# The clause says an attack was repelled: "troops repelled an attack", "fought off" (read in a bounded window
# before the trigger: "repelled a separate attack on Monguno, killing 12 insurgents").
# A trigger that counts the dead: "killing 12 insurgents".
# ... its dead, a few words before them ("killing 17 insurgents", "killing at least 30 al-Shabaab fighters").
_KILLING_BEFORE = re.compile(r"\b(?i:killing|killed|martyring|neutrali[sz]ing|neutrali[sz]ed|eliminating)\s++"
                             r"(?:[\w-]{1,20}+\s++){0,3}?$")
_KILLED = re.compile(r"(?i:kill|neutrali[sz]|eliminat)")
_REPEL_VERB = re.compile(r"\b(?i:repell?|repuls|thwart|foil|fought\s+off|beat\s+back|pushed\s+back)")
_ATTACK_NOUN = re.compile(r"[\s-]*+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|incursions?|raids?|"
                          r"advances?|infiltration|attempts?)\b", re.IGNORECASE)
# "a convoy escorted by Malian soldiers", "troops backed by clan militias": a description, not the agent.
_MODIFIER_BY = re.compile(r"\b(?:escorted|backed|led|supported|accompanied|owned|run|held|controlled|"
                          # "positions manned by troops", "a town occupied by M23", "arms supplied by Iran":
                          # the holder or source, not the agent (targets57, sides57; a place "used by" a side
                          # is read below, apart from a weapon it used)
                          r"occupied|manned|supplied|"
                          r"followed|guarded|protected|funded|armed|trained|surrounded|besieged|allied|"
                          # "armed men attributed by local sources to the CODECO militia": who told it
                          r"attributed|described|identified|reported|cited|quoted)"
                          # ("described by residents as bandits": the bandits are who they were)
                          r"\s+by\s+(?:the\s+)?(?:(?!as\s)[\w-]{1,30}+\s++){0,2}$"
                          # "Burundian troops deployed alongside the Congolese army fought M23": a companion
                          # of the subject, not the subject
                          r"|\b(?:alongside|(?:together|along)\s+with)\s+(?:the\s+)?(?:[\w-]{1,30}+\s++){0,2}$"
                          # a place or thing said to be used by a side ("they were used by Hezbollah", "a
                          # depot in Rovenki used by Russian troops"), not a weapon it used ("drones used by
                          # the RSF struck": sides57, targets57)
                          r"|\b(?!(?:drones?|uavs?|missiles?|rockets?|weapons?|shells?|bombs?|munitions?|mortars?|"
                          r"artillery|guns?|rifles?|aircraft|jets?|planes?|helicopters?|explosives?|devices?)\s)"
                          r"[\w-]{1,30}+\s+used\s+by\s+(?:the\s+)?(?:[\w-]{1,30}+\s++){0,2}$")
# "On Monday gunmen abducted ...": a date after "on" is not a target's modifier.
_DATE_WORD = "|".join(w.lower() for w in (*WEEKDAYS, *MONTHS))
_AGAINST = re.compile(r"\b(?:on|against|targeting|at|upon|toward|towards)\s+(?:the\s+)?"
                      r"(?:(?!(?:" + _DATE_WORD + r")\b)\w+\s+)?$")
# The side a town was taken from: "recaptured the town of Um Rawaba ... from the Rapid Support Forces",
# "retook Khan Shaykhun from rebels" (the capture verb within a bounded window before "from").
_TAKEN_FROM = re.compile(r"\b(?i:recaptur(?:e|es|ed|ing)|retak(?:e|es|en|ing)|retook|regain(?:s|ed|ing)?|"
                         r"seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|wrest(?:s|ed|ing)?|took|taken)\b"
                         r"[^.;:]{0,90}?(?<=\s)from\s++(?:the\s++)?$")
# Heads that are victims or bystanders more often than agents.
_PASSIVE_HEADS = frozenset({"civilians", "villagers", "officials", "envoy", "delegation", "representatives",
                            "partners", "activists", "witnesses", "residents", "medics", "sources",
                            "analysts", "observers", "monitors"})
_BARE_OK = frozenset({"gunmen", "militants", "rebels", "insurgents", "jihadists", "protesters",
                      "demonstrators", "rioters", "attackers", "bandits", "separatists", "coalition",
                      "civilians", "villagers", "soldiers", "troops", "police", "junta", "mob", "activists",
                      "witnesses", "residents", "medics", "monitors", "army", "military", "forces",
                      "militias", "militiamen", "fighters", "jets", "warplanes", "drones", "settlers",
                      "colonists", "armed men", "masked men", "gunman", "assailants", "gangs", "armed gangs",
                      "vigilantes", "riot police", "policemen", "police officers", "authorities", "marchers",
                      "islamists", "security forces", "commandos", "paratroopers", "gendarmes",
                      "special forces", "border guards", "crowd", "mobs", "inmates", "prisoners", "gang",
                      "suicide bomber", "suicide bombers", "suicide car bomber", "bomber",
                      "unknown assailants", "unidentified assailants", "unknown attackers",
                      "unidentified attackers", "supporters", "dissidents", "occupiers", "invaders",
                      "ruscists", "rashists", "enemy"})
# Every class of the table named by its head alone ("gang members", "armed bandits"), but a government's
# people ("officials", "leaders"), victims (their heads are kept above) and words that are often victims
# or units ("officers", "units").
_BARE_OK |= {h.lower() for c in _CLASSES if c["event_country"]
             and c["name"] not in ("government", "civilians", "prisoners")
             for h in c["heads"]} - {"officers", "units", "rangers"}
# ... and a state's foreign ministry named alone ("The foreign ministry summoned Myanmar's ambassador in
# Dhaka", "the Foreign Office summoned Afghanistan's charge d'affaires"): the government of the event's
# country, as the corpus codes it (blind b59-071, b61-072, b62-072, b64-067; actors64).
_BARE_OK |= {"foreign ministry", "foreign office"}
# A government's office holders named by title alone ("Prime Minister Joseph Dion Ngute, speaking in
# Bamenda", "the minister said"): the speaker's government (not the bare "officials" or "leaders", who are
# often another's). (Also the offices English copy names a foreign minister by: "Secretary of State Marco
# Rubio said in Washington", "Foreign Secretary David Lammy, speaking in London": the state of the place of
# speaking, as "President" is; blind b22-056, b34-005.)
_TITLES = frozenset({"president", "prime minister", "minister", "foreign minister", "defence minister",
                     "defense minister", "interior minister", "government spokesman", "secretary of state",
                     "foreign secretary"})
# ... of which two are one state's offices when no country is named with them (the US's Secretary of State
# speaking in Tokyo or in a story about Syria is the US government, not the host's nor the story's; "Indian
# Foreign Secretary" keeps its adjective), and "a State Department spokeswoman" (b31-058).
_OFFICE_OF = {"secretary of state": "US", "foreign secretary": "GB", "state department": "US"}
# The words for a spokesman (the table's government heads "spokeswoman", "spokesperson" and "aide" were added
# with them: "Presidential aide Yuri Ushakov told reporters in Moscow", b34-003).
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Plural people-nouns that end an actor phrase: in a Title Case headline the capitalised verb and object
# after one are not its modifiers ("Jihadists Storm Army Outpost": "Jihadists" | "Storm Army").
_SUBJECT_HEADS = frozenset(h for h in _BARE_OK if " " not in h and h != "gang") - {
    "forces", "police", "army", "military", "coalition", "junta", "mob", "crowd", "bomber", "gunman"}
# A noun after an actor's name that makes the phrase a thing of the actor's, hit or held: the actor is
# the target's owner, never the agent ("Militants storm police post", "an attack on an army convoy").
# The side that suffered an attack, as the subject of its verb: "Troops came under fire from JNIM fighters",
# "Soldiers were ambushed by gunmen", "Soldiers repelled an attack by Islamic State fighters".
_SUFFERED_ACT = re.compile(
    r"\b(?i:(?:came|come|comes)\s++under\b"
    r"|(?:was|were|been|being)\s++(?:(?:also|reportedly)\s++)?(?:attacked|ambushed|targeted|shot\s++at|"
    r"fired\s++(?:on|upon|at))\b"
    r"|(?:repell?(?:ed|s)?|repuls(?:ed|es|e)|fought\s++off|beat\s++back)\s++(?:an?|the|another)\b)")
# Between that subject and its verb: a place ("troops in El Fasher", "troops defending Pokrovsk", "soldiers
# guarding Menaka": actors62), an auxiliary, or the speaker's own
# ("The FARDC said it had repelled", "the Arakan Army said its fighters had repelled", "The army said on
# Thursday it had repulsed": the day it spoke may stand between).
# ("troops backed by clan militias", "Soldiers and VDP volunteers", "its troops and allied fighters": the
# first named.)
_SUFFERED_GAP = re.compile(r"(?:\s++(?:and|(?:backed|supported|aided)\s++by)\s++"
                           r"(?:[\w-]++\s++){0,2}?[\w-]++)?"
                           r"(?:\s++(?:in|near|at|around|outside|defending|guarding|protecting)\s++"
                           r"[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){0,2}+)?"
                           r"\s++(?:(?:has|have|had|also|later)\s++){0,2}+"
                           r"|\s++(?:said|says|say)(?:\s++(?:on\s++)?[A-Z][a-z]{2,6}day)?\s++(?:that\s++)?"
                           r"(?:it|they|(?:its|their)\s++[a-z]++"
                           r"(?:\s++and\s++(?:[a-z]++\s++)?[a-z]++)?)\s++(?:(?:has|have|had|also)\s++){0,2}+")
# Before a phrase that is part of a subject, not the subject: "its troops", "and allied fighters", "by".
_PART_OF_SUBJECT = re.compile(r"\b(?:and|by|its|their)\s++$")
# Between that verb and who attacked: "came under fire from", "were ambushed by", "repelled an attack by",
# or nothing ("came under Russian artillery fire", "repelled an RSF assault").
# (... or past a band's count: "came under fire from a group of gunmen", "attacked by a band of jihadists",
# "by dozens of fighters": actors45.)
_ATTACKER_GAP = re.compile(r"\s*+(?:(?:heavy|intense|sustained|renewed|fresh|an?|the|another)\s++)?"
                           r"(?:(?:[a-z][\w-]*+\s++){0,3}?(?:from|by)\s++(?:the\s++|an?\s++)?"
                           r"(?:(?:large|small|heavily\s++armed)\s++)?"
                           r"(?:(?:group|band|gang|unit|squad|column|dozens|scores|hundreds)\s++of\s++)?"
                           r"(?:(?:suspected|alleged)\s++)?)?")
_OWNED_TARGET = re.compile(r"\s++(?i:posts?|outposts?|stations?|bases?|checkpoints?|check\s++posts?|"
                           r"convoys?|positions?|barracks|headquarters|patrols?|vehicles?|camps?|"
                           r"garrisons?|academy|school|hideouts?|strongholds?|trench(?:es)?|dugouts?|reserves)\b")

# A state's post, convoy or patrol named by its country's adjective or "security" alone ("ambush Malian
# convoy", "ambushed a security patrol", "fired on Pakistani border posts"): that state's forces are the
# owner of the thing hit (the side attacked), as "army convoy" already was.
# Also its trenches and reserves ("drones drop gas on Ukrainian trenches", "struck Ukrainian reserves").
_STATE_ADJECTIVES = frozenset(c["adjective"] for c in COUNTRIES.values() if c.get("adjective"))
_STATE_UNIT = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]{2,20}+|[Ss]ecurity)(?:\s++(?i:border|frontier))?"
                         r"(?=\s++(?i:posts?|outposts?|bases?|checkpoints?|convoys?|positions?|barracks|"
                         r"patrols?|garrisons?|trench(?:es)?|dugouts?|reserves)\b)")
# Every match names one of these nouns: a sentence holding none (most) is not searched (the search tried
# every capital of every sentence).
_STATE_UNIT_GATE = WordGate(_STATE_UNIT, ("post", "base", "checkpoint", "convoy", "position", "barracks",
                                          "patrol", "garrison", "trench", "dugout", "reserves"))


# An acronym in brackets straight after a group's name ("... Liberation Army (TPNPB)").
_BRACKETED = re.compile(r"\s{0,2}+\(([A-Z][\w-]{1,15}+)\)")
# Two named sides joined by a hyphen before a fight's noun ("SDF-SNA fighting", "M23-Wazalendo clashes",
# "SAF-RSF fighting"): both sides, the first named first (pairs52). Each part a group of the table or an
# acronym, one of them at least the table's, and the whole no name of the table ("SPLA-IO", "CSP-DPA").
_HYPHEN_PAIR = re.compile(r"(?<![\w'’-])([A-Z][\w]{1,20}+)-([A-Z][\w]{1,20}+)(?![\w'’-])"
                          r"(?=\s{1,3}+(?i:fighting|clash(?:es)?|battles?|gun-?battles|gunfights?|hostilities)\b)")
# Two named sides sharing one head noun, before the verb of their fight or after "between" ("Chapitos and
# Mayos gunmen trade fire", "Radaa and Nawasi militiamen exchange fire", "Salamat and Habbaniya tribesmen
# clash"): two sides, each by its name (a people's or a sect's gunmen keep the head: "Druze gunmen"), not
# one phrase of the second name (pairs52: the first name was read as the object of "and").
_SHARED_HEAD = re.compile(r"(?<![\w'’.-])((?:(?:Los|Las|La|El)\s{1,3}+)?[A-Z][\w'’-]{1,30}+)"
                          r"(?:\s{1,3}+and|\s{0,3}+,)\s{1,3}+((?:(?:Los|Las|La|El)\s{1,3}+)?[A-Z][\w'’-]{1,30}+)\s{1,3}+"
                          r"(gunmen|gangs|militias|militiamen|fighters|tribesmen|tribes|cartels|factions)\b")


@dataclass(frozen=True, slots=True)
class ActorPhrase:
    actor: Actor
    start: int  # offsets within the sentence
    end: int
    side: str  # "agent", "target", "source" (who reported it) or "" (not decidable)


class _Countries:
    """The country of a phrase from the demonyms and country names inside it ("Syrian army" -> SY).

    The mentions that can give one are sorted by offset once, so each phrase looks only at those
    inside it (phrases do not overlap: linear in all) instead of at every mention of the sentence.
    """

    def __init__(self, mentions: list[Mention]) -> None:
        usable = sorted((m.start, i, m) for i, m in enumerate(mentions) if m.place is not None
                        and m.place.country_code and (m.demonym or m.place.kind == "country"))
        self.starts = [start for start, _, _ in usable]
        self.usable = usable

    def within(self, start: int, end: int) -> str:
        """The first mention (in the caller's order) lying in ``start:end``, else ""."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)
        inside = [(i, m) for _, i, m in self.usable[lo:hi] if m.end <= end]
        return min(inside, key=lambda t: t[0])[1].place.country_code if inside else ""  # type: ignore[union-attr]


def find_actors(sentence: str, offset: int, mentions: list[Mention], standing_for: Sequence[Mention] = ()
                ) -> list[ActorPhrase]:
    """Actor phrases in a sentence (``offset``: where it starts in the article, to match mentions).
    ``standing_for`` are the sentence's mentions whose role is actor (in text order): places standing
    for their governments."""
    found: list[tuple[int, int, str, str]] = []
    # Which characters a phrase found so far covers: a phrase starting or ending inside one is the
    # same actor again. (A mask, not a scan of the phrases found: linear in a long sentence.)
    size = max([len(sentence), *(m.end - offset for m in mentions)]) + 1
    taken = bytearray(size)

    def take(start: int, end: int) -> None:
        start, end = max(start, 0), min(end, size)
        if end > start:
            taken[start:end] = b"\x01" * (end - start)

    if "-" in sentence:
        for m in _HYPHEN_PAIR.finditer(sentence):
            a, b = m.group(1), m.group(2)
            if f"{a}-{b}" not in NAMED_GROUPS and (a in NAMED_GROUPS or b in NAMED_GROUPS) \
                    and all(w in NAMED_GROUPS or _ACRONYM.fullmatch(w) for w in (a, b)):
                for w, start in ((a, m.start(1)), (b, m.start(2))):
                    found.append((start, start + len(w), w, NAMED_GROUPS.get(w, "")))
                    take(start, start + len(w))
    skip_to = 0
    for m in _SENTENCE_GROUPS_SCAN.finditer(sentence):
        if m.start() < skip_to or taken[m.start()]:
            continue  # the group's own acronym in brackets after its name, taken with it (below)
        # "Anti-MONUSCO protesters", "pro-RSF militias", "PORT-AU-PRINCE": inside another word (not after a
        # wire's "EXCLUSIVE-").
        word_before = (sentence[max(0, m.start() - 12):m.start() - 1].split() or [""])[-1]
        if sentence[m.start() - 1:m.start()] == "-" and not word_before.isupper() \
                or sentence[m.end():m.end() + 1] == "-" and sentence[m.end() + 1:m.end() + 2].isupper():
            continue
        # "Boko Haram fighters", "Houthi drone attack": the group with the noun after it is one phrase.
        after = _AFTER_GROUP.match(sentence, m.end())
        end = after.end() if after else m.end()
        # "The West Papua National Liberation Army (TPNPB) claimed": the name and its acronym, both the
        # table's spellings of one group, are one phrase (two phrases of one group made the claim nobody's).
        own = _BRACKETED.match(sentence, m.end())
        if own is not None and _GROUP_OF.get(own.group(1)) is _GROUP_OF[m.group()]:
            end = skip_to = own.end()
        found.append((m.start(), end, sentence[m.start():end], NAMED_GROUPS[m.group()]))
        take(m.start(), end)
    if _FALLEN_LOYALISTS is not None and "loyalist" in sentence:
        for m in _FALLEN_LOYALISTS.finditer(sentence):
            # "Assad loyalists ambushed a patrol": a fallen ruler's loyalists named plainly (the table's
            # ``fallen``) are a side, "loyalists" being no head of the class table.
            if not taken[m.start()] and not taken[m.end() - 1]:
                ruler = m.group("name")
                found.append((m.start(), m.end(), f"{ruler} loyalists", _FALLEN_RULERS[ruler]))
                take(m.start(), m.end())
    for m in _SHARED_HEAD.finditer(sentence):
        names = (m.group(1), m.group(2))
        prev = sentence[max(0, m.start() - 24):m.start()].split()[-1:]
        if prev and (prev[0][:1].isdigit() or prev[0][:1].isupper() and prev[0][-1] not in ":|,;"):
            continue  # "444 Brigade, SSA fighters": the first name is longer than its last word (h19-048)
        if taken[m.start()] or taken[m.end() - 1] or any(
                country_in([n]) or n in _STATE_ADJECTIVES or n.lower() in _NOT_SHARED for n in names) \
                or not (_PAIR_VERB.match(sentence, m.end())
                        or _BETWEEN.search(sentence, max(0, m.start() - 14), m.start())):
            continue
        community = all(n.lower() in _COMMUNITIES for n in names)
        for k, n in enumerate(names, 1):
            end = m.end() if k == 2 else m.end(1)
            found.append((m.start(k), end, f"{n} {m.group(3)}" if community else n, ""))
        take(m.start(), m.end())
    countries = _Countries(mentions)
    launched: set[int] = set()  # where a country a weapon was fired from starts
    for m in _phrases(sentence):
        head = m.group("head")
        start = m.start("mods")
        words = m.group("mods").split()
        while words and words[0].lower().rstrip(".,") in _NOT_MODIFIERS:
            start = sentence.index(words[0], start) + len(words[0])
            words.pop(0)
        while start < m.start("head") and sentence[start].isspace():
            start += 1
        joint = _JOINT.search(sentence, max(0, start - 40), start) if words else None
        if joint is not None and country_in([joint.group(1)]) and not taken[joint.start(1)] \
                and words[0] in _STATE_ADJECTIVES and _PAIR_VERB.match(sentence, m.end()):
            # "Afghan and Pakistani border forces exchanged fire": two states' forces that fought each other
            # are the two sides, the first named first (as "A and B clashed"), not one joint agent.
            first = joint.group(1)
            found.append((joint.start(1), joint.end(1), " ".join([first, *words[1:], head]),
                          country_in([first])))
            take(joint.start(1), joint.end(1))
            joint = None
        elif joint is not None and country_in([joint.group(1)]):
            # "US and British warplanes": the forces of both, the first named first.
            start = joint.start(1)
            words = [joint.group(1), "and", *words]
        if not words and head.lower() not in _BARE_OK and head.lower() not in _TITLES:
            continue
        if not words and head == "dissidents":
            continue  # "blamed the dissidents": a body named before; "Dissidents of the FARC" opens one
        if head.lower() == "government" and words and words[-1].lower() == "local":
            continue  # "Bakura local government area": Nigeria's LGAs are places, not actors
        if taken[start] or taken[m.end() - 1]:
            continue
        split = _subject_end(words)
        if split:
            # "Cartel Gunmen Ambush Police": a subject, then the verb and its object, in Title Case.
            first_end = start
            for w in words[:split]:
                first_end = sentence.index(w, first_end) + len(w)
            found.append((start, first_end, sentence[start:first_end],
                          countries.within(offset + start, offset + first_end)))
            take(start, first_end)
            start = sentence.index(words[split], first_end)
            words = words[split:]
        name = sentence[start:m.end()]
        cc = countries.within(offset + start, offset + m.end())
        if joint is not None:
            cc = country_in([joint.group(1)]) or cc  # the first named, recognised as a place or not
        if not cc and not country_in(words):
            low_name = sentence[start:m.end()].lower()
            # "Secretary of State Marco Rubio", "a State Department spokeswoman": the office's own state
            cc = next((c for office, c in _OFFICE_OF.items() if office in low_name), "")
        if head.lower() in _WEAPON_HEADS and not cc and not country_in(words) and not any(
                w.lower().rstrip(".,") in _ACTOR_MODIFIERS or w.lower() in _SUBJECT_HEADS for w in words):
            continue  # "the strike", "Kharkiv shelling": a weapon or an attack names no one by itself
        found.append((start, m.end(), name, cc))
        take(start, m.end())
    # A body the table lacks, named as real copy names it: "the Stability Support Apparatus (SSA)", "the
    # Barisan Revolusi Nasional (BRN)", "the Radaa Deterrence Force", "the rival 444 Brigade".
    for start, end, name in _named_bodies(sentence):
        if not taken[start] and not taken[end - 1]:
            found.append((start, end, name, ""))
            take(start, end)
    for m in _STATE_UNIT_GATE.finditer(sentence, gate_text(sentence)):
        word = m.group("name")
        if word.lower() != "security" and word not in _STATE_ADJECTIVES:
            continue
        start, end = m.span()
        if not taken[start] and not taken[end - 1]:
            cc = _CC_OF_WORD.get(word.lower(), "") if word.lower() != "security" else ""
            found.append((start, end, f"{word.lower() if not cc else word} forces", cc))
            take(start, end)
    # A country as the subject of a verb, found or not as a place: "Russia launched", "Israel struck".
    for m in _COUNTRY_SUBJECT_SCAN.finditer(sentence):
        start, end = m.span("name")
        if not taken[start] and not taken[end - 1]:
            found.append((start, end, m.group("name"), _CC_OF_WORD[m.group("name").lower()]))
            take(start, end)
    for m in _COUNTRY_AGENT_SCAN.finditer(sentence):
        start, end = m.span("name")
        if not taken[start] and not taken[end - 1] and _OWNER.match(sentence, end) is None:
            found.append((start, end, m.group("name"), _CC_OF_WORD[m.group("name").lower()]))
            take(start, end)
    for m in _COUNTRY_OWNS_SCAN.finditer(sentence):
        start, end = m.span("name")
        if not taken[start] and not taken[end - 1]:
            found.append((start, end, m.group("name"), _CC_OF_WORD[m.group("name").lower()]))
            take(start, end)
    for m in _COUNTRY_LAUNCH_SCAN.finditer(sentence):
        start, end = m.span("name")
        if not taken[start] and not taken[end - 1]:
            found.append((start, end, m.group("name"), _CC_OF_WORD[m.group("name").lower()]))
            take(start, end)
            launched.add(start)
    # A capital that says its own forces acted ("Moscow said on Thursday its forces had struck", "Kyiv says
    # its drones hit"), found or not as a place: it stands for its state.
    for m in _CAPITAL_SPEAKS_SCAN.finditer(sentence):
        start, end = m.span("name")
        if not taken[start] and not taken[end - 1]:
            found.append((start, end, m.group("name"), _CC_OF_CAPITAL[m.group("name")]))
            take(start, end)
    # Places standing for their governments ("Washington admitted", "brokered by Moscow").
    for mention in standing_for:
        if not mention.demonym and mention.place is not None:
            start, end = mention.start - offset, mention.end - offset
            owner = _OWNER.match(sentence, max(end, 0))
            if owner is not None and owner.end() < size and taken[owner.end()]:
                continue  # "Sudan's paramilitary Rapid Support Forces": the group's country, not an actor
            if 0 <= start and not taken[start]:
                found.append((start, end, mention.text, mention.place.country_code))
                take(start, end)
    found.sort()
    out: list[ActorPhrase] = []
    for start, end, name, cc in found:
        before = sentence[max(0, start - 30):start].lower()
        if _ACCORDING.search(before):
            side = "source"  # "according to the defence ministry": who reported it
        elif _BY.search(before) and not _MODIFIER_BY.search(before) or _FELL_TO.search(before) \
                or start in launched:
            side = "agent"
        elif _AGAINST.search(before) or _OWNED_TARGET.match(sentence, end) \
                or before.endswith(("from ", "from the ")) and "-backed" not in name and "-led" not in name \
                and _TAKEN_FROM.search(sentence, max(0, start - 130), start):
            # (Not a side described by its backer or leader, "from U.S.-backed Kurdish-led forces": no name
            # the table holds, it would stand as the target of every act the sentence tells.)
            side = "target"
        elif out and _AND.fullmatch(sentence[out[-1].end:start]):
            side = out[-1].side  # "brokered by Moscow and Washington"
        else:
            side = ""
        out.append(ActorPhrase(Actor(name, cc), start, end, side))
    return _loyalists(out, sentence)


# Armed men tied to a fallen ruler ("Gunmen loyal to ousted president Bashar al-Assad", "fighters loyal to
# the ousted Assad government"): the ruler's loyalists, as ACLED names such a group, not the government the
# tie names (the ruler's name or "government" would read as the state's own forces). A ruler still in power
# ("forces loyal to President Salva Kiir", "loyal to Kinshasa") is the state's: no "ousted" word, no rule.
_LOYAL_TO_FALLEN = re.compile(r"\s++loyal\s++to\s++(?:the\s++)?"
                              r"(?:(?P<ousted>ousted|deposed|toppled|overthrown|fallen)\s++)?"
                              r"(?:(?:former\s++)?(?:[Pp]resident|[Ll]eader|[Rr]uler|[Dd]ictator|[Ss]trongman)\s++)?"
                              r"(?P<name>[A-Z][\w'’-]{1,30}+(?:\s++(?:[A-Z]|(?:al|el|as|ash|ad)-[A-Z])[\w'’-]{1,30}+){0,3}+)")
# A tie to the fallen state itself, its ruler unnamed ("Gunmen loyal to the former regime", "fighters loyal to
# the ousted government"): "former regime loyalists", which code_actors names by the ruler the actor table's
# ``fallen`` gives for the event's country and year ("Assad loyalists" in Syria from 2024, as most of the
# corpus names them), and keeps as written elsewhere.
_LOYAL_TO_FORMER = re.compile(r"\s++loyal\s++to\s++the\s++"
                              r"(?:former|ousted|deposed|toppled|overthrown|fallen|old)"
                              r"\s++(?:regime|government|administration)\b")
# The rulers whose fall the table records (``fallen``): a tie to one needs no "ousted" word ("gunmen loyal
# to Bashar al-Assad" in 2025), and his loyalists named plainly are a side ("Assad loyalists ambushed").
FALLEN: dict[str, dict[str, Any]] = {cc: c["fallen"] for cc, c in COUNTRIES.items() if c.get("fallen")}
_FALLEN_RULERS = {f["ruler"]: cc for cc, f in FALLEN.items()}
_FALLEN_LOYALISTS = re.compile(r"(?<![\w-])(?:pro-)?(?P<name>" + "|".join(sorted(_FALLEN_RULERS)) +
                               r")\s++loyalists?\b") if _FALLEN_RULERS else None
FORMER_REGIME = "former regime loyalists"
# The people-nouns such a tie can follow (armed men, not a crowd: "supporters loyal to" stays a crowd).
_LOYAL_MEMBERS = frozenset({"gunmen", "fighters", "forces", "militias", "militiamen", "men", "troops",
                            "insurgents", "soldiers", "officers", "remnants"})


def _loyalists(phrases: list[ActorPhrase], sentence: str) -> list[ActorPhrase]:
    """``phrases`` with armed men "loyal to the ousted X" named "X loyalists" (the ruler's family name, less
    an Arabic article: "Bashar al-Assad" -> "Assad") and the phrase inside the tie dropped."""
    if "loyal" not in sentence:
        return phrases
    out: list[ActorPhrase] = []
    skip_to = -1
    for p in phrases:
        if p.start < skip_to:
            continue  # the ruler or government the tie names ("the ousted Assad government")
        member = p.actor.name.split()[-1].lower() in _LOYAL_MEMBERS
        former = _LOYAL_TO_FORMER.match(sentence, p.end) if member else None
        if former is not None:
            out.append(ActorPhrase(Actor(FORMER_REGIME, p.actor.country_code), p.start, p.end, p.side))
            skip_to = former.end()
            continue
        tie = _LOYAL_TO_FALLEN.match(sentence, p.end) if member else None
        if tie is None:
            out.append(p)
            continue
        words = [w for w in tie.group("name").split() if w.lower() not in _RULED_BODY]
        if not words:
            out.append(p)
            continue
        family = re.sub(r"^(?:al|el|as|ash|ad)-", "", words[-1])
        if tie.group("ousted") is None and family not in _FALLEN_RULERS:
            out.append(p)  # "forces loyal to President Salva Kiir": a ruler in power is his state
            continue
        out.append(ActorPhrase(Actor(f"{family} loyalists", p.actor.country_code), p.start, p.end, p.side))
        skip_to = tie.end()
    return out


# Words after a ruler's name in a tie ("the ousted Assad government"): the regime, not the name.
_RULED_BODY = frozenset({"government", "regime", "administration", "family", "forces", "army"})


# A name's last word that makes it an armed body's ("the Radaa Deterrence Force", "the 444th Brigade"), and
# an acronym in brackets after a name ("the Barisan Revolusi Nasional (BRN)").
_BODY_HEAD = re.compile(r"\b(?:Apparatus|Brigades?|Force|Battalion|Regiment)\b")
_BODY_NOUNS = frozenset({"apparatus", "brigade", "brigades", "force", "forces", "battalion", "regiment",
                         "army", "front", "movement", "militia", "group", "alliance", "corps", "guard",
                         "fighters"})
_IN_BRACKETS = re.compile(r"\s*+\(([A-Z][A-Z0-9]{1,7}+)\)")


def _holds_body_head(sentence: str) -> bool:
    """Whether ``sentence`` holds one of _BODY_HEAD's words (as written): else the pattern has no match."""
    return "Force" in sentence or "Brigade" in sentence or "Battalion" in sentence \
        or "Regiment" in sentence or "Apparatus" in sentence


_NAME_WORD = re.compile(r"[\w'’-]{1,40}+")
# Words inside a name ("Group for the Support of Islam"), and words that name a kind of unit, not one
# ("Air Force", "Joint Task Force", "Special Forces Brigade").
_NAME_JOINS = frozenset({"of", "for", "al", "el", "wal", "lid", "de", "du", "des", "la", "le"})
_UNIT_WORDS = frozenset({"air", "task", "joint", "border", "security", "rapid", "action", "special",
                         "infantry", "assault", "mechanised", "mechanized", "armoured", "armored", "airborne",
                         "marine",
                         "naval", "reserve", "national", "republican", "presidential", "forces", "police",
                         "mobile", "the", "a", "an", "its", "their", "rival"})
# A reporting body's name is no armed body's ("the Emergency Medicine Centre (EMC)").
_NOT_BODY = frozenset({"centre", "center", "observatory", "agency", "office", "network", "committee",
                       "commission", "ministry", "programme", "program", "fund", "court", "service", "bank",
                       "institute", "university", "organisation", "organization", "council", "authority",
                       "society", "cross", "crescent", "union", "news", "television", "radio"})


def _name_before(sentence: str, end: int) -> tuple[int, list[str]]:
    """The run of capitalised words (and ordinals, and the small words inside names) that ends at ``end``,
    read from at most 100 characters before it: (where it starts, its words). Stops at a possessive
    ("Ukraine's 3rd Assault Brigade": a state's unit), a country's adjective, or a lower-case word."""
    words = [(m.start(), m.group()) for m in _NAME_WORD.finditer(sentence, max(0, end - 100), end)]
    run: list[tuple[int, str]] = []
    nxt = end
    for start, w in reversed(words):
        gap = sentence[start + len(w):nxt]
        if gap.strip():
            break
        if w.endswith(("'s", "’s")) or w.lower() in _ADJECTIVES:
            return end, []  # a state's unit, or a group of the country's: the phrases read it
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINS and run):
            break
        run.append((start, w))
        nxt = start
    run.reverse()
    while run and (run[0][1].lower() in _NAME_JOINS or run[0][1].lower() in ("the", "a", "an")):
        run.pop(0)
    return (run[0][0] if run else end), [w for _, w in run]


def _national(words: list[str]) -> bool:
    """Whether a name holds a country's name or adjective, of one word or two ("Central African Armed
    Forces"): a state's body, which the phrases read."""
    low = [w.lower() for w in words]
    pairs = zip(low, low[1:], strict=False)
    return bool(country_in(words)) or any(f"{a} {b}" in _ADJECTIVES for a, b in pairs)


def _named_bodies(sentence: str) -> Iterator[tuple[int, int, str]]:
    """Armed bodies the actor table lacks, named as copy names them: a capitalised name with its acronym
    in brackets whose letters are the name's initials or whose last word is a body's ("the Barisan
    Revolusi Nasional (BRN)": "BRN", as the guide names a group by its acronym), and a name ending in a
    unit's noun ("the Stability Support Apparatus", "the 444th Brigade"). (start, end, name), in order."""
    out: dict[int, tuple[int, int, str]] = {}
    # Each pattern is tried at every character; most sentences hold no bracket and no unit noun, which
    # a few substring tests tell (every match holds one).
    for m in _IN_BRACKETS.finditer(sentence) if "(" in sentence else ():
        start, words = _name_before(sentence, m.start())
        caps = [w for w in words if w.lower() not in _NAME_JOINS and not w[:1].isdigit()]
        if len(caps) < 2 or caps[-1].lower() in _NOT_BODY or _national(caps):
            continue
        acronym = m.group(1)
        initials = "".join(w[0] for w in caps[-len(acronym):]).upper()
        if initials == acronym or caps[-1].lower() in _BODY_NOUNS:
            out[start] = (start, m.end(), acronym)
    for m in _BODY_HEAD.finditer(sentence) if _holds_body_head(sentence) else ():
        start, words = _name_before(sentence, m.start())
        if start in out or not words or all(w.lower() in _UNIT_WORDS for w in words) or _national(words):
            continue
        brackets = _IN_BRACKETS.match(sentence, m.end())
        end = brackets.end() if brackets else m.end()
        if any(s < end and start < e for s, e, _ in out.values()):
            continue
        out[start] = (start, end, brackets.group(1) if brackets else " ".join([*words, m.group()]))
    yield from (out[k] for k in sorted(out))


def _subject_end(words: list[str]) -> int:
    """How many of a phrase's modifiers form a subject of their own: up to a capitalised plural
    people-noun followed by a word that is no head ("Jihadists Storm Army": 1), else 0."""
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1].lower().rstrip(".,")
        if w[:1].isupper() and w.lower().rstrip(".,") in _SUBJECT_HEADS and nxt not in _CLASS_OF_HEAD \
                and nxt not in _SUBJECT_HEADS and not nxt.isdigit():
            return i + 1
    return 0


def _phrases(sentence: str) -> Iterator[re.Match[str]]:
    """``_PHRASE.finditer(sentence)``, tried only just before the head nouns.

    A phrase ends in a head noun, and its article and modifiers lie in the four words before it
    (each followed by spaces): the next phrase is searched for from four words before the next
    head noun, not from every character of the sentence.
    """
    heads = _HEAD_SCAN.starts(sentence)
    if heads is None:  # a case folding the scan cannot mirror: the plain search
        yield from _PHRASE.finditer(sentence)
        return
    words: list[int] = []  # where each run of non-spaces starts, once a head noun is found
    after = 0  # as finditer: the next phrase starts where the last one ended
    for start in heads:
        if start < after or not _HEAD_AT.match(sentence, start):
            continue
        words = words or [w.start() for w in _WORD.finditer(sentence)]
        i = bisect.bisect_right(words, start) - 1
        m = _PHRASE.search(sentence, max(after, words[max(i - 4, 0)]))
        if m is None:  # a head noun alone is a phrase: not reached
            return
        after = m.end()
        yield m


# Verbs a statement's subject speaks with beyond the lexicon's SPEAKS: "In a statement issued in Kigali,
# Rwanda's foreign ministry blamed the Congolese government" (blind b41-074).
_SPOKE_TOO = frozenset({"blamed", "blames"})
# A speech verb straight after an actor phrase, past an aside (", speaking in Bangkok on Friday,"): the
# phrase is the verb's subject ("a spokesman for the Houthis told reporters").
_SPOKE = re.compile(r"(?:\s*+,[^,.;:]{1,60}+,)?\s*+(?:(?:has|had|have)\s++)?"
                    r"(?:" + alternation(SPEAKS | _SPOKE_TOO) + r")\b")


def speaker(phrases: list[ActorPhrase], trigger_start: int, sentence: str = "") -> Actor | None:
    """Who made a statement or called a meeting: the subject of the sentence's first speech verb ("A
    spokesman for Myanmar's foreign ministry, speaking in Bangkok, accused the Arakan Army"), else the
    nearest actor before the verb, or the one whose phrase holds the trigger ("Junta spokesman" with
    the trigger "spokesman")."""
    if sentence:
        for p in phrases:
            if p.side != "target" and _SPOKE.match(sentence, p.end):
                return p.actor
    before = [p for p in phrases if p.start <= trigger_start and p.side != "target"]
    return before[-1].actor if before else next((p.actor for p in phrases if p.side == "source"), None)


def summoned(phrases: list[ActorPhrase], trigger_start: int, trigger_end: int, speaker_: Actor | None,
             sentence: str = "") -> Actor | None:
    """The state whose envoy a diplomatic protest summons, expels or recalls: the first actor phrase inside
    the trigger's span ("summons Algeria's ambassador", "summoned the French envoy"), else the trigger's own
    words after its verb ("summoned Rwanda's charge d'affaires": no head noun for a phrase), of a country
    other than the speaker's, as its government (the corpus's actor2, bh33-013, h43-084, b34-044; heads54).
    None when nothing there names a country. (The trigger's span is bounded: at most six words.)"""
    own = speaker_.country_code if speaker_ is not None else ""
    found = [p.actor.country_code or country_in(p.actor.name.replace("’", "'").split())
             for p in phrases if trigger_start < p.start < trigger_end]
    found.append(country_in(sentence[trigger_start:trigger_end].replace("’", "'").split()[1:]))
    for cc in found:
        if cc and cc != own and _adjective(cc):
            return Actor(f"{_adjective(cc)} government", cc)
    return None


def _side_word(words: Sequence[str]) -> bool:
    """Whether capitalised words name a state ("Russian", "South Sudanese", "U.S.") or a group of the actor
    table ("Hamas", "Houthi")."""
    return bool(words) and (bool(country_in(words)) or named_group(Actor(" ".join(words))) is not None)


def _joint_parties(p: ActorPhrase, sentence: str) -> list[Actor]:
    """The parties one phrase names by two (or three) sides sharing a head ("Russian and Ukrainian
    delegations", "Israeli and Hamas negotiators", "Syrian, Jordanian and U.S. officials"): each side with the
    shared head ("Russian delegations", "Ukrainian delegations"), in the text's order; [] for any other
    phrase. (Words and a bounded look back, no pattern: linear.)"""
    words = p.actor.name.replace("’", "'").split()
    if "and" not in words or len(words) > 8:
        return []
    cut = words.index("and")
    first, second = words[:cut], words[cut + 1:]
    shared = len(second)
    while shared > 0 and second[shared - 1].islower():
        shared -= 1
    head = second[shared:]
    if len(first) != 1 or not head or not _side_word(first) or not _side_word(second[:shared]) \
            or head[-1] in _THIRD_PARTY_HEADS:
        return []
    sides = [first[0], " ".join(second[:shared])]
    before = sentence[max(0, p.start - _JOINT_LIST_REACH):p.start].rstrip()
    listed = before[:-1].split()[-1:] if before.endswith(",") else []
    if listed and _adjective_of(listed[0].lower().replace("’", "'")):  # "Syrian, Jordanian and US officials"
        sides.insert(0, listed[0])
    return [Actor(" ".join([side, *head]), country_in(side.split())) for side in sides]


_JOINT_LIST_REACH = 40  # characters looked back for a list's first side before a joint phrase
# Heads of a third party's envoys: "Egyptian and Qatari mediators met Hamas negotiators" names one side of
# two states, not two sides meeting each other (the mediators' rule of actors64 and the joint phrases of
# victims64, merged).
_THIRD_PARTY_HEADS = frozenset({"mediators", "facilitators", "guarantors"})


def closing_source(phrase: ActorPhrase, sentence: str) -> bool:
    """A phrase that tells the sentence's news after a comma, with its speech verb ("... held talks in Muscat,
    Omani mediators said", "..., Kenyan mediators said"): the report's source, not a party of the talks it
    reports (venues26's v26-075, africa's af-045 once "mediators" named a government; actors64)."""
    # (the few characters before the phrase, not the sentence up to it: a phrase of a long sentence's many
    # talks is read once per clause)
    before = sentence[max(0, phrase.start - _CLOSING_SOURCE_GAP):phrase.start].rstrip()
    return before.endswith(",") and _SPOKE.match(sentence, phrase.end) is not None


_CLOSING_SOURCE_GAP = 8  # characters between the comma and a closing source's phrase


def parties(phrases: list[ActorPhrase], trigger_start: int, sentence: str = ""
            ) -> tuple[Actor | None, Actor | None]:
    """The two sides of an agreement or meeting: those it was "brokered by", else the actors named
    nearest before the trigger ("the United States and Russia had agreed"), else the first named. One phrase
    naming two sides that share a head ("Lebanese and Israeli military delegates met") is both (victims64).
    With one side found before the trigger, the other is the one a meeting verb names as its object
    ("Omani foreign minister meets Houthi negotiators", "held talks with a Taliban delegation": victims66)."""
    agents = [p for p in phrases if p.side == "agent"]
    before = [p for p in phrases if p.end <= trigger_start and p.side != "target"][-2:]
    names: list[Actor] = []
    for p in agents or before or phrases:
        joint = _joint_parties(p, sentence) if sentence else []
        for actor in joint or [p.actor]:
            passive = actor.name.split()[-1].lower() in _PASSIVE_HEADS - {"envoy"}
            if actor not in names and (joint or not passive):
                names.append(actor)
    if len(names) == 1 and sentence and not agents and before:
        met = _met_party(phrases, before[-1].end, sentence)
        if met is not None and met.name != names[0].name:
            names.append(met)
    return (names[0] if names else None), (names[1] if len(names) > 1 else None)


# The object of a meeting verb, a few words before a phrase: "meets Houthi negotiators", "met negotiators of
# the BRN", "held talks with a Taliban delegation", "meeting with M23 leaders" (victims66). The look back is
# bounded (_MET_OBJECT_REACH characters before each phrase): linear in the sentence.
_MET_OBJECT = re.compile(r"\b(?i:met|meets?|meeting\s++with|(?:held|holds?|holding)\s++(?:[\w-]++\s++){0,2}?"
                         r"talks\s++with|talks\s++with)\s++(?:(?i:with|the|an?)\s++)?(?:[\w'’-]++\s++){0,3}?$")
_MET_OBJECT_REACH = 60


def _met_party(phrases: list[ActorPhrase], after: int, sentence: str) -> Actor | None:
    """The first phrase after offset ``after`` that a meeting verb just before it names as the object (its
    actor), else None; a phrase of bystanders ("met residents") names no party, nor an envoy ("met the U.S.
    envoy": the envoy's state is no name the coder gives it; l28-014)."""
    for p in phrases:
        if p.start < after or p.side == "source":
            continue
        if p.start > after + 2 * _MET_OBJECT_REACH:
            return None  # (phrases in text order: none later is the verb's object)
        if _MET_OBJECT.search(sentence, max(after, p.start - _MET_OBJECT_REACH), p.start) is None:
            continue
        if p.actor.name.split()[-1].lower() in _PASSIVE_HEADS - {"delegation"}:
            return None
        return p.actor
    return None


def _armed_body(actor: Actor) -> bool:
    """Whether a phrase names a state's forces or police ("the Sudanese army"), not a place or a weapon."""
    cls, _ = _class_of(actor.name.lower().split())
    return cls is not None and cls["name"] in ("forces", "police") and cls["event_country"]


def weapon_phrase(p: ActorPhrase) -> bool:
    """Whether a phrase names a weapon or an attack ("regime airstrikes", "Russian shelling")."""
    cls, _ = _class_of(p.actor.name.lower().split())
    return cls is not None and cls["name"] == "forces" and not cls["event_country"]


# A relative clause right after an actor: "20 al-Shabaab fighters who stormed", "militants, who had attacked".
_WHO = re.compile(r"\s*+,?\s*+(?:who|which|that)\s++"
                  r"(?:(?:had|have|also|then|allegedly|reportedly)\s++){0,2}+")
_WHO_ATTACKED = re.compile(_WHO.pattern + r"(?:attack|storm|raid|ambush|assault|overr[au]n)\w*+")
# A colon, semicolon or comma just before a phrase ("attack: ADF rebels"), and a verb just after it
# ("kill 41", "holds hundreds", "seized"): not a function word.
_BREAK_BEFORE = re.compile(r"[:;,]\s*+$")
_HEADLINE_VERB = re.compile(r"\s++(?!(?:and|or|of|in|on|at|near|from|to|for|with|after|as|is|are|was|were|"
                            r"has|have|had|do|does|did|will|would|could|can|may|might|must|should|not|been|"
                            r"said|says|told|the|its|their|who|which|that|this|these|also)\b)"
                            # ... nor one who speaks of the act: "; police blamed militants of ..."
                            r"(?!(?:" + alternation(SPEECH_STEMS) + r")[a-z]*+\b)[a-z]{3,14}+\b"
                            r"(?=\s++(?:\d|[a-z]))")
_CLAUSE_BREAK = re.compile(r"[,.;:]|\b(?:and|but|while|as|after|when)\b")
# The members of a group named after them: "Gangs from the Viv Ansanm coalition", "fighters of the ... JNIM".
_MEMBER_HEADS = frozenset({"gangs", "gunmen", "fighters", "militants", "jihadists", "insurgents", "rebels",
                           "members", "men", "attackers", "assailants", "cells", "militiamen", "dissidents",
                           # "Turkish-backed factions of the Syrian National Army": the army (targets49)
                           "factions",
                           # "Inmates from the Los Lobos and Los Choneros gangs fought": the gangs (pairs52)
                           "inmates", "prisoners"})
# (... of a group that was: "Dissidents of the former FARC guerrilla" are the group's dissidents.)
# (Also the members a verb ties to their group: "Gunmen fighting for the Sinaloa Cartel", "men believed to
# belong to the ADF", "fighters working for the RSF".)
_APPOSED_OF = re.compile(r"\s*+,\s++(?:fighters|members|militants|gunmen|insurgents|rebels|militiamen)\s++"
                         r"(?:from|of)\s++(?:the\s++)?")
_OF_GROUP = re.compile(r"\s++(?:from|of|(?:fighting|working)\s++for|(?:(?:believed|thought|said)\s++to\s++)?"
                       r"belong(?:ing)?\s++to)\s++(?:the\s++)?(?:(?:former|ex-|defunct)\s++)?")
# Up to two lower-case modifiers before a group's name ("the banned TTP", "the al-Qaeda-linked JNIM").
_LOWER_WORDS = re.compile(r"(?:[a-z][\w-]{0,30}+\s++){0,2}+")
# An apposition that renames the act just told as one of a kind: "the latest in a string of massacres",
# "the third such attack this month".
_LATEST_OF = re.compile(r"\bthe\s++(?:latest|newest|last|deadliest|second|third|fourth|fifth)\s++"
                        r"(?:in\s++an?\s++(?:string|series|spate|wave|spree)\s++of\s++|such\s++)"
                        r"(?:[\w-]{1,30}+\s++){0,4}+$")
_BETWEEN = re.compile(r"\bbetween\s++(?:the\s++)?$")
# "between army troops and ...": the army's word and a bare force noun after it, one side read as two phrases.
_BETWEEN_ARMY_WORDS = frozenset({"army", "military"})
_BETWEEN_COMPOUND_GAP = re.compile(r" {1,2}")
# "between rival gangs", "Rival militias": a side named with its rival of the same kind.
_RIVAL_BEFORE = re.compile(r"(?<![\w-])(?i:rival)\s++$")
# ... or with the word inside the phrase, as a sentence or headline opens: "Rival militias exchanged fire in
# Zawiya", "Rival gangs clashed inside a prison" (the phrase keeps the modifier; actors45).
_RIVAL_OPENS = re.compile(r"(?i:rival)\s++")
# ... "and the Radaa force", "and Turkish-backed factions": a second side the actor table lacks, as
# written (a name without its generic noun; a backer's word with its noun, as the corpus codes them).
_AND_UNLISTED = re.compile(r"\s++and\s++(?:the\s++)?(?:(?P<backed>[A-Z][\w'’]{1,20}+-"
                           r"(?:backed|led|aligned|allied)\s++(?:factions|forces|fighters|militias|groups|rebels))\b"
                           r"|(?P<name>[A-Z][\w'’-]{1,30}+(?:\s++[A-Z][\w'’-]{1,30}+){0,2}+)\s++"
                           r"(?:force|group|militia|faction|brigade)\b)")
# ... "and the 33rd Front, a faction of FARC dissidents", "and the Jaime Martinez front, a splinter group of
# the": a second side named by a part of a group, then the group in an apposition (actors62).
_AND_PART_OF = re.compile(r"\s{1,4}+and\s{1,4}+(?:the\s++)?(?:[\w'’-]{1,30}+\s++){0,3}?[\w'’-]{1,30}+"
                          r"\s*+,\s*+(?:an?|the|one)\s++(?:[\w-]{1,20}+\s++)?(?:faction|splinter\s++group|wing|unit|front|"
                          r"branch|cell|offshoot)s?\s++(?:of|from)\s++(?:the\s++)?(?:(?:former|rival|dissident)\s++)?")
# ... "and the Kurdish-led SDF", "and Turkish-backed SNA": the second side behind a word of whom it follows.
_AND_LED = re.compile(r"\s++and\s++(?:the\s++)?[A-Za-z][\w]{1,20}+-(?:led|backed|aligned|allied)\s++")
# "Militants linked to al Qaeda killed": a transnational group (one with affiliates) they are tied to is not
# the subject: they are, the affiliate found from the tie (``_BACKED_BY``); "Armed men linked to the Gran Grif
# gang" stay the gang's.
_TIED_TO = re.compile(r"\b(?:linked|loyal)\s++to\s++(?:the\s++)?$")
_BACKED_BY = re.compile(r"(?:\s*+,)?\s++(?:backed\s++by|linked\s++to|affiliated\s++(?:with|to)|"
                        r"loyal\s++to)\s++(?:the\s++)?")
# A name of capitalised words (with the particles of Spanish, French and Arabic names between them).
_NAMED_GROUP = re.compile(r"([A-Z][\w'’-]{0,30}+(?:\s++(?:(?:de|del|la|las|los|el|al|du|des|y|et)\s++){0,2}+"
                          r"[A-Z][\w'’-]{0,30}+){1,5}+)")
# ... or one name and the kind of body ("Mahmuda group"), after at most two descriptive words.
_ONE_NAME_GROUP = re.compile(r"(?:[a-z][\w-]{0,20}+\s++){0,2}+([A-Z][\w'’-]{1,30}+\s++"
                             r"(?:group|movement|brigade|front|army|network))\b")
# Nouns after a gang's name ("the Gran Grif gang", "Los Choneros gunmen").
_NAMED_BAND_NOUNS = frozenset({"gang", "gangs", "gunmen"})
# Nouns for the kind of armed band a name is followed by ("the Gran Grif gang").
_BAND_HEADS = frozenset({"gang", "gangs", "militia", "militias", "coalition", "alliance"})
_AREA_AFTER = re.compile(r"\s++(?i:district|region|province|state|county|area|territory|zone|department|"
                         r"governorate|valley|forest|mountains|camp|village|town|city|community|tribe|clan)\b")
_AREA_WORDS = frozenset({"district", "region", "province", "state", "county", "area", "territory", "zone",
                         "department", "governorate", "valley", "forest", "mountains", "camp", "village",
                         "town",
                         "city", "community", "communities", "tribe", "clan"})


# An attack verb straight after its subject ("militants stormed", "gunmen had attacked").
_ATTACKED_AFTER = re.compile(r"\s++(?:(?:had|have|has|also|then|first)\s++)?"
                             r"(?:attacked|stormed|raided|ambushed|overran|assaulted|launched\s++an?\s++(?:attack|assault|offensive))\b")
# A state's forces named by a bare noun, and the words between a speaker and them ("says (that) troops").
_BARE_FORCES = frozenset({"troops", "soldiers", "forces", "servicemen"})
# (Not "told": it takes its hearer before what it tells.)
_SAYS_BEFORE = re.compile(r"\s*+(?:" + alternation(_SAYS_AFTER_WORDS - {"told"}) + ")"
                          r"(?:\s++(?:on\s++)?[A-Z][a-z]{2,8}day)?(?:\s++that)?\s++(?:the\s++|its\s++|their\s++)?")

# A person a body's name qualifies: its spokesman, its informer, its sources (not its chief or commander,
# who can be the target: "gunmen killed a police commander").
_PERSON_OF = re.compile(r"\s++(?:spokes(?:man|woman|person|people|men|women)|informers?|sources?)\b")


# The word that ties a group to its backer, ending a phrase of its own ("al Qaeda-linked" before "JNIM").
_GROUP_TIE_ENDINGS = ("-linked", "-backed", "-allied", "-affiliated", "-aligned")


def _members_group(member: Actor, phrases: list[ActorPhrase], sentence: str
                   ) -> tuple[Actor | None, list[ActorPhrase]]:
    """The group whose members the phrase ``member`` names ("Gangs from the Viv Ansanm coalition", "fighters
    of the National Resistance Front"), or None; and the phrases, less a band read as the group."""
    end = next((p.end for p in phrases if p.actor == member), None)
    of = _OF_GROUP.match(sentence, end) if end is not None else None
    if of is None and end is not None:
        # "The attackers, fighters of the Allied Democratic Forces (ADF), also abducted": members named again
        # in apposition, with their group.
        of = _APPOSED_OF.match(sentence, end)
    backed = _BACKED_BY.match(sentence, end) if end is not None else None
    group = next((q.actor for q in phrases if of is not None and q.start == of.end()
                  and _GROUP_IN.search(q.actor.name)), None)
    tie = next((q for q in phrases if of is not None and q.start == of.end()
                and q.actor.name.endswith(_GROUP_TIE_ENDINGS)), None)
    if group is None and of is not None:
        # "Gunmen from the banned TTP attacked": past a lower-case word or two, as a target's members are.
        group = next((named_group(q.actor) for q in phrases if of.end() < q.start <= of.end() + 30
                      and _LOWER_WORDS.fullmatch(sentence, of.end(), q.start)
                      and named_group(q.actor) is not None), None)
    if group is None and tie is not None:
        # "Fighters from al Qaeda-linked JNIM attacked": the backer's tie read as a phrase of its own, the
        # table's group just after it is the members' group.
        # (the next phrase one or two spaces on: a slice up to each later phrase was quadratic in a sentence)
        group = next((named_group(q.actor) for q in phrases if tie.end < q.start <= tie.end + 2
                      and sentence[tie.end:q.start].isspace() and named_group(q.actor) is not None), None)
    if group is None and backed is not None:
        # "Rebels backed by the Islamic State group": the transnational group's affiliate (canonical()).
        group = next((Actor(f"{q.actor.name}-linked {member.name}", q.actor.country_code) for q in phrases
                      if q.start == backed.end() and _GROUP_IN.search(q.actor.name)), None)
    at_of = next((q for q in phrases if of is not None and q.start == of.end()), None)
    if member.name.split()[-1].lower() == "dissidents":
        at_of = None  # "FARC dissidents of the Central General Staff": the table's group, or none
    if group is None and at_of is not None:
        # "Gunmen from the Gran Grif gang", "Armed men of the Arambai Tenggol militia": a group the table
        # does not know, by its name (two capitalised words at least: "the Druze militia" is a people's).
        words = at_of.actor.name.split()
        if len(words) >= 3 and words[-1].lower() in _BAND_HEADS and not country_in(words[:-1]) \
                and all(w[:1].isupper() or w[:1].isdigit() for w in words[:-1]):
            group = Actor(" ".join(words[:-1]), at_of.actor.country_code or member.country_code)
            phrases = [p for p in phrases if p is not at_of]  # the band is the members', not an object
        elif words[-1].lower() in _BAND_HEADS \
                or any(at_of.start == body[0] for body in _named_bodies(sentence)):
            # "Fighters of the Druze militia": the militia; "insurgents of the Barisan Revolusi Nasional
            # (BRN)": the body by its acronym
            group = at_of.actor
            phrases = [p for p in phrases if p is not at_of]
    if group is None and of is not None and of.group().rstrip().endswith(("of the", "of")) \
            and member.name.split()[-1].lower() != "dissidents" \
            and at_of is None:
        # "Fighters of the Comandos de la Frontera", "of the little-known Mahmuda group": a group the
        # table does not know, as written.
        named = _NAMED_GROUP.match(sentence, of.end()) or _ONE_NAME_GROUP.match(sentence, of.end())
        area = _AREA_AFTER.match(sentence, named.end()) if named is not None else None
        if named is not None and area is None and named.group(1).split()[-1].lower() not in _AREA_WORDS:
            group = Actor(named.group(1), member.country_code)
    return group, phrases


# Who finds bodies did not kill them ("Police found the bodies of nine men", "Mexican police find 10 bodies"):
# the subject of a find is no agent. Read at the trigger (the find's verb) or just before it (its body noun).
_FINDS = re.compile(r"(?i:finds?|found|discover(?:s|ed)?)\s(?:[\w-]{1,20}\s){0,4}?(?i:bod(?:y|ies))\b")
_FOUND_BEFORE = re.compile(r"(?i:finds?|found|discover(?:s|ed)?)\s(?:the\s)?$")


def _finds_bodies(sentence: str, trigger_start: int) -> bool:
    return bool(_FINDS.match(sentence, trigger_start)
                or _FOUND_BEFORE.search(sentence, max(0, trigger_start - 16), trigger_start))


# "Togolese troops pursued the attackers and killed eight of them": a pursuit verb, its object, and the kill
# coordinated with it whose count points back to that object (actors67).
_PURSUIT = re.compile(r"\b(?i:pursued|chased|went\s++after|tracked\s++down|hunted\s++down|"
                      r"gave\s++chase\s++to)\s++(?i:the\s++)?")
_AND_THEN = re.compile(r"\band\s++(?:then\s++)?$")
# A figure counted among the side just told ("killed four of them", "killing at least 11 of them"), right
# after a kill (also read by triggers._victims).
OF_THEM = re.compile(r"\s{0,3}(?i:(?:at\s{1,3}least|more\s{1,3}than|over|about|nearly|some|up\s{1,3}to)"
                     r"\s{1,3})?[\w-]{1,20}\s{1,3}of\s{1,3}them\b")


def _pursued(phrases: list[ActorPhrase], trigger_start: int, trigger_end: int,
             sentence: str) -> ActorPhrase | None:
    """The side a kill's subject had pursued ("pursued the attackers and killed eight of them"), or None."""
    if OF_THEM.match(sentence, trigger_end) is None \
            or _AND_THEN.search(sentence, max(0, trigger_start - 12), trigger_start) is None:
        return None
    # the pursuit verb nearest the kill (a bounded window: linear in the text)
    last = None
    for verb in _PURSUIT.finditer(sentence, max(0, trigger_start - 200), trigger_start):
        last = verb
    if last is None:
        return None
    return next((p for p in phrases if p.start == last.end() and p.end <= trigger_start and not p.side), None)


def sides(phrases: list[ActorPhrase], trigger_start: int, trigger_end: int, sentence: str = ""
          ) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) for an event whose trigger spans ``trigger_start:trigger_end`` of the sentence."""
    agent = next((p.actor for p in phrases if p.side == "agent"), None)
    target = next((Actor(p.actor.name, p.actor.country_code, struck=True)
                   for p in phrases if p.side == "target"), None)
    # A phrase the trigger opens ("Ambush Police" in a Title Case headline) is the trigger's object.
    opened = [p for p in phrases
              if p.start <= trigger_start < p.end and p.end > trigger_end and not weapon_phrase(p)]
    phrases = [p for p in phrases if p not in opened]
    if sentence:
        # A body named only as whose spokesman, informer or source a person is takes no side in the act:
        # "abducted 23 worshippers, police spokesman X said", "killed a villager they accused of being a
        # police informer", "army sources said".
        phrases = [p for p in phrases if p.side or not _PERSON_OF.match(sentence, p.end)]
        chased = _pursued(phrases, trigger_start, trigger_end, sentence) if agent is None and target is None \
            else None
        if chased is not None:
            # The pursuers killed them: the pursued are the other side, never the subject of the kill.
            target = Actor(chased.actor.name, chased.actor.country_code, struck=True)
            phrases = [p for p in phrases if p is not chased]
    if agent is None:
        # "killed 20 al-Shabaab fighters who stormed a base": the subject of a relative clause is its own.
        agent = next((p.actor for p in reversed(phrases) if p.end <= trigger_start and p.side != "target"
                      and _WHO.fullmatch(sentence, p.end, trigger_start)), None)
    if agent is None and not (sentence and _finds_bodies(sentence, trigger_start)):
        # The subject: the last actor before the trigger that is not inside a prepositional phrase,
        # nor the speaker of a report about it ("the ministry said it was alarmed by an air raid").
        # Nor an object ("killed dozens of Boko Haram fighters in a raid", "X and Y clashed": X), but
        # a speaker of its own action is ("the army said on Saturday it had recaptured the town").
        reported = WordHits(_REPORTED, sentence)
        # Where the gap before each phrase starts: the end of the phrase before it (phrases are sorted).
        gap_start = {id(q): prev.end for prev, q in zip(phrases, phrases[1:], strict=False)}
        # (Not the protesters a trigger names: "Police shoot dead three protesters".)
        before = [p for p in phrases if (p.start < trigger_start or p.start == trigger_start
                                         and p.actor.name.split()[-1].lower() not in _PROTESTER_HEADS)
                  and not p.side
                  and p.actor.name.split()[-1].lower() not in _PASSIVE_HEADS
                  and not _SUFFERED.match(sentence, p.end)
                  and not _passive_struck(sentence, p.end, trigger_start)
                  and not _PAIR_GAP.fullmatch(sentence, gap_start.get(id(p), p.start), p.start)
                  and not _OTHER_SUBJECT.search(sentence, max(p.end, trigger_start - 150), trigger_start)
                  and not _OBJECT_BEFORE.search(sentence, max(0, p.start - 40), p.start)
                  and not _MODIFIER_BY.search(sentence, max(0, p.start - 30), p.start)
                  and not (_GROUP_OF.get(p.actor.name, {}).get("name") in _AFFILIATES
                           and _TIED_TO.search(sentence, max(0, p.start - 30), p.start))
                  and (not reported.between(p.end, trigger_start)
                       or _SAID_IT.match(sentence, p.end, trigger_start) is not None
                       or _ACCUSED_OF.fullmatch(sentence, p.end, trigger_start) is not None
                       and not _DENIED.search(sentence))]
        if before:
            agent = before[-1].actor
            if _ITS.search(sentence, max(0, before[-1].start - 8), before[-1].start):
                # "Hezbollah said its fighters clashed", "the army said its aircraft had struck": the
                # speaker's own forces; the speaker names them.
                owner = [p for p in phrases if p.end <= before[-1].start and p.side != "target"]
                if owner and reported.between(owner[-1].end, before[-1].start):
                    agent = owner[-1].actor
    if agent is None and not _DENIED.search(sentence):
        # "Ardamata massacre: RSF accused of killing hundreds": the accused, wherever the act is named.
        agent = next((p.actor for p in phrases if not p.side and _ACCUSED_OF.match(sentence, p.end)), None)
    if agent is None:
        # "15 soldiers were killed when jihadists attacked a base": the subject of the clause that tells how.
        how = next((p for p in phrases if trigger_end <= p.start <= trigger_end + 60 and not p.side
                    and p.actor.name.split()[-1].lower() not in _PASSIVE_HEADS
                    and _WHEN.search(sentence, max(0, p.start - 12), p.start)
                    and _DID.match(sentence, p.end)), None)
        if how is not None:
            agent = how.actor
    if agent is None:
        # "18 killed in regime airstrikes", "died in Russian shelling": the weapon after the trigger is
        # the means, and whose it is the agent.
        means = next((p for p in phrases if trigger_end <= p.start <= trigger_end + 40 and not p.side
                      and weapon_phrase(p) and _MEANS.search(sentence, max(0, p.start - 12), p.start)), None)
        if means is not None:
            agent = means.actor
    if agent is None:
        # "Warplanes and warships of the Saudi-led coalition pounded ...": the trigger is the weapon,
        # and whose it is follows it.
        owner = next((p for p in phrases if trigger_end <= p.start <= trigger_end + 40 and not p.side
                      and _WEAPON_OF.fullmatch(sentence, trigger_end, p.start)), None)
        if owner is not None:
            agent = owner.actor
    if agent is None and sentence[trigger_start:trigger_end].lower() in _WEAPON_HEADS:
        # "Artillery fire from the Rapid Support Forces killed", "Drones launched by the paramilitary RSF
        # struck", "A mortar round fired from Houthi-held hills": the weapon is the trigger and whose it is
        # follows it (after "from" a group or the side's ground, not a launch country: "fired from Lebanon").
        # ("RSF positions" read as a target are the ground it fired from.)
        owner = next((p for p in phrases if trigger_end <= p.start <= trigger_end + 60
                      and (by := _WEAPON_FROM.fullmatch(sentence, trigger_end, p.start)) is not None
                      and p.actor.name.split()[-1].lower() not in _PASSIVE_HEADS
                      and (not p.side and (by.group("by") == "by" or named_group(p.actor) is not None
                                           or _armed_body(p.actor))
                           or p.side != "agent" and by.group("by") == "from"
                           and _HELD.match(sentence, p.end) is not None)), None)
        if owner is not None:
            agent = owner.actor
    if agent is None and _LATEST_OF.search(sentence, max(0, trigger_start - 80), trigger_start):
        # "Gunmen killed eight people at a bar in Irapuato, ..., the latest in a string of massacres": the
        # apposition renames the act the sentence told, and the sentence's subject did it.
        subject = next((p for p in phrases if p.end <= trigger_start and not p.side
                        and p.actor.name.split()[-1].lower() not in _PASSIVE_HEADS
                        and _DID.match(sentence, p.end)
                        and not _OBJECT_BEFORE.search(sentence, max(0, p.start - 40), p.start)), None)
        if subject is not None:
            agent = subject.actor
    if agent is None:
        # "Al-Shabaab fighters attacked an army base ..., and officials said 12 soldiers were killed in hours
        # of fighting": the fight is theirs who attacked, wherever its trigger stands.
        agent = next((p.actor for p in phrases if not p.side and p.end <= trigger_start
                      and _ATTACKED_AFTER.match(sentence, p.end)
                      and not _OBJECT_BEFORE.search(sentence, max(0, p.start - 40), p.start)),
                     None)
    if agent is None and target is not None:
        # "Bamako attack: jihadists hit gendarmerie school", "Fighting ... where the KIA has attacked army
        # positions": whoever the sentence says struck the target, wherever the trigger stands.
        hit = next((p for p in phrases if p.side == "target"), None)
        agent = next((p.actor for p in reversed(phrases) if hit is not None and not p.side
                      and p.end < hit.start and p.actor.name.split()[-1].lower() not in _PASSIVE_HEADS
                      and _STRUCK.fullmatch(sentence, p.end, hit.start)), None)
    if agent is None and target is None:
        # "Heavy clashes erupted late on Monday in Tripoli's Abu Salim district between the Stability Support
        # Apparatus and the 444th Brigade": the first side named is actor1 (as of "A and B clashed").
        first = next((i for i, p in enumerate(phrases) if trigger_end <= p.start <= trigger_end + 150
                      and not p.side and _BETWEEN.search(sentence, max(0, p.start - 14), p.start)), None)
        if first is not None:
            agent = phrases[first].actor
            if first + 2 < len(phrases) and phrases[first].actor.name.lower() in _BETWEEN_ARMY_WORDS \
                    and phrases[first + 1].actor.name.lower() in _BARE_FORCES \
                    and _BETWEEN_COMPOUND_GAP.fullmatch(sentence, phrases[first].end,
                                                        phrases[first + 1].start):
                # "between army troops and SPLA-IO fighters": the army's troops are one side, read as two
                # phrases ("army", "troops"); the other side is named after them (actors62).
                first += 1
            other = phrases[first + 1] if first + 1 < len(phrases) else None
            if other is not None and sentence[other.end:other.end + 1] == "-" and first + 2 < len(phrases) \
                    and _AND_LED.fullmatch(sentence, phrases[first].end, phrases[first + 2].start):
                other = phrases[first + 2]  # "and the Iran-backed Houthis": the backer is no side
            if other is not None and (_AND.fullmatch(sentence, phrases[first].end, other.start)
                                      or _AND_LED.fullmatch(sentence, phrases[first].end, other.start)):
                target = other.actor
            if target is None and other is not None and named_group(other.actor) is not None \
                    and _AND_PART_OF.fullmatch(sentence, phrases[first].end, other.start):
                # "between the ELN and the 33rd Front, a faction of FARC dissidents": the part the text names
                # by the group it belongs to is that group (actors62).
                target = other.actor
            unlisted = _AND_UNLISTED.match(sentence, phrases[first].end) if target is None else None
            if unlisted is not None and (other is None or other.start >= unlisted.end()):
                target = Actor(unlisted["backed"] or unlisted["name"], "")
    if agent is None and target is None and sentence:
        # "An army truck was hit by a roadside bomb": the force the passive's subject names (or carries) is
        # the side struck (sides49).
        hit = next((p for p in phrases if p.start <= trigger_start and not p.side and not weapon_phrase(p)
                    and p.actor.name.split()[-1].lower() not in _PASSIVE_HEADS
                    and _passive_target(sentence, p.start, p.end, trigger_start)), None)
        if hit is not None:
            target = Actor(hit.actor.name, hit.actor.country_code, struck=True)
    bare = agent is not None and agent.name.lower().removeprefix("the ") in _BARE_FORCES
    if agent is not None and bare and not agent.country_code:
        # "Israeli army says troops clashed with Hezbollah": the speaker's own troops, not the host's.
        at = next((p for p in phrases if p.actor == agent), None)
        owner = [p for p in phrases if at is not None and p.end <= at.start and p.side != "target"]
        says = bool(owner) and _SAYS_BEFORE.fullmatch(sentence, owner[-1].end, at.start) is not None
        body = named_group(owner[-1].actor) if says else None
        if says and owner[-1].actor.country_code:
            agent = Actor(agent.name, owner[-1].actor.country_code)
        elif body is not None and _GROUP_BY_NAME[body.name]["inter"] == _EXTERNAL_FORCES:
            agent = body  # "MNJTF says troops killed 20 Boko Haram fighters": the task force's troops
    rivals = _rivals_of(agent, phrases, sentence) if agent is not None and target is None else None
    if rivals is not None:
        # "Gunmen from rival factions of the Sinaloa Cartel fought", "Supporters of rival parties clashed":
        # the two sides are of one kind, both named by it (``struck``: kept as actor2 though equal to actor1).
        return rivals, Actor(rivals.name, rivals.country_code, struck=True)
    if agent is not None and agent.name.split()[-1].lower() in _MEMBER_HEADS:
        # "Gangs from the Viv Ansanm coalition", "Fighters of the al-Qaeda-linked JNIM": their group.
        group, phrases = _members_group(agent, phrases, sentence)
        agent = group or agent
    if agent is None:
        # "Mpondwe school attack: ADF rebels kill 41", "... in Bolan district, BLA holds hundreds": a subject
        # with its verb after a break that follows the trigger is who did it, not the trigger's object.
        agent = next((p.actor for p in phrases if trigger_end <= p.start <= trigger_end + 60 and not p.side
                      and _BREAK_BEFORE.search(sentence, trigger_end, p.start)
                      and _HEADLINE_VERB.match(sentence, p.end)), None)
    if target is None and agent is not None and _MUTUAL.match(sentence, trigger_start):
        # "Army, NPA rebels clash in Guihulngan", "SSPDF, SPLA-IO clash in Nasir": a headline's comma pairs
        # the two sides of a fight whose verb follows them; the second (kept from the subject scan) is actor2.
        i = next((k for k, p in enumerate(phrases) if p.actor == agent), None)
        nxt = phrases[i + 1] if i is not None and i + 1 < len(phrases) else None
        if nxt is not None and i is not None and not nxt.side and nxt.actor != agent \
                and _PAIR_GAP.fullmatch(sentence, phrases[i].end, nxt.start) \
                and _SPACES.fullmatch(sentence, nxt.end, trigger_start) is not None:
            target = nxt.actor
    if target is None:
        # The object of a transitive trigger: "bombed army positions", "killing 62 soldiers".
        after = [p for p in opened + phrases if (p in opened or trigger_end <= p.start <= trigger_end + 40)
                 and not p.side and p.actor != agent
                 and not _SAYS_AFTER.match(sentence, p.end)  # "..., the UN said"
                 and not (p.actor.name.split()[-1].lower() in _TELLER_HEADS
                          and (_SAY_AFTER.match(sentence, p.end)
                               or _MUTUAL.match(sentence, trigger_start)
                               and _AS_BEFORE.search(sentence, max(0, p.start - 8), p.start)))]
        if after:
            target = after[0].actor
    if target is None:
        # ... or a named group the act's toll counts, further on: "An Israeli drone strike on a car near
        # Nabatieh on Monday killed a Hezbollah member", "killing three PKK fighters".
        target = next((p.actor for p in phrases if p.start >= trigger_end and not p.side and p.actor != agent
                       and named_group(p.actor) is not None
                       and _TOLL_OBJECT.search(sentence, max(trigger_end, p.start - 60), p.start)), None)
    if target is None and agent is not None:
        # ... or of a verb before it: "killed dozens of Boko Haram fighters in a raid", "X and Y clashed".
        objects = [p for p in phrases if p.start <= trigger_start and not p.side and p.actor != agent
                   and _OBJECT_BEFORE.search(sentence, max(0, p.start - 40), p.start)]
        if objects:
            target = objects[0].actor
    if target == agent:
        target = None
    if target is not None and target.name.split()[-1].lower() in _MEMBER_HEADS:
        # The target's members named by their group, as the agent's are: "clashed with fighters of the UPC
        # armed group", "killed 13 militants of the banned TTP" (past a modifier or two).
        end = next((p.end for p in phrases if p.actor == target), None)
        of = _OF_GROUP.match(sentence, end) if end is not None else None
        if of is not None:
            group = next((q.actor for q in phrases if of.end() <= q.start <= of.end() + 30
                          and _LOWER_WORDS.fullmatch(sentence, of.end(), q.start)
                          and named_group(q.actor) is not None and q.actor != agent), None)
            target = group or target
    if target is not None and target.name.split()[-1].lower() in _MEMBER_HEADS:
        # ... and by the group's own name or a band the table lacks, as the agent's are: "clashed with
        # fighters of the National Resistance Front", "fighters of the Stability Support Apparatus".
        group, _ = _members_group(target, phrases, sentence)
        target = group if group is not None and group != agent else target
    if _WITHDRAWS.search(sentence, trigger_start, trigger_end):
        # "Malian troops enter Kidal after rebels withdraw": those who moved in took it from those who left.
        taker = next((p for p in phrases if p.side != "target" and _ENTERS.match(sentence, p.end)), None)
        if taker is not None and taker.actor != agent:
            return taker.actor, agent
    if target is None and agent is not None:
        # "Fano fighters took control of Lalibela after federal troops withdrew", "walked into Bara after army
        # units pulled back": the trigger is the taking, and the side that left after it is the other side.
        left = next((p for p in phrases if p.start >= trigger_end and p.actor != agent and p.side != "agent"
                     and _AFTER_JUST.search(sentence, max(trigger_end, p.start - 12), p.start)
                     and _LEFT.match(sentence, p.end)), None)
        if left is not None:
            return agent, Actor(left.actor.name, left.actor.country_code, struck=True)
    if target is not None and any(p.actor == target and _WHO_ATTACKED.match(sentence, p.end)
                                  for p in phrases):
        # "killed 20 al-Shabaab fighters who stormed a base": those who attacked are actor1 of the fight.
        return target, agent
    at = next((p for p in phrases if agent is not None and p.actor == agent), None)
    stormed = next((p for p in phrases if at is not None and p.actor != agent and p.side != "target"
                    and at.end < p.start <= at.end + 40
                    and not _CLAUSE_BREAK.search(sentence, at.end, p.start)
                    and _WHO_ATTACKED.match(sentence, p.end)), None)
    if stormed is not None:
        # "Security forces shot dead 10 suspected Kuki militants who attacked a police station": the object
        # of the agent's verb attacked first, whatever the trigger read as the target (the station's police).
        return stormed.actor, agent
    fought = _class_of(target.name.lower().split())[0] if target is not None else None
    if agent is not None and target is not None and fought is not None \
            and fought["name"] not in ("civilians", "protesters", "rioters"):
        hit = next((p for p in phrases if p.actor.name == target.name and p.start >= trigger_start - 60),
                   None)
        fired_on = _FIRED_ON_FIRST.search(sentence, hit.end, min(len(sentence), hit.end + 160)) \
            if hit is not None and trigger_start < hit.end + 160 else None
        if fired_on is not None and not _SPAN_BEFORE.search(sentence, max(0, fired_on.start() - 12),
                                                            fired_on.start()) \
                and not any(hit.end <= p.start < fired_on.start() for p in phrases):
            # "Soldiers killed four gunmen near Navolato after coming under fire while on patrol": the side
            # the subject fought began it (the guide: an attack repelled is the attacker's; actors45).
            return Actor(target.name, target.country_code), Actor(agent.name, agent.country_code, struck=True)
    suffered = _suffered(phrases, trigger_start, sentence)
    if suffered is not None and suffered[0] is not None:
        return suffered
    for p in phrases:
        # "FARDC repel M23 assault", "Army repels Boko Haram attack on base": the subject scan took the group
        # named before the attack noun (or with it: "JNIM attack"); the subject of the verb of repelling is
        # the other side.
        attack = _ATTACK_NOUN.match(sentence, p.end) or p.start < trigger_start and trigger_end <= p.end
        rep = _REPELLED.search(sentence, max(0, p.start - 40), p.start) \
            if agent is not None and p.actor == agent and attack else None
        if rep is not None:
            repeller = next((q.actor for q in reversed(phrases) if q.end <= rep.start() and q.side != "target"
                             and q.actor != agent and _HAS.fullmatch(sentence, q.end, rep.start())), None)
            if repeller is not None:
                return agent, repeller
    for p in phrases:
        # "the army said it repelled an RSF assault": the group that attacked is actor1, the army actor2.
        if p.actor != agent and p.side != "agent" \
                and (_ATTACK_NOUN.match(sentence, p.end) or weapon_phrase(p)) \
                and _REPELLED.search(sentence, max(0, p.start - 40), p.start):
            return p.actor, agent
    kind = _class_of(target.name.lower().split())[0] if target is not None else None
    if agent is not None and target is not None and target != agent \
            and _KILLED.match(sentence, trigger_start, trigger_end) \
            and _REPEL_VERB.search(sentence, max(0, trigger_start - 80), trigger_start) \
            and not named_group(target) \
            and kind is not None and kind["name"] not in ("forces", "police", "government", "civilians"):
        # "troops had repelled a separate attack on Monguno, killing 12 insurgents": the attack the army
        # repelled was theirs who died in it (a group the story names, for the coder to find).
        return target, agent
    if suffered is not None and suffered[0] is None and target is not None and agent is not None \
            and _REPEL_VERB.search(sentence, max(0, trigger_start - 80), trigger_start):
        # "Troops repelled an attack on a military base in Marte, killing 17 insurgents": the post attacked is
        # the repellers' own (one kind of force), and the attack was theirs whom the repelling killed, when
        # the toll names no force (the guide: an attack repelled is the attacker's; a described perpetrator is
        # the story's group, for the coder to find). No toll of theirs: the attacker is unnamed (sides49).
        own = (_class_of(target.name.lower().split())[0] or {}).get("name")
        if own is not None and own == (_class_of(suffered[1].name.lower().split())[0] or {}).get("name"):
            dead = next((p for p in phrases if trigger_end <= p.start <= trigger_end + 160 and not p.side
                         and _KILLING_BEFORE.search(sentence, max(0, p.start - 30), p.start)), None)
            kind = _class_of(dead.actor.name.lower().split())[0] if dead is not None else None
            attacker = dead.actor if kind is not None and kind["name"] not in (
                "forces", "police", "government", "civilians") else None
            return attacker, suffered[1]
    if suffered is not None and target is None:
        # "Soldiers repelled an attack on their base in Tillaberi": no attacker named, the side attacked.
        victim = suffered[1]
        return (None if agent is not None and agent.name == victim.name else agent), victim
    encounter = _KILLED_IN_ENCOUNTER.search(sentence) if agent is None and sentence else None
    if encounter is not None and not any(
            (_class_of(a.name.lower().split())[0] or {}).get("name") in _ENCOUNTER_STATE_CLASSES
            for a in [target] + [p.actor for p in phrases if p.end <= encounter.start()] if a is not None):
        # "Two militants killed in encounter in Kupwara's Machil sector", "were killed in an encounter in the
        # forests of Shopian": South Asia's "encounter" is a gunfight with the security forces, named or not
        # (the event country's forces; "an encounter with X" names its side, and dead of the state's own
        # forces or police leave it unread, as before; actors66).
        agent = Actor("security forces", "")
    one = agent if target is None else target if agent is None else None
    at = next((p for p in phrases if one is not None and p.actor == one), None)
    if one is not None and at is not None and (_RIVAL_BEFORE.search(sentence, max(0, at.start - 16), at.start)
                                               or _RIVAL_OPENS.match(sentence, at.start, at.end)):
        # "clashes between rival gangs", "Rival militias battle": both sides are of that kind (``struck``:
        # kept as actor2 though equal to actor1).
        return one, Actor(one.name, one.country_code, struck=True)
    return agent, target


# Dead "killed in (an) encounter" with no "with" after it (actors66): the security forces' gunfight, in the
# usage of South Asia's press; one optional plain word before "encounter" ("a fierce encounter", "an overnight
# encounter"). Fixed words and one bounded word: linear.
_KILLED_IN_ENCOUNTER = re.compile(r"\b(?i:killed|gunned\s++down|shot\s++dead)\s++in\s++(?:an?\s++)?"
                                  r"(?:[a-z-]{2,20}+\s++)?(?i:encounter)(?!\s++with\b)(?![\w-])")
# The classes of a side that is itself the state's ("Two soldiers killed in encounter"): no rule then.
_ENCOUNTER_STATE_CLASSES = frozenset({"forces", "police", "government"})

# The subject's side was attacked first, told after the act: "after coming under fire", "after being
# ambushed".
_FIRED_ON_FIRST = re.compile(r"\bafter\s++(?:(?:coming|they\s++came|it\s++came)\s++under\s++(?:fire|attack)"
                             r"|being\s++(?:attacked|ambushed|shot\s++at|fired\s++(?:on|upon|at)))\b")
# ... not an earlier act: "two days after coming under fire in Culiacan".
_SPAN_BEFORE = re.compile(r"\b(?:minutes|hours?|days?|weeks?|months?|years?|shortly|soon|long)\s++$")
# Members or a crowd "from (two) rival factions of" a group, "of rival parties" (actors45): the two sides
# are the group's factions, or crowds of one kind.
_RIVAL_UNITS = re.compile(r"\s++(?:from|of)\s++(?:(?:two|the)\s++)?rival\s++"
                          r"(?:factions|wings|parties|clans|camps)(?P<of>\s++(?:of|within)\s++(?:the\s++)?)?")


def _rivals_of(agent: Actor, phrases: list[ActorPhrase], sentence: str) -> Actor | None:
    """The side both of whose halves the subject names as rivals of one kind: the group whose rival factions
    its members are ("Gunmen from rival factions of the Sinaloa Cartel": the cartel), or the crowd itself
    ("Supporters of rival parties", a riot's rioters by code_actors), else None."""
    at = next((p for p in phrases if p.actor == agent), None)
    if at is None or at.actor.name.split()[-1].lower() not in _MEMBER_HEADS | _CROWD_HEADS:
        return None
    tie = _RIVAL_UNITS.match(sentence, at.end)
    if tie is None:
        return None
    if tie.group("of") is None:
        return agent if agent.name.split()[-1].lower() in _CROWD_HEADS else None
    # (a group of the table, or one it lacks by its capitalised name: "the Gulf Cartel")
    return next((q.actor for q in phrases if q.start == tie.end()
                 and (named_group(q.actor) is not None
                      or all(w[:1].isupper() for w in q.actor.name.split()))), None)


def _passive_struck(sentence: str, end: int, trigger_start: int) -> bool:
    """Whether the phrase ending at ``end`` is (in) the subject of a passive "was hit by ..." that tells the
    act of the trigger at ``trigger_start`` (inside the subject, "army helicopter", or within a few words
    after the verb, "a roadside bomb")."""
    if "by" not in sentence[end:end + 600]:
        return False  # (most sentences: no passive with its agent)
    m = _PASSIVE_STRUCK.match(sentence, end)
    return m is not None and trigger_start <= m.end() + 40


def _passive_target(sentence: str, start: int, end: int, trigger_start: int) -> bool:
    """Whether the phrase at ``start:end`` names the side struck by the act of the trigger at
    ``trigger_start``: the force of a passive subject that opens the sentence, and the trigger is its craft
    (before the verb) or the agent after "by" ("was brought down by a drone"), not the verb itself ("was
    downed": an aircraft downed is read as its own act)."""
    if "by" not in sentence[end:end + 600]:
        return False
    m = _PASSIVE_STRUCK.match(sentence, end)
    return m is not None and trigger_start <= m.end() + 40 \
        and (trigger_start < m.start("verb") or trigger_start >= m.start("by")) \
        and _PASSIVE_OPENER.fullmatch(sentence, 0, start) is not None


def _suffered(phrases: list[ActorPhrase], trigger_start: int, sentence: str
              ) -> tuple[Actor | None, Actor] | None:
    """(attacker or None, the side attacked) when the trigger's clause makes the side attacked its subject
    ("Troops came under fire from JNIM fighters", "were attacked by", "repelled an attack by"): the subject
    scan would take that side for the perpetrator. The guide: actor1 the perpetrator, the attacker of an
    attack repelled. The side attacked is marked struck (an attack on it by someone unnamed)."""
    for m in _SUFFERED_ACT.finditer(sentence, max(0, trigger_start - 60), trigger_start + 30):
        if not m.start() <= trigger_start <= m.end() + 30:
            continue
        victim = next((q for q in reversed(phrases) if m.start() - 120 <= q.end <= m.start()
                       and not weapon_phrase(q)
                       and not _PART_OF_SUBJECT.search(sentence, max(0, q.start - 8), q.start)
                       and _SUFFERED_GAP.fullmatch(sentence, q.end, m.start())), None)
        if victim is None:
            continue
        at = next((p for p in phrases if m.end() <= p.start <= m.end() + 60
                   and p.actor != victim.actor and p.side != "target"
                   and _ATTACKER_GAP.fullmatch(sentence, m.end(), p.start)), None)
        attacker = at.actor if at is not None else None
        of = _OF_GROUP.match(sentence, at.end) if at is not None \
            and at.actor.name.split()[-1].lower() in _MEMBER_HEADS else None
        if of is not None:
            # "militants of Islamic Jihad's Jenin Brigade", "fighters of the ADF": their group.
            attacker = next((q.actor for q in phrases if of.end() <= q.start <= of.end() + 30
                             and _LOWER_WORDS.fullmatch(sentence, of.end(), q.start)
                             and named_group(q.actor) is not None), attacker)
        return attacker, Actor(victim.actor.name, victim.actor.country_code, struck=True)
    return None


# Who a sentence says did an attack told before: "blamed the attack on the RSF", "was attributed to the
# ADF", "was claimed by Islamic State" (the actor after), "The al-Shabaab group claimed responsibility"
# (the actor before). Read in a bounded window beside each actor phrase.
_BLAMED_ON = re.compile(r"\b(?:blam(?:ed|es|e|ing)|attribut(?:ed|es|e|ing)|pinn(?:ed|ing))\b[^.;]{0,50}?"
                        r"\b(?:on|to)\s+(?:the\s+)?(?:(?:suspected|alleged)\s+)?$")
_CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?$")
# "..., the army said, blaming the M23": the one blamed is the blaming verb's object.
# (Past a modifier or two: "blaming the paramilitary Rapid Support Forces", "blamed suspected Islamist".)
_BLAMING = re.compile(r"\bblam(?:ed|es|ing|e)\s++(?:the\s++)?(?:(?:paramilitary|suspected|alleged|armed|"
                      r"rebel|militant|jihadist|islamist|separatist|rival|local)\s++){0,2}+$")
# ... or a named group after "a": "blamed a FARC dissident faction led by ..." (blind b34-015; sides53), read
# only before a capital (a described one, "blamed a local gang", is not named: b34-039).
_BLAMING_A = re.compile(r"\bblam(?:ed|es|ing|e)\s++an?\s++$")
# ... or a part of it: "blamed the Jaime Martinez front of the FARC dissidents", "a faction of the ADF".
_BLAMING_PART = re.compile(r"\bblam(?:ed|es|ing|e)\s++(?:the\s++|an?\s++)?(?:[\w'’-]{1,30}+\s++){0,3}?"
                           r"(?:front|faction|wing|unit|cell|brigade|column|branch|splinter\s++group)s?\s++"
                           r"(?:of|from)\s++(?:the\s++)?$")
# What a group claims: "claimed a drone attack on a tanker", "claims two suicide bombings", and the device
# or the act named plainly ("claimed a roadside bomb that struck", "claimed a shooting").
_CLAIMED_ACTS = (r"(?:attacks?|strikes?|bombings?|raids?|assaults?|ambush(?:es)?|operations?|killings?|"
                 r"blasts?|bombs?|explosions?|shootings?)")
_CLAIMS_IT = re.compile(r"(?:\s*+,[^,.;]{0,60},|\s*+,\s*+(?:which|who)|(?:\s++[a-z][\w-]*+){0,2}?)"
                        r"\s*+(?:(?:has|have|had)\s+)?(?:also\s+)?"
                        r"(?:claimed|claims|claiming|claim)\s+(?:responsibility|the\s+\w+|it|through|via|"
                        r"(?:(?:an?|two|three|several)\s+)?(?:[\w-]+\s+){0,2}?" + _CLAIMED_ACTS + r")\b")
# "X (at first denied involvement but later) said one of its aircraft had", "X admitted its forces had":
# the speaker owns the attack told before. Not its air defences ("Russia's defence ministry said its air
# defences had destroyed 31 Ukrainian drones"): the teller of an interception is the side struck, not the
# striker of the act told before (sides51).
_OWNED_UP = re.compile(r"[^.;]{0,60}?\b(?:"
                       + alternation(SAID | {"admitted", "admits", "acknowledged", "acknowledges"})
                       + r")\s+(?:that\s+)?"
                       r"(?:one\s+of\s+)?(?:its|their)\s+(?!(?i:air[\s-]defen[cs]es?|anti-aircraft|anti-drone)\b)"
                       r"(?:[\w-]+\s+){1,2}?(?:had|has|have)\b")
# "al Shabaab said in a statement on its radio that it (its fighters) had carried out the attack": the speaker
# owns the attack told before.
_OWNS_SAYING = alternation(SAID | {"announced", "stated"})
_CARRIED_OUT = re.compile(r"[^.;]{0,80}?\b(?:" + _OWNS_SAYING + r")\s++(?:[^.;]{0,60}?\bthat\s++)?"
                          r"(?:it|they|(?:its|their)\s++(?:fighters|members|militants|men|forces|mujahideen))\s++"
                          r"(?:had|has|have)\s++(?:also\s++)?carried\s++out\b|"
                          # "Al Shabaab said in a statement it was behind the blast": the same, owned up
                          r"[^.;]{0,80}?\b(?:" + _OWNS_SAYING + r")\s++(?:[^.;]{0,60}?\s)?(?:that\s++)?"
                          r"(?:it|they)\s++(?:was|were)\s++(?:also\s++)?behind\b")
# "The RSF said its fighters had launched the offensive", "A Fano spokesman told AFP that the assault was
# retaliation for drone strikes": the teller says the act was its side's own operation, so it is the act's
# actor1 (the initiator), even when the story named the other side first ("Troops and M23 rebels fought
# ..."; sides54, the lead of sides53: b24-073, b42-079, w52-006..009).
INITIATED_BY_TELLER = (r"(?:" + _OWNS_SAYING + r"|told\s++[\w.-]{1,20}+)\s++(?:[^.;]{0,60}?\bthat\s++)?(?:"
                       r"(?:it|they|(?:its|their)\s++(?:fighters|members|militants|men|forces|troops|units|"
                       r"mujahideen))\s++(?:had|has|have)\s++(?:also\s++)?(?:stormed\b|"
                       # the act told, not one after it: "it had launched a search", "pursuit operations"
                       r"(?:launched|mounted|initiated|begun|started)\s++(?:the|this|that)\s++"
                       r"(?:offensive|attacks?|assaults?|operation|raids?)\b)|"
                       r"(?:the|its|their|this|that)\s++(?:operation|offensive|attacks?|assaults?|raids?|"
                       r"firing|fighting)\s++(?:was|were|had\s++been)\s++(?:an?\s++)?"
                       r"(?:response|retaliation|reprisal|revenge)\b)")
_INITIATED = re.compile(r"[^.;]{0,80}?\b" + INITIATED_BY_TELLER)
# "Police said the BLA was behind Saturday's attack" (the actor before); "The attackers belonged to JNIM",
# "gunmen believed to belong to the ADF" (the actor after): who did the attack told.
_WAS_BEHIND = re.compile(r"\s++(?:was|were|is|are)\s++(?:also\s++)?behind\b")
_BELONGED_TO = re.compile(r"\bbelong(?:ed|s|ing)?\s++to\s++(?:the\s++)?$")
_NEGATED = re.compile(r"\b(?:no|not|nobody|none|never)\b")
# A group the actor table lacks, named as the subject of a claim: "The Hafiz Gul Bahadur group, a faction
# allied with the Pakistani Taliban, claimed responsibility", "A little-known group, Jaish al-Fursan, which
# is linked to ..., claimed the attack", "and the newly formed Tehreek-e-Jihad Pakistan claimed the attack".
_CLAIM_VERB = re.compile(r"\b(?:(?:has|have|had|later|also|swiftly|quickly)\s++){0,2}+claim(?:ed|s)\s++"
                         r"(?:responsibility|the\s++(?:[\w-]{1,20}+\s++)?" + _CLAIMED_ACTS + r"\b)")
# The aside between a claimant and its verb: ", a faction allied with the Pakistani Taliban, ".
_ASIDE_BEFORE = re.compile(r",[^,.;()]{1,80}+,\s*+$")
# ... or the relative pronoun of a claim told in passing: "The Hafiz Gul Bahadur group, which claimed the
# attack, is based across the border".
_WHICH_BEFORE = re.compile(r",\s*+(?:which|who)\s++$")
# A name of capitalised words with the joiners names use ("Jaish al-Fursan", "Islamic Resistance in Iraq"),
# and "group" after it; read backwards from the claim verb in at most 120 characters.
_NAME_WORD_OF = r"(?:[A-Z]|(?:al|el|ad|ash|as|an|ar)-)[\w'’-]{0,30}+"
_CLAIMANT_NAME = re.compile(r"(?<![\w'’-])(" + _NAME_WORD_OF + r"(?:\s++(?:(?:al|el|of|in|e|wal)\s++)?"
                            + _NAME_WORD_OF + r"){0,5}+)(\s++(?:group|movement|front))?\s*+$")
_NOT_CLAIMANTS = frozenset({"no", "the", "a", "an", "nobody", "none", "it", "they", "he", "she", "police",
                            "officials", "authorities"})
_DENIED = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected|rejects)\b")
# ... but not a relative clause describing the blamed group by a peace deal it rejected ("blamed FARC
# dissidents who rejected the 2016 peace deal"): no denial of the blame ("which denied involvement" is one).
_REJECTED_DEAL = re.compile(r"\b(?:who|that|which)\s++(?:(?:had|have|has|also)\s++)?reject(?:ed|s)\s++"
                           r"(?:the\s++|a\s++)?(?:[\w-]{1,20}+\s++){0,3}?"
                           r"(?:peace|deal|agreement|accord|talks|process|disarmament)\b")
# A person's title just before a name ("military spokesman Yahya Saree", "the group's leader, Abu Musab,"):
# the name is a person, who speaks for the title's owner.
_TITLE_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|leader|commander|chief|emir)\s*+,?\s*+$")


def claimant(phrases: list[ActorPhrase], sentence: str) -> Actor | None:
    """The actor a sentence says claimed an attack, or blamed for it (unless the sentence reports a
    denial too): the perpetrator of an attack already told ("The attack was claimed by ...")."""
    unrelated = _REJECTED_DEAL.sub(" ", sentence) if "reject" in sentence else sentence
    denied = _DENIED.search(unrelated) is not None
    for p in phrases:
        if p.actor.name.split()[-1].lower() in _PASSIVE_HEADS:
            continue
        before = sentence[max(0, p.start - 70):p.start]
        if _CLAIMED_BY.search(before):
            return p.actor
        blamed = _BLAMED_ON.search(before) or _BLAMING.search(before) or _BLAMING_PART.search(before) \
            or sentence[p.start:p.start + 1].isupper() and _BLAMING_A.search(before)
        if blamed and not denied:
            return p.actor
        if _CLAIMS_IT.match(sentence, p.end) and not _NEGATED.search(sentence, max(0, p.start - 20), p.start):
            return p.actor
        if _OWNED_UP.match(sentence, p.end):
            return p.actor  # "the coalition later said one of its aircraft had wrongly targeted the hall"
        if _CARRIED_OUT.match(sentence, p.end) and not denied:
            return p.actor
        if _INITIATED.match(sentence, p.end) and not denied:
            return p.actor  # "the M23 said its fighters had launched the offensive" (sides54)
        if not denied and (_WAS_BEHIND.match(sentence, p.end) or _BELONGED_TO.search(before)):
            return p.actor
    return None if denied else unlisted_claimant(sentence)


def unlisted_claimant(sentence: str) -> Actor | None:
    """A group the actor table lacks that a sentence says claimed an attack, by its name as written
    ("Hafiz Gul Bahadur group", "Jaish al-Fursan"), else None. Not a country, a place's people or a
    group the table names (its phrases are read first). Each claim verb reads at most 120 characters
    before it."""
    for verb in _CLAIM_VERB.finditer(sentence):
        before = sentence[max(0, verb.start() - 120):verb.start()]
        aside = _ASIDE_BEFORE.search(before) or _WHICH_BEFORE.search(before)
        if aside is not None:
            before = before[:aside.start()]
        m = _CLAIMANT_NAME.search(before)
        if m is None:
            continue
        title = _TITLE_BEFORE.search(before, max(0, m.start() - 60), m.start())
        if title is not None:
            # "Houthi military spokesman Yahya Saree claimed the attack": a person speaking for the group his
            # title names, never the claimant himself; none named, no claimant.
            owner = _GROUP_IN.search(before, max(0, title.start() - 60), title.start())
            if owner is not None:
                g = _GROUP_OF[owner.group()]
                return Actor(g["name"], g["country"])
            continue
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_CLAIMANTS:
            words.pop(0)
        if not words or _NEGATED.search(before, max(0, m.start() - 12)) \
                or all(w.lower() in _ADJECTIVES or w in _COUNTRY_NAME_SET for w in words) \
                or _GROUP_IN.search(" ".join(words)):
            continue
        return Actor(" ".join(words) + (m.group(2) or ""), "")
    return None


# A subject that refers back to an actor named before: "they", "the group('s fighters)", "its members",
# "Gunmen from the group", "the militants" (then at most two adverbs or auxiliaries before the verb, or
# the verb of a weapon that is the trigger).
_BACK_SUBJECT = (r"(?<![\w'’-])(?:(?i:they)|(?i:the\s++(?:same\s++)?group(?:['’]s\s++[a-z]{3,12}+)?)|"
                 # "The group said it had also ambushed": the group, speaking of its own act
                 r"(?i:the\s++(?:same\s++)?group\s++(?:" + alternation(SAID | CLAIMS)
                 + r")\s++(?:that\s++)?it)|"
                 r"(?i:its|their)\s++(?:fighters|members|militants|gunmen|men|forces|cadres)|(?i:the)\s++(?:militants|insurgents|"
                 r"extremists|jihadists|rebels|fighters|gunmen|attackers|assailants)|"
                 # ... and its attackers: "A suicide bomber from the group killed three worshippers"
                 r"(?i:gunmen|fighters|militants|members|attackers|assailants|(?:suicide\s++)?bombers?)"
                 r"\s++(?:from|of)\s++the\s++group)\s")
_REFERS_BACK = re.compile(_BACK_SUBJECT + r"\s*+(?:(?:also|then|later|again|had|have|allegedly|reportedly)"
                          r"\s++){0,2}+"
                          # ... or fired the weapon the trigger names: "the group fired a ballistic missile"
                          r"(?:(?:fired|launched|detonated|set\s++off|planted|dropped|used)\s++"
                          r"(?:[\w-]{1,20}+\s++){0,2}+)?$")
# A trigger that opens with such a subject: "gunmen from the group killed".
_OPENS_BACK = re.compile(_BACK_SUBJECT)


def refers_back(sentence: str, trigger_start: int) -> bool:
    """Whether the subject just before a trigger refers back to an actor named in an earlier sentence
    ("Hours later, they attacked", "On Tuesday the group's fighters overran"): wire copy names a group once
    and then says "the group". Reads at most 60 characters before the trigger."""
    return _REFERS_BACK.search(sentence, max(0, trigger_start - 60), trigger_start) is not None \
        or _OPENS_BACK.match(sentence, trigger_start) is not None


# A sentence whose subject refers back, after at most an opening phrase: "Hours later, they attacked a police
# post in Bannu with grenades" (the trigger, "grenades", is far from the subject).
_LEADS_BACK = re.compile(r"(?:[^,.;:]{0,40}+,\s*+)?" + _BACK_SUBJECT
                         + r"\s*+(?:(?:also|then|later|again|had|have|allegedly|reportedly)\s++){0,2}+"
                         r"[a-z]{1,18}?(?:ed|ew|ook|ot|ung|uck)\b")


def leads_back(sentence: str) -> bool:
    """Whether a sentence opens with a subject that refers back to an actor named before and its verb
    ("Hours later, they attacked", "The group also stormed"). Reads at most 40 characters before it."""
    return _LEADS_BACK.match(sentence) is not None


def first_named_group(sentence: str) -> Actor | None:
    """The first armed group of the actor table a sentence names, usually its subject ("The Houthis said they
    would ...", "Islamic State has attacked the Taliban ..."), also in a sentence that tells no event: the
    group a later "the group" or "they" means. One prefiltered pass, stopped at the first name."""
    m = next((m for m in _GROUPS_SCAN.finditer(sentence)  # not inside a hyphenated word: "PORT-AU-PRINCE"
              if sentence[m.start() - 1:m.start()] != "-" and sentence[m.end():m.end() + 1] != "-"
              and _GROUP_OF[m.group()]["name"] not in _BODIES), None)
    return named_group(Actor(m.group(), NAMED_GROUPS[m.group()])) if m is not None else None


# ACLED's inter code of external and multinational forces (a coalition, a regional or UN mission).
_EXTERNAL_FORCES = 8
# ACLED's inter codes of non-state armed groups: rebels, political and identity militias.
_ARMED_GROUP_INTERS = frozenset({2, 3, 4})
_REBELS = 2  # ACLED's inter code of rebel groups (story_group's ``rebels``)


def story_group(text: str, jihadist: bool = False, rebels: bool = False) -> Actor | None:
    """The one non-state armed group of the actor table a story names (however often, in any spelling),
    else None (none, or two or more: "Boko Haram and ISWAP"). A story that says "jihadists attacked" and
    later "JNIM claimed" or "fighters of the al-Qaida-linked JNIM" means that group by "the jihadists", as
    an analyst reads it. With ``jihadist``, only the groups the table marks jihadist count: the story's
    "jihadists" are JNIM though it also names the VDP militia they killed or the FLA rebels the army
    struck. With ``rebels``, only rebel groups (ACLED's inter 2) that never became their country's state
    count: the fighters an army struck in a story that also names the VDP militia or Afghanistan's Taliban.
    One prefiltered pass over the text."""
    named: dict[str, Actor] = {}
    for m in group_matches(text):
        if text[m.start() - 1:m.start()] == "-" or text[m.end():m.end() + 1] == "-":
            continue  # inside a hyphenated word ("PORT-AU-PRINCE") or a modifier ("Islamic State-backed")
        g = _GROUP_OF[m.group()]
        if jihadist and not g.get("jihadist"):
            continue
        if rebels and (g["inter"] != _REBELS or g.get("state_from")):
            continue
        if g["inter"] in _ARMED_GROUP_INTERS:
            named.setdefault(g["name"], Actor(g["name"], g["country"]))
            if len(named) > 2:
                return None
    if len(named) == 2:
        # "al Qaeda affiliate JNIM", "ISWAP ... the Islamic State": the affiliate.
        first, second = named
        if second in _AFFILIATES.get(first, {}).values():
            return named[second]
        if first in _AFFILIATES.get(second, {}).values():
            return named[first]
        # "Islamic State Mozambique Province ..., known locally as al-Shabab": the group so called there.
        if _GROUP_BY_NAME[first].get("called_locally") == second:
            return named[first]
        if _GROUP_BY_NAME[second].get("called_locally") == first:
            return named[second]
        # "The attackers, known locally as al-Shabab ... The Islamic State group claimed" in a story that
        # names Mozambique: the parent's branch there so called (not in Somalia, where the two are rivals).
        for parent, local in ((first, second), (second, first)):
            for branch in _AFFILIATES.get(parent, {}).values():
                g = _GROUP_BY_NAME[branch]
                home = COUNTRIES.get(g["country"], {}).get("name", "\0")
                if g.get("called_locally") == local and home in text:
                    return Actor(g["name"], g["country"])
        return None
    return next(iter(named.values()), None)


# A cartel's proper name as news writes it ("the Sinaloa Cartel", "Jalisco New Generation Cartel", "Carteles
# Unidos", "Cartel del Noreste"), also one the actor table lacks: up to three capitalised words before
# "Cartel", or one or two after "Cartel(es)" (targets54).
_CARTEL_NAME = re.compile(r"\b(?:[A-Z][\w'’-]{0,20}+ ){1,3}Cartel\b"
                          r"|\bCartel(?:es)? (?:del? )?[A-Z][\w'’-]{0,20}+(?: [A-Z][\w'’-]{0,20}+)?")


def story_cartel(text: str) -> Actor | None:
    """The story's one cartel: the one armed group of the actor table it names (story_group) when that is a
    cartel (an alias says "cartel") and every cartel the text names by a proper name is that one; else None
    ("The Jalisco New Generation Cartel and Carteles Unidos ...": two cartels, one not in the table). What a
    bare "suspected cartel members" the army arrested or fought means in a story about that cartel's war."""
    if "artel" not in text:
        return None
    group = story_group(text)
    if group is None:
        return None
    aliases = _GROUP_BY_NAME[group.name]["aliases"]
    if not any("cartel" in a.lower() for a in aliases):
        return None
    for m in _CARTEL_NAME.finditer(text):
        if not any(a in m.group() for a in aliases):
            return None  # another cartel, perhaps one the table lacks
    return group


def jihadist_group(name: str) -> bool:
    """Whether a group of the actor table by its name is one the table marks jihadist (JNIM, ISWAP)."""
    return bool(_GROUP_BY_NAME.get(name, {}).get("jihadist"))


def local_affiliate(group: Actor, country_code: str) -> Actor:
    """The affiliate in a country of a transnational group of the actor table (the table's ``affiliates``:
    the Islamic State in Cabo Delgado is Islamic State Mozambique), else the group itself: what a story's
    "the insurgents" there means when the story names only the parent ("the Islamic State claimed")."""
    name = _AFFILIATES.get(group.name, {}).get(country_code)
    if name is None:
        return group
    g = _GROUP_BY_NAME[name]
    return Actor(g["name"], g["country"])


def group_inter(name: str) -> int | None:
    """ACLED's inter code of a group of the actor table by its name (2 rebels, 3 political militias, 4
    identity militias), else None."""
    g = _GROUP_BY_NAME.get(name)
    return None if g is None else g["inter"]


def named_group(actor: Actor | None) -> Actor | None:
    """The armed group of the actor table an actor phrase names ("Wagner fighters" -> Wagner Group),
    else None."""
    if actor is None:
        return None
    found = _GROUP_IN.search(actor.name)
    if found is None:
        return None
    g = _GROUP_OF[found.group()]
    return Actor(g["name"], g["country"] or actor.country_code)


# International bodies of the table (their envoys, councils and missions speak, host and get attacked): never
# the group a bare "the rebels", "the fighters" or "they" refers to.
_BODIES = frozenset({"United Nations", "UN Security Council", "African Union", "ECOWAS", "NATO",
                     "European Union", "Arab League"})


def fighting_group(actor: Actor | None) -> Actor | None:
    """The group of the actor table an actor phrase names, unless an international body ("UN patrol")."""
    g = named_group(actor)
    return g if g is not None and g.name not in _BODIES else None


# ------------------------------------------------------------------------------ canonical names

# Words dropped from the front of an actor's name: articles and hedges.
_HEDGES = frozenset({"the", "a", "an", "suspected", "alleged", "purported", "reported", "some", "several",
                     "two", "three", "four", "other", "heavily", "heavily-armed"})
# Modifiers that make "forces" someone other than a state's ("rebel forces", "pro-government militias").
_NOT_STATE = ("rebel", "opposition", "militia", "paramilitary", "insurgent", "separatist", "allied",
              "loyalist", "tribal", "local", "islamist", "jihadist", "resistance", "self-defence",
              "self-defense", "pro-", "-backed", "-allied", "-aligned", "-linked", "-led", "kurdish", "clan",
              "auxiliary", "volunteer")
# Modifiers that place a generic force in the event's country ("government troops", "security forces").
_OWN_STATE = frozenset({"government", "regime", "state", "federal", "national", "security", "army",
                        "military", "junta"})
_VICTIMS = frozenset({"civilians", "prisoners"})
# Capitalised words of a state unit's name before a force noun ("General Security", "National Guard",
# "Republican Guard", "Border Guard"): the state's forces, not a region's or a faction's.
_STATE_UNIT_WORDS = frozenset({"general", "guard", "guards", "border", "coast", "republican", "presidential",
                               # "Frontier Corps troops", "Marine Corps forces": a state's corps (actors45)
                               "corps"})
# The state's own services that news calls paramilitary ("paramilitary rangers" in Thailand and Pakistan,
# "paramilitary soldiers" of the Frontier Corps): the state's forces, as the corpus and ACLED code them; a
# bare "paramilitary forces" (Sudan's RSF, undescribed) stays as written (actors45).
_SERVICE_HEADS = frozenset({"rangers", "soldiers", "troops", "servicemen"})
_POLITICAL_SUBS = frozenset({"Agreement", "Statement", "Meeting/talks", "Diplomatic protest"})
# A transnational group's affiliate named by its link ("al Qaeda-linked", "Islamic State-affiliated"), and the
# table's affiliate of each group by country.
_GROUP_NAMES = "|".join(sorted((re.escape(g) for g in _GROUP_OF), key=len, reverse=True))  # longest first
_LINKED = re.compile(r"(?<![\w-])("
                     + _GROUP_NAMES
                     + r")(?:[ -]-?(?:linked|affiliated|backed)"
                     + r"|(?:['’]s(?: [A-Z][a-z]{1,20}+)?)? affiliate)\b")
_AFFILIATES: dict[str, dict[str, str]] = _TABLE.get("affiliates", {})


def _fold_name(name: str) -> str:
    return name.lower().replace("-", " ")


# (group, country) -> the affiliate there that is the group's own branch: one of its names begins with the
# group's ("Islamic State West Africa Province", "al-Qaeda in the Arabian Peninsula"; not JNIM, an ally).
_BRANCH_IN: dict[tuple[str, str], dict[str, Any]] = {
    (parent, cc): _GROUP_BY_NAME[name] for parent, by_country in _AFFILIATES.items()
    for cc, name in by_country.items()
    if any(_fold_name(n).startswith(_fold_name(parent) + " ")
           for n in [name, *_GROUP_BY_NAME[name].get("aliases", ())])}
# The coalition of the actor table fighting in each country ("the coalition" in Yemen: Saudi-led).
_COALITION_IN: dict[str, str] = {cc: g["name"] for g in _TABLE["groups"] if g["name"].endswith("coalition")
                                 for cc in g.get("theatre", ())}
# (a plain word, country) -> the group the word names in that country alone (the table's "local_aliases":
# "dissidents" in Colombia are the FARC dissidents; elsewhere they are no group).
_LOCAL_ALIAS: dict[tuple[str, str], dict[str, Any]] = {
    (alias.lower(), cc): g for g in _TABLE["groups"] for alias in g.get("local_aliases", ())
    for cc in (g.get("theatre") or [g["country"]])}
# (name of the group another one is called after, country) -> the group so called there (the table's
# "called_locally": Cabo Delgado's insurgents, "al-Shabab" locally, are Islamic State Mozambique).
_CALLED_LOCALLY: dict[tuple[str, str], dict[str, Any]] = {
    (g["called_locally"], cc): g for g in _TABLE["groups"] if g.get("called_locally")
    for cc in (g.get("theatre") or [g["country"]])}
_GROUP_IN = re.compile(r"(?<![\w-])(?:"
                       + _GROUP_NAMES
                       + r")(?![\w-])")


def _adjective(cc: str) -> str:
    entry = COUNTRIES.get(cc)
    return entry["adjective"] if entry else ""


def _class_of(words: list[str]) -> tuple[dict[str, Any] | None, list[str]]:
    """The class whose head ends ``words`` (the longest head), and the modifiers before it."""
    for k in (3, 2, 1):
        if len(words) >= k:
            c = _CLASS_OF_HEAD.get(" ".join(words[-k:]))
            if c is not None:
                return c, words[:-k]
    return None, words


# What an acronym of the event country's adjective spells as its state's army ("SNA": Somali National Army,
# "SAF": Sudanese Armed Forces); the expansion is read as written (a group the table names so stays it).
_ARMY_NAMES = ("National Army", "Armed Forces")


def _army_acronym(own: list[str], event_country: str) -> Actor | None:
    adjective = _adjective(event_country) if event_country in COUNTRIES else ""
    if len(own) != 1 or not adjective or not _ACRONYM.fullmatch(own[0]):
        return None
    for army in _ARMY_NAMES:
        name = f"{adjective} {army}"
        if "".join(w[0] for w in name.split()) == own[0]:
            return Actor(name, event_country)
    return None


# A sub-national government's name: one to three capitalised words of the region, "state" or "regional",
# "government" (coder._regional_leader writes them so).
_REGION_GOVERNMENT_NAME = re.compile(r"(?:[A-Z][\w'’-]{1,30}+\s){1,3}+(?:state\s|regional\s)?government")


def _region_words(words: Sequence[str]) -> bool:
    """Whether the words before "government" name a region: capitalised, none of them a possessive or an
    acronym, a country, a nationality, a capital, a state's own word ("Federal", "National", "Military") or a
    word of the actor table's classes ("Rebel", "Militia"), after "state" or "regional" is set aside."""
    if any(w.endswith(("'s", "’s")) or w.isupper() for w in words):
        return False  # "Congo's government", "Kyiv's government", "CAR government": a state's, by its name
    low = [w.lower() for w in words]
    if low and low[-1] == "state" and len(low) > 1:
        # "Niger state government": a state named like a country (Nigeria's Niger State) is the state's
        return not any(w in _OWN_STATE or w in _GOVERNMENT_KINDS or _adjective_of(w) for w in low[:-1])
    if low and low[-1] == "regional":
        low = low[:-1]
    return bool(low) and not country_in(list(words)) and not any(w in _CC_OF_CAPITAL for w in words) \
        and not any(_adjective_of(w) or w in _OWN_STATE or w in _CLASS_OF_HEAD or w in _ACTOR_MODIFIERS
                    or w in _PLAIN or w in _CC_OF_WORD or w in _GOVERNMENT_KINDS for w in low)


# Words that say what kind of government a phrase names, not whose ("Transitional government", "the unity
# government", "a rival government"): the country's.
_GOVERNMENT_KINDS = frozenset({"interim", "transitional", "unity", "rebel", "rival", "parallel", "caretaker",
                               "central", "new", "former", "previous", "current", "local", "provincial",
                               "puppet", "de", "facto", "civilian", "elected", "coalition", "host"})


@lru_cache(maxsize=4096)  # bounded: a long run meets many names
def canonical(actor: Actor | None, political: bool = False, event_country: str = "") -> Actor | None:
    """The short canonical form of an actor phrase (see the module's docstring), with its country.

    ``political``: the event is political (a statement, meeting, agreement), where a state is its
    government rather than its forces. ``event_country``: the country of the event's place, the
    country of a generic force or crowd that names none. None for a weapon with no one behind it.
    """
    if actor is None:
        return None
    linked = _LINKED.search(actor.name)
    if linked is not None:
        # "al Qaeda-linked militants" in Mali: JNIM; "Islamic State-linked insurgents" elsewhere: the group.
        g = _GROUP_OF[linked.group(1)]
        g = _GROUP_BY_NAME[_AFFILIATES.get(g["name"], {}).get(event_country, g["name"])]
        return Actor(g["name"], g["country"] or actor.country_code or event_country)
    group = _GROUP_IN.search(actor.name)
    if group is not None:
        g = _GROUP_OF[group.group()]
        # A name two theatres share is the event country's group ("al-Shabab" in Cabo Delgado).
        g = _CALLED_LOCALLY.get((g["name"], event_country), g)
        # A transnational group named plainly where its own branch fights is the branch, as ACLED codes it
        # ("Islamic State claimed" in Cabo Delgado: Islamic State Mozambique; in Borno: ISWAP).
        g = _BRANCH_IN.get((g["name"], event_country), g)
        return Actor(g["name"], g["country"] or actor.country_code)
    words = actor.name.replace("’", "'").split()
    while words and words[0].lower() in _HEDGES:
        words.pop(0)
    if not words:
        return None
    local = _LOCAL_ALIAS.get((" ".join(words).lower(), event_country))
    if local is not None:  # "Dissidents clash with army" in Colombia: the FARC dissidents
        return Actor(local["name"], local["country"] or event_country)
    written = " ".join(words)
    low = [w.lower().rstrip(".,") for w in words]
    cls, mods = _class_of(low)
    if cls is not None and low[-2:] == ["task", "force"] and "civilian" in mods:
        # "the Civilian Joint Task Force": Borno's vigilantes, as written, not the state's forces (actors66).
        cls = None
    if _REGION_GOVERNMENT_NAME.fullmatch(written) and _region_words(words[:-1]):
        # "Zamfara state government", "Amhara regional government", "Punjab government": a first-level
        # region's government (the coder's reading of a governor or chief minister speaking, or the text's
        # own), named as the corpus names it, not the country's.
        return Actor(written, actor.country_code or event_country)
    cc = actor.country_code or country_in(words)
    if not _OCCUPIERS.isdisjoint(low) or len(low) >= 2 and low[-2] in _OCCUPATION \
            and low[-1] in _OCCUPATION_HEADS:
        # "Occupiers shell Nikopol" (and its weapon), "Occupation forces stormed Qabatiya": the forces of the
        # state the country's own copy calls the occupier (the table's "occupier"), unless the phrase names
        # another.
        occupier = cc or COUNTRIES.get(event_country, {}).get("occupier", "")
        if occupier and _adjective(occupier):
            return Actor(f"{_adjective(occupier)} forces", occupier)
        if "enemy" in low:
            return None  # "the enemy" where no state occupies the country: whose enemy is the speaker's
    if len(words) >= 2 and low[-1] in _MEMBERS and all(_ACRONYM.fullmatch(w) for w in words[:-1]) \
            and not country_in(words[:-1]):
        # "AAKG fighters", "BRN insurgents": a group the table lacks, by its own short name, as the table's
        # groups are named ("Boko Haram", not "Boko Haram fighters").
        return Actor(" ".join(words[:-1]), cc)
    if len(words) >= 3 and low[-1] in _NAMED_BAND_NOUNS and _NAMED_GROUP.fullmatch(" ".join(words[:-1])) \
            and not country_in(words[:-1]) and not any(
                m in _PLAIN or m in _CRIMINAL or m in _NUMBER_WORDS or _adjective_of(m) for m in low[:-1]):
        # "the Gran Grif gang", "Los Choneros gunmen": a gang the table lacks, by its name of two capitalised
        # words or more, as the table's are named ("Viv Ansanm", not "Viv Ansanm gangs").
        return Actor(" ".join(words[:-1]), cc or event_country)
    kind = [_KIND_OF_FIGHTERS[m] for m in low[:-1] if m in _KIND_OF_FIGHTERS]
    if len(low) >= 2 and low[-1] in _FIGHTER_NOUNS and kind and all(
            m in _KIND_OF_FIGHTERS or m in _PLAIN or _adjective_of(m) for m in low[:-1]):
        # "Rebel fighters", "Separatist militants", "Paramilitary fighters": the class the word names.
        return Actor(kind[0], cc or event_country)
    if cls is None:
        # A country's name of several words, read whole: one with a lower-case word or none of whose words is
        # a country word alone ("the Democratic Republic of Congo", "Burkina Faso", "Central African
        # Republic") is the country standing for its state as well (actors66).
        whole = _CC_OF_WORD.get(" ".join(low).removeprefix("the "), "")
        cc = cc or whole
        if cc and (whole or all(w[:1].isupper() for w in words if w.isalpha())):
            # A country or capital standing for its state: "Russia launched", "Kinshasa accused".
            adj = _adjective(cc)
            if adj:
                return Actor(f"{adj} {'government' if political else 'forces'}", cc)
        return Actor(written, cc)
    if cls["name"] == "government" and low[-1] in _SPOKES:
        # "Junta spokesman", "army spokesman", "police spokesman": the spokesman of the army or the police
        # ("military spokesperson Maj. Gen. Zaw Min Tun": the military's, l19-002, w10-2).
        owners = [m.removesuffix("'s") for m in mods]
        inner, _ = _class_of([m for m in owners if m in _CLASS_OF_HEAD] or ["?"])
        if inner is not None and inner["name"] in ("forces", "police") and inner["event_country"]:
            cls = inner
    if cls["name"] == "forces" and not cls["event_country"]:
        # A weapon or an attack: whose is it? "army drones" -> the army's; "Russian missiles" -> Russia's.
        inner, _ = _class_of([m for m in mods if m in _CLASS_OF_HEAD] or ["?"])
        if inner is not None and inner["name"] not in ("forces", "government"):
            cls = inner  # "police drones"; "government airstrikes" are the state's forces
        elif not cc and not any(m in _OWN_STATE for m in mods):
            actor = next((m for m in mods if m in _ACTOR_MODIFIERS), None)
            if actor == "coalition" and event_country in _COALITION_IN:
                # "Coalition jets" over Yemen: the Saudi-led coalition; in Iraq or Syria the US-led one (the
                # table's coalitions and their theatres).
                return Actor(_COALITION_IN[event_country], event_country)
            if actor is not None:  # "Coalition air strike": the coalition; "paramilitary shelling"
                return Actor(_BY_MODIFIER.get(actor, " ".join(words[:len(mods)])), cc)
            return None
    name = cls["name"]
    if name in ("forces", "government", "police"):
        if any(part in m for m in mods for part in _NOT_STATE
               if not (m == "paramilitary" and low[-1] in _SERVICE_HEADS)):
            return Actor(written, cc)  # "rebel forces", "Kurdish-led forces", "pro-government militias"
        own = [w for w, m in zip(words, mods, strict=False) if w[:1].isupper() and m not in _OWN_STATE
               and m not in _NUMBER_WORDS
               and m not in _ACTOR_MODIFIERS and not _adjective_of(m) and not m.endswith("'s")]
        # A region's or a faction's forces are its people ("Puntland forces", "Somaliland troops", "FC
        # soldiers"); a town before an institution is where the unit is ("Boni army post", "the Kidal
        # gendarmerie", "Lashio junta airstrike"), and a state unit's own name is no one else's ("National
        # Guard troops", "General Security forces").
        if name == "forces" and not cc and own \
                and (low[-1] in _BARE_FORCES or all(_ACRONYM.fullmatch(w) for w in own)) \
                and not any(w.lower() in _STATE_UNIT_WORDS for w in own) \
                and len(own) == len(mods) - sum(m in _OWN_STATE for m in mods):
            army = _army_acronym(own, event_country)
            if army is not None:
                # "SNA troops" in Somalia: the Somali National Army; in Syria the Syrian National Army group.
                return canonical(army, political, event_country)
            # "Puntland forces", "Jubaland security forces", "GNA forces": a region's or a faction's forces,
            # not the state's whose country the event is in.
            return Actor(" ".join([*own, "forces"]), event_country)
        country = cc or event_country
        if name == "police":
            return Actor("police", country)
        security = ("interior", "defence", "defense")
        if name == "government" and not political and (mods and mods[-1] in security
                                                       or len(low) >= 2 and low[-2] in security):
            name = "forces"  # "Russia's defence ministry said it had struck": its forces did
        if name == "forces" and not cc:
            # Troops with no nationality in a territory another state's forces hold are that state's
            # (the table's "forces_of": "Troops demolished buildings in Rafah" are Israeli forces).
            country = COUNTRIES.get(event_country, {}).get("forces_of", country)
        adj = _adjective(country)
        return Actor(f"{adj} {name}", country) if adj else Actor(written, cc)
    country = cc or (event_country if cls["event_country"] else "")
    crime = next((m for m in mods if m in _CRIMINAL), None)
    if name == "unidentified gunmen" and crime is not None:
        return Actor(f"{crime} gunmen", country)  # "Cartel gunmen": a criminal group's, not unidentified
    if name == "unidentified gunmen" and low[-1] in ("gunmen", "gunman") and len(mods) == 1 \
            and _adjective_of(mods[0]):
        # "Palestinian gunmen", "a Palestinian gunman": a nation's gunmen, not unidentified ones.
        return Actor(f"{words[0]} gunmen", country)
    if name == "unidentified gunmen" and low[-1] == "gunmen" and 1 <= len(mods) <= 2 \
            and all(m in _COMMUNITIES for m in mods):
        # "Druze gunmen", "Bedouin tribal gunmen": a people's or a sect's armed men, named by it as the
        # corpus codes them (targets51), not unidentified ones.
        return Actor(" ".join([*words[:len(mods)], "gunmen"]), country)
    if name in ("militants", "rebels", "militia", "separatists"):
        kept = [w for w, m in zip(words[:len(mods)], mods, strict=True)
                if not _adjective_of(m) and m not in _PLAIN and _CLASS_OF_HEAD.get(m) is not cls]
        if kept:  # "Islamist militants", "Tuareg rebels", "Clan militias" -> "Clan militia" (the noun)
            return Actor(" ".join([*kept, name]), country)
    return Actor(name, country)


# What a country's own copy calls the forces occupying it ("the invaders", "occupation forces").
_OCCUPIERS = frozenset({"occupiers", "invaders", "ruscists", "rashists", "enemy"})
_OCCUPATION = frozenset({"occupation", "occupying"})
_OCCUPATION_HEADS = frozenset({"forces", "troops", "soldiers", "army"})
# Fighters named by the kind of armed body they are ("rebel fighters", "separatist militants").
_FIGHTER_NOUNS = frozenset({"fighters", "militants", "gunmen", "combatants"})
# Nouns for a group's members after its name ("AAKG fighters") and what an acronym looks like ("BRN",
# "CSP-DPA", "AFC/M23"): short, capitals and digits only.
_MEMBERS = _FIGHTER_NOUNS | {"rebels", "insurgents", "militiamen", "members", "elements", "jihadists"}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}+(?:[-/][A-Z0-9]{1,7}+)?")
_KIND_OF_FIGHTERS = {"rebel": "rebels", "separatist": "separatists", "paramilitary": "paramilitary forces",
                     "militia": "militia", "jihadist": "jihadists", "insurgent": "insurgents"}
# Capitalised words before "forces" that name no one: "Ten soldiers", "Several troops".
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "dozens", "scores",
                           "hundreds", "thousands", "several", "many", "some", "most", "all", "both", "other",
                           "more", "few", "fewer", "about", "nearly", "around", "over", "at", "least", "no",
                           "new", "fresh", "foreign", "allied", "elite", "special", "ground", "local",
                           "regular", "retreating", "advancing", "enemy", "own", "these", "those", "their",
                           "its", "his", "her", "our"})
_PLAIN = frozenset({"armed", "heavily-armed", "unidentified", "unknown", "local", "hooded", "rival"})
# Modifiers that say whose gunmen they are by the kind of group, not its name: ACLED's gangs and cartels.
_CRIMINAL = frozenset({"cartel", "gang"})
# Peoples, sects and tribes whose gunmen news names by them ("Druze gunmen", "Alawite gunmen", "tribal
# gunmen"): the corpus codes them as written (targets51; a nation's adjective is read by _adjective_of).
_COMMUNITIES = frozenset({"druze", "alawite", "bedouin", "tribal", "serb", "sunni", "shia", "shiite"})
# Capitalised words before a shared head that name no side of their own ("Rebel and Army fighters", "The
# rival ... factions"): the shared-head pair is left to the phrase scan (pairs52).
_NOT_SHARED = frozenset({"the", "rebel", "army", "government", "rival", "armed", "islamist", "jihadist",
                         "tribal", "local", "militia", "police", "security", "state", "federal", "regional"})


def _adjective_of(word: str) -> bool:
    """A country's adjective ("kenyan") or a possessive country name ("kenya's")."""
    return word in _ADJECTIVES


_COUNTRY_NAME_SET = frozenset(c["name"] for c in COUNTRIES.values())
_COUNTRY_CODE_BY_NAME = {c["name"]: cc for cc, c in COUNTRIES.items()}
_ADJECTIVES = frozenset({c["adjective"].lower() for c in COUNTRIES.values()}
                        | {c["name"].lower() + "'s" for c in COUNTRIES.values()} | {"u.s.", "us", "american"})


# A party's or a leader's followers ("supporters of Imran Khan", "PTI supporters"): a crowd, not a group.
_SUPPORTERS = re.compile(r"\b(?i:supporters|followers|loyalists|partisans)\b")


def code_actors(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, event_country: str = "",
                year: int | None = None) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of an event in canonical form, by ACLED's conventions for its type: the
    protesters are actor1 of a protest (the force that intervened actor2), the rioters of a riot (the
    crowd, whatever the text calls it), the force of excessive force against protesters; victims are not
    actor1. In the event's ``year``, a country's forces or government whose state a group of the table
    had become are that group ("Afghan border forces" in 2025: the Taliban)."""
    a1, a2 = _code_actors(sub_event_type, actor1, actor2, event_country)
    a1, a2 = _fallen_loyalists(a1, event_country, year), _fallen_loyalists(a2, event_country, year)
    political = sub_event_type in _POLITICAL_SUBS
    a1, a2 = _mission(a1, event_country, political), _mission(a2, event_country, political)
    return _state_group(a1, year), _state_group(a2, year)


# The UN peacekeeping mission of a country (the table's ``missions``) and the missions' names.
_MISSIONS: dict[str, str] = _TABLE.get("missions", {})
_MISSION_NAMES = frozenset(_MISSIONS.values())


def _mission(actor: Actor | None, event_country: str, political: bool) -> Actor | None:
    """The United Nations where a mission of the table serves is that mission in an act ("Peacekeepers
    arrested three suspects" in the Central African Republic: MINUSCA), and a mission the United Nations in
    a statement, meeting or agreement ("the head of MINUSCA told reporters"), as the corpus codes both."""
    if actor is None:
        return None
    if political and actor.name in _MISSION_NAMES:
        return Actor("United Nations", "", inferred=actor.inferred)
    if not political and actor.name == "United Nations" and event_country in _MISSIONS:
        return Actor(_MISSIONS[event_country], "", inferred=actor.inferred)
    return actor


# The adjective of a country whose state a group of the table became, -> (from which year, the group's name):
# "Afghan forces", "the Afghan government" from 2022 are the Taliban (the table's ``state_from``).
_STATE_GROUPS: dict[str, tuple[int, str]] = {
    COUNTRIES[g["country"]]["adjective"]: (g["state_from"], g["name"]) for g in _TABLE["groups"]
    if g.get("state_from") and g["country"] in COUNTRIES}


def _fallen_loyalists(actor: Actor | None, event_country: str, year: int | None) -> Actor | None:
    """"former regime loyalists" named by the ruler whose fall the table's ``fallen`` records for the event's
    country, from its year ("Gunmen loyal to the former government" in Syria in 2025: "Assad loyalists")."""
    if actor is None or actor.name != FORMER_REGIME or year is None:
        return actor
    fallen = FALLEN.get(event_country)
    if fallen is None or year < fallen["from"]:
        return actor
    return Actor(f"{fallen['ruler']} loyalists", event_country)


def _state_group(actor: Actor | None, year: int | None) -> Actor | None:
    """The group an actor is when its country's state was that group in ``year``, else the actor."""
    if actor is None or year is None or _kind(actor) not in ("forces", "government"):
        return actor
    found = _STATE_GROUPS.get(actor.name.rsplit(" ", 1)[0])
    return Actor(found[1], actor.country_code) if found is not None and year >= found[0] else actor


# A party's short name before its activists, members or supporters ("CNL activists", "PTI supporters",
# "CNL opposition activists").
_PARTY_MEMBERS = re.compile(r"([A-Z][A-Z0-9-]{1,7}+)\s++(?:(?:opposition|party)\s++)?"
                            r"(?:activists|members|supporters)")


def _code_actors(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, event_country: str
                 ) -> tuple[Actor | None, Actor | None]:
    """code_actors before the state's groups are read."""
    from mapper.events.taxonomy import EVENT_TYPE_OF

    political = sub_event_type in _POLITICAL_SUBS
    a1 = canonical(actor1, political, event_country)
    a2 = canonical(actor2, political, event_country)
    if a2 == a1 and not (actor2 is not None and actor2.struck and actor1 is not None
                         and actor2.name == actor1.name):  # (rivals of one kind keep both: sides())
        a2 = None
    kind1 = _kind(a1)
    event_type = EVENT_TYPE_OF.get(sub_event_type, "")
    if sub_event_type in ("Peaceful protest", "Protest with intervention"):
        if kind1 in ("forces", "police"):
            a2 = a1  # "Police fired tear gas at protesters": the police intervened
        a1 = Actor("protesters", a1.country_code if kind1 == "protesters" and a1 else event_country)
        if _kind(a2) == "protesters":
            a2 = None
    elif sub_event_type == "Excessive force against protesters":
        if kind1 == "protesters":
            a1, a2 = a2, a1
        a2 = a2 or Actor("protesters", event_country)
    elif event_type == "Riots":
        if kind1 in ("forces", "police"):
            a2 = a1 if a2 is None or _kind(a2) in ("protesters", "rioters") else a2
        if a1 is None or kind1 in ("protesters", "rioters", "forces", "police", "civilians") \
                or _SUPPORTERS.search(a1.name):
            own = a1.country_code if a1 is not None and kind1 in ("protesters", "rioters") else ""
            # ACLED's rioters, whatever the text calls the crowd that turned violent (protesters, students,
            # residents, a mob, a party's supporters); an organised group (settlers, vigilantes) keeps its
            # name.
            a1 = Actor("rioters", own or event_country)
            if actor2 is not None and actor2.struck and actor1 is not None and actor2.name == actor1.name:
                a2 = a1  # "Rival supporters clashed with sticks": both crowds are rioters (sides(); actors45)
    elif event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians") \
            and kind1 in _VICTIMS and actor1 is not None and a1 is not None \
            and actor1.name.lower().rsplit(None, 1)[-1] in _ARMED_HERDERS:
        # "Herdsmen kill 20 in Yelwata", "Suspected herders attacked Kwahaslalek": herders who attack are an
        # armed side, as ACLED codes their militias (as victims they stay civilians).
        a1 = Actor("herders", a1.country_code or event_country)
    elif event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians") \
            and (kind1 in _VICTIMS or kind1 == "protesters"):
        a1, a2 = None, a2 or a1  # victims are not the perpetrators
    elif event_type == "Battles" and a1 is None and a2 is not None and _kind(a2) not in _VICTIMS \
            and not (actor2 is not None and actor2.struck):
        # "fighting in Chasiv Yar as Russian assault groups cross": the side named (not the one a phrase
        # names as struck: "Ambush on army convoy near Gao" is an attack on the army by someone unnamed)
        a1, a2 = a2, None
    elif sub_event_type == "Disrupted weapons use" and event_country in COUNTRIES and (
            a1 is None or a2 is None and _rebel_group(a1)):
        # "eight drones were shot down over the Moscow region": the air defences of the country hit; "Houthi
        # missile intercepted near Eilat": an armed group named alone launched the weapon, actor2 (ACLED
        # codes the force that stopped it as actor1; a state named alone may be either: "coalition air
        # defences downed a drone over Erbil").
        a1, a2 = Actor(f"{COUNTRIES[event_country]['adjective']} forces", event_country), a2 or a1
    if sub_event_type == "Arrests" and actor2 is not None and _kind(a2) == "protesters":
        # "Police arrest 14 CNL activists": a party's activists arrested are the party, as the corpus codes
        # them (targets51; at a protest they stay protesters).
        party = _PARTY_MEMBERS.fullmatch(actor2.name)
        if party is not None and not country_in([party.group(1)]):
            a2 = Actor(party.group(1), event_country)
    if a2 is not None and a2 != a1:
        # The sub-type names its victims, as ACLED codes them, whoever the text says was hit ("shot dead three
        # aid workers and a policeman", "police fired live rounds at crowds, killing three people").
        if event_type == "Violence against civilians" and _kind(a2) not in _VICTIMS:
            a2 = Actor("civilians", event_country)
        elif sub_event_type == "Excessive force against protesters" and (
                _kind(a2) in _VICTIMS or _kind(a2) == "rioters"  # ("a crowd of marchers": types64)
                or _SUPPORTERS.search(a2.name) or a2.name.rsplit(None, 1)[-1].lower() in _CROWD_HEADS):
            # "opened fire on opposition supporters": the crowd fired on is the guide's protesters (actors64)
            a2 = Actor("protesters", event_country)
    return a1, a2


def occupier_strike(sub_event_type: str, event_country: str, admin1: str = "") -> Actor | None:
    """The striker of an air, drone, missile or artillery strike no phrase names, in a country the table says
    another state occupies and that has forces of its own (Russia in Ukraine: "Kharkiv: guided bomb hits
    apartment block"): the occupier's forces, marked ``inferred``; else None. Not in a province the table's
    ``occupier_holds`` lists (``admin1``, GeoNames code: "Explosions reported in Sevastopol after drone
    attack" names no striker, and the occupier's is the unlikely one). Also where the occupier's forces are
    the territory's only state forces (the table's ``forces_of`` is the occupier: Gaza, the West Bank), whose
    armed groups strike the occupier's country, not their own ground: "Strikes on Jabalia homes kill 33"."""
    here = COUNTRIES.get(event_country, {})
    if sub_event_type not in _REMOTE_STRIKES or not here.get("occupier") \
            or here.get("forces_of") not in (None, here["occupier"]) \
            or here["occupier"] not in COUNTRIES or admin1 in here.get("occupier_holds", ()):
        return None
    return Actor(f"{COUNTRIES[here['occupier']]['adjective']} forces", here["occupier"], inferred=True)


_REMOTE_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _rebel_group(actor: Actor) -> bool:
    """Whether a canonical actor is a named armed group of the table (rebels, militias: inter 2 or 3)."""
    return _GROUP_BY_NAME.get(actor.name, {}).get("inter") in _REBEL_INTERS


def intervener(phrases: list[ActorPhrase], event_country: str = "") -> Actor | None:
    """The first police or state force a sentence names: who intervened in a protest or riot the sentence
    tells ("Hundreds marched in Lome before police fired tear gas to disperse them")."""
    for p in phrases:
        coded = canonical(p.actor, False, event_country)
        if _kind(coded) in ("police", "forces"):
            return coded
    return None


# ACLED's inter codes of rebel groups and political militias: the groups that take territory from a state.
_REBEL_INTERS = (2, 3)
# Communal militias of the table's classes (ACLED's inter 4 "Unidentified Communal Militia"), whose fights are
# with their like.
_COMMUNAL = frozenset({"clan militia", "tribal militia"})


def _occupied_by(event_country: str, actor1: Actor | None) -> bool:
    """Whether ``actor1`` is the forces of the state the table says occupies the event's country, and
    that country has forces of its own (the table's ``occupier`` without ``forces_of``: Russia in Ukraine,
    not Israel in Gaza, whose troops there are Israel's)."""
    here = COUNTRIES.get(event_country, {})
    return actor1 is not None and bool(here.get("occupier")) and not here.get("forces_of") \
        and actor1.country_code == here["occupier"] and _kind(actor1) == "forces"


def inferred_target(event_type: str, actor1: Actor | None, victims: Actor | None, event_country: str = "",
                    year: int | None = None, sub_event_type: str = "") -> Actor | None:
    """actor2 of a violent event no phrase named the other side of, marked ``inferred``: whom its toll
    counts (``victims``: "killing four soldiers" -> the event country's forces, "Two children killed by a
    Turkish drone" -> civilians), and for Violence against civilians always civilians, as ACLED's type names
    its victims ("Gunmen kill 30 in Plateau village attacks", "abducted 12 students"); for a protest or
    riot, the police or state force that intervened (``victims``: :func:`intervener`). None when that is
    actor1's own side or the event is no act of violence or demonstration."""
    if event_type == "Violence against civilians":
        a2: Actor | None = Actor("civilians", event_country)
    elif event_type in ("Protests", "Riots") and victims is not None:
        a2 = canonical(victims, False, event_country)  # the force that intervened (intervener)
        if _kind(a2) not in ("police", "forces"):
            return None
    elif sub_event_type == "Armed clash" and actor1 is not None and actor1.name in _COMMUNAL:
        # "Tribal fighting near Wabag leaves 26 dead", "Rival clan militias clash": a communal militia fights
        # its like (kept though equal to actor1).
        return Actor(actor1.name, actor1.country_code, inferred=True, struck=True)
    elif event_type in ("Battles", "Explosions/Remote violence") and victims is not None:
        if victims.name == "militants" and actor1 is not None and _kind(actor1) not in ("forces", "police"):
            return None  # a group's own dead ("ISWAP attacked ..., 20 militants were killed"), not its foe
        # ("killing a Zambian peacekeeper": the mission's loss)
        a2 = _mission(_state_group(canonical(victims, False, event_country), year), event_country, False)
    elif event_type == "Battles" and _occupied_by(event_country, actor1):
        # "Russian forces advance near Pokrovsk": the occupier's forces fight the country's own.
        a2 = Actor(f"{COUNTRIES[event_country]['adjective']} forces", event_country)
    elif sub_event_type == "Non-state actor overtakes territory" and _kind(actor1) == "forces" \
            and actor1 is not None \
            and COUNTRIES.get(actor1.country_code, {}).get("occupier") == event_country \
            and event_country in COUNTRIES and not COUNTRIES[event_country].get("forces_of"):
        # "Ukrainian troops take control of Sudzha": a state's forces took a town of the state the table says
        # occupies theirs, from its forces (not an ally's troops: "Russian forces" taking a town in Mali).
        a2 = Actor(f"{COUNTRIES[event_country]['adjective']} forces", event_country)
    elif sub_event_type == "Non-state actor overtakes territory" and _GROUP_BY_NAME.get(
            actor1.name if actor1 is not None else "", {}).get("inter") in _REBEL_INTERS and event_country:
        # "Arakan Army captures Buthidaung": a named armed group took the town from the state's forces.
        a2 = _state_group(canonical(Actor("soldiers"), False, event_country), year)
    else:
        return None
    if a2 is None or actor1 is not None and actor1.name == a2.name:
        return None
    return Actor(a2.name, a2.country_code, inferred=True)


# The side a government force retook ground from, in the frame that names it: "recaptured Singa from
# the paramilitary Rapid Support Forces", "after days of fighting with the RSF", "after al Shabaab fighters
# briefly overran it", "a year after it fell to Islamist insurgents". The side starts within a few words of
# the frame word (a group of the table, or a plain class of fighters); "backed by clan militias" is an ally,
# no frame.
_RETAKEN_FROM = re.compile(r"\b(?i:from|with|fell\s++to|after)\s++"
                           r"(?!(?i:(?:the\s++)?(?:help|support|backing|aid|assistance)\b))")
# ... nor an ally's help: "with the help of Wazalendo fighters", "with support from", "together with".
_ALLY_BEFORE = re.compile(r"(?i:help|support|backing|aid|assistance|together|along)\s*+(?:of\s*+)?$")
_RETAKEN_NEAR = 30  # characters from the frame word to the side's name
_RETAKEN_CLASS = re.compile(r"(?:(?:the|armed|islamist|jihadist)\s++)?"
                            r"(?P<cls>rebels|insurgents|jihadists|militants|gangs)\b", re.IGNORECASE)


def retaken_from(told: str, actor1: Actor | None, event_country: str = "") -> Actor | None:
    """actor2 of a government's retaking (Government regains territory) that no phrase placed: the side
    ``told`` says it took the ground from or fought (marked ``inferred``), else None."""
    for m in _RETAKEN_FROM.finditer(told):
        if _ALLY_BEFORE.search(told, max(0, m.start() - 16), m.start()):
            continue
        near = told[m.end():m.end() + _RETAKEN_NEAR + 40]
        g = next((g for g in _GROUPS_SCAN.finditer(near) if g.start() <= _RETAKEN_NEAR
                  and near[g.start() - 1:g.start()] != "-" and near[g.end():g.end() + 1] != "-"
                  and _GROUP_OF[g.group()]["name"] not in _BODIES), None)
        if g is not None:
            side = canonical(Actor(g.group(), NAMED_GROUPS[g.group()]), False, event_country)
        else:
            c = _RETAKEN_CLASS.match(near)
            side = canonical(Actor(c.group("cls").lower()), False, event_country) if c is not None else None
        if side is not None and (actor1 is None or side.name != actor1.name) \
                and _kind(side) not in ("forces", "police", "government"):
            return Actor(side.name, side.country_code, inferred=True)
    return None


# ... or the side the next sentence says held the ground before ("Government troops recaptured Kalehe on
# Monday. M23 fighters had held the town since February.", "Russian troops had entered the town in August"):
# that sentence's subject, a group of the table or a side the actor table reads, before a pluperfect of
# holding or taking and "the town" or "it" (targets57). Not a sentence of another act ("M23 fighters had
# attacked the town"), nor one whose subject is no side.
_FORMER_HOLDER = re.compile(
    r"\s*+(?P<who>(?:[\w'’-]{1,30}+\s++){1,4}?)(?i:had)\s++(?:(?i:briefly|first|long)\s++)?"
    r"(?i:held|seized|captured|taken|controlled|occupied|entered|overrun)\s++"
    r"(?i:it|the\s++(?:town|city|village|area|locality|district|base))\b")


def former_holder(next_sentence: str, actor1: Actor | None, event_country: str = "") -> Actor | None:
    """actor2 of a government's retaking that no phrase placed: the side ``next_sentence`` (the sentence
    after the act's) opens on as the ground's former holder (marked ``inferred``; see _FORMER_HOLDER), else
    None."""
    m = _FORMER_HOLDER.match(next_sentence)
    if m is None:
        return None
    who = m.group("who")
    g = next(iter(_GROUPS_SCAN.finditer(who)), None)
    if g is not None:
        side = canonical(Actor(g.group(), NAMED_GROUPS[g.group()]), False, event_country)
    else:
        side = canonical(Actor(who.strip()), False, event_country)
    if side is None or actor1 is not None and side.name == actor1.name:
        return None
    return Actor(side.name, side.country_code, inferred=True)


# The launcher of a weapon stopped (Disrupted weapons use: actor2 the side that launched it, the guide): its
# owner named just before the weapon ("44 Ukrainian drones", "two Houthi drones", "Iranian ballistic
# missiles"); else, in a war of two states the table records (a country with an occupier and a dated period,
# whose forces are its own: Ukraine and Russia), the other state's forces than the one that stopped it
# ("air defences destroyed 46 drones over the Kursk region", said by Russia's defence ministry), when the
# force that stopped it is the event country's own.
_LAUNCHED = re.compile(r"\b(?P<owner>[A-Z][\w'’-]{1,30}+)\s++(?:(?i:army|navy|military|attack|kamikaze|"
                       r"combat|ballistic|cruise|long-range)\s++)?(?i:drones?|missiles?|rockets?|UAVs?)\b")
_WARRING = {frozenset((cc, c["occupier"])) for cc, c in COUNTRIES.items()
            if c.get("occupier") and c.get("period") and not c.get("forces_of")}


def launcher(told: str, actor1: Actor | None, event_country: str = "", year: int | None = None
             ) -> Actor | None:
    """actor2 of an interception that no phrase placed: the side that launched the weapon (marked
    ``inferred``), else None."""
    for m in _LAUNCHED.finditer(told):
        owner = m.group("owner")
        group = NAMED_GROUPS.get(owner)
        side = named_group(Actor(owner, group)) if group is not None else (
            canonical(Actor(f"{owner} forces"), False, event_country) if owner in _ADJECTIVE_NAMES else None)
        side = _state_group(side, year)
        if side is not None and actor1 is not None and side.name == actor1.name:
            return None  # the text names actor1's own side as the launcher: the sides are not read, leave it
        if side is not None:
            return Actor(side.name, side.country_code, inferred=True)
    if _kind(actor1) == "forces" and actor1 is not None and actor1.country_code == event_country:
        # (a defender stops what is fired at its own ground: a foreign "interceptor" is a misread side)
        other = next((cc for pair in _WARRING if actor1.country_code in pair for cc in pair
                      if cc != actor1.country_code), None)
        if other is not None:
            return Actor(f"{COUNTRIES[other]['adjective']} forces", other, inferred=True)
    return None


def interception_sides(actor1: Actor | None, actor2: Actor | None, told: str, event_country: str,
                       admin1: str = "", year: int | None = None) -> tuple[Actor | None, Actor | None]:
    """actor1 and actor2 of an interception over a state's own ground (Disrupted weapons use: actor1 the
    force that stopped the weapon, actor2 the side that launched it, the guide): the ground's defender is the
    event country's forces, or the occupier's where the table says it holds the province (Crimea). Two
    misreads are mended: the sides swapped ("Houthi missile intercepted near Eilat by Israeli forces": the
    defender read as actor2), and the weapon's owner read as actor1 ("47 Ukrainian drones were shot down over
    the Bryansk region", "air defence units shot down 20 Ukrainian drones over Crimea"), both only where
    actor1 is a foreign side. Any other reading is left as it is: a foreign force may stop a weapon abroad
    ("US forces downed drones over Erbil"), the ground's own rebels down the state's aircraft."""
    here = COUNTRIES.get(event_country)
    if here is None or actor1 is None:
        return actor1, actor2
    own = here.get("forces_of") or (here["occupier"] if admin1 and admin1 in here.get("occupier_holds", ())
                                    else event_country)
    if own not in COUNTRIES:
        return actor1, actor2
    defender = Actor(f"{COUNTRIES[own]['adjective']} forces", own)
    if actor1.name == defender.name or actor1.country_code in (own, ""):
        return actor1, actor2  # (the ground's own rebels downing the state's drone: "Arakan Army shot down")
    if actor2 is not None and actor2.name == defender.name:
        return Actor(actor2.name, actor2.country_code), actor1
    if actor2 is not None and actor2.name != actor1.name:
        return actor1, actor2
    if frozenset((own, actor1.country_code)) in _WARRING:
        return defender, actor1  # (the enemy's forces over the ground of a state at war stop nothing there)
    owner = launcher(told, None, event_country, year)
    if owner is None and actor1.country_code in COUNTRIES:
        fired = _FIRED_FROM_STATE.search(told)  # "a missile launched from Yemen", "drones launched by Russia"
        state = COUNTRIES[actor1.country_code]
        if fired is not None and fired.group(1) == state["name"]:
            # Yemen's are the Houthis'; else the text names no launcher ("a drone fired from Lebanon": not
            # the Lebanese army's)
            group = _GROUP_BY_NAME.get(state.get("fires_abroad", ""))
            if group is not None:
                return defender, Actor(group["name"], group["country"] or actor1.country_code)
            return defender, None
    return (defender, actor1) if owner is not None and owner.name == actor1.name else (actor1, actor2)


# ... or the side a claim names as the one that fired it, in the interception's sentence or the one before
# ("The Houthis said on Sunday they had launched two drones at Ashdod. The Israeli military said both were
# intercepted", "Hezbollah said it fired rockets at Kiryat Shmona, and the army said most were intercepted",
# "the Houthis claimed a drone attack on Haifa, which the military said was intercepted"): the claim's
# subject, a group of the table or a side the actor table reads, before "said it / they (had) fired /
# launched" and a weapon within six words, or before "claimed a ... missile / drone / rocket attack".
_CLAIMED_LAUNCH = re.compile(
    r"(?P<who>(?:[\w'’.-]{1,30}+\s++){1,5}?)(?:"
    r"(?i:said|says|say|claimed|claims)\s++(?:(?i:on|late|early)\s++[\w-]{1,30}+\s++)?(?:(?i:that)\s++)?"
    r"(?i:it|they)\s++(?:(?i:had|have)\s++)?(?i:fired|launched)(?:\s++[\w'’.-]{1,30}+){0,6}?\s++"
    r"(?i:missiles?|drones?|rockets?|UAVs?)\b"
    r"|(?i:claimed|claims)\s++(?:(?i:a|an|the)\s++)?(?:[\w'’-]{1,30}+\s++){0,2}?(?i:missile|drone|rocket)\s++"
    r"(?i:attacks?|strikes?)\b)")


def claimed_launcher(told: str, actor1: Actor | None, event_country: str = "") -> Actor | None:
    """actor2 of an interception that no phrase placed: the side a claim in ``told`` (the interception's
    sentences and the one before them) names as the weapon's launcher (see _CLAIMED_LAUNCH; marked
    ``inferred``), else None."""
    for m in _CLAIMED_LAUNCH.finditer(told):
        who = m.group("who")
        g = next(iter(_GROUPS_SCAN.finditer(who)), None)
        if g is not None:
            side = canonical(Actor(g.group(), NAMED_GROUPS[g.group()]), False, event_country)
        else:
            words = who.split()
            side = next((a for a in (canonical(Actor(" ".join(words[i:])), False, event_country)
                                     for i in range(len(words))) if a is not None), None)
        if side is None or actor1 is not None and side.name == actor1.name:
            continue
        return Actor(side.name, side.country_code, inferred=True)
    return None


# Where a weapon stopped came from, or who launched it, named by its country (read only when actor1 is that
# country's forces, so that the word's country decides nothing else).
_FIRED_FROM_STATE = re.compile(r"\b(?:launched|fired|sent)\s++(?:\w++\s++){0,4}?(?:from|by)\s++"
                               r"([A-Z]\w++(?:\s[A-Z]\w++)?)")


# Guide decision (2), session 30: people killed or hurt at a civilian target the text names, with no armed
# target named, are civilians, as ACLED codes them ("Drone strike on Kosti market kills 11", "a missile hit an
# apartment block in Dnipro, killing three people"). The target is the object or site of the act: a verb of
# attack or a preposition, up to three modifiers, then the noun; "market town", "market prices", "home to" are
# no target.
_CIVIL_NOUN = (r"(?:markets?|marketplace|bazaars?|souks?|hospitals?|clinics?|schools?|mosques?|church(?:es)?|"
               r"(?:medical|health)\s++cent(?:er|re)s?|"
               r"monaster(?:y|ies)|temples?|synagogues?|weddings?|funerals?|homes?|houses?|high-rises?|"
               r"(?:apartment|residential)\s++(?:blocks?|buildings?|towers?|high-rises?)|blocks?\s++of\s++flats|"
               r"bus\s++(?:stops?|stations?|terminals?|depots?)|minibus(?:es)?|bus(?:es)?|"
               r"(?:tent|displacement|refugee|IDP)\s++camps?|camps?\s++for\s++(?:the\s++)?(?:internally\s++)?"
               r"displaced|restaurants?|cafes?|cafés?|hotels?|"
               # places of trade and leisure, as restaurants and hotels ("a car bomb exploded outside a
               # shopping centre", "threw a grenade into a crowded bar", "a grocery store"): victims64
               r"shopping\s++(?:cent(?:er|re)s?|malls?|complex(?:es)?)|malls?|supermarkets?|"
               r"(?:grocery|convenience|liquor|general)\s++stores?|shops?|bars?|nightclubs?|"
               # a bank's queue and a station's travellers and drivers ("a suicide bomber struck outside a
               # bank as customers queued", "a missile struck a railway station", "rockets hit a petrol
               # station"):
               # a lowercase bank only, of no river ("the West Bank", "the banks of the Nile": victims66)
               r"(?<!river\s)(?-i:banks?)(?!\s++of\b)|"
               r"(?:railway|train|petrol|gas|fuel|filling)\s++stations?|"
               # ("a residential neighbourhood of Kramatorsk"; "tents sheltering displaced families")
               r"residential\s++(?:areas?|neighbou?rhoods?|districts?|quarters?)|tents|tent\s++encampments?|"
               # one tent, a family's shelter, as the act's own target ("an airstrike on a tent in al-Mawasi",
               # "strike on tent kills three"); not "the tent", which points back to a tent told before,
               # maybe another act's (victims65)
               r"(?<!\bthe\s)tent(?!\s++(?:camps?|encampments?)\b)|"
               # worship and the crowds of civilian life as the act's target or its time ("Bomb explodes
               # during Catholic Mass", "Blast hits evening prayers", "drone strike kills dozens at a village
               # gathering"), a shelter of the displaced ("hit a shelter for displaced families"): targets49
               r"prayers|(?:prayer|church|religious)\s++services?|(?-i:Mass)|"
               r"gatherings?(?!\s++of\s++(?:[\w-]++\s++){0,2}?(?:fighters|militants|commanders|leaders|members|"
               r"troops|soldiers|officers|rebels|insurgents))|"
               r"shelters?(?=\s++(?:for|housing|hosting)\s++(?:the\s++)?(?:displaced|homeless|refugees|families)))")
_CIVIL_TARGET = re.compile(
    r"\b(?i:on|at|in|into|inside|outside|near|during|hits?|hitting|struck|strikes?|striking|bomb(?:s|ed|ing)?|"
    r"shell(?:s|ed|ing)?(?:\s++of)?|attack(?:s|ed|ing)?(?:\s++on)?|targeted|targeting|raid(?:s|ed)?(?:\s++on)?|"
    r"storm(?:s|ed)?|pounded|level(?:s|led|ed)?|flatten(?:s|ed)?|destroyed|wreck(?:s|ed)?|torch(?:es|ed)?|"
    r"set\s++fire\s++to|sets\s++fire\s++to|setting\s++fire\s++to|damag(?:es|ed|ing)|slam(?:s|med)\s++into|tore\s++through|landed\s++on|fell\s++on|"
    r"hurled\s++at|thrown\s++into|drop(?:s|ped)?\s++(?:an\s++)?explosives?\s++on)\s++"
    r"(?:(?i:a|an|the|their|his|her|its|one|two|three|four|five|several)\s++)?"
    r"(?P<mods>(?:[\w'’-]++\s++){0,3}?)(?P<noun>(?i:" + _CIVIL_NOUN + r"))\b"
    r"(?!\s++(?i:to|prices?|town|towns|city|value|forces|rates?|reforms?|share|shares)\b)")
# ... or the subject of a passive that names the act after it ("Minibus hit by Ethiopian army drone near Debre
# Markos", "a bus was struck by a drone"): the noun, then the verb of attack and "by" (targets49).
_CIVIL_HIT_BY = re.compile(
    r"(?P<mods>)\b(?P<noun>(?i:" + _CIVIL_NOUN + r"))\s++(?:(?i:was|were|is|are)\s++)?"
    r"(?i:hit|struck|targeted|shelled|bombed|attacked|destroyed)\s++(?i:by)\b")
# A noun of that list run by armed men ("a military school", "police hospital"), and armed targets or armed
# victims anywhere in the event's phrases ("an army base", "a checkpoint", "a Hezbollah commander"), leave
# the other side to the text.
# ("five members of one family" are no armed members: a family's dead at a house are its civilians.)
_ARMED_MODIFIER = re.compile(r"\b(?i:military|army|police|gendarmerie|naval|air\s++force|cadets?|"
                             r"officers['’]?|militia|rebel|jihadist|militants?['’]?)\b")
_ARMED_TARGET = re.compile(
    r"\b(?i:(?:military|army|police|gendarmerie|naval|militia|rebel|gang|border)\s++(?:[\w-]++\s++)?(?:camps?|"
    r"bases?|posts?|barracks|checkpoints?|stations?|academy|school|convoys?|positions?|headquarters|depots?|"
    r"patrols?|strongholds?|guards?|compounds?|installations?)|air\s++base|air\s++force\s++base|barracks|checkpoints?|check-?posts?|"
    r"outposts?|garrison|command\s++(?:centre|center|post)|hideouts?|strongholds?|positions|used\s++by|"
    r"(?:Hezbollah|Hamas|Islamic\s++Jihad|militant|rebel|militia|group|gang)(?:['’]s)?\s++(?:(?:senior|top|"
    r"military|field)\s++)?(?:commanders?|officials?|members?|fighters?|operatives?|leaders?|chief)|commanders?|"
    r"(?:kill|wound|injur)(?:s|ed|ing|es)?\s++(?:[\w-]++\s++){0,3}?(?:fighters|militants|soldiers|troops|"
    r"members(?!\s++of\s++(?:[\w-]++\s++){0,3}?famil)|rangers|policemen|police\s++officers|gunmen|insurgents|"
    r"rebels|jihadists|guards)|fought|"
    r"clash(?:ed|es)?|gunfights?|firefights?|exchanged\s++fire|"
    # armed men as the crowd at the target ("outside a bank as soldiers queued to collect their salaries":
    # l18-001, victims66)
    r"(?:soldiers|troops|policemen|police\s++officers|fighters|militiamen)\s++(?:were\s++|had\s++)?"
    r"(?:queu(?:ed|ing)|lined\s++up|lining\s++up|gathered|waiting))\b"
    # A body named as the source of the report is no target ("killing 12 people, a local militia leader told
    # AFP", "a police commander said").
    r"(?!\s++(?i:told|said|says)\b)")
_HARMED = re.compile(r"\b(?i:kill(?:s|ed|ing)?|dead|deaths?|died|wound(?:s|ed|ing)?|injur(?:es|ed|ing|y|ies)|"
                     r"hurt|casualties|massacre)\b")


def civilian_target(told: str, camp: bool = False) -> bool:
    """Whether the event's phrases ``told`` name a civilian target as the object or site of the act and a
    toll, and no armed target or armed victims: its victims are civilians (guide decision (2)). ``camp``: the
    event's place is itself a camp of displaced people or refugees (the gazetteer's CMPRF facility: "RSF
    shelling kills 11 in El Fasher's Abu Shouk camp"), a civilian target however the text names it."""
    if _HARMED.search(told) is None or _ARMED_TARGET.search(told) is not None:
        return False
    return camp or _CIVIL_HIT_BY.search(told) is not None \
        or any(_ARMED_MODIFIER.search(m.group("mods")) is None for m in _CIVIL_TARGET.finditer(told))


# The other side of an attack on a military or police post when no phrase names it: the post's force ("ISWAP
# fighters attack military base in Marte", "stormed an army camp in Boulkessi", "Gunmen attacked a police
# checkpoint in Bannu"): the event country's forces, or police.
_FORCES_TARGET = re.compile(
    r"\b(?i:on|at|hits?|struck|attack(?:s|ed|ing)?(?:\s++on)?|storm(?:s|ed|ing)?|overr[au]n(?:s)?|"
    r"raid(?:s|ed)?(?:\s++on)?|targeted|targeting|shelled|bombed|ambush(?:es|ed)?|downed|down|"
    # "Arakan Army seizes Western Command headquarters in Ann": a taken command's force (actors46)
    r"seiz(?:es|ed|ing)|captur(?:es|ed|ing))\s++"
    r"(?:(?i:a|an|the|two|three|several)\s++)?(?:(?!(?i:near|outside|beside|close)\b)[\w'’-]++\s++){0,2}?"
    r"(?:(?P<police>(?i:police)\s++(?:stations?|posts?|checkpoints?|check-?posts?|academy|training\s++school|"
    # a force's craft or vehicle as the object: "downed a police helicopter", "hit a police vehicle"
    # (actors46)
    r"vehicles?|vans?|trucks?|patrols?|convoys?|helicopters?)|"
    r"(?i:police)\s++(?:station|post)s?)|"
    # a state's forces by their service: "a ranger patrol", "a National Guard convoy", "a border guard post",
    # "a Revolutionary Guards vehicle" (actors46)
    # ... and a state's post on its border: "Taliban forces attack border posts in Kurram" (actors59)
    # ... and a paramilitary force by its name or abbreviation: "an FC convoy", "a CRPF camp" (actors65)
    r"(?:(?i:military|army|gendarmerie|rangers?['’]?|national\s++guard|border\s++guard|(?P<border>border)|"
    r"revolutionary\s++guards?|frontier\s++corps|levies)|FC|CRPF|BSF|ITBP)"
    r"\s++(?:camps?|bases?|posts?|barracks|positions?|outposts?|headquarters|convoys?|patrols?|academy|"
    r"(?:training\s++)?school|vehicles?|trucks?|helicopters?)|(?i:command\s++headquarters|air\s++bases?|"
    r"barracks|garrison))\b")


def forces_target(told: str, event_country: str, year: int | None = None) -> Actor | None:
    """The force whose post, base or convoy ``told`` names as the object of the attack (police for a police
    station or checkpoint, else the event country's forces), or None."""
    m = _FORCES_TARGET.search(told)
    if m is None:
        return None
    if m.group("police"):
        return Actor("police", event_country)
    named = country_in(m.group().split()[1:-2]) if m.group("border") else ""
    if named:
        # "fired on Pakistani border posts near Spin Boldak": the posts of the state named, which may be
        # across the border from the event's place (actors59)
        return _state_group(canonical(Actor("soldiers"), False, named), year)
    return _state_group(canonical(Actor("soldiers"), False, event_country), year)


# A prison the act stormed, with its inmates freed or escaped ("freeing some 500 inmates from its prison",
# "Gangs storm Saint-Marc prison, free hundreds of inmates", "storm the National Penitentiary, thousands of
# inmates escape"): the freed inmates are no side of the fight; the side hit is the prison's guards, police,
# as the corpus codes a stormed prison (targets55). Not a swap of prisoners ("freed three hostages in
# exchange for 90 prisoners": no prison named, and the freed are hostages).
_PRISON_WORD = re.compile(r"\b(?i:prisons?|jails?|penitentiary|penitentiaries)\b")
_FREED_INMATES = re.compile(
    r"\b(?i:free(?:s|d|ing)?|releas(?:es|ed|ing)|spr(?:ing|ings|inging|ang))\s++(?:[\w,-]++\s++){0,4}?"
    r"(?i:inmates|prisoners|detainees)\b"
    r"|\b(?i:inmates|prisoners|detainees)\s++(?:(?i:were|have|had|has)\s++)?"
    r"(?i:escape[sd]?|escaping|fled|broke\s++out)\b")


def prison_guards(told: str, event_country: str) -> Actor | None:
    """actor2 of a fight at a prison ``told`` says was stormed and its inmates freed: the guards (police,
    marked ``inferred``), else None."""
    if _PRISON_WORD.search(told) is None or _FREED_INMATES.search(told) is None:
        return None
    return Actor("police", event_country, inferred=True)


# The side whose asset a strike or attack hit, named as the asset's owner (targets56): a group or a state's
# adjective before the asset ("struck Hezbollah positions", "US forces struck Houthi targets", "a Russian fuel
# depot", "an Iranian radar site", "attacked government positions"), a held or run place or asset ("the
# Houthi-held port", "Houthi-controlled Dhamar", "a Houthi-run power station", "government-held positions"), a
# country's possessive before an asset ("Iran's uranium enrichment site"), or the owner after the asset
# ("drone production sites belonging to Hezbollah", "a building used by ISWAP fighters"). Not where a weapon
# came from ("fired from Houthi-held territory"): the owner's phrase is no object after "from".
_ASSET_NOUNS = (r"(?:positions?|targets?|sites?|bases?|depots?|facilit(?:y|ies)|infrastructure|hideouts?|"
                r"camps?|convoys?|vehicles?|tanks?|systems?|strongholds?|headquarters|warehouses?|"
                r"stations?|radars?|hubs?|installations?|barracks|outposts?|posts?|bunkers?|arsenals?|"
                r"stockpiles?|airfields?|ports?|command\s++cent(?:er|re)s?)")
_ASSET_OWNER = re.compile(
    # a group named by its common noun before its hideout ("raided a separatist camp near Ndop", "bombed a
    # bandit hideout"): that group (actors65; first, as the capitalised owner below would take "Rebel camp")
    r"(?<![\w'’-])(?P<kind>(?i:separatist|rebel|bandit|militant|jihadist|insurgent|terrorist|guerrilla|"
    r"maoist))\s++(?:(?i:training|logistics|weapons)\s++)?(?P<lair>(?i:camps?|hideouts?|bases?|dens?|"
    r"strongholds?|enclaves?))\b|"
    r"(?<![\w'’-])(?P<owner>[A-Z]\w{1,30}+|(?i:government|regime))"
    r"(?:(?P<poss>['’]s)|-(?P<held>held|controlled|occupied)|-(?:run|operated|owned))?\s++"
    # (up to three modifiers, none a joiner nor the owner's people: "ISWAP fighters attack military base" is
    # a subject and its act, not an asset of ISWAP)
    r"(?:(?!(?i:and|or|of|in|on|at|near|by|with|from|to|for|the|a|an|said|says|fighters|militants|gunmen|"
    r"forces|troops|soldiers|rebels|insurgents|jihadists|militiamen|members|men|guerrillas|police)\b)"
    r"[a-z][\w-]{0,20}+\s++){0,3}?"
    r"(?P<asset>" + _ASSET_NOUNS + r")\b"
    r"|(?<![\w'’-])(?P<howner>[A-Z]\w{1,30}+|(?i:government))-(?:held|controlled|occupied)\b"
    r"|\b(?:belonging\s++to|used\s++by|run\s++by|held\s++by|housed|housing)\s++(?:the\s++)?"
    r"(?P<powner>[A-Z][\w'’-]{1,30}+)")
_ASSET_FROM = re.compile(r"\b(?i:from|launched|fired)\s++(?:\S++\s++){0,2}?$")


def asset_owner(told: str, actor1: Actor | None, event_country: str, year: int | None = None
                ) -> Actor | None:
    """actor2 of a strike or attack that no phrase placed: the side ``told`` names as the owner or holder of
    what was hit (marked ``inferred``; see _ASSET_OWNER), not actor1's own side, else None."""
    for m in _ASSET_OWNER.finditer(told):
        if _ASSET_FROM.search(told, max(0, m.start() - 30), m.start()) is not None:
            continue
        if m.group("kind"):
            kind = m.group("kind").lower()
            side = canonical(Actor("Maoists" if kind == "maoist" else kind + "s"), False, event_country)
            if side is not None and (actor1 is None or side.name != actor1.name):
                return Actor(side.name, side.country_code, inferred=True)
            continue
        word = m.group("owner") or m.group("howner") or m.group("powner")
        if word.lower() in ("government", "regime"):
            side = _state_group(canonical(Actor("soldiers"), False, event_country), year)
        elif word in NAMED_GROUPS:
            side = named_group(Actor(word, NAMED_GROUPS[word]))
        elif word in _ADJECTIVE_NAMES and not m.group("poss"):
            side = _state_group(canonical(Actor(f"{word} forces"), False, event_country), year)
        elif m.group("poss") and word in _COUNTRY_CODE_BY_NAME:
            adjective = COUNTRIES[_COUNTRY_CODE_BY_NAME[word]].get("adjective")
            side = _state_group(canonical(Actor(f"{adjective} forces"), False, event_country), year) \
                if adjective else None
        else:
            side = None
        if side is None:
            continue
        if actor1 is not None and side.name == actor1.name:
            continue
        return Actor(side.name, side.country_code, inferred=True)
    return None


# The state's army reporting a fight that killed its foes: "Three militants killed in Kupwara gunfight, army
# says", "Army says four NPA rebels killed in clash", "..., the Indian Army said" (a nationality and the
# army's own words before it; not police, whose reports tell fights of other units too).
_ARMY_SAYS = re.compile(r"\b(?:(?i:the)\s++)?(?:(?P<adj>[A-Z][a-z]{2,20}+)\s++)?(?i:army|military)\s++"
                        r"(?:says|said)\b")


def reporting_army(told: str, actor2: Actor | None, event_country: str, year: int | None = None
                   ) -> Actor | None:
    """actor1 of an armed clash no phrase names the agent of, when the army reports it and the other side
    is militants or a rebel group (it fought them), else None."""
    if actor2 is None or not (actor2.name == "militants" or _rebel_group(actor2)):
        return None
    m = _ARMY_SAYS.search(told)
    if m is None or m["adj"] and not country_in([m["adj"]]):
        return None
    army = canonical(Actor(f"{m['adj']} army" if m["adj"] else "army"), False, event_country)
    if army is None or army.country_code and army.country_code != event_country:
        return None
    return _state_group(army, year)


_ARMED_HERDERS = frozenset({"herders", "herdsmen"})


# Crowds by the noun the text gives them: a fight they start is a riot, not a battle. (Not a mob: "Mobs
# torched houses ... armed clashes between Meitei and Kuki groups" is a mob's act and a battle; nor
# "youths", who are often armed: "Fighting erupts in Bor as youths attack army barracks".)
_CROWD_HEADS = frozenset({"supporters", "students"})


def crowd_fight(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, event_country: str = ""
                ) -> str:
    """The sub-type of a clash whose side that acted is a crowd: "Protesters ... clashed with soldiers",
    "Supporters of rival factions clashed with sticks" are riots by ACLED's rules (a Violent demonstration
    against a state force, else Mob violence), not battles between armed sides. Else ``sub_event_type``."""
    if sub_event_type != "Armed clash" or actor1 is None:
        return sub_event_type
    a1 = canonical(actor1, False, event_country)
    if _kind(a1) != "protesters" and actor1.name.split()[-1].lower() not in _CROWD_HEADS:
        return sub_event_type
    return "Violent demonstration" if _kind(canonical(actor2, False, event_country)) in ("forces", "police") \
        else "Mob violence"


def _kind(actor: Actor | None) -> str:
    """The table class of a canonical actor ("forces", "police", "protesters", ...), else ""."""
    if actor is None:
        return ""
    name = actor.name
    if name.endswith(" forces") and name[: -len(" forces")] in _ADJECTIVE_NAMES:
        return "forces"
    if name.endswith(" government") and name[: -len(" government")] in _ADJECTIVE_NAMES:
        return "government"
    if name.endswith(" gunmen") and name[: -len(" gunmen")] in _ADJECTIVE_NAMES:
        return "unidentified gunmen"  # "Palestinian gunmen": ACLED's unidentified armed group of the country
    return name if name in _CLASS_NAMES else ""


_ADJECTIVE_NAMES = frozenset(c["adjective"] for c in COUNTRIES.values())
_CLASS_NAMES = frozenset(c["name"] for c in _CLASSES)


def describe(actor: Actor | None, year: int | None = None) -> tuple[str, int | None]:
    """ACLED's name and inter code of a canonical actor: ("Military Forces of Russia (2000-)", 1),
    ("Protesters (Kenya)", 6), ("Hamas Movement", 2); an actor the table does not know is its own name
    with no inter code. The period of a state actor is written only when the table knows it and the
    event's ``year`` falls in it. A group that became its country's state (the table's ``state_from``: the
    Taliban from 2022) is then that country's forces, as ACLED codes them."""
    if actor is None:
        return "", None
    group = _GROUP_BY_NAME.get(actor.name) or _GROUP_OF.get(actor.name)
    cc = actor.country_code
    state = group is not None and year is not None and year >= group.get("state_from", year + 1)
    if state:  # the Taliban since 2022: Afghanistan's forces, "Military Forces of Afghanistan (2021-)"
        cc = group["country"]
    elif group is not None and group["acled"] is not None:
        return group["acled"], group["inter"]
    kind = _kind(actor) or ("forces" if group is not None else "")
    if not kind:
        return actor.name, None
    cls = next(c for c in _CLASSES if c["name"] == kind)
    entry = COUNTRIES.get(cc)
    if entry is None:
        return actor.name, cls["inter"]
    period = entry["period"]
    if period and (year is None or year >= int(period[:4])):
        period = f" ({period})"
    else:
        period = ""
    return cls["acled"].format(country=entry["name"], period=period), cls["inter"]


def country_codes(cc: str) -> tuple[str, int | None]:
    """(ISO alpha-3, ISO numeric) of a country the table knows ("SY" -> ("SYR", 760)); else the alpha-2
    code as given and None."""
    entry = COUNTRIES.get(cc)
    return (entry["iso3"], entry["iso"]) if entry else (cc, None)
