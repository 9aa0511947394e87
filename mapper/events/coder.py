"""The ``events`` component: code an article's events, ACLED-style.

It reads the layers set before it: the sentences, the mentions, the clauses each sentence reports
with their dates (``clauses``), and each mention's role (``roles``); and per sentence finds its
actors (``actors``) and casualty figures (``casualties``). Clauses are then gathered into
*incidents*, because an article tells one incident over several sentences ("The attacks ... near
the Deir ez-Zor airport ... on Saturday. The ministry confirmed the attacks saying they killed 62
servicemen"):

- A clause with a location joins an incident of its kind at the same place (not one dated to another
  day, when a specific trigger tells it), or fills the latest incident of its kind that has no
  location yet, or starts a new one.
- A clause with no location joins the latest incident of its kind (violent clauses: any violent
  incident), or starts one that a later sentence may locate.
- Casualty figures in a sentence that reports no event go to the latest violent incident.
- An incident never located is dropped: actor mentions and context never place a marker.

"Of its kind" is the family for violence (an "attack" later called an "airstrike" is one incident;
the most specific sub-type wins) and the sub-event type otherwise; at one place, two acts told by
specific triggers of different sub-types are two incidents ("captured Avdiivka ... jets bombed
Avdiivka"), and so is an attack on civilians told generically and a later act of another event type.
Every site of a clause is an incident; a province, country or sea beside a town, a town that only
places another site ("Sake, 25 km west of Goma") and a road's far end are not sites. A place the
gazetteer does not know is coded as ACLED codes a village it cannot locate: at the district, province
or town the text puts it in or near, with geo_precision 2 ("Zamfara's Kwaragi", "Bella Vista, a hamlet
on the outskirts of Mirebalais": never at a namesake elsewhere, see ``_framer``); a province named with
nothing smaller is precision 3; and no event is placed at a country when the sentence names a smaller
place in it (see ``_names_smaller``). A background clause (see mapper/events/clauses.py) codes no event.
An incident at a region or province that holds one incident of the same act takes no marker of its own
and passes that incident its figures and actors (``_pass_on``); a title line over an article retells
the body, so its acts at places where the body tells one of their kind are the body's
(``_drop_retold_title``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from mapper.config import Config
from mapper.doc import Doc
from mapper.events import seats
from mapper.events.actors import (
    COUNTRIES,
    INITIATED_BY_TELLER,
    ActorPhrase,
    asset_owner,
    canonical,
    civilian_target,
    claimant,
    claimed_launcher,
    closing_source,
    code_actors,
    country_in,
    crowd_fight,
    describe,
    fighting_group,
    find_actors,
    first_named_group,
    forces_target,
    former_holder,
    group_inter,
    inferred_target,
    interception_sides,
    intervener,
    jihadist_group,
    launcher,
    leads_back,
    local_affiliate,
    named_group,
    occupier_strike,
    parties,
    prison_guards,
    refers_back,
    reporting_army,
    retaken_from,
    short_text_weights,
    sides,
    speaker,
    story_cartel,
    story_group,
    summoned,
    theatre_countries,
    vocabulary_theatres,
    weapon_phrase,
)
from mapper.events.casualties import (
    also_hit,
    also_killed,
    casualties,
    dead_side,
    dead_were_civilians,
    few,
    killed_vague,
    more_dead_count,
    other_account,
    reports,
    running_total,
    since_recent_day,
    updated_toll,
    victim_words,
    victims,
)
from mapper.events.clauses import ClauseReading, Clauses
from mapper.events.dates import (
    DAY,
    WEEK,
    DateExpr,
    announces,
    find_dates,
    follows_after,
    parse_date,
    reported_on,
    story_shift,
)
from mapper.events.discourse import background_of, label_sentence
from mapper.events.lexicon import FORMAL, REACTS, SAID, SPEAKING, SPEAKS, SPEECH_NOUNS, TELLS, alternation
from mapper.events.prefilter import LiteralScan, WordGate, gate_text
from mapper.events.roles import HOLDS_UNKNOWN as _HOLDS_UNKNOWN
from mapper.events.roles import (
    dateline_header,
    opens_on_place,
    relative_to,
    sirens_place,
    supported_place,
    toll_list,
)
from mapper.events.taxonomy import EVENT_TYPE_OF, location_roles
from mapper.events.triggers import (
    CLAUSE_JOIN,
    NON_STATE,
    REPORT_BREAK,
    Clause,
    claim_denied_next,
    clauses,
    object_victims,
    state_fights_back,
    tells_impact,
)
from mapper.gazetteer import ALTERNATE, NAME, Gazetteer
from mapper.gazetteer.names import normalize
from mapper.geo import distance_km
from mapper.geoparse.resolve import beyond_theatre, loose_match
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Role, Source

_MAX_NAMESAKES = 50  # options of a name read when looking for a coherent namesake
_NAMESAKE_TIMES = 5  # a namesake this many times bigger is meant when a text names no other place
_NAMESAKE_POPULATION = 20_000  # ... and at least this big
_THEATRE_POINTS = 20  # places of an article a site is compared with (the first distinct names)
_ALTERNATE_VILLAGE = 10_000  # a village named only by an alternate name abroad: a namesake (_alternate_only)
_DISTRICT_KM = 40.0  # a town this close to a district's point, in its province, is inside the district
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})  # remote strikes at an area
_NEAR_KM = 300.0  # a namesake this close to one of them is inside it
_KNOWN_POPULATION = 100_000  # a town this big outside the theatre is meant (a story about two countries)
_CONTEXT_PLACES = 4  # named places that make an article's theatre clear enough to doubt a far big town
_FAR_HOLDER_KM = 1500.0  # a holder this far from the town the resolver read is not where the text puts it
_CONTEXT_HOLDER_KM = 300.0  # ... nor one named in passing, in another country, this far (_context_holder)
# Role rules that read a context place as the frame of a site (its parent, or the site model's guess), not as
# another clause's place.
_FRAMING_RULES = frozenset({"part_of", "model"})
_CAPITAL_POPULATION = 10_000  # a town this big named like its province is what "in <province>" means
_SPECIFIC = {"facility": 0, "city": 0, "admin2": 1, "admin1": 2}  # the theatre's most specific place first
_HOLDS = {"admin2": 0, "admin1": 1, "city": 2, "facility": 2}  # what holds a place unknown to the gazetteer
# "Raqqa province", "Kharkiv region", "the Idlib countryside": the region itself, not its capital.
_WATER_NAME = re.compile(r"\b(?:Sea|Gulf|Strait|Ocean|Bay|Lake|Channel)\b")
_PROVINCE_AFTER = re.compile(r"\s*(?:province|governorate|region|state|oblast|prefecture)s?\b", re.I)
# "Kherson, Mykolaiv and Dnipropetrovsk regions": each name of the list (capitalised names only, not
# "Kherson and other regions").
_LISTED_PROVINCES = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]{1,30}+"
                               r"(?:\s[A-Z][\w'’-]{1,30}+)?){1,5}+\s+(?:provinces|governorates|regions|states|oblasts|prefectures)\b")
# The joint between two names of a list of provinces ("Sumy and Chernihiv", "Poltava, Cherkasy") and the
# plural head noun after its last name ("the Sumy and Chernihiv regions").
_JOINED_PROVINCE_NAMES = re.compile(r"\s{0,3},\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}")
_PLURAL_PROVINCE_AFTER = re.compile(r"\s{1,3}(?:provinces|governorates|regions|states|oblasts|prefectures)\b")
# ... and before it: "the northern province of Saada", "in the state of Borno" (a bounded window).
_PROVINCE_BEFORE = re.compile(r"\b(?:province|governorate|region|state|oblast|prefecture)\s{1,3}of\s{1,3}$",
                              re.I)
_PROVINCE_BEFORE_CHARS = 24
# "Kanan village in Sagaing", "a hamlet in western Magway": a village put in a name the gazetteer has both
# as a province and as its capital; a village lies in the province, not in the town (a bounded window).
_VILLAGE_IN_BEFORE = re.compile(r"\b(?:villages?|hamlets?)\s{1,3}in\s{1,3}(?:the\s{1,3})?"
                                r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                                r"south-?west)(?:ern)?\s{1,3})?$", re.I)
_VILLAGE_IN_CHARS = 32
_REGION_AFTER = re.compile(r"\s*(?:province|governorate|region|state|oblast|county|district|countryside|"
                           r"prefecture|department|territory|area)\b", re.I)
_AFTER_CHARS = 90  # the words after a site its place reads (a list up to its "regions")
_ROLE_CONFIDENCE = {"event_site": 1.0, "venue": 0.95, "seat": 0.9, "origin": 0.8}
TOWN_NAMED = 0  # _site_place's "moved" value for a region coded at its town of the same name
# "the Salah al-Din neighbourhood", "the Gombe district of Kinshasa": a part of a city.
_QUARTER_AFTER = re.compile(r"\s{1,2}(?:neighbou?rhoods?|quarters?|district|commune|suburb)\b", re.I)
# ... of which these are only ever a part of a city, never a district of a province ("the Rueso district of
# Narathiwat").
_NEIGHBOURHOOD_AFTER = re.compile(r"\s{1,2}(?:neighbou?rhoods?|quarters?)\b", re.I)
# A town's name that possesses a village or township no mention starts: "Sagaing's Lin Ta Lu village",
# "Magway's Pauk township" (a place the gazetteer lacks; see _possesses_unknown); not a city's quarter or
# building ("Kherson's Korabel district", "Bamako's Radisson Blu hotel") nor a title ("Kaduna's Governor").
_POSSESSES_NAME = re.compile(r"['’]s\s(?!(?:Governor|Deputy|Police|Commissioner|Ministry|Minister|Army|"
                             r"Health|State|Security|Emergency|Red|Armed|National|Government|President|Mayor)\b)"
                             r"[A-Z][\w'’-]{1,30}+(?:\s[A-Z][\w'’-]{1,30}+){0,3}+"
                             r"\s{1,2}(?:villages?|hamlets?|townships?)\b")


def _moved_precision(precision: int, moved: int | None, m: Mention, sentence: str) -> int:
    """The geo_precision of a site that ``_site_place`` may have moved: the role's, or the moved place's
    when coarser; a region named like its town and coded there gets the town's own precision (1), or 2
    when the text places the event relative to it."""
    if moved is None:
        return precision
    if moved == TOWN_NAMED:
        return 2 if relative_to(sentence, m.start - m.sentence[0], m.end - m.sentence[0]) else 1
    return max(precision, moved)
# "said in Bamako", "speaking in Kyiv", "told a news conference in Mexico City": the body names the place of
# speaking itself, so it holds even when it is the dateline city.
_SPOKE_IN = re.compile(r"\b(?:" + alternation(SPEAKING | SPEECH_NOUNS | {"told", "address"})
                       + r")\b[^.;:]{0,40}?\b(?:in|at|from)\s+(?:the\s+)?$", re.I)


# Where a written statement, a speech or a video was made: "in a statement issued in X", "in a televised
# address from X", "in a speech at the governorate building in X", "in a video filmed near X".
_WORDS_FROM = re.compile(r"\b(?:statements?|communiqu[eé]s?|speech|address|video(?:\s+message)?)\b"
                         r"[^.;:]{0,40}?\b(?:in|from|near)\s+(?:the\s+)?$", re.I)
_WORDS_FROM_CHARS = 70


# A speaker named by a bare surname right before the verb of saying: '"...," Deby said', "Ruto said".
_SURNAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]{1,30}+)\s{1,3}$")
# A title before a person's names, the first time the story names the person: "President Mahamat Idriss Deby".
_TITLE = (r"\b(?:(?:Interim\s|Transitional\s|Vice\s|Deputy\s)?"
          r"(?:President|Prime\sMinister|Premier|Chancellor|Governor)|"
          r"(?:Foreign|Defen[cs]e|Interior|Information)\sMinister)\s")
_TITLED_CHARS = 5000  # how far back the titled first mention is looked for (bounded: linear)
_TITLE_AT = re.compile(_TITLE)
_NAMES_AFTER = re.compile(r"[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,3}")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]{0,30}")


def _titled_before(text: str, offset: int, sentence: str, verb: int, actors: Sequence[ActorPhrase],
                   ms: Sequence[Mention]) -> Actor | None:
    """The speaker a bare surname before the verb of saying names, read from the story's earlier mention of
    the person with a title ("President Mahamat Idriss Deby travelled to the area ... Deby said in a video
    filmed near Bol": the presidency, a government; the guide's institution, never a person). None when the
    word before the verb is no surname, an actor phrase or a place ends there, or no titled mention is
    found in the text before the sentence."""
    m = _SURNAME_BEFORE.search(sentence, max(0, verb - 40), verb)
    if m is None or any(p.end > m.start(1) and p.start < m.end(1) for p in actors) \
            or any(x.start - offset < m.end(1) and x.end - offset > m.start(1) for x in ms):
        return None
    lo = max(0, offset - _TITLED_CHARS)
    spans = _titled_mentions(text).get(m.group(1), ())
    k = bisect.bisect_left(spans, (lo, 0))
    if k == len(spans) or spans[k][1] > offset:
        return None
    phrase = next((p for p in find_actors(text[spans[k][0]:spans[k][1]], 0, [], []) if p.start == 0), None)
    return None if phrase is None else phrase.actor


# A sub-national leader named by the region he leads ("Zamfara Governor Dauda Lawal", "the Bauchi state
# governor", "Kogi's governor", "Amhara regional president Arega Kebede", "Balochistan Chief Minister",
# "Punjab's chief minister"): the words after the region's name, and the title before "of <region>"
# ("Governor Umaru Bago of Niger State"). The region must be a first-level division the gazetteer found (not
# a country: "Nigeria's defence minister" is the national government's); its leader speaking is its
# government, named as the corpus names them: a state's governor "<Region> state government", a regional
# president "<Region> regional government", a province's chief minister "<Region> government" (blind
# b24-068, b37-074, b46-075).
_REGION_LEADER_AFTER = re.compile(r"(?:\s(?P<level>[Ss]tate|[Rr]egional|[Pp]rovincial))?(?:'s|’s)?\s"
                                  r"(?:(?:[Dd]eputy|[Aa]cting)\s)?"
                                  r"(?P<title>[Gg]overnor|[Cc]hief\s[Mm]inister|[Pp]resident|[Pp]remier)\b")
_REGION_LEADER_BEFORE = re.compile(r"\b(?P<title>[Gg]overnor|[Cc]hief\s[Mm]inister)\b[^,.;:]{0,40}?"
                                   r"\bof\s(?:the\s)?$")
# ... and the leader is the speaker: a verb of speaking follows in the clause ("..., speaking in Yola on
# Monday, said", "told reporters in Gusau").
_LEADER_SPEAKS = re.compile(r"[^.;:]{0,120}?\b(?:" + alternation(SPEAKING | SPEAKS) + r")\b")
_STATE_WORD_AFTER = re.compile(r"\s(?:State|state)\b")


def _regional_leader(sentence: str, offset: int, ms: Sequence[Mention], gaz: Gazetteer | None,
                     country: str) -> Actor | None:
    """The government of the first-level region whose leader the sentence names as the speaker ("Zamfara
    Governor Dauda Lawal told reporters in Gusau": Zamfara state government), else None. The region is a
    mention the gazetteer placed as a first-level division, or a town named like its own division ("Sokoto
    governor, speaking in Sokoto"); a country's minister or president is no region's, nor is the governor
    of a division the gazetteer calls a Region ("North West Governor Adolphe Lele L'Afrique": Cameroon's
    appointed governors speak for the state, as the corpus codes them, b25-059, b53-080). The division must
    lie in ``country``, the country of the place of speaking (a namesake division of another country is
    no speaker's: "the South West State president ... in Baidoa" found as Cameroon's South West)."""
    for m in ms:
        place = m.place
        if place is None or m.demonym or place.country_code != country or not (
                place.kind == "admin1" or place.admin1_name
                and normalize(place.admin1_name) == normalize(m.text)):
            continue
        start, end = m.start - offset, m.end - offset
        if start < 0 or end > len(sentence):
            continue
        region = m.text[:-6] if m.text.endswith((" State", " state")) else m.text
        after = _REGION_LEADER_AFTER.match(sentence, end)
        if after is not None:
            level, title, tail = after.group("level"), after.group("title").lower(), after.end()
        else:
            before = _REGION_LEADER_BEFORE.search(sentence, max(0, start - 60), start)
            if before is None:
                continue
            state = _STATE_WORD_AFTER.match(sentence, end)
            level, title = ("state" if state or region != m.text else None), before.group("title").lower()
            tail = state.end() if state else end
        if _LEADER_SPEAKS.match(sentence, tail) is None:
            continue
        level = (level or "").lower()
        if title == "governor" and level != "state" and gaz is not None and _called_region(gaz, place):
            continue
        if level == "regional":
            name = f"{region} regional government"
        elif title == "governor" or level == "state":
            name = f"{region} state government"
        else:
            name = f"{region} government"
        return Actor(name, place.country_code)
    return None


def _called_region(gaz: Gazetteer, place: Place) -> bool:
    """Whether the gazetteer knows the first-level division as "<its name> Region" ("North-West Region")."""
    return any(gaz.place(o.row) == place
               for o in gaz.options(normalize(f"{place.name} Region"))[:_MAX_NAMESAKES])


@lru_cache(maxsize=8)
def _titled_mentions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Each name a title precedes in the text (up to four names after it: "President Mahamat Idriss Deby")
    -> the (start, end) of each titled phrase that ends on it, in text order. One scan of the text, kept
    for its statements (article text is read as data: never made into a pattern)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for title in _TITLE_AT.finditer(text):
        names = _NAMES_AFTER.match(text, title.end())
        for name in _NAME_WORD.finditer(text, title.end(), names.end() if names else title.end()):
            found.setdefault(name.group().rstrip("."), []).append((title.start(), name.start() + len(
                name.group().rstrip("."))))
    return found


def _spoke_in(located: _Located, sentence: str) -> bool:
    """Whether the statement's place is named right after a verb of speaking ("said in Bamako"), or
    opens the sentence before its speaker ("In Kinshasa, a government spokesman said")."""
    if not located.mentions:
        return False
    m = located.mentions[0]
    start = m.start - m.sentence[0]
    return _SPOKE_IN.search(sentence, max(0, start - 60), start) is not None or _opens_on(located, sentence)


def _said_right_in(located: _Located, sentence: str) -> bool:
    """Whether the place follows a verb of speaking ("Speaking in New York state, the governor said"): a
    province or country said to be where the words were spoken stays their place, at its precision."""
    if not located.mentions:
        return False
    m = located.mentions[0]
    start = m.start - m.sentence[0]
    return _SPOKE_IN.search(sentence, max(0, start - 60), start) is not None




def _opens_on(located: _Located, sentence: str) -> bool:
    """Whether the place opens its sentence ("In Naypyitaw, a spokesman told state media that ..."): a wire
    names the place of speaking first, and the words that follow are the speaker's own."""
    m = located.mentions[0]
    start = m.start - m.sentence[0]
    return opens_on_place(sentence, 0, start)


_THAT_AFTER = re.compile(r"[^.;]{0,30}?\bthat\b")
# A sentence that opens on a quotation closed before the place ('"The ceasefire will hold only if ...,"
# Defence Minister X told reporters in Sialkot on Sunday, a day after militants killed 11 soldiers'): the
# words spoken there are the quote, the speaker's own, not a report of the act told after them
# (statements47: blind b44-078). Anchored at the sentence's start, one bounded possessive run: linear.
_OPENING_QUOTE = re.compile(r"\s{0,3}+[\"“][^\"“”]{1,400}+[\"”]")
_SPEAKING = re.compile(r"\bspeaking\b[^.;]{0,40}$", re.I)


def _own_words(located: _Located, sentence: str) -> bool:
    """Whether a statement at a named place says something of its own ("said in Riyadh on Tuesday that a
    settlement remained possible", "speaking in Abuja, ordered ...") rather than reporting the other
    event of its sentence ("The attackers burned homes, the association said in a statement from X")."""
    m = located.mentions[0]
    start, end = m.start - m.sentence[0], m.end - m.sentence[0]
    quote = _OPENING_QUOTE.match(sentence)
    return bool(_THAT_AFTER.match(sentence, end) or _SPEAKING.search(sentence, max(0, start - 60), start)
                or _opens_on(located, sentence) or quote is not None and quote.end() <= start)


# A titled teller who told reporters or a news conference at a named place ("army spokesman Lul Ruai Koang
# told reporters in Juba", "Defence Minister X told a news conference in Rawalpindi"): the corpus codes the
# place of speaking a Statement (57 of 62 train items of "told reporters/a news conference in X" beside an
# act; the five without are witnesses, residents, a driver, "an official"), also when the words retell the
# act (blind b70-032). The title is read in the words just before "told"; both patterns are anchored or
# bounded: linear.
_TOLD_IN = re.compile(r"\btold\s{1,3}(?:reporters|journalists|(?:an?\s{1,3})?(?:news|press)\s{1,3}conference)"
                      r"\s{1,3}(?:in|at)\s{1,3}(?:the\s{1,3})?$", re.I)
_TELLER_TITLE = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|minister|president|governor|commander)\b")
_TELLER_TITLE_CHARS = 70  # the teller's words before "told": "army spokesman Brig. Gen. Lul Ruai Koang "


def _titled_told_in(located: _Located, sentence: str) -> bool:
    """Whether the statement's place follows "told reporters (a news conference) in" and a title
    (spokesman, minister, president, governor, commander) stands in the teller's words before "told", after a
    comma (the teller closes the sentence)."""
    if not located.mentions:
        return False
    start = located.mentions[0].start - located.mentions[0].sentence[0]
    told = _TOLD_IN.search(sentence, max(0, start - 50), start)
    if told is None:
        return False
    lo = max(0, told.start() - _TELLER_TITLE_CHARS)
    # the teller closes the sentence after its act (", army spokesman X told"): one who opens it ("Defence
    # Minister X told reporters in Sialkot on Sunday, a day after militants killed 11 soldiers") only tells
    # where the act was reported (statements47's near miss)
    return "," in sentence[lo:told.start()] and _TELLER_TITLE.search(sentence, lo, told.start()) is not None


# An institution, or officials as a body, named with the city it sits in ("The presidency in Abuja said",
# "Officials in Damascus have promised an inquiry", "the government in Aden accused"): where it sits, not a
# place of speaking, so no statement there (the guide; not "a spokesman in Bamako said": a person there).
# A state's embassy or consulate, an organisation's mission and a ministry sit in a city too: "The Israeli
# embassy in Washington said", "The UN mission in Tripoli urged" (blind b68-071; p36-039, p37-039), "the
# foreign ministry in Kyiv called for more air defence" (noevent71: the corpus codes 94 of its 101 "ministry
# in X" with no statement at X; a diplomatic protest made there, "summoned the envoy", is kept).
_SEAT_BEFORE = re.compile(r"\b(?:government|presidency|administration|authorities|junta|regime|"
                          r"cabinet|officials|command|headquarters|embass(?:y|ies)|consulates?|missions?|"
                          r"ministr(?:y|ies))"
                          r"\s{1,3}in\s{1,3}(?:the\s{1,3})?$", re.I)


def _seat_only(located: _Located, sentence: str) -> bool:
    """Whether every mention placing a statement names where an institution sits (see _SEAT_BEFORE)."""
    return bool(located.mentions) and all(
        _SEAT_BEFORE.search(sentence, max(0, m.start - m.sentence[0] - 40), m.start - m.sentence[0])
        for m in located.mentions)


# A statement's place right before its verb of saying: "the health ministry in Beirut said".
_TELLER_VERB_NEXT = re.compile(r"(?:\s*+,)?\s++(?:" + alternation(TELLS | (FORMAL - {"stated"})) + r")\b")
# A source named with the town it is in, then its verb of telling, perhaps past an apposition of the town:
# "A local official in Bol, the provincial capital, said the wounded had been evacuated", "The health
# ministry in Ramallah says at least 70 have been killed": where the figures come from, not a place of
# speaking (unless the words are its own: "a government spokesman in Bamako said that ...", see _own_words).
_SOURCE_IN = re.compile(r"\b(?:ministry|officials?|spokes(?:man|woman|person)|sources?|"
                        # the police or an organisation's office where it sits: "Police in Dera Ismail Khan
                        # said they had received threats", "the aid group's office in Juba said"
                        r"police(?:m[ae]n)?|(?:police\s{1,3})?officers|offices?)\s{1,3}in\s{1,3}"
                        r"(?:the\s{1,3})?$", re.I)
_SOURCE_TELLS_NEXT = re.compile(r"(?:\s?,\s{1,3}(?:the|an?)\s[^,.;:]{1,40},)?\s{1,3}(?:"
                                + alternation(TELLS) + r")\b")


def _source_seat(located: _Located, sentence: str) -> bool:
    """Whether every mention placing a statement names where a source that tells figures sits (_SOURCE_IN)."""
    return bool(located.mentions) and all(
        _SOURCE_IN.search(sentence, max(0, m.start - m.sentence[0] - 40), m.start - m.sentence[0])
        and _SOURCE_TELLS_NEXT.match(sentence, m.end - m.sentence[0]) for m in located.mentions)


def _closing_teller(located: _Located, sentence: str, found: Sequence[ClauseReading]) -> bool:
    """Whether every mention placing an attribution names where the teller is, after the act the sentence
    reports: "An Israeli strike on a car in Nabatieh killed two, the health ministry in Beirut said" (the
    report's source, no statement; "said in Beirut that ..." is one: see _own_words)."""
    if not located.mentions or _own_words(located, sentence):
        return False
    for m in located.mentions:
        start, end = m.start - m.sentence[0], m.end - m.sentence[0]
        if not _TELLER_VERB_NEXT.match(sentence, end):
            return False
        if not any(r.clause.family != "political" and not r.background and r.clause.start < start
                   for r in found):
            return False
    return True


# A speaker's own position, not a report: a reaction ("condemned", "accused"), a demand, a vow, a threat, a
# future ("would annihilate").
_POSITION = re.compile(r"\b(?:" + alternation(REACTS | {
    "called", "calling", "urged", "urging", "vowed", "warned", "demanded", "appealed", "pledged", "promised",
    "rejected", "welcomed", "denounced", "threatened", "would", "will", "must", "should"}) + r")\b", re.I)
# Where a written statement was issued: "in a statement issued in Gusau", "The army's statement from Port
# Sudan said".
_ISSUED_IN = re.compile(r"\bstatements?\s{1,3}(?:(?:issued|released|published|sent|posted)\s{1,3})?"
                        r"(?:in|from)\s{1,3}(?:the\s{1,3})?$", re.I)


_ISSUED_IN_GATE = re.compile(r"(?i)statement")


def _issued_in(located: _Located, sentence: str) -> bool:
    """Whether every mention placing a statement follows "a statement (issued) in/from" (_ISSUED_IN)."""
    return bool(located.mentions) and all(
        _ISSUED_IN.search(sentence, max(0, m.start - m.sentence[0] - 40), m.start - m.sentence[0])
        for m in located.mentions)


def _issued_report(located: _Located, sentence: str, found: Sequence[ClauseReading]) -> bool:
    """Whether a statement is placed only where a written statement was issued, and its words retell the
    act its sentence reports ("confirmed the attack in a statement issued in Gusau", "In a statement in
    Abuja, the director said troops had repelled the attack"): the source's seat, no statement (as the
    corpus codes a source); one with a position of its own stays one ("in a statement issued in Nairobi,
    the SPLM-IO accused the government", _POSITION), and so do words spoken there ("Speaking in Abuja")."""
    if not located.mentions or _POSITION.search(sentence):
        return False
    if not all(_ISSUED_IN.search(sentence, max(0, m.start - m.sentence[0] - 40), m.start - m.sentence[0])
               for m in located.mentions):
        return False
    return any(r.clause.family == "violence" and not r.background for r in found)


_OFFICIAL = re.compile(r"(?i)ministry|government|president|prime minister|foreign|envoy|ambassador|spokes|"
                       r"embassy|cabinet|presidency|kremlin|white house|pentagon|state department|council")

# Disaster, emergency and rescue services telling a toll (floods, a quake, a blast, a strike's dead) are
# tellers, not political speakers: "the disaster agency's chief told reporters in Jakarta that the toll rose
# to 442", "the civil defence agency said Israeli strikes killed 14" (no Political/Statement at their place;
# the corpus codes none: bn26-033, st47-025, b46-073, noevent48). The words name the service itself (not a
# minister's words beside it); bounded, no pattern from text.
_RELIEF_TELLERS = (
    r"disaster(?:\s(?:management|risk\sreduction|response|relief|mitigation))?\s(?:agency|authority|ministry|"
    r"force|office|department|service|institute|board|committee|chief|official)",
    r"ministry\sof\sdisaster|institute\sfor\sdisaster",
    r"civil\s(?:defen[cs]e|protection)",
    r"emergenc(?:y|ies)\s(?:service|ministry|management|agency|situations)",
    r"(?:meteorological|weather|seismological)\s(?:authority|agency|department|office|service|institute)",
    r"rescue\s(?:service|agency|teams?|officials?|workers?)|white\shelmets|\bafad\b",
)
_RELIEF_TELLER = re.compile(r"(?i)" + "|".join(_RELIEF_TELLERS))
# The service named before, told again by its head ("... the national disaster agency said. 'Some areas can
# only be reached by helicopter,' the agency's chief told reporters in Jakarta").
_ITS_HEAD = re.compile(r"(?i)\b(?:the\sagency(?:'s|’s)?|"
                       r"its\s(?:deputy\s)?(?:head|chief|director|spokes\w{1,10}))\b")
_RELIEF_CHARS = 150  # how far before the verb of saying the service is named
_RELIEF_BACK_CHARS = 400  # how far before the sentence the service named before is looked for


def _relief_teller(text: str, offset: int, sentence: str, verb: int) -> bool:
    """Whether the statement at ``verb`` (an offset in ``sentence``, which starts at ``offset`` in ``text``)
    is spoken by a disaster, emergency or rescue service: named in the words before the verb, or told
    again as "the agency's chief" / "its head" after the story named it."""
    lo = max(0, verb - _RELIEF_CHARS)
    if _RELIEF_TELLER.search(sentence, lo, verb) is not None:
        return True
    return _ITS_HEAD.search(sentence, lo, verb) is not None \
        and _RELIEF_TELLER.search(text, max(0, offset - _RELIEF_BACK_CHARS), offset) is not None


# People who fled, speaking where they shelter ("In Maiduguri, people displaced from Gwoza said they feared
# returning home", b71-075): the displaced tell of their plight; no actor makes a statement at the place.
_DISPLACED_SPEAKERS = re.compile(r"(?i)\b(?:(?:people|families|residents|villagers|women|men|those|survivors|"
                                 r"children)\s(?:who\s(?:had\s)?)?(?:fled|displaced|escaped|uprooted)|"
                                 r"displaced\s(?:people|persons|families|residents|villagers|women)|"
                                 r"(?:refugees|evacuees))\b")
_DISPLACED_CHARS = 80  # how far before the verb of saying its subject is looked for


def _displaced_speak(sentence: str, verb: int) -> bool:
    """Whether the statement at ``verb`` (an offset in ``sentence``) is said by people who fled: the words
    between the last comma before the verb and the verb name them."""
    lo = max(0, verb - _DISPLACED_CHARS)
    lo = max(lo, sentence.rfind(",", lo, verb) + 1)
    return _DISPLACED_SPEAKERS.search(sentence, lo, verb) is not None


@dataclass(slots=True)
class _Incident:
    kind: str  # the family for violence, else the sub-event type
    sub: str
    specific: bool
    location: Place | None = None
    role: str = ""
    geo_precision: int = 3
    location_confidence: float = 0.0
    mentions: list[Mention] = field(default_factory=list)
    date: tuple[dt.date, int, int] | None = None  # (date, precision, 0 if from the locating sentence)
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: int | None = None
    injuries: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    # whom the placing sentence's toll counts (casualties.victims); of a protest or riot, who intervened
    victims: Actor | None = None
    dead_side: str = ""  # whose dead the figure counts: "forces", "attackers", "fighters" or "" (dead_side)
    vague: bool = False  # the figure came from a vague word ("dozens"), not a number
    between: bool = False  # its sides came from "fighting between A and B": an order nobody chose (sides51)
    # the figure given it was one total of several sites its sentence named ("attacked Bunia and Beni,
    # killing 19"): a later sentence's share of that total for this site replaces it (tolls54)
    shared: int | None = None

    def add_date(self, date: tuple[dt.date, int, int]) -> None:
        if self.date is not None and self.date[2] == _FILED:
            # The report's day (_filed_day) gives way to a later sentence's own day for the act (_RETOLD_DAY);
            # to any other date as the placing sentence's day does.
            if date[2] == _RETOLD_DAY or (date[1], date[2]) < (self.date[1], _PLACED):
                self.date = date
        elif self.date is None or date[1:] < self.date[1:]:
            self.date = date  # a more precise date wins ("on September 9" over "last week")

    def add_casualties(self, killed: int | None, injured: int | None, side: str = "", more: bool = False,
                       vague: bool = False, other: bool = False) -> None:
        """Reports of one incident repeat its figures: take the largest, never the sum; but a later
        report (``more``) of the other side's dead (``side``), or of dead "also" killed, adds them. The
        explicit figure beats a vague word (``vague``: "killing at least 11 soldiers" ... the group
        "claimed to have killed dozens"; "Dozens killed in X" ... "killing 11"), in either order; and of
        another account's explicit figure for the same dead (``other``: "Residents put the toll at 50",
        the attackers' claim) and the one told, the lower."""
        if killed and self.fatalities and more and side and side != self.dead_side \
                and (self.dead_side or side == "attackers") and not (few(killed, vague) and not self.vague):
            # "killed dozens of fighters ... two of its soldiers were killed"; "killing five civilians and
            # two soldiers ... Six attackers were killed": the attackers are added to any victims
            self.fatalities += killed
            self.dead_side = ""
            self.vague = self.vague and vague
            killed = None
        elif killed is not None and self.fatalities is None:
            self.dead_side = side
        elif killed and self.fatalities and vague != self.vague:
            if vague:
                killed = None
            else:
                self.fatalities = None
        if killed is not None and other and self.fatalities is not None and not vague and not self.vague:
            self.fatalities = min(self.fatalities, killed)
        elif killed is not None:
            self.vague = vague if self.fatalities is None else self.vague and vague
            self.fatalities = killed if self.fatalities is None else max(self.fatalities, killed)
        if injured is not None:
            self.injuries = injured if self.injuries is None else max(self.injuries, injured)


@dataclass(slots=True)
class _Located:
    place: Place
    role: str
    precision: int
    confidence: float
    mentions: list[Mention]


class _Incidents:
    """An article's incidents in the order they were opened, filed by kind and by where they are, so
    that placing a clause looks up its incident instead of scanning all (thousands, in a long text).
    Each look-up answers as the first incident of that kind, in order, to pass the test would."""

    def __init__(self) -> None:
        self.all: list[_Incident] = []
        self.of_kind: dict[str, list[_Incident]] = {}
        self.claimed = 0  # how many violent incidents a claim or blame has already been read for
        self._order: dict[int, int] = {}  # id(incident) -> when it was opened
        self._first: dict[tuple, _Incident] = {}  # (test, kind, value) -> first located incident passing it

    def open(self, kind: str, sub: str, specific: bool) -> _Incident:
        inc = _Incident(kind, sub, specific)
        self._order[id(inc)] = len(self.all)
        self.all.append(inc)
        self.of_kind.setdefault(kind, []).append(inc)
        return inc

    def locate(self, inc: _Incident, located: _Located) -> None:
        """Set an incident's place (once: an incident never moves) and file it under it."""
        inc.location, inc.role = located.place, located.role
        inc.geo_precision, inc.location_confidence = located.precision, located.confidence
        place = located.place
        for key in (("at", inc.kind, id(place)), ("cc", inc.kind, place.country_code),
                    ("a1", inc.kind, place.admin1)):
            first = self._first.get(key)
            if first is None or self._order[id(inc)] < self._order[id(first)]:
                self._first[key] = inc

    def order(self, inc: _Incident) -> int:
        return self._order[id(inc)]

    def at(self, kind: str, place: Place) -> _Incident | None:
        """The first incident of ``kind`` located at this very place."""
        return self._first.get(("at", kind, id(place)))

    def at_sub(self, kind: str, place: Place, sub: str) -> _Incident | None:
        """The first incident of ``kind`` at this place told by a ``sub`` clause, or told only generically
        so far (an "attack" that a later sentence may call an airstrike)."""
        found = [inc for inc in (self._first.get(("sub", kind, id(place), sub)),
                                 self._first.get(("generic", kind, id(place)))) if inc is not None]
        # A generic report whose victims made it an attack on civilians, or a battle, is not upgraded to an
        # act of another event type ("killed six farmers near X ... later a roadside bomb struck outside X";
        # "attacked an army post near X, killing 15 soldiers ... helicopters struck positions near X").
        found = [inc for inc in found if inc.sub == sub or not inc.specific and (
            inc.sub not in ("Attack", "Armed clash") or EVENT_TYPE_OF[sub] == EVENT_TYPE_OF[inc.sub])]
        return min(found, key=lambda inc: self._order[id(inc)], default=None)

    def told_as(self, inc: _Incident) -> None:
        """File a located incident under its (possibly new, more specific) sub-event type."""
        if inc.location is None:
            return
        place = inc.location
        keys = [("sub", inc.kind, id(place), inc.sub)]
        if not inc.specific:
            keys.append(("generic", inc.kind, id(place)))
        for key in keys:
            first = self._first.get(key)
            if first is None or self._order[id(inc)] < self._order[id(first)]:
                self._first[key] = inc

    def within(self, kind: str, area: Place) -> _Incident | None:
        """The first located incident of ``kind`` inside ``area`` (a country or an admin1)."""
        if area.kind == "country":
            return self._first.get(("cc", kind, area.country_code))
        return self._first.get(("a1", kind, area.admin1)) if area.admin1 else None


# "Separately, ...", "In a separate incident on Thursday, ...", "In another attack": a new incident.
# Just before a political trigger: the meeting or deal was refused, so did not happen.
_REFUSED = re.compile(r"\b(?:rejected|rejects|refused|refuses|ruled\s+out|rules\s+out|declined|boycotted|"
                      r"boycotts|snubbed|shunned)\s++(?:[\w-]++\s++){0,3}+$", re.IGNORECASE)
# Every match holds one of these, in any case: the 40 characters before a political clause (3,392 a pass over
# LGL and GeoVirus, one match) are searched only when their lower case holds one.
_REFUSED_GATE = WordGate(_REFUSED, ("reject", "refus", "ruled", "rules", "declined", "boycott", "snubbed",
                                    "shunned"))
# Incidents a later "No one was hurt" gives 0 dead: violence, and property destroyed ("torched a dozen houses
# ... No one was hurt": ACLED's fatalities 0); also an interception ("shot down drones over Atbara. There were
# no casualties") and a crowd dispersed or turned violent ("Police fired tear gas ... No injuries were
# reported"), as the guide's "no casualties reported" 0 and 0 codes them (wire47: blind b25-051, b24-051,
# b27-061); other strategic events carry no figure.
_ZERO_KINDS = frozenset({"violence", "Looting/property destruction", "Disrupted weapons use",
                         "Protest with intervention", "Violent demonstration"})
# A live blog's entry heading opens with its time ("15:30 GMT - ", "08:40 — ", "10.15am: ").
_ENTRY = re.compile(r"\s*+\d{1,2}[:.]\d{2}\s*+(?:GMT|BST|UTC|CET|EET|EEST|IST|[AaPp]\.?[Mm]\.?|"
                    r"local\s++time)?\s*+[-\u2013\u2014:|]")
# (types67) "Meanwhile, a crowd lynched ... in X" opens another story too (blind b70-048 dates it so).
_SEPARATE = re.compile(r"\W*(?:separately\b|elsewhere\b|meanwhile\b|"
                       r"(?:further|farther)\s+(?:north|south|east|west)\w*\b|"
                       r"(?:in|during)\s+(?:a\s+separate|another)\b)", re.I)
# A sentence that ties what it tells to the story's acts by "came as": "The deaths came as mediators met Hamas
# officials in Cairo" (talks or a statement told with no day of their own) is the day of the story's lead (the
# first day it gave: "The clashes came as ..." after an aside "On Wednesday, ..." is still the lead's), where
# a political act told alone in a later sentence keeps the published date (types66: most of the corpus codes
# "Speaking in X, the minister said" so).
_CAME_AS = re.compile(r"\W{0,3}(?:the|this|that|it|those|these)\b[\w\s'-]{0,40}?\bcame\s+"
                      r"(?:as|while|just\s+as)\b", re.I)
# A sentence that opens on another act's time ("Hours earlier, a police helicopter was downed ..., killing 13
# officers", "A day later, gunmen ..."): an act of its own, hours or a day apart. When it places nothing the
# coder can code, its clause joins the incident just told, but its toll counts that other act's dead, not
# more dead of this one (the Cali bombing took the helicopter's 13; the guide: killed in THIS event).
_OTHER_HOURS = re.compile(r"\W{0,3}(?:(?:hours|minutes|a\s+day|a\s+few\s+hours|several\s+hours)\s+"
                          r"(?:earlier|later|before)|earlier\s+(?:that|the\s+same)\s+day|the\s+day\s+before)"
                          r"\s*,", re.I)


# A sentence whose subject is the act or its perpetrators just told ("The attacker struck shortly after dawn
# ...", "The blast happened at a checkpoint ...", "The gunmen fled towards ..."), with no word of another act.
_RETOLD_SUBJECT = re.compile(r"\W{0,3}(?:The|This|That)\s{1,3}"
                             r"(?:(?:suicide|car|truck|roadside|lone|two|three|first)\s{1,3})?"
                             r"(?:attackers?|bombers?|gunm[ae]n|assailants?|blast|explosion|"
                             r"attack|assault|ambush|bombing|raid|shooting)\b")
_ANOTHER_ACT = re.compile(r"\b(?:also|second|another|again|separate(?:ly)?|further|other)\b", re.I)
_RETOLD_KM = 100.0  # how far from the act just told a retelling's relative place may lie


def _retold_nearby(incidents: _Incidents, clause: Clause, located: _Located, sentence: str) -> bool:
    """Whether a violent act placed only relatively ("on the road to X", "near X": precision 2) by a sentence
    whose subject is the act or the attackers just told is that act told again: the last incident of its
    kind, placed at a town (precision 1) within ``_RETOLD_KM``. The relative place then only says where
    that town's act was, not a second site ("PESHAWAR — A suicide bomber rammed a checkpoint in Bannu ...
    The attacker struck ... at the post on the road to Miranshah")."""
    if clause.family != "violence" or located.precision != 2 or not _RETOLD_SUBJECT.match(sentence) \
            or _ANOTHER_ACT.search(sentence):
        return False
    same = incidents.of_kind.get("violence")
    last = same[-1] if same else None
    return last is not None and last.location is not None and last.geo_precision == 1 \
        and last.location is not located.place and distance_km(
            last.location.lat, last.location.lon, located.place.lat, located.place.lon) <= _RETOLD_KM


# An interception whose report denies only injuries ("Israel said the missile was intercepted, and sirens
# sounded ... No injuries were reported") says nothing of deaths: injuries 0, fatalities unknown, as b27-060
# codes it; a denial of casualties or of anyone hurt ("No casualties were reported", "no one was hurt") gives
# 0 and 0 (wire47). Acts of violence keep the older reading, no one hurt is no one killed.
_INJURIES_ONLY_KINDS = frozenset({"Disrupted weapons use"})
_DENIES_INJURIES = re.compile(r"\bno\s{1,3}(?:immediate\s{1,3})?(?:reports?\s{1,3}of\s{1,3})?injuries\b",
                              re.I)
_DENIES_DEATHS = re.compile(r"casualt|\bkill|\bdead\b|\bdeaths?\b|\bfatalit|\bhurt\b|\bharmed\b", re.I)


def _zero_dead(kind: str, sentence: str) -> int | None:
    """The dead a denial of casualties in ``sentence`` gives an incident of ``kind``: 0, or None when an
    interception's report denies injuries only."""
    if kind in _INJURIES_ONLY_KINDS and _DENIES_INJURIES.search(sentence) \
            and not _DENIES_DEATHS.search(sentence):
        return None
    return 0


def _zero_told(incidents: _Incidents, text: str, told: tuple[int, int] | None, prior: tuple[int, int] | None,
               injured: int | None, sentence: str) -> None:
    """"No casualties were reported" after a sentence that told acts: 0 dead in each of them that has no
    figure (violence and property destroyed; ACLED's 0), and 0 injured when the words say so. When that
    sentence only adds to the one just before it in its paragraph ("The strikes also hit the Ras Isa fuel
    port"), the acts of both are meant."""
    if told is None:
        return
    spans = [told]
    if prior is not None and "\n" not in text[prior[1]:told[0]] and _ALSO_WORD.search(text, told[0], told[1]):
        spans.append(prior)
    # The acts of one or two sentences are among the last incidents opened: a bounded look back keeps a text
    # of thousands of acts, each followed by "No one was hurt.", linear.
    for inc in incidents.all[-_ZERO_REACH:]:
        if inc.fatalities is None and inc.kind in _ZERO_KINDS and any(sp in inc.spans for sp in spans):
            inc.add_casualties(_zero_dead(inc.kind, sentence), injured if injured == 0 else None)


_ZERO_REACH = 64  # how many of the last incidents "No casualties were reported" may speak of
_ALSO_WORD = re.compile(r"\balso\b", re.I)  # a sentence that adds to the one before


# Where an incident's date came from, the third item of _Incident.date: of two dates of one precision the
# lower mark wins. The placing sentence's own day; a later sentence's day for the act it retells; the placing
# sentence's day that is only the report's (_filed_day), which a later sentence's own day replaces; the
# story's day given to an undated act; a later sentence's day that may not replace a filed day.
_PLACED, _RETOLD_DAY, _FILED, _STORY, _NOT_RETOLD = 0, 1, 2, 3, 4
# A bare "overnight", "today", "tonight" is the published day, not a day the text gives the act.
_FILED_WORDS = frozenset({"overnight", "today", "tonight"})
# A later sentence replaces a filed day when it retells the act: its trigger refers back ("the strikes on
# Tuesday") or its subject is definite ("The ambushes took place on Thursday", "The attackers arrived late
# Friday"), also after a source's words that open it ("Residents said the gunmen arrived in the early hours
# of Monday"); not "Engineers said blackouts would continue on Thursday", "EU ambassadors are expected to
# approve ... on Friday".
_RETELLS = re.compile(r"\W{0,3}(?:(?:[\w'-]{1,30}\s+){0,3}?(?:said|say|says|told\s+[\w'-]{1,30})\s+"
                      r"(?:that\s+)?)?(?:the|these|those|it|they)\s", re.I)
# ... and with a weekday it names ("on Tuesday afternoon", "late Friday"), not a day told relative to another
# event ("The strike came a day after Russia warned ...": p18-057 kept its day).
_WEEKDAY_NAME = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _filed_day(sentence: str, date: DateExpr, header: re.Match[str] | None) -> bool:
    """Whether the day that dates a sentence's act only says when it was reported: the dateline's date
    ("KYIV, June 25 (Reuters) - A missile struck Dnipro ..."), a closing attribution's day ("..., killing 17,
    officials said on Wednesday", as dates.reported_on reads it), a bare "overnight" or "today". Wire copy
    often tells the act's own day in the next sentence ("The missile hit a busy street on Tuesday
    afternoon"; "The attackers arrived late Friday"), which the guide's date is (wire46)."""
    if date.precision != DAY:
        return False
    if header is not None and date.start < header.end():
        return True
    return date.text.lower() in _FILED_WORDS or reported_on(sentence, [date]) is not None


def _retold_day(inc: _Incident, clause: Clause, date: DateExpr, sentence: str,
                header: re.Match[str] | None) -> bool:
    """Whether a later sentence that places nothing retells ``inc``, dated only by its report, with the act's
    own day: it refers back or opens on a definite subject (_RETELLS), names a weekday not after the filed
    day, and is neither an attribution's day itself, nor another story nor another act's time."""
    return inc.date is not None and date.precision == DAY and date.date <= inc.date[0] \
        and (clause.back_reference or _RETELLS.match(sentence) is not None) \
        and _WEEKDAY_NAME.search(date.text) is not None \
        and not _filed_day(sentence, date, header) and not _SEPARATE.match(sentence) \
        and not _OTHER_HOURS.match(sentence)


def _act_day(inc: _Incident, told: dt.date, sentence: str) -> dt.date:
    """The story's day after a sentence that told ``inc`` with the day ``told``: the act's own day when an
    earlier sentence dated it ("struck a mosque in El Fasher on Friday ... rescuers were still pulling bodies
    from the rubble on Saturday. Hours later, ..." is Friday), else the day told; a sentence that opens
    another story ("Elsewhere, ... said bandits had attacked three towns on Sunday") gives its own day."""
    if _SEPARATE.match(sentence) or inc.date is None or inc.date[1] != 1:
        return told
    return inc.date[0]


def _other_day(inc: _Incident, day: dt.date | None) -> bool:
    """Whether an incident is dated to a day other than ``day`` (both known to the day)."""
    return day is not None and inc.date is not None and inc.date[1] == 1 and inc.date[0] != day


_CLAIM_WORD = re.compile(r"\b(?:claim|blam|attribut|pinn|admit|acknowledg|"
                         r"behind\b|belong(?:ed|s|ing)?\s++to\b|"  # "was behind the blast", "belonged to X"
                         r"(?:" + alternation(SAID) + r")\s++(?:that\s++)?"
                         r"(?:one\s++of\s++)?(?:its|their)\b|"
                         # "said in a statement on its radio that it (its men) had carried out the attack"
                         r"(?:" + alternation(SAID) + r")\s++(?:[^.;]{0,60}?\bthat\s++)?"
                         r"(?:it|they|(?:its|their)\s++(?:fighters|"
                         r"members|militants|men|forces|mujahideen))\s++(?:had|has|have)\s++carried\s++out\b|"
                         # "its fighters had launched the offensive", "the assault was retaliation"
                         + INITIATED_BY_TELLER + r")",
                         re.I)
# The same teller's words alone: the act told was the teller's own operation (sides54).
_INITIATED_BY = re.compile(r"\b" + INITIATED_BY_TELLER, re.I)
# Every match starts with one of these words (in any case): the pattern is tried only where one occurs.
_CLAIM_HEADS = LiteralScan(("claim", "blam", "attribut", "pinn", "admit", "acknowledg", "behind", "belong",
                            "told", *sorted(SAID)),
                           ignore_case=True)


def _days_toll(inc: _Incident, sentence: str) -> bool:
    """Whether a later sentence's toll runs over several days ("In Sweida, 40 were killed on Wednesday ...
    It put the overall toll since Sunday at 350") of an act already told with its own figure and day: the
    toll of several days is not that day's act's."""
    return bool(inc.fatalities) and inc.date is not None and inc.date[1] == 1 and since_recent_day(sentence)


# A violent word among the triggers a sentence reports as unreal (past, vowed, hypothetical).
_VIOLENT_WORD = re.compile(r"kill|attack|strike|struck|raid|ambush|shell|bomb|massacre|assault|clash|fight|"
                           r"shot|shoot|blast|explosion", re.I)


def _unreal_toll(sentence: str) -> bool:
    """Whether a sentence that tells no event counts the dead of an act it tells as unreal: "Last week, a
    strike on X killed 10", "In March, gunmen killed 44 worshippers in X", "last week's raid on X, where 12
    soldiers died". Its toll is that earlier act's, never the act just told (asked only of a sentence
    with a toll and no reading: the triggers are read once more)."""
    unreal: list[tuple[int, int]] = []
    clauses(sentence, unreal)
    return any(_VIOLENT_WORD.search(sentence, a, b) for a, b in unreal)


def _tally_beyond(inc: _Incident, killed: int | None) -> bool:
    """Whether a placeless later toll is far beyond the figure the act just told already has ("killing 11
    ... a conflict in which about 400,000 people died"): a war's tally, not another count of those dead
    (the bound _toll_update allows an update)."""
    return bool(killed and inc.fatalities and killed > 3 * inc.fatalities + 20)


# A placeless toll this large, in a sentence whose words refer back to the act just told ("The fighting has
# raised fears of a return to the civil war that killed 400,000 people"), is a war's, even when the act
# was told with no figure ("killing dozens").
_WAR_TALLY = 1000


# Protests and riots whose deaths a later toll can update, as a violent act's.
_LETHAL_DEMONSTRATIONS = frozenset({"Excessive force against protesters", "Violent demonstration",
                                    "Mob violence"})
# The incidents a sentence that tells no act can give a toll to: the last lethal act's update
# (_toll_update), the last violent act's added dead, "No one was hurt" (_zero_told). With none of them
# open, such a sentence's casualties change nothing, and are not read.
_TOLL_TAKERS = _ZERO_KINDS | _LETHAL_DEMONSTRATIONS


def _toll_update(incidents: _Incidents, sentence: str, killed: int | None) -> bool:
    """A sentence that names no place and updates the toll of the violent act just told: "A hospital
    official later said the death toll had risen to 15", "Five more bodies were found, bringing the toll
    to 43" (the new toll), "Three more people were killed" (added). Only a plausible update of that
    act's own figure: not a war's toll ("has risen to 50,000") nor "Separately, ...". Whether it did."""
    if _SEPARATE.match(sentence):
        return False
    # The last lethal act told: violence, or a protest or riot with deaths ("security forces fired on
    # protesters, killing eight ... The toll has since risen to 21").
    last = next((inc for inc in reversed(incidents.all) if inc.fatalities is not None
                 and (inc.kind == "violence" or inc.kind in _LETHAL_DEMONSTRATIONS)), None)
    if last is None:
        return False
    toll = updated_toll(sentence)
    if toll is not None and last.fatalities < toll <= 3 * last.fatalities + 20:
        last.fatalities = toll
        return True
    more = more_dead_count(sentence) if killed is None else None
    if toll is None and more:
        last.fatalities += more
        return True
    return False


# A place named in a toll's update only as where the wounded died ("The toll rose to nine after two of the
# wounded died in a hospital in Jammu", "at the Combined Military Hospital in Bannu"): no site of its own,
# so the update still reads as the last act's (read in the few characters before the name: bounded).
_HOSPITAL_BEFORE = re.compile(
    r"\b(?:hospitals?|clinic|infirmary)\s(?:in|at)\s(?:the\s)?(?:(?:city|town)\sof\s)?\Z", re.IGNORECASE)
_HOSPITAL_WINDOW = 40


def _where_wounded_died(text: str, m: Mention) -> bool:
    """Whether a mention names only the town of the hospital where the wounded died (_HOSPITAL_BEFORE)."""
    return _HOSPITAL_BEFORE.search(text, max(0, m.start - _HOSPITAL_WINDOW), m.start) is not None


def _site_beside(ms: list[Mention], role_of: dict[int, Role]) -> bool:
    """Whether the sentence names an event site: then the dateline is no site of its other acts."""
    return any(role_of[id(m)].name == "event_site" for m in ms)


def _claims(sentence: str) -> bool:
    """Whether ``_CLAIM_WORD.search(sentence)`` finds something (an unanchored case-free search per
    sentence cost as much as the rest of the claim step)."""
    starts = _CLAIM_HEADS.starts(sentence)
    if starts is None:  # a text whose lower case shifts offsets: the plain search
        return _CLAIM_WORD.search(sentence) is not None
    return any(_CLAIM_WORD.match(sentence, i) for i in starts)
# Heads of an actor1 that only says someone attacked: a claimed or blamed group names them.
_GENERIC_HEADS = frozenset({"gunmen", "gunman", "militants", "jihadists", "insurgents", "fighters",
                            "attackers", "assailants", "rebels", "men", "islamists", "terrorists", "group",
                            "bomber", "assailant", "attacker", "members", "gangs"})


_BARE_HEADS = frozenset({"fighters", "militants", "insurgents", "jihadists", "rebels"})
_BARE_HEDGES = frozenset({"the", "its", "their", "his", "suspected", "some", "several", "armed"})


def _bare_fighters(actor: Actor | None) -> bool:
    """Whether an actor is only "(the) fighters", "militants": no description of whose ("anti-junta
    fighters", "unidentified gunmen" say something of their own)."""
    if actor is None:
        return False
    words = [w for w in actor.name.lower().split() if w not in _BARE_HEDGES]
    return len(words) == 1 and words[0] in _BARE_HEADS


_REGAINS, _OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"
_HANDOVER = "Non-violent transfer of territory"
# The side a town was handed to takes it (the guide: the taker is actor1): "MNDAA hands Lashio back to junta",
# "the rebels handed the town over to the army" (read in the lowered spans of the act; bounded words: linear).
_HANDED_TO = re.compile(r"\bhand(?:s|ed|ing)?\s(?:over\s)?(?:[\w'’-]{1,30}\s){1,5}?(?:back\s|over\s)?to\s"
                        r"(?:the\s)?((?:[\w'’-]{1,30}\s)?(?:junta|military|army|troops|forces|soldiers))\b")
_AIR = "Air/drone strike"
_KILLING_VERB = re.compile(r"kill(?:ed|ing|s)?\b")  # an unplaced killing after arson: violence (types51)
_LOOTING = "Looting/property destruction"  # an armed group's act too: "they set fire to a school"
_STATE_FORCES = 1  # ACLED's inter code of a state's military and police (actors.describe)


def _taken_by(sub: str, taker: Actor | None, place: Place, non_state_named: bool) -> str:
    """Ground taken by a state's forces (the coded actor1): in their own country it is regained, in another
    it is overtaken, as in ACLED's codebook ("Russian forces seize Velyka Novosilka", "Ukrainian troops take
    Sudzha": both overtake). Other takers keep the trigger's reading ("rebels retake Goma")."""
    if sub not in (_REGAINS, _OVERTAKES) or taker is None or not taker.country_code \
            or not place.country_code or describe(taker)[1] != _STATE_FORCES:
        return sub
    if taker.country_code != place.country_code:
        return _OVERTAKES
    # At home: regained, unless the report names a non-state side that may be the taker (the coded actor
    # can be the side that lost: "RSF fighters stormed the town and held it after the army withdrew").
    return sub if non_state_named else _REGAINS


# Where a "strike" whose means the report never names ("Kharkiv strike kills 3", "a Russian strike on the
# centre of Dobropillia") is a missile, not an air strike: the places that the side striking them hits with
# missiles (Russia's strikes on Ukraine's towns; ACLED codes them Shelling/artillery/missile attack). Strikes
# elsewhere are read as the air forces' they usually are (Israel's in Gaza, a coalition's in Yemen).
_MISSILE_STRUCK = frozenset({"UA"})
# Words that name an aerial means: the report told how the strike came (debris: of what was shot down).
_AERIAL = re.compile(r"\b(?i:air|airstrikes?|aerial|aircraft|warplanes?|jets?|planes?|helicopters?|gunships?|"
                     r"drones?|glide|bomb(?:s|ed|ing|ers?)?|shaheds?|gerans?|lancets?|bayraktars?|debris|kabs?|"
                     r"fab(?:-?\d{3,4})?)\b")


# Weapons named by their model whose user in the Russia-Ukraine war the model itself says ("Shaheds hit
# Odesa", "an Iskander strike on Sumy"; "HIMARS strike near Tokmak"), as ACLED codes such a report with no
# named attacker. Only there: elsewhere the same model may be another state's.
_MODEL_WAR = frozenset({"UA", "RU"})
_RUSSIAN_MODEL = re.compile(r"\b(?i:shaheds?|gerans?(?:-2)?|lancets?|iskanders?(?:-m)?|kinzhals?|kalibrs?)\b")
_UKRAINIAN_MODEL = re.compile(r"\b(?i:himars|atacms|storm shadows?)\b")


def _model_owner(told: str, country: str) -> Actor | None:
    """The forces a weapon model named in the event's text belongs to (see _MODEL_WAR), one side only."""
    if country not in _MODEL_WAR:
        return None
    russian, ukrainian = _RUSSIAN_MODEL.search(told), _UKRAINIAN_MODEL.search(told)
    if russian and not ukrainian:
        return Actor("Russian forces", "RU", inferred=True)
    if ukrainian and not russian:
        return Actor("Ukrainian forces", "UA", inferred=True)
    return None


# The means told last before a site in its sentence: an aerial word (with its "strike": "drone strike", "air
# strike") or a bare "strike(s)" (types52): "Strikes damaged port infrastructure in Izmail, and a drone hit a
# house in Odesa" (Izmail's is the bare strike, Odesa's the drone). Read in a bounded window before the site.
_LAST_MEANS = re.compile(r"(?i:" + _AERIAL.pattern + r"(?:[ -]strikes?\b)?|\bstrikes?\b)")
_MEANS_REACH = 200  # characters before the site in which its own means is read


def _means(sub: str, place: Place, told: str, before: str = "") -> str:
    """A bare strike on a place struck by missiles is a missile attack (see _MISSILE_STRUCK); also when the
    sentence names a drone for another site and the one told last before this site is a bare strike
    (``before``: the site's sentence up to its mention; see _LAST_MEANS)."""
    if sub == "Air/drone strike" and place.country_code in _MISSILE_STRUCK:
        if not _AERIAL.search(told):
            return "Shelling/artillery/missile attack"
        told_last = [m.group() for m in _LAST_MEANS.finditer(before)]
        if told_last and told_last[-1].lower().startswith("strike"):
            return "Shelling/artillery/missile attack"
    return sub


def _figures_per_act(sentence: str, found: Iterable[ClauseReading]
                     ) -> dict[int, tuple[int | None, int | None]]:
    """(killed, injured) of each violent act when a sentence tells several, keyed by id(clause): each act's
    part runs from the joiner before its first trigger (the sentence's start for the first act) to the
    next act's part. Empty when there are fewer than two acts."""
    acts = sorted((r.clause for r in found if r.clause.family == "violence" and not r.background),
                  key=lambda c: c.start)
    if len(acts) < 2:
        return {}
    starts = [0]
    for before, act in zip(acts, acts[1:], strict=False):
        first = min(a for a, _ in act.spans or ((act.start, act.end),))
        last_end = max(b for _, b in before.spans or ((before.start, before.end),))
        joins = list(CLAUSE_JOIN.finditer(sentence, min(last_end, first), first))
        starts.append(joins[-1].start() if joins else first)
    ends = [*starts[1:], len(sentence)]
    return {id(act): casualties(sentence[a:b]) for act, a, b in zip(acts, starts, ends, strict=True)}


def _generic(actor: Actor | None) -> bool:
    """Whether an incident's actor1 is unknown or only a generic description ("Suspected jihadists")."""
    return actor is None or actor.name.split()[-1].lower().strip(".,") in _GENERIC_HEADS


def _sentence_actors(sentence: str, offset: int, ms: list[Mention], role_of: dict[int, Role]
                     ) -> tuple[list[ActorPhrase], list[Actor]]:
    """The actor phrases of a sentence that tells acts (its mentions ``ms``; the actors among them stand
    for their governments), and the fighting groups they name, in order."""
    actors = find_actors(sentence, offset, ms, [m for m in ms if role_of[id(m)].name == "actor"])
    return actors, [g for g in (fighting_group(p.actor) for p in actors) if g is not None]


def _own_trigger(located: _Located | None, clause: Clause, actors: list[ActorPhrase], sentence: str
                 ) -> tuple[int, int] | None:
    """The trigger of the clause's family nearest before a site, when a later clause of the sentence tells it
    with a subject of its own: "Houthi drones target Eilat; Israel strikes Hodeidah port" (Hodeidah's is
    "strikes", after "; Israel"), not "killed 34 soldiers in an attack on an army position in Tera"."""
    if located is None or not located.mentions or not clause.spans:
        return None
    m = located.mentions[0]
    pos = m.start - m.sentence[0]
    before = [span for span in clause.spans if span[1] <= pos]
    own = max(before) if before else None
    if own is None or own[0] <= clause.start:
        return None
    subject = next((p for p in reversed(actors) if clause.end <= p.start <= own[0] and p.side != "target"),
                   None)
    if subject is None \
            or not _NEW_CLAUSE.search(sentence, max(clause.end, subject.start - 80), subject.start):
        return None
    return own


# Where a sentence starts a clause with a subject of its own: "...; Israel strikes", "... as Yemeni forces",
# "... a day after a Houthi drone hits".
_NEW_CLAUSE = re.compile(r"[;:—]|,\s*+and\b|\b(?:while|as|after|before|when|but|whereas)\b")


def _same_side(a: Actor, b: Actor, located: _Located | None) -> bool:
    """Two phrases that name one side where the act is ("Israeli military", "Israeli forces")."""
    cc = located.place.country_code if located is not None else ""
    return canonical(Actor(a.name, a.country_code), False, cc) \
        == canonical(Actor(b.name, b.country_code), False, cc)


# "Fighting between A and B", "Heavy clashes erupted between A and B": two sides named in an order the
# writer did not choose by who attacked (sides51). At most three words between the noun and "between".
_FIGHT_BETWEEN = re.compile(r"\b(?i:fighting|clash(?:es)?|battles?|gunfights?|firefights?|skirmish(?:es)?)"
                            r"\s++(?:[\w-]{1,20}+\s++){0,3}?(?i:between)\s++(?:the\s++)?")


def _fight_between(sentence: str, a1: Actor | None) -> bool:
    """Whether ``a1`` is the first side of a "fighting between A and B" phrase of ``sentence``."""
    if a1 is None:
        return False
    return any(sentence.startswith(a1.name, m.end()) for m in _FIGHT_BETWEEN.finditer(sentence))


def _other_of_two(inc: _Incident, a1: Actor | None, a2: Actor | None) -> bool:
    """Whether a later unplaced sentence's agent ``a1`` (and its object ``a2``, when any) is the SECOND side
    of ``inc``'s "fighting between A and B" ("... between Malian soldiers and JNIM jihadists. The jihadists
    attacked the army camp"): then the one who attacked is actor1 (sides51)."""
    if not inc.between or a1 is None or inc.actor1 is None or inc.actor2 is None:
        return False
    cc = inc.location.country_code if inc.location is not None else ""
    first = canonical(Actor(inc.actor1.name, inc.actor1.country_code), False, cc)
    second = canonical(Actor(inc.actor2.name, inc.actor2.country_code), False, cc)
    agent = canonical(Actor(a1.name, a1.country_code), False, cc)
    if agent is None or first is None or second is None or agent.name == first.name:
        return False
    if agent.name != second.name and not (second.name in _DESCRIPTIONS
                                          and group_inter(agent.name) in _ARMED_INTERS):
        return False
    hit = canonical(Actor(a2.name, a2.country_code), False, cc) if a2 is not None else None
    return a2 is None or (hit is not None and hit.name == first.name)


# The defender downed the weapons ("Israeli air defences intercepted most of a salvo of Houthi drones",
# "downed 40 of 52 Russian drones"), and one got through after them ("..., but one hit a hotel in Eilat",
# "while one missile struck the Soroka hospital in Beersheba"): the hit is the launcher's (sides57).
_DOWNED_WEAPONS = re.compile(r"\b(?i:intercept(?:ed|s)|shot\s++down|shoots\s++down|downed|downs)\b")
_ONE_GOT_THROUGH = re.compile(r"(?:,\s*+|\s++)(?i:but|while|although|though|and)\s++"
                              r"(?i:one|another|a\s++(?:second|third)|two|three|several|some|at\s++least\s++one)\b(?:\s++(?:of\s++them|[a-z]{3,12}+)){0,2}?"
                              r"\s++(?:hit|struck|slammed|crashed|fell|landed|exploded|damaged|killed)\b")


def _got_through(located: _Located | None, a1: Actor | None, a2: Actor | None, actors: list[ActorPhrase],
                 sentence: str) -> Actor | None:
    """The launcher of a weapon the sentence has ``a1`` down before one of them hits the site (the rule
    above): the weapon's phrase ``a2`` as actor1, else None."""
    if located is None or a1 is None or a2 is None:
        return None
    weapon = next((p for p in actors if p.actor.name == a2.name and weapon_phrase(p)), None)
    defender = next((p for p in actors if p.actor.name == a1.name), None)
    if weapon is None or defender is None or not 0 <= weapon.start - defender.end <= 120 \
            or _DOWNED_WEAPONS.search(sentence, defender.end, weapon.start) is None:
        return None
    one = _ONE_GOT_THROUGH.search(sentence, weapon.end, weapon.end + 80)
    if one is None or not any(m.text in sentence[one.end():] for m in located.mentions):
        return None
    return Actor(weapon.actor.name, weapon.actor.country_code)


def _sides_at(located: _Located | None, clause: Clause, actors: list[ActorPhrase], sentence: str
              ) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of a clause's act at a site: told by the trigger nearest before the site when a
    later clause of the sentence has one of its own ("...; Israel strikes Hodeidah port", "... a day after
    a Houthi drone hits Tel Aviv"), else by the clause's deciding trigger."""
    a1, a2 = _sides_of(located, clause, actors, sentence)
    if clause.sub_event_type != "Disrupted weapons use" \
            and (launched := _got_through(located, a1, a2, actors, sentence)) is not None:
        return launched, None
    return a1, a2


def _sides_of(located: _Located | None, clause: Clause, actors: list[ActorPhrase], sentence: str
              ) -> tuple[Actor | None, Actor | None]:
    """:func:`_sides_at` before the launcher rule."""
    own = _own_trigger(located, clause, actors, sentence)
    if own is not None:
        a1, a2 = sides(actors, own[0], own[1], sentence)
        if a1 is not None:
            return a1, a2
    a1, a2 = sides(actors, clause.start, clause.end, sentence)
    if a1 is None or a2 is None:
        # "Fighting raged around Kalehe, where M23 rebels clashed with Congolese troops", "gunfire was heard
        # in Gondar as Fano fighters clashed with federal troops": a later clause of the same act with a
        # subject of its own names both sides.
        starts = [p.start for p in actors]  # (phrases are in text order)
        later = next(((span, p) for span in clause.spans if span[0] > clause.end
                      for p in actors[bisect.bisect_left(starts, max(clause.end, span[0] - 150)):
                                      bisect.bisect_left(starts, span[0])]
                      if p.side != "target"
                      and _WHERE_CLAUSE.search(sentence, max(clause.end, p.start - 24), p.start)), None)
        if later is not None:  # the first such clause only
            b1, b2 = sides(actors, later[0][0], later[0][1], sentence)
            if b1 is not None and b2 is not None and (a1 is None or a1 == b1):
                return b1, b2  # (not another act: "Junta jets bombed Lashio as the rebels closed in")
    return a1, a2


# The opener of a clause that retells the act with its sides: ", where", " as" (after the act's clause).
_WHERE_CLAUSE = re.compile(r",\s*+where\b|(?<!such\s)(?<!well\s)\bas\b")


# A launch told in one sentence and stopped in the next (types61): "The Houthis said they fired a missile at
# an air base near Beersheba. The Israeli military said the missile was intercepted." The weapon did not
# strike the place: it is the interception's site (Disrupted weapons use: actor1 the force that stopped it,
# actor2 the launcher, the guide). The launch sentence tells a launch before the site and no hit; the next
# sentence tells the weapons stopped, places no act of its own and tells no hit, nor only a part stopped
# ("most were intercepted": a part may have struck).
# (a launch verb, not the noun: "caused a fire at the Kursk nuclear power plant" is a hit; and a weapon named)
_LAUNCH_BEFORE_SITE = re.compile(r"\b(?:fired|launched|launches|targeted|targets)\b")
_LAUNCHED_WEAPON = re.compile(r"\b(?:drones?|missiles?|rockets?|uavs?)\b")
_STOPPED_IN_NEXT = re.compile(r"\b(?:intercept(?:ed|s|ing)|shot down|shoots down|downed|"
                              r"(?:shot|shoots) (?:it|them) down|destroyed (?:it|them|both|all)\b|"
                              r"destroyed (?:\w{1,30} ){0,3}?(?:drones|missiles|rockets|uavs)\b|"
                              r"(?:drones|missiles|rockets|uavs) (?:were|had been) destroyed)")
_PART_STOPPED = re.compile(r"\b(?:most|some|several|many|part|all but)\b")
# ... the target's own denial of a hit is none: "the warship intercepted the drones and was not damaged"
_NOT_HIT = re.compile(r"\b(?:was|were) not (?:hit|damaged)\b")


def _launch_stopped(incidents: list[_Incident], text: str, spans: list[tuple[int, int]],
                    in_sentence: dict[tuple[int, int], list[Mention]], role_of: dict[int, Role]) -> None:
    """A remote strike placed by a launch sentence whose next sentence tells the weapons stopped becomes that
    interception (see _LAUNCH_BEFORE_SITE): actor2 the launcher, actor1 the side the next sentence names.
    (Each sentence is read once, whatever the number of incidents it placed.)"""
    order = {span: i for i, span in enumerate(spans)}
    told = {span for inc in incidents if inc.location is not None for span in inc.spans}
    launches: dict[tuple[int, int], int] = {}  # a launch sentence's first launch word (-1: none, or a hit)
    stops: dict[tuple[int, int], tuple[int, list[ActorPhrase]] | None] = {}  # the next sentence's stop
    for inc in incidents:
        if inc.kind != "violence" or inc.sub not in _STRIKES or inc.location is None \
                or len(set(inc.spans)) != 1 or not inc.mentions or inc.fatalities or inc.injuries:
            continue
        span = inc.spans[0]
        i = order.get(span)
        site = inc.mentions[0]
        if i is None or i + 1 >= len(spans) or not span[0] <= site.start < span[1] or spans[i + 1] in told:
            continue
        if span not in launches:
            sentence = text[span[0]:span[1]].lower()
            first = _LAUNCH_BEFORE_SITE.search(sentence)
            launches[span] = -1 if first is None or tells_impact(sentence) \
                or _LAUNCHED_WEAPON.search(sentence) is None else span[0] + first.start()
        if not 0 <= launches[span] < site.start:
            continue
        after = spans[i + 1]
        if after not in stops:
            stops[after] = _stopped_next(text, after, in_sentence, role_of)
        stopped = stops[after]
        if stopped is None:
            continue
        at, phrases = stopped
        launcher_name = inc.actor1.name if inc.actor1 is not None else None
        stopper = next((p.actor for p in phrases if p.start < at and p.actor.name != launcher_name), None)
        inc.kind = inc.sub = "Disrupted weapons use"
        inc.specific = True
        inc.actor1, inc.actor2 = stopper, inc.actor1


def _stopped_next(text: str, after: tuple[int, int], in_sentence: dict[tuple[int, int], list[Mention]],
                  role_of: dict[int, Role]) -> tuple[int, list[ActorPhrase]] | None:
    """Where the sentence ``after`` tells weapons stopped, with its actor phrases, when it tells no hit and
    not only a part stopped (see _LAUNCH_BEFORE_SITE); else None."""
    nxt = _NOT_HIT.sub(lambda m: " " * len(m.group()), text[after[0]:after[1]].lower())
    stop = _STOPPED_IN_NEXT.search(nxt)
    if stop is None or _SEPARATE.match(nxt) or _PART_STOPPED.search(nxt, 0, stop.start()) is not None \
            or tells_impact(nxt[:stop.start()] + " " * (stop.end() - stop.start()) + nxt[stop.end():]):
        return None
    ms = in_sentence.get(after, [])
    return stop.start(), find_actors(text[after[0]:after[1]], after[0], ms,
                                     [m for m in ms if role_of[id(m)].name == "actor"])


def _carry_actors(incidents: list[_Incident]) -> None:
    """An attack told with no perpetrator takes the last one the article named for an attack of the same
    event type ("Russia launched a combined attack on Kyiv ... A missile destroyed part of a building in
    the Solomianskyi district ... a drone attack on Odesa killed two"): wire copy names the side once."""
    last: dict[str, Actor] = {}
    foreign: dict[tuple[str, str], Actor] = {}  # (type, country attacked) -> the last other state's forces
    named: Actor | None = None  # the last perpetrator of any violent incident the article named
    for inc in incidents:
        if inc.kind != "violence":
            continue
        event_type = EVENT_TYPE_OF[inc.sub]
        where = inc.location.country_code if inc.location is not None else ""
        if inc.actor1 is not None:
            last[event_type] = inc.actor1
            if not _generic(inc.actor1) or named_group(inc.actor1) is not None:  # ("Al Shabaab fighters")
                named = inc.actor1
            state = _state_of(inc.actor1, where)
            if state and where and state != where:
                foreign[(event_type, where)] = inc.actor1
        elif event_type in _CARRIED and (event_type in last or named is not None):
            # "Russia launched one of its largest attacks on Kyiv ... A missile destroyed ...": the side
            # named for the story's first attack, whatever its type, when none of this type was named.
            inc.actor1 = last.get(event_type, named)
            if _state_of(inc.actor1, where) == where and (event_type, where) in foreign:
                # "Russian attacks killed three in Kherson Oblast ... Ukrainian drones hit Novorossiysk ...
                # a drone struck a minibus in Bilozerka": not the state's own forces on its own town, but the
                # other state's that the story has striking this country.
                inc.actor1 = foreign[(event_type, where)]
            if inc.actor2 is not None and inc.actor2 == inc.actor1:
                inc.actor2 = None


# A striker's word on what it aimed at: "The Israeli military said it had targeted a Hamas militant".
_SAID_TARGETED = re.compile(r"\b(?:said|says|claimed|stated)\s++(?:that\s++)?(?:it|they)\s++"
                            r"(?:had\s++|has\s++|have\s++)?(?:targeted|struck|hit|attacked)\b")

# An armed post named only as where a blast went off ("A car bomb exploded outside a military base ...,
# killing seven civilians", "Suicide bomber kills 12 civilians near army checkpoint", "near an air force
# base"): the post is a landmark, not the side hit; the toll that names civilians names the victims
# (actors47). A locative preposition, up to three words, then the post's noun; an object of the act
# ("targeting a police patrol", "attacked a checkpoint") is no landmark and keeps its force.
_BESIDE_POST = re.compile(r"\b(?i:near|outside|close\s++to|next\s++to|beside|opposite)\s++"
                          r"(?:(?i:a|an|the)\s++)?(?:[\w'’-]{1,30}+\s++){0,3}?"
                          r"(?i:posts?|outposts?|stations?|bases?|checkpoints?|check\s++posts?|barracks|"
                          r"headquarters|camps?|garrisons?|academy|school)\b")
# The post's force as the sentence names it beside the post ("near a military air base": "military"), read
# as the side hit when the post's noun does not follow it at once.
_POST_OWNERS = frozenset({"military", "army", "police", "gendarmerie", "forces", "troops", "soldiers"})


# The other side a toll's victims name (casualties.victims): bare soldiers are the event country's forces
# (canonical(): "Soldiers arrested 12 in Bunia" -> "Congolese forces").
_INTERVENED = frozenset({"Protest with intervention", "Violent demonstration"})
# The crowds whose dead a later bare toll at their town counts (not a peaceful protest: no one died there).
_CROWD_KINDS = ("Violent demonstration", "Mob violence", "Protest with intervention",
                "Excessive force against protesters")
# The dead as the subject, no agent: "At least three people were killed in Matola", "Two protesters died".
_PASSIVE_TOLL = re.compile(r"\b(?:were|was|have\s+been|had\s+been)\s+(?:killed|shot\s+dead)\b(?!\s+by\b)"
                           r"|\bdied\b", re.IGNORECASE)
_VICTIM_ACTORS = {"police": Actor("police", ""), "forces": Actor("soldiers", ""),
                  "civilians": Actor("civilians", ""), "militants": Actor("militants", ""),
                  "peacekeepers": Actor("United Nations", "")}
_MILITANTS = _VICTIM_ACTORS["militants"]


# "four other members" beside a group's named dead ("killed Hezbollah's top commander and four other
# members"): the same group's, not a part that names no group (as "three others" is).
# ("four other members of the group": the report now runs to the group's noun after "of")
_OTHER_MEMBERS = re.compile(r"\b(?i:other|more)\s++members(?:\s++of\s++[^,;]{1,60}+)?$")


# Words that can deny a claim in the sentence after it: only then is a sentence's claim read for it. Talks and
# statements are no claims of an act.
_DENIAL_NEAR = re.compile(r"\b(?:den(?:ies|ied)|reject(?:s|ed)|dismiss(?:es|ed)|refut(?:es|ed))\b")
_DENIAL_NEAR_CHARS = 120
_SPOKEN = frozenset({"Statement", "Meeting/talks", "Diplomatic protest", "Agreement"})


def _previous_sentence(text: str, start: int) -> str:
    """The sentence that ends just before ``start`` (up to 300 characters of it), with a space after."""
    head = text[max(0, start - 300):start].rstrip()
    cut = max(head.rfind(". ", 0, len(head) - 1), head.rfind(".\n", 0, len(head) - 1),
              head.rfind("\n", 0, len(head) - 1))
    return head[cut + 1:] + " "


def _next_sentence(text: str, end: int) -> str:
    """The sentence that starts at or after ``end`` (up to 300 characters of it)."""
    tail = text[end:end + 300]
    stop = min((i for i in (tail.find(". ", 1), tail.find(".\n", 1)) if i >= 0), default=len(tail))
    return " " + tail[:stop + 1]


# A toll of people "including" a named group's member ("killed four people, including a senior Hezbollah
# commander"): the strike's target is that group.
_INCLUDED_MEMBER = re.compile(
    r"\b(?i:including)\s++(?:(?i:a|an|the|one|two|three|four|five|several|its)\s++)?"
    r"(?:(?i:senior|top|local|field|military|prominent)\s++)?(?P<who>[\w'’-]++(?:\s++[\w'’-]++)?)\s++"
    r"(?i:commanders?|members?|fighters?|officials?|leaders?|operatives?)\b")


# A toll that names a group's leader and then only "N others" / "N other people" ("killed Hezbollah's top
# military commander and four others", "killed a senior ISWAP commander and five other people"): the
# others are the people around the target, and the strike's target is the leader's group (actors59).
# Not a toll of the group's rank and file beside others ("two PKK fighters and three others": no side).
_LEADER_OF_TOLL = re.compile(r"\b(?i:commanders?|leaders?|chiefs?|emirs?)\b")
_ONLY_OTHERS = re.compile(r"(?:[\w-]{1,20}\s{1,3})?(?i:others|other\s{1,3}(?:people|persons|men))")


def _victim_group(sentence: str) -> Actor | None:
    """The armed group of the actor table whose members every report of the sentence counts ("killing two
    PKK fighters", "15 Boko Haram fighters were killed"), or whose member the plain people counted include
    ("killed four people, including a senior Hezbollah commander"): the act's other side when no phrase
    names it (inferred_target), or whose leader the toll names beside only others ("killed Hezbollah's top
    commander and four others"). None when a report or a part of one names no group ("two PKK fighters and
    three others") or two name different ones."""
    parts = [part for words in victim_words(sentence) for part in words.replace(",", " and ").split(" and ")
             if not _OTHER_MEMBERS.search(part)]
    named = [(part, named_group(Actor(part))) for part in parts]
    groups = {group for _, group in named}
    if len(groups) == 2 and None in groups \
            and all(_LEADER_OF_TOLL.search(part) for part, group in named if group is not None) \
            and all(_ONLY_OTHERS.fullmatch(part.strip()) for part, group in named if group is None):
        groups.discard(None)  # the leader's group: the others are the people around him
    if groups == {None}:
        included = {named_group(Actor(m.group("who"))) for m in _INCLUDED_MEMBER.finditer(sentence)}
        return included.pop() if len(included) == 1 else None
    if len(groups) != 1:
        return None
    return groups.pop()


def _state_of(actor: Actor | None, event_country: str) -> str:
    """The country whose state forces an actor phrase names ("Ukrainian drones": UA), else ""."""
    coded = canonical(actor, event_country=event_country)
    if coded is None or not coded.country_code or not coded.name.endswith(" forces"):
        return ""
    adjective = COUNTRIES.get(coded.country_code, {}).get("adjective")
    return coded.country_code if adjective and coded.name == f"{adjective} forces" else ""


# The heads of a description of a non-state armed group's members that names no group ("jihadists",
# "Jihadist fighters", "the insurgents"), and the modifiers that add nothing to who they are.
_MEMBER_WORDS = frozenset({"militants", "jihadists", "insurgents", "rebels", "islamists", "extremists",
                           "fighters", "terrorists"})
_PLAIN_MODS = frozenset({"the", "suspected", "armed", "heavily", "heavily-armed", "jihadist", "islamist",
                         "extremist", "islamic", "militant", "insurgent", "rebel", "some", "several",
                         "dozens", "hundreds", "of", "its", "their", "alleged"})


def _member_words(actor: Actor | None) -> bool:
    """Whether an actor is only a description of armed group members ("Suspected jihadists", "Jihadist
    fighters", "the rebels"), not a group of its own ("Tuareg rebels", "separatist fighters")."""
    if actor is None:
        return False
    words = actor.name.lower().replace("’", "'").split()
    return bool(words) and words[-1] in _MEMBER_WORDS and all(w in _PLAIN_MODS for w in words[:-1])


def _story_actor(incidents: list[_Incident], text: str) -> None:
    """Violent incidents whose perpetrator is only described ("Jihadists attacked the army camp in
    Timbuktu") are the one armed group the story names ("... Fighters of the al-Qaida-linked JNIM also set
    up roadblocks"), unless that group is the other side; so are the group's arson and looting ("the same
    militants torched the market in Tera"). "Paramilitary forces" are the paramilitary group the story names
    ("Paramilitary shelling of the camp ... The Rapid Support Forces have besieged"), "militia" the one
    militia ("blamed the White Army ... The militia overran")."""
    acting: list[tuple[_Incident, str]] = []
    # The other side described the same way ("troops killed 17 militants", "a strike on a gathering of
    # fighters"): the story's group too, when it is not the side that acted.
    # ... and the side that left a town to the troops ("troops entered Dori after the fighters withdrew":
    # targets54).
    targets = [inc for inc in incidents if inc.kind in ("violence", _HANDOVER) and _member_words(inc.actor2)]
    for inc in incidents:
        if inc.kind not in _GROUP_ACTS or inc.actor1 is None:
            continue
        first = text[inc.spans[0][0]:inc.spans[0][1]] if inc.spans else ""
        if inc.kind != "violence" and _SEPARATE.match(first):
            continue  # "Separately, suspected militants set fire to a mast": maybe not the story's group
        coded = canonical(inc.actor1, event_country=inc.location.country_code if inc.location else "")
        if _member_words(inc.actor1) or (coded is not None and coded.name in _DESCRIPTIONS):
            acting.append((inc, ""))  # "the rebels", and a Title Case headline's "Jihadists Strike"
            continue
        if coded is not None and coded.name in _DESCRIBED_INTERS:
            acting.append((inc, coded.name))
    if not acting and not targets:
        return
    group = story_group(text)
    described_jihadists = any(_jihadist_words(inc.actor1) for inc, _ in acting)
    jihadist = story_group(text, jihadist=True) if described_jihadists else None
    for inc, described in acting:
        # "Jihadists" are the story's one jihadist group, never the militia they killed ("killing soldiers and
        # members of the VDP militia") nor the rebels it names beside them.
        own = jihadist if _jihadist_words(inc.actor1) else group
        if own is None:
            continue
        if described and group_inter(own.name) not in _DESCRIBED_INTERS[described]:
            continue
        if inc.actor2 is None or named_group(inc.actor2) != own:
            inc.actor1 = _local(own, inc)
    if group is None and targets:
        # "Army drones struck a column of fighters" in a story that names JNIM and the VDP militia it killed,
        # or the TTP and Afghanistan's Taliban: the fighters struck are the story's one rebel group (not
        # when it names two: "the TTP ... the Baloch Liberation Army ... troops killed five militants")
        # (targets53).
        group = story_group(text, rebels=True)
    if group is None:
        return
    for inc in targets:
        assert inc.actor2 is not None
        first = inc.spans[0][0] if inc.spans else 0
        if named_group(inc.actor1) != group and not _of_a_group(text, first, inc.actor2.name):
            inc.actor2 = _local(group, inc)


# A description of a cartel's men that names no cartel ("suspected cartel members", "cartel gunmen"), and the
# incidents whose other side it can be: the army's clash with them, its arrest of them (targets54).
_CARTEL_MEN = frozenset({"cartel", "suspected", "alleged", "armed", "the", "gunmen", "members", "men"})
_CARTEL_TARGET_KINDS = frozenset({"violence", "Arrests"})


def _story_cartel_target(incidents: list[_Incident], text: str) -> None:
    """The cartel men an act's other side only describes ("soldiers arrested 14 suspected cartel members in
    Navolato") are the story's one cartel ("... rival factions of the Sinaloa Cartel"): ACLED codes the
    cartel. Not when the story names two cartels (story_cartel), nor when the cartel men acted."""
    targets = [inc for inc in incidents if inc.kind in _CARTEL_TARGET_KINDS and inc.actor2 is not None
               and "cartel" in inc.actor2.name.lower().split()
               and set(inc.actor2.name.lower().split()) <= _CARTEL_MEN]
    if not targets:
        return
    cartel = story_cartel(text)
    if cartel is None:
        return
    for inc in targets:
        if named_group(inc.actor1) != cartel:
            inc.actor2 = cartel


def _ally_not_target(incidents: list[_Incident], text: str) -> None:
    """An other side that opens with "allied" ("Somali troops and allied clan militias entered Mahaday after
    al-Shabaab fighters withdrew": the pair read as the two sides) is the acting side's ally, not the side
    it acted on: the other side is the story's one armed group, when that is not the acting side's
    (targets54). "Al-Shabaab attacked allied clan militias" keeps them: the story's group acted."""
    allied = [inc for inc in incidents if inc.actor1 is not None and inc.actor2 is not None
              and inc.actor2.name.lower().startswith("allied ")]
    group = story_group(text) if allied else None  # one pass over the text, not one per incident
    if group is None:
        return
    for inc in allied:
        if named_group(inc.actor1) != group:
            inc.actor2 = _local(group, inc)


def _names_the_described(inc: _Incident, actor: Actor | None) -> bool:
    """Whether ``actor``, the agent of a later sentence that tells ``inc`` again, names the armed group
    (of the actor table) that ``inc``'s agent only described ("jihadists", "the insurgents"), and is not
    its other side."""
    if actor is None or inc.actor1 is None:
        return False
    where = inc.location.country_code if inc.location is not None else ""
    told = canonical(inc.actor1, event_country=where)
    if not _member_words(inc.actor1) and (told is None or told.name not in _DESCRIPTIONS):
        return False
    coded = canonical(actor, event_country=where)
    if coded is None or group_inter(coded.name) not in _ARMED_INTERS:
        return False
    other = named_group(inc.actor2)
    return other is None or other.name != coded.name


_ARMED_INTERS = frozenset({2, 3, 4})  # ACLED's rebels, political and identity militias
# The actor table's classes that only describe an armed group's members ("Jihadists attack", "Insurgents").
_DESCRIPTIONS = frozenset({"jihadists", "militants", "insurgents", "rebels"})


def _jihadist_words(actor: Actor | None) -> bool:
    """Whether a description of armed men calls them jihadists or Islamists ("Suspected jihadists",
    "Islamist militants")."""
    return actor is not None and any(w.startswith(("jihad", "islamist")) for w in actor.name.lower().split())


def _local(group: Actor, inc: _Incident) -> Actor:
    """The story's group where the incident happened: its affiliate there when it is a transnational one."""
    return local_affiliate(group, inc.location.country_code) if inc.location is not None else group


_OF_WINDOW = 200  # characters after an act's trigger searched for "fighters of <a group>"

# The other side of an act told by reference to the story's group: "Rwandan troops later clashed with the
# group near Mocimboa da Praia", "an airstrike against the group near Jilib" (actors64). Read in the
# characters after the act's trigger.
_AGAINST_THE_GROUP = re.compile(r"\b(?i:with|against)\s++the\s++(?:same\s++)?(?i:group)\b(?!['’])")
_AGAINST_WINDOW = 40


# "killed 12 militants of the group", "fighters of the same group": the story's group again, not another
# (targets53).
_THE_STORYS_GROUP = ("the group", "the same group", "that group", "the militant group", "the armed group")


def _of_a_group(text: str, start: int, name: str) -> bool:
    """Whether a description is followed by "of" near the act ("clashed with fighters of the AAKG militia"):
    the members of a group named there (perhaps one the table lacks), not the story's group ("militants of
    the group")."""
    window = text[start:start + _OF_WINDOW].lower()
    at = window.find(name.lower() + " of ")
    if at < 0:
        return False
    after = at + len(name) + 4
    # "of the group's", not "of the groups"
    return not any(window.startswith(the, after) and not window[after + len(the):][:1].isalnum()
                   for the in _THE_STORYS_GROUP)


# The incidents an armed group's described members act in, and the classes the actor table gives a
# description that names a kind of group: the story's one group of that kind (ACLED's inter code: 2 rebels,
# 3 political militias, 4 identity militias).
_GROUP_ACTS = frozenset({"violence", "Looting/property destruction"})
_DESCRIBED_INTERS: dict[str, frozenset[int]] = {"paramilitary forces": frozenset({2, 3}),
                                                "militia": frozenset({3, 4})}


_CARRIED = ("Explosions/Remote violence",)  # remote attacks: a story's strikes are usually one side's


# A claim of several acts: "claimed both attacks", "blamed the coordinated attacks on", "the killings".
_SEVERAL_ACTS = re.compile(r"\b(?i:both|all\s++(?:the\s++|three\s++|four\s++)?|the\s++(?:[\w-]{1,20}+\s++)?"
                           r"(?:attacks|bombings|killings|strikes|raids|assaults|ambushes|blasts))\b")


# A relative clause that tells a group's past ("rebels, who have fought ... since January", "the army, which
# has repeatedly bombed"): what comes before it is the sentence's main clause.
_HISTORY_CLAUSE = re.compile(r"(?:\s*+,\s*+|\s++)(?:who|which)\s++(?:has|have|had)\b")


def _history_cut(sentence: str) -> str:
    """The sentence before its first relative clause of a perfect tense, or "" when it has none."""
    m = _HISTORY_CLAUSE.search(sentence)
    return sentence[:m.start()] + "." if m else ""


def _claimed(incidents: _Incidents, who: Actor, span: tuple[int, int], sentence: str,
             named: frozenset[tuple[str, str]] = frozenset()) -> None:
    """Make ``who`` actor1 of the violent incidents a claim or blame is about, where they name no one more
    specific: those the claiming sentence places itself ("blamed FARC dissidents for the attack in Cali"),
    else those at a place the sentence names ("blamed FARC dissidents for the Cali bombing": ``named``, the
    (name, country) of its places that are no actor), else every place of the last sentence that told one
    ("Militants attacked A, B and C. JNIM claimed ..."), and when it claims several acts ("both attacks",
    "the coordinated attacks"), every one told since the story's last claim."""
    violent = incidents.of_kind.get("violence")
    # A story whose one placed act is arson told as an attack ("Gunmen attacked a convoy of fuel tankers near
    # X, burning 40 trucks. JNIM said its fighters had carried out the attack"): the claim is the burning's
    # (types51: a24-080), when no violent act has a place. The last one only.
    burned = incidents.of_kind.get(_LOOTING)
    if burned and _generic(burned[-1].actor1) and all(inc.location is None for inc in violent or ()):
        burned[-1].actor1 = who
        incidents.claimed = len(violent or ())  # (claimed, as the act was before it read as arson)
        return  # (not an unplaced act's, which a later sentence may place: b36-074's air strike)
    if not violent:
        return
    if _SEVERAL_ACTS.search(sentence):
        about = violent[incidents.claimed:]
    else:
        # A story of two acts whose blame names one by its place ("A bomb exploded in A ... Hours later
        # gunmen attacked B ... The governor blamed Boko Haram for the A bombing"): that act, not the last
        # one told, which the sentence's back-reference joined (blind b38-065, b50-064; sides53).
        # (A blame only: a side owning its own act "said it had carried out an airstrike near X" places it.)
        about = [inc for inc in violent[incidents.claimed:] if span in inc.spans]
        if named and _BLAME_VERB.search(sentence) and not any(_at_named(inc, named) for inc in about):
            about = [inc for inc in violent[incidents.claimed:] if _at_named(inc, named)] or about
        if named and not any(_at_named(inc, named) for inc in about) \
                and _CLAIMED_EARLIER_VERB.search(sentence):
            # A claim naming the place of an act told earlier ("ISWAP claimed the Marte attack"), even one
            # told before the story's last claim ("... The Baloch Liberation Army claimed the blast. The TTP
            # claimed the Dera Ismail Khan and Orakzai attacks"): those acts (the earlier ones only where
            # their perpetrator was only described, no group named: "Boko Haram fighters" stays), not the
            # last one told (actors63).
            earlier = [inc for inc in violent[:incidents.claimed] if _generic(inc.actor1)
                       and (inc.actor1 is None or fighting_group(inc.actor1) is None)]
            about = [inc for inc in violent[incidents.claimed:] if _at_named(inc, named)] \
                or [inc for inc in earlier if _at_named(inc, named)] or about
        told = next((t for t in reversed(violent[-1].spans) if t != span), None)
        about = about or [inc for inc in violent[incidents.claimed:] if told in inc.spans] or violent[-1:]
    incidents.claimed = len(violent)
    initiated = _INITIATED_BY.search(sentence) is not None
    for inc in about:
        if not _generic(inc.actor1):
            where = inc.location.country_code if inc.location is not None else ""
            if initiated and inc.sub == "Armed clash" and inc.actor1 is not None \
                    and not _one_side(inc.actor1, who, where) \
                    and (inc.actor2 is None or _generic(inc.actor2) or _one_side(inc.actor2, who, where)
                         or _one_side(inc.actor2, inc.actor1, where)):
                # "Troops and M23 rebels fought near X ... The M23 said its fighters had launched the
                # offensive": the side whose operation it says it was is actor1, the side named first the
                # other; the other side only described ("jihadist fighters"), or read as the first side again
                # (its teller "The army said ..."), is the teller too (sides54).
                inc.actor1, inc.actor2 = who, inc.actor1
            continue
        inc.actor1 = who
        if inc.actor2 is not None and inc.actor2.name == who.name:
            inc.actor2 = None  # "blamed the attack on the RSF" read the group as the target


def _one_side(a: Actor, b: Actor, where: str) -> bool:
    """Whether two actor phrases name one side ("M23 rebels", "The M23"; "Cambodian troops", "Cambodia's
    defence ministry"; "Afghan forces", "The Taliban" in Afghanistan), by the actor table in ``where``."""
    if a.name == b.name:
        return True
    one, other = canonical(a, event_country=where), canonical(b, event_country=where)
    return one is not None and other is not None and one.name == other.name


_BLAME_VERB = re.compile(r"\b(?:blam(?:ed|es|e|ing)|attribut(?:ed|es|e|ing))\b")
# The verbs of a claim or blame that can reach back past the story's last claim to the acts it places.
_CLAIMED_EARLIER_VERB = re.compile(r"\b(?:claim(?:ed|s)|blam(?:ed|es))\b")


def _at_named(inc: _Incident, named: frozenset[tuple[str, str]]) -> bool:
    return inc.location is not None and (inc.location.name, inc.location.country_code) in named


def _named_places(ms: list[Mention], role_of: dict[int, Role]) -> frozenset[tuple[str, str]]:
    """The (name, country) of the places a claiming sentence names that are no actor ("for the Cali
    bombing"; not "Kabul blamed Islamabad")."""
    return frozenset((m.place.name, m.place.country_code) for m in ms
                     if m.place is not None and not m.demonym and role_of[id(m)].name != "actor")


def _kind(clause: Clause) -> str:
    return "violence" if clause.family == "violence" else clause.sub_event_type


def _own_killing(sentence: str, clause: Clause, last_sub: str) -> bool:
    """Whether a generic killing with civilians as its verb's object is an act of its own, not the dead of
    the fight just told counted at a place ("Fighting between ELN guerrillas and FARC dissidents in the
    Catatumbo region has killed 80 since Thursday. On Sunday, ELN fighters killed a couple in Tibu": the
    couple's killing is an Attack, as the blind files code it: b31-045, b41-068, b47-065; types49). The
    dead counted as a subject ("Three of the dead were in Beryslav") stay the act just told."""
    return last_sub == "Armed clash" and clause.sub_event_type == "Attack" \
        and object_victims(sentence.lower(), clause.start, clause.end) == "Attack"


def _other_side_strike(inc: _Incident, clause: Clause, sentence: str) -> bool:
    """Whether an unplaced remote strike on the attackers is another act than the generic attack just told,
    which its victims made a battle or an attack on civilians ("Jihadists attacked an army post in X, killing
    15 soldiers ... Army drones later struck the fleeing attackers", "air strikes had neutralised 15
    assailants as they withdrew towards Y"): the other side's act, an event of its own (ACLED's unit: one
    sub-type at a place), not the attack retyped with both figures summed (types62: blind b60-068, b60-080).
    Its sentence places nothing the coder can code, so it codes nothing, as ``at_sub`` keeps a placed one
    apart; told in the pluperfect ("air strikes had neutralised 15 assailants"), it is still the other side's
    act, not the attack referred back to. A strike that names no attackers as its target ("Missiles hit a
    school") is the attack's means."""
    if inc.specific or inc.sub not in ("Attack", "Armed clash") or inc.location is None \
            or not clause.specific or clause.sub_event_type not in _OTHER_SIDE_STRIKES:
        return False
    return _ON_THE_ATTACKERS.search(sentence, clause.start, clause.end + _ON_THE_ATTACKERS_REACH) is not None


# The remote strikes a side sends after the attackers (its air force's, its artillery's), never the attack's
# own means: a bomb or grenade told after an attack is its weapon ("the attackers threw a grenade").
_OTHER_SIDE_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
# The attackers as the strike's target: "struck the fleeing attackers", "killed 12 of the assailants",
# "pursued the attackers", "as they withdrew / fled / retreated" (bounded words, one look); not a kind of
# people struck elsewhere ("jets struck bandit camps ..., killing scores of terrorists": b58-072).
_ON_THE_ATTACKERS = re.compile(
    r"\b(?:the|fleeing|retreating|withdrawing)\s{1,3}(?:(?:fleeing|retreating|withdrawing)\s{1,3})?"
    r"(?:attackers|assailants|raiders|insurgents|militants|jihadists|gunmen|terrorists|fighters|rebels)\b"
    r"|\bas\s{1,3}they\s{1,3}(?:fled|withdrew|retreated|pulled\s{1,3}back)\b", re.IGNORECASE)
_ON_THE_ATTACKERS_REACH = 120  # characters after the strike's trigger in which its target is read


def _joins(inc: _Incident, clause: Clause) -> bool:
    """Whether ``clause`` can tell ``inc``: the same sub-event type, or either told only generically."""
    return (inc.sub == clause.sub_event_type or not inc.specific or not clause.specific
            or clause.back_reference)


_AREAS = ("country", "admin1")  # the parents that contain other places, by the gazetteer's codes
# An ALL-CAPS place before a colon heads a one-line report ("SWEIDA: Clashes between Druze fighters and
# Bedouin tribes kill 30", heads67, b69-010): wire datelines take a dash or a filing day ("KHARKIV —",
# "PESHAWAR, Oct 3 (APP) -"), not a bare colon. Anchored at the name's end: constant time.
_HEADING_COLON = re.compile(r" ?: ")


def _capital_heading(dateline: Mention, sentence: str) -> bool:
    """Whether the ALL-CAPS dateline ``dateline`` heads the one-line ``sentence`` with a colon."""
    return _HEADING_COLON.match(sentence, dateline.end - dateline.sentence[0]) is not None


# Words are spoken in a town or a building, never in a province, a country or a sea (the corpus codes no
# statement there: 553 of its 555 are at a town, precision 1): a province named beside a speaker is the
# content's ("In South Kordofan, residents said shells ...") or the speaker's post ("the army spokesman in
# Ituri"), not where the words were said (political37, session 31).
_NO_PLACE_OF_SPEAKING = frozenset({"country", "admin1", "region", "continent", "water"})


def _inside(child: Place, parent: Place) -> bool:
    """Whether ``child`` lies within ``parent``, a country or an admin1 (by the gazetteer's codes)."""
    if child is parent or child.kind in ("continent", "region", "water", "country"):
        return False
    if parent.kind == "country":
        return bool(parent.country_code) and child.country_code == parent.country_code
    if parent.kind == "admin1":
        return bool(parent.admin1) and child.admin1 == parent.admin1 and child.kind != "admin1"
    return False


def _only_place(dateline: Mention, mentions: list[Mention], role_of: dict[int, Role]) -> bool:
    """Whether the text names no place but the dateline, its own parents and actors ("Russian")."""
    place = dateline.place
    assert place is not None
    for m in mentions:
        if m.place is None or m.place is place or m.demonym or role_of[id(m)].name == "actor":
            continue
        if not _inside(place, m.place):
            return False
    return True


# Phrases that name the dateline city again in a sentence that names no place ("MOGADISHU — ... In the
# capital, police arrested 11 people"; "EL OBEID — drones slammed into a mosque in this besieged city";
# "BELGOROD — air defences over the regional capital shot down 12 rockets"). "the capital" only of a
# national capital; "the city" only when the last town the text named is the dateline's (else it is that
# town: "Fighting reached Kherson. In the city, ..."). Bounded repetitions: linear.
_THIS_CITY = re.compile(r"(?i)\b(?:in|on|at|into|across|over)\s{1,3}this(?:\s{1,3}[a-z-]{1,20}){0,2}?\s{1,3}"
                        r"(?:city|town)\b")
_NO_NAME = r"(?!\s{0,3},?\s{0,3}(?-i:[A-Z]))"  # no name in apposition ("the capital, Naypyitaw": its mention)
# (a phrase opening the sentence sets its scene; inside it "the capital" is often a retold act's or a
# reach's: "aimed at the capital", "north of the capital", "a base in the capital")
_THE_CAPITAL = re.compile(r"(?:In|Inside)\s{1,3}the\s{1,3}capital\s{0,3},")
_REGIONAL_CAPITAL = re.compile(r"(?i)\b(?:in|on|at|into|across|over)\s{1,3}the\s{1,3}"
                               r"(?:regional|provincial|state)\s{1,3}capital\b" + _NO_NAME)
_THE_CITY = re.compile(r"(?:In|Inside)\s{1,3}the\s{1,3}city(?:\s{1,3}itself)?\s{0,3},")


# A sentence that sums up many places ("clashed with police in several towns", "across Bangladesh") or
# tells a call or a plan ("organisers have called for more demonstrations on Friday") places nothing at the
# dateline.
_SUMMED_OR_PLANNED = re.compile(r"(?i)\b(?:across|nationwide|countrywide|"
                                r"(?:several|many|various|other|dozens\s{1,3}of)"
                                r"\s{1,3}(?:towns|cities|places|regions|provinces|parts|areas|districts|villages)|"
                                r"call(?:ed|s|ing)?\s{1,3}for|urg\w{1,3}|plan\w{0,4}|will|would|threat\w{0,5}|"
                                r"vow\w{0,3})\b")


def _placeless(sentence: str, ms: list[Mention], dateline: Mention | None, start: int) -> bool:
    """Whether a sentence of the body (after the dateline: not a headline over it) names no place but the
    dateline's own and tells no sum of places or plan (see _SUMMED_OR_PLANNED)."""
    if dateline is None or dateline.place is None or start + len(sentence) <= dateline.start:
        return False
    if any(m.place is not None and m.place is not dateline.place and not m.demonym
           and not _inside(dateline.place, m.place) for m in ms):
        return False
    return _SUMMED_OR_PLANNED.search(sentence) is None


def _names_dateline(sentence: str, dateline: Mention | None, towns: tuple[list[int], list[Mention]],
                    start: int) -> bool:
    """Whether a sentence (at ``start`` in the text) names the dateline city by a phrase (see _THIS_CITY);
    ``towns``: the starts and the text's mentions of towns and facilities, in text order."""
    if dateline is None or dateline.place is None or dateline.place.kind != "city":
        return False
    if _THIS_CITY.search(sentence):
        return True
    if _THE_CAPITAL.match(sentence):
        return dateline.place.feature_code == "PPLC"
    if _REGIONAL_CAPITAL.search(sentence):
        return dateline.place.feature_code != "PPLC"
    if _THE_CITY.match(sentence):
        last = bisect.bisect_left(towns[0], start) - 1  # the last town named before it
        return last >= 0 and towns[1][last].place is dateline.place
    return False


_TOWNS = ("city", "facility", "admin2")
# A time clause between a province and a town beside it: the town belongs to what came before or after
# ("Gunmen kill 9 in Zamfara village raid, days after Gusau peace talks"), not to the province's act.
_AFTER_BREAK = re.compile(r"[,;:|]\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}"
                          r"(?:after|before|since|following|ahead\s+of)\b")
_BESIDE = 30  # characters between a region's name and a place in it named beside it ("Warrap's Tonj")


_BESIDE_CHARS = 80  # a place this close to an unknown name can stand in for it ("near Boni in Mopti region")


def _possesses_unknown(m: Mention, after: str, near: list[Mention] | tuple[Mention, ...]) -> bool:
    """Whether a town's name possesses a name the gazetteer lacks ("Sagaing's Lin Ta Lu village"): no
    mention starts at the possessed name. A province named like the town holds that place, as ACLED codes
    a village it cannot locate (see ``_site_place``)."""
    found = _POSSESSES_NAME.match(after)
    if found is None:
        return False
    start = m.end + found.start() + 3
    return not any(x.start == start for x in near)


def _own_name(gaz: Gazetteer, key: str, place: Place) -> bool:
    """Whether ``key`` is one of ``place``'s own names in the gazetteer (not only an alternate name: "Ber"
    is an old name of Greece's Veria)."""
    return any(o.how == NAME and gaz.place(o.row) == place for o in gaz.options(key)[:_MAX_NAMESAKES])


def _beside(m: Mention, ms: list[Mention], role_of: dict[int, Role], sentence: str) -> list[Mention]:
    """The sentence's mentions (``ms``, in text order) named within ``_BESIDE_CHARS`` of ``m`` in the same
    report (no ";" or "|" between: "Houthi missile intercepted over Eilat; US jets strike Hodeidah" are two
    reports), but the dateline: found by bisection, so a sentence of thousands of names stays linear."""
    lo = bisect.bisect_left(ms, m.start - _BESIDE_CHARS, key=lambda x: x.start)
    hi = bisect.bisect_right(ms, m.end + _BESIDE_CHARS, key=lambda x: x.start)
    s0 = m.sentence[0]
    return [x for x in ms[lo:hi] if not role_of[id(x)].rule.startswith("dateline")
            and REPORT_BREAK.search(sentence, min(x.end, m.end) - s0, max(x.start, m.start) - s0) is None]


def _coordinated(a: _Incident, b: _Incident, text: str) -> bool:
    """Whether two incidents were placed by names joined in one sentence ("in the Qandil mountains and
    near Amadiya"): two sites, not a region and a town in it."""
    if not a.mentions or not b.mentions or a.mentions[0].sentence != b.mentions[0].sentence:
        return False
    first, second = sorted((a.mentions[0], b.mentions[0]), key=lambda m: m.start)
    return _COORDINATED.search(text, first.end, max(first.end, second.start)) is not None


# A title line over an article: its first line, with no closing stop, then a line break.
_TITLE_END = re.compile(r"[^.!?…\"”'’:][ \t]{0,3}+\n")
_TITLE_KM = 50.0  # a title's place for an act the body tells at a place this near ("Sagaing village")
_TITLE_SENTENCES = 3  # the fewest sentences of an article with a title over it


def _title_span(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the article's title line ("Junta airstrike kills nine in Sagaing village as fighters
    press attack on Kalay" over ten paragraphs), or None."""
    if len(spans) < _TITLE_SENTENCES or spans[0][0] > 3:
        return None
    end = spans[0][1]
    return spans[0] if _TITLE_END.match(text, max(0, end - 1)) else None


def _drop_retold_title(located: list[_Incident], title: tuple[int, int] | None) -> list[_Incident]:
    """A title retells the body: an act only the title told, of a kind the body tells at the same place
    or near it, is the body's act (whose sub-type, date and figures the body gives better: a title names
    the place loosely and joins two acts in one line; a title's burning is the body's attack, the arson
    told in it: "settlers torch homes near Ramallah" over "settlers attacked Sinjil, setting fire to ...").
    Acts the body does not tell stay."""
    if title is None:
        return located
    body = [inc for inc in located if any(sp != title for sp in inc.spans)]
    out = []
    for inc in located:
        assert inc.location is not None
        if inc.spans and all(sp == title for sp in inc.spans) and any(
                (b.kind == inc.kind or (inc.kind, b.kind) == (_LOOTING, "violence"))
                and b.location is not None and (b.location is inc.location or distance_km(
                    inc.location.lat, inc.location.lon, b.location.lat, b.location.lon) <= _TITLE_KM
                    or _title_province(inc.location, b.location))
                for b in body):
            continue
        out.append(inc)
    return out


def _title_province(told: Place, place: Place) -> bool:
    """Whether a title's place is the province holding a body's place, named loosely: the province itself
    ("militants shell Hiiraan town" over "shells hit Bulo Burte in Hiiraan region") or its capital, which
    bears its name ("Gunmen kill 20 in raid on village in Niger's Tillaberi" over a raid on Banibangou).
    A town of another name is another place, however near the body's ("Tyre" over "Bint Jbeil")."""
    if not told.admin1 or told.admin1 != place.admin1 or told.country_code != place.country_code \
            or place.kind in ("admin1", "region", "country"):
        return False
    if told.kind == "admin1":
        return True
    return told.kind == "city" and bool(told.admin1_name) \
        and normalize(told.name) == normalize(told.admin1_name or "")


# A town or village named before and referred to ("the town's garrison", "the city was hit"), not one
# named after it ("the town of X") nor where people went ("fled the town"): precision 2 when "near" it.
_ANAPHOR = re.compile(r"\b(?:(near|outside|around|outskirts\s{1,3}of)\s{1,3})?"
                      r"the\s{1,3}(?:city|town|village)\b(?!\s{1,3}of\b)"
                      r"(?!\s{0,3},\s{1,3}(?:the|a|an)\b)(?!-)", re.I)
_ANAPHOR_LEFT = re.compile(r"\b(?:to|towards?|toward|from|fled|fleeing|left|leaving|reached|entered|into|"
                           r"across|neighbou?ring|nearby|another|other|(?:north|south|east|west)\w{0,4}\s{1,3}of)"
                           r"\s{1,3}$", re.I)
_ANTECEDENTS = 12  # mentions looked back at for the antecedent (linear in the text)


def _antecedent(sentence: str, s0: int, mentions: list[Mention], starts: list[int],
                role_of: dict[int, Role]) -> _Located | None:
    """The town an act with no place of its own refers back to ("Kramatorsk, the largest city ..., has
    come under attack. On Thursday the city was hit by two glide bombs"): the nearest town named before
    "the city/town/village" of the sentence (in it or an earlier sentence), when that is no actor or
    dateline, and the sentence names the act's place by no other word."""
    a = _ANAPHOR.search(sentence)
    if a is None or _ANAPHOR_LEFT.search(sentence, max(0, a.start() - 30), a.start()):
        return None
    if _ANAPHOR.search(sentence, a.end()) is not None:
        return None  # two references in one sentence: which is the site is not said
    i = bisect.bisect_left(starts, s0 + a.start())
    for m in reversed(mentions[max(0, i - _ANTECEDENTS):i]):
        place, role = m.place, role_of[id(m)]
        if place is None or m.demonym or role.name == "actor" or role.rule.startswith("dateline"):
            continue
        if role.name == "origin" and m.start >= s0:
            return None  # "In Port Sudan, the government said that drones had struck the city's depot"
        if place.kind not in ("city", "facility"):
            continue  # "Kramatorsk, the largest city ... in Donetsk Oblast": the province places the town
        return _Located(place, "event_site", 2 if a.group(1) else 1, m.confidence, [m])
    return None


def _distinct_days(a: _Incident, b: _Incident) -> bool:
    """Whether two incidents are dated to two different days (both to the day)."""
    return a.date is not None and b.date is not None and a.date[1] == b.date[1] == 1 \
        and a.date[0] != b.date[0]


def _drop_parents(located: list[_Incident], role_of: dict[int, Role],
                  in_sentence: dict[tuple[int, int], list[Mention]], text: str = "") -> list[_Incident]:
    """The most specific place of each incident, and no second incident at a parent region.

    "in Bakhmut, in Ukraine's Donetsk region": an incident placed at a country or an admin1 moves to a
    place inside it that also placed it or is named right beside it ("Warrap's Tonj", "Kajo Keji in
    Central Equatoria"); and an incident at a country or admin1 that contains another incident of its
    kind in the article is that incident told more broadly: it is dropped."""
    for inc in located:
        area = inc.location
        assert area is not None
        if area.kind not in _AREAS:
            continue
        # Not the mention that placed it: when its own place lies inside the area, the site choice read
        # the text as naming the area ("Russia's Bryansk region": the province, not its capital).
        inner = [m for m in inc.mentions[1:] if m.place is not None and _inside(m.place, area)
                 and not _village_in(m, text)]
        for pm in inc.mentions[:1]:
            clause = role_of[id(pm)].clause
            inner += [m for m in in_sentence.get(pm.sentence, ())
                      if m is not pm and m.place is not None and not m.demonym and _inside(m.place, area)
                      and role_of[id(m)].name not in ("actor", "origin")
                      and (max(m.start - pm.end, pm.start - m.end) <= _BESIDE
                           and not _AFTER_BREAK.search(text, min(pm.end, m.end), max(pm.start, m.start))
                           # "In the northern region of Timbuktu, the army said it had intercepted a drone
                           # over its base at Goundam": a site of the same act further on in the sentence.
                           or clause is not None and role_of[id(m)].name == "event_site"
                           and role_of[id(m)].clause is clause)
                      and not _village_in(m, text)
                      # "intercepted a missile launched toward Israel, setting off sirens in Haifa": where
                      # people took cover is no part of the act (phantom51)
                      and not (role_of[id(m)].name == "context" and sirens_place(text, m.start))]
        if inner:
            best = min(inner, key=lambda m: (m.place.kind == "admin1", m.start))  # type: ignore[union-attr]
            info = role_of[id(best)]
            inc.location, inc.role = best.place, info.name if info.name in _ROLE_CONFIDENCE else inc.role
            inc.geo_precision, inc.location_confidence = info.precision, best.confidence
    towns_in: dict[tuple[int, int], list[_Incident]] = {}  # incidents at towns, by the sentence placing them
    for inc in located:
        if inc.mentions and inc.location is not None and inc.location.kind in _TOWNS:
            towns_in.setdefault(inc.mentions[0].sentence, []).append(inc)
    first_towns = [inc for incs in towns_in.values() for inc in incs][:_THEATRE_POINTS]
    out = []
    for inc in located:
        area = inc.location
        assert area is not None
        # A country is the least specific place of all: a text that names places inside it has its
        # events there ("Police in Georgia's capital detained 107"); a province, only of that kind.
        # (Not an incident placed by a sentence that names nothing inside the area, on another day than
        # every one inside it: "killed 44 in a village in the Tillaberi region on Friday ... On Sunday,
        # soldiers clashed with them near Banibangou".)
        alone = area.kind in ("admin1", "admin2") and bool(inc.mentions) and not any(
            m.place is not None and _inside(m.place, area)
            for m in in_sentence.get(inc.mentions[0].sentence, ()))
        if area.kind in _AREAS and any(
                (other.kind == inc.kind or area.kind == "country") and other.location is not None
                and _inside(other.location, area) and not (alone and _distinct_days(inc, other))
                for other in located if other is not inc):
            _pass_on(inc, [other for other in located if other is not inc and other.kind == inc.kind
                           and other.location is not None and _inside(other.location, area)
                           and not (alone and _distinct_days(inc, other))])
            continue
        # A district has no codes for the towns in it: a town of its province within ``_DISTRICT_KM`` of its
        # point placing the same kind of incident is inside it ("ambushed a patrol in the province of
        # Maguindanao del Sur ... opened fire near the town of Datu Piang"): the district told it broadly.
        if area.kind == "admin2":
            inner_towns = [other for other in located if other is not inc and other.kind == inc.kind
                           and other.location is not None and other.location.kind in ("city", "facility")
                           and area.admin1 and other.location.admin1 == area.admin1
                           and distance_km(area.lat, area.lon, other.location.lat, other.location.lon)
                           <= _DISTRICT_KM and not (alone and _distinct_days(inc, other))]
            if inner_towns:
                _pass_on(inc, inner_towns)
                continue
        # A named region has no codes to test containment ("In Kordofan, the army recaptured a village
        # west of El Obeid"): a town near it placing the same kind of incident (in the sentence, or among
        # the article's first) is it, told more broadly.
        # (Not a region the text names as an area of a town: "tents in the Mawasi area of Khan Younis" is a
        # place of its own, told as precisely as a town.)
        if area.kind == "region" and inc.mentions and not _AREA_OF_TOWN.match(text, inc.mentions[0].end):
            # A strike with its own toll at the region is told broadly for a town of ANOTHER sentence only
            # when that town's act is a strike of the same sub-type: "jets had struck hideouts in the Sambisa
            # Forest on Tuesday, killing dozens" is not the base attack near Damboa told paragraphs before
            # (session 30, wire36; not clashes "in Catatumbo" after an attack in Tibu, nor a toll-less
            # "months of air strikes on camps in the Sambisa forest").
            own = inc.sub in _STRIKES and inc.fatalities is not None
            near = [other for other in (*towns_in.get(inc.mentions[0].sentence, [])[:_THEATRE_POINTS],
                                        *first_towns)
                    if other.kind == inc.kind and other.location is not None
                    and (not own or other.sub == inc.sub or (
                        bool(other.mentions) and other.mentions[0].sentence == inc.mentions[0].sentence))
                    and distance_km(area.lat, area.lon, other.location.lat, other.location.lon) <= _NEAR_KM
                    and not _coordinated(inc, other, text)]
            if near:
                _pass_on(inc, near)
                continue
        # A city holding a facility that places the same sub-type of incident in the sentence ("mortars land
        # inside Halane base in Mogadishu", "Two dead in Tulkarm as forces raid Nur Shams camp", "the Khor
        # Mor gas field in Sulaimani"): the facility is the site, the city its parent told more broadly.
        if area.kind == "city" and inc.mentions:
            held = [other for other in located if other is not inc and other.sub == inc.sub
                    and other.location is not None and other.location.kind == "facility" and other.mentions
                    and other.mentions[0].sentence == inc.mentions[0].sentence
                    and (distance_km(area.lat, area.lon, other.location.lat, other.location.lon)
                         <= _FACILITY_KM
                         or _PARENT_AFTER.fullmatch(text, other.mentions[0].end, inc.mentions[0].start)
                         is not None)
                    # Two objects of the act joined by "and" are two sites, not a facility and its city
                    # ("attacked a school in the Faladie district of Bamako and a military section of the
                    # airport"; not "killed between 12 and 15 people, said officials at Nasser Hospital").
                    and not _objects_joined(inc, other, text)]
            if held:
                _pass_on(inc, held)
                continue
            # A city holding a part of it told as a part in the sentence that places the same sub-type there
            # ("In Gaza City, a strike on a house in the Zeitoun neighbourhood", "struck Beirut's southern
            # suburbs, hitting a building in Haret Hreik"): the part is the site, the city its parent.
            parts = [other for other in located if other is not inc and other.sub == inc.sub
                     and other.location is not None and other.location.kind in ("city", "admin2")
                     and other.location.population < area.population and other.mentions
                     and other.mentions[0].sentence == inc.mentions[0].sentence
                     and distance_km(area.lat, area.lon, other.location.lat, other.location.lon) <= _PART_KM
                     and (_PART_NOUN_AFTER.match(text, other.mentions[0].end) is not None
                          or text.startswith(("'s", "’s"), inc.mentions[0].end))
                     and not _coordinated(inc, other, text)]
            if parts:
                _pass_on(inc, parts)
                continue
        out.append(inc)
    return out


_TELLERS = frozenset({"origin", "venue"})  # roles of names that only say where a report was told or talks met
_FACILITY_KM = 10.0  # a facility this close to a city is in it (an airport, a camp on its edge)
_PARENT_AFTER = re.compile(r"\s{1,3}in\s{1,3}")  # "X gas field in Sulaimani": the place holding X
_PART_KM = 12.0  # a neighbourhood or district this close to a city is a part of it
_PART_NOUN_AFTER = re.compile(r"\s{1,3}(?:neighbou?rhoods?|district|quarter|township|suburbs?)\b", re.I)


# A region's name, then "area of" and a town's: "the Mawasi area of Khan Younis".
_AREA_OF_TOWN = re.compile(r"\s{1,3}area\s{1,3}of\s{1,3}[A-Z]")
# "and" opening a second object of the act: "and a military section of", "and the Ras Isa terminal".
_OBJECT_AND = re.compile(r"\s(?:and|as\s{1,3}well\s{1,3}as)\s{1,3}(?:(?:the|a|an|its|their)\s|[A-Z])")


def _objects_joined(a: _Incident, b: _Incident, text: str) -> bool:
    """Whether two incidents were placed by two objects of one act joined by "and" in one sentence."""
    if not a.mentions or not b.mentions or a.mentions[0].sentence != b.mentions[0].sentence:
        return False
    first, second = sorted((a.mentions[0], b.mentions[0]), key=lambda m: m.start)
    # (A bounded gap: two objects of one verb lie close; each pair reads at most _OBJECTS_GAP characters.
    # The search reads the second name's first letter too, which _OBJECT_AND's capital needs: "Strikes on
    # Maghazi camp and Nuseirat" (lists52) had never matched, so a town listed after a camp near it was read
    # as the camp's city and its event merged.)
    return second.start - first.end <= _OBJECTS_GAP \
        and _OBJECT_AND.search(text, first.end, max(first.end, second.start + 1)) is not None


_OBJECTS_GAP = 100  # characters between two objects of one act ("... of Bamako and a military section of ")


def _pass_on(broad: _Incident, inner: list[_Incident]) -> None:
    """The one incident ``inner`` holds is ``broad`` told more narrowly ("stormed a village in Darfur,
    killing 27 ... The attack hit the village of X in the Kutum locality"): what only the broad telling
    gave (its figures, its actors) is that incident's. With several incidents inside, none gets them."""
    if len({id(i) for i in inner}) != 1:
        return
    (one,) = inner[:1]
    if one.specific and broad.specific and one.sub != broad.sub:
        return  # "stormed a village in Darfur, killing 27 ... also shelled Kutum": another act
    if one.fatalities is None and broad.fatalities is not None:
        one.fatalities, one.vague, one.dead_side = broad.fatalities, broad.vague, broad.dead_side
    if one.injuries is None:
        one.injuries = broad.injuries
    if one.actor1 is None and one.actor2 is None:
        one.actor1, one.actor2 = broad.actor1, broad.actor2


def _intervened(incidents: _Incidents, told: tuple[int, int], sentence: str, span: tuple[int, int]) -> bool:
    """"Hundreds marched in Bunia on Saturday. Police fired tear gas to disperse them.": the force's answer,
    told in the next sentence with no place of its own, makes the one protest just told a protest with
    intervention (False when there is none, or several: which one was answered is not said)."""
    protests = [inc for inc in incidents.of_kind.get("Peaceful protest", ()) if told in inc.spans]
    if len(protests) != 1:
        return False
    inc = protests[0]
    inc.sub = "Protest with intervention"
    inc.spans.append(span)
    if inc.actor2 is None:
        phrases = find_actors(sentence, span[0], [], [])
        inc.actor2 = next((p.actor for p in phrases if p.side != "target"), None)
    return True


class EventCoder:
    """Component ``events``: sets ``doc.events``, the article's own reports of events, each with its id
    ("<article id>#<n>"). ``gazetteer`` (optional) supplies the seats of institutions ("the UN Security
    Council" sits in New York)."""

    name = "events"

    def __init__(self, gazetteer: Gazetteer | None = None, config: Config | None = None) -> None:
        self.gazetteer = gazetteer
        self.reader = Clauses(config or Config())  # reads the parts of a sentence that tells several acts

    def __call__(self, doc: Doc) -> None:
        doc.events = self.code(doc)

    def code(self, doc: Doc) -> list[Event]:
        article = doc.article
        text = doc.text  # (the normalized view; excerpts quote article.text)
        published = parse_date(article.published)
        sentences = doc.need("sentences", self.name)
        readings = {s.span: s.readings for s in doc.need("clauses", self.name)}
        mentions = doc.mentions
        roles: list[Role] = doc.need("roles", self.name)
        role_of = {id(m): r for m, r in zip(mentions, roles, strict=True)}
        in_sentence: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            in_sentence.setdefault(m.sentence, []).append(m)
        # The sentence of each clause's sites: a site the roles layer took from the next sentence, which
        # retells the act ("... in the Middle Shabelle region. The operation near Adan Yabaal ...").
        site_sentence = {id(r.clause): m.sentence for m, r in zip(mentions, roles, strict=True)
                         if r.name == "event_site" and r.clause is not None}
        dateline = next((m for m, r in zip(mentions, roles, strict=True) if r.rule == "dateline" and m.place),
                        None)
        # The dateline is an event's site only when the body names no other place for it ("TBILISI —
        # Riot police dispersed protesters outside parliament"); it never places a statement.
        alone = dateline is not None and _only_place(dateline, mentions, role_of)
        dateline_site = dateline if alone else None
        # ... and, in wire copy, a demonstration told before the body names any site ("YEREVAN — Police
        # used stun grenades on protesters ... Separately, the government said it would sign a deal with
        # Iran"): the places named after it, or only in passing (context), are not its place; the dateline is.
        first_site = min((m.start for m, r in zip(mentions, roles, strict=True)
                          if r.name in ("event_site", "venue") and r.rule != "dateline"), default=len(text))
        town_ms = [m for m in mentions if m.place is not None and m.place.kind in ("city", "facility")]
        towns = ([m.start for m in town_ms], town_ms)
        headline = len(sentences.spans()) == 1  # "Odesa: Russian missile hits cathedral"

        # Named armed groups say where a story is set too ("KDF convoy hits IED near Kiunga": Kenya).
        # So do a state's forces named by their demonym ("Malian army drone strike kills 8 in Léré": Mali's
        # Léré, not Lere in Nigeria), as a hint read only when no place places a name.
        forces = {m.place.country_code for m, r in zip(mentions, roles, strict=True)
                  if m.demonym and r.name == "actor" and m.place is not None and m.place.country_code}
        # A place named only as whom a rally supports ("rallied in Rabat in solidarity with the people of
        # Gaza") is no place of the story's: left out of the theatre, it neither makes the rally's town an
        # outsider nor holds it (c43-001, c43-008, p44-031 were coded at Gaza).
        aside = {normalize(m.text) for m, r in zip(mentions, roles, strict=True)
                 if r.name == "context" and supported_place(text, m.start)}
        if aside:
            aside -= {normalize(m.text) for m, r in zip(mentions, roles, strict=True)
                      if r.name != "context" or not supported_place(text, m.start)}
        theatre = _Theatre([m for m in mentions if normalize(m.text) not in aside] if aside else mentions,
                           theatre_countries(text), vocabulary_theatres(text) | forces,
                           short_text_weights(text))
        # Where the tellers of a report are ("officials in Paris said") helps read its names, but no event
        # is ever moved there: only names whose every mention is such an origin (not a dateline), or the
        # venue of talks ("Talks opened in Doha ... Rebels seized Kidal": Mali's Kidal, not Doha).
        told = {normalize(m.text) for m, r in zip(mentions, roles, strict=True)
                if r.name in _TELLERS and not r.rule.startswith("dateline")}
        theatre.tellers = told - {normalize(m.text) for m, r in zip(mentions, roles, strict=True)
                                  if r.name not in _TELLERS or r.rule.startswith("dateline")}
        # ... and a place named only as a state's stand-in ("as Algiers hosts envoys") holds no far town of
        # another country either (see _site_place).
        theatre.standing = {normalize(m.text) for m, r in zip(mentions, roles, strict=True)
                            if r.name == "actor" and not m.demonym} - {
            normalize(m.text) for m, r in zip(mentions, roles, strict=True) if r.name != "actor"}
        starts = [m.start for m in mentions]
        incidents = _Incidents()
        told_last: tuple[int, int] | None = None  # the last sentence that reported an event
        told_before: tuple[int, int] | None = None  # and the one that did before it
        told_prior: tuple[int, int] | None = None  # and the one before that
        # The day the story's last dated report gave: a later report with no date of its own is told on
        # ("Russia launched its largest barrage on Friday. In Kyiv, a strike killed 16": Friday).
        story_day: dt.date | None = None
        named_day: dt.date | None = None  # the last day any sentence's reading named (below)
        lead_day: dt.date | None = None  # the first day the story gave: what "The deaths came as ..." ties to
        last_group: Actor | None = None  # the last armed group of the actor table the story named
        last_several = False  # the last sentence that named groups named two or more ("the rebels": neither)
        # (A sentence's label is read when asked: below, only where it can change what is coded.)
        background = background_of(doc)
        # Where the last sentence that can tell a violent act or looting starts (the only acts that read
        # ``last_group``, below): a group named after it is never a later act's "the group", so no sentence
        # after it is read for one.
        last_act = max((sp[0] for sp, rs in readings.items() if any(
            not r.background and (r.clause.family == "violence" or r.clause.sub_event_type == _LOOTING)
            for r in rs) and sp not in background), default=-1)
        title = _title_span(text, sentences.spans())  # a first line of its own: the headline
        previous: tuple[int, int] | None = None  # the sentence before this one
        for span in sentences.spans():
            before, previous = previous, span
            if span[0] >= last_act and not readings.get(span) \
                    and not any(kind in incidents.of_kind for kind in _TOLL_TAKERS):
                # A sentence that tells no act, after the story's last violent act or looting (no later act
                # reads its group), with no incident open that it could give a toll, a zero or a claim to:
                # nothing it says changes an event, background or not (its label is not read).
                continue
            if span in background:  # a look back at the war's history tells no event (discourse.py)
                # ... but its main clause may still blame or claim the act just told, the history being the
                # blamed group's, in a relative clause: "The army blamed the attack on ELN rebels, who have
                # fought dissidents in the region since January".
                main = _history_cut(text[span[0]:span[1]])
                if main and told_last is not None and _claims(main) \
                        and label_sentence(main, published).label != "background":
                    ms = [m for m in in_sentence.get(span, []) if m.start < span[0] + len(main)]
                    standing = [m for m in ms if role_of[id(m)].name == "actor"]
                    who = claimant(find_actors(main, span[0], ms, standing), main)
                    if who is not None:
                        _claimed(incidents, who, span, main, _named_places(ms, role_of))
                continue
            sentence = text[span[0]:span[1]]
            found = readings.get(span, ())
            if found and any(r.clause.sub_event_type not in _SPOKEN for r in found) \
                    and _DENIAL_NEAR.search(text, span[1], span[1] + _DENIAL_NEAR_CHARS):
                # A side's claim in the past perfect that the next sentence denies ("... said Armenian forces
                # had fired on its positions in X. Yerevan denied the claim"): no event, as the guide codes a
                # denied claim (phantom46; the same sentence's denial is read in triggers.not_this_act).
                low, following = text[span[0]:span[1]].lower(), _next_sentence(text, span[1])
                found = tuple(r for r in found if r.clause.sub_event_type in _SPOKEN
                              or not claim_denied_next(low, r.clause.start, following))
            # The day the story last named in any report, a statement's too ("The council on Monday declared
            # X the winner. Shortly after the announcement, police fired tear gas in Y": Monday), read below
            # when no act has dated the story yet (wdates44).
            named_before = named_day
            named_day = next((r.date.date for r in found if r.date is not None and r.date.precision == 1
                              and not r.background), named_day)
            killed, injured = casualties(sentence) if found or any(
                kind in incidents.of_kind for kind in _TOLL_TAKERS) else (None, None)
            if all(_where_wounded_died(text, m) for m in in_sentence.get(span, ())) \
                    and _toll_update(incidents, sentence, killed):
                killed = None  # "..., bringing the toll to 43": the last act's toll, now told whole
            # (A claim is read only when a violent incident is open, before the sentence's acts when it tells
            # none, after them when it does: _claimed finds no attack otherwise.)
            if not found and ("violence" in incidents.of_kind or _LOOTING in incidents.of_kind) \
                    and _claims(sentence):
                # "The attack was claimed by ...", "Police blamed the attack on ...": who did the last attack
                # (told before, or in this sentence: set once its clauses are read, below).
                ms = in_sentence.get(span, [])
                standing = [m for m in ms if role_of[id(m)].name == "actor"]
                who = claimant(find_actors(sentence, span[0], ms, standing), sentence)
                if who is not None:
                    _claimed(incidents, who, span, sentence, _named_places(ms, role_of))
            if not found and span[0] < last_act:
                # "The Houthis said on Monday they would answer any strike. Hours later the group fired ...":
                # a sentence that tells no event still names the group a later one refers back to.
                last_group = first_named_group(sentence) or last_group
            if found and killed is not None and all(r.clause.sub_event_type == "Statement" for r in found) \
                    and (killed == 0 or told_last is not None) \
                    and all(role_of[id(m)].name == "actor" for m in in_sentence.get(span, [])):
                # "No one was hurt, he said.", "Uganda's president later said 54 of its troops had died": the
                # toll of the act just told, told by someone (who places nothing: only actors named).
                found = ()
            if found and before is not None and before == told_last and not in_sentence.get(span) \
                    and any(r.clause.sub_event_type == "Protest with intervention" for r in found) \
                    and all(r.clause.sub_event_type in ("Protest with intervention", "Statement")
                            and not r.background for r in found) \
                    and _intervened(incidents, before, sentence, span):
                found = ()  # "Police fired tear gas to disperse them, witnesses said.": the protest just told
            if not found:
                if (killed is not None or injured is not None) and not _ENTRY.match(sentence):
                    # (Not a live blog's entry heading, "15:30 GMT - Gaza: 24 killed in Israeli attacks": a
                    # new entry's toll is not the previous entry's.)
                    violent = incidents.of_kind.get("violence")
                    if violent and (_unreal_toll(sentence) or _tally_beyond(violent[-1], killed)):
                        violent = None  # the toll of an act told as past, or of a war: not the last act's
                    if violent:
                        if killed and violent[-1].fatalities and also_killed(sentence):
                            if not (few(killed, killed_vague(sentence)) and not violent[-1].vague):
                                violent[-1].fatalities += killed  # "Two soldiers were also killed"
                            killed = None  # (not "Several attackers were also killed": see few)
                        elif killed and _days_toll(violent[-1], sentence):
                            killed = None
                        side = dead_side(sentence) if killed else ""
                        violent[-1].add_casualties(killed, injured, side, more=True,
                                                   vague=bool(killed) and killed_vague(sentence),
                                                   other=bool(killed) and other_account(sentence))
                        violent[-1].spans.append(span)
                    if killed == 0:  # "No casualties were reported": none in any event just told
                        _zero_told(incidents, text, told_last, told_before, injured, sentence)
                continue
            told_prior, told_before, told_last = told_before, told_last, span
            ms = in_sentence.get(span, [])
            # The sentence's actor phrases are found when a reading first codes its actors (below): a sentence
            # whose readings are all background, refused talks, tallies or placed nowhere codes none, and its
            # groups are read only for a later act's "the group" (``last_act``).
            actors: list[ActorPhrase] | None = None
            groups: list[Actor] = []
            group_ends: list[tuple[int, Actor]] | None = None  # where each group phrase ends, when asked
            # "A day earlier, ...", "Hours later, ...": a day told from the story's last dated report; when
            # the story gave none yet, from the published day ("The strike came a day after a drone hit X").
            anchor_day = story_day if story_day is not None \
                else named_before if named_before is not None \
                else published if told_before is not None else None
            shift = story_shift(sentence) if anchor_day is not None else None
            shifted = None if anchor_day is None or shift is None else anchor_day + dt.timedelta(days=shift)
            tally: bool | None = None
            # "claimed a ballistic missile attack on X, which the military said was intercepted": the
            # generic attack is the weapon that was stopped: its site is the interception's.
            intercepted = any(r.clause.sub_event_type == "Disrupted weapons use" and not r.background
                              for r in found)
            header = dateline_header(sentence) \
                if span[0] == 0 or text[span[0] - 1] == "\n" else None
            # Two violent acts told in one sentence ("overran Bara, and ... killed dozens of civilians in
            # Bara"): each has the figures of its own part, not the sentence's.
            own_figures = {} if killed is None and injured is None else _figures_per_act(sentence, found)
            # ... and the one day the sentence gives dates each of them ("overran Bara on Saturday, and ...
            # killed dozens in Bara": the reader tied "Saturday" to the nearer act only).
            days = {r.date.date: r.date for r in found if r.clause.family == "violence" and not r.background
                    and r.date is not None and r.date.precision == 1}
            shared_day = next(iter(days.values())) if own_figures and len(days) == 1 else None
            for reading in found:
                clause, date = reading.clause, reading.date
                if id(clause) in own_figures:
                    killed, injured = own_figures[id(clause)]
                    date = date or shared_day
                if header is not None and date is not None and date.start < header.end():
                    # "CULIACAN, Mexico, Feb 3 (Reuters) - Gunmen killed six ... on Sunday": the dateline's
                    # date is the filing day; the body's own date, if any, dates the event.
                    # (not an "N days after" told after the act: the day of the act it opens, "Warplanes
                    # struck X on Tuesday, two days after a missile hit Y", as _clause_date reads it)
                    body = [d for d in find_dates(sentence, published) if d.start >= header.end()
                            and not (follows_after(d) and clause.start < d.start)]
                    if body:
                        date = min(body, key=lambda d: (d.precision, clause.distance(d.start)))
                placed_by = clause  # the clause the roles layer tied the sites to
                if reading.background:
                    if reading.claimed and date is not None:
                        story_day = date.date  # a launch claimed, stopped elsewhere: no act, but the day
                    continue
                if intercepted and clause.family == "violence" and not clause.specific:
                    clause = replace(clause, family="strategic", sub_event_type="Disrupted weapons use",
                                     specific=True)
                if clause.family == "political" and _REFUSED_GATE.opens(
                        gate_text(sentence[max(0, clause.start - 40):clause.start])) and _REFUSED.search(
                        sentence, max(0, clause.start - 40), clause.start):
                    continue  # "has rejected talks proposed by Washington": no talks took place
                if clause.family == "violence" and not clause.specific and date is None and killed is None:
                    if tally is None:
                        tally = running_total(sentence)  # once a sentence: it reads the whole sentence
                    if tally:
                        continue  # "The ADF have killed thousands of civilians in the Beni area": a tally
                # (not the weapons an interception stopped: "air defences over the regional capital shot
                # down 12 rockets fired from launchers" is one interception there, not also a shelling)
                named = not (intercepted and clause.family == "violence") \
                    and _names_dateline(sentence, dateline, towns, span[0])
                lead = span[1] <= first_site and _placeless(sentence, ms, dateline, span[0])
                located = self._locate(placed_by, ms, role_of, dateline_site or (dateline if lead else None),
                                       sentence, theatre, headline, filed=dateline if named else None)
                other = site_sentence.get(id(placed_by))
                if located is None and other is not None and other[0] > span[0]:
                    located = self._locate(placed_by, in_sentence[other], role_of, None,
                                           text[other[0]:other[1]], theatre, headline)
                if located is None and clause.family == "violence" and not clause.specific \
                        and killed is None and date is not None:
                    if tally is None:
                        tally = running_total(sentence)
                    if tally:
                        # "The ceasefire took effect on January 19, after months of war that has killed
                        # more than 47,000": a war's toll told with another date, placed nowhere; it
                        # neither joins the last act nor lends it that date
                        continue
                if located is None and not headline and clause.family != "political":
                    # "Residents of Babanusa ... The town's garrison came under drone attack again": a town
                    # named in passing; one with an incident already is the one the sentence retells, unless
                    # it dates a new act to another day ("captured Sake on Monday. The town was shelled
                    # again on Tuesday").
                    located = _antecedent(sentence, span[0], mentions, starts, role_of)
                    there = [inc for k in incidents.of_kind if (inc := incidents.at(k, located.place))
                             and EVENT_TYPE_OF.get(inc.sub) != "Political"] if located is not None else []
                    if there and not (date is not None and date.precision == 1 and clause.specific
                                      and all(_other_day(inc, date.date) for inc in there)):
                        located = None
                others = self._other_sites(placed_by, ms, role_of, located, theatre, sentence)
                stands_for = located is not None and located.place.kind == "country" and bool(
                    located.mentions) and located.mentions[0].place is not located.place
                if located is not None and located.place.kind in _WIDE and located.mentions and (
                        stands_for or _names_smaller(located, sentence, ms)):
                    # The country stands for a town the gazetteer does not know there ("South Sudan: White
                    # Army overruns garrison in Nasir" with no Nasir in South Sudan): no country point.
                    # "Far North: bomber kills 9 in Kolofata": the town is the site, unknown here.
                    if not others:
                        continue
                    located = others.pop(0)
                if located is not None and located.place.kind in _WIDE and located.role == "event_site" \
                        and located.mentions and located.mentions[0].place is located.place:
                    # ACLED's geo_precision: 2 for a village in a province the text does not locate
                    # ("a village in Katsina state"), 3 when the text names nothing smaller than the area.
                    m0 = located.mentions[0] if located.mentions else None
                    located.precision = 2 if located.place.kind == "admin1" and m0 is not None and (
                        relative_to(sentence, m0.start - m0.sentence[0], m0.end - m0.sentence[0])
                        or _unknown_inside(located, sentence, ms)) else 3
                tolls = [a for a, _ in clause.spans or [(clause.start, 0)] if _TOLL_WORD.match(sentence, a)]
                if located is not None and clause.family == "violence" and not clause.specific \
                        and len(tolls) == len(clause.spans or [0]) \
                        and incidents.of_kind.get("violence") and not _SEPARATE.match(sentence) \
                        and incidents.at("violence", located.place) is None:
                    # "Shelling killed five in the Kherson region. Three of the dead were in Beryslav": the
                    # dead of the act just told, counted where they died: that act's type at each place.
                    last = incidents.of_kind["violence"][-1]
                    if told_before in last.spans and last.specific \
                            and not _own_killing(sentence, clause, last.sub):
                        clause = replace(clause, sub_event_type=last.sub, specific=True)
                parts: dict[int, _Part] = {}
                told = clause  # the sentence's act, told at every site whose part tells none of its own
                if others and located is not None and clause.family == "violence":
                    # "Shelling hit A while drones struck B": each site's part of the sentence tells its act.
                    parts = _parts(sentence, [located, *others], clause, self.reader, published)
                    sites = [x for x in (located, *others)
                             if id(x) not in parts or not parts[id(x)].background]
                    if not sites:
                        continue
                    located, others = sites[0], sites[1:]
                    clause = _act_at(parts, located, clause)
                    first = parts.get(id(located))
                    if first is not None and first.day is not None and not (
                            first.begin == 0 and not first.opens and date is not None
                            and date.precision == DAY and date.date != first.day.date
                            and announces(sentence, first.day)):
                        # "shelled A on Monday, and on Tuesday drones hit B": Monday at A; but not the day of
                        # an announcement the first part ends on when the act has a day of its own ("said on
                        # Wednesday its troops had repelled assaults near A and B on Tuesday": Tuesday at A)
                        date = first.day

                if actors is None:
                    actors, groups = _sentence_actors(sentence, span[0], ms, role_of)
                if clause.sub_event_type in ("Agreement", "Meeting/talks"):
                    told = [p for p in actors if not closing_source(p, sentence)]
                    a1, a2 = parties(told, max(start for start, _ in clause.spans or ((clause.start, 0),)),
                                     sentence)
                elif clause.family == "political":
                    a1, a2 = speaker(actors, clause.start, sentence), None
                    if clause.sub_event_type == "Diplomatic protest":
                        a2 = summoned(actors, clause.start, clause.end, a1, sentence)  # the envoy's state
                    if clause.sub_event_type == "Statement":
                        if _relief_teller(text, span[0], sentence, clause.start):
                            continue  # "the disaster agency said in Jakarta": a toll's teller, no statement
                        if _displaced_speak(sentence, clause.start):
                            continue  # "In X, people displaced from Y said they feared returning": no actor
                        a1 = _titled_before(text, span[0], sentence, clause.start, actors, ms) or a1
                        a1 = _regional_leader(sentence, span[0], ms, self.gazetteer,
                                              located.place.country_code if located is not None else "") or a1
                    home = theatre.home()
                    if a1 is not None and not a1.country_code and located is not None \
                            and clause.sub_event_type != "Diplomatic protest" \
                            and named_group(a1) is None and home not in ("", located.place.country_code) \
                            and not country_in(a1.name.split()):
                        # "Speaking in Brussels, the foreign minister said" in a story about Ukraine: the
                        # story's minister, not the host's (a speaker of no named country: "British
                        # Foreign Secretary Yvette Cooper said in London" in a Sudan story is Britain's,
                        # b38-072). Not a diplomatic protest: a state summons envoys at home ("Italy
                        # ... summoned the Israeli ambassador in Rome, the foreign ministry said": Italy's,
                        # b22-055).
                        a1 = Actor(a1.name, home)
                    if clause.attribution and not (a1 is not None and _OFFICIAL.search(a1.name)
                                                   or any(role_of[id(m)].name == "actor" and not m.demonym
                                                          for m in ms)
                                                   or located is not None
                                                   and _titled_told_in(located, sentence)
                                                   or located is not None and _spoke_in(located, sentence)
                                                   and (_own_words(located, sentence)
                                                        or _ISSUED_IN_GATE.search(sentence) is not None
                                                        and _POSITION.search(sentence) is not None
                                                        and _issued_in(located, sentence))):
                        # (a statement issued at a place with a position of its own is one: "In a statement
                        # issued in Bahir Dar, the administration said troops had foiled the attack and
                        # accused the Fano of ...", as _issued_report reads it)
                        continue  # "five were killed, witnesses said": the report of the killing
                    if clause.sub_event_type == "Statement" and located is not None \
                            and located.role == "origin" and _closing_teller(located, sentence, found):
                        # "..., killing two, the health ministry in Beirut said": the teller's seat; also when
                        # the act is one told before ("The blasts damaged a mosque, a police official in
                        # Bannu said": the teller of more about it)
                        continue
                    if clause.sub_event_type == "Statement" and located is not None \
                            and located.role == "origin" and (_seat_only(located, sentence) or _source_seat(
                                located, sentence) and not _own_words(located, sentence)) \
                            and not _spoke_in(located, sentence):
                        continue  # "The presidency in Abuja said ...": the seat of the speaker, not a place
                    if clause.sub_event_type == "Statement" and located is not None \
                            and located.place.kind in _NO_PLACE_OF_SPEAKING \
                            and not _said_right_in(located, sentence):
                        continue  # "In Ituri, she said, ...", "the army spokesman in Ituri put the toll at"
                    if clause.sub_event_type == "Statement" and located is not None \
                            and located.role == "origin" and _issued_report(located, sentence, found):
                        continue  # "confirmed the attack in a statement issued in Gusau": a report
                    if clause.sub_event_type == "Statement" and located is not None and dateline is not None \
                            and located.place is dateline.place and not _spoke_in(located, sentence):
                        # "the foreign ministry in Port Sudan condemned" under "PORT SUDAN —": the guide gives
                        # the dateline city no statement unless the body says the words were spoken there
                        continue
                else:
                    a1, a2 = _sides_at(located, clause, actors, sentence)
                    named = list({g.name: g for g in groups}.values())
                    group = (None if last_several else last_group) if not groups \
                        else named[0] if len(named) == 1 else None
                    if clause.family == "violence" and _bare_fighters(a1) and group is not None \
                            and (a2 is None or a2.name != group.name
                                 # (nor the side hit: "Militants attacked a Frontier Corps post": the one
                                 # group the sentence names is the post's force, not the militants; actors47)
                                 and not (a2.struck and _same_side(a2, group, located))) \
                            and (not _jihadist_words(a1) or jihadist_group(group.name)):
                        # "Wagner ... said. Its fighters stormed ...", "RSF overran Bara, and ... the
                        # fighters killed dozens": the one group the sentence or else the story names.
                        a1 = group
                    elif (clause.family == "violence" or clause.sub_event_type == _LOOTING) \
                            and _generic(a1) and (
                            refers_back(sentence, clause.start) or leads_back(sentence) and not any(
                                p.start < clause.start and p.side != "target" for p in actors)):
                        # "Hours later, they attacked a Taliban post", "Gunmen from the group killed five":
                        # the group named before the verb, in this sentence or an earlier one, else the
                        # last attack's perpetrator.
                        if group_ends is None:
                            group_ends = [(p.end, g) for p in actors
                                          if (g := named_group(p.actor)) is not None]
                        i = bisect.bisect_right(group_ends, clause.start, key=lambda t: t[0])
                        earlier = incidents.of_kind.get("violence")
                        if i or not last_several:  # two groups named before: "the rebels" are neither
                            a1 = (group_ends[i - 1][1] if i else last_group) or (
                                earlier[-1].actor1 if earlier else None) or a1
                    if a2 is None and clause.family == "violence" and not groups and group is not None \
                            and (a1 is None or a1.name != group.name) and _AGAINST_THE_GROUP.search(
                                sentence, clause.start, clause.end + _AGAINST_WINDOW) is not None:
                        # "Troops later clashed with the group": the one group the story named before
                        a2 = Actor(group.name, group.country_code, struck=True)
                day = date.date if date is not None and date.precision == 1 else None
                if date is None and shifted is not None and clause.family != "political":
                    day = shifted
                if located is not None and _retold_nearby(incidents, clause, located, sentence):
                    located = None  # "The attacker struck ... on the road to Miranshah": the lead's act
                kin = incidents.of_kind.get(_kind(clause))
                unplaced = kin[-1] if kin and kin[-1].location is None else None
                inc = self._incident(incidents, clause, located, day, bool(_SEPARATE.match(sentence)),
                                     sentence)
                # An act an earlier sentence told with its dead, placed again ("..., adding that two of the
                # attackers had been neutralised"): this sentence's dead of the other side are more dead.
                retold = located is not None and inc.fatalities is not None and bool(inc.spans) \
                    and all(sp[1] <= span[0] for sp in inc.spans)
                # A headline's toll placed nowhere ("Israeli strikes kill 5 in southern Lebanon"), which the
                # body's first placed act joins: the story's total, of which this site has its own figure.
                title_toll = inc is unplaced and located is not None and title is not None \
                    and bool(inc.spans) and all(sp == title for sp in inc.spans) \
                    and inc.fatalities is not None
                inc.spans.append(span)
                if date is not None:
                    # The sentence that places the incident dates it before any other of the same precision,
                    # unless its day is only the report's (_filed_day): then a later sentence that retells
                    # the act with a day of its own dates it (_RETOLD_DAY).
                    if located is not None:
                        mark = _FILED if _filed_day(sentence, date, header) else _PLACED
                    else:
                        mark = _RETOLD_DAY if inc.date is None or inc.date[2] != _FILED \
                            or _retold_day(inc, clause, date, sentence, header) else _NOT_RETOLD
                        kin = incidents.of_kind.get("violence")
                        if clause.sub_event_type == _LOOTING and kin and kin[-1].location is not None \
                                and kin[-1].date is not None and (kin[-1].date[2] == _FILED
                                                                  or kin[-1].date[1] == WEEK) \
                                and _retold_day(kin[-1], clause, date, sentence, header):
                            # "The attackers arrived late Friday and went from house to house, ... setting
                            # homes on fire", "The attack on Wednesday afternoon set fire to 500 houses": the
                            # burning the coder reads retells the attack just told, and dates it (also when
                            # the attack's day was a closing attribution's, which dates.reported_on gives a
                            # week).
                            kin[-1].add_date((date.date, DAY, _RETOLD_DAY))
                    inc.add_date((date.date, date.precision, mark))
                    if date.precision == 1 and clause.family != "political" \
                            and not (clause.sub_event_type == "Agreement" and follows_after(date)):
                        # (not the day of an accord told in passing after "N days after", a time anchor as
                        # _is_past reads it: "Fighting raged on Friday, a day after the presidents signed an
                        # accord in Washington. Rebels attacked X" is Friday at X; an act told there may go on
                        # in the next sentence, "... a day after the Houthis fired a missile. Israel said the
                        # missile had been intercepted": its day)
                        story_day = _act_day(inc, date.date, sentence)
                        lead_day = lead_day or story_day
                elif day is not None:
                    later = _RETOLD_DAY if inc.date is None or inc.date[2] != _FILED else _NOT_RETOLD
                    inc.add_date((day, 1, _PLACED if located is not None else later))
                    story_day = _act_day(inc, day, sentence)
                    lead_day = lead_day or story_day
                elif story_day is not None and clause.family != "political" and not _SEPARATE.match(sentence):
                    inc.add_date((story_day, 1, _STORY))  # not "Separately, ...": another story, undated
                elif lead_day is not None and _CAME_AS.match(sentence):
                    inc.add_date((lead_day, 1, _STORY))
                if a2 is not None and located is None and inc.victims is not None \
                        and inc.victims.name == "civilians" and _SAID_TARGETED.search(sentence) \
                        and not reports(sentence):
                    # "... killed six media workers. The Israeli military said it had targeted a Hamas
                    # militant": whom the striker says it aimed at is its claim; the toll names the victims.
                    a2 = None
                if a2 is not None and (a2.struck or a2.name.split()[-1].lower() in _POST_OWNERS) \
                        and clause.family == "violence" \
                        and EVENT_TYPE_OF.get(clause.sub_event_type) == "Explosions/Remote violence" \
                        and _BESIDE_POST.search(sentence) is not None and victims(sentence) == "civilians":
                    # "exploded outside a military base ..., killing seven civilians": the post was the
                    # landmark, the civilians the victims (actor2 then inferred from them).
                    a2 = None
                if inc.actor1 is None and inc.actor2 is None:
                    inc.actor1, inc.actor2 = a1, a2
                    inc.between = a2 is not None and _fight_between(sentence, a1)
                elif clause.family == "violence" and not clause.back_reference and located is None \
                        and _other_of_two(inc, a1, a2):
                    # "Fighting between Malian soldiers and JNIM jihadists ... The jihadists attacked the
                    # army camp": the later sentence says which of the two attacked (sides51).
                    second = canonical(Actor(inc.actor2.name, inc.actor2.country_code), False,
                                       inc.location.country_code if inc.location is not None else "")
                    attacker = a1 if second is not None and second.name in _DESCRIPTIONS else inc.actor2
                    inc.actor1, inc.actor2, inc.between = attacker, inc.actor1, False
                elif clause.family == "violence" and not clause.back_reference:
                    if _names_the_described(inc, a1):
                        inc.actor1 = a1  # "Jihadists attack Djibo" then "JNIM fighters attacked Djibo": JNIM
                    if inc.actor2 is None and a1 is not None and a2 is not None and a2.struck \
                            and inc.actor1 is not None and _same_side(a2, inc.actor1, located):
                        # "Israeli forces raided Jenin ... The military said its troops had come under fire
                        # from militants of Islamic Jihad": the same fight told from the side attacked; who
                        # attacked it is the other side, not a second name for the raiders.
                        a2 = a1
                    elif inc.actor1 is None and inc.actor2 is not None and inc.actor2.struck \
                            and a1 is not None and located is None and inc.location is not None \
                            and canonical(Actor(inc.actor2.name, inc.actor2.country_code), False,
                                          inc.location.country_code) \
                            == canonical(Actor(a1.name, a1.country_code), False, inc.location.country_code):
                        # "An army convoy came under attack near Djibo ... The troops killed more than 30
                        # attackers" (wire50): the side attacked fighting back, told later with no place of
                        # its own, is not the attacker the first sentence left unnamed; the other side it
                        # names (or a later claim) is.
                        a1, a2 = a2, None
                    inc.actor1, inc.actor2 = inc.actor1 or a1, inc.actor2 or a2
                if clause.family == "violence" and inc.kind == "violence" \
                        and (inc.victims is None or inc.victims is _MILITANTS):
                    # "killing four soldiers", "Two children killed by a Turkish drone": whom the toll of the
                    # sentence that places the act counts (actor2 when no phrase names the other side).
                    counted = victims(sentence)
                    toll_of = (None if counted == "militants" else _VICTIM_ACTORS.get(counted)) \
                        or (None if others else _victim_group(sentence))  # one site: its toll's group
                    # Plain "militants" last: a group named with them ("four Islamic State militants") or
                    # a later sentence's toll says more.
                    inc.victims = toll_of or inc.victims or _VICTIM_ACTORS.get(counted)
                if clause.sub_event_type in _INTERVENED and inc.victims is None:
                    # "marched in Lome before police fired tear gas to disperse them": the force is actor2
                    where = located.place.country_code if located is not None else ""
                    inc.victims = intervener(actors, where)
                own = any(p.act is not None or p.opens for p in parts.values())
                if own:  # "Artillery shelled A, and a drone strike on B killed two": each part's own figure
                    counts = _part_figures(sentence, parts) if killed else {}
                else:
                    counts = _per_site(sentence, [located, *others]) if others and killed else {}
                if clause.sub_event_type == "Looting/property destruction" and killed == 0:
                    inc.add_casualties(0, injured if injured == 0 else None)  # "torch houses, no casualties"
                elif clause.sub_event_type in _INJURIES_ONLY_KINDS and killed == 0:
                    # "shot down 18 drones over the Odesa region and no one was hurt": the interception's
                    # own sentence denies casualties, 0 (None when it denies injuries only), as the next
                    # sentence's denial gives it (_zero_told)
                    inc.add_casualties(_zero_dead(inc.kind, sentence), injured if injured == 0 else None)
                if clause.family in ("violence", "demonstration"):
                    # One figure for several sites is the first's, unless each site has its own
                    # ("killing six people in Kyiv and two in Odesa").
                    figure = counts.get(id(located), None if own else killed)
                    if located is None and _ENTRY.match(sentence):
                        # "15:30 GMT - Gaza civil defence: 24 killed in Israeli attacks": a live blog's new
                        # entry that places nothing; its toll is not the previous entry's act.
                        figure = injured = None
                    if located is None and figure and inc.fatalities and (
                            also_killed(sentence) or not ms and also_hit(sentence)):
                        if not (few(figure, killed_vague(sentence)) and not inc.vague):
                            inc.fatalities += figure  # "Two soldiers were also killed": more dead
                        figure = killed = None  # (not "Several attackers were also killed": see few)
                    if located is None and figure and _days_toll(inc, sentence):
                        figure = None
                    if located is None and figure and _OTHER_HOURS.match(sentence):
                        # "Hours earlier, ... killing 13 officers": another act's dead. (Not "Elsewhere,":
                        # "Elsewhere in the capital, a mother and her baby were killed" is often the same
                        # city's strike, placed by a phrase the coder does not read as a place.)
                        figure = None
                    if located is None and figure and figure >= _WAR_TALLY \
                            and (not inc.fatalities or _tally_beyond(inc, figure)):
                        # "The fighting has raised fears of a return to the civil war that killed 400,000
                        # people": the back-referring words tell the act just told, the tally a war's
                        figure = None
                    side = dead_side(sentence) if figure else ""
                    if title_toll and figure is not None and inc.fatalities is not None \
                            and figure < inc.fatalities:
                        inc.fatalities = None  # the site's own figure, not the headline's total
                    share = counts.get(id(located)) if located is not None and not own else None
                    if share and inc.shared and inc.fatalities == inc.shared \
                            and sum(v or 0 for v in counts.values()) <= inc.shared:
                        # "attacked Bunia and Beni on Monday, killing 19 ... Eleven of the dead were in
                        # Bunia and eight in Beni": the later sentence splits the lead's total by site, so
                        # the first site's figure is its share, not the total (tolls54)
                        inc.fatalities, inc.shared, figure = share, None, None
                    inc.add_casualties(figure, injured, side, more=located is None or retold,
                                       vague=bool(figure) and killed_vague(sentence),
                                       other=located is None and bool(figure) and other_account(sentence))
                    if figure and others and not counts and inc.fatalities == figure:
                        inc.shared = figure  # one figure for the sentence's several sites, given the first
                for extra in others:  # "shelling hit Nikopol, Marhanets and Pokrov": an event at each
                    act = _act_at(parts, extra, told)
                    more = self._incident(incidents, act, extra)
                    more.spans.append(span)
                    if id(extra) in counts and act.family in ("violence", "demonstration"):
                        more.add_casualties(counts[id(extra)], None)
                    elif killed == 0 and not own and more.kind in _ZERO_KINDS:
                        # "struck targets near A and in B; no casualties were reported": none at any site
                        more.add_casualties(_zero_dead(more.kind, sentence),
                                            injured if injured == 0 else None)
                    own_day = parts[id(extra)].day if id(extra) in parts else None
                    if own_day is not None:
                        more.add_date((own_day.date, own_day.precision, 0))
                    elif date is not None:
                        more.add_date((date.date, date.precision, 0))
                    elif day is not None:
                        more.add_date((day, 1, 0))
                    elif story_day is not None and not _SEPARATE.match(sentence):
                        more.add_date((story_day, 1, _STORY))
                    if more.actor1 is None and more.actor2 is None:
                        # The located site's actors, unless this site's act is told by another trigger.
                        same = act is clause and _own_trigger(extra, clause, actors, sentence) \
                            == _own_trigger(located, clause, actors, sentence)
                        more.actor1, more.actor2 = (a1, a2) if same \
                            else _sides_at(extra, act, actors, sentence)
            if killed == 0 and not in_sentence.get(span):
                # "Nobody was killed." read as an act of its own that places nothing: it gave its 0 to the
                # last incident only; every act the sentence before told had none either.
                _zero_told(incidents, text, told_before, told_prior, injured, sentence)
            if ("violence" in incidents.of_kind or _LOOTING in incidents.of_kind) and _claims(sentence):
                standing = [m for m in ms if role_of[id(m)].name == "actor"]
                who = claimant(find_actors(sentence, span[0], ms, standing), sentence)
                if who is not None:
                    _claimed(incidents, who, span, sentence, _named_places(ms, role_of))
            if actors is None and span[0] < last_act:  # (no reading coded actors: the groups for a later act)
                groups = _sentence_actors(sentence, span[0], ms, role_of)[1]
            if groups:
                last_group = groups[-1]
                last_several = len({g.name for g in groups}) > 1
        _launch_stopped(incidents.all, text, sentences.spans(), in_sentence, role_of)
        _story_actor(incidents.all, text)
        _story_cartel_target(incidents.all, text)
        _ally_not_target(incidents.all, text)
        _carry_actors(incidents.all)
        located_incidents = _drop_parents([inc for inc in incidents.all if inc.location is not None], role_of,
                                          in_sentence, text)
        located_incidents = _drop_retold_title(located_incidents, title)
        # Ids are stable: an incident merged across articles keeps the id of its first report.
        return [self._event(inc, article, text, published, f"{article.id}#{n}")
                for n, inc in enumerate(located_incidents, start=1)]

    # -- pieces ---------------------------------------------------------------------------------
    def _locate(self, clause: Clause, ms: list[Mention], role_of: dict[int, Role],
                dateline: Mention | None, sentence: str, theatre: _Theatre,
                headline: bool = False, filed: Mention | None = None) -> _Located | None:
        roles = location_roles(clause.event_type, clause.sub_event_type)
        best: tuple[tuple[int, int, bool, bool, int], Mention, Role] | None = None
        for m in ms:
            info = role_of[id(m)]
            if m.place is None or info.name not in roles or info.rule == "dateline_country":
                continue  # the dateline's country ("KHARKIV, Ukraine (AP) —") says where the city is
            if info.rule == "dateline" and clause.family == "political":
                continue  # the dateline is where the story was filed, not where anyone spoke or met
            if info.rule == "dateline" and _site_beside(ms, role_of):
                continue  # "... captured Bulo Burte after troops withdrew": the withdrawal's place is named
            if info.name == "origin" and clause.family != "political" and _site_beside(ms, role_of):
                # "fought insurgents near Mueda, recovering weapons, the army said in a statement issued in
                # Kigali": where the report was made is no site of an act it tells beside a named site
                continue
            if info.name == "origin" and clause.family != "political" and info.rule == "left" \
                    and _WORDS_FROM.search(sentence, max(0, m.start - m.sentence[0] - _WORDS_FROM_CHARS),
                                           m.start - m.sentence[0]):
                # "In a statement issued in Bahir Dar, the administration said troops had foiled the attack",
                # "acknowledged his troops had withdrawn, speaking in a televised address from Khartoum":
                # where a statement, speech or video was made is no site of the act it tells (the statement
                # is coded there). (Not "speaking at State House in Nairobi, ... deployed the military": the
                # speaker's own act may be there.)
                continue
            if info.name in ("event_site", "venue") and info.clause is not None and info.clause is not clause:
                continue
            distance = clause.distance(m.start - m.sentence[0])
            key = (roles.index(info.name), info.precision, _aside(m, sentence), m.place.kind == "country",
                   distance)
            if best is None or key < best[0]:
                best = (key, m, info)
        seat = seats.seat_in(sentence, self.gazetteer) if clause.sub_event_type == "Meeting/talks" else None
        if best is not None:
            _, m, info = best
            place, precision = m.place, info.precision
            assert place is not None
            if info.name == "event_site":
                s0 = m.sentence[0]
                place, moved = self._site_place(m, theatre, sentence[m.end - s0:m.end - s0 + _AFTER_CHARS],
                                                _beside(m, ms, role_of, sentence), sentence)
                if moved is not None and self.gazetteer is not None \
                        and _context_holder(place, m, ms, role_of, self.gazetteer):
                    place, moved = m.place, None
                precision = _moved_precision(precision, moved, m, sentence)
                if info.rule == _HOLDS_UNKNOWN:
                    precision = max(precision, 2)  # a district holding a village it does not locate
            elif place.kind == "admin1":
                s0 = m.sentence[0]
                place = self._city_of_province(m, sentence[m.end - s0:m.end - s0 + _AFTER_CHARS]) or place
            if seat is not None and place.kind not in ("city", "facility") \
                    and place.country_code == seat.country_code \
                    and normalize(place.name) in normalize(seat.name):
                # "the Security Council met in New York": the city it sits in, not the state.
                return _Located(seat, info.name, 1, m.confidence, [m])
            return _Located(place, info.name, precision, m.confidence, [m])
        if seat is not None:
            return _Located(seat, "seat", 1, 0.9, [])
        # A place before a colon or dash heads a one-line report ("Kharkiv: two killed in shelling").
        # In wire copy only a demonstration: protests are told with few places in the dateline city,
        # while a violent event with no place named is usually at a place the gazetteer does not know.
        if dateline is not None and dateline.place is not None and (
                clause.family == "demonstration"
                or headline and clause.family != "political" and dateline.place.kind not in _AREAS
                and (not dateline.text.isupper() or _capital_heading(dateline, sentence))):
            # "KHARKIV —" is a wire dateline, "Kharkiv:" and "SWEIDA:" headings
            return _Located(dateline.place, "origin", 1, dateline.confidence, [dateline])
        if filed is not None and filed.place is not None and clause.family != "political":
            # The sentence names the dateline city by a phrase ("In the capital, police arrested 11", "in this
            # besieged city", "air defences over the regional capital"): it is the act's place.
            return _Located(filed.place, "origin", 1, filed.confidence, [filed])
        return None

    def _other_sites(self, clause: Clause, ms: list[Mention], role_of: dict[int, Role],
                     located: _Located | None, theatre: _Theatre, sentence: str) -> list[_Located]:
        """The clause's other sites besides ``located``: each named site of a violent, demonstration or
        strategic clause is an event of its own, unless it contains another site or lies in it (a province
        or country named beside a town in it), or is less precise than the first site (the reference
        town of "a village 25 km west of Goma")."""
        if located is None or located.role != "event_site" or clause.family == "political" \
                or clause.sub_event_type == "Agreement":
            return []
        sites = [(m, role_of[id(m)]) for m in ms if m.place is not None]
        sites = [(m, info) for m, info in sites if info.name == "event_site" and info.clause is clause]
        chosen = _Chosen()
        chosen.add(located.place)
        ends = [m.end for m in located.mentions]  # where the chosen sites' names end
        out: list[_Located] = []
        for m, info in sorted(sites, key=lambda s: s[1].precision):
            s0 = m.sentence[0]
            place, moved = self._site_place(m, theatre, sentence[m.end - s0:m.end - s0 + _AFTER_CHARS],
                                            _beside(m, ms, role_of, sentence), sentence)
            if moved is not None and any(place is p for p in theatre.places_without(normalize(m.text))):
                continue  # a name unknown in the theatre ("the Southwest region"): no second event elsewhere
            precision = _moved_precision(info.precision, moved, m, sentence)
            if info.rule == _HOLDS_UNKNOWN:
                precision = max(precision, 2)
            if chosen.overlaps(place) or _aside(m, sentence) or precision > located.precision and not (
                    _province_listed_after_town(place, m, ends, located.place, sentence)) and (
                    place.kind in _BROAD and not _own_province(place, m, ends, clause, sentence)
                    and not _sea_beside_area(place, located.place)
                    or _reference(m, ends, sentence, clause)
                    and not _listed_after_site(place, m, ends, sentence)):
                continue  # a province, country or sea beside a town: the town is the site
            chosen.add(place)
            ends.append(m.end)
            out.append(_Located(place, "event_site", precision, m.confidence, [m]))
        return out

    def _city_of_province(self, m: Mention, after: str) -> Place | None:
        """Where people spoke or met "in New York" or "in Kinshasa" is the city, not the province named like
        it (unless the text says "state" or "province" after it): the biggest town of the name in that
        province, when it is a city of _CAPITAL_POPULATION."""
        place = m.place
        if self.gazetteer is None or place is None or _REGION_AFTER.match(after):
            return None
        gaz = self.gazetteer
        towns = [p for p in map(gaz.place, dict.fromkeys(o.row for o in gaz.options(normalize(m.text))))
                 if p.kind == "city" and p.country_code == place.country_code and p.admin1 == place.admin1
                 and p.population >= _CAPITAL_POPULATION]
        return max(towns, key=lambda p: p.population, default=None)

    def _village_province(self, framer: Place, m: Mention, near: Iterable[Mention],
                          sentence: str) -> Place | None:
        """The province named like the town ``framer`` when the text puts the village ``m`` in it ("Kanan
        village in Sagaing": Sagaing Region, not Sagaing town; ACLED codes a village it cannot locate at
        its province, precision 2), else None."""
        gaz = self.gazetteer
        x = _framer_mention(framer, m, near)
        if gaz is None or framer.kind != "city" or x is None or not sentence \
                or not _village_in(x, sentence, m.sentence[0]):
            return None
        for o in gaz.options(normalize(x.text))[:_MAX_NAMESAKES]:
            p = gaz.place(o.row)
            if p.kind == "admin1" and p.country_code == framer.country_code and p.admin1 == framer.admin1:
                return p
        return None

    def _site_place(self, m: Mention, theatre_of: _Theatre, after: str, near: list[Mention] | None = None,
                    sentence: str = "") -> tuple[Place, int | None]:
        """Where an event site is, read with the article's other places (its *theatre*), and the
        geo_precision that place has when it is not the mention's own (else None). ``after``: the few
        characters after the mention.

        - a district whose town of the same name the gazetteer knows is coded at the town ("Gwoza",
          "Chiure district": the point of a district without county data is its province's centre), and
          so is a province named like its capital unless the text says it is the province ("in Raqqa",
          not "in Raqqa province"), and a town followed by "region" or "province" is the province
          ("Russia's Belgorod region": the oblast, precision 2);
        - a province named like a sea ("the Red Sea") is the sea unless "state" or "province" follows;
        - a place outside the theatre (in none of its countries and far from its places:
          geoparse.resolve.beyond_theatre) whose name a place inside it also bears is that namesake
          ("Jenin" beside "Israeli": the West Bank town, not the Polish village); with no such namesake
          the name is unknown to the gazetteer, and the event is coded at the place that holds it: one
          the sentence names beside it, else a district or province of the theatre (demonyms name
          who acted, not where: "Russian drones struck Kherson" stays in Kherson), with precision 2 (3
          for a country), rather than in another country;
        - a place the sentence itself puts in a province or near a town (``sentence``: "Bella Vista, a
          hamlet on the outskirts of Mirebalais", "Nyaung Chaung Kone, a village in Rakhine state") but
          that lies elsewhere is a namesake of a place the gazetteer lacks: the event is coded at that
          province or town, with precision 2 (see ``_framer``);
        - a province followed by "village" ("Junta airstrike kills 11 in Sagaing village") is the
          province, precision 2: a village in it, not its capital.
        """
        place = m.place
        assert place is not None
        gaz = self.gazetteer
        if gaz is not None and not m.demonym and place.kind == "country" and sentence:
            region = _compass_region(gaz, m, sentence)
            if region is not None:
                return region, None
        if gaz is None or m.demonym or place.kind not in ("city", "admin2", "admin1", "facility"):
            return place, None
        if place.kind == "admin1" and _VILLAGE_AFTER.match(after):
            return place, 2
        key = normalize(m.text)
        countries, points = theatre_of.without(key)
        framer = _framer(m, near or (), sentence)
        # (A frame in another country than a place of the story's is a misread name: "South Gondar". A country
        # named only by the reach of armed groups that span several is no place of the story's: "ISWAP
        # attacked Dikwa" does not put "Maga, in Kebbi state" in Cameroon; "Houthi" alone puts Mocha in
        # Yemen.)
        placed = countries[place.country_code] > theatre_of.spread[place.country_code]
        if framer is not None and (framer.country_code == place.country_code or not placed):
            if framer.kind != "country":
                return self._village_province(framer, m, near or (), sentence) or framer, 2
            # "Pont-Sonde in Haiti's Artibonite region": the name is unknown in that country, and the place
            # that holds it is read below (the province beside it), never a namesake elsewhere.
            countries, points = Counter({framer.country_code: 1}), []
        if countries and place.country_code not in countries and _QUARTER_AFTER.match(after):
            # A neighbourhood or district whose name is a province or town abroad ("fighting spread to the
            # Salah al-Din neighbourhood" in a Tripoli story, "the Gombe district of Kinshasa"): a part of a
            # city the story names, the nearest in the sentence first, else the story's first; ACLED codes
            # a named neighbourhood at its city, precision 1.
            city = _quarter_city(m, near or (), theatre_of.places_without(key), countries)
            if city is not None:
                return city, 1
        if _QUARTER_AFTER.match(after):
            # "the Dniprovskyi district of Kherson", "Kherson's Dniprovskyi district", "the city's
            # Dniprovskyi district": a quarter of the city the text names, whose namesake the gazetteer
            # put in another province (Kyiv's), is coded at that city, precision 1 (not "the Rueso
            # district of Narathiwat": a district of the province named like its town, in it).
            city = _owning_city(m, near or (), sentence)
            if city is not None and city is not place and place.admin1 and city.admin1 \
                    and (place.admin1 != city.admin1 or _NEIGHBOURHOOD_AFTER.match(after)) \
                    and distance_km(place.lat, place.lon, city.lat, city.lon) > _QUARTER_KM:
                # (A neighbourhood or quarter is in the city whatever the province of its namesake: "the El
                # Puente neighbourhood of Salamanca" is not El Puente 70 km away in the same state.)
                return city, 1
        framed = framer is not None and framer.kind == "country" and place.country_code not in countries
        vocabulary = theatre_of.vocabulary
        if not countries and place.kind == "city" and vocabulary and place.country_code not in vocabulary:
            # No other place to read it by, but words of armed conflict ("Army recaptures Palma from
            # insurgents"): the namesake where such news is reported, the biggest if several, whatever the
            # size of one elsewhere (Palma de Mallorca); a town there already stays (Bethlehem beside
            # "Israeli troops", not Belem in Brazil: the bigger-namesake rule below is not read).
            rows = dict.fromkeys(o.row for o in gaz.options(key)[:_MAX_NAMESAKES])
            inside = [p for p in map(gaz.place, rows) if p.kind == "city" and p.country_code in vocabulary]
            if inside:
                return max(inside, key=lambda p: p.population), None
        if not countries and place.kind == "city" and place.country_code not in vocabulary \
                and place.country_code not in theatre_of.plain:
            # No other place to read it by ("Army recaptures Palmyra"): a far bigger namesake is the one
            # news of fighting means, not the resolver's small town (the Syrian city, not a US village).
            # A town the resolver put where plain words of violence are reported stays ("Blast kills two
            # in Nawa": the Syrian town, not Naha in Japan, whose alternate name it is).
            options = gaz.options(key)[:_MAX_NAMESAKES]
            towns = [gaz.place(o.row) for o in options]
            if theatre_of.plain and place.population < _KNOWN_POPULATION:
                # Where the one-liner's plain words of violence are reported, a town bearing the name (not a
                # spelling variant) is meant, whatever its size: "Gang clash in Bel-Air" is Port-au-Prince's
                # quarter (a curated row, of no known size), not the Paris suburb or the Seychelles district.
                inside = [p for o, p in zip(options, towns, strict=True) if p.kind == "city"
                          and p.country_code in theatre_of.plain and o.how in (NAME, ALTERNATE)
                          and not loose_match(gaz, key, p)]
                if inside:
                    weight = theatre_of.plain_weight
                    return max(inside, key=lambda p: (weight.get(p.country_code, 0.0), p.population)), None
            big = max((p for p in towns if p.kind == "city"), key=lambda p: p.population, default=place)
            # A town of the name itself beats one that bears it only as an alternate name unless that one is
            # much bigger: "Pokrovsk" is the Ukrainian town, not Engels (so named before 1931); "Palmyra"
            # stays Tadmur, not a small US Palmyra.
            own = max((p for o, p in zip(options, towns, strict=True) if o.how == NAME and p.kind == "city"),
                      key=lambda p: p.population, default=None)
            if own is not None and own.population * _NAMESAKE_TIMES >= big.population:
                big = own
            # Only a choice among the gazetteer's namesakes (an online geocoder's answer is its own).
            enough = max(_NAMESAKE_TIMES * place.population, _NAMESAKE_POPULATION)
            if place in towns and big.population >= enough:
                return big, None
        # The resolver's out-of-theatre rule (mapper/geoparse/resolve.py): a name the gazetteer matched
        # only loosely ("Boni" -> Bonn) in another country than the story's is a place it does not know,
        # however near or big that match is; another town is outside when far from the story's places.
        loose = loose_match(gaz, key, place) or _alternate_only(gaz, key, place)
        # A town of the curated conflict files (no GeoNames id) named as written is known, wherever the
        # story's other places resolved: "killed 30 in Barsalogho ... since the massacre in Solhan" (a
        # namesake abroad) does not make Barsalogho an unknown village to move.
        curated = place.geonameid is None and place.kind in ("city", "facility") and not loose
        outside = framed or not curated and (place.kind != "admin1" or loose) and bool(countries) \
            and place.country_code not in countries \
            and (loose or beyond_theatre(gaz, place, countries, points))
        if place.kind == "admin1" and _WATER_NAME.search(m.text) and not _REGION_AFTER.match(after):
            # "in the Red Sea": the sea, not Sudan's Red Sea State.
            for o in gaz.options(key)[:_MAX_NAMESAKES]:
                p = gaz.place(o.row)
                if p.kind == "water":
                    return p, 3
        # A district's point is often its province's centre: its seat town is better even for "X district".
        at = m.start - m.sentence[0]
        province_before = bool(sentence) and _PROVINCE_BEFORE.search(
            sentence, max(0, at - _PROVINCE_BEFORE_CHARS), at) is not None
        # (A province of a list closed by a plural area word, "the Kursk and Bryansk regions", is said to be
        # one as well: not its town.)
        own_region = place.kind == "admin2" or place.kind == "admin1" and not _REGION_AFTER.match(after) \
            and not province_before and not _PROVINCE_AFTER.match(after) \
            and not _LISTED_PROVINCES.match(after)
        possesses = place.kind == "city" and _possesses_unknown(m, after, near or ())
        village_in = place.kind == "city" and bool(sentence) and _village_in(m, sentence, m.sentence[0])
        said_region = place.kind == "city" and bool(_PROVINCE_AFTER.match(after)
                                                    or _LISTED_PROVINCES.match(after)
                                                    or _VILLAGE_AFTER.match(after) or province_before
                                                    or possesses or village_in)
        if not own_region and not outside and not said_region:
            return place, None
        # "Bokkos villages" names villages around a town; only a province named like it ("Sagaing
        # village") is read as the province, never the town's own province under another name (Plateau).
        villages_only = said_region and not (_PROVINCE_AFTER.match(after) or _LISTED_PROVINCES.match(after)
                                             or province_before or village_in)
        # ... but a town outside the theatre does not name villages around it: "Zike village" in a Plateau
        # State story is a village the gazetteer lacks, not villages around Syke in Germany (read below).
        if said_region and not (villages_only and outside):  # "Russia's Belgorod region": the oblast
            # The province is named like the town, or by its own name ("Bryanskaya oblast'"); for villages,
            # only like the town, in any spelling ("Taiz village": Ta'izz governorate).
            if villages_only or village_in and not (_PROVINCE_AFTER.match(after) or province_before):
                named = (*gaz.options(key)[:_MAX_NAMESAKES], *gaz.by_variant(key)[:_MAX_NAMESAKES])
            else:
                named = tuple(o for k in (key, normalize(place.admin1_name) if place.admin1_name else "")
                              for o in (gaz.options(k)[:_MAX_NAMESAKES] if k else ()))
            for o in named:
                p = gaz.place(o.row)
                same = p.admin1 == place.admin1 and p.country_code == place.country_code
                if p.kind == "admin1" and same:
                    # ACLED's precision: 3 for the province alone, 2 when the text puts a village in it
                    # ("in Sagaing village", "Kherson region villages").
                    return p, 2 if possesses or village_in or _VILLAGE_NEAR.search(after, 0, 40) else 3
            if possesses:
                return place, None  # no province of the name: the town's own part ("Kherson's Korabel")
            if village_in:
                return place, 2  # no province of the name: a village in the town's area ("a village in Kaya")
            return place, 2 if villages_only else None
        # Namesakes by spelling variant too ("Maarat al-Numan": the district's town is "Ma'arrat an-Nu'man").
        found = (*gaz.options(key)[:_MAX_NAMESAKES], *gaz.by_variant(key)[:_MAX_NAMESAKES])
        rows = dict.fromkeys(o.row for o in found)
        options = [gaz.place(r) for r in rows]
        options = [p for p in options if p.kind in ("city", "facility", "admin2") and p is not place]
        if own_region and not outside:
            towns = [p for p in options if p.kind == "city" and p.country_code == place.country_code
                     and (not place.admin1 or p.admin1 == place.admin1)
                     and (place.kind == "admin2" or p.population >= _CAPITAL_POPULATION)]
            if place.kind == "admin1" and towns:
                # A province named by its own name is not a small town that bears it only as an alternate
                # name: "in Antioquia" is the department, not Santa Fe de Antioquia (its old capital, 23,000
                # people of its 4.8 million); "in Raqqa" names both by one name, and a city of the province's
                # size stays ("In New York", "over Jazan": New York City, Jizan).
                spot = (place.name, place.lat, place.lon)
                named = {(q.name, q.lat, q.lon) for q in (gaz.place(o.row) for o in found if o.how == NAME)}
                if spot in named:
                    own = normalize(place.name)
                    towns = [p for p in towns if (p.name, p.lat, p.lon) in named or normalize(p.name) == own
                             or p.population * _PROVINCE_SHARE >= place.population]
            if not towns:
                return place, None
            # The name alone ("Daraa clashes", "in Raqqa") names the town: its own precision, 1, unless the
            # text places the event relative to it ("the northern countryside of Hama").
            return max(towns, key=lambda p: p.population), TOWN_NAMED
        coherent = [(p.country_code not in countries, _nearest(p, points), -p.population, i)
                    for i, p in enumerate(options)]
        coherent = [c for c in coherent if not c[0] or c[1] <= _NEAR_KM]
        if coherent:
            return options[min(coherent)[3]], None
        # The place the sentence itself names beside it ("near Boni in the Mopti region": Mopti), else the
        # theatre's most specific one.
        beside = [x.place for x in near or () if x is not m and x.place is not None and not x.demonym
                  and x.place.kind in _SPECIFIC and x.place.country_code in countries
                  and normalize(x.text) != key and normalize(x.text) not in theatre_of.tellers]
        # Theatre-wide, a province or district the story names holds the unknown place better than a town
        # it names elsewhere (often its dateline, where the story was filed).
        fallback = min(beside, key=lambda p: _SPECIFIC.get(p.kind, 3), default=None) or min(
            theatre_of.places_without(key), key=lambda p: _HOLDS.get(p.kind, 3), default=None)
        site_countries = countries - theatre_of.teller_countries()
        known = _KNOWN_POPULATION
        if fallback is None and site_countries:
            # No place of the theatre is named ("KDF convoy hits IED near Kiunga": Kenya from the actor
            # table): its country, rather than a namesake in Papua New Guinea.
            fallback = gaz.country(site_countries.most_common(1)[0][0])
            # Only a group says where the story is, and groups strike abroad ("Houthi missile hits
            # Eilat", "Hezbollah rockets hit Kiryat Shmona"): a town of some size named by its own name
            # is the one meant.
            known = _NAMESAKE_POPULATION
        if fallback is None or place.population >= known and not loose and not framed \
                and (len(theatre_of.named) < _CONTEXT_PLACES  # a story about two countries names both
                     or place.country_code in theatre_of.mentioned_without(key)):
            return place, None
        if not beside and not loose and not framed and place.kind == "city" \
                and place.population >= _NAMESAKE_POPULATION and _own_name(gaz, key, place):
            # A town of some size named by its own name, with no place of the theatre beside it in its own
            # report, is the one meant: the theatre's places are another report's ("Houthi missile
            # intercepted over Eilat. US jets strike Hodeidah": Eilat, not Hodeidah). An unknown village is
            # small or matched loosely, or is named beside the place that holds it.
            return place, None
        if not loose and not framed and fallback.country_code != place.country_code \
                and (place.country_code in theatre_of.mentioned_without(key)
                     or place.kind == "city" and place.population >= _NAMESAKE_POPULATION
                     and any(x.place is fallback and normalize(x.text) in theatre_of.standing
                             for x in near or ())) \
                and distance_km(place.lat, place.lon, fallback.lat, fallback.lon) > _FAR_HOLDER_KM:
            # "Azerbaijani forces shelled Armenian positions near Jermuk ..., the first such incident since
            # the peace deal was initialled in Washington": a town of a country the text names (a demonym
            # too) is not moved to a place of another country, far away, that another clause names; nor to
            # a far capital the sentence names only as a state ("near Kidal as Algiers hosts envoys"), when
            # the town is one of some size (a small namesake abroad is more likely a misread name).
            return place, None
        if fallback.kind == "city":
            fallback = self._village_province(fallback, m, near or (), sentence) or fallback
        return fallback, 3 if fallback.kind in ("country", "continent", "region", "water") else 2

    @staticmethod
    def _incident(incidents: _Incidents, clause: Clause, located: _Located | None, day: dt.date | None = None,
                  separate: bool = False, sentence: str = "") -> _Incident:
        kind = _kind(clause)
        same = incidents.of_kind.get(kind, [])
        target: _Incident | None = None
        if located is not None:
            # Two acts of different kinds at one place are two events ("overran Macomia ... ten soldiers
            # were killed in the battle for Macomia"); a generic or back-referring report is the same one.
            if clause.specific and not clause.back_reference:
                target = incidents.at_sub(kind, located.place, clause.sub_event_type)
            else:
                target = incidents.at(kind, located.place)
            if target is not None and not clause.back_reference and _other_day(target, day) and (
                    clause.specific or target.specific and kind == "violence"
                    and _KILLING_VERB.match(sentence.lower(), clause.start) is not None
                    and not _PASSIVE_TOLL.search(sentence)):
                # One sub-type at one place on two days is two events (ACLED's unit): "clashed in Tibu on
                # Sunday ... On Tuesday, troops clashed again in Tibu". (A generic "the killings in X",
                # told beside another day's date, retells the act.) So is a killing told with its own
                # killers after a specific act there on another day: "militants ambushed a convoy in
                # Sararogha on Tuesday ... Security forces killed eight militants in Sararogha on
                # Wednesday" (sites59; not a passive toll: "two more were killed in X on Tuesday").
                target = None
            if target is None and same and same[-1].location is None and _joins(same[-1], clause) \
                    and not separate and not _other_day(same[-1], day) and kind != "Statement":
                # An unplaced report is this one, unless the text says it is another: "In a separate
                # attack", or a different day ("attacked Pont-Sonde on Thursday ... On Wednesday, police
                # repelled an attack on Solino").
                target = same[-1]
            if target is None and kind == "violence" and not clause.specific and not clause.back_reference \
                    and not separate and _PASSIVE_TOLL.search(sentence):
                # "Protesters set up burning barricades in Matola ... At least three people were killed in
                # Matola, a rights group said": a bare toll (the dead as subject, no one named who killed
                # them) at the town of the story's riot or dispersed protest is that crowd's dead, not an
                # attack of its own (the guide's unit rule: a place named again for the act just told).
                crowd = [inc for k in _CROWD_KINDS if (inc := incidents.at(k, located.place)) is not None
                         and not _other_day(inc, day)]
                if crowd:
                    target = min(crowd, key=lambda inc: incidents.order(inc))
            if target is None and kind == "violence" and located.place.kind in ("country", "admin1"):
                # "in northern Mali" after "near Menaka": the same incident, told more broadly.
                target = incidents.within(kind, located.place)
                if target is not None:
                    located = None
        elif kind == "violence" and not same and not separate and not clause.specific \
                and not clause.back_reference and incidents.all and incidents.all[-1].sub in _CROWD_KINDS \
                and incidents.all[-1].location is not None and incidents.all[-1].fatalities is None:
            # "Protesters burned tyres in Mombasa on Monday ... Police fired live rounds to disperse them,
            # killing two people": an unplaced killing right after the story's riot or dispersed protest, with
            # no violent act told yet, is that crowd's dead (as the bare toll at its town above; tolls52)
            target = incidents.all[-1]
        elif kind == "violence" and not same and not separate and incidents.all \
                and incidents.all[-1].sub == _LOOTING and incidents.all[-1].location is not None \
                and (clause.back_reference or _KILLING_VERB.match(sentence.lower(), clause.start)):
            # "Militants attacked a convoy of fuel tankers near X, setting dozens of trucks ablaze ... The
            # attack was claimed by JNIM": the attack referred back to is the arson just told (types51:
            # b36-074), not an unplaced act a later sentence's strike would fill. An unplaced killing told
            # after it ("Soldiers escorting the convoy returned fire and several attackers were killed")
            # makes the arson that act (b42-066): one event at its place, of the violence's sub-type. (Not
            # any unplaced act: "Looting broke out in Bukavu ... gunfire echoed through the night", l5-009.)
            target = incidents.all[-1]
            if not clause.back_reference:
                incidents.of_kind[_LOOTING].remove(target)
                target.kind, target.sub, target.specific = kind, clause.sub_event_type, clause.specific
                incidents.of_kind.setdefault(kind, []).append(target)
        elif same and not _other_side_strike(same[-1], clause, sentence):
            target = same[-1]
        if target is None and located is not None and kind == "violence" and clause.back_reference \
                and not clause.specific and same and same[-1].specific:
            # "The attack also damaged power lines in Lviv": the act just told, at another place (its
            # sub-type, not a generic attack's).
            target = incidents.open(kind, same[-1].sub, True)
        if target is None:
            target = incidents.open(kind, clause.sub_event_type, clause.specific)
        elif clause.specific and not target.specific and not (
                target.sub == "Attack" and clause.sub_event_type == "Armed clash" and located is None
                and state_fights_back(sentence.lower(), clause.start)):
            # An attack on civilians (its victims made it one) is not turned into a battle by the state's
            # forces fighting the attackers in a later, unplaced sentence ("attacked Kenscoff, killing five
            # residents ... police exchanged fire with the attackers"): the place was named once, for the
            # main act (the guide's unit rule). The attackers storming an armed side still make it one.
            target.sub, target.specific = clause.sub_event_type, True  # "attack" -> "air/drone strike"
        if located is not None and target.location is None:
            incidents.locate(target, located)
        incidents.told_as(target)
        if located is not None:
            target.mentions += located.mentions
        return target

    @staticmethod
    def _event(inc: _Incident, article: Article, text: str, published: dt.date | None,
               event_id: str) -> Event:
        """The Event of an incident; ``text`` is the normalized view the rules read (excerpts quote
        ``article.text``)."""
        assert inc.location is not None
        if inc.date is not None:
            date, precision = inc.date[0].isoformat(), inc.date[1]
        else:  # the text names no date: the published date, known to the week
            date, precision = (published.isoformat() if published else None), WEEK
        spans = sorted(set(inc.spans))
        excerpts = [Excerpt(article.id, " ".join(article.text[s:e].split()), s, e) for s, e in spans]
        confidence = inc.location_confidence * (0.9 if inc.specific else 0.7) * _ROLE_CONFIDENCE[inc.role]
        crowd = crowd_fight(inc.sub, inc.actor1, inc.actor2, inc.location.country_code)
        year = int(date[:4]) if date else None
        actor1, actor2 = code_actors(crowd, inc.actor1, inc.actor2, inc.location.country_code, year)
        told = " ".join(text[a:b] for a, b in spans) if inc.sub in (_REGAINS, _OVERTAKES, _AIR) else ""
        sub = _taken_by(crowd, actor1, inc.location, NON_STATE.search(told.lower()) is not None)
        site = inc.mentions[0] if sub == _AIR and inc.mentions else None  # where the act was placed
        before = text[max(site.sentence[0], site.start - _MEANS_REACH):site.start] if site is not None else ""
        sub = _means(sub, inc.location, told, before)
        if EVENT_TYPE_OF[sub] == "Explosions/Remote violence" and actor1 is None:
            actor1 = _model_owner(" ".join(text[a:b] for a, b in spans), inc.location.country_code)
            if actor1 is None:  # "Kharkiv: guided bomb hits apartment block": the occupier's strike
                actor1 = occupier_strike(sub, inc.location.country_code, inc.location.admin1)
        elif sub == "Disrupted weapons use":
            actor1, actor2 = interception_sides(actor1, actor2, " ".join(text[a:b] for a, b in spans),
                                                inc.location.country_code, inc.location.admin1, year)
        if sub == "Disrupted weapons use" and actor2 is None:
            owner = _model_owner(" ".join(text[a:b] for a, b in spans), inc.location.country_code)
            actor2 = owner if owner is not None and owner != actor1 else None
            if actor2 is None:  # "air defences downed 48 Ukrainian drones"
                actor2 = launcher(" ".join(text[a:b] for a, b in spans), actor1, inc.location.country_code,
                                  year)
            if actor2 is None:  # "The Houthis said they fired a missile at X. The army said it was stopped"
                claim = _previous_sentence(text, spans[0][0]) + " ".join(text[a:b] for a, b in spans)
                actor2 = claimed_launcher(claim, actor1, inc.location.country_code)
        if actor2 is None:
            actor2 = inferred_target(EVENT_TYPE_OF[sub], actor1, inc.victims, inc.location.country_code, year,
                                     sub)
        if actor1 is None and sub == "Armed clash":  # "Two militants killed in Kupwara gunfight, army says"
            actor1 = reporting_army(" ".join(text[a:b] for a, b in spans), actor2, inc.location.country_code,
                                    year)
        if actor2 is None and sub == _REGAINS:  # "retook Singa from the paramilitary Rapid Support Forces"
            actor2 = retaken_from(told, actor1, inc.location.country_code)
        if actor2 is None and sub == _REGAINS:  # "... recaptured Kalehe. M23 fighters had held the town"
            actor2 = former_holder(_next_sentence(text, spans[-1][1]), actor1, inc.location.country_code)
        if sub == _HANDOVER:  # "MNDAA hands Lashio back to junta": the junta took it, from the MNDAA
            handed = _HANDED_TO.search(" ".join(text[a:b] for a, b in spans).lower())
            taker = canonical(Actor(handed.group(1)), False, inc.location.country_code) if handed else None
            if taker is not None and (actor1 is None or taker.name != actor1.name):
                actor1, actor2 = taker, actor1
        if (actor2 is None or not actor2.inferred and actor2.name != "civilians") \
                and EVENT_TYPE_OF[sub] == "Explosions/Remote violence" \
                and civilian_target(" ".join(text[a:b] for a, b in spans),
                                    camp=actor2 is None and inc.location.feature_code == _CAMP_CODE):
            # A strike on a civilian target with a toll and no armed target: civilians, also when the sentence
            # names an armed side elsewhere ("killing 13 people, as fighting with the Fano militia spread").
            actor2 = Actor("civilians", inc.location.country_code, inferred=True)
        if actor2 is None and EVENT_TYPE_OF[sub] == "Explosions/Remote violence" and inc.fatalities \
                and dead_were_civilians(" ".join(text[a:b] for a, b in spans)
                                        + _next_sentence(text, spans[-1][1])):
            # "A truck bomb killed six people in Cali. ... All the dead were civilians, he said": who the dead
            # were, told in the act's sentences or the one after them.
            actor2 = Actor("civilians", inc.location.country_code, inferred=True)
        if actor2 is None and actor1 is not None \
                and EVENT_TYPE_OF[sub] in ("Battles", "Explosions/Remote violence"):
            # "Israeli warplanes struck a Hezbollah weapons depot", "the Houthi-held port", "a Russian fuel
            # depot": the side whose asset was hit (targets56; an act with no agent, a mine, is left alone)
            actor2 = asset_owner(" ".join(text[a:b] for a, b in spans), actor1, inc.location.country_code,
                                 year)
        if (actor2 is None or actor2.inferred and actor2.name == "militants") \
                and EVENT_TYPE_OF[sub] in ("Battles", "Explosions/Remote violence"):
            # (a post the act hit names its side better than a bare toll of militants)
            post = forces_target(" ".join(text[a:b] for a, b in spans), inc.location.country_code, year)
            if post is not None and (actor1 is None or actor1.name != post.name):
                actor2 = Actor(post.name, post.country_code, inferred=True)
        if (actor2 is None or actor2.name == "prisoners") and EVENT_TYPE_OF[sub] == "Battles":
            # "Gangs storm Saint-Marc prison, free hundreds of inmates": the guards, not the freed inmates
            guards = prison_guards(" ".join(text[a:b] for a, b in spans), inc.location.country_code)
            if guards is not None and (actor1 is None or actor1.name != guards.name):
                actor2 = guards
        return Event(
            event_type=EVENT_TYPE_OF[sub], sub_event_type=sub, location=inc.location, date=date,
            time_precision=precision if date else 3, geo_precision=inc.geo_precision, role=inc.role,
            actor1=actor1, actor2=actor2, fatalities=inc.fatalities, injuries=inc.injuries,
            excerpts=excerpts,
            sources=[Source(article.id, article.title, article.url, article.published)],
            confidence=round(confidence, 3), mentions=list(inc.mentions), id=event_id,
        )


_CAMP_CODE = "CMPRF"  # the gazetteer's camps of displaced people and refugees (actors.civilian_target)
_BROAD = ("country", "admin1", "water", "continent")
_WIDE = ("country", "admin1", "region", "continent")  # areas that never stand for a town named in them
# Where a capitalised place name goes ("in Kolofata", "near El Wak", "the village of Um Sumeima"); the
# pattern only finds where one starts (_names_smaller reads the word).
_SMALLER_AT = re.compile(r"\b(?:in|near|at|outside|around|towards|into|(?:town|village|city|camp|district|"
                         r"area|outskirts|control) of)\s+(?:the\s+)?(?=[A-Z])")
_NOT_PLACE = frozenset(
    "the a an january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday".split())
_SMALLER_NEAR = 60  # characters from the area's name within which the smaller place is named
# "killed in RSF attack in Gezira state", "in M23 offensive": a group naming the act after "in", no place.
_ACT_AFTER = re.compile(r"\S{1,30}\s(?:[\w-]{1,30}\s)?(?:attacks?|strikes?|air\s?strikes?|raids?|shelling|"
                        r"bombing|bombardment|assault|offensive|ambush|clashes|fighting|drone|drones|rocket|"
                        r"rockets|missile|missiles|artillery|gunfire|operation|crackdown)\b")
_POSSESSED = re.compile(r"[’']s\s+(?=[A-Z])")  # "Israel's Ben Gurion airport"
_INSTITUTION = re.compile(r"(?:Defen[cs]e|Foreign|Interior|Health|Home|Ministry|President|Prime|Army|Armed|"
                          r"Supreme|National|Security|Air|Central|Emergency|Civil|Red|Health|State|Federal|"
                          r"General|Military|Government|Parliament|Supreme|Special|Border|Police|Navy)\b")
_MODIFIER = re.compile(r"-(?:owned|flagged|based|backed|led|made|bound|registered|operated)\b")
_REFERENCE_GAP = 40  # characters between a site and the town it is placed by ("Sake, 25 km west of Goma")
_COORDINATED = re.compile(r"\band\b|\bor\b|;|\bwhile\b|\bas well as\b")


def _reference(m: Mention, ends: list[int], sentence: str, clause: Clause) -> bool:
    """Whether a less precise site only places a site named just before it ("Sake, 25 km west of Goma",
    "the Tishrin dam, east of Aleppo") rather than being a site of its own ("near Rharous and an army
    base in Bamba")."""
    s0 = m.sentence[0]
    before = [e for e in ends if 0 <= m.start - e <= _REFERENCE_GAP]
    # An act told between the two is the second place's own ("raided X last month, set off a bomb near Y").
    acts = sorted(a for a, _ in clause.spans or [(clause.start, clause.end)])
    return any(_COORDINATED.search(sentence, e - s0, m.start - s0) is None
               and bisect.bisect_left(acts, e - s0) == bisect.bisect_left(acts, m.start - s0) for e in before)


def _sea_beside_area(place: Place, first: Place) -> bool:
    """Whether a sea named beside the clause's first site is a site of its own: the first is a province,
    not a town the sea only places ("drones shot down over Crimea and the Black Sea", "over the Kherson
    region and the Black Sea"; not "a ship hit in the Red Sea off Mokha", where Mokha is the site)."""
    return place.kind == "water" and first.kind == "admin1"


def _listed_after_site(place: Place, m: Mention, ends: list[int], sentence: str) -> bool:
    """Whether a province is a later name of a list of provinces whose name before it is a chosen site ("and
    damaged energy facilities in the Sumy and Chernihiv regions", "in the Cherkasy, Vinnytsia and Zhytomyr
    regions": each name as the first; not "in Sumy and the Chernihiv region", nor "the Sumy region and
    Chernihiv"): a site of its own, not a reference to the name before it."""
    s0 = m.sentence[0]
    before = [e for e in ends if e <= m.start]
    return place.kind == "admin1" and bool(before) \
        and _JOINED_PROVINCE_NAMES.fullmatch(sentence, max(before) - s0, m.start - s0) is not None \
        and (_PLURAL_PROVINCE_AFTER.match(sentence, m.end - s0) is not None
             or _LISTED_PROVINCES.match(sentence, m.end - s0) is not None)


# After a province named in a list right after a town it does not hold: a region word ("Kuriga, Kaduna state"
# frames the town), a list going on as regions ("Kherson, Zaporizhzhia and Dnipropetrovsk regions"), or a
# possessive ("Kunar's Asadabad"): not a sibling site.
_PROVINCE_FRAMED_AFTER = re.compile(r"(?:\s{1,3}(?:and|or)\s{1,3}[A-Z][\w'’-]{0,30}+)?"
                                    r"(?:[’']s\b|\s{1,3}(?:province|governorate|region|state|oblast|prefecture|"
                                    r"county|district|territory|department)s?\b)", re.I)


def _province_listed_after_town(place: Place, m: Mention, ends: list[int], first: Place,
                                sentence: str) -> bool:
    """Whether a province is the next name of a list of sites after a town the clause is coded at, in
    another province ("Pakistani jets strike Kandahar, Kunar", "struck Kunduz, Kunar and Paktia", "Israeli
    jets strike Beirut, Bekaa"): a site of its own, as a town would be in that list (the caller has found
    that it neither holds nor lies in a chosen site). Not a province named as such after the town ("Kuriga,
    Kaduna state", a frame, which the roles read) nor a possessive ("Kandahar, Kunar's capital")."""
    s0 = m.sentence[0]
    before = [e for e in ends if e <= m.start]
    return place.kind == "admin1" and first.kind in ("city", "facility") and bool(before) \
        and bool(place.admin1) and bool(first.admin1) and place.admin1 != first.admin1 \
        and place.country_code == first.country_code \
        and _JOINED_PROVINCE_NAMES.fullmatch(sentence, max(before) - s0, m.start - s0) is not None \
        and _PROVINCE_FRAMED_AFTER.match(sentence, m.end - s0) is None


# A second verb of the first act's subject, with no subject of its own, between the last chosen site and a
# province ("killed two people in Nikopol on Monday, and shelled villages in the Zaporizhzhia region", "struck
# a fuel depot in El Obeid and hit power stations in the White Nile state"): the verb tells an act at the
# province, which the clause's triggers do not hold (places63; the guide: one event per place and sub-type).
_SUBJECTLESS_SECOND_VERB = re.compile(
    r"(?:,\s{0,3}|\s)and\s{1,3}(?:also\s{1,3}|then\s{1,3})?(?:hit|struck|damaged|shelled|bombed|attacked|"
    r"blew\s{1,3}up|torched|burned|burnt|abducted|kidnapped|destroyed|targeted|pounded|set\s{1,3}fire\s{1,3}to)\s")
_SECOND_VERB_SPAN = 160  # the most characters between the last site and the province the verb is read in


def _own_province(place: Place, m: Mention, ends: list[int], clause: Clause, sentence: str) -> bool:
    """Whether a province (not holding or lying in a chosen site: the caller asks) is the site of an act
    of its own, told after the sites before it ("One missile hit Dnipro, ..., and drones damaged power
    lines in the Sumy region", "strikes on Hodeidah ..., and further strikes hit a camp in Saada
    province"): named as a province ("region", "province", "state" after it; not "the Sahel" or "the
    Artibonite valley") with a trigger of the clause between the last site named before it and it."""
    s0 = m.sentence[0]
    if place.kind != "admin1" or not (_PROVINCE_AFTER.match(sentence, m.end - s0)
                                      or _LISTED_PROVINCES.match(sentence, m.end - s0)):
        return False
    acts = sorted(a for a, _ in clause.spans or [(clause.start, clause.end)])
    before = [e for e in ends if e <= m.start]
    if before and bisect.bisect_left(acts, max(before) - s0) < bisect.bisect_left(acts, m.start - s0):
        return True
    if before and m.start - max(before) <= _SECOND_VERB_SPAN \
            and _SUBJECTLESS_SECOND_VERB.search(sentence, max(before) - s0, m.start - s0) is not None:
        return True
    if _listed_after_site(place, m, ends, sentence):
        return True
    # Or told before a site, with an act of the clause between it and that site: "Strikes hit energy
    # facilities in the Lviv and Ivano-Frankivsk regions ..., and a drone killed a man in the town of X".
    after = [e for e in ends if e > m.end]
    return bool(after) and bisect.bisect_left(acts, m.end - s0) < bisect.bisect_left(acts, min(after) - s0)


# A lower-case compass word right before a country: "IDF shells south Lebanon", "strikes in southern Lebanon".
# The recogniser matches the capitalised region only ("South Lebanon"); the corpus codes the lower-case form
# at that region too (bh33-015, h36-053; the guide: the most specific place the text supports).
_COMPASS_BEFORE = re.compile(r"\b(south|southern|north|northern|east|eastern|west|western)\s$")


def _compass_region(gaz: Gazetteer, m: Mention, sentence: str) -> Place | None:
    """The gazetteer's region a lower-case compass word and a country name together name ("south Lebanon":
    South Lebanon), in that country; None when there is no such region (then "northern Mali" stays Mali).
    Only a region (a curated area), not a province: "northern Ghana" is not Ghana's Northern Region."""
    s0 = m.sentence[0]
    start = m.start - s0
    word = _COMPASS_BEFORE.search(sentence, max(0, start - 10), start)
    if word is None or m.place is None:
        return None
    for o in gaz.options(normalize(word.group(1) + " " + m.text))[:_MAX_NAMESAKES]:
        p = gaz.place(o.row)
        if p.kind == "region" and p.country_code == m.place.country_code:
            return p
    return None


# Where a coordinated part of a sentence ends: "Shelling hit A while drones struck B", "..., and a drone
# strike on B killed two", "attacked soldiers in A; a bomb exploded in B".
_PART_BREAK = re.compile(r"[,;|]|\b(?:and|while|whereas|but|as|amid|after)\b")
# A subordinating "as"/"while"/"whereas" between two sites: the words before it are the previous site's own
# clause ("Kherson shelled as drones hit Zaporizhzhia": "shelled" is Kherson's headline participle), so the
# next site's part starts after the last one (multi44: the first act had typed both sites). Lower-case only.
_PART_OPENER = re.compile(r"\b(?:as|while|whereas)\s")
_OWN_STRATEGIC = ("Looting/property destruction", "Arrests")  # acts a part can tell besides the violence
# A generic trigger that only counts the dead ("; one killed in B") tells no act of its own.
_TOLL_WORD = re.compile(r"kill|dead|die|death|wound|injur|casualt|lost|los", re.I)


@dataclass(slots=True)
class _Part:
    """A site's own part of a sentence that tells several acts, and the act it tells there."""

    begin: int | None  # where the part's own act is told (its trigger), None when it goes on the previous
    act: Clause | None  # the part's act when it differs from the sentence's (offsets in the sentence)
    background: bool  # the part dates its act long before publication ("raided X last month")
    # The day the part's own words give its act ("attacked A on Monday, setting off clashes that spread to
    # B on Tuesday": Tuesday at B), when it names one.
    day: DateExpr | None = None
    opens: bool = False  # the site's name opens the part ("In A, ...; in B, ..."): its figure follows it


# A monitor's list whose every site opens its own part, its act and toll after the name: "In Kyiv, a drone
# hit a kindergarten, injuring four; in Dnipro, a missile struck a plant, killing two; and in Lviv, ...".
# Only the words just before the name are read (a bounded window): the sentence's start or a break, an
# optional "and", then "in", "at" or "near"; a comma must follow the name.
_OPENS_PART = re.compile(r"(?:^|[;:,]\s{0,3}(?:and\s{1,3})?)(?:in|at|near)\s{1,3}$", re.IGNORECASE)
_OPENER_WINDOW = 14
# A site that opens a report of a line: the sentence's start or a hard break before it (emoji or bullets
# between).
_OPENS_REPORT = re.compile(r"(?:^|[;|])\W{0,3}$")


def _place_first(sentence: str, ordered: list[_Located]) -> bool:
    """Whether every site of a sentence with several opens its own part ("In A, ...; in B, ...")."""
    if len(ordered) < 2:
        return False
    for x in ordered:
        m = x.mentions[0]
        start, end = m.start - m.sentence[0], m.end - m.sentence[0]
        if not _OPENS_PART.search(sentence[max(0, start - _OPENER_WINDOW):start]) \
                or not sentence.startswith(",", end):
            # ... or opens a report of a line: "Gaza City strike kills 6 | Khan Younis: tent camp hit, 4 dead"
            if not _OPENS_REPORT.search(sentence[max(0, start - _OPENER_WINDOW):start]):
                return False
    return True


def _opened_parts(sentence: str, ordered: list[_Located], clause: Clause, reader: Clauses,
                  published: dt.date | None) -> dict[int, _Part]:
    """The parts of a list whose sites open them ("In A, ...; in B, two women died when shells hit a
    market; ..."): each runs from its site's name to the next site's, and tells the first specific act in
    it, else its own generic one unless the sentence's act comes before the list."""
    starts = [x.mentions[0].start - x.mentions[0].sentence[0] for x in ordered] + [len(sentence)]
    out: dict[int, _Part] = {}
    for n, site in enumerate(ordered):
        lo, hi = starts[n], starts[n + 1]
        own_words = sentence[lo:hi]
        found = [c for c in clauses(own_words)
                 if c.family == "violence" or c.family == "strategic" and c.sub_event_type in _OWN_STRATEGIC]
        # A generic act of the part's own ("in Argelia, a soldier was killed by a sniper") is its act beside
        # a generic one of the sentence, or a specific one that another site's part tells ("; in Suarez,
        # drones dropped explosives"); an act told before the list is every part's ("Shelling hit several
        # towns: in A, two died; ...").
        generic = not clause.specific or starts[0] <= clause.start and not lo <= clause.start < hi
        act = next((c for c in found if c.specific), None) or (found[0] if found and generic else None)
        part = _Part(lo, None, False, opens=True)  # not the words before the first name: another part's
        if act is not None:
            reading = reader.read([act], own_words, published)[0]
            act = replace(act, start=act.start + lo, end=act.end + lo,
                          spans=tuple((x + lo, y + lo) for x, y in act.spans))
            day = None if reading.background else _own_day(own_words, act.start - lo, published)
            part = _Part(part.begin, None if act.sub_event_type == clause.sub_event_type else act,
                         reading.background, day, opens=True)
        out[id(site)] = part
    return out


def _parts(sentence: str, sites: list[_Located], clause: Clause, reader: Clauses, published: dt.date | None
           ) -> dict[int, _Part]:
    """Each site's part of a sentence whose clause has several sites, and the act the part tells when it
    differs from the clause's ("Shelling hits Kupiansk while drones strike Izium": a drone strike at
    Izium; "gunmen raided X last month, and on Tuesday a bomb exploded in Y": no event at X). A site's
    part runs from the previous site (or the sentence's start) to its name; a part with no trigger of
    its own goes on the previous site's act ("shelling hit Nikopol, Marhanets and Pokrov"). A generic
    trigger tells an act of its own only beside a specific one, and not when it only counts the dead
    ("..., killing 5 in B"). Keyed by id(site)."""
    ordered = sorted((x for x in sites if x.mentions), key=lambda x: x.mentions[0].start)
    if _place_first(sentence, ordered):
        return _opened_parts(sentence, ordered, clause, reader, published)
    out: dict[int, _Part] = {}
    prev_end = 0
    starts = [x.mentions[0].start - x.mentions[0].sentence[0] for x in ordered][1:] + [len(sentence)]
    for n, site in enumerate(ordered):
        m = site.mentions[0]
        end = m.end - m.sentence[0]
        part = _Part(0 if n == 0 else None, None, False)
        # A semicolon closes the previous site's clause: the part's acts and dates are the words after the
        # last one ("killing four soldiers; in March, jihadists stormed the base in B": B's act is the
        # storming, dated March, not the toll nor the Monday told before it; phantom36, session 30).
        semi = sentence.rfind(";", prev_end, end) if n else -1
        if semi >= 0:
            prev_end = semi + 1
        if n:
            last = None
            for found_opener in _PART_OPENER.finditer(sentence, prev_end, end):
                last = found_opener
            if last is not None:
                prev_end = last.end()
        found = [c for c in clauses(sentence[prev_end:end])
                 if c.family == "violence" or c.family == "strategic" and c.sub_event_type in _OWN_STRATEGIC]
        act = found[0] if found else None
        if act is not None:
            # The part's own words date it, up to the next break or the next site's name.
            stop = _PART_BREAK.search(sentence, end, starts[n])
            own_words = sentence[prev_end:stop.start() if stop else starts[n]]
            reading = reader.read([act], own_words, published)[0]
            if act.specific or clause.specific and not _TOLL_WORD.match(sentence, prev_end + act.start):
                act = replace(act, start=act.start + prev_end, end=act.end + prev_end,
                              spans=tuple((x + prev_end, y + prev_end) for x, y in act.spans))
                day = None if reading.background else _own_day(own_words, act.start, published)
                part = _Part(part.begin if n == 0 else act.start,
                             None if act.sub_event_type == clause.sub_event_type else act, reading.background,
                             day)
            elif reading.background and reading.date is not None:
                # "Gunmen who killed 20 in Bokkos on Christmas Eve ..., as bandits abducted 15 near Funtua":
                # a part dated weeks back by its own words tells an earlier act, whatever its trigger.
                part = _Part(part.begin, None, True)
        out[id(site)] = part
        prev_end = end
    return out


def _own_day(words: str, trigger: int, published: dt.date | None) -> DateExpr | None:
    """The day a site's part of a sentence gives its own act: the first day named after the last break
    before the act's trigger (", setting off clashes that spread to B on Tuesday", "and on Tuesday drones
    hit B"), not a day the part's first words give the act before it ("A on Monday"), nor a dateline's."""
    header = dateline_header(words)
    since = header.end() if header is not None else 0
    for b in _PART_BREAK.finditer(words, since, max(since, trigger)):
        since = b.end()
    # ... nor past the break an "N days after" ends on: it is the day of the act after it (", a day after a
    # drone struck B")
    return next((d for d in find_dates(words, published)
                 if (d.start >= since or d.end == since and follows_after(d)) and d.precision == 1), None)


def _act_at(parts: dict[int, _Part], site: _Located, clause: Clause) -> Clause:
    """The act told at ``site``: its part's own, else the sentence's ``clause``."""
    part = parts.get(id(site))
    return clause if part is None or part.act is None else part.act


def _part_figures(sentence: str, parts: dict[int, _Part]) -> dict[int, int]:
    """Each site's fatalities told in its own part of the sentence ("..., and a drone strike on B killed
    two": two at B, none at A), keyed by id(site): from where its act is told to where the next is."""
    starts = sorted((p.begin, key) for key, p in parts.items() if p.begin is not None)
    out: dict[int, int] = {}
    for n, (start, key) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(sentence)
        killed = casualties(sentence[start:stop])[0]
        if killed:
            out[key] = killed
    return out


# The last joint before a later site's share: "... in Kanbalu township and eight in Shwebo" keeps
# "eight in Shwebo", not the first site's trailing words.
# ... but not the comma before a reference town ("six in a tent camp in Muwasi, west of Khan Younis": the
# share of the place the town locates; the village the gazetteer lacks is coded at the town).
_REFERENCE_AFTER = (r"\s{1,3}(?:(?:about|some|roughly|around|just)\s{1,3})?(?:\d[\d.,]{0,8}\s{0,3}"
                    r"(?:km|kilomet(?:re|er)s|miles)\s{1,3})?(?:north|south|east|west)(?:-?(?:east|west))?\s{1,3}of\b")
_JOINT = re.compile(r"[,;](?!" + _REFERENCE_AFTER + r")|\band\b|\bas well as\b|\bwhile\b")
# ", including eight in A": the first site's share of a total told before it.
_SHARE = re.compile(r"\bincluding\s+((?:at least\s+)?[\w-]+)"
                    r"(?:\s+(?:people|persons|civilians|soldiers|of them))?\s+(?:in|at|near|on)\b")


# A listed site's own figure right after its name: "Stepnohirsk (2 killed)", "Kosti 2 dead", "Prymorske (1)".
_LISTED_TOLL = re.compile(r"\s{0,2}(?:\(\s{0,2})?(\d{1,4})(?:\s{1,2}(killed|dead|injured|wounded|hurt))?\b")


def _listed_figures(sentence: str, located: list[_Located], ends: list[int]) -> dict[int, int | None]:
    """Each site's deaths in a monitor's list with a toll per place (``toll_list``): its own figure, a
    bare one counting what the item before it counted ("A (2 killed), B (1)": one killed at B); none at
    a site whose figure counts the injured or that has none."""
    out: dict[int, int | None] = {}
    word = ""
    for site, end in zip(located, ends, strict=True):
        t = _LISTED_TOLL.match(sentence, end)
        if t is not None and t.group(2):
            word = t.group(2)
        out[id(site)] = int(t.group(1)) if t is not None and word in ("killed", "dead") else None
    return out if any(out.values()) else {}


# A site's share of a figure told before, right before its name: ": five in ", ", one in ", "and two near ".
_SHARE_BEFORE = re.compile(r"(?:[,:;\u2014\u2013]|\band)\s{1,3}((?:at\s+least\s+)?[\w-]{1,12})"
                           r"(?:\s+(?:people|persons|civilians|soldiers|of\s+them))?\s+(?:in|at|near)\s+\Z")


_MOST_SHARES = 12


def _told_shares(sentence: str, located: list[_Located]) -> dict[int, int | None]:
    """Each site's figure when the sentence splits its toll by site after the sites or the toll ("Gunmen
    killed nine people in Duran and Esmeraldas, five in Duran and four in Esmeraldas"; "killed three
    members on Friday, one in Nabatieh and two in Bint Jbeil"): the share right before the site's last
    naming in the sentence. Empty unless every site (two or more) has one."""
    out: dict[int, int | None] = {}
    if len(located) > _MOST_SHARES:
        return out  # each site reads the sentence: bounded so that a sentence of many sites stays linear
    for site in located:
        m = site.mentions[0]
        name = sentence[m.start - m.sentence[0]:m.end - m.sentence[0]]
        last, at = -1, sentence.find(name)
        while at >= 0:  # the name's last whole-word occurrence (a plain search: text is never a pattern)
            after = at + len(name)
            if (at == 0 or not sentence[at - 1].isalnum()) and (after == len(sentence)
                                                                 or not sentence[after].isalnum()):
                last = at
            at = sentence.find(name, after)
        share = _SHARE_BEFORE.search(sentence, max(0, last - 40), last) if last > 0 else None
        killed = casualties(f"killed {share.group(1)} people")[0] if share is not None else None
        if not killed:
            return {}
        out[id(site)] = killed
    return out if len(out) >= 2 else {}


def _per_site(sentence: str, sites: list[_Located | None]) -> dict[int, int | None]:
    """Each site's own fatalities when a sentence gives one per site ("killing six people in Kyiv and
    two in Odesa", "killing three fighters near Bint Jbeil and a civilian in Naqoura"): the figure told
    between the previous site and this one. Empty when any site has none (then the sentence's figure
    goes to the first site only)."""
    located = sorted((x for x in sites if x is not None and x.mentions), key=lambda x: x.mentions[0].start)
    ends = [x.mentions[0].end - x.mentions[0].sentence[0] for x in located]
    if toll_list(sentence):
        return _listed_figures(sentence, located, ends)
    shares = _told_shares(sentence, located)
    if shares:
        return shares
    # Where each site's share begins: after the last joint between it and the site before.
    cuts = [0] + [max((j.end() for j in _JOINT.finditer(sentence, ends[n - 1], ends[n])), default=ends[n - 1])
                  for n in range(1, len(located))]
    out: dict[int, int | None] = {}
    for n, site in enumerate(located):
        part = sentence[cuts[n]:ends[n]]
        if n == 0:
            shares = list(_SHARE.finditer(part))
            killed = casualties(f"killed {shares[-1].group(1)} people")[0] if shares else None
            killed = killed or casualties(part)[0]
        else:
            killed = casualties("killed " + part.strip())[0]
        if not killed:
            # The figure told right after the site, up to the joint before the next site's share: "hit
            # a tent west of Khan Younis, killing five members of one family, and another killed four in
            # Rafah". (No joint before the next site: the figure is the list's, "hit A and B, killing 5".)
            stop = cuts[n + 1] if n + 1 < len(located) else len(sentence)
            if n + 1 < len(located) and stop == ends[n]:
                return {}
            killed = casualties(sentence[ends[n]:stop])[0]
        if not killed:
            return {}
        out[id(site)] = killed
    return out if len(out) >= 2 else {}


_ROAD_AFTER = re.compile(r"(?:-[\w'’ ]{1,30})?\s+(?:road|highway)\b", re.I)
# (the first end a name of one to four words, "the towns of" before it: not the sides of "fighting between
# the army and the RSF raged in Dilling and Kadugli", whose second town is a site of its own)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+(?:towns?|villages?|cities|city)\s+of\s+)?"
                             r"(?:(?:(?:al|el|ad|ar|as|ash|at|de|la|le)[\s-])?[A-Z][\w'’.-]{0,30}\s+){1,4}and\s+$")
# ... and where a road leads: "on the road to Afgoye" after "In Mogadishu,", the second town of "the road
# linking (from) Ancuabe to Montepuez" (read in a bounded window before the name).
_ROAD_TO_BEFORE = re.compile(r"\b(?:road|highway|route)\s+(?:(?:linking|connecting|joining|from)\s+"
                             r"[^,;.]{1,40}?\s+)?to(?:wards?)?\s+(?:the\s+)?$")


def _aside(m: Mention, sentence: str) -> bool:
    """Whether a site only names the far end of a road ("on Pama road", "the Monywa-Mandalay road", the
    second town of "the road between Kayes and Nioro", "on the road to X" beside a site: ACLED codes the
    first town or the heading) or is
    a modifier ("UK-owned ship")."""
    s0 = m.sentence[0]
    start, end = m.start - s0, m.end - s0
    return bool(_ROAD_AFTER.match(sentence, end) or _MODIFIER.match(sentence, end)
                or _BETWEEN_BEFORE.search(sentence, max(0, start - 60), start)
                or _ROAD_TO_BEFORE.search(sentence, max(0, start - 80), start))


def _names_smaller(located: _Located, sentence: str, ms: list[Mention]) -> bool:
    """Whether a sentence whose event was placed at a country or wide region names a smaller place for it
    that the gazetteer does not know, or placed outside that area: the event is there, not at the
    area's centre ("in Komanda, in Congo's Ituri province", "at Israel's Ben Gurion airport"). A province
    holds such a place (``_unknown_inside``). An area used as a modifier ("UK-owned ship") is no site."""
    area, m = located.place, located.mentions[0]
    s0 = m.sentence[0]
    if _MODIFIER.match(sentence, m.end - s0):
        return True
    if area.kind == "admin1" and located.role == "event_site":
        # ACLED codes a village it cannot locate at its province ("Benue: herdsmen kill 20 in Yelwata",
        # "Zamfara's Kwaragi", a town the resolver put in another country): the event stays there.
        return False
    if _POSSESSED.match(sentence, m.end - s0) and not _INSTITUTION.match(sentence, _POSSESSED.match(
            sentence, m.end - s0).end()):  # type: ignore[union-attr]
        return True
    for at in _smaller_named(sentence, ms, m):
        if at is None:
            return True
        if at.place is not None and at is not m and at.place.kind in ("city", "facility", "admin2") \
                and area.country_code and at.place.country_code != area.country_code:
            return True  # a town the resolver put in another country ("Borno | ... near Dikwa")
    return False


# A compass word before a frame's province or country: "in northern Mali", "in northwestern Kebbi state",
# "north-eastern Borno" (the compound forms too).
_FRAME_COMPASS = (r"(?:(?:(?:north|south)-?(?:east|west)(?:ern)?|northern|southern|eastern|western|central|"
                  r"north|south|east|west)\s{1,2})?")
# A country's possessive before a frame's province: "a village in Ukraine's Donetsk region", "in Nigeria's
# northwestern Katsina state" (the province frames the site; the country only says whose it is).
_FRAME_POSSESSOR = r"(?:[A-Z][\w-]{1,30}+(?:\s[A-Z][\w-]{1,30}+)?['’]s\s{1,2})?"
# A frame's town followed by a district word names the district the town heads ("the village of Orel in
# the Valuyki district"): a village in it lies near that town, whatever the size of the town named like it.
_DISTRICT_AFTER = re.compile(
    r"\s{1,2}(?:district|county|raion|rayon|township|local\s{1,2}government\s{1,2}area)\b", re.I)
# What follows a site that the sentence itself puts in a province or near a town: "Bella Vista, a hamlet on
# the outskirts of ", "Nyaung Chaung Kone, a village in ", " Kone, 30 km north of ", " in " (the rest of
# a longer name the gazetteer lacks may come first). Matched on the few characters between two names.
_FRAMED_BY = re.compile(
    r"(?:[\s-]{1,2}+[A-Z][\w'’]{0,30}+){0,3}+\s{0,2}+,?\s{0,2}+"
    r"(?:(?:an?|the)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,3}?(?:village|hamlet|town|settlement|locality|area|camp|"
    r"suburb|neighbou?rhood)s?\s{1,2})?"
    r"(?:(?:about|some|around|roughly|nearly|just)\s{1,2})?"
    r"(?:(?P<km>\d{1,4})\s{0,2}(?:km|kilomet(?:er|re)s?|miles?)\s{1,2}(?:\([^()]{0,30}\)\s{1,2})?"
    r"(?:[a-z-]{1,12}\s{1,2})?(?:of|from)|"
    r"near|outside|close\s{1,2}to|on\s{1,2}the\s{1,2}outskirts\s{1,2}of|in)\s{1,2}"
    r"(?:the\s{1,2})?" + _FRAME_POSSESSOR + _FRAME_COMPASS)
# "X, northern Burkina Faso, on Sunday", "X, Kaduna state.": a parent area set off by a comma (not a list).
_COMMA_FRAME = re.compile(r"(?:[\s-]{1,2}+[A-Z][\w'’]{0,30}+){0,3}+\s{0,2}+,\s{0,2}(?:the\s{1,2})?"
                          + _FRAME_COMPASS)
_FRAME_CLOSE = re.compile(r"(?:\s{1,2}(?:state|province|region|county|district|governorate|oblast|"
                          r"department))?\s{0,2}(?:[,;:.)](?!\s{0,2}[A-Z])|$)")
_FRAMED_KINDS = ("admin1", "admin2", "city", "facility")  # what a frame places, and what frames it
# A frame's gap that ends "in (the) (western) ": the site inside the next name, not near it.
_INSIDE_TOWN = re.compile(r"\bin\s{1,2}(?:the\s{1,2})?(?:[a-z]{1,12}\s{1,2})?$")


def _context_holder(holder: Place, m: Mention, ms: list[Mention], role_of: dict[int, Role],
                    gaz: Gazetteer) -> bool:
    """Whether the place a site outside the theatre was moved to (_site_place's holder) is named in its
    sentence only in passing, by another clause, in another country, far away, while the site's own name is
    a town the gazetteer knows by that name: "Drones struck Kadugli on Friday, weeks after talks held in
    Jeddah broke down" (Jeddah made the theatre): the town stays (noevent69). Not a parent the site is framed
    by ("the village of Mbau, in Mocimboa da Praia district": a village the gazetteer puts abroad moves
    there)."""
    own = m.place
    if own is None or own.kind != "city" or holder.country_code == own.country_code \
            or distance_km(own.lat, own.lon, holder.lat, holder.lon) <= _CONTEXT_HOLDER_KM:
        return False
    key = normalize(m.text)
    if loose_match(gaz, key, own) or _alternate_only(gaz, key, own):
        return False  # a name matched loosely is a place the gazetteer lacks: its holder is better
    named = [x for x in ms if x.place is holder]  # (a sentence's mentions, as _locate's own loop reads)
    return bool(named) and all(role_of[id(x)].name == "context" and role_of[id(x)].rule not in _FRAMING_RULES
                               for x in named)


def _alternate_only(gaz: Gazetteer, key: str, place: Place) -> bool:
    """Whether ``key`` names ``place``, a village, only by an alternate name: "al-Mazraa" reaches El
    Mazra'a in Israel by one of its many transliterations; in another country than the story's, such a
    village is a namesake of one the gazetteer lacks there ("clash in al-Mazraa" in a Sweida story)."""
    if place.kind != "city" or place.population >= _ALTERNATE_VILLAGE:
        return False
    return all(o.how != NAME for o in gaz.options(key)[:_MAX_NAMESAKES] if gaz.place(o.row) is place)


# A sentence that opens with its city: "In Kharkiv, Russian drones struck ... the Kyivskyi district".
_CITY_FRAME = re.compile(r"In\s{1,2}")
# A headline that opens with its topic city, set off by a colon or a dash, with a time of day before it or
# not: "Kharkiv, 03:12 — drones hit Kyivskyi district", "Dnipro: strike on X district", "Odesa - ...".
_TOPIC_CITY = re.compile(r"(?:\s{0,2},\s{0,2}\d{1,2}[:.]\d{2})?(?:\s{0,2}:|\s{1,2}[—–-]|[—–])\s")
_QUARTER_KM = 25.0  # a quarter's namesake further than this from the city it is put in is another city's
# "the X district of <city>": the city right after (the left-hand forms are read on the sentence).
_QUARTER_OF = re.compile(r"\s{1,2}(?:neighbou?rhoods?|quarters?|district|commune|suburb)\s{1,2}of\s{1,2}"
                         r"(?:the\s{1,2})?(?:(?:city|town|capital)\s{1,2}of\s{1,2})?", re.I)
_POSSESSIVE_GAP = re.compile(r"['’]s?\s{1,2}")
_OWN_CITY_BEFORE = re.compile(r"\b(?:the|its)\s{1,2}(?:city|town|capital)['’]s\s{1,2}$", re.I)


def _owning_city(m: Mention, near: Iterable[Mention], sentence: str) -> Place | None:
    """The city a quarter ``m`` belongs to by the grammar of its sentence: "the X district of <city>",
    "<city>'s X district", "the city's X district" (the sentence's last city before it), else None."""
    if not sentence:
        return None
    s0 = m.sentence[0]
    of = _QUARTER_OF.match(sentence, m.end - s0)
    own = _OWN_CITY_BEFORE.search(sentence, max(0, m.start - s0 - 20), m.start - s0) is not None
    before: Place | None = None
    frame: Place | None = None
    for x in near:
        p = x.place
        if x is m or p is None or x.demonym or p.kind != "city":
            continue
        if of is not None and x.start - s0 == of.end():
            return p
        if x.end <= m.start:
            if _POSSESSIVE_GAP.fullmatch(sentence, x.end - s0, m.start - s0):
                return p
            before = p
            if _CITY_FRAME.fullmatch(sentence, 0, x.start - s0) and sentence.startswith(",", x.end - s0):
                frame = p  # "In Kharkiv, drones struck ... the Kyivskyi district": the sentence's city
            elif x.start == s0 and _TOPIC_CITY.match(sentence, x.end - s0):
                frame = p  # "Kharkiv, 03:12 — drones hit Kyivskyi district": the headline's topic city
    return before if own else frame


def _quarter_city(m: Mention, near: Iterable[Mention], theatre: list[Place], countries: Counter[str]
                  ) -> Place | None:
    """The city of the story that holds a neighbourhood ``m``: the sentence's city nearest to it, else the
    story's first city (in the story's countries)."""
    beside = [(abs(x.start - m.start), x.place) for x in near
              if x is not m and x.place is not None and not x.demonym and x.place.kind == "city"
              and x.place.country_code in countries]
    if beside:
        return min(beside, key=lambda t: t[0])[1]
    return next((p for p in theatre if p.kind == "city" and p.country_code in countries), None)


_FRAMER_KM = 100.0  # a town further than this from the one the text puts the site near is a namesake


def _village_in(m: Mention, text: str, offset: int = 0) -> bool:
    """Whether the text (starting at ``offset`` of the article) puts a village in ``m``'s name ("Kanan
    village in Sagaing"): the name is the province that holds it (``_site_place``), not the town of that
    name inside the province. Not when the text names it a province itself ("villages in the Sagaing and
    Magway regions", "a village in Kherson region"): the rules for provinces read those."""
    at, end = m.start - offset, m.end - offset
    after = text[end:end + _AFTER_CHARS]
    if _PROVINCE_AFTER.match(after) or _LISTED_PROVINCES.match(after):
        return False
    start = max(m.sentence[0] - offset, at - _VILLAGE_IN_CHARS)
    return _VILLAGE_IN_BEFORE.search(text, start, at) is not None


def _framer_mention(framer: Place, m: Mention, near: Iterable[Mention]) -> Mention | None:
    """The first mention after ``m`` resolved to ``framer`` (the name ``_framer`` read)."""
    return next((x for x in near if x.start >= m.end and x.place is framer), None)


def _framer(m: Mention, near: Iterable[Mention], sentence: str) -> Place | None:
    """The province, district or town named right after ``m`` that the sentence puts it in or near, when
    the place ``m`` was resolved to is not there (not in that province, or far from that town): the
    name is a namesake of a place the gazetteer does not know, and that province or town holds it."""
    place = m.place
    if place is None or m.demonym or place.kind not in _FRAMED_KINDS or not sentence:
        return None
    s0 = m.sentence[0]
    for x in near:
        p = x.place
        if x.start < m.end or p is None or x.demonym or p.kind not in ("country", *_FRAMED_KINDS):
            continue
        if p.kind == "country" and sentence.startswith(("'s ", "’s "), x.end - s0):
            continue  # "in Ukraine's Donetsk region": the province after the possessive frames the site
        gap = _FRAMED_BY.fullmatch(sentence, m.end - s0, x.start - s0)
        if gap is None and p.kind in ("country", "admin1") and _FRAME_CLOSE.match(sentence, x.end - s0):
            gap = _COMMA_FRAME.fullmatch(sentence, m.end - s0, x.start - s0)  # "Qqkoro, northern Mali,"
        if gap is None:
            continue
        if p.kind == "country":  # "Qqkoro, northern Burkina Faso": not Koro in Mali (and no country point)
            wrong = place.country_code != p.country_code
        elif p.kind == "admin1" or p.kind == "admin2" and place.kind != "city":
            wrong = place.country_code != p.country_code or bool(place.admin1 and p.admin1) \
                and place.admin1 != p.admin1
        elif p.kind == "admin2":
            # A town the gazetteer knows, framed by a district of its own country: the district's row is the
            # weaker evidence (namesake zones, points at the province's centre: "Debre Birhan in North Shewa
            # zone"), so only another country makes the town a namesake.
            wrong = place.country_code != p.country_code
        elif p.kind == "city" and place.kind == "city" and place.country_code == p.country_code \
                and _DISTRICT_AFTER.match(sentence, x.end - s0) and not gap.group("km"):
            # "the village of Orel in the Valuyki district": a district headed by a town is around that
            # town; a town named like the village far from it (Oryol city) is a namesake, however big.
            wrong = distance_km(place.lat, place.lon, p.lat, p.lon) > _FRAMER_KM
        elif _INSIDE_TOWN.search(gap.group()) and place.kind == "city" \
                and place.country_code == p.country_code and place.population > p.population > 0:
            # "Kalay, a town in Sagaing": a town is not inside a smaller town; the name after "in" is the
            # region the resolver read as its namesake town (Sagaing town, 78,000, for Sagaing Region)
            wrong = False
        elif p.kind == "city" and place.country_code == p.country_code \
                and _PROVINCE_AFTER.match(sentence, x.end - s0) and not gap.group("km"):
            # "Ust-Luga in the Leningrad region": a province named like a town and read as the town (its
            # point); the place may lie anywhere in the province, not only near that point.
            wrong = distance_km(place.lat, place.lon, p.lat, p.lon) > _NEAR_KM
        elif p.kind == "city" and place.kind == "city" and place.admin1 and place.admin1 == p.admin1 \
                and not gap.group("km"):
            # "near Tame in Arauca", "Zakho in Duhok": a town the gazetteer has in the province named like
            # its capital, read as that capital; the town lies in it, however far from the capital.
            wrong = False
        else:
            km = float(gap.group("km") or 0) * (1.6 if "mile" in gap.group() else 1.0)
            wrong = distance_km(place.lat, place.lon, p.lat, p.lon) > max(_FRAMER_KM, 1.5 * km)
        return p if wrong else None
    return None


def _smaller_named(sentence: str, ms: list[Mention], m: Mention) -> Iterable[Mention | None]:
    """What is named at each place-name slot ("in X", "the village of X") near ``m``: the mention there,
    or None for a capitalised name the gazetteer does not know."""
    s0 = m.sentence[0]
    covered = [(x.start - s0, x.end - s0, x) for x in ms]
    near = (max(0, m.start - s0 - _SMALLER_NEAR), m.end - s0 + _SMALLER_NEAR)
    for hit in _SMALLER_AT.finditer(sentence, *near):
        start = hit.end()
        at = next((x for a, b, x in covered if a <= start < b), None)
        if at is None:
            word = sentence[start:start + 30].split(" ", 1)[0].strip(",.;:").lower()
            if word and word not in _NOT_PLACE and not word.startswith(("’", "'")) \
                    and not _ACT_AFTER.match(sentence, start):
                yield None
        else:
            yield at


_VILLAGE_AFTER = re.compile(r"\s*(?:villages?|hamlets?)\b", re.I)  # "in Sagaing village": one in the province
# "a village in Katsina state", "villages of Idlib province", "in Zamfara's Kwaragi": a smaller place in a
# province that the text names or only describes.
_VILLAGE_NEAR = re.compile(r"\b(?:villages?|hamlets?|settlements?|localit(?:y|ies)|townships?)\b", re.I)


def _unknown_inside(located: _Located, sentence: str, ms: list[Mention]) -> bool:
    """Whether the event placed at a province happened at a smaller place in it that the text does not
    locate: an unnamed village, or a name the gazetteer does not know (geo_precision 2, not 3)."""
    m = located.mentions[0]
    s0 = m.sentence[0]
    a, b = max(0, m.start - s0 - _SMALLER_NEAR), m.end - s0 + _SMALLER_NEAR
    return located.role == "event_site" and (
        _VILLAGE_NEAR.search(sentence, a, b) is not None or _POSSESSED.match(sentence, m.end - s0) is not None
        or any(at is None for at in _smaller_named(sentence, ms, m)))


class _Chosen:
    """The places a clause is already coded at, asked whether a new one is one of them, holds one
    (a country or province with a chosen town in it) or lies in one: set look-ups, so a sentence
    listing thousands of places stays linear."""

    def __init__(self) -> None:
        self.ids: set[object] = set()
        self.countries: set[str] = set()  # chosen countries
        self.regions: set[str] = set()  # admin1 codes of chosen provinces and districts
        self.in_countries: set[str] = set()  # countries a chosen smaller place lies in
        self.in_regions: set[str] = set()  # admin1 codes a chosen place below a province lies in
        # ... split for a district, which neither holds nor lies in a sibling district: the admin1 codes of
        # chosen provinces, and those a chosen place below a district (a town) lies in
        self.provinces: set[str] = set()
        self.towns_in: set[str] = set()

    def add(self, p: Place) -> None:
        self.ids.add(p.geonameid if p.geonameid is not None else id(p))
        if p.kind == "country":
            self.countries.add(p.country_code)
            return
        if p.country_code:
            self.in_countries.add(p.country_code)
        if p.kind in ("admin1", "admin2") and p.admin1:
            self.regions.add(p.admin1)
        if p.kind != "admin1" and p.admin1:
            self.in_regions.add(p.admin1)
        if p.kind == "admin1" and p.admin1:
            self.provinces.add(p.admin1)
        elif p.kind != "admin2" and p.admin1:
            self.towns_in.add(p.admin1)

    def overlaps(self, p: Place) -> bool:
        if (p.geonameid if p.geonameid is not None else id(p)) in self.ids:
            return True
        if not p.country_code:
            return False
        if p.kind == "country":
            return p.country_code in self.in_countries  # it holds a chosen place
        if p.country_code in self.countries:
            return True  # it lies in a chosen country
        if p.kind == "admin2" and p.country_code in self.in_countries:
            # "in exchanges of fire in Kurram, Bajaur and other areas": two districts of one province are
            # two sites; a district lies in a chosen province or holds a chosen town (told by its province)
            return p.admin1 in self.provinces or p.admin1 in self.towns_in
        if p.kind in ("admin1", "admin2") and p.admin1 in self.in_regions:
            return True
        return p.kind != "admin1" and bool(p.admin1) and p.admin1 in self.regions


class _Theatre:
    """The countries an article's places (and its named armed groups) lie in, with how many mentions name
    each, and the points of up to ``_THEATRE_POINTS`` of its places, so that a name can ask about the
    others (its own mentions left out)."""

    def __init__(self, mentions: list[Mention], groups: Iterable[str] = (), vocabulary: Iterable[str] = (),
                 plain: Iterable[str] = ()) -> None:
        self.countries: Counter[str] = Counter(groups)  # the countries of the armed groups it names
        # ... when they span several countries (ISWAP: Nigeria, Niger, Cameroon, Chad), a weak hint for each
        self.spread: Counter[str] = self.countries.copy() if len(self.countries) > 1 else Counter()
        # Where its words of armed conflict are reported ("insurgents", "cattle raid"): only a hint, read
        # when nothing else places a name (many countries, none named).
        self.vocabulary: frozenset[str] = frozenset(vocabulary)
        # Where a one-liner's plain words of violence are reported ("Blast kills two in Nawa":
        # actors.short_text_theatres): a weaker hint still, that only keeps a town the resolver put there.
        self.plain: frozenset[str] = frozenset(plain)
        # ... and how strongly (actors.short_text_weights: "gangs" points at Haiti more than "kill" at
        # the Philippines), when given as a mapping
        self.plain_weight: dict[str, float] = dict(plain) if isinstance(plain, dict) else {}
        self.by_name: dict[str, Counter[str]] = {}
        self.points: dict[str, list[Place]] = {}
        self.named: set[str] = set()  # names of places (not demonyms): only these can hold a site
        self.mentioned: Counter[str] = Counter()  # countries of every mention, demonyms too
        self.mentioned_by_name: dict[str, Counter[str]] = {}
        self.tellers: set[str] = set()  # names only of where a report's tellers are (set by the coder)
        self.standing: set[str] = set()  # names only of places standing for a state ("Algiers hosts envoys")
        kept = 0
        for m in mentions:
            if m.place is None or not m.place.country_code:
                continue
            key = normalize(m.text)
            self.mentioned[m.place.country_code] += 1
            self.mentioned_by_name.setdefault(key, Counter())[m.place.country_code] += 1
            if not m.demonym:  # "French troops" says who acted, not that the story is set in France
                self.countries[m.place.country_code] += 1
            self.by_name.setdefault(key, Counter())[m.place.country_code] += 1
            if kept < _THEATRE_POINTS and key not in self.points:
                self.points[key] = [m.place]
                kept += 1
                if not m.demonym:
                    self.named.add(key)

    def without(self, key: str) -> tuple[Counter[str], list[Place]]:
        own = self.by_name.get(key)
        countries = self.countries - own if own else self.countries
        # Demonyms ("French troops") name who acted: a namesake near their country is not in the story.
        named = [p for k, ps in self.points.items() if k != key and k in self.named for p in ps]
        return countries, named or [p for k, ps in self.points.items() if k != key for p in ps]

    def mentioned_without(self, key: str) -> Counter[str]:
        """The countries of every mention (demonyms too) but those named ``key``."""
        own = self.mentioned_by_name.get(key)
        return self.mentioned - own if own else self.mentioned

    def places_without(self, key: str) -> list[Place]:
        """The theatre's named places that can hold a site (no demonyms: "Russian drones" says who, not
        where; no tellers' places: "officials in Paris said" says who told it)."""
        return [p for k, ps in self.points.items()
                if k != key and k in self.named and k not in self.tellers for p in ps]

    def home(self) -> str:
        """The country the article names most (demonyms too), "" when it names none."""
        top = self.mentioned.most_common(1)
        return top[0][0] if top else ""

    def teller_countries(self) -> Counter[str]:
        """The countries named only by the tellers' places."""
        out: Counter[str] = Counter()
        for k in self.tellers:
            out.update(self.by_name.get(k, Counter()))
        return out


# A town that bears a province's name only as an alternate name is the province's city when it holds at least
# this share of the province's people (1 in 20), not a small namesake town inside it.
_PROVINCE_SHARE = 20


def _nearest(place: Place, points: list[Place]) -> float:
    """Kilometres from ``place`` to the nearest of ``points`` (infinite when there are none)."""
    return min((distance_km(place.lat, place.lon, p.lat, p.lon) for p in points), default=math.inf)
