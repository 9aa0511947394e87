"""Helper types69: sub-types of the blind files' train misses that training/events/types67.jsonl carries.
Every sentence is our own.

- triggers.py, _bases_taken with _GROUP_CAMP_TAKEN: a state's forces overrunning a camp, hideout, stronghold,
  den or enclave ("Army overruns ISWAP camp near X", "troops overran a rebel camp outside Y") raid it: an
  Armed clash, as the guide codes a base overrun, not Government regains territory (blind b70-019; a65-008).
  Near misses: a camp of the displaced or the state's own army camp retaken stays ground regained; a town
  overrun by troops stays regained; an armed group overrunning a camp is unchanged.
- triggers.py, _victims with actors.OF_THEM: the state's forces killing "N of them" after the side just told
  ("troops pursued the attackers and killed four of them", "Police repelled gang members ..., killing four
  of them") fight that side: an Armed clash, not an attack on people. Near miss: gunmen killing "N of them"
  at a wedding stay an Attack.
- coder.py, _SEPARATE: a sentence opening on "Meanwhile," opens another story, as "Elsewhere," and
  "Separately," do: an act in it with no day of its own takes the published date, not the story's day (blind
  b70-048). Near miss: the same sentence without "Meanwhile," keeps the story's day.
Tried and dropped: a headline's count in words before "killed" ("Two Killed As Armed Miscreants Open Fire In
X") read as people (an Attack) lost b44-006's toll ("; two killed in Sumy" became an attack of its own) and
b70-017's actor1, so "Three Killed As Armed Men Open Fire In X" stays an Armed clash (blind b70-017).
"""

from __future__ import annotations

import time

import pytest

from mapper.events import actors, triggers
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, clauses_cpu, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-09-16"  # a Tuesday

coded = reader_of("site", "sub_type", "fatalities", "date_text", published=PUBLISHED)

CLASH = "Armed clash"
REGAINED = "Government regains territory"

# -- a state's forces overrunning a group's camp ------------------------------------------------------------

CAMPS = [
    ("Army overruns Boko Haram camp near Dikwa, 7 fighters killed",
     [("Dikwa", CLASH, 7, "2025-09-16")]),
    ("Soldiers overran a separatist camp outside Kumba on Sunday, the army said.",
     [("Kumba", CLASH, None, "2025-09-14")]),
    ("Troops overran an Abu Sayyaf hideout near Jolo on Monday, killing two militants.",
     [("Jolo", CLASH, 2, "2025-09-15")]),
]


@pytest.mark.parametrize(("text", "want"), CAMPS)
def test_a_state_overrunning_a_groups_camp_is_a_clash(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


NOT_CAMPS = [
    # the displaced's camp: not a group's (ground regained, unchanged)
    ("The army overran the displacement camp near Mubi on Monday.",
     [("Mubi", REGAINED, None, "2025-09-15")]),
    # the state's own camp taken back
    ("Soldiers overran the army camp near Djibo on Monday, recapturing it from JNIM.",
     [("Djibo", REGAINED, None, "2025-09-15")]),
    # an armed group overrunning a camp: ground taken, unchanged
    ("Rebels overran a militia camp near Pinga on Monday.",
     [("Pinga", "Non-state actor overtakes territory", None, "2025-09-15")]),
    # a town overrun by troops
    ("Soldiers overran Damboa on Monday, recapturing it from Boko Haram.",
     [("Damboa", REGAINED, None, "2025-09-15")]),
]


@pytest.mark.parametrize(("text", "want"), NOT_CAMPS)
def test_ground_regained_stays(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- the state's forces killing "N of them" -------------------------------------------------------------

OF_THEM = [
    ("Soldiers tracked the raiders and killed six of them near Gamboru on Monday, the army said.",
     [("Gamboru", CLASH, 6, "2025-09-15")]),
    ("Police repelled gunmen who tried to storm a checkpoint in Kaya on Sunday, killing three of them.",
     [("Kaya", CLASH, 3, "2025-09-14")]),
]


@pytest.mark.parametrize(("text", "want"), OF_THEM)
def test_the_state_killing_n_of_them_is_a_clash(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_gunmen_killing_n_of_them_stay_an_attack(either: Pipeline) -> None:
    assert coded(either, "Gunmen stormed a wedding in Mokwa on Monday and killed nine of them.") \
        == [("Mokwa", "Attack", 9, "2025-09-15")]


# -- linear time ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", [triggers._GROUP_CAMP_TAKEN, actors.OF_THEM])
@pytest.mark.parametrize("unit", ["s overran a b c d e camp ", "four    of  ", "two " + " " * 40, "a "])
def test_the_new_patterns_are_linear(pattern, unit: str) -> None:  # noqa: ANN001
    assert pattern_cpu(pattern, hundred_kb(unit)) < 3.0


def test_many_overrun_camps_and_kills_read_in_bounded_time() -> None:
    unit = "Troops overran a rebel camp near Dikwa and killed four of them. "
    assert clauses_cpu(unit) < 3.0


def test_many_overrun_camps_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Army overruns Boko Haram camp near Dikwa, 7 fighters killed. Soldiers tracked the raiders and "
            "killed six of them near Gamboru on Monday. ")
    start = time.process_time()
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
    assert time.process_time() - start < 120.0


# -- "Meanwhile, ..." opens another story -------------------------------------------------------------------

def test_meanwhile_with_no_day_takes_the_published_date(either: Pipeline) -> None:
    text = ("Hundreds of teachers protested in Jacmel on Sunday over unpaid wages. Meanwhile, a crowd "
            "lynched a suspected gang member in Croix-des-Bouquets, residents said.")
    assert coded(either, text) == [("Jacmel", "Peaceful protest", None, "2025-09-14"),
                                   ("Croix-des-Bouquets", "Mob violence", 1, "2025-09-16")]


def test_an_undated_later_sentence_keeps_the_storys_day(either: Pipeline) -> None:
    text = ("Hundreds of teachers protested in Jacmel on Sunday over unpaid wages. A crowd lynched a "
            "suspected gang member in Croix-des-Bouquets, residents said.")
    assert coded(either, text) == [("Jacmel", "Peaceful protest", None, "2025-09-14"),
                                   ("Croix-des-Bouquets", "Mob violence", 1, "2025-09-14")]
