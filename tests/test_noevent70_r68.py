"""A town's police that only tell (noevent70, session 68, helper phantoms68).

Every text is our own. "Istanbul police detain dozens": a town's police act in the town, which is the site
(roles._TOWN_POLICE). "..., Kaduna police confirm": the police only tell, and the town (or state) is the
teller's seat, no site: the act's own place keeps the event.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, pattern_cpu, rescans
from tests.test_phantom_told_before import _events, _roles


@pytest.mark.parametrize(("text", "site", "seat"), [
    ("Birnin Gwari ambush: bandits kill 7 vigilantes, Kaduna police confirm", "Birnin Gwari", "Kaduna"),
    ("Bus attack near Tambuwal leaves 5 dead, Sokoto police spokesman says", "Tambuwal", "Sokoto"),
])
def test_a_town_police_that_only_tell_is_no_site(pipeline: Pipeline, text: str, site: str, seat: str) -> None:
    assert [e[0] for e in _events(pipeline, text, "2025-03-10")] == [site]
    roles_of = _roles(pipeline, text, "2025-03-10")
    assert roles_of[site] == "event_site"
    assert roles_of[seat] != "event_site"


@pytest.mark.parametrize(("text", "event"), [
    # the near miss: a town's police that act keep the town the site
    ("Kano police disperse protesters with tear gas", ("Kano", "Protest with intervention")),
    ("Lagos police arrest 40 protesters at toll gate", ("Lagos", "Protest with intervention")),
])
def test_a_town_police_that_act_keep_the_town(pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert _events(pipeline, text, "2025-03-10") == [event]


def test_town_police_pattern_is_linear() -> None:
    assert rescans(roles._TOWN_POLICE) == []
    assert pattern_cpu(roles._TOWN_POLICE, hundred_kb(" police  police confirm spokes police ")) < 3.0
