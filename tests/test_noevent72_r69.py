"""Advances pressed on a town, strikes threatened in a reported clause (noevent72, helper phantoms69).

Every text is our own. "as the rebels pressed their advance on X": where a side heads, no fighting there
(triggers._KEPT_ON_BEFORE makes the trigger "advance on" report nothing); "warned that strikes on X would
resume unless ...": a threat, no strike (triggers._THAT_BARE_BEFORE). The near misses keep their events:
"rebels advanced on X" is fighting at X, and "said that strikes on X had killed" reports strikes.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, pattern_cpu, rescans
from tests.test_phantom_told_before import _events, _roles


@pytest.mark.parametrize(("text", "events", "heading"), [
    ("Jihadists burned a market in Titao on Monday as they pressed their advance on Ouahigouya.",
     [("Titao", "Looting/property destruction")], "Ouahigouya"),
    ("Rebels ambushed an army convoy near Kalemie on Sunday and continued their advance on the town of Moba.",
     [("Kalemie", "Armed clash")], "Moba"),
])
def test_an_advance_pressed_on_a_town_is_no_act_there(pipeline: Pipeline, text: str,
                                                      events: list[tuple[str, str]], heading: str) -> None:
    assert _events(pipeline, text, "2025-03-11") == events
    assert _roles(pipeline, text, "2025-03-11")[heading] == "context"


def test_an_advance_told_as_an_act_keeps_its_site(pipeline: Pipeline) -> None:
    # the near miss: the verb "advanced on X" is fighting at X, as the corpus codes it
    text = "Rebels advanced on Moba on Sunday, residents said."
    assert [e[1] for e in _events(pipeline, text, "2025-03-11")] == ["Armed clash"]
    assert _roles(pipeline, text, "2025-03-11")["Moba"] == "event_site"


@pytest.mark.parametrize("text", [
    "The minister warned that strikes on Kandahar's outskirts would resume unless the attacks stopped.",
    "Houthi leaders said that attacks on ships near Aden would continue until the siege ended.",
])
def test_strikes_threatened_in_a_reported_clause_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text, "2025-03-11") == []


def test_strikes_reported_in_a_that_clause_stay_events(pipeline: Pipeline) -> None:
    # the near miss: no modal, a strike reported
    text = "Officials said that strikes on Marawi had killed five people on Monday."
    assert [e[1] for e in _events(pipeline, text, "2025-03-11")] == ["Air/drone strike"]
    assert _roles(pipeline, text, "2025-03-11")["Marawi"] == "event_site"


def test_unreal_reads_the_two_phrasings() -> None:
    low = "as the rebels pressed their advance on moba."
    start = low.index("advance")
    assert triggers.unreal(low, start, start + len("advance on"), "Armed clash")
    low = "he warned that strikes on the city would resume."
    start = low.index("strikes")
    assert triggers.unreal(low, start, start + len("strikes "), "Air/drone strike")
    low = "he warned that the strikes on the city would not stop."
    start = low.index("strikes")
    assert not triggers.unreal(low, start, start + len("strikes "), "Air/drone strike")


@pytest.mark.parametrize(("pattern", "unit"), [
    (triggers._KEPT_ON_BEFORE, "pressed their slow steady pressed its keep up the "),
    (triggers._THAT_BARE_BEFORE, "that that strikes that airstrikes the that "),
])
def test_the_new_patterns_are_linear(pattern, unit: str) -> None:  # noqa: ANN001
    assert rescans(pattern) == []
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0
