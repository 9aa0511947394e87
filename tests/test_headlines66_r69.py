"""Statements at a titled teller's place of speaking, headlines66's first class (helper heads69, base
2db040a4).

Every text is our own. A spokesman, minister, president, governor or commander who "told reporters (a news
conference) in X" after the act the sentence reports spoke at X: the act is coded, and so is a Statement at
X, as the corpus codes it (coder._titled_told_in). A teller with no title ("residents told reporters in
...", "an official told reporters in ...") stays the source of the report: no statement there.
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
