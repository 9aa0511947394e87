"""Maps from event files, without re-analysis: mapper's own exports and ACLED's CSVs, side by side.

    from mapper.mapview.events_file import EventFilter, map_event_files, read_events
    layer = read_events("ours.jsonl")                     # an EventLayer: incidents, articles, problems
    summary = map_event_files(["ours.jsonl", "acled.csv"], "output/compare.html",
                              where=EventFilter(since=date(2024, 1, 1), countries=("Sudan",)))

What a file holds is decided by its content, and by its extension where the content cannot say:

- mapper's JSONL (``mapper extract``): one record per article with its ``events`` (and no ``text``,
  which an article input has). Reports that name one incident (``event_id``) become that incident,
  merged as the run merged them (:func:`mapper.events.merge.join_reports`);
- mapper's GeoJSON (``.geojson``; ``--schema events`` or ``acled``) and GeoParquet (``.parquet``):
  one feature, one row, per incident;
- CSV with ACLED's columns (``event_id_cnty``, ``event_date``, ``event_type``, ``sub_event_type``,
  ``actor1``, ``actor2``, ``country``, ``admin1``, ``location``, ``latitude``, ``longitude``,
  ``geo_precision``, ``fatalities``, ``notes``, ``source``, ...: ACLED's own exports and mapper's
  ``--schema acled``), or mapper's ``--schema events`` CSV.

Each file is one :class:`EventLayer`, and on the map one layer of its own (its markers in a shape of
their own), so mapper's events and ACLED's are compared at a glance. A row or record that cannot be
used is one :class:`~mapper.model.InputProblem` ("FILE:row N: reason") and the others are kept. Every
text a file holds (notes, locations, actors, sources, file names) is data: it reaches the page only as
JSON that mapper.js puts into the page with ``textContent`` (see :mod:`mapper.mapview.html`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper.errors import InputError, NothingRead, UsageError
from mapper.events.dates import parse_date
from mapper.events.merge import join_reports
from mapper.gazetteer.names import normalize
from mapper.io import decoding
from mapper.io.formats import CsvRow, csv_names, csv_table
from mapper.mapview.sites import MapSite, event_level, place_key
from mapper.model import (
    KINDS,
    Actor,
    Article,
    Event,
    Excerpt,
    Incident,
    InputProblem,
    Place,
    RunSummary,
    Source,
)

if TYPE_CHECKING:
    from mapper.doc import Doc
    from mapper.gazetteer import Gazetteer

EVENT_FILE_KINDS = ("jsonl", "geojson", "parquet", "csv")
# Columns that make a CSV (or a GeoJSON feature's properties) a table of events: ACLED's names, or
# mapper's events export.
ACLED_NEEDS = frozenset({"event_type", "latitude", "longitude"})
MAPPER_NEEDS = frozenset({"event_type", "lat", "lon"})
# mapper's CSV export prefixes a cell that a spreadsheet would take for a formula with "'"; reading
# its own CSV back, that quote goes again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a map of event files shows. Every given test must pass: ``since``/``until`` (the
    event's date within them, inclusive: an undated event never passes), ``countries`` (the country's
    name or ISO code, any case), ``types`` (the event type or sub-event type, any case) and ``actors``
    (text found in actor1 or actor2, any case). An empty tuple tests nothing."""

    since: dt.date | None = None
    until: dt.date | None = None
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")

    def __call__(self, inc: Incident) -> bool:
        if self.since or self.until:
            day = _day(inc.date)
            if day is None or (self.since and day < self.since) or (self.until and day > self.until):
                return False
        if self.countries:
            here = {inc.location.country.casefold(), inc.location.country_code.casefold()} - {""}
            if not here & {c.casefold() for c in self.countries}:
                return False
        if self.types and not {inc.event_type.casefold(), inc.sub_event_type.casefold()} & {
                t.casefold() for t in self.types}:
            return False
        if self.actors:
            names = " \n ".join(a.name.casefold() for a in (inc.actor1, inc.actor2) if a is not None)
            if not any(a.casefold() in names for a in self.actors):
                return False
        return True


