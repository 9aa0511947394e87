"""A learned ``roles`` component: a small trained model decides each place mention's role.

    from mapper.events.site_model import LearnedRoles
    pipeline.replace("roles", LearnedRoles(pipeline.config))     # or Pipeline(roles="learned")

The rule roles (mapper/events/roles.py) run first and are features, as are the clauses (triggers)
of the sentence, the words and punctuation around the mention, the place's kind and GeoNames code,
whether the text is a headline, coordination with neighbouring names and containment ("X's Y", a
province beside a town of its country), and whether the rules gave the sentence, or the nearest
clause, a site elsewhere (then this mention is rather a parent; if not, perhaps a missed site).
Two read the clauses whatever the rules made of them: how far the nearest trigger that reports
nothing (threatened, denied, postponed) and the nearest background clause are, and whether either is
nearer than the nearest real trigger.
Factuality: the classes of the words (modal, plan, threat, negation, condition, cause, report,
past, a year, a quotation mark) between the mention and its nearest real trigger, and those only
outside that span; the classes of the few words that govern the mention ("the governor of X",
"officials in X", "X-based", "fled to X", "N km of X"). Words around the mention are read with names
and numbers abstracted to their shape ("in the Xx district of"), so no neighbour's name is a feature.
Grammar that carries across phrasings (``_grammar_features``): whether the mention's nearest act
already has another rule site (one act told with its parent, or an act of its own: "..., and drones
struck a substation in the Sumy region"), whether it lies in a parenthesis, quotation, relative
clause or apposition and whether its act lies in the same one ("Bama, a town near Maiduguri,"),
whether a province or country holds a rule site of its sentence, whether the place was a rule site
or named in an earlier sentence, and a full article's paragraph.
A multinomial logistic model (one weight per feature and role, in
``mapper/data/site_model.json``, trained by ``training/events/train_sites.py`` on the event corpus)
picks the role; the component then builds the same :class:`~mapper.model.Role` the rules would:
a site keeps the rule's clause and precision when the rules also said site, else takes the nearest
clause of its sentence that is news, and a precision from the place's kind and "near"/"outside".
A dateline stays the rules' (the event coder finds the dateline by that rule), and so does every
mention of a sentence with no trigger (the model is not run there: most sentences of ordinary news).
The model decides the site question: where neither it nor the rules make a mention a site or venue,
the rules' role (origin, actor, context) stands; dropping a clause's only rule site or venue costs the
model ``keep_bonus`` more (the event goes with it; train has 41 venues among 11,390 examples, too few for
the model alone to keep "the Security Council met in emergency session in New York").

Features never name a place: only the words around it, so nothing is keyed to the corpus' answers.
Linear in the text: every feature reads a bounded window around the mention or its neighbours, or
counts made once per document (rule sites per sentence and per clause).
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mapper.config import Config
from mapper.doc import Doc
from mapper.errors import MapperError
from mapper.events.clauses import ClauseReading
from mapper.events.lexicon import ATTRIBUTES, CLAIMS
from mapper.events.prefilter import WordGate, gate_text
from mapper.events.roles import ABOVE_AS_OVER_AFTER, Roles, coordinated
from mapper.events.triggers import Clause
from mapper.model import ROLES, Mention, Role

SITE_MODEL = Path(__file__).resolve().parent.parent / "data" / "site_model.json"
CLASSES = ROLES  # the order of each feature's weights in site_model.json
_SITE = CLASSES.index("event_site")
_PLACED = ("event_site", "venue")  # the roles that place an event: the model's decision
SOLE_SITE = "sole_site"  # the feature of a rule site or venue that is its clause's only one
UNREAD = "unread"  # the first feature of a mention the model leaves to the rules (mention_features)
SITE_PROBABILITY = "site_probability"  # doc.user key: each mention's P(site), set by LearnedRoles

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_PREPOSITIONS = frozenset(
    "in at near outside around inside into on of from to toward towards across through along off over "
    "by between within against for under".split())
# "30 km north of", "the outskirts of", "areas west of": the named town is the reference point.
_NEAR = re.compile(r"(?:\b(?:near|outside|around|close to|next to|outskirts of|edge of|suburbs? of|"
                   r"vicinity of|countryside of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)|"
                   r"\d\s*(?:km|kilometres|kilometers|miles)\b[\w ]{0,20}?\b(?:of|from))\s+(?:the\s+)?"
                   r"(?:\w+\s+)?$", re.I)
# Every match holds one of these (most windows none): searched in gate_text(window), as re.I reads it.
_NEAR_GATE = WordGate(_NEAR, ("near", "outside", "around", "close", "next", "outskirts", "edge", "suburb",
                              "vicinity", "countryside", "north", "south", "east", "west", "km", "kilomet",
                              "miles"))
# "Tassi, a village 15 km from X": the guide codes a village by the town it is told by, so X is no
# mere reference point (read in the bounded window before the mention).
_VILLAGE_APPOSITION = re.compile(r",\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:village|hamlet|settlement|"
                                 r"locality)\b[^,;]*$", re.I)
_COORDINATION = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+|[&/]\s*)")
_POSSESSIVE = re.compile(r"['’]s?\s")
_SPECIFIC_KINDS = ("city", "facility")
_KIND_PRECISION = {"continent": 3, "region": 3, "water": 3, "country": 3, "admin1": 2, "admin2": 2}
WINDOW = 60  # characters read either side of a mention
BETWEEN = 120  # characters read between a mention and its nearest trigger (from the mention's side)

# Words that say whether a clause reports a real event, in classes (the class is the feature): what
# lies between a place and its trigger decides whether the place is the event's, so these classes
# carry to phrasings no rule was written for ("had vowed to retake X", "officials in X denied").
_CUE_CLASSES: dict[str, str] = {}
for _cls, _words_of in (
        ("modal", "would could may might can should must will shall cannot wo"),
        ("plan", "plan plans planned planning expected expects scheduled upcoming intends intend aims "
                 "aim preparing prepare tomorrow proposed"),
        ("threat", "threatened threatens threaten vowed vows vow warned warns warn urged urges urge "
                   "demanded demands called calls"),
        ("negation", "no not never denied denies deny without nor neither n't rejected dismissed none"),
        ("condition", "if unless whether"),
        ("cause", "due because following amid despite"),
        ("report", " ".join(sorted(ATTRIBUTES | CLAIMS | {"according", "reports", "statement", "announced",
                                                          "quoted"}))),
        ("past", "had since ago earlier previous previously former anniversary last years"),
        ("movement", "fled flee fleeing sent send taken evacuated displaced heading headed travelling "
                     "traveling returned return arrived deployed moved transferred airlifted crossed "
                     "relocated sheltering shelter bound brought"),
        ("person", "governor officials official police mayor spokesman spokeswoman spokesperson "
                   "minister ministry authorities authority council commander chief residents resident "
                   "administrator lawmaker head hospital based directorate committee office government "
                   "presidency leader leaders representative envoy"),
        ("reference", "km kilometres kilometers miles border outskirts north south east west northeast "
                      "northwest southeast southwest")):
    for _w in _words_of.split():
        _CUE_CLASSES[_w] = _cls
_QUOTES = frozenset('"“”«»')
_ABOVE_AS_OVER_AFTER = frozenset(ABOVE_AS_OVER_AFTER)


# -- the weights ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SiteModel:
    """Trained weights (feature -> one weight per role of CLASSES) and decision offsets chosen by
    cross-validation on the event figures: ``rule_bonus`` is added to the score of the role the rules
    gave, ``site_bonus`` to event_site (an extra site costs less than a lost one: the event coder
    takes the most specific site of a clause), ``keep_bonus`` to the rules' role when the rules made
    the mention the only site or venue of its clause (dropping it drops the event, not only a place:
    the corpus has few clauses whose only place is a country or a region, and few venues, so the model
    alone undervalues them).

    The model decides the site question: a mention the rules gave no site or venue and the model
    gives none keeps the rules' role (origin, actor, context: the rules' grammar of tellers and
    actors is what the event coder reads them for)."""

    weights: dict[str, list[float]]
    rule_bonus: float = 0.0
    site_bonus: float = 0.0
    keep_bonus: float = 0.0

    def scores(self, features: Iterable[str]) -> list[float]:
        # Look-ups and column sums in C (map, filter, zip, sum): this runs for every mention of every
        # article. (filter(None) drops the unknown features: every weight row is a non-empty list.)
        rows = list(filter(None, map(self.weights.get, features)))
        return [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(CLASSES)

    def site_probability(self, features: list[str], rule: str, scores: list[float] | None = None) -> float:
        """The softmax probability of event_site, without the offsets (the rules' answer, 1.0 or
        0.0, for a mention the model does not read). ``scores``: the features' scores if the caller
        has them (``scores(features)``)."""
        if features[0] == UNREAD:
            return 1.0 if rule == "event_site" else 0.0
        if scores is None:
            scores = self.scores(features)
        top = max(scores)
        exps = [math.exp(x - top) for x in scores]
        return exps[_SITE] / sum(exps)

    def predict(self, features: list[str], rule: str, scores: list[float] | None = None) -> str:
        """The role whose score, with the offsets, is highest (the rules' role for a mention the model
        does not read: see mention_features). ``scores`` as for site_probability (not changed)."""
        if features[0] == UNREAD:
            return rule
        scores = self.scores(features) if scores is None else list(scores)
        scores[CLASSES.index(rule)] += self.rule_bonus
        scores[_SITE] += self.site_bonus
        if rule in _PLACED and SOLE_SITE in features:
            scores[CLASSES.index(rule)] += self.keep_bonus
        name = CLASSES[max(range(len(CLASSES)), key=scores.__getitem__)]
        return rule if name not in _PLACED and rule not in _PLACED else name


def read_weights(path: str | Path, classes: tuple[str, ...], what: str) -> dict:
    """The JSON object of a saved linear model (``what``: "site model", "event filter"), checked for
    its ``classes`` and ``weights``; MapperError names the file otherwise."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise MapperError(f"cannot read the {what} {path}: {e}") from e
    if not isinstance(data, dict) or data.get("classes") != list(classes) or \
            not isinstance(data.get("weights"), dict):
        raise MapperError(f"{path} is not a {what} (classes {list(classes)} and weights)")
    return data


