"""Phantom statements of noevent69's classes (session 52, helper phantom67).

Every text is our own. A state's embassy or consulate, or an organisation's mission, named with the city it
sits in ("the Dutch embassy in Kampala said", "the UN mission in Bangui urged") is where the speaker sits,
not a place of speaking: no statement there, as for "the presidency in Abuja said" (coder._SEAT_BEFORE).
The words spoken at a place ("Speaking in Kampala, the ambassador said") and an act done at an embassy
("protesters stormed the French embassy in ...") keep their place.

A town the gazetteer knows by its name stays the site of its act when the place it would be moved to as "the
place that holds it" is one another clause names in passing (a truce's venue, a past ambush's place), in
another country, far away (coder._context_holder). A village framed by its district or state still moves
there.
"""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, pattern_cpu, rescans
from tests.test_phantom_told_before import _events, _roles

# -- an embassy's or a mission's seat ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "events", "seat"), [
    ("Militiamen burned a market in Djugu on Sunday, residents said. The Dutch embassy in Kampala said it "
     "was aware of the reports.", [("Djugu", "Looting/property destruction")], "Kampala"),
    ("The UN mission in Bangui urged both sides to respect the ceasefire.", [], "Bangui"),
    ("The Turkish consulate in Erbil said none of its staff had been hurt.", [], "Erbil"),
])
def test_an_embassy_or_mission_in_a_city_makes_no_statement_there(
        pipeline: Pipeline, text: str, events: list[tuple[str, str]], seat: str) -> None:
    assert [e for e in _events(pipeline, text, "2025-04-14") if e[1] == "Statement"] == []
    assert _roles(pipeline, text, "2025-04-14")[seat] != "event_site"


@pytest.mark.parametrize(("text", "event"), [
    # the place of speaking, not of the speaker's seat: a statement
    ("Speaking in Kampala on Monday, the ambassador said the embassy would stay open.",
     ("Kampala", "Statement")),
])
def test_a_place_of_speaking_keeps_its_statement(
        pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert event in _events(pipeline, text, "2025-04-14")


def test_the_seat_pattern_reads_an_embassy_and_a_mission() -> None:
    assert coder._SEAT_BEFORE.search("The Dutch embassy in ")
    assert coder._SEAT_BEFORE.search("The UN mission in the ")
    assert coder._SEAT_BEFORE.search("the consulates in ")
    assert coder._SEAT_BEFORE.search("a spokesman in ") is None  # a person there: see _SOURCE_IN


@pytest.mark.parametrize(("run", "unit", "opening"), [
    ("embassy in embassy  in  mission in the ", "the embassy in Kampala said ",
     "Gunmen attacked Riyom. The "),
    # (noevent71's ministry)
    ("ministry in ministries  in  ministr in the ", "the ministry in Kyiv called for calm ",
     "A drone hit Nikopol. The "),
])
def test_the_seat_pattern_is_linear_on_100_kb(pipeline: Pipeline, run: str, unit: str, opening: str) -> None:
    assert rescans(coder._SEAT_BEFORE) == []
    assert pattern_cpu(coder._SEAT_BEFORE, hundred_kb(run)) < 3.0

    def text_of(n: int) -> str:
        return opening + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-04-15"), 50_000) < GROWTH



# -- a site is not moved to a far place another clause names in passing ---------------------------------


@pytest.mark.parametrize(("text", "published", "event"), [
    ("Paramilitaries shelled Babanusa on Wednesday, killing three civilians, a year after the truce "
     "signed in Jeddah collapsed.", "2025-06-11", ("Babanūsah", "Shelling/artillery/missile attack")),
    ("Drones struck Kadugli on Friday, weeks after ceasefire talks held in Jeddah broke down.", "2025-06-13",
     ("Kadugli", "Air/drone strike")),
    ("A mine blast hit a police van near Parachinar on Tuesday, months after gunmen ambushed a convoy near "
     "Bagan.", "2025-02-05", ("Parachinar", "Remote explosive/landmine/IED")),
])
def test_a_known_town_is_not_moved_to_a_far_place_named_in_passing(
        pipeline: Pipeline, text: str, published: str, event: tuple[str, str]) -> None:
    assert _events(pipeline, text, published) == [event]


@pytest.mark.parametrize(("text", "published", "place"), [
    # a village the gazetteer puts abroad, framed by its district (a context parent): it moves there
    ("Insurgents torched homes in Chai, a village in Macomia district, on Monday.", "2025-09-23", "Macomia"),
    # ... or by its state, named as its site
    ("Gunmen killed five people in Zike village in Plateau State on Sunday.", "2025-02-05", "Plateau"),
    # the name alone, no other place: it stays where the gazetteer puts it
    ("A mine blast hit a police van near Bagan on Tuesday.", "2025-02-05", "Bagan"),
])
def test_a_village_still_moves_to_its_holder(
        pipeline: Pipeline, text: str, published: str, place: str) -> None:
    assert [e[0] for e in _events(pipeline, text, published)] == [place]


def test_the_context_holder_check_is_linear(pipeline: Pipeline) -> None:
    # (no pattern: one look at the sentence's mentions for each site placed, as _locate's own loop)
    def text_of(n: int) -> str:
        unit = "Drones struck Kadugli on Friday, weeks after talks held in Jeddah broke down. "
        return unit * max(1, n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-06-13"), 4_000) < GROWTH
