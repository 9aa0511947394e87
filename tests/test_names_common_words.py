"""Recognition classes of issue 14 (points 3-5), on sentences of our own:

- an ordinary English word that is only a tiny town abroad, capitalised because it opens a sentence
  ("Gang attack in Bangui leaves seven dead": not Gang in the Philippines, which then pulled Bangui
  there too), in ordinary sentences as well as Title Case headlines;
- a generic head of an Arabic name (Jabal, Abu, Khor) before a rest the gazetteer does not know: the rest
  is not a place of its own ("Jabal al-Zawiya" is not Libya's Zawiya, "Khor Mor" not Qatar's Al Khawr);
  names the gazetteer knows whole stay found ("Deir Hafer", "Tal Tamr", "Sheikh Maqsoud");
- facilities: the gazetteer's facility when it has it, else the town it is named after;
- a country's institution in a city ("outside Georgia's parliament in Tbilisi"): the city is the site.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.geo import distance_km
from mapper.geoparse.recognize import find_candidates, sentence_initial_word
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb
from tests.test_resolve_theatre import check_one_event


def test_sentence_initial_word() -> None:
    text = "Gang attack in Bangui. Anger grew in Jos. He met Gang leaders. Gang Mills was quiet."
    assert sentence_initial_word(text, 0, 4)
    assert sentence_initial_word(text, 23, 28)  # after a full stop
    assert not sentence_initial_word(text, 48, 52)  # mid-sentence: its capital means something
    assert not sentence_initial_word(text, 62, 66)  # a capitalised word follows: part of a name
    assert sentence_initial_word('He said: "Panic spread in Goma"', 10, 15)


# (text, the common noun that must not be a place, country and point of the one event)
COMMON_NOUNS = [
    ("Gang attack in Bangui leaves seven dead", "Gang", "CF", (4.36, 18.56), 7),
    ("Anger grew in Jos after gunmen killed 12 worshippers at a mosque on Friday.", "Anger", "NG",
     (9.93, 8.89), 12),
    ("Residents fled overnight. Panic spread in Goma as M23 rebels shelled the city.", "Panic", "CD",
     (-1.67, 29.23), None),
    # a word whose only strong place is a capital code ("CAR" of the Central African Republic)
    ("Car bomb blast near Beledweyne checkpoint kills 6", "Car", "SO", (4.74, 45.20), 6),
    ("Car Bomb Blast Kills 4 In Mogadishu", "Car", "SO", (2.04, 45.34), 4),
]


@pytest.mark.parametrize(("text", "word", "country", "point", "fatalities"), COMMON_NOUNS)
def test_a_sentence_initial_common_noun_is_not_a_place(pipeline: Pipeline, text: str, word: str,
                                                       country: str, point: tuple[float, float],
                                                       fatalities: int | None) -> None:
    doc = pipeline.parse(text, published="2024-06-01")
    assert [m.text for m in doc.mentions if m.text == word] == []
    assert check_one_event(pipeline, text, country, point).fatalities == fatalities


def test_a_real_place_opening_a_sentence_stays_a_place(pipeline: Pipeline) -> None:
    check_one_event(pipeline, "Kherson was shelled overnight, the governor said.", "UA", (46.64, 32.61))
    # the capital code itself stays the country, opening a sentence or not
    for text in ("CAR rebels attacked Bambari on Monday.", "CAR: clashes near Bria kill 5"):
        doc = pipeline.parse(text, published="2024-06-01")
        assert [(m.text, m.place.country_code) for m in doc.mentions if m.text == "CAR"] == [("CAR", "CF")]
    # a place the user lists stays one wherever it stands (mapper.parse with --gazetteer is tested in
    # test_gazetteer_user); an ordinary word mid-sentence is judged as before
    doc = pipeline.parse("Clashes erupted in Gang on Monday, killing three.", published="2024-06-01")
    assert [m.text for m in doc.mentions] == ["Gang"]


GENERIC_HEADS = [
    # (text, names that must not be recognised)
    ("Government forces shelled Jabal al-Zawiya in Idlib province", {"al-Zawiya", "Zawiya"}),
    ("Army shelled Jabal Al Zawiya", {"Al Zawiya", "Zawiya"}),
    ("Drone attack targets Khor Mor gas field in Sulaimani", {"Khor", "Khor Mor"}),
]


@pytest.mark.parametrize(("text", "absent"), GENERIC_HEADS)
def test_the_rest_of_an_unknown_name_after_a_generic_head_is_not_a_place(pipeline: Pipeline, text: str,
                                                                        absent: set[str]) -> None:
    doc = pipeline.parse(text, published="2024-06-01")
    assert {m.text for m in doc.mentions} & absent == set()
    assert all(m.place is None or m.place.country_code not in ("LY", "QA") for m in doc.mentions)
    assert all(e.location.country_code not in ("LY", "QA") for e in doc.events)


# A Persian or Arabic head alone is not the village of its name (Iran's Shahid, Saida read for Sayyida).
@pytest.mark.parametrize(("text", "mentions"), [
    ("An explosion at the Shahid Rajaee port near Bandar Abbas killed 40 people.", ["Bandar Abbas"]),
    ("Explosion at Iran's Shahid Rajaee port kills 40", ["Iran"]),
    ("Clashes erupted near the Sayyida Ruqayya shrine in Damascus.", ["Damascus"]),
    ("Protesters gathered at Imam Reza shrine in Mashhad.", ["Mashhad"]),
])
def test_persian_and_arabic_heads_alone_are_not_places(pipeline: Pipeline, text: str,
                                                       mentions: list[str]) -> None:
    assert [m.text for m in pipeline.parse(text, published="2025-04-26").mentions] == mentions


def test_known_names_after_generic_heads_stay_found(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Clashes in Deir Hafer and Tal Tamr", published="2024-06-01")
    assert [m.text for m in doc.mentions] == ["Deir Hafer", "Tal Tamr"]
    assert [e.location.country_code for e in doc.events] == ["SY", "SY"]
    doc = pipeline.parse("Fighting in Sheikh Maqsoud of Aleppo", published="2024-06-01")
    assert [m.text for m in doc.mentions] == ["Sheikh Maqsoud", "Aleppo"]
    assert doc.events[0].location.country_code == "SY"
    doc = pipeline.parse("Shelling hit Sayyida Zeinab and Bandar Abbas on Friday.", published="2024-06-01")
    assert [(m.text, m.place.country_code) for m in doc.mentions] == [("Sayyida Zeinab", "SY"),
                                                                       ("Bandar Abbas", "IR")]


FACILITIES = [
    # (text, country, point of the one event, its geo_precision)
    ("Drone strike hits Mitiga airport in Tripoli", "LY", (32.894, 13.276), 1),
    ("Fire at Zaporizhzhia nuclear power plant after drone strike", "UA", (47.512, 34.585), 1),
    ("Boko Haram fighters fire mortars at Maiduguri airport", "NG", (11.85, 13.16), 1),
    ("Militants fired rockets at the K1 air base near Kirkuk, killing a US contractor.", "IQ",
     (35.47, 44.39), 2),  # "near Kirkuk": the town, precision 2
]


@pytest.mark.parametrize(("text", "country", "point", "precision"), FACILITIES)
def test_facilities(pipeline: Pipeline, text: str, country: str, point: tuple[float, float],
                    precision: int) -> None:
    event = check_one_event(pipeline, text, country, point)
    assert distance_km(event.location.lat, event.location.lon, *point) <= 12
    assert event.geo_precision == precision


INSTITUTIONS = [
    ("Protesters rally outside Georgia's parliament in Tbilisi", "GE", (41.69, 44.83)),
    ("Police fired tear gas at protesters outside Kenya's parliament in Nairobi on Tuesday.", "KE",
     (-1.28, 36.82)),
    ("Demonstrators try to storm Israel's embassy in Amman", "JO", (31.96, 35.95)),
]


@pytest.mark.parametrize(("text", "country", "point"), INSTITUTIONS)
def test_a_countrys_institution_in_a_city_is_in_the_city(pipeline: Pipeline, text: str, country: str,
                                                         point: tuple[float, float]) -> None:
    check_one_event(pipeline, text, country, point)


@pytest.mark.parametrize("unit", ["Gang attack in Bangui. ", "Jabal al-Zawiya ", "Jabal Al Jabal Abu ",
                                  "Anger "])
def test_new_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: pipeline.recognizer.candidates(text)
    assert growth(make, 50_000) < GROWTH
    text = hundred_kb(unit)
    assert len(find_candidates(text, pipeline.gazetteer)) >= 0