def load_site_model(path: str | Path = SITE_MODEL) -> SiteModel:
    """The site model saved in a site_model.json (``training/events/train_sites.py`` writes it)."""
    data = read_weights(path, CLASSES, "site model")
    return SiteModel(data["weights"], float(data.get("rule_bonus", 0.0)), float(data.get("site_bonus", 0.0)),
                     float(data.get("keep_bonus", 0.0)))


# -- features ---------------------------------------------------------------------------------------
def _bucket(chars: int) -> str:
    return "0" if chars <= 2 else "near" if chars <= 15 else "mid" if chars <= 40 else "far"


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _kind(m: Mention) -> str:
    return "demonym" if m.demonym else (m.place.kind if m.place is not None else "none")


def _shape(s: str) -> str:
    return "upper" if s.isupper() else "title" if s[:1].isupper() else "lower"


def is_headline(text: str) -> bool:
    """A one-line text without a closing full stop: headline grammar ("Drone strike hits Odesa port")."""
    body = text.strip()
    return bool(body) and "\n" not in body and len(body) <= 200 and body[-1] not in '.!?"”'


def _word_shape(w: str) -> str:
    """A word with names and numbers abstracted: "Xx" (capitalised), "0" (digits), else lower-case."""
    if w[:1].isdigit():
        return "0"
    if w[:1].isupper():
        return "XX" if w.isupper() and len(w) > 1 else "Xx"
    return w.lower()


