"""Phantoms of noevent73's classes (helper phantomw69, base 2db040a4).

Every text is our own. People who fled, speaking where they shelter ("In Kassala, families displaced from
Wad Madani said ..."), make no statement there (coder._DISPLACED_SPEAKERS); an official speaking there
still does. A threat with a phrase of where or how before its "to" ("threatened in a video on Sunday to
attack ...") reports no attack (triggers._IRREALIS); an attack by men who had threatened earlier still is one.
A source's town "where the wounded were taken" is no site, even alone in its sentence (roles._WHERE_TAKEN).
"""

from __future__ import annotations

import pytest

from mapper.events import coder, roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, pattern_cpu
from tests.test_phantom_told_before import _events, _roles

# -- people who fled, speaking where they shelter -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In Kassala, families displaced from Wad Madani said they had not eaten for two days.",
    "In Bunia, people who fled Djugu said they would not go back before the army came.",
    "In Dori, displaced villagers said they feared the roads.",
])
def test_displaced_people_make_no_statement_where_they_shelter(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text, "2025-09-10") == []


def test_an_official_speaking_there_keeps_the_statement(pipeline: Pipeline) -> None:
    # the near miss: a governor, not the displaced, speaks in the town
    text = "In Kassala, the state governor said on Tuesday that the displaced would be given land."
    assert ("Kassala", "Statement") in _events(pipeline, text, "2025-09-10")


def test_the_displaced_speakers_pattern() -> None:
    s = "In Kassala, families displaced from Wad Madani said they had not eaten."
    assert coder._displaced_speak(s, s.index(" said") + 1)
    s = "In Kassala, the governor said that families displaced from Wad Madani would get land."
    assert not coder._displaced_speak(s, s.index(" said") + 1)  # the displaced after the verb


def test_the_displaced_speakers_pattern_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    run = hundred_kb("people who had people displaced displaced ")
    assert pattern_cpu(coder._DISPLACED_SPEAKERS, run) < 3.0
    unit = "In Kassala, families displaced from Sennar said they were hungry. "

    def text_of(n: int) -> str:
        return unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-09-10"), 50_000) < GROWTH


# -- a threat with a phrase between "threatened" and "to" ----------------------------------------------


@pytest.mark.parametrize("text", [
    "ISWAP threatened in a video on Sunday to attack churches in Damaturu and Potiskum.",
    "The militia vowed at a rally on Monday to storm the barracks in Bor.",
])
def test_a_threat_with_a_phrase_before_to_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text, "2025-09-10") == []


def test_an_attack_by_men_who_had_threatened_is_one(pipeline: Pipeline) -> None:
    # the near miss: the threat is told, the attack happened
    text = ("Gunmen who had threatened the chief on Sunday attacked Potiskum on Monday, "
            "killing four villagers.")
    assert [e[0] for e in _events(pipeline, text, "2025-09-10")] == ["Potiskum"]


def test_the_threat_pattern_is_linear_on_100_kb() -> None:
    assert pattern_cpu(triggers._IRREALIS, hundred_kb("threatened in a video on threatened on to in ")) < 3.0


# -- the source's town, where the wounded were taken -------------------------------------------------


def test_the_town_the_wounded_were_taken_to_is_no_site(pipeline: Pipeline) -> None:
    text = ("Bandits attacked Tsafe on Sunday. At least five villagers were killed, according to a medical "
            "source in Gusau, where the injured were taken.")
    assert [e[0] for e in _events(pipeline, text, "2025-09-10")] == ["Tsafe"]
    assert _roles(pipeline, text, "2025-09-10")["Gusau"] == "context"


def test_the_teller_town_alone_stays_the_site(pipeline: Pipeline) -> None:
    # the near miss: a teller's town alone in its story, with no "where the wounded were taken"
    text = "Gunmen killed four people on Friday, according to a hospital source in Gusau."
    assert [e[0] for e in _events(pipeline, text, "2025-09-10")] == ["Gusau"]


def test_the_where_taken_pattern() -> None:
    assert roles._WHERE_TAKEN.match(", where more than 20 wounded were taken by road")
    assert roles._WHERE_TAKEN.match(", where the bodies had been brought")
    assert roles._WHERE_TAKEN.match(", where gunmen attacked the wounded") is None


def test_the_where_taken_pattern_is_linear_on_100_kb() -> None:
    assert pattern_cpu(roles._WHERE_TAKEN, hundred_kb(" , where the the wounded wounded were were ")) < 3.0
