"""Session 52, helper heads67: event sites missed in headlines whose topic is an ALL-CAPS place
(training/events/headlines65.jsonl). Every sentence is our own.

- coder._capital_heading (read by ``_locate``): an ALL-CAPS place before a colon heads a one-line report
  ("SWEIDA: Clashes ... kill 30"), as a Title Case one did: when the headline names no other site, its act
  is there (blind b69-010). A wire dateline keeps its dash or filing day ("MOSUL —", "MOSUL, Iraq (Reuters)
  -"): no event at it, as before.
- roles._BAR_AFTER: an ALL-CAPS place before a bar is a one-line text's topic ("CULIACÁN | Gunmen kill five
  at car wash", blind b69-016): no dateline takes a bar.
Near misses that must not change: a dash dateline, a wire dateline with an agency, a headline that names its
own site after the capital ("MOSUL: ... near Tal Afar": Tal Afar), a country (the dateline fallback never
takes an area), and topics with no act.
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _HEADING_COLON
from mapper.events.roles import _BAR_AFTER
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-06-02"

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)

HEADED = [
    ("MOSUL: Roadside bomb kills two soldiers",
     [("Mosul", "Remote explosive/landmine/IED", None, "Iraqi forces")]),
    ("KAYES: Jihadists ambush army convoy, eight dead",
     [("Kayes", "Armed clash", "jihadists", "Malian forces")]),
    ("BAIDOA | Mortar shells hit market, three killed",
     [("Baidoa", "Shelling/artillery/missile attack", None, "civilians")]),
    ("MISRATA | Militias clash near port, four dead",
     [("Misratah", "Armed clash", "militia", None)]),
]


@pytest.mark.parametrize(("text", "want"), HEADED)
def test_a_capital_topic_places_its_headline(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR = [
    ("MOSUL — Roadside bomb kills two soldiers", []),  # a wire dateline's dash
    ("MOSUL, Iraq (Reuters) - A roadside bomb killed two soldiers on Monday.", []),
    ("MOSUL: Roadside bomb kills two soldiers near Tal Afar",
     [("Tall ‘Afar", "Remote explosive/landmine/IED", None, "Iraqi forces")]),
    ("IRAQ: Roadside bomb kills two soldiers", []),  # an area: never the fallback
    ("KAYES: Officials to reopen schools next month", []),
    ("BAIDOA | Elders call for calm ahead of vote", []),
]


@pytest.mark.parametrize(("text", "want"), NEAR)
def test_the_near_misses_keep_their_reading(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_the_separators_by_form() -> None:
    assert _HEADING_COLON.match("X: y", 1) and _HEADING_COLON.match("X : y", 1)
    assert not _HEADING_COLON.match("X — y", 1) and not _HEADING_COLON.match("X, Jan 3: y", 1)
    assert _BAR_AFTER.match("X | y", 1) and _BAR_AFTER.match("X| y", 1)
    assert not _BAR_AFTER.match("X - y", 1) and not _BAR_AFTER.match("X: y", 1)


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [" : ", " :", ": : ", " | ", " |", "| | ", "  ::||  "])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_HEADING_COLON, _BAR_AFTER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_capital_topics_parse_linearly(unfiltered: Pipeline) -> None:
    unit = "MOSUL: Roadside bomb kills two soldiers | BAIDOA | Mortar shells hit market, three killed | "
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
