"""Interceptions over lists that go on after "and the" (session 34, branch wire40b, gold file
intercepts39.jsonl).

- A list of places of one act goes on after "and the", past the province word that closes the names
  before it ("drones shot down over the Tula and Kaluga regions and the Moscow region", "over the Red Sea
  and the Gulf of Aden"): the name after "the" was read as context and its interception lost.
- A sea named beside a PROVINCE site of the same clause ("over Crimea and the Black Sea") yielded to it as
  a sea yields to a town it only places ("in the Red Sea off Mokha"), and its interception was lost.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _sea_beside_area
from mapper.events.roles import _AND_THE_GAP
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans

PUBLISHED = "2025-11-11"  # a Tuesday
DWU = "Disrupted weapons use"


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type) for e in doc.events)


@pytest.mark.parametrize(("text", "places"), [
    ("The ministry said its air defences had downed 41 Ukrainian drones overnight over the Voronezh and "
     "Lipetsk regions and the Ryazan region.",
     ["Lipetskaya oblast'", "Ryazanskaya oblast'", "Voronezhskaya oblast'"]),
    ("Warships of the coalition shot down 12 drones over the Red Sea and the Gulf of Aden on Tuesday.",
     ["Gulf of Aden", "Red Sea"]),
    ("Air defences shot down 17 drones over the Kursk region and the Black Sea overnight, the ministry said.",
     ["Black Sea", "Kurskaya oblast'"]),
])
def test_a_list_goes_on_after_and_the(pipeline: Pipeline, text: str, places: list[str]) -> None:
    assert _events(pipeline, text) == [(p, DWU) for p in places]


def test_a_sea_beside_a_province_is_its_own_site(pipeline: Pipeline) -> None:
    text = "Air defences destroyed nine Ukrainian drones over Crimea and the Black Sea on Tuesday night."
    assert _events(pipeline, text) == [("Avtonomna Respublika Krym", DWU), ("Black Sea", DWU)]


def test_a_sea_beside_a_town_still_yields_to_it(pipeline: Pipeline) -> None:
    # The near miss: the town the ship was off is the site; the sea only says where it lies.
    text = "A cargo ship was struck by a missile in the Red Sea off Mokha on Tuesday, the agency said."
    assert [p for p, _ in _events(pipeline, text)] == ["Mocha"]


def test_an_actor_list_after_and_the_is_not_carried(pipeline: Pipeline) -> None:
    # Only a site's role goes on after "and the": "the embassies of Rwanda, France and the United States"
    # keeps its last name as it was.
    text = "Protesters attacked the embassies of Belgium and the United States in Bujumbura on Tuesday."
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    roles = {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}
    assert roles["United States"] != "event_site"


def test_and_the_gap_pattern() -> None:
    def gap(text: str) -> bool:
        return _AND_THE_GAP.fullmatch(text) is not None
    assert gap(" regions and the ")
    assert gap(" region and the ")
    assert gap(" and the ")
    assert gap(", and the ")
    assert not gap(" and ")  # the plain list: coordinated()'s
    assert not gap(" and the nearby town of ")
    assert not gap(" regions, where the ")
    assert rescans(_AND_THE_GAP) == []
    assert _AND_THE_GAP.fullmatch(" " * 100_000 + "and the ") is not None  # spaces are one run, read once
    assert _AND_THE_GAP.fullmatch(" regions" * 12_500) is None


def test_sea_beside_area_kinds(pipeline: Pipeline) -> None:
    gaz = pipeline.gazetteer
    sea = next(p for p in map(gaz.place, (o.row for o in gaz.options("black sea"))) if p.kind == "water")
    crimea = next(p for p in map(gaz.place, (o.row for o in gaz.options("crimea"))) if p.kind == "admin1")
    odesa = next(p for p in map(gaz.place, (o.row for o in gaz.options("odesa"))) if p.kind == "city")
    assert _sea_beside_area(sea, crimea)
    assert not _sea_beside_area(sea, odesa)
    assert not _sea_beside_area(crimea, sea)


def test_the_wire40_patterns_stay_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return " ".join("Air defences shot down 20 drones over the Bryansk and Kursk regions and the Black "
                        "Sea and the Sea of Azov." for _ in range(n))
    assert growth(parsing(pipeline, text_of, PUBLISHED), 200) < GROWTH


# -- "downs", "destroyed N drones", and a destroyer --------------------------------------------------

@pytest.mark.parametrize(("text", "places"), [
    ("Air defence downs 9 drones over Zaporizhzhia overnight, governor says", ["Zaporizhzhya"]),
    ("Coalition warship downs Houthi missiles over Gulf of Aden", ["Gulf of Aden"]),
    ("The ministry said it had destroyed 26 Ukrainian drones over the Voronezh region on Tuesday.",
     ["Voronezhskaya oblast'"]),
    ("The navy said a French destroyer shot down three drones over the Red Sea on Tuesday.", ["Red Sea"]),
    ("Air defence units intercepted and destroyed 11 drones over the Sea of Azov on Tuesday night.",
     ["Sea of Azov"]),
])
def test_stopped_weapons_are_interceptions(pipeline: Pipeline, text: str, places: list[str]) -> None:
    assert _events(pipeline, text) == [(p, DWU) for p in places]


@pytest.mark.parametrize(("text", "place"), [
    # The near misses: a strike that destroyed a building, or drones that destroyed it, stays a strike.
    ("A drone strike destroyed a house in Kupiansk on Tuesday, killing two people.", "Kupiansk"),
    ("Two drones destroyed a fuel depot in Novorossiysk on Tuesday, the governor said.", "Novorossiysk"),
])
def test_a_destroyed_target_stays_a_strike(pipeline: Pipeline, text: str, place: str) -> None:
    assert [s for _, s in _events(pipeline, text)] == ["Air/drone strike"]


def test_the_stopped_weapon_patterns() -> None:
    from mapper.events.triggers import _IMPACT
    assert _IMPACT.search("a us destroyer shot down two drones") is None
    assert _IMPACT.search("intercepted and destroyed 14 ukrainian drones") is None
    assert _IMPACT.search("the strike destroyed a house") is not None
    assert _IMPACT.search("destroyers") is None
    assert rescans(_IMPACT) == []
    assert _IMPACT.search("destroyed " + "house " * 20_000) is not None  # (the look-ahead reads four words)
    assert _IMPACT.search("destroyed " + "drone " * 20_000) is None
    assert _IMPACT.search("destroyed " + "x" * 100_000) is not None
