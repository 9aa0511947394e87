from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from output_samples import (
    DEIR,
    DEIR_ID,
    DEIR_TITLE,
    DEIR_URL,
    GENEVA,
    S1,
    S2,
    S3,
    TEXT,
    deir_geneva_article,
    realistic_articles,
    span_of,
)

import mapper.io.export as export
from mapper.doc import Doc
from mapper.errors import MapperError
from mapper.events.merge import Merger, merge
from mapper.io.export import (
    ACLED_COLUMNS,
    COLUMNS,
    EVENT_COLUMNS,
    ExportError,
    article_record,
    to_geodataframe,
    write_export,
    write_jsonl,
)
from mapper.model import Actor, Article, Event, Excerpt, Incident, Mention, Place, Role, Source
from mapper.pipeline import Pipeline
from mapper.run import extract

D1 = TEXT.index("Deir ez-Zor")
D3 = TEXT.index("Deir ez-Zor", TEXT.index(S3))
G2 = TEXT.index("Geneva")

# ACLED's own column names, in ACLED's order (a subset of an ACLED export's columns).
ACLED = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
         "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
         # and after them (issue 14)
         "event_id_cnty", "year", "time_precision", "inter1", "inter2", "iso", "admin2", "admin3"]


def _deir(start: int) -> dict:
    return {"start": start, "end": start + 11, "text": "Deir ez-Zor", "name": "Deir ez-Zor", "lat": 35.33588,
            "lon": 40.14084, "country_code": "SY", "geonameid": 170794, "kind": "city", "confidence": 0.9,
            "demonym": False, "country": "Syria", "role": "event_site"}


SOURCE = {"article_id": DEIR_ID, "title": DEIR_TITLE, "url": DEIR_URL, "published": "2024-05-07"}


def _excerpt(sentence: str) -> dict:
    start, end = span_of(TEXT, sentence)
    return {"excerpt": sentence, "excerpt_start": start, "excerpt_end": end,
            "excerpts": [{"article_id": DEIR_ID, "text": sentence, "start": start, "end": end}]}


AIR_STRIKE = {
    "event_id": f"{DEIR_ID}#1",
    "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "political": False,
    "date": "2024-05-07", "time_precision": 1, "location_name": "Deir ez-Zor", "lat": 35.33588,
    "lon": 40.14084, "country_code": "SY", "geonameid": 170794, "geo_precision": 2,
    "location_role": "event_site", "actor1": "US-led coalition", "actor1_country": "US",
    "actor2": "Islamic State", "actor2_country": None, "fatalities": 4, "injuries": 9, "confidence": 0.85,
    "sources": [SOURCE], **_excerpt(S1),
    # ACLED's fields (issue 14)
    "event_id_cnty": "SYR1", "year": 2024, "iso": 760, "admin1": "Dayr az Zawr", "admin2": None,
    "admin3": None, "location": "Deir ez-Zor", "actor1_acled": "Global Coalition Against Daesh",
    "actor2_acled": "Islamic State", "inter1": 8, "inter2": 2,
}
AGREEMENT = {
    "event_id": f"{DEIR_ID}#2",
    "event_type": "Strategic developments", "sub_event_type": "Agreement", "political": False,
    "date": "2024-05-07", "time_precision": 2, "location_name": "Geneva", "lat": 46.20222, "lon": 6.14569,
    "country_code": "CH", "geonameid": 2660646, "geo_precision": 1, "location_role": "venue",
    "actor1": "Government of Syria", "actor1_country": "SY", "actor2": "Syrian Democratic Forces",
    "actor2_country": "SY", "fatalities": None, "injuries": None, "confidence": 0.7, "sources": [SOURCE],
    **_excerpt(S2),
    "event_id_cnty": "CHE1", "year": 2024, "iso": 756, "admin1": "Genève", "admin2": None, "admin3": None,
    "location": "Geneva", "actor1_acled": "Government of Syria",
    "actor2_acled": "QSD: Syrian Democratic Forces", "inter1": None, "inter2": 2,
}
SHELLING = {
    "event_id": f"{DEIR_ID}#3",
    "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
    "political": False, "date": "2024-05-07", "time_precision": 1, "location_name": "Deir ez-Zor",
    "lat": 35.33588, "lon": 40.14084, "country_code": "SY", "geonameid": 170794, "geo_precision": 1,
    "location_role": "event_site", "actor1": None, "actor1_country": None, "actor2": None,
    "actor2_country": None, "fatalities": None, "injuries": None, "confidence": 0.6, "sources": [SOURCE],
    **_excerpt(S3),
    "event_id_cnty": "SYR2", "year": 2024, "iso": 760, "admin1": "Dayr az Zawr", "admin2": None,
    "admin3": None, "location": "Deir ez-Zor", "actor1_acled": None, "actor2_acled": None, "inter1": None,
    "inter2": None,
}
EXPECTED_RECORD = {
    "id": DEIR_ID,
    "title": DEIR_TITLE,
    "url": DEIR_URL,
    "published": "2024-05-07",
    "mentions": [
        _deir(D1),
        {"start": G2, "end": G2 + 6, "text": "Geneva", "name": "Geneva", "lat": 46.20222, "lon": 6.14569,
         "country_code": "CH", "geonameid": 2660646, "kind": "city", "confidence": 0.8, "demonym": False,
         "country": "Switzerland", "role": "venue"},
        _deir(D3),
    ],
    "events": [AIR_STRIKE, AGREEMENT, SHELLING],
}


