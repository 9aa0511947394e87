"""Stage 3: resolve each recognised mention to one gazetteer entry.

Each distinct name in an article is resolved once (one sense per discourse). Candidates are ranked by
a logistic model over:
- priors: feature type (country > admin1 > capital > city by population > admin2 > facility) and
  population, and whether the text used the entry's main name, an alternate name or a demonym;
- document coherence: how much of the rest of the article lies in the candidate's country and admin1
  (from a first, prior-only pass), whether that country or admin1 is named outright, and the distance
  to the other places;
- the outlet: the country of the article URL's top-level domain.
Weights live in mapper/data/model.json (training/train.py).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

from mapper.config import Config
from mapper.events.actors import (
    COUNTRY_WORD_HEADS,
    country_in,
    short_text_theatres,
    theatre_countries,
    theatre_provinces,
    vocabulary_theatres,
)
from mapper.gazetteer import ALTERNATE, DEMONYM, NAME, Gazetteer, How, Option, Row
from mapper.geo import nearest_km
from mapper.geoparse.capitals import NameGate, capital_pieces
from mapper.geoparse.recognize import Candidate
from mapper.model import Place

_RAD = math.pi / 180.0
# After a name, words that make it the region rather than a town: "Idlib province", "Jilib district", and
# the rural land around a town named like its province ("Daraa countryside", "the Hama desert").
REGION_WORDS = frozenset("province provinces oblast governorate state region district districts prefecture "
                          "county counties department canton territory township municipality commune raion "
                          "cercle lga countryside desert".split())
_REGION_OF = ("province of", "region of", "state of", "governorate of", "countryside of")  # "... of Idlib"
_POINT_KINDS = frozenset({"city", "facility", "admin2"})
# A name ending in one of these is a body of water when the gazetteer has one of that name ("the Red Sea"
# off Yemen, not Sudan's Red Sea State), unless a region word follows ("Red Sea state").
WATER_WORDS = frozenset("sea gulf ocean lake river bay strait channel".split())
# Region words the gazetteer writes after a province's name ("Leningrad Oblast", "Kharkiv region"): a name
# followed by one also names the province under that full name, which a bare old name does not ("Leningrad"
# is only St Petersburg's former name; "Leningrad region" is the oblast).
_PROVINCE_WORDS = ("oblast", "region", "province", "governorate", "state")
# The kinds a name and the region word the text wrote after it may name together: provinces, and the
# curated regions the gazetteer keys with that word ("Kurdistan region" is an alias of the Kurdistan Region).
_REGION_KINDS = ("admin1", "admin2", "region")
# Compass compounds written solid, and the spaced form that the gazetteer keys ("Northwest region" of
# Cameroon is its "North-West" region).
_SOLID_COMPASS = {"northwest": "north west", "northeast": "north east", "southwest": "south west",
                  "southeast": "south east"}

# Country-code top-level domains that differ from the ISO code, or generic ones that say nothing.
_TLD_FIX = {"uk": "GB"}
_GENERIC_TLDS = {"com", "org", "net", "info", "edu", "gov", "mil", "int", "io", "co", "tv", "me", "news"}


@functools.lru_cache(maxsize=1024)  # each resolving round asks again about the same article's URL
def url_country(url: str | None) -> str:
    if not url:
        return ""
    host = urlparse(url if "//" in url else "//" + url).hostname or ""
    tld = host.rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in _GENERIC_TLDS:
        return ""
    return _TLD_FIX.get(tld, tld.upper())


ACTOR_VERBS = frozenset("said says told warned urged demanded accused denied admitted announced insisted "
                        "rejected responded agreed claimed called condemned ordered wants believes has had "
                        "would will seems sees hopes wouldn't won't".split())
# Institutions whose mention points at their country's capital ("Washington" beside "the Pentagon").
GOVERNMENT_CUES = {
    "Pentagon": "US", "State Department": "US", "White House": "US", "Capitol Hill": "US", "Congress": "US",
    "Kremlin": "RU", "Duma": "RU", "Downing Street": "GB", "Whitehall": "GB", "Westminster": "GB",
    "Élysée": "FR", "Elysee": "FR", "Quai d'Orsay": "FR", "Bundestag": "DE", "Knesset": "IL",
    "Zhongnanhai": "CN", "Politburo": "CN",
}
GOVERNMENT_CUE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, GOVERNMENT_CUES)) + r")\b")
_CUE_GATE = NameGate(GOVERNMENT_CUES)
# Between a name and the province or country that places it: "Kajo Keji in Central Equatoria State",
# "Lubero territory of North Kivu", "Banibangou, in the Tillaberi region", "Bunia, eastern Congo",
# "Beni (North Kivu)", "Solhan, a village in Yagha province". The gap between two names is at most
# _GAP_CHARS long, so reading it is bounded.
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|far[- ]north)(?:ern)?"
_PLACE_NOUN = (r"(?:town|village|city|district|county|counties|territory|territories|area|region|province|"
               r"state|township|camp|municipality|commune|governorate|oblast|locality|department|prefecture|"
               r"LGA|raion|cercle)s?")
_QUALIFY_GAP = re.compile(
    rf"(?i:,\s+(?:in\s+)?(?:the\s+)?(?:{_COMPASS}\s+)?|\s*\(|"
    rf",?\s+(?:(?:the\s+|an?\s+)?{_PLACE_NOUN}\s+)?(?:in|of|inside|within|near)\s+(?:the\s+)?(?:{_COMPASS}\s+)?)")
# "Nampula's Memba district", "Sudan's North Darfur": the first name places the second.
_POSSESSIVE_GAP = re.compile(rf"['’]s\s+(?i:{_COMPASS}\s+)?")
# Names in one list share what places the last of them: "Nasir and Ulang counties of Upper Nile State".
_LIST_GAP = re.compile(r",\s+|,?\s+(?:and|or|&)\s+")
# A qualifying gap that places a name in so many words ("in", "of", "inside", "within"), not by a comma.
_SAID_GAP = re.compile(r"(?i:\b(?:in|of|inside|within)\s)")
_GAP_CHARS = 40
_QUALIFIED_TIMES = 10  # a qualified name's town this many times bigger than its pick in the same province
# A hamlet this small that nothing else in the text places gives way to a city of the same name and country
# at least _QUALIFIED_TIMES bigger and this big (Resolver.lone_hamlet) ...
_HAMLET_POP = 5_000
_HAMLET_CITY_POP = 50_000
_HAMLET_KM = 100.0  # ... unless another place of the text lies this near the hamlet
# A town a text names by its own name is meant rather than a city that bears the name only as an alternate
# one, unless that city is this many times bigger (Resolver.own_name: Ariel, not Jerusalem; Mykolaiv, not
# a hamlet of Russia named "Nikolayev").
_OWN_NAME_TIMES = 50
_SEAT_DEGREES = 0.2  # a district this near a town of its name (degrees, lat plus lon) is its seat
# Nationality words: "Nigerian", "Malian". The same matches as (?<![\w'’.-])[A-Z]...: the look-behind is read
# after the capital (over it and the character before), so the engine skips to capitals instead of trying
# the look-behind at every character (half the time).
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’.-].)[\w'’.-]{2,30}+")


@functools.lru_cache(maxsize=16_384)
def _nationality(word: str) -> str:
    """The country one capitalised word names (country_in), remembered: the same few thousand words
    recur in every article, and reading each again was a tenth of the resolver's time."""
    return country_in((word,))


# A town this far from the other towns of an article and from the provinces of the countries it sets
# itself in is a namesake of the one the article means (Resolver.out_of_theatre).
THEATRE_KM = 1200.0
QUALIFIED_KM = 500.0  # ... and a town this far from the province that the text says holds it
WORLD_CITY_POP = 100_000  # ... unless it is a city this big named by its own name
_ANCHORS = 16  # the article's towns that a far town is measured from, the most confident first
_THEATRE_KINDS = frozenset({"city", "admin2", "admin1"})
# A name a city's possessive places ("Bamako's Faladie") lies this near a city of this size, or in its
# province; else it is a quarter the gazetteer lacks (Resolver.city_quarter).
QUARTER_KM = 30.0
QUARTER_CITY_POP = 100_000
NO_PLACE = -1  # the row of a name the resolver leaves unplaced (Resolver.resolve)
# A town this small that a text names only by one of its alternate names is a weak match: "Nasir" (a
# South Sudan town the gazetteer lacks) is also an alternate name of a quarter of Khartoum.
WEAK_POPULATION = 1_000
MAX_NAMESAKES = 50  # options of a name read when judging how it names a place
SITE_THEATRE_KM = 1000.0  # an event site this far from a story's places, in none of its countries, is outside
_BROAD_KINDS = frozenset({"country", "continent", "region"})  # their points say little about distance


