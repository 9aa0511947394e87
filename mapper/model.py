"""The values that flow between pipeline stages.

articles -> mentions -> resolved places -> events -> map and exports.
Every stage takes and returns these dataclasses, so each stage can be used,
tested and replaced on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

    @property
    def resolved(self) -> bool:
        return self.place is not None


@dataclass(slots=True)
class Event:
    """Something that happened at a place, as told by one sentence of an article."""

    place: Place
    event_type: str  # e.g. "airstrike", "armed clash", "agreement", "statement", "meeting", "mention"
    sentence: tuple[int, int]
    mentions: list[Mention] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None


@dataclass(slots=True)
class AnalysedArticle:
    """An article with its mentions (in text order) and events."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def places(self) -> list[Place]:
        """Distinct resolved places, in order of first mention."""
        seen: dict[tuple[str, float, float], Place] = {}
        for m in self.mentions:
            if m.place is not None:
                seen.setdefault((m.place.name, m.place.lat, m.place.lon), m.place)
        return list(seen.values())

    def excerpt(self, mention: Mention) -> str:
        """The sentence that holds ``mention``, as plain (unescaped) text."""
        s, e = mention.sentence
        if e <= s:
            s, e = max(0, mention.start - 120), min(len(self.article.text), mention.end + 120)
        return " ".join(self.article.text[s:e].split())


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read, with a one-line reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class RunSummary:
    """What happened to every input of a run."""

    inputs: int = 0
    articles: int = 0
    articles_without_places: int = 0
    mentions: int = 0
    places: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [
            f"inputs: {self.inputs}, articles read: {self.articles}, "
            f"articles with no places: {self.articles_without_places}, "
            f"place mentions: {self.mentions}, distinct places: {self.places}, "
            f"inputs skipped: {len(self.problems)}"
        ]
        out += [f"skipped {p}" for p in self.problems]
        return out
