"""Session 50 round 1, helper sites64: classes of conflict reporting whose named place was read as context,
that training/events/places66.jsonl carries (blind b65-028 Djibo is the first). Every sentence is our own.

- An attack "claimed by" a group, told between the act and its target's place (events/roles.py
  ``_DECIDED``): "killed in an attack claimed by JNIM on an army base in Djibo" read "claimed" as a verb
  deciding or telling the act elsewhere, so the place after it was context and no event was coded. A
  "claimed" followed by "by" names the act's claimant (its actor1), not where anything was decided: the
  place stays the act's site.
  Near misses that must not change: a claim made somewhere ("as the opposition claimed victory in
  Nairobi", "the group claimed in Macomia": context).
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _DECIDED
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-07-09"  # a Wednesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- an attack "claimed by" a group before its target's place ------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("At least nine soldiers were killed in an attack claimed by al-Shabaab on an army base in Bulo Marer "
     "on Monday, officials said.", [("Bulo Marer", "Armed clash", "al-Shabaab", "Somali forces")]),
    ("A raid claimed by ISWAP on a military camp in Marte killed 20 soldiers on Friday.",
     [("Marte", "Armed clash", "ISWAP", "Nigerian forces")]),
    ("Nine policemen died in an ambush claimed by the TTP on a checkpoint in Tank on Sunday.",
     [("Tank", "Armed clash", "TTP", "police")]),
])
def test_the_target_after_a_claimant_is_the_site(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_the_claimed_attacks_place_is_its_site_role(either: Pipeline) -> None:
    text = "A raid claimed by ISWAP on a military camp in Marte killed 20 soldiers on Friday."
    assert roles_of(either, text, published=PUBLISHED) == [("Marte", "event_site")]


@pytest.mark.parametrize(("text", "site", "other"), [
    ("Police dispersed protesters in Kisumu on Monday as the opposition claimed victory in Nairobi.",
     ["Kisumu"], "Nairobi"),
    ("Insurgents beheaded three farmers in Litamanda, the group claimed in Macomia on Tuesday.", [],
     "Macomia"),
])
def test_a_claim_made_somewhere_stays_context(either: Pipeline, text: str, site: list[str],
                                             other: str) -> None:
    assert [row[0] for row in coded(either, text)] == site
    assert (other, "context") in roles_of(either, text, published=PUBLISHED)


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "unit"), [
    (_DECIDED, "claimed  by claimed claimed   by "),
    (_DECIDED, "claimed by " * 3),
])
def test_the_changed_pattern_is_linear(pattern, unit: str) -> None:  # noqa: ANN001
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0


def test_many_claimed_attacks_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A raid claimed by ISWAP on a military camp in Marte killed 20 soldiers. Police dispersed "
            "protesters in Kisumu as the opposition claimed victory in Nairobi. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
