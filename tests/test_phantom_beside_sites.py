"""Phantom events at the places beside a real one (issue 14, item 6), in wire paragraphs and sentences.

Every sentence is our own. A dateline city where an office sits is no place of speaking unless the body
says the words were spoken there; where armed men came from is no site of what they did; an office's
city before its words is where it sits; a place whose phrase is dated earlier stays context across an
apposition ("X, the largest city in the region, in January").
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse

_LOSS28 = "known loss of the event filter trained at session 28 (key F1 - 2 x phantom rate, threshold 0.7): "
_LOST28 = pytest.mark.xfail(strict=True, reason=_LOSS28 + "the real act is dropped")

# -- a dateline city: no statement unless the words were spoken there ---------------------------------

@pytest.mark.parametrize(("text", "events"), [
    ("JUBA (Reuters) - Gunmen killed six people in Bor on Sunday, officials said. Officials in Juba urged "
     "calm.", [("Bor", "Attack")]),
    ("KHARTOUM, Sudan (AP) — Drones struck Kosti on Monday. The foreign ministry in Khartoum condemned the "
     "attack.", [("Kosti", "Air/drone strike")]),
    # spoken there: the body says so
    ("BAMAKO, Mali (AFP) — Jihadists attacked an army post in Niono on Monday. The army spokesman said in "
     "Bamako that the attack had been repelled.", [("Niono", "Armed clash"), ("Bamako", "Statement")]),
])
def test_a_dateline_city_gets_a_statement_only_when_the_words_were_spoken_there(
        pipeline: Pipeline, text: str, events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


# -- where armed men came from -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "origin", "site"), [
    ("Gunmen from Zamfara killed nine villagers in Tangaza on Monday.", "Zamfara", "Tangaza"),
    ("Fighters from Kidal attacked Tessalit on Sunday.", "Kidal", "Tessalit"),
    ("Fighters who came from across the border in Niger attacked a gendarmerie post in Tera on Sunday.",
     "Niger", "Tera"),
    ("Militants from across the border in Afghanistan stormed a checkpoint in Chitral overnight.",
     "Afghanistan", "Chitral"),
])
def test_where_armed_men_came_from_is_no_site(pipeline: Pipeline, text: str, origin: str, site: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[origin] == "context"
    assert roles[site] == "event_site"


@pytest.mark.parametrize(("text", "origin", "site"), [
    ("Aid trucks from Port Sudan reached Kadugli on Tuesday as fighting continued in Dilling.", "Port Sudan",
     "Dilling"),
    ("A convoy from Goma came under fire near Sake on Tuesday.", "Goma", "Sake"),
])
def test_where_goods_and_convoys_came_from_is_no_site(
        pipeline: Pipeline, unfiltered: Pipeline, text: str, origin: str, site: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[origin] == "context"
    assert roles[site] == "event_site"
    # The rules' events: the learned filter's keep of the Dilling fighting sits on its threshold and has
    # flipped with most retrains (sessions 30, 31, 41, 42, 45, 46), so the filtered reading is asserted for
    # the convoy alone.
    assert [name for name, _ in _events(unfiltered, text)] == [site]
    if origin == "Goma":
        assert [name for name, _ in _events(pipeline, text)] == [site]


# -- a reference town after an apposition of the site ---------------------------------------------------

@pytest.mark.parametrize(("text", "reference"), [
    ("Drones struck a fuel depot in Kosti, a city on the White Nile about 300 km south of Khartoum, on "
     "Tuesday.", "Khartoum"),
    ("Rockets hit Kramatorsk, the regional hub some 20 km south of Sloviansk, overnight.", "Sloviansk"),
])
def test_a_reference_town_after_an_apposition_is_context(
        pipeline: Pipeline, text: str, reference: str) -> None:
    assert _roles(pipeline, text)[reference] == "context"
    assert len(_events(pipeline, text)) == 1


_TASSI = "Gunmen killed five people in Tassi, a village 15 km from Djibo, on Saturday."


# A known loss of the learned site model from session 17 to 23 and again from session 36 to 41 (it read
# Djibo as a reference point in the village's apposition); the models retrained at session 42 keep it.
def test_a_village_apposition_keeps_the_town_as_its_site(pipeline: Pipeline) -> None:
    # The guide codes a village N km from a town at the town: not a reference point then.
    assert _roles(pipeline, _TASSI)["Djibo"] == "event_site"


def test_the_rules_keep_the_town_of_a_village_apposition_as_its_site(pipeline: Pipeline) -> None:
    assert _roles(Pipeline(pipeline.gazetteer, roles="rules"), _TASSI)["Djibo"] == "event_site"


# -- a front named after a town ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "front", "site"), [
    ("Troops on the Kupiansk front repelled an assault near Petropavlivka on Tuesday.", "Kupiansk",
     "Petropavlivka"),
    ("Russian forces attacked on the Kurakhove front near Udachne on Tuesday.", "Kurakhove", "Udachne"),
])
def test_a_front_town_yields_to_the_site_named_after_it(
        pipeline: Pipeline, text: str, front: str, site: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[front] == "context" and roles[site] == "event_site"


def test_a_front_town_alone_is_the_site(pipeline: Pipeline) -> None:
    text = "Fighting raged on the Pokrovsk front on Tuesday."
    assert _events(pipeline, text) == [("Pokrovsk", "Armed clash")]


# -- an office's city before its words ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "office", "sites"), [
    ("Jihadists killed 15 soldiers near Djibo on Tuesday, a week after the junta in Ouagadougou announced "
     "new recruitments.", "Ouagadougou", ["Djibo"]),
    ("Militants killed 12 civilians at a market in Kompienga on Friday, days after the junta in Ouagadougou "
     "announced a new offensive in the east.", "Ouagadougou", ["Kompienga"]),
])
def test_an_office_city_before_its_words_is_where_it_sits(
        pipeline: Pipeline, text: str, office: str, sites: list[str]) -> None:
    # The junta's seat, an actor (the corpus codes "the junta in Ouagadougou announced" so: p7-012; see
    # tests/test_phantom_governments.py), neither a site nor a place of speaking.
    assert _roles(pipeline, text)[office] == "actor"
    assert [name for name, _ in _events(pipeline, text)] == sites


def test_a_body_in_a_city_before_its_words_is_no_site(pipeline: Pipeline) -> None:
    text = "The Kenyan-led mission in Port-au-Prince said gangs attacked Cabaret on Tuesday."
    assert _roles(pipeline, text)["Port-au-Prince"] == "origin"
    assert _events(pipeline, text) == [("Cabaret", "Armed clash")]


def test_an_office_building_hit_by_an_act_is_still_the_site(pipeline: Pipeline) -> None:
    text = "Car bombs exploded near the education ministry in Mogadishu on Monday, killing 20."
    assert _events(pipeline, text) == [("Mogadishu", "Remote explosive/landmine/IED")]


# -- a time after an apposition --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "past", "events"), [
    ("Rebels took Bukavu on Sunday, weeks after they seized Goma, the largest city in the region, in late "
     "January.", "Goma", [("Bukavu", "Non-state actor overtakes territory")]),
    ("Jihadists attacked Menaka on Sunday, as they had attacked Gao, the main city of the east, in January.",
     "Gao", [("Ménaka", "Armed clash")]),
])
def test_a_place_dated_earlier_across_an_apposition_is_context(
        pipeline: Pipeline, text: str, past: str, events: list[tuple[str, str]]) -> None:
    assert _roles(pipeline, text, "2025-02-17")[past] == "context"
    assert _events(pipeline, text, "2025-02-17") == events


@pytest.mark.parametrize("text", [
    "Rebels shelled Goma, the largest city in the region, in the morning.",
    "Rebels shelled Goma, the rebels said, in a statement.",
])
def test_an_apposition_without_an_earlier_time_keeps_the_site(pipeline: Pipeline, text: str) -> None:
    assert _roles(pipeline, text, "2025-02-17")["Goma"] == "event_site"


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["gunmen from Goma ", "men from across the border in Goma ",
                                  "came from across the border in ", "the junta in Goma announced ",
                                  "the junta in Goma , ", "Goma, the city of the east of the region, ",
                                  "Goma, the a the a the a the, in January ", "trucks from Goma ",
                                  "Goma, a city on the Goma about 30 km south of Goma ", "Goma, a a a a a a ",
                                  "Goma front near Goma ", "Goma fronts ", "the mission in Goma said ",
                                  "mission in mission in "])
def test_phantom7_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels attacked " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 20_000) < GROWTH
