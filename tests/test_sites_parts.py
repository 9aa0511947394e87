"""A part of a site named before it: "the boundary wall of the X cantonment" (issue 14), round 12.

Every sentence is our own. An act at a part of a base, camp or compound ("into the boundary wall of
the Bannu cantonment", "on the perimeter wall of the Kidal camp", "inside the compound of the Kandahar
governor's office") is at the place that part belongs to, as "the gates of" and "the entrance to" were.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events


@pytest.mark.parametrize(("text", "events"), [
    ("Two suicide bombers rammed explosives-laden vehicles into the boundary wall of the Bannu cantonment on "
     "Tuesday, killing five civilians.", [("Bannu", "Suicide bomb")]),
    ("Gunmen opened fire on the perimeter wall of the Kidal camp on Sunday.", [("Kidal", "Armed clash")]),
    ("A rocket landed inside the compound of the Kandahar governor's office on Monday, wounding two guards.",
     [("Kandahār", "Shelling/artillery/missile attack")]),
])
def test_an_act_at_a_part_of_a_site(pipeline: Pipeline, text: str, events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text, "2025-06-10") == events


@pytest.mark.parametrize("unit", ["the boundary wall of the ", "walls of walls of ",
                                  "compound of the compound ", "perimeter perimeter wall of "])
def test_parts_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    # (The locative pattern reads at most the 80 characters left of a name: its repeats are bounded.)
    def text_of(n: int) -> str:
        return "Gunmen attacked " + unit * (n // len(unit)) + "Kidal"
    assert growth(parsing(pipeline, text_of, "2025-06-10"), 20_000) < GROWTH