def _demonym_article() -> Doc:
    """A demonym mention of a place without a GeoNames id, and no event."""
    text = "Syrian officials declined to comment."
    syria = Place(name="Syria", lat=35.0, lon=38.0, country_code="SY", kind="country", country="Syria")
    m = Mention(start=0, end=6, text="Syrian", place=syria, confidence=0.7, demonym=True,
                sentence=(0, len(text)))
    return Doc(Article(id="d1", text=text), [m], [], roles=[Role("actor")])


def _two_reports() -> list[Doc]:
    """Two articles reporting one clash at Geneva, each in its own words."""
    texts = {"a": "Gunmen clashed with police in Geneva on Friday.", "b": "Three died in the Geneva clash."}
    ms = {k: Mention(t.index("Geneva"), t.index("Geneva") + 6, "Geneva", GENEVA, 0.9, sentence=(0, len(t)))
          for k, t in texts.items()}
    reports = {
        "a": Event("Battles", "Armed clash", GENEVA, date="2024-05-10", time_precision=1,
                   actor1=Actor("Unidentified armed group"),
                   actor2=Actor("Police Forces of Switzerland", "CH"), confidence=0.8),
        "b": Event("Battles", "Armed clash", GENEVA, date="2024-05-10", time_precision=2, fatalities=3,
                   confidence=0.6),
    }
    articles = []
    for k, t in texts.items():
        ev = reports[k]
        ev.excerpts, ev.sources, ev.mentions = [Excerpt(k, t, 0, len(t))], [
            Source(k, f"Title {k}", f"https://example.org/{k}")], [ms[k]]
        articles.append(Doc(Article(k, t, title=f"Title {k}", url=f"https://example.org/{k}"),
                            [ms[k]], [ev], roles=[Role("event_site")]))
    return articles


def _merged_articles() -> tuple[list[Doc], list[Incident]]:
    """The two reports, merged: one incident, which each article's events refer to."""
    docs = _two_reports()
    incidents = merge(docs)
    assert len(incidents) == 1 and incidents[0].reports == ("a#1", "b#1")
    return docs, incidents


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def _merged_record(a: Doc) -> dict:
    """A document's JSONL record after a run merged it: every event names its incident."""
    return article_record(a, Merger().add(a))


def test_article_record_is_the_jsonl_contract() -> None:
    assert _merged_record(deir_geneva_article()) == EXPECTED_RECORD


def test_event_ids_before_a_merge() -> None:
    """Events built by hand and never merged have no id: null, not a made-up one."""
    rec = article_record(deir_geneva_article())
    assert [e["event_id"] for e in rec["events"]] == [None, None, None]
    assert [{k: v for k, v in e.items() if k != "event_id"} for e in rec["events"]] == [
        {k: v for k, v in e.items() if k != "event_id"} for e in EXPECTED_RECORD["events"]]


def test_article_record_demonym_and_missing_geonameid() -> None:
    rec = article_record(_demonym_article())
    assert rec["title"] is None and rec["url"] is None and rec["published"] is None
    (m,) = rec["mentions"]
    assert m["text"] == "Syrian" and m["name"] == "Syria"
    assert m["demonym"] is True and m["role"] == "actor"
    assert m["geonameid"] is None
    assert rec["events"] == []


