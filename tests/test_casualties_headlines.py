"""Casualty figures in headline grammar (issue 14, point 7): Title Case counts, a family of N without an
article, lynching as killing. Our own headlines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.casualties import casualties
from tests.test_linear import GROWTH, growth


@pytest.mark.parametrize(("text", "expected"), [
    # Title Case: a count is no name ("Two Soldiers" is not a person), nor is "In Gao" after the verb.
    ("Two Soldiers Killed In Gao", (2, None)),
    ("Three Police Officers Shot Dead In Kano", (3, None)),
    ("Jihadists Storm Army Outpost Near Dori, Dozens Of Soldiers Dead", (12, None)),
    ("Twelve Villagers Killed In Attack On Market", (12, None)),
    # ... but names still count as one person each.
    ("Carlos Manzo Shot Dead In Uruapan", (1, None)),
    ("Drone Strike Kills Hezbollah Commander Fuad Shukr", (1, None)),
    # A family of N, with or without the article.
    ("Gunmen Kill Family Of Four In Homs Countryside", (4, None)),
    ("Rafah shelling kills family of six", (6, None)),
    ("Gunmen killed a family of five in Gao.", (5, None)),
    ("Gunmen killed the family of a journalist in Gao.", (None, None)),
    # Lynching is killing, in the headline present too.
    ("Mob lynches two suspected kidnappers in Kaduna", (2, None)),
    ("A mob lynched a suspected thief in Kano on Monday.", (1, None)),
])
def test_headline_casualties(text: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(text) == expected


def test_title_case_runs_are_read_in_linear_time() -> None:
    # Every capitalised word could start a name or a count: 100 KB of them, and of "Family Of".
    for unit in ("Two Soldiers Killed In ", "Family Of Family Of ", "Kills In At Near "):
        def make(n: int, unit: str = unit) -> Callable[[], object]:
            text = unit * (n // len(unit))
            return lambda: casualties(text)
        assert growth(make, 50_000) < GROWTH, unit
