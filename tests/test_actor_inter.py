"""ACLED names and inter codes of the export (issue 14 item 9), session 11: one ACLED actor has one inter code
(every unnamed armed group, whether the text calls it militants, rebels, insurgents, jihadists or gunmen,
is ACLED's "Unidentified Armed Group (<country>)", inter 3), and the Taliban since 2022 are the state of
Afghanistan ("Military Forces of Afghanistan (2021-)", inter 1), the rebels they were before."""

from __future__ import annotations

import pytest

from mapper import Pipeline
from mapper.events.actors import code_actors, describe
from mapper.model import Actor, Article


@pytest.mark.parametrize("name", ["unidentified gunmen", "militants", "rebels", "insurgents", "jihadists",
                                  "separatists", "militia", "bandits"])
def test_an_unidentified_armed_group_has_one_inter_code(name: str) -> None:
    assert describe(Actor(name, "NG"), 2024) == ("Unidentified Armed Group (Nigeria)", 3)


@pytest.mark.parametrize(("year", "expected"), [
    (2025, ("Military Forces of Afghanistan (2021-)", 1)),
    (2022, ("Military Forces of Afghanistan (2021-)", 1)),
    (2021, ("Taliban", 2)),  # the year of the takeover: the earlier months' rebels
    (2015, ("Taliban", 2)),
    (None, ("Taliban", 2)),
])
def test_the_taliban_are_afghanistans_forces_since_2022(year: int | None, expected: tuple) -> None:
    assert describe(Actor("Taliban", "AF"), year) == expected
    assert describe(Actor("TTP", "PK"), year) == ("TTP: Tehreek-i-Taliban Pakistan", 2)


@pytest.mark.parametrize(("sub", "actor1", "year", "expected"), [
    # Afghanistan's forces and government since the takeover are the Taliban (short name, as the guide codes)
    ("Armed clash", "Afghan forces", 2025, "Taliban"),
    ("Agreement", "Afghan government", 2025, "Taliban"),
    # ... and the Republic's before it
    ("Armed clash", "Afghan forces", 2019, "Afghan forces"),
    ("Armed clash", "Afghan forces", None, "Afghan forces"),
    ("Armed clash", "Iranian forces", 2025, "Iranian forces"),
])
def test_a_state_a_group_became_is_that_group(sub: str, actor1: str, year: int | None, expected: str) -> None:
    a1, a2 = code_actors(sub, Actor(actor1, ""), Actor("Pakistani forces", "PK"), "AF", year)
    assert a1 is not None and a1.name == expected
    assert a2 is not None and a2.name == "Pakistani forces"


@pytest.mark.parametrize(("published", "expected"), [("2025-10-12", "Taliban"),
                                                     ("2019-06-03", "Afghan forces")])
def test_border_forces_of_two_states_in_a_headline(pipeline: Pipeline, published: str, expected: str) -> None:
    doc = pipeline.parse(Article("t", "Afghan and Pakistani border forces exchange fire at Torkham crossing",
                                 published=published))
    assert [e.actor1.name if e.actor1 else None for e in doc.events] == [expected]
