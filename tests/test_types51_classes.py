"""Arson told as an attack on vehicles, with no one hurt, is Looting/property destruction (session 43, branch
types51, gold file types50.jsonl).

Every sentence is our own. Class: an attack or ambush whose object is a convoy or vehicles of goods, told with
their burning and no one hurt ("ambushed a convoy of fuel tankers near X, setting 22 trucks ablaze"): the
guide's arson without injuries (triggers._ON_VEHICLES). Near misses that stay: a convoy of the army or one
escorted by soldiers, soldiers or drivers killed, and the burning told before an ambush of another report
("Troops torch houses in X; fighters ambush convoy near Y").

Class: arson told with the attack it came after ("Settlers torch homes and cars in X after shooting attack"):
the reason, not an act of its own (triggers._AFTER_CAUSE); not an attack told with its own verb ("after
fighters ambushed a column near Y").

Class (coder): in a wire story whose one placed act is such arson, a later claim ("JNIM said its fighters had
carried out the attack") is the arson's; a back-reference ("The attack was claimed by ...") joins it; an
unplaced fight told after it ("Soldiers escorting the convoy returned fire and several attackers were
killed") makes it that fight.
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

SD, LOOT = "Strategic developments", "Looting/property destruction"


@pytest.mark.parametrize(("text", "events"), [
    ("Gunmen attacked a convoy of cargo trucks near Gao on Tuesday, burning 25 lorries, drivers said.",
     [("Gao", SD, LOOT, None, "unidentified gunmen", None)]),
    ("Boko Haram fighters ambushed a convoy of commercial trucks near Monguno on Friday, setting a dozen "
     "vehicles on fire, a union official said.",
     [("Monguno", SD, LOOT, None, "Boko Haram", None)]),
    ("ELN guerrillas attacked a convoy of oil tankers near Tame on Sunday and set four of them alight.",
     [("Tame", SD, LOOT, None, "ELN", None)]),
    ("Settlers torch dozens of homes and cars in Turmus Ayya after stabbing attack",
     [("Turmus‘ayyā", SD, LOOT, None, "settlers", None)]),
    # near misses: an escorted convoy whose soldiers died, an army convoy, drivers killed
    ("Jihadists attacked a fuel convoy escorted by soldiers near Gao on Sunday, setting 25 tankers ablaze "
     "and killing four soldiers.",
     [("Gao", "Battles", "Armed clash", 4, "jihadists", "Malian forces")]),
    ("Jihadists ambushed an army convoy near Gao on Sunday, setting two armoured vehicles ablaze.",
     [("Gao", "Battles", "Armed clash", None, "jihadists", "Malian forces")]),
    ("Gunmen ambushed a convoy of trucks near Kaya on Friday, killing six drivers and setting the vehicles "
     "on fire, a transport union said.",
     [("Kaya", "Violence against civilians", "Attack", 6, "unidentified gunmen", "civilians")]),
])
def test_arson_of_vehicles(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


@pytest.mark.parametrize(("text", "subs"), [
    ("Gunmen attacked a convoy of cargo trucks near Gao on Tuesday, burning 25 lorries.", [LOOT]),
    ("Settlers torch homes and cars in Beita after shooting attack", [LOOT]),
    # near misses: the convoy escorted (a clash), the burning told before another report's ambush, an attack
    # after the burning told with its own verb and place
    ("Jihadists attacked a fuel convoy escorted by the army near Gao, setting 25 tankers ablaze.",
     ["Armed clash"]),
    # (a burning before a headline's ";" whose other part names its own place is a report of its own since
    # session 46, as the corpus codes this headline, h32-038: heads57)
    ("Troops torch houses in Ye-U; PDF fighters ambush convoy near Monywa", ["Armed clash", LOOT]),
    ("Troops torched 200 homes in villages on Sunday after resistance fighters ambushed a column near Kani.",
     ["Armed clash", LOOT]),
])
def test_at_clause_level(text: str, subs: list[str]) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text) if c.family in ("violence", "strategic")] == subs


def test_a_claim_after_the_arson_is_its(either: Pipeline) -> None:
    text = ("GAO, Mali (Reuters) - Gunmen attacked a convoy of fuel tankers near Ansongo on Sunday, burning "
            "at least 30 trucks, security sources said. The al Qaeda-linked JNIM said in a statement that "
            "its fighters had carried out the attack.")
    assert [(r[0], r[2], r[4]) for r in _events(either, text)] == [("Ansongo", LOOT, "JNIM")]


def test_a_back_reference_does_not_take_a_later_strike(either: Pipeline) -> None:
    text = ("Al Qaeda-linked militants attacked a convoy of fuel tankers near Ansongo on Sunday, setting "
            "dozens of trucks ablaze, officials said. The attack was claimed by JNIM. The army said on "
            "Monday that its aircraft had struck JNIM fighters near Menaka on Saturday.")
    assert [(r[0], r[2], r[4], r[5]) for r in _events(either, text)] == [
        ("Ansongo", LOOT, "JNIM", None), ("Ménaka", "Air/drone strike", "Malian forces", "JNIM")]


def test_an_unplaced_fight_after_the_arson_makes_it_a_clash(either: Pipeline) -> None:
    text = ("Fighters of JNIM attacked a convoy of fuel tankers near Ansongo on Sunday, setting about 40 "
            "trucks ablaze, security sources said. Soldiers escorting the convoy returned fire and several "
            "attackers were killed, the army said.")
    assert [(r[0], r[2], r[4]) for r in _events(either, text)] == [("Ansongo", "Armed clash", "JNIM")]


UNITS = ["attacked a convoy of trucks setting ablaze ", "ambushed the fuel tanker convoy escorted ",
         "torch homes after attack after shooting attack ", "attack attack convoy convoy set on fire "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_rule_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0
    assert clauses_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize("pattern", [triggers._ON_VEHICLES, triggers._AFTER_CAUSE, triggers._CAUSE_NOUN])
@pytest.mark.parametrize("unit", ["attacked ", "attacked a ", "ambush the fuel ", "a" * 29 + " ", "after ",
                                  "convoy escorted "])
def test_the_new_patterns_on_100_kb_are_fast(pattern: re.Pattern[str], unit: str) -> None:
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0