def _cue(w: str) -> str | None:
    """The cue class of one word: a class of _CUE_CLASSES, "quote" for a quotation mark, "year" for a
    four-digit year."""
    lw = w.lower()
    c = _CUE_CLASSES.get(lw)
    if c is not None:
        return c
    if len(w) == 1:  # (every quotation mark is one character)
        return "quote" if w in _QUOTES else None
    if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
        return "year"
    if lw[-1] == "t" and lw.endswith(("n't", "n’t")):
        return "negation"
    if lw[-1] == "d" and lw.endswith("-based"):
        return "person"
    return None


def _cues(s: str) -> set[str]:
    """The cue classes of the words of ``s`` (a bounded window)."""
    return {c for w in _words(s) if (c := _cue(w)) is not None}


_READINGS: dict[str, tuple[str, str | None]] = {}  # word -> (shape, cue): see _Tokens
_READINGS_MAX = 50_000


def _reading(w: str) -> tuple[str, str | None]:
    if len(_READINGS) >= _READINGS_MAX:
        _READINGS.clear()  # bounded memory on a long stream of text
    r = _READINGS[w] = (_word_shape(w), _cue(w))
    return r


# The enclosures a word can lie in, as the index of the word that opened each (-1: none): a
# parenthesis, a quotation, a relative clause (", where ...", ", which ..."), an apposition after a
# name (", a town near ...", ", the capital of ..."). A place inside one while the trigger is outside
# is told about, not the act's site ("in Bamba, where gunmen killed ten in 2019,"; "Kharkiv, the
# region's capital"): the grammar carries to phrasings no rule was written for.
ENCLOSURES = ("paren", "quote", "relative", "apposition")
_OPEN_NONE = (-1, -1, -1, -1)
_RELATIVES = frozenset("which who whom whose where".split())
_DETERMINERS = frozenset("a an the".split())
_CLOSES_CLAUSE = frozenset(",;:()–—")


def _enclosures(words: list[str], shapes: list[str]) -> list[tuple[int, ...]]:
    """Per word, the enclosures open at it (one pass: a stack of parentheses, a quotation's
    opening, the relative clause's or apposition's opening comma, closed by the next comma, colon,
    semicolon, dash or parenthesis)."""
    out: list[tuple[int, ...]] = []
    parens: list[int] = []
    quote = relative = apposition = -1
    for i, w in enumerate(words):
        if w == ")":
            if parens:
                parens.pop()
        elif w in _CLOSES_CLAUSE:
            relative = apposition = -1
        elif w in ('"', "“", "«", "”", "»"):
            quote = i if (w == '"' and quote < 0) or w in "“«" else -1
        out.append((parens[-1] if parens else -1, quote, relative, apposition))
        if w == "(":
            parens.append(i)
        elif w == "," and i > 0 and shapes[i - 1] in ("Xx", "XX") and i + 1 < len(words) and \
                words[i + 1].lower() in _DETERMINERS:
            apposition = i
        elif w.lower() in _RELATIVES and i > 0 and words[i - 1] == ",":
            relative = i
    return out


