"""What the map shows: one site per distinct place, with its events, popup and panel HTML.

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
from mapper.events.merge import unmerged
from mapper.events.taxonomy import POLITICAL
from mapper.mapview.html import EVENTS_IN_POPUP, LEVELS, article_head, escape_html, event_html, place_head
from mapper.model import Article, Event, Incident, Mention, Place

_RANK = {level: i for i, level in enumerate(LEVELS)}
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


@dataclass
class _Item:
    """One excerpt (a sentence) of one article at one place."""

    start: int
    html: str


@dataclass
class MapSite:
    """Everything shown at one marker."""

    place: Place
    mentions: int = 0
    level: str = "mention"
    events: list[Incident] = field(default_factory=list)
    # article index -> (article, excerpts keyed by their plain text, for de-duplication)
    groups: dict[int, tuple[Article, dict[str, _Item]]] = field(default_factory=dict)

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
    def meta(self) -> list[str]:
        return [x for x in (self.place.country or self.place.country_code, self.place.kind) if x]

    @property
    def tooltip(self) -> str:
        """Plain text (the marker's title attribute): place and what happened there."""
        if self.events:
            return f"{self.place.name} — " + ", ".join(dict.fromkeys(e.sub_event_type for e in self.events))
        n = self.mentions
        return f"{self.place.name} — {n} mention{'' if n == 1 else 's'}"

    @property
    def complete(self) -> bool:
        """True when the short popup already shows everything (no side panel needed)."""
        return len(self.events) <= EVENTS_IN_POPUP and self.excerpts <= 1

    def popup_html(self, index: int) -> str:
        """The short popup: place, up to three events, the first excerpt and its source, and a button
        for the side panel when there is more."""
        out = ['<div class="mapper-popup">', place_head(self.place.name, self.meta)]
        out += [event_html(ev) for ev in self.events[:EVENTS_IN_POPUP]]
        if len(self.events) > EVENTS_IN_POPUP:
            k = len(self.events) - EVENTS_IN_POPUP
            out.append(f'<div class="mapper-more-events">+{k} more event{"s" if k > 1 else ""}</div>')
        if self.groups:
            art, items = next(iter(self.groups.values()))
            first = next(iter(items.values()))
            out.append(f'<blockquote class="mapper-excerpt">{first.html}</blockquote>'
                       f'<div class="mapper-source">{article_head(art)}</div>')
        if not self.complete:
            more = len(self.groups) - 1
            label = f"{more} more source{'s' if more > 1 else ''} · " if more > 0 else ""
            out.append(f'<div class="mapper-more-row">{label}<button type="button" class="mapper-more" '
                       f'data-site="{index}">All {self.excerpts} excerpts ›</button></div>')
        out.append("</div>")
        return "".join(out)

    def panel_html(self) -> str:
        """The side panel: every event, then every article with all its excerpts and a link."""
        out = ['<div class="mapper-full">', place_head(self.place.name, self.meta)]
        out += [event_html(ev) for ev in self.events]
        for art, items in self.groups.values():
            out.append(f'<div class="mapper-article"><div class="mapper-article-head">{article_head(art)}'
                       "</div><ul>")
            for item in sorted(items.values(), key=lambda it: it.start):
                out.append(f'<li><span class="mapper-excerpt">{item.html}</span></li>')
            out.append("</ul></div>")
        out.append("</div>")
        return "".join(out)


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
        self.mentions = sorted(mentions, key=lambda m: m.start)
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


def excerpt_html(a: Doc, span: tuple[int, int], mentions: list[Mention],
                 sentence: tuple[int, int] | None = None) -> tuple[str, str]:
    """(plain text, HTML with the mentions in <mark>) of ``span``, a sentence or a window of
    ``sentence`` (an ellipsis marks each side that was cut)."""
    text = a.article.text
    s, e = span
    before = "… " if sentence and s > sentence[0] else ""
    after = " …" if sentence and e < sentence[1] else ""
    plain = " ".join(text[s:e].split())
    if _MARK_OPEN in text[s:e] or _MARK_CLOSE in text[s:e]:
        return before + plain + after, escape_html(before + plain + after)
    pieces: list[str] = []
    pos = s
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < pos or m.end > e or m.end <= m.start:
            continue  # overlapping or outside the sentence: leave unmarked
        pieces += [text[pos:m.start], _MARK_OPEN, text[m.start:m.end], _MARK_CLOSE]
        pos = m.end
    pieces.append(text[pos:e])
    marked = " ".join("".join(pieces).split())
    if marked.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "") != plain:
        marked = plain  # whitespace at a mention edge; show the sentence unmarked
    html = escape_html(before + marked + after).replace(_MARK_OPEN, "<mark>").replace(_MARK_CLOSE, "</mark>")
    return before + plain + after, html


