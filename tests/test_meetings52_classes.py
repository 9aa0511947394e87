"""Meeting and agreement phantoms (session 43 round 2, branch meetings52; gold file
training/events/noevent51.jsonl).

Every sentence is our own.
1. A meeting named as where a statement was made is no talks: "Speaking at a Security Council meeting in New
   York, X said", "Addressing a Commonwealth summit in Kigali", "told a meeting of regional envoys in Dakar
   that ..." (triggers.py, _SPOKE_AT; roles.py, _STATEMENT_FROM reads "told a meeting of X in Y" as the
   statement's place). The statement stays, at the venue; a meeting that was held stays talks.
2. Talks to be restarted, and the truce that is their topic, are not held: "hoped to swap more prisoners and
   to restart talks on a truce in Geneva" (triggers.py, the verbs of _TO_HOST_BEFORE and _TALKS_ON_BEFORE).
   Talks held on a truce stay talks, and a truce signed after talks on a swap stays an agreement.
3. A truce told as still holding, past its parties and place, is no agreement today: "A UN-brokered truce
   between the rival factions in Misrata was holding on Thursday" (triggers.py, _HOLDING). A truce agreed on
   a day stays an agreement.
Read with the learned event filter off (the rules alone) and on.
"""

from __future__ import annotations

import pytest

from mapper.events import roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, trigger_scan_cpu, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events

NO_EVENT = [
    # 2. talks to be restarted or revived, with the truce they are about
    "He said he hoped to swap more prisoners before the winter and to restart talks on a truce in Geneva.",
    "He said he wanted to free more prisoners and to revive negotiations in Cairo soon.",
    # 3. a truce still holding
    "A UN-brokered truce between the rival factions in Misrata was holding on Thursday, the council said.",
    "Mediators said a ceasefire between the clans in Galkayo is still holding.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


EVENTS: list[tuple[str, list[Row]]] = [
    # 1. the statement at the meeting's place, no talks beside it
    ("Speaking at a Security Council meeting in New York on Tuesday, Somalia's envoy called for more funds "
     "for the AU mission.",
     [("New York City", "Political", "Statement", None, "Somalia's envoy", None)]),
    ("Mali's foreign minister told a meeting of regional envoys in Dakar on Monday that the junta would not "
     "negotiate.",
     [("Dakar", "Political", "Statement", None, "Malian government", None)]),
    ("Addressing a Commonwealth summit in Kigali on Friday, Mozambique's president said insurgents in Cabo "
     "Delgado were retreating.",
     [("Kigali", "Political", "Statement", None, "Mozambican government", None)]),
    # near misses: a meeting held, talks held on a truce, a truce agreed, a truce signed after talks
    ("The Security Council met in New York on Tuesday to discuss the fighting in Kordofan.",
     [("New York City", "Political", "Meeting/talks", None, "UN Security Council", None)]),
    ("Talks on a ceasefire in Doha resumed on Sunday, mediators said.",
     [("Doha", "Political", "Meeting/talks", None, None, None)]),
    ("A truce was agreed in Misrata on Thursday, the council said.",
     [("Misratah", "Strategic developments", "Agreement", None, None, None)]),
    ("Rebels and the army signed a ceasefire in Kampala on Friday after talks on a prisoner swap.",
     [("Kampala", "Strategic developments", "Agreement", None, "rebels", "Ugandan forces")]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events_beside_the_classes(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


def test_the_patterns_read_their_class() -> None:
    low = "speaking at an emergency u.n. security council meeting in new york, she said"
    at = low.index("meeting")
    assert triggers._SPOKE_AT.search(low, max(0, at - triggers._SPOKE_AT_CHARS), at) is not None
    low = "the council met in new york"
    assert triggers._SPOKE_AT.search(low, 0, low.index("met")) is None
    low = "a truce between the rival factions in misrata was holding on thursday"
    assert triggers._HOLDING.match(low, len("a truce")) is not None
    low = "a truce between the rival factions in misrata was holding hostages"
    assert triggers._HOLDING.match(low, len("a truce")) is None
    low = "a truce agreed in misrata was holding"
    assert triggers._HOLDING.match(low, len("a truce")) is None  # made there: not this rule's
    low = "and to restart talks on a "
    assert triggers._TALKS_ON_BEFORE.search(low) is not None
    assert triggers._TALKS_ON_BEFORE.search("talks on a ") is None  # talks held on a truce
    text = "The president told a meeting of state governors in "
    assert roles._STATEMENT_FROM.search(text) is not None


UNITS = ["speaking at a meeting in x ", "told a meeting of the governors in ", "a truce in x was holding ",
         "to restart talks on a truce in ", "addressing the summit summit session "]


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


PATTERN_UNITS = [
    (triggers._SPOKE_AT, "speaking at an a the u.n. x y z "),
    (triggers._SPOKE_AT, "told told to the the "),
    (triggers._HOLDING, "a b c d e f g h i j was is holding holding "),
    (triggers._HOLDING, ", x , y , z is still holding hostages "),
    (triggers._TALKS_ON_BEFORE, "to restart to hold talks talks on on a the x "),
    (roles._STATEMENT_FROM, "told a b c d meeting of x y z w "),
    (roles._STATEMENT_FROM, "told the the meeting meeting of of "),
]


@pytest.mark.parametrize(("pattern", "unit"), PATTERN_UNITS)
def test_new_patterns_on_100_kb_are_fast(pattern, unit: str) -> None:  # noqa: ANN001
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0
