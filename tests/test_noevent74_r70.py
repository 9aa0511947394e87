"""Phantoms of noevent74's classes (helper wphantom70, base 485cad35).

Every text is our own. A capture told as the participle of a perfect advance over a period ("have advanced
... this year, taking X and Y") is a campaign's summary, no capture (triggers._gain_in_perfect); an advance
on a day, taking a town, still is one. The hospital-runner form ("taken to a hospital run by X in Y") was
tried and dropped (see the noevent74 row of training/events/README.md); the tests below it pin the base's
behaviour on the classes: the town of a hospital the wounded were taken to and a town people fled to are no
sites; a strike on a hospital keeps its town.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, pattern_cpu
from tests.test_phantom_told_before import _events, _roles

# -- a capture told as a campaign's summary in the perfect ----------------------------------------------


@pytest.fixture(scope="module")
def unfiltered() -> Pipeline:
    # the rule is the coder's: read it without the learned event filter after it
    return Pipeline(event_filter=False)


def _unfiltered_events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-09-10"))
    return [(e.location.name, e.sub_event_type) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Rebel forces have advanced steadily across the east this year, taking Kalehe and Nyabibwe after weeks "
    "of clashes.",
    "The militants have expanded in the north in recent months, seizing Ansongo and Bourem.",
    "Government troops have pushed north, capturing Hombori after months of fighting.",
])
def test_a_perfect_advance_over_a_period_takes_no_town(unfiltered: Pipeline, text: str) -> None:
    assert _unfiltered_events(unfiltered, text) == []


def test_an_advance_on_a_day_still_takes_the_town(unfiltered: Pipeline) -> None:
    # the near miss: no perfect, a day
    text = "Rebel forces advanced on Tuesday, taking Kalehe after heavy fighting."
    assert [name for name, _ in _unfiltered_events(unfiltered, text)] == ["Kalehe"]


def test_the_perfect_gain_patterns() -> None:
    assert triggers._gain_in_perfect(*_at("troops have advanced steadily in the region this year, taking x"))
    assert triggers._gain_in_perfect(*_at("troops have pushed north, taking x after months of fighting"))
    assert not triggers._gain_in_perfect(*_at("troops have pushed north, taking x"))  # no period
    assert not triggers._gain_in_perfect(*_at("troops advanced this year, taking x"))  # no perfect


def _at(low: str) -> tuple[str, int, int]:
    start = low.index("taking")
    return low, start, start + len("taking")


def test_the_perfect_gain_patterns_are_linear_on_100_kb() -> None:
    assert pattern_cpu(triggers._PERFECT_GAIN_BEFORE, hundred_kb("have advanced have steadily , ")) < 3.0
    assert pattern_cpu(triggers._LONG_RUN, hundred_kb("over the past this after for months ")) < 3.0

# -- hospitals and towns fled to: the base's readings ------------------------------------------------------


def test_the_town_of_a_hospital_run_by_an_aid_group_is_no_site(pipeline: Pipeline) -> None:
    text = ("Gunmen killed six villagers near Kaga Bandoro on Monday, local officials said. "
            "The wounded were taken to a hospital run by the Red Cross in Bangui.")
    assert _events(pipeline, text, "2025-09-10") == [("Kaga-Bandoro", "Attack")]
    assert _roles(pipeline, text, "2025-09-10")["Bangui"] == "context"


def test_a_strike_on_a_hospital_run_by_an_aid_group_keeps_its_town(pipeline: Pipeline) -> None:
    # the near miss: the hospital is hit, not a place the wounded went to
    text = "A drone struck a hospital run by the Red Cross in Kadugli on Monday, killing four patients."
    assert ("Kadugli", "Air/drone strike") in _events(pipeline, text, "2025-09-10")


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen raided a camp near Djibo on Monday. Several of the wounded were taken to a clinic run by "
     "Medecins Sans Frontieres in Dori, where nurses treated them.", "Dori"),
    ("Bandits killed nine farmers near Gusau on Monday, and hundreds of villagers fled to Kaura Namoda.",
     "Kaura Namoda"),
])
def test_where_the_wounded_or_the_fleeing_went_is_no_site(pipeline: Pipeline, text: str, place: str) -> None:
    assert place not in {name for name, _ in _events(pipeline, text, "2025-09-10")}
