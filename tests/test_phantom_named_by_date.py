"""Phantom events in texts that mix real events with non-events (issue 14), round 18.

Every sentence is our own. An act named by its year or month ("the 2014 massacre in X", "over the
October bombing in Y") is a known past event, not the news; a threat told as a right reserved ("reserves
the right to strike X"), an offer ("offers talks in Y") and a pretext ("a pretext for an assault on Z")
report nothing; a run told in the perfect for weeks or longer ("have blocked roads ... for a week") is a
tally, not an act of the day; weapons people were carrying ("who were carrying drone parts") were not used.
The acts told beside them still make events.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


def _places(pipeline: Pipeline, text: str, published: str = "2025-11-12") -> set[str]:
    return {name for name, _ in _events(pipeline, text, published)}


# -- an act named by its year or month ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "past"), [
    ("Officials in Maiduguri spoke on Monday about the 2015 massacre in Baga.", "Baga"),
    ("A judge in Abuja jailed two men for life on Tuesday over the 2022 bombing of a train near Kaduna.",
     "Kaduna"),
    ("Lawyers for the families said the inquiry into the 2019 Camp Ashraf killings would resume in Baghdad.",
     "Baghdad"),
    ("Families in Kabul laid flowers on Friday for the 90 people killed in the May car bombing in Kunduz.",
     "Kunduz"),
])
def test_an_act_named_by_its_year_or_month_is_no_event(pipeline: Pipeline, text: str, past: str) -> None:
    assert past not in _places(pipeline, text)
    assert _roles(pipeline, text, "2025-11-12")[past] == "context"


def test_an_act_named_by_its_month_beside_arrests_today(pipeline: Pipeline) -> None:
    text = "Police arrested two men in Lahore on Monday over the October bombing in Quetta."
    assert _events(pipeline, text, "2025-11-12") == [("Lahore", "Arrests")]


def test_an_act_named_by_its_year_beside_a_real_one(pipeline: Pipeline) -> None:
    text = ("Gunmen killed four farmers near Jos on Tuesday, in the same district as the 2018 massacre in "
            "Barkin Ladi.")
    assert _places(pipeline, text) == {"Jos"}


def test_a_verb_after_a_year_is_still_read() -> None:
    # "the 2024 report said militants attacked X": the year names the report, the verb tells the act
    low = "the 2024 report said militants attacked baga."
    at = low.index("attacked")
    assert not triggers.not_this_act(low, at, at + len("attacked"))
    low = "officials spoke about the 2015 massacre in baga."
    at = low.index("massacre")
    assert triggers.not_this_act(low, at, at + len("massacre"))


# -- a right reserved, an offer, a pretext ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Islamabad said on Wednesday that it reserves the right to strike militant hideouts in Khost.",
    "The junta offered the rebels new talks in Bangkok if they withdrew from Lashio.",
    "The army called the video a pretext for an offensive on Kidal.",
])
def test_a_right_reserved_an_offer_or_a_pretext_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_a_right_reserved_beside_a_real_shelling(pipeline: Pipeline) -> None:
    text = ("Rebels shelled Goma on Monday, and Kinshasa said it reserved the right to strike rebel "
            "positions around Rutshuru.")
    assert _places(pipeline, text, "2025-02-10") == {"Goma"}


def test_an_offer_of_no_resistance_leaves_the_capture(pipeline: Pipeline) -> None:
    text = "Government troops offered little resistance when the insurgents retook Palma on Friday."
    assert "Palma" in _places(pipeline, text, "2025-02-10")


# -- a run in the perfect for weeks ---------------------------------------------------------------------

def test_a_run_in_the_perfect_for_weeks_is_no_event(pipeline: Pipeline) -> None:
    text = "Farmers have blocked the main highway near Oruro for two weeks, demanding cheaper diesel."
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Farmers have blocked the main highway near Oruro since Monday, demanding cheaper diesel.",
    "Protesters have blocked roads in Cochabamba for two days.",
])
def test_a_run_of_the_last_days_is_still_the_news(pipeline: Pipeline, text: str) -> None:
    assert len(_events(pipeline, text)) == 1


# -- weapons carried ------------------------------------------------------------------------------------

def test_weapons_carried_are_no_strike_beside_the_arrests(pipeline: Pipeline) -> None:
    text = "Police arrested two men in Jamundi, south of Cali, who were carrying drone parts and explosives."
    assert _events(pipeline, text, "2025-06-12") == [("Jamundí", "Arrests")]
    assert _roles(pipeline, text, "2025-06-12")["Cali"] == "context"


def test_a_drone_carrying_a_bomb_still_strikes(pipeline: Pipeline) -> None:
    text = "A drone carrying a bomb struck an army base near Kidal on Monday."
    assert _events(pipeline, text, "2025-06-09") == [("Kidal", "Air/drone strike")]


# -- linear -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["the 2014 the 2014 massacre ", "2014's 2014's attack ",
                                  "the june the june bombing ", "reserved the reserved the right right to ",
                                  "offers pretext for offers pretext to attack ",
                                  "have blocked have blocked roads for for a week ",
                                  "carrying carrying drone parts carrying "])
def test_named_by_date_and_reserved_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen attacked Kano on Sunday, a year after " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-03-10"), 50_000) < GROWTH


def test_named_by_date_pattern_cannot_rescan_a_run() -> None:
    assert rescans(triggers._YEAR_NAMED) == []
