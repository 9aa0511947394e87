"""Session 30, helper sites36: a village the text puts IN a name the gazetteer has both as a province and
as that province's capital town ("Kanan village in Sagaing", "a village in Magway", "a hamlet in western
Kaduna") is coded at the province, geo_precision 2, as ACLED codes a village it cannot locate (the guide's
Places, unknown places); it was coded at the capital town (precision 1, or 2 when the village's own name
was read as a namesake abroad). With no province of the name, the village is coded at the town, now with
precision 2 ("a village in Kaya"). Controls: a village NEAR a town stays at the town; the town named alone
stays the town; a province named with its own word and a province followed by "village" are unchanged."""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def sites(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, int]]:
    doc = pipeline.parse(Article("sites36", text, published=PUBLISHED))
    return [(e.sub_event_type, e.location.name, e.location.kind, e.geo_precision) for e in doc.events]


# -- the class: a village in a province named like its capital ---------------------------------------

def test_a_named_village_in_sagaing_is_the_region(pipeline: Pipeline) -> None:
    # "Kanan" alone is a namesake in Japan: the village is unknown, Sagaing holds it.
    assert sites(pipeline, "Junta jets bombed Kanan village in Sagaing on Monday, killing 17 people.") == [
        ("Air/drone strike", "Sagaing", "admin1", 2)]


def test_a_named_village_in_sagaing_headline(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Myanmar jets bomb Thitpin village in Sagaing, killing 9") == [
        ("Air/drone strike", "Sagaing", "admin1", 2)]


def test_an_unnamed_village_in_magway_is_the_region(pipeline: Pipeline) -> None:
    text = "Junta aircraft bombed a village in Magway on Monday, killing seven civilians."
    assert sites(pipeline, text) == [("Air/drone strike", "Magway", "admin1", 2)]


def test_an_unnamed_village_in_kaduna_is_the_state(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Gunmen attacked a village in Kaduna on Monday, killing five farmers.") == [
        ("Attack", "Kaduna", "admin1", 2)]


def test_a_hamlet_in_a_compass_part_of_the_province(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Bandits stormed a hamlet in southern Kaduna on Sunday and abducted 20 people.") \
        == [("Abduction/forced disappearance", "Kaduna", "admin1", 2)]


def test_a_village_in_a_town_with_no_province_of_its_name(pipeline: Pipeline) -> None:
    # Kaya heads Centre-Nord, not a province of its own name: the town, near it (precision 2).
    assert sites(pipeline, "Soldiers torched homes in a village in Kaya on Monday, residents said.") == [
        ("Looting/property destruction", "Kaya", "city", 2)]


# -- controls ---------------------------------------------------------------------------------------

def test_control_a_village_near_the_town_stays_at_the_town(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Gunmen killed five in Ngoro village near Kaya on Monday.") == [
        ("Attack", "Kaya", "city", 2)]


def test_control_the_town_named_alone_stays_the_town(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Junta jets bombed Sagaing on Monday, killing four people.") == [
        ("Air/drone strike", "Sagaing", "city", 1)]


def test_control_a_province_with_its_own_word(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Russian drones struck a village in Kherson region on Monday.") == [
        ("Air/drone strike", "Khersonska oblast", "admin1", 2)]


def test_control_villages_in_listed_regions_keep_both(pipeline: Pipeline) -> None:
    text = ("Junta aircraft bombed villages in the Sagaing and Magway regions on Tuesday, killing at least "
            "19 people, local resistance groups said.")
    assert sites(pipeline, text) == [("Air/drone strike", "Sagaing", "admin1", 3),
                                     ("Air/drone strike", "Magway", "admin1", 3)]


def test_control_a_province_followed_by_village(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Junta airstrike kills 11 in Sagaing village") == [
        ("Air/drone strike", "Sagaing", "admin1", 2)]


def test_control_a_known_town_in_the_province_keeps_its_site(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Junta jets bombed a monastery in Kawlin in Sagaing on Monday.") == [
        ("Air/drone strike", "Kawlin", "city", 1)]


# -- the window is bounded ----------------------------------------------------------------------------

def test_many_villages_in_provinces_are_linear(pipeline: Pipeline) -> None:
    provinces = ["Sagaing", "Magway", "Kaduna", "Kaya", "Mandalay", "Zamfara"]

    def text_of(n: int) -> str:
        return "Junta jets bombed " + ", ".join(f"Kanan{i} village in {provinces[i % len(provinces)]}"
                                                 for i in range(n)) + " on Monday."
    assert growth(parsing(pipeline, text_of, PUBLISHED), 120) < GROWTH


def test_the_village_window_regex_on_100_kb() -> None:
    # Read only in a window of _VILLAGE_IN_CHARS before a name; even unbounded it cannot backtrack.
    assert coder._VILLAGE_IN_BEFORE.search("village in " * 10_000 + "x") is None
    assert coder._VILLAGE_IN_BEFORE.search("villages  in  the  " * 5_000) is not None
