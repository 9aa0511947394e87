"""Places found and placed (session 37, geo43): a run of two words matched as two towns of no common
country is one name the gazetteer lacks ("the village of Yan Kaba" is no Yan in Malaysia beside a Kaba in
China), and the event goes to the place the text puts it in; a town named by its kind ("the municipality of
Calamar") is a place of the story's country, as "the town of X" was; a province named by its own name is
not a town that bears it only as an alternate name ("in Antioquia": the department, not Santa Fe de
Antioquia). Sentences are our own."""

from __future__ import annotations

import pytest

from mapper.geoparse import recognize
from mapper.pipeline import Pipeline


@pytest.mark.parametrize(("text", "sites"), [
    ("Bandits killed 12 villagers in Yan Kaba, in Katsina state, on Sunday, police said.",
     [("Katsina", "NG")]),
    ("In Katsina state, bandits attacked the village of Yan Kaba, killing 12 people.", [("Katsina", "NG")]),
])
def test_two_towns_of_no_common_country_are_one_unknown_name(pipeline: Pipeline, text: str,
                                                               sites: list[tuple[str, str]]) -> None:
    doc = pipeline.parse(text, published="2025-03-10")
    assert not {"Yan", "Kaba", "Yan Kaba"} & {m.text for m in doc.mentions}
    assert [(e.location.name, e.location.country_code) for e in doc.events] == sites


@pytest.mark.parametrize(("text", "names"), [
    # countries and provinces side by side stay ("Israel Gaza war"), and so does a town the gazetteer knows
    # by the whole run ("Tudun Wada"); a doubled name is one place of one country ("Kaya Kaya": both words
    # Kaya, in Burkina Faso and Chad alike)
    ("Israel Gaza war: strikes kill 12 in Rafah", ["Israel", "Gaza", "Rafah"]),
    ("Gunmen killed five people in Tudun Wada, Kano state, on Monday.", ["Tudun Wada", "Kano"]),
])
def test_places_side_by_side_stay(pipeline: Pipeline, text: str, names: list[str]) -> None:
    doc = pipeline.parse(text, published="2025-03-10")
    assert [m.text for m in doc.mentions] == names


def test_split_names_are_read_in_a_run_of_two_words(pipeline: Pipeline) -> None:
    gaz = pipeline["recognize"].recognizer.gaz
    found = recognize._match_run("Yan Kaba", gaz)
    assert [(s, e) for s, e, *_ in found] == [(0, 3), (4, 8)]
    assert recognize._without_split_names("Yan Kaba", found, gaz) == ()
    # (a town beside a province of its country stays: "Katsina" is a state; and in a longer run a headline's
    # ordinary word may match a town abroad beside a real place: "Russian Forces Attack Pokrovsk From ...")
    kept = recognize._match_run("Funtua Katsina", gaz)
    assert recognize._without_split_names("Funtua Katsina", kept, gaz) == kept
    longer = recognize._match_run("Yan Kaba on Sunday", gaz)
    assert recognize._without_split_names("Yan Kaba on Sunday", longer, gaz) == longer


@pytest.mark.parametrize(("text", "site"), [
    ("Russian Forces Attack Pokrovsk From Three Sides", "Pokrovsk"),
    ("Two suicide bombers struck the Bannu Cantonment on Tuesday, killing five soldiers.", "Bannu"),
])
def test_a_headline_word_beside_a_place_is_not_read(pipeline: Pipeline, text: str, site: str) -> None:
    doc = pipeline.parse(text, published="2025-03-10")
    assert site in [m.text for m in doc.mentions]


def test_a_run_of_unknown_names_on_100_kb(pipeline: Pipeline) -> None:
    text = "Gunmen raided Yan Kaba, police said. " * (100_000 // 37)
    doc = pipeline.parse(text, published="2025-03-10")
    assert not {"Yan", "Kaba"} & {m.text for m in doc.mentions}


def test_the_municipality_of_a_town(pipeline: Pipeline) -> None:
    text = ("Three soldiers were killed on Wednesday when FARC dissidents attacked a military base with "
            "drones in the southern department of Guaviare. The drones dropped explosives on the base in the "
            "municipality of Calamar at dawn, the army said.")
    doc = pipeline.parse(text, published="2026-03-05")
    calamar = [m for m in doc.mentions if m.text == "Calamar"]
    assert len(calamar) == 1 and calamar[0].place is not None
    assert calamar[0].place.country_code == "CO" and abs(calamar[0].place.lat - 1.96) < 0.1
    # ... not an unknown name after "the municipality of" ("Mr." and organisations are not kinds of place)
    assert "municipality" in recognize._SETTLEMENT_OF and "office" not in recognize._SETTLEMENT_OF


def test_one_long_run_of_towns_on_100_kb(pipeline: Pipeline) -> None:
    gaz = pipeline["recognize"].recognizer.gaz
    text = "Yan Kaba " * (100_000 // 9)  # one capitalised run of 22,000 words: not two words, read as before
    assert len(recognize.find_candidates(text, gaz)) == 2 * (100_000 // 9)


@pytest.mark.parametrize(("text", "where"), [
    # the department, not Santa Fe de Antioquia (which GeoNames also names "Antioquia")
    ("ELN guerrillas attacked a police station in Antioquia on Monday, killing two officers.",
     ("Antioquia", "admin1")),
    # ... while a province named like its capital by one name is the town ("in Raqqa", "in Kherson")
    ("Clashes in Raqqa killed five SDF fighters on Monday.", ("Ar Raqqah", "city")),
    ("Shelling in Kherson killed two people on Monday.", ("Kherson", "city")),
    # ... and so is a city of the province's size that bears its name only as an alternate name
    ("Saudi air defences intercept Houthi drone over Jazan", ("Jizan", "city")),
])
def test_a_province_by_its_own_name_is_no_town_of_an_alternate_name(pipeline: Pipeline, text: str,
                                                                       where: tuple[str, str]) -> None:
    doc = pipeline.parse(text, published="2025-08-21")
    assert [(e.location.name, e.location.kind) for e in doc.events] == [where]


def test_a_body_named_with_of_is_no_town(pipeline: Pipeline) -> None:
    # ("department" is no kind of place before "of": the Department of Justice is no town called Justice)
    doc = pipeline.parse("Officials from the federal Department of Justice met the governor of Georgia in "
                         "Atlanta on Monday.", published="2025-03-10")
    assert "Justice" not in [m.text for m in doc.mentions]
    assert "department" not in recognize._SETTLEMENT_OF
