"""Classes of real headlines and short texts read before tuning in headlines20 (issue 14, items 1, 4 and 5),
session 16: the event site missed, or the place found wrongly.

Every sentence is our own. Each test names the exact place (the gazetteer's name), its country, its point
within a kilometre, the sub-type and the precision.
"""

from __future__ import annotations

import pytest

from mapper.geo import distance_km
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing


@pytest.mark.parametrize(("text", "events"), [
    # "the ports of A, B and C": each port town is a site, as after "the towns of".
    ("Israeli jets strike the ports of Hodeidah, Ras Isa and Salif",
     [("Al Ḩudaydah", "YE", 14.798, 42.955, "Air/drone strike", 1),
      ("Ras Isa", "YE", 15.12, 42.6, "Air/drone strike", 1),
      ("Aş Şalīf", "YE", 15.308, 42.671, "Air/drone strike", 1)]),
    # "the fuel port of X": the port noun and "of" before a name are conflict context, so X is a place.
    ("A US airstrike hit the fuel port of Ras Isa on Thursday night, killing 38 people, the health ministry "
     "said.", [("Ras Isa", "YE", 15.12, 42.6, "Air/drone strike", 1)]),
])
def test_ports_of_named_towns_are_sites(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_ports_of_many_towns_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Jets strike the " + "ports of " * (n // 9) + "Hodeidah and Salif"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # Armed men or a group's acronym entering a named town take it ("M23 enters X"); foreign troops overtake.
    ("M23 enters Walikale town, pushing west toward Kisangani",
     [("Walikale", "CD", -1.417, 28.05, "Non-state actor overtakes territory", 1)]),
    ("Ukrainian troops entered Sudzha, Russian military bloggers say",
     [("Sudzha", "RU", 51.191, 35.271, "Non-state actor overtakes territory", 1)]),
    # Armed men reaching a town, or its outskirts, fight for it.
    ("Malian troops reach Anefis after clashes with CSP rebels",
     [("Anefis", "ML", 18.05, 0.617, "Armed clash", 1)]),
    ("Russian forces reach outskirts of Pokrovsk, Ukrainian military says",
     [("Pokrovsk", "UA", 48.280, 37.177, "Armed clash", 2)]),
    # A group's acronym or its gangs storming a town, in the headline present tense.
    ("RSF storms Al-Nahud as army jets pound Bara",
     [("An Nuhūd", "SD", 12.7, 28.433, "Armed clash", 1),
      ("Bārah", "SD", 13.7, 30.367, "Air/drone strike", 1)]),
    ("Viv Ansanm gangs storm Mirebalais, free 500 inmates",
     [("Mirebalais", "HT", 18.835, -72.105, "Armed clash", 1)]),
])
def test_armed_men_who_enter_reach_or_storm_a_town(pipeline: Pipeline, text: str,
                                                   events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize("text", [
    "WFP reaches Kadugli with food for the first time in months",  # an aid body, not armed men
    "Aid convoy reaches Tawila after weeks of delays",
    "Tajikistan threatens 'adequate response' if Kyrgyz troops enter Vorukh",  # a condition
    "Hurricane storms Jamaica, thousands without power",
])
def test_arrivals_that_are_no_fighting(pipeline: Pipeline, text: str) -> None:
    assert events_of(pipeline, text) == []


@pytest.mark.parametrize("unit", ["troops reach ", "M23 enters ", "RSF storms ", "gangs storm the "])
def test_arrivals_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels " + unit * (n // len(unit)) + "Walikale"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


def _places(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return [(m.text, m.place.name, m.place.country_code or "") for m in doc.mentions if m.place is not None]


@pytest.mark.parametrize(("text", "places"), [
    # A stray code among a town's alternate names is no place: the acronym is a group's or an agency's.
    ("Gunmen kill two police officers in Zahedan, IRNA reports", [("Zahedan", "Zahedan", "IR")]),
    ("ELN attacks military base in Tibú; 2 soldiers wounded", [("Tibú", "Tibú", "CO")]),
    # Codes the news uses stay places: a country's, and a city's initials.
    ("Drone attack reported in the UAE as protesters rally in NYC",
     [("UAE", "United Arab Emirates", "AE"), ("NYC", "New York City", "US")]),
    # A month written as one is no place ("returned in August", "since May", "August 12").
    ("Gunmen killed 5 in Tsafe on Monday, the deadliest attack since August.", [("Tsafe", "Tsafe", "NG")]),
    ("She had returned to Kitshanga in August. Fighting near Kitshanga killed 7.",
     [("Kitshanga", "Kitshanga", "CD"), ("Kitshanga", "Kitshanga", "CD")]),
])
def test_codes_and_months_that_are_no_places(pipeline: Pipeline, text: str,
                                             places: list[tuple[str, str, str]]) -> None:
    assert _places(pipeline, text) == places


def test_the_eln_attack_is_at_tibu(pipeline: Pipeline) -> None:
    check_events(events_of(pipeline, "ELN attacks military base in Tibú; 2 soldiers wounded"),
           [("Tibú", "CO", 8.639, -72.736, "Armed clash", 1)])


@pytest.mark.parametrize("unit", ["in August ", "IRNA ELN ", "since May 12 ", "August "])
def test_codes_and_months_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen killed 5 in Tsafe " + unit * (n // len(unit)) + "on Monday."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "place"), [
    # "X, Country, on <day>": the comma after the country closes the town's qualifier (it lists nothing),
    # so the text's own country beats the story's theatre (Turkey's Kazan district, near Ankara).
    ("Turkish warplanes struck PKK targets in Iraq after an attack near Ankara killed five. Speaking at a "
     "summit in Kazan, Russia, on Wednesday, President Erdogan condemned the attack on the firm in Ankara.",
     ("Kazan", "RU", 55.789, 49.122)),
    ("Militants attacked army posts near Maiduguri. In Rann, Nigeria, the army said, 12 people were killed.",
     ("Rann", "NG", 12.285, 14.47)),
])
def test_a_country_after_a_town_and_a_comma_places_it(pipeline: Pipeline, text: str,
                                                      place: tuple[str, str, float, float]) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2024-10-24"))
    got = [m.place for m in doc.mentions if m.text == place[0] and m.place is not None]
    assert [(p.name, p.country_code) for p in got] == [place[:2]]
    assert distance_km(got[0].lat, got[0].lon, place[2], place[3]) < 5.0


