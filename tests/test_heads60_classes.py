"""Session 47 round 2, helper heads60: headlines and single sentences, for the class that
training/events/headlines59.jsonl carries. Every sentence is our own.

- a summons, an expulsion or a recall told as an infinitive, a state's headline future: "Kenya to summon
  Somalia's envoy over Mandera raid", "Iraq to expel Turkey's envoy in Baghdad" (triggers.unreal with
  _ENVOY_INFINITIVE_BEFORE: a Diplomatic protest trigger right after "to" is still to come, no event, and the
  place after it is context, not the venue); near misses: the act done ("Tanzania summons Kenya's envoy in
  Dodoma", "summoned the charge d'affaires in X on Tuesday to protest ...": a Diplomatic protest at its venue)
  and a real act in the same headline as the future ("Chad to summon Sudan's envoy after shelling kills 4 in
  Adre": the shelling stays).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _ENVOY_INFINITIVE_BEFORE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2026-03-18"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a summons still to come -----------------------------------------------------------------------------

FUTURES = [
    ("Uganda to summon Rwanda's envoy in Kampala over border closure",
     [("Uganda", "actor"), ("Rwanda", "actor"), ("Kampala", "context")]),
    ("Mali to expel Algeria's ambassador over Tessalit remarks",
     [("Mali", "actor"), ("Algeria", "actor"), ("Tessalit", "context")]),
    ("Jordan to summon Israel's envoy in Amman over Jerusalem remarks",
     [("Jordan", "actor"), ("Israel", "actor"), ("Amman", "context"), ("Jerusalem", "context")]),
]


@pytest.mark.parametrize(("text", "want"), FUTURES)
def test_a_summons_to_come_is_no_event(either: Pipeline, text: str, want: list[tuple[str, str]]) -> None:
    assert coded(either, text) == []
    assert roles_of(either, text, published=PUBLISHED) == want


# -- near misses: the act done, and a real act beside the future ------------------------------------------

DONE = [
    ("Uganda summons Rwanda's envoy in Kampala over border closure",
     [("Kampala", "Diplomatic protest", "Ugandan government", "Rwandan government")]),
    ("Jordan summoned Israel's ambassador in Amman on Tuesday over the remarks.",
     [("Amman", "Diplomatic protest", "Jordanian government", "Israeli government")]),
]


@pytest.mark.parametrize(("text", "want"), DONE)
def test_a_summons_done_stays_an_event(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_real_act_beside_the_future_stays(either: Pipeline) -> None:
    text = "Chad to summon Sudan's envoy after shelling kills 4 in Adre"
    got = [(site, sub) for site, sub, _, _ in coded(either, text)]
    assert got == [("Adré", "Shelling/artillery/missile attack")]


# -- linear time -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["to  ", "to to ", " to\t \t"])
def test_the_new_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_ENVOY_INFINITIVE_BEFORE, text) < 3.0


def test_many_summonses_to_come_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Uganda to summon Rwanda's envoy in Kampala over border closure. "
            "Uganda summons Rwanda's envoy in Kampala over border closure. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