def test_write_jsonl_one_line_per_article_with_mention_roles() -> None:
    out = io.StringIO()
    docs = [deir_geneva_article(), _demonym_article()]
    n = write_jsonl(docs, out, merge(docs))
    lines = out.getvalue().splitlines()
    assert n == 2 and len(lines) == 2
    first, second = (json.loads(x) for x in lines)
    assert first == EXPECTED_RECORD
    assert [m["role"] for m in first["mentions"]] == ["event_site", "venue", "event_site"]
    assert [m["role"] for m in second["mentions"]] == ["actor"]
    assert second["mentions"][0]["geonameid"] is None
    assert '"geonameid": null' in lines[1]


def test_merged_event_in_each_article_record_with_that_articles_excerpt() -> None:
    merger = Merger()
    a, b = (article_record(x, merger.add(x)) for x in _two_reports())
    (ea,), (eb,) = a["events"], b["events"]
    # Both records name the one merged event; it keeps the id of its first report.
    assert ea["event_id"] == eb["event_id"] == "a#1"
    # Each record holds its own report: its words, its excerpt, its source, nothing of the other's.
    assert ea["excerpt"] == "Gunmen clashed with police in Geneva on Friday."
    assert eb["excerpt"] == "Three died in the Geneva clash."
    assert (eb["excerpt_start"], eb["excerpt_end"]) == (0, 31)
    assert ea["excerpts"] == [{"article_id": "a", "text": ea["excerpt"], "start": 0, "end": 47}]
    assert eb["excerpts"] == [{"article_id": "b", "text": eb["excerpt"], "start": 0, "end": 31}]
    assert ea["sources"] == [{"article_id": "a", "title": "Title a", "url": "https://example.org/a",
                              "published": None}]
    assert [s["article_id"] for s in eb["sources"]] == ["b"]
    assert (ea["actor2"], ea["fatalities"], ea["time_precision"]) == ("Police Forces of Switzerland", None, 1)
    assert (eb["actor2"], eb["fatalities"], eb["time_precision"]) == (None, 3, 2)


def test_merged_event_in_the_tabular_exports_lists_every_source_once() -> None:
    articles, incidents = _merged_articles()
    (row,) = to_geodataframe(articles, "events", incidents).drop(columns="geometry").to_dict("records")
    assert row["event_id"] == "a#1"
    assert (row["sources"], row["article_ids"]) == (2, "a; b")
    # The merged event: the most precise date, the larger toll, the first actors found.
    assert (row["actor2"], row["fatalities"], row["time_precision"]) == ("Police Forces of Switzerland", 3, 1)


def test_merging_changes_no_document_and_twice_gives_the_same() -> None:
    articles = _two_reports()
    before = [article_record(a) for a in articles]
    events = [list(a.events) for a in articles]
    first, second = merge(articles), merge(articles)
    assert len(first) == 1 and first == second
    assert [article_record(a) for a in articles] == before
    assert [a.events for a in articles] == events
    assert all(len(e.sources) == 1 for a in articles for e in a.events)


def test_jsonl_size_is_linear_in_reports_of_one_event() -> None:
    """1,000 reports of one strike: one merged event, and every record as long as the first, so the
    output grows linearly (each record used to repeat every source and excerpt: 212 MB)."""
    def reports(n: int) -> list[Doc]:
        out = []
        for i in range(n):
            aid = f"report-{i:04d}"
            text = f"Warplanes bombed Geneva on Friday, report {i:04d} said."
            m = Mention(text.index("Geneva"), text.index("Geneva") + 6, "Geneva", GENEVA, 0.9,
                        sentence=(0, len(text)))
            ev = Event("Explosions/Remote violence", "Air/drone strike", GENEVA, date="2024-05-10",
                       excerpts=[Excerpt(aid, text, 0, len(text))], sources=[Source(aid, f"Report {i:04d}")],
                       confidence=0.8, mentions=[m])
            out.append(Doc(Article(aid, text, title=f"Report {i:04d}"), [m], [ev],
                           roles=[Role("event_site")]))
        return out

    sizes, records = {}, []
    for n in (10, 1000):
        articles = reports(n)
        merged = merge(articles)
        assert len(merged) == 1 and len(merged[0].sources) == n
        out = io.StringIO()
        assert write_jsonl(articles, out, merged) == n
        lines = out.getvalue().splitlines()
        assert len({len(line) for line in lines}) == 1  # every record the same size
        sizes[n] = len(out.getvalue())
        records = [json.loads(line) for line in lines]
    assert sizes[1000] == 100 * sizes[10]
    assert {r["events"][0]["event_id"] for r in records} == {"report-0000#1"}
    assert [s["article_id"] for s in records[-1]["events"][0]["sources"]] == ["report-0999"]


