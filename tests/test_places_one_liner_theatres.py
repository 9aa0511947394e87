"""Places of one-line conflict reports (issue 14, items 3-5): a headline or lone sentence that names one town
and no country, with only plain words of violence ("fighting", "gunmen", "blast"), is set where such news
is reported (actors.short_text_theatres): the namesake there, not a bigger or better-known one in a
peaceful country. A longer text, or a one-liner without such words, keeps the old reading. Sentences are our
own; expectations are the country and the point (within 30 km) of the one event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.actors import COUNTRIES, SHORT_TEXT_THEATRES, short_text_theatres, theatre_provinces
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_resolve_theatre import check_one_event

# (one-liner, where its one event is)
EVENTS = [
    # Bor in Jonglei, South Sudan, not Bor in Russia (60,000 people) or Serbia
    ("Heavy gunfire in Bor as soldiers clash with youths", "SS", (6.21, 31.56)),
    ("Three killed as gunmen ambush a bus outside Bor", "SS", (6.21, 31.56)),
    # Leer in Unity State, not Leer in Lower Saxony (34,000)
    ("Gunmen kill two in Leer", "SS", (8.30, 30.14)),
    # Gopalganj in Bangladesh, not Gopalganj in Bihar (67,000)
    ("Clashes in Gopalganj leave three dead", "BD", (23.005, 89.827)),
    # Corinto in Cauca, not Corinto in Brazil, Nicaragua, or Corinth
    ("Soldiers killed in ambush near Corinto", "CO", (3.17, -76.26)),
    # Tera in Tillaberi, not the Cypriot district
    ("Gunmen attack checkpoint near Tera", "NE", (14.01, 0.75)),
    # Nawa in Daraa, not Naha (Okinawa), whose alternate name it is
    ("Blast kills two in Nawa", "SY", (32.89, 36.04)),
]


@pytest.mark.parametrize(("text", "country", "point"), EVENTS)
def test_plain_violence_words_place_a_one_liner(pipeline: Pipeline, text: str, country: str,
                                                point: tuple[float, float]) -> None:
    check_one_event(pipeline, text, country, point)


# A one-liner without such words, a world city, or a longer text: the reading does not change.
CONTROLS = [
    ("Thousands attend a trade fair in Leer", "DE"),
    ("Gunman kills three in Paris bakery", "FR"),
    ("Knife attack in Palma leaves two wounded", "ES"),
    # the war's towns in Russia keep their place: Russia is not among the countries, but nothing there
    # has a namesake in one
    ("Ukrainian drones strike Engels air base", "RU"),
    ("Explosion kills 4 in Kursk", "RU"),
    ("Knife attack in Solingen kills three", "DE"),
]


@pytest.mark.parametrize(("text", "country"), CONTROLS)
def test_the_big_namesake_stays_without_a_reason(pipeline: Pipeline, text: str, country: str) -> None:
    doc = pipeline.parse(text, published="2024-06-01")
    assert [m.place.country_code for m in doc.mentions if m.place and not m.demonym] == [country]


def test_short_text_theatres() -> None:
    assert "SS" in short_text_theatres("Fighting erupts in Bor")
    assert "RU" not in short_text_theatres("Fighting erupts in Bor")
    assert short_text_theatres("FIGHTING ERUPTS") == short_text_theatres("fighting erupts")
    # words that only contain a violence word, ordinary news, and any longer article say nothing
    assert short_text_theatres("The killjoys of Bombay") == set()
    assert short_text_theatres("Leer hosts a regional trade fair") == set()
    assert short_text_theatres("Gunmen kill two. " * 20) == set()
    assert short_text_theatres("Gunmen kill two\nin Leer") == set()


def test_every_short_text_theatre_is_a_known_country() -> None:
    for word, countries in SHORT_TEXT_THEATRES.items():
        assert countries and all(cc in COUNTRIES for cc in countries), word
        assert word == word.lower() and " " not in word  # looked up one lower-case word at a time


@pytest.mark.parametrize("unit", ["killed ", "gun-", "a "])
def test_short_text_scan_is_linear_on_100_kb(unit: str) -> None:
    # a long text is refused at once; the words of a one-liner are scanned once (the vocabulary's scan)
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: short_text_theatres(text)
    assert growth(make, 50_000) < GROWTH
    assert short_text_theatres("killed " * 15_000) == set()


# A word followed by a joined Arabic article ("al-Muluk") heads a longer name: when the gazetteer lacks
# the whole name, the head alone is no place (not Egypt's Al Burj), unless it names a country, a province or
# a big city whose district follows ("Damascus al-Midan").
def _places(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published="2024-06-01")
    return [(m.text, m.place.country_code) for m in doc.mentions if m.place and not m.demonym]


@pytest.mark.parametrize("text", [
    "Israeli jets strike Bourj al-Muluk",
    "Gunmen open fire on a bus in Bourj el-Shemali",
])
def test_the_head_of_an_unknown_name_is_no_place(pipeline: Pipeline, text: str) -> None:
    assert _places(pipeline, text) == []
    assert pipeline.parse(text, published="2024-06-01").events == []


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Drone strike on Deir al-Asafir kills four", "Deir al-Asafir", "SY"),  # the whole name is known
    ("Shelling pounds Maarat al-Numan", "Maarat al-Numan", "SY"),
    ("Strikes hit Gaza al-Jadida", "Gaza", "PS"),  # a big city and its district
    ("Explosion in Damascus al-Midan district", "Damascus", "SY"),
])
def test_known_names_before_an_article_stay(pipeline: Pipeline, text: str, name: str, country: str) -> None:
    assert (name, country) in _places(pipeline, text)


@pytest.mark.parametrize("unit", ["Bourj al-Barajneh ", "Gaza al-Jadida ", "al-Bourj "])
def test_joined_article_heads_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    assert growth(parsing(pipeline, lambda n: unit * (n // len(unit))), 50_000) < GROWTH


# A group whose fighting is confined to a region (actors.json "provinces") weighs a namesake there, not one
# elsewhere in the same country: Bosso by Lake Chad (Diffa, Niger), not the district of Nigeria's Niger State.
@pytest.mark.parametrize("text", [
    "ISWAP fighters attack Bosso",
    "Boko Haram kills seven herders near Bosso",
])
def test_a_confined_group_places_its_town_in_its_provinces(pipeline: Pipeline, text: str) -> None:
    check_one_event(pipeline, text, "NE", (13.70, 13.31))


def test_theatre_provinces() -> None:
    provinces, confined = theatre_provinces("Boko Haram fighters overrun an army post")
    assert {"NG.27", "NE.02", "TD.07", "CM.12"} <= provinces and confined == {"NG", "NE", "TD", "CM"}
    # ADF's Uganda lists no provinces: it is weighed whole, and not confined
    assert theatre_provinces("ADF rebels kill 18") == ({"CD.11", "CD.17"}, {"CD"})
    assert theatre_provinces("Police arrested a man in Lagos") == (set(), set())
