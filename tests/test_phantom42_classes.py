"""Phantom events of short texts, session 36 (helper phantom42).

Every text is our own. Where a measure holds ("state of emergency in X", "curfew in X", "Section 144 imposed
in X") when all that follows is its cause, a bare noun of violence ("over gang violence", "after clashes"), is
the place of the order, not a site: the violence is told as no act of its own there. An act told with its own
verb after the measure ("curfew in X after gunmen kill 12") and an act coordinated with it ("imposed a curfew
in X and arrested 40") keep their site.

A one-line text of reports split by "|" or ";" whose later report opens under a topic of its own ("Bamako:
flights suspended | Ouenkoro: ...") places no act of that report at the first topic, even when the gazetteer
lacks the later topic's name.

A possible act told with its verb of attack after "could" or "might" ("dissidents could target X") is no act
at X; "gunfire could be heard near X" (no such verb) still is.

Visitors named by their home ("a tourist couple from X") are not at the site of what befell them.

A strategic noun that talks are about ("put off Damascus talks on army merger") is no change made, and talks
with no date yet ("no date yet for Mogadishu talks", "failed to agree on a date for talks in X") are no
meeting.
"""

from __future__ import annotations

import pytest

from mapper.events import roles, triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles

# -- where a measure holds ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "places"), [
    ("Niamey extends state of emergency in Tahoua, Dosso over jihadist violence", ("Tahoua", "Dosso")),
    ("Section 144 imposed in Silchar after clashes", ("Silchar",)),
    ("The government declared a state of emergency in Manabi province after a wave of killings.",
     ("Manabi",)),
])
def test_the_place_of_a_measure_over_violence_is_no_site(
        pipeline: Pipeline, text: str, places: tuple[str, ...]) -> None:
    assert _events(pipeline, text, "2025-01-06") == []
    got = _roles(pipeline, text, "2025-01-06")
    assert [got[p] for p in places] == ["context"] * len(places)


@pytest.mark.parametrize(("text", "event"), [
    # an act told with its own verb after the measure is the news
    ("Curfew in Jos after gunmen kill 12 villagers", ("Jos", "Attack")),
    # an act coordinated with the measure, at its place
    ("Police imposed a curfew in Kasese and arrested 40 people on Monday.", ("Kasese", "Arrests")),
])
def test_an_act_told_beside_a_measure_keeps_its_site(
        pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert _events(pipeline, text, "2025-01-06") == [event]


# -- a later report's own topic ------------------------------------------------------------------------


def test_a_topic_with_no_act_of_its_own_is_context_beside_a_later_topic(pipeline: Pipeline) -> None:
    # (the gazetteer lacks "Ouenkoro": the first topic took its report's act before)
    text = "Bamako: flights suspended | Ouenkoro: jihadists attack army post"
    assert [e for e in _events(pipeline, text, "2025-01-06") if e[0] == "Bamako"] == []
    assert _roles(pipeline, text, "2025-01-06")["Bamako"] == "context"


def test_a_later_part_with_no_topic_still_takes_the_first_topic(pipeline: Pipeline) -> None:
    text = "Kharkiv: two killed in shelling | drone hits power line"
    assert ("Kharkiv", "Shelling/artillery/missile attack") in _events(pipeline, text, "2025-01-06")


def test_names_a_later_topic_reads_the_first_break_only() -> None:
    text = "Bamako: flights suspended | Ouenkoro: jihadists attack army post"
    assert roles._LATER_TOPIC.match(text, text.index("|"))
    assert roles._LATER_TOPIC.match("a | jihadists attack Ouenkoro: five dead", 2) is None


# -- a possible act after "could" -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Analysts said the rebels could target Uvira next.", "Uvira"),
    ("The army warned that the militia might attack Kalemie within days.", "Kalemie"),
])
def test_a_possible_act_is_no_event(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text, "2025-01-06") == []
    assert _roles(pipeline, text, "2025-01-06")[place] == "context"


def test_an_act_that_could_be_heard_stays(pipeline: Pipeline) -> None:
    text = "Gunfire could be heard near Kosti as the RSF shelled the town on Monday."
    assert [e[0] for e in _events(pipeline, text, "2025-01-06")] == ["Kosti"]


# -- visitors by their home --------------------------------------------------------------------------------


def test_a_couple_from_a_town_is_not_at_the_site(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead a couple from Kano at a market near Zaria on Friday, police said."
    assert [e[0] for e in _events(pipeline, text, "2025-01-06")] == ["Zaria"]
    assert _roles(pipeline, text, "2025-01-06")["Kano"] == "context"


def test_a_couple_taken_from_a_town_stays_at_it(pipeline: Pipeline) -> None:
    text = "Gunmen abducted a couple from Kafanchan on Friday, police said."
    assert _events(pipeline, text, "2025-01-06") == [("Kafanchan", "Abduction/forced disappearance")]


# -- what talks are about ----------------------------------------------------------------------------------


def test_a_merger_talks_are_about_is_no_change_made(pipeline: Pipeline) -> None:
    text = "Rebel factions put off Idlib talks on a merger"
    assert _events(pipeline, text, "2025-01-06") == []
    assert _roles(pipeline, text, "2025-01-06")["Idlib"] == "context"


def test_a_merger_made_stays(pipeline: Pipeline) -> None:
    text = "The two armed groups merged in Idlib on Monday, the rebels said."
    assert _events(pipeline, text, "2025-01-06") == [("Idlib", "Change to group/activity")]


# -- a meeting with no date yet -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Kremlin says no date yet for talks in Astana", "Astana"),
    ("The two sides failed to agree on a date for a new round of talks in Doha.", "Doha"),
])
def test_talks_with_no_date_yet_are_no_meeting(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text, "2025-01-06") == []
    assert _roles(pipeline, text, "2025-01-06")[place] == "context"


def test_talks_held_beside_a_date_agreed_stay(pipeline: Pipeline) -> None:
    text = "Envoys met in Doha on Monday and agreed on a date for a prisoner exchange."
    assert [e[0] for e in _events(pipeline, text, "2025-01-06")] == ["Doha"]


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["curfew in ", "state of emergency in Tahoua, ", ", Dosso and Tahoua ",
                                  "over over violence ", "Section 144 imposed in the "])
def test_phantom42_measure_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Curfew imposed in Silchar" + unit * (n // len(unit)) + " after clashes."
    assert growth(parsing(pipeline, text_of, "2025-01-06"), 50_000) < GROWTH  # 50 and 100 KB


@pytest.mark.parametrize("unit", [" | Goma Sake: ", "| A B C D ", "; Ouenkoro ", "could attack ",
                                  "could could target ", "a couple from ", "talks on talks on a ",
                                  "talks about the army ", "no date yet for no date ", "on a date for "])
def test_phantom42_topics_could_and_visitors_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return ("Bamako: flights suspended " + unit * (n // len(unit))
                + " Kalemie: army merger as jihadists attack")
    assert growth(parsing(pipeline, text_of, "2025-01-06"), 50_000) < GROWTH  # 50 and 100 KB


def test_phantom42_patterns_cannot_rescan_a_run() -> None:
    # (_PEOPLE_FROM, which gained a few nouns, reads only the 80 characters before a name: the 100 KB
    # test above covers it)
    for pattern in (roles._MEASURE_IN, roles._MEASURE_CAUSE, roles._LATER_TOPIC, roles._GOVERNOR,
                    triggers._TALKS_ABOUT, triggers._IRREALIS):
        assert rescans(pattern) == []