def loose_match(gaz: Gazetteer, key: str, place: Place) -> bool:
    """Whether the name ``key`` reaches ``place`` only loosely: by a spelling variant or transliteration
    skeleton, not by one of its names ("Boni" -> Bonn, "Al-Kadaris" -> Alabama), or only by an alternate
    name of a town of fewer than WEAK_POPULATION people. Outside the text's theatre such a match is a
    place the gazetteer does not know, however near or big it is (beyond_theatre)."""
    for o in gaz.options(key)[:MAX_NAMESAKES]:
        if gaz.place(o.row) is place:
            return o.how == ALTERNATE and place.kind == "city" and place.population < WEAK_POPULATION
    if place.kind in ("admin1", "admin2"):
        # "Kursk" in "Kursk region" names Kursk Oblast fully, by the name and its region word
        # (Resolver.province_named)
        for word in _PROVINCE_WORDS:
            if any(gaz.place(o.row) is place for o in gaz.options(key + " " + word)[:MAX_NAMESAKES]):
                return False
    return True


def beyond_theatre(gaz: Gazetteer, place: Place, countries: Iterable[str], points: Iterable[Place],
                   km: float = SITE_THEATRE_KM) -> bool:
    """Whether ``place`` lies more than ``km`` from the story's places (``points``) and, for each of the
    theatre's ``countries`` in which it names no place smaller than the country, from that country's
    provinces: "Russia shelled Kupiansk" sets the story on Russia's border with Ukraine, not at
    Russia's point in Siberia. The event coder's test for a site outside the theatre."""
    points = [p for p in points if p.kind not in _BROAD_KINDS]
    near = [(p.lat * _RAD, p.lon * _RAD) for p in points]
    placed = {p.country_code for p in points}
    for cc in sorted(set(countries) - placed):
        near += [(r.lat * _RAD, r.lon * _RAD) for r in gaz.provinces_of(cc)]
    return bool(near) and nearest_km(place.lat * _RAD, place.lon * _RAD, near) > km


LOCAL_CUES = frozenset("police high school schools county city township fire sheriff council department "
                       "native natives resident residents man woman men women boy girl mayor area "
                       "hospital library church elementary middle board public community".split())


def _twins(op: list[Option], rows: list[Row], kind: str) -> dict[str, tuple[How, How]]:
    """The admin1s in which a name's options hold both a region of ``kind`` (admin1 or admin2) and a
    town, with how directly the name names each (main name or alternate): (region's, best town's)."""
    regions: dict[str, How] = {}
    towns: dict[str, How] = {}
    for (_, how), p in zip(op, rows, strict=True):
        if p.admin1 and (p.kind == kind or p.kind == "city"):
            seen = regions if p.kind == kind else towns
            seen[p.admin1] = min(how, seen.get(p.admin1, how))
    return {a1: (how, towns[a1]) for a1, how in regions.items() if a1 in towns}


def _neighbours(cands: list[Candidate], rows: dict[str, list[Row]], text: str, region_word: set[str]
                ) -> tuple[dict[str, set[str]], set[str], set[str]]:
    """What a name's neighbours say about it, in one pass over neighbouring names (right to left):

    - per name, the admin1 and country codes of the names that place it: "Paris, Texas", "Kajo Keji in
      Central Equatoria State", "Nampula's Memba", and every name of a list before such a qualifier
      ("Neskuchne and Blahodatne in Donetsk oblast");
    - the names listed beside a province ("Utah, Washington and Wisconsin"): provinces themselves;
    - ``region_word`` grows by the names of a list that ends in one ("Nasir and Ulang counties");
    - the names placed in so many words, by a possessive or by "in", "of" or "inside" ("Michoacan's Los
      Reyes", "Kitshanga in North Kivu province", "Bokkos district of Plateau state"), not by a bare
      comma, which also separates lists ("Utah, Washington"): their qualifier is a constraint
      (Resolver.qualified_pick).
    """
    def codes(key: str, town: bool = True) -> set[str]:
        # A town places a name too ("Istanbul's Ortakoy", "Sherpur in Kabul"): its province, read from
        # the town the name most likely means; not after a bare comma, which also separates lists.
        out = {p.admin1 if p.kind == "admin1" else p.country_code
               for p in rows[key] if p.kind in ("admin1", "country")}
        top = rows[key][0]
        if town and top.kind == "city" and top.admin1:
            out.add(top.admin1)
        return out

    qualifiers: dict[str, set[str]] = defaultdict(set)
    beside_province: set[str] = set()
    said: set[str] = set()  # names placed in so many words
    ordered = sorted(cands, key=lambda c: c.start)
    for a, b in zip(reversed(ordered[:-1]), reversed(ordered[1:]), strict=True):
        if not 0 <= b.start - a.end <= _GAP_CHARS:
            continue
        gap = text[a.end:b.start]
        if _POSSESSIVE_GAP.fullmatch(gap):
            qualifiers[b.key] |= codes(a.key)
            said.add(b.key)
            continue
        if _QUALIFY_GAP.fullmatch(gap):
            qualifiers[a.key] |= codes(b.key, town=gap.strip() != ",")
            if _SAID_GAP.search(gap) or gap.strip() == "," and _ends_a_town(a.key, b, rows, text):
                said.add(a.key)
        if _LIST_GAP.fullmatch(gap):
            if b.key in qualifiers:
                qualifiers[a.key] |= qualifiers[b.key]
                if b.key in said:
                    said.add(a.key)
            if b.key in region_word:
                region_word.add(a.key)
            if rows[b.key][0].kind == "admin1":
                beside_province.add(a.key)
            if rows[a.key][0].kind == "admin1":
                beside_province.add(b.key)
    for i, c in enumerate(ordered):
        # "In the Kharkiv region, Russian glide bombs hit the town of Zolochiv": a sentence that opens with
        # a province places the towns it names after it (Zolochiv of Kharkiv oblast, not of Lviv's).
        if not _FRAME_AFTER.match(text, c.end, c.end + 16):
            continue
        opening = _FRAME_OPEN.search(text, max(0, c.start - 24), c.start)
        if opening is None or not _FRAME_START.search(text, max(0, opening.start() - 3), opening.start()) \
                and opening.start() != 0:
            continue
        end = _SENTENCE_END.search(text, c.end)
        frame = codes(c.key, town=False)
        for b in ordered[i + 1:]:
            if end is not None and b.start > end.start():
                break
            if b.key != c.key and b.key not in region_word \
                    and rows[b.key][0].kind not in ("admin1", "country"):
                qualifiers[b.key] |= frame
                said.add(b.key)
    return qualifiers, beside_province, said


# A sentence's opening province frame: "In the (northeastern) Kharkiv region," at a sentence's start.
_FRAME_OPEN = re.compile(rf"\bIn\s+(?:the\s+)?(?i:{_COMPASS}\s+)?\Z")
_FRAME_START = re.compile(r"(?:[.!?][\"'”’)]?\s+|\n\s*)\Z")
_FRAME_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|state),")
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|\n")  # (a line's end too: frames' reaches never overlap)


# A list goes on after a name: "and", "or", "&", or a comma before another name ("Utah, Washington,
# Wisconsin"); not a comma before lower-case words ("Kazan, Russia, on Wednesday", "Rann, Nigeria, the
# army said"), which closes the town's qualifier.
_LIST_GOES_ON = re.compile(r"\s*(?:,\s{0,3}(?:and\b|or\b|&|[^\sa-z])|&|(?:and|or)\b)")


def _ends_a_town(town: str, qualifier: Candidate, rows: dict[str, list[Row]], text: str) -> bool:
    """Whether "<town>, <qualifier>" places the town ("Los Reyes, Michoacan", "Rann, Nigeria"): the
    qualifier most likely names a province or country, the town does not, and no list goes on after
    the qualifier ("Utah, Washington and Wisconsin" lists provinces)."""
    return rows[qualifier.key][0].kind in ("admin1", "country") \
        and rows[town][0].kind not in ("admin1", "country") \
        and not _LIST_GOES_ON.match(text, qualifier.end, qualifier.end + 8)


def _softmax(zs: list[float]) -> list[float]:
    m = max(zs)
    es = [math.exp(z - m) for z in zs]
    t = sum(es)
    return [e / t for e in es]


@dataclass(slots=True)
class Document:
    """What the resolver knows about one article's names before scoring."""

    opts: dict[str, list[Option]]  # name -> options, best prior first
    rows: dict[str, list[Row]]  # name -> the gazetteer row of each option
    weight: dict[str, float]  # name -> recognition score x sqrt(occurrences)
    qualifiers: dict[str, set[str]]  # name -> admin1/country codes of the names that place it (_qualifiers)
    prior: dict[str, list[float]]  # name -> prior probability of each option
    # name -> admin1s where it names both the province and a city in it (how directly it names each: _twins)
    city_named_like_admin1: dict[str, dict[str, tuple[How, How]]]
    actor: set[str]  # names used like a government ("Washington said", "ordered by Moscow")
    cues: set[str]  # countries whose government institutions the text mentions (GOVERNMENT_CUES)
    local: set[str]  # names used for a local institution or resident ("Paris High School")
    region_word: set[str]  # names followed by "province", "oblast", "state"... ("Idlib province")
    tops: dict[str, tuple[int, float, float]]  # name -> largest population, its scaled log, top prominence
    district_twin: dict[str, dict[str, tuple[How, How]]]  # name -> ... where it names a district and a town
    theatre: set[str]  # countries the text's named armed groups fight in ("ADF rebels": CD, UG)
    beside_province: set[str]  # names listed beside a province ("Utah, Washington and Wisconsin")
    nationals: set[str] = field(default_factory=set)  # countries of the text's nationality words ("Nigerian")
    said: set[str] = field(default_factory=set)  # names placed in so many words ("Michoacan's Los Reyes")
    # Countries where the text's words of armed conflict are reported ("insurgents", "cattle raid":
    # actors.vocabulary_theatres; in a one-line text also plain words of violence, "fighting", "gunmen":
    # actors.short_text_theatres): weighed as a named group's theatre, but too many to mark a town outside
    # them as out of the theatre (out_of_theatre reads ``theatre`` alone).
    vocabulary: set[str] = field(default_factory=set)
    # The provinces the named groups fight in, and the countries confined to them (actors.theatre_provinces:
    # "Boko Haram" weighs Borno or Diffa, not all of Nigeria and Niger).
    provinces: set[str] = field(default_factory=set)
    confined: set[str] = field(default_factory=set)
    terms: dict[str, list[_Terms]] = field(default_factory=dict)  # name -> per option (_name_info)
    # The countries of the text's named groups and conflict words alone (not the plain words of violence):
    # where a text that names no other place is set (Resolver.out_of_theatre).
    conflict: set[str] = field(default_factory=set)


# Per name: options, their gazetteer rows, their prior probabilities, admin1s it names as both province
# and city (with how directly it names the province), (largest population, its scaled log, top
# prominence) when there is a choice, and admin1s where it names a district and a town in it (with how
# directly it names the district).
# Per option, what Resolver.scores reads of it that neither the article nor the weights change: its scaled
# log population and prominence, its point in radians and its log-prior feature.
_Terms = tuple[float, float, float, float, float]
# Per option, the sum of its first score terms in Resolver.scores (its row's static score, then the weighted
# logpop_gap, prominence_gap, top_pop, prior_first, alternate or demonym), both gaps, its point in radians
# and its log-prior feature.
_Opening = tuple[float, float, float, float, float, float]
_NameInfo = tuple[list[Option], list[Row], list[float], dict[str, tuple[How, How]],
                  tuple[int, float, float] | None, dict[str, tuple[How, How]], list[_Terms]]
# The features of an option in context (Resolver.features, then featurize's own), in the order they are
# set: Resolver.scores adds their weights in this order.
_OPTION_FEATURES = (
    "logpop_gap", "prominence_gap", "top_pop", "prior_first", "alternate", "demonym", "cc_share",
    "cc_share_sq", "intl", "intl_cc_share", "intl_logpop_gap", "intl_prominence_gap", "a1_share", "a1_named",
    "cc_named",
    "capital_of_named", "home_country", "near", "intl_near", "log_prior", "qualified", "twin_region_word",
    "twin_city", "twin_district", "water_name", "actor_country", "local_cc_share", "local_a1_share",
    "local_logpop_gap", "capital_actor", "capital_cue", "intl_capital")
# Resolver._geography: (country weights, admin1 weights, per name its own country and admin1 weights,
# countries and admin1s named outright, points (weight, name, lat, lon), total weight).
_Geography = tuple[dict[str, float], dict[str, float], dict[str, dict[str, float]],
                   dict[str, dict[str, float]], set[str], set[str],
                   list[tuple[float, str, float, float]], float]