def test_events_schema_one_row_per_distinct_event() -> None:
    gdf = to_geodataframe([deir_geneva_article(), _demonym_article()])
    assert list(gdf.columns) == [*EVENT_COLUMNS, "geometry"]
    assert gdf.crs.to_epsg() == 4326
    assert gdf["sub_event_type"].tolist() == ["Air/drone strike", "Agreement",
                                              "Shelling/artillery/missile attack"]
    assert gdf["event_type"].tolist() == ["Explosions/Remote violence", "Strategic developments",
                                          "Explosions/Remote violence"]
    assert gdf["political"].tolist() == [False, False, False]
    assert gdf["location_name"].tolist() == ["Deir ez-Zor", "Geneva", "Deir ez-Zor"]
    assert gdf["country"].tolist() == ["Syria", "Switzerland", "Syria"]
    assert gdf["admin1"].tolist() == ["Dayr az Zawr", "Genève", "Dayr az Zawr"]
    assert gdf["location_role"].tolist() == ["event_site", "venue", "event_site"]
    assert gdf["time_precision"].tolist() == [1, 2, 1] and gdf["geo_precision"].tolist() == [2, 1, 1]
    assert gdf["actor1"].tolist() == ["US-led coalition", "Government of Syria", pd.NA]
    assert gdf["actor1_country"].tolist() == ["US", "SY", pd.NA]
    assert gdf["actor2"].tolist() == ["Islamic State", "Syrian Democratic Forces", pd.NA]
    assert gdf["actor2_country"].tolist() == [pd.NA, "SY", pd.NA]
    assert gdf["fatalities"].tolist() == [4, pd.NA, pd.NA]
    assert gdf["injuries"].tolist() == [9, pd.NA, pd.NA]
    assert gdf["geonameid"].tolist() == [170794, 2660646, 170794]
    assert gdf["excerpt"].tolist() == [S1, S2, S3]
    assert gdf["confidence"].tolist() == [0.85, 0.7, 0.6]
    assert gdf["sources"].tolist() == [1, 1, 1]
    assert gdf["article_ids"].tolist() == [DEIR_ID] * 3
    assert gdf["titles"].tolist() == [DEIR_TITLE] * 3 and gdf["urls"].tolist() == [DEIR_URL] * 3
    assert (gdf.geometry.x.tolist(), gdf.geometry.y.tolist()) == (
        [DEIR.lon, GENEVA.lon, DEIR.lon], [DEIR.lat, GENEVA.lat, DEIR.lat])


def test_events_schema_merged_event_is_one_row_with_every_source() -> None:
    articles, incidents = _merged_articles()
    gdf = to_geodataframe(articles, "events", incidents)
    assert len(gdf) == 1
    row = gdf.iloc[0]
    assert (row["sources"], row["article_ids"], row["titles"]) == (2, "a; b", "Title a; Title b")
    assert row["urls"] == "https://example.org/a; https://example.org/b"
    assert row["excerpt"] == "Gunmen clashed with police in Geneva on Friday."
    assert (row["actor2"], row["actor2_country"], row["fatalities"]) == (
        "Police Forces of Switzerland", "CH", 3)


def test_mentions_schema_one_row_per_resolved_mention_with_role() -> None:
    gdf = to_geodataframe([deir_geneva_article()], schema="mentions")
    assert list(gdf.columns) == [*COLUMNS, "geometry"]
    assert "event_type" not in gdf.columns and "killed" not in gdf.columns
    assert list(gdf["name"]) == ["Deir ez-Zor", "Geneva", "Deir ez-Zor"]  # "Khusham" is unresolved
    assert list(gdf["start"]) == [D1, G2, D3]
    assert list(gdf["role"]) == ["event_site", "venue", "event_site"]
    assert gdf["geonameid"].tolist() == [170794, 2660646, 170794]
    assert list(gdf["excerpt"]) == [S1, S2, S3]
    assert list(gdf["article_id"]) == [DEIR_ID] * 3
    assert (gdf.geometry.x.tolist(), gdf.geometry.y.tolist()) == (
        [DEIR.lon, GENEVA.lon, DEIR.lon], [DEIR.lat, GENEVA.lat, DEIR.lat])


