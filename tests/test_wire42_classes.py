"""Wire sentences whose second site was folded into another (session 36, branch wire42, gold file
long41.jsonl).

- Two objects of one act joined by "and", a named part of a city and a facility near it ("attacked a school
  in the Faladie district of Bamako and a military section of the airport"): two sites, not a facility and
  the city that holds it. Still one site when the city only holds the facility ("mortars landed inside the
  Halane base in Mogadishu") or when the "and" joins no second object ("killed between 12 and 15 people,
  said officials at Nasser Hospital").
- A region the text names as an area of a town ("a strike on a tent camp in the Mawasi area of Khan Younis
  killed seven"): a place of its own, not a region told broadly for a town of the same act nearby ("Another
  strike hit a house in Nuseirat"). A region framing a town's act still passes it on ("In Kordofan, the army
  recaptured a village west of El Obeid").

Every sentence is our own.
"""

from __future__ import annotations

from mapper.events.coder import _AREA_OF_TOWN, _OBJECT_AND
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-03-19"  # a Wednesday


def _places(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return sorted(e.location.name for e in doc.events)


def test_a_city_part_and_a_facility_joined_by_and_are_two_sites(pipeline: Pipeline) -> None:
    text = ("Gunmen stormed a police academy in the Kalaba Coura district of Bamako and the military wing of "
            "Modibo Keita International Airport on Tuesday, security sources said.")
    assert _places(pipeline, text) == ["Bamako", "Modibo Keita International Airport"]


def test_a_facility_the_city_holds_is_one_site(pipeline: Pipeline) -> None:
    text = "Mortars landed inside the Halane base in Mogadishu on Tuesday, wounding two guards."
    assert _places(pipeline, text) == ["Aden Adde International Airport"]


def test_an_and_inside_a_toll_joins_no_second_object(pipeline: Pipeline) -> None:
    text = ("A drone strike on a market in Bamako killed between 12 and 15 people, said officials at Modibo "
            "Keita International Airport.")
    assert len(_places(pipeline, text)) == 1


def test_an_area_of_a_town_is_a_site_of_its_own(pipeline: Pipeline) -> None:
    text = ("A strike on a tent camp in the Mawasi area of Khan Younis killed seven people on Monday, medics "
            "said. Another strike hit a house in Nuseirat, killing four.")
    assert _places(pipeline, text) == ["Al-Mawasi", "An Nuşayrāt"]


def test_a_region_framing_a_towns_act_still_passes_it_on(pipeline: Pipeline) -> None:
    text = "In Kordofan, the army recaptured a village west of El Obeid on Monday, the military said."
    assert _places(pipeline, text) == ["El Obeid"]


def test_the_area_of_a_town() -> None:
    assert _AREA_OF_TOWN.match(" area of Khan Younis")
    assert _AREA_OF_TOWN.match(" area west of Khan Younis") is None
    assert _AREA_OF_TOWN.match(" area of the north") is None
    assert _AREA_OF_TOWN.match(" " * 100_000 + "area of K") is None


def test_the_object_and() -> None:
    assert _OBJECT_AND.search(" district of Bamako and a military section of ")
    assert _OBJECT_AND.search(" port and the Ras Isa fuel terminal ")
    assert _OBJECT_AND.search(" killed between 12 and 15 people, said officials at ") is None
    assert _OBJECT_AND.search(" and " * 25_000 + "x") is None
    assert _OBJECT_AND.search(" " * 100_000 + "and the ") is not None


def test_the_wire42_class_stays_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        one = ("Gunmen attacked a school in the Kalaba Coura district of Bamako and the military wing of "
               "Modibo Keita International Airport. Mortars landed inside the Halane base in Mogadishu. "
               "A strike in the Mawasi area of Khan Younis killed two.")
        return " ".join(one for _ in range(n))
    assert growth(parsing(pipeline, text_of, PUBLISHED), 100) < GROWTH
