"""The ``roles`` component: the role each place mention plays in its article.

- ``origin``: the dateline ("MOSCOW (Sputnik) —") or where a statement was made ("told reporters
  in Kyiv", "the foreign ministry in Paris condemned").
- ``actor``: the place stands for its government or people (metonymy): "Washington later admitted",
  "Moscow expressed hope", "brokered by Qatar", "delegations from Mali", "Russia's foreign ministry",
  and demonyms inside actor names ("Syrian army").
- ``venue``: where a meeting or agreement took place ("agreed in Geneva", "talks in Doha", "the
  Geneva talks").
- ``event_site``: where an action happened ("near the Deir ez-Zor airport", "shelled Kharkiv",
  "Kharkiv was shelled").
- ``context``: named in passing.

The rules read a few words either side of the mention, in the order above (a dateline is an
origin whatever follows it). Coordinated names share a role ("Mali, Niger and Burkina Faso met").
Which of site or venue a locative ("in X") gives depends on the nearest event trigger in the
sentence. The geographic precision of a site follows its preposition and the place's kind: "in"
a town is 1, "near" or "outside" it 2, a province 2, a country or region 3.
"""

from __future__ import annotations

import dataclasses
import re

from mapper.config import Config
from mapper.doc import Doc
from mapper.events.triggers import Clause
from mapper.events.wordhits import WordHits
from mapper.model import Mention, Role

# After the place: ", Ukraine (Reuters) —", " (Sputnik) —", " —", ", Sept 18 (AP) -", ":".
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w .'’-]{0,40}?)?(?:,\s*[\w .]{0,20}\d{1,4}[\w .]{0,12})?\s*"
                             r"(?:\([^)\n]{1,40}\)\s*)?(?:[—–]|-{1,2}|:)\s")
_ACTOR_NOUNS = (r"government|foreign|defen[cs]e|interior|ministry|president|prime|army|military|forces|"
                r"troops|"
                r"navy|air force|envoy|ambassador|delegation|leaders?|officials?|authorities|stance|position|"
                r"decision|move|representatives?|intelligence|police|security|state|parliament|cabinet|regime|"
                r"allies|partners|request|jets|warplanes|planes|drones|missiles|soldiers|pilots|diplomats?|"
                r"embassy|mission|junta|administration|top|chief|demands?|proposal|offer|role|support|"
                r"influence|backing")
_POSSESSIVE_ACTOR = re.compile(r"(?:'s?|’s?)\s+(?:\w+\s+){0,2}?(?:" + _ACTOR_NOUNS + r")\b")
_SUBJECT_VERB = re.compile(
    r"\s+(?:\w+ly\s+|has\s+|have\s+|had\s+|will\s+|would\s+|later\s+|then\s+|also\s+|again\s+|"
    r"on\s+\w+\s+|itself\s+|now\s+|is\s+(?:deeply\s+|very\s+)?|was\s+(?:deeply\s+|very\s+)?)*"
    r"(?:said|says|say|admitted|admits|expressed|express|called|calls|accused|accuses|denied|denies|"
    r"warned|warns|urged|urges|condemned|condemns|demanded|demands|announced|announces|rejected|"
    r"rejects|insisted|claimed|claims|responded|vowed|threatened|threatens|agreed|agrees|signed|"
    r"sent|sends|ordered|launched|launches|deployed|imposed|recalled|summoned|expelled|blamed|blames|"
    r"welcomed|criticised|criticized|supports?|backs?|wants?|regrets?|regretted|hopes?|hoped|asked|"
    r"asks|requested|offered|pledged|promised|refused|approved|sanctioned|retaliated|invaded|annexed|"
    r"concerned|alarmed|ready|prepared|determined|committed|opposed|worried|insists|believes|"
    r"considers|continues|continued|seeks|sought|plans|planned|hosted|hosts|brokered|negotiated|"
    r"proposed|mediated|joined|voted|vetoed|struck|attacked|fired|shelled|bombed|\'s response)\b")
