"""Stage 5: the interactive event map (a self-contained Leaflet page built with folium).

One marker per distinct place where events happened, coloured by its most severe event type and
sized by fatalities, in one layer per event type. Its popup leads with the events (type, date,
actors, casualties, sources) and then lists, per article, the excerpts they came from. Places named
only as actors or in passing are small grey markers in their own layer, off by default.

Safety: all article-derived text is untrusted. It is HTML-escaped (``html.escape(quote=True)``, plus
`` ` ``, ``$`` and ``\\`` as character references) before it becomes popup or tooltip HTML, links are
kept only for http, https and file URLs, and the finished HTML reaches Leaflet as a JSON string literal
whose ``<``, ``>``, ``&`` and ``'`` are ``\\uXXXX`` escapes, so it can end neither the JS string nor the
``<script>`` element. folium's own Popup (a JS template literal) and Tooltip (raw text in a template
literal) are not used for that reason.
"""

from __future__ import annotations

import functools
import html
import json
import math
import os
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import folium
from branca.element import Element, MacroElement
from folium.template import Template

from mapper.atomic import atomic_write_text
from mapper.errors import MapperError
from mapper.events.taxonomy import BATTLES, CIVILIANS, COLOURS, POLITICAL, PROTESTS, REMOTE, RIOTS, STRATEGIC
from mapper.model import AnalysedArticle, Article, Event, Mention, Place

PLACES_ATTRIBUTION = "Places: GeoNames (CC BY 4.0), Natural Earth"

# Marker levels, most severe first (also the legend order): event type -> (colour, legend label).
LEVELS: dict[str, tuple[str, str]] = {
    t: (COLOURS[t], t if t != POLITICAL else "Political: statement, meeting, diplomatic protest")
    for t in (BATTLES, REMOTE, CIVILIANS, RIOTS, PROTESTS, STRATEGIC, POLITICAL)
} | {"mention": ("#7f7f7f", "Mentioned only: actor or context (layer off by default)")}
_RANK = {slug: i for i, slug in enumerate(LEVELS)}

# Initial zoom for a map with one place, by place kind.
_ZOOM_BY_KIND = {"continent": 3, "region": 4, "water": 5, "country": 5, "admin1": 7, "admin2": 8,
                 "city": 10, "facility": 13}
_SAFE_SCHEMES = frozenset({"http", "https", "file"})
# Beyond html.escape: characters that are live inside a JS template literal, in case this HTML is ever
# handed to code that embeds it in one (as folium.Popup does).
_JS_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})
_MARK_OPEN, _MARK_CLOSE = "\x00", "\x01"  # sentinels; never survive into output

_CSS = """
<style>
.mapper-marker { background: transparent; border: 0; }
.mapper-dot { display: block; width: 14px; height: 14px; border-radius: 50%;
  border: 2px solid #fff; box-shadow: 0 0 3px rgba(0,0,0,.6); }
.mapper-title { position: fixed; top: 10px; left: 50%; transform: translateX(-50%); z-index: 1000;
  background: rgba(255,255,255,.92); padding: 6px 14px; border-radius: 4px; font: bold 16px sans-serif;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 70%; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; }
.mapper-legend { position: fixed; bottom: 28px; right: 10px; z-index: 1000; background: rgba(255,255,255,.92);
  padding: 6px 10px; border-radius: 4px; font: 12px sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.mapper-legend div { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.mapper-legend .mapper-dot { width: 10px; height: 10px; }
.mapper-popup { max-height: 320px; overflow-y: auto; font: 13px sans-serif; }
.mapper-popup .mapper-meta { color: #555; margin-bottom: 4px; }
.mapper-popup .mapper-article { border-top: 1px solid #ddd; padding-top: 4px; margin-top: 4px; }
.mapper-popup .mapper-date { color: #777; white-space: nowrap; }
.mapper-popup ul { margin: 4px 0 0 0; padding-left: 16px; }
.mapper-popup .mapper-event { margin: 4px 0; }
.mapper-popup .mapper-type, .mapper-popup .mapper-facts { color: #555; }
.mapper-legend .mapper-sizes { display: block; margin-top: 4px; }
.mapper-legend .mapper-sizes .mapper-dot { display: inline-block; margin: 0 3px 0 6px;
  vertical-align: middle; }
</style>
"""


class MapError(MapperError):
    """The map could not be built (e.g. inline Leaflet assets requested but not installed)."""


def escape_html(value: object) -> str:
    """Escape untrusted text for HTML content or a quoted attribute value (and JS template literals)."""
    return html.escape(str(value), quote=True).translate(_JS_TEMPLATE_CHARS)


