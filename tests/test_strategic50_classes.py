"""Strategic developments told beside violence (session 42, branch strategic50, gold file strategic48.jsonl).

Every sentence is our own. Classes:

- people held set free are a release (Strategic developments / Other): "troops free 20 hostages", "released a
  kidnapped engineer", "Two of the captives, both teachers, were freed"; near misses: a swap under a truce
  ("freed three hostages in exchange for 90 prisoners"), a release called for, a statement released;
- buildings of a village burned in a raid told on its own are arson (Looting/property destruction): a
  chapel, huts, a clinic or a health centre, vehicles set alight; near misses: the burning told in the raid
  that killed is the attack's, and a farmer's "burned the granaries" in quotes names no act of its own.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, trigger_scan_cpu, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events


@pytest.mark.parametrize(("text", "events"), [
    # releases of people held
    ("Soldiers freed 14 hostages in a forest near Kankara on Saturday, the army said.",
     [("Kankara", "Strategic developments", "Other", None, "Nigerian forces", None)]),
    ("Militants released a kidnapped engineer near Tank on Thursday after a week in captivity.",
     [("Tank", "Strategic developments", "Other", None, "militants", None)]),
    ("Six of the captives, all of them traders, were released on Monday in Bamenda.",
     [("Bamenda", "Strategic developments", "Other", None, None, None)]),
    # arson told on its own: a chapel, huts, a health centre; vehicles set alight
    ("Insurgents burned a chapel and about 20 homes in Mueda district on Monday, a monitor said.",
     [("Mueda", "Strategic developments", "Looting/property destruction", None, "insurgents", None)]),
    ("Separatist fighters burned a health centre in Ndop on Tuesday, residents said.",
     [("Ndop", "Strategic developments", "Looting/property destruction", None, "separatists", None)]),
    ("Gunmen set several buses alight in Uruapan on Sunday, officials said. No one was hurt.",
     [("Uruapan", "Strategic developments", "Looting/property destruction", 0, "unidentified gunmen",
       None)]),
])
def test_strategic_classes(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "subs"), [
    ("troops free 20 hostages in the forest.", ["Other"]),
    ("gunmen free 15 abducted pupils.", ["Other"]),
    ("militants released a kidnapped engineer.", ["Other"]),
    ("two of the captives, both teachers, were freed hours later.", ["Other"]),
    ("insurgents burned a chapel and 30 houses.", ["Looting/property destruction"]),
    ("gunmen burned huts and a clinic.", ["Looting/property destruction"]),
    ("gunmen set vehicles alight at intersections.", ["Looting/property destruction"]),
    # near misses: a swap under a truce, a release called for or a statement released, arson in the raid
    ("hamas freed three hostages on sunday in exchange for 90 palestinian prisoners.", []),
    ("relatives called for the release of the hostages.", []),
    ("the army released a statement on the hostages.", ["Abduction/forced disappearance"]),
    ("boko haram fighters killed 11 farmers and burned a chapel in the raid.", ["Attack"]),
])
def test_at_clause_level(text: str, subs: list[str]) -> None:
    # (the political clauses, "called for", are another rule's)
    assert [c.sub_event_type for c in triggers.clauses(text) if c.family != "political"] == subs


def test_a_swap_under_a_truce_is_no_release(either: Pipeline) -> None:
    assert _events(either, "Hamas freed three hostages in Khan Younis on Sunday in exchange for 90 "
                           "Palestinian prisoners.") == []


UNITS = ["troops freed hostages released kidnapped free abducted ",
         "captives, a b c d, were freed captives were released hostages were ",
         "freed a b c hostages in a b c d in exchange for ",
         "burned a chapel burned huts burned health centre set cars alight set alight burned "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_triggers_on_100_kb_are_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
