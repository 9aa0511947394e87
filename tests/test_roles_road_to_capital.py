"""The town a road leads to, named as "the state capital, X" (wire41): no site beside the act's own.

Every sentence here is our own, and none is a gold item. "cutting a key road to the state capital, El
Obeid", "tightening its grip on roads leading to the provincial capital, X": the capital is where the road
goes, not where the fighting was; the corpus codes it `context`. The road rule of mapper/events/roles.py
read "the road to X" and "the road to the X" only; it now reads a plural "roads" and the apposed "the
(state|provincial|regional|district) capital," before the name, in a 60-character window. Alone in its
sentence the destination stays the site ("ambushed a convoy on the road to the state capital, X").
"""

from __future__ import annotations

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import rescans

PUBLISHED = "2025-10-27"
DATELINE = "PORT SUDAN (Reuters) - Fighting flared on Sunday.\n\n"


def _roles(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(DATELINE + text, published=PUBLISHED)
    return [(m.text, r.name) for m, r in zip(doc.mentions, doc.roles, strict=True)]


def test_the_state_capital_a_road_leads_to_is_no_site(pipeline: Pipeline) -> None:
    text = ("The RSF said on Saturday it had taken the town of Um Rawaba in North Kordofan after clashes "
            "with army units and allied fighters, cutting a key road to the state capital, El Obeid.")
    assert _roles(pipeline, text) == [("PORT SUDAN", "origin"), ("Um Rawaba", "event_site"),
                                      ("North Kordofan", "context"), ("El Obeid", "context")]


def test_the_regional_capital_roads_lead_to_is_no_site(pipeline: Pipeline) -> None:
    text = ("Jihadists said on Saturday they had taken the town of Titao after clashes with army units, "
            "cutting a key road to the regional capital, Ouahigouya.")
    assert _roles(pipeline, text)[1:] == [("Titao", "event_site"), ("Ouahigouya", "context")]


def test_the_capital_alone_on_its_road_stays_the_site(pipeline: Pipeline) -> None:  # the near miss
    text = "Gunmen ambushed a convoy on the road to the state capital, El Obeid, on Sunday, killing four."
    assert _roles(pipeline, text)[1:] == [("El Obeid", "event_site")]


def test_the_road_pattern_on_100_kb() -> None:
    text = "road to the state capital, " * 4_000 + "road to the capital"
    assert len(text) >= 100_000 and roles._ROAD_TO.search(text) is None
    assert rescans(roles._ROAD_TO) == []
