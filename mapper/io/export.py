"""Machine-readable outputs: JSON Lines (the contract), GeoJSON, CSV, GeoPackage and GeoParquet.

The input is the run's documents (mapper.doc.Doc) and its incidents (mapper.events.merge). JSONL has
one record per document (see :func:`article_record`) with its mentions (each with its role) and its
own reports of events, each naming the incident it belongs to by ``event_id``. The tabular formats
have one row per incident with every field and all its sources (schema "events"), per incident in
ACLED's columns (schema "acled"), or per resolved mention (schema "mentions"); see
:func:`to_geodataframe`. Without incidents, each event is its own. Every file is written atomically.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from mapper.atomic import atomic_path, atomic_writer
from mapper.doc import Doc
from mapper.errors import ExportError, OutputError
from mapper.events.actors import country_codes, describe
from mapper.events.merge import incident_ids, report_ids, unmerged
from mapper.gazetteer.english import province_in_english
from mapper.model import Event, Incident, Mention, Place

if TYPE_CHECKING:  # geopandas takes half a second to import: only the tabular exports pay for it
    import geopandas as gpd

FORMATS = ("jsonl", "geojson", "csv", "gpkg", "parquet")
# The format an output file's extension names, for runs that do not state one (as GDAL and pandas do).
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".geojson": "geojson", ".csv": "csv",
                   ".gpkg": "gpkg", ".parquet": "parquet", ".geoparquet": "parquet"}


def format_for(output: str | Path | None) -> str:
    """The export format an output path's extension names ("events.csv" -> "csv"), case-insensitively;
    "jsonl" for stdout (None or "-") and for any other extension."""
    if output is None or str(output) == "-":
        return "jsonl"
    return _SUFFIX_FORMATS.get(Path(output).suffix.lower(), "jsonl")
SCHEMAS = ("events", "acled", "mentions")

# Column order of the tabular exports, with the pandas dtype of each (nullable where values may be missing).
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",  # the id JSONL records give the events they report
    "event_type": "string",
    "sub_event_type": "string",
    "political": "boolean",  # True for the non-ACLED types (statement, meeting/talks, diplomatic protest)
    "date": "string",
    "time_precision": "Int64",
    "location_name": "string",
    "lat": "float64",
    "lon": "float64",
    "country_code": "string",
    "country": "string",
    "admin1": "string",
    "geonameid": "Int64",
    "geo_precision": "Int64",
    "location_role": "string",
    "actor1": "string",
    "actor1_country": "string",
    "actor2": "string",
    "actor2_country": "string",
    "fatalities": "Int64",
    "injuries": "Int64",
    "excerpt": "string",
    "confidence": "float64",
    "sources": "Int64",
    "article_ids": "string",
    "titles": "string",
    "urls": "string",
    # ACLED's fields, after the columns above (whose order users and tests rely on).
    "event_id_cnty": "string",  # ACLED-style id: the country's ISO alpha-3 code and a running number
    "year": "Int64",
    "iso": "Int64",  # ISO 3166 numeric code of the country
    "admin2": "string",
    "admin3": "string",
    "location": "string",  # the place as the article names it, in English
    "inter1": "Int64",
    "inter2": "Int64",
}
# ACLED's own column names, in ACLED's order, so rows drop into ACLED workflows.
ACLED_COLUMNS: dict[str, str] = {
    "event_date": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "actor1": "string",
    "actor2": "string",
    "country": "string",
    "admin1": "string",
    "location": "string",
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": "Int64",
    "source": "string",
    "notes": "string",
    "fatalities": "Int64",
    # ACLED's further columns, after the ones above (whose order users and tests rely on).
    "event_id_cnty": "string",
    "year": "Int64",
    "time_precision": "Int64",
    "inter1": "Int64",
    "inter2": "Int64",
    "iso": "Int64",
    "admin2": "string",
    "admin3": "string",
}
COLUMNS: dict[str, str] = {
    "article_id": "string",
    "title": "string",
    "url": "string",
    "published": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "name": "string",
    "lat": "float64",
    "lon": "float64",
    "country_code": "string",
    "geonameid": "Int64",
    "kind": "string",
    "confidence": "float64",
    "excerpt": "string",
    "role": "string",
}
GPKG_LAYERS = {"events": "events", "acled": "events", "mentions": "mentions"}


def _mention_fields(text: str, m: Mention, p: Place) -> dict[str, Any]:
    """The contract's per-mention fields, shared by the JSONL records and the tabular rows."""
    return {
        "start": m.start,
        "end": m.end,
        "text": text[m.start:m.end],
        "name": p.name,
        "lat": p.lat,
        "lon": p.lon,
        "country_code": p.country_code,
        "geonameid": p.geonameid,
        "kind": p.kind,
        "confidence": m.confidence,
    }