_BY = re.compile(r"(?<!near )(?<!passed )(?<!stand )\bby\s+(?:both\s+)?$")
_MEMBERS_OF = re.compile(r"\b(?:delegations?|envoys?|officials?|representatives?|diplomats?|ministers?|"
                         r"foreign ministers?|leaders?|ambassadors?|negotiators?|presidents?|governments?|"
                         r"heads of state|allies|embassy|embassies|troops|forces|soldiers)\s+(?:from|of)\s+"
                         r"(?:the\s+)?$")
_BETWEEN = re.compile(r"\b(?:talks|negotiations|agreement|deal|truce|ceasefire|meeting|summit|relations|"
                      r"dialogue|"
                      r"tensions|war|treaty|accord|pact)\s+(?:\w+\s+){0,2}?(?:between|with)\s+(?:the\s+)?$|"
                      r"\b(?:mediated|hosted|brokered) by\s+(?:the\s+)?$")
_ACTOR_AFTER = re.compile(r"(?:-(?:led|backed|allied|aligned|brokered|sponsored|based)\b|-[A-Z])|"
                          r"\s+(?:" + _ACTOR_NOUNS + r")\b")
_DEMONYM_ACTOR = re.compile(r"(?:-(?:led|backed)\b|\s+(?:[\w-]+\s+){0,2}(?:" + _ACTOR_NOUNS + r")\b)", re.I)
_STATEMENT_FROM = re.compile(
    r"\b(?:said|says|told [\w ]{0,25}?|speaking|spoke|statement(?: \w+){0,2}|announced|briefing|"
    r"conference|remarks|comments|interview)\s+(?:(?:on|late|earlier|later|today|yesterday|\w+day)\s+)*"
    r"(?:in|from)\s+(?:the\s+)?$")
_OFFICE_IN = re.compile(r"\b(?:ministry|officials?|authorities|government|spokes\w+|embassy|sources?|"
                        r"presidency|office|officers|command|headquarters)\s+in\s+(?:the\s+)?$")
# "the old quarter of Omdurman", "a residential district of Kharkiv", "the entrance to Baidoa".
_PART_OF = (r"(?:part|parts|quarter|centre|center|district|neighbou?rhood|entrance|exit|heart|areas?|streets|"
            r"town|city|village|port|province|region|capital|garrison town|camp|base|market|hospital|school|"
            r"checkpoint|airport|outskirts)\s+(?:of|to)")
_NEAR = (r"near|outside|around|close to|next to|outskirts of|edge of|suburbs? of|vicinity of|"
         r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
         r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from)|between|overlooking|"
         r"road (?:between|to|from)|on the road to|highway")
_LOCATIVE = re.compile(r"\b(?:in|at|inside|into|throughout|across|through|via|within|on|along|off|from|"
                       r"towards?|over|" + _PART_OF + r"|" + _NEAR + r")\s+(?:the\s+)?"
                       r"(?:(?:town|city|village|province|region|"
                       r"district|area|port|capital|governorate|state|county|oblast|camp) of\s+)?"
                       r"(?:(?:northern|southern|eastern|western|central|north-?(?:east|west)ern|"
                       r"south-?(?:east|west)ern|rural|downtown|greater|besieged|frontline|"
                       r"front-line)\s+)?$")
_VENUE_PREPOSITION = re.compile(r"\b(?:in|at|inside|during)\s+(?:the\s+)?(?:\w+\s+)?$")
_NEAR_RE = re.compile(r"\b(?:" + _NEAR + r")\s+(?:the\s+)?(?:\w+\s+)?$")
_TARGET_OF = re.compile(
    r"\b(?:shelled|struck|hit|bombed|attacked|targeted|pounded|captured|seized|took|retook|recaptured|"
    r"entered|stormed|raided|overran|besieged|liberated|encircled|shelling of|bombing of|attacks? on|"
    r"strikes? on|raids? on|assault on|offensive on|siege of|fighting for|battle for|control of|fall of|"
    r"capture of|recapture of|evacuation of|withdrawal from|protests? in|rall(?:y|ies) in|"
    r"streets of)\s+(?:the\s+)?(?:(?:town|city|village|port|district|region|province) of\s+)?$")
