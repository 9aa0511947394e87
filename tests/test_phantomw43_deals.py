"""Session 37 (phantomw43): truces that only held, deals only hoped for, a source's "arrangements", and a deal
of last weekend.

"A fragile truce between rival armed factions in Tripoli held for a sixth day" tells a truce in force, not a
deal made in Tripoli (the short form "truce holds" was read already; the parties between are now allowed);
"dimming hopes of a lasting truce" a deal hoped for; "two people familiar with the arrangements" a source,
not an agreement; "agreed to a ceasefire during talks in Doha last weekend" a deal told before, as "last
week" is. Near misses: a truce agreed at talks held for two days, a truce signed, talks that were
held.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.triggers import find_triggers
from tests.test_linear import GROWTH, growth, hundred_kb


def _deals(sentence: str) -> list[tuple[str, str]]:
    low = sentence.lower()
    return [(t.sub, low[t.start:t.end]) for t in find_triggers(low)
            if t.sub in ("Agreement", "Meeting/talks")]


@pytest.mark.parametrize(("sentence", "deals"), [
    # a truce in force, told past its parties (each was an Agreement before)
    ("A fragile truce between rival armed factions in Tripoli held for a sixth day on Tuesday, but diplomats "
     "warned the capital remained tense.", []),
    ("The ceasefire between the army and the rebels in Kachin has largely held since January, but clashes "
     "continue.", []),
    ("A truce between herders and farmers around Bokkos was holding despite sporadic shooting, residents "
     "said.", []),
    # hoped for, or a source's words
    ("The vote in Istanbul was delayed again on Monday, dimming hopes of a lasting truce along the "
     "border.", []),
    ("Diplomats in Kadugli said prospects for a new ceasefire in Kordofan were slim.", []),
    ("The convoy left Tunis on Monday, according to two people familiar with the arrangements.", []),
    # a deal of last weekend, past the frame "during talks in X"
    ("The two neighbours agreed to an immediate ceasefire during talks in Doha last weekend, after the worst "
     "border fighting in years.", []),
    # near misses: deals made, talks held
    ("The two sides agreed to a ceasefire during talks in Doha on Sunday.",
     [("Agreement", "agreed"), ("Agreement", "ceasefire"), ("Meeting/talks", "talks")]),
    ("The prisoner swap agreed in Istanbul, the largest of the war, was completed last weekend.",
     [("Agreement", "prisoner swap"), ("Agreement", "agreed")]),
    ("The two sides agreed a truce at talks held for two days in Doha.",
     [("Agreement", "agreed"), ("Agreement", "truce"), ("Meeting/talks", "talks")]),
    ("A truce was signed in Doha on Monday.", [("Agreement", "truce"), ("Agreement", "signed")]),
    ("Mediators said the arrangements for a ceasefire in Tunis were signed on Monday.",
     [("Agreement", "arrangements"), ("Agreement", "ceasefire"), ("Agreement", "signed")]),
])
def test_truces_held_and_deals_hoped_for(sentence: str, deals: list[tuple[str, str]]) -> None:
    assert _deals(sentence) == deals


@pytest.mark.parametrize(("unit", "talks"), [
    ("truce between the sides ", False), ("truce held for ", False), ("hopes of a truce ", False),
    ("familiar with the ", False), ("ceasefire word word word word word word word word ", False),
    ("talks last weekend ", False), ("talks last ", True), ("ceasefire during talks in ", True)])
def test_linear_on_100_kb(unit: str, talks: bool) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: find_triggers(text)
    assert growth(make, 50_000) < GROWTH
    triggers = find_triggers(hundred_kb(unit))
    assert any(t.sub == "Meeting/talks" for t in triggers) == talks
