"""Session 48, helper actors61: the speaker of a statement who leads a first-level region (a state's governor,
a regional president, a province's chief minister), a class of the blind files' train actor1 misses (b24-068
"Speaking in Bahir Dar on Tuesday, Amhara regional president Arega Kebede urged ...", b37-074 "Borno Governor
Babagana Zulum, speaking to reporters in Maiduguri on Tuesday, said ...", b46-075 "Speaking in Peshawar on
Wednesday, Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur condemned ...": read as the national
government or no one) that training/events/wire60.jsonl carries. Every sentence is our own.

- coder._regional_leader (coder._REGION_LEADER_AFTER, _REGION_LEADER_BEFORE, _LEADER_SPEAKS,
  _STATE_WORD_AFTER), read by the coder for a Statement after the speaker and the titled surname: a
  mention the gazetteer placed as a first-level division (or a town named like its own division, "Sokoto
  governor, speaking in Sokoto") followed by "(State|state|regional|provincial)('s) (deputy|acting)
  Governor / Chief Minister / President / Premier", or after "Governor ... of (the)" ("Governor Umaru Bago
  of Niger State"), with a verb of speaking later in the clause, is the speaker: "<Region> state
  government" for a governor (or a "state" title), "<Region> regional government" for a regional
  president, else "<Region> government" (a province's chief minister). A governor of a division the
  gazetteer knows as "<name> Region" (coder._called_region: Cameroon's appointed governors, "North West
  Governor ...", "Far North governor ...") speaks for the state, as the corpus codes them (b25-059,
  b53-080): not read.
- actors.canonical keeps such a name (actors._REGION_GOVERNMENT_NAME, _region_words): one to three
  capitalised words, "state" or "regional", "government", none of the words a possessive or an acronym
  ("Congo's government", "CAR government"), a country, a nationality, a capital, a state's own word or a
  word of a government's kind ("Federal", "Transitional", "Unity"): those stay the country's government.
  A state named like a country before "state" ("Niger state government") is the state's.

Near misses that must not change: a country's minister or president ("Nigeria's interior minister, speaking
in Kano": the Nigerian government; "Somalia's president ... in Kismayo": the Somali government), a governor
named in a clause with no verb of speaking after him (a visit to come: no event), a governor named by his
name alone ("Governor X, speaking in Y": not read, the base's reading), the country's government named as
such ("the Federal Government", "the Nigerian government").
"""

from __future__ import annotations

import pytest

from mapper.events.actors import _REGION_GOVERNMENT_NAME, canonical
from mapper.events.coder import _LEADER_SPEAKS, _REGION_LEADER_AFTER, _REGION_LEADER_BEFORE, _STATE_WORD_AFTER
from mapper.model import Actor
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-08-15"  # a Friday

coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)

LEADERS = [
    ("Katsina Governor Dikko Radda, speaking in Katsina on Wednesday, said the state would pay vigilantes.",
     [("Katsina", "Statement", "Katsina state government")]),
    ("Speaking to reporters in Yenagoa on Thursday, Bayelsa State Governor Douye Diri said pipeline vandals "
     "would be prosecuted.",
     [("Yenagoa", "Statement", "Bayelsa state government")]),
    ("Ekiti's governor told a news conference in Ado-Ekiti on Tuesday that forest guards would be paid more.",
     [("Ado-Ekiti", "Statement", "Ekiti state government")]),
    ("Speaking in Gondar on Monday, Amhara regional president Arega Kebede said the roads had reopened.",
     [("Gonder", "Statement", "Amhara regional government")]),
    ("Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur, speaking in Bannu on Thursday, said police "
     "would be given new vehicles.",
     [("Bannu", "Statement", "Khyber Pakhtunkhwa government")]),
    ("Sonora Governor Alfonso Durazo, speaking in Hermosillo on Wednesday, announced more state police for "
     "the border towns.",
     [("Hermosillo", "Statement", "Sonora state government")]),
]


@pytest.mark.parametrize(("text", "want"), LEADERS)
def test_a_regions_leader_speaking_is_its_government(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR_MISSES = [
    # a country's minister or president is the national government's
    ("Nigeria's interior minister, speaking in Kano on Wednesday, said more police would be sent north.",
     [("Kano", "Statement", "Nigerian government")]),
    # an appointed governor of a division the gazetteer calls a Region: the state's
    ("Far North governor Midjiyawa Bakari told reporters in Maroua on Thursday that the roads were open.",
     [("Maroua", "Statement", "Cameroonian government")]),
    ("Somalia's president, speaking in Kismayo on Thursday, said the army would join the offensive.",
     [("Kismayo", "Statement", "Somali government")]),
    # a visit to come: no statement
    ("Katsina Governor Dikko Radda will visit the villages near Funtua on Saturday.", []),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_the_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize(("name", "want"), [
    ("Zamfara state government", "Zamfara state government"),
    ("Niger state government", "Niger state government"),
    ("Oromia regional government", "Oromia regional government"),
    ("Sindh government", "Sindh government"),
    # near misses: the country's own government
    ("Federal government", "Nigerian government"),
    ("Transitional government", "Nigerian government"),
    ("Nigerian government", "Nigerian government"),
    ("Nigeria government", "Nigerian government"),
    ("Abuja government", "Nigerian government"),
    ("Nigeria's government", "Nigerian government"),
    ("NG government", "Nigerian government"),
])
def test_canonical_keeps_a_regions_government(name: str, want: str) -> None:
    found = canonical(Actor(name, "NG"), True, "NG")
    assert found is not None and found.name == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    " State's deputy ",
    " regional Governor Chief ",
    "Governor a b c d e f g of of ",
    "x" * 119 + " ",
    "Abc Def Ghi Jkl state ",
    " state state State ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_REGION_LEADER_AFTER, _REGION_LEADER_BEFORE, _LEADER_SPEAKS, _STATE_WORD_AFTER,
                    _REGION_GOVERNMENT_NAME):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_governors_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Katsina Governor Dikko Radda, speaking in Katsina, said the state would pay vigilantes. "
            "Speaking in Gondar, Amhara regional president Arega Kebede said roads had reopened. Nigeria's "
            "interior minister, speaking in Kano, said police would be sent. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
