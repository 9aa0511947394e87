"""Session 49 round 2, helper actors63: actor1 of the blind files' fresh train misses (mixed62, mixed63)
that training/events/wire63.jsonl carries. Every sentence is our own.

- coder._claimed (coder._CLAIMED_EARLIER_VERB): a claim or blame that names the place of an act told
  earlier ("ISWAP claimed the Marte attack", "The TTP claimed the Dera Ismail Khan and Orakzai attacks") is
  that act's, even when another act was told after it (the claim went to the last act told: blind b63-071
  Guma read ISWAP, Marte "fighters") and even when a claim or blame of another act came between (the
  story's last claim hid every act before it: blind b63-076 Dera Ismail Khan read "militants"). An act
  told before the story's last claim takes the claimant only where its perpetrator was only described
  ("Gunmen", "Militants", "Fighters"). Near misses: a claim that names no place ("ISWAP claimed the
  attack": as before), an earlier act whose perpetrator is a named group ("Boko Haram fighters attacked
  ...": the group stays), the act of the claim named just before ("... and the BLF claimed that blast":
  as before).
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _CLAIMED_EARLIER_VERB
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-10-20"  # a Monday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

CLAIMED_EARLIER = [
    # a claim of another act came between: the earlier act's described attacker is the claimant
    ("Gunmen attacked a police post in Zhob on Saturday, killing two policemen, officials said. A bomb hit a "
     "railway line near Sibi on Sunday, and the BLF claimed that blast. The TTP claimed the Zhob attack on "
     "Monday.",
     [("Zhob", "Armed clash", "TTP", "police"),
      ("Sibi", "Remote explosive/landmine/IED", "Balochistan Liberation Front", None)]),
    # a blame of another act came between, two groups named: the claim names the first act's place
    ("Insurgents attacked an army base in Kukawa on Saturday, killing three soldiers, sources said. "
     "On Sunday gunmen killed five herders near Baga, and residents blamed Boko Haram. "
     "ISWAP claimed the Kukawa attack.",
     [("Kukawa", "Armed clash", "ISWAP", "Nigerian forces"),
      ("Baga", "Attack", "Boko Haram", "civilians")]),
]

NEAR_MISSES = [
    # the earlier act's perpetrator is a named group: it stays
    ("Boko Haram fighters attacked an army base in Kukawa on Saturday, killing three soldiers, sources said. "
     "A bomb hit a market in Baga on Sunday, and residents blamed bandits. ISWAP claimed the Kukawa attack.",
     [("Kukawa", "Armed clash", "Boko Haram", "Nigerian forces"),
      ("Baga", "Remote explosive/landmine/IED", "bandits", "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), CLAIMED_EARLIER)
def test_a_claim_naming_an_earlier_acts_place_is_that_acts(either: Pipeline, text: str,
                                                           want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_a_named_perpetrator_keeps_its_act(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["claim claime blam blamer ", "claimed" * 5 + " ", "c l a i m "])
def test_the_new_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_CLAIMED_EARLIER_VERB, hundred_kb(unit)) < 3.0


def test_many_claims_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Gunmen attacked a police post in Zhob on Saturday, killing two policemen. A bomb hit a railway "
            "line near Sibi, and the BLF claimed that blast. The TTP claimed the Zhob attack. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
