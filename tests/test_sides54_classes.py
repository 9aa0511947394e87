"""Tellers and the other side, session 44 round 2 (sides54, gold file wire53.jsonl).

Every sentence is our own. Class: a story names the two sides of a fight in an order nobody chose by who
attacked ("Soldiers and rebels fought near X"), and a later sentence has one side's teller say the act was
its own operation: "its fighters had launched the offensive", "its fighters had stormed the base", "the
attack was retaliation for", "the operation was a response to". That side is actor1 of the clash and the
side named first actor2 (actors.py ``INITIATED_BY_TELLER``/``_INITIATED`` in ``claimant``; coder.py
``_claimed`` swaps the sides of an Armed clash whose other side is the teller, or is unnamed or only
described). Before, the first-named side kept actor1.

Near misses that keep their reading: the first-named side's own teller ("The army said its troops had
launched the operation" when the army is already actor1), and an operation AFTER the act told ("The army said
it had launched a search", "pursuit operations", "a rescue operation": not "the" act, a27-064, w41-024,
w44-039, w45-046 of the corpus).

The new pattern has its 100 KB bound below, alone and inside the claim reading.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.actors import _INITIATED
from mapper.events.coder import _CLAIM_WORD, _INITIATED_BY, _claims
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, pattern_cpu, rescans

PUBLISHED = "2025-06-10"  # a Tuesday

Sides = tuple[str, str, str | None, str | None]  # place, sub-type, actor1, actor2


def _sides(pipeline: Pipeline, text: str) -> list[Sides]:
    doc = pipeline.parse(Article("sides54", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
                  for e in doc.events)


# (text, the clash's place, actor1, actor2): the side named second says the act was its operation.
TELLER_OWNS_THE_OPERATION = (
    ("GOMA, June 9 (Reuters) - Congolese soldiers and M23 rebels fought for hours on Monday near Rutshuru, "
     "army officials said. The army said three soldiers had been killed. The M23 said in a statement that "
     "its fighters had launched the offensive to push back militias allied to the army.",
     "Rutshuru", "M23", "Congolese forces"),
    ("KHARTOUM, June 9 (AFP) - Sudan's army and the Rapid Support Forces fought on Monday around Bara, both "
     "sides said. The RSF said its fighters had stormed the army's positions in the town. The army said it "
     "had held its ground.",
     "Bārah", "Rapid Support Forces", "Sudanese forces"),  # the gazetteer's name of Bara
    ("Colombian soldiers and ELN guerrillas clashed near Saravena on Monday, the army said, adding that two "
     "soldiers had been wounded. The ELN said in a statement that the attack was retaliation for the killing "
     "of one of its commanders.",
     "Saravena", "ELN", "Colombian forces"),
)


@pytest.mark.parametrize(("text", "place", "actor1", "actor2"), TELLER_OWNS_THE_OPERATION)
def test_the_side_whose_operation_it_was_is_actor1(unfiltered: Pipeline, text: str, place: str, actor1: str,
                                                   actor2: str) -> None:
    events = [e for e in _sides(unfiltered, text) if e[0] == place]
    assert events and all((e[1], e[2], e[3]) == ("Armed clash", actor1, actor2) for e in events), \
        _sides(unfiltered, text)


# (text, place, actor1, actor2): near misses whose reading does not change.
KEEPS_ITS_SIDES = (
    # the side already actor1 tells its own operation
    ("GOMA, June 9 (Reuters) - Congolese soldiers and M23 rebels fought for hours on Monday near Rutshuru, "
     "army officials said. The army said in a statement that its troops had launched the operation to retake "
     "hills held by the rebels.",
     "Rutshuru", "Congolese forces", None),  # (its actor2 is read as the army again: not this rule's)
    # an operation after the act told is no claim of it
    ("Separatist fighters attacked a gendarmerie post in Bafut on Monday, killing two gendarmes, local "
     "officials said. The army said it had launched a search for the attackers.",
     "Bafut", "separatists", "Cameroonian forces"),
)


@pytest.mark.parametrize(("text", "place", "actor1", "actor2"), KEEPS_ITS_SIDES)
def test_near_misses_keep_their_sides(unfiltered: Pipeline, text: str, place: str, actor1: str,
                                      actor2: str | None) -> None:
    events = [e for e in _sides(unfiltered, text) if e[0] == place]
    assert events and all((e[2], e[3]) == (actor1, actor2) for e in events), _sides(unfiltered, text)


@pytest.mark.parametrize(("sentence", "initiated"), [
    ("The M23 said in a statement that its fighters had launched the offensive.", True),
    ("A Fano spokesman told AFP that the assault was retaliation for drone strikes.", True),
    ("The group said the operation was a response to army raids.", True),
    ("JNIM said on Monday that its fighters had stormed the base.", True),
    ("The army said it had launched a search for the attackers.", False),
    ("The brigade said it had launched pursuit operations against the group.", False),
    ("The army said it had launched a rescue operation.", False),
])
def test_the_teller_pattern(sentence: str, initiated: bool) -> None:
    assert (_INITIATED_BY.search(sentence) is not None) is initiated
    assert _claims(sentence) or not initiated


@pytest.mark.parametrize("unit", [
    "said that its fighters had launched the ",
    "told AFP that the attack was ",
    "said " * 10 + "that that that ",
    "x" * 30 + " ",
])
def test_the_teller_patterns_are_linear_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    # ``_INITIATED`` is matched just after an actor phrase (``claimant``): at every 20th character here.
    start = time.process_time()
    for i in range(0, len(text), 20):
        _INITIATED.match(text, i)
    assert time.process_time() - start < 3.0
    assert pattern_cpu(_INITIATED_BY, text) < 3.0
    start = time.process_time()
    _claims(text)
    assert time.process_time() - start < 3.0


def test_the_teller_patterns_cannot_rescan_a_run() -> None:
    for pattern in (_INITIATED, _INITIATED_BY, _CLAIM_WORD):
        assert rescans(pattern) == [], pattern.pattern
