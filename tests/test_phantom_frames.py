"""Phantom events at the frames of a site (issue 14, item 6): a name the text itself calls a region
("<site> in <name> regency", "<site>, <name> district,") only says where the site is, even when the
gazetteer has that name only as a town, a far namesake, or a town some way from the site; the second
end of a stretch ("on the road between <site> and <name>") only bounds it.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "site", "frame"), [
    # a regency the gazetteer has only as a namesake town in Java
    ("Rebels shot dead a teacher in Ilaga, Puncak regency, on Friday, police said.", "Ilaga", "Puncak"),
    # a district the gazetteer has as its seat town, 45 km from the facility
    ("A drone struck the Khor Mor gas field in Chamchamal district on Wednesday, halting production.",
     "Khor Mor gas field", "Chamchamal"),
])
def test_a_name_the_text_calls_a_region_frames_the_site(pipeline: Pipeline, text: str, site: str,
                                                         frame: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[frame] == "context"
    assert all(frame not in name for name, _ in _events(pipeline, text, "2025-06-14"))


def test_a_list_with_a_region_word_is_not_a_frame(pipeline: Pipeline) -> None:
    # "X, <name> district and Y": a list of sites going on, not a frame of the first
    text = "Artillery shelled Nikopol, Marhanets district and Pokrov on Sunday, the governor said."
    found = _roles(pipeline, text, "2025-06-14")
    assert found["Nikopol"] == found["Marhanets"] == "event_site"


@pytest.mark.parametrize("unit", [", Puncak ", " regency , and ", "Ilaga, Puncak regency, "])
def test_region_frames_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels shot dead a teacher in Ilaga" + unit * (n // len(unit)) + " regency on Friday."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_region_frame_patterns_cannot_rescan_a_run() -> None:
    for pattern in (roles._COMMA_GAP, roles._LIST_GOES_ON, roles._REGION_WORD_AFTER, roles._IN_REGION_GAP):
        assert rescans(pattern) == [], pattern.pattern


# -- the two ends of a stretch ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "second"), [
    ("Bandits abducted 14 travellers on the road between Funtua and Gusau on Friday, police said.",
     "Funtua", "Gusau"),
    ("Rebels clashed with troops between the towns of Kidal and Tessalit on Sunday, a local official said.",
     "Kidal", "Tessalit"),
])
def test_the_second_end_of_a_stretch_is_no_site(pipeline: Pipeline, text: str, first: str,
                                                second: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[first] == "event_site" and found[second] == "context"
    assert all(second not in name for name, _ in _events(pipeline, text, "2025-06-14"))


def test_the_ends_of_talks_between_stay_actors(pipeline: Pipeline) -> None:
    text = "Talks between Kinshasa and Kigali that had been due to open in Luanda were postponed."
    found = _roles(pipeline, text, "2025-06-14")
    assert found["Kinshasa"] == found["Kigali"] == "actor"


@pytest.mark.parametrize("unit", ["between ", "between the towns of ", " and the ", "Funtua and "])
def test_stretch_ends_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Bandits abducted travellers on the road " + unit * (n // len(unit)) + " Funtua and Gusau."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_stretch_end_patterns_cannot_rescan_a_run() -> None:
    for pattern in (roles._BETWEEN_BEFORE, roles._AND_GAP):
        assert rescans(pattern) == [], pattern.pattern
