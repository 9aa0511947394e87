"""ACLED's fields in the exports (issue 14): event_id_cnty, year, iso, time_precision, admin2/admin3,
inter1/inter2, ACLED's actor names, and the place in the English form the article writes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from mapper.doc import Doc
from mapper.events.merge import merge
from mapper.io.export import CountryNumbers, english_location, to_geodataframe, write_export, write_jsonl
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Role, Source

# The gazetteer's spellings are GeoNames' ("Dayr az Zawr", "Turmus‘ayyā"); the article writes the English one.
HODEIDAH = Place("Al Hudaydah", 14.79781, 42.95452, "YE", "city", country="Yemen", admin1_name="Al Hudaydah")
TURMUS = Place("Turmus‘ayyā", 32.03, 35.28, "PS", "city", country="Palestine", admin1_name="West Bank")
KHERSON = Place("Kherson Oblast", 46.6, 33.4, "UA", "admin1", country="Ukraine", admin1_name="Kherson Oblast")
BAKHMUT_DISTRICT = Place("Bakhmut Raion", 48.6, 38.0, "UA", "admin2", country="Ukraine",
                         admin1_name="Donetsk Oblast")


def _doc(article_id: str, text: str, surface: str, place: Place, sub: str, etype: str, date: str,
         actor1: Actor | None = None, actor2: Actor | None = None, fatalities: int | None = None) -> Doc:
    start = text.index(surface)
    m = Mention(start, start + len(surface), surface, place, 0.9, sentence=(0, len(text)))
    ev = Event(event_type=etype, sub_event_type=sub, location=place, date=date, time_precision=1,
               geo_precision=1, actor1=actor1, actor2=actor2, fatalities=fatalities,
               excerpts=[Excerpt(article_id, text, 0, len(text))],
               sources=[Source(article_id, None, f"https://example.org/{article_id}", date)], confidence=0.8,
               mentions=[m], id=f"{article_id}#1")
    return Doc(Article(article_id, text, published=date), [m], [ev], roles=[Role("event_site")])


def _docs() -> list[Doc]:
    return [
        _doc("a", "Houthi drones hit Hodeidah's port on Monday, killing 3.", "Hodeidah's", HODEIDAH,
             "Air/drone strike", "Explosions/Remote violence", "2024-03-04", Actor("Houthis", "YE"),
             None, 3),
        _doc("b", "Settlers set fire to homes in Turmus Ayya on Friday.", "Turmus Ayya", TURMUS,
             "Looting/property destruction", "Strategic developments", "2023-06-23", Actor("settlers", "PS")),
        _doc("c", "Protesters rallied in Hodeidah on Friday.", "Hodeidah", HODEIDAH, "Peaceful protest",
             "Protests", "2024-03-08", Actor("protesters", "YE")),
        _doc("d", "Russian shelling hit KHERSON OBLAST villages.", "KHERSON OBLAST", KHERSON,
             "Shelling/artillery/missile attack", "Explosions/Remote violence", "2024-01-02",
             Actor("Russian forces", "RU"), Actor("civilians", "UA")),
        _doc("e", "Ukrainian forces held Bakhmut Raion on Monday.", "Bakhmut Raion", BAKHMUT_DISTRICT,
             "Armed clash", "Battles", "2023-05-01", Actor("Ukrainian forces", "UA"),
             Actor("Russian forces", "RU")),
    ]


def test_acled_rows_have_acleds_fields() -> None:
    gdf = to_geodataframe(_docs(), "acled").drop(columns="geometry")
    rows = [{k: (None if v is None or v != v else v) for k, v in r.items()} for r in gdf.to_dict("records")]
    assert [r["event_id_cnty"] for r in rows] == ["YEM1", "PSE1", "YEM2", "UKR1", "UKR2"]
    assert [r["year"] for r in rows] == [2024, 2023, 2024, 2024, 2023]
    assert [r["iso"] for r in rows] == [887, 275, 887, 804, 804]
    assert [r["time_precision"] for r in rows] == [1, 1, 1, 1, 1]
    # English names as the article writes them; a possessive dropped; a dateline-like capital spelling not
    assert [r["location"] for r in rows] == ["Hodeidah", "Turmus Ayya", "Hodeidah", "Kherson Oblast",
                                             "Bakhmut Raion"]
    assert [r["admin2"] for r in rows] == [None, None, None, None, "Bakhmut Raion"]
    assert [r["admin3"] for r in rows] == [None] * 5
    assert [(r["actor1"], r["inter1"]) for r in rows] == [
        ("Houthi Movement", 2), ("Settlers (Israel)", 4), ("Protesters (Yemen)", 6),
        ("Military Forces of Russia (2000-)", 1), ("Military Forces of Ukraine (2019-)", 1)]
    assert [(r["actor2"], r["inter2"]) for r in rows] == [
        ("", None), ("", None), ("", None), ("Civilians (Ukraine)", 7),
        ("Military Forces of Russia (2000-)", 1)]


def test_events_schema_and_jsonl_carry_the_same_fields() -> None:
    docs = _docs()
    gdf = to_geodataframe(docs, "events")
    assert gdf["event_id_cnty"].tolist() == ["YEM1", "PSE1", "YEM2", "UKR1", "UKR2"]
    assert gdf["location"].tolist()[:2] == ["Hodeidah", "Turmus Ayya"]
    assert gdf["location_name"].tolist()[:2] == ["Al Hudaydah", "Turmus‘ayyā"]  # the gazetteer's, unchanged
    assert gdf["inter1"].tolist()[:3] == [2, 4, 6]
    out = io.StringIO()
    write_jsonl(docs, out, merge(docs))
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    events = [e for r in records for e in r["events"]]
    assert [e["event_id_cnty"] for e in events] == ["YEM1", "PSE1", "YEM2", "UKR1", "UKR2"]
    assert [(e["actor1_acled"], e["inter1"], e["iso"], e["year"]) for e in events][0] == (
        "Houthi Movement", 2, 887, 2024)


def test_one_incident_one_number_across_articles() -> None:
    text = "Houthi drones hit Hodeidah on Monday, killing 3."
    docs = [_doc(x, text, "Hodeidah", HODEIDAH, "Air/drone strike", "Explosions/Remote violence",
                 "2024-03-04", Actor("Houthis", "YE"), None, 3) for x in ("a", "b")]
    incidents = merge(docs)
    assert len(incidents) == 1
    out = io.StringIO()
    write_jsonl(docs, out, incidents)
    ids = [e["event_id_cnty"] for line in out.getvalue().splitlines() for e in json.loads(line)["events"]]
    assert ids == ["YEM1", "YEM1"]  # both reports of the one incident
    assert to_geodataframe(docs, "acled", incidents)["event_id_cnty"].tolist() == ["YEM1"]


def test_country_numbers() -> None:
    n = CountryNumbers()
    assert [n("a#1", "SY"), n("b#1", "SY"), n("a#1", "SY"), n(None, "SY"), n("c#1", ""), n("d#1", "ZZ")] == [
        "SYR1", "SYR2", "SYR1", "SYR3", "XXX1", "ZZ1"]


def test_english_location_falls_back_to_the_gazetteers_name() -> None:
    (doc,) = [_doc("x", "Shelling hit الحديدة today.", "الحديدة", HODEIDAH,
                   "Shelling/artillery/missile attack", "Explosions/Remote violence", "2024-03-04")]
    assert english_location(doc.events[0]) == "Al Hudaydah"  # not Latin script: the gazetteer's name


def test_a_hostile_place_name_in_the_acled_csv_is_text(tmp_path: Path) -> None:
    place = Place("=cmd|' /C calc'!A0", 1.0, 2.0, "KE", "city", country="Kenya")
    doc = _doc("h", "Gunmen attacked =cmd|' /C calc'!A0 on Monday.", "=cmd|' /C calc'!A0", place, "Attack",
               "Violence against civilians", "2024-03-04", Actor("unidentified gunmen", "KE"))
    path = tmp_path / "acled.csv"
    write_export([doc], path, "csv", schema="acled")
    with path.open(encoding="utf-8", newline="") as f:
        (row,) = csv.DictReader(f)
    assert row["location"] == "'=cmd|' /C calc'!A0"
    assert (row["actor1"], row["inter1"], row["event_id_cnty"]) == (
        "Unidentified Armed Group (Kenya)", "3", "KEN1")



def test_provinces_have_their_common_english_names() -> None:
    from mapper.gazetteer.english import english_name, province_in_english

    # the base name most English forms share, not GeoNames' transliteration
    assert english_name("Dayr az Zawr", ["Deir Ezzor province", "Deir al-Zor province", "Deir ez-Zor",
                                         "Deir ez-Zor Governorate", "Deir ez-Zor province"]) == "Deir ez-Zor"
    assert english_name("Donetska oblast", ["Donetsk", "Donetsk Oblast", "Donetsk region"]) == "Donetsk"
    # a tie: the table's own name when it has no generic word, else the first alternate
    assert english_name("Gedaref", ["Al Qadarif State", "Al Qaḑārif"]) == "Gedaref"
    assert english_name("Rivnenska oblast", ["Rivne Oblast"]) == "Rivne"
    # names in another language's grammar do not count; no plain-Latin name at all: the table's
    assert english_name("Sinaloa", ["Estado de Sinaloa"]) == "Sinaloa"
    assert english_name("Ţarţūs", []) == "Ţarţūs"
    # the place table's provinces
    assert [province_in_english(c) for c in ("SY.07", "YE.08", "SY.06", "UA.07", "")] == [
        "Deir ez-Zor", "Hodeidah", "Daraa", "Kharkiv", None]


def test_acled_admin1_is_english_and_location_too() -> None:
    town = Place("Al Mayadin", 35.02, 40.45, "SY", "city", country="Syria", admin1="SY.07",
                 admin1_name="Dayr az Zawr")
    province = Place("Dayr az Zawr", 35.03, 40.39, "SY", "admin1", country="Syria", admin1="SY.07",
                     admin1_name="Dayr az Zawr")
    docs = [_doc("m", "Airstrikes hit Al Mayadin on Monday.", "Al Mayadin", town, "Air/drone strike",
                 "Explosions/Remote violence", "2017-10-02"),
            _doc("p", "Shelling hit دير الزور on Monday.", "دير الزور", province,
                 "Shelling/artillery/missile attack", "Explosions/Remote violence", "2017-10-02")]
    gdf = to_geodataframe(docs, "acled")
    assert gdf["admin1"].tolist() == ["Deir ez-Zor", "Deir ez-Zor"]
    assert gdf["location"].tolist() == ["Al Mayadin", "Deir ez-Zor"]


def test_parse_takes_the_published_date() -> None:
    import mapper

    doc = mapper.parse("Clashes erupted in Daraa on Monday.", published="2016-09-20")  # a Tuesday
    assert doc.article.published == "2016-09-20"
    assert [(e.location.country_code, e.date) for e in doc.events] == [("SY", "2016-09-19")]
