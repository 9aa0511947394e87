"""Phantom events at the town of people doing something else (issue 14, item 6).

Every sentence is our own. "teachers in Kaya closed the schools", "clergymen in Eldoret organised prayers",
"community leaders in Kaduna and Zaria appealed": people named with their town, then a verb of their own
that reports no act, are where they are, not a second site of the act the sentence reports. A noun or
verb that is itself an act keeps its site ("Clashes in Jableh continued", "Protesters in Nairobi
clashed"); a dharna is a sit-in protest.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "events", "elsewhere"), [
    ("Jihadists killed 12 soldiers at a checkpoint near Djibo on Sunday, while teachers in Kaya closed the "
     "town's schools for the week.", [("Djibo", "Armed clash")], ["Kaya"]),
    ("Police fired tear gas at protesters in Kisumu on Tuesday, and clergymen in Eldoret organised prayers "
     "for the dead.", [("Kisumu", "Protest with intervention")], ["Eldoret"]),
    ("Gunmen abducted 14 passengers near Kachia on Friday, and community leaders in Kaduna and Zaria "
     "appealed for their release.", [("Kachia", "Abduction/forced disappearance")], ["Kaduna", "Zaria"]),
])
def test_people_doing_something_else_are_no_site(pipeline: Pipeline, text: str, events: list[tuple[str, str]],
                                                 elsewhere: list[str]) -> None:
    assert _events(pipeline, text, "2025-06-10") == events
    found = _roles(pipeline, text, "2025-06-10")
    assert [found[name] for name in elsewhere] == ["context"] * len(elsewhere)


@pytest.mark.parametrize(("text", "events"), [
    ("Clashes in Jableh continued on Sunday.", [("Jablah", "Armed clash")]),
    ("Protesters in Nairobi clashed with police on Tuesday.", [("Nairobi", "Violent demonstration")]),
    ("Farmers held a dharna outside the district office in Ludhiana on Monday.",
     [("Ludhiana", "Peaceful protest")]),
])
def test_an_act_named_by_the_noun_or_the_verb_keeps_its_site(pipeline: Pipeline, text: str,
                                                            events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text, "2025-06-10") == events


@pytest.mark.parametrize("unit", ["leaders in ", "and Kaduna ", ", Zaria ", "also ", "leaders in Kano and ",
                                  "leaders in Kano closed shops after attacks, "])
def test_side_subject_patterns_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    run = hundred_kb(unit)
    roles._PEOPLE_IN.search(run)
    roles._OWN_VERB_AFTER.match(run)

    def text_of(n: int) -> str:
        run = unit * (n // len(unit))
        return "Gunmen abducted 14 people near Kachia, and leaders in Kaduna" + run + " appealed."
    assert growth(parsing(pipeline, text_of, "2025-06-10"), 50_000) < GROWTH