_PASSIVE = re.compile(r"\s+(?:was|were|has been|had been|have been|came under|is being|was being)\s+"
                      r"(?:\w+ly\s+)?(?:shelled|struck|hit|bombed|attacked|targeted|pounded|captured|seized|"
                      r"retaken|recaptured|overrun|stormed|raided|besieged|liberated|fire|attack|rocked|"
                      r"shaken|encircled)\b")
# A verb between an event and a place that makes the place where the event was decided or told.
_DECIDED = re.compile(r"\b(?:approved|ordered|authori[sz]ed|decided|planned|discussed|announced|said|"
                      r"reported|"
                      r"condemned|debated|denied|confirmed|claimed|sanctioned|investigated)\b")
_NAME_OF_TALKS = re.compile(r"\s+(?:peace\s+)?(?:talks|agreements?|accords?|summit|conference|process|"
                            r"protocol|negotiations|meeting|declaration|ceasefire|truce|format)\b")
# Between two coordinated names (matched whole): ", ", " and ", ", or ", " & ", "/". Possessive and
# unambiguous: a gap of spaces alone was quadratic to reject.
_COORDINATOR = re.compile(r"\s*+(?:,\s*+(?:(?:and|or)\s++)?|(?<=\s)(?:and|or)\s++|[&/]\s*+)")
_SITE_KINDS_PRECISION = {"continent": 3, "region": 3, "water": 3, "country": 3, "admin1": 2, "admin2": 2}


def is_dateline(text: str, m: Mention, within: int) -> bool:
    """Whether ``m`` opens the body as its dateline ("MOSCOW (Sputnik) —"), in the first ``within``
    characters."""
    if m.start > within:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start:m.start].strip():
        return False
    first = m.text[:1]
    return first.isupper() and bool(_DATELINE_AFTER.match(text, m.end))


def _precision(m: Mention, near: bool) -> int:
    kind = m.place.kind if m.place is not None else "city"
    base = _SITE_KINDS_PRECISION.get(kind, 1)
    return max(base, 2) if near else base


def _nearest_clause(clauses: list[Clause], pos: int) -> Clause | None:
    pool = [c for c in clauses if c.sub_event_type != "Statement"]
    if not pool:
        return None
    return min(pool, key=lambda c: c.distance(pos))


