"""Session 43, helper tolls51: tolls for the classes of the train misses that training/events/tolls50.jsonl
carries. Every sentence is our own.

- a subject with a short phrase on its people before its verb ("At least six passengers travelling to the
  market were killed", "Three people queuing inside the bakery were killed", "two people inside the car
  were killed"): the phrase opens with a participle or a word of `casualties._CLAUSE_OPENERS`, as "who" did;
  the near miss: a figure inside the phrase ("Two men in the convoy that was hit by three drones") reads
  nothing, and "the gunmen who killed two soldiers" still counts the soldiers;
- a headline's nominal toll with a figure ("claims killing of seven fishermen", "claim beheading of two
  loggers"), `casualties._NOMINAL_KILL`; the near misses: no figure ("condemns killing of journalist") and an
  earlier act after an article or preposition ("after the killing of a militia commander", "in retaliation
  for the killing of three of their fighters").
"""

from __future__ import annotations

import time

import pytest

from mapper.events import casualties as cas
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of

coded = reader_of("site", "date_text", "fatalities", published="2025-10-17")


# -- a subject's phrase before its verb ----------------------------------------------------------------------

PHRASED_SUBJECTS = [
    ("MOGADISHU (Reuters) - A roadside bomb hit a minibus near Afgoye on Thursday, police said. At least six "
     "passengers travelling to the market were killed, a witness told Reuters.",
     [("Afgooye", "2025-10-16", 6)]),
    ("KHARTOUM (AFP) - A drone struck a bakery in Omdurman on Friday, residents said. Three people queuing "
     "inside the bakery were killed, a medic said.",
     [("Omdurman", "2025-10-17", 3)]),
]


@pytest.mark.parametrize(("text", "want"), PHRASED_SUBJECTS)
def test_toll_of_a_phrased_subject(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


SUBJECT_READINGS = [
    ("At least six passengers travelling to the market were killed, a witness said.", (6, None)),
    ("Two people inside the car were killed, the ministry said.", (2, None)),
    ("Four miners trapped underground were killed.", (4, None)),
    ("Eleven civilians sheltering there had died, a monk said.", (11, None)),
    # unchanged: "who" and a short clause
    ("Two men who tried to resist were shot dead.", (2, None)),
]


@pytest.mark.parametrize(("text", "want"), SUBJECT_READINGS)
def test_casualties_reads_a_phrased_subject(text: str, want: tuple) -> None:
    assert cas.casualties(text) == want


def test_phrase_with_a_figure_is_no_subject() -> None:
    # a figure inside the phrase: the people killed are not clear (nothing read, as before)
    assert cas.reports("Two men in the convoy that was hit by three drones were killed.") == []
    # the killed after "who killed" are still the soldiers, not the gunmen
    assert [r.value for r in cas.reports("The gunmen who killed two soldiers were arrested.")] == [2]


# -- a headline's nominal toll -------------------------------------------------------------------------------

NOMINAL = [
    ("Islamic State claims killing of seven fishermen near Palma", [("Palma", "2025-10-17", 7)]),
    ("Rebels claim beheading of two loggers near Beni", [("Beni", "2025-10-17", 2)]),
]


@pytest.mark.parametrize(("text", "want"), NOMINAL)
def test_headline_nominal_toll(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NOMINAL_NEAR_MISSES = [
    "Rights group condemns killing of journalist in Kismayo",  # no figure
    "Gunmen clashed in Zawiya on Monday after the killing of a militia commander.",  # an earlier act
    "Houthi forces shelled Taiz on Monday in retaliation for the killing of three of their fighters.",
    "Hezbollah vowed to respond to the killing of its commander in Beirut.",
]


@pytest.mark.parametrize("text", NOMINAL_NEAR_MISSES)
def test_nominal_near_misses_read_no_toll(text: str) -> None:
    assert cas.reports(text) == []


def test_earlier_killing_keeps_the_acts_own_toll(either: Pipeline) -> None:
    text = ("TRIPOLI (Reuters) - Gunmen clashed in Zawiya on Monday after the killing of a militia "
            "commander, leaving four fighters dead, residents said.")
    assert coded(either, text) == [("Zawiya", "2025-10-13", 4)]


# -- one person and a relative: more persons' nouns (casualties.PERSONS) -------------------------------------

PERSON_AND_RELATIVE = [
    ("Gunmen killed a schoolteacher and her husband in Saravena on Friday, officials said.", (2, None)),
    ("Militants shot dead a deputy commissioner and his driver near Tank on Monday.", (2, None)),
    ("Dissidents killed a former peace signatory and his son on Sunday.", (2, None)),
    ("Gunmen shot dead a tribal sheikh near Tarmiyah on Saturday.", (1, None)),
]


@pytest.mark.parametrize(("text", "want"), PERSON_AND_RELATIVE)
def test_person_and_relative(text: str, want: tuple) -> None:
    assert cas.casualties(text) == want


def test_person_and_relative_in_a_story(either: Pipeline) -> None:
    text = ("BOGOTA (AFP) - ELN guerrillas killed a schoolteacher and her husband in the rural area of "
            "Saravena on Friday, the ombudsman's office said.")
    assert coded(either, text) == [("Saravena", "2025-10-17", 2)]


def test_headman_not_read() -> None:
    # (dropped: a headman shot in another district joined a sentence's first act, l14-002)
    assert "headman" not in cas.PERSONS


# -- 100 KB: the readers stay linear -------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "five people waiting at a tea shop near the road ",  # openers with no verb of being after them
    "five people waiting at a shop were killed ",
    "claims killing of six villagers near ",  # nominal heads, each a figure
    "the killing of of killing of at at in in ",
])
def test_readers_linear(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    start = time.process_time()
    cas.reports(text)
    assert time.process_time() - start < 3.0
