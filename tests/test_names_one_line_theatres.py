"""Geographic coherence of one-line conflict reports (issue 14, items 4 and 5): a headline that names no
country still says where it is set by its words of armed conflict ("insurgents", "cattle raid",
"Israeli troops"), and its one town is the namesake where such news is reported, not a bigger one in a
peaceful country. Sentences are our own, from many theatres; expectations are the country and the point
(within 30 km) of the one event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.actors import COUNTRIES, VOCABULARY_THEATRES, vocabulary_theatres
from mapper.geo import distance_km
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb
from tests.test_resolve_theatre import check_one_event

# (one-liner, where its one event is)
EVENTS = [
    # Palma, Mozambique, not Palma de Mallorca (438,000 people)
    ("Army recaptures Palma from insurgents", "MZ", (-10.78, 40.48)),
    ("Insurgents torch homes on the edge of Palma overnight", "MZ", (-10.78, 40.48)),
    ("Jihadists raid Palma, residents flee into the bush", "MZ", (-10.78, 40.48)),
    # Bethlehem in the West Bank, not Belem in Brazil (1.5 million)
    ("Israeli troops raid Bethlehem, arrest 12 Palestinians", "PS", (31.70, 35.20)),
    ("Israeli forces detain four teenagers in Bethlehem", "PS", (31.70, 35.20)),
    # Bor in South Sudan, not Bor in Russia or Serbia
    ("Bor: armed youths kill five in cattle raid on town outskirts", "SS", (6.21, 31.56)),
    ("Cattle raiders kill 11 herders near Bor", "SS", (6.21, 31.56)),
    # ... but many countries are no frame that throws out a town the named group places: Walikale in North
    # Kivu, not the Egyptian district GeoNames names alike (within 1,200 km of Sudan and Libya, countries of
    # "rebels")
    ("M23 rebels storm Walikale, residents flee", "CD", (-1.42, 28.05)),
]


@pytest.mark.parametrize(("text", "country", "point"), EVENTS)
def test_conflict_words_place_a_one_liner(pipeline: Pipeline, text: str, country: str,
                                          point: tuple[float, float]) -> None:
    check_one_event(pipeline, text, country, point)


# Without words of armed conflict, nothing changes: the bigger namesake stays the one meant.
CONTROLS = [
    ("Thousands of tourists crowd the beaches of Palma", "ES"),
    ("Heavy rain floods streets in Belem", "BR"),
]


@pytest.mark.parametrize(("text", "country"), CONTROLS)
def test_without_conflict_words_the_big_namesake_stays(pipeline: Pipeline, text: str, country: str) -> None:
    doc = pipeline.parse(text, published="2024-06-01")
    assert [m.place.country_code for m in doc.mentions if m.place] == [country]


def test_vocabulary_theatres() -> None:
    assert vocabulary_theatres("Cattle raiders kill 11 herders") == {"SS", "SD", "KE", "ET", "UG", "NG", "CD"}
    assert vocabulary_theatres("Israeli troops raid the camp") == {"PS", "LB", "SY"}
    assert vocabulary_theatres("IED HITS CONVOY") == vocabulary_theatres("an ied hits a convoy")
    assert "MZ" in vocabulary_theatres("Army recaptures the town from insurgents")
    # words that only contain a conflict word, and ordinary news, say nothing
    assert vocabulary_theatres("The rebellion of the Shellings") == set()
    assert vocabulary_theatres("Police arrested a man after a shooting in the city centre") == set()


def test_every_vocabulary_theatre_is_a_known_country() -> None:
    for words, countries in VOCABULARY_THEATRES.items():
        assert countries and all(cc in COUNTRIES for cc in countries), words


@pytest.mark.parametrize("unit", ["cattle ", "cattle-", "improvised explosive ", "Israeli-", "a "])
def test_vocabulary_scan_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: vocabulary_theatres(text)
    assert growth(make, 50_000) < GROWTH


def _build_places():  # the build script, as a module (it needs its packages only to run main)
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "gazetteers" / "build_places.py"
    spec = importlib.util.spec_from_file_location("build_places", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_region_point_leaves_a_stray_town_out() -> None:
    region_centre = _build_places().region_centre
    # Gao region's towns, and a "Bamba" of southern Mali that GeoNames files under Gao's code
    gao = [(15.217, -0.3), (15.546, -0.461), (15.66, 0.502), (16.272, -0.045), (16.955, -0.349)]
    lat, lon = region_centre([*gao, (10.383, -7.15)])
    assert distance_km(lat, lon, 16.09, 0.02) < 5
    # a remote island 3,700 km off the coast is no part of the region's point either
    coast = [(-33.05, -71.62), (-32.78, -71.2), (-33.02, -71.55), (-32.45, -71.23), (-32.9, -70.6)]
    lat, lon = region_centre([*coast, (-27.15, -109.43)])
    assert distance_km(lat, lon, -32.75, -71.11) < 5
    # remote towns with neighbours stay: the north of Western Australia is part of its box
    west = [(-31.95, 115.86), (-32.05, 115.75), (-31.9, 116.0), (-32.25, 115.77), (-31.7, 115.9),
            (-33.33, 115.64), (-20.31, 118.6), (-20.74, 116.85), (-17.96, 122.24), (-17.3, 123.63),
            (-18.23, 127.67), (-15.77, 128.74)]
    assert region_centre(west) == ((-33.33 - 15.77) / 2, (115.64 + 128.74) / 2)


def test_the_shipped_region_points_lie_in_their_regions(pipeline: Pipeline) -> None:
    gaz = pipeline.gazetteer
    for code, near in [("ML.09", (16.27, -0.04)), ("CL.01", (-33.05, -71.62)), ("CN.04", (32.06, 118.78))]:
        province = gaz.admin1_of(code)
        assert province is not None
        assert distance_km(province.lat, province.lon, *near) < 250, (province.name, province.lat,
                                                                      province.lon)


# A headline's topic with its province or country after a comma ("Ariha, Idlib: ..."): the town is the
# site and the topic (not a dateline, which a one-line headline has not), its province or country context.
TOPICS = [
    ("Ariha, Idlib: civilian killed by regime artillery shelling", "SY", (35.81, 36.61)),
    ("Saraqib, Idlib: regime drone kills two farmers", "SY", (35.86, 36.81)),
    ("Bama, Borno: ISWAP fighters kill 9 farmers", "NG", (11.52, 13.69)),
    ("Beni, North Kivu: ADF rebels kill 12 villagers", "CD", (0.49, 29.47)),
    ("Kidal, Mali: army drone strike kills eight", "ML", (18.44, 1.41)),
]


@pytest.mark.parametrize(("text", "country", "point"), TOPICS)
def test_a_qualified_topic_is_the_site(pipeline: Pipeline, text: str, country: str,
                                       point: tuple[float, float]) -> None:
    check_one_event(pipeline, text, country, point)
    doc = pipeline.parse(text, published="2024-06-01")
    assert [r.name for r in doc.roles if r.name != "actor"][:2] == ["event_site", "context"]


def test_two_towns_before_a_colon_are_two_sites(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Kharkiv, Odesa: Russian drones hit power plants", published="2024-06-01")
    assert sorted(e.location.name for e in doc.events) == ["Kharkiv", "Odesa"]


@pytest.mark.parametrize("unit", ["Ariha, Idlib: ", "Ariha, Idlib Idlib Idlib", ", A"])
def test_qualified_topics_are_linear(pipeline: Pipeline, unit: str) -> None:
    from tests.test_linear import parsing
    assert growth(parsing(pipeline, lambda n: unit * (n // len(unit))), 50_000) < GROWTH


# Part of a hyphenated name the gazetteer lacks, that names small towns elsewhere only as an alternate name
# ("Pont" of Pont-Sondé: Pont-Sainte-Maxence, Pont-de-Vaux...): no place. A part that is a place's own
# name, a demonym or a big city's other name stays one.
@pytest.mark.parametrize(("text", "names"), [
    ("Gang attack on Pont-Sondé kills 70", ["Pont-Sondé"]),  # the gazetteer has it since session 36
    ("Gunmen torch houses in Pont-Sondé, residents flee to Saint-Marc", ["Pont-Sondé", "Saint-Marc"]),
    ("Israel-Hamas war: strike on Rafah kills 12", ["Israel", "Rafah"]),
    ("Kiev-backed forces shell Donetsk", ["Kiev", "Donetsk"]),
])
def test_part_of_a_hyphenated_name(pipeline: Pipeline, text: str, names: list[str]) -> None:
    doc = pipeline.parse(text, published="2024-06-01")
    assert [m.text for m in doc.mentions if not m.demonym] == names
    assert all(e.location.country_code != "FR" for e in doc.events)


# A French particle joins the parts of one name ("Saut-d'Eau", "Croix-des-Bouquets"): the first part alone is
# no place, even one the gazetteer has by its own name (Saut, a district of Saint Lucia).
@pytest.mark.parametrize(("text", "sites"), [
    ("Gangs burn homes in Lascahobas as families flee toward Saut-d'Eau", [("Lascahobas", "HT")]),
    ("Gangs burned homes in Lascahobas on Monday and residents fled to Saut-d’Eau.", [("Lascahobas", "HT")]),
    # (the whole name, when the gazetteer has it, stays the place)
    ("Gang attack on Croix-des-Bouquets kills 5", [("Croix-des-Bouquets", "HT")]),
])
def test_part_of_a_name_joined_by_a_particle(pipeline: Pipeline, text: str,
                                             sites: list[tuple[str, str]]) -> None:
    doc = pipeline.parse(text, published="2024-06-01")
    assert [(e.location.name, e.location.country_code) for e in doc.events] == sites
    assert "Saut" not in [m.text for m in doc.mentions]


@pytest.mark.parametrize("unit", ["-d'", "-des-", "Saut-d'E", "-", "-à-A"])
def test_a_compound_link_is_linear_on_100_kb(unit: str) -> None:
    from mapper.geoparse import recognize
    big = hundred_kb(unit)
    for i in range(0, len(big), 997):
        recognize._COMPOUND_LINK.match(big, i)
    recognize._COMPOUND_LINK.search(big)
    assert recognize._COMPOUND_LINK.match("-d'Eau") and not recognize._COMPOUND_LINK.match("-based")


def test_a_dotted_acronym_of_an_organisation_is_no_town(pipeline: Pipeline) -> None:
    text = ("Gangs attacked Kenscoff on Tuesday. In New York, U.N. spokesman Stephane Dujarric told "
            "reporters on Wednesday that 60,000 people had been displaced.")
    doc = pipeline.parse(text, published="2024-05-02")
    assert [m.text for m in doc.mentions] == ["Kenscoff", "New York"]
    # ... while the dotted names of countries and states stay places
    doc = pipeline.parse("U.S. and U.K. jets strike Houthi sites near Sanaa", published="2024-05-02")
    assert [(m.text, m.place.kind) for m in doc.mentions if m.place] == [
        ("U.S.", "country"), ("U.K.", "country"), ("Sanaa", "city")]


@pytest.mark.parametrize(("text", "where"), [
    ("In New York, U.N. spokesman Stephane Dujarric told reporters on Wednesday that 60,000 people had "
     "been displaced.", (40.71, -74.01)),
    ("Speaking in New York on Tuesday, the Sudanese envoy said the army would not negotiate.",
     (40.71, -74.01)),
])
def test_a_statement_in_a_province_named_like_its_city_is_in_the_city(pipeline: Pipeline, text: str,
                                                                       where: tuple[float, float]) -> None:
    events = pipeline.parse(text, published="2024-05-02").events
    assert [(e.event_type, e.location.kind) for e in events] == [("Political", "city")]
    assert distance_km(events[0].location.lat, events[0].location.lon, *where) < 30


def test_a_statement_in_a_state_stays_in_the_state(pipeline: Pipeline) -> None:
    text = "Speaking in New York state on Tuesday, the governor said the guard would deploy."
    events = pipeline.parse(text, published="2024-05-02").events
    assert [(e.location.name, e.location.kind) for e in events] == [("New York", "admin1")]
