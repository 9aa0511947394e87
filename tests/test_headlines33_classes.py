"""Classes of one-line headlines found in session 27 (headlines32.jsonl: monitors', wires' and Telegram
channels' one-liners). A headline's second clause after "as" or "while" with no comma, a subject and a
present-tense verb of its own and no trigger ("Gunmen kill 4 in Bokkos as farmers return to Mangu") tells
what others did meanwhile: its place is no site (a clause with a trigger of its own still is one). A
province's possessed name the gazetteer lacks, as a one-line text's topic ("Zamfara's Yar Tasha: bandits
kill 9 farmers"), is coded at the province (ACLED's convention for unknown places, precision 2), as the
same name after the act already was ("Gunmen kill 7 in Zamfara's Yar Tasha"); a hyphenated possessed
name ("Ituri's Nyali-Kilo") is a part like any other. Every sentence is our own; each test names the
exact place (the gazetteer's name), the sub-type, the fatalities and actor1.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

Row = tuple[str, str, int | None, str | None]
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def rows_of(pipeline: Pipeline, text: str) -> list[Row]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return sorted((e.location.name, e.sub_event_type, e.fatalities, e.actor1.name if e.actor1 else None)
                  for e in doc.events)


@pytest.mark.parametrize(("text", "rows"), [
    ("Gunmen kill 4 in Bokkos as farmers return to Mangu",
     [("Bokkos", "Attack", 4, "unidentified gunmen")]),
    ("Al-Shabaab mortars hit Baidoa as students sit exams in Kismayo",
     [("Baidoa", SHELL, None, "al-Shabaab")]),
    ("Drone strike kills 3 in Kherson as residents queue for water in Mykolaiv",
     [("Kherson", AIR, 3, "Russian forces")]),  # (the occupier's strike, inferred: session 33)
    ("Separatist fighters kill 2 in Batibo as markets reopen in Bamenda",
     [("Batibo", "Attack", 2, "separatists")]),
])
def test_a_headlines_as_clause_without_an_act_places_no_event(pipeline: Pipeline, text: str,
                                                               rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize(("text", "places"), [
    # Controls: the "as" clause has a trigger of its own (a second event), or "as" is no conjunction.
    ("Kramatorsk shelled as Russian drones hit Sloviansk", ["Kramatorsk", "Slovyansk"]),
    ("Drones hit Kursk region's Lgov as talks open in Riyadh", ["L’gov", "Riyadh"]),
    ("Gunmen disguised as soldiers kill 6 in Bokkos", ["Bokkos"]),
])
def test_a_headlines_as_clause_with_an_act_keeps_its_site(pipeline: Pipeline, text: str,
                                                          places: list[str]) -> None:
    assert sorted(r[0] for r in rows_of(pipeline, text)) == places


@pytest.mark.parametrize(("text", "rows"), [
    ("Zamfara's Yar Tasha: bandits kill 9 farmers", [("Zamfara", "Attack", 9, "bandits")]),
    ("Plateau's Dong Kwall: gunmen kill 6", [("Plateau", "Attack", 6, "unidentified gunmen")]),
    ("Ituri's Nyali-Kilo: CODECO militiamen kill 5 displaced people", [("Ituri", "Attack", 5, "CODECO")]),
    # Controls: the same unknown names after the act (the rule before this session already read them).
    ("Gunmen kill 7 in Zamfara's Yar Tasha", [("Zamfara", "Attack", 7, "unidentified gunmen")]),
    ("Bandits kill 3 in Zamfara's Yar-Gamji", [("Zamfara", "Attack", 3, "bandits")]),
])
def test_a_provinces_unknown_part_as_topic_is_coded_at_the_province(pipeline: Pipeline, text: str,
                                                                    rows: list[Row]) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    assert rows_of(pipeline, text) == rows
    assert [e.geo_precision for e in doc.events] == [2]


@pytest.mark.parametrize(("text", "places"), [
    # Controls: a known part is the site; a title after the possessive is no place; no act, no event.
    ("Borno's Konduga: suicide bomber kills 4", ["Konduga"]),
    ("Borno's Governor Zulum: attack in Konduga kills 4", ["Konduga"]),
    ("Zamfara's Yar Tasha: governor visits displaced families", []),
])
def test_a_provinces_known_part_or_title_reads_as_before(pipeline: Pipeline, text: str,
                                                         places: list[str]) -> None:
    assert sorted(r[0] for r in rows_of(pipeline, text)) == places


@pytest.mark.parametrize("unit", ["as schools reopen in ", "kill 4 in Bokkos as ", "while as "])
def test_the_as_clause_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen kill 4 in Bokkos " + unit * (n // len(unit)) + "Mangu"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize("unit", ["Zamfara's Yar Tasha ", "Ituri's Lopa-Ngazi-Kilo ", "'s A-b "])
def test_the_possessed_part_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return unit * (n // len(unit)) + ": gunmen kill 7"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
