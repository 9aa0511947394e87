"""Session 33, helper types39: event type and sub-type of matched events (the gold file
training/events/types38.jsonl was written for these classes before tuning).

- The state's forces firing on a protest's crowd with no protest word ("Police open fire on students in
  X", "security forces fire on <candidate> supporters", "on worshippers chanting against the government")
  is Excessive force against protesters; gunmen's
  fire on students, a crowd at an aid site and tear gas are unchanged (an attack, an attack or a clash,
  an intervention).
- Aircraft named as the support of ground troops ("troops, backed by aircraft, repelled the assault",
  "forces backed by drones and helicopters clashed") are no air strike of their own; an air strike told
  alone is kept.
- A named group told by a generic head ("Al Shabaab fighters stormed ...") is the story's perpetrator that
  a later remote attack with none of its own takes ("a car bomb claimed by the group").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.triggers import clauses
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth

PUBLISHED = "2025-06-03"  # a Tuesday
FORCE = "Excessive force against protesters"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def subs(sentence: str) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police open fire on students in Sylhet, five killed", [FORCE]),
    ("Gendarmes fire on opposition supporters in Conakry, two dead", [FORCE]),
    ("Troops opened fire on mourners in Bamenda on Sunday.", [FORCE]),
    ("Security forces fired live rounds at demonstrators in Bandar Abbas.", [FORCE]),
    ("Soldiers opened fire on worshippers chanting slogans in Zaria.", [FORCE]),
    # rioters fired on stay a violent demonstration (the guide)
    ("Police opened fire on supporters who had torched a police post in Mbeya.", ["Violent demonstration"]),
    # the near misses: gunmen's fire, a crowd at an aid site, tear gas
    ("Gunmen opened fire on students in a dormitory in Yobe, killing 20.", ["Attack"]),
    ("Troops fire on crowd at Rafah aid site, 9 killed", ["Armed clash"]),
    ("Police fired tear gas at students in Rajshahi.", ["Protest with intervention"]),
    ("Gunmen opened fire on worshippers at a mosque in Zaria.", ["Attack"]),
])
def test_forces_firing_on_a_protest_crowd(sentence: str, expected: list[str]) -> None:
    assert subs(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soldiers, backed by aircraft, repelled an attack on Djibo, killing 30 militants.", ["Armed clash"]),
    ("Israeli forces backed by drones and helicopters clashed with gunmen in Tubas.", ["Armed clash"]),
    ("Troops supported by helicopter gunships fought al-Shabaab near Afgoye on Monday.", ["Armed clash"]),
    ("Backed by drones, the army retook the town of Bara.", ["Government regains territory"]),
    # the near misses: the aircraft's own strike, and support with no other act told
    ("Fighter jets struck militant hideouts near Bannu, killing 12.", ["Air/drone strike"]),
    ("Drones backed by artillery struck Kherson.", ["Air/drone strike"]),
    ("Ground troops were backed by drones.", ["Air/drone strike"]),
])
def test_air_support_of_a_ground_fight_is_no_strike(sentence: str, expected: list[str]) -> None:
    assert subs(sentence) == expected


def test_a_named_group_with_a_generic_head_is_carried_to_a_later_bombing(pipeline: Pipeline) -> None:
    text = ("Al Shabaab fighters stormed an army base near Bulo Burde on Sunday, and Somali troops backed "
            "by airstrikes pushed them back after hours of fighting. Separately, a car bomb claimed by the "
            "group exploded outside a hotel in Baidoa on Monday, killing four people.")
    doc = pipeline.parse(Article("types39", text, published=PUBLISHED))
    got = [(e.sub_event_type, e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events]
    assert got == [("Armed clash", "Buulobarde", "al-Shabaab"),
                   ("Remote explosive/landmine/IED", "Baidoa", "al-Shabaab")]


@pytest.mark.parametrize("unit", [
    # the forces' fire on a crowd: forces, fire verbs, live rounds and up to three words, never the noun
    "police opened fire on the big old security forces fired live rounds at a few of troops fire into ",
    "soldiers fired on worshippers worshippers chanting chanting marching the ",
    # the support look-behind before an aircraft word, never closed by "by"
    "backed supported by the big old aided covered drones and troops backed by backed by ",
    # many supported strikes beside many clashes
    "troops backed by drones and jets clashed with rebels ",
])
def test_the_new_patterns_are_linear_on_100_kb(unit: str) -> None:
    """100 KB of near misses of each new pattern: clauses() does about twice the work on twice the text."""
    read: Callable[[int], Callable[[], object]] = lambda n: lambda: clauses(unit * n)  # noqa: E731
    assert growth(read, 1100) < GROWTH  # 2 x 1100 units: about 100 KB
