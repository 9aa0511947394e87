"""Session 44 round 2, helper heads54: headlines and single sentences, for the classes of the blind files'
train misses that training/events/headlines53.jsonl carries. Every sentence is our own.

- a summons of a state's envoy named in its possessive: "Chad summons Sudan's ambassador in N'Djamena",
  "summoned South Sudan's ambassador in Kampala" (the Diplomatic protest trigger's gap takes an apostrophe;
  it missed the event);
- the envoy's state is the summons' actor2, as its government (actors.summoned; political events had no
  actor2);
- the place after a summons ("summoned the ambassador in Tehran") is where it was made, its venue, as the
  corpus codes it (roles.py read it as "origin").

Near misses: a summons to come ("Niger to summon ...") and one denied ("denied ... it had summoned") stay
without a venue; a summons by a state of its own envoy names no other state.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import Actor, summoned
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import (
    GROWTH,
    repeated_parse_growth,
    trigger_scan_cpu,
    trigger_scan_growth,
)

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


def roles_of(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(Article("heads54", text, published=PUBLISHED))
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


# A summons of a state's envoy in its possessive: (text, the event coded, the place's role).
SUMMONSES = [
    ("Chad summons Sudan's ambassador in N'Djamena over supply flights",
     ("N'Djamena", "Diplomatic protest", "Chadian government", "Sudanese government")),
    ("Somalia summons Ethiopia's envoy in Mogadishu over arms shipment",
     ("Mogadishu", "Diplomatic protest", "Somali government", "Ethiopian government")),
    ("Uganda's foreign ministry summoned South Sudan's ambassador in Kampala on Tuesday to protest the "
     "killing of traders.",
     ("Kampala", "Diplomatic protest", "Ugandan government", "South Sudanese government")),
    ("Lebanon summoned Iran's ambassador in Beirut on Tuesday after he criticised the cabinet.",
     ("Beirut", "Diplomatic protest", "Lebanese government", "Iranian government")),
]


@pytest.mark.parametrize(("text", "want"), SUMMONSES)
def test_a_summons_of_a_states_envoy_in_its_possessive(unfiltered: Pipeline, text: str,
                                                       want: tuple) -> None:
    assert coded(unfiltered, text) == [want]
    assert roles_of(unfiltered, text)[want[0]] == "venue"


def test_a_summons_named_by_a_demonym_keeps_its_reading(unfiltered: Pipeline) -> None:
    # the near miss the trigger read before: a demonym, no possessive; it now has the envoy's state too
    text = "Guinea summons French ambassador in Conakry over remarks"
    want = ("Conakry", "Diplomatic protest", "Guinean government", "French government")
    assert coded(unfiltered, text) == [want]
    assert roles_of(unfiltered, text)["Conakry"] == "venue"


@pytest.mark.parametrize("text", [
    "Ghana's foreign ministry denied on Monday that it had summoned Togo's ambassador in Accra over the "
    "dispute.",
])
def test_a_denied_summons_is_no_event(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


def test_the_summoned_state_is_not_the_speakers() -> None:
    # a state recalling its own envoy names no other state; nothing in the span: None
    text = "Ghana summoned Ghana's envoy home"
    assert summoned([], 6, 31, Actor("Ghanaian government", "GH"), text) is None
    assert summoned([], 0, 5, None, "hello there") is None


def test_the_summons_trigger_is_linear() -> None:
    unit = "summoned Algeria's Algeria's Algeria's Algeria's x's "
    assert trigger_scan_cpu(unit) < 3.0
    assert trigger_scan_growth(unit) < GROWTH
    assert trigger_scan_cpu("summon" + "a'" * 50_000) < 3.0


def test_many_summonses_parse_linearly(unfiltered: Pipeline) -> None:
    unit = "Mali summons Algeria's ambassador in Bamako over interference. "
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
