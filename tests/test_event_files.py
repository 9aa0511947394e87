"""Maps from event files without re-analysis (issue 16): mapper's own exports and ACLED CSVs read back
as incidents, bad rows reported one line each, filters, one map layer per file, and hostile text in an
ACLED CSV shown as text in Chromium."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from map_doc import doc_of, sites_of
from test_injection import ALL
from test_map_browser import Page, launch_browser

from mapper.doc import Doc
from mapper.errors import UsageError
from mapper.events.merge import Merger
from mapper.io.export import to_geodataframe, write_export
from mapper.mapview.events_file import EventFilter, event_file_kind, map_event_files, read_events
from mapper.model import Actor, Article, Event, Excerpt, Incident, Mention, Place, Source

ROOT = Path(__file__).resolve().parents[1]

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
                "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                "notes,fatalities,tags,timestamp\n")
ACLED_ROWS = [
    "SYR1,2016-09-17,2016,1,Political violence,Explosions/Remote violence,Air/drone strike,"
    "Military Forces of the United States,,8,Military Forces of Syria,,1,18,,760,Middle East,Syria,"
    "Deir ez Zor,Deir ez Zor,,Deir ez Zor,35.3359,40.1408,1,Reuters,International,"
    '"Coalition airstrikes hit army positions near Deir ez Zor airport, killing 62 soldiers.",62,,1\n',
    "SYR2,18 September 2016,2016,1,Demonstrations,Protests,Peaceful protest,Protesters (Syria),,6,,,0,60,,"
    "760,Middle East,Syria,Aleppo,Jebel Saman,,Aleppo,36.2021,37.1343,2,SOHR,National,Residents of Aleppo "
    "protested.,0,,1618523000\n",
    "SYR3,2016-09-19,2016,1,Political violence,Battles,Armed clash,Military Forces of Syria,,1,IS,,2,12,,760,"
    "Middle East,Syria,Idlib,,,Idlib,north,36.63,1,SOHR,National,Clashes.,3,,1618523000\n",
    "IRQ4,someday,2016,1,Political violence,Battles,Armed clash,IS,,2,,,0,20,,368,Middle East,Iraq,Ninewa,,,"
    "Mosul,36.34,43.13,1,AFP,International,Clashes.,1,,1618523000\n",
    "IRQ5,2016-10-20,2016,1,Political violence,,Armed clash,IS,,2,,,0,20,,368,Middle East,Iraq,Ninewa,,,"
    "Mosul,36.34,43.13,1,AFP,International,Clashes.,1,,1618523000\n",
    "IRQ6,2016-10-21,2016,2,Political violence,Battles,Armed clash,Military Forces of Iraq,,1,IS,,2,12,,368,"
    "Middle East,Iraq,Ninewa,,,Mosul,36.34,43.13,2,AFP,International,Iraqi forces fought IS near Mosul.,"
    "4,,1\n",
]


def _acled(tmp_path: Path, name: str = "acled.csv", rows: list[str] = ACLED_ROWS) -> Path:
    path = tmp_path / name
    path.write_text(ACLED_HEADER + "".join(rows), encoding="utf-8")
    return path


def _key(inc: Incident) -> tuple:
    p = inc.location
    return (inc.id, inc.event_type, inc.sub_event_type, p.name, p.lat, p.lon, p.country, inc.date,
            inc.geo_precision, inc.fatalities, str(inc.actor1 or ""), str(inc.actor2 or ""),
            [x.text for x in inc.excerpts], [s.title for s in inc.sources])


def test_acled_rows_become_incidents_and_each_bad_row_is_one_line(tmp_path: Path) -> None:
    path = _acled(tmp_path)
    assert event_file_kind(path) == "csv"
    layer = read_events(path)
    assert [_key(i) for i in layer.incidents] == [
        ("SYR1", "Explosions/Remote violence", "Air/drone strike", "Deir ez Zor", 35.3359, 40.1408, "Syria",
         "2016-09-17", 1, 62, "Military Forces of the United States", "Military Forces of Syria",
         ["Coalition airstrikes hit army positions near Deir ez Zor airport, killing 62 soldiers."],
         ["Reuters"]),
        ("SYR2", "Protests", "Peaceful protest", "Aleppo", 36.2021, 37.1343, "Syria", "2016-09-18", 2, 0,
         "Protesters (Syria)", "", ["Residents of Aleppo protested."], ["SOHR"]),
        ("IRQ6", "Battles", "Armed clash", "Mosul", 36.34, 43.13, "Iraq", "2016-10-21", 2, 4,
         "Military Forces of Iraq", "IS", ["Iraqi forces fought IS near Mosul."], ["AFP"]),
    ]
    assert layer.incidents[2].time_precision == 2 and layer.incidents[0].location.admin1_name == "Deir ez Zor"
    assert [str(p) for p in layer.problems] == [
        f"{path}:row 4: latitude 'north' is not a number",
        f"{path}:row 5: event_date 'someday' is not a date",
        f"{path}:row 6: event_type is empty",
    ]


def _docs() -> list[Doc]:
    """Two articles reporting one airstrike (merged into one incident) and a statement in Geneva."""
    deir = Place("Deir ez-Zor", 35.33588, 40.14084, "SY", "city", geonameid=170794, country="Syria",
                 admin1_name="Deir ez-Zor")
    geneva = Place("Geneva", 46.20222, 6.14569, "CH", "city", geonameid=2660646, country="Switzerland")
    a = Article("a", "Airstrikes hit Deir ez-Zor on Saturday, killing 62 soldiers.", title="Strikes",
                url="https://example.org/a", published="2016-09-18")
    b = Article("b", "Coalition jets struck Deir ez-Zor. In Geneva, envoys met.", title="Jets",
                url="https://example.org/b", published="2016-09-18")
    strike_a = Event("Explosions/Remote violence", "Air/drone strike", deir, date="2016-09-17",
                     time_precision=1, actor1=Actor("US-led coalition", "US"), fatalities=62,
                     excerpts=[Excerpt("a", a.text, 0, len(a.text))], sources=[Source("a", a.title, a.url)],
                     id="a#1")
    strike_b = Event("Explosions/Remote violence", "Air/drone strike", deir, date="2016-09-17",
                     time_precision=1, fatalities=60,
                     excerpts=[Excerpt("b", "Coalition jets struck Deir ez-Zor.", 0, 34)],
                     sources=[Source("b", b.title, b.url)], id="b#1")
    talks = Event("Political", "Meeting/talks", geneva, date="2016-09-18", role="venue",
                  excerpts=[Excerpt("b", "In Geneva, envoys met.", 35, 57)],
                  sources=[Source("b", b.title, b.url)], id="b#2")
    return [Doc(a, [], [strike_a]), Doc(b, [], [strike_b, talks])]  # the exports need no mentions


def _merged(docs: list[Doc]) -> list[Incident]:
    merger = Merger()
    for d in docs:
        merger.add(d)
    return merger.incidents()


def _summary(inc: Incident) -> tuple:
    p = inc.location
    return (inc.id, inc.event_type, inc.sub_event_type, p.name, round(p.lat, 4), round(p.lon, 4), inc.date,
            inc.fatalities, str(inc.actor1 or ""), sorted(s.article_id for s in inc.sources))


STRIKE = ("a#1", "Explosions/Remote violence", "Air/drone strike", "Deir ez-Zor", 35.3359, 40.1408,
          "2016-09-17", 62, "US-led coalition", ["a", "b"])
TALKS = ("b#2", "Political", "Meeting/talks", "Geneva", 46.2022, 6.1457, "2016-09-18", None, "", ["b"])


@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "csv", "parquet"])
def test_mapper_exports_read_back_as_their_incidents(tmp_path: Path, fmt: str) -> None:
    docs = _docs()
    incidents = _merged(docs)
    assert [_summary(i) for i in incidents] == [STRIKE, TALKS]  # what was written
    path = tmp_path / f"ours.{fmt}"
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
        to_geodataframe(docs, "events", incidents).to_parquet(path)
    else:
        write_export(docs, path, fmt, incidents=incidents)
    assert event_file_kind(path) == fmt
    layer = read_events(path)
    assert layer.problems == []
    assert [_summary(i) for i in layer.incidents] == [STRIKE, TALKS]
    strike = layer.incidents[0]
    assert strike.location.country == ("" if fmt == "jsonl" else "Syria")  # no mention gives it in JSONL
    assert strike.excerpts[0].text == "Airstrikes hit Deir ez-Zor on Saturday, killing 62 soldiers."
    if fmt == "jsonl":  # every report's excerpt and source, as the run merged them
        assert [x.text for x in strike.excerpts] == [docs[0].text, "Coalition jets struck Deir ez-Zor."]
        assert [(s.title, s.url) for s in strike.sources] == [("Strikes", "https://example.org/a"),
                                                              ("Jets", "https://example.org/b")]
    # mapper's ACLED-schema CSV: ACLED's columns, political events left out.
    acled = tmp_path / "ours-acled.csv"
    write_export(docs, acled, "csv", schema="acled", incidents=incidents)
    [only] = read_events(acled).incidents
    assert (only.event_type, only.location.name, only.date, only.fatalities, str(only.actor1)) == (
        "Explosions/Remote violence", "Deir ez-Zor", "2016-09-17", 62, "Global Coalition Against Daesh")


def test_a_jsonl_export_keeps_the_kind_of_its_places(tmp_path: Path) -> None:
    """A village in Benue state, coded at the state (geo_precision 2): read back, the place is still a
    province, so the map says "somewhere in Benue", not "near" its centre. A kind that is not one of
    mapper's is left out."""
    benue = Place("Benue", 7.33333, 8.75, "NG", "admin1", geonameid=2347266, country="Nigeria")
    text = "Gunmen killed 12 people in Yelewata, a village in Benue state, on Friday."
    m = Mention(text.index("Benue"), text.index("Benue") + 5, "Benue", benue, sentence=(0, len(text)))
    ev = Event("Violence against civilians", "Attack", benue, date="2025-06-13", geo_precision=2,
               fatalities=12, excerpts=[Excerpt("y", text, 0, len(text))], mentions=[m], id="y#1")
    path = tmp_path / "ours.jsonl"
    write_export([Doc(Article("y", text, title="Yelewata"), [m], [ev])], path, "jsonl")
    [inc] = read_events(path).incidents
    assert (inc.location.name, inc.location.kind, inc.location.country, inc.geo_precision) == (
        "Benue", "admin1", "Nigeria", 2)
    record = json.loads(path.read_text(encoding="utf-8"))
    record["mentions"][0]["kind"] = "<b>province</b>"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [inc] = read_events(path).incidents
    assert (inc.location.kind, inc.location.country) == ("", "Nigeria")


