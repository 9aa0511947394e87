from __future__ import annotations

import io
import json
import math
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from output_samples import DEIR, GENEVA, S1, S2, S3, TEXT, deir_geneva_article

import mapper.export as export
from mapper.errors import MapperError
from mapper.export import (
    COLUMNS,
    ExportError,
    article_record,
    to_geodataframe,
    write_export,
    write_jsonl,
)
from mapper.model import AnalysedArticle, Article, Mention, Place

D1 = TEXT.index("Deir ez-Zor")
D3 = TEXT.index("Deir ez-Zor", TEXT.index(S3))
G2 = TEXT.index("Geneva")


def _deir(start: int) -> dict:
    return {"start": start, "end": start + 11, "text": "Deir ez-Zor", "name": "Deir ez-Zor", "lat": 35.33588,
            "lon": 40.14084, "country_code": "SY", "geonameid": 170794, "kind": "city", "confidence": 0.9,
            "demonym": False, "country": "Syria"}


EXPECTED_RECORD = {
    "id": "sy-2024-05-07",
    "title": "Strikes near Deir ez-Zor as envoys meet in Geneva",
    "url": "https://news.example.org/sy/2024-05-07",
    "published": "2024-05-07",
    "mentions": [
        _deir(D1),
        {"start": G2, "end": G2 + 6, "text": "Geneva", "name": "Geneva", "lat": 46.20222, "lon": 6.14569,
         "country_code": "CH", "geonameid": 2660646, "kind": "city", "confidence": 0.8, "demonym": False,
         "country": "Switzerland"},
        _deir(D3),
    ],
    "events": [
        {"type": "airstrike", "place": "Deir ez-Zor", "lat": 35.33588, "lon": 40.14084, "killed": 4,
         "injured": 9, "sentence": S1},
        {"type": "agreement", "place": "Geneva", "lat": 46.20222, "lon": 6.14569, "killed": None,
         "injured": None, "sentence": S2},
        {"type": "airstrike", "place": "Deir ez-Zor", "lat": 35.33588, "lon": 40.14084, "killed": None,
         "injured": None, "sentence": S3},
    ],
}


def _demonym_article() -> AnalysedArticle:
    """A demonym mention of a place without a GeoNames id."""
    text = "Syrian officials declined to comment."
    syria = Place(name="Syria", lat=35.0, lon=38.0, country_code="SY", kind="country", country="Syria")
    m = Mention(start=0, end=6, text="Syrian", place=syria, confidence=0.7, demonym=True,
                sentence=(0, len(text)))
    return AnalysedArticle(Article(id="d1", text=text), [m], [])


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def test_article_record_is_the_jsonl_contract() -> None:
    assert article_record(deir_geneva_article()) == EXPECTED_RECORD


def test_article_record_demonym_and_missing_geonameid() -> None:
    rec = article_record(_demonym_article())
    assert rec["title"] is None and rec["url"] is None and rec["published"] is None
    (m,) = rec["mentions"]
    assert m["text"] == "Syrian" and m["name"] == "Syria"
    assert m["demonym"] is True
    assert m["geonameid"] is None
    assert rec["events"] == []


def test_write_jsonl_one_line_per_article() -> None:
    out = io.StringIO()
    n = write_jsonl([deir_geneva_article(), _demonym_article()], out)
    lines = out.getvalue().splitlines()
    assert n == 2 and len(lines) == 2
    assert json.loads(lines[0]) == EXPECTED_RECORD
    assert json.loads(lines[1])["mentions"][0]["geonameid"] is None
    assert '"geonameid": null' in lines[1]


def test_to_geodataframe_one_row_per_resolved_mention() -> None:
    gdf = to_geodataframe([deir_geneva_article()])
    assert list(gdf.columns) == [*COLUMNS, "geometry"]
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf["name"]) == ["Deir ez-Zor", "Geneva", "Deir ez-Zor"]  # "Khusham" is unresolved
    assert list(gdf["start"]) == [D1, G2, D3]
    assert list(gdf["event_type"]) == ["airstrike", "agreement", "airstrike"]
    assert gdf["killed"].tolist() == [4, pd.NA, pd.NA]
    assert gdf["injured"].tolist() == [9, pd.NA, pd.NA]
    assert gdf["geonameid"].tolist() == [170794, 2660646, 170794]
    assert list(gdf["excerpt"]) == [S1, S2, S3]
    assert (gdf.geometry.x.tolist(), gdf.geometry.y.tolist()) == (
        [DEIR.lon, GENEVA.lon, DEIR.lon], [DEIR.lat, GENEVA.lat, DEIR.lat])


