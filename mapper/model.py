"""The values that flow between pipeline stages.

articles -> mentions -> resolved places -> events -> map and exports.
Every stage takes and returns these dataclasses, so each stage can be used,
tested and replaced on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EXCERPT_CHARS = 1000  # the longest sentence quoted whole as a mention's excerpt

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


@dataclass(slots=True)
class Mention:
    """A place name found in an article, with its resolution (``place`` is None if unresolved)."""

    start: int  # character offsets into Article.text, Unicode code points
    end: int
    text: str
    place: Place | None = None
    confidence: float = 0.0  # probability that this is a place mention resolved correctly
    demonym: bool = False  # "Syrian" -> Syria
    sentence: tuple[int, int] = (0, 0)  # offsets of the sentence that holds the mention
    role: str = "context"  # one of ROLES, set by the event coder

    @property
    def resolved(self) -> bool:
        return self.place is not None


# Roles a place mention plays in its article (see mapper/events/roles.py).
ROLES = ("event_site", "origin", "venue", "actor", "context")


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
    """Who acted, or was acted upon: "US-led coalition" (US), "Syrian army" (SY), "IS" ("")."""

    name: str
    country_code: str = ""

    def __str__(self) -> str:
        return self.name


@dataclass(slots=True)
class Event:
    """A typed action at a place on a date, ACLED-style (see mapper/events/taxonomy.py).

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
    # Stable id of the incident: "<article id>#<n>" of its first report (the article's n-th event),
    # kept by the merged event and given to every report merged into it (mapper/events/merge.py).
    id: str = ""

    @property
    def place(self) -> Place:
        return self.location

    @property
    def excerpt(self) -> str:
        return self.excerpts[0].text if self.excerpts else ""

    @property
    def political(self) -> bool:
        """True for the non-ACLED political events (statement, meeting/talks, diplomatic protest)."""
        return self.event_type == "Political"


@dataclass(slots=True)
class AnalysedArticle:
    """An article with its mentions (in text order) and events.

    After a cross-article merge (mapper.events.merge.merge_articles) ``events`` are the merged events
    the article contributed to, shared with the other articles that report them, and ``reports`` its
    own events as it coded them, each carrying the ``id`` of the merged event it joined. Before a
    merge ``reports`` is empty and ``events`` are the article's own.
    """

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    reports: list[Event] = field(default_factory=list)

    @property
    def own_events(self) -> list[Event]:
        """The article's own reports of events (see above): what its JSONL record holds."""
        return self.reports or self.events

    @property
    def places(self) -> list[Place]:
        """Distinct resolved places, in order of first mention."""
        seen: dict[tuple[str, float, float], Place] = {}
        for m in self.mentions:
            if m.place is not None:
                seen.setdefault((m.place.name, m.place.lat, m.place.lon), m.place)
        return list(seen.values())

    def excerpt(self, mention: Mention) -> str:
        """The sentence that holds ``mention``, as plain (unescaped) text; in a sentence longer than
        EXCERPT_CHARS (a list with no full stop), the words around the mention, cut with "…" (each
        mention of a 200 KB sentence quoting all of it made the output quadratic)."""
        text = self.article.text
        s, e = mention.sentence
        if e <= s:
            s, e = max(0, mention.start - 120), min(len(text), mention.end + 120)
        if e - s <= EXCERPT_CHARS:
            return " ".join(text[s:e].split())
        side = EXCERPT_CHARS // 2
        a, b = max(s, mention.start - side), min(e, mention.end + side)
        # Cut at spaces, not inside a word (the mention is never cut).
        if a > s and not text[a - 1].isspace():
            a = next((i for i in range(a, mention.start) if text[i].isspace()), a)
        if b < e and not text[b].isspace():
            b = next((i for i in range(b, mention.end, -1) if text[i - 1].isspace()), b)
        return ("… " if a > s else "") + " ".join(text[a:b].split()) + (" …" if b < e else "")


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
