"""Type and sub-type classes of session 44 (branch types53, gold file types52.jsonl).

Every sentence is our own. Class: a place attacked in the passive with its doer named after a day or a time
("A market in X was attacked on Tuesday by JNIM fighters who killed nine traders"): the agent after "by" is
who acted, not the side hit (triggers._AGENT_AFTER_TIME), so the victims the sentence names type the act.
Near miss that stays: the same passive whose relative clause kills soldiers or gendarmes (a clash).

Class: victims named by their faith ("killed five Christians", "shot dead two Sikhs") are civilians
(triggers._CIVILIANS, casualties._CIVILIAN_NOUNS); a group named by its faith in the singular ("a Christian
militia") is not read as victims.

Class: an air striker's claim told with "said it had targeted" or "said it carried out a strike" is an
Air/drone strike, as "said it struck" already was (triggers._AIR_STRUCK); not Russia's claim (shelling by the
guide) nor a striker outside the table.

Class: a state's forces killing a figure of a named group's members ("killed seven members of the ELN",
"killed two ELN members"): an armed side, a battle with that group (triggers._COUNTED_MEMBERS,
_group_members); not members of a family or of a community (no group of the actor table).
"""

from __future__ import annotations

import re

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import (
    GROWTH,
    clauses_cpu,
    hundred_kb,
    pattern_cpu,
    trigger_scan_cpu,
    trigger_scan_growth,
)
from tests.test_phantom44_classes import Row, _events

VAC, BAT, ERV = "Violence against civilians", "Battles", "Explosions/Remote violence"
AIR = "Air/drone strike"


@pytest.mark.parametrize(("text", "events"), [
    ("A funeral in Kaya was attacked on Sunday afternoon by jihadist fighters who killed 13 mourners, "
     "a local official said.",
     [("Kaya", VAC, "Attack", 13, "jihadists", "civilians")]),
    ("A cattle market near Gao was attacked late on Friday by Islamic State Sahel fighters who killed "
     "eight herders.",
     [("Gao", VAC, "Attack", 8, "Islamic State Sahel", "civilians")]),
    # near miss: the relative clause kills soldiers, a battle
    ("An army post near Gao was attacked late on Friday by Islamic State Sahel fighters who killed "
     "eight soldiers.",
     [("Gao", BAT, "Armed clash", 8, "Islamic State Sahel", "Malian forces")]),
])
def test_a_passive_attack_by_fighters_is_typed_by_its_victims(unfiltered: Pipeline, text: str,
                                                              events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "sub"), [
    ("a school in kaya was attacked on sunday by fighters who killed 13 pupils.", "Attack"),
    ("a school in kaya was attacked overnight by fighters who killed 13 pupils.", "Attack"),
    ("a barracks in kaya was attacked on sunday by fighters who killed 13 soldiers.", "Armed clash"),
    # near miss: an object between the verb and "by" is read as before (not a time word)
    ("fighters attacked army posts by night near kaya, killing 13 pupils.", "Armed clash"),
])
def test_at_clause_level(text: str, sub: str) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text) if c.family == "violence"] == [sub]


@pytest.mark.parametrize(("text", "events"), [
    ("Gunmen killed four Christians in an attack near Jos on Sunday, police said.",
     [("Jos", VAC, "Attack", 4, "unidentified gunmen", "civilians")]),
    ("Gunmen shot dead three Hindus at a market in Anantnag on Monday, police said.",
     [("Anantnag", VAC, "Attack", 3, "unidentified gunmen", "civilians")]),
])
def test_victims_named_by_their_faith_are_civilians(unfiltered: Pipeline, text: str,
                                                    events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


def test_a_faith_in_the_singular_is_no_victim() -> None:
    # "a Christian militia" names the doers, not the victims: the soldiers killed type it
    text = "christian militia fighters attacked an army post near bangui, killing four soldiers."
    assert [c.sub_event_type for c in triggers.clauses(text) if c.family == "violence"] == ["Armed clash"]


@pytest.mark.parametrize(("text", "events"), [
    ("The Israeli military said it had targeted a Hezbollah commander in Nabatieh on Tuesday.",
     [("Nabatîyé et Tahta", ERV, AIR, None, "Israeli forces", "Hezbollah")]),
    ("AFRICOM said it carried out a strike against al-Shabaab fighters near Jilib on Monday.",
     [("Jilib", ERV, AIR, None, "US forces", "al-Shabaab")]),
])
def test_an_air_strikers_claim_is_an_air_strike(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "sub"), [
    ("the israeli military said it had targeted hezbollah operatives near khiam.", AIR),
    ("us forces said they carried out two strikes on islamic state fighters near bosaso.", AIR),
    # near misses: a striker outside the table, and a claim of something else than a strike
    ("the pakistani army said it had targeted militants near bannu, killing five.", "Armed clash"),
])
def test_claims_at_clause_level(text: str, sub: str) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text) if c.family == "violence"][:1] == [sub]


def test_the_claim_alone_is_no_event(either: Pipeline) -> None:
    # a threat told with the same striker is still no event
    assert _events(either, "The Israeli military said it would target Hezbollah sites in Tyre if rockets "
                           "were fired again.") == []


@pytest.mark.parametrize(("text", "events"), [
    ("Nigerien troops killed 14 members of Boko Haram in a raid near Diffa on Tuesday, the army said.",
     [("Diffa", BAT, "Armed clash", 14, "Nigerien forces", "Boko Haram")]),
    ("Pakistani soldiers killed five TTP members near Tank on Sunday, the military said.",
     [("Tank", BAT, "Armed clash", 5, "Pakistani forces", "TTP")]),
    # near miss: members of a family are civilians
    ("Soldiers killed seven members of one family near Diffa on Tuesday, residents said.",
     [("Diffa", VAC, "Attack", 7, "Nigerien forces", "civilians")]),
])
def test_members_of_a_named_group_are_an_armed_side(unfiltered: Pipeline, text: str,
                                                    events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("after", "members"), [
    (" seven members of the eln in a raid", True), (" two eln members who fired", True),
    (" at least 12 suspected members of al-shabaab near", True), (" five members of the same family", False),
    (" nine members of a community militia", False), (" three people", False),
])
def test_group_members(after: str, members: bool) -> None:
    assert triggers._group_members(after) is members


UNITS = ["was attacked on sunday night by fighters who ", "on on on on on by ", "christians sikhs hindus ",
         "israeli military said it had targeted ", "us military said it carried out a strike ",
         "said it carried out said it targeted ", "killed seven members of the eln killed two ttp members "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_rules_on_100_kb_are_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0
    assert clauses_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("pattern", [triggers._AGENT_AFTER_TIME, triggers._COUNTED_MEMBERS])
@pytest.mark.parametrize("unit", [" on", " on late", " by", " overnight on the ", " " + "a" * 29, " sunday",
                                  " seven members of the", " 12 eln", " two " + "a" * 29])
def test_the_new_pattern_on_100_kb_is_fast(pattern: re.Pattern[str], unit: str) -> None:
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0