def _role_alone(text: str, sent: tuple[int, int], m: Mention, clauses: list[Clause],
                dateline: bool, decided: WordHits) -> Role:
    s0, s1 = sent
    left = text[max(s0, m.start - 80):m.start].lower()
    right = text[m.end:min(s1, m.end + 80)]
    pos = m.start - s0
    if dateline:
        return Role("origin", 1, rule="dateline")
    if m.demonym:
        return Role("actor" if _DEMONYM_ACTOR.match(right) else "context", rule="demonym")
    # Metonymy: the place does or says something.
    if _POSSESSIVE_ACTOR.match(right):
        return Role("actor", rule="right")
    if _BY.search(left) or _MEMBERS_OF.search(left) or _BETWEEN.search(left):
        return Role("actor", rule="left")
    locative = bool(_LOCATIVE.search(left))
    near = bool(_NEAR_RE.search(left))
    if not locative and not near:
        if _SUBJECT_VERB.match(right) and not _PASSIVE.match(right):
            return Role("actor", rule="right")
        if _ACTOR_AFTER.match(right) and (m.place is None or m.place.kind in ("country", "admin1")
                                          or right.startswith("-")):
            return Role("actor", rule="right")
    if _STATEMENT_FROM.search(left):
        return Role("origin", 1, rule="left")
    if _OFFICE_IN.search(left):
        return Role("origin", 1, rule="left")  # "the foreign ministry in Paris condemned"
    if _TARGET_OF.search(left) or _PASSIVE.match(right):
        clause = _nearest_clause(clauses, pos)
        if clause is not None and clause.family != "political" and clause.sub_event_type != "Agreement":
            return Role("event_site", _precision(m, False), clause, rule="left")
    if _NAME_OF_TALKS.match(right):
        clause = next((c for c in clauses if c.sub_event_type in ("Agreement", "Meeting/talks")), None)
        if clause is not None:
            return Role("venue", _precision(m, False), clause)
    if locative:
        clause = _nearest_clause(clauses, pos)
        if clause is not None and clause.family != "political" and clause.end <= pos and \
                decided.between(s0 + clause.end, m.start):
            clause = None  # "asked whether the strike had been approved in Washington"
        if clause is None:
            return Role("context", rule="left")
        if clause.sub_event_type in ("Agreement", "Meeting/talks"):
            if not _VENUE_PREPOSITION.search(left):
                return Role("context", rule="left")  # "withdrawal from the Black Sea grain deal"
            return Role("venue", _precision(m, near), clause, rule="left")
        if clause.sub_event_type == "Diplomatic protest":
            return Role("origin", 1, rule="left")  # "summoned the ambassador in Tehran"
        if clause.family == "political":
            return Role("context", rule="left")  # "the order from Washington": not where it was said
        return Role("event_site", _precision(m, near), clause, rule="left")
    return Role("context")


class Roles:
    """Component ``roles``: sets ``doc.roles``, one Role per mention, from the rules above and the
    clauses layer. A mention a background clause would have placed (see mapper/events/clauses.py) is
    context."""

    name = "roles"

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> None:
        sentences = doc.need("clauses", self.name)
        roles = assign_roles(doc.text, doc.mentions, {s.span: s.clauses for s in sentences},
                             self.config.dateline_within)
        background = {id(r.clause) for s in sentences for r in s.readings if r.background}
        if background:
            roles = [dataclasses.replace(r, name="context")
                     if r.clause is not None and id(r.clause) in background else r for r in roles]
        doc.roles = roles


def assign_roles(text: str, mentions: list[Mention], clauses_by_sentence: dict[tuple[int, int], list[Clause]],
                 dateline_within: int) -> list[Role]:
    """A Role per mention (same order), by the rules alone."""
    infos: list[Role] = []
    dateline_found = False
    decided = WordHits(_DECIDED, text)  # searched between many clauses and places: indexed once
    for m in mentions:
        dateline = not dateline_found and is_dateline(text, m, dateline_within)
        dateline_found = dateline_found or dateline
        infos.append(_role_alone(text, m.sentence, m, clauses_by_sentence.get(m.sentence, []), dateline,
                                 decided))
    # Coordination: "delegations from Mali, Niger and Burkina Faso met" - a left-context rule carries
    # forward along the list, a right-context rule backward.
    for i in range(1, len(mentions)):
        if _coordinated(text, mentions[i - 1], mentions[i]) and infos[i - 1].rule == "left" \
                and infos[i].name == "context":
            prev = infos[i - 1]
            infos[i] = Role(prev.name, _precision(mentions[i], prev.precision > 1), prev.clause, "left")
    for i in range(len(mentions) - 2, -1, -1):
        if _coordinated(text, mentions[i], mentions[i + 1]) and infos[i + 1].rule == "right" \
                and infos[i].name == "context" and not mentions[i].demonym:
            infos[i] = Role(infos[i + 1].name, rule="right")
    return infos


def _coordinated(text: str, a: Mention, b: Mention) -> bool:
    return a.sentence == b.sentence and bool(_COORDINATOR.fullmatch(text[a.end:b.start]))
