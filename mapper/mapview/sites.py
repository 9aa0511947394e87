"""What the map shows: one site per distinct place, with its events and excerpts.

A site is a place where events happened (its marker coloured by the most severe event type and sized
by fatalities) or, in a layer that is off by default, a place only named as an actor or in passing.
:func:`collect_sites` is pure Python, so what a marker says can be tested without a browser.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from mapper.doc import Doc
from mapper.events.casualties import casualties
from mapper.events.taxonomy import POLITICAL
from mapper.io.boilerplate import Boilerplate
from mapper.mapview.html import LEVELS
from mapper.model import Article, Event, Incident, Mention, Place

_RANK = {level: i for i, level in enumerate(LEVELS)}
LEVEL_NAMES = list(LEVELS)  # by rank
_MARK_OPEN, _MARK_CLOSE = "\x00", "\x01"  # sentinels; never survive into output
_EPOCH = dt.date(1970, 1, 1).toordinal()
# A "sentence" longer than EXCERPT_MAX characters (text without sentence breaks) is shown as the words
# within EXCERPT_CONTEXT characters of the place, so no popup grows with the length of the text.
EXCERPT_MAX = 1000
EXCERPT_CONTEXT = 240
_SPACE = re.compile(r"\s+")


def place_key(p: Place) -> Hashable:
    """Marker identity: the GeoNames id when known, else name and rounded coordinates."""
    return p.geonameid if p.geonameid is not None else (p.name, round(p.lat, 4), round(p.lon, 4))


def event_level(event_type: str | None) -> str:
    """The marker level of an event type; anything unknown is drawn as a political event."""
    if event_type is None:
        return "mention"
    return event_type if event_type in LEVELS else POLITICAL


def event_day(ev: Event | Incident) -> int | None:
    """The event's date as days since 1970-01-01 (a month-only date counts from its 15th), or None."""
    if not ev.date:
        return None
    text = ev.date if len(ev.date) != 7 else ev.date + "-15"
    try:
        return dt.date.fromisoformat(text[:10]).toordinal() - _EPOCH
    except ValueError:
        return None


def dot_size(fatalities: int, has_events: bool = True) -> int:
    """Marker diameter in pixels: 14 for an event without deaths, growing with the log of fatalities.
    (mapper.js computes the same for the events a filter leaves visible.)"""
    if not has_events:
        return 8
    return 14 + round(4 * math.log2(1 + fatalities))


@dataclass(slots=True)
class _Item:
    """One excerpt (a sentence, or a window of a long one) of one article at one place: plain text, and
    the spans of ``text`` that name the place (highlighted on the map)."""

    start: int  # offset of the excerpt in its article (excerpts are listed in text order)
    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)


ExcerptKey = tuple[int, str]  # (article index, plain text): one excerpt of a site


@dataclass(slots=True)
class MapSite:
    """Everything shown at one marker: the place, its events, and its excerpts grouped by article.

    ``leads[k]`` is the excerpt that best explains ``events[k]`` (the sentence that names the place
    and states the figures), or None when the event has no excerpt to show."""

    place: Place
    layer: int = 0  # which of the map's datasets it belongs to (maps of several event files)
    mentions: int = 0
    level: str = "mention"
    events: list[Incident | Event] = field(default_factory=list)  # Events when not merged
    # article index -> (article, excerpts keyed by their plain text, for de-duplication)
    groups: dict[int, tuple[Article, dict[str, _Item]]] = field(default_factory=dict)
    leads: list[ExcerptKey | None] = field(default_factory=list)

    def raise_level(self, level: str) -> None:
        if _RANK[level] < _RANK[self.level]:
            self.level = level

    @property
    def fatalities(self) -> int:
        return sum(e.fatalities or 0 for e in self.events)

    @property
    def size(self) -> int:
        return dot_size(self.fatalities, bool(self.events))

    @property
    def excerpts(self) -> int:
        return sum(len(items) for _art, items in self.groups.values())

    @property
    def tooltip(self) -> str:
        """Plain text (the marker's title): place and what happened there."""
        if self.events:
            return f"{self.place.name} — " + ", ".join(dict.fromkeys(e.sub_event_type for e in self.events))
        n = self.mentions
        return f"{self.place.name} — {n} mention{'' if n == 1 else 's'}"

    def item(self, key: ExcerptKey) -> _Item:
        return self.groups[key[0]][1][key[1]]


