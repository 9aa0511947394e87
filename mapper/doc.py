"""The document: one article and everything the pipeline's components found in it, layer by layer.

    doc = mapper.parse("Airstrikes hit Deir ez-Zor on Saturday.")
    doc.mentions, doc.roles, doc.events

Each layer is set by one component (the default order is in mapper/pipeline.py) and read by the
components after it. A component never changes what another one made: it adds its own layer (a new
list of new values). A component that refines a layer (``geocode`` improves ``mentions``) sets a new
list in its place and says so in its docstring. A layer no component set is None (``mentions`` and
``events`` are empty lists), so a document can also be built by hand for the map and the exports:
``Doc(article, mentions, events, roles=[Role("event_site")])``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mapper.errors import MapperError
from mapper.model import Article, Entity, Event, Mention, Place, Role

if TYPE_CHECKING:
    from mapper.events.clauses import SentenceClauses
    from mapper.geoparse.recognize import Candidate
    from mapper.geoparse.sentences import Sentences

EXCERPT_CHARS = 1000  # the longest sentence quoted whole as a mention's excerpt


@dataclass(slots=True, eq=False)
class Doc:
    """One article through the pipeline. The layers, in the order the default components set them:

    - ``normalized`` (component ``normalize``): a view of the text with the same offsets in which layouts
      that hide what it says are undone (hard-wrapped lines joined, Title Case and capitals lines in
      sentence case), None when it needs none; ``text`` is this view when set, ``article.text`` the
      article's own characters;
    - ``sentences`` (component ``sentences``): sentence spans of the text;
    - ``entities`` (optional, e.g. ``spacy``): named entities from another recogniser, read by recognize;
    - ``candidates`` (``recognize``): the place names recognised, with their probabilities;
    - ``resolutions`` (``resolve``): per distinct name (``Candidate.key``), the chosen gazetteer row and
      its probability among the name's options;
    - ``mentions`` (``resolve``; superseded by ``geocode``): one Mention per candidate, in text order;
    - ``clauses`` (``clauses``): per sentence, the event clauses it reports, their dates, and which are
      background;
    - ``roles`` (``roles``): one Role per mention, same order;
    - ``events`` (``events``): the article's own reports of events;
    - ``user``: free for custom components (a dict: name your keys after your component).
    """

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    roles: list[Role] | None = None
    sentences: Sentences | None = None
    entities: list[Entity] | None = None
    candidates: list[Candidate] | None = None
    resolutions: dict[str, tuple[int, float]] | None = None
    clauses: list[SentenceClauses] | None = None
    user: dict[str, Any] = field(default_factory=dict)
    normalized: str | None = None

    @property
    def text(self) -> str:
        """The text the components read: the ``normalize`` component's view when it set one."""
        return self.article.text if self.normalized is None else self.normalized

    def need(self, layer: str, component: str) -> Any:
        """The value of ``layer``, or a clear error naming the component that needs it."""
        value = getattr(self, layer)
        if value is None:
            raise MapperError(f"the {component} component needs the document's {layer} layer, which no "
                              "earlier component set (is a component it depends on disabled or after it?)")
        return value

    @property
    def role_names(self) -> list[str]:
        """The role of each mention (same order), "context" for all when no roles were assigned."""
        if self.roles is None:
            return ["context"] * len(self.mentions)
        if len(self.roles) != len(self.mentions):
            raise MapperError(f"document {self.article.id!r} has {len(self.roles)} roles for "
                              f"{len(self.mentions)} mentions: a component changed the mentions after roles")
        return [r.name for r in self.roles]

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
