"""Classes of actor phrasing found among the train misses of the blind files (mixed22..32, ordinary22..32)
in session 28 (branch blindfields34, gold file fields33.jsonl): a town or a state unit's own name before a
force noun read as a region's or faction's forces ("JNIM claims attack on Kayes military camp" gave
"Kayes forces", "National Guard troops" gave "Guard forces", "General Security forces" gave "General
forces": the event country's forces, as "Puntland forces" and "GNA forces" stay theirs), and the second side
of "clashes between A and the Kurdish-led B" lost behind the word of whom it follows. Every sentence is our
own.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import Actor, canonical
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _actors(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-03-12"))

    def name(a: object) -> str | None:
        return None if a is None else getattr(a, "name", a)  # type: ignore[return-value]

    return [(e.location.name, e.sub_event_type, name(e.actor1), name(getattr(e, "actor2", None)))
            for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Jihadists storm Gao army camp, kill nine soldiers",
     [("Gao", "Armed clash", "jihadists", "Malian forces")]),
    ("ISWAP claims attack on Monguno military base",
     [("Monguno", "Armed clash", "ISWAP", "Nigerian forces")]),
    ("Gunmen attacked the Dori gendarmerie post on Tuesday, killing four gendarmes, a security source said.",
     [("Dori", "Armed clash", "unidentified gunmen", "Burkinabe forces")]),
    ("Al-Shabaab fighters raid Baidoa army base, kill five soldiers",
     [("Baidoa", "Armed clash", "al-Shabaab", "Somali forces")]),
])
def test_a_town_before_a_force_noun_is_where_the_unit_is(pipeline: Pipeline, text: str,
                                                         events: list[tuple[str, str, str | None, str | None]]
                                                         ) -> None:
    assert _actors(pipeline, text) == events


@pytest.mark.parametrize(("phrase", "country", "actor"), [
    ("Gao army", "ML", "Malian forces"),
    ("Dori gendarmerie", "BF", "Burkinabe forces"),
    ("Lashio junta", "MM", "Myanmar forces"),
    ("National Guard troops", "MX", "Mexican forces"),
    ("General Security forces", "SY", "Syrian forces"),
    ("Republican Guard forces", "SY", "Syrian forces"),
    # Controls: a region's or a faction's forces stay theirs.
    ("Puntland forces", "SO", "Puntland forces"),
    ("Jubaland security forces", "SO", "Jubaland forces"),
    ("GNA forces", "LY", "GNA forces"),
    ("Somaliland forces", "SO", "Somaliland forces"),
])
def test_whose_forces_a_capitalised_word_names(phrase: str, country: str, actor: str) -> None:
    coded = canonical(Actor(phrase, ""), False, country)
    assert coded is not None and coded.name == actor


def test_national_guard_troops_are_the_country_forces(pipeline: Pipeline) -> None:
    text = "Gunmen ambushed National Guard troops near Uruapan on Monday, killing three, officials said."
    assert _actors(pipeline, text) == [("Uruapan", "Armed clash", "unidentified gunmen", "Mexican forces")]


@pytest.mark.parametrize(("text", "events"), [
    ("Clashes between government forces and the Kurdish-led SDF killed six people in Deir Hafer on Sunday, "
     "a war monitor said.",
     [("Dayr Ḩāfir", "Armed clash", "Syrian forces", "SDF")]),
    ("Clashes between the army and the Iran-backed Houthis killed nine fighters near Marib on Friday, "
     "military sources said.",
     [("Ma'rib", "Armed clash", "Yemeni forces", "Houthis")]),
])
def test_the_second_side_behind_a_word_of_whom_it_follows(pipeline: Pipeline, text: str,
                                                         events: list[tuple[str, str, str | None, str | None]]
                                                         ) -> None:
    assert _actors(pipeline, text) == events


def test_between_two_sides_with_no_such_word(pipeline: Pipeline) -> None:
    # Control: the plain "between A and B" reading is unchanged.
    text = "Clashes between government forces and the SDF killed six people in Deir Hafer on Sunday."
    assert _actors(pipeline, text) == [("Dayr Ḩāfir", "Armed clash", "Syrian forces", "SDF")]


def test_the_second_side_scan_is_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Clashes between government forces and the Kurdish-led " * n + "SDF in Aleppo."
    assert growth(parsing(pipeline, lambda n: text_of(n * 100)), 10) < GROWTH