def test_geojson_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out" / "events.geojson"  # parent is created
    write_export([deir_geneva_article(), _demonym_article()], path, "geojson")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 4
    first = doc["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [40.14084, 35.33588]}
    assert first["properties"]["killed"] == 4 and first["properties"]["excerpt"] == S1
    assert doc["features"][3]["properties"]["geonameid"] is None
    back = gpd.read_file(path)
    assert len(back) == 4
    assert back.geometry.x.tolist() == pytest.approx([40.14084, 6.14569, 40.14084, 38.0])
    assert back.geometry.y.tolist() == pytest.approx([35.33588, 46.20222, 35.33588, 35.0])
    assert back["name"].tolist() == ["Deir ez-Zor", "Geneva", "Deir ez-Zor", "Syria"]


def test_csv_has_columns_and_coordinates(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_export([deir_geneva_article()], path, "csv")
    df = pd.read_csv(path)
    assert list(df.columns) == list(COLUMNS)
    assert df["lat"].tolist() == [35.33588, 46.20222, 35.33588]
    assert df["lon"].tolist() == [40.14084, 6.14569, 40.14084]
    assert df["text"].tolist() == ["Deir ez-Zor", "Geneva", "Deir ez-Zor"]
    assert df["killed"].iloc[0] == 4 and math.isnan(df["killed"].iloc[1])


def test_gpkg_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "events.gpkg"
    write_export([deir_geneva_article(), _demonym_article()], path, "gpkg")
    back = gpd.read_file(path, layer="mentions")
    assert back.crs.to_epsg() == 4326
    assert len(back) == 4
    assert back["geonameid"].tolist()[:3] == [170794, 2660646, 170794]
    assert pd.isna(back["geonameid"].iloc[3])
    assert back["event_type"].tolist()[:3] == ["airstrike", "agreement", "airstrike"]
    assert back.geometry.x.tolist() == pytest.approx([40.14084, 6.14569, 40.14084, 38.0])
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "csv", "gpkg"])
def test_empty_input_gives_valid_empty_file(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"empty.{fmt}"
    write_export([], path, fmt)
    assert path.exists()
    if fmt == "jsonl":
        assert path.read_text() == ""
    elif fmt == "geojson":
        assert json.loads(path.read_text()) == {"type": "FeatureCollection", "features": []}
    elif fmt == "csv":
        assert path.read_text().strip() == ",".join(COLUMNS)
    else:
        back = gpd.read_file(path, layer="mentions")
        assert len(back) == 0
        assert list(back.columns) == [*COLUMNS, "geometry"]
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "csv", "gpkg"])
def test_write_replaces_existing_file_and_leaves_no_temp(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    path.write_text("old")
    write_export([deir_geneva_article()], path, fmt)
    assert path.read_bytes() != b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_failed_jsonl_write_keeps_existing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("previous run\n")
    real = export.article_record
    calls = []

    def second_one_fails(a: AnalysedArticle) -> dict:
        calls.append(a)
        if len(calls) == 2:  # the first record has already been written to the temp file
            raise RuntimeError("disk on fire")
        return real(a)

    monkeypatch.setattr(export, "article_record", second_one_fails)
    with pytest.raises(ExportError, match="disk on fire"):
        write_export([deir_geneva_article(), deir_geneva_article()], path, "jsonl")
    assert path.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_failed_gpkg_write_keeps_existing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyogrio

    path = tmp_path / "out.gpkg"
    write_export([deir_geneva_article()], path, "gpkg")
    before = path.read_bytes()

    def half_written(df: gpd.GeoDataFrame, tmp: Path, **kwargs: object) -> None:
        Path(tmp).write_bytes(b"SQLite format 3\x00 truncated")
        raise pyogrio.errors.DataSourceError("no space left on device")

    monkeypatch.setattr(pyogrio, "write_dataframe", half_written)
    with pytest.raises(ExportError, match="no space left"):
        write_export([_demonym_article()], path, "gpkg")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]


def test_unknown_format_is_a_mapper_error(tmp_path: Path) -> None:
    with pytest.raises(MapperError, match="unknown export format 'shp'"):
        write_export([], tmp_path / "x.shp", "shp")
    assert list(tmp_path.iterdir()) == []
