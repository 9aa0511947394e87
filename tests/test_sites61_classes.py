"""Session 48, helper sites61: two classes of wire copy whose sites were found but read as context, that
training/events/places63.jsonl carries (places58's g58-001…009 and places60's g60-018…031 carry the first;
places62's g62-003, g62-004 and g62-018 and blind b56-052 the second). Every sentence is our own.

- A town a side's forces defend or guard ("attacked army units defending Djibo", "soldiers guarding
  Damboa repelled a raid"): geoparse/recognize.py ``_DEFENDED_TOWN_VERBS`` ("defending", "defended",
  "guarding", "guarded" right before a name) is event context for the recogniser (so a lesser town's
  spelling variant is kept), and events/roles.py ``_TARGET_VERBS`` takes defend(s/ed/ing) and
  guard(s/ed/ing), so the town is the site of the act of its clause.
  Near misses that must not change: troops guarding a town that only receive arms (no act: no event, the
  town context), a title defended in a capital (no act).
- A subject-less second verb whose province is a site (events/coder.py ``_SUBJECTLESS_SECOND_VERB``, read in
  ``_own_province``): "struck a warehouse in Odesa and damaged power lines in the Mykolaiv region" codes the
  region as an event of its own (the clause's triggers did not hold "damaged", so the region was read as the
  province beside the town).
  Near misses that must not change: where people fled after the act ("and residents fled to the Mykolaiv
  region") and what was only seen ("and drones were seen over the Mykolaiv region"): the region stays
  context, one event at the town.
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _SUBJECTLESS_SECOND_VERB
from mapper.events.roles import _TARGET_OF
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-08-15"  # a Friday

coded = reader_of("site", "sub_type", published=PUBLISHED)


# -- a town a side's forces defend or guard -----------------------------------------------------------------

DEFENDED = [
    ("Jihadist fighters attacked gendarmes guarding Kaya on Thursday, killing six, the army said.",
     [("Kaya", "Armed clash")], [("Kaya", "event_site")]),
    ("Al-Shabaab fighters shelled Ugandan troops defending Baidoa on Wednesday, a local official said.",
     [("Baidoa", "Shelling/artillery/missile attack")], [("Ugandan", "actor"), ("Baidoa", "event_site")]),
]


@pytest.mark.parametrize(("text", "want", "roles"), DEFENDED)
def test_the_town_a_side_defends_is_the_site(either: Pipeline, text: str, want: list[tuple],
                                             roles: list[tuple]) -> None:
    assert coded(either, text) == want
    assert roles_of(either, text) == roles


@pytest.mark.parametrize(("text", "roles"), [
    ("Malian troops guarding Timbuktu received new armoured vehicles on Monday.",
     [("Malian", "actor"), ("Timbuktu", "context")]),
    ("Kenya's champions began defending their title in Nairobi on Sunday.",
     [("Kenya", "context"), ("Nairobi", "context")]),
])
def test_a_defended_town_with_no_act_stays_context(either: Pipeline, text: str, roles: list[tuple]) -> None:
    assert coded(either, text) == []
    assert roles_of(either, text) == roles


# -- a subject-less second verb whose province is a site ----------------------------------------------------

def test_a_second_verbs_region_is_a_site(either: Pipeline) -> None:
    text = ("Russian drones struck a warehouse in Odesa on Thursday and damaged power lines in the Mykolaiv "
            "region, officials said.")
    assert coded(either, text) == [("Odesa", "Air/drone strike"), ("Mykolaivska oblast", "Air/drone strike")]
    assert roles_of(either, text) == [("Russian", "actor"), ("Odesa", "event_site"),
                                      ("Mykolaiv", "event_site")]


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kherson on Thursday, killing one man, and residents fled to the Mykolaiv region.",
    "Russian forces shelled Kherson on Thursday, and drones were seen over the Mykolaiv region.",
])
def test_a_region_after_no_act_stays_context(either: Pipeline, text: str) -> None:
    # (no event at the region; its role is the learned site model's, which read the sighting's region as
    # context before session 48's retrain and as the shelling's site after it)
    assert coded(either, text) == [("Kherson", "Shelling/artillery/missile attack")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    ", and also and then and  " * 3 + "and also hit",
    " and  and set fire fire to " * 3,
    "defending guarding the town of " * 3,
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_SUBJECTLESS_SECOND_VERB, _TARGET_OF):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_defended_towns_and_second_verbs_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Jihadists attacked gendarmes guarding Kaya on Thursday. Russian drones struck a warehouse in "
            "Odesa and damaged power lines in the Mykolaiv region, and hit Kherson and shelled the Sumy "
            "region. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