def test_acled_schema_has_acleds_columns_and_leaves_out_political_events() -> None:
    assert list(ACLED_COLUMNS) == ACLED
    gdf = to_geodataframe(realistic_articles(), "acled")
    assert list(gdf.columns) == [*ACLED, "geometry"]
    # Amman's meeting and the Beirut and Damascus statements are not ACLED events.
    assert gdf["location"].tolist() == ["Deir ez-Zor", "Geneva", "Deir ez-Zor", "Idlib", "Aleppo", "Raqqa"]
    assert gdf["sub_event_type"].tolist() == [
        "Air/drone strike", "Agreement", "Shelling/artillery/missile attack", "Armed clash",
        "Shelling/artillery/missile attack", "Peaceful protest"]
    assert gdf["fatalities"].tolist() == [4, 0, 0, 6, 0, 0]  # ACLED writes 0 when none are reported
    first = {k: (v.item() if hasattr(v, "item") else v)
             for k, v in gdf.drop(columns="geometry").iloc[0].items()}
    assert first == {
        "event_date": "2024-05-07", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Global Coalition Against Daesh",  # ACLED's name
        "actor2": "Islamic State",
        "country": "Syria", "admin1": "Dayr az Zawr", "location": "Deir ez-Zor", "latitude": 35.33588,
        "longitude": 40.14084, "geo_precision": 2, "source": DEIR_URL, "notes": S1, "fatalities": 4,
        "event_id_cnty": "SYR1", "year": 2024, "time_precision": 1, "inter1": 8, "inter2": 2, "iso": 760,
        "admin2": pd.NA, "admin3": pd.NA,
    }
    assert gdf["event_id_cnty"].tolist() == ["SYR1", "CHE1", "SYR2", "SYR3", "SYR4", "SYR5"]
    assert gdf["actor1"].tolist()[2] == "" and gdf["actor2"].tolist()[5] == ""
    assert gdf["admin1"].tolist()[3:] == ["Idlib", "Aleppo", "Ar Raqqah"]
    only_political = realistic_articles()[2:]
    assert len(to_geodataframe(only_political, "acled")) == 0
    assert len(to_geodataframe(only_political, "events")) == 3


def test_acled_source_and_notes_of_a_merged_event() -> None:
    articles, incidents = _merged_articles()
    (row,) = to_geodataframe(articles, "acled", incidents).drop(columns="geometry").to_dict("records")
    assert row["source"] == "https://example.org/a; https://example.org/b"
    assert row["notes"] == "Gunmen clashed with police in Geneva on Friday. Three died in the Geneva clash."
    assert (row["actor1"], row["actor2"], row["fatalities"]) == (
        "Unidentified armed group", "Police Forces of Switzerland", 3)


def test_events_geojson_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out" / "events.geojson"  # parent is created
    write_export([deir_geneva_article(), _demonym_article()], path, "geojson")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 3
    first, second, third = (f["properties"] for f in doc["features"])
    assert doc["features"][0]["geometry"] == {"type": "Point", "coordinates": [40.14084, 35.33588]}
    assert list(first) == list(EVENT_COLUMNS)
    assert {k: first[k] for k in ("sub_event_type", "actor1", "actor1_country", "actor2", "actor2_country",
                                  "fatalities", "injuries", "excerpt")} == {
        "sub_event_type": "Air/drone strike", "actor1": "US-led coalition", "actor1_country": "US",
        "actor2": "Islamic State", "actor2_country": None, "fatalities": 4, "injuries": 9, "excerpt": S1}
    assert (second["actor1"], second["actor2"], second["fatalities"]) == (
        "Government of Syria", "Syrian Democratic Forces", None)
    assert third["actor1"] is None and third["fatalities"] is None
    back = gpd.read_file(path)
    assert len(back) == 3
    assert back.geometry.x.tolist() == pytest.approx([40.14084, 6.14569, 40.14084])
    assert back.geometry.y.tolist() == pytest.approx([35.33588, 46.20222, 35.33588])
    assert back["location_name"].tolist() == ["Deir ez-Zor", "Geneva", "Deir ez-Zor"]
    assert back["actor1"].tolist()[:2] == ["US-led coalition", "Government of Syria"]
    assert back["fatalities"].iloc[0] == 4 and pd.isna(back["fatalities"].iloc[1])