class Resolver:
    """The resolution model; its numbers (options per name, rounds, ...) come from ``config``."""

    def __init__(self, gaz: Gazetteer, weights: dict[str, float], config: Config | None = None) -> None:
        self.gaz = gaz
        self.weights = weights
        self.config = config or Config.shipped()
        self._static: dict[int, dict[str, float]] = {}
        self._static_score: dict[int, float] = {}
        self._names: dict[tuple[Option, ...], _NameInfo] = {}  # per list of gazetteer options
        # Per name's option terms (by identity: the list _name_info made, kept alive here so that its id is
        # not reused), each option's first score terms, which neither beliefs nor the article change (scores).
        self._openings: dict[int, tuple[list[_Terms], list[_Opening]]] = {}
        self._provinces: dict[str, list[tuple[float, float]]] = {}  # country -> its admin1 points

    def options(self, c: Candidate) -> list[Option]:
        """A candidate's options, one per place, best prior first, at most Config.max_candidates."""
        return self._name_info(c)[0]

    def _name_info(self, c: Candidate) -> _NameInfo:
        """What does not depend on the article, computed once per list of gazetteer options."""
        hit = self._names.get(c.options)
        if hit is not None:
            return hit
        gaz = self.gaz
        op = self._rank_options(c)
        rows = [gaz.row(o.row) for o in op]
        prior = [1.0] if len(op) == 1 else _softmax([gaz.prior_score(r) - (0.5 if how != NAME else 0.0)
                                                     for r, how in op])
        # Names that match both a province and a city inside it ("New York", "Geneva"): using such
        # a name does not name the province outright. Likewise a district and a town in it ("Jiribam").
        twin = _twins(op, rows, "admin1")
        district_twin = _twins(op, rows, "admin2")
        top = None
        if len(op) > 1:
            top_pop = max(p.population for p in rows)
            top = (top_pop, math.log10(top_pop + 1) / 7.0,
                   max(math.log1p(p.alternate_names) for p in rows) / 5.0)
        terms = []
        for (r, _), row, p in zip(op, rows, prior, strict=True):
            static = self.static_features(r)
            terms.append((static["logpop"], static["prominence"], row.lat * _RAD, row.lon * _RAD,
                          max(math.log(p + 1e-9), -20.0) / 20.0))
        hit = self._names[c.options] = (op, rows, prior, twin, top, district_twin, terms)
        return hit

    def _rank_options(self, c: Candidate) -> list[Option]:
        """One option per place (the most direct way the name names it), best prior first."""
        gaz = self.gaz
        best: dict[int, How] = {}
        for r, how in c.options:
            if r not in best or how < best[r]:
                best[r] = how
        if len(best) == 1:
            return [Option(r, how) for r, how in best.items()]
        ranked = sorted(best.items(), key=lambda t: -gaz.prior_score(t[0]) + (0.5 if t[1] != NAME else 0.0))
        return [Option(r, how) for r, how in ranked[:self.config.max_candidates]]

    def prepare(self, cands: list[Candidate], text: str = "") -> Document:
        """Group the candidates by name and collect what does not change between passes."""
        by_key: dict[str, list[Candidate]] = defaultdict(list)
        for c in cands:
            by_key[c.key].append(c)
        infos = {k: self._name_info(cs[0]) for k, cs in by_key.items()}
        opts = {k: info[0] for k, info in infos.items()}
        rows = {k: info[1] for k, info in infos.items()}
        weight = {k: max(c.score for c in cs) * len(cs) ** 0.5 for k, cs in by_key.items()}
        prior = {k: info[2] for k, info in infos.items()}
        # "Washington said", "ordered by Moscow": a place acting like a government is a capital.
        # "Paris High School", "the Athens Police Department", "a Richmond native": a local place.
        actor = set()
        local = set()
        region_word = set()
        for c in cands:
            after = text[c.end:c.end + 16].split(None, 2)
            before = text[max(0, c.start - 4):c.start]
            nxt = after[0].strip(",.;:").lower() if after else ""
            if nxt in ACTOR_VERBS or before.endswith(("by ", "from ")):
                actor.add(c.key)
            if nxt in LOCAL_CUES:
                local.add(c.key)
            if nxt in REGION_WORDS or before.endswith("of ") and text[max(0, c.start - 16):c.start].lower(
                    ).rstrip().endswith(_REGION_OF):
                region_word.add(c.key)
        qualifiers, beside_province, said = _neighbours(cands, rows, text, region_word)
        twin = {k: info[3] for k, info in infos.items() if info[3]}
        tops = {k: info[4] for k, info in infos.items() if info[4] is not None}
        district_twin = {k: info[5] for k, info in infos.items() if info[5]}
        # The cues and the nationality words only in a text whose capitalised words (those recognition
        # found: capitals.py) may hold one; a text recognition did not read is searched as it is.
        pieces = capital_pieces(text)
        cues = ({GOVERNMENT_CUES[m.group()] for m in GOVERNMENT_CUE_RE.finditer(text)}
                if (any(cue in text for cue in GOVERNMENT_CUES) if pieces is None
                    else _CUE_GATE.may_occur(pieces, text)) else set())
        nationals = ({cc for w in set(_CAPITALISED.findall(text)) for cc in (_nationality(w),) if cc}
                     if pieces is None or not COUNTRY_WORD_HEADS.isdisjoint(pieces) else set())
        provinces, confined = theatre_provinces(text) if text else (set(), set())
        groups = theatre_countries(text) if text else set()
        vocabulary = vocabulary_theatres(text) if text else set()  # one scan for both fields below
        return Document(opts, rows, weight, qualifiers, prior, twin, actor, cues, local, region_word, tops,
                        district_twin, groups, beside_province, nationals,
                        said, vocabulary | short_text_theatres(text) if text else set(),
                        provinces, confined, {k: info[6] for k, info in infos.items()}, groups | vocabulary)

    def _geography(self, doc: Document, beliefs: dict[str, list[float]]) -> _Geography:
        """The document's geography under ``beliefs`` (featurize): country and admin1 weights, each
        name's own share of them (names with a choice of options only), the places named outright, the
        specific places' points (radians, most confident first) and the total weight."""
        cc_w: dict[str, float] = defaultdict(float)
        a1_w: dict[str, float] = defaultdict(float)
        own_cc: dict[str, dict[str, float]] = {}
        own_a1: dict[str, dict[str, float]] = {}
        named_cc: set[str] = set()
        named_a1: set[str] = set()
        points: list[tuple[float, str, float, float]] = []
        total = 0.0
        for k, rows in doc.rows.items():
            w = doc.weight[k]
            total += w
            best_i = 0
            probs = beliefs[k]
            if len(rows) == 1:
                # One option (most names): its weight goes straight to the totals (the same sums: 0.0 + x
                # is x), and no own share is kept, since only names with a choice are scored.
                row = rows[0]
                if probs[0] >= 0.01:
                    wp = w * probs[0]
                    cc_w[row.country_code] += wp
                    if row.admin1:
                        a1_w[row.admin1] += wp
            else:
                occ: dict[str, float] = defaultdict(float)
                oa1: dict[str, float] = defaultdict(float)
                for i, row in enumerate(rows):
                    p = probs[i]
                    if p > probs[best_i]:
                        best_i = i
                    if p < 0.01:
                        continue
                    occ[row.country_code] += w * p
                    if row.admin1:
                        oa1[row.admin1] += w * p
                for c, v in occ.items():
                    cc_w[c] += v
                for a, v in oa1.items():
                    a1_w[a] += v
                own_cc[k] = occ
                own_a1[k] = oa1
                row = rows[best_i]
            if probs[best_i] >= 0.5:
                if row.kind == "country" or doc.opts[k][best_i].how == DEMONYM:
                    named_cc.add(row.country_code)
                elif row.kind == "admin1" and k not in doc.city_named_like_admin1:
                    # "New York" could be the city as well: it does not name the state outright.
                    named_a1.add(row.admin1)
            if row.kind in _POINT_KINDS:
                # Only specific places anchor the distance feature: a country's or province's centre
                # says nothing about which homonym is near.
                points.append((w * probs[best_i], k, row.lat * _RAD, row.lon * _RAD))
        points.sort(reverse=True)
        return cc_w, a1_w, own_cc, own_a1, named_cc, named_a1, points, total

    def featurize(self, doc: Document, beliefs: dict[str, list[float]], url: str | None = None,
                  only: set[str] | None = None) -> dict[str, list[dict[str, float]]]:
        """One feature dict per option of every ambiguous name, given beliefs about the others.

        ``beliefs`` gives, per name, a probability for each option: the document's geography
        (country and admin1 weights, places named outright, points) is their weighted sum, so an
        ambiguous name contributes little until it is resolved.
        """
        cc_w, a1_w, own_cc, own_a1, named_cc, named_a1, points, total = self._geography(doc, beliefs)
        home = url_country(url)
        nearest = self.config.nearest
        out: dict[str, list[dict[str, float]]] = {}
        for k, op in doc.opts.items():
            if len(op) == 1 or (only is not None and k not in only):
                continue
            rest = max(total - doc.weight[k], 1e-9)
            others = [(la, lo) for _, o, la, lo in points[:nearest + 1] if o != k][:nearest]
            top_pop, top_logpop, top_prom = doc.tops[k]
            qual = doc.qualifiers.get(k)
            occ, oa1 = own_cc[k], own_a1[k]
            prior = doc.prior[k]
            # What depends on the name only, read once for all its options.
            twin = doc.city_named_like_admin1.get(k)
            district = doc.district_twin.get(k)
            region_word = k in doc.region_word
            water_name = k.rsplit(" ", 1)[-1] in WATER_WORDS and not region_word
            feats = []
            for rank, ((r, how), row) in enumerate(zip(op, doc.rows[k], strict=True)):
                cc, a1 = row.country_code, row.admin1
                f = self.features(r, how, rank, top_pop, top_logpop, top_prom,
                                  max(0.0, cc_w.get(cc, 0.0) - occ.get(cc, 0.0)) / rest,
                                  max(0.0, a1_w.get(a1, 0.0) - oa1.get(a1, 0.0)) / rest if a1 else 0.0,
                                  named_cc, named_a1, others, home)
                # The context-free prior across kinds: a population says nothing about a region.
                f["log_prior"] = max(math.log(prior[rank] + 1e-9), -20.0) / 20.0
                if qual and (a1 in qual or cc in qual):
                    f["qualified"] = 1.0
                if twin and a1 in twin:
                    # A name shared by a province and a city in it: "Kyiv", "Odesa", "Geneva", "Daraa"
                    # mean the city, unless the text says "province"/"oblast" ("Idlib province").
                    # "New York" is only an alias of New York City (the state's own name), so it is
                    # left to the model.
                    if region_word:
                        if row.kind == "admin1":
                            f["twin_region_word"] = 1.0
                    elif row.kind == "city" and how <= twin[a1][0]:
                        f["twin_city"] = 1.0
                if district and row.kind == "admin2" and a1 in district and not region_word:
                    # A district named like a town in it ("Jiribam", "Dikwa", "Mekelle" for Mek'ele) is
                    # the town, as ACLED codes "in Jiribam", unless the text says "district", "county",
                    # "territory". Only the district loses: the town gains nothing over its namesakes.
                    f["twin_district"] = 1.0
                if water_name and row.kind == "water":
                    f["water_name"] = 1.0
                if cc and (cc in doc.theatre or cc in doc.vocabulary) and (
                        cc not in doc.confined or a1 in doc.provinces):
                    # The country an armed group named in the text fights in ("Beni: ADF rebels kill 18"),
                    # in the provinces it is confined to there ("Boko Haram": Diffa's Bosso, not Niger
                    # State's).
                    f["actor_country"] = 1.0
                if k in doc.local:
                    f["local_cc_share"] = f["cc_share"]
                    f["local_a1_share"] = f.get("a1_share", 0.0)
                    f["local_logpop_gap"] = f["logpop_gap"]
                if row.capital:
                    if k in doc.actor:
                        f["capital_actor"] = 1.0
                    if cc in doc.cues:
                        f["capital_cue"] = 1.0
                    if "intl" in f and how == NAME and not region_word \
                            and k not in doc.beside_province and doc.rows[k][0].kind != "country" \
                            and any(p.kind == "admin1" and p.admin1 != a1 for p in doc.rows[k]):
                        # A story between countries means their capitals ("talks in Washington"), not
                        # a province named like one ("Washington state", "Utah, Washington and Ohio").
                        # Towns named like a capital are left to the model (London, Ontario).
                        f["intl_capital"] = 1.0
                feats.append(f)
            out[k] = feats
        return out

    def score(self, doc: Document, feats: dict[str, list[dict[str, float]]]) -> dict[str, list[float]]:
        """Option probabilities per name under the model (single-option names get [1.0]).

        ``feats`` holds the article-dependent features; each row's static ones are added here.
        """
        weight = self.weights.get
        out: dict[str, list[float]] = {}
        for k, op in doc.opts.items():
            fs = feats.get(k)
            if not fs:
                if len(op) == 1:
                    out[k] = [1.0]
                continue
            zs = []
            for (r, _), f in zip(op, fs, strict=True):
                z = self.static_score(r)
                for name, v in f.items():
                    z += weight(name, 0.0) * v
                zs.append(z)
            out[k] = _softmax(zs)
        return out

    def scores(self, doc: Document, beliefs: dict[str, list[float]], url: str | None = None,
               only: set[str] | None = None) -> dict[str, list[float]]:
        """``score(doc, featurize(doc, beliefs, url, only))`` without building a dict per option: each
        feature's weight times its value is added in the order featurize sets the features, so the
        sums, and the probabilities, are the same to the last bit (tests/test_speed_oracles.py checks
        it). A feature added to ``features`` or ``featurize`` is added here too."""
        cc_w, a1_w, own_cc, own_a1, named_cc, named_a1, points, total = self._geography(doc, beliefs)
        home = url_country(url)
        nearest = self.config.nearest
        static_score = self.static_score
        known_score = self._static_score.get
        weight = self.weights.get
        (w_logpop_gap, w_prominence_gap, w_top_pop, w_prior_first, w_alternate, w_demonym, w_cc_share,
         w_cc_share_sq, w_intl, w_intl_cc_share, w_intl_logpop_gap, w_intl_prominence_gap, w_a1_share,
         w_a1_named, w_cc_named, w_capital_of_named, w_home_country, w_near, w_intl_near, w_log_prior,
         w_qualified, w_twin_region_word, w_twin_city, w_twin_district, w_water_name, w_actor_country,
         w_local_cc_share, w_local_a1_share, w_local_logpop_gap, w_capital_actor, w_capital_cue,
         w_intl_capital) = (weight(name, 0.0) for name in _OPTION_FEATURES)
        near_scale = math.log(20039.0)
        openings = self._openings
        out: dict[str, list[float]] = {}
        for k, op in doc.opts.items():
            if len(op) == 1:
                out[k] = [1.0]
                continue
            if only is not None and k not in only:
                continue
            # (Two-argument max and min as comparisons, as they pick: the built-ins parse their arguments
            # as keywords, some eight hundred instructions a call, on the hottest loop of resolution.)
            rest = total - doc.weight[k]
            rest = 1e-9 if 1e-9 > rest else rest
            others = [(la, lo) for _, o, la, lo in points[:nearest + 1] if o != k][:nearest]
            top_pop, top_logpop, top_prom = doc.tops[k]
            qual = doc.qualifiers.get(k)
            occ, oa1 = own_cc[k], own_a1[k]
            twin = doc.city_named_like_admin1.get(k)
            district = doc.district_twin.get(k)
            region_word = k in doc.region_word
            water_name = k.rsplit(" ", 1)[-1] in WATER_WORDS and not region_word
            local = k in doc.local
            actor = k in doc.actor
            rows = doc.rows[k]
            # Each option's first terms are the same in every round and article: summed once per name, in
            # the same order, so each sum is the same to the last bit.
            terms = doc.terms[k]
            known = openings.get(id(terms))
            if known is not None and known[0] is terms:
                opening = known[1]
            else:
                opening = []
                for rank, ((r, how), row, (logpop, prominence, lat, lon, log_prior)) in enumerate(
                        zip(op, rows, terms, strict=True)):
                    # As features(), then featurize's own, in their order.
                    z = known_score(r)
                    if z is None:
                        z = static_score(r)
                    logpop_gap = top_logpop - logpop
                    prominence_gap = top_prom - prominence
                    z += w_logpop_gap * logpop_gap
                    z += w_prominence_gap * prominence_gap
                    if row.population and row.population == top_pop:
                        z += w_top_pop
                    if rank == 0:
                        z += w_prior_first
                    if how == ALTERNATE:
                        z += w_alternate
                    elif how == DEMONYM:
                        z += w_demonym
                    opening.append((z, logpop_gap, prominence_gap, lat, lon, log_prior))
                openings[id(terms)] = (terms, opening)
            zs = []
            for (_, how), row, (z, logpop_gap, prominence_gap, lat, lon, log_prior) in zip(
                    op, rows, opening, strict=True):
                cc, a1 = row.country_code, row.admin1
                cc_share = cc_w.get(cc, 0.0) - occ.get(cc, 0.0)
                cc_share = (cc_share if cc_share > 0.0 else 0.0) / rest
                if a1:
                    a1_share = a1_w.get(a1, 0.0) - oa1.get(a1, 0.0)
                    a1_share = (a1_share if a1_share > 0.0 else 0.0) / rest
                else:
                    a1_share = 0.0
                kind = row.kind
                z += w_cc_share * cc_share
                z += w_cc_share_sq * (cc_share * cc_share)
                intl = len(named_cc) - (cc in named_cc) >= 2
                if intl:
                    z += w_intl
                    z += w_intl_cc_share * cc_share
                    z += w_intl_logpop_gap * logpop_gap
                    z += w_intl_prominence_gap * prominence_gap
                if a1:
                    z += w_a1_share * a1_share
                    if a1 in named_a1 and kind != "admin1":
                        z += w_a1_named
                if cc and cc in named_cc and kind != "country":
                    z += w_cc_named
                    if row.capital:
                        z += w_capital_of_named
                if home and cc == home:
                    z += w_home_country
                if others and kind in _POINT_KINDS:
                    d = nearest_km(lat, lon, others)
                    near = 1.0 - math.log1p(20039.0 if 20039.0 < d else d) / near_scale
                    z += w_near * near
                    if intl:
                        z += w_intl_near * near
                z += w_log_prior * log_prior
                if qual and (a1 in qual or cc in qual):
                    z += w_qualified
                if twin and a1 in twin:
                    if region_word:
                        if kind == "admin1":
                            z += w_twin_region_word
                    elif kind == "city" and how <= twin[a1][0]:
                        z += w_twin_city
                if district and kind == "admin2" and a1 in district and not region_word:
                    z += w_twin_district
                if water_name and kind == "water":
                    z += w_water_name
                if cc and (cc in doc.theatre or cc in doc.vocabulary) and (
                        cc not in doc.confined or a1 in doc.provinces):
                    z += w_actor_country
                if local:
                    z += w_local_cc_share * cc_share
                    z += w_local_a1_share * (a1_share if a1 else 0.0)
                    z += w_local_logpop_gap * logpop_gap
                if row.capital:
                    if actor:
                        z += w_capital_actor
                    if cc in doc.cues:
                        z += w_capital_cue
                    if intl and how == NAME and not region_word \
                            and k not in doc.beside_province and rows[0].kind != "country" \
                            and any(p.kind == "admin1" and p.admin1 != a1 for p in rows):
                        z += w_intl_capital
                zs.append(z)
            out[k] = _softmax(zs)
        return out

    def resolve(self, cands: list[Candidate], url: str | None = None, text: str = ""
                ) -> dict[str, tuple[int, float]]:
        """Map each candidate key to (row, probability among its options).

        Two rounds: the first reads the document's geography from the priors, the second from the
        first round's resolutions, so a confidently placed name can disambiguate the others.
        """
        doc = self.prepare(self.city_quarter(self.province_named(cands, text), text), text)
        # Names whose prior is already overwhelming (a country against a hamlet of the same name)
        # keep it; the context features cannot overturn such a margin, so they are not computed.
        config = self.config
        open_names = {k for k, p in doc.prior.items() if max(p) < config.prior_settled}
        beliefs = doc.prior | self.scores(doc, doc.prior, url, open_names)
        for _ in range(config.rounds - 1):
            # Names already resolved with near certainty keep their answer; the rest are rescored.
            unsure = {k for k, p in beliefs.items() if max(p) < config.settled}
            if not unsure:
                break
            beliefs = beliefs | self.scores(doc, beliefs, url, unsure)
        picks = {k: max(range(len(op)), key=beliefs[k].__getitem__) for k, op in doc.opts.items()}
        out: dict[str, tuple[int, float]] = {}
        for k, op in doc.opts.items():
            i = picks[k]
            out[k] = (op[i].row, beliefs[k][i])
        # Overrides of the belief's pick, in order: each sees the picks the ones before it made.
        for override in (self.out_of_theatre, self.qualified_pick, self.own_name, self.lone_hamlet,
                         self.seated_district, self.district_seat):
            for k, i in override(doc, beliefs, picks).items():
                picks[k] = i
                out[k] = (doc.opts[k][i].row, beliefs[k][i])
        for k, j in self.district_town(doc, picks).items():
            out[k] = (doc.opts[k][j].row, beliefs[k][picks[k]])  # as sure as the district was
        return out

    def province_named(self, cands: list[Candidate], text: str) -> list[Candidate]:
        """The candidates, a name followed by a region word ("Leningrad region", "Northwest region") that
        together name provinces its options lack ("Leningrad Oblast", "North-West") given those provinces
        and its own provinces instead of its towns: the text says it means a province, and the bare name
        is only a town's (St Petersburg's former name, a US city). Every occurrence of the name gets them
        (one sense per discourse)."""
        extra: dict[str, tuple[Option, ...]] = {}
        for c in cands:
            nxt = text[c.end:c.end + 14].split(None, 1)
            word = nxt[0].strip(",.;:").lower() if nxt and text[c.end:c.end + 1].isspace() else ""
            if word not in _PROVINCE_WORDS or c.key in extra:
                continue
            known = {o.row for o in c.options}
            found: list[Option] = []
            # "Sverdlovsk region" is the gazetteer's "Sverdlovsk Oblast": any of the words
            for key in (*(c.key + " " + w for w in _PROVINCE_WORDS), _SOLID_COMPASS.get(c.key, "")):
                # (a curated region under the very words the text wrote: "Iraq's Kurdistan region" is the
                # Kurdistan Region, not Iran's Kordestan province, the bare name's only province)
                kinds = _REGION_KINDS if key == c.key + " " + word else ("admin1", "admin2")
                found += [o for o in self.gaz.options(key) if key and o.row not in known
                          and self.gaz.row(o.row).kind in kinds]
            if found:
                # the provinces only: the name's towns are what the region word rules out
                kept = [o for o in c.options if self.gaz.row(o.row).kind in ("admin1", "admin2")]
                extra[c.key] = tuple(dict.fromkeys(found + kept))
        if not extra:
            return cands
        return [replace(c, options=extra[c.key]) if c.key in extra else c for c in cands]

    def city_quarter(self, cands: list[Candidate], text: str) -> list[Candidate]:
        """The candidates, a name that a city's possessive places ("Bamako's Faladie district") given that
        city's place when none of its own lies within QUARTER_KM of the city or in its province: it names a
        quarter the gazetteer lacks, and its namesakes are villages elsewhere (Faladié, 60 km away). As
        for a quarter the gazetteer does not know at all ("Gao's Sosso Koira"), the city is the most
        specific place the text gives. Every occurrence of the name gets it (one sense per discourse)."""
        extra: dict[str, tuple[Option, ...]] = {}
        gaz = self.gaz
        for a, b in zip(cands, cands[1:], strict=False):
            if b.key in extra or not 2 <= b.start - a.end <= 12 \
                    or _POSSESSIVE_GAP.fullmatch(text, a.end, b.start) is None:
                continue
            mine = [(o, gaz.row(o.row)) for o in a.options]
            cities = [(o.row, r) for o, r in mine if r.kind == "city" and r.population >= QUARTER_CITY_POP]
            own = [(o, gaz.row(o.row)) for o in b.options]
            # The possessor is a city (its province may share its name: "Nampula's Memba" is the province's
            # town), and the name a place a city may hold, not a country, province or demonym.
            if not cities or not own or any(r.kind not in ("city", "admin1") for _, r in mine) \
                    or any(o.how == DEMONYM or r.kind not in ("city", "admin2", "facility") for o, r in own):
                continue
            provinces = {r.admin1 for _, r in cities}
            points = [(r.lat * _RAD, r.lon * _RAD) for _, r in cities]
            if any(r.admin1 in provinces or nearest_km(r.lat * _RAD, r.lon * _RAD, points) <= QUARTER_KM
                   for _, r in own):
                continue
            extra[b.key] = tuple(Option(i, ALTERNATE) for i, _ in cities)
        if not extra:
            return cands
        return [replace(c, options=extra[c.key]) if c.key in extra else c for c in cands]

    def own_name(self, doc: Document, beliefs: dict[str, list[float]], picks: dict[str, int]
                 ) -> dict[str, int]:
        """Names resolved to a town that bears the name only as an alternate one, when a town of the text's
        theatre bears it as its own name: that town ("Airstrike on Ariha": the Syrian town, not Jericho,
        whose Arabic name it is; "the settlement of Ariel": not Jerusalem; "between Birnin Gwari and
        Kaduna": not Sofo-Birnin-Gwari). The theatre is the countries of the text's armed groups, conflict
        words, nationalities and other confident places. The town of the own name is not taken when
        - the pick is _OWN_NAME_TIMES bigger ("Russian missiles hit Nikolayev": Mykolaiv, not a Russian
          hamlet named Nikolayev), or _QUALIFIED_TIMES in one province or against a hamlet (as
          qualified_pick and lone_hamlet); a size of 0 is an unknown one (a curated conflict town);
        - it lies abroad from a pick in the theatre, unless its size is unknown ("Odessa" in a Ukraine
          story stays Odesa, whatever American town bears the name);
        - the text puts the name in a province it is not in ("Guerrero's Chilapa"), or it lies far from
          the text's other places that the pick lies beside ("the city's Podilskyi district": Kyiv's Podil).
        """
        placed: Counter[str] = Counter()
        points: list[tuple[str, float, float]] = []
        for k, i in picks.items():
            if beliefs[k][i] >= 0.5:
                row = doc.rows[k][i]
                placed[row.country_code] += 1
                if row.kind in _POINT_KINDS:
                    points.append((k, row.lat * _RAD, row.lon * _RAD))
        theatre = doc.theatre | doc.vocabulary | doc.nationals
        out: dict[str, int] = {}
        for k, i in picks.items():
            rows = doc.rows[k]
            row = rows[i]
            if row.kind != "city" or doc.opts[k][i].how != ALTERNATE or row.capital and k in doc.actor:
                continue
            mine = row.country_code
            here = theatre | {c for c, n in placed.items() if n > (c == mine and beliefs[k][i] >= 0.5)}
            qual = doc.qualifiers.get(k)
            others = [(la, lo) for o, la, lo in points if o != k]
            d_pick = nearest_km(row.lat * _RAD, row.lon * _RAD, others) if others else 0.0
            own = []
            for j, r in enumerate(rows):
                c_own = r.country_code
                if j == i or r.kind != "city" or doc.opts[k][j].how != NAME or c_own not in here \
                        or qual and r.admin1 not in qual and c_own not in qual:
                    continue  # (the text's own qualifier places it: "Guerrero's Chilapa")
                # As qualified_pick and lone_hamlet: inside one province, or for a hamlet, a far bigger
                # town of the country that bears the name is the one meant (Los Reyes de Salgado).
                times = _QUALIFIED_TIMES if r.admin1 == row.admin1 or 0 < r.population < _HAMLET_POP \
                    and c_own == mine else _OWN_NAME_TIMES
                if r.population and r.population * times < row.population \
                        or c_own != mine and r.population and mine in here:
                    continue
                # A pick beside the text's other places, the town of the own name far from them: a quarter
                # of the story's city ("the city's Podilskyi district" of Kyiv: Podil).
                if others and nearest_km(r.lat * _RAD, r.lon * _RAD, others) > max(2 * d_pick, _HAMLET_KM):
                    continue
                if not loose_match(self.gaz, k, self.gaz.place(doc.opts[k][j].row)):
                    own.append(j)
            if own:
                out[k] = max(own, key=lambda j: (beliefs[k][j], rows[j].population))
        return out

    def lone_hamlet(self, doc: Document, beliefs: dict[str, list[float]], picks: dict[str, int]
                    ) -> dict[str, int]:
        """Names resolved to a hamlet (under _HAMLET_POP people) that nothing else in the text supports (no
        qualifier, no confident place of the text within _HAMLET_KM, not its province), when a city of the
        same country, _QUALIFIED_TIMES bigger and of at least _HAMLET_CITY_POP people, bears the name fully
        (not a spelling variant): that city. The text's words chose the country ("Gunmen kill 5 in Zamora":
        Mexico); inside it nothing chose the hamlet of the exact name (1,100 people in Veracruz) over
        Zamora de Hidalgo (186,000, Michoacan), whose alternate name it is. qualified_pick does the same
        inside a province the text names."""
        points: list[tuple[str, float, float]] = []
        placed: dict[str, set[str]] = defaultdict(set)  # admin1 -> the names placed in it
        for k, i in picks.items():
            if beliefs[k][i] >= 0.5:
                row = doc.rows[k][i]
                placed[row.admin1].add(k)
                if row.kind in _POINT_KINDS:
                    points.append((k, row.lat * _RAD, row.lon * _RAD))
        out: dict[str, int] = {}
        for k, i in picks.items():
            rows = doc.rows[k]
            row = rows[i]
            if row.kind != "city" or row.population >= _HAMLET_POP or row.feature_code == "USER" \
                    or doc.qualifiers.get(k) or row.admin1 and placed.get(row.admin1, set()) - {k}:
                continue
            least = max(_QUALIFIED_TIMES * max(row.population, 1), _HAMLET_CITY_POP)
            bigger = [j for j, r in enumerate(rows) if r.kind == "city" and r.country_code == row.country_code
                      and r.population >= least and doc.opts[k][j].how in (NAME, ALTERNATE)
                      and not loose_match(self.gaz, k, self.gaz.place(doc.opts[k][j].row))]
            if not bigger:
                continue
            others = [(la, lo) for o, la, lo in points if o != k]
            if others and nearest_km(row.lat * _RAD, row.lon * _RAD, others) <= _HAMLET_KM:
                continue
            out[k] = max(bigger, key=lambda j: rows[j].population)
        return out

    def seated_district(self, doc: Document, beliefs: dict[str, list[float]], picks: dict[str, int]
                        ) -> dict[str, int]:
        """Names resolved to a district (admin2) that no town of its name heads, when a district of the same
        name in another country the text names by a nationality or an armed group is headed by a town of its
        name: that town, or with "district" after the name that district ("Indian army vehicles ambushed in
        Poonch district": Poonch in Jammu and Kashmir, not Pakistan's Poonch District). A district named
        after its seat town is the one news names; the other is often a division's or an old name."""
        # Only a country the text's nationalities or armed groups name: a local story's county is its own.
        here = doc.theatre | doc.nationals
        out: dict[str, int] = {}
        for k, i in picks.items():
            twins = doc.district_twin.get(k)
            rows = doc.rows[k]
            row = rows[i]
            if not twins or row.kind != "admin2" or row.admin1 in twins:
                continue
            how = doc.opts[k][i].how
            kind = "admin2" if k in doc.region_word else "city"
            # Seated: the district's point lies at the town's, as a district's whose county data are the
            # town alone (not "Henry County" and a town Henry 200 km from it in the same state).
            seats = {r.admin1 for r in rows if r.kind == "admin2" and r.admin1 in twins and any(
                t.kind == "city" and t.admin1 == r.admin1
                and abs(t.lat - r.lat) + abs(t.lon - r.lon) <= _SEAT_DEGREES for t in rows)}
            # (in another country: within one, counties and towns share names by the hundred, "Cherokee")
            seated = [j for j, r in enumerate(rows) if r.kind == kind and r.admin1 in seats
                      and r.country_code in here and r.country_code != row.country_code
                      and doc.opts[k][j].how <= how]
            if seated:
                out[k] = max(seated, key=lambda j: (beliefs[k][j], rows[j].population))
        return out

    def district_seat(self, doc: Document, beliefs: dict[str, list[float]], picks: dict[str, int]
                      ) -> dict[str, int]:
        """Names resolved to a town far from the district (admin2) of the same name in the same province,
        when that district lies at another town bearing the name, at least as big: that town, the district's
        seat. The build places a district at the town of its name that GeoNames files under it
        (gazetteers/build_places.py); a second row of the name away from it is a stray ("Kupwara": the seat,
        which GeoNames keys as Kopawor, not a smaller Kupwara row 55 km south of it)."""
        out: dict[str, int] = {}
        for k, i in picks.items():
            twins = doc.district_twin.get(k)
            rows = doc.rows[k]
            row = rows[i]
            if not twins or row.kind != "city" or row.admin1 not in twins:
                continue
            seats = [j for j, r in enumerate(rows) if j != i and r.kind == "city" and r.admin1 == row.admin1
                     and r.population >= row.population and any(
                         d.kind == "admin2" and d.admin1 == row.admin1
                         and abs(d.lat - r.lat) + abs(d.lon - r.lon) <= _SEAT_DEGREES
                         and abs(d.lat - row.lat) + abs(d.lon - row.lon) > _SEAT_DEGREES for d in rows)]
            if seats:
                out[k] = max(seats, key=lambda j: (rows[j].population, beliefs[k][j]))
        return out

    def district_town(self, doc: Document, picks: dict[str, int]) -> dict[str, int]:
        """Names resolved to a district (admin2) that a town of the same name in the same province
        heads ("Walikale", "in Bokkos, Plateau state"), and that town: ACLED codes the town, whose point
        is where the news happens. With "district", "territory" or "county" after the name the district
        stays when it has a point of its own, its towns' centre ("Masisi territory"), not when the build
        placed it at its seat, this town, or at its province's point (gazetteers/build_places.py): the
        town then says as much, and is what ACLED codes ("Lubero territory")."""
        out: dict[str, int] = {}
        for k, i in picks.items():
            twins = doc.district_twin.get(k)
            row = doc.rows[k][i]
            if not twins or row.kind != "admin2" or row.admin1 not in twins:
                continue
            how = doc.opts[k][i].how
            towns = [j for j, r in enumerate(doc.rows[k]) if r.kind == "city" and r.admin1 == row.admin1
                     and doc.opts[k][j].how <= how]
            if not towns:
                continue
            town = max(towns, key=lambda j: doc.rows[k][j].population)
            if k in doc.region_word:
                borrowed = (doc.rows[k][town], self.gaz.admin1_of(row.admin1))
                if not any(p is not None and abs(p.lat - row.lat) + abs(p.lon - row.lon) <= 0.01
                           for p in borrowed):
                    continue
            out[k] = town
        return out

    def qualified_pick(self, doc: Document, beliefs: dict[str, list[float]], picks: dict[str, int]
                       ) -> dict[str, int]:
        """Names the text places in so many words ("Michoacan's Los Reyes", "Kitshanga in North Kivu
        province", "Bokkos district of Plateau state") resolved outside the province (else the country)
        that places them, and their most likely option inside it: the text's own word outweighs a bigger
        or more prominent namesake elsewhere (Los Reyes Acaquilpan near Mexico City). Inside the
        province, a town _QUALIFIED_TIMES bigger than the hamlet picked is taken (Los Reyes de Salgado,
        not a hamlet of the exact name). The qualifier counts
        as it was resolved (a confident pick), so a list of provinces does not constrain itself."""
        placed: set[str] = set()
        for k, i in picks.items():
            if beliefs[k][i] >= 0.5:
                row = doc.rows[k][i]
                placed.update((row.admin1, row.country_code))
        out: dict[str, int] = {}
        for k in sorted(doc.said):
            qual = doc.qualifiers.get(k, set()) & placed
            if not qual or k not in picks:
                continue
            rows = doc.rows[k]
            row = rows[picks[k]]
            if row.kind not in _THEATRE_KINDS and row.kind != "facility":
                continue
            if row.admin1 in qual:
                # Inside the province the context says nothing more: a town of it far bigger than a
                # hamlet of the exact name is the one meant (Los Reyes de Salgado, Michoacan).
                least = _QUALIFIED_TIMES * max(row.population, 1)
                bigger = [j for j, r in enumerate(rows) if row.kind == "city" and r.kind == "city"
                          and r.admin1 == row.admin1 and r.population >= least]
                if bigger:
                    out[k] = max(bigger, key=lambda j: rows[j].population)
                continue
            a1s = {q for q in qual if "." in q}
            inside = [j for j, r in enumerate(rows) if r.admin1 in a1s and r.kind != "country"]
            if not inside and row.country_code not in {q.split(".", 1)[0] for q in qual}:
                inside = [j for j, r in enumerate(rows) if r.country_code in qual and r.kind != "country"]
            if inside:
                out[k] = max(inside, key=beliefs[k].__getitem__)
        return out

    def out_of_theatre(self, doc: Document, beliefs: dict[str, list[float]], picks: dict[str, int]
                       ) -> dict[str, int]:
        """Names resolved to a town far outside the article's theatre, and their option inside it.

        The theatre is where the article says it is set: the countries its armed groups fight in ("ADF
        rebels"), the countries and provinces it names outright (not a country acting, "Washington
        said"), the nationalities it names ("Nigerian jet"), and the places that qualify a name
        ("Bor in Jonglei State", "Kabul's Sherpur"). A town or district that lies in none of those
        countries, in no country of another confident town of the article, and more than THEATRE_KM
        from those towns and from every province of the theatre (or QUALIFIED_KM from the province
        the text puts it in), is a namesake of the place meant: the name's most likely option inside
        the theatre is taken instead ("Nigerian jet bombs Rann": Rann in Borno, not Brezice in
        Slovenia, whose alternate name it is). With no such option the pick stands: the event coder
        then codes an event there at the theatre's nearest named place (events/coder.py). Capitals,
        cities of WORLD_CITY_POP people named by their own name ("talks in Geneva" in a Syria story),
        facilities and the user's own places are kept.
        """
        named: set[str] = doc.theatre | doc.nationals
        named_by: Counter[str] = Counter()  # countries named outright, by how many names
        # The most confident towns of the article (at most _ANCHORS: the work stays linear in its names).
        anchors: list[tuple[float, str, str, float, float]] = []  # (belief, name, country, lat, lon)
        anchor_cc: Counter[str] = Counter()  # countries of all the confident towns
        placed: set[str] = set()  # the admin1 and country codes of the confident places
        for k, i in picks.items():
            p = beliefs[k][i]
            if p < 0.5:
                continue
            row = doc.rows[k][i]
            placed.update((row.admin1, row.country_code))
            if row.kind in ("country", "admin1") and doc.opts[k][i].how != DEMONYM and k not in doc.actor \
                    and k not in doc.city_named_like_admin1:
                named.add(row.country_code)
                named_by[row.country_code] += 1
            elif row.kind in _POINT_KINDS:
                anchors.append((p, k, row.country_code, row.lat * _RAD, row.lon * _RAD))
                anchor_cc[row.country_code] += 1
        anchors = sorted(anchors, reverse=True)[:_ANCHORS]
        named_provinces = [pt for cc in sorted(named) for pt in self._province_points(cc)]
        out: dict[str, int] = {}
        for k, i in picks.items():
            row = doc.rows[k][i]
            if row.kind not in _THEATRE_KINDS or row.capital or row.feature_code == "USER" or (
                    row.kind == "city" and row.population >= WORLD_CITY_POP and doc.opts[k][i].how == NAME):
                continue  # a city the world knows by its name is news anywhere ("talks in Geneva")
            cc = row.country_code
            if row.kind == "admin1" and beliefs[k][i] >= 0.5 and named_by[cc] == 1 and cc not in doc.theatre \
                    and cc not in doc.nationals and k not in doc.actor:
                # A province names its own country: the theatre is what the rest of the article names.
                named_k = named - {cc}
                provinces_k = [pt for c in sorted(named_k) for pt in self._province_points(c)]
            else:
                named_k, provinces_k = named, named_provinces
            # What places the name, as the qualifying names were resolved ("Hodeidah ... Red Sea": the
            # sea, not Sudan's Red Sea State).
            qual = doc.qualifiers.get(k, set()) & placed
            qual_cc = {q.split(".", 1)[0] for q in qual}
            theatre = named_k | qual_cc
            own = 1 if beliefs[k][i] >= 0.5 and row.kind in _POINT_KINDS else 0
            if anchor_cc[row.country_code] > own:
                continue  # another town of the article lies in the same country
            # The countries of the article's other towns hold its namesake as well as the theatre does.
            targets = theatre | {c for c in anchor_cc if c != row.country_code}
            # The name is the text's only place, and only its armed groups or conflict words set it
            # ("JNIM fighters attack army post in Léré", "Jihadists kill 12 soldiers near Moura"): a town of
            # that name where they fight is meant, however near the pick lies to that theatre.
            lone = bool(doc.conflict) and row.country_code not in doc.conflict \
                and not theatre - doc.conflict and not qual and len(anchors) <= own and not named_by
            if lone:
                targets = doc.conflict
            if not targets:
                continue
            here = (row.lat * _RAD, row.lon * _RAD)
            provinces = [r for r in map(self.gaz.admin1_of, sorted(qual)) if r is not None]
            if provinces and row.kind != "admin1" and row.country_code not in qual_cc:
                # "Nasir and Ulang counties of Upper Nile State": a town far from the province the text
                # puts it in is a namesake, even in a neighbouring country of the theatre. (Within one
                # country the model's "qualified" feature decides: a list of provinces or towns,
                # "Alaska, Alabama", qualifies each name by the next.)
                if nearest_km(*here, [(r.lat * _RAD, r.lon * _RAD) for r in provinces]) <= QUALIFIED_KM:
                    continue
            elif not lone:  # (a lone name goes to its theatre however near the pick lies)
                if row.country_code in theatre:
                    continue
                near = [(la, lo) for _, o, _, la, lo in anchors if o != k] + provinces_k
                for c in qual_cc - named_k:
                    near += self._province_points(c)
                # A name that reaches the town only loosely (a spelling variant, "Boni" -> Bonn) is
                # outside however near it is: the test the event coder uses too (loose_match).
                if near and nearest_km(*here, near) <= THEATRE_KM \
                        and not loose_match(self.gaz, k, self.gaz.place(doc.opts[k][i].row)):
                    continue
            inside = [j for j, r in enumerate(doc.rows[k]) if r.country_code in targets
                      and (not qual or r.admin1 in qual or r.country_code in qual)
                      and (not lone or doc.opts[k][j].how in (NAME, ALTERNATE)
                           and not loose_match(self.gaz, k, self.gaz.place(doc.opts[k][j].row)))]
            if inside:
                out[k] = max(inside, key=beliefs[k].__getitem__)
        return out

    def _province_points(self, cc: str) -> list[tuple[float, float]]:
        """The points (radians) of a country's provinces (admin1), computed once per country."""
        hit = self._provinces.get(cc)
        if hit is None:
            hit = self._provinces[cc] = [(r.lat * _RAD, r.lon * _RAD) for r in self.gaz.provinces_of(cc)]
        return hit

    def static_features(self, r: int) -> dict[str, float]:
        """Features of a gazetteer row that do not depend on the article (cached per row)."""
        hit = self._static.get(r)
        if hit is not None:
            return hit
        row = self.gaz.row(r)
        f: dict[str, float] = {f"kind={row.kind}": 1.0, "logpop": math.log10(row.population + 1) / 7.0,
                               "prominence": math.log1p(row.alternate_names) / 5.0}
        if row.capital:
            f["capital"] = 1.0
        if row.kind == "city" and self.gaz.same_name_as_admin1(r):
            f["names_its_admin1"] = 1.0
        self._static[r] = f
        return f

    def static_score(self, r: int) -> float:
        s = self._static_score.get(r)
        if s is None:
            w = self.weights
            s = self._static_score[r] = sum(w.get(k, 0.0) * v for k, v in self.static_features(r).items())
        return s

    def features(self, r: int, how: How, rank: int, top_pop: int, top_logpop: float,
                 top_prominence: float,
                 cc_share: float, a1_share: float,
                 named_cc: set[str], named_a1: set[str], others: list[tuple[float, float]],
                 home: str) -> dict[str, float]:
        """Features of option ``r`` (a gazetteer row named ``how``) in its article's context:
        ``others`` are the points (radians) of the other specific places, most confident first."""
        row = self.gaz.row(r)
        static = self.static_features(r)
        f: dict[str, float] = {}
        cc = row.country_code
        a1 = row.admin1
        pop = row.population
        kind = row.kind
        f["logpop_gap"] = top_logpop - static["logpop"]
        f["prominence_gap"] = top_prominence - static["prominence"]
        if pop and pop == top_pop:
            f["top_pop"] = 1.0
        if rank == 0:
            f["prior_first"] = 1.0
        if how == ALTERNATE:
            f["alternate"] = 1.0
        elif how == DEMONYM:
            f["demonym"] = 1.0
        f["cc_share"] = cc_share
        # Convex in the share: a local paper's article is nearly all one country; a world story
        # that merely involves a country gives its small towns much less support.
        f["cc_share_sq"] = cc_share * cc_share
        # In an article that names several countries, one country's share says less, and a world
        # city beats its small homonyms (Geneva beside Moscow and Washington).
        if len(named_cc) - (cc in named_cc) >= 2:  # len(named_cc - {cc}) without copying the set
            f["intl"] = 1.0
            f["intl_cc_share"] = cc_share
            f["intl_logpop_gap"] = f["logpop_gap"]
            f["intl_prominence_gap"] = f["prominence_gap"]
        if a1:
            f["a1_share"] = a1_share
            if a1 in named_a1 and kind != "admin1":
                f["a1_named"] = 1.0
        if cc and cc in named_cc and kind != "country":
            f["cc_named"] = 1.0
            if row.capital:
                f["capital_of_named"] = 1.0
        if home and cc == home:
            f["home_country"] = 1.0
        if others and kind in _POINT_KINDS:
            # Distance is a feature of specific places only: a province's centre says little.
            d = min(nearest_km(row.lat * _RAD, row.lon * _RAD, others), 20039.0)
            f["near"] = 1.0 - math.log1p(d) / math.log(20039.0)
            if "intl" in f:
                f["intl_near"] = f["near"]
        return f
