"""Wire sites left context, session 43 round 2 (wiresites52, gold file places51.jsonl).

Every sentence is our own. Class: a list of sites after one strike verb whose next name is qualified by a
compass word ("... and eastern Khan Younis"), by its kind (", the town of X") or follows a part's noun that
closes the name before ("the Bureij refugee camp and ...", "Jabalia camp and Beit Lahiya"): the qualifier
broke the list, so the last name fell to context (roles._QUALIFIED_LIST_GAP, carried forward along the list
in ``assign_roles``).

Near misses that keep their reading: a country after the compass word ("Kharkiv and eastern Ukraine": the
war's region, told in passing), an apposition after a comma ("a house in Sevastopol, the Moscow-installed
governor said"), and a camp followed by a comma and a possessive source ("the Nuseirat camp, Gaza's health
ministry said").
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _QUALIFIED_LIST_GAP
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-03-06"  # a Thursday

Site = tuple[str, str]  # place, sub-type


def _sites(pipeline: Pipeline, text: str) -> list[Site]:
    doc = pipeline.parse(Article("wiresites52", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type) for e in doc.events)


def _both(pipeline: Pipeline, unfiltered: Pipeline, text: str) -> list[Site]:
    """The reading with the event filter on, checked equal to the rules' reading (filter off)."""
    got = _sites(pipeline, text)
    assert got == _sites(unfiltered, text)
    return got


# ---- the list goes on past a compass word, a kind, or a part's noun

@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli airstrikes hit homes in the Nuseirat refugee camp and eastern Deir al-Balah overnight, "
     "medics said.",
     [("An Nuşayrāt", "Air/drone strike"), ("Dayr al Balaḩ", "Air/drone strike")]),
    ("Israeli airstrikes hit homes in the Nuseirat refugee camp and Deir al-Balah overnight, medics said.",
     [("An Nuşayrāt", "Air/drone strike"), ("Dayr al Balaḩ", "Air/drone strike")]),
    ("Russian shelling hit Nikopol and southern Marhanets on Wednesday, wounding four people, the governor "
     "said.",
     [("Marhanets", "Shelling/artillery/missile attack"), ("Nikopol", "Shelling/artillery/missile attack")]),
    ("Army jets bombed Kutum, the town of Kabkabiya and northern Mellit on Wednesday, residents said.",
     [("Kutum", "Air/drone strike"), ("Mellit", "Air/drone strike")]),
])
def test_a_qualified_name_goes_on_with_the_list(pipeline: Pipeline, unfiltered: Pipeline, text: str,
                                                 expected: list[Site]) -> None:
    assert _both(pipeline, unfiltered, text) == expected


def test_the_qualified_name_is_a_site_of_the_strike(unfiltered: Pipeline) -> None:
    text = "Israeli airstrikes hit homes in the Nuseirat refugee camp and eastern Deir al-Balah overnight."
    doc = unfiltered.parse(Article("wiresites52", text, published=PUBLISHED))
    roles = dict(zip((m.text for m in doc.mentions), doc.role_names, strict=True))
    assert roles["Deir al-Balah"] == "event_site"
    assert roles["Nuseirat"] == "event_site"


# ---- near misses: unchanged

@pytest.mark.parametrize(("text", "expected"), [
    # a country after the compass word: the war's region, not a site of the list
    ("Russian drones struck Kharkiv and eastern Ukraine overnight, the air force said.",
     [("Kharkiv", "Air/drone strike")]),
    # an apposition after a comma: no list
    ("Drones hit a fuel depot in Sevastopol overnight. Debris damaged a house in Sevastopol, the "
     "Moscow-installed governor said.",
     [("Sevastopol", "Air/drone strike")]),
    # a comma and a possessive source after the camp: no list
    ("Israeli airstrikes hit homes in the Nuseirat refugee camp, Gaza's health ministry said.",
     [("An Nuşayrāt", "Air/drone strike")]),
])
def test_near_misses_keep_their_reading(pipeline: Pipeline, unfiltered: Pipeline, text: str,
                                        expected: list[Site]) -> None:
    assert _both(pipeline, unfiltered, text) == expected


# ---- 100 KB: the gap pattern is bounded (it is only asked between two names <= 60 characters apart)

@pytest.mark.parametrize("unit", [
    " refugee camp and the town of eastern ",
    ", and the southern ",
    " neighborhood, the ",
    "  " * 20,
])
def test_the_gap_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_QUALIFIED_LIST_GAP, text) < 3.0


def test_a_long_list_parses_linearly(unfiltered: Pipeline) -> None:
    unit = ("Army jets bombed Kutum, the town of Kabkabiya and northern Mellit on Wednesday. "
            "Israeli airstrikes hit the Nuseirat refugee camp and eastern Deir al-Balah. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
