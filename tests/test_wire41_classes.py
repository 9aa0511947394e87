"""Wire sentences whose event was not coded even alone (session 35, branch wire41, gold file long40.jsonl).

- Bodies found, told by the finder's verb first ("police found the bodies of six men dumped near X",
  "inmates were found dead in X"): only "bodies ... found" after the noun was a trigger. Not fighters'
  bodies a side took after a fight ("troops recovered the bodies of three guerrillas"), nor a death of
  nature ("found dead of hypothermia").
- "Explosions shook X", "blasts rattled X": the place the blasts shook is their site, as "rocked X" was.
- "Rebels entered the (eastern) city of X": armed men entering a town named after "the town/city of"
  take it, as "rebels entered X" did; not when they withdrew again ("... but withdrew by nightfall").
- "in a statement read on state television in X": the statement's place, as "a statement issued in X".
- A list of sites goes on past an apposition of the name before ("The attacks targeted Kayes, the regional
  capital, and Nioro du Sahel"); not past a speaker's aside ("Kherson, the governor said, and ...").

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _APPOSITION_AND_GAP, _STATEMENT_FROM
from mapper.events.triggers import _CASED, find_triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-09-10"  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type) for e in doc.events)


@pytest.mark.parametrize(("text", "place"), [
    ("Police found the bodies of five men dumped near the town of Apatzingan on Monday, prosecutors said.",
     "Apatzingán"),
    ("Vigilantes found the body of a herder in a field outside Tsafe on Monday.", "Tsafe"),
    ("Four farmers were found dead near Kaura Namoda on Monday, police said.", "Kaura Namoda"),
])
def test_bodies_found_by_the_finders_verb(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text) == [(place, "Attack")]


@pytest.mark.parametrize("text", [
    "Soldiers found the bodies of two militants near Uruapan on Sunday.",
    "Two hikers were found dead of hypothermia near Zermatt on Sunday.",
])
def test_bodies_of_fighters_or_of_nature_are_no_attack(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_fighters_bodies_after_a_clash_leave_the_clash(pipeline: Pipeline) -> None:
    text = ("Rebels killed a soldier in a clash with an army patrol in Las Navas, Northern Samar, on Sunday, "
            "the army said, adding that troops recovered the bodies of three guerrillas.")
    assert _events(pipeline, text) == [("Las Navas", "Armed clash")]


@pytest.mark.parametrize(("text", "place"), [
    ("Blasts rattled Kandahar on Monday night, residents said.", "Kandahār"),
    ("Late on Tuesday, two explosions shook western Mosul when roadside bombs went off near a police "
     "patrol, wounding three officers, police said.", "Mosul"),
])
def test_explosions_shook_a_place(pipeline: Pipeline, text: str, place: str) -> None:
    assert [p for p, _ in _events(pipeline, text)] == [place]


@pytest.mark.parametrize("text", [
    "An earthquake shook Herat on Tuesday, killing 20 people.",
    "The news shook Kabul's political class on Monday.",
])
def test_what_shook_no_blast_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_armed_men_entered_the_town_of(pipeline: Pipeline) -> None:
    text = "RSF fighters entered the town of Bara on Monday after clashes with the army, residents said."
    assert _events(pipeline, text) == [("Bārah", "Non-state actor overtakes territory")]
    text = ("M23 rebels entered the eastern city of Uvira on Wednesday after days of fighting with Congolese "
            "troops, residents said.")
    assert _events(pipeline, text) == [("Uvira", "Non-state actor overtakes territory")]


def test_entered_and_withdrew_is_a_clash_and_aid_workers_take_nothing(pipeline: Pipeline) -> None:
    text = ("Fano militiamen entered the town of Dessie on Monday after heavy fighting with federal troops "
            "but withdrew by nightfall.")
    assert _events(pipeline, text) == [("Dessie", "Armed clash")]
    assert _events(pipeline, "Aid workers entered the town of Bara on Monday.") == []


def test_a_statement_read_on_television_in_a_city(pipeline: Pipeline) -> None:
    text = ("Mali's junta, in a statement read on state television in Bamako on Monday, said it would not "
            "negotiate with the jihadists.")
    assert _events(pipeline, text) == [("Bamako", "Statement")]
    # The near miss: a broadcaster in a city that reports an act is no statement there.
    text = "The rebels' television in Sanaa reported that strikes hit Hodeidah port on Monday."
    assert [p for p, _ in _events(pipeline, text)] == ["Al Ḩudaydah"]


def test_a_list_goes_on_past_an_apposition(pipeline: Pipeline) -> None:
    text = "Russian forces shelled Kherson, a city of 280,000 people, and Antonivka on Tuesday."
    assert [p for p, _ in _events(pipeline, text)] == ["Antonivka", "Kherson"]
    text = "Jihadists attacked Kayes, the regional capital, and Nioro du Sahel on Tuesday."
    assert [p for p, _ in _events(pipeline, text)] == ["Kayes", "Nioro"]


def test_the_apposition_gap() -> None:
    def gap(text: str) -> bool:
        return _APPOSITION_AND_GAP.fullmatch(text) is not None
    assert gap(", the regional capital, and ")
    assert gap(", a city of 280,000 people, and ")
    assert not gap(", the governor said, and ")  # an aside of saying
    assert not gap(", the capital of Kayes region, and ")  # a name inside: not read
    assert not gap(", the " + "big " * 6 + "town, and ")  # more than six words
    assert _APPOSITION_AND_GAP.fullmatch(", the " + "x" * 100_000 + ", and ") is None
    assert _APPOSITION_AND_GAP.fullmatch(", the " + "a " * 50_000 + "b, and ") is None


def test_the_wire41_patterns_on_long_inputs() -> None:
    # The new trigger alternatives and the longer "entered the town of" read bounded windows.
    assert [t.sub for t in find_triggers("police found the bodies of " + "x " * 50_000)] == ["Attack"]
    assert find_triggers("police found the bodies of two guerrillas " + "x " * 50_000) == []
    entered = next(p for p, sub in _CASED
                   if sub == "Non-state actor overtakes territory" and "nter" in p.pattern)
    long_name = "rebels entered the " + "eastern " * 12_500 + "town of Uvira"
    assert entered.search(long_name) is None  # more than two words before "town": not read
    withdrew = "Rebels entered the town of Bara " + "and " * 25_000 + "but withdrew"
    assert entered.search(withdrew) is not None  # the withdrawal is beyond the 16 words looked at
    assert _STATEMENT_FROM.search("statement read on state " + "television " * 10_000 + "in ") is None
    assert _STATEMENT_FROM.search("a statement read on state television in ") is not None


def test_the_wire41_classes_stay_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return " ".join("Police found the bodies of five men near Uruapan. Explosions shook Mosul. Rebels "
                        "entered the town of Bara after clashes but withdrew. The army, in a statement read "
                        "on state television in Bamako, said it would not negotiate." for _ in range(n))
    assert growth(parsing(pipeline, text_of, PUBLISHED), 100) < GROWTH
