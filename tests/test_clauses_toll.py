"""A toll split among places in a sentence of its own ("Four died in A and two in B") codes one event per
place (issue 14, point 2); "died" alone ("died in hospital", "died in Paris in 2019") codes nothing."""

from __future__ import annotations

import pytest

from mapper.events import clauses, triggers
from mapper.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None]]:
    doc = pipeline.parse(text, published="2024-10-23")
    return [(e.location.country_code, e.sub_event_type, e.fatalities) for e in doc.events]


def test_a_toll_split_per_place_gives_one_event_per_place(pipeline: Pipeline) -> None:
    text = ("Jihadists attacked army posts in northern Burkina Faso on Sunday. Eleven soldiers died in Djibo "
            "and five in Arbinda, security sources said.")
    doc = pipeline.parse(text, published="2024-10-23")
    assert sorted((e.location.name, e.fatalities) for e in doc.events) == [("Aribinda", 5), ("Djibo", 11)]


def test_the_split_takes_the_type_of_the_article_event(pipeline: Pipeline) -> None:
    text = ("Israeli airstrikes on the central Gaza Strip killed six people on Tuesday, health officials "
            "said. Four died in Deir al-Balah and two in Nuseirat.")
    assert _events(pipeline, text) == [("PS", "Air/drone strike", 4), ("PS", "Air/drone strike", 2)]


@pytest.mark.parametrize("text", [
    "Two people died in hospital in Kharkiv.",
    "The former minister died in Paris in 2019.",
    "Her grandfather died in Aleppo, she said.",
])
def test_died_alone_codes_nothing(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_the_toll_pattern_finishes_on_100_kb() -> None:
    hostile = "four " * 20_000 + "people died in hospital"
    assert len(hostile) > 100_000
    assert clauses._toll_split(hostile) == []
    assert [c.start for c in clauses._toll_split(hostile + " in Kharkiv")] == []  # "in hospital" first
    found = clauses._toll_split("x " * 50_000 + "Four died in Kharkiv")
    assert [(c.sub_event_type, c.start) for c in found] == [("Armed clash", 100_005)]


# -- a capture one side claims and the other denies ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia's defence ministry claimed its troops had captured the village of Dachne, but Ukraine's "
    "military denied the claim.",
    "The RSF claimed to have seized Babanusa on Monday, which the army denied.",
])
def test_a_denied_claim_of_capture_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    # claimed and not denied; denied but never claimed as a capture
    ("Ukraine's army said it had recaptured Robotyne on Monday.", "Government regains territory"),
    ("Russia claimed the capture of Vuhledar on Wednesday; Ukrainian officials did not confirm it.",
     "Non-state actor overtakes territory"),
])
def test_a_capture_not_denied_stays(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [e[1] for e in _events(pipeline, text)] == [sub]


def test_the_claim_patterns_finish_on_100_kb() -> None:
    hostile = "claimed " * 13_000
    assert len(hostile) > 100_000
    assert clauses._CLAIMED.search(hostile, 100_000 - 60, 100_000) is not None
    assert clauses._DENIED.search("deni" * 25_000) is None


# -- an act its actor claims for itself, disputed in the same sentence or the next (who asserts it) ------

@pytest.mark.parametrize("text", [
    "Al-Shabaab said its fighters had killed 30 soldiers in an attack on a base near Afgoye, a claim the "
    "government dismissed as propaganda.",
    "The group said on Telegram that it had bombed a police post in Tank, a claim local officials could not "
    "confirm.",
    "The RSF said they had killed dozens of soldiers in clashes near Babanusa, which the army denied.",
    "The ADF said its fighters had attacked an army camp near Oicha on Monday. The army denied the claim.",
])
def test_a_disputed_claim_of_its_own_act_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    # claimed and not disputed; told as fact and blamed on a group that denies it; disputed, but the act is
    # no claim of its actor's
    ("The army said it had killed 12 militants near Afgoye on Sunday.", "Armed clash"),
    ("Gunmen killed five villagers near Oicha on Monday, the army said, blaming the ADF, which denied it.",
     "Attack"),
    ("A drone hit a fuel depot in Port Sudan on Sunday, officials said, a claim the RSF did not dispute.",
     "Air/drone strike"),
])
def test_an_act_not_disputed_as_its_actors_claim_stays(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [e[1] for e in _events(pipeline, text)] == [sub]


def test_the_self_claim_patterns_finish_on_100_kb() -> None:
    hostile = "said it " * 13_000
    assert len(hostile) > 100_000
    assert clauses._self_claimed(hostile, len(hostile)) is True
    assert clauses._self_claimed("said " * 25_000, 125_000) is False
    run = ", a claim " + "the " * 30_000
    assert clauses._DISPUTED_AFTER.match(run, 0, clauses._DISPUTED_CHARS) is None
    assert clauses._DISPUTED_AFTER.match(run + "denied", 0, len(run) + 6) is None  # the window bounds it


# -- a time clause "a week after ..." reaches over its whole clause -----------------------------------

def test_an_act_far_into_a_week_after_clause_is_no_event(pipeline: Pipeline) -> None:
    text = ("Police in Gulu arrested nine suspected rebel collaborators on Tuesday, a month after a rights "
            "group based in Kampala accused soldiers of detaining dozens of civilians in Kitgum.")
    doc = pipeline.parse(text, published="2024-10-23")
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == [("Gulu", "Arrests")]


def test_talks_in_a_days_after_clause_are_no_event(pipeline: Pipeline) -> None:
    # The meeting is the time anchor of the news, not news (an attack there would be: two days back).
    text = ("Gunmen killed four farmers near Bokkos on Sunday, police said, days after the governor held "
            "peace talks with herder leaders in Jos.")
    doc = pipeline.parse(text, published="2024-10-23")
    assert [(e.location.name, e.sub_event_type, e.date) for e in doc.events] == [
        ("Bokkos", "Attack", "2024-10-20")]


def test_the_days_after_pattern_finishes_on_100_kb() -> None:
    hostile = "days " * 25_000
    assert len(hostile) >= 100_000
    assert triggers._DAYS_AFTER.search(hostile) is None
    assert triggers._in_scope(triggers._DAYS_AFTER, hostile + "after ") is True


def test_the_source_pattern_finishes_on_100_kb() -> None:
    hostile = " " * 100_000 + "said"
    assert triggers._SOURCE_AFTER.match(hostile) is None
    assert triggers._SOURCE_AFTER.match("  leader " * 12_000 + "said") is None
    assert triggers._SOURCE_AFTER.match(" leader said") is not None
