"""Session 52 round 2, helper sites69: forces sent to a town, a class of the blind files' missed sites that
training/events/places71.jsonl carries. Every sentence is our own.

- mapper/events/triggers.py, ``_RULES`` (Other): forces moved to a place by another verb than "deployed"
  ("moved hundreds of troops and tanks to X", "rushes troops to X", "rushed 2,000 soldiers ... to X"), the
  forces and the "to" in a look-ahead (blind b71-076 Kyaukphyu "moved hundreds of troops and armoured
  vehicles to Kyaukphyu"). Near misses: "sent" stays no trigger (the corpus codes no event for "had sent
  troops to X" beside violence), forces moved after an act ("to the area to track the attackers"), a verb
  with no forces ("moved their livestock to X"), forces still to be sent.
- mapper/events/roles.py, ``_SENT_TO`` and ``_FUTURE_SENT``: the forces between the verb and "to X" may
  hold a number with thousands and an inserted phrase between commas (blind b59-050 "had deployed 5,000
  troops to Tibú"); still to be sent stays no site ("Government to send 1,000 troops to X after ambush").
"""

from __future__ import annotations

import re

import pytest

from mapper.events import roles, triggers
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-14"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "date_text", published=PUBLISHED)

SENT = [
    ("The military moved hundreds of troops and tanks to Hpakant on Monday, residents said.",
     [("Hpākān", "Other", "Myanmar forces", "2025-10-13")]),
    ("Chad rushes troops to Bol",
     [("Bol", "Other", "Chadian forces", "2025-10-14")]),
    ("The army rushed 2,000 soldiers, backed by armoured vehicles, to Menaka on Monday.",
     [("Ménaka", "Other", "Malian forces", "2025-10-13")]),
    ("The army deployed 3,500 troops, including commandos, to Menaka on Monday, officials said.",
     [("Ménaka", "Other", "Malian forces", "2025-10-13")]),
    # near misses: "sent", forces moved after an act, a verb with no forces, forces still to be sent
    ("The army sent two battalions to Kidal on Monday, a military source said.", []),
    ("Police rushed officers to the area to track the attackers on Monday.", []),
    ("Residents moved their livestock to Gao on Monday.", []),
    ("The army sent a letter to Kidal elders on Monday.", []),
    ("The government will send troops to Kidal next week.", []),
    ("Government to send 1,000 troops to Kidal after ambush", []),
]


@pytest.mark.parametrize(("text", "want"), SENT)
def test_forces_sent_to_a_town(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def _sent_rule() -> re.Pattern[str]:
    for sub, source in triggers._RULES:
        if sub == "Other" and "rushe[sd]" in source:
            return re.compile(source, re.IGNORECASE)
    raise AssertionError("the rule of forces sent is gone")


@pytest.mark.parametrize("unit", ["moved troops troops ", "moved 5,000, 5,000, ", "rushed units, to to ",
                                  "flown " * 5 + "tanks "])
def test_sent_rule_is_linear(unit: str) -> None:
    assert pattern_cpu(_sent_rule(), hundred_kb(unit)) < 3.0


@pytest.mark.parametrize("unit", ["deployed 1,000, 1,000, ", "sent troops, to ", "moved to to ", ",000",
                                  "deployed " + "x" * 40 + " "])
def test_sent_to_is_linear(unit: str) -> None:
    assert pattern_cpu(roles._SENT_TO, hundred_kb(unit)) < 3.0
    assert pattern_cpu(roles._FUTURE_SENT, hundred_kb("to " + unit)) < 3.0


def test_sent_parsing_is_linear(pipeline: Pipeline) -> None:
    unit = "The army moved 1,000 troops, including commandos, to Kidal on Monday. "
    assert repeated_parse_growth(pipeline, unit) < GROWTH
