"""Session 46 round 2, helper sites58: wire items, for the classes of the blind files' train misses that
training/events/places59.jsonl carries. Every sentence is our own.

- a district of a city named as a site of a clause that also has a SIBLING district as its site: the other
  site, told as a district or neighbourhood of its own ("in Yaqshid district", "in Aden's Crater district"),
  holds no district of the clause, so the district keeps its site role (roles._yield_to_specific_sites,
  roles._SIBLING_DISTRICT_AFTER, read by roles.told_as_district): "killed three soldiers in Hodan district
  ..., police said, while in Yaqshid district gunmen shot dead a clerk" makes Hodan an event_site, not a
  parent (context, part_of) of Yaqshid. Near miss: a district beside a TOWN of its province ("Moreh in
  Manipur's Tengnoupal district": the town is not told as a district) still yields (part_of). (The coder
  still places one incident per clause: Hodan gets no event of its own yet; see README's places59 row.)
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _SIBLING_DISTRICT_AFTER
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-17"  # a Wednesday


def roles(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    doc = pipeline.parse(Article("sites58", text, published=PUBLISHED))
    return {m.text: (r.name, r.rule) for m, r in zip(doc.mentions, doc.roles, strict=True)}


SIBLINGS = [
    ("A roadside bomb killed three soldiers in Hodan district on Tuesday, police said, while in Yaqshid "
     "district gunmen shot dead a court clerk.", "Hodan"),
    ("Gunmen shot dead a security officer in Aden's Crater district on Sunday and threw a grenade at a "
     "checkpoint in Dar Saad, wounding two guards, officials said.", "Dar Saad"),
]


@pytest.mark.parametrize(("text", "district"), SIBLINGS)
def test_a_district_beside_a_sibling_district_stays_a_site(pipeline: Pipeline, text: str,
                                                           district: str) -> None:
    assert roles(pipeline, text)[district][0] == "event_site"


def test_a_district_beside_a_town_still_yields(pipeline: Pipeline) -> None:
    got = roles(pipeline, "Gunmen killed two soldiers near Moreh in Manipur's Tengnoupal district "
                          "on Tuesday.")
    assert got["Moreh"][0] == "event_site"
    assert got["Tengnoupal"] == ("context", "part_of")


@pytest.mark.parametrize("unit", [" district" * 3, "   \t" * 5, " neighbourhoods quarter "])
def test_the_new_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_SIBLING_DISTRICT_AFTER, text) < 3.0


def test_many_sibling_districts_parse_linearly(pipeline: Pipeline) -> None:
    unit = ("A bomb killed three soldiers in Hodan district on Tuesday, police said, while in Yaqshid "
            "district gunmen shot dead a clerk. ")
    assert repeated_parse_growth(pipeline, unit) < GROWTH
