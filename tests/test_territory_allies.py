"""Who took the ground: government forces named with their backers still regain it (long16).

Every sentence here is our own, and none is a gold item. A capture is Government regains territory when
the state's forces take it and Non-state actor overtakes territory when another group does; the group
named last before the verb decided (mapper/events/triggers.py, ``_territory``). "Somali forces backed by
clan militias recaptured X" and "Malian troops and Wagner fighters retook X" name the backers last, and
were coded as non-state takeovers. Allies named right after the forces ("backed by", "alongside",
"together with", "and") no longer decide (``_ally``).
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline

PUBLISHED = "2026-02-10"  # a Tuesday


@pytest.mark.parametrize("text", [
    "Government forces backed by local clan militias recaptured Bulo Burte from al-Shabaab on Sunday.",
    "Malian troops backed by Russian mercenaries took control of Tessalit on Monday, the army said.",
    "Malian troops and Wagner fighters retook Tessalit on Monday, the army said.",
])
def test_forces_with_their_backers_regain_territory(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == ["Government regains territory"]


def test_rebels_after_withdrawing_troops_still_overtake(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Government troops withdrew and rebels took control of Tessalit on Monday.",
                         published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"]
