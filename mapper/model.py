"""The plain values of mapper: what the pipeline's layers hold and what a run reports.

Article -> Mention (with its Place) -> Role -> Event (one article's report) -> Incident (the reports
of one incident merged across articles). The document that carries them through the components is
:class:`mapper.doc.Doc`; run-level accounting is RunSummary, InputProblem and InputWarning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.events.triggers import Clause

# Place kinds, from broadest to narrowest. Used for display and for resolution priors.
KINDS = ("continent", "region", "water", "country", "admin1", "admin2", "city", "facility")


@dataclass(frozen=True, slots=True)
class Article:
    """One input article. ``text`` is kept exactly as given: mention offsets index it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    source: str | None = None  # file path, "<stdin>", or None for API callers


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    lat: float
    lon: float
    country_code: str  # ISO 3166-1 alpha-2; "" for places that span countries (seas, continents)
    kind: str  # one of KINDS
    geonameid: int | None = None
    feature_code: str = ""  # GeoNames feature code where known (PCLI, ADM1, PPLC, AIRP, ...)
    population: int = 0
    admin1: str = ""  # GeoNames admin1 code, e.g. "SY.07"
    country: str = ""  # country name, for display
    admin1_name: str = ""  # name of the admin1 the place lies in, for display and ACLED exports


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in an article, with its resolution (``place`` is None if unresolved).

    Its role in the article (event site, actor, ...) is not part of it: that is the roles layer of the
    :class:`~mapper.doc.Doc`, set by another component (``doc.roles``).
    """

    start: int  # character offsets into Article.text, Unicode code points
    end: int
    text: str
    place: Place | None = None
    confidence: float = 0.0  # probability that this is a place mention resolved correctly
    demonym: bool = False  # "Syrian" -> Syria
    sentence: tuple[int, int] = (0, 0)  # offsets of the sentence that holds the mention


# Roles a place mention plays in its article (see mapper/events/roles.py).
ROLES = ("event_site", "origin", "venue", "actor", "context")


@dataclass(frozen=True, slots=True)
class Role:
    """The part one place mention plays in its article: an item of the document's roles layer."""

    name: str  # one of ROLES
    precision: int = 1  # the geo_precision the mention gives an event it locates
    clause: Clause | None = None  # for sites and venues: the clause (trigger) the mention serves
    rule: str = ""  # which rule decided: "left" rules chain forward along a list of names, "right" backward


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity another recogniser found (the optional spaCy component's entities layer)."""

    start: int
    end: int
    label: str  # the recogniser's own label ("GPE", "PERSON", ...)
    kind: str  # "place", "person", "organisation" or "other": what mapper's recognition reads


@dataclass(frozen=True, slots=True)
class Source:
    """The article an event was read from."""

    article_id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Excerpt:
    """The sentence(s) an event came from; ``start``/``end`` index the source article's text."""

    article_id: str
    text: str  # whitespace-normalised plain text
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acted, or was acted upon: "US-led coalition" (US), "Syrian army" (SY), "IS" ("").
    ``inferred``: no phrase named it; the coder read it from the event's type or the victims its toll
    counts (mapper/events/actors.py ``inferred_target``). ``struck``: a phrase named it as the one acted
    upon ("Ambush on army convoy", "attack against police"), so it is never taken for the side that acted.
    Neither takes part in equality."""

    name: str
    country_code: str = ""
    inferred: bool = field(default=False, compare=False)
    struck: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return self.name


@dataclass(slots=True)
class Event:
    """One article's report of a typed action at a place on a date, ACLED-style (mapper/events/taxonomy.py).

    ``geo_precision``: 1 the town or site itself, 2 near a town or within a district, 3 only the
    region or country. ``time_precision``: 1 the day, 2 the week, 3 the month. ``role`` is how the
    location was named: "event_site", "venue", "origin", or "seat" (an institution's seat, such as
    New York for a UN Security Council meeting).
    """

    event_type: str
    sub_event_type: str
    location: Place
    date: str | None = None  # ISO 8601 date
    time_precision: int = 2
    geo_precision: int = 1
    role: str = "event_site"
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: int | None = None
    injuries: int | None = None
    excerpts: list[Excerpt] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    confidence: float = 0.0
    mentions: list[Mention] = field(default_factory=list)  # the mentions that place the event
    # This report's id, "<article id>#<n>" for the article's n-th event (set by the event coder). The
    # Incident it joins across articles takes the id of its first report (mapper/events/merge.py).
    id: str = ""

    @property
    def excerpt(self) -> str:
        return self.excerpts[0].text if self.excerpts else ""

    @property
    def political(self) -> bool:
        """True for the non-ACLED political events (statement, meeting/talks, diplomatic protest)."""
        return self.event_type == "Political"


@dataclass(frozen=True, slots=True)
class Incident:
    """One incident as every article that reports it tells it together: the merge of its reports
    (mapper/events/merge.py). The fields are an Event's, merged (the most specific type, the most precise
    place and date, the larger figures, every source and excerpt), plus the reports' ids.

    ``id`` is the id of its first report and never changes as later reports join; each article's JSONL
    record gives its own events the id of the incident they joined (``event_id``).
    """

    id: str
    reports: tuple[str, ...]  # ids of the events (one per article) merged into it, in input order
    event_type: str
    sub_event_type: str
    location: Place
    date: str | None
    time_precision: int
    geo_precision: int
    role: str
    actor1: Actor | None
    actor2: Actor | None
    fatalities: int | None
    injuries: int | None
    excerpts: tuple[Excerpt, ...]
    sources: tuple[Source, ...]
    confidence: float

    @classmethod
    def of(cls, merged: Event, reports: tuple[str, ...]) -> Incident:
        """The value of a merged event (the merger's working copy) and the reports merged into it."""
        return cls(id=reports[0], reports=reports, event_type=merged.event_type,
                   sub_event_type=merged.sub_event_type, location=merged.location, date=merged.date,
                   time_precision=merged.time_precision, geo_precision=merged.geo_precision, role=merged.role,
                   actor1=merged.actor1, actor2=merged.actor2, fatalities=merged.fatalities,
                   injuries=merged.injuries, excerpts=tuple(merged.excerpts), sources=tuple(merged.sources),
                   confidence=merged.confidence)

    @property
    def excerpt(self) -> str:
        return self.excerpts[0].text if self.excerpts else ""

    @property
    def political(self) -> bool:
        return self.event_type == "Political"


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read, with a one-line reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class InputWarning:
    """An input that was read, but with a guess or a loss the user should know about."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(slots=True)
class GeocoderActivity:
    """What an opt-in online geocoder did: network requests, cache hits and names it gave up on."""

    service: str
    requests: int = 0  # HTTP requests sent, retries included
    retries: int = 0  # of those, repeats after a timeout, 429 or 5xx
    cache_hits: int = 0  # answers from the cache (memory or disk): no request, no delay
    given_up: int = 0  # distinct names reported and resolved offline after failed attempts
    not_asked: int = 0  # names not sent because the service was stopped for the run

    def __sub__(self, other: GeocoderActivity) -> GeocoderActivity:
        """The activity between two snapshots of one geocoder's counters."""
        return GeocoderActivity(self.service, self.requests - other.requests, self.retries - other.retries,
                                self.cache_hits - other.cache_hits, self.given_up - other.given_up,
                                self.not_asked - other.not_asked)

    def line(self) -> str:
        out = (f"online geocoder {self.service}: {self.requests} request{'s' if self.requests != 1 else ''} "
               f"({self.retries} retr{'y' if self.retries == 1 else 'ies'}), {self.cache_hits} cache "
               f"hit{'s' if self.cache_hits != 1 else ''}, names given up: {self.given_up}")
        if self.not_asked:
            out += f", names not asked (service stopped): {self.not_asked}"
        return out


@dataclass(slots=True)
class RunSummary:
    """What happened to every input of a run."""

    inputs: int = 0
    articles: int = 0
    articles_without_places: int = 0
    mentions: int = 0
    places: int = 0
    events: int = 0
    merged_events: int = 0  # events folded into another article's report of the same incident
    problems: list[InputProblem] = field(default_factory=list)
    geocoder: GeocoderActivity | None = None  # set when an online geocoder was used
    warnings: list[InputWarning] = field(default_factory=list)  # inputs read, with a guess or a loss

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [
            f"inputs: {self.inputs}, articles read: {self.articles}, "
            f"articles with no places: {self.articles_without_places}, "
            f"place mentions: {self.mentions}, distinct places: {self.places}, "
            f"events: {self.events} ({self.merged_events} merged across articles), "
            f"inputs skipped: {len(self.problems)}"
            + (f", inputs read with warnings: {len(self.warnings)}" if self.warnings else "")
        ]
        out += [f"skipped {p}" for p in self.problems]
        if self.geocoder is not None:
            out.append(self.geocoder.line())
        out += [f"warning {w}" for w in self.warnings]
        return out