class _Tokens:
    """The words of one sentence, read once: offsets, shapes and cue classes, so that each mention's
    windows are two bisections and a slice (a mention no longer re-reads the text around it)."""

    __slots__ = ("starts", "ends", "words", "shapes", "cues", "enclosures")

    def __init__(self, text: str, span: tuple[int, int]) -> None:
        found = list(_WORD.finditer(text, span[0], span[1]))
        self.starts = [t.start() for t in found]
        self.ends = [t.end() for t in found]
        self.words = words = [t.group() for t in found]
        # A word's shape and cue depend on the word alone, and most words of news recur ("the", "in",
        # "said"): looked up, not worked out again (the memo is emptied when it grows large).
        get = _READINGS.get
        readings = [get(w) or _reading(w) for w in words]
        self.shapes = shapes = [r[0] for r in readings]
        if "above" in shapes:  # an air-defence count's "above" reads as the corpus' many "over"
            for i in range(1, len(shapes)):
                if shapes[i] == "above" and (shapes[i - 1] == "0" or shapes[i - 1] in _ABOVE_AS_OVER_AFTER):
                    shapes[i] = "over"
        self.cues = [r[1] for r in readings]
        self.enclosures = _enclosures(self.words, self.shapes)

    def enclosure_at(self, offset: int) -> tuple[int, ...]:
        """The enclosures (ENCLOSURES) open at the word that starts at or after ``offset``."""
        i = bisect.bisect_left(self.starts, offset)
        return self.enclosures[i] if i < len(self.enclosures) else _OPEN_NONE

    def between(self, a: int, b: int) -> tuple[int, int]:
        """The token indices [i, j) of the words wholly inside the characters [a, b)."""
        return bisect.bisect_left(self.starts, a), bisect.bisect_right(self.ends, b)

    def cues_of(self, i: int, j: int) -> set[str]:
        return {c for c in self.cues[i:j] if c is not None}


def _text_kind(text: str, headline: bool, sentences: int) -> str:
    return "headline" if headline else "sentence" if sentences <= 1 else "wire" if sentences <= 6 else "long"


def _nearest(ends: list[int], pos: int) -> int | None:
    """Characters from ``pos`` to the nearest of the sorted offsets ``ends`` (None: there are none)."""
    if not ends:
        return None
    i = bisect.bisect_left(ends, pos)  # ends[i - 1] < pos <= ends[i]
    if i == 0:
        return ends[0] - pos
    if i == len(ends):
        return pos - ends[-1]
    return min(pos - ends[i - 1], ends[i] - pos)


def _nearest_offset(ends: tuple[int, ...], pos: int) -> int:
    """The one of the sorted, non-empty offsets ``ends`` nearest to ``pos`` (the earlier on a tie)."""
    i = bisect.bisect_left(ends, pos)
    if i == 0:
        return ends[0]
    if i == len(ends):
        return ends[-1]
    return ends[i - 1] if pos - ends[i - 1] <= ends[i] - pos else ends[i]


def _trigger_ends(c: Clause) -> list[int]:
    return [x for span in (c.spans or ((c.start, c.end),)) for x in span]