def _day(date: str | None) -> dt.date | None:
    """The first day of an ISO date, month or year ("2024-05", "2024"), or None."""
    if not date:
        return None
    parts = date[:10].split("-")
    try:
        numbers = [int(x) for x in parts[:3]] + [1, 1]
        return dt.date(numbers[0], numbers[1], numbers[2])
    except (ValueError, IndexError):
        return None


@dataclass(slots=True)
class EventLayer:
    """The events of one file: its incidents (in file order), the articles (or ACLED rows) their
    excerpts come from, what could not be read, and how many incidents the filter left out."""

    name: str  # the file as given: the layer's name on the map
    kind: str  # one of EVENT_FILE_KINDS
    incidents: list[Incident] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)  # by id: titles, links, dates
    problems: list[InputProblem] = field(default_factory=list)
    filtered: int = 0


@dataclass(slots=True)
class EventMapSummary:
    """What a map of event files read: per file, its events shown, left out by the filter, and
    problems (each one line)."""

    layers: list[EventLayer] = field(default_factory=list)
    run: RunSummary | None = None  # on a map of articles too: their analysis (its problems are its own)

    @property
    def problems(self) -> list[InputProblem]:
        return [p for layer in self.layers for p in layer.problems]

    @property
    def ok(self) -> bool:
        return not self.problems and (self.run is None or self.run.ok)

    def lines(self) -> list[str]:
        out = [] if self.run is None else self.run.lines()
        out += [f"{layer.name}: {len(layer.incidents)} event{'s' if len(layer.incidents) != 1 else ''} "
                f"({layer.kind}), {layer.filtered} left out by the filters, "
                f"{len(layer.problems)} problem{'s' if len(layer.problems) != 1 else ''}"
                for layer in self.layers]
        return out + [f"skipped {p}" for p in self.problems]


# ---------------------------------------------------------------------------------------------- detect


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(decoding.HEAD_BYTES)


def _first_line(path: Path) -> str:
    """The first non-blank line of a text file (at most one article's size), decoded leniently."""
    with path.open("rb") as f:
        head = f.read(decoding.HEAD_BYTES)
        enc = decoding.choose_encoding(head, complete=len(head) < decoding.HEAD_BYTES)
        for _n, line in decoding.text_lines(head, f, enc):
            text = line.text if isinstance(line, decoding.BadLine) else line
            if text is None:
                return ""
            if text.strip():
                return text
    return ""


def event_file_kind(path: str | os.PathLike[str]) -> str | None:
    """What event file ``path`` is ("jsonl", "geojson", "parquet" or "csv": see the module's
    docstring), or None for anything else (articles, a directory, stdin, a missing file: the article
    readers say what is wrong with those)."""
    p = Path(path)
    if str(path) == "-" or not p.is_file():
        return None
    suffix = p.suffix.lower()
    if suffix in (".parquet", ".geoparquet"):
        return "parquet"
    if suffix == ".geojson":
        return "geojson"
    try:
        head = _head(p)
        if suffix == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            if suffix == ".json" and b'"FeatureCollection"' in head:
                return "geojson"
            line = _first_line(p)
            try:
                record = json.loads(line)
            except ValueError:
                return None
            if isinstance(record, dict) and record.get("type") == "FeatureCollection":
                return "geojson"
            if isinstance(record, dict) and "events" in record and "text" not in record:
                return "jsonl"
            return None
        if suffix in (".csv", ""):
            import csv

            header = next(csv.reader([_first_line(p)]), [])
            names = set(csv_names(header))
            if "text" not in names and (ACLED_NEEDS <= names or MAPPER_NEEDS <= names):
                return "csv"
    except (OSError, InputError, ValueError):
        return None
    return None


# ---------------------------------------------------------------------------------------------- rows


class _BadRow(ValueError):
    """Internal: why one row or record cannot be used."""