def js_string(value: str) -> str:
    """A JavaScript string literal for ``value`` that is safe inside an HTML ``<script>`` element."""
    # ensure_ascii also escapes U+2028/U+2029; the \\u escapes keep "</script>" and "<!--" out of the page.
    return (json.dumps(value, ensure_ascii=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027"))


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http, https or file URL, else None (javascript:, data:, relative, junk)."""
    if not url:
        return None
    url = url.strip()
    # Browsers drop tabs/newlines inside URLs ("java\tscript:"), so refuse any whitespace or control char.
    if any(c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in _SAFE_SCHEMES else None


def place_key(p: Place) -> Hashable:
    """Marker identity: the GeoNames id when known, else name and rounded coordinates."""
    return p.geonameid if p.geonameid is not None else (p.name, round(p.lat, 4), round(p.lon, 4))


def event_level(event_type: str | None) -> str:
    """The marker level of an event type; anything unknown is drawn as a political event."""
    if event_type is None:
        return "mention"
    return event_type if event_type in LEVELS else POLITICAL


def _slug(level: str) -> str:
    return re.sub(r"[^a-z]+", "-", level.lower()).strip("-")


class _SafePopup(MacroElement):
    """Bind popup HTML passed as a JSON string literal (see module docstring); needs no jQuery."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindPopup({{ this.content }}, {{ this.options|tojavascript }});
        {% endmacro %}
        """
    )

    def __init__(self, html_content: str, max_width: int = 380) -> None:
        super().__init__()
        self._name = "SafePopup"
        self.content = js_string(html_content)
        self.options = {"max_width": max_width, "min_width": 220}


class _SafeTooltip(MacroElement):
    """Bind tooltip HTML passed as a JSON string literal."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindTooltip({{ this.content }}, {{ this.options|tojavascript }});
        {% endmacro %}
        """
    )

    def __init__(self, html_content: str) -> None:
        super().__init__()
        self._name = "SafeTooltip"
        self.content = js_string(html_content)
        self.options = {"sticky": True}


@dataclass
class _Item:
    """One excerpt (a sentence) of one article at one place."""

    start: int
    html: str


@dataclass
class _Site:
    """Everything shown at one marker."""

    place: Place
    mentions: int = 0
    level: str = "mention"
    events: list[Event] = field(default_factory=list)
    # article index -> (article, excerpts keyed by their plain text, for de-duplication)
    groups: dict[int, tuple[Article, dict[str, _Item]]] = field(default_factory=dict)

    def raise_level(self, level: str) -> None:
        if _RANK[level] < _RANK[self.level]:
            self.level = level

    @property
    def fatalities(self) -> int:
        return sum(e.fatalities or 0 for e in self.events)


def _span_of(a: AnalysedArticle, m: Mention) -> tuple[int, int]:
    # Mirrors AnalysedArticle.excerpt's choice of span; the result is checked against excerpt() below.
    s, e = m.sentence
    if e <= s:
        s, e = max(0, m.start - 120), min(len(a.article.text), m.end + 120)
    return s, e


def _excerpt(a: AnalysedArticle, span: tuple[int, int], mentions: list[Mention]) -> tuple[str, str]:
    """(plain text, HTML with the mentions in <mark>) of one sentence."""
    text = a.article.text
    s, e = span
    plain = " ".join(text[s:e].split())
    if _MARK_OPEN in text[s:e] or _MARK_CLOSE in text[s:e]:
        return plain, escape_html(plain)
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
        return plain, escape_html(plain)  # whitespace at a mention edge; show the sentence unmarked
    return plain, escape_html(marked).replace(_MARK_OPEN, "<mark>").replace(_MARK_CLOSE, "</mark>")


def _event_html(ev: Event) -> str:
    """The event's headline: sub-type, type, date, actors, casualties, sources (all escaped)."""
    head = f"<b>{escape_html(ev.sub_event_type)}</b>"
    if ev.sub_event_type != ev.event_type:
        head += f' <span class="mapper-type">({escape_html(ev.event_type)})</span>'
    facts = []
    if ev.date:
        approx = {2: " (week)", 3: " (month)"}.get(ev.time_precision, "")
        facts.append(f"{ev.date}{approx}")
    actors = " vs ".join(a.name for a in (ev.actor1, ev.actor2) if a is not None)
    if actors:
        facts.append(actors)
    if ev.fatalities is not None:
        facts.append(f"{ev.fatalities} killed")
    if ev.injuries is not None:
        facts.append(f"{ev.injuries} injured")
    if len(ev.sources) > 1:
        facts.append(f"{len(ev.sources)} sources")
    line = " · ".join(escape_html(f) for f in facts)
    return f'<div class="mapper-event">{head}<div class="mapper-facts">{line}</div></div>'


def _collect(articles: Iterable[AnalysedArticle]) -> dict[Hashable, _Site]:
    articles = list(articles)
    by_id = {a.article.id: (i, a) for i, a in enumerate(articles)}
    sites: dict[Hashable, _Site] = {}
    seen_events: set[int] = set()

    def add_excerpt(site: _Site, i: int, a: AnalysedArticle, span: tuple[int, int],
                    ms: list[Mention]) -> None:
        plain, excerpt_html = _excerpt(a, span, ms)
        _art, excerpts = site.groups.setdefault(i, (a.article, {}))
        excerpts.setdefault(plain, _Item(span[0], excerpt_html))

    for a in articles:
        for ev in a.events:
            if id(ev) in seen_events:
                continue  # an event merged from several articles is in each of their lists
            seen_events.add(id(ev))
            k = place_key(ev.location)
            site = sites.setdefault(k, _Site(ev.location))
            site.events.append(ev)
            site.raise_level(event_level(ev.event_type))
            for x in ev.excerpts:
                i, src = by_id.get(x.article_id, (None, None))
                if src is None or i is None:
                    continue
                ms = [m for m in src.mentions if m.place is not None and place_key(m.place) == k
                      and x.start <= m.start and m.end <= x.end]
                add_excerpt(site, i, src, (x.start, x.end), ms)
    for i, a in enumerate(articles):
        # Places with no event of their own: their mention sentences, in the neutral layer.
        items: dict[tuple[Hashable, tuple[int, int]], list[Mention]] = {}
        for m in a.mentions:
            if m.place is None:
                continue
            k = place_key(m.place)
            site = sites.setdefault(k, _Site(m.place))
            site.mentions += 1
            if not site.events:
                items.setdefault((k, _span_of(a, m)), []).append(m)
        for (k, span), ms in sorted(items.items(), key=lambda kv: kv[0][1]):
            add_excerpt(sites[k], i, a, span, ms)
    return sites


def _article_href(art: Article) -> str | None:
    url = safe_url(art.url)
    if url:
        return url
    if art.source and art.source != "<stdin>":
        try:
            p = Path(art.source)
            if p.exists():
                return p.resolve().as_uri()
        except (OSError, ValueError):  # ValueError: embedded NUL and the like
            return None
    return None


def _popup_html(site: _Site) -> str:
    p = site.place
    meta = [x for x in (p.country or p.country_code, p.kind) if x]
    out = ['<div class="mapper-popup">', f'<div class="mapper-place"><b>{escape_html(p.name)}</b></div>']
    if meta:
        out.append(f'<div class="mapper-meta">{" · ".join(escape_html(x) for x in meta)}</div>')
    out += [_event_html(ev) for ev in site.events]
    for art, excerpts in site.groups.values():
        label = escape_html(art.title or art.id)
        href = _article_href(art)
        head = (f'<a href="{escape_html(href)}" target="_blank" rel="noopener noreferrer">{label}</a>'
                if href else f"<b>{label}</b>")
        if art.published:
            head += f' <span class="mapper-date">{escape_html(art.published)}</span>'
        out.append(f'<div class="mapper-article"><div class="mapper-article-head">{head}</div><ul>')
        for item in sorted(excerpts.values(), key=lambda it: it.start):
            out.append(f'<li><span class="mapper-excerpt">{item.html}</span></li>')
        out.append("</ul></div>")
    out.append("</div>")
    return "".join(out)


def _tooltip_html(site: _Site) -> str:
    if site.events:
        kinds = ", ".join(dict.fromkeys(e.sub_event_type for e in site.events))
        return f"<b>{escape_html(site.place.name)}</b> — {escape_html(kinds)}"
    n = site.mentions
    return f"<b>{escape_html(site.place.name)}</b> — {n} mention{'' if n == 1 else 's'}"


def _dot_size(site: _Site) -> int:
    """Marker diameter in pixels: 14 for an event without deaths, growing with the log of fatalities."""
    if not site.events:
        return 8
    return 14 + round(4 * math.log2(1 + site.fatalities))


def _legend_html() -> str:
    rows = "".join(
        f'<div><span class="mapper-dot" style="background:{colour}"></span>{escape_html(label)}</div>'
        for colour, label in LEVELS.values()
    )
    sizes = "".join(
        f'<span class="mapper-dot" style="background:#ccc;width:{d - 4}px;height:{d - 4}px"></span>{n}'
        for n, d in (("0", 14), ("10", 28), ("100", 41))
    )
    return (f'<div class="mapper-legend">{rows}<div class="mapper-sizes">Size: fatalities {sizes}</div>'
            "</div>")



@functools.lru_cache(maxsize=1)
def _inline_leaflet() -> tuple[str, str]:
    """Leaflet's JS and CSS from the folium-offline package (upstream Leaflet, icons as data: URIs)."""
    try:
        from offlinefolium.elements import _res
    except ImportError as e:
        raise MapError("inline Leaflet needs the folium-offline package (pip install folium-offline)") from e
    urls = dict(folium.Map.default_js) | dict(folium.Map.default_css)

    def pick(name: str, pattern: str) -> str:
        text = _res.get(urls.get(name, ""))
        if text is None:  # folium and folium-offline disagree on the version: take any Leaflet 1.x
            text = next((v for k, v in sorted(_res.items()) if re.search(pattern, k)), None)
        if text is None:
            raise MapError(f"folium-offline has no {name}")
        if "</" in text and re.search(r"</(script|style)", text, re.I):
            raise MapError(f"{name} cannot be inlined: it contains a closing tag")
        return text

    return (pick("leaflet", r"/leaflet@1\.[\d.]+/dist/leaflet\.js$"),
            pick("leaflet_css", r"/leaflet@1\.[\d.]+/dist/leaflet\.css$"))


def _use_assets(m: folium.Map, inline: bool) -> None:
    """Load only Leaflet (nothing here uses jQuery, Bootstrap or Font Awesome), inline or from the CDN."""
    if inline:
        js, css = _inline_leaflet()
        m.default_js, m.default_css = [], []
        header = m.get_root().header
        header.add_child(Element(f"<style>{css}</style>"), name="leaflet_css")
        header.add_child(Element(f"<script>{js}</script>"), name="leaflet")
    else:
        m.default_js = [("leaflet", dict(folium.Map.default_js)["leaflet"])]
        m.default_css = [("leaflet_css", dict(folium.Map.default_css)["leaflet_css"])]


def _tile_layer(tiles: str) -> folium.TileLayer:
    try:
        base = folium.TileLayer(tiles).options.get("attribution", "")
    except ValueError:  # a custom URL template: folium knows no attribution for it
        base = ""
    attr = f"{base} | {PLACES_ATTRIBUTION}" if base else PLACES_ATTRIBUTION
    return folium.TileLayer(tiles, attr=attr)


def build_map(
    articles: Iterable[AnalysedArticle],
    *,
    title: str = "mapper — events",
    tiles: str = "OpenStreetMap",
    inline_assets: bool = True,
) -> folium.Map:
    """An interactive map with one marker per distinct resolved place in ``articles``.

    ``inline_assets`` embeds Leaflet in the page (from folium-offline) so markers and popups work with
    no network; tiles still come from ``tiles``' server, so offline the base map is blank.
    """
    sites = _collect(articles)
    lats = [s.place.lat for s in sites.values()]
    lons = [s.place.lon for s in sites.values()]
    if not sites:
        location, zoom = [20.0, 0.0], 2
    elif min(lats) == max(lats) and min(lons) == max(lons):
        first = next(iter(sites.values())).place
        location, zoom = [first.lat, first.lon], _ZOOM_BY_KIND.get(first.kind, 8)
    else:
        location, zoom = [(min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2], 4

    m = folium.Map(location=location, zoom_start=zoom, tiles=None, control_scale=True)
    _use_assets(m, inline_assets)
    _tile_layer(tiles).add_to(m)
    if len(sites) > 1 and (min(lats) != max(lats) or min(lons) != max(lons)):
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(40, 40), max_zoom=10)

    layers: dict[str, folium.FeatureGroup] = {}
    for level in sorted({s.level for s in sites.values()}, key=_RANK.__getitem__):
        name = LEVELS[level][1] if level != "mention" else "Mentioned only (actor, context)"
        layers[level] = folium.FeatureGroup(name=name, show=level != "mention").add_to(m)
    for site in sites.values():
        colour = LEVELS[site.level][0]
        d = _dot_size(site)
        icon = folium.DivIcon(
            html=f'<span class="mapper-dot" style="background:{colour};width:{d - 4}px;'
                 f'height:{d - 4}px"></span>',
            icon_size=(d, d), icon_anchor=(d // 2, d // 2), popup_anchor=(0, -(d // 2)),
            class_name=f"mapper-marker mapper-{_slug(site.level)}",
        )
        marker = folium.Marker([site.place.lat, site.place.lon], icon=icon)
        marker.add_child(_SafePopup(_popup_html(site)))
        marker.add_child(_SafeTooltip(_tooltip_html(site)))
        marker.add_to(layers[site.level])
    if layers:
        folium.LayerControl(collapsed=False).add_to(m)

    root = m.get_root()
    root.title = escape_html(title)  # branca puts Figure.title into <title> unescaped
    root.header.add_child(Element(_CSS), name="mapper_css")
    root.html.add_child(Element(f'<div class="mapper-title">{escape_html(title)}</div>'), name="mapper_title")
    root.html.add_child(Element(_legend_html()), name="mapper_legend")
    return m


def save_map(m: folium.Map, path: str | os.PathLike[str]) -> None:
    """Render ``m`` to a standalone HTML file, atomically, creating parent directories."""
    atomic_write_text(path, m.get_root().render())
