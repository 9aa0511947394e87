"""Session 44 round 2, helper targets54: actor2, the side that was hit, for the classes targets53 left
(training/events/actors53.jsonl). Every sentence is our own.

- "suspected cartel members" the army arrested or fought, and "cartel gunmen", are the story's one cartel
  (actors.story_cartel); the near misses: a story naming two cartels (one the actor table lacks, "Carteles
  Unidos") keeps the description, and cartel men who acted are not put on the other side;
- "troops and allied clan militias entered X after al-Shabaab fighters withdrew": the ally is not the other
  side, the story's one armed group is; the near miss: the group attacking "allied clan militias" keeps them;
- the described fighters who left a town to the troops are the story's one group, as the side struck is.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _CARTEL_NAME, story_cartel
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import hundred_kb, pattern_cpu

coded = reader_of("site", "sub_type", "actor1", "actor2", published="2025-11-12")


# -- a bare "cartel" is the story's one cartel ---------------------------------------------------------

ONE_CARTEL = [
    # an arrest of "suspected cartel members"
    ("MAZATLAN, Mexico (AP) - Gunmen from rival factions of the Sinaloa Cartel fought for hours outside "
     "Elota on Sunday, leaving six dead, prosecutors said. On Monday, soldiers arrested nine suspected "
     "cartel members in Guasave and seized rifles, the Defence Ministry said.",
     ("Guasave", "Arrests", "Mexican forces", "Sinaloa Cartel")),
    # a clash with "cartel gunmen"
    ("ZACATECAS, Mexico (Reuters) - The Sinaloa Cartel and its rivals have fought over the state since 2020. "
     "Police said on Tuesday that they had clashed with cartel gunmen in Fresnillo on Monday, killing three.",
     ("Fresnillo", "Armed clash", "police", "Sinaloa Cartel")),
]


@pytest.mark.parametrize(("text", "event"), ONE_CARTEL)
def test_a_bare_cartel_is_the_storys_one_cartel(unfiltered: Pipeline, text: str, event: tuple) -> None:
    assert event in coded(unfiltered, text)


def test_two_cartels_keep_the_description(unfiltered: Pipeline) -> None:
    # near miss: Carteles Unidos is a second cartel (not in the actor table): "cartel members" as written
    text = ("MORELIA, Mexico (AP) - The Jalisco New Generation Cartel and Carteles Unidos have fought over "
            "Aguililla for years. On Saturday, soldiers clashed with cartel gunmen outside Aguililla, "
            "killing four, the army said.")
    assert ("Aguililla", "Armed clash", "Mexican forces", "cartel gunmen") in coded(unfiltered, text)


def test_story_cartel() -> None:
    assert story_cartel("Factions of the Sinaloa Cartel fought. Soldiers arrested cartel members.").name \
        == "Sinaloa Cartel"
    assert story_cartel("The Jalisco New Generation Cartel has fought for years.").name == "CJNG"
    # another cartel named by a proper name, or a group that is no cartel, or none
    assert story_cartel("The Sinaloa Cartel and the Gulf Cartel fought.") is None
    assert story_cartel("The Sinaloa Cartel and Cartel del Noreste fought.") is None
    assert story_cartel("Al-Shabaab fighters attacked a base. Cartel members were arrested.") is None
    assert story_cartel("Soldiers arrested cartel members.") is None


# -- the acting side's ally is not the other side ------------------------------------------------------

ALLIES = [
    ("Government troops and allied clan militias took over Adan Yabaal on Monday without a fight, after "
     "al-Shabaab militants abandoned their bases there, residents said.", "Adan Yabaal"),
    ("Somali troops and allied clan militias entered the town of Jalalaqsi on Tuesday after al-Shabaab "
     "fighters withdrew overnight without a fight, a district official said.", "Jalalaqsi"),
]


@pytest.mark.parametrize(("text", "place"), ALLIES)
def test_the_ally_is_not_the_other_side(unfiltered: Pipeline, text: str, place: str) -> None:
    event = (place, "Non-violent transfer of territory", "Somali forces", "al-Shabaab")
    assert event in coded(unfiltered, text)


def test_the_group_attacking_allied_militias_keeps_them(unfiltered: Pipeline) -> None:
    # near miss: al-Shabaab acted; the allied militias are the side it hit, not replaced by al-Shabaab
    text = ("Al-Shabaab fighters attacked allied clan militias near Hudur on Sunday, killing five of them, "
            "a local elder said.")
    events = coded(unfiltered, text)
    assert events and all(a2 != "al-Shabaab" for _, _, _, a2 in events)


# -- 100 KB bounds ------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["Aa Bb Cc Dd Ee Ff Gg ", "Cartel Cartel Cartel ", "A B C Carteles ",
                                  "Cartel del Aa Bb Cartel ", "X' Y- Z’ Cartel"])
def test_cartel_name_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_CARTEL_NAME, text) < 3.0


def test_story_cartel_is_linear() -> None:
    import time
    text = "The Sinaloa Cartel Aa Bb Cartel del Cc " * 2_600
    start = time.process_time()
    story_cartel(text)
    assert time.process_time() - start < 3.0


def test_the_described_side_that_left_a_town_is_the_storys_group(unfiltered: Pipeline) -> None:
    # the fighters who withdrew are the story's one rebel group (JNIM), as the side struck already was
    text = ("OUAGADOUGOU (AFP) - JNIM fighters attacked an army post near Dori on Saturday, killing four "
            "soldiers, security sources said. On Sunday, Burkinabe troops entered the town of Sebba after "
            "the fighters withdrew, state television said.")
    event = ("Sebba", "Non-violent transfer of territory", "Burkinabe forces", "JNIM")
    assert event in coded(unfiltered, text)