def mention_features(doc: Doc, rule_roles: list[Role]) -> list[list[str]]:
    """The features of each mention of ``doc`` (same order), given the rule roles of its mentions.
    A mention the model does not read gets only ``[UNREAD, "rule=<its rule role>"]`` (it keeps the
    rules' role and is no training example): a dateline (the event coder finds it by its rule), and
    one in a sentence with no trigger (no clause: no event to place; most sentences of ordinary news,
    so the model costs little outside conflict reporting)."""
    text = doc.text
    mentions = doc.mentions
    if not any(s.readings for s in doc.clauses or ()):
        # No sentence with a trigger (most texts of ordinary news): no mention is read, and none of the
        # document's tables below is needed.
        return [[UNREAD, f"rule={rule.name}"] for rule in rule_roles]
    # Per sentence, the sorted starts and ends of the triggers that report nothing (threatened,
    # denied, postponed, named as a cause), of the background clauses, and of the news clauses (is an
    # act told between a mention and the name before it: "in Kharkiv, ..., and drones struck ... the
    # Sumy region"?): made once per document, in one reading of its clauses.
    readings: dict[tuple[int, int], tuple[ClauseReading, ...]] = {}
    unreal: dict[tuple[int, int], list[int]] = {}
    background: dict[tuple[int, int], list[int]] = {}
    acts: dict[tuple[int, int], list[int]] = {}
    for s in doc.clauses or []:
        readings[s.span] = s.readings
        unreal[s.span] = sorted(x for span in s.unreal for x in span)
        back: list[int] = []
        news: list[int] = []
        for r in s.readings:
            (back if r.background else news).extend(_trigger_ends(r.clause))
        back.sort()
        news.sort()
        background[s.span] = back
        acts[s.span] = news
    order = {span: i for i, span in enumerate(doc.sentences.spans())} if doc.sentences is not None else {}
    headline = is_headline(text)
    text_kind = _text_kind(text, headline, len(order))
    # Specific places (towns, facilities) per sentence and country: a province or country named
    # beside a town of its own is usually its parent, not a second site.
    specific: Counter[tuple[tuple[int, int], str]] = Counter(
        (m.sentence, m.place.country_code) for m in mentions
        if m.place is not None and m.place.kind in _SPECIFIC_KINDS and not m.demonym)
    # ... and per province: a province that holds a town named beside it is its parent; one that
    # holds none ("Kharkiv ..., and drones struck the Sumy region") may be a site of its own.
    specific_admin1: Counter[tuple[tuple[int, int], str]] = Counter(
        (m.sentence, m.place.admin1) for m in mentions
        if m.place is not None and m.place.kind in _SPECIFIC_KINDS and not m.demonym and m.place.admin1)
    sites: Counter[tuple[int, int]] = Counter(
        m.sentence for m, r in zip(mentions, rule_roles, strict=True) if r.name == "event_site")
    # The rule sites and venues of each clause (by identity within this document): counted once,
    # so that asking for every mention stays linear in the mentions.
    clause_sites: Counter[tuple[tuple[int, int], int]] = Counter(
        (m.sentence, id(r.clause)) for m, r in zip(mentions, rule_roles, strict=True) if r.clause is not None)
    tokens: dict[tuple[int, int], _Tokens] = {}  # per sentence, made when a mention of it is read
    # Each read mention's nearest real trigger (clause, the trigger's offset in the sentence): is
    # this mention's act the act of another rule site ("Nikopol in the Dnipropetrovsk region": one
    # act, the province a parent), or one of its own ("... in Kharkiv, ..., and drones struck a
    # substation in the Sumy region")?
    nearest_act = [_nearest_act(m, readings.get(m.sentence, ())) for m in mentions]
    act_sites: Counter[tuple[tuple[int, int], int, int]] = Counter(
        (m.sentence, id(a[1]), a[2]) for m, r, a in zip(mentions, rule_roles, nearest_act, strict=True)
        if a is not None and r.name == "event_site")
    # Rule sites per sentence and the province / country that holds them: is this mention the
    # parent of a site (one act) rather than a place of its own?
    held: Counter[tuple[tuple[int, int], str]] = Counter()
    for m, r in zip(mentions, rule_roles, strict=True):
        if r.name == "event_site" and m.place is not None and not m.demonym:
            if m.place.kind != "country":
                held[(m.sentence, "cc:" + m.place.country_code)] += 1
            if m.place.admin1 and m.place.kind not in ("country", "admin1"):
                held[(m.sentence, "a1:" + m.place.admin1)] += 1
    paragraphs = _paragraph_starts(text) if text_kind == "long" else []
    site_before: set[object] = set()  # places the rules made sites of sentences before this one
    named_before: set[object] = set()
    sites_here: set[object] = set()
    named_here: set[object] = set()
    current: tuple[int, int] | None = None
    out: list[list[str]] = []
    for i, (m, rule) in enumerate(zip(mentions, rule_roles, strict=True)):
        if m.sentence != current:
            site_before |= sites_here
            named_before |= named_here
            sites_here, named_here, current = set(), set(), m.sentence
        key = _place_key(m)
        named_here.add(key)
        if rule.name == "event_site":
            sites_here.add(key)
        if rule.rule == "dateline" or not readings.get(m.sentence):
            out.append([UNREAD, f"rule={rule.name}"])
            continue
        s0, s1 = m.sentence
        kind = _kind(m)
        f = ["bias", f"rule={rule.name}", f"rule={rule.name}|{rule.rule}", f"kind={kind}",
             f"rule={rule.name}|kind={kind}", f"headline={headline}", f"rule={rule.name}|headline={headline}"]
        position = order.get(m.sentence, 0)
        f.append(f"sentence={min(position, 3)}")
        code = m.place.feature_code if m.place is not None else ""
        f.append(f"code={code}")
        f.append(f"rule={rule.name}|code={code}")
        f.append(f"shape={_shape(m.text)}")
        # Another mention of the sentence the rules made a site: the clause has its place already,
        # so this one is more likely its parent, a list's member or context; none: a missed site?
        others = sites.get(m.sentence, 0) - (rule.name == "event_site")
        f.append(f"other_site={others > 0}|rule={rule.name}")
        f.append(f"other_site={others > 0}|kind={kind}")
        if rule.name in _PLACED and rule.clause is not None and \
                clause_sites[(m.sentence, id(rule.clause))] == 1:
            f.append(SOLE_SITE)
            f.append(f"{SOLE_SITE}|kind={kind}")
        tok = tokens.get(m.sentence)
        if tok is None:
            tok = tokens[m.sentence] = _Tokens(text, m.sentence)
        li, lj = tok.between(max(s0, m.start - WINDOW), m.start)
        ri, rj = tok.between(m.end, min(s1, m.end + WINDOW))
        left, lshapes, lcues = tok.words[li:lj], tok.shapes[li:lj], tok.cues[li:lj]
        right, rshapes, rcues = tok.words[ri:rj], tok.shapes[ri:rj], tok.cues[ri:rj]
        # A word that runs into the mention ("Kharkiv-based", "Nyala's", "pro-Kyiv"): its part
        # outside the mention is a word of the window.
        if lj < len(tok.starts) and tok.starts[lj] < m.start:
            extra = _WORD.findall(text, tok.starts[lj], m.start)
            left, lshapes = left + extra, lshapes + [_word_shape(w) for w in extra]
            lcues = lcues + [_cue(w) for w in extra]
        if ri > 0 and tok.ends[ri - 1] > m.end:
            extra = _WORD.findall(text, m.end, tok.ends[ri - 1])
            right, rshapes = extra + right, [_word_shape(w) for w in extra] + rshapes
            rcues = [_cue(w) for w in extra] + rcues
        left_text = text[max(s0, m.start - WINDOW):m.start]
        if m.start - s0 <= 1 or not left:
            f.append("starts_sentence")
        # The words around with names and numbers abstracted ("in the Xx district of"): a neighbour's
        # name is never a feature (it would key the model to this corpus' places), its shape is.
        lw = lshapes[-3:]
        rw = rshapes[:3]
        for k, w in enumerate(reversed(lw), 1):
            f.append(f"w-{k}={w}")
        for k, w in enumerate(rw, 1):
            f.append(f"w+{k}={w}")
        if len(lw) >= 2:
            f.append(f"w-2,-1={lw[-2]} {lw[-1]}")
            if lw[-1] == "of":
                # "the Haret Hreik district of X" names the site before X; "a hillside neighbourhood
                # of X" does not, and X is the place the text supports.
                named = len(lw) >= 3 and lw[-3] in ("Xx", "XX")
                f.append(f"of_named={named}|rule={rule.name}")
        if len(rw) >= 2:
            f.append(f"w+1,+2={rw[0]} {rw[1]}")
        prep = None
        for w in reversed(left[-3:]):
            if (low := w.lower()) in _PREPOSITIONS:
                prep = low
                break
        if prep is not None:
            f.append(f"prep={prep}")
        if left and left[-1][:1].isupper():
            f.append("left_capitalised")
        if right and right[0][:1].isupper():
            f.append("right_capitalised")
        if right and right[0] in ":-–—|":
            f.append("right_dash_or_colon")
        # What governs the mention in the few words before and after: a person or body ("the
        # governor of X", "officials in X", "X-based"), movement ("fled to X"), a reference point.
        # "Tassi, a village 15 km from X": the guide codes the village by its town, so the distance
        # after a village's apposition is no reference point (as the rules read it).
        village = _VILLAGE_APPOSITION.search(left_text) is not None
        # (sets read in sorted order: the model's sum of weights, and so a probability at its threshold, must
        # not follow the process's string-hash seed)
        for cue in sorted({c for c in lcues[-4:] if c is not None}):
            cue = "village_" + cue if village and cue == "reference" else cue
            f.append(f"frame-={cue}")
            f.append(f"frame-={cue}|rule={rule.name}")
        for cue in sorted({c for c in rcues[:3] if c is not None}):
            f.append(f"frame+={cue}")
            f.append(f"frame+={cue}|rule={rule.name}")
        if _NEAR_GATE.search(left_text, gate_text(left_text)):
            f.append("near_village" if village else "near")
            # "15 km from X" is a distance, not "fled from X": the preposition read with it.
            f.append(f"near|prep={prep}|rule={rule.name}")
        if village:
            f.append(f"village_apposition|rule={rule.name}")
        # Clauses of the sentence: the nearest of each family, its side and distance.
        found = readings.get(m.sentence, ())
        news = [r.clause for r in found if not r.background]
        f.append(f"clauses={min(len(news), 3)}")
        if found and not news:
            f.append("background_only")
        pos, end = m.start - s0, m.end - s0
        best: tuple[int, Clause] | None = None
        for c in news:
            d_start, d_end = c.distance(pos), c.distance(end)
            d = min(d_start, d_end)
            side = "after" if d_end < d_start else "before"
            f.append(f"{c.family}:{side}:{_bucket(d)}")
            f.append(f"{c.family}:{side}:{_bucket(d)}|kind={kind}")
            f.append(f"{c.family}|rule={rule.name}")
            if c.family != "political" and (best is None or d < best[0]):
                best = (d, c)
        real = best[0] if best is not None else None
        du = _nearest(unreal.get(m.sentence, []), pos)
        if du is not None:
            f.append(f"unreal:{_bucket(du)}")
            f.append(f"unreal_nearer={real is None or du < real}")
        db = _nearest(background.get(m.sentence, []), pos)
        if db is not None:
            f.append(f"background:{_bucket(db)}")
            f.append(f"background_nearer={real is None or db < real}")
        if best is not None:
            # Factuality between the mention and its nearest real trigger, and outside that span.
            c = best[1]
            t = _nearest_offset(c._ends, pos)  # bisected: a sentence without end has thousands
            if t <= pos:
                inside = tok.cues_of(*tok.between(max(s0 + t, m.start - BETWEEN), m.start))
                outside = rcues
            else:
                inside = tok.cues_of(*tok.between(m.end, min(s0 + t, m.end + BETWEEN)))
                outside = lcues
            for cue in sorted(inside):
                f.append(f"between={cue}")
                f.append(f"between={cue}|rule={rule.name}")
                f.append(f"between={cue}|{text_kind}")
            for cue in sorted({c for c in outside if c is not None} - inside):
                f.append(f"outside={cue}")
            if not inside:
                f.append(f"between=clean|rule={rule.name}")
        if best is not None:
            c = best[1]
            f.append(f"nearest={c.sub_event_type}")
            f.append(f"nearest={c.family}|rule={rule.name}|{rule.rule}")
            f.append(f"nearest={c.family}|prep={prep}")
            # Has the rules' site of the nearest clause been found elsewhere? Then this mention is
            # rather its parent or a second place; else it may be the site the rules missed.
            sited = clause_sites[(m.sentence, id(c))] - (rule.clause is c) > 0
            f.append(f"nearest_sited={sited}|rule={rule.name}|kind={kind}")
            if prep is not None:
                f.append(f"prep={prep}|violent")
            if headline:
                f.append(f"headline|kind={kind}|violent")
        elif news:
            f.append("political_only")
            f.append(f"political_only|rule={rule.name}")
        # Neighbouring names: coordination ("A, B and C") and containment ("X's Y", "Y, X").
        for side, j in (("prev", i - 1), ("next", i + 1)):
            if not 0 <= j < len(mentions) or mentions[j].sentence != m.sentence:
                continue
            n = mentions[j]
            gap = text[n.end:m.start] if j < i else text[m.end:n.start]
            if len(gap) <= 12 and _COORDINATION.fullmatch(gap):
                f.append(f"coord_{side}={rule_roles[j].name}")
                f.append(f"coord_{side}_kind={_kind(n)}")
            elif _POSSESSIVE.match(gap) and len(gap) <= 40:
                f.append(f"possessive_{side}")  # "Russia's Belgorod region", "Beirut's Haret Hreik"
            if m.place is not None and n.place is not None and n.place.country_code == m.place.country_code:
                f.append(f"same_country_{side}|kind={kind}")
            if side == "prev":
                offsets = acts.get(m.sentence, [])
                k = bisect.bisect_left(offsets, n.end - s0)
                act = k < len(offsets) and offsets[k] <= m.start - s0
                f.append(f"act_since_prev={act}|rule={rule.name}|kind={kind}")
        if m.place is not None and m.place.kind not in _SPECIFIC_KINDS and \
                specific[(m.sentence, m.place.country_code)]:
            # A province is the parent only of a town that lies in it: "Kharkiv ..., and drones
            # struck the Sumy region" names a second province, no parent (a country holds them all).
            if m.place.kind in ("admin1", "admin2") and m.place.admin1 and \
                    not specific_admin1[(m.sentence, m.place.admin1)]:
                f.append("beside_a_town_elsewhere")
            else:
                f.append("parent_of_a_town")
        _grammar_features(f, m, rule.name, kind, tok, nearest_act[i], act_sites, held, paragraphs,
                          key in site_before, key in named_before, text_kind)
        out.append(f)
    return out


