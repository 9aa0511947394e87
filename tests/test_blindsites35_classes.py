"""Classes of site phrasing found among the BLIND files' train misses in session 29 (branch blindsites35,
gold file sentences34.jsonl): a town placed in its province, the province named like its capital and read
as that capital ("near Tame in Arauca", "Zakho in Duhok", "Saraqib in Idlib"): the province only says
where the town is (context, no phantom at the capital), and the town stays the site however far the
capital lies from it (it was moved to the capital as to the frame of an unknown namesake); and a compass
word before another capitalised word ("Amhara's East Gojjam zone", "the North Wollo zone", "the South Oil
Company"): the head of a longer name the gazetteer lacks, not Cameroon's East, North or South region (a
phantom or spurious event there). Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-07-07"  # a Monday


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, int | None, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return [(e.location.name, e.geo_precision, e.sub_event_type) for e in doc.events]


def _mentions(pipeline: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipeline.parse(Article(id="t", text=text, published=PUBLISHED)).mentions]


@pytest.mark.parametrize(("text", "events"), [
    # the province named like its capital, far from the town (Arauca city is over 100 km from Tame)
    ("Soldiers clashed with ELN fighters near Tame in Arauca on Sunday, leaving three dead.",
     [("Tame", 2, "Armed clash")]),
    ("ELN guerrillas ambush army patrol near Saravena in Arauca",
     [("Saravena", 2, "Armed clash")]),
    # ... and near it
    ("A Turkish drone hit a car near Zakho in Duhok on Sunday, killing two PKK members.",
     [("Zaxo", 2, "Air/drone strike")]),
    ("Syrian government forces retook Saraqib in Idlib on Sunday after heavy fighting.",
     [("Saraqib", 1, "Government regains territory")]),
])
def test_a_town_in_a_province_named_like_its_capital(pipeline: Pipeline, text: str,
                                                     events: list[tuple[str, int, str]]) -> None:
    assert _events(pipeline, text) == events


def test_controls_two_towns_and_a_province_word(pipeline: Pipeline) -> None:
    # a list names two sites, the capital among them
    assert sorted(e[0] for e in _events(
        pipeline, "Soldiers clashed with ELN fighters in Tame and Arauca on Sunday.")) == ["Arauca", "Tame"]
    # the province said in so many words was already its frame
    assert _events(pipeline, "Gunmen killed seven villagers in Kajuru, Kaduna State, on Sunday.") == [
        ("Kajuru", 1, "Attack")]


@pytest.mark.parametrize(("text", "mentions", "events"), [
    ("Fano fighters ambushed a convoy near Debre Markos in Amhara's East Gojjam zone on Sunday, killing "
     "nine soldiers.", ["Debre Markos", "Amhara"], [("Debre Mark’os", 2, "Armed clash")]),
    ("Fano militia and federal troops clashed on Saturday near Kobo in the North Wollo zone of Amhara.",
     ["Kobo", "Amhara"], [("Kobo", 2, "Armed clash")]),
    ("Hundreds of oil workers rallied outside the South Oil Company headquarters in Basra on Sunday.",
     ["Basra"], [("Basrah", 1, "Peaceful protest")]),
])
def test_a_compass_word_heading_a_longer_name_is_no_place(pipeline: Pipeline, text: str, mentions: list[str],
                                                          events: list[tuple[str, int, str]]) -> None:
    assert _mentions(pipeline, text) == mentions
    assert _events(pipeline, text) == events


def test_controls_a_compass_region_said_as_one(pipeline: Pipeline) -> None:
    # Cameroon's North region, with its region word after it: still the region
    text = ("Separatists attacked a gendarmerie post in Cameroon's North region on Sunday, killing two "
            "gendarmes.")
    assert _mentions(pipeline, text) == ["Cameroon", "North"]
    assert [(e[0], e[1]) for e in _events(pipeline, text)] == [("North", 3)]


def test_town_in_province_frames_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return "Soldiers clashed with rebels near Tame in Arauca and in Saravena, " * n + "officials said."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