def _span_of(a: Doc, m: Mention) -> tuple[int, int]:
    # Mirrors Doc.excerpt's choice of span.
    s, e = m.sentence
    if e <= s:
        s, e = max(0, m.start - 120), min(len(a.article.text), m.end + 120)
    return s, e


class _PlaceMentions:
    """One article's mentions of one place, sorted by start: those inside a span are found by bisection,
    so the work per excerpt does not grow with the number of mentions in the article."""

    __slots__ = ("mentions", "starts")

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions if len(mentions) == 1 else sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def first(self, s: int, e: int) -> Mention | None:
        """The first mention that starts inside [s, e), or None."""
        j = bisect.bisect_left(self.starts, s)
        return self.mentions[j] if j < len(self.starts) and self.starts[j] < e else None

    def within(self, s: int, e: int) -> list[Mention]:
        """Every mention wholly inside [s, e), in text order."""
        lo, hi = bisect.bisect_left(self.starts, s), bisect.bisect_left(self.starts, e)
        return [m for m in self.mentions[lo:hi] if m.end <= e]


def excerpt_window(text: str, sentence: tuple[int, int], anchor: Mention | None) -> tuple[int, int]:
    """The part of ``sentence`` to show: all of it, or when it is longer than EXCERPT_MAX characters
    (text without sentence breaks) the words within EXCERPT_CONTEXT characters of ``anchor``. This
    keeps every excerpt, and so the work and the page, bounded whatever the input."""
    s, e = sentence
    if e - s <= EXCERPT_MAX:
        return s, e
    a0, a1 = (anchor.start, anchor.end) if anchor is not None else (s, s)
    ws, we = max(s, a0 - EXCERPT_CONTEXT), min(e, a1 + EXCERPT_CONTEXT, max(a0, s) + EXCERPT_MAX)
    if ws > s:  # start after a space, not inside a word
        gap = _SPACE.search(text, ws, max(ws, a0))
        ws = gap.end() if gap else ws
    if we < e:  # end before a space
        cut = we
        while cut > a1 and not text[cut].isspace():
            cut -= 1
        we = cut if cut > a1 else we
    return ws, we


def excerpt_text(a: Doc, span: tuple[int, int], mentions: list[Mention],
                 sentence: tuple[int, int] | None = None) -> tuple[str, list[tuple[int, int]]]:
    """Plain text of ``span`` (a sentence, or a window of ``sentence`` with an ellipsis on each side
    that was cut), whitespace-normalised, and the spans of that text where ``mentions`` are."""
    text = a.article.text
    s, e = span
    before = "… " if sentence and s > sentence[0] else ""
    after = " …" if sentence and e < sentence[1] else ""
    segment = text[s:e]
    core = " ".join(segment.split())
    plain = before + core + after
    if not mentions:
        return plain, []
    if core == segment:  # nothing to normalise: offsets carry over (the common case, and fast)
        direct, pos = [], s
        for m in (mentions if len(mentions) == 1 else sorted(mentions, key=lambda m: m.start)):
            if m.start >= pos and m.end <= e and m.end > m.start:
                direct.append((len(before) + m.start - s, len(before) + m.end - s))
                pos = m.end
        return plain, direct
    if _MARK_OPEN in segment or _MARK_CLOSE in segment:
        return plain, []
    pieces: list[str] = [before]
    pos = s
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < pos or m.end > e or m.end <= m.start:
            continue  # overlapping or outside the sentence: leave unmarked
        pieces += [text[pos:m.start], _MARK_OPEN, text[m.start:m.end], _MARK_CLOSE]
        pos = m.end
    pieces.append(text[pos:e])
    marked = before + " ".join("".join(pieces[1:]).split()) + after
    marks: list[tuple[int, int]] = []
    out: list[str] = []
    length = 0  # of the text in ``out``
    for piece in re.split(f"([{_MARK_OPEN}{_MARK_CLOSE}])", marked):
        if piece == _MARK_OPEN:
            marks.append((length, length))
        elif piece == _MARK_CLOSE:
            marks[-1] = (marks[-1][0], length)
        else:
            out.append(piece)
            length += len(piece)
    if "".join(out) != plain:
        return plain, []  # whitespace at a mention edge; show the sentence unmarked
    return plain, [(m0, m1) for m0, m1 in marks if m1 > m0]


