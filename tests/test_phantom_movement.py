"""Phantom events at the places a movement set out from (issue 14, item 6): "rebels who had moved south
from X", "jihadist groups spreading south from X", "gunmen who tried to cross from X" name where the
movers came from, not where they acted.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "site", "origin"), [
    ("Rebels who had moved north from Menaka ambushed an army patrol near Anefis on Thursday.",
     "Anefis", "Menaka"),
    ("Jihadist fighters spreading south from Burkina Faso attacked a border post near Kpendjal on Sunday.",
     "Kpendjal", "Burkina Faso"),
    ("Gunmen who tried to cross from Sudan were killed by Chadian troops near Adre on Monday, the army said.",
     "Adre", "Sudan"),
])
def test_where_a_movement_set_out_from_is_no_site(pipeline: Pipeline, text: str, site: str,
                                                  origin: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[origin] == "context"
    assert all(origin not in name for name, _ in _events(pipeline, text, "2025-06-14"))


@pytest.mark.parametrize("unit", ["spreading south from ", "moved ", "cross cross from the "])
# (The pattern reads a left context of at most 80 characters: linear however long the run.)
def test_movement_origins_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels attacked Anefis. Fighters " + unit * (n // len(unit)) + " Menaka attacked Kidal."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH

