"""Phantom statements at the city an institution sits in (issue 14, item 6).

Every sentence is our own. The guide codes a Political/Statement only where a place of speaking is
given. "The presidency in Abuja said", "Officials in Kaduna have promised", "The Taliban administration
in Kabul said" name where a body sits, not where anyone spoke: no statement there, and the city is no
site of the act the body reports. A person in a city ("a government spokesman in Bamako said"), a place
that opens the sentence ("In Mogadishu, a spokesman said") and "speaking in X" keep their statement.
"""

from __future__ import annotations

import pytest

from mapper.events import coder, roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "events", "seat"), [
    ("Gunmen killed nine villagers in Riyom on Monday. The presidency in Abuja said more troops would be "
     "sent to the area.", [("Riyom", "Attack")], "Abuja"),
    ("Bandits abducted 30 worshippers from a church in Kajuru on Sunday. Officials in Kaduna have promised "
     "to rescue them.", [("Kajuru", "Abduction/forced disappearance")], "Kaduna"),
])
def test_an_institution_in_its_city_makes_no_statement(pipeline: Pipeline, text: str,
                                                       events: list[tuple[str, str]], seat: str) -> None:
    assert _events(pipeline, text, "2025-04-15") == events
    assert _roles(pipeline, text, "2025-04-15")[seat] == "origin"


def test_a_government_named_with_a_modifier_sits_in_its_city(pipeline: Pipeline) -> None:
    text = ("The Taliban administration in Kabul said on Monday that Pakistani airstrikes had killed eight "
            "civilians in Khost.")
    assert [name for name, _ in _events(pipeline, text, "2025-04-15")] == ["Khōst"]
    roles_of = _roles(pipeline, text, "2025-04-15")
    assert roles_of["Kabul"] == "actor" and roles_of["Khost"] == "event_site"


@pytest.mark.parametrize(("text", "events"), [
    ("Al-Shabaab fighters attacked a base in Balcad on Sunday. In Mogadishu, a government spokesman said "
     "the attack had been repelled.", [("Balcad", "Armed clash"), ("Mogadishu", "Statement")]),
    ("Boko Haram fighters attacked Konduga on Sunday. Speaking in Maiduguri on Monday, the governor said "
     "the town would be rebuilt.", [("Konduga", "Armed clash"), ("Maiduguri", "Statement")]),
    ("A government spokesman in Bamako said on Monday that the army would pursue the attackers.",
     [("Bamako", "Statement")]),
])
def test_a_place_of_speaking_keeps_its_statement(pipeline: Pipeline, text: str,
                                                 events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text, "2025-04-15") == events


# A source named with its town, then "said" without words of its own, tells figures, not a statement:
# "A health official in Rabak, the state capital, said", "Police sources in Kaduna said".
@pytest.mark.parametrize(("text", "events", "source"), [
    ("RSF drones struck a fuel depot in Kosti on Monday. A health official in Rabak, the state capital, said "
     "the wounded had been moved to the town's hospital.", [("Kosti", "Air/drone strike")], "Rabak"),
    # (a bus holds civilians: an attack on it is an Attack, types46)
    ("Gunmen attacked a bus near Kachia on Sunday. Police sources in Kaduna said six passengers were still "
     "missing.", [("Kachia", "Attack")], "Kaduna"),
])
def test_a_source_in_its_town_makes_no_statement(pipeline: Pipeline, text: str,
                                                 events: list[tuple[str, str]], source: str) -> None:
    assert _events(pipeline, text, "2025-04-15") == events
    assert _roles(pipeline, text, "2025-04-15")[source] == "origin"


@pytest.mark.parametrize("unit", [", the a,", ", the ", "official in official in ", " said said "])
def test_source_seat_patterns_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    run = hundred_kb(unit)
    coder._SOURCE_TELLS_NEXT.match(run)
    coder._SOURCE_IN.search(run)

    def text_of(n: int) -> str:
        return "Gunmen attacked Kachia. A health official in Rabak" + unit * (n // len(unit)) + " said so."
    assert growth(parsing(pipeline, text_of, "2025-04-15"), 50_000) < GROWTH


# A news or press conference is where a statement is made, not talks; another conference is still a meeting.
def test_a_news_conference_places_a_statement(pipeline: Pipeline) -> None:
    text = "In Juba, the information minister told a news conference on Friday that the ceasefire would hold."
    assert _events(pipeline, text, "2025-04-15") == [("Juba", "Statement")]


@pytest.mark.parametrize(("text", "subs"), [
    ("The minister told a press conference in Juba on Friday that the army would stay.", ["Statement"]),
    ("Regional leaders opened a peace conference in Addis Ababa on Monday.", ["Meeting/talks"]),
])
def test_which_conference_is_talks(text: str, subs: list[str]) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text)] == subs


@pytest.mark.parametrize("unit", ["ministry in ministry in ", "the presidency in Abuja said ",
                                  "the rival rival government in ", "officials in officials in Kaduna "])
def test_seat_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen attacked Riyom. The " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-04-15"), 50_000) < GROWTH


def test_seat_patterns_cannot_rescan_a_run() -> None:
    for pattern in (coder._SEAT_BEFORE, roles._SEAT_IN, coder._SOURCE_IN, coder._SOURCE_TELLS_NEXT):
        assert rescans(pattern) == [], pattern.pattern


# Where a written statement was issued, when its words only retell the act of its sentence, is the source's
# seat ("confirmed the attack in a statement issued in Gusau"); a statement that takes a position of its own
# ("accused", "rejected", "vowed") keeps its place.
@pytest.mark.parametrize(("text", "events", "seat"), [
    ("Bandits abducted 20 villagers in Maru on Sunday night. A police spokesman confirmed the attack in a "
     "statement issued in Gusau on Monday.", [("Maru", "Abduction/forced disappearance")], "Gusau"),
    ("Boko Haram fighters attacked a base in Damboa on Sunday. In a statement in Abuja on Tuesday, a defence "
     "spokesman said troops had repelled the attack on Damboa.", [("Damboa", "Armed clash")], "Abuja"),
])
def test_a_statement_issued_somewhere_that_retells_the_act_is_no_statement(
        pipeline: Pipeline, text: str, events: list[tuple[str, str]], seat: str) -> None:
    assert _events(pipeline, text, "2025-02-18") == events
    assert _roles(pipeline, text, "2025-02-18")[seat] == "origin"


def test_a_statement_issued_somewhere_with_a_position_stays_one(pipeline: Pipeline) -> None:
    said = ("Government forces shelled Nasir on Monday. The foreign ministry, in a statement issued in Juba "
            "on Wednesday, {} the attack on Nasir.")
    assert _events(pipeline, said.format("condemned"), "2025-03-12") == [
        ("Nasir", "Shelling/artillery/missile attack"), ("Juba", "Statement")]
    assert _events(pipeline, said.format("said four died in"), "2025-03-12") == [
        ("Nasir", "Shelling/artillery/missile attack")]


@pytest.mark.parametrize("unit", ["statement issued in ", "statements statements ", "in a statement "])
def test_issued_statement_pattern_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    assert rescans(coder._ISSUED_IN) == []

    def text_of(n: int) -> str:
        return "Gunmen attacked Kachia. It was confirmed in a " + unit * (n // len(unit)) + " in Kaduna."
    assert growth(parsing(pipeline, text_of, "2025-04-15"), 50_000) < GROWTH
