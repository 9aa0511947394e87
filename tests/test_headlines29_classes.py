"""Classes of headlines found among the corpus's train misses in session 24 (issue 14: every site in
headlines): a town named as the modifier of a security post ("X army post overrun"), and a town "under"
a side's fire or assault ("under JNIM fire", "under heavy Russian assault"), which went unrecognised or
reported nothing. Every sentence is our own. Each test names the exact place (the gazetteer's name), its
country, its point within a kilometre, the sub-type and the precision.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing


@pytest.mark.parametrize(("text", "events"), [
    # A security post, garrison or barracks named after its town: the town is the site.
    ("Menaka army post attacked at dawn, four soldiers killed",
     [("Ménaka", "ML", 15.918, 2.402, "Armed clash", 1)]),
    ("Gunmen raid Diffa police post, two officers dead",
     [("Diffa", "NE", 13.315, 12.611, "Armed clash", 1)]),
    ("Kaya garrison attacked by jihadists overnight",
     [("Kaya", "BF", 13.088, -1.084, "Armed clash", 1)]),
])
def test_a_town_naming_a_security_post_is_the_site(pipeline: Pipeline, text: str,
                                                    events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_a_newspaper_named_after_a_city_is_no_post(pipeline: Pipeline) -> None:
    # "Post" alone is a newspaper's name, not a security post: no event at the city.
    assert events_of(pipeline, "Kyiv Post editor wins press award in Vienna") == []


@pytest.mark.parametrize(("text", "events"), [
    # A side's name or adjectives between "under" and the attack noun.
    ("Gao under Islamic State fire as fighters close in",
     [("Gao", "ML", 16.272, -0.045, "Armed clash", 1)]),
    ("Huliaipole, Orikhiv under heavy Russian assault",
     [("Orikhiv", "UA", 47.576, 35.783, "Armed clash", 1),
      ("Hulyaypole", "UA", 47.667, 36.256, "Armed clash", 1)]),
])
def test_a_town_under_a_sides_fire_or_assault(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_a_weapons_fire_keeps_its_own_family(pipeline: Pipeline) -> None:
    # "under mortar fire" is shelling, not a clash read from "under ... fire".
    check_events(events_of(pipeline, "Kismayo came under mortar fire overnight, three wounded"),
                 [("Kismayo", "SO", -0.358, 42.545, "Shelling/artillery/missile attack", 1)])


@pytest.mark.parametrize("text", [
    "Health minister under fire over vaccine delays in Lagos",
    "Kenyan coach under fire for Nairobi defeat",
])
def test_the_idiom_under_fire_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert events_of(pipeline, text) == []


@pytest.mark.parametrize("unit", ["under heavy ", "army ", "under Russian heavy "])
def test_the_classes_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Djibo " + unit * (n // len(unit)) + "post under JNIM fire, Sumy under heavy Russian assault"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize("text", [
    # A capture told as the taker's own word and denied by the other side is no capture (the guide).
    "Russia says its troops captured Chasiv Yar; Ukraine denies",
    "Moscow says its forces took Vovchansk, Kyiv denies the claim",
    "JNIM says it seized Boni, army denies",
])
def test_a_capture_claimed_by_its_taker_and_denied_is_none(pipeline: Pipeline, text: str) -> None:
    assert events_of(pipeline, text) == []


def test_a_capture_claimed_and_not_denied_stays(pipeline: Pipeline) -> None:
    check_events(events_of(pipeline, "Russia says its troops captured Chasiv Yar"),
                 [("Chasiv Yar", "UA", 48.588, 37.834, "Non-state actor overtakes territory", 1)])
