"""Classes of one-line headlines found among the corpus's train misses in session 25 (issue 14: site recall
in headlines as monitors, wires and Telegram channels write them): a village or township the gazetteer
lacks, possessed by a province named like its capital ("Sagaing's Kyauk Ta Lu village", "Magway's Pauk
township"). The tail of such a name that the gazetteer has abroad ("Ta Lu", a Vietnamese hamlet) is no
place, and the possessor is the province at precision 2 (the guide's unknown places), not the town of the
name nor the namesake abroad. A city's quarter or building stays in the city.

Every sentence is our own. Each test names the exact place (the gazetteer's name), its country, its point
within a kilometre, the sub-type and the precision.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing


@pytest.mark.parametrize(("text", "events"), [
    # "Ta Lu" of "Kyauk Ta Lu" is a Vietnamese hamlet in the gazetteer: the strike is in Sagaing region.
    ("Airstrike kills 12 in Sagaing's Kyauk Ta Lu village",
     [("Sagaing", "MM", 24.494, 95.295, "Air/drone strike", 2)]),
    ("Junta jets bomb monastery in Magway's Kyaung Ta Lu village, 6 dead",
     [("Magway", "MM", 20.624, 94.952, "Air/drone strike", 2)]),
    # A township the gazetteer has (Pauk, since session 36): the township's town.
    ("Junta jets bomb monastery in Magway's Pauk township, 7 dead",
     [("Pauk", "MM", 21.45, 94.46, "Air/drone strike", 1)]),
])
def test_a_village_possessed_by_a_province_named_like_its_town(pipeline: Pipeline, text: str,
                                                               events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize(("text", "events"), [
    # A city's district or building is inside it (the guide): the city, not the province of its name.
    ("Russian drone hits Kherson's Korabel district",
     [("Kherson", "UA", 46.637, 32.615, "Air/drone strike", 1)]),
    ("Police detain 40 students at Tehran's Amir Kabir University",
     [("Tehran", "IR", 35.694, 51.422, "Arrests", 1)]),
    # A known town after the possessive stays the site.
    ("Shelling hits Kharkiv's Saltivka district",
     [("Saltivka", "UA", 50.022, 36.349, "Shelling/artillery/missile attack", 1)]),
])
def test_a_citys_quarter_or_building_after_the_possessive_stays_in_the_city(pipeline: Pipeline, text: str,
                                                                            events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize("unit", ["Ta ", "Ta Lu's ", "Kyauk Ta Lu and "])
def test_the_class_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Airstrike kills 12 in Sagaing's Kyauk " + unit * (n // len(unit)) + "Lu village"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
