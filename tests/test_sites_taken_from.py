"""The place people were abducted from is the abduction's site (issue 14), round 12.

Every sentence is our own. "Students from Belgrade", "gunmen from Cite Soleil": people named by where
they come from are no site of what they do elsewhere. But after a verb of taking ("abducted nine
people from Kolofata", "kidnapped six aid workers from Damasak"), "from X" is where they were taken:
the site of the abduction.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles


@pytest.mark.parametrize(("text", "site"), [
    ("Militants abducted nine people from Kolofata on Saturday.", "Kolofata"),
    ("Insurgents abducted six aid workers from Damasak on Tuesday.", "Damasak"),
    ("Further south, in the Mayo-Sava department, the militants abducted nine people from Kolofata on "
     "Saturday.", "Kolofata"),
    # a list of the taken between the verb and "from", under a region that opens the sentence
    ("In the Timbuktu region, gunmen abducted a village chief, his son and two teachers from Goundam on "
     "Monday.", "Goundam"),
])
def test_people_taken_from_a_town_are_taken_there(pipeline: Pipeline, text: str, site: str) -> None:
    assert _roles(pipeline, text)[site] == "event_site"
    assert _events(pipeline, text) == [(site, "Abduction/forced disappearance")]


@pytest.mark.parametrize(("text", "home", "events"), [
    ("Students from Belgrade blocked bridges in Novi Sad.", "Belgrade",
     [("Novi Sad", "Violent demonstration")]),
    ("Gunmen from Cite Soleil killed six in Delmas.", "Cite Soleil", [("Delmas", "Attack")]),
])
def test_people_named_by_their_home_still_act_elsewhere(pipeline: Pipeline, text: str, home: str,
                                                        events: list[tuple[str, str]]) -> None:
    assert _roles(pipeline, text)[home] == "context"
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("unit", ["abducted people from ", "kidnapped kidnapped people from Kolofata ",
                                  "seized the people from ", "abducted a chief, a son, ", "abducted, "])
def test_taken_from_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 20_000) < GROWTH


def test_taken_from_pattern_cannot_rescan_a_run() -> None:
    assert rescans(roles._TAKEN_BEFORE) == []


def test_taken_before_finishes_on_100_kb() -> None:
    run = "abducted " * 3_000 + "chief, " * 12_000  # 111 KB: many verbs, and a list too long after the last
    assert roles._TAKEN_BEFORE.search(run) is None
    assert roles._TAKEN_BEFORE.search("abducted " + "chief, " * 7) is not None
