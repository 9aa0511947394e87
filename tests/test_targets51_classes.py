"""Session 43, helper targets51: actor2, the side that was hit, for the classes of the blind files' train
misses that training/events/actors50.jsonl carries. Every sentence is our own.

- a people's, sect's or tribe's gunmen ("Druze gunmen", "Alawite gunmen", "Bedouin tribal gunmen", "Serb
  gunmen") keep that name, as the corpus codes them, not "unidentified gunmen"; the near misses: bare
  gunmen stay unidentified, a nation's gunmen keep the nation's adjective;
- a group's militia after its name is the group's phrase ("Fano militia, army clash in X": the comma pairs
  the two sides, Fano first);
- bystanders who "say" after a headline's act, or do something else "as" a fight happens ("..., residents
  say", "X and Y clash ... as residents flee"), are no side hit: the second side of the fight is; the near
  misses: a side that says ("Pakistani airstrikes hit Kabul, Taliban say") stays the side hit, and residents
  who flee an arson are the civilians hit;
- "volunteers for the defence of the homeland" written in lower case are the VDP;
- a party's activists arrested ("Police arrest 14 CNL activists") are the party; the near misses: its
  supporters who rally, and protesters arrested, stay protesters.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _AFTER_GROUP, _AS_BEFORE, _SAY_AFTER
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import pattern_cpu

CLASH = ("Battles", "Armed clash")


coded = reader_of("site", "type", "sub_type", "actor1", "actor2", published="2025-09-17")


# -- a people's or sect's gunmen -------------------------------------------------------------------------

COMMUNITIES = [
    ("Clashes between government forces and Alawite gunmen near Baniyas killed seven people on Sunday, a "
     "war monitor said.",
     [("Bāniyās", *CLASH, "Syrian forces", "Alawite gunmen")]),
    ("Bedouin tribal gunmen attacked Druze fighters near Shahba on Sunday.",
     [("Shahbā", *CLASH, "Bedouin tribal gunmen", "Druze fighters")]),
    ("Syrian troops and Druze gunmen clash near Salkhad, monitor says",
     [("Şalkhad", *CLASH, "Syrian forces", "Druze gunmen")]),
]

COMMUNITY_NEAR_MISSES = [
    # bare gunmen are unidentified; a nation's gunmen keep its adjective
    ("Gunmen killed two soldiers near Ataq on Saturday.",
     [("Ataq", *CLASH, "unidentified gunmen", "Yemeni forces")]),
    ("Palestinian gunmen opened fire on troops near Jenin on Monday.",
     [("Janīn", *CLASH, "Palestinian gunmen", "Israeli forces")]),
]


@pytest.mark.parametrize(("text", "want"), COMMUNITIES + COMMUNITY_NEAR_MISSES)
def test_a_communitys_gunmen_keep_its_name(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- two sides of a fight and the bystanders told after it ---------------------------------------------------

SIDES = [
    ("Fano militia, federal troops clash in Kobo, residents say",
     [("Kobo", *CLASH, "Fano militia", "Ethiopian forces")]),
    ("Fano militia and army clash near Debre Tabor, witnesses say",
     [("Debre Tabor", *CLASH, "Fano militia", "Ethiopian forces")]),
    ("M23 rebels and Congolese troops clash near Sake as residents flee",
     [("Sake", *CLASH, "M23", "Congolese forces")]),
]

SIDES_NEAR_MISSES = [
    # the side that says is the side hit
    ("Pakistani airstrikes hit Khost, Taliban say",
     [("Khōst", "Explosions/Remote violence", "Air/drone strike", "Pakistani forces", "Taliban")]),
    # the villagers the toll counts are still the civilians hit
    ("Gunmen kill five villagers in Zamfara, residents say",
     [("Zamfara", "Violence against civilians", "Attack", "unidentified gunmen", "civilians")]),
    # no fight: the residents who flee the arson are the civilians hit
    ("Gangs torch homes in Croix-des-Bouquets as residents flee",
     [("Croix-des-Bouquets", "Strategic developments", "Looting/property destruction", "gangs",
       "civilians")]),
]


@pytest.mark.parametrize(("text", "want"), SIDES + SIDES_NEAR_MISSES)
def test_bystanders_after_the_act_are_no_side(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- the VDP in lower case -------------------------------------------------------------------------------

def test_volunteers_for_the_defence_of_the_homeland_are_the_vdp(either: Pipeline) -> None:
    text = ("Jihadists killed nine volunteers for the defence of the homeland in Titao on Sunday, security "
            "sources said.")
    assert coded(either, text) == [("Titao", *CLASH, "jihadists", "VDP")]


def test_bare_volunteers_stay_civilians(either: Pipeline) -> None:
    text = "Jihadists killed nine volunteers in Titao on Sunday, security sources said."
    assert [e[3:] for e in coded(either, text)] == [("jihadists", "civilians")]


# -- 100 KB: the new patterns are linear --------------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "text"), [
    (_SAY_AFTER, " " * 100_000),
    (_SAY_AFTER, "say " * 25_000),
    (_AS_BEFORE, "as " * 34_000),
    (_AS_BEFORE, "as the " * 15_000),
    (_AFTER_GROUP, " militia" * 12_500),
    (_AFTER_GROUP, "-led militia" * 8_500),
], ids=["spaces", "says", "as", "as-the", "militia", "led-militia"])
def test_the_new_patterns_on_100_kb_are_fast(pattern, text: str) -> None:  # noqa: ANN001
    assert len(text) >= 100_000
    assert pattern_cpu(pattern, text) < 3.0


# -- a party's activists arrested -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Police in Mombasa arrested 12 ODM opposition activists on Saturday ahead of a planned rally.",
     [("Mombasa", "Strategic developments", "Arrests", "police", "ODM")]),
    ("Lahore: police arrest 20 PTI activists ahead of rally",
     [("Lahore", "Strategic developments", "Arrests", "police", "PTI")]),
    # near misses: a party's supporters who rally are protesters; protesters arrested stay protesters
    ("PTI supporters rally in Lahore",
     [("Lahore", "Protests", "Peaceful protest", "protesters", None)]),
    ("Police arrested 30 protesters in Lahore on Sunday.",
     [("Lahore", "Protests", "Protest with intervention", "protesters", "police")]),
])
def test_a_partys_activists_arrested_are_the_party(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_the_party_pattern_on_100_kb_is_fast() -> None:
    from mapper.events.actors import _PARTY_MEMBERS
    for text in ("ABC " * 25_000, "ABC opposition " * 7_000, "A" * 100_000):
        assert pattern_cpu(_PARTY_MEMBERS, text) < 3.0