def _place_key(m: Mention) -> object:
    p = m.place
    return (p.geonameid or p.name) if p is not None else m.text.lower()


def _paragraph_starts(text: str) -> list[int]:
    """The offsets where each paragraph after the first begins (a line break, or a run of them)."""
    out: list[int] = []
    k = text.find("\n")
    while k >= 0:
        if not out or out[-1] != k:  # a run of line breaks opens one paragraph
            out.append(k + 1)
        else:
            out[-1] = k + 1
        k = text.find("\n", k + 1)
    return out


def _nearest_act(m: Mention, found: Iterable) -> tuple[int, Clause, int] | None:  # type: ignore[type-arg]
    """(characters, clause, trigger offset in the sentence) of the nearest trigger of a real news
    clause (not political) to the mention, or None."""
    pos, end = m.start - m.sentence[0], m.end - m.sentence[0]
    best: tuple[int, Clause, int] | None = None
    for r in found:
        c = r.clause
        if r.background or c.family == "political":
            continue
        for p in (pos, end):
            t = _nearest_offset(c._ends, p)
            if best is None or abs(t - p) < best[0]:
                best = (abs(t - p), c, t)
    return best


def _grammar_features(f: list[str], m: Mention, rule: str, kind: str, tok: _Tokens,
                      act: tuple[int, Clause, int] | None,
                      act_sites: Counter[tuple[tuple[int, int], int, int]],
                      held: Counter[tuple[tuple[int, int], str]], paragraphs: list[int],
                      site_before: bool, named_before: bool, text_kind: str) -> None:
    """Features of the grammar around the mention that carry across phrasings (appended to ``f``):
    whether its nearest act has another rule site (one act told with its parent, or an act of its
    own), the enclosures it lies in and whether its act lies in the same one, whether a province or
    country holds a rule site of its sentence, whether the place was a rule site (or named) in an
    earlier sentence, and, in a full article, its paragraph."""
    if act is not None:
        shared = act_sites[(m.sentence, id(act[1]), act[2])] - (rule == "event_site") > 0
        f.append(f"act_has_site={shared}|rule={rule}")
        f.append(f"act_has_site={shared}|kind={kind}")
    mine = tok.enclosure_at(m.start)
    theirs = tok.enclosure_at(m.sentence[0] + act[2]) if act is not None else _OPEN_NONE
    for name, a, b in zip(ENCLOSURES, mine, theirs, strict=True):
        if a >= 0:
            f.append(f"in_{name}|act_inside={a == b}")
            f.append(f"in_{name}|rule={rule}")
        elif b >= 0:
            f.append(f"act_in_{name}")  # the act is told inside one, the place outside
    if m.place is not None and not m.demonym and m.place.kind in ("country", "admin1"):
        k = "cc:" + m.place.country_code if m.place.kind == "country" else "a1:" + m.place.admin1
        f.append(f"holds_a_site={held[(m.sentence, k)] > 0}|kind={kind}|rule={rule}")
    if text_kind in ("wire", "long"):
        f.append(f"site_before={site_before}|rule={rule}")
        f.append(f"named_before={named_before}|kind={kind}")
    if text_kind == "long":
        f.append(f"paragraph={min(bisect.bisect_right(paragraphs, m.start), 4)}|rule={rule}")


