"""Stage 4: code events from an article, ACLED-style.

For each sentence: the clauses it reports (``triggers``), the roles of its place mentions
(``roles``), its date expressions (``dates``), actors (``actors``) and casualty figures
(``casualties``). Clauses are then gathered into *incidents*, because an article tells one
incident over several sentences ("The attacks ... near the Deir ez-Zor airport ... on Saturday.
The ministry confirmed the attacks saying they killed 62 servicemen"):

- A clause with a location joins an incident of its kind at the same place, or fills the latest
  incident of its kind that has no location yet, or starts a new one.
- A clause with no location joins the latest incident of its kind (violent clauses: any violent
  incident), or starts one that a later sentence may locate.
- Casualty figures in a sentence that reports no event go to the latest violent incident.
- An incident never located is dropped: actor mentions and context never place a marker.

"Of its kind" is the family for violence (an "attack" later called an "airstrike" is one incident;
the most specific sub-type wins) and the sub-event type otherwise. A clause dated more than
``PAST_DAYS`` before publication, or next to an earlier year ("the 2014 Minsk agreement"), is
background: its places become context and it codes no event.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from mapper.events import seats
from mapper.events.actors import find_actors, parties, sides, speaker
from mapper.events.casualties import casualties
from mapper.events.dates import WEEK, DateExpr, find_dates, parse_date
from mapper.events.roles import RoleInfo, assign_roles
from mapper.events.taxonomy import EVENT_TYPE_OF, location_roles
from mapper.events.triggers import Clause, clauses
from mapper.gazetteer.names import normalize
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Source

PAST_DAYS = 30  # an event dated this long before publication is background, not news
STATEMENT_DATE_CHARS = 40  # a statement takes a date only from right beside its verb
_ROLE_CONFIDENCE = {"event_site": 1.0, "venue": 0.95, "seat": 0.9, "origin": 0.8}
_PAST_MARKERS = re.compile(r"\b(?:last year|years? ago|decades?|in the past|previously|formerly|"
                           r"(?:19|20)\d\d)\b")
_OFFICIAL = re.compile(r"(?i)ministry|government|president|prime minister|foreign|envoy|ambassador|spokes|"
                       r"embassy|cabinet|presidency|kremlin|white house|pentagon|state department|council")
_SAID_ON = re.compile(r"\b(?:said|says|announced|told \w+|stated|added|confirmed|warned)\s+(?:on\s+)?$")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


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

    def add_date(self, date: tuple[dt.date, int, int]) -> None:
        if self.date is None or date[1:] < self.date[1:]:
            self.date = date  # a more precise date wins ("on September 9" over "last week")

    def add_casualties(self, killed: int | None, injured: int | None) -> None:
        # Reports of one incident repeat its figures: take the largest, never the sum.
        if killed is not None:
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

    def at(self, kind: str, place: Place) -> _Incident | None:
        """The first incident of ``kind`` located at this very place."""
        return self._first.get(("at", kind, id(place)))

    def within(self, kind: str, area: Place) -> _Incident | None:
        """The first located incident of ``kind`` inside ``area`` (a country or an admin1)."""
        if area.kind == "country":
            return self._first.get(("cc", kind, area.country_code))
        return self._first.get(("a1", kind, area.admin1)) if area.admin1 else None


def _kind(clause: Clause) -> str:
    return "violence" if clause.family == "violence" else clause.sub_event_type


class EventCoder:
    """Codes the events of one article at a time. ``gazetteer`` (optional) supplies seat places."""

    def __init__(self, gazetteer: object = None, *, past_days: int = PAST_DAYS) -> None:
        self.gazetteer = gazetteer
        self.past_days = past_days

    def code(self, article: Article, mentions: list[Mention], sentences: list[tuple[int, int]]
             ) -> list[Event]:
        text = article.text
        published = parse_date(article.published)
        by_sentence: dict[tuple[int, int], list[Clause]] = {}
        for span in sentences:
            found = clauses(text[span[0]:span[1]])
            if found:
                by_sentence[span] = found
        infos = assign_roles(text, mentions, by_sentence)
        info_of = {id(m): info for m, info in zip(mentions, infos, strict=True)}
        in_sentence: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            in_sentence.setdefault(m.sentence, []).append(m)
        dateline = next((m for m, info in zip(mentions, infos, strict=True)
                         if info.rule == "dateline" and m.place), None)

        incidents = _Incidents()
        for span in sentences:
            sentence = text[span[0]:span[1]]
            found = by_sentence.get(span, [])
            killed, injured = casualties(sentence) if found or incidents.all else (None, None)
            if not found:
                if killed is not None or injured is not None:
                    violent = incidents.of_kind.get("violence")
                    if violent:
                        violent[-1].add_casualties(killed, injured)
                        violent[-1].spans.append(span)
                continue
            ms = in_sentence.get(span, [])
            dates = find_dates(sentence, published)
            actors = find_actors(sentence, span[0], ms)
            owners = _date_owners(found, dates, sentence)
            for clause in found:
                date = _clause_date(clause, [d for d, c in zip(dates, owners, strict=True) if c is clause])
                if self._is_past(clause, date, sentence, published):
                    for m in ms:
                        if info_of[id(m)].clause is clause:
                            m.role = "context"
                    continue
                located = self._locate(clause, ms, info_of, dateline, sentence)
                if clause.sub_event_type in ("Agreement", "Meeting/talks"):
                    a1, a2 = parties(actors, max(start for start, _ in clause.spans or ((clause.start, 0),)))
                elif clause.family == "political":
                    a1, a2 = speaker(actors, clause.start), None
                    if clause.attribution and not (a1 is not None and _OFFICIAL.search(a1.name)
                                                   or any(m.role == "actor" and not m.demonym for m in ms)):
                        continue  # "five were killed, witnesses said": the report of the killing
                    if clause.sub_event_type == "Statement" and located is not None and dateline is not None \
                            and located.place is dateline.place and a1 is not None and (
                                a1.country_code and a1.country_code != dateline.place.country_code
                                or not a1.country_code and not _OFFICIAL.search(a1.name)):
                        continue  # a foreign (or unofficial) speaker's words were not spoken at the dateline
                else:
                    a1, a2 = sides(actors, clause.start, clause.end, sentence)
                inc = self._incident(incidents, clause, located)
                inc.spans.append(span)
                if date is not None:
                    # The sentence that places the incident dates it before any other of the same precision.
                    inc.add_date((date.date, date.precision, 0 if located is not None else 1))
                if inc.actor1 is None and inc.actor2 is None:
                    inc.actor1, inc.actor2 = a1, a2
                elif clause.family == "violence" and not clause.back_reference:
                    inc.actor1, inc.actor2 = inc.actor1 or a1, inc.actor2 or a2
                if clause.family in ("violence", "demonstration"):
                    inc.add_casualties(killed, injured)
        events = [self._event(inc, article, published) for inc in incidents.all if inc.location is not None]
        for n, ev in enumerate(events, start=1):
            ev.id = f"{article.id}#{n}"  # stable: merging keeps the id of an incident's first report
        return events

    # -- pieces ---------------------------------------------------------------------------------
    def _is_past(self, clause: Clause, date: DateExpr | None, sentence: str,
                 published: dt.date | None) -> bool:
        if published is None:
            return False
        if date is not None:
            return (published - date.date).days > self.past_days
        window = sentence[max(0, clause.start - 60):clause.end + 60].lower()
        for m in _PAST_MARKERS.finditer(window):
            year = _YEAR.fullmatch(m.group())
            if year is None or int(year.group()) < published.year:
                return True
        return False

    def _locate(self, clause: Clause, ms: list[Mention], info_of: dict[int, RoleInfo],
                dateline: Mention | None, sentence: str) -> _Located | None:
        roles = location_roles(clause.event_type, clause.sub_event_type)
        best: tuple[tuple[int, int, int], Mention, RoleInfo] | None = None
        for m in ms:
            info = info_of[id(m)]
            if m.place is None or m.role not in roles:
                continue
            if m.role in ("event_site", "venue") and info.clause is not None and info.clause is not clause:
                continue
            distance = clause.distance(m.start - m.sentence[0])
            key = (roles.index(m.role), info.precision, distance)
            if best is None or key < best[0]:
                best = (key, m, info)
        seat = seats.seat_in(sentence, self.gazetteer) if clause.sub_event_type == "Meeting/talks" else None
        if best is not None:
            _, m, info = best
            place = m.place
            assert place is not None
            if seat is not None and place.kind not in ("city", "facility") \
                    and place.country_code == seat.country_code \
                    and normalize(place.name) in normalize(seat.name):
                # "the Security Council met in New York": the city it sits in, not the state.
                return _Located(seat, m.role, 1, m.confidence, [m])
            return _Located(place, m.role, info.precision, m.confidence, [m])
        if seat is not None:
            return _Located(seat, "seat", 1, 0.9, [])
        if "origin" in roles and dateline is not None and dateline.place is not None:
            return _Located(dateline.place, "origin", 1, dateline.confidence, [dateline])
        return None

    @staticmethod
    def _incident(incidents: _Incidents, clause: Clause, located: _Located | None) -> _Incident:
        kind = _kind(clause)
        same = incidents.of_kind.get(kind, [])
        target: _Incident | None = None
        if located is not None:
            target = incidents.at(kind, located.place)
            if target is None and same and same[-1].location is None:
                target = same[-1]
            if target is None and kind == "violence" and located.place.kind in ("country", "admin1"):
                # "in northern Mali" after "near Menaka": the same incident, told more broadly.
                target = incidents.within(kind, located.place)
                if target is not None:
                    located = None
        elif same:
            target = same[-1]
        if target is None:
            target = incidents.open(kind, clause.sub_event_type, clause.specific)
        elif clause.specific and not target.specific:
            target.sub, target.specific = clause.sub_event_type, True  # "attack" -> "air/drone strike"
        if located is not None and target.location is None:
            incidents.locate(target, located)
        if located is not None:
            target.mentions += located.mentions
        return target

    @staticmethod
    def _event(inc: _Incident, article: Article, published: dt.date | None) -> Event:
        text = article.text
        assert inc.location is not None
        if inc.date is not None:
            date, precision = inc.date[0].isoformat(), inc.date[1]
        else:  # the text names no date: the published date, known to the week
            date, precision = (published.isoformat() if published else None), WEEK
        spans = sorted(set(inc.spans))
        excerpts = [Excerpt(article.id, " ".join(text[s:e].split()), s, e) for s, e in spans]
        confidence = inc.location_confidence * (0.9 if inc.specific else 0.7) * _ROLE_CONFIDENCE[inc.role]
        return Event(
            event_type=EVENT_TYPE_OF[inc.sub], sub_event_type=inc.sub, location=inc.location, date=date,
            time_precision=precision if date else 3, geo_precision=inc.geo_precision, role=inc.role,
            actor1=inc.actor1, actor2=inc.actor2, fatalities=inc.fatalities, injuries=inc.injuries,
            excerpts=excerpts,
            sources=[Source(article.id, article.title, article.url, article.published)],
            confidence=round(confidence, 3), mentions=list(inc.mentions),
        )


def _date_owners(found: list[Clause], dates: list[DateExpr], sentence: str) -> list[Clause]:
    """Each date expression belongs to the clause whose trigger is nearest ("expressed hope Sunday
    that recent attacks...": Sunday dates the statement, not the attacks)."""
    # A statement verb is usually attribution ("... on Monday, police said"): other clauses claim
    # dates first, and a statement alone in its sentence takes only a date right beside it.
    # But "the ministry said on Sunday" dates the saying.
    pool = [c for c in found if c.sub_event_type != "Statement"] or found
    said = next((c for c in found if c.sub_event_type == "Statement"), None)
    return [said if said is not None and _SAID_ON.search(sentence, max(0, d.start - 30), d.start)
            else min(pool, key=lambda c: min(c.distance(d.start), c.distance(d.end))) for d in dates]


def _clause_date(clause: Clause, dates: list[DateExpr]) -> DateExpr | None:
    if not dates:
        return None
    best = min(dates, key=lambda d: min(clause.distance(d.start), clause.distance(d.end)))
    if clause.sub_event_type == "Statement" and \
            min(clause.distance(best.start), clause.distance(best.end)) > STATEMENT_DATE_CHARS:
        return None
    return best


_default_coder = EventCoder()


def extract_events(article: Article, mentions: list[Mention], sentences: list[tuple[int, int]],
                   gazetteer: object = None) -> list[Event]:
    """The events of one article (see :class:`EventCoder`)."""
    coder = _default_coder if gazetteer is None else EventCoder(gazetteer)
    return coder.code(article, mentions, sentences)