def english_location(ev: Event | Incident) -> str:
    """The event's place as the article names it ("Deir ez-Zor", "Turmus Ayya"): the first placing
    mention written in Latin letters, not a demonym, not in capitals (a dateline), without a
    possessive; else the gazetteer's name. News in English writes the common English form, where
    the gazetteer may hold a transliteration ("Dayr az Zawr") or a local spelling ("Turmus‘ayyā")."""
    for m in getattr(ev, "mentions", ()):  # an Incident keeps no mentions: see english_names
        text = m.text.removesuffix("'s").removesuffix("’s").strip()
        if m.demonym or not text or text.isupper() or m.place is None or m.place != ev.location:
            continue
        if all(c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text):
            return text
    if ev.location.kind == "admin1":  # a province the article names in no Latin letters: its English name
        return province_in_english(ev.location.admin1) or ev.location.name
    return ev.location.name


class CountryNumbers:
    """ACLED-style ``event_id_cnty`` values: the ISO alpha-3 code of the event's country and a running
    number per country in output order ("SYR1", "SYR2", "UKR1"), one per incident (every report of an
    incident gets its number). A place with no country (a sea) is numbered under "XXX"."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}
        self._given: dict[str, str] = {}

    def __call__(self, event_id: str | None, country_code: str) -> str:
        """The number of an incident (``event_id``; none: an event of its own, always a new number)."""
        given = self._given.get(event_id) if event_id else None
        if given is None:
            code = country_codes(country_code)[0] if country_code else "XXX"
            n = self._next[code] = self._next.get(code, 0) + 1
            given = f"{code}{n}"
            if event_id:
                self._given[event_id] = given
        return given

    def forget(self, event_id: str) -> None:
        """An incident that no later report can join (closed by a streamed run's merge window)."""
        self._given.pop(event_id, None)


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def english_names(docs: Iterable[Doc]) -> dict[str, str]:
    """Event id -> the English name of its place (:func:`english_location`), for the incidents the
    events joined (an incident keeps the id of its first report)."""
    return {ev.id: english_location(ev) for doc in docs for ev in doc.events if ev.id}


def acled_fields(ev: Event | Incident, location: str | None = None) -> dict[str, Any]:
    """ACLED's further fields of an event: year, iso, admin1-3, English location (``location``, when
    the caller knows it better), inter codes and ACLED's actor names (``actor1_acled``,
    ``actor2_acled``; see mapper/events/actors.describe)."""
    p = ev.location
    year = _year(ev.date)
    name1, inter1 = describe(ev.actor1, year)
    name2, inter2 = describe(ev.actor2, year)
    return {
        "year": year,
        "iso": country_codes(p.country_code)[1] if p.country_code else None,
        "admin1": province_in_english(p.admin1) or p.admin1_name or None,  # "Deir ez-Zor", not "Dayr az Zawr"
        # The gazetteer knows a place's admin1 only: admin2 is the place itself when it is one.
        "admin2": p.name if p.kind == "admin2" else None,
        "admin3": None,
        "location": location or english_location(ev),
        "actor1_acled": name1 or None,
        "actor2_acled": name2 or None,
        "inter1": inter1,
        "inter2": inter2,
    }


def event_record(ev: Event | Incident, article_id: str | None = None, event_id: str | None = None,
                 event_id_cnty: str | None = None, location: str | None = None) -> dict[str, Any]:
    """The JSON form of an event (one article's report, with ``article_id``: only that article's
    excerpts and source are listed) or of an incident (all of them). ``event_id`` is the incident a
    report joined (default: its own id)."""
    if article_id is None:
        excerpts, sources = ev.excerpts, ev.sources
    else:
        excerpts = [x for x in ev.excerpts if x.article_id == article_id]
        sources = [x for x in ev.sources if x.article_id == article_id]
    excerpt = excerpts[0] if excerpts else None
    p = ev.location
    return {
        "event_id": event_id or ev.id or None,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "political": ev.political,
        "date": ev.date,
        "time_precision": ev.time_precision,
        "location_name": p.name,
        "lat": p.lat,
        "lon": p.lon,
        "country_code": p.country_code,
        "geonameid": p.geonameid,
        "geo_precision": ev.geo_precision,
        "location_role": ev.role,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "actor1_country": ev.actor1.country_code or None if ev.actor1 else None,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "actor2_country": ev.actor2.country_code or None if ev.actor2 else None,
        "fatalities": ev.fatalities,
        "injuries": ev.injuries,
        "excerpt": excerpt.text if excerpt else "",
        "excerpt_start": excerpt.start if excerpt else None,
        "excerpt_end": excerpt.end if excerpt else None,
        "confidence": ev.confidence,
        "sources": [{"article_id": s.article_id, "title": s.title, "url": s.url, "published": s.published}
                    for s in sources],
        "excerpts": [{"article_id": x.article_id, "text": x.text, "start": x.start, "end": x.end}
                     for x in excerpts],
        "event_id_cnty": event_id_cnty,
        **acled_fields(ev, location),
    }


def article_record(doc: Doc, event_ids: Sequence[str] | None = None) -> dict[str, Any]:
    """The JSONL record of one document: its article's metadata, resolved mentions (with their roles)
    and events.

    The events are the article's own reports (what it says, with its own excerpts and source), each
    with the ``event_id`` of the incident it joined (``event_ids``, one per event, as
    ``Merger.add(doc)`` returns them; default: each event's own id): records that report one incident
    share that id, and no record repeats another article's text, so the output grows linearly however
    many articles report one incident. A record depends on nothing after its article, so it can be
    written as soon as the article is analysed and merged. Its events' ``event_id_cnty`` are numbered
    within the article (:func:`write_jsonl` numbers them across the run).
    """
    art = doc.article
    mentions = []
    for m, role in zip(doc.mentions, doc.role_names, strict=True):
        p = m.place
        if p is None:
            continue
        mentions.append(_mention_fields(art.text, m, p) | {"demonym": m.demonym, "country": p.country,
                                                           "role": role})
    ids: Sequence[str | None] = event_ids if event_ids is not None else [None] * len(doc.events)
    numbers = CountryNumbers()
    return {
        "id": art.id,
        "title": art.title,
        "url": art.url,
        "published": art.published,
        "mentions": mentions,
        "events": [event_record(ev, art.id, eid, numbers(eid or ev.id, ev.location.country_code))
                   for ev, eid in zip(doc.events, ids, strict=True)],
    }


# Characters that end a line for some readers (Python's str.splitlines among them) but that JSON
# leaves raw: escaped, so that one record is always one line.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def write_jsonl(docs: Iterable[Doc], out: TextIO, incidents: Iterable[Incident] | None = None) -> int:
    """Write one JSON record per document to ``out``; return the number of records. With the run's
    ``incidents``, each event names the incident it joined."""
    joined = incident_ids(incidents) if incidents is not None else None
    numbers = CountryNumbers()
    n = 0
    for doc in docs:
        ids = None if joined is None else [joined.get(r, r) for r in report_ids(doc)]
        write_record(doc, ids, out, numbers)
        n += 1
    return n


def write_record(doc: Doc, event_ids: Sequence[str] | None, out: TextIO,
                 numbers: CountryNumbers | None = None) -> None:
    """Write the JSONL record of one document (see :func:`article_record`), one line; ``numbers``
    gives its events their ``event_id_cnty``, numbered across the run, one number per incident."""
    record = article_record(doc, event_ids)
    if numbers is not None:
        for ev in record["events"]:
            ev["event_id_cnty"] = numbers(ev["event_id"], ev["country_code"] or "")
    out.write(json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS) + "\n")


