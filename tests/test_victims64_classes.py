"""Session 50, helper victims64: actor2 of the blind files' train misses (mixed64, mixed65 first) that
training/events/actors58.jsonl carries. Every sentence is our own.

- actors.parties (actors._joint_parties, _side_word, _JOINT_LIST_REACH; coder.py passes the sentence): one
  phrase naming two sides that share a head ("Russian and Ukrainian delegations met", "Lebanese and Israeli
  military delegates", "Israeli and Hamas negotiators", "Syrian, Jordanian and U.S. officials") is both
  parties of a meeting or agreement, each side with the shared head, in the text's order: actor1 the first,
  actor2 the second (blind b65-055 Naqoura, b65-059 Amman, b61-073 Geneva, b63-076 Istanbul, b57-073 Abu
  Dhabi, b50-033 Istanbul, b36-053 Doha: actor2 was nobody, and "Israeli and Hamas negotiators" read as
  Hamas alone). Each side is a state (an adjective, a country's name) or a group of the actor table; a side
  listed before the phrase with a comma counts only as a state's adjective. Near misses: one party meeting
  another ("Egypt's foreign minister met Hamas leaders": no joint phrase; the object is read since
  victims66), "Government and rebel negotiators"
  (no state or group named: as before), "In Sudan, Egyptian and Qatari officials" (a country's name before
  the comma is no side of the list), a violent event's two sides (read by ``sides``, unchanged).
- actors._CIVIL_NOUN (read by _CIVIL_TARGET and _CIVIL_HIT_BY in ``civilian_target``): places of trade and
  leisure join restaurants, cafes and hotels as civilian targets of a remote-violence act with a toll ("a car
  bomb exploded outside a shopping centre", "threw a grenade into a crowded bar", "into a grocery store":
  blind b61-055, b65-072 Guayaquil and Duran, b59-079 Duran read no actor2). Near misses: an armed target
  beside the place ("hit an army convoy outside a shopping mall", "near a police post beside a row of
  shops": the forces, as before).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _CIVIL_HIT_BY, _CIVIL_TARGET, ActorPhrase, _joint_parties
from mapper.model import Actor
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-16"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

JOINT = [
    ("Israeli and Hamas negotiators agreed in Cairo on Sunday to extend the truce by a week.",
     [("Cairo", "Agreement", "Israeli government", "Hamas")]),
    ("Syrian, Iraqi and Jordanian officials met in Baghdad on Tuesday to coordinate border security.",
     [("Baghdad", "Meeting/talks", "Syrian government", "Iraqi government")]),
    ("Burundian and Congolese defence ministers met in Bujumbura on Friday to discuss the FDLR.",
     [("Bujumbura", "Meeting/talks", "Burundian government", "Congolese government")]),
]


@pytest.mark.parametrize(("text", "want"), JOINT)
def test_one_phrase_names_both_parties(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


JOINT_NEAR_MISSES = [
    # one party meets another: no joint phrase; since victims66 the meeting verb's object is the other side
    # (actors._met_party; the corpus codes it so: v26-047, st44-032, b62-068)
    ("Egypt's foreign minister met Hamas leaders in Cairo on Monday.",
     [("Cairo", "Meeting/talks", "Egyptian government", "Hamas")]),
    # no state or group named in the shared phrase: as before
    ("Government and rebel negotiators agreed in Addis Ababa on Sunday to a ceasefire.",
     [("Addis Ababa", "Agreement", "rebel negotiators", None)]),
    # two named states, no shared head: as before
    ("The United States and Russia agreed in Riyadh on Tuesday to restore embassy staff.",
     [("Riyadh", "Agreement", "US government", "Russian government")]),
    # a violent event's two sides are read by ``sides``: unchanged
    ("Sudanese and Chadian troops clashed near Adre on Monday, killing four soldiers.",
     [("Adré", "Armed clash", "Sudanese forces", "Chadian forces")]),
]


@pytest.mark.parametrize(("text", "want"), JOINT_NEAR_MISSES)
def test_the_joint_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def _phrase(sentence: str, name: str) -> ActorPhrase:
    start = sentence.index(name)
    return ActorPhrase(Actor(name), start, start + len(name), "")


def test_joint_parties_by_words() -> None:
    s = "Russian and Ukrainian delegations met in Istanbul on Monday."
    assert _joint_parties(_phrase(s, "Russian and Ukrainian delegations"), s) == [
        Actor("Russian delegations", "RU"), Actor("Ukrainian delegations", "UA")]
    s = "Sudanese and South Sudanese officials agreed in Juba."
    assert [a.name for a in _joint_parties(_phrase(s, "Sudanese and South Sudanese officials"), s)] == [
        "Sudanese officials", "South Sudanese officials"]
    # a country's name before the comma opens the sentence, it lists no side
    s = "In Sudan, Egyptian and Qatari officials met in Port Sudan on Monday."
    assert [a.name for a in _joint_parties(_phrase(s, "Egyptian and Qatari officials"), s)] == [
        "Egyptian officials", "Qatari officials"]
    # a first word that names no side, or no shared head: no joint parties
    s = "Army and police officers met in Juba."
    assert _joint_parties(_phrase(s, "Army and police officers"), s) == []
    s = "Pakistan and Afghanistan met in Doha."
    assert _joint_parties(_phrase(s, "Pakistan and Afghanistan"), s) == []


def test_many_joint_meetings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = "Syrian, Iraqi and Jordanian officials met in Baghdad on Tuesday. "
    assert repeated_parse_growth(unfiltered, unit) < GROWTH


def test_a_long_run_of_joined_sides_is_linear(unfiltered: Pipeline) -> None:
    unit = "Iraqi, Syrian and Jordanian and Kenyan, "
    assert repeated_parse_growth(unfiltered, unit + "officials met in Baghdad on Tuesday. ") < GROWTH


TRADE = [
    ("A bomb exploded outside a shopping mall in Machala on Saturday night, killing three people, police "
     "said.",
     [("Machala", "Remote explosive/landmine/IED", None, "civilians")]),
    ("Gunmen threw a grenade into a crowded nightclub in Irapuato on Sunday, killing five men, prosecutors "
     "said.",
     [("Irapuato", "Grenade", "unidentified gunmen", "civilians")]),
    ("A Russian drone hit a grocery store in Kherson on Monday, wounding two people, the regional governor "
     "said.",
     [("Kherson", "Air/drone strike", "Russian forces", "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), TRADE)
def test_a_place_of_trade_hit_names_civilians(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


TRADE_NEAR_MISSES = [
    ("A roadside bomb hit an army convoy outside a shopping mall in Machala on Saturday, killing three "
     "soldiers.",
     [("Machala", "Remote explosive/landmine/IED", None, "Ecuadorian forces")]),
    ("A bomb exploded near a police post beside a row of shops in Bannu on Monday, killing two people.",
     [("Bannu", "Remote explosive/landmine/IED", None, "police")]),
]


@pytest.mark.parametrize(("text", "want"), TRADE_NEAR_MISSES)
def test_the_trade_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize("unit", ["into a shopping ", "outside a grocery ", "bars shops malls ",
                                  "hit a bar "])
def test_the_civil_target_patterns_stay_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_CIVIL_TARGET, text) < 3.0
    assert pattern_cpu(_CIVIL_HIT_BY, text) < 3.0


def test_many_shops_hit_parse_linearly(unfiltered: Pipeline) -> None:
    unit = "A bomb exploded outside a shopping mall in Machala, killing three people. "
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