def _text(row: Mapping[str, Any], *names: str) -> str:
    """The first of ``names`` that the row fills, as stripped text ("" when none)."""
    for name in names:
        value = row.get(name)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        text = str(value).strip()
        if text:
            return text
    return ""


def _kind(row: Mapping[str, Any]) -> str:
    """A mention's place kind, when it is one of mapper's (anything else is left out)."""
    kind = _text(row, "kind")
    return kind if kind in KINDS else ""


def _number(row: Mapping[str, Any], name: str, *, low: float, high: float) -> float:
    value = row.get(name)
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _BadRow(f"{name} {_shown(value)} is not a number") from None
    if not (math.isfinite(x) and low <= x <= high):
        raise _BadRow(f"{name} {_shown(value)} is not between {low:g} and {high:g}")
    return x


def _count(row: Mapping[str, Any], name: str, default: int | None = None, *, low: int = 0,
           high: int = 10**9) -> int | None:
    text = _text(row, name)
    if not text:
        return default
    try:
        n = int(float(text))
    except (ValueError, OverflowError):
        raise _BadRow(f"{name} {_shown(text)} is not a whole number") from None
    if not low <= n <= high:
        raise _BadRow(f"{name} {n} is not between {low} and {high}")
    return n


def _shown(value: object) -> str:
    text = repr(value if not isinstance(value, str) else value[:40] + ("…" if len(value) > 40 else ""))
    return "(empty)" if value in (None, "") else text


def _date(row: Mapping[str, Any], *names: str) -> str | None:
    """The row's date as ISO text, or None when it has none; a date that cannot be read is a bad row."""
    text = _text(row, *names)
    if not text:
        return None
    day = parse_date(text)
    if day is None:
        raise _BadRow(f"{names[0]} {_shown(text)} is not a date")
    return day.isoformat()


def _actor(name: str, country: str = "") -> Actor | None:
    return Actor(name, country) if name else None


