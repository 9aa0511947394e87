"""Sites with a parent region told after them (session 43, branch sites51, gold file places50.jsonl).

Every sentence is our own. The classes with a rule:

- "X region" after a name is the curated region of that full name when the gazetteer has one
  (resolve.py ``Resolver.province_named``, ``_REGION_KINDS``): "Iraq's Kurdistan region" is the Kurdistan
  Region, not Iran's Kordestan province (the bare name's only province), which made a phantom site 230 km
  away in Iran. Near miss that must not change: "Iran's Kurdistan province" stays Kordestan.
- a region whose own name says it is one ("the Kurdistan Region", "Kurdistan Region of Iraq") only frames a
  town of the clause, as "the Catatumbo region" does (roles.py ``_yield_to_specific_sites``,
  ``_REGION_NAMED``). Near miss: the region named alone is still the site ("Turkish jets bombed the
  Kurdistan Region").
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth
from tests.test_phantom44_classes import Row, _events

AIR = "Explosions/Remote violence", "Air/drone strike"
SHELL = "Explosions/Remote violence", "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "events"), [
    ("A drone hit a Peshmerga base near Ranya, in Sulaymaniyah province, in Iraq's Kurdistan region, on "
     "Friday, wounding two fighters.",
     [("Rānyah", *AIR, None, None, "Peshmerga")]),
    ("Turkish drones struck a vehicle near Soran in Iraq's Kurdistan region on Monday, killing two PKK "
     "fighters, local officials said.",
     [("Soran", *AIR, 2, "Turkish forces", "PKK")]),
    ("Drone hits gas field near Chamchamal in Iraq's Kurdistan Region",
     [("Jamjamāl", *AIR, None, None, None)]),
    ("Turkish artillery shelled villages near Kani Masi in the Kurdistan Region of Iraq on Thursday, "
     "residents said.",
     [("Kānī Māsī", *SHELL, None, "Turkish forces", None)]),
    # near misses: Iran's own Kurdistan province; the region named alone is the site
    ("Iranian security forces shot dead two Kurdish porters near Baneh in Iran's Kurdistan province on "
     "Wednesday, a rights group said.",
     [("Bāneh", "Violence against civilians", "Attack", 2, "Iranian forces", "civilians")]),
    ("Turkish strikes hit PKK targets in Iraq's Kurdistan region, ministry says",
     [("Kurdistan Region", *AIR, None, "Turkish forces", "PKK")]),
])
def test_a_town_in_a_countrys_region(unfiltered: Pipeline, pipeline: Pipeline, text: str,
                                     events: list[Row]) -> None:
    assert _events(unfiltered, text) == events
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "name", "place", "role"), [
    ("A drone hit an oil field near Batifa, in Duhok province, in Iraq's Kurdistan region, on Sunday.",
     "Kurdistan", "Kurdistan Region", "context"),
    ("Iranian drones struck a camp near Koya in Iraq's Kurdistan Region on Monday.",
     "Kurdistan Region", "Kurdistan Region", "context"),
    ("Protesters gathered in Marivan, in Iran's Kurdistan province, on Friday, and police fired tear gas.",
     "Kurdistan", "Kordestān", "context"),
    ("Turkish jets bombed the Kurdistan Region on Monday, the ministry said.",
     "Kurdistan Region", "Kurdistan Region", "event_site"),
])
def test_the_regions_place_and_role(pipeline: Pipeline, text: str, name: str, place: str, role: str) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-06-10"))
    got = [(m.place.name if m.place else None, r) for m, r in zip(doc.mentions, doc.role_names, strict=True)
           if m.text == name]
    assert got == [(place, role)]


def test_region_named_pattern_is_linear() -> None:
    unit = "Kurdistan Regio Province" + " State" * 3 + " X" * 20 + " "
    assert pattern_cpu(roles._REGION_NAMED, hundred_kb(unit)) < 3.0


def test_many_regions_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A drone hit a base near Soran in Iraq's Kurdistan region and near Baneh in Iran's Kurdistan "
            "province. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
