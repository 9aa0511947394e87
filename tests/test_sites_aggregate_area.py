"""The area a total is told across, before the places it includes (issue 14), round 12.

Every sentence is our own. "Israeli strikes killed at least 22 people across Gaza overnight, including
nine in Jabaliya and six near Khan Younis": the places after "including" are the sites; the area the
total is told "across" or "throughout" only frames it (no event there, and not the first site's figure).
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles


@pytest.mark.parametrize(("text", "area", "events"), [
    ("Israeli strikes killed at least 22 people across Gaza overnight, including nine in a school in "
     "Jabaliya, hospital officials said.", "Gaza", [("Jabālyā", "Air/drone strike")]),
    ("Air strikes killed 40 people throughout Gaza on Monday, including 15 in Rafah, medics said.",
     "Gaza", [("Rafaḩ", "Air/drone strike")]),
])
def test_an_area_a_total_is_told_across_is_no_site(pipeline: Pipeline, text: str, area: str,
                                                   events: list[tuple[str, str]]) -> None:
    assert _roles(pipeline, text)[area] == "context"
    assert _events(pipeline, text) == events


def test_a_site_after_across_with_no_list_stays_a_site(pipeline: Pipeline) -> None:
    text = "Israeli strikes killed 12 people across Khan Younis on Monday, medics said."
    assert _roles(pipeline, text)["Khan Younis"] == "event_site"


@pytest.mark.parametrize("unit", ["across across the ", "across Gaza a b c d e f, including ",
                                  ", including, "])
def test_aggregate_area_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Strikes killed 20 people " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-20"), 20_000) < GROWTH


def test_aggregate_area_patterns_cannot_rescan_a_run() -> None:
    for pattern in (roles._ACROSS, roles._INCLUDING_NEXT):
        assert rescans(pattern) == [], pattern.pattern


# An attribution between the total and its share: the share is still the first site's figure.
@pytest.mark.parametrize(("text", "deaths"), [
    ("Air strikes killed 19 people across Gaza on Tuesday, medics said, including eight people in a house in "
     "Sheikh Radwan and five in Jabaliya.", [("Sheikh Radwan", 8), ("Jabālyā", 5)]),
    ("Air strikes killed 30 people across Gaza on Friday, civil defence officials told AFP, including 11 in "
     "a school in Jabaliya.", [("Jabālyā", 11)]),
])
def test_a_share_after_an_attribution(pipeline: Pipeline, text: str, deaths: list[tuple[str, int]]) -> None:
    doc = pipeline.parse(text, published="2025-05-20")
    assert [(e.location.name, e.fatalities) for e in doc.events] == deaths


@pytest.mark.parametrize("unit", ["said ", ", officials said, ", "told told including "])
def test_a_share_after_an_attribution_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Strikes killed 20 people across Gaza " + unit * (n // len(unit)) + ", including 5 in Rafah."
    assert growth(parsing(pipeline, text_of, "2025-05-20"), 20_000) < GROWTH