def _event_row(ev: Incident, event_id_cnty: str | None = None, location: str | None = None) -> dict[str, Any]:
    rec = event_record(ev, event_id_cnty=event_id_cnty, location=location)
    p = ev.location
    return {k: rec.get(k) for k in EVENT_COLUMNS} | {
        "country": p.country or p.country_code,
        "sources": len(ev.sources),
        "article_ids": "; ".join(s.article_id for s in ev.sources),
        "titles": "; ".join(s.title or "" for s in ev.sources),
        "urls": "; ".join(s.url or "" for s in ev.sources),
    }


def _acled_row(ev: Incident, event_id_cnty: str | None = None, location: str | None = None) -> dict[str, Any]:
    p = ev.location
    extra = acled_fields(ev, location)
    return {
        "event_date": ev.date,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": extra["actor1_acled"] or "",  # ACLED's name ("Military Forces of Russia (2000-)")
        "actor2": extra["actor2_acled"] or "",
        "country": p.country or p.country_code,
        "admin1": extra["admin1"] or "",
        "location": extra["location"],
        "latitude": p.lat,
        "longitude": p.lon,
        "geo_precision": ev.geo_precision,
        "source": "; ".join(s.url or s.title or s.article_id for s in ev.sources),
        "notes": " ".join(x.text for x in ev.excerpts[:3]),
        "fatalities": ev.fatalities or 0,  # ACLED writes 0 when no deaths are reported
        "event_id_cnty": event_id_cnty,
        "year": extra["year"],
        "time_precision": ev.time_precision,
        "inter1": extra["inter1"],
        "inter2": extra["inter2"],
        "iso": extra["iso"],
        "admin2": extra["admin2"],
        "admin3": extra["admin3"],
    }