# -- the component ----------------------------------------------------------------------------------
def _precision(m: Mention, near: bool) -> int:
    base = _KIND_PRECISION.get(m.place.kind if m.place is not None else "city", 1)
    return max(base, 2) if near else base


def _site_clause(news: list[Clause], pos: int, venue: bool) -> Clause | None:
    if venue:
        return next((c for c in news if c.sub_event_type in ("Agreement", "Meeting/talks")), None)
    pool = [c for c in news if c.family != "political"] or \
        [c for c in news if c.sub_event_type != "Statement"]
    return min(pool, key=lambda c: c.distance(pos)) if pool else None


def learned_roles(doc: Doc, rule_roles: list[Role], model: SiteModel,
                  site_probabilities: list[float] | None = None) -> list[Role]:
    """The model's Role for each mention of ``doc`` (same order). ``site_probabilities``, when given,
    receives each mention's probability of being a site (without the offsets; 1.0 or 0.0, the rules'
    answer, for a mention the model does not read): the event filter reads it."""
    readings = {s.span: s.readings for s in (doc.clauses or [])}
    out: list[Role] = []
    for m, rule, feats in zip(doc.mentions, rule_roles, mention_features(doc, rule_roles), strict=True):
        # One sum of the weights serves the probability and the decision.
        scores = model.scores(feats) if feats[0] != UNREAD else None
        if site_probabilities is not None:
            site_probabilities.append(model.site_probability(feats, rule.name, scores))
        name = model.predict(feats, rule.name, scores)
        if name == rule.name:
            out.append(rule)
            continue
        if name in ("event_site", "venue"):
            news = [r.clause for r in readings.get(m.sentence, ()) if not r.background]
            clause = _site_clause(news, m.start - m.sentence[0], name == "venue")
            if clause is None and name == "venue":
                out.append(rule)  # a venue of no talks: the rules know better
                continue
            near = "near" in feats
            out.append(Role(name, _precision(m, near), clause, rule="model"))
        elif name == "origin":
            out.append(Role("origin", 1, rule="model"))
        else:
            out.append(Role(name, rule="model"))
    _keep_lists(doc, rule_roles, out)
    return out


