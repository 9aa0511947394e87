"""A district and its own province after a comma, the province read as its namesake town (issue 14).

Every sentence here is our own, and none is a gold item: "in Bannang Sata, Yala, on Tuesday" names the
district (the gazetteer has only its admin2 row) and, set off by commas, the province that holds it; the
gazetteer reads "Yala" as the province's capital town, a place of its own, so that the district yielded
to the town as if the town were the site inside it. The province set off by commas only frames the site
("Tame, Arauca, with drones" for a town): the district is the site, the province context.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-03"  # a Wednesday


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Rangers clashed with insurgents in Bannang Sata, Yala, on Tuesday night, the army said.",
     "Armed clash"),
    ("A bomb hidden in a motorcycle exploded at a market in Bannang Sata, Yala, wounding five people.",
     "Remote explosive/landmine/IED"),
])
def test_the_district_before_its_own_province_is_the_site(pipeline: Pipeline, text: str,
                                                         sub_type: str) -> None:
    assert _roles(pipeline, text) == {"Bannang Sata": "event_site", "Yala": "context"}
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [(e.location.name, e.location.kind, e.sub_event_type) for e in doc.events] == [
        ("Amphoe Bannang Sata", "admin2", sub_type)]


def test_a_long_run_of_commas_after_a_district_stays_linear(pipeline: Pipeline) -> None:
    text = "Rangers clashed with insurgents in Bannang Sata" + ", Yala" * 20_000 + "."
    pipeline.parse(text, published=PUBLISHED)