def mention_rows(doc: Doc) -> list[dict[str, Any]]:
    """The rows of schema "mentions" for one document (one per resolved mention): all a mentions
    export keeps of a document, so that a streamed run need not keep the document."""
    art = doc.article
    return [{"article_id": art.id, "title": art.title, "url": art.url, "published": art.published,
             **_mention_fields(art.text, m, m.place), "excerpt": doc.excerpt(m), "role": role}
            for m, role in zip(doc.mentions, doc.role_names, strict=True) if m.place is not None]


def to_geodataframe(docs: Iterable[Doc], schema: str = "events", incidents: Iterable[Incident] | None = None,
                    names: dict[str, str] | None = None, mentions: Iterable[dict[str, Any]] | None = None,
                    numbers: CountryNumbers | None = None) -> gpd.GeoDataFrame:
    """Rows as in :data:`EVENT_COLUMNS` (one per incident), :data:`ACLED_COLUMNS` (one per ACLED
    incident: the non-ACLED political events are left out) or :data:`COLUMNS` (one per resolved
    mention); point geometry in EPSG:4326. ``incidents`` are the run's (mapper.events.merge); without
    them each document's event is its own. When the caller no longer holds the documents (a streamed
    run), ``names`` (event id -> :func:`english_location`, as :func:`english_names` gives) and
    ``mentions`` (rows of :func:`mention_rows`) stand in for theirs."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    if schema not in SCHEMAS:
        raise ExportError(f"unknown schema {schema!r}; choose one of {', '.join(SCHEMAS)}")
    rows: list[dict[str, Any]] = []
    points: list[Point] = []
    if schema == "mentions":
        columns = COLUMNS
        rows = [row for a in docs for row in mention_rows(a)] if mentions is None else list(mentions)
        points = [Point(row["lon"], row["lat"]) for row in rows]
    else:
        columns = EVENT_COLUMNS if schema == "events" else ACLED_COLUMNS
        numbers = numbers if numbers is not None else CountryNumbers()  # a run written in parts keeps one
        docs = list(docs)
        if names is None:
            names = english_names(docs)
        for ev in (incidents if incidents is not None else unmerged(docs)):
            if schema == "acled" and ev.political:
                continue
            cnty = numbers(ev.id, ev.location.country_code)
            where = names.get(ev.id)
            rows.append(_event_row(ev, cnty, where) if schema == "events" else _acled_row(ev, cnty, where))
            points.append(Point(ev.location.lon, ev.location.lat))
    df = pd.DataFrame(rows, columns=list(columns)).astype(columns)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(points, crs="EPSG:4326"), crs="EPSG:4326")


def _write_geojson(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    # to_json maps missing values to null and writes an empty FeatureCollection for no rows,
    # which GDAL's GeoJSON driver does not do reliably.
    text = gdf.to_json(na="null", drop_id=True, ensure_ascii=False)
    with atomic_writer(path) as f:
        f.write(text)


# A spreadsheet takes a cell that starts with one of these for a formula ("=HYPERLINK(...)",
# "+cmd|' /C calc'!A0", "@SUM(...)"); some strip leading tabs and line breaks first.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_text_cell(value: object) -> object:
    """A text cell as a spreadsheet must show it: prefixed with ``'`` when it would start a formula
    (the usual defence; spreadsheets hide the quote and show the text). Other values are unchanged.

    A carriage return becomes a line feed: the csv module quotes a field with a line feed in it, but
    not one with a lone carriage return, which readers take for the end of the row, so that the rest of
    the cell would start a new row (and could start it with "=").
    """
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _write_csv(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    # lat/lon carry the geometry; a CSV consumer needs no WKT parser.
    import pandas as pd

    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    # Text columns only, as they are written (after every cleaning step): numbers such as a latitude
    # of -3.5 stay numbers.
    for column in df.columns:
        if pd.api.types.is_string_dtype(df[column].dtype) or df[column].dtype == object:
            df[column] = df[column].map(csv_text_cell, na_action="ignore")
    with atomic_writer(path) as f:
        df.to_csv(f, index=False, lineterminator="\n")


def _write_gpkg(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str], layer: str) -> None:
    import pyogrio

    with atomic_path(path, suffix=".gpkg") as tmp:
        # geometry_type is explicit so an empty frame still yields a Point layer with the full schema.
        pyogrio.write_dataframe(gdf, tmp, layer=layer, driver="GPKG", geometry_type="Point")


def write_parquet(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    """Write ``gdf`` as GeoParquet (WKB points in EPSG:4326, the CRS in the file's ``geo`` metadata),
    atomically. Text is stored as it is: Parquet cells are typed values, never formulas or markup, so
    nothing is escaped or prefixed (unlike CSV's formula guard). Needs pyarrow, imported only here."""
    try:
        import pyarrow  # noqa: F401  (geopandas imports it itself; checked here for a clear message)
    except ImportError as e:
        raise ExportError("the parquet format needs pyarrow: pip install pyarrow") from e
    with atomic_path(path, suffix=".parquet") as tmp:
        gdf.to_parquet(tmp, index=False)


def write_export(docs: Iterable[Doc], path: str | os.PathLike[str], fmt: str, schema: str = "events",
                 incidents: Iterable[Incident] | None = None, names: dict[str, str] | None = None,
                 mentions: Iterable[dict[str, Any]] | None = None) -> None:
    """Write ``docs`` (and the run's ``incidents``) to ``path`` as ``fmt`` (one of :data:`FORMATS`),
    atomically; tabular formats hold rows of ``schema`` (one of :data:`SCHEMAS`). ``names`` and
    ``mentions`` stand in for the documents' (see :func:`to_geodataframe`).

    Parent directories are created. Empty input still yields a valid, empty file of the format.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        if fmt == "jsonl":
            with atomic_writer(path) as f:
                write_jsonl(docs, f, incidents)
            return
        gdf = to_geodataframe(docs, schema, incidents, names=names, mentions=mentions)
        if fmt == "gpkg":
            _write_gpkg(gdf, path, GPKG_LAYERS[schema])
        elif fmt == "parquet":
            write_parquet(gdf, path)
        elif fmt == "geojson":
            _write_geojson(gdf, path)
        else:
            _write_csv(gdf, path)
    except OutputError:
        raise  # already names the file and the reason ("cannot write out.csv: No space left on device")
    except (OSError, ValueError, RuntimeError) as e:  # pyogrio: RuntimeError; pyarrow: ValueError
        raise ExportError(f"could not write {fmt} to {os.fspath(path)}: {e}") from e
