"""ACLED names and inter codes of the export (issue 14 item 9), session 11: one ACLED actor has one inter code
(every unnamed armed group, whether the text calls it militants, rebels, insurgents, jihadists or gunmen,
is ACLED's "Unidentified Armed Group (<country>)", inter 3), and the Taliban since 2022 are the state of
Afghanistan ("Military Forces of Afghanistan (2021-)", inter 1), the rebels they were before."""

from __future__ import annotations

import pytest

from mapper.events.actors import describe
from mapper.model import Actor


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
