"""Popup, panel and legend HTML for the map, built from untrusted article text.

All article-derived text is escaped here (``html.escape(quote=True)``, plus `` ` ``, ``$`` and ``\\``
as character references); links are kept only for http, https and file URLs. The finished HTML reaches
the page inside a JSON document whose ``<``, ``>``, ``&`` and ``'`` are ``\\uXXXX`` escapes (see
:func:`js_string`), so it can end neither a string nor the ``<script>`` element that holds it.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from urllib.parse import urlsplit

from mapper.events.taxonomy import BATTLES, CIVILIANS, COLOURS, POLITICAL, PROTESTS, REMOTE, RIOTS, STRATEGIC
from mapper.model import Article, Event

# Marker levels, most severe first (also the legend order): event type -> (colour, legend label).
LEVELS: dict[str, tuple[str, str]] = {
    t: (COLOURS[t], t if t != POLITICAL else "Political: statement, meeting, diplomatic protest")
    for t in (BATTLES, REMOTE, CIVILIANS, RIOTS, PROTESTS, STRATEGIC, POLITICAL)
} | {"mention": ("#7f7f7f", "Mentioned only: actor or context")}

_SAFE_SCHEMES = frozenset({"http", "https", "file"})
# Beyond html.escape: characters that are live inside a JS template literal, in case this HTML is ever
# handed to code that embeds it in one (as folium.Popup does).
_JS_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})
EVENTS_IN_POPUP = 3  # the popup stays short; the side panel lists the rest


def escape_html(value: object) -> str:
    """Escape untrusted text for HTML content or a quoted attribute value (and JS template literals)."""
    return html.escape(str(value), quote=True).translate(_JS_TEMPLATE_CHARS)


def script_safe(json_text: str) -> str:
    """JSON text with ``<``, ``>``, ``&`` and ``'`` as \\u escapes: it can then sit inside an HTML
    ``<script>`` element (no "</script>", no "<!--") and still parse to the same value."""
    return (json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("'", "\\u0027"))


def js_string(value: object) -> str:
    """JSON for ``value`` that is safe inside an HTML ``<script>`` element (a string, list or dict)."""
    # ensure_ascii also escapes U+2028/U+2029.
    return script_safe(json.dumps(value, ensure_ascii=True, separators=(",", ":")))


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


def article_href(art: Article) -> str | None:
    """The article's own http(s) URL, else a file: URL for a source file that exists, else None."""
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


def event_html(ev: Event) -> str:
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


def article_head(art: Article) -> str:
    """The article's title (a link when it has a safe one) and its date."""
    label = escape_html(art.title or art.id)
    href = article_href(art)
    head = (f'<a href="{escape_html(href)}" target="_blank" rel="noopener noreferrer">{label}</a>'
            if href else f"<b>{label}</b>")
    if art.published:
        head += f' <span class="mapper-date">{escape_html(art.published)}</span>'
    return head


def place_head(name: str, meta: list[str]) -> str:
    out = f'<div class="mapper-place"><b>{escape_html(name)}</b></div>'
    if meta:
        out += f'<div class="mapper-meta">{" · ".join(escape_html(x) for x in meta)}</div>'
    return out


def legend_html(levels: list[str]) -> str:
    """Colours of the event types present (most severe first) and the marker sizes."""
    rows = "".join(
        f'<div><span class="mapper-dot" style="background:{LEVELS[lv][0]}"></span>'
        f"{escape_html(LEVELS[lv][1])}</div>" for lv in levels
    )
    sizes = "".join(
        f'<span class="mapper-dot" style="background:#ccc;width:{d - 4}px;height:{d - 4}px"></span>{n}'
        for n, d in (("0", 14), ("10", 28), ("100", 41))
    )
    return f'{rows}<div class="mapper-sizes">Size: fatalities {sizes}</div>'
