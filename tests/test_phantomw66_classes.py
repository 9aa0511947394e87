"""Session 51, helper phantomw66: wire paragraphs whose context places were coded as sites (phantoms), for the
classes of the blind files' train misses that training/events/noevent68.jsonl carries. Every sentence is our
own.

- a town opening its sentence as the frame of an act told at another town or facility of the same clause, up
  to ``_FRAMED_TOWN_KM`` away in the same country: "In Gaza, an Israeli strike on a school in Deir al-Balah
  killed six", "In Mogadishu, a car bomb exploded near a checkpoint in Wadajir" (roles._framing_town, read
  in ``_yield_to_specific_sites``): the frame is context (rule ``part_of``), not a second event at its own
  point (the Gaza Strip read as Gaza City's point was coded beside the site: blind b66-065). Near misses: a
  second act told after "while" keeps both towns ("In Kyiv, a drone hit ..., while in Brovary ..."); a town
  far from the frame keeps the frame's event ("In Kharkiv, ... in Kupiansk", 100 km: the frame may name the
  region); a frame with no other town stays the site ("In Gaza, Israeli strikes killed nine people"); and
  the frame keeps its own role after an apposition naming what it is ("In Durán, a city across the river
  from Guayaquil, ..."), before a road's destination ("on the road to Afgoye"), a list of parts ("the
  districts of Kalakla and Soba"), a second act of another place (", and in Nuseirat ...") and a suburb
  ("in the Ratoma suburb"): the losses of the rule's first reading (roles._FRAME_APPOSED,
  _ROAD_TO_BEFORE, _listed_with, _FRAMED_OTHER_ACT, _SUBURB_AFTER);
- talks only asked for, the object of a noun of proposal, offer, invitation or call: "rejected a Houthi
  proposal for talks in Muscat", "dismissed Moscow's calls for new talks in Istanbul"
  (triggers._TALKS_ASKED_FOR): no Meeting/talks event, the place context (blind b67-049). Near miss: talks
  held ("delegations held talks in Amman on Monday") keep their event at the venue.
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _FRAME_APPOSED, _FRAMED_OTHER_ACT, _ROAD_TO_BEFORE, _SUBURB_AFTER
from mapper.events.triggers import _TALKS_ASKED_FOR
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-07-08"  # a Tuesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a town framing its sentence -----------------------------------------------------------------------------

FRAMED = [
    ("In Gaza, an Israeli strike on a school sheltering displaced families in Deir al-Balah killed six "
     "people on Monday, the civil defence agency said.",
     [("Dayr al Balaḩ", "Air/drone strike", "Israeli forces", "civilians")],
     [("Gaza", "context"), ("Israeli", "actor"), ("Deir al-Balah", "event_site")]),
    ("In Mogadishu, a car bomb exploded near a checkpoint in Wadajir on Sunday, killing four soldiers, "
     "police said.",
     [("Wadajir", "Remote explosive/landmine/IED", None, "Somali forces")],
     [("Mogadishu", "context"), ("Wadajir", "event_site")]),
]


@pytest.mark.parametrize(("text", "want", "roles"), FRAMED)
def test_a_town_framing_the_sentence_is_no_second_site(either: Pipeline, text: str, want: list[tuple],
                                                       roles: list[tuple[str, str]]) -> None:
    assert coded(either, text) == want
    assert roles_of(either, text, PUBLISHED) == roles


def test_a_second_act_after_while_keeps_both_towns(unfiltered: Pipeline) -> None:
    text = "In Kyiv, a drone hit a warehouse on Monday, while in Brovary falling debris damaged two houses."
    assert coded(unfiltered, text) == [("Kyiv", "Air/drone strike", "Russian forces", None),
                                       ("Brovary", "Air/drone strike", "Russian forces", None)]


def test_a_far_town_keeps_the_frames_event(unfiltered: Pipeline) -> None:
    text = "In Kharkiv, Russian shelling killed two people in Kupiansk on Monday, the governor said."
    assert sorted(row[0] for row in coded(unfiltered, text)) == ["Kharkiv", "Kupyansk"]
    assert roles_of(unfiltered, text, PUBLISHED)[0] == ("Kharkiv", "event_site")


def test_a_frame_with_no_other_town_stays_the_site(unfiltered: Pipeline) -> None:
    text = "In Gaza, Israeli strikes killed nine people on Monday, the civil defence said."
    assert coded(unfiltered, text) == [("Gaza", "Air/drone strike", "Israeli forces", None)]


@pytest.mark.parametrize(("text", "frame"), [
    ("In Durán, a city across the river from Guayaquil, police exchanged fire with gang members on Sunday, "
     "killing two suspects.", "Durán"),
    ("In Mogadishu, a roadside bomb hit a minibus on the road to Afgoye on Wednesday, killing three people, "
     "police said.", "Mogadishu"),
    ("In Khartoum, RSF shelling hit the districts of Kalakla and Soba on Monday, killing four people.",
     "Khartoum"),
    ("In Deir al-Balah, a strike on a house killed seven people on Monday, and in Nuseirat a strike on a "
     "school killed five.", "Deir al-Balah"),
    ("In Conakry, police shot dead two protesters in the Ratoma suburb on Thursday, witnesses said.",
     "Conakry"),
])
def test_the_frame_keeps_its_role_where_it_is_more_than_a_frame(unfiltered: Pipeline, text: str,
                                                                 frame: str) -> None:
    assert roles_of(unfiltered, text, PUBLISHED)[0] == (frame, "event_site")


# -- talks asked for -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("The Houthis rejected a government proposal for talks in Amman on Monday.", "Amman"),
    ("Kyiv dismissed Moscow's calls for new talks in Istanbul on Tuesday.", "Istanbul"),
])
def test_talks_only_asked_for_are_no_meeting(either: Pipeline, text: str, name: str) -> None:
    assert coded(either, text) == []
    assert (name, "context") in roles_of(either, text, PUBLISHED)


def test_talks_held_keep_their_venue(unfiltered: Pipeline) -> None:
    text = "Houthi and government delegations held talks in Amman on Monday on a prisoner exchange."
    assert [row[:2] for row in coded(unfiltered, text)] == [("Amman", "Meeting/talks")]


# -- 100 KB bounds -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "proposal for a new direct peace round of ",
    "calls of the the the the the the talks ",
    "offers " * 5 + "to ",
    ", a big old new " * 3 + "and in road to the ",
    "road road to to suburb and at ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_TALKS_ASKED_FOR, _FRAME_APPOSED, _FRAMED_OTHER_ACT, _ROAD_TO_BEFORE, _SUBURB_AFTER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_framed_towns_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("In Gaza, an Israeli strike on a school in Deir al-Balah killed six people. In Mogadishu, a bomb "
            "exploded near a checkpoint in Wadajir, while in Afgooye gunmen attacked a bus. In Durán, a city "
            "near Guayaquil, a bomb hit a bus on the road to Milagro. The Houthis rejected a proposal for "
            "talks in Amman. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
