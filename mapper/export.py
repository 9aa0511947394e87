"""Machine-readable outputs: JSON Lines (the contract), GeoJSON, CSV and GeoPackage.

JSONL has one record per article (see :func:`article_record`); the tabular formats have one row per
resolved mention (see :func:`to_geodataframe`). Every file is written atomically.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from mapper.atomic import atomic_path, atomic_writer
from mapper.errors import MapperError
from mapper.model import AnalysedArticle, Event, Mention, Place

if TYPE_CHECKING:  # geopandas takes half a second to import: only the tabular exports pay for it
    import geopandas as gpd

FORMATS = ("jsonl", "geojson", "csv", "gpkg")

# Column order of the tabular exports, with the pandas dtype of each (nullable where values may be missing).
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
    "event_type": "string",
    "killed": "Int64",
    "injured": "Int64",
}
GPKG_LAYER = "mentions"


class ExportError(MapperError):
    """An export could not be written (unknown format, or the writer failed)."""


def _place_key(p: Place) -> tuple[str, float, float]:
    # Same identity as AnalysedArticle.places and the event coder use.
    return (p.name, p.lat, p.lon)


def _event_for(a: AnalysedArticle, m: Mention) -> Event | None:
    """The event told by ``m``'s sentence at ``m``'s place, if the pipeline coded one."""
    assert m.place is not None
    for ev in a.events:
        if any(em is m for em in ev.mentions):
            return ev
    key = _place_key(m.place)
    for ev in a.events:
        if ev.sentence == m.sentence and _place_key(ev.place) == key:
            return ev
    return None


def _sentence_text(text: str, span: tuple[int, int]) -> str:
    s, e = span
    return " ".join(text[s:e].split())


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


def article_record(a: AnalysedArticle) -> dict[str, Any]:
    """The JSONL record of one article: its metadata, resolved mentions and events."""
    art = a.article
    mentions = []
    for m in a.mentions:
        p = m.place
        if p is None:
            continue
        mentions.append(_mention_fields(art.text, m, p) | {"demonym": m.demonym, "country": p.country})
    events = [
        {
            "type": ev.event_type,
            "place": ev.place.name,
            "lat": ev.place.lat,
            "lon": ev.place.lon,
            "killed": ev.killed,
            "injured": ev.injured,
            # The record carries no article text, so give the sentence itself rather than offsets.
            "sentence": _sentence_text(art.text, ev.sentence),
        }
        for ev in a.events
    ]
    return {
        "id": art.id,
        "title": art.title,
        "url": art.url,
        "published": art.published,
        "mentions": mentions,
        "events": events,
    }


def write_jsonl(articles: Iterable[AnalysedArticle], out: TextIO) -> int:
    """Write one JSON record per article to ``out``; return the number of records."""
    n = 0
    for a in articles:
        out.write(json.dumps(article_record(a), ensure_ascii=False) + "\n")
        n += 1
    return n


def to_geodataframe(articles: Iterable[AnalysedArticle]) -> gpd.GeoDataFrame:
    """One row per resolved mention, point geometry in EPSG:4326, columns as in :data:`COLUMNS`."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    rows: list[dict[str, Any]] = []
    points: list[Point] = []
    for a in articles:
        art = a.article
        for m in a.mentions:
            p = m.place
            if p is None:
                continue
            ev = _event_for(a, m)
            rows.append({
                "article_id": art.id,
                "title": art.title,
                "url": art.url,
                "published": art.published,
                **_mention_fields(art.text, m, p),
                "excerpt": a.excerpt(m),
                "event_type": ev.event_type if ev else None,
                "killed": ev.killed if ev else None,
                "injured": ev.injured if ev else None,
            })
            points.append(Point(p.lon, p.lat))
    df = pd.DataFrame(rows, columns=list(COLUMNS)).astype(COLUMNS)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(points, crs="EPSG:4326"), crs="EPSG:4326")


def _write_geojson(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    # to_json maps missing values to null and writes an empty FeatureCollection for no rows,
    # which GDAL's GeoJSON driver does not do reliably.
    text = gdf.to_json(na="null", drop_id=True, ensure_ascii=False)
    with atomic_writer(path) as f:
        f.write(text)


def _write_csv(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    # lat/lon carry the geometry; a CSV consumer needs no WKT parser.
    import pandas as pd

    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    with atomic_writer(path) as f:
        df.to_csv(f, index=False, lineterminator="\n")


def _write_gpkg(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    import pyogrio

    with atomic_path(path, suffix=".gpkg") as tmp:
        # geometry_type is explicit so an empty frame still yields a Point layer with the full schema.
        pyogrio.write_dataframe(gdf, tmp, layer=GPKG_LAYER, driver="GPKG", geometry_type="Point")


def write_export(articles: Iterable[AnalysedArticle], path: str | os.PathLike[str], fmt: str) -> None:
    """Write ``articles`` to ``path`` as ``fmt`` (one of :data:`FORMATS`), atomically.

    Parent directories are created. Empty input still yields a valid, empty file of the format.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        if fmt == "jsonl":
            with atomic_writer(path) as f:
                write_jsonl(articles, f)
            return
        writers = {"geojson": _write_geojson, "csv": _write_csv, "gpkg": _write_gpkg}
        writers[fmt](to_geodataframe(articles), path)
    except (OSError, ValueError, RuntimeError) as e:  # pyogrio's errors are RuntimeErrors
        raise ExportError(f"could not write {fmt} to {os.fspath(path)}: {e}") from e
