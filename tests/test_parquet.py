"""GeoParquet export (``--format parquet``): the tabular rows of every schema, read back exactly, with text
stored as it is (no escaping, no formula prefix), written atomically."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pytest
from output_samples import deir_geneva_article, realistic_articles
from typer.testing import CliRunner

from mapper import cli
from mapper.doc import Doc
from mapper.errors import ExportError, NothingRead
from mapper.events.merge import merge
from mapper.io.export import ACLED_COLUMNS, COLUMNS, EVENT_COLUMNS, to_geodataframe, write_export
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Role, Source
from mapper.pipeline import Pipeline
from mapper.run import extract
from tests.conftest import EXAMPLES

SCHEMA_COLUMNS = {"events": EVENT_COLUMNS, "acled": ACLED_COLUMNS, "mentions": COLUMNS}


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("schema", ["events", "acled", "mentions"])
def test_round_trip_gives_the_exact_frame(tmp_path: Path, schema: str) -> None:
    docs = realistic_articles() + [deir_geneva_article()]
    incidents = merge(docs)
    path = tmp_path / "out" / "rows.parquet"  # the parent is created
    write_export(docs, path, "parquet", schema=schema, incidents=incidents)
    expected = to_geodataframe(docs, schema, incidents)
    back = gpd.read_parquet(path)
    assert len(back) == len(expected) > 3
    # Every value, dtype (nullable integers and booleans included), column order and the CRS.
    pd.testing.assert_frame_equal(back, expected)
    assert list(back.columns) == [*SCHEMA_COLUMNS[schema], "geometry"]
    assert back.crs.to_epsg() == 4326
    assert set(back.geom_type) == {"Point"}
    assert _leftovers(path.parent) == []


def test_events_file_is_geoparquet_with_event_id_first(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    docs = [deir_geneva_article()]
    write_export(docs, path, "parquet", incidents=merge(docs))
    meta = pq.read_metadata(path)
    geo = json.loads(meta.metadata[b"geo"])
    assert geo["primary_column"] == "geometry"
    assert geo["columns"]["geometry"]["encoding"] == "WKB"
    assert geo["columns"]["geometry"]["geometry_types"] == ["Point"]
    assert geo["columns"]["geometry"]["crs"]["id"] == {"authority": "EPSG", "code": 4326}
    table = pq.read_table(path)
    assert table.column_names[0] == "event_id"
    rows = table.select(["event_id", "sub_event_type", "location_name", "lat", "lon", "fatalities",
                         "injuries", "actor2_country"]).to_pylist()
    assert rows == [
        {"event_id": "sy-2024-05-07#1", "sub_event_type": "Air/drone strike", "location_name": "Deir ez-Zor",
         "lat": 35.33588, "lon": 40.14084, "fatalities": 4, "injuries": 9, "actor2_country": None},
        {"event_id": "sy-2024-05-07#2", "sub_event_type": "Agreement", "location_name": "Geneva",
         "lat": 46.20222, "lon": 6.14569, "fatalities": None, "injuries": None, "actor2_country": "SY"},
        {"event_id": "sy-2024-05-07#3", "sub_event_type": "Shelling/artillery/missile attack",
         "location_name": "Deir ez-Zor", "lat": 35.33588, "lon": 40.14084, "fatalities": None,
         "injuries": None, "actor2_country": None},
    ]
    points = gpd.read_parquet(path).geometry
    assert list(zip(points.x, points.y, strict=True)) == [(40.14084, 35.33588), (6.14569, 46.20222),
                                                          (40.14084, 35.33588)]


# ------------------------------------------------------------------ hostile text

GOMA = Place(name="Goma", lat=-1.67409, lon=29.22845, country_code="CD", kind="city", geonameid=216281,
             country="Democratic Republic of the Congo", admin1_name="Nord-Kivu")
JINJA = "{{ 7*7 }}{% for x in range(9) %}{{ x }}{% endfor %}{# c #}"
FORMAT = "{0.__class__.__mro__}{!r}%s%(x)s${7*7}`${alert(1)}`"
FORMULA = '=HYPERLINK("http://evil.example","open")'
BREAKS = "\t+cmd|' /C calc'!A0\r\n@SUM(1)\u2028-2+3\x85"


def _hostile_doc() -> Doc:
    text = f"{JINJA} Gunmen attacked Goma on Friday, killing three. {FORMAT}"
    at = text.index("Goma")
    m = Mention(at, at + 4, "Goma", GOMA, 0.9, sentence=(0, len(text)))
    ev = Event("Battles", "Armed clash", GOMA, date="2024-05-10", time_precision=1, actor1=Actor(FORMULA),
               actor2=Actor(BREAKS), fatalities=3, excerpts=[Excerpt(JINJA, text, 0, len(text))],
               sources=[Source(JINJA, FORMAT, "https://example.org/a?q={{x}}")], confidence=0.8, mentions=[m])
    return Doc(Article(JINJA, text, title=FORMAT, url="https://example.org/a?q={{x}}", published="=1+1"),
               [m], [ev], roles=[Role("event_site")])


@pytest.mark.parametrize(("schema", "expected"), [
    ("events", {"event_id": f"{JINJA}#1", "actor1": FORMULA, "actor2": BREAKS, "article_ids": JINJA,
                "titles": FORMAT, "urls": "https://example.org/a?q={{x}}", "lat": -1.67409}),
    ("acled", {"actor1": FORMULA, "actor2": BREAKS, "source": "https://example.org/a?q={{x}}",
               "latitude": -1.67409, "fatalities": 3}),
    ("mentions", {"article_id": JINJA, "title": FORMAT, "published": "=1+1", "text": "Goma",
                  "start": len(f"{JINJA} Gunmen attacked ")}),
])
def test_hostile_strings_are_stored_literally(tmp_path: Path, schema: str, expected: dict) -> None:
    doc = _hostile_doc()
    path = tmp_path / "hostile.parquet"
    write_export([doc], path, "parquet", schema=schema, incidents=merge([doc]))
    (row,) = pq.read_table(path).drop_columns(["geometry"]).to_pylist()
    assert {k: row[k] for k in expected} == expected
    excerpt = row.get("excerpt", row.get("notes"))
    assert excerpt == " ".join(doc.article.text.split())


def test_a_lone_surrogate_cleaned_by_the_reader_is_stored_as_u_fffd(tmp_path: Path,
                                                                    pipeline: Pipeline) -> None:
    feed = tmp_path / "feed.jsonl"
    # JSON can spell a lone surrogate; the reader makes it U+FFFD (with a warning), the file keeps that.
    feed.write_text('{"id": "a\\ud800", "title": "T\\udfff {{ 7*7 }}", '
                    '"text": "Gunmen attacked Goma on Friday, killing three soldiers."}\n', encoding="utf-8")
    out = tmp_path / "events.parquet"
    summary = extract([str(feed)], out, fmt="parquet", pipeline=pipeline, published="2024-05-10")
    assert [w.message for w in summary.warnings] == [
        "lone surrogates (invalid Unicode) in id, title replaced with U+FFFD"]
    (row,) = pq.read_table(out).select(["event_id", "titles", "location_name", "fatalities"]).to_pylist()
    assert row == {"event_id": "a\ufffd#1", "titles": "T\ufffd {{ 7*7 }}", "location_name": "Goma",
                   "fatalities": 3}


def test_an_uncleaned_surrogate_fails_in_one_line_and_keeps_the_existing_file(tmp_path: Path) -> None:
    """A hand-built document the readers never cleaned: the text cannot be UTF-8, so the write fails as
    an ExportError naming the file, and the previous file and the directory are as they were."""
    path = tmp_path / "events.parquet"
    write_export([deir_geneva_article()], path, "parquet")
    before = path.read_bytes()
    doc = _hostile_doc()
    doc.events[0].actor1 = Actor("bad \ud800 actor")
    with pytest.raises(ExportError, match=r"could not write parquet to .*events\.parquet: .*surrogate"):
        write_export([doc], path, "parquet")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.parquet"]


# ------------------------------------------------------------------ empty runs, replacing, the CLI


@pytest.mark.parametrize("schema", ["events", "acled", "mentions"])
def test_no_rows_give_a_valid_empty_file_with_the_full_schema(tmp_path: Path, schema: str) -> None:
    path = tmp_path / "empty.parquet"
    write_export([], path, "parquet", schema=schema)
    back = gpd.read_parquet(path)
    assert len(back) == 0 and back.crs.to_epsg() == 4326
    pd.testing.assert_frame_equal(back, to_geodataframe([], schema))
    assert _leftovers(tmp_path) == []


def test_a_run_with_no_article_writes_nothing(tmp_path: Path, pipeline: Pipeline) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "events.parquet"
    out.write_bytes(b"previous")
    with pytest.raises(NothingRead):
        extract([str(empty)], out, fmt="parquet", pipeline=pipeline)
    assert out.read_bytes() == b"previous"


def test_replaces_an_existing_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    path.write_text("old")
    write_export([deir_geneva_article()], path, "parquet")
    assert len(gpd.read_parquet(path)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.parquet"]


def test_cli_extract_format_parquet_matches_the_jsonl_event_ids(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    monkeypatch.setattr(cli, "_pipeline", lambda *args: pipeline)
    out = tmp_path / "events.parquet"
    r = CliRunner().invoke(cli.app, ["extract", str(EXAMPLES), "--format", "parquet", "-o", str(out)])
    assert r.exit_code == 0, r.output
    jsonl = CliRunner().invoke(cli.app, ["extract", str(EXAMPLES)])
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    reported = {e["event_id"] for rec in records for e in rec["events"]}
    back = gpd.read_parquet(out)
    assert set(back["event_id"]) == reported and back["event_id"].is_unique
    assert len(back) > 5
    r = CliRunner().invoke(cli.app, ["extract", str(EXAMPLES), "--format", "parquet"])
    assert r.exit_code == 2 and "--format parquet needs -o FILE" in r.output
