"""Session 51, helper victims66: actor2 of the blind files' train misses (mixed64-67 first) that
training/events/actors62.jsonl carries. Every sentence is our own.

- actors.parties (with ``_met_party`` and ``_MET_OBJECT``): the second side of talks is the object of the
  meeting verb when only one side is named before the trigger ("Jordan's foreign minister met Hamas officials
  in Amman", "Qatari mediators held talks with an M23 delegation in Doha", "meets Sudanese army chief"): the
  first actor phrase after the subject that "met", "meets", "meeting with", "held talks with" or "talks with"
  names within three words (train read: blind b62-068 Egyptian government; a57-012 BRN, a57-013 M23,
  a57-014 ELN, a58-013 Houthis, p6-035 Sudanese Armed Forces, st44-032 Egypt, v26-047 Hamas, v26-081
  Lebanon). Not an envoy ("met the U.S. envoy": l28-014 keeps null).
  Near misses that must not change: bystanders as the object ("met residents in Mandera": no party; the
  meeting itself is no event there, as before), a meeting only planned ("will meet ... next week": no
  event), two sides in one subject ("Russian and Ukrainian delegations met": both from the subject, as
  before), a phrase far after the verb ("met ... to discuss an attack by M23 rebels": no object within three
  words, no second side from it).
- actors._CIVIL_NOUN (read by _CIVIL_TARGET and _CIVIL_HIT_BY in ``civilian_target``): a bank, a railway or
  train station and a petrol, gas, fuel or filling station are civilian targets, as shops and bus stations
  were: a remote-violence act with a toll there and no armed target has civilians as actor2 (blind b67-058
  Kunduz "outside a bank ... as customers queued"; a60-021, a60-023 banks; tl47-035 a railway station).
  Near misses: "the West Bank" (a capital B: no bank), "the banks of the Nile" and a river bank (no bank of
  trade), a bank with no toll (no actor2, as before).
- actors._ARMED_TARGET: armed men as the crowd at the target ("outside a bank ... as soldiers queued to
  collect their salaries", "where troops had gathered") leave the other side to the text, as an armed
  target does (l18-001 Kunduz, gold Taliban, which the bank would otherwise have made civilians). Near
  miss: "as customers queued" (civilians, above).
"""

from __future__ import annotations

import pytest

from mapper.events.actors import (
    _ARMED_TARGET,
    _CIVIL_HIT_BY,
    _CIVIL_TARGET,
    _MET_OBJECT,
    civilian_target,
)
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-16"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

MET = [
    ("Jordan's foreign minister met Hamas officials in Amman on Monday to discuss the truce.",
     [("Amman", "Meeting/talks", "Jordanian government", "Hamas")]),
    ("Qatari mediators held talks with an M23 delegation in Doha on Sunday.",
     [("Doha", "Meeting/talks", "Qatari government", "M23")]),
    ("The Egyptian president meets Sudanese army chief in Cairo",
     [("Cairo", "Meeting/talks", "Egyptian government", "Sudanese forces")]),
    ("Ethiopia's prime minister held talks with Somali President Hassan Sheikh Mohamud in Mogadishu on "
     "Monday.",
     [("Mogadishu", "Meeting/talks", "Ethiopian government", "Somali government")]),
]


@pytest.mark.parametrize(("text", "want"), MET)
def test_the_object_of_a_meeting_verb_is_the_other_side(either: Pipeline, text: str,
                                                         want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR = [
    # bystanders met: no party, and no talks coded there (as before)
    ("Kenya's interior minister met residents in Mandera on Monday after the attack.", []),
    # a meeting only planned
    ("Iran's foreign minister will meet Saudi officials in Riyadh next week.", []),
    # both sides in the subject, as before
    ("Russian and Ukrainian delegations met in Istanbul on Monday.",
     [("Istanbul", "Meeting/talks", "Russian government", "Ukrainian government")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR)
def test_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_phrase_far_after_the_verb_is_no_party(either: Pipeline) -> None:
    text = ("Angola's president met the country's mediators in Luanda on Monday to discuss the latest "
            "offensive launched by M23 rebels.")
    assert [row[3] for row in coded(either, text) if row[1] == "Meeting/talks"] in ([], [None])


BANKS = [
    ("A suicide bomber blew himself up outside a bank in Ghazni on Monday as customers queued, killing six "
     "people, police said.", [("Ghazni", "Suicide bomb", "unidentified gunmen", "civilians")]),
    ("A Russian missile hit a petrol station in Kharkiv, killing two people.",
     [("Kharkiv", "Shelling/artillery/missile attack", "Russian forces", "civilians")]),
    ("A drone struck a railway station in Sloviansk on Monday, killing three people.",
     [("Slovyansk", "Air/drone strike", "Russian forces", "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), BANKS)
def test_a_strike_on_a_bank_or_station_with_a_toll_hits_civilians(either: Pipeline, text: str,
                                                                   want: list[tuple]) -> None:
    assert coded(either, text) == want


BANK_NEAR = [
    # the West Bank is no bank
    ("An Israeli airstrike killed three people in the West Bank town of Tubas on Monday.",
     [("Ţūbās", "Air/drone strike", "Israeli forces", None)]),
    # a river's banks are none
    ("A drone strike on the banks of the Nile near Omdurman killed four people.", None),
    # no toll
    ("A drone hit a bank in Kharkiv on Monday, the governor said.", None),
]


@pytest.mark.parametrize(("text", "want"), BANK_NEAR)
def test_banks_that_are_no_civilian_target(either: Pipeline, text: str, want: list[tuple] | None) -> None:
    rows = coded(either, text)
    if want is not None:
        assert rows == want
    assert all(row[3] != "civilians" for row in rows)


def test_armed_men_queuing_at_the_target_are_no_civilians() -> None:
    assert not civilian_target("A suicide bomber blew himself up outside a bank in Ghazni as soldiers queued "
                               "to collect their salaries, killing five people.")
    assert civilian_target("A suicide bomber blew himself up outside a bank in Ghazni as customers queued to "
                           "collect their salaries, killing five people.")


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "met " * 5 + "with the a b c ",
    "held a b talks with " * 3 + "x ",
    "meeting with held talks talks with " * 2,
    "meets a b c d e f ",
])
def test_the_new_pattern_is_linear(unit: str) -> None:
    assert pattern_cpu(_MET_OBJECT, hundred_kb(unit)) < 3.0


@pytest.mark.parametrize("unit", [
    "at a river bank banks of ",
    "hit the West Bank bank railway petrol gas ",
    "outside a b c banks station stations fuel ",
    "bank hit by bank was struck by ",
    "soldiers were troops had police officers lined ",
])
def test_the_civilian_nouns_stay_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_CIVIL_TARGET, _CIVIL_HIT_BY, _ARMED_TARGET):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_meetings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Qatari mediators met M23 negotiators in Doha on Monday. Jordan's foreign minister held talks "
            "with Hamas officials in Amman. Omani officials, Saudi envoys and Houthi leaders met Egyptian "
            "mediators. A bomb outside a bank in Ghazni killed six people; a missile hit a railway station "
            "in Sloviansk. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
