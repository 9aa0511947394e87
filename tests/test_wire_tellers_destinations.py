"""Places beside a real event in full wire articles (issue 14), round 23.

Every sentence is our own. Where the wounded or the dead were carried ("carried by truck to clinics in
X", "taken to the general hospital in X") and where a source that tells the news sits ("police officers
in X said they ...", "the agency's office in X said it ...") are no event sites and no statements; the
act beside them still is, and a statement whose words are the speaker's own ("said in X that ...")
still is one. A city's quarter ("the Dniprovskyi district of Kherson", "Kherson's ...", "the city's
...") whose namesake the gazetteer puts in another province is coded at that city; an act dated by a
season told as over ("held in Doha in the summer") is the past; the area people fled to by a compass
point of a town ("forcing thousands to flee south of X") is no site.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, hundred_kb, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-03-23"))
    return sorted((e.location.name, e.sub_event_type) for e in doc.events)


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-03-23"))
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


@pytest.fixture(scope="module")
def rules(pipeline: Pipeline) -> Pipeline:
    return Pipeline(pipeline.gazetteer, roles="rules")


# -- where the wounded or the dead were carried ----------------------------------------------------

_CARRIED = [
    ("Shelling hit a market in Kadugli on Monday, and the wounded were carried by truck to clinics in "
     "Dilling.", "Kadugli", "Dilling", "Shelling/artillery/missile attack"),
    ("Militants killed nine people in a village near Gwoza, and the bodies were taken to the general "
     "hospital in Maiduguri, a local official said.", "Gwoza", "Maiduguri", "Attack"),
    ("Gunmen shot dead six miners near Kamituga on Friday; volunteers helped carry the injured to the "
     "referral hospital in Bukavu.", "Kamituga", "Bukavu", "Attack"),
]


@pytest.mark.parametrize(("text", "site", "destination", "sub_type"), _CARRIED)
def test_where_the_wounded_were_carried_is_no_site(pipeline: Pipeline, rules: Pipeline, text: str,
                                                   site: str, destination: str, sub_type: str) -> None:
    assert _roles(rules, text)[destination] == "context"
    assert _roles(rules, text)[site] == "event_site"
    events = _events(pipeline, text)
    assert len(events) == 1 and events[0][1] == sub_type
    assert destination not in events[0][0]


@pytest.mark.parametrize(("text", "site"), [
    # a hospital that is itself hit, or raided, is the site
    ("A drone struck the main hospital in El Fasher, killing four patients.", "El Fasher"),
    ("Israeli troops carried out a raid at the main hospital in Jenin on Tuesday, killing three men.",
     "Jenin"),
])
def test_a_hospital_that_is_hit_is_the_site(rules: Pipeline, text: str, site: str) -> None:
    assert _roles(rules, text)[site] == "event_site"


# -- where a source that tells the news sits ---------------------------------------------------------

@pytest.mark.parametrize(("text", "events"), [
    ("Gunmen killed four farmers near Bokkos on Sunday. Police officers in Jos said they had received no "
     "reports of the attackers.", [("Bokkos", "Attack")]),
    ("The agency's office in Goma said it was suspending its work in Masisi.", []),
    ("Police in Kaduna said they had stepped up patrols on the highway.", []),
])
def test_a_sources_seat_gets_no_statement(pipeline: Pipeline, text: str,
                                          events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "place"), [
    ("A police spokesman said in Jos on Monday that the curfew would stay.", "Jos"),
    ("Police in Jos said that the curfew would stay in force until further notice.", "Jos"),
])
def test_words_of_ones_own_at_a_place_are_a_statement(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text) == [(place, "Statement")]


# -- linear -----------------------------------------------------------------------------------------

def test_many_carried_wounded_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join(f"Gunmen attacked {PLACES[i % len(PLACES)]} on Monday and the wounded were carried "
                        f"on carts to the general hospital in {PLACES[(i + 1) % len(PLACES)]}, police "
                        f"officers in {PLACES[(i + 2) % len(PLACES)]} said." for i in range(n))
    assert growth(parsing(pipeline, text), 120) < GROWTH


def test_a_long_run_before_a_hospital_is_linear(pipeline: Pipeline) -> None:
    # 100 KB of words between a verb of carrying and "hospital in X": the pattern is bounded.
    def text(n: int) -> str:
        return "Shells hit Kadugli and the wounded were carried " + "to the " * n + "hospital in Dilling."
    assert growth(parsing(pipeline, text), 7000) < GROWTH


# -- a quarter of the city the text names, whose namesake lies in another province ------------------

@pytest.mark.parametrize(("text", "site", "lat"), [
    ("A Russian drone hit the Dniprovskyi district of Kherson on Friday, wounding three people.",
     "Kherson", 46.6),
    ("Shelling killed two residents in Kherson's Dniprovskyi district on Sunday.", "Kherson", 46.6),
    ("Russian troops shelled Kherson overnight, damaging homes in the city's Dniprovskyi district.",
     "Kherson", 46.6),
    # the namesake is the city's own quarter, or a district of the province named like its town: it stays
    ("A drone struck the Dniprovskyi district of Kyiv on Friday, injuring four people.", "Dniprovskyi", 50.5),
    ("A roadside bomb exploded in the Rueso district of Narathiwat on Monday.", "Rueso", 6.4),
    # a sentence that opens with its city ("In Kharkiv, ..."), not Donetsk's Kyivskyi district
    ("In Kharkiv, a Russian glide bomb hit a school in the Kyivskyi district, wounding five people.",
     "Kharkiv", 50.0),
    # (not a city named later in the sentence: the quarter is then read as before)
    ("A Russian glide bomb hit a school in the Kyivskyi district, wounding five people.", "Kyivskyi", 48.0),
    # a headline that opens with its topic city, set off by a colon or a dash (a time of day before it or not)
    ("Dnipro: Russian missile hits Shevchenkivskyi district, 4 injured", "Dnipro", 48.5),
    ("Kherson, 21:40 — Russian shelling hits Dniprovskyi district, two wounded", "Kherson", 46.6),
    ("Kherson - drone strike on Dniprovskyi district wounds bus driver", "Kherson", 46.6),
    # (a city after the quarter, or a topic city not set off, is no frame: read as before)
    ("Russian missile hits Shevchenkivskyi district, Dnipro officials say", "Shevchenkivskyi", 50.5),
])
def test_a_quarter_is_coded_in_the_city_the_text_puts_it_in(pipeline: Pipeline, text: str, site: str,
                                                            lat: float) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-03-23"))
    assert [(e.location.name, round(e.location.lat, 1)) for e in doc.events] == [(site, lat)]


def test_a_city_frame_pattern_is_linear_on_100_kb() -> None:
    from mapper.events import coder
    assert coder._CITY_FRAME.fullmatch("In" + " " * 100_000) is None
    assert coder._CITY_FRAME.fullmatch("In ") is not None


@pytest.mark.parametrize("unit", [" ", ", 03:12", " —", ":", ", 1", " -"])
def test_a_topic_city_pattern_is_linear_on_100_kb(unit: str) -> None:
    from mapper.events import coder
    big = hundred_kb(unit)
    for i in range(0, len(big), 997):
        coder._TOPIC_CITY.match(big, i)
    coder._TOPIC_CITY.search(big)
    assert coder._TOPIC_CITY.match(", 03:12 — drones") is not None
    assert coder._TOPIC_CITY.match(" drones") is None and coder._TOPIC_CITY.match("-based") is None


def test_many_quarters_of_cities_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join(f"Shells hit {PLACES[i % len(PLACES)]} on Monday, damaging homes in the city's "
                        f"Dniprovskyi district and the Dniprovskyi district of "
                        f"{PLACES[(i + 1) % len(PLACES)]}." for i in range(n))
    assert growth(parsing(pipeline, text), 120) < GROWTH


# -- a season told as over dates an act of the past --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister said direct talks with the rebels that were held in Doha in the summer had produced "
    "nothing but a prisoner swap.",
    "The envoy, who met Houthi negotiators in Muscat last summer, said on Monday that a deal was close.",
    "Residents of Kupiansk, which Russian forces shelled heavily last winter, said they feared a new "
    "assault.",
])
def test_an_act_of_a_past_season_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_an_act_of_today_beside_a_past_season_is_an_event(pipeline: Pipeline) -> None:
    text = ("Russian drones struck Odesa on Monday, killing two people, months after talks held in Istanbul "
            "in the spring had failed.")
    assert _events(pipeline, text) == [("Odesa", "Air/drone strike")]


# -- the area people fled to, given by a compass point of a town --------------------------------------

@pytest.mark.parametrize(("text", "site", "refuge"), [
    ("Fighters burned houses in Djibo on Friday, forcing thousands of residents to flee south of Kaya.",
     "Djibo", "Kaya"),
    ("Soldiers clashed with rebels in Kitshanga on Tuesday, and families fled east of Sake with cattle.",
     "Kitshanga", "Sake"),
])
def test_where_people_fled_by_a_compass_point_is_no_site(pipeline: Pipeline, rules: Pipeline, text: str,
                                                         site: str, refuge: str) -> None:
    assert _roles(rules, text)[refuge] == "context"
    assert [name for name, _ in _events(pipeline, text)] == [site]


def test_an_act_at_a_compass_point_of_a_town_is_still_there(rules: Pipeline) -> None:
    assert _roles(rules, "Rebels attacked a base 20 km north of Kidal on Monday.")["Kidal"] == "event_site"


def test_many_flights_to_compass_points_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join(f"Gunmen burned homes in {PLACES[i % len(PLACES)]} on Monday, forcing families to "
                        f"flee north of {PLACES[(i + 1) % len(PLACES)]}." for i in range(n))
    assert growth(parsing(pipeline, text), 120) < GROWTH


# -- a province in a list closed by a plural area word is the province, not its town -----------------

def test_provinces_listed_before_a_plural_area_word_stay_provinces(pipeline: Pipeline) -> None:
    # "Bryansk" resolves to the oblast (the text names "the Bryansk region" too): the list's "regions" says
    # so as well, so the event is not moved to the oblast's capital, 90 km from its centre.
    doc = pipeline.parse(Article(id="t", published="2025-05-20", text=(
        "Russia's defence ministry said air defences destroyed 30 Ukrainian drones over the Kursk and "
        "Bryansk regions overnight. In the Bryansk region, shelling damaged a power line in the village "
        "of Klimovo, the governor said.")))
    assert [(e.location.name, e.location.kind) for e in doc.events] == [
        ("Kurskaya oblast'", "admin1"), ("Bryanskaya oblast'", "admin1"), ("Klimovo", "city")]


def test_a_province_named_alone_beside_its_town_is_the_town(pipeline: Pipeline) -> None:
    doc = pipeline.parse(Article(id="t", published="2025-05-20", text=(
        "Ukrainian drones hit an oil depot in Bryansk overnight, the Bryansk region's governor said.")))
    assert [(e.location.name, e.location.kind) for e in doc.events] == [("Bryansk", "city")]


def test_plural_area_words_after_a_site_are_linear_on_100_kb() -> None:
    from mapper.events import coder
    assert coder._PROVINCE_AFTER.match(" " * 100_000 + "x") is None
    assert coder._LISTED_PROVINCES.match(" and Kursk" * 10_000 + " towns") is None
    assert coder._LISTED_PROVINCES.match(" and Kursk and Bryansk regions") is not None
