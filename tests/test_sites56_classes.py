"""Session 45 round 2, helper sites56: wire sites, for the classes of the blind files' train misses that
training/events/places55.jsonl carries. Every sentence is our own.

- a second site that opens a part of the sentence after a conjunction, its act after it, with a report verb
  between the first act and it: "Militias fought in X's Y district on Monday, killing three, residents said,
  while in Z, west of the centre, gunmen stormed a bank". The "said" before the place made the rules read it
  as the place of what was said (context), so the second district was missed. A place after "while in" /
  "and in" / "; in" (roles.py ``_OPENING_IN``) whose clause has a trigger after it, within 120 characters
  and with no sentence part break between (``_PART_OPENED_ACT_BREAK``: ``;:.!?|``, "while", "but",
  "said" ...), keeps that act (roles.py ``_opens_part_before_act``, in ``_role_alone``'s "decided" check).
  Near misses: no act after the place ("..., while in Beni residents held a vigil") stays context; a place
  after "said in" (no opening conjunction) is unchanged; an act after a second "said" is not the place's.
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _PART_OPENED_ACT_BREAK
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-03-24"  # a Monday


def parsed(pipeline: Pipeline, text: str):
    return pipeline.parse(Article("sites56", text, published=PUBLISHED))


def roles(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = parsed(pipeline, text)
    return [(m.text, r.name) for m, r in zip(doc.mentions, doc.roles, strict=True)]


def sites(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return sorted((m.text, e.sub_event_type) for e in parsed(pipeline, text).events for m in e.mentions[:1])


OPENED_PARTS = [
    ("Gunmen fought a police unit in Kano's Fagge area on Friday, killing two officers, officials said, "
     "while in Nasarawa, east of the old city, armed men stormed a bank.",
     [("Kano", "context"), ("Fagge", "event_site"), ("Nasarawa", "event_site")]),
    ("Troops clashed with rebels in Bunia on Friday, killing six, officials said, and in Beni, gunmen "
     "attacked a market.",
     [("Bunia", "event_site"), ("Beni", "event_site")]),
]


@pytest.mark.parametrize(("text", "want"), OPENED_PARTS)
def test_a_place_opening_a_part_keeps_its_act(either: Pipeline, text: str, want: list) -> None:
    assert roles(either, text) == want


def test_both_districts_are_sites(either: Pipeline) -> None:
    got = [name for name, _ in sites(either, OPENED_PARTS[0][0])]
    assert got == ["Fagge", "Nasarawa"]


def test_no_act_after_the_place_stays_context(either: Pipeline) -> None:
    text = ("Troops clashed with rebels in Bunia on Friday, officials said, while in Beni residents held "
            "a vigil.")
    assert roles(either, text) == [("Bunia", "event_site"), ("Beni", "context")]


def test_the_break_words() -> None:
    assert _PART_OPENED_ACT_BREAK.search(", east of the old city, armed men ") is None
    assert _PART_OPENED_ACT_BREAK.search(" residents said gunmen ") is not None
    assert _PART_OPENED_ACT_BREAK.search(" district; gunmen ") is not None


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [" while ", " sai", "  \t", ", while in "])
def test_the_new_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_PART_OPENED_ACT_BREAK, text) < 3.0


def test_many_opened_parts_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Militias fought in Tripoli's Souq al-Juma district on Monday, killing three, residents said, "
            "while in Janzour, west of the centre, gunmen stormed a bank. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
