"""The map's data document: sites, events, excerpts and articles in compact columns (JSON).

mapper.js reads this document once and builds markers, filters, popups and panels from it; the page
holds no HTML and no code per marker. Every text is stored once: excerpts, titles and URL tails in
their own columns (one entry per excerpt or article), and short repeated texts (countries, kinds,
actors, dates) in one string table ``str`` referenced by index (0 is "none"). Integer columns are
packed into strings (:func:`pack_ints`, marked "packed" below). Layout (``v`` 3):

- ``levels``: [{name, colour, label, show}], most severe first; ``subs``: [[sub-event type, event
  type, level]];
- ``site``: columns ``lat``, ``lon`` (degrees x 10^4, packed), ``name``, ``meta`` (packed: row of
  ``metas``: [country, kind] string refs), ``ne`` and ``nx`` (packed: its numbers of events and excerpts:
  site i's events follow site i-1's in ``ev``, and so do its excerpts in ``ex``), and ``nm``
  {site: mentions} for places that are only mentioned;
- ``ev``, all packed but the sparse columns: ``sub`` (into ``subs``), ``day`` (days after ``day0``,
  -1 when undated), ``prec`` (10 x geo_precision + time_precision), ``dead`` (-1 when not reported),
  ``act`` (row of ``actors``: [actor1, actor2] string refs); and sparse columns {event: value} for
  the unusual values: ``date`` (the date's text, when it is not a plain day), ``hurt`` (injuries,
  when reported), ``src`` (number of sources, when more than one) and ``lead`` (the excerpt that
  explains the event, counted within its site's excerpts, when not the first; -1 for none);
- ``ex``: ``text``, ``art`` (packed: article index, as the difference from the previous excerpt's) and
  ``mark`` (packed, the spans of the place's name in the texts: per excerpt its number of spans, then
  each span's start after the previous span's end, and its length);
- ``art``: ``title`` (the title, else the id), ``date`` (packed string refs), ``pre`` (packed: index into
  ``prefixes``, -1 for no link) and ``href`` (the link after its prefix: URLs of one site share a
  prefix, stored once);
- ``view``: the bounds of the event sites (not of places only mentioned) and the zoom to open at;
- ``sets`` and ``site.set``, only on a map of several datasets (event files, one layer each): the
  datasets' names, and each site's dataset (a site belongs to one: datasets never share a marker).

Everything else is settings (``tiles``, ``cluster``, ``heatmap``, ``title``) and ``labels``: the
offline basemap's names for the towns around the events (:func:`mapper.mapview.local_labels`).
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Iterable

import numpy as np

from mapper.mapview.html import LEVELS, article_href
from mapper.mapview.sites import MapSite, _Item, event_day, event_level
from mapper.model import Article, Place

# Opening zoom for a map of one place, by place kind: wide enough to see the region around it.
ZOOM_BY_KIND = {"continent": 3, "region": 4, "water": 5, "country": 5, "admin1": 7, "admin2": 8,
                "city": 8, "facility": 8}
MAX_FIRST_ZOOM = 8  # a map of a few nearby events opens no closer than this


# Integer columns are packed into strings of base-64 digits (the source-map "VLQ" code): each value,
# zigzagged (0, -1, 1, -2, ... -> 0, 1, 2, 3, ...), in 5-bit groups, least significant first, a digit
# of 32 or more meaning "more groups follow". Values within -16..15 take one byte, within -512..511
# two: about half the bytes of decimal text with commas. The digits need no escaping in JSON or HTML.
_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_DIGIT_VALUE = {c: i for i, c in enumerate(_DIGITS)}


def _code(z: int) -> str:
    out = []
    while z >= 32:
        out.append(_DIGITS[32 | (z & 31)])
        z >>= 5
    out.append(_DIGITS[z])
    return "".join(out)


_CODES = [_code(z) for z in range(1 << 15)]  # zigzagged values of up to 3 digits, precomputed
# The first 3 digits of a larger value (its low 15 bits, each digit marked "more follow"): with _CODES
# for the rest, coordinates (5 digits) cost two lookups.
_LOW_CODES = [_code(z | 1 << 15)[:3] for z in range(1 << 15)]


_DIGIT_BYTES = np.frombuffer(_DIGITS.encode("ascii"), dtype=np.uint8)
_ARRAY_LIMIT = 1 << 61  # beyond this, zigzagging could overflow 64 bits: such columns take the loop below


def _pack_array(a: np.ndarray) -> str:
    """pack_ints of an int64 array with every value within +-_ARRAY_LIMIT, computed column-wise:
    a row of up to 13 digits per value, of which the first ``nd`` are kept."""
    z = np.where(a >= 0, a << 1, ((-a) << 1) - 1)
    nd = np.ones(len(z), dtype=np.int64)
    for j in range(1, 13):
        nd += z >= 1 << (5 * j)
    width = np.arange(int(nd.max()))
    digits = (z[:, None] >> (5 * width)) & 31
    digits |= (width < nd[:, None] - 1) * 32  # "more digits follow"
    return _DIGIT_BYTES[digits[width < nd[:, None]]].tobytes().decode("ascii")


def pack_ints(values: Iterable[int] | np.ndarray) -> str:
    """``values`` as a string of base-64 digits (see above); :func:`unpack_ints` reverses it."""
    if isinstance(values, np.ndarray):  # an int64 column (coordinates): no list in between
        if len(values) > 64 and -_ARRAY_LIMIT < values.min() and values.max() < _ARRAY_LIMIT:
            return _pack_array(values.astype(np.int64))
        values = values.tolist()
    values = values if isinstance(values, list) else list(values)
    if len(values) > 64:  # large columns: with numpy
        try:
            a = np.array(values)
        except OverflowError:  # huge integers: the loop below
            a = None
        if a is not None and a.dtype == np.int64 and -_ARRAY_LIMIT < a.min() and a.max() < _ARRAY_LIMIT:
            return _pack_array(a)
    codes, low = _CODES, _LOW_CODES
    return "".join([codes[z] if z < 32768 else low[z & 32767] + codes[z >> 15] if z < 1 << 30 else _code(z)
                    for z in [v << 1 if v >= 0 else ((-v) << 1) - 1 for v in values]])


def unpack_ints(text: str) -> list[int]:
    """The integers packed by :func:`pack_ints` (mapper.js has the same decoder: ``unpackInts``)."""
    out: list[int] = []
    z = shift = 0
    for c in text:
        d = _DIGIT_VALUE[c]
        z |= (d & 31) << shift
        if d & 32:
            shift += 5
        else:
            out.append(-((z + 1) >> 1) if z & 1 else z >> 1)
            z = shift = 0
    return out


def _pack_marks(marks: list[list[int]]) -> str:
    """The excerpts' marked spans in one packed column: per excerpt, its number of spans, then each
    span as (start - previous span's end, length)."""
    return _pack_spans([list(zip(spans[0:len(spans) - 1:2], spans[1::2], strict=True)) for spans in marks])


def _pack_spans(marks: list[list[tuple[int, int]]]) -> str:
    """_pack_marks of spans given as (start, end) pairs (what collect_sites keeps)."""
    flat: list[int] = []
    for spans in marks:
        if len(spans) == 1:  # most excerpts name their place once
            ((start, end),) = spans
            flat += (1, start, end - start)
            continue
        flat.append(len(spans))
        end = 0
        for start, stop in spans:
            flat += (start - end, stop - start)
            end = stop
    return pack_ints(flat)


def unpack_marks(text: str) -> list[list[int]]:
    """Per excerpt, its marked spans as [start, end, start, end, ...] (reverses :func:`_pack_marks`)."""
    flat = unpack_ints(text)
    out: list[list[int]] = []
    i = 0
    while i < len(flat):
        n, i, end, spans = flat[i], i + 1, 0, []
        for _ in range(n):
            start = end + flat[i]
            end = start + flat[i + 1]
            spans += (start, end)
            i += 2
        out.append(spans)
    return out


class _Strings:
    """The string table: each distinct short text once, referenced by index; 0 is "none"."""

    def __init__(self) -> None:
        self.table: list[str] = [""]
        self._index: dict[str, int] = {"": 0}

    def ref(self, text: str | None) -> int:
        if not text:
            return 0
        i = self._index.get(text)
        if i is None:
            i = self._index[text] = len(self.table)
            self.table.append(text)
        return i


def _view(places: list[Place], lats: np.ndarray, lons: np.ndarray, n_events: list[int]) -> dict:
    """Bounds and opening zoom: the event sites (all sites when none has an event), from the sites'
    places, their coordinates and their numbers of events."""
    has = np.fromiter(n_events, bool, len(n_events))
    if has.any():
        lats, lons = lats[has], lons[has]
        kinds = {p.kind for p, n in zip(places, n_events, strict=True) if n}
    else:
        kinds = {p.kind for p in places}
    if not len(lats):
        return {"bounds": None, "center": [20.0, 0.0], "zoom": 2}
    bounds = [[float(lats.min()), float(lons.min())], [float(lats.max()), float(lons.max())]]
    zoom = min((ZOOM_BY_KIND.get(kind, MAX_FIRST_ZOOM) for kind in kinds), default=MAX_FIRST_ZOOM)
    center = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
    return {"bounds": bounds, "center": center, "zoom": min(zoom, MAX_FIRST_ZOOM)}


def _start(item: _Item) -> int:
    return item.start


def map_document(sites: list[MapSite], *, links_base: str | os.PathLike[str] | None = None,
                 datasets: list[str] | None = None) -> dict:
    """The data part of the document for ``sites`` (settings are added by build_map); ``datasets`` names
    the layers that the sites' ``layer`` numbers refer to, on a map of several."""
    rank = {level: i for i, level in enumerate(LEVELS)}
    types = {e.event_type for s in sites for e in s.events}
    present = sorted({s.level for s in sites} | {event_level(t) for t in types}, key=rank.__getitem__)
    level_idx = {level: i for i, level in enumerate(present)}
    strings = _Strings()
    subs: dict[tuple[str, str], int] = {}
    day_of: dict[str | None, int | None] = {}  # date text -> event_day (a few hundred distinct dates)
    for s in sites:
        for e in s.events:
            if e.date not in day_of:
                day_of[e.date] = event_day(e)
    day0 = min((d for d in day_of.values() if d is not None), default=0)

    # Columns as local lists (this loop runs once per site and per event: at 300,000 events, every
    # lookup saved counts).
    places = [s.place for s in sites]
    lats = np.fromiter((p.lat for p in places), float, len(places))
    lons = np.fromiter((p.lon for p in places), float, len(places))
    # Degrees x 10^4 rounded half to even, as round() does, for the whole column at once.
    lat = np.rint(lats * 1e4).astype(np.int64)
    lon = np.rint(lons * 1e4).astype(np.int64)
    names = [p.name for p in places]
    meta: list[int] = []
    n_events = [len(s.events) for s in sites]
    n_excerpts: list[int] = []
    metas: dict[tuple[int, int], int] = {}  # (country, kind) string refs -> row of "metas"
    meta_of: dict[tuple[str | None, str | None], int] = {}  # (country, kind) texts -> row of "metas"
    mentions = {str(si): s.mentions for si, s in enumerate(sites) if not s.events}
    actors: dict[tuple[int, int], int] = {(0, 0): 0}  # (actor1, actor2) string refs -> row of "actors"
    act_rows: dict[int, int] = {}  # event row -> row of "actors", for events with an actor
    n_ev = 0  # event rows so far
    # Sparse columns {event: value}, for the values that are not the usual one: the date's text when not
    # a plain day, injuries when reported, the number of sources when more than one, and the
    # explaining excerpt when not the site's first.
    leads: dict[str, int] = {}
    ex_text: list[str] = []
    ex_art: list[int] = []
    ex_mark: list[list[tuple[int, int]]] = []  # per excerpt, its marked spans
    art_index: dict[int, int] = {}  # id(Article) -> row
    articles: list[Article] = []
    last_art = 0
    ref = strings.ref

    for site in sites:
        p = site.place
        events = site.events
        texts = (p.country or p.country_code, p.kind)
        row = meta_of.get(texts)
        if row is None:
            key = (ref(texts[0]), ref(texts[1]))
            row = metas.get(key)
            if row is None:
                row = metas[key] = len(metas)
            meta_of[texts] = row
        meta.append(row)
        groups = site.groups
        if len(groups) == 1:  # most sites: one article, and often one excerpt (written out: fast)
            ((i, (art, items)),) = groups.items()
            row = art_index.get(id(art))
            if row is None:
                row = art_index[id(art)] = len(articles)
                articles.append(art)
            if len(items) == 1:
                (item,) = items.values()
                ex_text.append(item.text)
                ex_art.append(row - last_art)
                last_art = row
                ex_mark.append(item.marks)
                lead = site.leads[0] if len(site.leads) == 1 and len(events) == 1 else False
                if lead is not False and lead is not None and lead[0] == i and lead[1] == item.text:
                    # its one event explained by its one excerpt: no lead to note
                    n_excerpts.append(1)
                    first, n_ev = n_ev, n_ev + 1
                    ev = events[0]
                    if ev.actor1 is not None or ev.actor2 is not None:
                        pair = (ref(ev.actor1.name if ev.actor1 else None),
                                ref(ev.actor2.name if ev.actor2 else None))
                        act_rows[first] = actors.setdefault(pair, len(actors))
                    continue
                order: dict[Hashable, int] = {(i, item.text): 0}
            else:
                order = {}
                for item in sorted(items.values(), key=_start):
                    order[(i, item.text)] = len(order)
                    ex_text.append(item.text)
                    ex_art.append(row - last_art)
                    last_art = row
                    ex_mark.append(item.marks)
        else:
            # Excerpts, article by article; the article of the first event's lead comes first.
            first_lead = site.leads[0] if site.leads else None
            ordered = list(groups.items())
            if first_lead is not None:
                ordered.sort(key=lambda g: g[0] != first_lead[0])  # stable: the rest keep their order
            order = {}
            for i, (art, items) in ordered:
                row = art_index.get(id(art))
                if row is None:
                    row = art_index[id(art)] = len(articles)
                    articles.append(art)
                for item in (items.values() if len(items) == 1 else sorted(items.values(), key=_start)):
                    order[(i, item.text)] = len(order)
                    ex_text.append(item.text)
                    ex_art.append(row - last_art)
                    last_art = row
                    ex_mark.append(item.marks)
        n_excerpts.append(len(order))
        first, n_ev = n_ev, n_ev + len(events)  # this site's events are rows first.. of the ev columns
        if len(site.leads) == len(events):
            for j, lead in enumerate(site.leads):
                at = order.get(lead, -1) if lead is not None else -1
                if at != 0:
                    leads[str(first + j)] = at
        else:
            leads.update((str(first + j), -1) for j in range(len(events)))
        for j, ev in enumerate(events):  # actors here: their names join the string table in this order
            if ev.actor1 is not None or ev.actor2 is not None:
                pair = (ref(ev.actor1.name if ev.actor1 else None),
                        ref(ev.actor2.name if ev.actor2 else None))
                act_rows[first + j] = actors.setdefault(pair, len(actors))

    # The event columns, column by column (a comprehension is several times faster than a loop).
    evs = [e for s in sites for e in s.events]
    sub_col = [subs.setdefault((e.sub_event_type, e.event_type), len(subs)) for e in evs]
    day_col = [-1 if d is None else d - day0 for d in [day_of[e.date] for e in evs]]
    dates = {str(j): e.date for j, e in enumerate(evs)  # not a plain day: keep the text
             if e.date and (day_of[e.date] is None or len(e.date) != 10)}
    prec_col = [10 * e.geo_precision + e.time_precision for e in evs]
    dead_col = [-1 if e.fatalities is None else e.fatalities for e in evs]
    act_col = [act_rows.get(j, 0) for j in range(len(evs))] if act_rows else [0] * len(evs)
    hurt = {str(j): e.injuries for j, e in enumerate(evs) if e.injuries is not None}
    sources = {str(j): len(e.sources) for j, e in enumerate(evs) if len(e.sources) > 1}

    prefixes: dict[str, int] = {}
    art_cols: dict[str, list] = {"title": [], "date": [], "pre": [], "href": []}
    art_cols["title"] = [art.title or art.id for art in articles]
    art_cols["date"] = [ref(art.published) for art in articles]
    for href in [article_href(art, links_base) for art in articles]:
        if href is None:
            art_cols["pre"].append(-1)
            art_cols["href"].append("")
        else:
            cut = href.rfind("/") + 1
            art_cols["pre"].append(prefixes.setdefault(href[:cut], len(prefixes)))
            art_cols["href"].append(href[cut:])

    doc = {
        "v": 3,
        "levels": [{"name": lv, "colour": LEVELS[lv][0], "label": LEVELS[lv][1], "show": lv != "mention"}
                   for lv in present],
        "subs": [[sub, typ, level_idx[event_level(typ)]] for (sub, typ) in subs],
        "day0": day0,
        "site": {"lat": pack_ints(lat), "lon": pack_ints(lon), "name": names, "meta": pack_ints(meta),
                 "ne": pack_ints(n_events), "nx": pack_ints(n_excerpts), "nm": mentions},
        "metas": list(metas),
        "ev": {"sub": pack_ints(sub_col), "day": pack_ints(day_col), "prec": pack_ints(prec_col),
               "dead": pack_ints(dead_col), "act": pack_ints(act_col),
               "date": dates, "hurt": hurt, "src": sources, "lead": leads},
        "actors": list(actors),
        "ex": {"text": ex_text, "art": pack_ints(ex_art), "mark": _pack_spans(ex_mark)},
        "art": {"title": art_cols["title"], "date": pack_ints(art_cols["date"]),
                "pre": pack_ints(art_cols["pre"]), "href": art_cols["href"]},
        "prefixes": list(prefixes),
        "str": strings.table,
        "view": _view(places, lats, lons, n_events),
    }
    if datasets and len(datasets) > 1:
        doc["sets"] = list(datasets)
        doc["site"]["set"] = [s.layer for s in sites]
    return doc
