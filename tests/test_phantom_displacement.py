"""Phantom events at the places people, troops and fighters left or came from (issue 14, item 6).

Every sentence is our own. A place people were deported or expelled from, the place troops were deployed
or sent from, and where attackers came from past the means they came by ("arrived in canoes from islands
on Lake Chad", "came on motorbikes from villages around Zurmi") are context: only where the act happened
is a site.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "left"), [
    ("Afghan families deported from Karachi and Quetta crowded the Torkham crossing on Saturday.",
     ("Karachi", "Quetta")),
    ("Hundreds of Sudanese expelled from Benghazi arrived in Kufra on Saturday.", ("Benghazi", "Kufra")),
])
def test_places_people_were_deported_or_expelled_from(pipeline: Pipeline, text: str,
                                                      left: tuple[str, ...]) -> None:
    assert _events(pipeline, text, "2025-04-12") == []
    roles_of = _roles(pipeline, text, "2025-04-12")
    assert all(roles_of[name] == "context" for name in left)


def test_people_deported_from_a_city_and_attacked_elsewhere(pipeline: Pipeline) -> None:
    text = "Families deported from Karachi were attacked near Chaman on Saturday."
    assert _events(pipeline, text, "2025-04-12") == [("Chaman", "Attack")]
    assert _roles(pipeline, text, "2025-04-12")["Karachi"] == "context"


@pytest.mark.parametrize(("text", "site", "origin"), [
    ("ISWAP fighters attacked a base in Monguno on Sunday. The insurgents, who arrived in canoes from "
     "islands on Lake Chad, torched vehicles before withdrawing.", "Monguno", "Lake Chad"),
    ("Police officers sent from Nairobi were ambushed near Garissa on Sunday.", "Garissa", "Nairobi"),
    ("Gunmen who came on motorbikes from villages around Zurmi attacked Kaura Namoda on Sunday.",
     "Kaura Namoda", "Zurmi"),
])
def test_where_attackers_or_troops_came_from(pipeline: Pipeline, text: str, site: str, origin: str) -> None:
    assert {name for name, _ in _events(pipeline, text, "2025-01-27")} == {site}
    assert _roles(pipeline, text, "2025-01-27")[origin] == "context"


def test_troops_deployed_from_the_capital(pipeline: Pipeline) -> None:
    text = "Troops deployed from Bamako to Kidal clashed with rebels on Sunday."
    assert _roles(pipeline, text, "2025-03-10")["Bamako"] == "context"
    assert "Bamako" not in {name for name, _ in _events(pipeline, text, "2025-03-10")}


@pytest.mark.parametrize("unit", ["arrived in in in in from islands on ", "deployed from deployed from ",
                                  "deported from deported from Kano ", "came from villages around from "])
def test_came_from_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen attacked Kano. Fighters " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-01-27"), 50_000) < GROWTH


def test_came_from_patterns_read_a_bounded_left_context() -> None:
    # _CAME_FROM and _MOVED_TO have unbounded runs of spaces (as before this round), but _role_alone asks
    # them only about the 80 characters before a name: bounded work per name, whatever the text.
    left = ("x " * 40)[-80:]
    assert roles._CAME_FROM.search(left) is None and roles._MOVED_TO.search(left) is None
    assert roles._CAME_FROM.search("who arrived in canoes from islands on ") is not None
    assert roles._MOVED_TO.search("families deported from ") is not None