def test_mentions_geojson_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "mentions.geojson"
    write_export([deir_geneva_article(), _demonym_article()], path, "geojson", schema="mentions")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert len(doc["features"]) == 4
    assert doc["features"][0]["properties"]["excerpt"] == S1
    roles = [f["properties"]["role"] for f in doc["features"]]
    assert roles == ["event_site", "venue", "event_site", "actor"]
    assert doc["features"][3]["properties"]["geonameid"] is None
    back = gpd.read_file(path)
    assert back.geometry.x.tolist() == pytest.approx([40.14084, 6.14569, 40.14084, 38.0])
    assert back["name"].tolist() == ["Deir ez-Zor", "Geneva", "Deir ez-Zor", "Syria"]


def test_csv_has_columns_and_coordinates(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_export([deir_geneva_article()], path, "csv")
    df = pd.read_csv(path, keep_default_na=False, na_values=[""])
    assert list(df.columns) == list(EVENT_COLUMNS)
    assert df["lat"].tolist() == [35.33588, 46.20222, 35.33588]
    assert df["lon"].tolist() == [40.14084, 6.14569, 40.14084]
    assert df["actor1"].iloc[0] == "US-led coalition"
    assert df["fatalities"].iloc[0] == 4 and math.isnan(df["fatalities"].iloc[1])
    path = tmp_path / "acled.csv"
    write_export(realistic_articles(), path, "csv", schema="acled")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(ACLED) and len(lines) == 7
    assert lines[4] == ("2024-05-08,Battles,Armed clash,Military Forces of Syria,Hayat Tahrir al Sham,Syria,"
                        "Idlib,Idlib,35.93062,36.63393,1,https://news.example.org/sy-2024-05-08,"
                        '"Fighting broke out on the outskirts of Idlib overnight, and six fighters were '
                        'killed.",6,SYR3,2024,1,,2,760,,')
    path = tmp_path / "mentions.csv"
    write_export([deir_geneva_article()], path, "csv", schema="mentions")
    df = pd.read_csv(path)
    assert list(df.columns) == list(COLUMNS)
    assert df["text"].tolist() == ["Deir ez-Zor", "Geneva", "Deir ez-Zor"]
    assert df["role"].tolist() == ["event_site", "venue", "event_site"]


@pytest.mark.parametrize("schema, layer, rows", [("events", "events", 3), ("acled", "events", 3),
                                                 ("mentions", "mentions", 4)])
def test_gpkg_round_trip(tmp_path: Path, schema: str, layer: str, rows: int) -> None:
    path = tmp_path / "out.gpkg"
    write_export([deir_geneva_article(), _demonym_article()], path, "gpkg", schema=schema)
    assert pyogrio.list_layers(path).tolist() == [[layer, "Point"]]
    back = gpd.read_file(path, layer=layer)
    assert back.crs.to_epsg() == 4326
    assert len(back) == rows
    columns = {"events": EVENT_COLUMNS, "acled": ACLED_COLUMNS, "mentions": COLUMNS}[schema]
    assert list(back.columns) == [*columns, "geometry"]
    if schema == "events":
        assert back["geonameid"].tolist() == [170794, 2660646, 170794]
        assert back["actor1"].tolist()[:2] == ["US-led coalition", "Government of Syria"]
        assert back["political"].tolist() == [False, False, False]
        assert back["fatalities"].iloc[0] == 4 and pd.isna(back["fatalities"].iloc[1])
    elif schema == "acled":
        assert back["fatalities"].tolist() == [4, 0, 0]
        assert back["location"].tolist() == ["Deir ez-Zor", "Geneva", "Deir ez-Zor"]
    else:
        assert back["geonameid"].tolist()[:3] == [170794, 2660646, 170794]
        assert pd.isna(back["geonameid"].iloc[3])
        assert back["role"].tolist() == ["event_site", "venue", "event_site", "actor"]
        assert back.geometry.x.tolist() == pytest.approx([40.14084, 6.14569, 40.14084, 38.0])
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("schema", ["events", "acled", "mentions"])
@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "csv", "gpkg"])
def test_empty_input_gives_valid_empty_file(tmp_path: Path, fmt: str, schema: str) -> None:
    path = tmp_path / f"empty.{fmt}"
    write_export([], path, fmt, schema=schema)
    assert path.exists()
    columns = {"events": EVENT_COLUMNS, "acled": ACLED_COLUMNS, "mentions": COLUMNS}[schema]
    if fmt == "jsonl":
        assert path.read_text() == ""
    elif fmt == "geojson":
        assert json.loads(path.read_text()) == {"type": "FeatureCollection", "features": []}
    elif fmt == "csv":
        assert path.read_text().strip() == ",".join(columns)
    else:
        layer = "mentions" if schema == "mentions" else "events"
        back = gpd.read_file(path, layer=layer)
        assert len(back) == 0
        assert list(back.columns) == [*columns, "geometry"]
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

    def second_one_fails(a: Doc, event_ids: list[str] | None = None) -> dict:
        calls.append(a)
        if len(calls) == 2:  # the first record has already been written to the temp file
            raise RuntimeError("disk on fire")
        return real(a, event_ids)

    monkeypatch.setattr(export, "article_record", second_one_fails)
    with pytest.raises(ExportError, match="disk on fire"):
        write_export([deir_geneva_article(), deir_geneva_article()], path, "jsonl")
    assert path.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_failed_gpkg_write_keeps_existing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
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


