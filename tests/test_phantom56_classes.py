"""Session 45 round 2, helper phantom56: phantom deals and talks, for the classes of the blind files' train
phantom rows that training/events/noevent55.jsonl carries. Every sentence is our own.

- an agreement only to meet again: "agreed on Monday to hold a fresh round of talks in Ubari next month",
  "agreed ... to meet again in Arusha", "to reconvene" is a meeting still to come, no Agreement
  (triggers._AGREED_TO_MEET_AFTER, read in ``unreal``'s _NOT_HELD block; blind b51-038); the near miss:
  "agreed on Monday to a ceasefire" is the deal itself, still coded at its venue;
- a party's past role in a deal or talks pointed back at by a demonstrative in a relative clause: "Norway,
  which mediated that accord in Oslo", "Kenya, which hosted those talks in Nairobi" (triggers.
  _PAST_ROLE_VERB_BEFORE, _PAST_ROLE_THAT_AFTER, _PAST_ROLE_NOUN_BEFORE; blind b52-075); the near miss:
  "Qatar, which brokered the truce in Doha on Sunday" (no demonstrative) is still an agreement at Doha.
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import (
    _AGREED_TO_MEET_AFTER,
    _PAST_ROLE_NOUN_BEFORE,
    _PAST_ROLE_THAT_AFTER,
    _PAST_ROLE_VERB_BEFORE,
)
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", published=PUBLISHED)


MEET_LATER = [
    ("Tribal elders in Sabha agreed on Monday to hold a fresh round of talks in Ubari next month, a local "
     "council said.", [("Sabha", "context"), ("Ubari", "context")]),
    ("Opposition and government delegates agreed in Nairobi on Thursday to meet again in Arusha in two "
     "weeks.",
     [("Nairobi", "context"), ("Arusha", "context")]),
]


@pytest.mark.parametrize(("text", "want"), MEET_LATER)
def test_an_agreement_only_to_meet_again_is_no_agreement(either: Pipeline, text: str,
                                                         want: list[tuple[str, str]]) -> None:
    assert coded(either, text) == []
    assert roles_of(either, text) == want


def test_an_agreed_ceasefire_is_still_an_agreement(either: Pipeline) -> None:
    text = "Rival militias in Sabha agreed on Monday to a ceasefire, a local council said."
    assert coded(either, text) == [("Sabha", "Agreement")]


PAST_ROLE = [
    ("Kenya, which hosted those talks in Nairobi for two years, sent an envoy to the signing.",
     [("Kenya", "context"), ("Nairobi", "context")]),
    ("Norway, which mediated that accord in Oslo, said on Tuesday it was ready to help again.",
     [("Norway", "context"), ("Oslo", "context")]),
]


@pytest.mark.parametrize(("text", "want"), PAST_ROLE)
def test_a_past_role_in_a_deal_pointed_back_at_is_no_deal(either: Pipeline, text: str,
                                                          want: list[tuple[str, str]]) -> None:
    assert coded(either, text) == []
    assert roles_of(either, text) == want


def test_a_deal_brokered_with_no_demonstrative_is_still_coded(either: Pipeline) -> None:
    text = "Qatar, which brokered the truce in Doha on Sunday, said both sides were respecting it."
    assert coded(either, text) == [("Doha", "Agreement")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    " agreed on a b c d to hold a b c d e",
    " which has brokered that a b c d ",
    " to hold to hold a round of a b c ",
    "which which have that those ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_AGREED_TO_MEET_AFTER, _PAST_ROLE_VERB_BEFORE, _PAST_ROLE_THAT_AFTER,
                    _PAST_ROLE_NOUN_BEFORE):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_agreements_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Elders in Sabha agreed on Monday to hold a fresh round of talks in Ubari next month. Norway, "
            "which mediated that accord in Oslo, said it would help. Militias in Sabha "
            "agreed to a ceasefire. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
