"""Classes of phantom events found among the corpus's train phantoms in session 27 (branch phantom33, gold
file sentences32.jsonl): a region named after a listed site only to say whose officials tell the report
("kill 3 in Kostiantynivka, Donetsk governor says": one event, at the town; the region is the teller's, not
a second site of a list), and a vigil, which is a prayer or a mourning (held on the anniversary of an old
attack, or by worshippers), not a protest ("Students held a candlelight vigil in Garissa on Wednesday,
the tenth anniversary of the attack": no event). Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return [(e.location.name, e.sub_event_type) for e in doc.events]


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return {m.text: r for m, r in zip(doc.mentions, doc.role_names, strict=True)}


@pytest.mark.parametrize(("text", "site", "sub", "teller"), [
    # a headline: the region's governor tells of the act at the town
    ("Russian glide bombs kill 4 in Kostiantynivka, Donetsk governor says", "Kostyantynivka",
     "Air/drone strike", "Donetsk"),
    # a sentence: the region's officials, with an adjective between
    ("Russian drones hit a school in Bilozerka on Sunday, killing two people, Kherson regional officials "
     "said.", "Bilozerka", "Air/drone strike", "Kherson"),
    ("A Ukrainian drone hit a car in Shebekino, Belgorod governor Vyacheslav Gladkov said on Monday.",
     "Shebekino", "Air/drone strike", "Belgorod"),
    ("Shelling killed a man in Nikopol, Dnipropetrovsk regional authorities said on Tuesday.",
     "Nikopol", "Shelling/artillery/missile attack", "Dnipropetrovsk"),
])
def test_a_region_named_only_as_the_teller_is_no_second_site(
        pipeline: Pipeline, text: str, site: str, sub: str, teller: str) -> None:
    assert _events(pipeline, text) == [(site, sub)]
    assert _roles(pipeline, text)[teller] == "context"


@pytest.mark.parametrize(("text", "sites"), [
    # Controls: a real list of sites keeps every member, with or without a teller after it.
    ("Shelling hit Kherson, Bilozerka and Antonivka on Sunday, regional officials said.",
     {"Kherson", "Bilozerka", "Antonivka"}),
    ("Russian drones struck Kharkiv and Sumy overnight, officials said.", {"Kharkiv", "Sumy"}),
    # a region that is a site of its own, not a teller
    ("Drones struck Kostiantynivka and the Donetsk region overnight, killing three, officials said.",
     {"Kostyantynivka"}),
])
def test_controls_lists_of_sites_stay(pipeline: Pipeline, text: str, sites: set[str]) -> None:
    assert {name for name, _ in _events(pipeline, text)} == sites


@pytest.mark.parametrize("text", [
    "Students held a candlelight vigil in Garissa on Wednesday, the tenth anniversary of the attack on the "
    "town's university college.",
    "Relatives held a vigil in Makurdi on Thursday to mark one year since the killings in the state.",
    "Families in Negombo and Batticaloa held their own vigils.",
    "Hundreds of worshippers attended an overnight vigil in Kananga, the church said.",
])
def test_a_vigil_is_no_protest(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "site", "sub"), [
    # Controls: a protest named as one stays, vigil or not; an attack during a vigil stays an attack.
    ("Hundreds of students protested in Nairobi on Tuesday against the new finance bill.", "Nairobi",
     "Peaceful protest"),
    ("Hundreds of people held a protest vigil outside parliament in Tbilisi on Sunday, demanding new "
     "elections.", "Tbilisi", "Peaceful protest"),
    ("Demonstrators gathered with candles in Novi Sad on Friday to demand justice for the victims.",
     "Novi Sad", "Peaceful protest"),
    ("ADF rebels attacked a church in Komanda during a night vigil on Sunday, killing 38 worshippers.",
     "Komanda", "Attack"),
])
def test_controls_protests_and_attacks_stay(pipeline: Pipeline, text: str, site: str, sub: str) -> None:
    assert _events(pipeline, text) == [(site, sub)]


def test_the_teller_pattern_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    # _REGION_TELLER_AFTER reads a bounded run of words after one name (possessive quantifiers).
    def text(n: int) -> str:
        unit = "Kherson regional officials officials Kherson, Donetsk governor Vyacheslav"
        return "Shelling hit Bilozerka, " + " ".join(unit for _ in range(n)) + " said."
    assert growth(parsing(pipeline, text), 1400) < GROWTH  # 100 KB doubled