def test_unknown_format_or_schema_is_a_mapper_error(tmp_path: Path) -> None:
    with pytest.raises(MapperError, match="unknown export format 'shp'"):
        write_export([], tmp_path / "x.shp", "shp")
    with pytest.raises(MapperError, match="unknown schema 'rows'"):
        write_export([], tmp_path / "x.csv", "csv", schema="rows")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------ CSV formula injection

GOMA = Place(name="Goma", lat=-1.67409, lon=29.22845, country_code="CD", kind="city", geonameid=216281,
             country="Democratic Republic of the Congo", admin1_name="Nord-Kivu")
HOSTILE_TEXT = "@SUM(1+1) Gunmen attacked Goma on Friday, killing three."
HOSTILE_TITLE = '=HYPERLINK("http://evil.example","open")'


def _hostile_article() -> Doc:
    """Every text cell starts like a formula (=, +, -, @, tab, CR); the place is south of the equator."""
    m = Mention(HOSTILE_TEXT.index("Goma"), HOSTILE_TEXT.index("Goma") + 4, "Goma", GOMA, 0.9,
                sentence=(0, len(HOSTILE_TEXT)))
    ev = Event("Battles", "Armed clash", GOMA, date="2024-05-10", time_precision=1,
               actor1=Actor("+cmd|' /C calc'!A0"), actor2=Actor("\tPolice Forces"), fatalities=3,
               excerpts=[Excerpt("-2+3", HOSTILE_TEXT, 0, len(HOSTILE_TEXT))],
               sources=[Source("-2+3", HOSTILE_TITLE, None)], confidence=0.8, mentions=[m])
    return Doc(Article("-2+3", HOSTILE_TEXT, title=HOSTILE_TITLE, published="\r=1+1"), [m], [ev],
               roles=[Role("event_site")])


@pytest.mark.parametrize(("schema", "expected"), [
    ("events", {"actor1": "'+cmd|' /C calc'!A0", "actor2": "'\tPolice Forces", "excerpt": f"'{HOSTILE_TEXT}",
                "article_ids": "'-2+3", "titles": f"'{HOSTILE_TITLE}", "lat": "-1.67409", "lon": "29.22845"}),
    ("acled", {"actor1": "'+cmd|' /C calc'!A0", "actor2": "'\tPolice Forces", "source": f"'{HOSTILE_TITLE}",
               "notes": f"'{HOSTILE_TEXT}", "latitude": "-1.67409", "fatalities": "3"}),
    ("mentions", {"article_id": "'-2+3", "title": f"'{HOSTILE_TITLE}", "published": "'\n=1+1",
                  "excerpt": f"'{HOSTILE_TEXT}", "lat": "-1.67409", "start": "26"}),
])
def test_csv_cells_that_would_start_a_formula_are_written_as_text(tmp_path: Path, schema: str,
                                                                  expected: dict[str, str]) -> None:
    path = tmp_path / f"{schema}.csv"
    write_export([_hostile_article()], path, "csv", schema=schema)
    with path.open(encoding="utf-8", newline="") as f:
        (row,) = csv.DictReader(f)
    assert {k: row[k] for k in expected} == expected
    # Nothing else starts a formula either; numbers stay numbers (a latitude of -1.67 is no formula).
    starts = [k for k, v in row.items() if v.startswith(export.FORMULA_STARTS)]
    assert all(float(row[k]) < 0 for k in starts)


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@A1", "\t=1", "\n=1"])
def test_csv_text_cell(value: str) -> None:
    assert export.csv_text_cell(value) == "'" + value
    assert export.csv_text_cell("Goma " + value) == "Goma " + value
    assert export.csv_text_cell(-1.5) == -1.5


