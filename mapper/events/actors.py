"""Who did what to whom: actor phrases in a sentence, and which side of an event each is on.

An actor phrase is a head noun for an armed or political body ("coalition", "army", "Foreign
Ministry", "gunmen", "protesters") with the modifiers before it ("US-led", "Syrian", "the Russian"),
or a named armed group ("IS", "al-Shabaab", "Houthis"). A phrase after "by" is the agent (actor1);
after "on", "against", "targeting" it is the target (actor2); before the trigger with no preposition
it is the agent; straight after a transitive trigger ("bombed army positions") it is the target.
The actor's country comes from the place mentions inside the phrase ("Syrian" -> SY, "US-led" -> US)
or, for named groups, from where the group operates.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mapper.events.dates import MONTHS, WEEKDAYS
from mapper.events.wordhits import WordHits
from mapper.model import Actor, Mention

# Named groups -> the country they are based in ("" for transnational ones).
NAMED_GROUPS: dict[str, str] = {
    "IS": "", "ISIS": "", "ISIL": "", "Islamic State": "", "Daesh": "", "al-Qaeda": "", "Al-Qaeda": "",
    "al-Shabaab": "SO", "Al-Shabaab": "SO", "Boko Haram": "NG", "ISWAP": "NG", "Hamas": "PS",
    "Islamic Jihad": "PS", "Hezbollah": "LB", "Houthis": "YE", "Houthi rebels": "YE", "Ansar Allah": "YE",
    "Taliban": "AF", "JNIM": "ML", "Wagner": "RU", "Wagner Group": "RU", "SDF": "SY",
    "Syrian Democratic Forces": "SY", "YPG": "SY", "PKK": "TR", "M23": "CD", "RSF": "SD",
    "Rapid Support Forces": "SD", "HTS": "SY", "Hayat Tahrir al-Sham": "SY", "ELN": "CO", "FARC": "CO",
    "TPLF": "ET", "Fano": "ET", "Arakan Army": "MM", "ADF": "CD", "CODECO": "CD", "Nusra Front": "SY",
    "Tatmadaw": "MM", "IDF": "IL", "Israel Defense Forces": "IL", "Sinaloa Cartel": "MX",
    "Jalisco New Generation Cartel": "MX", "CJNG": "MX", "Ansaru": "NG", "Lashkar-e-Taiba": "PK",
    "TTP": "PK", "Tehrik-i-Taliban Pakistan": "PK", "Balochistan Liberation Army": "PK", "BLA": "PK",
    "Al-Shabab": "SO", "al-Shabab": "SO", "Polisario Front": "EH", "Ambazonian separatists": "CM",
    # Institutions that call meetings and sign agreements.
    "UN Security Council": "", "Security Council": "", "UNSC": "", "United Nations": "", "African Union": "",
    "ECOWAS": "", "NATO": "", "European Union": "", "Arab League": "",
}
_HEADS = (r"coalition|army|armed forces|forces|troops|soldiers|servicemen|military|police(?:men)?|"
          r"militias?|militiamen|rebels|insurgents|militants|fighters|jihadists|gunmen|attackers|"
          r"protesters|demonstrators|rioters|air force|navy|jets|warplanes|planes|aircraft|drones|pilots|"
          r"(?:Foreign|Defen[cs]e|Interior|foreign|defen[cs]e|interior) [Mm]inistry|[Mm]inistry|government|"
          r"authorities|security forces|special forces|paratroopers|border guards|gendarmes|regime|"
          r"separatists|bandits|vigilantes|settlers|civilians|villagers|officials|envoy|delegation|"
          r"representatives|partners|junta|cartel|gang|gangs|mob|activists|witnesses|residents|medics|sources|"
          r"analysts|observers|monitors")
# Modifiers allowed before a head: capitalised words (names, demonyms), "X-led", a few adjectives.
# Linear on any text: a modifier may start at any letter of a word, so every repeat in it is bounded
# (no modifier is 50 letters long) and possessive (backing off a letter or a space never lets the
# rest match). Unbounded, a 32 KB run of letters and dots took a minute.
_MOD = (r"(?:[A-Z][\w'’.]{0,50}+(?:-\w{1,50}+){0,8}+|[a-z]{1,50}+-(?:led|backed|allied|aligned|linked)|"
        r"pro-[\w-]{1,80}+|"
        r"government|state|security|special|armed|local|tribal|rebel|islamist|jihadist|unidentified|"
        r"suspected|masked|allied|opposition|regime|federal|national|military|paramilitary|coalition|"
        r"militia|separatist|government-backed)")
_PHRASE = re.compile(r"(?:\b(?:the|a|an)\s++)?(?P<mods>(?:" + _MOD + r"\s++){0,3})(?P<head>\b(?i:" + _HEADS
                     + r"))\b")
_GROUPS = re.compile(r"\b(?:" + "|".join(sorted((re.escape(g) for g in NAMED_GROUPS), key=len, reverse=True))
                     + r")\b")
# Capitalised words that start a sentence or a date rather than an actor's name.
_NOT_MODIFIERS = frozenset(
    "the a an on in at by as after when while but and meanwhile then also later since during from".split()
    + [*WEEKDAYS, *MONTHS])
_REPORTED = re.compile(r"\b(?:said|says|told|reported|claimed|alarmed|concerned|confirmed|denied|accused|"
                       r"blamed|condemned|announced|stated|added)\b")
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?$")
# Possessive: backing off a space never helps, and on a long run of spaces it was quadratic.
_AND = re.compile(r"(?:\s*+,\s*+|\s++)(?:and|or)\s++(?:the\s++)?|\s*+,\s*+")
_BY = re.compile(r"\bby\s+(?:the\s+)?$")
_AGAINST = re.compile(r"\b(?:on|against|targeting|at|upon|toward|towards)\s+(?:the\s+)?(?:\w+\s+)?$")
# Heads that are victims or bystanders more often than agents.
_PASSIVE_HEADS = frozenset({"civilians", "villagers", "officials", "envoy", "delegation", "representatives",
                            "partners", "activists", "witnesses", "residents", "medics", "sources",
                            "analysts", "observers", "monitors"})
_BARE_OK = frozenset({"gunmen", "militants", "rebels", "insurgents", "jihadists", "protesters",
                      "demonstrators", "rioters", "attackers", "bandits", "separatists", "coalition",
                      "civilians", "villagers", "soldiers", "troops", "police", "junta", "mob", "activists",
                      "witnesses", "residents", "medics", "monitors", "army", "military", "forces",
                      "militias", "militiamen", "fighters", "jets", "warplanes", "drones"})


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

    for m in _GROUPS.finditer(sentence):
        found.append((m.start(), m.end(), m.group(), NAMED_GROUPS[m.group()]))
        take(m.start(), m.end())
    countries = _Countries(mentions)
    for m in _PHRASE.finditer(sentence):
        head = m.group("head")
        start = m.start("mods")
        words = m.group("mods").split()
        while words and words[0].lower().rstrip(".,") in _NOT_MODIFIERS:
            start = sentence.index(words[0], start) + len(words[0])
            words.pop(0)
        while start < m.start("head") and sentence[start].isspace():
            start += 1
        if not words and head.lower() not in _BARE_OK:
            continue
        if taken[start] or taken[m.end() - 1]:
            continue
        name = sentence[start:m.end()]
        found.append((start, m.end(), name, countries.within(offset + start, offset + m.end())))
        take(start, m.end())
    # Places standing for their governments ("Washington admitted", "brokered by Moscow").
    for mention in standing_for:
        if not mention.demonym and mention.place is not None:
            start, end = mention.start - offset, mention.end - offset
            if 0 <= start and not taken[start]:
                found.append((start, end, mention.text, mention.place.country_code))
                take(start, end)
    found.sort()
    out: list[ActorPhrase] = []
    for start, end, name, cc in found:
        before = sentence[max(0, start - 30):start].lower()
        if _ACCORDING.search(before):
            side = "source"  # "according to the defence ministry": who reported it
        elif _BY.search(before):
            side = "agent"
        elif _AGAINST.search(before):
            side = "target"
        elif out and _AND.fullmatch(sentence[out[-1].end:start]):
            side = out[-1].side  # "brokered by Moscow and Washington"
        else:
            side = ""
        out.append(ActorPhrase(Actor(name, cc), start, end, side))
    return out


def speaker(phrases: list[ActorPhrase], trigger_start: int) -> Actor | None:
    """Who made a statement or called a meeting: the nearest actor before the verb."""
    before = [p for p in phrases if p.end <= trigger_start and p.side != "target"]
    return before[-1].actor if before else next((p.actor for p in phrases if p.side == "source"), None)


def parties(phrases: list[ActorPhrase], trigger_start: int) -> tuple[Actor | None, Actor | None]:
    """The two sides of an agreement or meeting: those it was "brokered by", else the actors named
    nearest before the trigger ("the United States and Russia had agreed"), else the first named."""
    agents = [p for p in phrases if p.side == "agent"]
    before = [p for p in phrases if p.end <= trigger_start and p.side != "target"][-2:]
    names: list[Actor] = []
    for p in agents or before or phrases:
        if p.actor not in names and p.actor.name.split()[-1].lower() not in _PASSIVE_HEADS - {"envoy"}:
            names.append(p.actor)
    return (names[0] if names else None), (names[1] if len(names) > 1 else None)


def sides(phrases: list[ActorPhrase], trigger_start: int, trigger_end: int, sentence: str = ""
          ) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) for an event whose trigger spans ``trigger_start:trigger_end`` of the sentence."""
    agent = next((p.actor for p in phrases if p.side == "agent"), None)
    target = next((p.actor for p in phrases if p.side == "target"), None)
    if agent is None:
        # The subject: the last actor before the trigger that is not inside a prepositional phrase,
        # nor the speaker of a report about it ("the ministry said it was alarmed by an air raid").
        reported = WordHits(_REPORTED, sentence)
        before = [p for p in phrases if p.start <= trigger_start and not p.side
                  and p.actor.name.split()[-1].lower() not in _PASSIVE_HEADS
                  and not reported.between(p.end, trigger_start)]
        if before:
            agent = before[-1].actor
    if target is None:
        # The object of a transitive trigger: "bombed army positions", "killing 62 soldiers".
        after = [p for p in phrases if trigger_end <= p.start <= trigger_end + 40 and not p.side
                 and p.actor != agent]
        if after:
            target = after[0].actor
    if target == agent:
        target = None
    return agent, target