def _uncell(value: str) -> str:
    """A text cell of mapper's CSV export as it was before the export guarded it against formulas."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_STARTS) else value


def _acled_incident(row: Mapping[str, Any], row_id: str) -> tuple[Incident, Article]:
    """One ACLED row (ACLED's columns, or mapper's --schema acled) as an incident and its "article"
    (the row itself: its notes are the excerpt, its sources the title)."""
    lat = _number(row, "latitude", low=-90, high=90)
    lon = _number(row, "longitude", low=-180, high=180)
    event_type = _text(row, "event_type")
    if not event_type:
        raise _BadRow("event_type is empty")
    ident = _text(row, "event_id_cnty", "event_id_no_cnty", "data_id") or row_id
    date = _date(row, "event_date")
    country, admin1 = _text(row, "country"), _text(row, "admin1")
    name = _text(row, "location", "admin3", "admin2", "admin1", "country") or f"{lat:.4f}, {lon:.4f}"
    place = Place(name, lat, lon, _text(row, "iso3166_2", "country_code"), "", country=country,
                  admin1_name=admin1)
    notes, source = _text(row, "notes"), _text(row, "source")
    article = Article(ident, "", title=source or ident, published=date)
    event = Event(event_type, _text(row, "sub_event_type") or event_type, place, date=date,
                  time_precision=_count(row, "time_precision", 1, low=1, high=3) or 1,
                  geo_precision=_count(row, "geo_precision", 1, low=1, high=3) or 1,
                  actor1=_actor(_text(row, "actor1")), actor2=_actor(_text(row, "actor2")),
                  fatalities=_count(row, "fatalities"),
                  excerpts=[Excerpt(ident, " ".join(notes.split()), 0, len(notes))] if notes else [],
                  sources=[Source(ident, source or None, None, date)], id=ident)
    return Incident.of(event, (ident,)), article


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("; ")] if text else []


def _mapper_incident(row: Mapping[str, Any], row_id: str) -> tuple[Incident, list[Article]]:
    """One row of mapper's --schema events export (GeoJSON, GeoParquet or CSV) as an incident and the
    articles its sources name."""
    lat = _number(row, "lat", low=-90, high=90)
    lon = _number(row, "lon", low=-180, high=180)
    event_type = _text(row, "event_type")
    if not event_type:
        raise _BadRow("event_type is empty")
    ident = _text(row, "event_id") or row_id
    date = _date(row, "date")
    geonameid = _count(row, "geonameid")
    place = Place(_text(row, "location_name") or f"{lat:.4f}, {lon:.4f}", lat, lon,
                  _text(row, "country_code"), "", geonameid=geonameid, country=_text(row, "country"),
                  admin1_name=_text(row, "admin1"))
    ids, titles, urls = (_split(_text(row, k)) for k in ("article_ids", "titles", "urls"))
    ids = ids or [ident]
    titles = titles if len(titles) == len(ids) else [""] * len(ids)
    urls = urls if len(urls) == len(ids) else [""] * len(ids)
    sources = [Source(a, t or None, u or None, None) for a, t, u in zip(ids, titles, urls, strict=True)]
    excerpt = _text(row, "excerpt")
    confidence = row.get("confidence")
    event = Event(event_type, _text(row, "sub_event_type") or event_type, place, date=date,
                  time_precision=_count(row, "time_precision", 1, low=1, high=3) or 1,
                  geo_precision=_count(row, "geo_precision", 1, low=1, high=3) or 1,
                  role=_text(row, "location_role") or "event_site",
                  actor1=_actor(_text(row, "actor1"), _text(row, "actor1_country")),
                  actor2=_actor(_text(row, "actor2"), _text(row, "actor2_country")),
                  fatalities=_count(row, "fatalities"), injuries=_count(row, "injuries"),
                  excerpts=[Excerpt(ids[0], excerpt, 0, len(excerpt))] if excerpt else [],
                  sources=sources, id=ident,
                  confidence=float(confidence) if isinstance(confidence, (int, float)) and
                  math.isfinite(confidence) else 0.0)
    articles = [Article(s.article_id, "", title=s.title, url=s.url) for s in sources]
    return Incident.of(event, (ident,)), articles


def _table_row(layer: EventLayer, row: Mapping[str, Any], where: str, row_id: str, acled: bool) -> None:
    """Add one table row (CSV, GeoJSON feature, GeoParquet row) to ``layer``, or one problem."""
    try:
        if acled:
            inc, article = _acled_incident(row, row_id)
            articles = [article]
        else:
            inc, articles = _mapper_incident(row, row_id)
    except _BadRow as e:
        layer.problems.append(InputProblem(where, str(e)))
        return
    layer.incidents.append(inc)
    for a in articles:
        layer.articles.setdefault(a.id, a)


def _schema(names: Iterable[str], source: str) -> bool:
    """True for ACLED's columns, False for mapper's events export; else a bad file."""
    have = set(names)
    if ACLED_NEEDS <= have:
        return True
    if MAPPER_NEEDS <= have:
        return False
    raise InputError(f"not a table of events: no {', '.join(sorted(ACLED_NEEDS))} columns (ACLED's) nor "
                     f"{', '.join(sorted(MAPPER_NEEDS))} (mapper's)", source)


# ---------------------------------------------------------------------------------------------- readers


def _lines(path: Path) -> Iterator[tuple[int, str | decoding.BadLine]]:
    with path.open("rb") as f:
        head = f.read(decoding.HEAD_BYTES)
        enc = decoding.choose_encoding(head, complete=len(head) < decoding.HEAD_BYTES)
        yield from decoding.text_lines(head, f, enc)


def _read_csv(path: Path, layer: EventLayer) -> None:
    source = layer.name
    names: list[str] = []
    acled = True
    for item in csv_table(_lines(path), source=source, empty="empty file"):
        if isinstance(item, InputProblem):
            layer.problems.append(item)
        elif isinstance(item, list):
            names = csv_names(item)
            acled = _schema(names, source)
        else:
            row = _csv_record(names, item)
            _table_row(layer, row, item.where, f"{source}:{item.row}", acled)


def _csv_record(names: list[str], item: CsvRow) -> dict[str, str]:
    cells = item.cells
    return {name: _uncell(cells[i]) if i < len(cells) else "" for i, name in enumerate(names)}


def _read_geojson(path: Path, layer: EventLayer) -> None:
    source = layer.name
    try:
        doc = json.loads(decoding.decode_text(path.read_bytes()))
    except ValueError as e:  # InputError and JSON's errors
        raise InputError(f"not GeoJSON: {e}", source) from None
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(features, list):
        raise InputError("not a GeoJSON FeatureCollection", source)
    acled: bool | None = None
    for n, feature in enumerate(features, start=1):
        where = f"{source}:feature {n}"
        props = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(props, dict):
            layer.problems.append(InputProblem(where, "a feature without properties"))
            continue
        if acled is None:
            acled = _schema(props, source)
        _table_row(layer, props, where, f"{source}:{n}", acled)


def _read_parquet(path: Path, layer: EventLayer) -> None:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading GeoParquet needs pyarrow (pip install pyarrow)", layer.name) from None
    try:
        table = pq.read_table(path)
    except (OSError, ValueError) as e:  # pyarrow's errors derive from these
        raise InputError(f"not a Parquet file: {e}", layer.name) from None
    columns = [c for c in table.column_names if c != "geometry"]
    acled = _schema(columns, layer.name)
    for n, row in enumerate(table.select(columns).to_pylist(), start=1):
        _table_row(layer, row, f"{layer.name}:row {n}", f"{layer.name}:{n}", acled)


def _report_event(ev: Mapping[str, Any], record: Mapping[str, Any],
                  places: Mapping[tuple, tuple[str, str]]) -> tuple[str, Event]:
    """One event of a JSONL record (an article's report) as an Event, and the incident it joined;
    ``places`` gives the country and kind of the record's mentioned places (a province's event is
    "somewhere in" it on the map, a town's "near" it)."""
    lat = _number(ev, "lat", low=-90, high=90)
    lon = _number(ev, "lon", low=-180, high=180)
    event_type = _text(ev, "event_type")
    if not event_type:
        raise _BadRow("event_type is empty")
    name = _text(ev, "location_name") or f"{lat:.4f}, {lon:.4f}"
    country, kind = places.get((name, lat, lon), ("", ""))
    place = Place(name, lat, lon, _text(ev, "country_code"), kind, geonameid=_count(ev, "geonameid"),
                  country=country)
    art = _text(record, "id")
    excerpts = [Excerpt(_text(x, "article_id") or art, _text(x, "text"), 0, 0)
                for x in ev.get("excerpts") or [] if isinstance(x, dict) and _text(x, "text")]
    sources = [Source(_text(s, "article_id") or art, _text(s, "title") or None, _text(s, "url") or None,
                      _text(s, "published") or None) for s in ev.get("sources") or [] if isinstance(s, dict)]
    if not excerpts and _text(ev, "excerpt"):
        excerpts = [Excerpt(art, _text(ev, "excerpt"), 0, 0)]
    event = Event(event_type, _text(ev, "sub_event_type") or event_type, place, date=_date(ev, "date"),
                  time_precision=_count(ev, "time_precision", 1, low=1, high=3) or 1,
                  geo_precision=_count(ev, "geo_precision", 1, low=1, high=3) or 1,
                  role=_text(ev, "location_role") or "event_site",
                  actor1=_actor(_text(ev, "actor1"), _text(ev, "actor1_country")),
                  actor2=_actor(_text(ev, "actor2"), _text(ev, "actor2_country")),
                  fatalities=_count(ev, "fatalities"), injuries=_count(ev, "injuries"),
                  excerpts=excerpts, sources=sources or [Source(art, _text(record, "title") or None,
                                                                _text(record, "url") or None,
                                                                _text(record, "published") or None)])
    return _text(ev, "event_id"), event


def _read_jsonl(path: Path, layer: EventLayer) -> None:
    source = layer.name
    reports: dict[str, list[Event]] = {}  # incident id -> its reports, in file order
    for lineno, line in _lines(path):
        where = f"{source}:line {lineno}"
        if isinstance(line, decoding.BadLine):
            layer.problems.append(InputProblem(where, line.reason))
            if line.fatal:
                break
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as e:
            layer.problems.append(InputProblem(where, f"not JSON ({e})"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("events", []), list):
            layer.problems.append(InputProblem(
                where, "not a record of mapper's JSONL export (no events list)"))
            continue
        art = _text(record, "id") or f"{source}:{lineno}"
        layer.articles.setdefault(art, Article(art, "", title=_text(record, "title") or None,
                                               url=_text(record, "url") or None,
                                               published=_text(record, "published") or None))
        places = {(_text(m, "name"), m.get("lat"), m.get("lon")): (_text(m, "country"), _kind(m))
                  for m in record.get("mentions") or [] if isinstance(m, dict)}
        for n, ev in enumerate(record.get("events") or [], start=1):
            try:
                if not isinstance(ev, dict):
                    raise _BadRow("not an object")
                incident, event = _report_event(ev, record, places)
            except _BadRow as e:
                layer.problems.append(InputProblem(f"{where}: event {n}", str(e)))
                continue
            reports.setdefault(incident or f"{art}#{n}", []).append(event)
    layer.incidents.extend(join_reports(events, ident) for ident, events in reports.items())


_READERS: dict[str, Callable[[Path, EventLayer], None]] = {
    "jsonl": _read_jsonl, "geojson": _read_geojson, "parquet": _read_parquet, "csv": _read_csv}


def read_events(path: str | os.PathLike[str], *, kind: str | None = None,
                where: Callable[[Incident], bool] | None = None) -> EventLayer:
    """The events of one event file (``kind``: one of EVENT_FILE_KINDS, default: detected), those
    ``where`` accepts (an :class:`EventFilter`). Never raises for bad content: a file that cannot be
    read at all is one problem, a bad row or record one problem each, and the rest is kept."""
    p = Path(path)
    name = os.fspath(path)
    kind = kind or event_file_kind(p)
    layer = EventLayer(name, kind or "unknown")
    if kind not in _READERS:
        layer.problems.append(InputProblem(name, "not an event file mapper can read (mapper's JSONL, GeoJSON "
                                                 "or GeoParquet export, or a CSV with ACLED's columns)"))
        return layer
    try:
        _READERS[kind](p, layer)
    except InputError as e:
        layer.problems.append(InputProblem(name, e.reason))
    except OSError as e:
        layer.problems.append(InputProblem(name, f"cannot read: {e.strerror or e}"))
    if where is not None:
        kept = [inc for inc in layer.incidents if where(inc)]
        layer.filtered = len(layer.incidents) - len(kept)
        layer.incidents = kept
    if not layer.problems and not layer.incidents and not layer.filtered:
        layer.problems.append(InputProblem(name, "no events in the file"))
    return layer


# ---------------------------------------------------------------------------------------------- the map


def _marks(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` occurs in ``text`` (the place's name, highlighted): str.find, linear."""
    out: list[tuple[int, int]] = []
    if not name:
        return out
    at = text.find(name)
    while at >= 0 and len(out) < 20:
        out.append((at, at + len(name)))
        at = text.find(name, at + len(name))
    return out


def layer_sites(layers: Sequence[EventLayer]) -> list[MapSite]:
    """One MapSite per dataset and place (datasets never share a marker: ``MapSite.layer`` says
    whose it is), each incident once, with its excerpts grouped by the article (or ACLED row) they
    come from. The map's one input, as :func:`mapper.mapview.collect_sites` is for documents."""
    from mapper.mapview.sites import _Item

    sites: dict[tuple[int, Any], MapSite] = {}
    numbers: dict[tuple[int, str], int] = {}  # (layer, article id) -> article index on this map
    for n, layer in enumerate(layers):
        for inc in layer.incidents:
            key = (n, place_key(inc.location))
            site = sites.get(key)
            if site is None:
                site = sites[key] = MapSite(inc.location, layer=n)
            site.events.append(inc)
            site.raise_level(event_level(inc.event_type))
            lead = None
            for x in inc.excerpts:
                art = layer.articles.get(x.article_id) or Article(x.article_id, "")
                i = numbers.setdefault((n, art.id), len(numbers))
                _article, items = site.groups.setdefault(i, (art, {}))
                if x.text not in items:
                    items[x.text] = _Item(len(items), x.text, _marks(x.text, inc.location.name))
                lead = lead or (i, x.text)
            site.leads.append(lead)
    return list(sites.values())


def read_layers(paths: Sequence[str | os.PathLike[str]], summary: EventMapSummary, *,
                where: Callable[[Incident], bool] | None = None,
                on_problem: Callable[[InputProblem], None] | None = None) -> None:
    """Read each event file into a layer of ``summary``, passing its problems to ``on_problem``."""
    for path in paths:
        layer = read_events(path, where=where)
        summary.layers.append(layer)
        for p in layer.problems:
            if on_problem:
                on_problem(p)


def articles_layer_name(inputs: Sequence[str]) -> str:
    """The name of the layer of mapper's events from article ``inputs`` (as given) on a map of event
    files too."""
    named = inputs[0] if len(inputs) == 1 else f"{inputs[0]} and {len(inputs) - 1} more"
    return f"mapper's events from {named}"


def map_articles_and_event_files(docs: Sequence[Doc], incidents: Sequence[Incident], run: RunSummary,
                                 article_inputs: Sequence[str], paths: Sequence[str | os.PathLike[str]],
                                 output: str | os.PathLike[str] = "output/map.html", *,
                                 where: Callable[[Incident], bool] | None = None,
                                 gazetteer: Gazetteer | None = None, title: str | None = None,
                                 on_problem: Callable[[InputProblem], None] | None = None,
                                 **options: Any) -> EventMapSummary:
    """One map of mapper's events from analysed articles (``docs`` and their ``incidents``, the run
    ``run`` summarises) as its first layer, and of each event file as a layer of its own; ``where``
    chooses the events of both. ``options`` are :func:`map_event_files`'s (offline, tiles, embed...).
    Returns the summary of both: the run's, then a line per layer. Raises NothingRead when neither an
    article nor an event file could be read."""
    from mapper.mapview import check_tiles, collect_sites

    check_tiles(options.get("tiles"))
    summary = EventMapSummary(run=run)
    shown = [inc for inc in incidents if where(inc)] if where is not None else list(incidents)
    summary.layers.append(EventLayer(articles_layer_name(article_inputs), "articles", incidents=shown,
                                     filtered=len(incidents) - len(shown)))
    read_layers(paths, summary, where=where, on_problem=on_problem)
    if not docs and not any(layer.incidents or layer.filtered for layer in summary.layers[1:]):
        raise NothingRead(os.fspath(output), summary, what="article or event")
    sites = collect_sites(docs, shown)  # the articles' sites: layer 0
    files = layer_sites(summary.layers[1:])
    for site in files:
        site.layer += 1
    if title is None:
        articles = f"{run.articles} article{'s' if run.articles != 1 else ''}"
        title = "mapper — " + " and ".join([articles] + [Path(os.fspath(p)).name for p in paths])
    _draw(sites + files, [layer.name for layer in summary.layers], output, title=title, gazetteer=gazetteer,
          **options)
    return summary


def _known_kinds(sites: list[MapSite], gazetteer: Gazetteer) -> None:
    """Give the sites of an event file's table (which has no column for it) their place's kind, when
    its GeoNames id is the gazetteer's place at that point, or (an ACLED table has no id) when the
    gazetteer's places of that name at that point are all of one kind: a province's approximate event
    is then "somewhere in" it on the map, a town's "near" it. The point tells a province from its
    namesake capital (Idlib the governorate, Idlib the city); a district at its seat's point is the town."""
    for site in sites:
        p = site.place
        if p.kind:
            continue
        if p.geonameid:
            known = gazetteer.by_geonameid(p.geonameid)
            if known is not None and _at(known.lat, known.lon, p):
                site.place = replace(p, kind=known.kind)
            continue
        kinds = {r.kind for r in (gazetteer.row(o.row) for o in gazetteer.options(normalize(p.name)))
                 if _at(r.lat, r.lon, p)}
        if kinds == {"admin2", "city"}:  # a district placed at its seat (build_places.py): the town
            kinds = {"city"}
        if len(kinds) > 1 and kinds <= _AREAS:  # a province and its namesake district share a point
            kinds = {"admin1" if "admin1" in kinds and normalize(p.admin1_name) == normalize(p.name) else
                     max(kinds, key=_RANK.__getitem__)}  # else the finest
        if len(kinds) == 1:
            site.place = replace(p, kind=kinds.pop())


_RANK = {kind: n for n, kind in enumerate(KINDS)}  # larger areas first
_AREAS = frozenset(k for k in KINDS if _RANK[k] < _RANK["city"])


def _at(lat: float, lon: float, p: Place) -> bool:
    return abs(lat - p.lat) < 0.01 and abs(lon - p.lon) < 0.01


def _draw(sites: list[MapSite], names: list[str], output: str | os.PathLike[str], *, title: str,
          gazetteer: Gazetteer | None = None, offline: bool = False, tiles: str | None = None,
          attribution: str | None = None, cluster: bool | None = None, heatmap: bool = True,
          embed: bool = False, height: str = "600px", png: str | os.PathLike[str] | None = None) -> None:
    """Write the map of ``sites``, one layer per name of ``names`` (see map_event_files)."""
    from mapper.mapview import _embedded_gazetteer, local_labels, map_page, save_map

    gazetteer = gazetteer or _embedded_gazetteer()
    _known_kinds(sites, gazetteer)
    m = map_page(sites, title=title, offline=offline, tiles=tiles, attribution=attribution, cluster=cluster,
                 heatmap=heatmap, links_base=Path(output).parent, labels=local_labels(sites, gazetteer),
                 datasets=names)
    save_map(m, output, embed=embed, height=height)
    if png is not None:
        from mapper.run import picture

        picture(m, output, png, embed=embed, offline=offline)


def map_event_files(paths: Sequence[str | os.PathLike[str]],
                    output: str | os.PathLike[str] = "output/map.html", *,
                    where: Callable[[Incident], bool] | None = None, title: str | None = None,
                    offline: bool = False, tiles: str | None = None, attribution: str | None = None,
                    cluster: bool | None = None, heatmap: bool = True, embed: bool = False,
                    height: str = "600px", png: str | os.PathLike[str] | None = None,
                    on_problem: Callable[[InputProblem], None] | None = None) -> EventMapSummary:
    """Draw event files (see the module's docstring) on one HTML map, one layer per file, without
    analysing anything; ``where`` (an :class:`EventFilter`) chooses the events shown. The other
    options are :func:`mapper.run.make_map`'s. Returns what was read; its problems (passed to
    ``on_problem`` as each file is read) mean some rows or files were skipped. Raises NothingRead when
    no file gave an event (nothing is written then), TilesError for unusable ``tiles``."""
    from mapper.mapview import check_tiles

    check_tiles(tiles)
    summary = EventMapSummary()
    read_layers(paths, summary, where=where, on_problem=on_problem)
    if not any(layer.incidents or layer.filtered for layer in summary.layers):
        raise NothingRead(os.fspath(output), summary, what="event")
    sites = layer_sites(summary.layers)
    names = [layer.name for layer in summary.layers]
    if title is None:
        title = "mapper — " + " and ".join(Path(n).name for n in names)
    _draw(sites, names, output, title=title, offline=offline, tiles=tiles, attribution=attribution,
          cluster=cluster, heatmap=heatmap, embed=embed, height=height, png=png)
    return summary
