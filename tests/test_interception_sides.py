"""The two sides of an interception (Disrupted weapons use), session 41.

The guide: actor1 is the force that stopped the weapon, actor2 the side that launched it. Over a state's own
ground the defender is that state's forces, or the occupier's where the actor table says it holds the province
(Crimea). ``actors.interception_sides`` mends two misreads of a foreign side: the sides swapped (the defender
read as actor2), and the weapon's owner read as actor1 ("47 Ukrainian drones were shot down over the Bryansk
region"; "drones launched by Russia"; "a missile launched from Yemen", the Houthis' by the table's
``fires_abroad``). The near misses keep their reading: the ground's own rebels downing the state's aircraft,
a foreign force stopping a weapon abroad, a drone "fired from Lebanon" (no launcher named). Every sentence is
our own.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.actors import interception_sides
from mapper.model import Actor, Article
from mapper.pipeline import Pipeline

Row = tuple[str, str | None, str | None]


def _interceptions(pipeline: Pipeline, text: str) -> list[Row]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-08-20"))
    return sorted((e.location.name, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
                  for e in doc.events if e.sub_event_type == "Disrupted weapons use")


@pytest.mark.parametrize(("text", "rows"), [
    # the weapon's owner named before the weapon, the teller the defender's ministry
    ("Moscow's defence ministry said 36 Ukrainian drones were shot down over the Voronezh and Lipetsk "
     "regions overnight.",
     [("Lipetskaya oblast'", "Russian forces", "Ukrainian forces"),
      ("Voronezhskaya oblast'", "Russian forces", "Ukrainian forces")]),
    # over a province the occupier holds: its forces defend it
    ("Air defence crews destroyed 14 Ukrainian drones over Crimea, the Russian ministry said.",
     [("Avtonomna Respublika Krym", "Russian forces", "Ukrainian forces")]),
    # the launcher named after the weapon
    ("Ukraine's air force said it downed 52 of 70 drones launched by Russia over the Sumy and Chernihiv "
     "regions.",
     [("Chernihivska oblast", "Ukrainian forces", "Russian forces"),
      ("Sumska oblast", "Ukrainian forces", "Russian forces")]),
    # where the weapon came from: Yemen's are the Houthis'
    ("The Israeli military said a ballistic missile launched from Yemen was intercepted over Beersheba.",
     [("Beersheba", "Israeli forces", "Houthis")]),
])
def test_the_defender_stops_the_foreign_weapon(unfiltered: Pipeline, text: str, rows: list[Row]) -> None:
    assert _interceptions(unfiltered, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # the ground's own rebels down the state's aircraft
    ("The Kachin Independence Army said its fighters shot down a military helicopter over Bhamo.",
     [("Bhamo", "KIA", "Myanmar forces")]),
    # a drone "fired from Lebanon" names no launcher: not the Lebanese army's
    ("The army said it intercepted a drone fired from Lebanon over Kiryat Shmona.",
     [("Qiryat Shmona", "Israeli forces", None)]),
])
def test_near_misses_keep_their_reading(unfiltered: Pipeline, text: str, rows: list[Row]) -> None:
    assert _interceptions(unfiltered, text) == rows


def test_the_sides_of_the_function() -> None:
    houthis, israel = Actor("Houthis", "YE"), Actor("Israeli forces", "IL")
    us = Actor("US forces", "US")
    # swapped sides are put back; a foreign force stopping a weapon abroad is left as it is
    assert interception_sides(houthis, israel, "Houthi missile intercepted over Eilat", "IL") == (
        israel, houthis)
    assert interception_sides(us, None, "US forces downed two drones over Erbil airport", "IQ") == (us, None)
    # a state the table does not know, or no actor1: nothing to mend
    assert interception_sides(None, houthis, "a drone was downed", "IL") == (None, houthis)
    assert interception_sides(houthis, None, "a drone was downed", "XX") == (houthis, None)


def test_the_launch_pattern_is_linear_on_100_kb() -> None:
    # "launched" again and again with no "from"/"by": every start tries a bounded window only
    told = "drones launched the " * 5_000
    start = time.process_time()
    assert interception_sides(Actor("Ukrainian forces", "UA"), None, told, "RU") == (
        Actor("Russian forces", "RU"), Actor("Ukrainian forces", "UA"))
    told = "missiles launched near the Airport " * 3_000
    assert interception_sides(Actor("Lebanese forces", "LB"), None, told, "IL") == (
        Actor("Lebanese forces", "LB"), None)
    assert time.process_time() - start < 3.0


# -- "above" as "over" in an air-defence count (session 42) ---------------------------------------------

@pytest.mark.parametrize(("text", "rows"), [
    # a count per region after "including": each region its interception
    ("The ministry said 51 Ukrainian drones were destroyed overnight, including 30 above the Tambov region "
     "and 21 above the Lipetsk region.",
     [("Lipetskaya oblast'", "Russian forces", "Ukrainian forces"),
      ("Tambovskaya oblast'", "Russian forces", "Ukrainian forces")]),
    # the verb itself before "above"
    ("Russia says 19 Ukrainian drones intercepted above Oryol and Kursk regions",
     [("Kurskaya oblast'", "Russian forces", "Ukrainian forces"),
      ("Orlovskaya oblast'", "Russian forces", "Ukrainian forces")]),
])
def test_a_count_above_a_region_is_an_interception_there(unfiltered: Pipeline, text: str,
                                                          rows: list[Row]) -> None:
    assert _interceptions(unfiltered, text) == rows


def test_the_hills_above_a_town_are_not_the_town(either: Pipeline) -> None:
    # "above" after a noun of terrain names a reference town, not the site
    doc = either.parse(Article(id="t", text="Gangs attacked Kenscoff, in the hills above Port-au-Prince, on "
                                           "Saturday, killing four people.", published="2025-08-20"))
    assert [e.location.name for e in doc.events] == ["Kenscoff"]


@pytest.mark.parametrize(("text", "sub"), [
    # drones destroyed where they stood: the strike on the base, not an interception
    ("Two Russian drones were destroyed on the ground when Ukrainian forces shelled an airfield near "
     "Kursk.", "Air/drone strike"),
    ("Ukraine said 12 Russian drones were destroyed in a strike on the Millerovo air base.",
     "Air/drone strike"),
])
def test_drones_destroyed_on_the_ground_are_no_interception(either: Pipeline, text: str, sub: str) -> None:
    doc = either.parse(Article(id="t", text=text, published="2025-08-20"))
    assert [e.sub_event_type for e in doc.events] == [sub]


def test_the_above_locative_and_the_passive_are_linear_on_100_kb() -> None:
    from mapper.events import roles
    from tests.test_linear import pattern_cpu, trigger_scan_cpu
    text = "nine above the 22 above " * 4_200
    assert pattern_cpu(roles._LOCATIVE_ANY, text) < 3.0
    start = time.process_time()
    assert roles._locative(text)
    assert time.process_time() - start < 3.0
    assert trigger_scan_cpu("drones were destroyed in the drones were destroyed on the ") < 3.0
    assert trigger_scan_cpu("missiles have been quickly ") < 3.0