def _lead(site: MapSite, keys: list[ExcerptKey], ev: Incident | Event) -> ExcerptKey | None:
    """The excerpt that best explains ``ev``: one that names the place and states the event's figures,
    else one that names the place, else the first; of equals, one that is not its article's headline
    (the popup shows the headline anyway, as the source's title under the excerpt)."""
    if len(keys) <= 1:
        return keys[0] if keys else None

    def score(key: ExcerptKey) -> int:
        item = site.item(key)
        points = 2 if item.marks else 0
        if ev.fatalities is not None or ev.injuries is not None:
            dead, hurt = casualties(item.text)
            points += 2 * (dead is not None and dead == ev.fatalities)
            points += hurt is not None and hurt == ev.injuries
        title = site.groups[key[0]][0].title
        return 2 * points + (not title or " ".join(title.split()) != item.text)

    return max(keys, key=score)  # max keeps the first of equals: text order


def collect_sites(articles: Iterable[Doc], incidents: Iterable[Incident] | None = None) -> list[MapSite]:
    """One MapSite per distinct place: event sites (each incident once, however many articles report
    it, with every article's excerpt; ``incidents`` are the run's, mapper.events.merge, and without
    them each document's event is its own) and then places that are only mentioned. Excerpts in the
    boilerplate lines of a scraped page (related headlines, tag lists, share lines) are left out.

    This is the map's one input: whatever builds a list of MapSite (documents here) can be drawn by
    :func:`mapper.mapview.map_page`.

    Linear in the input: each article's mentions are indexed by place once, each distinct excerpt is
    built once, and no excerpt is longer than a window around its place (see excerpt_window)."""
    articles = list(articles)
    by_id = {a.article.id: (i, a) for i, a in enumerate(articles)}
    sites: dict[Hashable, MapSite] = {}
    indexes: dict[int, dict[Hashable, _PlaceMentions]] = {}
    boiler: dict[int, Boilerplate | None] = {}
    built: dict[tuple[Hashable, int, int, int], ExcerptKey | None] = {}  # (place, article, start, end)

    def index(i: int) -> dict[Hashable, _PlaceMentions]:
        if i not in indexes:
            groups: dict[Hashable, list[Mention]] = {}
            for m in articles[i].mentions:
                if m.place is not None:
                    groups.setdefault(place_key(m.place), []).append(m)
            indexes[i] = {k: _PlaceMentions(ms) for k, ms in groups.items()}
        return indexes[i]

    def boilerplate(i: int, span: tuple[int, int]) -> bool:
        if i not in boiler:  # one-line texts (no page around them) have no boilerplate lines
            text = articles[i].article.text
            boiler[i] = Boilerplate(text) if "\n" in text else None
        found = boiler[i]
        return found is not None and found.covers(*span)

    def add_excerpt(site: MapSite, i: int, a: Doc, window: tuple[int, int],
                    ms: list[Mention], sentence: tuple[int, int]) -> ExcerptKey:
        plain, marks = excerpt_text(a, window, ms, sentence)
        _art, items = site.groups.setdefault(i, (a.article, {}))
        if plain not in items:
            items[plain] = _Item(window[0], plain, marks)
        return i, plain

    # Without incidents each event is its own: drawn as it is (an Incident of it would be a copy with
    # the same fields, mapper.events.merge.unmerged, and copying costs a second at 100k events).
    # The loop below runs once per event: place_key, event_level, excerpt_window and _lead are
    # written out in it for their common cases (a short sentence; one excerpt per event).
    rank_of = {t: _RANK[event_level(t)] for t in (*LEVELS, None)}
    for ev in (incidents if incidents is not None else [e for a in articles for e in a.events]):
        place = ev.location
        k = place.geonameid if place.geonameid is not None else place_key(place)
        site = sites.get(k)
        if site is None:
            site = sites[k] = MapSite(place)
        site.events.append(ev)
        rank = rank_of.get(ev.event_type)
        if rank is None:
            rank = rank_of[ev.event_type] = _RANK[event_level(ev.event_type)]
        if rank < _RANK[site.level]:
            site.level = LEVEL_NAMES[rank]
        keys: dict[ExcerptKey, None] = {}  # in order, once each (an incident may have thousands)
        for x in ev.excerpts:
            i, src = by_id.get(x.article_id, (None, None))
            if src is None or i is None:
                continue  # unknown article
            xs, xe = x.start, x.end
            done = (k, i, xs, xe)
            key = built.get(done, built)
            if key is built:  # not built yet
                if boilerplate(i, (xs, xe)):
                    key = None
                elif xe - xs <= EXCERPT_MAX and len(src.mentions) == 1:  # a one-place article
                    m = src.mentions[0]
                    p = m.place
                    inside = p is not None and xs <= m.start < xe and m.end <= xe and (
                        p.geonameid if p.geonameid is not None else place_key(p)) == k
                    # add_excerpt and excerpt_text written out for the common case: a sentence with
                    # nothing to normalise, whose one mention (if any) is this place's
                    segment = src.article.text[xs:xe]
                    plain = " ".join(segment.split())
                    if not inside:
                        marks = []
                    elif plain == segment and m.end > m.start:
                        marks = [(m.start - xs, m.end - xs)]
                    else:
                        plain, marks = excerpt_text(src, (xs, xe), [m], (xs, xe))
                    group = site.groups.get(i)
                    if group is None:
                        group = site.groups[i] = (src.article, {})
                    if plain not in group[1]:
                        group[1][plain] = _Item(xs, plain, marks)
                    key = (i, plain)
                else:
                    found = (indexes[i] if i in indexes else index(i)).get(k)
                    if xe - xs <= EXCERPT_MAX:
                        window = (xs, xe)
                    else:
                        window = excerpt_window(src.article.text, (xs, xe),
                                                found.first(xs, xe) if found else None)
                    key = add_excerpt(site, i, src, window, found.within(*window) if found else [], (xs, xe))
                built[done] = key
            if key is not None:
                keys[key] = None
        if len(keys) <= 1:
            site.leads.append(next(iter(keys)) if keys else None)
        else:
            site.leads.append(_lead(site, list(keys), ev))
    for i, a in enumerate(articles):
        # Places with no event of their own: their mention sentences, in the neutral layer.
        items: dict[tuple[Hashable, tuple[int, int]], list[Mention]] = {}
        for m in a.mentions:
            p = m.place
            if p is None:
                continue
            k = p.geonameid if p.geonameid is not None else place_key(p)
            site = sites.get(k)
            if site is None:
                site = sites[k] = MapSite(m.place)
            site.mentions += 1
            if not site.events:
                items.setdefault((k, _span_of(a, m)), []).append(m)
        for (k, span), ms in (sorted(items.items(), key=lambda kv: kv[0][1]) if items else ()):
            if boilerplate(i, span):
                continue
            ws, we = excerpt_window(a.article.text, span, min(ms, key=lambda m: m.start))
            add_excerpt(sites[k], i, a, (ws, we), [m for m in ms if ws <= m.start and m.end <= we], span)
    return list(sites.values())
