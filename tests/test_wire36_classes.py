"""Classes of wire phrasing found among the BLIND files' train misses of full articles in session 30
(branch wire36, gold file long35.jsonl).

- Interceptions over a list of regions and then over a sea ("air defences had destroyed 64 drones over the
  Bryansk and Kursk regions and over the Black Sea"): the last name of the list, a town row followed by the
  plural "regions", was read as a town site of the clause, so the sea yielded to it like "the Danube in Novi
  Sad" and its interception was lost.
- Interceptions whose object is spelled or has an article ("shot down two Houthi drones over the Red Sea",
  "intercepted a ballistic missile ... over the Negev"): the event filter dropped them, since only a tally in
  digits or the words "air defences" exempted an interception from it.
- A named region (a forest, mountains) told as the site of a later paragraph's act of ANOTHER sub-type than
  a town near it told before ("Separately, the air force said ... jets had struck Boko Haram hideouts in the
  Sambisa Forest", after a base attack near Damboa): the region was taken for that town told broadly and
  its act was lost.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events.event_filter import _TALLY
from mapper.events.roles import _LISTED_REGIONS
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans

PUBLISHED = "2025-11-11"  # a Tuesday


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type) for e in doc.events)


# -- a sea after a list of regions -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "places"), [
    ("Russia's defence ministry said on Tuesday that its air defences had destroyed 64 Ukrainian drones "
     "overnight over the Bryansk and Kursk regions and over the Black Sea.",
     ["Black Sea", "Bryanskaya oblast'", "Kurskaya oblast'"]),
    ("The ministry said air defences had shot down 31 drones over the Belgorod and Voronezh regions and over "
     "the Sea of Azov.",
     ["Belgorodskaya oblast'", "Sea of Azov", "Voronezhskaya oblast'"]),
    ("Air defences destroyed 52 drones over the Kursk, Oryol and Bryansk regions and over the Black Sea, the "
     "ministry said.",
     ["Black Sea", "Bryanskaya oblast'", "Kurskaya oblast'", "Orlovskaya oblast'"]),
])
def test_a_sea_after_a_list_of_regions_keeps_its_interception(pipeline: Pipeline, text: str,
                                                               places: list[str]) -> None:
    assert _events(pipeline, text) == [(p, "Disrupted weapons use") for p in places]


def test_a_river_at_a_town_still_yields_to_the_town(pipeline: Pipeline) -> None:
    # Control: a water named with a town site of the same clause only says where the town is.
    text = "Gunmen attacked a ferry on the Niger River in Gao on Tuesday, killing four passengers."
    assert _events(pipeline, text) == [("Gao", "Attack")]


def test_listed_regions_pattern() -> None:
    def after(text: str, name: str) -> bool:
        return _LISTED_REGIONS.match(text, text.index(name) + len(name)) is not None
    assert after("over the Bryansk and Kursk regions and over", "Bryansk")
    assert after("over the Bryansk and Kursk regions and over", "Kursk")
    assert after("over the Kursk, Belgorod, and Oryol regions", "Kursk")
    assert not after("drones hit Kursk and Belgorod on Tuesday", "Kursk")
    assert not after("shelling of Kursk region", "Kursk")  # singular: the old rule's
    assert rescans(_LISTED_REGIONS) == []


# -- a spelled count or an article makes the interception a tally ----------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("The U.S. military said separately that its warships had shot down two Houthi drones over the Red Sea "
     "on Tuesday. It gave no further details.", "Red Sea"),
    ("Hours earlier, the Israeli military said it had intercepted a ballistic missile launched from Yemen "
     "over the Negev desert. Sirens sounded in several towns in the south, but no one was hurt.", "Negev"),
])
def test_an_interception_of_a_spelled_count_passes_the_filter(pipeline: Pipeline, text: str,
                                                              place: str) -> None:
    assert _events(pipeline, text) == [(place, "Disrupted weapons use")]


def test_tally_pattern() -> None:
    assert _TALLY.search("shot down two Houthi drones over the Red Sea")
    assert _TALLY.search("intercepted a ballistic missile launched from Yemen")
    assert _TALLY.search("downed dozens of drones")
    assert _TALLY.search("eight drones had been shot down or jammed over the Moscow region")
    assert not _TALLY.search("the interception was reported by the army")
    # Controls: a weapon that is not the object of the interception's verb is no tally.
    assert not _TALLY.search("debris from a downed drone had set fire to a refinery")
    assert not _TALLY.search("a police helicopter was downed by a drone")
    assert not _TALLY.search("fired a ballistic missile toward central Israel that was intercepted, "
                             "setting off sirens in Tel Aviv")
    assert rescans(_TALLY) == []


def test_a_spelled_count_in_a_threat_is_no_interception(pipeline: Pipeline) -> None:
    # Control: the tally only exempts an interception the rules coded; a threat stays no event.
    text = "The Houthis threatened to fire two missiles at Eilat if the strikes continued."
    assert _events(pipeline, text) == []


# -- a region's act of another sub-type than a town's told before ----------------------------------

def test_a_regions_act_of_another_sub_type_is_its_own(pipeline: Pipeline) -> None:
    text = ("ISWAP fighters attacked a military base near Damboa on Monday, killing seven soldiers.\n\n"
            "Separately, the air force said on Tuesday that its jets had struck Boko Haram hideouts in the "
            "Sambisa Forest on Monday, killing dozens of fighters.")
    assert _events(pipeline, text) == [("Damboa", "Armed clash"), ("Sambisa Forest", "Air/drone strike")]


@pytest.mark.parametrize(("text", "events"), [
    # Controls: a region told with a town of its own sentence, or told later for the same kind of act
    # broadly, is that town.
    ("In Kordofan, the army recaptured a village west of El Obeid on Monday.",
     [("El Obeid", "Government regains territory")]),
    ("RSF fighters attacked a village near El Obeid on Sunday.\n\nFighting also raged across Kordofan on "
     "Monday, residents said.", [("El Obeid", "Attack")]),
])
def test_a_region_told_with_its_town_is_the_town(pipeline: Pipeline, text: str,
                                                  events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


def test_the_wire36_patterns_stay_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return " ".join("Air defences shot down two drones and destroyed 20 drones over the Bryansk, Kursk "
                        "and Oryol regions and over the Black Sea." for _ in range(n))
    assert growth(parsing(pipeline, text_of, PUBLISHED), 200) < GROWTH