def collect_sites(articles: Iterable[Doc], incidents: Iterable[Incident] | None = None) -> list[MapSite]:
    """One MapSite per distinct place: event sites (each incident once, however many articles report
    it, with every article's excerpt; ``incidents`` are the run's, mapper.events.merge, and without
    them each document's event is its own) and then places that are only mentioned.

    Linear in the input: each article's mentions are indexed by place once, each distinct excerpt is
    built once, and no excerpt is longer than a window around its place (see excerpt_window)."""
    articles = list(articles)
    by_id = {a.article.id: (i, a) for i, a in enumerate(articles)}
    sites: dict[Hashable, MapSite] = {}
    indexes: dict[int, dict[Hashable, _PlaceMentions]] = {}
    done: set[tuple[Hashable, int, int, int]] = set()  # (place, article, start, end) of built excerpts

    def index(i: int) -> dict[Hashable, _PlaceMentions]:
        if i not in indexes:
            groups: dict[Hashable, list[Mention]] = {}
            for m in articles[i].mentions:
                if m.place is not None:
                    groups.setdefault(place_key(m.place), []).append(m)
            indexes[i] = {k: _PlaceMentions(ms) for k, ms in groups.items()}
        return indexes[i]

    def add_excerpt(site: MapSite, i: int, a: Doc, window: tuple[int, int],
                    ms: list[Mention], sentence: tuple[int, int]) -> None:
        plain, html = excerpt_html(a, window, ms, sentence)
        _art, items = site.groups.setdefault(i, (a.article, {}))
        items.setdefault(plain, _Item(window[0], html))

    for ev in (incidents if incidents is not None else unmerged(articles)):
        k = place_key(ev.location)
        site = sites.setdefault(k, MapSite(ev.location))
        site.events.append(ev)
        site.raise_level(event_level(ev.event_type))
        for x in ev.excerpts:
            i, src = by_id.get(x.article_id, (None, None))
            if src is None or i is None or (k, i, x.start, x.end) in done:
                continue  # unknown article, or an excerpt this place already has
            done.add((k, i, x.start, x.end))
            found = index(i).get(k)
            window = excerpt_window(src.article.text, (x.start, x.end),
                                    found.first(x.start, x.end) if found else None)
            add_excerpt(site, i, src, window, found.within(*window) if found else [], (x.start, x.end))
    for i, a in enumerate(articles):
        # Places with no event of their own: their mention sentences, in the neutral layer.
        items: dict[tuple[Hashable, tuple[int, int]], list[Mention]] = {}
        for m in a.mentions:
            if m.place is None:
                continue
            k = place_key(m.place)
            site = sites.setdefault(k, MapSite(m.place))
            site.mentions += 1
            if not site.events:
                items.setdefault((k, _span_of(a, m)), []).append(m)
        for (k, span), ms in sorted(items.items(), key=lambda kv: kv[0][1]):
            ws, we = excerpt_window(a.article.text, span, min(ms, key=lambda m: m.start))
            add_excerpt(sites[k], i, a, (ws, we), [m for m in ms if ws <= m.start and m.end <= we], span)
    return list(sites.values())
