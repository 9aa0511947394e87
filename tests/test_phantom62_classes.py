"""Session 49, helper phantom62: phantoms in headlines and sentences, classes of the blind files' train misses
that training/events/noevent61.jsonl carries (written before tuning). Every sentence here is our own.

- triggers._CLAIMED_BEFORE: the verb of a side's claim may be followed by an aside set off by commas before
  the claim's clause ("claimed, without offering evidence, that the group had killed ... near X, a claim the
  army dismissed": b61-034 read the claim as a clash). The claim in the past perfect and the dispute after
  it are read as before (triggers.claim_denied): an aside alone changes nothing.
  Near misses that must not change: the claim with its aside but no dispute (still the claimant's act),
  the act told as fact and its author disputed.
- roles._possessed_frames (roles._POSSESSED_FRAME_KM): an area named after a site's parent in its
  possessive, with its own area word ("a bus station in Dera, in the Amhara region's North Shewa zone":
  b55-038 coded a second strike at the zone; w8-17 "the village of Mucojo in Cabo Delgado province's
  Macomia district" too) only frames the town: context (rule ``part_of``).
  Near misses that must not change: a town the gazetteer places far from both the parent and the area (a
  namesake of an unknown village: "the village of Murom in Belgorod region's Shebekino district", b39-053,
  is coded at the district), a list going on after the area word.
- roles._SITE_NOUN_IN_GAP (a post of the forces) and roles._says_region: "the Daraban police station in
  Dera Ismail Khan district" (b61-035 coded a second clash at the district's town): a police station,
  police post, army/military/security post, outpost or barracks between the site and "in" the area that
  holds it, as a market or a school already did.
  Near misses that must not change: a second site after "and" ("... in Mayo-Sava department and a school in
  Mora": Mora stays a site).
- triggers._talks_suspended_over (_TALKS_SUSPENDED_OVER, read in not_this_act after _REACTION_TO): talks
  suspended or frozen "over" an act name the act as the reason, not as the news ("has suspended peace
  talks with the ELN over the group's offensive in the Catatumbo region": b39-048, b58-031 coded a clash
  there with the filter off).
  Near misses that must not change: the act told with its own day and toll after the reason's noun ("over
  their attack on X on Friday, which killed four soldiers"), an act told after "after".
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _SITE_NOUN_IN_GAP
from mapper.events.triggers import _CLAIMED_BEFORE, _TALKS_SUSPENDED_OVER
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2026-11-18"  # a Wednesday

coded = reader_of("site", "sub_type", published=PUBLISHED)


# -- a claim's verb, an aside, then the claim disputed ------------------------------------------------------

DISPUTED_CLAIMS = [
    "The rebels claimed, without giving details, that their fighters had killed 30 soldiers near Kutum, a "
    "claim the army rejected.",
    "Jihadist media said, in a statement, that its fighters had killed 20 soldiers near Djibo, a claim the "
    "army denied.",
    "The militia insisted, despite the photographs, that its men had captured Rubaya, a claim the army "
    "dismissed as propaganda.",
]


@pytest.mark.parametrize("text", DISPUTED_CLAIMS)
def test_a_disputed_claim_after_an_aside_is_no_event(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


def test_a_claim_after_an_aside_with_no_dispute_stays(unfiltered: Pipeline) -> None:
    text = "The rebels claimed, without giving details, that their fighters had ambushed an army convoy " \
           "near Kutum on Monday."
    assert coded(unfiltered, text) == [("Kutum", "Armed clash")]


# -- an area in the parent's possessive frames the town -----------------------------------------------------

FRAMED = [
    ("A junta airstrike hit a school in Namtu, in Shan state's Kyaukme district, killing six children on "
     "Monday, a local relief group said.",
     [("Namtu", "event_site"), ("Shan", "context"), ("Kyaukme", "context")], [("Namtu", "Air/drone strike")]),
    ("Drones hit a school in Snihurivka, in Mykolaiv region's Bashtanka district, on Monday.",
     [("Snihurivka", "event_site"), ("Mykolaiv", "context"), ("Bashtanka", "context")],
     [("Snihurivka", "Air/drone strike")]),
]


@pytest.mark.parametrize(("text", "roles", "events"), FRAMED)
def test_an_area_in_the_parents_possessive_frames_the_town(either: Pipeline, text: str, roles: list,
                                                           events: list) -> None:
    assert roles_of(either, text, PUBLISHED) == roles
    assert coded(either, text) == events


def test_a_far_namesake_leaves_the_area_as_the_site(unfiltered: Pipeline) -> None:
    # Murom is a town of Vladimir oblast in the gazetteer: the village is unknown, coded at its district.
    text = "A Ukrainian drone dropped an explosive on a car in the village of Murom in Belgorod region's " \
           "Shebekino district on Saturday, killing the driver, the governor said."
    assert ("Shebekino", "event_site") in roles_of(unfiltered, text, PUBLISHED)


# -- a post of the forces between the site and the area holding it ------------------------------------------

POSTS = [
    ("Gunmen stormed the Kolofata police post in Mayo-Sava department late on Sunday, killing a policeman.",
     [("Kolofata", "event_site"), ("Mayo-Sava", "context")]),
    ("Terrorists attacked the Daraban police station in Dera Ismail Khan district late on Friday, killing "
     "two policemen.",
     [("Daraban", "event_site"), ("Dera Ismail Khan", "context")]),
]


@pytest.mark.parametrize(("text", "roles"), POSTS)
def test_a_post_in_a_district_is_the_towns(either: Pipeline, text: str, roles: list) -> None:
    assert roles_of(either, text, PUBLISHED) == roles
    assert [row[0] for row in coded(either, text)] == [roles[0][0]]


def test_a_second_site_after_and_stays(unfiltered: Pipeline) -> None:
    text = "Gunmen stormed the Kolofata police post in Mayo-Sava department and a school in Mora on " \
           "Sunday, killing two people."
    assert roles_of(unfiltered, text, PUBLISHED) == [("Kolofata", "event_site"), ("Mayo-Sava", "context"),
                                                     ("Mora", "event_site")]


# -- talks suspended over an act ----------------------------------------------------------------------------

SUSPENDED = [
    "The government has suspended peace talks with the rebels over the group's offensive in Tibu.",
    "Manila froze negotiations with the communist rebels over their attacks in Samar.",
]


@pytest.mark.parametrize("text", SUSPENDED)
def test_talks_suspended_over_an_act_are_no_event(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


@pytest.mark.parametrize("text", [
    "The government suspended talks with the rebels over their attack on Tibu on Friday, which killed four "
    "soldiers.",
    "The government suspended talks with the rebels after they attacked Tibu on Friday, killing four "
    "soldiers.",
])
def test_an_act_told_with_its_day_stays(unfiltered: Pipeline, text: str) -> None:
    assert coded(unfiltered, text) == [("Tibú", "Armed clash")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "said, a b c d e f g h i j k l m n o p ",
    "claimed, " * 5 + "had ",
    " police station police post army outpost barracks in in the ",
    "suspended peace talks with a b c d e f over ",
    "froze froze negotiations negotiations dialogue ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_CLAIMED_BEFORE, _SITE_NOUN_IN_GAP, _TALKS_SUSPENDED_OVER):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_claims_frames_and_suspensions_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("The rebels claimed, without details, that they had killed 30 soldiers near Kutum, a claim "
            "the army rejected. Drones hit a school in Namtu, in Shan state's Kyaukme district, on Monday. "
            "Gunmen stormed the Kolofata police post in Mayo-Sava department. The government suspended talks "
            "with the rebels over their offensive in Tibu. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
