"""Actor1 as an analyst reads it (issue 14 item 7, session 12): a capital that says its own forces acted
stands for its state ("Moscow said its forces struck": Russian forces, not the host country's bare "forces";
"Kyiv says its drones hit"), found as a place or not; a group name two theatres share is the event country's
group ("al-Shabab" in Cabo Delgado is Islamic State Mozambique, in Somalia al-Shabaab), and the table's groups
are found by their own names ("Islamic State Sahel fighters"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper.events import actors
from mapper.events.actors import canonical, describe, find_actors
from mapper.model import Actor, Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _actors(pipeline: Pipeline, text: str, published: str = "2025-06-03") -> list[tuple[str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow said on Friday its troops had shelled Ukrainian positions near Huliaipole overnight.",
     [("Hulyaypole", "Russian forces")]),
    ("Kyiv says its drones struck an oil terminal near Tuapse", [("Tuapse", "Ukrainian forces")]),
    ("Ankara said its warplanes had destroyed PKK shelters near Zakho on Tuesday.",
     [("Zaxo", "Turkish forces")]),
])
def test_a_capital_speaking_of_its_forces_is_its_state(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


def test_a_capital_that_only_reports_is_not_the_agent() -> None:
    # "N'Djamena said ... Boko Haram fighters had attacked": no "its", the capital is no actor phrase.
    sentence = "N'Djamena said on Monday that Boko Haram fighters had attacked an army base near Bol."
    assert [p.actor.name for p in find_actors(sentence, 0, [])][:1] == ["Boko Haram fighters"]


def test_capital_speakers_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    assert actors._CAPITAL_SPEAKS.search("Moscow said " + "x" * 100_000) is None
    units = ["Moscow ", "said ", "on ", "Friday ", "its ", "Kyiv ", "says ", "that ", "their ", "x, "]

    def text_of(n: int) -> str:
        return "Drones hit Kharkiv. " + "".join(units[i % len(units)] for i in range(n)) + "in Odesa."
    assert len(text_of(20000)) > 100_000
    assert growth(parsing(pipeline, text_of), 10000) < GROWTH


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("al-Shabab insurgents", "MZ", "Islamic State Mozambique"),
    ("Al-Shabaab fighters", "MZ", "Islamic State Mozambique"),
    ("al-Shabab insurgents", "SO", "al-Shabaab"), ("al-Shabaab", "KE", "al-Shabaab"),
    ("Islamic State Sahel fighters", "NE", "Islamic State Sahel"),
    ("Islamic State Mozambique", "MZ", "Islamic State Mozambique"),
])
def test_a_shared_group_name_is_the_event_countrys_group(name: str, country: str, expected: str) -> None:
    found = canonical(Actor(name, ""), False, country)
    assert found is not None and found.name == expected


def test_the_local_group_keeps_its_acled_name_and_inter_code() -> None:
    # The ACLED export writes the local group, not Somalia's.
    assert describe(canonical(Actor("al-Shabab militants", ""), False, "MZ"), 2024) == (
        "Islamic State (Mozambique)", 2)
    assert describe(canonical(Actor("al-Shabab militants", ""), False, "SO"), 2024) == ("Al Shabaab", 2)


def test_cabo_delgado_al_shabab_in_a_sentence(pipeline: Pipeline) -> None:
    text = "Al-Shabab insurgents ambushed a convoy near Macomia on Sunday, killing two soldiers."
    assert _actors(pipeline, text) == [("Macomia", "Islamic State Mozambique")]


def _types(pipeline: Pipeline, text: str, published: str = "2025-06-03") -> list[tuple[str, str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # A crowd's fight is a riot by rioters, not a battle with no actor.
    ("Supporters of two rival factions clashed with sticks and machetes in Faridpur on Sunday, leaving two "
     "dead, police said.", [("Farīdpur", "Mob violence", "rioters")]),
    ("Protesters looted a customs office and clashed with soldiers in Maradi on Friday as a march over fuel "
     "prices turned violent, police said.", [("Maradi", "Violent demonstration", "rioters")]),
])
def test_a_crowds_clash_is_a_riot(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _types(pipeline, text) == expected


def test_youths_and_mobs_keep_their_battles(pipeline: Pipeline) -> None:
    # Youths are often armed (South Sudan's White Army); a mob named in the sentence before an armed clash.
    assert [t[:2] for t in _types(pipeline, "Fighting erupts in Bor as youths attack army barracks")] == [
        ("Bor", "Armed clash")]


def test_crowd_clashes_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    units = ["Supporters ", "of ", "rival ", "factions ", "clashed ", "with ", "soldiers ", "students ",
             "in ", "Kano, "]

    def text_of(n: int) -> str:
        filler = "".join(units[i % len(units)] for i in range(n))
        return "Protesters clashed with police in Kaduna. " + filler + "in Maiduguri."
    assert len(text_of(16000)) > 100_000
    assert growth(parsing(pipeline, text_of), 8000) < GROWTH


def test_a_group_that_burned_homes_is_carried_from_the_sentence_before(pipeline: Pipeline) -> None:
    # Property destruction by "the attackers" / "they" is the group's, as its killings are.
    text = ("Separatist fighters abducted two teachers in Bali on Monday, officials said. The attackers also "
            "set fire to a school in Batibo before fleeing, officials added.")
    assert _actors(pipeline, text, "2025-03-04") == [("Bali", "separatists"), ("Batibo", "separatists")]


def test_the_group_said_it_also_attacked(pipeline: Pipeline) -> None:
    # "The group said it had also ambushed X": the group did, not X.
    text = ("JNIM claimed an attack on Sunday on an army convoy near Dori. The group said it had also "
            "ambushed VDP volunteers near Sebba the following day.")
    assert _actors(pipeline, text, "2025-03-04") == [("Dori", "JNIM"), ("Sebba", "JNIM")]


def test_the_group_said_it_is_linear_on_100_kb() -> None:
    from mapper.events.actors import refers_back
    text = "The group said it " * 6000
    assert len(text) > 100_000
    assert refers_back(text + "attacked", len(text))


@pytest.mark.parametrize(("text", "expected"), [
    # Colombia's dissidents: of the former FARC, or bare in Colombia, are the FARC dissidents.
    ("Dissidents of the former FARC guerrilla killed three police officers in an attack on a station in "
     "Morales, in Cauca department, on Sunday, police said.", [("Morales", "FARC dissidents")]),
    ("Dissidents ambush army patrol near Argelia, Cauca", [("Argelia", "FARC dissidents")]),
])
def test_colombias_dissidents(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("Dissidents", "CO", "FARC dissidents"), ("dissidents", "CO", "FARC dissidents"),
    ("Dissidents", "RU", "Dissidents"), ("FARC dissidents", "CO", "FARC dissidents"),
])
def test_dissidents_are_a_group_in_colombia_alone(name: str, country: str, expected: str) -> None:
    found = canonical(Actor(name, ""), False, country)
    assert found is not None and found.name == expected


def test_dissidents_of_a_group_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    units = ["Dissidents ", "of ", "the ", "former ", "FARC ", "dissidents ", "of ", "the ", "Central ",
             "General ", "Staff ", "attacked "]

    def text_of(n: int) -> str:
        filler = "".join(units[i % len(units)] for i in range(n))
        return "Dissidents attacked Jamundi. " + filler + "in Suarez."
    assert len(text_of(16000)) > 100_000
    assert growth(parsing(pipeline, text_of), 8000) < GROWTH


@pytest.mark.parametrize(("name", "country", "expected"), [
    # Troops with no nationality in Gaza or the West Bank are Israel's; named ones keep their own.
    ("Troops", "PS", "Israeli forces"), ("soldiers", "PS", "Israeli forces"),
    ("Palestinian security forces", "PS", "Palestinian forces"), ("Troops", "SY", "Syrian forces"),
])
def test_troops_in_a_territory_another_state_holds(name: str, country: str, expected: str) -> None:
    found = canonical(Actor(name, ""), False, country)
    assert found is not None and found.name == expected


def test_troops_demolish_in_the_west_bank(pipeline: Pipeline) -> None:
    assert _actors(pipeline, "Troops demolished three homes in Nablus on Tuesday, residents said.") == [
        ("Nablus", "Israeli forces")]


def test_those_killed_repelling_an_attack_attacked(pipeline: Pipeline) -> None:
    # The attack the army repelled was theirs who died in it: the group the story names.
    text = ("MAIDUGURI, Nigeria (AFP) - ISWAP fighters raided Malam Fatori overnight, burning homes and "
            "killing six farmers, residents said. The army said troops had repelled a separate attack on "
            "Damasak, killing 15 insurgents.")
    assert _actors(pipeline, text, "2025-03-04") == [("Mallam Fatori", "ISWAP"), ("Damasak", "ISWAP")]


def test_a_repelled_attack_by_a_named_group_keeps_it() -> None:
    sentence = ("Troops repelled an attack by Boko Haram fighters on a base in Marte on Wednesday, killing "
                "14 of them, the army said.")
    phrases = find_actors(sentence, 0, [])
    start = sentence.index("killing")
    a1, _ = actors.sides(phrases, start, start + len("killing"), sentence)
    assert a1 is not None and a1.name == "Boko Haram fighters"


@pytest.mark.parametrize(("name", "country", "expected"), [
    # A nation's gunmen are not unidentified; ACLED's unidentified armed group of that country.
    ("Palestinian gunmen", "PS", ("Palestinian gunmen", ("Unidentified Armed Group (Palestine)", 3))),
    ("a Palestinian gunman", "IL", ("Palestinian gunmen", ("Unidentified Armed Group (Palestine)", 3))),
    ("masked gunmen", "PS", ("unidentified gunmen", ("Unidentified Armed Group (Palestine)", 3))),
])
def test_a_nations_gunmen(name: str, country: str, expected: tuple) -> None:
    found = canonical(Actor(name, ""), False, country)
    assert found is not None and (found.name, describe(found, 2024)) == expected


def test_both_sides_trade_fire(pipeline: Pipeline) -> None:
    # "trade fire" is an exchange of fire: a clash, the first side named actor1.
    doc = pipeline.parse(Article("t", "FARDC and M23 trade fire near Kitshanga", published="2025-02-14"))
    assert [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events] == [
        ("Kitshanga", "Armed clash", "Congolese forces", "M23")]


def test_trade_fire_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    units = ["trade ", "traded ", "heavy ", "fire ", "trading ", "FARDC ", "and ", "M23 "]

    def text_of(n: int) -> str:
        return "Rebels trade fire near Goma. " + "".join(units[i % len(units)] for i in range(n)) + "in Sake."
    assert len(text_of(20000)) > 100_000
    assert growth(parsing(pipeline, text_of), 10000) < GROWTH
