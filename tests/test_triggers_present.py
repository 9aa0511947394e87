"""Trigger forms that wire copy uses: headline present tense ("liberate", "exchange fire"), and a strike
named with an adverb before its verb ("the strikes also hit a market")."""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published="2025-03-14")
    return sorted((e.location.name, e.event_type) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian troops liberate Klishchiivka", [("Klishchiivka", "Battles")]),
    ("Afghan and Pakistani forces exchange fire at Chaman border crossing", [("Chaman", "Battles")]),
    # Not happening: a vow is no event.
    ("Zelensky vows to liberate Crimea", []),
])
def test_present_tense_triggers(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _coded(pipeline, text) == expected


# Wire copy's past tense with an adjective before "fire" is an exchange of fire too: a clash at the place.
@pytest.mark.parametrize("text", [
    "Indian and Pakistani troops exchanged heavy fire along the Line of Control near Uri on Tuesday night.",
    "Kyrgyz and Tajik border guards exchanged sporadic fire near Batken on Friday, officials said.",
])
def test_an_adjective_before_fire_keeps_the_exchange_a_clash(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.parse(text, published="2025-03-14")
    assert [(e.location.country_code, e.sub_event_type) for e in doc.events] == [
        ("IN" if "Uri" in text else "KG", "Armed clash")]


def test_strikes_with_an_adverb_before_their_verb_are_air_strikes(pipeline: Pipeline) -> None:
    doc = pipeline.parse("The strikes also hit a fish market in Hodeidah, killing five civilians.",
                         published="2024-05-14")
    assert [(e.location.country_code, e.sub_event_type) for e in doc.events] == [("YE", "Air/drone strike")]
    # A labour strike stays a protest.
    doc = pipeline.parse("The general strike also hit Nairobi.", published="2024-05-14")
    assert [e.sub_event_type for e in doc.events] == ["Peaceful protest"]


# The headline present of "gunned down" and "shot dead", "fire on" after plural armed men, "storm" after
# armed men, gangs or an army, and a burned quarter or camp (branch headlines41b).
@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen gun down four herders near Tsafe", [("Tsafe", "Violence against civilians")]),
    ("Insurgents gun down two policemen in Kohat", [("Kohat", "Battles")]),
    ("Unknown men shoot dead two traders in Gombe", [("Gombe", "Violence against civilians")]),
    ("Rebel fighters fire on army patrol near Kalehe", [("Kalehe", "Battles")]),
    ("Armed men storm radio station in Tumaco", [("Tumaco", "Battles")]),
    ("Sirte: militiamen burn Tebu quarter", [("Sirte", "Strategic developments")]),
    # A headline's second report after ";": the burning at another town is its own act.
    ("Gunmen kill 7 in Riyom; houses torched in Barkin Ladi",
     [("Barkin Ladi", "Strategic developments"), ("Riyom", "Violence against civilians")]),
    # Burning in the attack's own report is its looting.
    ("Gunmen kill 7 in Riyom, burn houses", [("Riyom", "Violence against civilians")]),
    # The noun, a plan, and a burned crop are no event.
    ("Actor puts gun down in final scene of Gombe stage play", []),
    ("Gangs threaten to storm Jacmel prison", []),
    ("Farmers burn stubble near Ludhiana despite ban", []),
])
def test_headline_present_of_past_triggers(pipeline: Pipeline, text: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize("unit", ["gun down ", "the gun down ", "shoots dead ", "armed men fire on ",
                                  "gangs storm ", "burn the old quarter ",
                                  "; ", "kill 3; "])
def test_headline_present_triggers_on_100_kb(unit: str) -> None:
    from mapper.events import triggers
    text = "Gunmen kill 3 in Gombe. " + unit * (100_000 // len(unit))
    found = triggers.clauses(text)
    assert found and found[0].family in ("violence", "strategic")


def test_people_taken_hostage_are_the_act_beside_a_storming(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Masked men storm bank in Esmeraldas, take customers hostage",
                         published="2025-03-14")
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == [
        ("Esmeraldas", "Abduction/forced disappearance")]
    # A hostage killed is the killing's victim.
    doc = pipeline.parse("Militants behead hostage in Jolo", published="2025-03-14")
    assert [e.sub_event_type for e in doc.events] == ["Attack"]


def test_a_titles_burning_is_the_bodys_attack_nearby(pipeline: Pipeline) -> None:
    text = ("Drone strike kills two in Tubas; settlers torch homes near Nablus\n"
            "NABLUS, West Bank (Reuters) - An Israeli drone strike on a car in Tubas killed two men on "
            "Sunday, the Palestinian health ministry said. Dozens of Israeli settlers attacked the "
            "village of Huwara, south of Nablus, on Sunday night, setting fire to houses and cars, "
            "residents said. The Israeli "
            "military said it was looking into the reports.")
    doc = pipeline.parse(text, published="2025-03-14")
    assert sorted((e.location.name, e.sub_event_type) for e in doc.events) == [
        ("Huwara", "Attack"), ("Ţūbās", "Air/drone strike")]
