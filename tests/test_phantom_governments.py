"""Phantom events in wire paragraphs (issue 14, item 6), round 11.

Every sentence is our own. A governing body named with its city ("the military government in X",
"the junta in X", "Kenya's government in X") names where it sits: the city is an actor, neither the
place of a statement nor the site of an act told near it ("a group fighting to topple the government
in X"). A city's name before "river" names the river; the fighting people fled ("families who had
fled fighting near X") is background, not the news. A spokesman, official or ministry in a city still
speaks there, and a deal signed with the government in a city is still signed there. The acts told
beside them still make events. A broadcaster in a city ("the group's television in X reported") reports
from it, and a stronghold fighters set out from ("pushing west from their stronghold in X") is no site.
A record of acts ("a commander responsible for attacks on X") is no act, and ground a side controls
("which controls much of X") no site.
"""

from __future__ import annotations

import pytest

from mapper.events import roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse

# -- a government's seat is no site and no place of speaking -----------------------------------------

@pytest.mark.parametrize(("text", "seat", "events"), [
    ("Army jets bombed a market in Lashio on Sunday, killing nine people, residents said. The military "
     "government in Naypyitaw said it had struck rebel positions.",
     "Naypyitaw", [("Lashio", "Air/drone strike")]),
    ("Militants stormed a police post in Balad on Tuesday, killing three officers. The group, which is "
     "fighting to overthrow the government in Mogadishu, claimed the attack.",
     "Mogadishu", [("Balcad", "Armed clash")]),
    ("Jihadists attacked an army camp near Tessit on Friday, killing eight soldiers. The ruling junta in "
     "Bamako announced three days of mourning.",
     "Bamako", [("Tessit", "Armed clash")]),
    ("Rebels shelled Kalehe on Monday, killing four civilians. Congo's government in Kinshasa condemned "
     "the attack.",
     "Kinshasa", [("Kalehe", "Shelling/artillery/missile attack")]),
])
def test_a_seat_of_government_is_an_actor(pipeline: Pipeline, text: str, seat: str,
                                          events: list[tuple[str, str]]) -> None:
    assert _roles(pipeline, text)[seat] == "actor"
    assert _events(pipeline, text) == events


def test_a_spokesman_in_a_city_still_speaks_there(pipeline: Pipeline) -> None:
    text = ("Gunmen killed six villagers near Mopti on Sunday. A government spokesman in Bamako said on "
            "Monday that the army had deployed reinforcements.")
    assert _roles(pipeline, text)["Bamako"] == "origin"


def test_a_deal_signed_with_the_government_in_a_city_is_signed_there(pipeline: Pipeline) -> None:
    text = "The rebel coalition signed a peace deal with the government in Bamako on Saturday."
    assert _roles(pipeline, text)["Bamako"] == "venue"


# -- a river named like a city; what people fled ---------------------------------------------------------

def test_a_river_named_like_a_city_is_no_site(pipeline: Pipeline) -> None:
    text = "Russian artillery shelled Kherson from across the Dnipro river on Monday, wounding two people."
    assert _events(pipeline, text) == [("Kherson", "Shelling/artillery/missile attack")]
    assert _roles(pipeline, text)["Dnipro"] == "context"


def test_fighting_people_fled_is_background(pipeline: Pipeline) -> None:
    text = ("Fighter jets bombed a school in Lashio on Friday, killing six children whose families had fled "
            "fighting near Hsipaw.")
    assert _events(pipeline, text) == [("Lashio", "Air/drone strike")]
    assert _roles(pipeline, text)["Hsipaw"] == "context"


# (the rules' reading: the event filters retrained from session 41's second round to session 49's first, and
# session 51's, drop it, the others keep it)
def test_fighting_that_made_people_flee_is_an_act(unfiltered: Pipeline) -> None:
    assert _events(unfiltered, "Hundreds of families fled as fighting erupted in Hsipaw on Friday.") \
        == [("Hsipaw", "Armed clash")]


# -- where a report was broadcast; where fighters set out ------------------------------------------------

def test_a_broadcaster_in_a_city_reports_from_it(pipeline: Pipeline) -> None:
    text = "Houthi forces shelled Taiz on Wednesday, the group's television in Sanaa reported."
    assert _events(pipeline, text) == [("Taiz", "Shelling/artillery/missile attack")]
    assert _roles(pipeline, text)["Sanaa"] == "origin"


def test_a_stronghold_fighters_set_out_from_is_no_site(pipeline: Pipeline) -> None:
    text = "M23 rebels seized Walikale on Wednesday after pushing west from their stronghold in Masisi."
    assert _events(pipeline, text) == [("Walikale", "Non-state actor overtakes territory")]
    assert _roles(pipeline, text)["Masisi"] == "context"


# -- a record of acts; ground a side holds --------------------------------------------------------------

def test_a_record_of_attacks_is_no_act(pipeline: Pipeline) -> None:
    text = ("An Israeli strike killed two people in Nabatieh on Friday. Israel's military said it had hit a "
            "Hezbollah commander responsible for attacks on Kiryat Shmona.")
    assert [sub for _, sub in _events(pipeline, text)] == ["Air/drone strike"]
    assert _roles(pipeline, text)["Kiryat Shmona"] == "context"


def test_ground_a_side_controls_is_no_site(pipeline: Pipeline) -> None:
    text = ("Turkish drones struck Kobani on Tuesday, killing three fighters of the Kurdish-led SDF, which "
            "controls much of Raqqa and Deir ez-Zor provinces.")
    assert [sub for _, sub in _events(pipeline, text)] == ["Air/drone strike"]
    found = _roles(pipeline, text)
    assert (found["Kobani"], found["Raqqa"], found["Deir ez-Zor"]) == ("event_site", "context", "context")


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["the government in the government in ", "Kenya's government in Nairobi ",
                                  "military ruling junta in ", "a's a's a's ",
                                  "fled the fled the heavy ", "fleeing days of fleeing ",
                                  "Kherson river Kherson river ",
                                  "television in television in Sanaa ", "from their stronghold from ",
                                  "responsible for the responsible for ", "controls much of controls "])
def test_phantom11_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels attacked " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-01-20"), 20_000) < GROWTH


def test_phantom11_patterns_cannot_rescan_a_run() -> None:
    for pattern in (roles._SEAT_IN, roles._RIVER_AFTER, roles._MEDIA_IN, roles._CONTROLS, triggers._FLED_ACT,
                    triggers._RESPONSIBLE_FOR):
        assert rescans(pattern) == [], pattern.pattern
