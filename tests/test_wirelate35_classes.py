"""Session 29, helper wirelate35: later acts of wire paragraphs, the interception told as an air-defence
tally ("air defences had destroyed 21 drones over the Bryansk and Kursk regions"). The learned event filter
read such interceptions at the strategic threshold and dropped most of them; an interception whose own
sentence names air defences or counts the downed weapons is no longer judged (event_filter._TALLY).
Controls: the total of an attack ("40 of the 52 drones Russia launched over X") is still judged, and an
interception placed from another sentence too."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events.event_filter import _TALLY
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import rescans

PUBLISHED = "2025-08-03"  # a Sunday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def sites(pipeline: Pipeline, text: str) -> list[tuple[str, str, int]]:
    doc = pipeline.parse(Article("wirelate35", text, published=PUBLISHED))
    return [(e.sub_event_type, e.location.name, e.geo_precision) for e in doc.events]


def test_a_tally_over_one_region_is_kept(pipeline: Pipeline) -> None:
    doc = pipeline.parse(Article("wirelate35", "MOSCOW, Aug 3 - The defence ministry said air defences had "
                                 "destroyed 19 Ukrainian drones over the Tula region overnight.",
                                 published=PUBLISHED))
    assert [(e.sub_event_type, e.location.name, e.geo_precision, e.date) for e in doc.events] == [
        ("Disrupted weapons use", "Tul'skaya oblast'", 3, "2025-08-03")]
    event = doc.events[0]
    assert event.actor1 is not None and event.actor1.name == "Russian forces"
    assert event.actor2 is not None and event.actor2.name == "Ukrainian forces"


def test_a_tally_over_two_regions_is_two_interceptions(pipeline: Pipeline) -> None:
    assert sites(pipeline, "KYIV, Aug 3 - Overnight, air defence units shot down 27 drones over the Poltava "
                           "and Kirovohrad regions, the air force said.") == [
        ("Disrupted weapons use", "Poltavska oblast", 3),
        ("Disrupted weapons use", "Kirovohradska oblast", 3)]


def test_a_count_of_downed_drones_without_air_defences_is_kept(pipeline: Pipeline) -> None:
    assert sites(pipeline, "MOSCOW, Aug 3 - Russia's defence ministry said 14 Ukrainian drones had been shot "
                           "down over the Voronezh region on Saturday.") == [
        ("Disrupted weapons use", "Voronezhskaya oblast'", 3)]


def test_a_tally_after_an_earlier_strike_is_the_second_event(pipeline: Pipeline) -> None:
    assert sites(pipeline, "MOSCOW, Aug 3 - A Ukrainian drone hit a fuel depot in Klintsy overnight, the "
                           "governor said. Separately, the defence ministry said its air defences had "
                           "destroyed 33 drones over the Oryol region.") == [
        ("Air/drone strike", "Klintsy", 1), ("Disrupted weapons use", "Orlovskaya oblast'", 3)]


@pytest.mark.xfail(strict=True, reason="known loss of the event filter trained at session 31 (key F1 - 2 x "
                   "phantom rate, threshold 0.6): the interception over the regions the attack came over "
                   "is kept")
def test_the_total_an_attack_launched_is_still_judged(pipeline: Pipeline) -> None:
    # Control: "40 of the 52 drones Russia launched over X" names the regions the attack came over.
    assert sites(pipeline, "KYIV, Aug 3 - Ukraine's air force said it shot down 40 of the 52 drones Russia "
                           "launched overnight over the Odesa and Mykolaiv regions.") == []


def test_the_total_an_attack_launched_is_no_tally() -> None:
    assert _TALLY.search("it shot down 40 of the 52 drones Russia launched") is None


def test_the_tally_words() -> None:
    assert _TALLY.search("air defences had destroyed them") is not None
    assert _TALLY.search("the air-defense system engaged") is not None
    assert _TALLY.search("1,200 kamikaze drones") is not None
    # A number word told as the interception's own object is a tally since session 30 (wire36: "shot down two
    # Houthi drones over the Red Sea" was dropped by the filter); "the drones" still is not.
    assert _TALLY.search("two ballistic missiles were shot down") is not None
    assert _TALLY.search("the drones were shot down") is None


def test_a_sentence_without_a_tally_is_unchanged(pipeline: Pipeline) -> None:
    # Control: the strike is kept, and no interception comes from a sentence that places none.
    assert sites(pipeline, "KYIV, Aug 3 - A Russian drone hit a school in Sumy on Saturday, injuring two. "
                           "Ukraine's air force said most of the drones were shot down over the north and "
                           "east of the country.") == [("Air/drone strike", "Sumy", 1)]


# The tally as first written (greedy runs): the oracle of the possessive one.
_TALLY_GREEDY = re.compile(r"\bair[- ]defen[cs]e"
                           r"|(?<!\bof the )\b\d[\d,]{0,8}\s+(?:[\w-]+\s+){0,2}(?:drones|missiles|rockets)\b",
                           re.IGNORECASE)


def test_the_tally_pattern_is_linear() -> None:
    # Its runs of spaces and of word characters are possessive (tests/test_linear.py's rescans): no start
    # rescans the rest of a long run. 200 KB of digit runs with commas, long words after a number, numbers
    # without a weapon: no tally in any of them, and one at the end of each found where it starts.
    assert rescans(_TALLY) == [] and rescans(_TALLY_GREEDY) != []
    for unit in ("1,", "1 " + "a" * 50 + " ", "12 of the 3 ", "air defen", "9 drone ", "5 \t\n "):
        text = unit * (200_000 // len(unit))
        assert _TALLY.search(text) is None, unit
        assert _TALLY.search(text + ". 7 drones").span() == (len(text) + 2, len(text) + 10), unit


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "1,200", ",", " ", "  ", "\n", "-", "of the ", "of", "the",
                                 "kamikaze", "Shahed-type", "drones", "Missiles", "rockets", "drone", "air",
                                 "defence", "air-defense", "x"]), max_size=30))
def test_the_possessive_tally_matches_as_the_greedy_one(words: list[str]) -> None:
    text = " ".join(words) if len(words) % 2 else "".join(words)
    assert [m.span() for m in _TALLY.finditer(text)] == [m.span() for m in _TALLY_GREEDY.finditer(text)], text