# A list closed by a plural province word is one phrase of places: "in Kunar, Nangarhar and Paktia
# provinces", "over the Voronezh, Rostov and Lipetsk regions".
_PLURAL_AREA_WORDS = ("provinces", "regions", "districts", "states", "governorates", "oblasts", "territories",
                      "departments", "counties", "townships", "prefectures")
_PLURAL_AREAS = re.compile(r"\s{1,3}(?:" + "|".join(_PLURAL_AREA_WORDS) + r")\b")


def _keep_lists(doc: Doc, rule_roles: list[Role], out: list[Role]) -> None:
    """A list of areas the model has read as sites stays whole: in a list closed by a plural province
    word ("targeted posts in Kunar, Nangarhar, Paktia, Khost and Helmand provinces"), where the model
    keeps two names in a row as the rules' sites of one act and drops the next, that name keeps the
    rules' site too (the model read the rest, further from the act, as context). Only the rules' carried
    role (``left``, the clause of the names before) is restored, in text order, so a chain carries to
    the list's end. Not after one kept name, nor in a list with no such word: there the model often reads
    the list rightly as background ("has bombed Hodeidah, Sanaa and ...", "strongholds around the towns
    of A, B and C": losses on train)."""
    if not any(word in doc.text for word in _PLURAL_AREA_WORDS):
        return  # (most texts: no list can be closed by one, so no pair of mentions is read)
    ms = doc.mentions
    n = len(ms)
    linked = [coordinated(doc.text, ms[k], ms[k + 1]) for k in range(n - 1)]
    areas = [False] * n  # whether the list the name belongs to is closed by a plural province word
    for k in range(n - 1, -1, -1):
        areas[k] = areas[k + 1] if k < n - 1 and linked[k] \
            else _PLURAL_AREAS.match(doc.text, ms[k].end) is not None
    for i in range(2, n):
        rule = rule_roles[i]
        if rule.name != "event_site" or rule.rule != "left" or out[i].name == "event_site" or not areas[i]:
            continue
        if all(out[k] is rule_roles[k] and rule_roles[k].name == "event_site"
               and rule_roles[k].clause is rule.clause and linked[k] for k in (i - 2, i - 1)):
            out[i] = rule


class LearnedRoles:
    """Component ``roles`` (a drop-in for mapper.events.roles.Roles): sets ``doc.roles`` by the
    trained site model, with the rule roles as features. ``model`` is a loaded SiteModel or a path
    (default: the shipped mapper/data/site_model.json)."""

    name = "roles"

    def __init__(self, config: Config | None = None, model: SiteModel | str | Path | None = None) -> None:
        self.config = config or Config.shipped()
        self.rules = Roles(self.config)
        self.model = model if isinstance(model, SiteModel) else load_site_model(model or SITE_MODEL)

    def __call__(self, doc: Doc) -> None:
        self.rules(doc)  # the rule roles, read as features; replaced below by the model's
        probabilities: list[float] = []
        doc.roles = learned_roles(doc, doc.need("roles", self.name), self.model, probabilities)
        doc.user[SITE_PROBABILITY] = probabilities  # read by the event filter (event_filter.py)
