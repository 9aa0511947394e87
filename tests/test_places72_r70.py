"""Session 53, helper wsites70: a site the office-in-X rule read as a speaker's seat because the act before
it was not read, for training/events/places72.jsonl's round. Every sentence is our own.

- triggers._RULES, Looting/property destruction: "burned <up to two words> <building>" also takes a
  possessive owner among the words ("burned the administrator's office", "burned the chief's house"): the
  burning is an act, so the building's town is its site, not where an office spoke (h58-027).
  Near misses that must not change: an office in the town that speaks ("the governor's office in X said"),
  and a burning of what is no building ("burned the president's portrait").
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _RULE_RE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2026-03-11"  # a Wednesday

coded = reader_of("site", "sub_type", "date_text", published=PUBLISHED)


@pytest.mark.parametrize(("text", "site"), [
    ("Militants burned the mayor's office in Bunia on Monday.", "Bunia"),
    ("Gunmen burned down the chief's house in Bambari on Monday, residents said.", "Bambari"),
])
def test_a_possessive_building_burned_is_the_site(either: Pipeline, text: str, site: str) -> None:
    assert [(s, sub) for s, sub, _ in coded(either, text)] == [(site, "Looting/property destruction")]
    assert [role for _, role in roles_of(either, text, published=PUBLISHED)] == ["event_site"]


def test_an_office_that_speaks_stays_a_seat(either: Pipeline) -> None:
    text = "The governor's office in Bunia said on Monday that schools would reopen."
    assert coded(either, text) == [("Bunia", "Statement", "2026-03-09")]  # where it spoke
    assert roles_of(either, text, published=PUBLISHED) == [("Bunia", "origin")]


def test_a_burned_portrait_is_no_property_destruction(either: Pipeline) -> None:
    text = "Protesters burned the president's portrait in Bunia on Monday."
    assert all(sub != "Looting/property destruction" for _, sub, _ in coded(either, text))


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["burned the a's b's ", "burn a's ", "burned down x's y's z's "])
def test_the_widened_burning_is_linear(unit: str) -> None:
    assert pattern_cpu(_RULE_RE, hundred_kb(unit)) < 3.0


def test_many_burnings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = "Militants burned the mayor's office in Bunia on Monday. "
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
