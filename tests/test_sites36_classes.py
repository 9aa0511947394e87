"""Session 30, helper sites36: a village the text puts IN a name the gazetteer has both as a province and
as that province's capital town ("Kanan village in Sagaing", "a village in Magway", "a hamlet in western
Kaduna") is coded at the province, geo_precision 2, as ACLED codes a village it cannot locate (the guide's
Places, unknown places); it was coded at the capital town (precision 1, or 2 when the village's own name
was read as a namesake abroad). With no province of the name, the village is coded at the town, now with
precision 2 ("a village in Kaya"). Controls: a village NEAR a town stays at the town; the town named alone
stays the town; a province named with its own word and a province followed by "village" are unchanged.

Second class: a province or district set off by a comma after a place the gazetteer lacks ("on Barkaram
island, Lac province, kills 40", "in Lin Ta Lu village, Sagaing Region", "at Tinagaren well, Menaka
region"), in a sentence that reports an act and names no site, holds that place: it is the event's site
(roles._apposed_parents_of_unknown, rule unknown_parent), where it was context and no event was coded.
Controls: a known town before the province stays the site; no act, no event."""

from __future__ import annotations

import pytest

from mapper.events import coder, roles
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


# -- the second class: a province after an unknown place and a comma ----------------------------------

def test_an_island_the_gazetteer_lacks_in_lac_province(pipeline: Pipeline) -> None:
    text = ("Jihadists attacked an army post on Koulouba-Dounde island, Lac province, on Monday, killing 12 "
            "soldiers.")
    # (The precision of a post in a province is the coder's: only the site is this rule's.)
    assert [s[:3] for s in sites(pipeline, text)] == [("Armed clash", "Lac", "admin1")]


def test_a_village_the_gazetteer_lacks_in_magway_region(pipeline: Pipeline) -> None:
    text = "Junta jets bombed a school in Ywathitgyi village, Magway Region, on Sunday, killing nine people."
    assert sites(pipeline, text) == [("Air/drone strike", "Magway", "admin1", 2)]


def test_a_well_the_gazetteer_lacks_in_menaka_region(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Gunmen killed seven herders at Inazgarene well, Ménaka region, on Saturday.") == [
        ("Attack", "Ménaka", "admin1", 2)]


def test_control_a_known_town_before_its_province_is_the_site(pipeline: Pipeline) -> None:
    assert sites(pipeline, "Gunmen killed seven herders in Douentza, Mopti region, on Saturday.") == [
        ("Attack", "Douentza", "city", 1)]


def test_control_no_act_no_event(pipeline: Pipeline) -> None:
    text = "Aid trucks reached Ndoma-Kalau village, Beni territory, on Monday after weeks of delays."
    assert sites(pipeline, text) == []


def test_many_unknown_places_with_provinces_are_linear(pipeline: Pipeline) -> None:
    provinces = ["Lac province", "Magway Region", "Ménaka region", "Beni territory"]

    def text_of(n: int) -> str:
        return "Gunmen attacked " + ", ".join(f"a camp at Ngolo{i} village, {provinces[i % len(provinces)]}"
                                              for i in range(n)) + ", killing 12 people."
    assert growth(parsing(pipeline, text_of, PUBLISHED), 120) < GROWTH


def test_the_apposed_unknown_window_on_100_kb() -> None:
    assert roles._UNKNOWN_APPOSED.search("in Abc " * 15_000) is None
    assert roles._UNKNOWN_APPOSED.search("x" * 100_000 + " on Barkaram island, ") is not None


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
