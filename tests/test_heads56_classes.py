"""Session 45 round 2, helper heads56: headlines and single sentences, for the classes of the blind files'
train misses that training/events/headlines55.jsonl carries. Every sentence is our own.

Rule kept (see the guide's row of headlines55.jsonl): roles.py ``_possessed_after_a_list``: a list's last
name in its possessive before a part of it ("hit Kabul and Paktika's Barmal district", b53-031): the part is
the site, with the list's act, and the parent context (rule ``part_of``), as the part alone after its
parent's possessive reads. Near misses: the part alone ("Magway's Gangaw township"), two towns with no
possessive ("hit Poltava and Sumy"), and a future ("vow to retake A and B's C district": no event).
No new pattern (the rule reuses ``_POSSESSED_GAP`` and ``coordinated``); a linear parse of many lists.

Dropped (a lost row): a headline's present "shoot(s)"/"wound(s)" after an armed subject, read as a violent
act, lost b47-021's burning told before its ";" (and the narrowing that kept such a burning as a report of
its own lost b26-009, h44-019, h32-038, h32-042).
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, repeated_parse_growth

PUBLISHED = "2025-10-15"  # a Wednesday


coded = reader_of("site", "sub_type", "precision", published=PUBLISHED)


# -- a list's last name in its possessive before a district -----------------------------------------------

LISTS = [
    ("Drones hit Kunduz and Baghlan's Nahrin district",
     [("Kunduz", "event_site"), ("Baghlan", "context"), ("Nahrin", "event_site")]),
    ("Jets bomb Mandalay and Sagaing's Myinmu township",
     [("Mandalay", "event_site"), ("Sagaing", "context"), ("Myinmu", "event_site")]),
    ("Shelling hits Kherson and Zaporizhzhia's Huliaipole district",
     [("Kherson", "event_site"), ("Zaporizhzhia", "context"), ("Huliaipole", "event_site")]),
]


@pytest.mark.parametrize(("text", "want"), LISTS)
def test_the_district_after_a_lists_possessive(either: Pipeline, text: str,
                                               want: list[tuple[str, str]]) -> None:
    assert [(t, r) for t, r in roles_of(either, text) if not t[0].islower()][:3] == want


NEAR_LISTS = [
    ("Airstrike hits Magway's Gangaw township", [("Magway", "context"), ("Gangaw", "event_site")]),
    ("Russian drones hit Poltava and Sumy", [("Russian", "actor"), ("Poltava", "event_site"),
                                             ("Sumy", "event_site")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR_LISTS)
def test_the_near_misses_of_a_lists_possessive(either: Pipeline, text: str,
                                               want: list[tuple[str, str]]) -> None:
    assert roles_of(either, text) == want


def test_a_vow_to_retake_a_lists_district_is_no_event(either: Pipeline) -> None:
    assert coded(either, "Rebels vow to retake Kunduz and Baghlan's Nahrin district") == []


# -- 100 KB bounds ------------------------------------------------------------------------------------------

def test_many_lists_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Drones hit Kunduz and Baghlan's Nahrin district. Jets bomb Mandalay, Lashio and Sagaing's "
            "Myinmu township. Shelling hits Kherson and Zaporizhzhia's Huliaipole district. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
