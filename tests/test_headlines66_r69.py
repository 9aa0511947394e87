"""Statements at a titled teller's place of speaking, headlines66's first class (helper heads69, base
2db040a4).

Every text is our own. A spokesman, minister, president, governor or commander who "told reporters (a news
conference) in X" after the act the sentence reports spoke at X: the act is coded, and so is a Statement at
X, as the corpus codes it (coder._titled_told_in), when the teller closes the sentence after a comma. A
teller with no title ("residents told reporters in ...", "an official told reporters in ...") stays the
source of the report, and one who opens the sentence only tells where the act was reported: no statement.

A group's base or its own end told without violence is an event at its place: "set up a new regional command
headquarters in X" (two free words before the noun), "announced its dissolution at a ceremony in X"
(triggers' Headquarters or base established and Change to group/activity rules); a parliament dissolved by a
president is not a group's change.
"""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, pattern_cpu, rescans
from tests.test_phantom_told_before import _events


@pytest.mark.parametrize(("text", "act", "place"), [
    ("Kenyan troops killed six al-Shabaab fighters near Mandera on Thursday, military spokesman Paul Njuguna "
     "told reporters in Nairobi.", ("Mandera", "Armed clash"), "Nairobi"),
    ("Ugandan soldiers recaptured Kasese from ADF rebels on Friday, the army commander told a news "
     "conference in Kampala.", ("Kasese", "Government regains territory"), "Kampala"),
])
def test_a_titled_teller_makes_a_statement_at_the_place(
        pipeline: Pipeline, text: str, act: tuple[str, str], place: str) -> None:
    found = _events(pipeline, text, "2025-03-07")
    assert act in found
    assert (place, "Statement") in found


@pytest.mark.parametrize("text", [
    # the near miss: residents and an untitled official are the report's source, not political speakers
    "Gunmen killed nine villagers near Mandera on Thursday, residents told reporters in Nairobi.",
    "Gunmen killed nine villagers near Mandera on Thursday, an official told reporters in Nairobi.",
])
def test_an_untitled_teller_makes_no_statement(pipeline: Pipeline, text: str) -> None:
    found = _events(pipeline, text, "2025-03-07")
    assert [e for e in found if e[1] == "Statement"] == []
    assert ("Mandera", "Attack") in found


def test_a_titled_teller_opening_the_sentence_makes_no_statement(pipeline: Pipeline) -> None:
    # the near miss: the teller opens the sentence and the act comes after, told as the day before
    text = ("Interior Minister Kipchumba Murkomen told reporters in Nairobi on Friday, a day after gunmen "
            "killed nine villagers near Mandera.")
    assert [e for e in _events(pipeline, text, "2025-03-07") if e[1] == "Statement"] == []


def test_the_told_in_pattern() -> None:
    assert coder._TOLD_IN.search("the minister told reporters in ")
    assert coder._TOLD_IN.search("he told a press conference at the ")
    assert coder._TOLD_IN.search("he told journalists after a visit to ") is None
    assert coder._TELLER_TITLE.search("army spokesman Lul Ruai Koang ")
    assert coder._TELLER_TITLE.search("residents ") is None


@pytest.mark.parametrize(("pattern", "run"), [
    (coder._TOLD_IN, "told reporters in told  reporters  in told a news conference at the "),
    (coder._TELLER_TITLE, "spokesman minister spokes president governo "),
])
def test_the_teller_patterns_are_linear_on_100_kb(pattern: object, run: str) -> None:
    assert rescans(pattern) == []  # type: ignore[arg-type]
    assert pattern_cpu(pattern, hundred_kb(run)) < 3.0  # type: ignore[arg-type]


def test_a_long_run_of_told_reporters_parses_in_linear_time(pipeline: Pipeline) -> None:
    unit = "the army spokesman told reporters in Nairobi "

    def text_of(n: int) -> str:
        return "Troops killed six fighters near Mandera, " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-03-07"), 50_000) < GROWTH


# -- a group's base or its own end, told without violence (triggers' Headquarters and Change rules) ----------

@pytest.mark.parametrize(("text", "event"), [
    ("Chin resistance fighters have set up a new regional command headquarters in Mindat, residents said on "
     "Monday.", ("Mindat", "Headquarters or base established")),
    ("A Free Syrian Army faction announced its dissolution at a ceremony in Azaz on Sunday.",
     ("I‘zāz", "Change to group/activity")),  # the gazetteer's name of Azaz
])
def test_a_base_or_a_dissolution_is_coded(pipeline: Pipeline, text: str, event: tuple[str, str]) -> None:
    assert event in _events(pipeline, text, "2025-03-10")


def test_a_parliament_dissolved_is_no_change_to_a_group(pipeline: Pipeline) -> None:
    # the near miss: a state body dissolved by another, not a group ending itself
    found = _events(pipeline, "The president dissolved parliament in Bishkek on Monday.", "2025-03-10")
    assert [e for e in found if e[1] == "Change to group/activity"] == []


def test_a_long_run_of_bases_and_dissolutions_parses_in_linear_time(pipeline: Pipeline) -> None:
    unit = "set up a new regional command headquarters announced its own dissolution in Aleppo "

    def text_of(n: int) -> str:
        return "Fighters " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-03-10"), 50_000) < GROWTH
