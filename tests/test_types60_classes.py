"""Session 47, helper types60: type and sub-type misses, for the classes training/events/types59.jsonl
carries. Every sentence is our own.

- a town entered or taken "without meeting resistance" ("without encountering any opposition", "without
  facing resistance") is a Non-violent transfer of territory, as the guide codes an unopposed entry (the
  taker is actor1): the words after the taking, read by ``triggers._LEFT_AFTER`` (beside "meeting no
  resistance") in ``triggers._territory_handed_over``.
  Near misses that stay: a taking fought for ("after meeting stiff resistance", "after fierce fighting":
  ground taken or regained); "without meeting resistance" with no taking before it (aid convoys reaching a
  town: no event); a future entry ("would enter X without meeting resistance": no event).
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import _LEFT_AFTER
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday

coded = reader_of("site", "sub_type", "actor1", published=PUBLISHED)

_HANDOVER = "Non-violent transfer of territory"

UNOPPOSED = [
    ("JNIM fighters entered Djibo on Monday without meeting any resistance, residents said.",
     [("Djibo", _HANDOVER, "JNIM")]),
    ("Houthi fighters took over the town of Harib without encountering resistance on Tuesday.",
     [("Ḩarīb", _HANDOVER, "Houthis")]),
    ("Fano militia enters Debark without meeting resistance", [("Debark’", _HANDOVER, "Fano militia")]),
    ("M23 rebels walked into Uvira on Tuesday without facing resistance, a resident said.",
     [("Uvira", _HANDOVER, "M23")]),
]


@pytest.mark.parametrize(("text", "want"), UNOPPOSED)
def test_an_entry_nobody_resisted_is_a_handover(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NEAR_MISSES = [
    ("M23 rebels seized Walikale on Tuesday after fierce fighting with the army, residents said.",
     [("Walikale", "Non-state actor overtakes territory", "M23")]),
    ("JNIM fighters entered Djibo on Monday after meeting stiff resistance from soldiers, residents said.",
     [("Djibo", "Non-state actor overtakes territory", "JNIM")]),
    ("Aid convoys reached Raqqa on Tuesday without meeting any resistance at checkpoints, the UN said.", []),
    ("M23 said its fighters would enter Uvira without meeting resistance if Burundian troops left the town.",
     []),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_a_taking_fought_for_or_no_taking_stays(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


@pytest.mark.parametrize("unit", [
    " without meeting any",
    " without " * 3,
    " after a b c d e f g h i j k",
    " meeting no",
])
def test_the_changed_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_LEFT_AFTER, text) < 3.0


def test_many_unopposed_entries_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("JNIM fighters entered Djibo on Monday without meeting any resistance. "
            "Houthi fighters took over Harib without encountering resistance. "
            "Aid convoys reached Raqqa without meeting resistance. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