def test_a_carriage_return_cannot_start_a_row_of_its_own(tmp_path: Path) -> None:
    """Python's csv module does not quote a field holding a lone CR (with "\n" line ends), and readers end
    the row there: "Goma\r=cmd" would put a cell starting with "=" on a new row."""
    assert export.csv_text_cell("\r=1") == "'\n=1"
    assert export.csv_text_cell("Goma\r=cmd|' /C calc'!A0\r\nend") == "Goma\n=cmd|' /C calc'!A0\nend"
    a = _hostile_article()
    a.events[0].actor1 = Actor("Gunmen\r=cmd|' /C calc'!A0")
    path = tmp_path / "events.csv"
    write_export([a], path, "csv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 2 and rows[1][list(EVENT_COLUMNS).index("actor1")] == "Gunmen\n=cmd|' /C calc'!A0"


def test_a_title_cleaned_of_its_leading_tab_is_still_written_as_text(tmp_path: Path,
                                                                     pipeline: Pipeline) -> None:
    """The reader makes a title one clean line: "\\t=HYPERLINK(...)" becomes "=HYPERLINK(...)", which
    the CSV writer must then quote (the check is on the cell as written, after every cleaning step)."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a1", "title": "\t" + HOSTILE_TITLE,
                                "text": "Gunmen attacked Goma on Friday, killing three soldiers."}) + "\n",
                    encoding="utf-8")
    out = tmp_path / "acled.csv"
    extract([str(feed)], out, fmt="csv", schema="acled", pipeline=pipeline, published="2024-05-10")
    with out.open(encoding="utf-8", newline="") as f:
        (row,) = csv.DictReader(f)
    assert (row["source"], row["location"], row["latitude"]) == (f"'{HOSTILE_TITLE}", "Goma", "-1.67409")


def test_event_ids_carry_a_hostile_article_id_as_data() -> None:
    hostile = '=HYPERLINK("http://x")#{{ 7*7 }}${7*7}\u2028"'
    text = "Gunmen clashed with police in Geneva on Friday."
    at = text.index("Geneva")
    m = Mention(at, at + 6, "Geneva", GENEVA, 0.9, sentence=(0, len(text)))
    ev = Event("Battles", "Armed clash", GENEVA, date="2024-05-10",
               excerpts=[Excerpt(hostile, text, 0, len(text))], sources=[Source(hostile)], mentions=[m])
    a = Doc(Article(hostile, text + "\x85\u2029"), [m], [ev], roles=[Role("event_site")])
    incidents = merge([a])
    out = io.StringIO()
    write_jsonl([a], out, incidents)
    (line,) = out.getvalue().splitlines()
    (rec_event,) = json.loads(line)["events"]
    assert rec_event["event_id"] == hostile + "#1"
    assert not {"\x85", "\u2028", "\u2029"} & set(line)  # escaped: one record, one line, for any reader
    (row,) = to_geodataframe([a], incidents=incidents).drop(columns="geometry").to_dict("records")
    assert row["event_id"] == hostile + "#1"


# ------------------------------------------------------------ format from the output's extension


@pytest.mark.parametrize(("name", "fmt"), [
    ("events.csv", "csv"), ("EVENTS.GeoJSON", "geojson"), ("events.gpkg", "gpkg"),
    ("events.parquet", "parquet"), ("events.geoparquet", "parquet"), ("a.ndjson", "jsonl"),
    ("a.jsonl", "jsonl"), ("a.json", "jsonl"),
    ("a.txt", "jsonl"), ("noext", "jsonl"), ("-", "jsonl"), (None, "jsonl")])
def test_format_for_reads_the_extension(name: str | None, fmt: str) -> None:
    assert export.format_for(name) == fmt


def test_extract_without_a_format_writes_what_the_extension_names(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Gunmen attacked Goma on Friday, killing three.", encoding="utf-8")
    extract([str(src)], tmp_path / "events.csv")
    extract([str(src)], tmp_path / "events.geojson")
    rows = list(csv.DictReader((tmp_path / "events.csv").open(encoding="utf-8")))
    assert [(r["location_name"], r["fatalities"]) for r in rows] == [("Goma", "3")]
    feats = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["location_name"] for f in feats] == ["Goma"]
    extract([str(src)], tmp_path / "events.csv", fmt="jsonl")  # a stated format wins
    record = json.loads((tmp_path / "events.csv").read_text(encoding="utf-8"))
    assert record["events"][0]["location"] == "Goma"
