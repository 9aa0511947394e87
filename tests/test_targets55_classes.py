"""Session 45, helper targets55: actor2, the side an act hit, for the classes of the blind files' train actor2
misses that training/events/actors54.jsonl carries. Every sentence is our own.

- a prison stormed with its inmates freed or escaped ("Gunmen storm Kabala prison, free dozens of inmates",
  "freeing about 300 inmates from its prison", "hundreds of inmates escaped"): the freed inmates are no side
  of the fight; the side hit is the prison's guards, police (actors.prison_guards, read in the coder for
  Battles events whose actor2 is none or the prisoners); near misses: a swap of prisoners at talks, a fight
  between inmates inside a prison (no one freed), and an attack on civilians while inmates were freed (the
  type names its victims: civilians).

Not tuned (gold questions, see the guide's row): settlers' arson of homes and cars (the corpus codes actor2
"civilians" 62 times and none 32 times for the same phrasing); a stormed prison's guards as the state's forces
("Nigerian forces", "Haitian forces") rather than police.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _FREED_INMATES, _PRISON_WORD, prison_guards
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-17"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


STORMED = [
    ("Gunmen storm Kabala prison, free dozens of inmates",
     [("Kabala", "Armed clash", "unidentified gunmen", "police")]),
    ("Gang members attacked the town of Jacmel overnight, freeing about 300 inmates from its prison, "
     "officials said.",
     [("Jacmel", "Armed clash", "gangs", "police")]),
    ("Al-Shabaab fighters stormed the central prison in Kismayo on Tuesday and hundreds of inmates escaped, "
     "officials said.",
     [("Kismayo", "Armed clash", "al-Shabaab", "police")]),
    ("Jihadists attacked the prison in Koutiala on Monday, fighting guards for an hour before freeing 120 "
     "prisoners, officials said.",
     [("Koutiala", "Armed clash", "jihadists", "police")]),
]


@pytest.mark.parametrize(("text", "want"), STORMED)
def test_a_stormed_prisons_side_hit_is_its_guards(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR = [
    # inmates fighting inside a prison: no one freed, the other gang is the side (unchanged)
    ("Rival gangs clashed inside the prison in Esmeraldas on Tuesday, leaving six inmates dead, "
     "officials said.",
     [("Esmeraldas", "Armed clash", "gangs", "gangs")]),
    # inmates killed, not freed: an attack on civilians
    ("Gunmen stormed a prison in Kaduna on Monday, killing four inmates, police said.",
     [("Kaduna", "Attack", "unidentified gunmen", "civilians")]),
    # an attack on residents that also freed inmates: the type names its victims
    ("Gang members attacked Jacmel on Monday, killing 12 residents and freeing inmates from the prison, "
     "officials said.",
     [("Jacmel", "Attack", "gangs", "civilians")]),
    # a swap of prisoners is no fight
    ("Russia and Ukraine freed 150 prisoners each in an exchange in Istanbul on Tuesday.", []),
]


@pytest.mark.parametrize(("text", "want"), NEAR)
def test_near_misses_keep_their_side(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("told", "want"), [
    ("Gangs storm Saint-Marc prison, free hundreds of inmates", "police"),
    ("gunmen raided the jail and 40 prisoners have escaped", "police"),
    ("freed three hostages in exchange for 90 prisoners", None),  # no prison named
    ("stormed the prison, killing five inmates", None),  # no one freed
    ("clashes near the prison road freed the convoy", None),
])
def test_prison_guards_reads_a_prison_and_its_freed_inmates(told: str, want: str | None) -> None:
    got = prison_guards(told, "HT")
    assert (got.name if got else None) == want
    if got is not None:
        assert got.inferred


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "freeing a b c d e ",
    "free " * 5 + "inmates ",
    "inmates were have escape ",
    "prisoners had " * 3,
    "jails, prisons ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_FREED_INMATES, _PRISON_WORD):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_stormed_prisons_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Gunmen storm Kabala prison, free dozens of inmates. Al-Shabaab fighters stormed the central "
            "prison in Kismayo on Tuesday and hundreds of inmates escaped. Rival gangs clashed inside the "
            "prison in Esmeraldas, leaving six inmates dead. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
