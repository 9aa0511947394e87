"""Session 49 round 2, helper heads63: classes of the blind files' train misses in headlines and single
sentences (b63-018 "Pakistani jets strike Kabul, Paktika as border tensions flare": Paktika, a province of
elsewhere named after a town in a list of sites, read as a frame of the town and dropped) that
training/events/headlines62.jsonl carries. Every sentence is our own.

- coder._province_listed_after_town (in Coder._other_sites): a province named as the next name of a list of
  sites (", " / " and " / ", and ") right after a town the clause is coded at, when it neither holds nor lies
  in a chosen site (the gazetteer's admin1 codes differ; same country), is a site of its own ("Israeli jets
  strike Tyre, Akkar", "struck Khost, Nangarhar and Kunar"): it had been dropped as a province beside a town.
  Near misses that must not change: a province named as such after its own town ("Gunmen kill 6 in Kuriga,
  Kaduna state", "in Kachia, Kaduna": the town only), a province's possessive ("Gusau, Zamfara's capital"),
  a list in two countries ("Qamishli, Nineveh": not read).
- roles._COUNTRY_FRAME (_BORDER_CLAUSE_OPENERS): a word that opens another clause ("as", "after", "amid",
  "while" ...) before "border" is not the frame's border ("Kunar as border clashes widen" names no border of
  Kunar, which stays a site); "on Kunar border", "near Uganda border" still frame.
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _PROVINCE_FRAMED_AFTER
from mapper.events.roles import _COUNTRY_FRAME
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-10"  # a Wednesday

coded = reader_of("site", "sub_type", published=PUBLISHED)


# -- a province of elsewhere listed after a town -------------------------------------------------------------

LISTED = [
    ("Israeli jets strike Tyre, Akkar after rocket fire",
     [("Tyre", "Air/drone strike"), ("‘Akkār", "Air/drone strike")]),
    ("Pakistani jets struck Khost, Nangarhar and Kunar on Tuesday, Taliban officials said.",
     [("Khōst", "Air/drone strike"), ("Nangarhār", "Air/drone strike"), ("Kunaṟ", "Air/drone strike")]),
    ("RSF shells El Obeid, South Kordofan as fighting spreads",
     [("El Obeid", "Shelling/artillery/missile attack"),
      ("South Kordofan", "Shelling/artillery/missile attack")]),
]


@pytest.mark.parametrize(("text", "want"), LISTED)
def test_a_province_listed_after_a_town_of_another_is_a_site(either: Pipeline, text: str,
                                                             want: list[tuple]) -> None:
    assert coded(either, text) == want


FRAMED = [
    ("Gunmen kill 6 in Kuriga, Kaduna state", [("Kuriga", "Attack")]),
    ("Gunmen kill 6 in Kachia, Kaduna", [("Kachia", "Attack")]),
    ("Bandits attack Gusau, Zamfara's capital", [("Gusau", "Armed clash")]),
    ("Turkish drones strike Qamishli, Nineveh as PKK talks stall", [("Al Qāmishlī", "Air/drone strike")]),
]


@pytest.mark.parametrize(("text", "want"), FRAMED)
def test_a_province_that_frames_its_town_is_no_second_site(either: Pipeline, text: str,
                                                           want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- a clause's conjunction before "border" ----------------------------------------------------------------

def test_a_clause_opener_before_border_is_no_frame(either: Pipeline) -> None:
    text = "Israeli jets strike Tyre, Akkar as border clashes widen"
    assert coded(either, text) == [("Tyre", "Air/drone strike"), ("‘Akkār", "Air/drone strike")]
    assert roles_of(either, text)[-1] == ("Akkar", "event_site")


@pytest.mark.parametrize(("text", "name"), [("Troops clash with Taliban fighters on Kunar border", "Kunar"),
                                            ("Rebels seize Congo's Bunagana near Uganda border", "Uganda")])
def test_a_named_border_still_frames(either: Pipeline, text: str, name: str) -> None:
    assert dict(roles_of(either, text))[name] == "context"


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    " as as border" * 3,
    " and Kunar and Kunar's province" * 2,
    "Kunar   " * 5 + "region ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_COUNTRY_FRAME, _PROVINCE_FRAMED_AFTER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_listed_provinces_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Israeli jets strike Tyre, Akkar as border clashes widen. Pakistani jets struck Khost, Nangarhar "
            "and Kunar on Tuesday. Gunmen kill 6 in Kuriga, Kaduna state. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