def test_a_comma_list_of_provinces_is_still_a_list(pipeline: Pipeline) -> None:
    doc = pipeline.parse(Article(id="t", text="Storms hit Utah, Washington, Wisconsin and Texas on Monday.",
                                 published="2024-10-24"))
    assert [(m.text, m.place.kind) for m in doc.mentions if m.place is not None] == [
        ("Utah", "admin1"), ("Washington", "admin1"), ("Wisconsin", "admin1"), ("Texas", "admin1")]


def test_towns_and_countries_with_commas_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Gunmen attacked " + "Kazan, Russia, " * (n // 15) + "on Monday."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # A people's one-word name before its men is no place: only a short alias of a lesser town abroad.
    ("Kuki militants attack CRPF camp in Jiribam; 11 gunmen killed",
     [("Jiribam", "IN", 24.804, 93.121, "Armed clash", 1)]),
    # A town's own transliteration before its fighters stays the town.
    ("Raqqa fighters clashed with SDF", [("Ar Raqqah", "SY", 35.953, 39.008, "Armed clash", 1)]),
])
def test_a_people_before_its_men_is_no_place(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_peoples_before_men_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Fighting in Jiribam: " + "Kuki militants and " * (n // 19) + "police clashed."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # An Arabic article, joined or assimilated ("al-", "ash-"), before a small town's spelling variant:
    # the town (Ash Shaddadah), which the bare variant alone, an ordinary-looking word, would not name.
    ("IS cell clashes with SDF in ash-Shaddadi, 4 fighters dead",
     [("Ash Shaddādah", "SY", 36.058, 40.735, "Armed clash", 1)]),
    ("Gunmen attacked an SDF checkpoint in al-Shaddadi on Monday, killing two fighters.",
     [("Ash Shaddādah", "SY", 36.058, 40.735, "Armed clash", 1)]),
])
def test_an_article_before_a_small_towns_variant(pipeline: Pipeline, text: str,
                                                 events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_articles_before_variants_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Clashes in " + "al-Shaddadi, ash-Shaddadi, " * (n // 27) + "Hasakah countryside."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # The article written joined to the name ("Elwak" for El Wak), as Kenyan and Somali outlets write it.
    ("IED blast kills 4 police officers near Elwak, Mandera county",
     [("El Wak", "KE", 2.809, 40.929, "Remote explosive/landmine/IED", 2)]),
])
def test_an_article_joined_to_the_name(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize("text", ["Elections in Alabama", "Albert and Ellen met Elwood in Almaty"])
def test_words_opening_with_al_or_el_stay_as_they_were(pipeline: Pipeline, text: str) -> None:
    names = [m.text for m in pipeline.parse(Article(id="t", text=text)).mentions]
    assert "Elections" not in names and "Albert" not in names and "Ellen" not in names


def test_joined_articles_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Blast near " + "Elwak Alwak " * (n // 12) + "kills 4."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # A possessive ends the town's name: "Sweida's al-Mazraa" is a village of Sweida, not the tail of one
    # unknown name "Sweida al-Mazraa" (as "Bourj al-Barajneh" is): the village, in Sweida, is the site.
    ("Bedouin tribes and Druze fighters clash in Sweida's al-Mazraa, 10 killed",
     [("Al Mazra‘ah", "SY", 32.782, 36.478, "Armed clash", 1)]),
])
def test_a_possessive_town_before_an_article_name(pipeline: Pipeline, text: str,
                                                  events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_possessives_before_article_names_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Clashes in " + "Sweida's al-Mazraa " * (n // 19) + "leave 10 dead."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "names"), [
    # A lesser town's alias before another capitalised word heads a longer name the gazetteer lacks: no
    # place (an invented "Intan Mekar" is not Yingtan in China, whose alias "Intan" is; Intan Jaya, a regency
    # of Papua, was such a name until session 38's gazetteer added it).
    ("TPNPB, TNI exchange fire in Intan Mekar; 2 soldiers killed", []),
    ("TPNPB, TNI exchange fire in Intan Jaya; 2 soldiers killed", ["Intan Jaya"]),
    # ... but a place noun after it leaves the town ("Avdiivka district"), and so does Title Case.
    ("Russian Assault Groups Advance On Avdiivka From The North", ["Russian", "Avdiivka"]),
    ("Shelling hits Avdiivka district overnight", ["Avdiivka"]),
])
def test_the_head_of_an_unknown_longer_name(pipeline: Pipeline, text: str, names: list[str]) -> None:
    assert [m.text for m in pipeline.parse(Article(id="t", text=text)).mentions] == names


def test_heads_of_unknown_names_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Fighting in " + "Intan Jaya " * (n // 11) + "regency."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
