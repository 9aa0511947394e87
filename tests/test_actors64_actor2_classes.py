"""Session 52, helper actor2x67: actor2 of the blind files' train misses (mixed64 ... mixed69) that
training/events/actors64.jsonl carries. Every sentence is our own.

- mapper/events/casualties.py, ``_MORE_FORCES_NOUNS``: "jawans" (Indian reporting's word for soldiers and
  paramilitary police) count the state's forces among the victims, as "rangers" do (blind b69-023 "Maoists
  kill two jawans in IED blast in Chhattisgarh's Bijapur": actor2 none). Near miss: jawans and a civilian
  counted together (a mix of sides: the type decides, as before).
- mapper/events/actors.py, ``_code_actors``: the crowd fired on in Excessive force against protesters is
  "protesters" also when the text calls it a party's supporters ("opened fire on opposition supporters"),
  as the guide and 192 of the corpus's 193 such events code it. Near miss: the force stays actor1.
- mapper/events/coder.py, ``_AGAINST_THE_GROUP``: an act against "the group" ("Troops later clashed with the
  group near X", "an airstrike against the group") with no side named in its sentence: the one group the
  story named before (blind b68-065 Mocimboa da Praia). Near misses: "the group's fighters" and "militants"
  (read as before), two groups named before (no side).
"""

from __future__ import annotations

import pytest

from mapper.events.casualties import victims
from mapper.events.coder import _AGAINST_THE_GROUP
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-14"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- jawans are the state's forces -----------------------------------------------------------------------

JAWANS = [
    ("Maoists kill four jawans in IED blast near Dornapal",
     [("Dornapal", "Remote explosive/landmine/IED", "Maoists", "Indian forces")]),
    ("Two jawans were killed and three injured when Maoists detonated a pressure bomb near Kirandul on "
     "Monday, police said.",
     [("Kirandul", "Remote explosive/landmine/IED", "Maoists", "Indian forces")]),
]


@pytest.mark.parametrize(("text", "want"), JAWANS)
def test_jawans_are_the_states_forces(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Maoists kill four jawans in IED blast", "forces"),
    ("a landmine killed two jawans on patrol", "forces"),
    # near misses: a mix of sides is no one's; a single jawan with no figure is not counted (as before);
    # soldiers as before
    ("killing two jawans and a civilian", ""),
    ("a landmine killed a jawan on patrol", ""),
    ("killing three soldiers", "forces"),
])
def test_jawans_in_victims(sentence: str, want: str) -> None:
    assert victims(sentence) == want


# -- a party's supporters fired on are protesters --------------------------------------------------------

SUPPORTERS = [
    ("Police opened fire on opposition supporters in Kisii on Monday, killing two people, witnesses said.",
     [("Kisii", "Excessive force against protesters", "police", "protesters")]),
    # near miss: the crowd already called protesters, as before
    ("Police fired live rounds at protesters in Kisii on Monday, killing two, witnesses said.",
     [("Kisii", "Excessive force against protesters", "police", "protesters")]),
]


@pytest.mark.parametrize(("text", "want"), SUPPORTERS)
def test_supporters_fired_on_are_protesters(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- an act against "the group" --------------------------------------------------------------------------

THE_GROUP = [
    ("Al-Shabaab fighters attacked a village near Wanlaweyn on Monday, killing three herders. Somali troops "
     "later clashed with the group near Afgoye, killing several fighters, officials said.",
     [("Wanlaweyn", "Attack", "al-Shabaab", "civilians"),
      ("Afgooye", "Armed clash", "Somali forces", "al-Shabaab")]),
    ("Al-Shabaab fighters attacked a village near Wanlaweyn on Monday. Hours later, US forces carried out an "
     "airstrike against the group near Afgoye, the US military said.",
     [("Wanlaweyn", "Attack", "al-Shabaab", "civilians"),
      ("Afgooye", "Air/drone strike", "US forces", "al-Shabaab")]),
]


@pytest.mark.parametrize(("text", "want"), THE_GROUP)
def test_an_act_against_the_group_is_against_the_storys_group(either: Pipeline, text: str, want: list[tuple]
                                                              ) -> None:
    assert coded(either, text) == want


THE_GROUP_NEAR_MISSES = [
    # "the group's fighters", "militants": read as before
    ("Al-Shabaab fighters attacked a village near Wanlaweyn on Monday. Somali troops later clashed with "
     "militants near Afgoye, officials said.",
     [("Wanlaweyn", "Attack", "al-Shabaab", "civilians"),
      ("Afgooye", "Armed clash", "Somali forces", "al-Shabaab")]),
    # two groups named before: "the group" is neither
    ("Al-Shabaab and ISIS fighters clashed near Qandala on Sunday. On Monday, Puntland forces clashed with "
     "the group near Bosaso.",
     [("Qandala", "Armed clash", "al-Shabaab", "Islamic State"),
      ("Bosaso", "Armed clash", "Puntland forces", None)]),
]


@pytest.mark.parametrize(("text", "want"), THE_GROUP_NEAR_MISSES)
def test_the_group_near_misses(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("text", "hit"), [
    ("clashed with the group near", True),
    ("an airstrike against the same group", True),
    ("clashed with the group's fighters", False),
    ("clashed with the groups", False),
    ("talks with a group", False),
])
def test_the_group_pattern(text: str, hit: bool) -> None:
    assert (_AGAINST_THE_GROUP.search(text) is not None) == hit


# -- 100 KB bounds ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "with the ",
    "with   the   same   ",
    "against the same same ",
    "with the group's ",
    "with " * 3,
])
def test_the_new_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_AGAINST_THE_GROUP, hundred_kb(unit)) < 3.0


def test_many_jawans_supporters_and_groups_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Maoists kill two jawans near Dornapal. Police opened fire on opposition supporters in Kisii, "
            "killing two. Somali troops clashed with the group near Afgoye. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
