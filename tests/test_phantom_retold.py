"""The lead act retold later in a text is no second event (issue 14, item 6).

Every sentence is our own. A weapon named with "the", "that" or "this" ("The bomb that hit Zaporizhzhia",
"The missile that struck Dnipro") refers back to the act already told, so it adds nothing at that place
instead of opening a second act of another sub-type (a bare "bomb" reads as an IED). A new weapon ("A
roadside bomb later killed two soldiers") and a group's own arms ("their drones struck") are new acts.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events  # the same readings of a parse


@pytest.mark.parametrize(("text", "events"), [
    ("A Russian glide bomb struck a residential street in Zaporizhzhia on Monday, killing three people. The "
     "bomb that hit Zaporizhzhia left a crater several meters deep.", [("Zaporizhzhya", "Air/drone strike")]),
    ("A Russian guided bomb hit a supermarket in Kharkiv on Monday, killing two shoppers. The bomb left a "
     "crater outside the supermarket in Kharkiv.", [("Kharkiv", "Air/drone strike")]),
])
def test_a_weapon_named_with_the_retells_the_act(pipeline: Pipeline, text: str,
                                                 events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text, "2025-06-09") == events


@pytest.mark.parametrize(("text", "events"), [
    ("A Russian glide bomb struck a residential street in Zaporizhzhia on Monday, killing three people. A "
     "roadside bomb later killed two soldiers in Zaporizhzhia.",
     [("Zaporizhzhya", "Air/drone strike"), ("Zaporizhzhya", "Remote explosive/landmine/IED")]),
    ("The RSF warned it would attack El Obeid, a day after their drones struck a fuel depot in Kosti.",
     [("Kosti", "Air/drone strike")]),
])
def test_a_new_weapon_is_a_new_act(pipeline: Pipeline, text: str, events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text, "2025-06-09") == events


def test_a_weapon_named_with_the_is_a_back_reference() -> None:
    found = triggers.find_triggers("the bomb that hit the city left a crater")
    assert [t.back_reference for t in found if t.start == 4] == [True]
    found = triggers.find_triggers("later that day a roadside bomb struck a police vehicle")
    assert not any(t.back_reference for t in found)


def test_that_before_a_plural_is_a_conjunction_not_a_back_reference() -> None:
    # "said that Russian drones struck": a report of the act, not the act told before (which made the
    # strike a generic one, coded as an armed clash); a demonstrative agrees in number with its noun
    found = triggers.find_triggers("officials said that russian drones struck port facilities")
    assert [(t.sub, t.back_reference) for t in found if t.sub == "Air/drone strike"] == [
        ("Air/drone strike", False)]
    found = triggers.find_triggers("the army said that attacks on two villages killed 12")
    assert not any(t.back_reference for t in found)
    assert [t.back_reference for t in triggers.find_triggers("that drone hit a house")] == [True]
    assert [t.back_reference for t in triggers.find_triggers("those attacks killed 12")][:1] == [True]


def test_a_report_that_drones_struck_is_an_air_strike(pipeline: Pipeline) -> None:
    text = ("Ukrainian officials said on Monday that Russian drones struck port facilities in Izmail, on the "
            "Danube, overnight, injuring six people.")
    assert _events(pipeline, text, "2023-07-24") == [("Izmayil", "Air/drone strike")]


@pytest.mark.parametrize("unit", ["the the the bomb ", "that day a bomb ", "the missile the missile "])
def test_retold_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "A bomb hit Kharkiv. " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-06-09"), 50_000) < GROWTH


def test_retold_patterns_cannot_rescan_a_run() -> None:
    assert rescans(triggers._WEAPON_BACK) == []
