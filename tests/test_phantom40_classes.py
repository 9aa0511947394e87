"""Phantom events of short texts, session 34 (helper phantom40).

Every text is our own. A war named by its running toll, with no period word ("Toll from Khost fighting has
passed 900", "Sirte fighting toll reaches 700") is no act of the report (the guide: an aggregate toll is no
event), nor are the dead that toll counts; a toll that rises ("Sirte fighting toll rises to 70": the guide's
"death toll rises" headline) and fighting told as the news stay events.

A town of some size is not moved, as a name the gazetteer lacks, to a far capital of another country that
the sentence names only as a state ("Insurgents kill 5 near Mocimboa da Praia as Kigali sends more troops":
the attack is at Mocimboa da Praia, not in Kigali).

A place in a noun phrase after a distance in time ("two years after a similar crackdown in Kisumu", "a week
after the elections in Beni") names an earlier act or occasion, not a second site of the act told; a clause
of the same act ("and, after a march, in Kisumu") keeps its place.
"""

from __future__ import annotations

import pytest

from mapper.events import roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles

# -- a war's running toll ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Toll from Khost fighting has passed 900, officials say", "Khost"),
    ("Sirte fighting toll reaches 700 as families search for the missing", "Sirte"),
    ("The toll from the violence in Ituri has topped 500, a UN official said.", "Ituri"),
])
def test_a_wars_running_toll_is_no_event(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text, "2025-01-06") == []
    assert _roles(pipeline, text, "2025-01-06")[place] == "context"


@pytest.mark.parametrize(("text", "event"), [
    # a toll that rises is the act's news (the guide's "death toll rises" headline)
    ("Sirte fighting toll rises to 70", ("Sirte", "Armed clash")),
    # fighting told as the news
    ("Fighting in Sirte killed 12 fighters on Monday.", ("Sirte", "Armed clash")),
])
def test_fighting_told_as_the_news_stays(pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert _events(pipeline, text, "2025-01-06") == [event]


def test_the_war_tally_reads_the_war_nouns_only() -> None:
    low = "the toll from the clashes in sirte has passed 70"
    at = low.index("clashes")
    assert not triggers._war_tally(low, at, at + len("clashes"))  # one day's clash, not a war
    low = "the toll from the fighting in sirte has passed 700"
    at = low.index("fighting")
    assert triggers._war_tally(low, at, at + len("fighting"))


# -- a far capital named as a state holds no town ------------------------------------------------------


@pytest.mark.parametrize(("text", "event"), [
    ("Insurgents kill 5 near Mocimboa da Praia as Kigali sends more troops", ("Mocímboa da Praia", "Attack")),
    # the near miss: with no capital beside it, the town was its own site already
    ("Insurgents kill 5 near Mocimboa da Praia", ("Mocímboa da Praia", "Attack")),
])
def test_a_town_stays_beside_a_far_capital_named_as_a_state(
        pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert _events(pipeline, text, "2025-01-06") == [event]


# -- a noun phrase after a distance in time ------------------------------------------------------------


@pytest.mark.parametrize(("text", "site", "earlier"), [
    ("Riot police fired tear gas at a rally in Mombasa on Friday, two years after a similar crackdown in "
     "Kisumu.",
     ("Mombasa", "Protest with intervention"), "Kisumu"),
    ("Gunmen killed four traders near Bunia on Sunday, a week after the elections in Beni.",
     ("Bunia", "Attack"), "Beni"),
])
def test_a_place_named_after_a_distance_in_time_is_context(
        pipeline: Pipeline, text: str, site: tuple[str, str], earlier: str) -> None:
    assert _events(pipeline, text, "2025-01-06") == [site]
    assert _roles(pipeline, text, "2025-01-06")[earlier] == "context"


def test_a_later_place_of_the_same_act_stays(pipeline: Pipeline) -> None:
    text = "Riot police fired tear gas at rallies in Mombasa on Friday and, after a march, in Kisumu."
    assert _events(pipeline, text, "2025-01-06") == [("Mombasa", "Protest with intervention"),
                                                    ("Kisumu", "Protest with intervention")]


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["toll from the fighting has passed ", "toll toll toll fighting ",
                                  "fighting toll reaches 700 dead ", "toll from x y z 1,000 dead "])
def test_phantom40_war_tally_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Fighting in Sirte killed 12. " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-01-06"), 50_000) < GROWTH  # 50 and 100 KB


def test_phantom40_war_tally_cannot_rescan_a_run() -> None:
    for pattern in (triggers._WAR_TOLL_BEFORE_IN, triggers._WAR_TOLL_AFTER, triggers._TALLY_NOUN_AFTER,
                    triggers._TALLIED_DEAD_IN):
        assert rescans(pattern) == []


@pytest.mark.parametrize("unit", ["two years after a ", ", a week after the ", "after an after the "])
def test_phantom40_nominal_earlier_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen killed four traders near Bunia on Sunday" + unit * (n // len(unit)) + " in Beni."
    assert growth(parsing(pipeline, text_of, "2025-01-06"), 50_000) < GROWTH  # 50 and 100 KB
    assert rescans(roles._NOMINAL_EARLIER) == []
