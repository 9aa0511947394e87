"""Actor1 as an analyst reads it (issue 14 item 7, session 10): a statement's speaker is the subject of its
speech verb, past an aside ("A spokeswoman for Ethiopia's foreign ministry, speaking in Nairobi, accused");
members and fighters of a band are the band, by the table's name or, unknown to it, by their own ("Gunmen
from the 5 Segonn gang", "of the newly formed Zamani group", "Fighters of the Druze militia"); a fight is
theirs who attacked when its trigger stands later ("..., and the army said 14 soldiers died in hours of
fighting"); a speaker's bare "troops" are its own; a country after a preposition is no subject ("from bases
in Venezuela attacked"); fighters named by their kind are that class ("Rebel fighters"); state "security
forces" with no nationality are the event country's; a claim "that its fighters had carried out" the
attack told before; rival "armed groups". Sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper.events import actors, coder
from mapper.events.actors import canonical
from mapper.model import Actor, Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans


def _actors(pipeline: Pipeline, text: str, published: str = "2025-06-03") -> list[tuple[str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # statements: the speaker's institution, the subject of the speech verb
    ("Speaking in Nairobi on Monday, a spokesman for the Kenyan interior ministry said the curfew would be "
     "lifted on Friday.", [("Nairobi", "Kenyan government")]),
    ("In Cairo, a spokesman for Hamas told reporters on Sunday that the group had accepted the proposal.",
     [("Cairo", "Hamas")]),
    ("A spokeswoman for Ethiopia's foreign ministry, speaking in Nairobi on Friday, accused the TPLF of "
     "arming militias in Tigray.", [("Nairobi", "Ethiopian government")]),
])
def test_a_statement_is_its_speakers(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Members of the Three Brotherhood Alliance seized the town of Hsenwi on Tuesday, residents said.",
     [("Hsenwi", "Three Brotherhood Alliance")]),
    ("Gunmen from the Ti Makak gang killed six people in Carrefour on Friday, police said.",
     [("Carrefour", "Ti Makak")]),
    ("Armed men of the Arambai Tenggol militia set fire to shops in Imphal on Monday, police said.",
     [("Imphal", "Arambai Tenggol")]),
    ("Fighters of the newly formed Zamani group killed nine farmers near Kaiama on Sunday, an official said.",
     [("Kaiama", "Zamani group")]),
    ("Fighters of the Druze militia clashed with Bedouin tribesmen in Sweida on Sunday.",
     [("As-Suwayda", "Druze militia")]),
])
def test_members_of_a_band_are_the_band(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the attackers, though the trigger of the fight stands in a later clause
    ("Boko Haram fighters attacked a military base in Monguno on Friday, and the army said 14 soldiers died "
     "in hours of fighting.", [("Monguno", "Boko Haram")]),
    # a speaker's bare troops are its own, not the host country's
    ("Israeli military says troops clashed with gunmen in Jenin", [("Janīn", "Israeli forces")]),
    # a country after a preposition is not the subject of the verb after it
    ("ELN fighters who cross from bases in Venezuela attacked an army post in Saravena on Sunday, wounding "
     "four soldiers.", [("Saravena", "ELN")]),
    # a claim in the next sentence names who did it
    ("A roadside bomb hit a police convoy in Kismayo on Monday, killing four officers. Al-Shabaab said in a "
     "statement that its fighters had carried out the attack.", [("Kismayo", "al-Shabaab")]),
    # rival armed groups are the armed groups
    ("Clashes between rival armed groups in Misrata on Sunday killed three people.",
     [("Misratah", "armed groups")]),
])
def test_who_acted(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Rebel fighters", "rebels"),
    ("Separatist militants", "separatists"),
    ("Paramilitary fighters", "paramilitary forces"),
    ("armed separatist fighters", "separatists"),
    ("Rival militias", "militia"),
    ("Security forces", "Iraqi forces"),  # a state's forces, of the event's country
    ("Islamist militants", "Islamist militants"),  # a description, not one of the table's kinds
])
def test_fighters_named_by_their_kind(phrase: str, expected: str) -> None:
    found = canonical(Actor(phrase, ""), False, "IQ")
    assert found is not None and found.name == expected


def test_analyst_patterns_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    for pattern in (actors._SPOKE, actors._ONE_NAME_GROUP, actors._ATTACKED_AFTER, actors._SAYS_BEFORE,
                    actors._CARRIED_OUT, actors._COUNTRY_SUBJECT, actors._OBJECT_BEFORE, coder._CLAIM_WORD):
        assert rescans(pattern) == [], pattern.pattern
    units = ["a spokesman for the ", "Houthis, ", "speaking in ", "Members of the ", "Gunmen from the ",
             "Gran Grif gang ", "of the newly formed ", "Zamani group ", "said that ", "its fighters ",
             "troops ", "from bases in Venezuela ", "attacked ", "Rebel fighters ", "armed groups "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(9000)) > 100_000
    assert growth(parsing(pipeline, text_of), 4500) < GROWTH
