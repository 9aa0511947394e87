"""Session 50 round 2, helper sites65: wire items, a missed event whose site was read as context, for the
class of the blind files' train misses that training/events/places67.jsonl carries. Every sentence is our own.

- ground taken back with a particle verb: "took back the town of X", "Army takes back X", "have taken back
  the village of X" (triggers._RULES, Government regains territory:
  the verbs "take ... back"; the taker decides regains or overtakes, as for "recaptured"; and
  roles._TARGET_VERBS: "took back" before the place makes it the act's site, as "retook" does; blind b67-073
  Hsipaw, with f37-073 Wad Madani). Near misses that must not change: people or things carried back ("the
  bodies were taken back to X"), "won back X" (an election's word: "The ruling party won back Mombasa"),
  power or words taken back, a retaking only vowed or feared ("vowed to take back X", "fear the junta
  will take back X": no event).
- ground taken after the other side withdrew under a deal: "took back X after the rebels withdrew under a
  ceasefire" (triggers._LEFT_AFTER): a non-violent transfer, as "after they handed it over" was; blind b67-073
  Hsipaw, with ea-083 and w38-044 Lashio. Near misses: a bare withdrawal ("retook X after the rebels
  withdrew") and fighting stay ground regained, as before (the corpus codes a bare withdrawal both ways).

Not tuned (see the guide's row): two districts of one raid listed before the area noun ("in Khyber and
Bannu districts": the second site is read but its event merged away), the Fano side of "took back" read as
the state's.
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _TARGET_OF
from mapper.events.triggers import _LEFT_AFTER, _RULE_RE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday

coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)

TAKEN_BACK = [
    ("Syrian government forces took back the town of Saraqib from rebels on Monday, state media said.",
     [("Saraqib", "Government regains territory", "Syrian forces")]),
    ("Army takes back Bulo Burde after two days of fighting with al-Shabaab",
     [("Buulobarde", "Government regains territory", "Somali forces")]),
    ("Iraqi troops have taken back the village of Badush west of Mosul, a commander said on Tuesday.",
     [("Badush", "Government regains territory", "Iraqi forces")]),
    ("Congolese soldiers took back Kalehe from M23 fighters on Sunday after heavy fighting, residents said.",
     [("Kalehe", "Government regains territory", "Congolese forces")]),
]


@pytest.mark.parametrize(("text", "want"), TAKEN_BACK)
def test_ground_taken_back(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


NOT_TAKEN_BACK = [
    "The bodies of the nine soldiers were taken back to Kismayo for burial on Monday, officials said.",
    "The ruling party won back Mombasa in the county elections, the commission said.",
    "The army vowed to take back Tessalit before the rainy season, a spokesman said.",
    "Villagers fear the rebels will take back Bunagana within weeks, an aid worker said.",
]


@pytest.mark.parametrize("text", NOT_TAKEN_BACK)
def test_no_event_of_things_carried_back_or_a_retaking_not_done(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


def test_the_place_taken_back_is_the_site_not_context(unfiltered: Pipeline) -> None:
    text = "Myanmar's military took back the town of Kyaukme in northern Shan state on Sunday, locals said."
    assert roles_of(unfiltered, text, published=PUBLISHED) == [
        ("Myanmar", "actor"), ("Kyaukme", "event_site"), ("Shan", "context")]


HANDED_BACK = [
    ("The army took back the town of Kyaukme on Sunday after the rebels withdrew under a ceasefire deal, "
     "residents said.", [("Kyaukme", "Non-violent transfer of territory", "Myanmar forces")]),
    ("Government troops retook Bentiu on Monday after SPLA-IO fighters pulled out under a peace agreement.",
     [("Bentiu", "Non-violent transfer of territory", "South Sudanese forces")]),
    # near misses: a bare withdrawal, and fighting
    ("The army took back the town of Kyaukme on Sunday after the rebels withdrew, residents said.",
     [("Kyaukme", "Government regains territory", "Myanmar forces")]),
    ("The army took back the town of Kyaukme on Sunday after heavy fighting, residents said.",
     [("Kyaukme", "Government regains territory", "Myanmar forces")]),
]


@pytest.mark.parametrize(("text", "want"), HANDED_BACK)
def test_ground_left_under_a_deal(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "took back " * 5 + "the ",
    "taken back the their power " * 3,
    "taken back back back to to ",
    " after the (a) b c withdrew under a b " * 2,
    " after a withdrew withdrew under under ",
    "took back the town of " * 3,
])
def test_the_changed_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_RULE_RE, _TARGET_OF, _LEFT_AFTER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_retakings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Syrian troops took back the town of Saraqib on Monday. Army takes back Bulo Burde. "
            "The bodies were taken back to Kismayo. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
