"""Phantom events, round 29 (training/events/sentences29.jsonl and other files' train misses).

- Talks put off by a time, told after an apposition ("Talks ..., due to resume in Y on Monday, were
  pushed back by a week") are no meeting at Y. A protest pushed back by police is no time and stays.
- Acts named to compare ("days after similar attacks in neighbouring X") are other, earlier acts: X is no
  site, and the act of the news keeps its event.

Every sentence is our own; each class has controls that must keep their event.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing
from tests.test_phantom_told_before import _events, _roles

# -- talks still to come or put off -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Peace talks between the army and the rebels, due to open in Juba on Tuesday, were pushed back by two "
     "weeks, church mediators said.", "Juba"),
    ("Negotiations on the prisoner exchange, planned for Istanbul this week, have been put back until next "
     "month, officials said.", "Istanbul"),
])
def test_talks_pushed_back_by_a_time_are_no_meeting(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text) == []
    assert _roles(pipeline, text)[place] == "context"


@pytest.mark.parametrize(("text", "site", "sub"), [
    ("Talks between the army and the rebels opened in Juba on Tuesday after a month's delay, mediators "
     "said.", "Juba", "Meeting/talks"),
    ("Protesters were pushed back by riot police in Nairobi on Tuesday as they marched on parliament.",
     "Nairobi", "Peaceful protest"),
])
def test_talks_held_and_protests_pushed_back_stay(pipeline: Pipeline, text: str, site: str, sub: str) -> None:
    assert _events(pipeline, text) == [(site, sub)]


def test_the_talks_rules_read_the_time() -> None:
    low = "peace talks, due to open in juba on tuesday, were pushed back by a week."
    assert triggers.unreal(low, 6, 11, "Meeting/talks")
    low = "peace talks, which opened in juba on tuesday, were pushed back by the army's advance."
    assert not triggers.unreal(low, 6, 11, "Meeting/talks")
    low = "peace talks, due to open in juba on tuesday, were pushed back to thursday."
    assert triggers.unreal(low, 6, 11, "Meeting/talks")


# -- acts named to compare ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "site", "sub", "other"), [
    ("Bandits killed nine villagers in Tsafe on Sunday, residents said, days after similar attacks in "
     "neighbouring Gusau.", "Tsafe", "Attack", "Gusau"),
    ("Jihadists ambushed an army patrol near Djibo on Friday, weeks after similar ambushes around Arbinda.",
     "Djibo", "Armed clash", "Arbinda"),
])
def test_acts_named_to_compare_are_no_site(pipeline: Pipeline, text: str, site: str, sub: str,
                                           other: str) -> None:
    assert [e for e in _events(pipeline, text) if e[0] != site] == []
    assert (site, sub) in _events(pipeline, text)
    assert _roles(pipeline, text)[other] != "event_site"


def test_the_new_rules_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    for unit in ("pushed back by ", "talks, ", "due to open, ", "after similar "):
        low = "talks, " + hundred_kb(unit) + "attacked"
        triggers.unreal(low, 0, 5, "Meeting/talks")  # bounded windows: returns at once
        start = len(low) - len("attacked")
        triggers.unreal(low, start, len(low), "Armed clash")
        triggers.not_this_act(low, start, len(low))

    def text(n: int) -> str:
        unit = "talks, due to open, were pushed back after similar"
        return "Envoys said " + " ".join(unit for _ in range(n)) + " resume."
    assert growth(parsing(pipeline, text), 700) < GROWTH


def test_the_compare_rule_reads_similar() -> None:
    low = "gunmen killed seven people in bokkos, days after similar attacks in mangu."
    start = low.index("attacks")
    assert triggers.unreal(low, start, start + len("attacks"), "Attack")
    low = "gunmen killed seven people in bokkos, days after attacks in mangu."
    assert not triggers.unreal(low, start - len("similar "), start - 1, "Attack")