@pytest.mark.parametrize("fmt", ["csv", "geojson", "parquet"])
def test_a_table_export_s_places_take_their_kind_from_the_gazetteer(tmp_path: Path, fmt: str) -> None:
    """A table has no column for the place's kind: its GeoNames id, when the gazetteer has that place at
    that point, gives it, so a village coded at Benue state reads "somewhere in Benue" on the map, and
    the town of Deir ez-Zor stays a town ("near" it). An id that is not the place at the point gives
    nothing."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    benue = Place("Benue", 7.33825, 8.82139, "NG", "admin1", geonameid=2347266, country="Nigeria")
    deir = Place("Deir ez-Zor", 35.33588, 40.14084, "SY", "city", geonameid=170794, country="Syria")
    elsewhere = Place("Elsewhere", 10.0, 10.0, "NG", "city", geonameid=2660646, country="Nigeria")  # Geneva's
    text = "Gunmen killed 12 people in a village in Benue state. Shelling near Deir ez-Zor. Elsewhere too."
    evs = [Event("Violence against civilians", "Attack", p, date="2025-06-13", geo_precision=2,
                 excerpts=[Excerpt("y", text, 0, len(text))], id=f"y#{n}")
           for n, p in enumerate((benue, deir, elsewhere), start=1)]
    docs = [Doc(Article("y", text, title="Y"), [], evs)]
    path = tmp_path / f"ours.{fmt}"
    if fmt == "parquet":
        to_geodataframe(docs, "events").to_parquet(path)
    else:
        write_export(docs, path, fmt)
    assert {i.location.kind for i in read_events(path).incidents} == {""}  # the file itself has no kind
    map_event_files([path], tmp_path / "map.html", offline=True)
    kinds = {s.name: (s.kind, s.events[0].geo_precision) for s in sites_of(doc_of(
        (tmp_path / "map.html").read_text(encoding="utf-8")))}
    assert kinds == {"Benue": ("admin1", 2), "Deir ez-Zor": ("city", 2), "Elsewhere": ("", 2)}


def test_an_acled_table_s_places_take_their_kind_from_name_and_point(tmp_path: Path) -> None:
    """An ACLED CSV has no GeoNames id: a row whose location is the name of a gazetteer place at that
    point takes the place's kind. Benue state at its centre, and Idlib at the governorate's point
    (where Idlib district lies too; the admin1 column names it), are provinces, so their approximate
    events read "somewhere in"; Idlib at the city's point, and Deir ez Zor at the city's, stay towns
    ("near"); a name at another point gets no kind. mapper's own --schema acled export of a province
    event is read back the same way."""
    header = "event_id_cnty,event_date,event_type,country,admin1,location,latitude,longitude,geo_precision\n"
    rows = ["NGA1,2025-06-13,Violence against civilians,Nigeria,Benue,Benue,7.33825,8.82139,2\n",
            "SYR1,2025-06-13,Battles,Syria,Idlib,Idlib,35.82731,36.62064,2\n",
            "SYR2,2025-06-13,Battles,Syria,Idlib,Idlib,35.93062,36.63393,2\n",
            "SYR3,2025-06-13,Battles,Syria,Deir ez Zor,Deir ez Zor,35.33588,40.14084,2\n",
            "SYR4,2025-06-13,Battles,Syria,Aleppo,Aleppo,30.0,30.0,2\n"]
    path = tmp_path / "acled.csv"
    path.write_text(header + "".join(rows), encoding="utf-8")
    map_event_files([path], tmp_path / "map.html", offline=True)
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    kinds = sorted((s.name, round(s.lat, 2), s.kind) for s in sites_of(doc_of(page)))
    assert kinds == [("Aleppo", 30.0, ""), ("Benue", 7.34, "admin1"), ("Deir ez Zor", 35.34, "city"),
                     ("Idlib", 35.83, "admin1"), ("Idlib", 35.93, "city")]
    benue = Place("Benue", 7.33825, 8.82139, "NG", "admin1", geonameid=2347266, country="Nigeria")
    text = "Gunmen killed 12 people in a village in Benue state."
    ev = Event("Violence against civilians", "Attack", benue, date="2025-06-13", geo_precision=2,
               excerpts=[Excerpt("y", text, 0, len(text))], id="y#1")
    ours = tmp_path / "ours-acled.csv"
    write_export([Doc(Article("y", text, title="Y"), [], [ev])], ours, "csv", schema="acled")
    map_event_files([ours], tmp_path / "ours.html", offline=True)
    [site] = sites_of(doc_of((tmp_path / "ours.html").read_text(encoding="utf-8")))
    assert (site.name, site.kind, site.events[0].geo_precision) == ("Benue", "admin1", 2)


def test_a_hostile_acled_location_gets_no_kind_in_linear_work() -> None:
    """The kind lookup of an ACLED row's location (its name through the gazetteer's index) on a
    100 KB name of payloads and place names at a province's point: no kind, and twice the name costs
    about twice the work."""
    from test_linear import GROWTH, growth

    from mapper.gazetteer import Gazetteer
    from mapper.mapview.events_file import _known_kinds
    from mapper.mapview.sites import MapSite

    gaz = Gazetteer.load()

    def site(n: int) -> MapSite:
        name = ("Benue " + ALL + " ") * (n // (len(ALL) + 7) + 1)
        return MapSite(Place(name[:n], 7.33825, 8.82139, "NG", "", country="Nigeria", admin1_name=name[:n]))

    big = site(100_000)
    _known_kinds([big], gaz)
    assert big.place.kind == ""
    assert growth(lambda n: lambda: _known_kinds([site(n)], gaz), 50_000) < GROWTH


def test_what_is_not_an_event_file(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text('{"id": "x", "text": "Airstrikes hit Aleppo.", "events": []}\n', encoding="utf-8")
    table = tmp_path / "articles.csv"
    table.write_text("id,text,latitude,longitude,event_type\nx,Airstrikes hit Aleppo.,1,2,Battles\n",
                     encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Airstrikes hit Aleppo.", encoding="utf-8")
    assert [event_file_kind(p) for p in (articles, table, text, tmp_path, "-", tmp_path / "missing.csv")] == [
        None] * 6
    layer = read_events(text)
    assert [str(p) for p in layer.problems] == [
        f"{text}: not an event file mapper can read (mapper's JSONL, GeoJSON or GeoParquet export, or a CSV "
        "with ACLED's columns)"]
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    assert [p.reason for p in read_events(broken).problems] == [
        "not GeoJSON: Expecting value: line 1 column 44 (char 43)"]


def test_filters_choose_the_events(tmp_path: Path) -> None:
    path = _acled(tmp_path)

    def ids(**kw: object) -> list[str]:
        layer = read_events(path, where=EventFilter(**kw))  # type: ignore[arg-type]
        assert layer.filtered == 3 - len(layer.incidents)
        return [i.id for i in layer.incidents]

    assert ids() == ["SYR1", "SYR2", "IRQ6"]
    assert ids(since=dt.date(2016, 9, 18)) == ["SYR2", "IRQ6"]
    assert ids(until=dt.date(2016, 9, 18)) == ["SYR1", "SYR2"]
    assert ids(since=dt.date(2016, 9, 18), until=dt.date(2016, 9, 18)) == ["SYR2"]
    assert ids(countries=("iraq",)) == ["IRQ6"]
    assert ids(countries=("Syria", "Iraq")) == ["SYR1", "SYR2", "IRQ6"]
    assert ids(types=("battles",)) == ["IRQ6"]
    assert ids(types=("Air/drone strike", "Peaceful protest")) == ["SYR1", "SYR2"]
    assert ids(actors=("military forces of",)) == ["SYR1", "IRQ6"]
    assert ids(actors=("IS",), types=("Battles",), countries=("Iraq",)) == ["IRQ6"]
    undated = Incident("u", ("u",), "Battles", "Armed clash", Place("X", 1.0, 2.0, "", ""), None, 1, 1,
                       "event_site", None, None, None, None, (), (), 0.0)
    assert EventFilter()(undated) and not EventFilter(since=dt.date(2000, 1, 1))(undated)
    with pytest.raises(UsageError, match=r"^--since 2016-09-19 is after --until 2016-09-18$"):
        EventFilter(since=dt.date(2016, 9, 19), until=dt.date(2016, 9, 18))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapper", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_cli_maps_each_event_file_as_a_layer(tmp_path: Path) -> None:
    ours = tmp_path / "ours.jsonl"
    docs = _docs()
    write_export(docs, ours, "jsonl", incidents=_merged(docs))
    acled = _acled(tmp_path)
    out = tmp_path / "map.html"
    r = _cli("map", str(ours), str(acled), "-o", str(out), "--offline")
    assert r.returncode == 1, r.stderr  # three bad rows: reported, the rest drawn
    lines = r.stderr.splitlines()
    assert lines[:3] == [f"error: {acled}:row 4: latitude 'north' is not a number",
                         f"error: {acled}:row 5: event_date 'someday' is not a date",
                         f"error: {acled}:row 6: event_type is empty"]
    assert lines[3:5] == [f"{ours}: 2 events (jsonl), 0 left out by the filters, 0 problems",
                          f"{acled}: 3 events (csv), 0 left out by the filters, 3 problems"]
    doc = doc_of(out.read_text(encoding="utf-8"))
    assert doc["title"] == "mapper — ours.jsonl and acled.csv"
    assert doc["sets"] == [str(ours), str(acled)]
    # Deir ez-Zor is in both files: one marker per file, never shared.
    assert list(zip(doc["site"]["name"], doc["site"]["set"], strict=True)) == [
        ("Deir ez-Zor", 0), ("Geneva", 0), ("Deir ez Zor", 1), ("Aleppo", 1), ("Mosul", 1)]
    strike = sites_of(doc)[0]
    assert [(e.sub, e.dead, e.sources) for e in strike.events] == [("Air/drone strike", 62, 2)]
    assert [(x.text, x.title, x.href) for x in strike.excerpts] == [
        (docs[0].text, "Strikes", "https://example.org/a"),
        ("Coalition jets struck Deir ez-Zor.", "Jets", "https://example.org/b")]
    assert strike.excerpts[0].marked == ["Deir ez-Zor"]

    # Filters, on every file; the clean file alone exits 0.
    r = _cli("map", str(ours), str(_acled(tmp_path, "clean.csv", ACLED_ROWS[:2] + ACLED_ROWS[5:])),
             "-o", str(out), "--offline", "--since", "2016-09-18", "--type", "Meeting/talks",
             "--type", "Battles")
    assert r.returncode == 0, r.stderr
    assert doc_of(out.read_text(encoding="utf-8"))["site"]["name"] == ["Geneva", "Mosul"]

    # A date that is not one: a usage error, nothing written (articles beside event files:
    # tests/test_map_mixed.py).
    out.unlink()
    r = _cli("map", str(ours), "--since", "last week", "-o", str(out))
    assert (r.returncode, r.stderr.splitlines()[-1]) == (2, "usage error: --since 'last week' is not a date "
                                                            "(YYYY-MM-DD)")
    # No event in any file: nothing written, exit 1.
    empty = _acled(tmp_path, "empty.csv", [ACLED_ROWS[2]])
    r = _cli("map", str(empty), "-o", str(out))
    assert r.returncode == 1 and not out.exists()
    assert r.stderr.splitlines()[-1] == f"error: no event could be read; {out} not written"


# Markers drawn in view per dataset (the first file's discs, the second's squares).
_MARKERS = """() => { const ms = window[document.querySelector('.folium-map').id].mapper.markers();
  return [0, 1].map(n => ms.filter(m => m.site >= 0 && m.set === n).length); }"""


@pytest.mark.browser
def test_two_event_files_draw_as_two_layers_and_hostile_text_stays_text(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    docs = _docs()
    ours = tmp_path / "ours.geojson"
    write_export(docs, ours, "geojson", incidents=_merged(docs))
    # Jinja, JS-template and format-string payloads in the notes, location, actors, source and file name.
    hostile = (f"SYR9,2016-09-17,2016,1,Political violence,Battles,Armed clash,Militia {ALL},,3,"
               f"Army {ALL},,1,13,,760,Middle East,Syria {ALL},Aleppo,,,Aleppo {ALL},36.2021,37.1343,1,"
               f"Source {ALL},National,"
               f"Notes {ALL} <img src=x onerror=alert(1)>,5,,1\n")
    acled = _acled(tmp_path, f"acled {ALL} <img src=x onerror=alert(1)>.csv", [ACLED_ROWS[0], hostile])
    out = tmp_path / "map.html"
    summary = map_event_files([ours, acled], out, offline=True)
    assert summary.ok and [len(layer.incidents) for layer in summary.layers] == [2, 2]
    with launch_browser(tmp_path_factory) as ctx:
        page = Page(ctx)
        p = page.page
        page.open(out)
        assert p.evaluate(_MARKERS) == [2, 2]
        # The layer control lists each file by its name, as text.
        labels = p.locator(".leaflet-control-layers-overlays label").all_inner_texts()
        assert [t.strip() for t in labels if "ours" in t or "acled" in t] == [str(ours), str(acled)]
        # Unticking a file's layer hides its markers only, and ticking it brings them back.
        loads = int(p.evaluate("document.querySelector('.mapper-root').getAttribute('data-mapper-loads')"))
        page.overlay(str(acled)).uncheck()
        page.wait_loads(loads + 1)
        assert p.evaluate(_MARKERS) == [2, 0]
        page.overlay(str(acled)).check()
        page.wait_loads(loads + 2)
        assert p.evaluate(_MARKERS) == [2, 2]
        # The hostile row's popup and panel show every payload as its characters.
        text = p.evaluate("""() => {
          const map = window[document.querySelector('.folium-map').id];
          const site = map.mapper.names.findIndex(n => n.startsWith('Aleppo'));
          map.mapper.openPopup(site);
          const popup = document.querySelector('.leaflet-popup-content').innerText;
          map.mapper.openPanel(site);
          return popup + '\\n' + document.querySelector('.mapper-panel').innerText;
        }""")
        for expected in (f"Aleppo {ALL}", f"Militia {ALL}", f"Army {ALL}", f"Syria {ALL}", f"Source {ALL}",
                         f"Notes {ALL} <img src=x onerror=alert(1)>"):
            assert expected in text
        assert p.title() == f"mapper — ours.geojson and {acled.name}"
        assert page.dialogs == [] and page.errors == []
        assert page.count("img:not(.leaflet-tile), [onerror]") == 0
        page.close()


def test_the_filters_choose_an_article_maps_events_too(tmp_path: Path, pipeline: object) -> None:
    from mapper.run import analyse_inputs, make_map

    examples = ROOT / "examples"
    _docs_read, incidents, _summary_read = analyse_inputs([str(examples)], pipeline=pipeline)  # type: ignore[arg-type]
    political = sorted(i.location.name for i in incidents if i.event_type == "Political")
    assert 0 < len(political) < len(incidents)
    out = tmp_path / "map.html"
    make_map([str(examples)], out, pipeline=pipeline, offline=True,  # type: ignore[arg-type]
             where=EventFilter(types=("political",)))
    shown = [(site.name, ev.type) for site in sites_of(doc_of(out.read_text(encoding="utf-8")))
             for ev in site.events]
    assert sorted(shown) == [(name, "Political") for name in political]
